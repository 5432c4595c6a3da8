"""Resolving one merge conflict: both values side by side (with the value before either change),
taken from one side or written into one; an item deleted on one side and changed on the other is
kept or deleted. The screens only ask: they dismiss with the officer's choice and the session
(tui/session.py `resolve`) makes the change, undoably."""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Label, Static, TextArea

from reportmodel.core.conflicts import ITEM, OURS, THEIRS, Conflict
from reportmodel.core.problems import describe
from reportmodel.core.scheme import Scale
from reportmodel.core.textsafety import one_line
from tui.common.i18n import Words
from tui.common.keys import localize
from tui.common.look import SCALE_FIELDS, safe

SCALE_FIELD_NAMES = {name for names in SCALE_FIELDS.values() for name in names}
Choice = tuple[str, Any]  # ("ours" | "theirs" | "value", the value written)


def shown_value(words: Words, data: Any, scale: Scale | None = None) -> Text:
    """One side's value as the officer reads it (a scale's value by its label); their own text,
    never markup."""
    if scale is not None and isinstance(data, str) and scale.get(data) is not None:
        return Text(safe(scale.label(data, words.lang)))
    if data is None:
        return Text(words("sharing.unset"), style="dim italic")
    if isinstance(data, str):
        return Text(safe(data))
    if hasattr(data, "isoformat"):
        return Text(data.isoformat())
    return Text(safe(one_line(describe(data))))


def field_label(words: Words, field: str) -> str:
    parts = field.split(".")
    if len(parts) == 3 and parts[0] == "years":  # an indicator's value of one year
        return f"{words.field(parts[2])} {parts[1]}"
    return words.field(field)


def editable(conflict: Conflict) -> bool:
    """Whether the two values can be written into one as text: text fields and an indicator's
    yearly values; a scale value is one of its scale's, taken from one side."""
    if conflict.field == ITEM or conflict.field in SCALE_FIELD_NAMES:
        return False
    if conflict.field.startswith("years."):
        return True
    values = (conflict.ours, conflict.theirs)
    return all(v is None or isinstance(v, str) for v in values) and any(
        isinstance(v, str) for v in values)


class ConflictScreen(ModalScreen[Choice | None]):
    """One field changed on both sides: base, yours and theirs beside each other."""

    BINDINGS = [
        Binding("o", "choose('ours')", "Keep yours", id="take_ours"),
        Binding("t", "choose('theirs')", "Take theirs", id="take_theirs"),
        Binding("e", "merge_edit", "Write one from both", id="merge_edit"),
        Binding("escape", "cancel", "Close", id="close"),
    ]
    DEFAULT_CSS = """
    ConflictScreen { align: center middle; }
    ConflictScreen > Vertical { width: 96%; height: auto; max-height: 90%;
                                border: thick $warning; background: $surface; padding: 0 1; }
    ConflictScreen .title { text-style: bold; padding: 0 0 1 0; }
    ConflictScreen #sides { height: auto; max-height: 24; }
    ConflictScreen .side { width: 1fr; height: auto; max-height: 24; border: round $panel;
                           padding: 0 1; }
    ConflictScreen #ours { border: round $success; }
    ConflictScreen #theirs { border: round $accent; }
    ConflictScreen #buttons { height: auto; align-horizontal: center; padding: 1 0 0 0; }
    ConflictScreen Button { margin: 0 1; }
    """

    def __init__(self, words: Words, conflict: Conflict, item_title: str,
                 scale: Scale | None = None) -> None:
        super().__init__()
        self.words = words
        self.conflict = conflict
        self.item_title = item_title
        self.scale = scale  # the field's scale, when it has one: values shown by their labels

    def compose(self) -> ComposeResult:
        w, c = self.words, self.conflict
        with Vertical():
            yield Label(Text(w("sharing.title", field=field_label(w, c.field)), style="bold"))
            yield Label(Text(safe(self.item_title)), classes="title")
            with Horizontal(id="sides"):
                for side, value in (("base", c.base), ("ours", c.ours), ("theirs", c.theirs)):
                    scroll = VerticalScroll(Static(shown_value(w, value, self.scale),
                                                   id=f"{side}-value"),
                                            classes="side", id=side)
                    scroll.border_title = w(f"sharing.{side}")
                    yield scroll
            with Horizontal(id="buttons"):
                yield Button(Text(f"{w('binding.take_ours')} (o)"), id="b-ours", variant="success")
                yield Button(Text(f"{w('binding.take_theirs')} (t)"), id="b-theirs",
                             variant="primary")
                if editable(c):
                    yield Button(Text(f"{w('binding.merge_edit')} (e)"), id="b-edit")

    def on_mount(self) -> None:
        localize(self, self.words)
        self.query_one("#b-ours", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "b-ours":
            self.action_choose(OURS)
        elif event.button.id == "b-theirs":
            self.action_choose(THEIRS)
        elif event.button.id == "b-edit":
            self.action_merge_edit()

    def action_choose(self, side: str) -> None:
        self.dismiss((side, None))

    def action_merge_edit(self) -> None:
        if not editable(self.conflict):
            return
        c = self.conflict
        start = c.ours if c.ours is not None else (c.theirs or "")
        if not isinstance(start, str):
            start = one_line(describe(start))

        def written(text: str | None) -> None:
            if text is not None:
                self.dismiss(("value", text))

        self.app.push_screen(MergeTextScreen(self.words, field_label(self.words, c.field),
                                             start, c.theirs), written)

    def action_cancel(self) -> None:
        self.dismiss(None)


class ItemConflictScreen(ModalScreen[Choice | None]):
    """An item deleted on one side and changed on the other: keep it or delete it."""

    BINDINGS = [
        Binding("k", "keep", "Keep", id="keep_item"),
        Binding("d", "delete", "Delete", id="delete_conflicted_item"),
        Binding("escape", "cancel", "Close", id="close"),
    ]
    DEFAULT_CSS = """
    ItemConflictScreen { align: center middle; }
    ItemConflictScreen > Vertical { width: 80; max-width: 95%; height: auto;
                                    border: thick $warning; background: $surface; padding: 1 2; }
    ItemConflictScreen Static { padding: 0 0 1 0; }
    ItemConflictScreen Horizontal { height: auto; align-horizontal: center; }
    ItemConflictScreen Button { margin: 0 1; }
    """

    def __init__(self, words: Words, conflict: Conflict, item_title: str) -> None:
        super().__init__()
        self.words = words
        self.conflict = conflict
        self.item_title = item_title

    def compose(self) -> ComposeResult:
        w = self.words
        with Vertical():
            yield Label(Text(w("sharing.item_title", title=safe(self.item_title)), style="bold"))
            yield Static(Text(w(f"sharing.deleted_by_{self.conflict.deleted_by or THEIRS}")))
            with Horizontal():
                yield Button(Text(f"{w('binding.keep_item')} (k)"), id="b-keep", variant="success")
                yield Button(Text(f"{w('binding.delete_conflicted_item')} (d)"), id="b-delete",
                             variant="error")

    def on_mount(self) -> None:
        localize(self, self.words)
        self.query_one("#b-keep", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.action_keep() if event.button.id == "b-keep" else self.action_delete()

    def action_keep(self) -> None:
        # Kept: the side that did not delete it wins.
        deleted_by = self.conflict.deleted_by or THEIRS
        self.dismiss((OURS if deleted_by == THEIRS else THEIRS, None))

    def action_delete(self) -> None:
        self.dismiss((self.conflict.deleted_by or THEIRS, None))

    def action_cancel(self) -> None:
        self.dismiss(None)


class MergeTextScreen(ModalScreen[str | None]):
    """A text box prefilled with yours, theirs shown below it: the officer writes one from both."""

    BINDINGS = [
        Binding("ctrl+s", "use", "Use the text", id="merge_use", priority=True),
        Binding("escape", "cancel", "Close", id="close", priority=True),
    ]
    DEFAULT_CSS = """
    MergeTextScreen { align: center middle; }
    MergeTextScreen > Vertical { width: 96%; height: auto; max-height: 90%;
                                 border: thick $accent; background: $surface; padding: 0 1; }
    MergeTextScreen TextArea { height: 12; }
    MergeTextScreen .hint { color: $text-muted; padding: 1 0 0 0; }
    MergeTextScreen VerticalScroll { height: auto; max-height: 8; }
    """

    def __init__(self, words: Words, field: str, text: str, theirs: Any) -> None:
        super().__init__()
        self.words = words
        self.field = field
        self.text = text
        self.theirs = theirs

    def compose(self) -> ComposeResult:
        w = self.words
        with Vertical():
            yield Label(Text(w("sharing.edit_title", field=self.field), style="bold"))
            yield TextArea(safe(self.text), soft_wrap=True, tab_behavior="focus", id="merged")
            yield Label(Text(w("sharing.edit_hint")), classes="hint")
            yield VerticalScroll(Static(shown_value(w, self.theirs)))

    def on_mount(self) -> None:
        localize(self, self.words)
        if not getattr(self.app, "cursor_blink", True):
            self.query_one(TextArea).cursor_blink = False
        self.query_one(TextArea).focus()

    def action_use(self) -> None:
        self.dismiss(self.query_one(TextArea).text)

    def action_cancel(self) -> None:
        self.dismiss(None)
