"""The sheet: every field of one item (or of the report's header) as ordinary widgets, in a modal.

`e`/F2 on an item opens it to change or rename the item; `a` opens it empty to add one; Enter or
`c` on the report row opens the header. The sheet never changes the report: Done hands the
fields that differ from the model to `commit`, which builds the edits and has the session apply
them; when one is refused the sheet stays open with the reason and the text as typed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from rich.markdown import Markdown
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Checkbox, Input, Label, Select, Static, TextArea

from tui.common.keys import localize
from tui.common.look import safe
from tui.common.messages import TextTyped
from tui.editor.structure.office_text import OfficeTextArea
from tui.editor.structure.specs import BOOL, CHOICE, LINES, TEXT, FieldSpec

# commit(changed, then_save) -> None when done, else the reason shown in the sheet.
Commit = Callable[[list[tuple[FieldSpec, Any]], bool], "str | None"]

# The recovery copy's item path for text typed in the report header's sheet (no item has an
# empty id).
HEADER_PATH: tuple[str, ...] = ("",)


class SheetText(OfficeTextArea):
    pass


class ItemSheet(ModalScreen[None]):
    BINDINGS = [
        # Esc keeps what was typed, as it does in the comment boxes; Cancel (a button) drops it.
        Binding("escape", "ok", "Done", id="sheet_ok"),
        Binding("ctrl+s", "ok(True)", "Done and save", id="sheet_save"),
    ]
    DEFAULT_CSS = """
    ItemSheet { align: center middle; }
    ItemSheet > Vertical { width: 100; max-width: 98%; height: auto; max-height: 96%;
                           border: round $accent; background: $surface; padding: 0 1; }
    ItemSheet VerticalScroll { height: auto; max-height: 70vh; }  /* the buttons stay on screen */
    ItemSheet .title { text-style: bold; }
    ItemSheet .where, ItemSheet .keys, ItemSheet .hint { color: $text-muted; width: 1fr; }
    ItemSheet .row { height: auto; }
    ItemSheet .row > Label { width: 24; padding: 0 1 0 0; }
    ItemSheet Input, ItemSheet Input:focus { border: none; height: 1; padding: 0 1; width: 1fr;
                                             background: $boost; }
    ItemSheet Input:focus { background: $accent 30%; }
    ItemSheet Select { width: 1fr; }
    ItemSheet Checkbox { border: none; padding: 0; }
    ItemSheet TextArea { height: auto; min-height: 3; max-height: 8; border: none;
                         background: $boost; }
    ItemSheet TextArea:focus { background: $accent 20%; }
    ItemSheet .preview { border: round $secondary; height: auto; max-height: 10; padding: 0 1; }
    ItemSheet .error { color: $error; text-style: bold; }
    ItemSheet .info { color: $text-muted; }
    ItemSheet #buttons { height: auto; align-horizontal: right; }
    ItemSheet Button { margin: 0 0 0 2; min-width: 12; }
    """

    def __init__(self, title: str, where: str, specs: list[FieldSpec], commit: Commit,
                 *, focus: str | None = None, path: tuple[str, ...] | None = None,
                 typed: str | None = None) -> None:
        """`path`: the item (or HEADER_PATH) whose typed text is unsaved work, announced as
        TextTyped so it reaches the recovery copy; None (a new item) announces nothing.
        `typed`: restored text put into the `focus` field."""
        super().__init__()
        self.title_text = title
        self.where = where
        self.specs = specs
        self.commit = commit
        self.first_focus = focus
        self.path = path
        self.typed_back = typed

    def compose(self) -> ComposeResult:
        w = self.app.words  # type: ignore[attr-defined]
        with Vertical():
            yield Label(Text(self.title_text), classes="title")
            if self.where:
                yield Label(Text(self.where), classes="where")
            with VerticalScroll():
                for spec in self.specs:
                    yield from self._field(spec)
            yield Static("", classes="error")
            with Horizontal(id="buttons"):
                yield Button(Text(w("sheet.ok")), id="sheet-ok", variant="primary", compact=True)
                yield Button(Text(w("sheet.cancel")), id="sheet-cancel", compact=True)
            yield Label(Text(w("sheet.keys")), classes="keys")

    def _field(self, spec: FieldSpec) -> ComposeResult:
        wid = f"sheet-{_css_id(spec.name)}"
        value = spec.shown()
        label = Label(Text(spec.label + (f" ({spec.hint})" if spec.hint else "")))
        if spec.widget in (TEXT, LINES):
            yield label
            area = SheetText(value, soft_wrap=spec.widget == TEXT, tab_behavior="focus",
                             show_line_numbers=False, id=wid)
            yield area
            if spec.markdown:
                preview = Static(Markdown(value or ""), classes="preview", id=f"{wid}-preview")
                preview.border_title = Text(self.app.words("sheet.preview"))  # type: ignore
                yield preview
            return
        with Horizontal(classes="row"):
            if spec.widget == BOOL:
                yield Label("")
                yield Checkbox(Text(spec.label), bool(value), id=wid)
            elif spec.widget == CHOICE:
                yield label
                unset = self.app.words("sheet.unset")  # type: ignore[attr-defined]
                yield Select(spec.options, value=value if value is not None else Select.NULL,
                             allow_blank=True, prompt=unset, id=wid, compact=True)
            elif spec.widget == "info":
                yield label
                yield Static(Text(value), classes="info", id=wid)
            else:
                yield label
                yield Input(value, id=wid)

    def on_mount(self) -> None:
        localize(self, self.app.words)  # type: ignore[attr-defined]
        blink = getattr(self.app, "cursor_blink", True)
        for widget in self.query("Input, TextArea"):
            if not blink:
                widget.cursor_blink = False  # type: ignore[attr-defined]
        target = None
        if self.first_focus == "blank":  # the first field with nothing in it
            self.first_focus = next((s.name for s in self.specs if s.widget != "info"
                                     and s.shown() in ("", None)), None)
        if self.first_focus is not None:
            found = self.query(f"#sheet-{_css_id(self.first_focus)}")
            target = found.first() if found else None
        if target is None:
            found = self.query("Input, TextArea, Select, Checkbox")
            target = found.first() if found else None
        if target is not None:
            if self.typed_back is not None and isinstance(target, (Input, TextArea)):
                if isinstance(target, Input):
                    target.value = self.typed_back
                else:
                    target.load_text(self.typed_back)
                    target.move_cursor(target.document.end)
            target.focus()
            if isinstance(target, Input):
                target.cursor_position = len(target.value)

    # -- reading ------------------------------------------------------------------------------
    def value_of(self, spec: FieldSpec) -> Any:
        widget = self.query_one(f"#sheet-{_css_id(spec.name)}")
        if isinstance(widget, TextArea):
            return widget.text
        if isinstance(widget, Input):
            return widget.value
        if isinstance(widget, Checkbox):
            return widget.value
        if isinstance(widget, Select):
            return None if widget.value is Select.NULL else widget.value
        return None

    def changed(self) -> list[tuple[FieldSpec, Any]]:
        """The fields whose widget differs from the model as it is now."""
        out = []
        for spec in self.specs:
            if spec.widget == "info":
                continue
            value = self.value_of(spec)
            shown = spec.shown()
            if isinstance(value, str) and isinstance(shown, str):
                if value.rstrip() == shown.rstrip():
                    continue
            elif value == shown:
                continue
            out.append((spec, value))
        return out

    # -- acting -------------------------------------------------------------------------------
    def action_ok(self, then_save: bool = False) -> None:
        reason = self.commit(self.changed(), then_save)
        if reason is None:
            self._typed_gone()
            self.dismiss(None)
            if then_save:
                self.app.call_later(self.app.run_action, "app.save")
            return
        self.query_one(".error", Static).update(Text(safe(reason)))
        self._refresh_infos()

    def action_cancel(self) -> None:
        self._typed_gone()
        self.dismiss(None)

    # -- typed text is unsaved work -----------------------------------------------------------
    def _typed(self, widget_id: str | None, text: str) -> None:
        """A text field changed: its text, or None when it holds the model's again. Posted to
        the app directly: the sheet may be gone before its own queue runs."""
        if self.path is None or widget_id is None:
            return
        spec = next((s for s in self.specs if f"sheet-{_css_id(s.name)}" == widget_id), None)
        if spec is None:
            return
        shown = spec.shown()
        same = isinstance(shown, str) and text.rstrip() == shown.rstrip()
        self.app.post_message(TextTyped(self.path, spec.name, None if same else text))

    def _typed_gone(self) -> None:
        """The sheet closes: its text is the report's now (Done) or dropped (Cancel)."""
        if self.path is None:
            return
        for widget in self.query("Input, TextArea"):
            spec = next((s for s in self.specs if f"sheet-{_css_id(s.name)}" == widget.id), None)
            if spec is not None:
                self.app.post_message(TextTyped(self.path, spec.name, None))

    def on_input_changed(self, event: Input.Changed) -> None:
        self._typed(event.input.id, event.value)

    def _refresh_infos(self) -> None:
        for spec in self.specs:
            if spec.widget == "info":
                self.query_one(f"#sheet-{_css_id(spec.name)}", Static).update(Text(spec.shown()))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_ok()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "sheet-ok":
            self.action_ok()
        else:
            self.action_cancel()

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        self._typed(event.text_area.id, event.text_area.text)
        preview = self.query(f"#{event.text_area.id}-preview")
        if preview:
            preview.first(Static).update(Markdown(event.text_area.text))


def _css_id(name: str) -> str:
    return name.replace(".", "-").replace("_", "-")
