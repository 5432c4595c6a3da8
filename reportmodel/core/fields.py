"""The one field schema: every field of every kind of item, what it holds and what the year does
to it.

Each field's storage kind and scale come from the model's own metadata (model.py), so a field
added there is in the schema at once; what the model cannot say is declared here once, in
YEAR_END and the small tables below it:

- a *year-end field* is filled by the officer at year end: the editor offers it, progress counts
  it, and `yearend rollover` resets it (cleared, or kept as `previous_comment`);
- a *comment rule* field holds a scale value that may require a comment (Delvis uppfyllt
  without a word of explanation is flagged), and COMMENT_FIELDS says which texts satisfy it;
- a *bookkeeping* field (id, continues, previous_comment, source_note) is never reported as a
  change by the diff.

Rollover, compare, progress, stats, the edit layer and (later) the editor's detail form read
this module instead of keeping tables of their own. Labels are not here: they are words, and
words live in reportmodel.core.vocabulary.
"""

from __future__ import annotations

from dataclasses import dataclass, fields as dc_fields
from functools import cache
from typing import Any

from reportmodel.core import model as m
from reportmodel.core.scheme import Scale, Scheme

# Kinds of item (reportmodel.core.tree's names) and their model classes; "report" is the
# metadata table.
ITEM_CLASSES: dict[str, type] = {
    "report": m.Meta,
    "section": m.Section,
    "goal": m.Goal,
    "indicator": m.Indicator,
    "activity": m.Activity,
    "assignment": m.Assignment,
    "process": m.Process,
    "risk": m.Risk,
    "control": m.ControlPoint,
    "contractor": m.ContractorArea,
    "contractor_row": m.ContractorRow,
}

# Rollover actions: what next year's report gets in a year-end field.
CLEAR = "clear"  # unset
PREVIOUS = "previous"  # this year's text becomes previous_comment, the field starts empty
KEEP = "keep"  # carried as it is (a section's text, a process area's comment)
DECIDE_AGAIN = "decide_again"  # a flag set back to false: next year's officer decides again
YEARS = "years"  # an indicator's values: the latest outcome and targets set ahead are kept

# kind -> ((field, rollover action), ...), in the order the editor's form offers them.
YEAR_END: dict[str, tuple[tuple[str, str], ...]] = {
    "section": (("text", KEEP),),
    "goal": (("assessment", CLEAR), ("trend", CLEAR), ("comment", PREVIOUS)),
    "indicator": (("years", YEARS), ("comment", PREVIOUS)),
    "activity": (("status", CLEAR), ("completion", CLEAR), ("comment", PREVIOUS)),
    "assignment": (("status", CLEAR), ("completion", CLEAR), ("comment", PREVIOUS)),
    "process": (("comment", KEEP),),
    "risk": (("carry_over", DECIDE_AGAIN), ("comment", PREVIOUS)),
    "control": (("status", CLEAR), ("assessment", CLEAR), ("result", CLEAR),
                ("action", CLEAR), ("comment", PREVIOUS)),
    "contractor": (("comment", PREVIOUS),),
    "contractor_row": (("fulfilment", CLEAR), ("fulfilment_note", CLEAR),
                       ("deficiencies", CLEAR), ("effect", CLEAR), ("actions", CLEAR),
                       ("comment", CLEAR)),
}
# The field an item is judged by: progress counts it, the editor's digit keys set it.
PRIMARY: dict[str, str] = {"goal": "assessment", "activity": "status", "assignment": "status",
                           "control": "assessment", "contractor_row": "fulfilment"}
# Texts that answer in free words instead of the primary field: a contractor row answered
# "Delvis genomfört" without Ja/Delvis/Nej is answered (domain.md 3.1), not unassessed.
FREE_ANSWER: dict[str, tuple[str, ...]] = {"contractor_row": ("fulfilment_note",)}
# Fields whose value may require a comment (the scale value's comment_required).
COMMENT_RULE: dict[str, tuple[str, ...]] = {
    "goal": ("assessment",), "activity": ("status",), "assignment": ("status",),
    "control": ("assessment", "status"), "contractor_row": ("fulfilment",),
}
# The texts that satisfy a required comment, first the one kept as previous_comment: a control's
# findings may be written as its result, a contractor row's as its note on fulfilment.
COMMENT_FIELDS: dict[str, tuple[str, ...]] = {
    "control": ("comment", "result"), "contractor_row": ("fulfilment_note", "comment"),
}
BOOKKEEPING = frozenset({"id", "continues", "previous_comment", "source_note"})
# Lower is better: the diff's arrow points the other way for these.
LOWER_IS_BETTER = frozenset({("risk", "probability"), ("risk", "consequence"),
                             ("risk", "value")})
# The measures of one indicator year, in file order.
MEASURES = tuple(fl.name for fl in dc_fields(m.IndicatorYear))
# Storage kinds (model metadata) the edit layer lets the officer change through a form.
EDITABLE_KINDS = ("scale", "assessment", "text", "percent")
# The schema's name for each storage kind: what the value is, for forms and documentation.
_SCHEMA_KINDS = {"str": "line", "text": "text", "scale": "scale", "assessment": "scale",
                 "percent": "percent", "int": "number", "matrix": "number", "year": "year",
                 "date": "date", "str_list": "list", "agenda2030": "list", "bool": "bool",
                 "ref": "ref", "level": "level", "children": "children", "years": "years",
                 "kind": "report_kind", "language": "language", "value": "value"}


@dataclass(frozen=True)
class FieldSpec:
    item: str  # kind of item: "goal", "activity", ... or "report"
    name: str  # the model attribute and TOML key
    storage: str  # the model's metadata kind: "scale", "text", "percent", "str", ...
    scale: str | None  # the scheme scale of its values; "level" for a goal's assessment
    required: bool = False
    year_end: bool = False
    rollover: str | None = None  # CLEAR, PREVIOUS, KEEP, DECIDE_AGAIN, YEARS; None: untouched
    comment_rule: bool = False
    bookkeeping: bool = False
    lower_is_better: bool = False

    @property
    def kind(self) -> str:
        """"text", "line", "scale:goal_assessment", "number", "date", "list", ...; a goal's
        assessment is "scale:level" (its level decides the scale)."""
        base = _SCHEMA_KINDS.get(self.storage, self.storage)
        return f"scale:{self.scale}" if base == "scale" else base

    @property
    def editable(self) -> bool:
        return self.storage in EDITABLE_KINDS


@cache
def item_fields(item: str) -> tuple[FieldSpec, ...]:
    """Every field of a kind of item, in file order (the `id` key is not a field)."""
    year_end = dict(YEAR_END.get(item, ()))
    out = []
    for fl in dc_fields(ITEM_CLASSES[item]):
        if fl.name == "id":
            continue
        meta = fl.metadata
        storage = meta.get("kind", "str")
        scale = meta.get("scale") or ("level" if storage == "assessment" else None)
        out.append(FieldSpec(
            item, fl.name, storage, scale, bool(meta.get("required")),
            year_end=fl.name in year_end, rollover=year_end.get(fl.name),
            comment_rule=fl.name in COMMENT_RULE.get(item, ()),
            bookkeeping=fl.name in BOOKKEEPING,
            lower_is_better=(item, fl.name) in LOWER_IS_BETTER))
    return tuple(out)


@cache  # asked per item and field by progress and the editor: item_fields is fixed, so is this
def spec(item: str, name: str) -> FieldSpec | None:
    return next((s for s in item_fields(item) if s.name == name), None)


@cache
def year_end_fields(item: str) -> tuple[FieldSpec, ...]:
    """The fields the officer fills at year end, in the order the form offers them."""
    by_name = {s.name: s for s in item_fields(item)}
    return tuple(by_name[name] for name, _ in YEAR_END.get(item, ()))


def scale_fields(item: str) -> tuple[str, ...]:
    """Year-end fields holding a scale value (what tui/look.py calls SCALE_FIELDS)."""
    return tuple(s.name for s in year_end_fields(item) if s.scale)


def text_fields(item: str) -> tuple[str, ...]:
    """Year-end free-text fields (tui/look.py's TEXT_FIELDS)."""
    return tuple(s.name for s in year_end_fields(item) if s.storage == "text")


def percent_fields(item: str) -> tuple[str, ...]:
    return tuple(s.name for s in year_end_fields(item) if s.storage == "percent")


def comment_fields(item: str) -> tuple[str, ...]:
    return COMMENT_FIELDS.get(item, ("comment",))


def scale_name(item: str, name: str) -> str | None:
    s = spec(item, name)
    return s.scale if s else None


def scale_of(scheme: Scheme, item_kind: str, item: Any, name: str) -> Scale | None:
    """The scale a field of this item takes its values from, or None when the field does not
    apply to it (a goal on a level that is not assessed, or has no trend)."""
    if item_kind == "goal" and name in ("assessment", "trend"):
        level = scheme.level(item.level)
        if level is None:
            return None
        if name == "trend":
            return scheme.scales.get("trend") if level.trend else None
        return scheme.scales.get(level.assessment) if level.assessment else None
    s = scale_name(item_kind, name)
    return scheme.scales.get(s) if s else None
