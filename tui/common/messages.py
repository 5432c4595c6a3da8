"""Messages widgets post to ask for a change; the app alone turns them into edits."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from textual.message import Message

from reportmodel.core.edits import ItemPath


@dataclass(frozen=True)
class Change:
    """Set `field` of the item at `path` to `value` (for an indicator: of the year `year`).
    Text values are passed as typed; reportmodel.edits checks and normalises them."""

    path: ItemPath
    field: str
    value: Any
    year: int | None = None


class ChangeRequested(Message):
    def __init__(self, change: Change, *, then_save: bool = False, done: bool = False) -> None:
        super().__init__()
        self.change = change
        self.then_save = then_save  # ctrl+s in a text box: keep the text, then save the file
        self.done = done  # the officer is finished with the form: back to the outline


class FormDone(Message):
    """Leave the form and go back to the outline."""

    def __init__(self, then_save: bool = False) -> None:
        super().__init__()
        self.then_save = then_save


class TextTyped(Message):
    """The text in an open box changed: unsaved work until it is applied. `text` None: the box
    holds what the report holds again. Handed to the session (recovery copy, unsaved mark)."""

    def __init__(self, path: ItemPath, field: str, text: str | None,
                 year: int | None = None) -> None:
        super().__init__()
        self.path = path
        self.field = field
        self.text = text
        self.year = year
