"""The risk matrix as a heat map: probability (rows, highest on top) × consequence (columns),
the number of risks in each cell, coloured by the cell's risk value against the scheme's
threshold. A cell is chosen with the arrow keys and Enter or with the mouse; the screen then
filters the outline to its risks."""

from __future__ import annotations

from collections import Counter

from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.message import Message
from textual.widget import Widget

from reportmodel.core import model as m

CELL = 5  # cells of a matrix cell, its count centred
LABEL = 3  # the probability column on the left


def cell_counts(report: m.Report) -> tuple[Counter[tuple[int, int]], int]:
    """(probability, consequence) -> how many risks, and how many risks have no place."""
    counts: Counter[tuple[int, int]] = Counter()
    unplaced = 0
    for risk in report.risks.values():
        if risk.probability is None or risk.consequence is None:
            unplaced += 1
        else:
            counts[(risk.probability, risk.consequence)] += 1
    return counts, unplaced


def heat(value: int, threshold: int) -> str:
    """The background of a cell worth `value`: red at or above the threshold (the risk must
    have control points), yellow from half of it, green below."""
    if value >= threshold:
        return "on dark_red"
    if value * 2 >= threshold:
        return "on dark_goldenrod"
    return "on dark_green"


class RiskMatrix(Widget, can_focus=True):
    BINDINGS = [
        Binding("left,h", "move(0,-1)", show=False, id="matrix_left"),
        Binding("right,l", "move(0,1)", show=False, id="matrix_right"),
        Binding("up,k", "move(1,0)", show=False, id="matrix_up"),
        Binding("down,j", "move(-1,0)", show=False, id="matrix_down"),
        Binding("enter,space", "choose", "Show the risks", id="matrix_choose"),
    ]
    DEFAULT_CSS = """
    RiskMatrix { width: auto; height: auto; }
    """

    class Chosen(Message):
        """The officer chose the cell (probability, consequence)."""

        def __init__(self, probability: int, consequence: int) -> None:
            super().__init__()
            self.probability = probability
            self.consequence = consequence

    def __init__(self, report: m.Report, **kwargs) -> None:
        super().__init__(**kwargs)
        self.counts, self.unplaced = cell_counts(report)
        scheme = report.scheme
        self.threshold = scheme.risk_control_threshold
        self.size_n = max([scheme.risk_matrix_size, *(max(k) for k in self.counts)])
        # Start on the worst cell that holds a risk, else the top right.
        held = sorted(self.counts, key=lambda k: (k[0] * k[1], k), reverse=True)
        self.cursor = held[0] if held else (self.size_n, self.size_n)

    def get_content_width(self, container, viewport) -> int:
        return LABEL + CELL * self.size_n

    def get_content_height(self, container, viewport, width) -> int:
        return self.size_n + 1

    def render(self) -> Text:
        n = self.size_n
        text = Text(no_wrap=True)
        for p in range(n, 0, -1):
            text.append(f"{p:>2} ", style="bold")
            for c in range(1, n + 1):
                count = self.counts.get((p, c), 0)
                # Light text on the dark heat colours, on dark and light themes alike.
                style = ("bold bright_white " if count else "grey62 ") + heat(p * c,
                                                                             self.threshold)
                if (p, c) == self.cursor and self.has_focus:
                    style = "reverse bold"
                elif (p, c) == self.cursor:
                    style += " underline"
                shown = str(count) if count else "·"
                text.append(f"{shown:^{CELL}}", style=style)
            text.append("\n")
        text.append(" " * LABEL)
        for c in range(1, n + 1):
            text.append(f"{c:^{CELL}}", style="bold")
        return text

    def action_move(self, dp: int, dc: int) -> None:
        p, c = self.cursor
        self.cursor = (min(self.size_n, max(1, p + dp)), min(self.size_n, max(1, c + dc)))
        self.refresh()

    def action_choose(self) -> None:
        self.post_message(RiskMatrix.Chosen(*self.cursor))

    def cell_at(self, x: int, y: int) -> tuple[int, int] | None:
        if y < 0 or y >= self.size_n or x < LABEL:
            return None
        c = (x - LABEL) // CELL + 1
        if c > self.size_n:
            return None
        return (self.size_n - y, c)

    def on_click(self, event: events.Click) -> None:
        cell = self.cell_at(event.x, event.y)
        if cell is not None:
            self.cursor = cell
            self.refresh()
            self.action_choose()

    def on_focus(self) -> None:
        self.refresh()

    def on_blur(self) -> None:
        self.refresh()
