"""Pairing the items of last year's report with this year's, never by position.

In order, each stage only pairing what earlier stages left:

1. `continues`: a new item naming the old item(s) it continues. The officer's word, so it
   always wins; several new items continuing one old item are a split, one new item naming
   several (`continues = "a, b"`) a merge, and `continues = "-"` says "new, match nothing".
2. id: the same id and kind (ids are unique within their id space, core/tree.ID_SPACES).
   Reports rolled over from each other keep their ids. Two reports written independently derive
   ids from titles, so an id shared by chance is checked: a goal whose level changed (both
   reports know both levels) is not an id match.
3. normalised title (textnorm.normalise) at the same kind of item; goals at the same level
   first, then across levels when the title is unique on both sides.
4. similarity of title and description above a threshold, under the same parent where
   possible (similarity.py). An old item whose title did not survive but lives on in several
   similar new items is a split; several such old items in one new item a merge.
"""

from __future__ import annotations

import gc
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import NamedTuple

from reportmodel.core import model as m
from reportmodel.core.compare.items import KIND_ORDER, Entry, entries, key
from reportmodel.core.tree import ID_SPACES, AmbiguousId, Key
from reportmodel.core.compare.similarity import OTHER_LEVEL_PENALTY, RENAMED_LEVEL_PENALTY, RESHAPE_THRESHOLD, \
    THRESHOLD, candidate_pairs
from reportmodel.core.compare.textnorm import dice

HOWS = ("continues", "id", "title", "similar")
NEW_MARK = "-"  # continues = "-": the officer says the item is new
_SEP = re.compile(r"[\s,]+")
ID_TITLE_FLOOR = 0.3  # an id match whose titles share less than this must prove itself otherwise


class Pair(NamedTuple):
    # A NamedTuple: a big report makes tens of thousands of these, and a frozen dataclass is
    # several times slower to create.
    kind: str
    old_id: str
    new_id: str
    how: str  # one of HOWS
    score: float | None = None  # similarity, for how == "similar"

    @property
    def old_key(self) -> Key:
        return key(self.kind, self.old_id)

    @property
    def new_key(self) -> Key:
        return key(self.kind, self.new_id)


@dataclass(frozen=True)
class Split:
    kind: str
    old_id: str
    new_ids: tuple[str, ...]
    how: str  # "continues" when the officer confirmed every part, else "similar"


@dataclass(frozen=True)
class Merge:
    kind: str
    old_ids: tuple[str, ...]
    new_id: str
    how: str


@dataclass(frozen=True)
class Note:
    """A `continues` the officer should fix: it names an id the older report does not have
    ("missing"), or an item of another kind ("kind"). The item is matched as if it were not
    given."""

    new_id: str
    old_id: str
    problem: str  # "missing" or "kind"
    old_kind: str | None = None
    kind: str = ""  # the new item's

    @property
    def new_key(self) -> Key:
        return key(self.kind, self.new_id)

    @property
    def message(self) -> str:
        if self.problem == "kind":
            return (f'continues "{self.old_id}", which is a {self.old_kind} in the older report; '
                    "ignored")
        return f'continues "{self.old_id}", which the older report does not have; ignored'


def parse_continues(text: str | None) -> list[str]:
    """The old ids a `continues` value names; ["-"] for an item marked new."""
    if not text:
        return []
    return [part for part in _SEP.split(text.strip()) if part]


def format_continues(old_ids: list[str]) -> str | None:
    """The `continues` value recording the officer's decision (None: no decision)."""
    return ", ".join(old_ids) if old_ids else None


@dataclass
class Matching:
    """Entries and pairs by key (items.key: id space and id), since a goal and a process may
    share an id; a Pair, Split or Merge names its items by id and kind."""

    old: dict[Key, Entry]
    new: dict[Key, Entry]
    pairs: list[Pair] = field(default_factory=list)
    splits: list[Split] = field(default_factory=list)
    merges: list[Merge] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    by_old: dict[Key, list[Pair]] = field(default_factory=dict)
    by_new: dict[Key, list[Pair]] = field(default_factory=dict)

    def add(self, pair: Pair) -> None:
        self.pairs.append(pair)
        self.by_old.setdefault(pair.old_key, []).append(pair)
        self.by_new.setdefault(pair.new_key, []).append(pair)

    def for_old(self, old_key: Key | str) -> list[Pair]:
        return self.by_old.get(key_for(self.old, old_key), [])

    def for_new(self, new_key: Key | str) -> list[Pair]:
        return self.by_new.get(key_for(self.new, new_key), [])

    def old_of(self, new_key: Key | str) -> str | None:
        """The id of the one old item (of the same kind) a new item continues (None: added, or
        a merge of several)."""
        pairs = self.for_new(new_key)
        return pairs[0].old_id if len(pairs) == 1 else None

    def new_of(self, old_key: Key | str) -> str | None:
        pairs = self.for_old(old_key)
        return pairs[0].new_id if len(pairs) == 1 else None

    @property
    def added(self) -> list[Entry]:
        return [e for e in self.new.values() if e.key not in self.by_new]

    @property
    def removed(self) -> list[Entry]:
        return [e for e in self.old.values() if e.key not in self.by_old]

    def split_of(self, new_key: Key | str) -> Split | None:
        new_key = key_for(self.new, new_key)
        return next((s for s in self.splits
                     if key(s.kind, new_key[1]) == new_key and new_key[1] in s.new_ids), None)

    def merge_into(self, new_key: Key | str) -> Merge | None:
        new_key = key_for(self.new, new_key)
        return next((g for g in self.merges if key(g.kind, g.new_id) == new_key), None)


def key_for(entries: dict[Key, Entry], name: Key | str) -> Key:
    """A key as given, or the key of the one entry with a bare id (a convenience for callers
    that know the id is unambiguous); AmbiguousId when entries of several id spaces have it."""
    if not isinstance(name, str):
        return name
    found = [(space, name) for space in ID_SPACES if (space, name) in entries]
    if len(found) > 1:
        raise AmbiguousId(name, ["/".join(k) for k in found])
    return found[0] if found else ("", name)


class _Matcher:
    def __init__(self, old: m.Report, new: m.Report, threshold: float):
        self.result = Matching(entries(old), entries(new))
        self.threshold = threshold
        self.marked_new: set[Key] = set()
        self.old_levels = {lv.key for lv in old.scheme.levels}
        self.new_levels = {lv.key for lv in new.scheme.levels}
        self.scored: dict[str, list[tuple[float, Entry, Entry]]] = {}
        self.old_kinds = _by_kind(self.result.old)
        self.new_kinds = _by_kind(self.result.new)

    # -- helpers -------------------------------------------------------------------------------
    def free_old(self, kind: str) -> list[Entry]:
        by_old = self.result.by_old
        return [e for e in self.old_kinds.get(kind, ()) if e.key not in by_old]

    def free_new(self, kind: str) -> list[Entry]:
        by_new, marked = self.result.by_new, self.marked_new
        return [e for e in self.new_kinds.get(kind, ())
                if e.key not in by_new and e.key not in marked]

    def same_level(self, o: Entry, n: Entry) -> bool:
        """The same goal level, or levels each known to one report only (a level renamed
        between years: 2015's "Fullmäktigemål" and 2022's "Långsiktigt mål"). Kalmar has
        "Budget i balans" both as a long-term goal and as a board goal: those are two goals."""
        return o.level == n.level or (o.level not in self.new_levels
                                      and n.level not in self.old_levels)

    def level_penalty(self, o: Entry, n: Entry) -> float:
        if o.kind != "goal" or o.level == n.level:
            return 0.0
        return RENAMED_LEVEL_PENALTY if self.same_level(o, n) else OTHER_LEVEL_PENALTY

    def new_parents(self, o: Entry) -> set[Key]:
        """The new keys of the old item's parent."""
        parent = o.parent_key
        if parent is None:
            return set()
        return {p.new_key for p in self.result.for_old(parent)}

    def same_parent(self, o: Entry, n: Entry) -> bool:
        return n.parent is not None and n.parent_key in self.new_parents(o)

    # -- stages --------------------------------------------------------------------------------
    def by_continues(self) -> None:
        res = self.result
        for n in res.new.values():
            ids = parse_continues(getattr(n.item, "continues", None))
            if not ids:
                continue
            if ids == [NEW_MARK]:
                self.marked_new.add(n.key)
                continue
            for oid in ids:
                o = res.old.get(key(n.kind, oid))
                if o is None:  # of another id space, or missing
                    other = next((res.old[(space, oid)] for space in ID_SPACES
                                  if (space, oid) in res.old), None)
                    res.notes.append(Note(n.id, oid, "missing", kind=n.kind) if other is None
                                     else Note(n.id, oid, "kind", other.kind, n.kind))
                elif o.kind != n.kind:
                    res.notes.append(Note(n.id, oid, "kind", o.kind, n.kind))
                else:
                    res.add(Pair(n.kind, o.id, n.id, "continues"))

    def by_id(self) -> None:
        res = self.result
        for n in res.new.values():
            if n.key in res.by_new or n.key in self.marked_new:
                continue
            o = res.old.get(n.key)
            if o is None or o.kind != n.kind or (o.kind == "goal" and not self.same_level(o, n)):
                continue
            # cheapest tests first: most of a rolled-over report has the same title and parent
            if (o.parent_key == n.parent_key or o.kind == "goal" or o.title == n.title
                    or o.norm == n.norm or dice(o.title_grams, n.title_grams) >= ID_TITLE_FLOOR):
                res.add(Pair(n.kind, o.id, n.id, "id"))

    def by_title(self, kind: str) -> None:
        # The title as written first: it needs no normalising, and in two reports written
        # independently most titles did not change at all.
        self.by_key(kind, lambda e: e.title)
        self.by_key(kind, lambda e: e.norm)

    def by_key(self, kind: str, key) -> None:
        olds = self.free_old(kind)
        if not olds:
            return
        groups: dict[str, list[Entry]] = {}
        for o in olds:
            groups.setdefault(key(o), []).append(o)
        news = self.free_new(kind)
        new_count: dict[str, int] = {}
        for n in news:
            new_count[key(n)] = new_count.get(key(n), 0) + 1
        taken: set[str] = set()
        for n in news:
            k = key(n)
            cands = [o for o in groups.get(k, ()) if o.id not in taken]
            if kind == "goal":
                same_level = [o for o in cands if self.same_level(o, n)]
                if same_level:
                    cands = same_level
                elif len(cands) != 1 or new_count[k] != 1:
                    continue  # across levels only when the title is unique on both sides
            best = self.pick(cands, n)
            if best is not None:
                taken.add(best.id)
                self.result.add(Pair(kind, best.id, n.id, "title"))

    def pick(self, cands: list[Entry], n: Entry) -> Entry | None:
        """Of old items with the same title, the one under the same parent, then the one with
        the closest description; identical candidates are interchangeable (first in order)."""
        if len(cands) <= 1:
            return cands[0] if cands else None
        return max(cands, key=lambda o: (self.same_parent(o, n),
                                         dice(o.description_grams, n.description_grams),
                                         -o.index))

    def by_similarity(self, kind: str) -> None:
        olds, news = self.free_old(kind), self.free_new(kind)
        if not olds or not news:
            return
        old_parents = {o.key: self.new_parents(o) for o in olds}
        scored = candidate_pairs(olds, news, old_parents, self.level_penalty, self.threshold)
        scored.sort(key=lambda t: (-t[0], t[2].index, t[1].index))
        self.scored[kind] = scored
        res = self.result
        for value, o, n in scored:
            if o.key not in res.by_old and n.key not in res.by_new:
                res.add(Pair(kind, o.id, n.id, "similar", round(value, 3)))

    def splits_and_merges(self, kind: str) -> None:
        """Items left over after 1:1 pairing whose closest counterpart lost its title (it was
        paired by similarity): the old item split, or several old items merged into one."""
        res = self.result
        scored = self.scored.get(kind, ())
        best_old: dict[Key, tuple[float, Entry]] = {}
        best_new: dict[Key, tuple[float, Entry]] = {}
        for value, o, n in scored:  # best first
            best_old.setdefault(n.key, (value, o))
            best_new.setdefault(o.key, (value, n))
        # Parts of a split (or merge) are alike: the same kind and, for goals, the same level.
        for new_key, (value, o) in best_old.items():
            partners = res.for_old(o.key)
            if (new_key not in res.by_new and value >= RESHAPE_THRESHOLD and partners
                    and all(p.how == "similar" and len(res.for_new(p.new_key)) == 1
                            and res.new[p.new_key].level == res.new[new_key].level
                            for p in partners)):
                res.add(Pair(kind, o.id, new_key[1], "similar", round(value, 3)))
        for old_key, (value, n) in best_new.items():
            partners = res.for_new(n.key)
            if (old_key not in res.by_old and value >= RESHAPE_THRESHOLD and partners
                    and all(p.how == "similar" and len(res.for_old(p.old_key)) == 1
                            and res.old[p.old_key].level == res.old[old_key].level
                            for p in partners)):
                res.add(Pair(kind, old_key[1], n.id, "similar", round(value, 3)))

    def groups(self) -> None:
        res = self.result
        for old_key, pairs in res.by_old.items():
            if len(pairs) > 1:
                how = "continues" if all(p.how in ("continues", "id") for p in pairs) else "similar"
                res.splits.append(Split(pairs[0].kind, old_key[1],
                                        tuple(p.new_id for p in pairs), how))
        for new_key, pairs in res.by_new.items():
            if len(pairs) > 1:
                how = "continues" if all(p.how == "continues" for p in pairs) else "similar"
                res.merges.append(Merge(pairs[0].kind, tuple(p.old_id for p in pairs), new_key[1],
                                        how))

    def run(self) -> Matching:
        self.by_continues()
        self.by_id()
        for kind in KIND_ORDER:
            self.by_title(kind)
            self.by_similarity(kind)
            self.splits_and_merges(kind)
        self.groups()
        return self.result


def _by_kind(items: dict[Key, Entry]) -> dict[str, list[Entry]]:
    out: dict[str, list[Entry]] = {}
    for entry in items.values():
        out.setdefault(entry.kind, []).append(entry)
    return out


@contextmanager
def gc_paused() -> Iterator[None]:
    """Matching two big reports allocates hundreds of thousands of small objects next to the
    millions the loaded reports hold; every collection would walk them all (half the time of a
    diff of two 7.6 MB reports). Nothing here makes reference cycles."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def match_reports(old: m.Report, new: m.Report, *, threshold: float = THRESHOLD) -> Matching:
    """Pair the items of `old` (last year's) with those of `new`, by kind."""
    with gc_paused():
        return _Matcher(old, new, threshold).run()
