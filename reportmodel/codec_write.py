"""Model -> TOML data for tomli-w, canonical and deterministic.

Keys come in model field order, unset values are left out (tomli-w cannot write None, and an
absent key reads better than an empty one), collections keep their order, and years are sorted.
Nothing here is an array of tables: tomli-w writes small ones inline and big ones as [[...]], so a
record would change layout when a comment got shorter.
"""

from __future__ import annotations

from dataclasses import fields
from typing import Any

import tomli_w

from . import model as m
from .codec_read import field_default
from .scheme import SchemeDecl

FORMAT_VERSION = 1


def record_to_data(obj: Any) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for fl in fields(obj):
        if fl.name == "id":
            continue
        value = getattr(obj, fl.name)
        meta = fl.metadata
        kind = meta.get("kind")
        if value is None:
            continue
        if not meta.get("required") and value == field_default(fl):
            continue
        if kind == "children":
            out[fl.name] = {key: record_to_data(item) for key, item in value.items()}
        elif kind == "years":
            out[fl.name] = {str(year): record_to_data(y) for year, y in sorted(value.items())}
        elif kind == "value":
            out[fl.name] = value.to_toml()
        elif isinstance(value, list):
            out[fl.name] = list(value)
        else:
            out[fl.name] = value
    return out


def scheme_to_data(decl: SchemeDecl) -> dict[str, Any]:
    out: dict[str, Any] = {"preset": decl.preset}
    if decl.completion_steps is not None:
        out["completion_steps"] = list(decl.completion_steps)
    if decl.risk_matrix_size is not None:
        out["risk_matrix_size"] = decl.risk_matrix_size
    if decl.risk_control_threshold is not None:
        out["risk_control_threshold"] = decl.risk_control_threshold
    if decl.terms:
        out["terms"] = {k: list(v) for k, v in decl.terms.items()}
    if decl.levels is not None:
        levels: dict[str, Any] = {}
        for level in decl.levels:
            entry: dict[str, Any] = {"label": level.label}
            if level.label_en:
                entry["label_en"] = level.label_en
            if level.assessment:
                entry["assessment"] = level.assessment
            if level.trend:
                entry["trend"] = True
            levels[level.key] = entry
        out["levels"] = levels
    if decl.scales:
        scales: dict[str, Any] = {}
        for name, scale in decl.scales.items():
            entry = {"unset_label": scale.unset_label, "unset_label_en": scale.unset_label_en,
                     "unset_symbol": scale.unset_symbol, "values": {}}
            for v in scale.values:
                entry["values"][v.key] = {
                    "label": v.label, "label_en": v.label_en, "symbol": v.symbol,
                    "colour": v.colour, "order": v.order, "comment_required": v.comment_required,
                }
            scales[name] = entry
        out["scales"] = scales
    return out


def report_to_data(report: m.Report) -> dict[str, Any]:
    data: dict[str, Any] = {"format_version": FORMAT_VERSION}
    data["report"] = record_to_data(report.meta)
    data["scheme"] = scheme_to_data(report.scheme_decl)
    for name in ("sections", "goals", "processes", "risks", "contractors"):
        collection = getattr(report, name)
        if collection:
            data[name] = {key: record_to_data(item) for key, item in collection.items()}
    return data


def dumps(report: m.Report) -> str:
    return tomli_w.dumps(report_to_data(report), multiline_strings=True)
