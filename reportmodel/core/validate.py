"""Rules about a report as a whole: references, hierarchy, scales, risk values, comments.

Errors are things that make the report wrong (a value not in its scale, a parent that does not
exist, a risk value that is not probability x consequence). Warnings are what an officer wants to
hear before sending the report but may overrule: a goal marked Delvis uppfyllt without a comment,
a high risk without control points. Assessments are judgements, never computed, so nothing here
second-guesses one.
"""

from __future__ import annotations

from typing import Any

from reportmodel.core import model as m
from reportmodel.core.layout_check import check_layout
from reportmodel.core.lineindex import LineIndex
from reportmodel.core.problems import MAX_PROBLEMS, Problem, Severity, coded, more_problems
from reportmodel.core.scheme import Scale, Scheme

SHOWN_PROCESSES = 10  # a report has a handful of processes; the message lists the first ones

Path = tuple[str, ...]
MAX_DEPTH = 256  # parent links: real reports nest 2-6 levels; deeper is a wrong parent, and the
# editor's outline and the views indent per level


class Validator:
    def __init__(self, report: m.Report, index: LineIndex | None):
        self.report = report
        self.scheme: Scheme = report.scheme
        self.index = index
        self.problems: list[Problem] = []
        self.dropped = 0
        self.dropped_errors = 0

    def _room(self, severity: Severity) -> bool:
        """Whether another problem is kept (MAX_PROBLEMS); one that is not is counted."""
        if len(self.problems) >= MAX_PROBLEMS:
            self.dropped += 1
            self.dropped_errors += severity is Severity.ERROR
            return False
        return True

    def add(self, path: Path, message: str, severity: Severity = Severity.ERROR) -> None:
        if not self._room(severity):
            return
        line = self.index.line(path) if self.index else None
        self.problems.append(Problem(severity, ".".join(path), message, line))

    def warn(self, path: Path, message: str) -> None:
        self.add(path, message, Severity.WARNING)

    def say(self, path: Path, code: str, severity: Severity = Severity.ERROR, **values: Any
            ) -> None:
        """A problem worded by the vocabulary (reportmodel.core.vocabulary.problems)."""
        if not self._room(severity):
            return
        line = self.index.line(path) if self.index else None
        self.problems.append(coded(severity, ".".join(path), code, line, **values))

    # -- shared checks -------------------------------------------------------------------------
    def in_scale(self, scale: Scale, value: str | None, path: Path) -> None:
        if value is not None and scale.get(value) is None:
            keys = ", ".join(f'"{k}"' for k in scale.keys())
            self.say(path, "check.not_in_scale", value=value, scale=scale.name, keys=keys)

    def comment_needed(self, scale: Scale, value: str | None, comment: str | None,
                       path: Path, code: str = "check.comment_needed") -> None:
        if scale.requires_comment(value) and not (comment and comment.strip()):
            self.say(path, code, Severity.WARNING, value=scale.label(value))

    def parents(self, items: dict[str, Any], attr: str, kind: str, root: str) -> None:
        """Every parent exists, no item is its own ancestor (one error per cycle), and no chain
        is deeper than MAX_DEPTH. Linear: each item is walked once (a chain 5 000 deep is
        checked in milliseconds, and every later step may recurse over the hierarchy)."""
        for key, item in items.items():
            parent = getattr(item, attr)
            if parent is not None and parent not in items:
                self.say((root, key, attr), f"check.unknown_parent.{kind}", id=parent)
        depth: dict[str, int] = {}  # items whose chain is known: its depth (cycle members: -1)
        for start in items:
            if start in depth:
                continue
            path: list[str] = []
            on_path: dict[str, int] = {}
            current: str | None = start
            while current is not None and current in items and current not in depth:
                if current in on_path:  # a new cycle: report it once, at its first member
                    members = path[on_path[current]:]
                    for member in members:
                        depth[member] = -1
                    self.cycle(root, kind, attr, members)
                    break
                on_path[current] = len(path)
                path.append(current)
                current = getattr(items[current], attr)
            # Where the walk stopped: the top (None, or a missing parent: reported above), or an
            # item already known (-1: in or under a cycle or an over-deep chain).
            base = depth.get(current, 0) if current is not None else 0
            for member in reversed(path):  # from the top down
                if member in depth:
                    continue  # a member of the cycle just found
                if base != -1:
                    base += 1
                    if base > MAX_DEPTH:
                        self.say((root, member, attr), f"check.too_deep.{kind}", depth=MAX_DEPTH)
                        base = -1  # one error per chain, not one per item below it
                depth[member] = base

    def cycle(self, root: str, kind: str, attr: str, members: list[str]) -> None:
        shown = members + [members[0]]
        where = (root, members[0], attr)
        if len(shown) > 8:  # the first and last few: a 1 000-item cycle is not one line
            self.say(where, f"check.long_cycle.{kind}", head=" -> ".join(shown[:3]),
                     n=len(members), tail=" -> ".join(shown[-2:]))
        else:
            self.say(where, f"check.cycle.{kind}", chain=" -> ".join(shown))

    # -- parts of the report -------------------------------------------------------------------
    def run(self) -> list[Problem]:
        self.parents(self.report.sections, "parent", "section", "sections")
        self.parents(self.report.goals, "parent", "goal", "goals")
        for key, goal in self.report.goals.items():
            self.goal(key, goal)
        for key, risk in self.report.risks.items():
            self.risk(key, risk)
        for key, process in self.report.processes.items():
            for ckey, control in process.controls.items():
                self.control(("processes", key, "controls", ckey), control)
        fulfilment = self.scheme.scale("contractor_fulfilment")
        for key, area in self.report.contractors.items():
            for rkey, row in area.rows.items():
                path = ("contractors", key, "rows", rkey)
                self.in_scale(fulfilment, row.fulfilment, path + ("fulfilment",))
                # "Om nej/delvis, vilka brister?" is the explanation a Nej or Delvis needs.
                self.comment_needed(fulfilment, row.fulfilment,
                                    row.fulfilment_note or row.deficiencies or row.comment,
                                    path + ("fulfilment",), "check.comment_needed.contractor")
        check_layout(self.report, self.say)
        if self.dropped:
            worst = Severity.ERROR if self.dropped_errors else Severity.WARNING
            self.problems.append(more_problems(self.dropped, worst))
        return self.problems

    def goal(self, key: str, goal: m.Goal) -> None:
        path = ("goals", key)
        level = self.scheme.level(goal.level)
        if level is None:
            keys = ", ".join(f'"{lv.key}"' for lv in self.scheme.levels)
            self.say(path + ("level",), "check.unknown_level", level=goal.level, keys=keys)
        else:
            parent = self.report.goals.get(goal.parent) if goal.parent else None
            if parent is not None and self.scheme.level(parent.level) is not None:
                if self.scheme.level_index(parent.level) >= self.scheme.level_index(goal.level):
                    self.say(path + ("parent",), "check.level_order", Severity.WARNING,
                             level=level.label, parent=parent.title,
                             parent_level=self.scheme.level(parent.level).label)
            if goal.assessment is not None:
                if level.assessment is None:
                    self.say(path + ("assessment",), "check.level_not_assessed",
                             level=level.label)
                else:
                    scale = self.scheme.scale(level.assessment)
                    self.in_scale(scale, goal.assessment, path + ("assessment",))
                    self.comment_needed(scale, goal.assessment, goal.comment,
                                        path + ("assessment",))
            if goal.trend is not None and not level.trend:
                self.say(path + ("trend",), "check.level_no_trend", level=level.label)
        trend = self.scheme.scale("trend")
        self.in_scale(trend, goal.trend, path + ("trend",))
        for akey, activity in goal.activities.items():
            self.activity(path + ("activities", akey), activity)
        status = self.scheme.scale("assignment_status")
        for akey, assignment in goal.assignments.items():
            apath = path + ("assignments", akey)
            self.in_scale(status, assignment.status, apath + ("status",))
            self.comment_needed(status, assignment.status, assignment.comment, apath + ("status",))
            self.completion(assignment.completion, apath + ("completion",))
            self.dates(assignment.start, assignment.end, apath)
        for ikey, indicator in goal.indicators.items():
            self.indicator(path + ("indicators", ikey), indicator)

    def activity(self, path: Path, activity: m.Activity) -> None:
        status = self.scheme.scale("activity_status")
        self.in_scale(status, activity.status, path + ("status",))
        self.comment_needed(status, activity.status, activity.comment, path + ("status",))
        self.completion(activity.completion, path + ("completion",))
        self.dates(activity.start, activity.end, path)

    def indicator(self, path: Path, indicator: m.Indicator) -> None:
        if indicator.gender_split:
            return
        for year, values in indicator.years.items():
            for name in ("target_women", "outcome_women", "target_men", "outcome_men"):
                if getattr(values, name) is not None:
                    self.say(path + ("years", str(year), name), "check.gender_without_split",
                             Severity.WARNING)

    def completion(self, value: int | None, path: Path) -> None:
        steps = self.scheme.completion_steps
        if value is not None and steps and value not in steps:
            allowed = ", ".join(str(s) for s in steps)
            self.say(path, "check.completion_step", value=value, steps=allowed)

    def dates(self, start: Any, end: Any, path: Path) -> None:
        if start is not None and end is not None and end < start:
            self.say(path + ("end",), "check.ends_before_start", Severity.WARNING,
                     end=end.isoformat(), start=start.isoformat())

    def risk(self, key: str, risk: m.Risk) -> None:
        path = ("risks", key)
        if risk.process is not None and risk.process not in self.report.processes:
            known = [f'"{k}"' for k in self.report.processes]
            if known:  # the ids to choose from, as the section:<id> warning lists them
                self.say(path + ("process",), "check.unknown_process_known", id=risk.process,
                         expected=", ".join(known[:SHOWN_PROCESSES])
                         + (", …" if len(known) > SHOWN_PROCESSES else ""))
            else:
                self.say(path + ("process",), "check.unknown_process", id=risk.process)
        self.in_scale(self.scheme.scale("risk_category"), risk.category, path + ("category",))
        size = self.scheme.risk_matrix_size
        for name in ("probability", "consequence"):
            value = getattr(risk, name)
            if value is not None and not 1 <= value <= size:
                self.say(path + (name,), "check.outside_matrix", value=value, size=size)
        if risk.probability is not None and risk.consequence is not None:
            product = risk.probability * risk.consequence
            if risk.value is not None and risk.value != product:
                self.say(path + ("value",), "check.value_not_product", value=risk.value,
                         p=risk.probability, c=risk.consequence, product=product)
        value = risk_value(risk)
        threshold = self.scheme.risk_control_threshold
        if value is not None and value >= threshold and not risk.controls:
            self.say(path, "check.risk_without_controls", Severity.WARNING, value=value,
                     threshold=threshold)
        for ckey, control in risk.controls.items():
            self.control(path + ("controls", ckey), control)
        for akey, activity in risk.activities.items():
            self.activity(path + ("activities", akey), activity)

    def control(self, path: Path, control: m.ControlPoint) -> None:
        status = self.scheme.scale("control_status")
        assessment = self.scheme.scale("control_assessment")
        self.in_scale(status, control.status, path + ("status",))
        self.in_scale(assessment, control.assessment, path + ("assessment",))
        self.comment_needed(assessment, control.assessment,
                            control.comment or control.result, path + ("assessment",))


def risk_value(risk: m.Risk) -> int | None:
    """The risk value as printed, or probability x consequence when only those are given."""
    if risk.value is not None:
        return risk.value
    if risk.probability is not None and risk.consequence is not None:
        return risk.probability * risk.consequence
    return None


def validate(report: m.Report, index: LineIndex | None = None) -> list[Problem]:
    return Validator(report, index).run()
