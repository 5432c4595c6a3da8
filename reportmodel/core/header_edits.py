"""Edits of the report's header ([report] in the file): municipality, board, kind, title, year,
case number, date, officer, decision points, attachments and signatories.

Fields are checked by their kind in model.Meta (field_edits.check_value), so a field added to
Meta later (a signing unit, say) is editable here without code of its own. Lists (decision
points, attachments) are edited an entry at a time; signatories are items with ids.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reportmodel.core import model as m
from reportmodel.core import places
from reportmodel.core.edits import EditError, normalise_text
from reportmodel.core.field_edits import check_value, field_meta, one_line
from reportmodel.core.ids import unique_id
from reportmodel.core.structure_edits import SetEntries, StructureEdit
from reportmodel.core.vocabulary import FieldWord

SIGNATORIES = ("report", "signatories")


def _frozen(value: Any) -> Any:
    return tuple(value) if isinstance(value, list) else value


def _live(value: Any) -> Any:
    return list(value) if isinstance(value, tuple) else value


@dataclass(frozen=True)
class SetMeta:
    """Set one header field; lists are held as tuples so the edit cannot change under it."""

    field: str
    before: Any
    after: Any

    @property
    def path(self) -> tuple[str, ...]:
        return ("report",)

    def apply(self, report: m.Report) -> None:
        setattr(report.meta, self.field, _live(self.after))

    def revert(self, report: m.Report) -> None:
        setattr(report.meta, self.field, _live(self.before))

    @property
    def noop(self) -> bool:
        return self.before == self.after


def set_meta(report: m.Report, name: str, value: Any) -> SetMeta:
    """Set a header field; a list field takes the whole list."""
    if field_meta(report.meta, name)["kind"] == "children":
        raise EditError("edit.signatories", field=FieldWord(name))
    after = check_value(report, report.meta, name, value)
    return SetMeta(name, _frozen(getattr(report.meta, name)), _frozen(after))


def _list(report: m.Report, name: str) -> list[str]:
    if field_meta(report.meta, name)["kind"] != "str_list":
        raise EditError("edit.not_header_list", field=FieldWord(name))
    return list(getattr(report.meta, name))


def _entry_text(name: str, text: Any) -> str:
    if not isinstance(text, str):
        raise EditError("edit.entry_text", field=FieldWord(name))
    cleaned = normalise_text(text)
    if cleaned is None:
        raise EditError("edit.entry_empty", field=FieldWord(name))
    return cleaned


def _index(entries: list, index: int, name: str, end: bool = False) -> int:
    top = len(entries) + (1 if end else 0)
    if isinstance(index, bool) or not isinstance(index, int) or not 0 <= index < top:
        raise EditError("edit.no_entry", field=FieldWord(name),
                        index=index + 1 if isinstance(index, int) else index, n=len(entries))
    return index


def _list_edit(report: m.Report, name: str, after: list[str]) -> SetMeta:
    return SetMeta(name, _frozen(getattr(report.meta, name)), tuple(after))


def add_entry(report: m.Report, name: str, text: str, index: int | None = None) -> SetMeta:
    """A new decision point or attachment, at `index` (0-based; None: last)."""
    entries = _list(report, name)
    at = len(entries) if index is None else _index(entries, index, name, end=True)
    entries.insert(at, _entry_text(name, text))
    return _list_edit(report, name, entries)


def set_entry(report: m.Report, name: str, index: int, text: str) -> SetMeta:
    entries = _list(report, name)
    entries[_index(entries, index, name)] = _entry_text(name, text)
    return _list_edit(report, name, entries)


def remove_entry(report: m.Report, name: str, index: int) -> SetMeta:
    entries = _list(report, name)
    del entries[_index(entries, index, name)]
    return _list_edit(report, name, entries)


def move_entry(report: m.Report, name: str, index: int, new_index: int) -> SetMeta:
    entries = _list(report, name)
    entry = entries.pop(_index(entries, index, name))
    entries.insert(_index(entries, new_index, name, end=True), entry)
    return _list_edit(report, name, entries)


# -- signatories ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class SetSignatoryField:
    key: str
    field: str
    before: Any
    after: Any

    @property
    def path(self) -> tuple[str, ...]:
        return SIGNATORIES + (self.key,)

    def apply(self, report: m.Report) -> None:
        setattr(report.meta.signatories[self.key], self.field, self.after)

    def revert(self, report: m.Report) -> None:
        setattr(report.meta.signatories[self.key], self.field, self.before)

    @property
    def noop(self) -> bool:
        return self.before == self.after


def _signatory(report: m.Report, key: str) -> m.Signatory:
    try:
        return report.meta.signatories[key]
    except KeyError:
        raise EditError("edit.no_signatory", key=key) from None


def _order(report: m.Report, keys: list[str], extra: dict[str, m.Signatory] | None = None
           ) -> SetEntries:
    current = report.meta.signatories
    source = {**current, **(extra or {})}
    return SetEntries(SIGNATORIES, tuple(current.items()), tuple((k, source[k]) for k in keys))


def _wrap(action: str, key: str, part) -> StructureEdit:
    path = SIGNATORIES + (key,)
    return StructureEdit(action, "signatory", path, path, (part,), ())


def add_signatory(report: m.Report, name: str, title: str | None = None,
                  index: int | None = None) -> StructureEdit:
    """A signatory (name, and title such as "Kommunstyrelsens ordförande"); its id comes from
    the name, unique among the signatories."""
    person = m.Signatory(id="item", name=one_line("name", name, True),
                         title=one_line("title", title, False))
    person.id = unique_id(person.name, places.taken_ids(report, "signatory"))
    keys = list(report.meta.signatories)
    at = len(keys) if index is None else _index(keys, index, "signatories", end=True)
    keys.insert(at, person.id)
    return _wrap("add", person.id, _order(report, keys, {person.id: person}))


def set_signatory(report: m.Report, key: str, name: str, value: Any) -> SetSignatoryField:
    person = _signatory(report, key)
    after = check_value(report, person, name, value)
    return SetSignatoryField(key, name, getattr(person, name), after)


def remove_signatory(report: m.Report, key: str) -> StructureEdit:
    _signatory(report, key)
    return _wrap("delete", key, _order(report, [k for k in report.meta.signatories if k != key]))


def move_signatory(report: m.Report, key: str, index: int) -> StructureEdit:
    _signatory(report, key)
    keys = [k for k in report.meta.signatories if k != key]
    keys.insert(_index(keys, index, "signatories", end=True), key)
    return _wrap("move", key, _order(report, keys))
