"""How far the year-end work has come, and which items still need the officer: the one definition
the editor's header and dashboards, `yearend stats`, the export's summary and `yearend todo` share.

What is counted, per kind of item (each Count has done/total and the counts by scale value):
  goals          per assessed level of the scheme, by assessment (a level without an assessment
                 scale is not counted: focus areas are headings, not assessed)
  activities     the activities of goals, by status; done = a status is set
  risk_activities  follow-up activities under risks (åtgärder), by status, counted apart so the
                 report's summary table ("Aktiviteter", as printed) and stats agree with the editor
  assignments    by status
  controls       control points (under risks and under process areas), by assessment
  contractor_rows  by fulfilment
  indicators     by outcome for the report's year: "met" / "not_met" against the year's target
                 (higher or lower is better as the indicator says), "no_target" (an outcome but no
                 number to compare with), "no_data" (i.u., a dash) and "unset" (no outcome yet);
                 done = an outcome is given

An item needs attention when a year-end field the officer must fill is unset (a goal on an assessed
level without an assessment, an activity or assignment without a status, a control point or a
contractor row not assessed, an indicator without this year's outcome in a report that follows up
a year), or when the value set requires a comment and there is none (Delvis uppfyllt without a word
of explanation). The editor's progress line, its `n`/`N` jumps and its "needs attention" filter all
ask this module, so they never disagree.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from reportmodel.core import model as m
from reportmodel.core.fields import COMMENT_RULE, FREE_ANSWER, PRIMARY, comment_fields, scale_of
from reportmodel.core.scheme import Scheme
from reportmodel.core.tree import (Node, walk, walk_contractors, walk_goals,
                                   walk_internal_control, walk_sections)

UNASSESSED = "unassessed"  # a goal, control point or contractor row without its assessment
NO_STATUS = "no_status"  # an activity or assignment without a status
COMMENT_MISSING = "comment_missing"  # a scale value that requires a comment, without one
OUTCOME_MISSING = "outcome_missing"  # an indicator without an outcome for the report's year

UNSET = "unset"  # the key of items without a value in Count.by_value
INDICATOR_STATES = ("met", "not_met", "no_target", "no_data", UNSET)
# Report kinds that plan a year rather than follow one up: no outcomes are expected in them.
PLANNING_KINDS = frozenset({"verksamhetsplan"})


@dataclass
class Count:
    done: int = 0
    total: int = 0
    # scale key (or indicator state) -> how many; UNSET for items without a value. Keys of the
    # scale come first in scale order, zeros included, once `with_scale` has laid them out.
    by_value: dict[str, int] = field(default_factory=dict)

    def add(self, value: str | None, done: bool, sign: int = 1) -> None:
        self.total += sign
        self.done += sign * done
        key = UNSET if value is None else value
        self.by_value[key] = self.by_value.get(key, 0) + sign

    def add_all(self, values: Iterable[str | None]) -> None:
        """add(value, value is not None) for each value, in one loop (stats counts 10 000
        activities of a large report)."""
        by_value = self.by_value
        total = done = 0
        for value in values:
            total += 1
            if value is None:
                value = UNSET
            else:
                done += 1
            by_value[value] = by_value.get(value, 0) + 1
        self.total += total
        self.done += done

    @property
    def open(self) -> int:
        return self.total - self.done


def with_scale(keys: Iterable[str]) -> Count:
    count = Count()
    count.by_value = {key: 0 for key in keys}
    count.by_value[UNSET] = 0
    return count


@dataclass
class Progress:
    # level key -> assessed / total goals on that level, for every level that is assessed
    levels: dict[str, Count] = field(default_factory=dict)
    activities: Count = field(default_factory=Count)  # of goals, with a status
    risk_activities: Count = field(default_factory=Count)  # under risks, with a status
    assignments: Count = field(default_factory=Count)  # with a status
    controls: Count = field(default_factory=Count)  # assessed
    contractor_rows: Count = field(default_factory=Count)  # assessed
    indicators: Count = field(default_factory=Count)  # with an outcome for the report's year
    comments_missing: int = 0
    outcomes_missing: int = 0
    attention: int = 0  # items needing attention, of any reason

    @property
    def complete(self) -> bool:
        return self.attention == 0


def _has_text(*texts: str | None) -> bool:
    return any(t and t.strip() for t in texts)


def expects_outcomes(report: m.Report) -> bool:
    return report.meta.kind not in PLANNING_KINDS


def indicator_state(indicator: m.Indicator, year: int) -> str:
    """met, not_met, no_target, no_data or unset: the indicator's outcome for `year`."""
    entry = indicator.years.get(year)
    outcome = entry.outcome if entry is not None else None
    if outcome is None:
        return UNSET
    if outcome.number is None:
        return "no_data"
    target = entry.target if entry is not None else None
    if target is None or target.number is None:
        return "no_target"
    if indicator.higher_is_better:
        return "met" if outcome.number >= target.number else "not_met"
    return "met" if outcome.number <= target.number else "not_met"


def attention(report: m.Report, kind: str, item: Any, scheme: Scheme | None = None, *,
              outcomes: bool = False) -> list[str]:
    """Why this item needs the officer (empty: it does not). `kind` is a reportmodel.tree kind.
    Pass the resolved `scheme` when asking about many items: resolving it is not free.

    `outcomes`: ask about indicators too (OUTCOME_MISSING). Everything here (compute, count_item,
    responsible.py, todo) passes True; the default is False only until the editor has words for
    the new reason (its lists of reasons would not know it): the editor then passes True."""
    scheme = scheme or report.scheme
    reasons: list[str] = []
    if kind == "indicator":
        if outcomes and expects_outcomes(report) and indicator_state(item, report.meta.year) == UNSET:
            reasons.append(OUTCOME_MISSING)
        return reasons
    # Which field is the item's assessment, which fields may require a comment and which texts
    # give it: the field schema (core/fields.py).
    primary = PRIMARY.get(kind)
    if primary is None:
        return reasons
    scale = scale_of(scheme, kind, item, primary)
    if scale is None:
        return reasons  # a goal on a level that is only a heading
    if getattr(item, primary) is None and not _answered_in_words(kind, item):
        reasons.append(NO_STATUS if primary == "status" else UNASSESSED)
    needs = any(_requires_comment(scheme, kind, item, name) for name in COMMENT_RULE[kind])
    if needs and not _has_text(*(getattr(item, name) for name in comment_fields(kind))):
        reasons.append(COMMENT_MISSING)
    return reasons


def _answered_in_words(kind: str, item: Any) -> bool:
    """A contractor row answered "Delvis genomfört" without a scale value (fields.FREE_ANSWER)."""
    return _has_text(*(getattr(item, name, None) for name in FREE_ANSWER.get(kind, ())))
_attention = attention  # count_item's keyword `attention` hides the function


def _requires_comment(scheme: Scheme, kind: str, item: Any, name: str) -> bool:
    scale = scale_of(scheme, kind, item, name)
    return scale is not None and scale.requires_comment(getattr(item, name))


def node_attention(report: m.Report, node: Node, scheme: Scheme | None = None, *,
                   outcomes: bool = False) -> list[str]:
    return attention(report, node.kind, node.item, scheme, outcomes=outcomes)


def compute(report: m.Report, nodes: Iterable[Node] | None = None, *,
            attention: bool = True) -> Progress:
    """The progress of the whole report, or of `nodes` only (a part, a goal and what is under
    it: the dashboards of each part and level).

    `attention=False` counts values only and leaves the attention figures at 0: asking every
    item why it needs the officer is most of the cost, and stats (the export's summary) never
    reads it."""
    scheme = report.scheme
    progress = empty(scheme)
    if nodes is None and not attention:
        _count_values(progress, report, scheme)
        return progress
    for node in walk(report) if nodes is None else nodes:
        count_item(progress, report, node.kind, node.item, scheme, path=node.path,
                   attention=attention)
    return progress


_IN_GOAL = ("goals",)  # count_item's `path` for a goal's leaves: only its first key is read


def _count_values(progress: Progress, report: m.Report, scheme: Scheme) -> None:
    """compute(report, attention=False): count_item over the items of walk(report), in its
    order, without a Node for each goal's leaves (12 000 of a large report's 15 000 items)."""
    activity, assignment = PRIMARY["activity"], PRIMARY["assignment"]
    for node in walk_goals(report, leaves=False):
        goal = node.item
        count_item(progress, report, "goal", goal, scheme, path=_IN_GOAL, attention=False)
        for item in goal.indicators.values():
            count_item(progress, report, "indicator", item, scheme, path=_IN_GOAL,
                       attention=False)
        # count_item of a goal's activity or assignment, for all of them at once
        if goal.activities:
            progress.activities.add_all([getattr(a, activity) for a in goal.activities.values()])
        if goal.assignments:
            progress.assignments.add_all([getattr(a, assignment)
                                          for a in goal.assignments.values()])
    # Sections, processes, risks and contractor areas are counted by nothing (no value of
    # theirs is counted, and attention is not asked), so only their items are walked.
    for walker in (walk_internal_control, walk_contractors):
        for node in walker(report):
            count_item(progress, report, node.kind, node.item, scheme, path=node.path,
                       attention=False)


PARTS = {"sections": walk_sections, "goals": walk_goals,
         "internal_control": walk_internal_control, "contractors": walk_contractors}


def part_nodes(report: m.Report, part: str) -> Iterator[Node]:
    """The items of one part of the report (a key of PARTS), for compute(report, nodes)."""
    return PARTS[part](report)


def subtree_nodes(report: m.Report, path: tuple[str, ...]) -> list[Node]:
    """The item at `path` and everything under it in the outline (a focus area with its goals
    and their activities, a risk with its control points), for compute(report, nodes)."""
    out: list[Node] = []
    depth: int | None = None
    for node in walk(report):
        if depth is None:
            if node.path == path:
                depth = node.depth
                out.append(node)
        elif node.depth > depth and node.path[0] in _SAME_PART.get(path[0], (path[0],)):
            out.append(node)
        else:
            break
    return out


# Processes and risks are one part of the outline: a process holds its risks.
_SAME_PART = {"processes": ("processes", "risks"), "risks": ("risks",)}


def empty(scheme: Scheme) -> Progress:
    progress = Progress()
    for level in scheme.levels:
        if level.assessment and level.assessment in scheme.scales:
            progress.levels[level.key] = with_scale(scheme.scale(level.assessment).keys())
    for name, scale in (("activities", "activity_status"), ("risk_activities", "activity_status"),
                        ("assignments", "assignment_status"), ("controls", "control_assessment"),
                        ("contractor_rows", "contractor_fulfilment")):
        setattr(progress, name, with_scale(scheme.scale(scale).keys()))
    progress.indicators = with_scale(INDICATOR_STATES[:-1])
    return progress


def _under_risk(report: m.Report, item: Any) -> bool:
    return any(a is item for risk in report.risks.values() for a in risk.activities.values())


def count_item(progress: Progress, report: m.Report, kind: str, item: Any, scheme: Scheme,
               sign: int = 1, path: tuple[str, ...] | None = None, *,
               attention: bool = True) -> None:
    """Add one item's share to `progress` (sign -1 takes it away again).

    An edit changes one item, so the editor keeps its progress current by taking the item's
    share away before the change and adding it back after, instead of walking the whole report
    on every key press; compute() is the same sum over every item. Give the item's `path` (an
    activity under a risk counts apart); without it the report is searched for the activity.
    """
    count: Count | None = None
    if kind == "goal":
        count = progress.levels.get(item.level)
    elif kind == "activity":
        under_risk = path[0] == "risks" if path else _under_risk(report, item)
        count = progress.risk_activities if under_risk else progress.activities
    elif kind == "assignment":
        count = progress.assignments
    elif kind == "control":
        count = progress.controls
    elif kind == "contractor_row":
        count = progress.contractor_rows
    elif kind == "indicator":
        state = indicator_state(item, report.meta.year)
        progress.indicators.add(None if state == UNSET else state, state != UNSET, sign)
    if count is not None:
        value = getattr(item, PRIMARY[kind])  # the field the item is counted done by
        count.add(value, value is not None or _answered_in_words(kind, item), sign)
    if not attention:
        return
    reasons = _attention(report, kind, item, scheme, outcomes=True)
    if reasons:
        progress.attention += sign
        progress.comments_missing += sign * (COMMENT_MISSING in reasons)
        progress.outcomes_missing += sign * (OUTCOME_MISSING in reasons)
