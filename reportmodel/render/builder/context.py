"""What the builder needs besides the render Context: the resolved layout, scale values as `Mark`s
(recorded for the legend), and which optional fields the report uses anywhere (a column only when
the report uses it: a report without control status gets no status column)."""

from __future__ import annotations

from dataclasses import dataclass, field

from reportmodel.core import model as m
from reportmodel.core.layout import Layout, LevelLayout
from reportmodel.render.context import Context
from reportmodel.render.document import Cell, Column, Inline, Mark, Row, Span
from reportmodel.render.words import SCALE_USES


LANGUAGES = ("sv", "en")


@dataclass
class BuildContext(Context):
    layout: Layout = field(init=False)
    # (kind, field) pairs some item of the report has a value for, e.g. ("control", "status").
    uses: set[tuple[str, str]] = field(init=False)

    def __post_init__(self) -> None:
        super().__post_init__()
        self.layout = self.report.layout
        self.uses = _fields_used(self.report)
        self._marks: dict[tuple[str, str | None], Mark] = {}
        self._dates: dict = {}
        self._numbers: dict = {}
        self._date_cells: dict = {}
        self._mark_cells: dict = {}
        self._columns: dict = {}
        self._completion_cells: dict = {}
        self._level_layouts: dict = {}
        self.agenda_names: dict[int, str] | None = None  # see goals.agenda_text
        self.activity_status_cells: dict = {}
        self.risk_texts: dict = {}  # risk id -> (risk, its texts): see control._risk_texts

    def mark_of(self, scale_name: str, key: str | None) -> Mark:
        """The value as printed; the same `Mark` object each time (it is frozen)."""
        mark = self._marks.get((scale_name, key))
        if mark is None:
            mark = self._marks[(scale_name, key)] = self._make_mark(scale_name, key)
        elif mark.symbol:
            self.used[(scale_name, key)] = None
        return mark

    def mark_cell(self, scale_name: str, key: str | None) -> Cell:
        """mark_cell(mark_of(scale_name, key)), looked up by the names (a Mark's own hash is a
        Python call), with mark_of's note for the legend."""
        cell = self._mark_cells.get((scale_name, key))
        if cell is None:
            cell = self._mark_cells[(scale_name, key)] = mark_cell(self.mark_of(scale_name, key))
        elif cell.mark.symbol:
            self.used[(scale_name, key)] = None
        return cell

    def _make_mark(self, scale_name: str, key: str | None) -> Mark:
        scale = self.scale(scale_name)
        value = scale.get(key)
        symbol = self.symbol(scale_name, key)  # records it for the legend
        return Mark(scale_name, key if value is not None else None if key is None else key,
                    self.label(scale_name, key), symbol, value.colour or None if value else None)

    def mark_text(self, mark: Mark) -> str:
        return f"{mark.symbol} {mark.label}" if mark.symbol else mark.label

    def date(self, value):  # type: ignore[override]
        """Cached: a large report prints the same few hundred dates thousands of times."""
        if value is None:
            return ""
        text = self._dates.get(value)
        if text is None:
            text = self._dates[value] = super().date(value)
        return text

    def number(self, value):  # type: ignore[override]
        """Cached: indicator values, risk values and counts repeat (L: 7 000 numbers, 900
        different). The type is part of the key only to keep 1 and 1.0 apart."""
        key = (value, value.__class__)
        text = self._numbers.get(key)
        if text is None:
            text = self._numbers[key] = super().number(value)
        return text

    def date_cell(self, value) -> Cell:
        """A date's cell, one shared object per date (a report has a few hundred dates)."""
        cell = self._date_cells.get(value)
        if cell is None:
            cell = self._date_cells[value] = short_cell(self.date(value))
        return cell

    def activity_status_cell(self, key: str | None) -> Cell:
        """mark_cell("activity_status", key), kept by key in activity_status_cells, so the
        activity loop can look a status up without a call (mark_cell has noted it for the
        legend the first time)."""
        cell = self.activity_status_cells[key] = self.mark_cell("activity_status", key)
        return cell

    def completion_cell(self, value: int | None) -> Cell:
        """A completion's cell ("75 %"), one shared object per value."""
        cell = self._completion_cells.get(value)
        if cell is None:
            cell = self._completion_cells[value] = number_cell(self.completion(value))
            if value is not None:  # for a legend that explains the completion steps
                self.used[("completion", str(value))] = None
        return cell

    def level_layout(self, level_key: str) -> LevelLayout:
        """Kept per level: asked several times per goal, and a level the layout does not name
        would get a new default LevelLayout each time (read only, so one is shared)."""
        lay = self._level_layouts.get(level_key)
        if lay is None:
            lay = self._level_layouts[level_key] = (self.layout.levels or {}).get(
                level_key) or LevelLayout()
        return lay

    def part_title(self, part: str, default: str) -> str:
        return (self.layout.titles or {}).get(part, default)

    def has(self, kind: str, name: str) -> bool:
        return (kind, name) in self.uses


def _fields_used(report: m.Report) -> set[tuple[str, str]]:
    uses: set[tuple[str, str]] = set()
    # Each kind's items are looked at only until every one of its fields has been seen with a
    # value: in a large report that is after a handful of its 10 000 activities.
    controls = ("responsible", "frequency", "method", "status", "assessment", "result", "action",
                "comment")
    activities = ("responsible", "start", "end", "status", "completion")
    _note(uses, "goal", report.goals.values(), ("responsible", "trend"))
    _note(uses, "activity", (a for goal in report.goals.values()
                             for a in goal.activities.values()), activities)
    _note(uses, "assignment", (a for goal in report.goals.values()
                               for a in goal.assignments.values()),
          ("responsible", "responsible_bodies", "start", "end", "status", "completion"))
    _note(uses, "control", (c for process in report.processes.values()
                            for c in process.controls.values()), controls)
    _note(uses, "control", (c for risk in report.risks.values()
                            for c in risk.controls.values()), controls)
    _note(uses, "activity", (a for risk in report.risks.values()
                             for a in risk.activities.values()), activities)
    return uses


def _note(uses: set[tuple[str, str]], kind: str, items, names: tuple[str, ...]) -> None:
    missing = [name for name in names if (kind, name) not in uses]
    for item in items:
        if not missing:
            return
        found = [name for name in missing if getattr(item, name, None) not in (None, "", [], False)]
        if found:
            uses.update((kind, name) for name in found)
            missing = [name for name in missing if name not in found]


# A large report's document has ~100 000 cells and spans. The generated __init__ of a frozen
# dataclass (Span) sets each field through object.__setattr__; span() makes the same object by
# giving it a whole __dict__ in one step (measured with Python 3.11, made and freed: 0.52 against
# 0.73 µs). Not for the classes that are not frozen (Cell, Row, Paragraph): their own __init__
# is faster than that (0.27 against 0.48 µs a cell), and so is reading their attributes.
_new = object.__new__
_set_dict = object.__setattr__  # Span is frozen: its own __setattr__ refuses


def span(text: str, bold: bool = False) -> Span:
    s = _new(Span)
    _set_dict(s, "__dict__", {"text": text, "bold": True if bold else False, "italic": False,
                              "code": False, "link": None})
    return s


def text_cell(text: str | None, bold: bool = False) -> Cell:
    return Cell((span(text, bold),) if text else ())


def mark_cell(mark: Mark, note: str | None = None) -> Cell:
    if note and note.strip():
        return Cell((span(note),), mark)
    cell = _MARK_CELLS.get(mark)
    if cell is None:
        cell = _MARK_CELLS[mark] = Cell((), mark)
    return cell


# Cells that repeat (a status, a date, a person) are one shared object each: the document is
# read, never changed, once built. Bounded, so a long-running editor does not grow without end.
_MARK_CELLS: dict[Mark, Cell] = {}
_SHORT_CELLS: dict[str, Cell] = {}


def short_cell(text: str | None) -> Cell:
    """A cell of a short text that repeats: a date, a name, a role."""
    if not text:
        return _EMPTY
    cell = _SHORT_CELLS.get(text)
    if cell is None:
        if len(_SHORT_CELLS) > 20000:
            _SHORT_CELLS.clear()
        cell = _SHORT_CELLS[text] = Cell((span(text),))
    return cell


def number_cell(text: str) -> Cell:
    """A number as printed; shared like short_cell ("75 %", "prel: 73" and "-" repeat)."""
    if not text:
        return _NO_NUMBER
    cell = _NUMBER_CELLS.get(text)
    if cell is None:
        if len(_NUMBER_CELLS) > 20000:
            _NUMBER_CELLS.clear()
        cell = _NUMBER_CELLS[text] = Cell(number=text)
    return cell


_NUMBER_CELLS: dict[str, Cell] = {}


_EMPTY = Cell()
_NO_NUMBER = Cell()


def col(title: str, role: str, width: float = 1.0, align: str = "left") -> Column:
    return Column(title, role, width, align)


def spans(text: str, **style) -> Inline:
    return (Span(text, **style),) if text else ()


def scale_use(ctx: BuildContext, name: str) -> str:
    """What a scale measures, in the legend's words ("Bedömning av nämndsmål")."""
    sv, en, kind = SCALE_USES.get(name, (name, name, None))
    template = en if ctx.lang == "en" else sv
    return template.format(term=ctx.term(kind).lower()) if kind else template


def make_context(report: m.Report, *, ascii: bool = False, lang: str | None = None) -> BuildContext:
    lang = lang or report.meta.language or "sv"
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}; expected sv or en")
    return BuildContext(report, lang=lang, ascii=ascii)
