"""What an officer forgets at year end, as warnings for `yearend check`.

Rollover clears the case number and the date; a report's levels may show a trend the officer
has to set by hand; indicators need this year's outcome. None of that is an error in the file:
these are warnings, worded by the vocabulary (codes "yearend.*").

They apply to a year-end report (an årsrapport, verksamhetsberättelse or årsbokslut; a plan
has no outcomes yet) once the officer has started on it: at least one item is assessed or has
a status. A blank report from `yearend new` or a fresh rollover is not nagged about everything
at once; `yearend check` starts warning as soon as the year-end work has begun.
"""

from __future__ import annotations

from typing import Any

from reportmodel.core import model as m
from reportmodel.core.fields import PRIMARY
from reportmodel.core.lineindex import LineIndex
from reportmodel.core.problems import Problem, Severity, coded

YEAR_END_KINDS = ("arsrapport", "verksamhetsberattelse", "arsbokslut")


def started(report: m.Report) -> bool:
    """Whether any item's primary year-end field (fields.PRIMARY) has a value."""
    # Imported here: only a year-end report gets this far, and `yearend check` of a plan
    # should not pay for the tree walker's import (start-up budget, docs/performance.md).
    from reportmodel.core.tree import walk
    
    for node in walk(report):
        name = PRIMARY.get(node.kind)
        if name is not None and getattr(node.item, name) is not None:
            return True
    return False


def year_end_warnings(report: m.Report, index: LineIndex | None = None) -> list[Problem]:
    if report.meta.kind not in YEAR_END_KINDS or not started(report):
        return []
    out: list[Problem] = []

    def warn(path: tuple[str, ...], code: str, **values: Any) -> None:
        line = index.line(path) if index is not None else None
        out.append(coded(Severity.WARNING, ".".join(path), code, line, **values))

    meta = report.meta
    if not (meta.case_number or "").strip():
        warn(("report", "case_number"), "yearend.no_case_number")
    if meta.date is None:
        warn(("report", "date"), "yearend.no_date")
    scheme = report.scheme
    year = meta.year
    for key, goal in report.goals.items():
        level = scheme.level(goal.level)
        if level is not None and level.trend and goal.trend is None:
            warn(("goals", key, "trend"), "yearend.no_trend", level=level.text(meta.language),
                 title=goal.title)
        for ikey, indicator in goal.indicators.items():
            values = indicator.years.get(year)
            if values is None or values.outcome is None:
                warn(("goals", key, "indicators", ikey), "yearend.no_outcome",
                     title=indicator.title, year=year)
    return out
