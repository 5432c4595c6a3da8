"""Model -> TOML data for tomli-w, canonical and deterministic.

Keys come in model field order, unset values are left out (tomli-w cannot write None, and an
absent key reads better than an empty one), collections keep their order, and years are sorted.
Nothing here is an array of tables: tomli-w writes small ones inline and big ones as [[...]], so a
record would change layout when a comment got shorter.

The file is written as chunks, one per top-level item (the header, then each section, goal,
process, risk, contractor area with everything nested under it); joined with a blank line they
are exactly what tomli-w writes for the whole document. Chunks let a save verify only what changed
(storage.py).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import MISSING, fields
from functools import cache
from typing import Any

import tomli_w

from reportmodel.core import model as m
from reportmodel.core.conflicts import conflicts_to_data
from reportmodel.core.scheme import Scale, SchemeDecl

FORMAT_VERSION = 1
_SCALE_DEFAULTS = {fl.name: fl.default for fl in fields(Scale) if fl.name.startswith("unset_")}
COLLECTIONS = ("sections", "goals", "processes", "risks", "contractors")
HEAD = ("head",)
CONFLICTS = ("conflicts",)  # unresolved merge conflicts, last in the file
_ABSENT = object()


@cache
def _spec(cls: type) -> tuple[tuple[str, str, bool, Any], ...]:
    """(name, kind, required, default) per field: computed once per class, not per item."""
    out = []
    for fl in fields(cls):
        if fl.name == "id":
            continue
        if fl.default is not MISSING:
            default = fl.default
        elif fl.default_factory is not MISSING:  # type: ignore[misc]
            default = fl.default_factory()  # type: ignore[misc]
        else:
            default = _ABSENT
        out.append((fl.name, fl.metadata.get("kind"), bool(fl.metadata.get("required")), default))
    return tuple(out)


def record_to_data(obj: Any) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, kind, required, default in _spec(type(obj)):
        value = getattr(obj, name)
        if value is None or (not required and value == default):
            continue
        if kind == "children":
            out[name] = {key: record_to_data(item) for key, item in value.items()}
        elif kind == "record_map":
            out[name] = {key: record_to_data(item) for key, item in value.items()}
        elif kind == "str_map":
            out[name] = dict(value)
        elif kind == "years":
            out[name] = {str(year): record_to_data(y) for year, y in sorted(value.items())}
        elif kind == "value":
            out[name] = value.to_toml()
        elif isinstance(value, list):
            out[name] = list(value)
        else:
            out[name] = value
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
            # Only what differs from the defaults, so a file keeps what it declared and gains
            # nothing (no `symbol = ""`, no unset_symbol it never wrote).
            entry = {k: getattr(scale, k) for k in ("unset_label", "unset_label_en", "unset_symbol")
                     if k in scale.declared or getattr(scale, k) != _SCALE_DEFAULTS[k]}
            entry["values"] = {}
            for v in scale.values:
                value: dict[str, Any] = {"label": v.label}
                for k in ("label_en", "symbol", "colour", "order", "comment_required"):
                    if getattr(v, k) or k in v.declared:
                        value[k] = getattr(v, k)
                entry["values"][v.key] = value
            scales[name] = entry
        out["scales"] = scales
    return out


def head_to_data(report: m.Report) -> dict[str, Any]:
    data = {"format_version": FORMAT_VERSION, "report": record_to_data(report.meta),
            "scheme": scheme_to_data(report.scheme_decl)}
    layout = record_to_data(report.layout_decl)
    if layout:  # written only when the file declares one
        data["layout"] = layout
    return data


def chunks(report: m.Report) -> Iterator[tuple[tuple[str, ...], dict[str, Any]]]:
    """(chunk key, the item's own data) in file order; HEAD's data is the whole header."""
    yield HEAD, head_to_data(report)
    for name in COLLECTIONS:
        for key, item in getattr(report, name).items():
            yield (name, key), record_to_data(item)
    if report.conflicts:
        yield CONFLICTS, conflicts_to_data(report.conflicts)


def chunk_document(key: tuple[str, ...], data: dict[str, Any]) -> dict[str, Any]:
    if key == CONFLICTS:
        return {"conflicts": data}
    return data if key == HEAD else {key[0]: {key[1]: data}}


def dumps_chunk(key: tuple[str, ...], data: dict[str, Any]) -> str:
    return tomli_w.dumps(chunk_document(key, data), multiline_strings=True)


def report_to_data(report: m.Report) -> dict[str, Any]:
    data = head_to_data(report)
    for name in COLLECTIONS:
        collection = getattr(report, name)
        if collection:
            data[name] = {key: record_to_data(item) for key, item in collection.items()}
    if report.conflicts:
        data["conflicts"] = conflicts_to_data(report.conflicts)
    return data


def dumps(report: m.Report) -> str:
    return "\n".join(dumps_chunk(key, data) for key, data in chunks(report))
