"""A question with a few answers, each a button with a key: the shape of the reliability prompts
(restore a recovery copy, a report open elsewhere, a file changed on disk).

Every line shown is a rich Text (titles and paths are the officer's text, never markup). Keys are
read in `on_key` rather than as bindings because each prompt's answers are built per instance.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Label, Static


@dataclass(frozen=True)
class Answer:
    id: str
    label: str
    keys: tuple[str, ...]  # first one is shown on the button
    variant: str = "default"


class Prompt(ModalScreen[str]):
    DEFAULT_CSS = """
    Prompt { align: center middle; }
    Prompt > Vertical { width: 84; max-width: 95%; height: auto; max-height: 90%;
                        border: thick $warning; background: $surface; padding: 1 2; }
    Prompt VerticalScroll { height: auto; max-height: 20; }
    Prompt .body { padding: 0 0 1 0; }
    Prompt Horizontal { height: auto; align-horizontal: center; }
    Prompt Button { margin: 0 1; }
    """

    def __init__(self, title: str, body: list[Text], answers: list[Answer], escape: str,
                 *, classes: str = "") -> None:
        super().__init__(classes=classes)
        self.title_text = title
        self.body = body
        self.answers = answers
        self.escape = escape  # the answer Esc gives

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(Text(self.title_text, style="bold"))
            with VerticalScroll():
                for line in self.body:
                    yield Static(line, classes="body")
            with Horizontal():
                for answer in self.answers:
                    key = "Esc" if answer.id == self.escape and not answer.keys else answer.keys[0]
                    yield Button(Text(f"{answer.label} ({key})"), id=answer.id,
                                 variant=answer.variant)  # type: ignore[arg-type]

    def on_mount(self) -> None:
        self.query_one(f"#{self.answers[0].id}", Button).focus()

    def on_key(self, event: events.Key) -> None:
        if event.key == "escape":
            event.stop()
            self.dismiss(self.escape)
            return
        for answer in self.answers:
            if event.character and event.character.lower() in answer.keys:
                event.stop()
                self.dismiss(answer.id)
                return

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss(event.button.id or self.escape)
