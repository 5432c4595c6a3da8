"""The overview screen (all counts, the risk matrix, open items per responsible) and the legend
screen, and the main screen's keys that open them.

Both are built from what is already known when they open: the session's Progress (kept current
edit by edit), the report's risks and `responsible.people`. Nothing here runs on a key press in
the outline.
"""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from reportmodel.core.progress import Progress
from reportmodel.core.responsible import NOBODY, people

from tui.common.keybar import KeyBar
from tui.common.keys import localize
from tui.common.look import Look, safe
from tui.dashboard import legend, summary
from tui.dashboard.matrix import RiskMatrix
from tui.editor import filters

PEOPLE_SHOWN = 12  # at least; more on a tall terminal. The most open items first, the rest
# counted in one line.


def people_table(look: Look, width: int = 8, shown: int = PEOPLE_SHOWN) -> RenderableType:
    w = look.words
    # Most open first; sorted() is stable, so equal counts keep people()'s Swedish order.
    found = sorted(people(look.report), key=lambda p: -len(p.open))
    table = Table.grid(padding=(0, 1))
    table.add_column(no_wrap=True, max_width=20, overflow="ellipsis")
    table.add_column(no_wrap=True, justify="right")
    table.add_column(no_wrap=True)
    for person in found[:shown]:
        name = Text(safe(person.name)) if person.name != NOBODY else Text(w("dash.nobody"),
                                                                           style="dim italic")
        left = len(person.open)
        counts = w("dash.person_open", open=left, total=person.count.total)
        table.add_row(name, Text(counts, style="bold yellow" if left else "green"),
                      _done_bar(person.count, width))
    rest = len(found) - shown
    parts: list[RenderableType] = [Text(w("dash.people"), style="bold underline"), table]
    if rest > 0:
        parts.append(Text(w("dash.more_people", n=rest), style="dim"))
    return Group(*parts)


def _done_bar(count, width: int) -> Text:
    done = round(count.done * width / count.total) if count.total else 0
    return Text.assemble(("█" * done, "green"), ("░" * (width - done), "dim"))


class DashboardScreen(ModalScreen[tuple[int, int] | None]):
    """The whole report at a glance. Dismissed with a matrix cell (probability, consequence)
    when the officer chose one: the main screen then shows those risks."""

    BINDINGS = [
        Binding("escape,q,o", "close", "Close", id="dashboard_close"),
        Binding("L", "legend", "Legend", id="legend"),
    ]
    DEFAULT_CSS = """
    DashboardScreen { align: center middle; }
    DashboardScreen > #dash { width: 100%; height: 1fr; border: round $accent;
                              background: $surface; padding: 0 1; }
    DashboardScreen #dash-lower { height: auto; margin: 1 0 0 0; }
    DashboardScreen #dash-matrix-box { width: 30; height: auto; margin: 0 2 0 0; }
    DashboardScreen #dash-people { width: 1fr; height: auto; }
    DashboardScreen .dash-hint { color: $text-muted; }
    """

    def __init__(self, look: Look, progress: Progress) -> None:
        super().__init__()
        self.look = look
        self.progress = progress

    def compose(self) -> ComposeResult:
        w = self.look.words
        report = self.look.report
        with VerticalScroll(id="dash") as scroll:
            scroll.border_title = Text(w("dash.title"))
            # One line per count from 70 columns: the matrix stays in view at 80×24.
            yield Static(self._summary(), id="dash-summary")
            with Horizontal(id="dash-lower"):
                if report.risks:
                    with Vertical(id="dash-matrix-box"):
                        yield Static(Text(w("dash.matrix"), style="bold underline"))
                        yield Static(Text(w("dash.probability"), style="dim"))
                        yield RiskMatrix(report, id="dash-matrix")
                        yield Static(Text("   " + w("dash.consequence"), style="dim"))
                        yield Static(Text(w("dash.matrix_hint")), classes="dash-hint")
                yield Static(people_table(self.look, shown=max(PEOPLE_SHOWN,
                                                               self.app.size.height - 14)),
                             id="dash-people")
        yield KeyBar()

    def _summary(self) -> RenderableType:
        bar_width = 24 if self.app.size.width >= 140 else 12
        return summary.render(self.look, self.progress, width=bar_width, wide=70)

    def show_counts(self, progress: Progress) -> None:
        self.progress = progress
        self.query_one("#dash-summary", Static).update(self._summary())

    def on_mount(self) -> None:
        localize(self, self.look.words)
        matrices = self.query(RiskMatrix)
        if matrices:
            matrix = matrices.first()
            localize(matrix, self.look.words)
            matrix.focus(scroll_visible=False)
            if matrix.unplaced:
                note = self.look.words.count("dash.matrix_unplaced", matrix.unplaced)
                self.query(".dash-hint").first().update(
                    Text.assemble(note, "\n", self.look.words("dash.matrix_hint")))
        else:
            self.query_one("#dash").focus()

    def on_risk_matrix_chosen(self, message: RiskMatrix.Chosen) -> None:
        if (message.probability, message.consequence) not in self.query_one(RiskMatrix).counts:
            self.notify(self.look.words("dash.matrix_empty"), severity="warning", timeout=3)
            return
        self.dismiss((message.probability, message.consequence))

    def action_close(self) -> None:
        self.dismiss(None)

    def action_legend(self) -> None:
        self.app.push_screen(LegendScreen(self.look))


class LegendScreen(ModalScreen[None]):
    BINDINGS = [
        Binding("escape,q,L", "close", "Close", id="dashboard_close"),
        Binding("j,down", "scroll(1)", show=False, id="down"),
        Binding("k,up", "scroll(-1)", show=False, id="up"),
    ]
    DEFAULT_CSS = """
    LegendScreen { align: center middle; }
    LegendScreen > VerticalScroll { width: 96; max-width: 100%; height: auto; max-height: 100%;
                                    border: round $accent; background: $surface; padding: 0 1; }
    """

    def __init__(self, look: Look) -> None:
        super().__init__()
        self.look = look

    def compose(self) -> ComposeResult:
        with VerticalScroll() as scroll:
            scroll.border_title = Text(self.look.words("legend.title"))
            yield Static(legend.render(self.look, columns=2 if self.app.size.width >= 70 else 1))

    def on_mount(self) -> None:
        localize(self, self.look.words)
        self.query_one(VerticalScroll).focus()

    def action_close(self) -> None:
        self.dismiss(None)

    def action_scroll(self, lines: int) -> None:
        self.query_one(VerticalScroll).scroll_relative(y=lines, animate=False)


class GlanceKeys:
    """The main screen's keys for the overview (o) and the legend (L); a mixin of MainScreen."""

    def action_dashboard(self) -> None:
        self.app.push_screen(DashboardScreen(self.look, self.progress), self._cell_chosen)

    def action_legend(self) -> None:
        self.app.push_screen(LegendScreen(self.look))

    def glance_changed(self, progress: Progress, paths) -> None:
        """The session changed the report at `paths` (Session.Changed): the detail pane's
        cached counts of what is over them go, and an open overview shows the new ones."""
        self.glance.changed(progress, paths)
        for screen in self.app.screen_stack:
            if isinstance(screen, DashboardScreen):
                screen.show_counts(progress)

    def _cell_chosen(self, cell: tuple[int, int] | None) -> None:
        if cell is not None:
            self.apply_filter(filters.by_risk_cell(self.look, *cell))
