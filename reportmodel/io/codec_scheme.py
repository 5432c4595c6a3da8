"""Reading the [scheme] table: a preset, and the levels, scales and terms a report declares.

A mixin of codec_read.Reader, so scheme problems are collected and located like any other.
"""

from __future__ import annotations

import re
from dataclasses import fields
from typing import Any

from reportmodel.core.ids import is_valid_id
from reportmodel.core.problems import Severity, describe
from reportmodel.core.scheme import SCALE_NAMES, TERM_KINDS, Level, Scale, ScaleValue, SchemeDecl


# A scale's colour is handed to rich as a style by some views: it must be a colour and nothing
# else, not a style such as "conceal" (hides the text), "blink" or "link URL" (a hyperlink).
_COLOUR = re.compile(r"#[0-9a-fA-F]{6}|rgb\(\s*\d{1,3}\s*,\s*\d{1,3}\s*,\s*\d{1,3}\s*\)"
                     r"|color\(\d{1,3}\)|[a-z][a-z0-9_]{0,30}")
_STYLE_WORDS = frozenset("b blink blink2 bold c conceal d default dim encircle frame i italic link "
                         "none not o on overline r reverse s strike u underline underline2 "
                         "uu".split())


def is_colour(text: str) -> bool:
    return _COLOUR.fullmatch(text) is not None and text not in _STYLE_WORDS


class SchemeReader:
    def read_scheme(self, raw: Any, path: tuple[str, ...]) -> SchemeDecl:
        from reportmodel.core.presets import PRESETS

        decl = SchemeDecl()
        if not isinstance(raw, dict):
            self.say(path, "read.not_table", found=describe(raw))
            return decl
        self.unknown_keys(raw, ["preset", "completion_steps", "risk_matrix_size",
                                "risk_control_threshold", "terms", "levels", "scales"], path)
        if "preset" in raw:
            preset = raw["preset"]
            if preset in PRESETS:
                decl.preset = preset
            else:
                self.say(path + ("preset",), "read.scheme.not_preset", value=describe(preset),
                         expected=", ".join(PRESETS))
        if "completion_steps" in raw:
            steps = raw["completion_steps"]
            if isinstance(steps, list) and all(
                    isinstance(s, int) and not isinstance(s, bool) and 0 <= s <= 100 for s in steps):
                decl.completion_steps = sorted(set(steps))
            else:
                self.say(path + ("completion_steps",), "read.scheme.steps")
        if "risk_matrix_size" in raw:
            decl.risk_matrix_size = self.expect_int(raw["risk_matrix_size"],
                                                    path + ("risk_matrix_size",), 2, 10,
                                                    "read.what.matrix_size")
        if "risk_control_threshold" in raw:
            decl.risk_control_threshold = self.expect_int(
                raw["risk_control_threshold"], path + ("risk_control_threshold",), 1, 100,
                "read.what.threshold")
        if "terms" in raw:
            decl.terms = self.read_terms(raw["terms"], path + ("terms",))
        if "levels" in raw:
            decl.levels = self.read_levels(raw["levels"], path + ("levels",))
        if "scales" in raw:
            decl.scales = self.read_scales(raw["scales"], path + ("scales",))
        return decl

    def read_terms(self, raw: Any, path: tuple[str, ...]) -> dict[str, tuple[str, str]]:
        out: dict[str, tuple[str, str]] = {}
        if not isinstance(raw, dict):
            self.say(path, "read.scheme.terms")
            return out
        self.unknown_keys(raw, list(TERM_KINDS), path)
        for key, value in raw.items():
            if key in TERM_KINDS:
                if (isinstance(value, list) and len(value) == 2
                        and all(isinstance(v, str) for v in value)):
                    out[key] = (value[0], value[1])
                else:
                    self.say(path + (key,), "read.scheme.term_pair")
        return out

    def read_levels(self, raw: Any, path: tuple[str, ...]) -> list[Level]:
        levels: list[Level] = []
        if not isinstance(raw, dict) or not raw:
            self.say(path, "read.scheme.levels")
            return levels
        for key, value in raw.items():
            lpath = path + (key,)
            if not is_valid_id(key):
                self.say(lpath, "read.scheme.bad_level_key", key=key)
            if not isinstance(value, dict):
                self.say(lpath, "read.not_table", found=describe(value))
                continue
            self.unknown_keys(value, ["label", "label_en", "assessment", "trend"], lpath)
            label = self.expect_str(value.get("label", ""), lpath + ("label",)) or ""
            if not label:
                self.say(lpath, "read.missing_key", key="label")
            assessment = value.get("assessment")
            if assessment is not None and assessment not in ("goal_assessment", "process_assessment"):
                self.say(lpath + ("assessment",), "read.scheme.not_assessment_scale",
                         value=describe(assessment))
                assessment = None
            trend = value.get("trend", False)
            if not isinstance(trend, bool):
                self.say(lpath + ("trend",), "read.not_bool", value=describe(trend))
                trend = False
            levels.append(Level(key, label, self.expect_str(value.get("label_en", ""),
                                                            lpath + ("label_en",)) or "",
                                assessment, trend))
        return levels

    def read_scales(self, raw: Any, path: tuple[str, ...]) -> dict[str, Scale]:
        out: dict[str, Scale] = {}
        if not isinstance(raw, dict):
            self.say(path, "read.scheme.not_scales", found=describe(raw))
            return out
        self.unknown_keys(raw, list(SCALE_NAMES), path)
        for name, value in raw.items():
            if name not in SCALE_NAMES:
                continue
            spath = path + (name,)
            if not isinstance(value, dict):
                self.say(spath, "read.not_table", found=describe(value))
                continue
            self.unknown_keys(value, ["unset_label", "unset_label_en", "unset_symbol", "values"],
                              spath)
            raw_values = value.get("values")
            if not isinstance(raw_values, dict) or not raw_values:
                self.say(spath, "read.scheme.no_values", name=name)
                continue
            scale_values = []
            for key, sv in raw_values.items():
                vpath = spath + ("values", key)
                if not is_valid_id(key):
                    self.say(vpath, "read.scheme.bad_value_key", key=key)
                if not isinstance(sv, dict):
                    self.say(vpath, "read.not_table", found=describe(sv))
                    continue
                allowed = [fl.name for fl in fields(ScaleValue) if fl.name not in ("key", "declared")]
                self.unknown_keys(sv, allowed, vpath)
                kwargs: dict[str, Any] = {}
                for fl in fields(ScaleValue):
                    if fl.name in ("key", "declared") or fl.name not in sv:
                        continue
                    v = sv[fl.name]
                    want = bool if fl.name == "comment_required" else int if fl.name == "order" else str
                    if want is int and isinstance(v, int) and not isinstance(v, bool):
                        kwargs[fl.name] = v
                    elif want is not int and isinstance(v, want):
                        kwargs[fl.name] = v
                        if fl.name == "colour" and not is_colour(v):
                            # A warning, not an error: the views show such a value uncoloured.
                            self.say(vpath + (fl.name,), "read.scheme.not_colour",
                                     Severity.WARNING, value=describe(v))
                    else:
                        code = {bool: "read.not_bool", int: "read.not_int_plain",
                                str: "read.not_text_plain"}[want]
                        self.say(vpath + (fl.name,), code, value=describe(v))
                if "label" not in kwargs:
                    self.say(vpath, "read.missing_key", key="label")
                    kwargs["label"] = key
                scale_values.append(ScaleValue(key=key, declared=tuple(sv), **kwargs))
            texts = {k: value[k] for k in ("unset_label", "unset_label_en", "unset_symbol")
                     if isinstance(value.get(k), str)}
            out[name] = Scale(name, tuple(scale_values), declared=tuple(value), **texts)
        return out

