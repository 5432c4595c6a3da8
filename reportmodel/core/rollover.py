"""Next year's report from this one (`yearend rollover`): the same structure and ids, this
year's judgements cleared.

What an officer would do by hand, done the same way every year (docs/diff.md, "Rollover"):

- the year moves on in the metadata (title, decision, attachments): whole-word occurrences of
  this year only, never inside a range or a date ("2022-2025", "2022-12-31");
- in item titles and the layout's part titles (`[layout.titles]`) the same change is only
  *proposed* (`RolloverResult.year_changes`) and made
  when the officer confirms it (`move_titles=True`, `yearend rollover --move-years`): a year in
  "Stickprov dat.nov-2022" is a fact about last year, not a label to move; never in texts;
  the same for the years in `[layout] carry_over` ("IK-plan 2024" -> "IK-plan 2025");
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
from reportmodel.core.fields import (CLEAR, DECIDE_AGAIN, PREVIOUS, YEARS, comment_fields,
                                     year_end_fields)
from reportmodel.core.scheme import Scale
from reportmodel.core.tree import CONTAINER_COLLECTIONS
from reportmodel.core.values import YEAR_MAX, YEAR_MIN
from reportmodel.core.vocabulary import vocab

_YEAR_RANGE_AFTER = re.compile(r"\s*[-–—/]\s*\d")
_YEAR_RANGE_BEFORE = re.compile(r"\d\s*[-–—/]\s*$")
_ROLLOVER_NOTE = re.compile(r"^(Texten är från rapporten för|Text from the) \d{4}")


class RolloverError(ValueError):
    """A rollover that cannot be done; `code` and `values` are worded by the vocabulary, the
    exception's text is the English wording."""

    def __init__(self, code: str, **values):
        self.code, self.values = code, values
        super().__init__(vocab("en").say(code, **values))


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
    # (item, title now, title with the year moved): applied only with move_titles=True. The item
    # is its id, with its collection for a container ("goals/ekonomi").
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


def shift_years(text: str, old: int, new: int) -> str:
    """Every whole-word year from `old` on (up to ten years ahead) moved by `new - old`, except
    inside a year range or a date: the carry-over sentence names a coming plan ("ingår i urvalet
    till IK-plan 2024" in 2022's report is "… 2025" in 2023's), an earlier year is history."""
    needle = re.compile(r"(?<![\w])(\d{4})(?![\w])")

    def replace(match: re.Match[str]) -> str:
        year = int(match.group(1))
        before, after = text[:match.start()], text[match.end():]
        if not old <= year <= old + 10 or _YEAR_RANGE_AFTER.match(after) \
                or _YEAR_RANGE_BEFORE.search(before):
            return match.group(0)
        return str(year + new - old)

    return needle.sub(replace, text)


def section_note(note: str | None, language: str, old: int, new: int) -> str:
    """The section's source note with a line saying its text is last year's; an earlier
    rollover's line is replaced, not piled up."""
    line = vocab(language).say("rollover.section_note", old=old, new=new)
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

    def title(self, item, kind: str | None = None) -> None:
        if hasattr(item, "source_note") and not isinstance(item, m.Section):
            item.source_note = None  # it described last year's source
        moved = move_year(item.title, self.old, self.new)
        if moved != item.title:
            # A container is named with its collection: a goal and a process may share an id.
            name = getattr(item, "id", "")
            if kind in CONTAINER_COLLECTIONS:
                name = f"{CONTAINER_COLLECTIONS[kind]}/{name}"
            self.result.year_changes.append((name, item.title, moved))
            if self.move_titles:
                item.title = moved
                self.result.titles_changed += 1

    def reset(self, kind: str, item) -> None:
        """Next year's values of the year-end fields, as the field schema (fields.py) says:
        cleared, kept as previous_comment, decided again or (indicators) trimmed to the latest
        outcome. `continues` goes too: the ids are the same, so next year's diff pairs by id."""
        specs = year_end_fields(kind)
        if any(s.rollover == PREVIOUS for s in specs):
            kept = next((getattr(item, name) for name in comment_fields(kind)
                         if getattr(item, name)), None)
            item.previous_comment = kept
            self.result.comments_kept += kept is not None
        for s in specs:
            if s.rollover in (CLEAR, PREVIOUS):
                setattr(item, s.name, None)
            elif s.rollover == DECIDE_AGAIN:
                setattr(item, s.name, False)
            elif s.rollover == YEARS:
                self.indicator_years(item)
        if hasattr(item, "continues"):
            item.continues = None

    def leaves(self, kind: str, items: dict, finished: set[str], dropped: list[str]) -> dict:
        """Activities or assignments carried over; finished ones left out unless keep_all."""
        out = {}
        for key, item in items.items():
            if not self.keep_all and item.status in finished:
                dropped.append(key)
                continue
            self.title(item)
            self.reset(kind, item)
            out[key] = item
        return out

    def activities(self, activities: dict[str, m.Activity]) -> dict[str, m.Activity]:
        out = self.leaves("activity", activities, self.done_activity,
                          self.result.dropped_activities)
        self.result.carried_activities += len(out)
        return out

    def assignments(self, assignments: dict[str, m.Assignment]) -> dict[str, m.Assignment]:
        out = self.leaves("assignment", assignments, self.done_assignment,
                          self.result.dropped_assignments)
        self.result.carried_assignments += len(out)
        return out

    def indicator_years(self, indicator: m.Indicator) -> None:
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

    def item(self, kind: str, item) -> None:
        self.title(item, kind)
        self.reset(kind, item)

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
        # The layout's part titles ("Bilaga 2 – Slutrapport intern kontroll 2022") are titles
        # like the items': proposed, moved with move_titles.
        titles = r.layout_decl.titles or {}
        for key, text in titles.items():
            moved = move_year(text, self.old, self.new)
            if moved != text:
                self.result.year_changes.append((f"layout.titles.{key}", text, moved))
                if self.move_titles:
                    titles[key] = moved
                    self.result.titles_changed += 1
        # The carry-over sentence's plan year ("IK-plan 2024") likewise, moved by a year.
        carry = r.layout_decl.carry_over
        if carry:
            moved = shift_years(carry, self.old, self.new)
            if moved != carry:
                self.result.year_changes.append(("layout.carry_over", carry, moved))
                if self.move_titles:
                    r.layout_decl.carry_over = moved
                    self.result.titles_changed += 1
        for section in r.sections.values():
            self.item("section", section)
            if section.text:
                section.source_note = section_note(section.source_note, meta.language,
                                                   self.old, self.new)
        for goal in r.goals.values():
            self.item("goal", goal)
            for indicator in goal.indicators.values():
                self.item("indicator", indicator)
            goal.activities = self.activities(goal.activities)
            goal.assignments = self.assignments(goal.assignments)
        for process in r.processes.values():
            self.item("process", process)
            for control in process.controls.values():
                self.item("control", control)
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
            self.item("risk", risk)  # carry_over is decided again (fields.py)
            for control in risk.controls.values():
                self.item("control", control)
            risk.activities = self.activities(risk.activities)
            risks[key] = risk
        r.risks = risks
        for area in r.contractors.values():
            self.item("contractor", area)
            for row in area.rows.values():
                # A row's findings (its comment, else its deficiencies) are what next year's
                # officer reads first; every follow-up field starts empty.
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
        raise RolloverError("cli.rollover.year_range", year=target, low=YEAR_MIN, high=YEAR_MAX)
    if target <= report.meta.year:
        raise RolloverError("cli.rollover.not_forward", year=target, current=report.meta.year)
    if kind is not None and kind not in m.REPORT_KINDS:
        raise RolloverError("cli.rollover.bad_kind", kind=kind,
                            expected=", ".join(m.REPORT_KINDS))
    return _Roller(copied, target, keep_all, move_titles).run(kind)
