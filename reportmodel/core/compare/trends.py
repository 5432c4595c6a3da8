"""Trend suggestions: where a level has a trend arrow (process areas), the change in assessment
since last year suggests Bättre / Oförändrad / Sämre.

Only ever a suggestion: the trend is the officer's judgement like the assessment, so nothing
here writes to a report. The editor shows `suggest_trend(...)` beside the trend field; `yearend
diff --suggest-trends` lists them all.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportmodel.core import model as m
from reportmodel.core.scheme import Scheme
from reportmodel.core.compare.changes import BETTER, SAME, WORSE, compare_order, rank
from reportmodel.core.compare.matching import Matching, match_reports


@dataclass(frozen=True)
class TrendSuggestion:
    goal_id: str  # in the new report
    old_id: str  # the goal it continues in the old report
    level: str
    old_assessment: str
    new_assessment: str
    direction: str  # better / same / worse
    suggested: str | None  # a key of the new report's trend scale (None: it has no such step)
    current: str | None  # the trend the goal has now

    @property
    def agrees(self) -> bool:
        return self.suggested is not None and self.suggested == self.current


def trend_key(scheme: Scheme, direction: str) -> str | None:
    """The trend value for a direction: the highest order is better, the lowest worse, the one
    strictly between them unchanged."""
    values = sorted(scheme.scale("trend").values, key=lambda v: v.order)
    if not values:
        return None
    if direction == BETTER:
        return values[-1].key
    if direction == WORSE:
        return values[0].key
    middle = [v for v in values if values[0].order < v.order < values[-1].order]
    return middle[len(middle) // 2].key if middle and direction == SAME else None


def _suggest(old: m.Report, new: m.Report, goal: m.Goal,
             matching: Matching) -> TrendSuggestion | None:
    level = new.scheme.level(goal.level)
    if level is None or not level.trend or not level.assessment or goal.assessment is None:
        return None
    old_id = matching.old_of(("goals", goal.id))
    previous = old.goals.get(old_id) if old_id else None
    if previous is None or previous.assessment is None:
        return None
    old_level = old.scheme.level(previous.level)
    if old_level is None or not old_level.assessment:
        return None
    direction = compare_order(
        rank(old.scheme.scales.get(old_level.assessment), previous.assessment),
        rank(new.scheme.scales.get(level.assessment), goal.assessment))
    if direction is None:
        return None
    return TrendSuggestion(goal.id, previous.id, goal.level, previous.assessment, goal.assessment,
                           direction, trend_key(new.scheme, direction), goal.trend)


def suggest_trends(old: m.Report, new: m.Report,
                   matching: Matching | None = None) -> list[TrendSuggestion]:
    """A suggestion for every goal on a level with a trend that is assessed in both years."""
    matching = matching or match_reports(old, new)
    out = []
    for goal in new.goals.values():
        suggestion = _suggest(old, new, goal, matching)
        if suggestion is not None:
            out.append(suggestion)
    return out


def suggest_trend(old: m.Report, new: m.Report, goal_id: str,
                  matching: Matching | None = None) -> TrendSuggestion | None:
    """The suggestion for one goal of the new report, e.g. right after the officer assessed it."""
    goal = new.goals.get(goal_id)
    if goal is None:
        return None
    return _suggest(old, new, goal, matching or match_reports(old, new))


__all__ = ["BETTER", "SAME", "WORSE", "TrendSuggestion", "suggest_trend", "suggest_trends",
           "trend_key"]
