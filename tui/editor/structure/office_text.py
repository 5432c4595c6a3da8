"""A TextArea with the keys of office text boxes, for every multi-line box of the editor (the
comment boxes, the sheet's texts and lists).

ctrl+Home/ctrl+End go to the ends of the text; F7 selects all (TextArea's own key, given an id
so that F1 lists it: ctrl+a is the start of the line in TextArea and in Input); entering the box
by the keyboard (Tab, `c`, Enter) puts the cursor at the end of what is there, where the officer
goes on writing; a click still places it where clicked (the mouse press comes after the focus).
"""

from __future__ import annotations

from textual import events
from textual.binding import Binding
from textual.widgets import TextArea


class OfficeTextArea(TextArea):
    BINDINGS = [
        Binding("ctrl+home", "text_home", "Start", show=False, id="text_home"),
        Binding("ctrl+end", "text_end", "End", show=False, id="text_end"),
        Binding("f7", "select_all", "Select all", show=False, id="select_all"),
    ]

    _entered = False

    def action_text_home(self) -> None:
        self.move_cursor((0, 0))

    def action_text_end(self) -> None:
        self.move_cursor(self.document.end)

    def _on_focus(self, event: events.Focus) -> None:
        super()._on_focus(event)
        if not self._entered:
            self._entered = True
            self.move_cursor(self.document.end)
