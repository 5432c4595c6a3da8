"""A multi-line text editor for a comment (or result, action, section text), with last year's
comment beside it when the item has one.

TextArea, not Input: comments are paragraphs, and TextArea wraps words and has its own undo
(ctrl+z inside the box undoes typing; outside it, ctrl+z undoes changes to the report).
Escape keeps the text and goes back to the outline; ctrl+s keeps it and saves the file; moving
focus away keeps it too. Nothing typed is lost by leaving the box, and nothing typed is lost if
the editor is killed while the box is open: every change of the text is announced (TextTyped),
and the session keeps it in the recovery copy within seconds.
"""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Label, Static, TextArea

from reportmodel.core.edits import normalise_text

from tui.common.keys import localize
from tui.common.look import safe
from tui.common.messages import Change, TextTyped
from tui.editor.fields import form_of
from tui.editor.structure.office_text import OfficeTextArea


# OfficeTextArea (the builder's, tui/editor/structure/office_text.py): ctrl+Home/End, F7 select
# all listed in F1, and the cursor at the end of the text however the box is entered.
class TextEditor(OfficeTextArea):
    BINDINGS = [
        Binding("escape", "commit", "Done", id="editor_commit"),
        Binding("ctrl+s", "commit_and_save", "Save", id="editor_save"),
    ]

    def __init__(self, field: str, text: str, **kwargs) -> None:
        text = safe(text)  # control characters are shown, never sent to the terminal
        super().__init__(text, soft_wrap=True, tab_behavior="focus", show_line_numbers=False,
                         **kwargs)
        self.field = field
        self.initial = text

    def on_mount(self) -> None:
        localize(self, form_of(self).look.words)
        if not getattr(self.app, "cursor_blink", True):
            self.cursor_blink = False

    def set_text(self, text: str) -> None:
        """Show the model's text again (after undo), unless the officer is typing here."""
        if not self.has_focus:
            self.initial = safe(text)
            self.load_text(self.initial)

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        # Not stopped: the form may listen too. The session learns of unsaved typed text.
        form = form_of(self)
        self.post_message(TextTyped(form.node.path, self.field,
                                    self.text if self.pending() is not None else None))

    def pending(self) -> Change | None:
        if normalise_text(self.text) == normalise_text(self.initial):
            return None
        return Change(form_of(self).node.path, self.field, self.text)

    def _commit(self, *, done: bool = False, then_save: bool = False) -> None:
        form = form_of(self)
        change = self.pending()
        if change is not None:
            self.initial = self.text
        form.request(change, done=done, then_save=then_save)

    def action_commit(self) -> None:
        self._commit(done=True)

    def action_commit_and_save(self) -> None:
        self._commit(then_save=True)

    def on_blur(self) -> None:
        if self.pending() is not None:
            self._commit()


class CommentEditor(Vertical):
    DEFAULT_CSS = """
    CommentEditor { height: auto; padding: 0 1; }
    CommentEditor > Label { text-style: bold; }
    CommentEditor > Horizontal { height: auto; }
    CommentEditor TextEditor { width: 1fr; height: auto; min-height: 6; max-height: 20; }
    CommentEditor .previous { width: 1fr; height: auto; max-height: 20; padding: 0 1;
                              border: round $secondary; color: $text-muted; }
    """

    def __init__(self, field: str, label: str, text: str, previous: str | None,
                 previous_label: str, **kwargs) -> None:
        super().__init__(**kwargs)
        self.field = field
        self.label = label
        self.text = text
        self.previous = previous
        self.previous_label = previous_label

    def compose(self) -> ComposeResult:
        yield Label(Text(self.label))
        with Horizontal():
            yield TextEditor(self.field, self.text, id=f"editor-{self.field}")
            if self.previous:
                previous = Static(Text(safe(self.previous)), classes="previous")
                previous.border_title = Text(self.previous_label)
                yield previous

    @property
    def editor(self) -> TextEditor:
        return self.query_one(TextEditor)
