"""The merge driver's figure: merging two officers' edited copies of a report with their common
ancestor (`yearend merge-file`'s work, in-process) against loading one copy."""

from __future__ import annotations

from pathlib import Path

from reportmodel.core.values import parse_value
from reportmodel.io.mergefile import merge_texts
from reportmodel.io.storage import load_report, save_report

from .table import Budget, Row
from .timing import interleaved, timed
from .workdir import Files

MERGE_BUDGET = Budget(ratio=3.0)
REPS = {"S": 9, "M": 5, "L": 3}


def edited_copies(files: Files, size: str) -> tuple[Path, Path, int]:
    """Two officers' copies: each edited a share of the report (statuses, assessments, comments,
    outcomes), mostly different items, ten of them the same field differently (conflicts)."""
    base = files.report(size)
    out = []
    for side, offset in (("ours", 0), ("theirs", 1)):
        path = files.scratch / f"merge-{size}-{side}.toml"
        if not path.exists():
            report = load_report(base)
            goals = [g for g in report.goals.values() if g.level == "namndsmal"]
            for i, goal in enumerate(goals):
                if i % 20 == offset * 10:
                    goal.assessment = "delvis"
                    goal.comment = f"Delvis uppfyllt ({side}): uppföljningen visar avvikelser."
                for j, activity in enumerate(goal.activities.values()):
                    if (i + j) % 25 == offset * 12:
                        activity.status = "pagaende"
                        activity.comment = f"Arbetet pågår ({side})."
                for indicator in list(goal.indicators.values())[offset::7]:
                    year = indicator.years.get(report.meta.year)
                    if year is not None:
                        year.outcome = parse_value(40 + offset)
            for goal in goals[5:15]:  # the same field on both sides: ten conflicts
                goal.comment = f"Kommentar skriven av {side}."
            save_report(report, path, backup=False)
        out.append(path)
    return out[0], out[1], 10


def merge(files: Files, size: str, quick: bool) -> tuple[Row, str]:
    base = files.report(size)
    ours, theirs, _ = edited_copies(files, size)

    def run() -> None:
        texts = [p.read_bytes().decode("utf-8") for p in (base, ours, theirs)]
        merge_texts(*texts).text.encode("utf-8")

    pair = interleaved(timed(run), timed(lambda: load_report(base)),
                       2 if quick else REPS[size], budget_s=120.0)
    result = merge_texts(*(p.read_text("utf-8") for p in (base, ours, theirs)))
    note = (f"merge {size}: {len(result.conflicts)} conflicts kept, "
            f"{'canonical fallback used' if result.canonical else 'items split from the text'}; "
            f"the merged file loads with {len(result.problems)} errors")
    return (Row("merge: merge-file of two edited copies", size, pair.best, "s",
                "load_report of one copy", pair.best_baseline,
                MERGE_BUDGET if size == "L" else None, pair.reps), note)
