"""Three-way merge of report files (git's merge driver): texts in, merged text out.

A saved report is a header and then one block per top-level item (codec_write.chunks), so the
files are split at the item headers and only the blocks that changed on both sides are parsed and
merged field by field (core/merge.py); the rest is taken as it is. On a large report that edits
touch here and there, this is most of the speed. The merged text is then loaded as a whole: if it
does not read as the same blocks (a hand-written file whose tables are not grouped by item, a
comment holding a line that looks like a table header), each version is read whole and merged from
its data, which is always safe.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from typing import Any

from reportmodel.core import model as m
from reportmodel.core.conflicts import Conflict, conflicts_to_data
from reportmodel.core.lineindex import LineIndex
from reportmodel.core.merge import ABSENT, COLLECTIONS, _ordered_keys, merge_conflict_tables, \
    merge_header, merge_item
from reportmodel.core.problems import Problem
from reportmodel.core.vocabulary import vocab
from reportmodel.io.codec_read import TOP_LEVEL, Reader
from reportmodel.io.codec_write import CONFLICTS, HEAD, chunks, dumps_chunk, record_to_data
from reportmodel.io.storage import Loaded, parse

_ITEM_HEADER = re.compile(r"^\[(sections|goals|processes|risks|contractors)\.([A-Za-z0-9_-]+)\]\s*$"
                          r"|^\[conflicts[.\]]", re.MULTILINE)


class SplitError(ValueError):
    """The text is not grouped one block per item; merge each version's data instead."""


@dataclass
class Split:
    """One version in blocks: their text as split from the file, or (a version read whole) their
    data, compared as data and written only if they end up in the result."""

    head: Any  # str, or the header's data
    items: dict[str, dict[str, Any]]  # collection -> id -> block text (or data), in file order
    conflicts: Any  # the [conflicts] block's text (or data), None when there is none
    # chunk key -> its data, when the version was read as a whole (then nothing is re-parsed)
    data: dict[tuple[str, ...], Any] | None = None


def from_report(report: m.Report) -> Split:
    """A loaded version, as the data of its canonical blocks."""
    out = Split({}, {name: {} for name in COLLECTIONS}, None, {})
    for key, data in chunks(report):
        out.data[key] = data  # type: ignore[index]
        if key == HEAD:
            out.head = data
        elif key == CONFLICTS:
            out.conflicts = data
        else:
            out.items[key[0]][key[1]] = data
    return out


def _text(key: tuple[str, ...], block: Any) -> str:
    return block if isinstance(block, str) else dumps_chunk(key, block)


def split(text: str) -> Split:
    items: dict[str, dict[str, str]] = {name: {} for name in COLLECTIONS}
    conflicts: str | None = None
    last_was_item = False
    marks = list(_ITEM_HEADER.finditer(text))
    starts = [mt.start() for mt in marks] + [len(text)]
    for mt, start, end in zip(marks, starts, starts[1:]):
        block = text[start:end]
        if mt.group(1) is None:
            if conflicts is not None and last_was_item:
                raise SplitError("two [conflicts] tables")
            conflicts = (conflicts or "") + block
            last_was_item = False
            continue
        last_was_item = True
        table = items[mt.group(1)]
        if mt.group(2) in table:
            raise SplitError(f"{mt.group(1)}.{mt.group(2)} is written in two places")
        table[mt.group(2)] = _normal(block)
    return Split(_normal(text[:starts[0]]), items,
                 _normal(conflicts) if conflicts is not None else None)


def _normal(block: str) -> str:
    """A block as the codec writes it alone: ending in exactly one newline."""
    return block.rstrip("\n") + "\n" if block.strip() else ""


@dataclass
class MergeResult:
    text: str
    conflicts: list[Conflict] = field(default_factory=list)  # found by this merge
    loaded: Loaded | None = None  # the merged text, loaded
    canonical: bool = False  # the versions had to be read whole (the text did not split)

    @property
    def problems(self) -> list[Problem]:
        return self.loaded.errors if self.loaded is not None else []

    @property
    def clean(self) -> bool:
        return not self.conflicts and not self.problems and not (
            self.loaded is not None and self.loaded.report is not None
            and self.loaded.report.conflicts)


class NotAReport(ValueError):
    """One of the versions (`name`: base, ours or theirs) cannot be read as a report: its
    `problems`, or none when it has no [report] table; the message says which and why."""

    def __init__(self, name: str, problems: list[Problem]):
        self.name, self.problems = name, problems
        super().__init__("; ".join(p.format(name) for p in problems)
                         or vocab("en").say("share.merge.not_report", name=name))


def merge_texts(base: str, ours: str, theirs: str) -> MergeResult:
    """Merge three versions of a report file. NotAReport when one of them is not a report (any
    other TOML file, a broken one): those are for a plain text merge. An empty BASE (the file
    was added on both sides) has no items."""
    try:
        splits = [split(text) if text.strip() else _EMPTY for text in (base, ours, theirs)]
        if not all(_is_report(s) for s in splits[1:]) or \
                not (splits[0] is _EMPTY or _is_report(splits[0])):
            raise _Odd("not a report's header")
        result = _merge_splits(*splits)
    except (SplitError, tomllib.TOMLDecodeError, _Odd):
        result = None
    if result is not None:
        result.loaded = parse(result.text)
        if result.loaded.report is not None and not _syntax_failed(result.loaded):
            return result
    # the slow, always safe way: every version read as a whole, merged from its data
    versions = []
    for name, text in (("base", base), ("ours", ours), ("theirs", theirs)):
        if name == "base" and not text.strip():
            versions.append(_EMPTY)
            continue
        loaded = parse(text)
        # Only a report is merged by item: a TOML file of another kind (pyproject.toml) read as
        # a report would lose everything that is not one.
        if loaded.report is None or _syntax_failed(loaded) or not _has_report_table(text):
            raise NotAReport(name, loaded.errors)
        versions.append(from_report(loaded.report))
    result = _merge_splits(*versions)
    result.canonical = True
    result.loaded = parse(result.text)
    return result


def _syntax_failed(loaded: Loaded) -> bool:
    # A wrong split shows as TOML that does not parse or as tables where they do not belong.
    return any(p.message.startswith("TOML syntax") or "unknown key" in p.message
               or "duplicate" in p.message for p in loaded.errors)


class _Odd(ValueError):
    pass


_EMPTY = Split({}, {name: {} for name in COLLECTIONS}, None, {})


def _is_report(version: Split) -> bool:
    return isinstance(version.head, str) and _has_report_table(version.head)


def _has_report_table(text: str) -> bool:
    return re.search(r"^\[report\]", text, re.MULTILINE) is not None


def _item_data(version: Split, name: str, key: str) -> Any:
    if version.data is not None:
        return version.data.get((name, key), ABSENT)
    block = version.items[name].get(key)
    if not block:
        return ABSENT
    data = tomllib.loads(block)
    if list(data) != [name] or list(data[name]) != [key]:
        raise _Odd(f"{name}.{key}")
    return data[name][key]


def _render_item(name: str, key: str, data: dict) -> str:
    """Canonical text of a merged item: read into the model and written as the codec does."""
    reader = Reader(LineIndex(""))
    item = reader.read_record(TOP_LEVEL[name], data, (name, key), key)
    if item is not None and not reader.problems:
        data = record_to_data(item)
    return dumps_chunk((name, key), data)


def _merge_splits(base: Split, ours: Split, theirs: Split) -> MergeResult:
    conflicts: list[Conflict] = []
    blocks: list[str] = []
    # the header
    if ours.head == theirs.head or theirs.head == base.head:
        blocks.append(_text(HEAD, ours.head))
    elif ours.head == base.head:
        blocks.append(_text(HEAD, theirs.head))
    else:
        b, o, t = (s.data.get(HEAD, {}) if s.data is not None else tomllib.loads(s.head)
                   for s in (base, ours, theirs))
        for data in (b, o, t):
            if set(data) - {"format_version", "report", "scheme"}:
                raise _Odd("header")
        merged, found = merge_header(b, o, t)
        conflicts += found
        blocks.append(dumps_chunk(HEAD, merged))
    # the items, collection by collection
    for name in COLLECTIONS:
        b_items, o_items, t_items = base.items[name], ours.items[name], theirs.items[name]
        for key in _ordered_keys(o_items, t_items):
            b, o, t = b_items.get(key), o_items.get(key), t_items.get(key)
            if o == t:
                block = o
            elif o == b:
                block = t
            elif t == b:
                block = o
            else:
                merged, found = merge_item(*(_item_data(v, name, key)
                                             for v in (base, ours, theirs)), (name, key))
                conflicts += found
                block = None if merged is ABSENT else _render_item(name, key, merged)
            if block:
                blocks.append(_text((name, key), block))
    # conflicts kept from earlier merges, and the new ones
    old = [s.conflicts for s in (base, ours, theirs)]
    if conflicts or (old[1] != old[2] and old[1] != old[0] and old[2] != old[0]):
        raw = [(s.data.get(CONFLICTS) if s.data is not None else
                tomllib.loads(s.conflicts).get("conflicts") if s.conflicts else None)
               for s in (base, ours, theirs)]
        table = merge_conflict_tables(*raw, conflicts)
        if table:
            blocks.append(dumps_chunk(CONFLICTS, conflicts_to_data(table)))
    else:
        block = old[2] if old[1] == old[0] else old[1]
        if block:
            blocks.append(_text(CONFLICTS, block))
    return MergeResult("\n".join(blocks), conflicts)


def merged_report(result: MergeResult) -> m.Report | None:
    return result.loaded.report if result.loaded is not None else None
