"""What every part of an export needs: the report, its vocabulary in the chosen language, number
and date style, and the symbols used so far (for the legend).

Values returned here are plain text; the Markdown and rich renderers escape them their own way.
Scale labels are text of the report (a report may declare its own scales), never trusted syntax.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from reportmodel.core import model as m
from reportmodel.core.scheme import Scale, Scheme
from reportmodel.core.swedish import format_date, format_number, format_percent
from reportmodel.core.values import IndicatorValue, Number
from reportmodel.render.words import plural, words

# Characters the export writes itself, and their plain-ASCII forms for --ascii.
_ASCII_FORMS = {"\u2212": "-", "\u2013": "-", "\u00d7": "x"}


@dataclass
class Context:
    report: m.Report
    lang: str = "sv"
    ascii: bool = False
    scheme: Scheme = field(init=False)
    w: dict[str, str] = field(init=False)
    # (scale name, key or None for unset) in the order first used; the legend lists these.
    used: dict[tuple[str, str | None], None] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.scheme = self.report.scheme
        self.w = words(self.lang)

    # -- the report's vocabulary ---------------------------------------------------------------
    def scale(self, name: str) -> Scale:
        return self.scheme.scale(name)

    def label(self, scale_name: str, key: str | None) -> str:
        scale = self.scale(scale_name)
        if key is not None and scale.get(key) is None:
            return key  # outside the scale: validation reports it; show what the file says
        return scale.label(key, self.lang)

    def symbol(self, scale_name: str, key: str | None) -> str:
        """The symbol, or "" in --ascii mode; using it puts it in the legend."""
        scale = self.scale(scale_name)
        if self.ascii or (key is not None and scale.get(key) is None):
            return ""
        symbol = scale.symbol(key)
        if symbol:
            self.used[(scale_name, key)] = None
        return symbol

    def mark(self, scale_name: str, key: str | None) -> str:
        """'🟢 Helt uppfyllt', or 'Helt uppfyllt' when there is no symbol or in --ascii mode."""
        symbol = self.symbol(scale_name, key)
        label = self.label(scale_name, key)
        return f"{symbol} {label}" if symbol else label

    def term(self, kind: str) -> str:
        return self.scheme.term(kind, self.lang)

    def terms(self, kind: str) -> str:
        return plural(self.term(kind), self.lang)

    def level_label(self, level_key: str) -> str:
        level = self.scheme.level(level_key)
        return level.text(self.lang) if level else level_key

    # -- numbers and dates ---------------------------------------------------------------------
    def plain(self, text: str) -> str:
        """Characters the export adds (minus sign, dash, times) in ASCII under --ascii."""
        if not self.ascii:
            return text
        for char, form in _ASCII_FORMS.items():
            text = text.replace(char, form)
        return text

    @property
    def dash(self) -> str:
        return self.plain(" \u2013 ")

    def number(self, value: Number) -> str:
        return self.plain(format_number(value, self.lang == "sv"))

    def percent(self, value: Number) -> str:
        return self.plain(format_percent(value, self.lang))

    def date(self, value: date | None) -> str:
        return format_date(value, self.lang) if value else ""

    def value(self, value: IndicatorValue | None, unit: str | None = None) -> str:
        """An indicator value as printed: 88,5 %, prel: 73 dagar, i.u., -."""
        if value is None:
            return ""
        if value.no_data:
            return "i.u."
        if value.dash:
            return "-"
        if value.number is None:
            return ""
        if value.decimals is None:
            figure = self.number(value.number)
        else:
            figure = self.plain(format_number(value.number, self.lang == "sv", value.decimals))
        if unit == "%":
            text = f"{figure}\u00a0%" if self.lang == "sv" else f"{figure}%"
        elif unit:
            text = f"{figure}\u00a0{unit}"
        else:
            text = figure
        return f"prel: {text}" if value.preliminary else text

    def completion(self, value: int | None) -> str:
        return "" if value is None else self.percent(value)
