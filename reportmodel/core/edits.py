"""Changes to a report as commands that can be applied and reverted, and the undo history.

This is the one place a report is changed after loading. The editor never sets a field itself: it
asks `change()` for an edit (which checks the value against the report's scheme), and gives it to
`History.do()`, which applies it and remembers it for undo and redo. Nothing here imports Textual,
so the same layer serves any other front end and is tested on its own.

Items are addressed by their TOML key path, as reportmodel.tree gives it (`("goals", "budget",
"activities", "x")`), never by object identity, so an edit stays meaningful if the report object is
rebuilt (e.g. reloaded from disk) and can be shown to the officer as a place in the file.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, fields
from typing import Any, Protocol

from reportmodel.core import model as m
from reportmodel.core.fields import EDITABLE_KINDS, MEASURES
from reportmodel.core.problems import CodedError
from reportmodel.core.scheme import Scale
from reportmodel.core.values import IndicatorValue, ValueError_, parse_value
from reportmodel.core.vocabulary import FieldWord

ItemPath = tuple[str, ...]

# Field kinds an officer edits through a form, and an indicator year's measures: from the field
# schema (fields.py).
VALUE_FIELDS = MEASURES
_serial = itertools.count(1)


class EditError(CodedError, ValueError):
    """A change the report cannot take: an unknown item, a value outside its scale, ...; a
    vocabulary code and its values (core/vocabulary/edits.py), str() the English wording."""


class Edit(Protocol):
    path: ItemPath

    def apply(self, report: m.Report) -> None: ...

    def revert(self, report: m.Report) -> None: ...

    @property
    def noop(self) -> bool: ...


def resolve(report: m.Report, path: ItemPath) -> Any:
    """The item at a key path: ("goals", id) or ("risks", id, "controls", id) and so on."""
    if len(path) < 2 or len(path) % 2:
        raise EditError("edit.not_item_path", path=".".join(path))
    try:
        item = getattr(report, path[0])[path[1]]
        for attr, key in zip(path[2::2], path[3::2]):
            item = getattr(item, attr)[key]
    except (AttributeError, KeyError, TypeError):
        raise EditError("edit.no_item", path=".".join(path)) from None
    return item


@dataclass(frozen=True)
class SetField:
    """Set one field of one item; `before` is what it was, so revert restores it exactly."""

    path: ItemPath
    field: str
    before: Any
    after: Any

    def apply(self, report: m.Report) -> None:
        setattr(resolve(report, self.path), self.field, self.after)

    def revert(self, report: m.Report) -> None:
        setattr(resolve(report, self.path), self.field, self.before)

    @property
    def noop(self) -> bool:
        return self.before == self.after


@dataclass(frozen=True)
class SetIndicatorValue:
    """Set a target or outcome of one year of an indicator.

    A year with no values left is removed, so the file does not grow empty `years.2022` tables,
    and a year that did not exist is created; revert follows the same rule, so undo gives back
    the report it started from. A year that existed before, even empty (added by
    structure_edits.add_year), is kept by revert.
    """

    path: ItemPath
    year: int
    field: str
    before: IndicatorValue | None
    after: IndicatorValue | None
    year_existed: bool = False

    def _set(self, report: m.Report, value: IndicatorValue | None, keep: bool) -> None:
        indicator: m.Indicator = resolve(report, self.path)
        entry = indicator.years.get(self.year)
        if entry is None:
            entry = indicator.years[self.year] = m.IndicatorYear()
        setattr(entry, self.field, value)
        if not keep and all(getattr(entry, name) is None for name in VALUE_FIELDS):
            del indicator.years[self.year]

    def apply(self, report: m.Report) -> None:
        self._set(report, self.after, False)

    def revert(self, report: m.Report) -> None:
        self._set(report, self.before, self.year_existed)

    @property
    def noop(self) -> bool:
        return self.before == self.after


@dataclass(frozen=True)
class Compound:
    """Several edits done and undone as one step (e.g. a status and the comment it requires)."""

    edits: tuple[Edit, ...]

    @property
    def path(self) -> ItemPath:
        return self.edits[0].path if self.edits else ()

    def apply(self, report: m.Report) -> None:
        for edit in self.edits:
            edit.apply(report)

    def revert(self, report: m.Report) -> None:
        for edit in reversed(self.edits):
            edit.revert(report)

    @property
    def noop(self) -> bool:
        return all(edit.noop for edit in self.edits)


# -- building edits, with the value checked -------------------------------------------------------

def field_scale(report: m.Report, item: Any, name: str) -> Scale | None:
    """The scale a field's values come from, or None when the field has no scale here (a goal
    level that is not assessed, a trend on a level without trend)."""
    meta = _field(item, name).metadata
    scheme = report.scheme
    if meta["kind"] == "assessment":
        level = scheme.level(item.level)
        if level is None or level.assessment is None:
            return None
        return scheme.scales.get(level.assessment)
    if meta["kind"] != "scale":
        return None
    if isinstance(item, m.Goal) and name == "trend":
        level = scheme.level(item.level)
        if level is None or not level.trend:
            return None
    return scheme.scales.get(meta["scale"])


def normalise_text(text: str | None) -> str | None:
    """A text as stored: trailing blanks of each line and of the whole text dropped, empty is
    unset. Opening an editor and closing it unchanged must not count as a change."""
    if text is None:
        return None
    cleaned = "\n".join(line.rstrip() for line in text.replace("\r\n", "\n").split("\n")).strip("\n")
    return cleaned if cleaned.strip() else None


def change(report: m.Report, path: ItemPath, name: str, value: Any) -> SetField:
    """An edit setting a year-end field of the item at `path`, after checking the value.

    Scale fields take a key of their scale or None; text fields a string (normalised, empty is
    unset); completion an integer 0-100 that is one of the scheme's steps when it has them.
    """
    item = resolve(report, path)
    fl = _field(item, name)
    kind = fl.metadata.get("kind")
    if kind not in EDITABLE_KINDS:
        raise EditError("edit.not_year_end_field", field=FieldWord(name))
    if kind in ("scale", "assessment"):
        scale = field_scale(report, item, name)
        if scale is None:
            raise EditError("edit.not_applicable", field=FieldWord(name), path=".".join(path))
        if value is not None and scale.get(value) is None:
            keys = ", ".join(scale.keys())
            raise EditError("edit.not_in_scale", value=value, scale=scale.name, keys=keys)
    elif kind == "text":
        if value is not None and not isinstance(value, str):
            raise EditError("edit.is_text", field=FieldWord(name))
        value = normalise_text(value)
        if normalise_text(getattr(item, name)) == value:
            value = getattr(item, name)  # unchanged text: keep its exact bytes, record a no-op
    elif kind == "percent":
        value = check_completion(report, value)
    return SetField(path, name, getattr(item, name), value)


def check_completion(report: m.Report, value: Any) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise EditError("edit.completion_not_int")
    if not 0 <= value <= 100:
        raise EditError("edit.completion_range", value=value)
    steps = report.scheme.completion_steps
    if steps and value not in steps:
        allowed = ", ".join(str(s) for s in steps)
        raise EditError("edit.completion_step", value=value, steps=allowed)
    return value


def change_value(report: m.Report, path: ItemPath, year: int, name: str,
                 value: IndicatorValue | str | float | None) -> SetIndicatorValue:
    """An edit setting an indicator's target or outcome for a year; text is parsed the way an
    officer types it ("88,5", "prel: 73", "i.u.", "-"); empty text is unset."""
    indicator = resolve(report, path)
    if not isinstance(indicator, m.Indicator):
        raise EditError("edit.not_indicator", path=".".join(path))
    if name not in VALUE_FIELDS:
        raise EditError("edit.not_year_value", field=FieldWord(name))
    if isinstance(value, str) and not value.strip():
        value = None
    if value is not None and not isinstance(value, IndicatorValue):
        try:
            value = parse_value(value)
        except ValueError_ as exc:
            raise EditError(exc.code or str(exc), **exc.values) from None
    entry = indicator.years.get(year)
    before = getattr(entry, name) if entry is not None else None
    return SetIndicatorValue(path, year, name, before, value, entry is not None)


def paths(edit: Edit) -> list[ItemPath]:
    """Every item an edit changes (a Compound may change several)."""
    if isinstance(edit, Compound):
        return [p for sub in edit.edits for p in paths(sub)]
    return [edit.path]


def _field(item: Any, name: str) -> Any:
    for fl in fields(item):
        if fl.name == name:
            return fl
    raise EditError("edit.no_field", kind=type(item).__name__, field=name)


# -- history --------------------------------------------------------------------------------------

class History:
    """Undo and redo across every field, in the order the changes were made.

    Each applied edit gets a serial number; the state of the report is the serial of the last
    edit applied. Saving records that state, so undoing back to it makes the report clean again,
    and a new edit after undoing past it makes the saved state unreachable (dirty until saved).
    """

    def __init__(self, limit: int = 10_000):
        self.limit = limit
        self._done: list[tuple[int, Edit]] = []
        self._undone: list[tuple[int, Edit]] = []
        self._saved_state = 0
        self._floor = 0  # state of the report before the oldest edit still held

    @property
    def state(self) -> int:
        return self._done[-1][0] if self._done else self._floor

    @property
    def dirty(self) -> bool:
        return self.state != self._saved_state

    @property
    def can_undo(self) -> bool:
        return bool(self._done)

    @property
    def can_redo(self) -> bool:
        return bool(self._undone)

    def peek_undo(self) -> Edit | None:
        """The edit undo() would revert, without reverting it."""
        return self._done[-1][1] if self._done else None

    def peek_redo(self) -> Edit | None:
        return self._undone[-1][1] if self._undone else None

    def mark_saved(self) -> None:
        self._saved_state = self.state

    def mark_unsaved(self) -> None:
        """The report differs from its file though nothing was done here (a restored copy)."""
        self._saved_state = -1

    def do(self, report: m.Report, edit: Edit) -> bool:
        """Apply an edit and record it; a change to what is already there is not recorded."""
        if edit.noop:
            return False
        edit.apply(report)
        self._done.append((next(_serial), edit))
        self._undone.clear()
        if len(self._done) > self.limit:
            self._floor = self._done.pop(0)[0]
        return True

    def undo(self, report: m.Report) -> Edit | None:
        if not self._done:
            return None
        serial, edit = self._done.pop()
        edit.revert(report)
        self._undone.append((serial, edit))
        return edit

    def redo(self, report: m.Report) -> Edit | None:
        if not self._undone:
            return None
        serial, edit = self._undone.pop()
        edit.apply(report)
        self._done.append((serial, edit))
        return edit
