"""TOML data (plain dicts from tomllib) -> model, collecting every problem rather than the first.

Each field is checked by the kind in its metadata (model.py); a wrong value is reported with the
item's key path and line and what was expected, then left unset so reading can go on and find the
rest. Semantic rules (references, scales, risk values) live in validate.py.
"""

from __future__ import annotations

import datetime as dt
import difflib
from dataclasses import fields
from functools import cache
from typing import Any

from reportmodel.core import model as m
from reportmodel.core.conflicts import read_conflicts
from reportmodel.core.ids import is_valid_id, unique_id
from reportmodel.core.layout import Layout, layout_problems
from reportmodel.core.lineindex import LineIndex
from reportmodel.core.tree import LEAVES
from reportmodel.core.problems import (MAX_PROBLEMS, Problem, Severity, coded, describe,
                                       more_problems)
from reportmodel.io.codec_scheme import SchemeReader
from reportmodel.core.values import YEAR_MAX, YEAR_MIN, ValueError_, is_year_key, parse_value
from reportmodel.core.vocabulary import Phrase

TOP_LEVEL = {
    "format_version": None,
    "report": m.Meta,
    "scheme": None,
    "layout": None,
    "sections": m.Section,
    "goals": m.Goal,
    "processes": m.Process,
    "risks": m.Risk,
    "contractors": m.ContractorArea,
    "conflicts": None,
}


class Reader(SchemeReader):
    def __init__(self, index: LineIndex):
        self.index = index
        self.problems: list[Problem] = []
        self.dropped = 0  # problems past MAX_PROBLEMS: counted, not kept
        self.dropped_errors = 0
        # id space (core/tree.ID_SPACES, or "signatories") -> id -> where it was first seen
        self.taken: dict[str, dict[str, tuple[str, ...]]] = {}

    # -- reporting ---------------------------------------------------------------------------
    def problem(self, path: tuple[str, ...], message: str,
                severity: Severity = Severity.ERROR) -> None:
        if len(self.problems) >= MAX_PROBLEMS:
            self.dropped += 1
            self.dropped_errors += severity is Severity.ERROR
            return
        self.problems.append(
            Problem(severity, ".".join(path), message, self.index.line(path))
        )

    def say(self, path: tuple[str, ...], code: str, severity: Severity = Severity.ERROR,
            **values: Any) -> None:
        """A problem worded by the vocabulary (reportmodel.core.vocabulary.reading)."""
        if len(self.problems) >= MAX_PROBLEMS:
            self.dropped += 1
            self.dropped_errors += severity is Severity.ERROR
            return
        self.problems.append(coded(severity, ".".join(path), code, self.index.line(path),
                                   **values))

    def unknown_keys(self, data: dict, allowed: list[str], path: tuple[str, ...]) -> None:
        for key in data:
            if key not in allowed:
                if len(self.problems) >= MAX_PROBLEMS:  # no hint for what is not shown
                    self.dropped += 1
                    self.dropped_errors += 1
                    continue
                hint = difflib.get_close_matches(key[:100], allowed, n=1, cutoff=0.6)
                expected = ", ".join(allowed)
                if hint:
                    self.say(path + (key,), "read.unknown_key.hint", hint=hint[0],
                             expected=expected)
                else:
                    self.say(path + (key,), "read.unknown_key", expected=expected)

    # -- the whole file ----------------------------------------------------------------------
    def read_report(self, data: dict) -> m.Report:
        report = m.Report()
        self.unknown_keys(data, list(TOP_LEVEL), ())
        report.meta = self.read_record(m.Meta, data.get("report"), ("report",), None) \
            if "report" in data else m.Meta()
        if "report" not in data:
            self.say((), "read.no_report_table")
        if "scheme" in data:
            report.scheme_decl = self.read_scheme(data["scheme"], ("scheme",))
        if "layout" in data:
            report.layout_decl = self.read_layout(data["layout"], report)
        for name in ("sections", "goals", "processes", "risks", "contractors"):
            if name in data:
                setattr(report, name, self.read_collection(TOP_LEVEL[name], data[name], (name,),
                                                           self.space(name)))
        if "conflicts" in data:  # merge conflicts kept in the file (core/conflicts.py)
            report.conflicts = read_conflicts(data["conflicts"], self.say)
        return report

    def read_layout(self, raw: Any, report: m.Report) -> Layout:
        layout = self.read_record(Layout, raw, ("layout",), None)
        if layout is None:
            return Layout()
        levels = [level.key for level in report.scheme.levels]
        for path, code, values in layout_problems(layout, levels):
            self.say(path, code, **values)
        return layout

    # -- collections and records ---------------------------------------------------------------
    def space(self, name: str) -> dict[str, tuple[str, ...]]:
        return self.taken.setdefault(name, {})

    def read_collection(self, cls: type, raw: Any, path: tuple[str, ...],
                        taken: dict[str, tuple[str, ...]]) -> dict[str, Any]:
        """A table keyed by id, or (hand-written) an array of tables whose ids come from titles."""
        out: dict[str, Any] = {}
        if isinstance(raw, dict):
            for key, value in raw.items():
                item_path = path + (key,)
                if not is_valid_id(key):
                    self.say(item_path, "read.bad_id", value=describe(key))
                item = self.read_record(cls, value, item_path, key)
                if item is not None:
                    self.claim(key, item_path, taken)
                    out[key] = item
        elif isinstance(raw, list):
            for i, value in enumerate(raw):
                item_path = path + (str(i),)
                given = value.get("id") if isinstance(value, dict) else None
                if isinstance(given, str) and is_valid_id(given):
                    item_id = given
                else:
                    if given is not None:
                        self.say(item_path + ("id",), "read.bad_id", value=describe(given))
                    title = value.get("title") if isinstance(value, dict) else None
                    item_id = unique_id(title if isinstance(title, str) else "item",
                                        set(taken) | set(out))
                if isinstance(value, dict):
                    value = {k: v for k, v in value.items() if k != "id"}
                item = self.read_record(cls, value, item_path, item_id)
                if item is not None:
                    self.claim(item_id, item_path, taken)
                    out[item_id] = item
        else:
            self.say(path, "read.not_collection", found=describe(raw))
        return out

    def claim(self, item_id: str, path: tuple[str, ...],
              taken: dict[str, tuple[str, ...]]) -> None:
        first = taken.get(item_id)
        if first is None:
            taken[item_id] = path
            return
        line = self.index.line(first)
        if len(path) == 2 and path[0] in TOP_LEVEL:
            rule = Phrase("read.id_rule.collection", collection=path[0])
        elif path[0] == "report":
            rule = Phrase("read.id_rule.signatories")
        else:
            rule = Phrase("read.id_rule.leaves")
        self.say(path, "read.duplicate_id.line" if line else "read.duplicate_id", id=item_id,
                 where=".".join(first), at=line, rule=rule)

    def read_record(self, cls: type, raw: Any, path: tuple[str, ...], item_id: str | None) -> Any:
        if not isinstance(raw, dict):
            self.say(path, "read.not_table", found=describe(raw))
            return None
        specs, required, allowed = _read_spec(cls)
        values: dict[str, Any] = {}
        for key, value in raw.items():
            spec = specs.get(key)
            if spec is None:
                self.unknown_keys({key: value}, allowed, path)
                continue
            kind, is_required, meta = spec
            # The common case, text, inline: a large report has ~100 000 of them.
            if kind in _TEXT_KINDS and type(value) is str:
                if "\r" in value:
                    value = value.replace("\r\n", "\n").replace("\r", "\n")
            else:
                value = getattr(self, "kind_" + kind)(value, path + (key,), meta)
            if is_required and isinstance(value, str) and not value.strip():
                self.say(path + (key,), "read.empty", key=key)
            if value is not None:
                values[key] = value
        for name in required:
            if name not in raw:
                self.say(path, "read.missing_key", key=name)
        if item_id is not None:
            values["id"] = item_id
        return cls(**values)

    def read_value(self, meta: Any, raw: Any, path: tuple[str, ...]) -> Any:
        kind = meta["kind"]
        reader = getattr(self, f"kind_{kind}")
        return reader(raw, path, meta)

    # -- field kinds ---------------------------------------------------------------------------
    def expect_str(self, raw: Any, path: tuple[str, ...], what: str = "read.what.text",
                   **values: Any) -> str | None:
        """Text, or a problem saying what was expected: the phrase `what` with its values."""
        if isinstance(raw, str):
            return raw.replace("\r\n", "\n").replace("\r", "\n")
        self.say(path, "read.not_text", value=describe(raw), what=Phrase(what, **values))
        return None

    def kind_str(self, raw, path, meta):
        return self.expect_str(raw, path)

    kind_text = kind_str
    kind_ref = kind_str

    def kind_level(self, raw, path, meta):
        return self.expect_str(raw, path, "read.what.level")

    def kind_scale(self, raw, path, meta):
        return self.expect_str(raw, path, "read.what.scale", scale=meta["scale"])

    def kind_assessment(self, raw, path, meta):
        return self.expect_str(raw, path, "read.what.assessment")

    def kind_kind(self, raw, path, meta):
        text = self.expect_str(raw, path)
        if text is not None and text not in m.REPORT_KINDS:
            self.say(path, "read.not_report_kind", value=describe(raw),
                     expected=", ".join(m.REPORT_KINDS))
            return None
        return text

    def kind_language(self, raw, path, meta):
        if raw in ("sv", "en"):
            return raw
        self.say(path, "read.not_language", value=describe(raw))
        return None

    def expect_int(self, raw: Any, path: tuple[str, ...], lo: int | None, hi: int | None,
                   what: str, **values: Any) -> int | None:
        """A whole number lo-hi, or a problem saying what was expected (the phrase `what`)."""
        if not isinstance(raw, int) or isinstance(raw, bool):
            self.say(path, "read.not_int", value=describe(raw), what=Phrase(what, **values))
            return None
        if (lo is not None and raw < lo) or (hi is not None and raw > hi):
            self.say(path, "read.out_of_range", value=describe(raw), what=Phrase(what, **values))
            return None
        return raw

    def kind_int(self, raw, path, meta):
        return self.expect_int(raw, path, 0, None, "read.what.count")

    def kind_year(self, raw, path, meta):
        return self.expect_int(raw, path, YEAR_MIN, YEAR_MAX, "read.what.year",
                               first=YEAR_MIN, last=YEAR_MAX)

    def kind_percent(self, raw, path, meta):
        return self.expect_int(raw, path, 0, 100, "read.what.percent")

    def kind_matrix(self, raw, path, meta):
        return self.expect_int(raw, path, 1, None, "read.what.matrix")

    def kind_bool(self, raw, path, meta):
        if isinstance(raw, bool):
            return raw
        self.say(path, "read.not_bool", value=describe(raw))
        return None

    def kind_date(self, raw, path, meta):
        if isinstance(raw, dt.date) and not isinstance(raw, dt.datetime):
            return raw
        if isinstance(raw, str):
            try:
                dt.date.fromisoformat(raw.strip())
            except ValueError:
                self.say(path, "read.not_date", value=describe(raw))
            else:
                self.say(path, "read.date_quoted", value=describe(raw), date=raw.strip())
            return None
        if isinstance(raw, dt.datetime):
            self.say(path, "read.date_with_time", value=raw.isoformat())
            return None
        self.say(path, "read.not_date", value=describe(raw))
        return None

    def kind_str_list(self, raw, path, meta):
        if not isinstance(raw, list):
            self.say(path, "read.not_text_list", value=describe(raw))
            return None
        out = []
        for i, item in enumerate(raw):
            text = self.expect_str(item, path + (str(i),))
            if text is not None:
                out.append(text)
        return out

    def kind_agenda2030(self, raw, path, meta):
        if not isinstance(raw, list):
            self.say(path, "read.not_goal_list", value=describe(raw))
            return None
        out = []
        for i, item in enumerate(raw):
            number = self.expect_int(item, path + (str(i),), 1, 17, "read.what.global_goal")
            if number is not None:
                out.append(number)
        return out

    def kind_value(self, raw, path, meta):
        try:
            return parse_value(raw)
        except ValueError_:
            self.say(path, "read.not_indicator_value", value=describe(raw))
            return None

    def kind_children(self, raw, path, meta):
        # Leaf items share one id space (core/tree.LEAVES); a report's signatories have their own.
        space = "signatories" if path[0] == "report" else LEAVES
        return self.read_collection(meta["of"], raw, path, self.space(space))

    def kind_str_map(self, raw, path, meta):
        if not isinstance(raw, dict):
            self.say(path, "read.not_text_map", value=describe(raw))
            return None
        out = {}
        for key, value in raw.items():
            text = self.expect_str(value, path + (key,))
            if text is not None:
                out[key] = text
        return out

    def kind_record_map(self, raw, path, meta):
        if not isinstance(raw, dict):
            self.say(path, "read.not_table_of_tables", found=describe(raw))
            return None
        out = {}
        for key, value in raw.items():
            record = self.read_record(meta["of"], value, path + (key,), None)
            if record is not None:
                out[key] = record
        return out

    def kind_years(self, raw, path, meta):
        if not isinstance(raw, dict):
            self.say(path, "read.not_years", found=describe(raw))
            return None
        out: dict[int, m.IndicatorYear] = {}
        for key, value in raw.items():
            if not is_year_key(key):
                self.say(path + (key,), "read.not_year_key", value=describe(key), lo=YEAR_MIN,
                         hi=YEAR_MAX)
                continue
            record = self.read_record(m.IndicatorYear, value, path + (key,), None)
            if record is not None:
                out[int(key)] = record
        return dict(sorted(out.items()))


_TEXT_KINDS = frozenset({"str", "text", "ref", "level", "scale", "assessment"})


@cache
def _read_spec(cls: type) -> tuple[dict[str, tuple[str, bool, Any]], tuple[str, ...], list[str]]:
    """Per class, once: key -> (kind, required, metadata), the required keys, the allowed keys."""
    specs = {fl.name: (fl.metadata["kind"], bool(fl.metadata.get("required")), fl.metadata)
             for fl in fields(cls) if fl.name != "id"}
    required = tuple(name for name, spec in specs.items() if spec[1])
    return specs, required, list(specs)


def read_report(data: dict, index: LineIndex) -> tuple[m.Report, list[Problem]]:
    reader = Reader(index)
    report = reader.read_report(data)
    if reader.dropped:
        reader.problems.append(more_problems(
            reader.dropped, Severity.ERROR if reader.dropped_errors else Severity.WARNING))
    return report, reader.problems
