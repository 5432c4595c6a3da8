"""Quitting with unsaved changes: save, discard or cancel."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Label, Static

from tui.common.i18n import Words
from tui.common.keys import localize

SAVE, DISCARD, CANCEL = "save", "discard", "cancel"


class QuitScreen(ModalScreen[str]):
    BINDINGS = [
        Binding("s", "choose('save')", "Save and quit", id="quit_save"),
        Binding("d,k", "choose('discard')", "Discard", id="quit_discard"),
        Binding("escape,a", "choose('cancel')", "Cancel", id="quit_cancel"),
    ]
    DEFAULT_CSS = """
    QuitScreen { align: center middle; }
    QuitScreen > Vertical { width: 72; height: auto; border: thick $warning;
                            background: $surface; padding: 1 2; }
    QuitScreen .question { padding: 0 0 1 0; }
    QuitScreen Horizontal { height: auto; align-horizontal: center; }
    QuitScreen Button { margin: 0 1; }
    """

    def __init__(self, words: Words, file: str):
        super().__init__()
        self.words = words
        self.file = file

    def compose(self) -> ComposeResult:
        w = self.words
        with Vertical():
            yield Label(Text(w("quit.title"), style="bold"))
            yield Static(Text(w("quit.question", file=self.file)), classes="question")
            with Horizontal():
                yield Button(f"{w('quit.save')} (s)", id=SAVE, variant="primary")
                key = "k" if w.lang == "sv" else "d"
                yield Button(f"{w('quit.discard')} ({key})", id=DISCARD, variant="error")
                yield Button(f"{w('quit.cancel')} (Esc)", id=CANCEL)

    def on_mount(self) -> None:
        localize(self, self.app.words)
        self.query_one(f"#{SAVE}", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss(event.button.id or CANCEL)

    def action_choose(self, choice: str) -> None:
        self.dismiss(choice)
