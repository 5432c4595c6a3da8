"""A report that cannot be opened: every problem as FILE:LINE: message, and a way out."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Label, Static

from reportmodel.core.problems import Problem
from reportmodel.core.vocabulary import vocab

from tui.common.i18n import Words
from tui.common.keys import localize
from tui.common.look import safe
from tui.common.keybar import KeyBar


class ErrorScreen(Screen[None]):
    BINDINGS = [
        Binding("q,escape", "app.exit_now", "Quit", id="quit"),
        Binding("j,down", "scroll_down", show=False, id="down"),
        Binding("k,up", "scroll_up", show=False, id="up"),
    ]
    DEFAULT_CSS = """
    ErrorScreen { padding: 1 2; }
    ErrorScreen Label { text-style: bold; color: $error; padding: 0 0 1 0; }
    ErrorScreen .intro { padding: 0 0 1 0; }
    ErrorScreen VerticalScroll { border: round $error; }
    """

    def __init__(self, words: Words, file: str, problems: list[Problem]):
        super().__init__()
        self.words = words
        self.file = file
        self.problems = problems

    def compose(self) -> ComposeResult:
        w = self.words
        yield Label(Text(w("errors.title")))
        yield Static(Text(safe(w("errors.intro", file=self.file, n=len(self.problems)))),
                     classes="intro")
        v = vocab(w.lang)  # each problem in the editor's language, as `yearend check` prints it
        listing = Text(safe("\n".join(v.format_problem(p, self.file) for p in self.problems)))
        with VerticalScroll():
            yield Static(listing, id="problems")
        yield KeyBar()

    def on_mount(self) -> None:
        localize(self, self.app.words)
        self.query_one(VerticalScroll).focus()

    def action_scroll_down(self) -> None:
        self.query_one(VerticalScroll).scroll_down()

    def action_scroll_up(self) -> None:
        self.query_one(VerticalScroll).scroll_up()
