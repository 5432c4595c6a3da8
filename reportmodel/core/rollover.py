"""Next year's report from this one (`yearend rollover`): the same structure and ids, this
year's judgements cleared.

What an officer would do by hand, done the same way every year (docs/diff.md, "Rollover"):

- the year moves on in the metadata (title, decision, attachments): whole-word occurrences of
  this year only, never inside a range or a date ("2022-2025", "2022-12-31");
- in item titles the same change is only *proposed* (`RolloverResult.year_changes`) and made
  when the officer confirms it (`move_titles=True`, `yearend rollover --move-years`): a year in
  "Stickprov dat.nov-2022" is a fact about last year, not a label to move; never in texts;
- every item's source note is dropped (it described last year's source), sections get a line
  saying their text is last year's;
- case number and date are cleared; decision sentences and attachments get the new year;
- assessments, trends, statuses, completion, results, actions and comments are unset, and this
  year's comment is kept as `previous_comment` for the officer to read;
- finished activities (the highest status of the scale, and "no longer relevant") and finished
  assignments are dropped, unfinished ones carried over (`keep_all` keeps all);
- indicators keep as many years of outcomes as the report prints (`[layout]
  indicator_history`, default 1: the latest known value) and any target already set for a
  coming year; this year's targets go (they are last year's report);
- risks and control points stay with their probability and consequence; if the report marks
  risks with `carry_over`, only those go into next year's report, except that a risk with a
  `recurring` control point always does (with its recurring controls);
- contractor rows keep this year's findings as `previous_comment`;
- `continues` is cleared: the ids are the same, so next year's diff pairs them by id.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field

from reportmodel.core import model as m
from reportmodel.core.values import YEAR_MAX, YEAR_MIN
from reportmodel.core.scheme import Scale

_YEAR_RANGE_AFTER = re.compile(r"\s*[-–—/]\s*\d")
_YEAR_RANGE_BEFORE = re.compile(r"\d\s*[-–—/]\s*$")
_ROLLOVER_NOTE = re.compile(r"^(Texten är från rapporten för|Text from the) \d{4}")


@dataclass
class RolloverResult:
    report: m.Report
    year_from: int
    year_to: int
    dropped_activities: list[str] = field(default_factory=list)  # ids
    dropped_assignments: list[str] = field(default_factory=list)
    dropped_risks: list[str] = field(default_factory=list)
    carried_activities: int = 0
    carried_assignments: int = 0
    titles_changed: int = 0
    comments_kept: int = 0
    # (item id, title now, title with the year moved): applied only with move_titles=True.
    year_changes: list[tuple[str, str, str]] = field(default_factory=list)


def move_year(text: str, old: int, new: int) -> str:
    """Whole-word `old` -> `new`, except inside a year range or a date."""
    needle = re.compile(rf"(?<![\w]){old}(?![\w])")

    def replace(match: re.Match[str]) -> str:
        before, after = text[:match.start()], text[match.end():]
        if _YEAR_RANGE_AFTER.match(after) or _YEAR_RANGE_BEFORE.search(before):
            return match.group(0)
        return str(new)

    return needle.sub(replace, text)


def section_note(note: str | None, language: str, old: int, new: int) -> str:
    """The section's source note with a line saying its text is last year's; an earlier
    rollover's line is replaced, not piled up."""
    if language == "en":
        line = f"Text from the {old} report: rewrite it for {new}."
    else:
        line = f"Texten är från rapporten för {old}: skriv om den för {new}."
    kept = [text for text in (note or "").split("\n") if text and not _ROLLOVER_NOTE.match(text)]
    return "\n".join(kept + [line])


def finished_statuses(scale: Scale, also: tuple[str, ...] = ()) -> set[str]:
    """The scale's highest status (Genomförd, Färdig, Klart) and the given extra keys."""
    if not scale.values:
        return set()
    top = max(v.order for v in scale.values)
    return {v.key for v in scale.values if v.order == top} | {k for k in also if scale.get(k)}


class _Roller:
    def __init__(self, report: m.Report, year: int, keep_all: bool, move_titles: bool = False):
        self.report = report
        self.move_titles = move_titles
        self.history = max(1, report.layout.indicator_history or 1)
        self.result = RolloverResult(report, report.meta.year, year)
        self.old, self.new = report.meta.year, year
        self.keep_all = keep_all
        scheme = report.scheme
        self.done_activity = finished_statuses(scheme.scale("activity_status"), ("ej-aktuell",))
        self.done_assignment = finished_statuses(scheme.scale("assignment_status"))

    def title(self, item) -> None:
        if hasattr(item, "source_note") and not isinstance(item, m.Section):
            item.source_note = None  # it described last year's source
        moved = move_year(item.title, self.old, self.new)
        if moved != item.title:
            self.result.year_changes.append((getattr(item, "id", ""), item.title, moved))
            if self.move_titles:
                item.title = moved
                self.result.titles_changed += 1

    def comment(self, item) -> None:
        """This year's comment becomes last year's; the new one starts empty."""
        item.previous_comment = item.comment
        if item.comment:
            self.result.comments_kept += 1
        item.comment = None

    def activities(self, activities: dict[str, m.Activity]) -> dict[str, m.Activity]:
        out = {}
        for key, activity in activities.items():
            if not self.keep_all and activity.status in self.done_activity:
                self.result.dropped_activities.append(key)
                continue
            self.title(activity)
            self.comment(activity)
            activity.status = activity.completion = activity.continues = None
            out[key] = activity
            self.result.carried_activities += 1
        return out

    def assignments(self, assignments: dict[str, m.Assignment]) -> dict[str, m.Assignment]:
        out = {}
        for key, assignment in assignments.items():
            if not self.keep_all and assignment.status in self.done_assignment:
                self.result.dropped_assignments.append(key)
                continue
            self.title(assignment)
            self.comment(assignment)
            assignment.status = assignment.completion = assignment.continues = None
            out[key] = assignment
            self.result.carried_assignments += 1
        return out

    def indicator(self, indicator: m.Indicator) -> None:
        self.title(indicator)
        self.comment(indicator)
        indicator.continues = None
        years: dict[int, m.IndicatorYear] = {}
        kept = 0
        for year in sorted(indicator.years, reverse=True):
            values = indicator.years[year]
            if kept >= self.history:
                break
            if year < self.new and values.outcome is not None and (
                    kept or values.outcome.number is not None):
                years[year] = m.IndicatorYear(outcome=values.outcome,
                                              outcome_women=values.outcome_women,
                                              outcome_men=values.outcome_men)
                kept += 1
        for year, values in indicator.years.items():
            if year >= self.new:
                years[year] = values  # a target set in advance for a coming year
        indicator.years = dict(sorted(years.items()))

    def control(self, control: m.ControlPoint) -> None:
        self.title(control)
        control.previous_comment = control.comment or control.result
        if control.previous_comment:
            self.result.comments_kept += 1
        control.comment = control.result = control.action = None
        control.status = control.assessment = control.continues = None

    def run(self, kind: str | None) -> RolloverResult:
        r = self.report
        meta = r.meta
        meta.year = self.new
        meta.title = move_year(meta.title, self.old, self.new)
        meta.case_number = None
        meta.date = None
        meta.decision = [move_year(s, self.old, self.new) for s in meta.decision]
        meta.attachments = [move_year(s, self.old, self.new) for s in meta.attachments]
        if kind is not None:
            meta.kind = kind
        for section in r.sections.values():
            self.title(section)
            if section.text:
                section.source_note = section_note(section.source_note, meta.language,
                                                   self.old, self.new)
        for goal in r.goals.values():
            self.title(goal)
            self.comment(goal)
            goal.assessment = goal.trend = goal.continues = None
            for indicator in goal.indicators.values():
                self.indicator(indicator)
            goal.activities = self.activities(goal.activities)
            goal.assignments = self.assignments(goal.assignments)
        for process in r.processes.values():
            self.title(process)
            process.continues = None
            for control in process.controls.values():
                self.control(control)
        flagged = any(risk.carry_over for risk in r.risks.values())
        risks = {}
        for key, risk in r.risks.items():
            recurring = {k: c for k, c in risk.controls.items() if c.recurring}
            if flagged and not risk.carry_over and not self.keep_all:
                if not recurring:
                    self.result.dropped_risks.append(key)
                    continue
                risk.controls = recurring  # the recurring controls go on whatever the selection
            risk.carry_over_note = None
            self.title(risk)
            self.comment(risk)
            risk.carry_over = False  # next year's officer decides again
            risk.continues = None
            for control in risk.controls.values():
                self.control(control)
            risk.activities = self.activities(risk.activities)
            risks[key] = risk
        r.risks = risks
        for area in r.contractors.values():
            self.title(area)
            self.comment(area)
            for row in area.rows.values():
                self.title(row)
                row.previous_comment = row.comment or row.deficiencies or row.previous_comment
                row.fulfilment = row.fulfilment_note = row.deficiencies = None
                row.effect = row.actions = row.comment = None
        return self.result


def rollover(report: m.Report, year: int | None = None, *, keep_all: bool = False,
             kind: str | None = None, move_titles: bool = False) -> RolloverResult:
    """Next year's report, built from a deep copy: `report` itself is not changed."""
    copied = copy.deepcopy(report)
    target = report.meta.year + 1 if year is None else year
    if not YEAR_MIN <= target <= YEAR_MAX:  # no save could write it back (codec_read's range)
        raise ValueError(f"year {target} is outside the years a report can hold "
                         f"({YEAR_MIN}-{YEAR_MAX})")
    if target <= report.meta.year:
        raise ValueError(f"rollover moves a report forward: {target} is not after "
                         f"{report.meta.year}")
    if kind is not None and kind not in m.REPORT_KINDS:
        raise ValueError(f'"{kind}" is not a kind of report (expected one of: '
                         f"{', '.join(m.REPORT_KINDS)})")
    return _Roller(copied, target, keep_all, move_titles).run(kind)
