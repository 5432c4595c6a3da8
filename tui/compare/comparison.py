"""One pairing of last year's report with this one, and what follows from it (+ new, ~ changed).

Pure: reads two reports, changes neither; compare mode computes it in a worker thread.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from reportmodel.core.compare import ItemDiff, Matching, ReportDiff, compare_reports, \
    match_reports
from reportmodel.core.model import Report
from reportmodel.core.tree import Key, walk
from tui.common.look import PERCENT_FIELDS, SCALE_FIELDS, TEXT_FIELDS

# What the officer fills in at year end. A change in these is last year's result against this
# year's (not yet filled in), not a change in the plan: it does not make an item "changed".
YEAR_END_FIELDS = frozenset(
    {n for names in SCALE_FIELDS.values() for n in names}
    | {n for names in TEXT_FIELDS.values() for n in names}
    | {n for names in PERCENT_FIELDS.values() for n in names}
    | {"latest_outcome"})
NEW, CHANGED = "+", "~"
MARK_STYLE = {NEW: "bold green", CHANGED: "bold yellow"}


def plan_change(field: str) -> bool:
    if field in YEAR_END_FIELDS:
        return False
    if field.startswith("years."):
        return not field.rsplit(".", 1)[-1].startswith("outcome")  # a revised target is the plan
    return True


def mark_of(records: list[ItemDiff]) -> str | None:
    """+ for an item with no predecessor, ~ for one whose plan changed, None otherwise."""
    if not records or records[0].status == "added":
        return NEW
    if any(r.split or r.merge for r in records):
        return CHANGED
    for record in records:
        if any(plan_change(c.field) for c in record.changes):
            return CHANGED
    return None


@dataclass
class Comparison:
    """One pairing of last year's report with this one, and what follows from it."""

    path: Path
    old: Report
    matching: Matching
    diff: ReportDiff
    marks: dict[Key, str]  # an item of this report (tree.key_of) -> NEW / CHANGED
    seconds: float  # how long matching and comparing took
    continues: dict[tuple[str, ...], str | None]  # by key path: `continues` as matched

    @property
    def added(self) -> int:
        return sum(1 for m in self.marks.values() if m == NEW)

    @property
    def changed(self) -> int:
        return sum(1 for m in self.marks.values() if m == CHANGED)


def compute(old: Report, new: Report, path: Path) -> Comparison:
    """Pair and compare (runs in a worker thread: reads the reports, never changes them)."""
    start = time.perf_counter()
    seen = {node.path: getattr(node.item, "continues", None) for node in walk(new)}
    matching = match_reports(old, new)
    diff = compare_reports(old, new, matching)
    marks = {}
    for key in matching.new:
        mark = mark_of(diff.for_new(key))
        if mark is not None:
            marks[key] = mark
    return Comparison(path, old, matching, diff, marks, time.perf_counter() - start, seen)
