"""F1 / ?: every key, from the bindings themselves, so the list cannot go stale, and the legend
of the report's symbols (given by the app: tui/dashboard/legend.py)."""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from tui.common.i18n import Words
from tui.common.keys import describe_keys, localize


class HelpScreen(ModalScreen[None]):
    BINDINGS = [
        Binding("escape,q,f1,question_mark", "dismiss_help", "Close", id="close"),
        Binding("j,down", "scroll(1)", show=False, id="down"),
        Binding("k,up", "scroll(-1)", show=False, id="up"),
    ]
    DEFAULT_CSS = """
    HelpScreen { align: center middle; }
    HelpScreen > VerticalScroll { width: 96; max-width: 100%; height: 90%; border: round $accent;
                                  background: $surface; padding: 0 1; }
    """

    def __init__(self, words: Words, sections: list[tuple[str, list[Binding]]], key_display,
                 legend: RenderableType | None = None):
        super().__init__()
        self.legend = legend
        self.words = words
        self.sections = sections
        self.key_display = key_display

    def compose(self) -> ComposeResult:
        w = self.words
        parts = []
        for title, bindings in self.sections:
            rows = describe_keys(bindings, w, self.key_display)
            if not rows:
                continue
            table = Table(box=None, show_header=False, padding=(0, 2), expand=True)
            # Narrow terminals: the keys' column shrinks before the descriptions vanish.
            table.add_column(style="bold cyan", no_wrap=True, width=24 if self.wide else 14,
                             overflow="fold")
            table.add_column(ratio=1)
            for keys, description in rows:
                table.add_row(Text(keys), Text(description))
            parts.append(Text(title, style="bold underline"))
            parts.append(table)
            parts.append(Text(""))
        if self.legend is not None:
            parts.append(Text(w("legend.title"), style="bold underline"))
            parts.append(Text(""))
            parts.append(self.legend)
            parts.append(Text(""))
        parts.append(Text(w("help.mouse"), style="dim"))
        parts.append(Text(w("help.footer"), style="dim"))
        with VerticalScroll() as scroll:
            scroll.border_title = Text(w("help.title"))
            yield Static(Group(*parts))

    @property
    def wide(self) -> bool:
        return self.app.size.width >= 90

    def on_mount(self) -> None:
        localize(self, self.app.words)
        self.query_one(VerticalScroll).focus()

    def action_dismiss_help(self) -> None:
        self.dismiss(None)

    def action_scroll(self, lines: int) -> None:
        scroll = self.query_one(VerticalScroll)
        scroll.scroll_relative(y=lines, animate=False)
