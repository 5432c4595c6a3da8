"""The counts real reports print in their summary tables (K15 lines 242-250): goals per level by
assessment, activities and assignments by status, controls by assessment, risks by value.

`compute_stats` returns the JSON contract of `yearend stats --format json` (docs/cli.md). Every
key of a scale is present, zeros included, in scale order, then "unset": the shape of the output
depends on the scheme only, never on the data, so scripts can rely on it.
"""

from __future__ import annotations

from typing import Any

from reportmodel.core import model as m
from reportmodel.core.fields import scale_name
from reportmodel.core.progress import compute as compute_progress
from reportmodel.core.scheme import TERM_KINDS, Scale
from reportmodel.core.validate import risk_value


def _by_scale(scale: Scale, values: list[str | None]) -> dict[str, int]:
    counts = {key: 0 for key in scale.keys()}
    counts["unset"] = 0
    for value in values:
        if value is None:
            counts["unset"] += 1
        elif value in counts:
            counts[value] += 1
        else:  # a value outside the scale: validation reports it; count it visibly, not as unset
            counts[value] = counts.get(value, 0) + 1
    return counts


def compute_stats(report: m.Report) -> dict[str, Any]:
    # Counts by assessment and status come from progress.py, the one definition of progress the
    # editor and `yearend todo` use too. Only the counts are read here, not which items need
    # attention (the costly half of compute: the export's summary of a large report runs this).
    progress = compute_progress(report, attention=False)
    scheme = report.scheme
    goals: dict[str, Any] = {}
    for level in scheme.levels:
        members = [g for g in report.goals.values() if g.level == level.key]
        entry: dict[str, Any] = {"total": len(members), "by_assessment": {}}
        if level.key in progress.levels:
            entry["by_assessment"] = dict(progress.levels[level.key].by_value)
        # Trend is a year-end field like the assessment: counted wherever the level has one.
        if level.trend or any(g.trend for g in members):
            entry["by_trend"] = _by_scale(scheme.scale("trend"), [g.trend for g in members])
        goals[level.key] = entry
    indicators = [i for g in report.goals.values() for i in g.indicators.values()]
    controls = [c for r in report.risks.values() for c in r.controls.values()]
    controls += [c for p in report.processes.values() for c in p.controls.values()]
    rows = [r for a in report.contractors.values() for r in a.rows.values()]
    by_value: dict[str, int] = {}
    for value in sorted((v for v in map(risk_value, report.risks.values()) if v is not None),
                        reverse=True):
        by_value[str(value)] = by_value.get(str(value), 0) + 1
    threshold = scheme.risk_control_threshold
    return {
        "goals": goals,
        "activities": {"total": progress.activities.total,
                       "by_status": dict(progress.activities.by_value)},
        "assignments": {"total": progress.assignments.total,
                        "by_status": dict(progress.assignments.by_value)},
        "indicators": {"total": len(indicators)},
        "risks": {
            "total": len(report.risks),
            "with_controls": sum(1 for r in report.risks.values() if r.controls),
            "by_value": by_value,
            "at_or_above_threshold": sum(
                1 for r in report.risks.values() if (risk_value(r) or 0) >= threshold),
            "threshold": threshold,
        },
        "contractor_rows": {"total": len(rows),
                            "by_fulfilment": _by_scale(scheme.scale("contractor_fulfilment"),
                                                       [r.fulfilment for r in rows])},
        "terms": {kind: scheme.term(kind, report.meta.language) for kind in TERM_KINDS},
        "controls": {"total": progress.controls.total,
                     "by_assessment": dict(progress.controls.by_value),
                     "by_status": _by_scale(scheme.scale(scale_name("control", "status")),
                                            [c.status for c in controls])},
    }
