"""What `[layout]` says that only the report can confirm: that a `section:<id>` names one of its
sections, that no section or part is printed twice, that `legend_meanings` name values of its
scales, that contract areas name known columns, and that a `carry_over_note` will be printed.

The names the layout itself must know (parts, columns, scales) are checked while reading
(core/layout.py `layout_problems`); a layout value nobody would understand is never accepted
silently: docs/format.md promises `yearend check` names every one, with its line.
"""

from __future__ import annotations

from collections.abc import Callable

from reportmodel.core import model as m
from reportmodel.core.layout import CONTRACTOR_COLUMNS, LEGEND_EXTRA
from reportmodel.core.problems import Severity
from reportmodel.core.scheme import SCALE_NAMES

Say = Callable[..., None]  # say(path, code, severity, **values), as validate.Validator.say
SHOWN_IDS = 20  # a report has a few dozen sections; the message lists the first ones


def _ids(report: m.Report) -> str:
    ids = [f'"{key}"' for key in report.sections]
    return ", ".join(ids[:SHOWN_IDS]) + (", …" if len(ids) > SHOWN_IDS else "")


class LayoutCheck:
    def __init__(self, report: m.Report, say: Say):
        self.report = report
        self.say = say
        self.layout = report.layout  # the declared layout over its preset

    def run(self) -> None:
        self.placements()
        self.section_names()
        self.meanings()
        for key, area in self.report.contractors.items():
            for role in area.columns or {}:
                if role not in CONTRACTOR_COLUMNS:
                    self.say(("contractors", key, "columns", role), "layout.contractor_column",
                             Severity.ERROR, value=role, expected=", ".join(CONTRACTOR_COLUMNS))
        for key, risk in self.report.risks.items():
            if risk.carry_over_note and not risk.carry_over:
                self.say(("risks", key, "carry_over_note"), "layout.carry_over_note_unused",
                         Severity.WARNING)

    def section(self, value: str, path: tuple[str, ...]) -> str | None:
        """The id of an existing section named by "section:<id>"; an error and None if none."""
        key = value[len("section:"):]
        if key in self.report.sections:
            return key
        # A warning: nothing is printed for it, and deleting a section in the editor leaves
        # the name behind; the file must still open so the officer can fix it.
        if self.report.sections:
            self.say(path, "layout.no_section", Severity.WARNING, value=value, id=key,
                     expected=_ids(self.report))
        else:
            self.say(path, "layout.no_sections", Severity.WARNING, value=value)
        return None

    def section_names(self) -> None:
        """`section:<id>` where a part is named but nothing is placed: titles, appendices."""
        for key in self.layout.titles or {}:
            if key.startswith("section:"):
                self.section(key, ("layout", "titles", key))
        for i, name in enumerate(self.layout.appendices or []):
            if name.startswith("section:"):
                self.section(name, ("layout", "appendices", str(i)))

    def placements(self) -> None:
        """Each `section:<id>` of memo, parts and goals_intro names a section, printed once."""
        lay, sections = self.layout, self.report.sections
        listed: dict[str, str] = {}  # section id -> where it is first listed ("layout.memo.1")
        lists = (("memo", lay.memo), ("parts", lay.parts), ("goals_intro", lay.goals_intro))
        for name, values in lists:
            seen: dict[str, str] = {}  # the list's other entries, for a part named twice
            for i, value in enumerate(values or []):
                path = ("layout", name, str(i))
                if not value.startswith("section:"):
                    if value in seen and name != "goals_intro":
                        self.say(path, "layout.part_twice", Severity.WARNING, value=value,
                                 first=seen[value])
                    seen.setdefault(value, ".".join(path))
                    continue
                key = self.section(value, path)
                if key is None:
                    continue
                if key in listed:
                    self.say(path, "layout.section_twice.list", Severity.WARNING, id=key,
                             first=listed[key])
                    continue
                listed[key] = ".".join(path)
                section = sections[key]
                if section.goal and section.goal in self.report.goals:
                    self.say(path, "layout.section_twice.goal", Severity.WARNING, id=key,
                             goal=section.goal)
                elif section.parent and section.parent in sections \
                        and self.printed(section.parent, listed):
                    self.say(path, "layout.section_twice.parent", Severity.WARNING, id=key,
                             parent=section.parent)

    def printed(self, key: str, listed: dict[str, str]) -> bool:
        """Whether the section `key` is printed, with its sub-sections, where it belongs:
        listed, inside a goal, under a printed parent, or among "sections"."""
        sections, lay = self.report.sections, self.layout
        placed = {v[len("section:"):] for v in (lay.memo or []) + (lay.parts or [])
                  + (lay.goals_intro or []) if v.startswith("section:")}
        seen: set[str] = set()
        while key not in seen:
            seen.add(key)
            section = sections[key]
            if key in placed or (section.goal and section.goal in self.report.goals):
                return True
            if not (section.parent and section.parent in sections):
                return "sections" in (lay.parts or [])
            key = section.parent
        return False  # a cycle: reported by the validator

    def meanings(self) -> None:
        """`legend_meanings` keys are "<scale>.<value>" of this report's scales."""
        scheme = self.report.scheme
        known = SCALE_NAMES + LEGEND_EXTRA
        for entry in self.layout.legend_meanings or {}:
            path = ("layout", "legend_meanings", entry)
            scale_name, _, key = entry.partition(".")
            if scale_name not in known:
                self.say(path, "layout.meaning_not_scale", Severity.ERROR, value=entry,
                         scale=scale_name, expected=", ".join(known))
                continue
            if scale_name == "completion":
                steps = [str(s) for s in scheme.completion_steps] or ["0", "…", "100"]
                ok = key in steps if scheme.completion_steps else (
                    key.isdigit() and 0 <= int(key) <= 100)
            else:
                steps = [*scheme.scale(scale_name).keys(), "unset"]
                ok = key in steps
            if not ok:
                # a warning: a value may go when its scale is declared anew; nothing breaks
                self.say(path, "layout.meaning_not_value", Severity.WARNING, value=entry, key=key,
                         scale=scale_name, expected=", ".join(steps))


def check_layout(report: m.Report, say: Say) -> None:
    LayoutCheck(report, say).run()
