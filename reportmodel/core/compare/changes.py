"""What changed in one matched item: a list of FieldChange records, driven by the model's field
metadata so a field added to the model is compared without code here.

A FieldChange is plain data (JSON-ready values and labels) so the CLI renderers and the editor
show the same thing. Scale values are compared by their scale's `order`, normalised to the
scale's range, so two reports on different schemes (Helt/Delvis/Ej against Uppfyllt/Ej
uppfyllt) still give better / same / worse.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from operator import attrgetter
from datetime import date
from typing import Any

from reportmodel.core import model as m
from reportmodel.core.fields import BOOKKEEPING, LOWER_IS_BETTER, MEASURES, item_fields
from reportmodel.core.scheme import Scale, Scheme
from reportmodel.core.validate import risk_value
from reportmodel.core.values import IndicatorValue
from reportmodel.core.compare.items import Entry
from reportmodel.core.compare.matching import Merge, Split

BETTER, SAME, WORSE = "better", "same", "worse"
# Bookkeeping, not content: never reported as a change (the field schema says which).
IGNORED = BOOKKEEPING
SCALE_KINDS = ("scale", "assessment", "level")
_MISSING = object()


@dataclass(frozen=True)
class FieldChange:
    field: str  # "assessment", "title", "years.2022.outcome", "latest_outcome", "parent"
    type: str  # "scale", "text", "value", "list", "ref", "level"
    old: Any  # JSON-ready: text, number, bool, list, ISO date, or None for unset
    new: Any
    old_label: str | None = None  # how the value reads: "Helt uppfyllt", "88,5", a title
    new_label: str | None = None
    direction: str | None = None  # better / same / worse, where there is an order
    scale: str | None = None


@dataclass
class ItemDiff:
    kind: str
    part: str
    status: str  # "added", "removed", "changed", "unchanged"
    old: Entry | None
    new: Entry | None
    how: str | None = None  # how the pair was matched (matching.HOWS)
    score: float | None = None
    changes: list[FieldChange] = field(default_factory=list)
    split: Split | None = None  # the old item became several new ones; this is one part
    merge: Merge | None = None  # several old items became this one

    @property
    def old_id(self) -> str | None:
        return self.old.id if self.old else None

    @property
    def new_id(self) -> str | None:
        return self.new.id if self.new else None

    @property
    def title(self) -> str:
        return (self.new or self.old).item.title  # type: ignore[union-attr]

    def change(self, name: str) -> FieldChange | None:
        return next((c for c in self.changes if c.field == name), None)

    @property
    def renamed(self) -> bool:
        return self.change("title") is not None

    @property
    def moved(self) -> bool:
        return self.change("parent") is not None


def rank(scale: Scale | None, key: str | None) -> float | None:
    """A value's place in its scale, 0 (worst) to 1 (best); None when unset or unordered."""
    if scale is None:
        return None
    value = scale.get(key)
    if value is None:
        return None
    orders = [v.order for v in scale.values]
    lo, hi = min(orders), max(orders)
    return None if hi == lo else (value.order - lo) / (hi - lo)


def compare_order(old: float | None, new: float | None) -> str | None:
    if old is None or new is None:
        return None
    return BETTER if new > old else WORSE if new < old else SAME


def jsonable(value: Any) -> Any:
    if isinstance(value, IndicatorValue):
        return value.to_toml()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list):
        return [jsonable(v) for v in value]
    return value


class FieldComparer:
    """Compares matched items of two reports; labels in the language `lang`."""

    def __init__(self, old: m.Report, new: m.Report, lang: str):
        self.old_scheme: Scheme = old.scheme
        self.new_scheme: Scheme = new.scheme
        self.same_scheme = old.scheme_decl == new.scheme_decl
        self.lang = lang

    def scale_for(self, scheme: Scheme, item: Any, kind: str, name: str,
                  meta_scale: str | None) -> Scale | None:
        if kind == "goal" and name == "assessment":
            level = scheme.level(item.level)
            return scheme.scales.get(level.assessment) if level and level.assessment else None
        return scheme.scales.get(meta_scale) if meta_scale else None

    def scale_change(self, name: str, o: Entry, n: Entry, meta_scale: str | None,
                     ov: str | None, nv: str | None) -> FieldChange | None:
        os_ = self.scale_for(self.old_scheme, o.item, o.kind, name, meta_scale)
        ns = self.scale_for(self.new_scheme, n.item, n.kind, name, meta_scale)
        ol = os_.label(ov, self.lang) if os_ else (ov or "")
        nl = ns.label(nv, self.lang) if ns else (nv or "")
        orank, nrank = rank(os_, ov), rank(ns, nv)
        if ov == nv and (ov is None or ol == nl):
            return None
        if ov is not None and nv is not None and ol.casefold() == nl.casefold() and orank == nrank:
            return None  # the same judgement, keyed differently by two schemes
        return FieldChange(name, "scale", ov, nv, ol, nl, compare_order(orank, nrank),
                           (ns or os_).name if (ns or os_) else meta_scale)

    def level_change(self, o: Entry, n: Entry) -> FieldChange | None:
        if o.level == n.level:
            return None
        ol, nl = self.old_scheme.level(o.level), self.new_scheme.level(n.level)
        return FieldChange("level", "level", o.level, n.level,
                           ol.text(self.lang) if ol else o.level,
                           nl.text(self.lang) if nl else n.level)

    def item_changes(self, o: Entry, n: Entry,
                     parent_moved: FieldChange | None) -> list[FieldChange]:
        out: list[FieldChange] = []
        oi, ni = o.item, n.item
        same_scales = self.same_scheme and o.level == n.level
        specs, values = _compared_fields(n.kind)
        if same_scales and type(oi) is type(ni) and values(oi) == values(ni):
            return [parent_moved] if parent_moved is not None else []  # one C-level comparison
        for name, kind, meta_scale in specs:
            ov = getattr(oi, name, _MISSING)
            if ov is _MISSING:
                continue
            nv = getattr(ni, name)
            if o.kind == "risk" and name == "value":
                ov, nv = risk_value(oi), risk_value(ni)
            if ov == nv and (same_scales or kind not in SCALE_KINDS):
                continue  # most fields of most items: nothing to look at
            if kind == "years":
                out += indicator_changes(oi, ni)
                continue
            if kind == "level":
                change = self.level_change(o, n)
            elif kind in ("scale", "assessment"):
                change = self.scale_change(name, o, n, meta_scale, ov, nv)
            elif kind == "text" or name == "title":
                change = FieldChange(name, "text", ov, nv)
            elif isinstance(ov, list) or isinstance(nv, list):
                change = FieldChange(name, "list", jsonable(ov or []), jsonable(nv or []))
            else:
                direction = None
                if (o.kind, name) in LOWER_IS_BETTER and ov is not None and nv is not None:
                    direction = compare_order(-ov, -nv)
                change = FieldChange(name, "value", jsonable(ov), jsonable(nv),
                                     direction=direction)
            if change is not None:
                out.append(change)
        if parent_moved is not None:
            out.append(parent_moved)
        return out


@cache
def _compared_fields(kind: str) -> tuple[tuple[tuple[str, str, str | None], ...], Any]:
    """(name, storage kind, scale) of the fields worth comparing, from the field schema, and a
    getter of all their values; children are items of their own and parents are compared as
    moves."""
    specs = tuple((s.name, s.storage, None if s.scale == "level" else s.scale)
                  for s in item_fields(kind)
                  if not s.bookkeeping and s.storage not in ("children", "ref"))
    names = [name for name, _, _ in specs]
    if len(names) == 1:
        return specs, lambda item: (getattr(item, names[0]),)
    return specs, attrgetter(*names)


def _latest_outcome(ind: m.Indicator) -> tuple[int, IndicatorValue] | None:
    for year in sorted(ind.years, reverse=True):
        value = ind.years[year].outcome
        if value is not None and value.number is not None:
            return year, value
    return None


def indicator_changes(o: m.Indicator, n: m.Indicator) -> list[FieldChange]:
    """Revised and new values year by year, then the latest outcome of each report.

    Years the new report no longer holds that are older than all of its years are history it
    trimmed (rollover keeps only the latest outcome), not a change."""
    out: list[FieldChange] = []
    first_new = min(n.years) if n.years else None
    better_up = n.higher_is_better
    for year in sorted(set(o.years) | set(n.years)):
        if year not in n.years and (first_new is None or year < first_new):
            continue
        oy, ny = o.years.get(year), n.years.get(year)
        for name in MEASURES:
            ov = getattr(oy, name) if oy else None
            nv = getattr(ny, name) if ny else None
            if ov == nv:
                continue
            direction = None
            if name.startswith("outcome") and ov is not None and nv is not None \
                    and ov.number is not None and nv.number is not None:
                direction = _number_direction(ov.number, nv.number, better_up)
            out.append(FieldChange(f"years.{year}.{name}", "value",
                                   ov.to_toml() if ov else None, nv.to_toml() if nv else None,
                                   ov.display() if ov else None, nv.display() if nv else None,
                                   direction))
    lo, ln = _latest_outcome(o), _latest_outcome(n)
    if lo and ln and ln[0] > lo[0]:
        out.append(FieldChange("latest_outcome", "value", [lo[0], lo[1].to_toml()],
                               [ln[0], ln[1].to_toml()], f"{lo[0]}: {lo[1].display()}",
                               f"{ln[0]}: {ln[1].display()}",
                               _number_direction(lo[1].number, ln[1].number, better_up)))
    return out


def _number_direction(old: Any, new: Any, higher_is_better: bool) -> str:
    if new == old:
        return SAME
    up = new > old
    return BETTER if up == higher_is_better else WORSE
