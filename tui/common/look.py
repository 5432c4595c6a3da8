"""How report items look on screen: outline rows, symbols, kind names, field values.

Everything here builds `rich.text.Text` from data, never markup strings: titles and comments are
the officer's text, and "[bold]" in a comment must show as typed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from rich.cells import cell_len
from rich.text import Text

from reportmodel.core import fields as schema
from reportmodel.core import model as m
from reportmodel.core.agenda2030 import goal_label
from reportmodel.core.progress import COMMENT_MISSING, attention
from reportmodel.core.scheme import Scale, Scheme
from reportmodel.core.textsafety import pictured
from reportmodel.core.tree import Node
from reportmodel.core.validate import risk_value
from reportmodel.core.values import IndicatorValue, format_number

from tui.common.i18n import Words

# The field each kind's digit keys set, and the year-end fields the form offers, in order: all
# from the one field schema (reportmodel.core.fields), which rollover, progress and stats share.
_ITEM_KINDS = ("section", "goal", "indicator", "activity", "assignment", "process", "risk",
               "control", "contractor", "contractor_row")
PRIMARY_FIELD = schema.PRIMARY
SCALE_FIELDS = {k: names for k in _ITEM_KINDS if (names := schema.scale_fields(k))}
TEXT_FIELDS = {k: names for k in _ITEM_KINDS if (names := schema.text_fields(k))}
PERCENT_FIELDS = {k: names for k in _ITEM_KINDS if (names := schema.percent_fields(k))}
# The kind of item a key path leads to, by its last collection (reportmodel.tree's kinds).
_PATH_KINDS = {"sections": "section", "goals": "goal", "processes": "process", "risks": "risk",
               "contractors": "contractor", "indicators": "indicator", "activities": "activity",
               "assignments": "assignment", "controls": "control", "rows": "contractor_row"}


def kind_of(path: tuple[str, ...]) -> str:
    return _PATH_KINDS[path[-2]]
SYMBOL_CELLS = 2

# Scheme colours that vanish on one kind of background: white marks on a light theme. The
# terminal's own foreground is white on a dark theme and dark on a light one.
_UNREADABLE = {"white": "", "bright_white": "", "black": ""}


def readable(colour: str) -> str:
    """A scheme colour (a rich colour name) readable on dark and light themes alike."""
    return _UNREADABLE.get(colour, colour)


def safe(text: str) -> str:
    """Text from the report or the officer, fit to be put on the screen: control characters (an
    ESC in a title starts an escape sequence) and bidi overrides shown as one-cell pictures,
    never sent to the terminal (reportmodel.core.textsafety, the one table of what is unsafe).
    Not markup: this module builds `Text` from data, never markup strings."""
    return pictured(text)


@dataclass
class Look:
    """The report and what is derived from it once: the resolved scheme and the language."""

    report: m.Report
    words: Words

    def __post_init__(self) -> None:
        self.scheme: Scheme = self.report.scheme

    @property
    def lang(self) -> str:
        return self.words.lang

    # -- scales -------------------------------------------------------------------------------
    def scale_for(self, node: Node, name: str) -> Scale | None:
        """The scale of a field of this item, or None when the field does not apply to it."""
        item = node.item
        if node.kind == "goal":
            level = self.scheme.level(item.level)
            if level is None:
                return None
            if name == "assessment":
                return self.scheme.scales.get(level.assessment) if level.assessment else None
            if name == "trend":
                return self.scheme.scales.get("trend") if level.trend else None
            return None
        scale_name = {"status": f"{node.kind}_status", "assessment": "control_assessment",
                      "fulfilment": "contractor_fulfilment"}.get(name)
        if node.kind == "control" and name == "status":
            scale_name = "control_status"
        return self.scheme.scales.get(scale_name) if scale_name else None

    def scale_fields(self, node: Node) -> list[tuple[str, Scale]]:
        out = []
        for name in SCALE_FIELDS.get(node.kind, ()):
            scale = self.scale_for(node, name)
            if scale is not None:
                out.append((name, scale))
        return out

    def primary(self, node: Node) -> tuple[str, Scale] | None:
        name = PRIMARY_FIELD.get(node.kind)
        scale = self.scale_for(node, name) if name else None
        return (name, scale) if name and scale else None

    def symbol(self, scale: Scale, key: str | None) -> Text:
        """The value's symbol in its colour, padded to a fixed width so titles line up."""
        value = scale.get(key)
        symbol = safe(scale.symbol(key) or " ")
        style = readable(value.colour if value else "") if value else "dim"
        pad = max(0, SYMBOL_CELLS - cell_len(symbol))
        return Text(symbol + " " * pad, style=style)

    def value_text(self, scale: Scale, key: str | None) -> Text:
        value = scale.get(key)
        text = self.symbol(scale, key)
        text.append(" ")
        text.append(safe(scale.label(key, self.lang)), style="" if value else "dim italic")
        return text

    # -- names --------------------------------------------------------------------------------
    def kind_name(self, node: Node) -> str:
        if node.kind == "goal":
            level = self.scheme.level(node.item.level)
            return safe(level.text(self.lang) if level else node.item.level)
        if node.kind in ("section", "contractor_row"):
            return self.words(f"kind.{node.kind}")
        return safe(self.scheme.term(node.kind, self.lang))

    def number(self, value: Any) -> str:
        return format_number(value, self.lang == "sv")

    def indicator_value(self, value: IndicatorValue | None) -> str:
        return value.display(self.lang == "sv") if value is not None else ""

    def field_value(self, item: Any, name: str, node: Node | None = None) -> Text | None:
        """A field's value for the detail pane, or None when it is unset."""
        text = self._field_value(item, name, node)
        if text is not None:
            text.plain = safe(text.plain)  # same length: styles stay in place
        return text

    def _field_value(self, item: Any, name: str, node: Node | None) -> Text | None:
        value = getattr(item, name)
        if node is not None and name in SCALE_FIELDS.get(node.kind, ()):
            scale = self.scale_for(node, name)
            if scale is not None:
                return self.value_text(scale, value)
        if value is None or value == [] or value == {}:
            return None
        if isinstance(item, m.Risk) and name == "category":
            return Text(self.scheme.scale("risk_category").label(value, self.lang))
        if name == "agenda2030":
            return Text("\n".join(goal_label(n, self.lang) for n in value if 1 <= n <= 17))
        if name == "completion":
            return Text(f"{value} %")
        if isinstance(value, bool):
            return Text(self.words("detail.yes") if value else self.words("detail.no"))
        if isinstance(value, date):
            return Text(value.isoformat())
        if isinstance(value, list):
            return Text("\n".join(str(v) for v in value))
        if isinstance(value, (int, float)) and name != "year":
            return Text(self.number(value))
        return Text(str(value))

    # -- outline rows -------------------------------------------------------------------------
    def row(self, node: Node) -> Text:
        item, kind = node.item, node.kind
        text = Text()
        primary = self.primary(node)
        if primary is not None:
            name, scale = primary
            text.append_text(self.symbol(scale, getattr(item, name)))
            text.append(" ")
        if kind == "risk":
            value = risk_value(item)
            style = "bold red" if value is not None and value >= self.scheme.risk_control_threshold \
                else "dim"
            text.append(f"{value if value is not None else '–':>2} ", style=style)
        if getattr(item, "number", None):
            text.append(f"{safe(item.number)} ", style="dim")
        title_style = "bold" if kind in ("process", "contractor") or (
            kind == "goal" and primary is None) else ""
        text.append(safe(item.title.split("\n", 1)[0]), style=title_style)
        if kind == "indicator":
            year = item.years.get(self.report.meta.year)
            if year is not None and year.outcome is not None:
                text.append(f"  {self.indicator_value(year.outcome)}", style="cyan")
                if item.unit:
                    text.append(f" {safe(item.unit)}", style="cyan")
        if kind in ("activity", "assignment") and item.completion is not None:
            text.append(f"  {item.completion} %", style="dim")
        for reason in attention(self.report, kind, item, self.scheme):
            if reason == COMMENT_MISSING:
                text.append(f"  ← {self.words('reason.' + reason)}", style="bold red")
        return text
