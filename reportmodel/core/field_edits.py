"""Edits of any field of any item: titles (renaming), descriptions, dates, levels, probability and
consequence, lists, ... checked against the field's kind and the report's scheme.

edits.change() covers the year-end fields (scales, comments, completion); this covers the rest of
an item, so the editor can build and change the plan itself. Renaming sets the title only: an id
is never changed by the tool (ids.py). Where an item sits (its parent) is changed by a move
(structure_edits.py), and its children by add and delete, so those fields are refused here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import fields
from typing import Any

from reportmodel.core import model as m
from reportmodel.core import places
from reportmodel.core.vocabulary import FieldWord, Phrase
from reportmodel.core.edits import (
    EDITABLE_KINDS,
    Compound,
    EditError,
    ItemPath,
    SetField,
    change,
    normalise_text,
    resolve,
)


def field_meta(item: Any, name: str) -> dict[str, Any]:
    for fl in fields(item):
        if fl.name == name and fl.name != "id":
            return dict(fl.metadata)
    if name == "id":
        raise EditError("edit.id_fixed")
    raise EditError("edit.no_field", kind=type(item).__name__, field=name)


def one_line(name: str, value: Any, required: bool, entry: int | None = None) -> str | None:
    """A short text: stripped, on one line; empty is unset, which a required field refuses.
    `entry`: the text is that entry (from 1) of the list `name`."""
    said = FieldWord(name) if entry is None else Phrase("edit.entry", field=FieldWord(name),
                                                        n=entry)
    if value is not None and not isinstance(value, str):
        raise EditError("edit.is_text", field=said)
    text = (value or "").strip()
    if "\n" in text or "\r" in text:
        raise EditError("edit.one_line", field=said)
    if not text:
        if required:
            raise EditError("edit.not_empty", field=said)
        return None
    return text


def text_list(name: str, value: Any) -> list[str]:
    if isinstance(value, str) or not isinstance(value, (list, tuple)):
        raise EditError("edit.text_list", field=FieldWord(name))
    out = []
    for i, entry in enumerate(value, 1):
        text = one_line(name, entry, True, i)
        out.append(text)
    return out


def as_date(name: str, value: Any) -> dt.date | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, dt.datetime):
        raise EditError("edit.date_with_time", field=FieldWord(name))
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise EditError("edit.not_date", value=repr(value))


def whole(name: str, value: Any, lo: int, hi: int, what: Phrase) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise EditError("edit.not_whole", field=FieldWord(name), what=what)
    if not lo <= value <= hi:
        raise EditError("edit.out_of_range", value=value, field=FieldWord(name), what=what)
    return value


def check_value(report: m.Report, item: Any, name: str, value: Any) -> Any:
    """The value as it would be stored in `item.name`, or EditError saying what is expected.
    Scale, assessment and completion fields go through edits.change() (needs a path), so they
    are not handled here."""
    meta = field_meta(item, name)
    kind, required = meta["kind"], meta["required"]
    if kind == "str":
        return one_line(name, value, required)
    if kind == "text":
        if value is not None and not isinstance(value, str):
            raise EditError("edit.is_text", field=FieldWord(name))
        text = normalise_text(value)
        return getattr(item, name) if normalise_text(getattr(item, name)) == text else text
    if kind == "date":
        return as_date(name, value)
    if kind == "bool":
        if not isinstance(value, bool):
            raise EditError("edit.is_bool", field=FieldWord(name))
        return value
    if kind == "str_list":
        return text_list(name, value)
    if kind == "agenda2030":
        if isinstance(value, str) or not isinstance(value, (list, tuple)):
            raise EditError("edit.agenda2030_list")
        goal = Phrase("edit.what.global_goal")
        numbers = [whole("agenda2030", v, 1, 17, goal) for v in value]
        if len(set(numbers)) != len(numbers):
            raise EditError("edit.agenda2030_twice")
        return numbers
    if kind == "matrix":
        size = report.scheme.risk_matrix_size
        return whole(name, value, 1, size, Phrase("edit.what.matrix", size=size))
    if kind == "year":
        return whole(name, value, 1900, 2200, Phrase("edit.what.year"))
    if kind == "kind":
        if value not in m.REPORT_KINDS:
            raise EditError("edit.not_report_kind", value=repr(value),
                            expected=", ".join(m.REPORT_KINDS))
        return value
    if kind == "language":
        if value not in ("sv", "en"):
            raise EditError("edit.not_language", value=repr(value))
        return value
    if kind == "level":
        return value  # checked with the goal's place: see _level
    if kind == "int":
        raise EditError("edit.computed", field=FieldWord(name))
    if kind == "ref":
        raise EditError("edit.is_ref", field=FieldWord(name))
    if kind in ("children", "years"):
        raise EditError("edit.holds_items", field=FieldWord(name))
    raise EditError("edit.not_editable", field=FieldWord(name))


def set_field(report: m.Report, path: ItemPath, name: str, value: Any):
    """An edit setting any field of the item at `path` (SetField, or a Compound when setting
    probability or consequence also sets the risk's value)."""
    path = tuple(path)
    item = resolve(report, path)
    meta = field_meta(item, name)
    if meta["kind"] in EDITABLE_KINDS:
        return change(report, path, name, value)
    after = check_value(report, item, name, value)
    if meta["kind"] == "level":
        _level(report, path, item, after)
    if isinstance(item, m.Indicator) and name == "gender_split" and not after:
        if any(getattr(y, f) is not None for y in item.years.values()
               for f in ("target_women", "outcome_women", "target_men", "outcome_men")):
            raise EditError("edit.gender_values")
    edit = SetField(path, name, getattr(item, name), after)
    if isinstance(item, m.Risk) and name in ("probability", "consequence"):
        return Compound((edit, _risk_value(path, item, name, after)))
    return edit


def rename(report: m.Report, path: ItemPath, title: str) -> SetField:
    """A new title; the id stays, so last year's report and other copies still match."""
    return set_field(report, path, "title", title)


def _risk_value(path: ItemPath, risk: m.Risk, name: str, after: int | None) -> SetField:
    """The printed value follows probability x consequence; a value that was printed without
    them (an imported report) is kept until both are given."""
    p = after if name == "probability" else risk.probability
    c = after if name == "consequence" else risk.consequence
    old_product = (risk.probability * risk.consequence
                   if risk.probability is not None and risk.consequence is not None else None)
    if p is not None and c is not None:
        value = p * c
    elif risk.value is not None and risk.value == old_product:
        value = None
    else:
        value = risk.value
    return SetField(path, "value", risk.value, value)


def _level(report: m.Report, path: ItemPath, goal: m.Goal, level: Any) -> None:
    if not isinstance(level, str):
        raise EditError("edit.level_key")
    places.level_fits(report, level, places.parent_path(report, path))
    scheme = report.scheme
    for key in places.siblings(report, "goal", path):
        child = report.goals[key]
        if scheme.level(child.level) is not None \
                and scheme.level_index(child.level) <= scheme.level_index(level):
            raise EditError("edit.level_above_children", title=child.title,
                            level=scheme.level(child.level).label)
    new = scheme.level(level)
    if goal.assessment is not None:
        scale = scheme.scales.get(new.assessment) if new.assessment else None
        if scale is None or scale.get(goal.assessment) is None:
            raise EditError("edit.level_assessed", level=new.label)
    if goal.trend is not None and not new.trend:
        raise EditError("edit.level_trend", level=new.label)
