"""Indicator values: a number, a preliminary number ("prel: 73"), no data ("i.u.") or a dash.

Reports print markers next to numbers; they carry meaning and are kept: "i.u." is never 0.
In the TOML file a plain value is a TOML number and a marked one a string, so a file reads as the
report prints it.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from reportmodel.core.problems import CodedError

Number = int | float

# What a report can hold, and what a save can write back: a year out of this range, or a number
# longer than Python converts (4 300 digits), is refused by `check`, naming the limit.
YEAR_MIN, YEAR_MAX = 1900, 2200
MAX_NUMBER_DIGITS = 4300


def is_year_key(key: str) -> bool:
    """A year as a table key: four ASCII digits in range ("²⁰²²" and "٢٠٢٢" are not)."""
    return len(key) == 4 and key.isascii() and key.isdigit() and YEAR_MIN <= int(key) <= YEAR_MAX

_PREL = re.compile(r"^prel(?:iminärt|\.)?\s*:?\s*(.+)$", re.IGNORECASE)
_NO_DATA = {"i.u.", "iu", "i.u", "i u", "ingen uppgift"}
_DASH = {"-", "–", "—"}


class ValueError_(CodedError, ValueError):
    """A value text that is not a number, "prel: N", "i.u." or "-" (worded by the vocabulary:
    core/vocabulary/edits.py)."""


@dataclass(frozen=True)
class IndicatorValue:
    number: Number | None = None
    preliminary: bool = False
    no_data: bool = False  # "i.u.", ingen uppgift
    dash: bool = False  # "-": not applicable, printed as a dash
    # Decimals as printed when the file gives the figure as text ("2.90", "prel: 2,40"): the
    # trailing zero is part of the figure. None: as the number reads.
    decimals: int | None = field(default=None, compare=False)

    def to_toml(self) -> Number | str:
        if self.no_data:
            return "i.u."
        if self.dash:
            return "-"
        assert self.number is not None
        text = _plain(self.number) if self.decimals is None else f"{self.number:.{self.decimals}f}"
        if self.preliminary:
            return f"prel: {text}"
        return self.number if self.decimals is None else text

    def display(self, decimal_comma: bool = True) -> str:
        """As a Swedish report prints it: 1 234,5; prel: 73; i.u."""
        if self.no_data:
            return "i.u."
        if self.dash:
            return "-"
        text = (format_number(self.number, decimal_comma, self.decimals)
                if self.number is not None else "")
        return f"prel: {text}" if self.preliminary else text


def _plain(number: Number) -> str:
    return repr(number) if isinstance(number, float) else str(number)


def format_number(number: Number, swedish: bool = True, decimals: int | None = None) -> str:
    """1 234,5 in Swedish (narrow no-break space is what typography wants, but Word and pandoc
    handle a plain no-break space more reliably), 1,234.5 in English; `decimals`: exactly so many
    ("2,90")."""
    if decimals is not None:
        text = f"{number:,.{decimals}f}"
    elif isinstance(number, float) and number.is_integer() and abs(number) < 1e15:
        text = f"{int(number):,}"
    elif isinstance(number, float):
        text = f"{number:,.10f}".rstrip("0").rstrip(".")
    else:
        text = f"{number:,}"
    if swedish:
        text = text.replace(",", "\u00a0").replace(".", ",").replace("-", "−")
    return text


def parse_number(text: str) -> Number:
    """A number as an officer types it: 73, 73.5, 73,5, 1 234,5, −3, 88,5 %."""
    cleaned = text.strip().rstrip("%").strip()
    cleaned = cleaned.replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
    cleaned = cleaned.replace("−", "-").replace("–", "-")
    if cleaned.count(",") == 1 and "." not in cleaned:
        cleaned = cleaned.replace(",", ".")
    # ASCII digits only: \d would take "٢٠٢٢", which no save writes back the same.
    if not re.fullmatch(r"-?[0-9]+(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?", cleaned):
        raise ValueError_("edit.value.not_number", value=repr(text))
    if len(cleaned) > MAX_NUMBER_DIGITS:
        raise ValueError_("edit.value.too_long", n=len(cleaned), max=MAX_NUMBER_DIGITS)
    # repr() of a float may use an exponent (7.8e-07): it must read back as the same float.
    if "." in cleaned or "e" in cleaned.lower():
        number = float(cleaned)
        if not math.isfinite(number):  # "1e999": no TOML file can hold it back
            raise ValueError_("edit.value.not_finite", value=repr(text))
        return number
    return int(cleaned)


def parse_value(raw: object) -> IndicatorValue:
    """From TOML (a number or a marker string) or from what an officer typed."""
    if isinstance(raw, bool):
        raise ValueError_("edit.value.not_value", value=repr(raw))
    if isinstance(raw, (int, float)):
        if isinstance(raw, float) and not math.isfinite(raw):
            raise ValueError_("edit.value.not_finite_number", value=repr(raw))
        return IndicatorValue(raw)
    if not isinstance(raw, str):
        raise ValueError_("edit.value.not_value", value=repr(raw))
    text = raw.strip()
    if text.lower() in _NO_DATA:
        return IndicatorValue(no_data=True)
    if text in _DASH:
        return IndicatorValue(dash=True)
    match = _PREL.match(text)
    if match:
        figure = match.group(1)
        return IndicatorValue(parse_number(figure), preliminary=True, decimals=_decimals(figure))
    return IndicatorValue(parse_number(text), decimals=_decimals(text))


_DECIMALS = re.compile(r"[.,](\d+)\s*%?\s*$")


def _decimals(text: str) -> int | None:
    """How many decimals a figure written as text prints: "2.90" -> 2, "73" -> None."""
    match = _DECIMALS.search(text.strip())
    return len(match.group(1)) if match else None

