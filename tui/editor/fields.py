"""Form fields for the one item being edited: a scale value, a percentage, an indicator value.

A field shows the model's value and asks its form to request a change; it never sets the model.
These are widgets per field of ONE item, so their cost does not grow with the report.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.widget import Widget
from textual.widgets import Input, Label, Static

from reportmodel.core.edits import EditError, check_completion
from reportmodel.core.scheme import Scale
from reportmodel.core.values import IndicatorValue, ValueError_, parse_value

from tui.common.keys import localize
from tui.common.look import safe
from tui.common.picker import ValuePicker
from tui.common.messages import Change, TextTyped
from tui.common.prompt import Answer, Prompt

if TYPE_CHECKING:
    from tui.editor.detail import ItemForm


def form_of(widget: Widget) -> ItemForm:
    # By CSS type name: detail.py imports this module, so importing ItemForm here is a cycle.
    return widget.query_ancestor("ItemForm")


class ScaleField(Widget, can_focus=True):
    """One scale field: digits set it in scale order, 0 unsets, Enter opens the list."""

    BINDINGS = [
        *(Binding(str(n), f"set_value({n})", "Set", show=n == 1, key_display="1-9",
                  id="set_value" if n == 1 else f"set_value_{n}") for n in range(1, 10)),
        Binding("0", "set_value(0)", "Clear", show=False, id="unset_value"),
        Binding("enter,space", "pick", "Pick", id="pick"),
    ]
    DEFAULT_CSS = """
    ScaleField { height: auto; padding: 0 1; }
    ScaleField:focus { background: $boost; }
    """

    def __init__(self, field: str, label: str, scale: Scale, value: str | None, **kwargs) -> None:
        super().__init__(**kwargs)
        self.field = field
        self.label = label
        self.scale = scale
        self.value = value

    def set_value(self, value: str | None) -> None:
        self.value = value
        self.refresh(layout=True)

    def on_mount(self) -> None:
        localize(self, form_of(self).look.words)

    def render(self) -> Text:
        look = form_of(self).look
        text = Text(f"{self.label:<22}", style="bold")
        text.append_text(look.value_text(self.scale, self.value))
        keys = " · ".join(f"{i} {value.text(look.lang)}"
                          for i, value in enumerate(self.scale.values[:9], 1))
        hint = look.words("detail.scale_keys", keys=keys, unset=self.scale.label(None, look.lang))
        text.append("\n" + hint, style="dim")
        return text

    def action_set_value(self, index: int) -> None:
        form = form_of(self)
        if index == 0:
            form.request(Change(form.node.path, self.field, None))
        elif index <= len(self.scale.values):
            form.request(Change(form.node.path, self.field, self.scale.values[index - 1].key))
        else:
            form.look_notify("note.no_such_value", field=self.label, n=len(self.scale.values))

    def action_pick(self) -> None:
        form = form_of(self)
        path = form.node.path

        def picked(result: tuple[str | None] | None) -> None:
            if result is not None:
                form.request(Change(path, self.field, result[0]))

        self.app.push_screen(ValuePicker(form.look, self.label, self.scale, self.value), picked)

    def on_click(self) -> None:
        self.focus()


class TypedField(Horizontal):
    """A label, an Input checked as the officer types, and what is wrong with it."""

    DEFAULT_CSS = """
    TypedField { height: auto; padding: 0 1; }
    TypedField > Label { width: 22; padding: 1 0 0 0; text-style: bold; }
    TypedField > Input { width: 24; }
    TypedField > .error { width: 1fr; padding: 1 1 0 1; color: $error; }
    """

    def __init__(self, field: str, label: str, text: str, year: int | None = None,
                 **kwargs) -> None:
        super().__init__(**kwargs)
        self.field = field
        self.label = label
        self.year = year
        self.initial = text

    def compose(self) -> ComposeResult:
        yield Label(Text(safe(self.label)))
        yield Input(self.initial, compact=False, select_on_focus=False)
        yield Static("", classes="error", markup=False)

    def on_mount(self) -> None:
        if not getattr(self.app, "cursor_blink", True):
            self.query_one(Input).cursor_blink = False

    @property
    def input(self) -> Input:
        return self.query_one(Input)

    def parse(self, text: str) -> Any:
        """The value typed, or raise ValueError with a message for the officer."""
        raise NotImplementedError

    def set_text(self, text: str) -> None:
        """Show the model's value (after an undo), unless the officer is typing a new one."""
        if not self.input.has_focus or self.input.value == self.initial:
            self.initial = text
            self.input.value = text
            self._show(None)

    def _show(self, error: str | None) -> None:
        self.error = error
        self.input.set_class(error is not None, "-invalid")
        self.query_one(".error", Static).update(error or "")

    error: str | None = None  # what is wrong with the text shown, None when it is valid

    @property
    def invalid(self) -> bool:
        """Typed text that differs from the model's and does not validate: leaving would lose
        it, so the form asks first (fix or discard)."""
        return self.input.value.strip() != self.initial.strip() and not self.check()[0]

    def discard(self) -> None:
        """Back to the model's value: what was typed is thrown away (the officer chose it)."""
        self.input.value = self.initial
        self._show(None)

    def check(self) -> tuple[bool, Any]:
        try:
            value = self.parse(self.input.value)
        except ValueError as exc:  # a message of the editor's, or an EditError by its code
            self._show(form_of(self).look.words.reason(exc))
            return False, None
        self._show(None)
        return True, value

    def pending(self) -> Change | None:
        """The change typed and not yet committed, if it is valid."""
        if self.input.value.strip() == self.initial.strip():
            return None
        ok, value = self.check()
        if not ok:
            return None
        return Change(form_of(self).node.path, self.field, value, self.year)

    def commit(self) -> None:
        change = self.pending()
        if change is not None:
            self.initial = self.input.value
            form_of(self).request(change)

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        self.check()
        text = self.input.value
        self.post_message(TextTyped(form_of(self).node.path, self.field,
                                    None if text.strip() == self.initial.strip() else text,
                                    self.year))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.commit()

    def on_descendant_blur(self) -> None:
        self.commit()


FIX, DISCARD = "fix", "discard"


class InvalidPrompt(Prompt):
    """A typed value does not validate and the officer is leaving it: fix it, or discard it."""

    def __init__(self, words, field: TypedField) -> None:
        body = [Text(words("invalid.question", field=safe(field.label),
                           text=safe(field.input.value), error=field.error or ""))]
        fix_key, discard_key = ("r", "k") if words.lang == "sv" else ("f", "d")
        super().__init__(words("invalid.title"), body, [
            Answer(FIX, words("invalid.fix"), (fix_key, "f", "r"), "primary"),
            Answer(DISCARD, words("invalid.discard"), (discard_key, "d", "k"), "error"),
        ], escape=FIX)


class ValueField(TypedField):
    """An indicator's target or outcome: a number, "prel: N", "i.u." or "-"."""

    def parse(self, text: str) -> IndicatorValue | None:
        if not text.strip():
            return None
        try:
            return parse_value(text)
        except ValueError_:
            raise ValueError(form_of(self).look.words("value.invalid")) from None


class PercentField(TypedField):
    def parse(self, text: str) -> int | None:
        text = text.strip().rstrip("%").strip()
        if not text:
            return None
        look = form_of(self).look
        w = look.words
        if not text.isdigit():
            raise ValueError(w("completion.invalid"))
        try:
            return check_completion(look.report, int(text))
        except EditError:
            steps = look.scheme.completion_steps
            if steps:
                raise ValueError(w("completion.steps", steps=", ".join(map(str, steps)))) from None
            raise ValueError(w("completion.invalid")) from None


def value_text(value: IndicatorValue | None, lang: str) -> str:
    """An indicator value as the officer would type it back (no thousands separators)."""
    if value is None:
        return ""
    if value.no_data:
        return "i.u."
    if value.dash:
        return "-"
    number = value.number
    shown = repr(number) if isinstance(number, float) else str(number)
    if isinstance(number, float) and number.is_integer():
        shown = str(int(number))
    if lang == "sv":
        shown = shown.replace(".", ",")
    return f"prel: {shown}" if value.preliminary else shown
