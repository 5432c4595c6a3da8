"""Every symbol the outline shows, read from the report's own scheme (labels, symbols, colours),
and what the number before a risk means: for F1 and the legend key."""

from __future__ import annotations

from rich.cells import cell_len
from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from reportmodel.core.progress import INDICATOR_STATES

from tui.common.i18n import plural
from tui.common.look import Look, readable, safe
from tui.dashboard.bars import STATE_COLOURS, STATE_SYMBOLS

# The scales in the order the outline meets them; risk_category has no symbols.
ORDER = ("goal_assessment", "process_assessment", "trend", "activity_status",
         "assignment_status", "control_status", "control_assessment", "contractor_fulfilment")


def scales_used(look: Look) -> list[str]:
    """The scales of this report that carry symbols: the goal levels' own, then the rest."""
    scheme = look.scheme
    names: list[str] = []
    for level in scheme.levels:
        if level.assessment and level.assessment in scheme.scales and level.assessment not in names:
            names.append(level.assessment)
    for name in ORDER:
        if name in scheme.scales and name not in names:
            names.append(name)
    return names


def _entry(symbol: str, style: str, label: str) -> Text:
    text = Text()
    shown = safe(symbol or " ")
    text.append(shown + " " * max(0, 2 - cell_len(shown)), style=style)
    text.append(" " + safe(label))
    return text


def render(look: Look, columns: int = 2) -> RenderableType:
    w = look.words
    scheme = look.scheme
    blocks: list[RenderableType] = []
    for name in scales_used(look):
        scale = scheme.scales[name]
        lines = [Text(w(f"scale.{name}"), style="bold underline")]
        for value in scale.values:
            lines.append(_entry(value.symbol, readable(value.colour), value.text(look.lang)))
        unset = scale.label(None, look.lang)
        lines.append(_entry(scale.unset_symbol, "dim", f"{unset} ({w('legend.unset')})"))
        blocks.append(Group(*lines))
    states = [Text(plural(look.scheme.term("indicator", look.lang)), style="bold underline")]
    for state in INDICATOR_STATES:
        states.append(_entry(STATE_SYMBOLS[state], STATE_COLOURS[state] or "dim",
                             w(f"state.{state}")))
    blocks.append(Group(*states))
    grid = Table.grid(padding=(0, 3), expand=False)
    for _ in range(columns):
        grid.add_column()
    for start in range(0, len(blocks), columns):
        row = blocks[start:start + columns]
        grid.add_row(*row, *([""] * (columns - len(row))))
        grid.add_row(*([""] * columns))
    risk = Group(
        Text(w("legend.risk"), style="bold underline"),
        Text.assemble((f"{scheme.risk_control_threshold:>2}", "bold red"), "  ",
                      (f"{max(1, scheme.risk_control_threshold // 2):>2}", "dim"), "  ",
                      (" –", "dim")),
        Text(w("legend.risk_text", n=scheme.risk_matrix_size,
               threshold=scheme.risk_control_threshold)),
    )
    marks = Group(Text(w("legend.marks"), style="bold underline"), Text(w("legend.tree")),
                  Text(w("legend.comment"), style="bold red"), Text(w("legend.outcome")),
                  Text(w("legend.percent")))
    return Group(grid, risk, Text(""), marks)
