"""What the sheet shows for an item or the report's header: one FieldSpec per field, read from the
model's own field kinds (model.f), and how a typed value becomes an edit.

Nothing here changes the report: `edit_for` builds a checked edit (reportmodel's field, header
and year edits), which the session applies. A field the model adds later is shown by its kind
without code of its own, as header_edits does for the header.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from typing import Any

from reportmodel.core import edits, field_edits, header_edits, model as m, year_edits
from reportmodel.core.edits import EditError, ItemPath
from reportmodel.core.tree import Node
from reportmodel.core.values import ValueError_, parse_value

from tui.common.look import Look, safe
from tui.editor.fields import value_text

# Shown elsewhere or set by other means: where an item sits (move), what it holds (add/delete),
# the computed risk value, last year's text and compare's pairing (rollover, compare mode).
SKIPPED = {"id", "parent", "process", "goal", "previous_comment", "continues", "language"}
LINE, TEXT, BOOL, CHOICE, LINES = "line", "text", "bool", "choice", "lines"
VALUE_FIELDS = ("target", "outcome", "target_women", "outcome_women", "target_men",
                "outcome_men")


@dataclass
class FieldSpec:
    name: str  # the model field ("title"), or "years.2026.target", "signatories", "add_year"
    label: str
    widget: str  # LINE, TEXT, BOOL, CHOICE, LINES
    shown: Callable[[], Any]  # the model's value as the widget shows it, read when asked
    options: list[tuple[str, Any]] = field(default_factory=list)
    hint: str = ""
    markdown: bool = False  # a section's text: previewed as it is typed


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list):
        return "\n".join(str(v) for v in value)
    return safe(str(value))


def _kind_widget(kind: str) -> str:
    return {"text": TEXT, "bool": BOOL, "str_list": LINES, "kind": CHOICE, "level": CHOICE,
            "matrix": CHOICE, "scale": CHOICE, "assessment": CHOICE}.get(kind, LINE)


def _getter(obj_of: Callable[[], Any], name: str, kind: str) -> Callable[[], Any]:
    def shown() -> Any:
        value = getattr(obj_of(), name)
        if kind == "bool":
            return bool(value)
        if kind in ("kind", "level", "matrix", "scale", "assessment"):
            return value
        if kind == "agenda2030":
            return ", ".join(str(v) for v in value)
        return _text(value)
    return shown


def item_specs(look: Look, node: Node, resolve: Callable[[], Any], *, new: bool = False
               ) -> list[FieldSpec]:
    """Every field of the item the officer may set, in the model's order."""
    w = look.words
    item = node.item
    scheme = look.scheme
    scales = dict(look.scale_fields(node)) if not new else {}
    out: list[FieldSpec] = []
    for fl in fields(item):
        name, kind = fl.name, fl.metadata.get("kind")
        if name in SKIPPED or kind in (None, "ref", "children", "years", "str_map", "int"):
            if kind == "int":  # the risk value: shown with the report's rule
                out.append(_risk_rule(look, resolve))
            continue
        if kind in ("scale", "assessment"):
            if name not in scales:
                continue
            scale = scales[name]
            options = [(v.text(look.lang), v.key) for v in scale.values]
            spec = FieldSpec(name, w.field(name), CHOICE, _getter(resolve, name, kind), options)
        elif kind == "percent":
            if new or not any(n == "status" for n in scales):
                continue
            spec = FieldSpec(name, w.field(name), LINE, _getter(resolve, name, kind), hint="%")
        else:
            spec = FieldSpec(name, w.field(name), _kind_widget(kind), _getter(resolve, name, kind))
            if kind == "level":
                spec.options = [(safe(lv.text(look.lang)), lv.key) for lv in scheme.levels]
            elif kind == "matrix":
                spec.options = [(str(n), n) for n in range(1, scheme.risk_matrix_size + 1)]
            elif kind == "date":
                spec.hint = w("sheet.date")
            elif kind == "agenda2030":
                spec.hint = w("sheet.agenda")
            elif kind == "str_list":
                spec.hint = w("sheet.lines")
            spec.markdown = node.kind == "section" and name == "text"
        out.append(spec)
    if node.kind == "indicator":
        out.extend(_year_specs(look, item, resolve, new))
    return out


def _risk_rule(look: Look, resolve: Callable[[], Any]) -> FieldSpec:
    w = look.words
    threshold = look.scheme.risk_control_threshold

    def shown() -> str:
        value = resolve().value
        if value is None:
            return w("sheet.value_unset", threshold=threshold)
        return w("sheet.value", value=value, threshold=threshold)
    return FieldSpec("value", w.field("value"), "info", shown)


def _year_specs(look: Look, item: m.Indicator, resolve: Callable[[], Any], new: bool
                ) -> list[FieldSpec]:
    w = look.words
    years = sorted(set(item.years) | {look.report.meta.year})
    names = VALUE_FIELDS if item.gender_split else VALUE_FIELDS[:2]
    out = []
    for year in years:
        for name in names:
            def shown(year=year, name=name) -> str:
                values = resolve().years.get(year)
                current = getattr(values, name) if values is not None else None
                return value_text(current, look.lang)
            unit = f" ({safe(item.unit)})" if item.unit else ""
            out.append(FieldSpec(f"years.{year}.{name}", f"{w.field(name)} {year}{unit}", LINE,
                                 shown))
    if not new:
        out.append(FieldSpec("add_year", w("sheet.add_year"), LINE, lambda: "",
                             hint=w("field.year")))
    return out


def header_specs(look: Look, meta_of: Callable[[], m.Meta]) -> list[FieldSpec]:
    w = look.words
    out: list[FieldSpec] = []
    for fl in fields(m.Meta):
        name, kind = fl.name, fl.metadata.get("kind")
        if name in SKIPPED:
            continue
        if name == "signatories":
            def signatories() -> str:
                return "\n".join(safe(s.name + (f"; {s.title}" if s.title else ""))
                                 for s in meta_of().signatories.values())
            out.append(FieldSpec(name, w("sheet.signatories"), LINES, signatories,
                                 hint=w("sheet.lines")))
            continue
        label = w.field(name) if w.has(f"field.{name}") else name.replace("_", " ").capitalize()
        spec = FieldSpec(name, label, _kind_widget(kind), _getter(meta_of, name, kind))
        if kind == "kind":
            spec.options = [(sv if look.lang == "sv" else en, key)
                            for key, (sv, en) in m.REPORT_KINDS.items()]
        elif kind == "date":
            spec.hint = w("sheet.date")
        elif kind == "str_list":
            spec.hint = w("sheet.lines")
        out.append(spec)
    return out


# -- typed values to model values ----------------------------------------------------------------

def model_value(report: m.Report, item: Any, name: str, raw: Any) -> Any:
    """The value to give reportmodel for what the widget holds; EditError when it is not one."""
    kind = field_edits.field_meta(item, name)["kind"]
    if kind == "str_list":
        return [line.strip() for line in str(raw).splitlines() if line.strip()]
    if kind == "date":
        return str(raw).strip() or None
    if kind == "year":
        text = str(raw).strip()
        if not text.isdigit():
            raise EditError("edit.typed_year")
        return int(text)
    if kind == "agenda2030":
        parts = [p for p in str(raw).replace(";", ",").replace(" ", ",").split(",") if p]
        if not all(p.isdigit() for p in parts):
            raise EditError("edit.typed_agenda2030")
        return [int(p) for p in parts]
    if kind == "percent":
        text = str(raw).strip().rstrip("%").strip()
        if text and not text.isdigit():
            raise EditError("edit.typed_percent")
        return int(text) if text else None
    return raw


def check_new_value(report: m.Report, item: Any, name: str, value: Any) -> None:
    """Refuse a value for a new item as set_field would (scales, levels and percentages are
    checked by add_item itself)."""
    if field_edits.field_meta(item, name)["kind"] not in ("scale", "assessment", "percent",
                                                          "level"):
        field_edits.check_value(report, item, name, value)


def indicator_value(raw: str):
    if not raw.strip():
        return None
    try:
        return parse_value(raw)
    except ValueError_ as exc:
        raise EditError(exc.code or str(exc), **exc.values) from None


def edit_for(report: m.Report, path: ItemPath, name: str, raw: Any):
    """The edit setting field `name` of the item at `path` to what the widget holds."""
    if name.startswith("years."):
        _, year, value_name = name.split(".")
        return edits.change_value(report, path, int(year), value_name, indicator_value(raw))
    if name == "add_year":
        text = str(raw).strip()
        if not text.isdigit():
            raise EditError("edit.typed_new_year")
        return year_edits.add_year(report, path, int(text))
    item = edits.resolve(report, path)
    return field_edits.set_field(report, path, name, model_value(report, item, name, raw))


def header_edit_for(report: m.Report, name: str, raw: Any) -> list[Callable[[m.Report], Any]]:
    """Builders of the header edits for one field (signatories may take several steps, each
    built on the report as the previous one left it)."""
    if name == "signatories":
        return signatory_steps(report, str(raw))
    value = model_value(report, report.meta, name, raw)
    return [lambda r: header_edits.set_meta(r, name, value)]


def signatory_steps(report: m.Report, raw: str) -> list[Callable[[m.Report], Any]]:
    """Lines "name; title" against the signatories as they are: the n-th line edits the n-th
    signatory (its id kept), extra lines add, missing lines remove from the end."""
    wanted = []
    for line in raw.splitlines():
        if not line.strip():
            continue
        name, _, title = line.partition(";")
        wanted.append((name.strip(), title.strip() or None))
    keys = list(report.meta.signatories)
    steps: list[Callable[[m.Report], Any]] = []
    for i, (name, title) in enumerate(wanted):
        if i < len(keys):
            key = keys[i]
            current = report.meta.signatories[key]
            if current.name != name:
                steps.append(lambda r, k=key, v=name: header_edits.set_signatory(r, k, "name", v))
            if current.title != title:
                steps.append(lambda r, k=key, v=title: header_edits.set_signatory(r, k, "title",
                                                                                  v))
        else:
            steps.append(lambda r, n=name, t=title: header_edits.add_signatory(r, n, t))
    for key in keys[len(wanted):]:
        steps.append(lambda r, k=key: header_edits.remove_signatory(r, k))
    return steps
