"""Merge conflicts kept in the report itself, and resolving them as undoable edits.

When two officers change the same field (or one deletes an item the other edited), the merge
(merge.py) keeps OURS' value in the item and records both sides in a `[conflicts]` table at the end
of the file, which yearend loads like any other part of the report:

    [conflicts."goals.budget.activities.x".comment]
    base = "Pågår."
    ours = "Klart i oktober."
    theirs = "Försenat, se bilaga."

    [conflicts."goals.budget.activities.y".item]
    deleted_by = "theirs"

The key is the item's key path (as tree.Node.path, joined with dots; "report" for the header) and
the field's name ("years.2023.outcome" for an indicator's value, "item" for the item as a whole).
A side that is absent had the field unset. Values are TOML data as the file holds them.
`yearend check` reports each entry and fails until it is resolved; the editor resolves them with
`resolve_edit()`, which undo takes back like any other edit.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields
from typing import Any, Callable

from reportmodel.core.conflict_entry import ITEM, OURS, SIDES, THEIRS, Conflict
from reportmodel.core.model import IndicatorYear
from reportmodel.core.problems import CodedError
from reportmodel.core.values import IndicatorValue, ValueError_, parse_value
from reportmodel.core.vocabulary import FieldWord, Phrase

__all__ = ["ITEM", "OURS", "SIDES", "THEIRS", "Conflict"]

# -- reading and writing the table ----------------------------------------------------------------

def conflicts_to_data(conflicts: list[Conflict]) -> dict[str, Any]:
    out: dict[str, dict[str, Any]] = {}
    for c in conflicts:
        entry: dict[str, Any] = {}
        if c.field == ITEM:
            entry["deleted_by"] = c.deleted_by or THEIRS
        else:
            for side in ("base", "ours", "theirs"):
                value = getattr(c, side)
                if value is not None:
                    entry[side] = value
        out.setdefault(".".join(c.path), {})[c.field] = entry
    return out


def read_conflicts(raw: Any, problem: Callable[..., None]) -> list[Conflict]:
    """The [conflicts] table -> Conflicts; anything malformed is reported through
    `problem(path, code, **values)`, a vocabulary code (reportmodel.core.vocabulary.problems)."""
    out: list[Conflict] = []
    if not isinstance(raw, dict):
        problem(("conflicts",), "load.conflicts.not_table")
        return out
    for where, entries in raw.items():
        path = tuple(where.split(".")) if where else ()
        if not isinstance(entries, dict):
            problem(("conflicts", where), "load.conflicts.not_fields")
            continue
        for field, entry in entries.items():
            at = ("conflicts", where, field)
            if not isinstance(entry, dict):
                problem(at, "load.conflicts.not_entry")
                continue
            allowed = {"deleted_by"} if field == ITEM else {"base", "ours", "theirs"}
            for key in entry:
                if key not in allowed:
                    problem(at + (key,), "load.conflicts.unknown_key",
                            expected=", ".join(sorted(allowed)))
            if field == ITEM:
                side = entry.get("deleted_by")
                if side not in SIDES:
                    problem(at + ("deleted_by",), "load.conflicts.bad_side")
                    side = THEIRS
                out.append(Conflict(path, field, deleted_by=side))
            else:
                out.append(Conflict(path, field, entry.get("base"), entry.get("ours"),
                                    entry.get("theirs")))
    return out


# -- resolving ------------------------------------------------------------------------------------

class ConflictError(CodedError, ValueError):
    """A resolution the report cannot take (an unknown item, a value of the wrong kind); worded
    by the vocabulary (core/vocabulary/edits.py)."""


def _container(report: Any, path: tuple[str, ...]) -> tuple[dict[str, Any], str]:
    """The dict holding the item at `path`, and its key."""
    if path[:1] == ("report",):
        if len(path) == 3 and path[1] == "signatories":
            return report.meta.signatories, path[2]
        raise ConflictError("edit.conflict.header")
    if len(path) < 2 or len(path) % 2:
        raise ConflictError("edit.not_item_path", path=".".join(path))
    try:
        # collection -> item -> child collection -> item ...
        holder = getattr(report, path[0])
        for i in range(1, len(path) - 1, 2):
            holder = getattr(holder[path[i]], path[i + 1])
    except (AttributeError, KeyError, TypeError):
        raise ConflictError("edit.no_item", path=".".join(path)) from None
    return holder, path[-1]


def find_item(report: Any, path: tuple[str, ...]) -> Any:
    if path == ("report",):
        return report.meta
    holder, key = _container(report, path)
    if key not in holder:
        raise ConflictError("edit.no_item", path=".".join(path))
    return holder[key]


def to_model_value(item: Any, name: str, data: Any) -> Any:
    """TOML data of one field -> the model's value, as the codec reads it (checked lightly)."""
    if data is None:
        return None
    meta = {fl.name: fl.metadata for fl in fields(item)}.get(name)
    if meta is None:
        raise ConflictError("edit.no_field", kind=type(item).__name__, field=name)
    kind = meta.get("kind")
    if kind == "value":
        if isinstance(data, IndicatorValue):
            return data
        try:
            return parse_value(data)
        except ValueError_ as exc:
            raise ConflictError(exc.code or str(exc), **exc.values) from None
    if kind in ("str_list", "agenda2030"):
        if not isinstance(data, list):
            raise ConflictError("edit.conflict.expected", field=FieldWord(name),
                                what=Phrase("read.value.list"))
        return list(data)
    if kind == "date":
        if not isinstance(data, dt.date):
            raise ConflictError("edit.conflict.expected", field=FieldWord(name),
                                what=Phrase("edit.conflict.date"))
        return data
    if kind in ("int", "year", "percent", "matrix"):
        if not isinstance(data, int) or isinstance(data, bool):
            raise ConflictError("edit.conflict.expected", field=FieldWord(name),
                                what=Phrase("edit.conflict.whole"))
        return data
    if kind == "bool":
        if not isinstance(data, bool):
            raise ConflictError("edit.conflict.expected", field=FieldWord(name),
                                what=Phrase("edit.conflict.bool"))
        return data
    if kind in ("children", "years"):
        raise ConflictError("edit.conflict.not_single", field=FieldWord(name))
    if not isinstance(data, str):
        raise ConflictError("edit.conflict.expected", field=FieldWord(name),
                            what=Phrase("edit.conflict.text"))
    return data


_MISSING = object()


@dataclass
class _FieldChange:
    """Set one (possibly nested) field of an item; revert restores it, an indicator's emptied
    year included."""

    path: tuple[str, ...]
    field: str
    after: Any
    before: Any = _MISSING
    year_existed: bool = True

    def _target(self, report: Any) -> tuple[Any, str]:
        item = find_item(report, self.path)
        parts = self.field.split(".")
        if len(parts) == 3 and parts[0] == "years" and parts[1].isdigit():

            year = int(parts[1])
            entry = item.years.get(year)
            if entry is None:
                entry = item.years[year] = IndicatorYear()
                item.years = dict(sorted(item.years.items()))
            return entry, parts[2]
        if len(parts) != 1:
            raise ConflictError("edit.conflict.by_file", field=FieldWord(self.field))
        return item, parts[0]

    def apply(self, report: Any) -> None:
        item = find_item(report, self.path)
        if self.field.startswith("years."):
            self.year_existed = int(self.field.split(".")[1]) in item.years
        target, name = self._target(report)
        if self.before is _MISSING:
            self.before = getattr(target, name)
        setattr(target, name, self.after)
        self._drop_empty_year(report)

    def revert(self, report: Any) -> None:
        target, name = self._target(report)
        setattr(target, name, self.before)
        self._drop_empty_year(report, keep=self.year_existed)

    def _drop_empty_year(self, report: Any, keep: bool = False) -> None:
        if not self.field.startswith("years.") or keep:
            return
        item = find_item(report, self.path)
        year = int(self.field.split(".")[1])
        entry = item.years.get(year)
        if entry is not None and all(getattr(entry, fl.name) is None for fl in fields(entry)):
            del item.years[year]


@dataclass
class _RemoveItem:
    """Take an item out of its table; revert puts it back in the same place."""

    path: tuple[str, ...]
    removed: Any = None
    position: int = 0

    def apply(self, report: Any) -> None:
        holder, key = _container(report, self.path)
        keys = list(holder)
        self.position = keys.index(key)
        self.removed = holder.pop(key)

    def revert(self, report: Any) -> None:
        holder, key = _container(report, self.path)
        items = list(holder.items())
        items.insert(self.position, (key, self.removed))
        holder.clear()
        holder.update(items)


@dataclass
class ResolveConflict:
    """One conflict resolved: the field set (or the item removed) and the entry taken out of
    report.conflicts; revert puts both back exactly. The edits.History protocol (apply, revert,
    noop, path)."""

    conflict: Conflict
    choice: str  # "ours", "theirs" or "value"
    change: Any = None  # a _FieldChange, a _RemoveItem or None (ours kept as it is)
    position: int = 0

    @property
    def path(self) -> tuple[str, ...]:
        return self.conflict.path

    @property
    def noop(self) -> bool:
        return False

    def apply(self, report: Any) -> None:
        try:
            self.position = report.conflicts.index(self.conflict)
        except ValueError:
            raise ConflictError("edit.conflict.none", what=self.conflict.describe()) from None
        if self.change is not None:
            self.change.apply(report)
        del report.conflicts[self.position]

    def revert(self, report: Any) -> None:
        if self.change is not None:
            self.change.revert(report)
        report.conflicts.insert(self.position, self.conflict)


def resolve_edit(report: Any, conflict: Conflict, choice: str,
                 value: Any = None) -> ResolveConflict:
    """An edit resolving `conflict`: choice "ours" keeps what the file holds (ours), "theirs" takes
    the other side, "value" sets `value` (a model value, or TOML data such as "prel: 73"). Give it
    to edits.History.do() so undo takes it back. ConflictError when it cannot apply."""
    if conflict not in report.conflicts:
        raise ConflictError("edit.conflict.none", what=conflict.describe())
    if choice not in ("ours", "theirs", "value"):
        raise ConflictError("edit.conflict.choice", choice=repr(choice))
    if conflict.field == ITEM:
        if choice == "value":
            raise ConflictError("edit.conflict.item_value")
        change = _RemoveItem(conflict.path) if conflict.deleted_by == choice else None
        return ResolveConflict(conflict, choice, change)
    if choice == "ours":
        return ResolveConflict(conflict, choice, None)
    if conflict.path[:1] in (("scheme",), ()):
        raise ConflictError("edit.conflict.scheme", what=conflict.describe())
    item = find_item(report, conflict.path)
    data = conflict.theirs if choice == "theirs" else value
    parts = conflict.field.split(".")
    if len(parts) == 3 and parts[0] == "years":

        typed = to_model_value(IndicatorYear(), parts[2], data)
    else:
        typed = to_model_value(item, conflict.field, data)
    return ResolveConflict(conflict, choice, _FieldChange(conflict.path, conflict.field, typed))


def conflicts_of(report: Any, path: tuple[str, ...]) -> list[Conflict]:
    """The unresolved conflicts of one item (the editor's detail pane)."""
    return [c for c in report.conflicts if c.path == path]


def conflicted_paths(report: Any) -> dict[tuple[str, ...], list[Conflict]]:
    """Item path -> its unresolved conflicts, in the file's order: the editor marks these rows
    and jumps between them as it does between items needing attention."""
    out: dict[tuple[str, ...], list[Conflict]] = {}
    for c in report.conflicts:
        out.setdefault(c.path, []).append(c)
    return out
