"""The whole difference between two reports: matched items with their changes, added and
removed items, metadata, assessments per goal level, trend suggestions.

`compare_reports(old, new)` is what `yearend diff` renders and what the editor's compare mode
reads (`ReportDiff.for_new(key)` gives the change records to show beside an item).
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields

from reportmodel.core import model as m
from reportmodel.core.compare.changes import FieldChange, FieldComparer, ItemDiff, jsonable
from reportmodel.core.compare.items import PARTS, Entry, key
from reportmodel.core.tree import Key
from reportmodel.core.compare.levels import LevelSummary, level_summary
from reportmodel.core.compare.matching import Matching, gc_paused, key_for, match_reports
from reportmodel.core.compare.trends import TrendSuggestion, suggest_trends

META_IGNORED = {"signatories"}


@dataclass
class ReportDiff:
    old: m.Report
    new: m.Report
    matching: Matching
    lang: str
    items: list[ItemDiff] = field(default_factory=list)  # new report's order, then removed
    meta: list[FieldChange] = field(default_factory=list)
    levels: list[LevelSummary] = field(default_factory=list)
    trends: list[TrendSuggestion] = field(default_factory=list)
    _by_new: dict[Key, list[ItemDiff]] = field(default_factory=dict, repr=False)
    _by_old: dict[Key, list[ItemDiff]] = field(default_factory=dict, repr=False)

    def for_new(self, new_key: Key | str) -> list[ItemDiff]:
        """The records for an item of the new report, by key (tree.key_of(node); a bare id
        where only one item has it): one (added, or changed or unchanged against the item it
        continues), several for a merge."""
        return self._by_new.get(key_for(self.matching.new, new_key), [])

    def for_old(self, old_key: Key | str) -> list[ItemDiff]:
        return self._by_old.get(key_for(self.matching.old, old_key), [])

    def select(self, parts: set[str] | None) -> list[ItemDiff]:
        return [d for d in self.items if parts is None or d.part in parts]

    def summary(self, part: str) -> dict[str, int]:
        """Counts for one part: added, removed, renamed (not counting parts of a split or
        merge), moved, split, merged, changed, unchanged (the last two count matched pairs)."""
        items = [d for d in self.items if d.part == part]
        matched = [d for d in items if d.old and d.new]
        plain = [d for d in matched if d.split is None and d.merge is None]
        return {
            "added": sum(d.status == "added" for d in items),
            "removed": sum(d.status == "removed" for d in items),
            "renamed": sum(d.renamed for d in plain),
            "moved": sum(d.moved for d in matched),
            "split": len({d.split for d in matched if d.split}),
            "merged": len({d.merge for d in matched if d.merge}),
            "changed": sum(d.status == "changed" for d in matched),
            "unchanged": sum(d.status == "unchanged" for d in matched),
        }

    def differs(self, parts: set[str] | None = None) -> bool:
        if (parts is None or "report" in parts) and self.meta:
            return True
        return any(d.status != "unchanged" for d in self.select(parts))


def _meta_changes(old: m.Report, new: m.Report) -> list[FieldChange]:
    out: list[FieldChange] = []
    for fl in fields(m.Meta):
        if fl.name in META_IGNORED:
            continue
        ov, nv = getattr(old.meta, fl.name), getattr(new.meta, fl.name)
        if ov != nv:
            kind = "list" if isinstance(nv, list) else "value"
            out.append(FieldChange(fl.name, kind, jsonable(ov), jsonable(nv)))
    osig = [f"{s.name}, {s.title}" if s.title else s.name for s in old.meta.signatories.values()]
    nsig = [f"{s.name}, {s.title}" if s.title else s.name for s in new.meta.signatories.values()]
    if osig != nsig:
        out.append(FieldChange("signatories", "list", osig, nsig))
    if old.scheme_decl.preset != new.scheme_decl.preset:
        out.append(FieldChange("scheme", "value", old.scheme_decl.preset,
                               new.scheme_decl.preset))
    return out


def _parent_move(matching: Matching, o: Entry, n: Entry) -> FieldChange | None:
    """The item now sits under another parent than the one its old parent became."""
    if o.parent is None and n.parent is None:
        return None
    old_key, new_key = o.parent_key, n.parent_key
    if old_key is not None and new_key is not None:
        if new_key in {p.new_key for p in matching.for_old(old_key)}:
            return None
    old_parent = matching.old.get(old_key) if old_key else None
    new_parent = matching.new.get(new_key) if new_key else None
    return FieldChange("parent", "ref", o.parent, n.parent,
                       old_parent.title if old_parent else None,
                       new_parent.title if new_parent else None)


def compare_reports(old: m.Report, new: m.Report, matching: Matching | None = None,
                    lang: str | None = None) -> ReportDiff:
    """Everything that differs between last year's report `old` and `new`. Labels are in the
    new report's language unless `lang` is given."""
    with gc_paused():
        return _compare(old, new, matching or match_reports(old, new), lang or new.meta.language)


def _compare(old: m.Report, new: m.Report, matching: Matching, lang: str) -> ReportDiff:
    diff = ReportDiff(old, new, matching, lang)
    comparer = FieldComparer(old, new, lang)
    split_of = {key(s.kind, nid): s for s in matching.splits for nid in s.new_ids}
    merge_of = {key(g.kind, g.new_id): g for g in matching.merges}
    for n in matching.new.values():
        pairs = matching.for_new(n.key)
        if not pairs:
            _add(diff, ItemDiff(n.kind, n.part, "added", None, n))
            continue
        for pair in pairs:
            o = matching.old[pair.old_key]
            changes = comparer.item_changes(o, n, _parent_move(matching, o, n))
            split = split_of.get(n.key)
            if split is not None and split.old_id != o.id:
                split = None
            _add(diff, ItemDiff(n.kind, n.part, "changed" if changes else "unchanged", o, n,
                                pair.how, pair.score, changes, split, merge_of.get(n.key)))
    for o in matching.removed:
        _add(diff, ItemDiff(o.kind, o.part, "removed", o, None))
    diff.meta = _meta_changes(old, new)
    diff.levels = level_summary(old, new, lang)
    diff.trends = suggest_trends(old, new, matching)
    return diff


def _add(diff: ReportDiff, item: ItemDiff) -> None:
    diff.items.append(item)
    if item.new is not None:
        diff._by_new.setdefault(item.new.key, []).append(item)
    if item.old is not None:
        diff._by_old.setdefault(item.old.key, []).append(item)


__all__ = ["PARTS", "ReportDiff", "compare_reports"]
