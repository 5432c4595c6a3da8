"""Modal lists: pick a scale value, a filter, a responsible person."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, OptionList
from textual.widgets.option_list import Option

from reportmodel.core.scheme import Scale

from tui.common.keys import localize
from tui.common.look import Look


class ChoiceScreen(ModalScreen[str | None]):
    """A titled list; dismisses with the chosen option's id, or None on Escape.

    With `searchable`, a box above the list narrows it as the officer types (a list of forty
    names is quicker typed than scrolled); up and down still move in the list.
    """

    BINDINGS = [
        Binding("escape", "cancel", "Close", id="close"),
        Binding("down,j", "down", show=False, id="down"),
        Binding("up,k", "up", show=False, id="up"),
    ]
    DEFAULT_CSS = """
    ChoiceScreen { align: center middle; }
    ChoiceScreen > Vertical { width: 70; height: auto; max-height: 80%;
                              border: round $accent; background: $surface; padding: 0 1; }
    ChoiceScreen OptionList { height: auto; max-height: 30; border: none; }
    ChoiceScreen Label { text-style: bold; padding: 0 0 1 0; }
    ChoiceScreen Input { border: none; height: 1; padding: 0 1; margin: 0 0 1 0; }
    """

    def __init__(self, title: str, options: list[tuple[str, Text]], selected: str | None = None,
                 *, searchable: bool = False, placeholder: str = ""):
        super().__init__()
        self.title_text = title
        self.options = options
        self.selected = selected
        self.searchable = searchable
        self.placeholder = placeholder

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(Text(self.title_text))
            if self.searchable:
                yield Input(placeholder=self.placeholder)
            yield OptionList(*(Option(prompt, id=key) for key, prompt in self.options))

    def on_mount(self) -> None:
        localize(self, self.app.words)
        options = self.query_one(OptionList)
        ids = [key for key, _ in self.options]
        if self.selected in ids:
            options.highlighted = ids.index(self.selected)
        if self.searchable:
            field = self.query_one(Input)
            if not getattr(self.app, "cursor_blink", True):
                field.cursor_blink = False
            field.focus()
        else:
            options.focus()

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        wanted = event.value.casefold().split()
        options = self.query_one(OptionList)
        options.clear_options()
        options.add_options(Option(prompt, id=key) for key, prompt in self.options
                            if all(w in prompt.plain.casefold() for w in wanted))
        if options.option_count:
            options.highlighted = 0

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        options = self.query_one(OptionList)
        if options.highlighted is not None:
            self.dismiss(self.result_for(options.get_option_at_index(options.highlighted).id))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(self.result_for(event.option_id))

    def result_for(self, option_id: str | None):
        return option_id

    def action_cancel(self) -> None:
        self.dismiss(None)

    def action_down(self) -> None:
        self.query_one(OptionList).action_cursor_down()

    def action_up(self) -> None:
        self.query_one(OptionList).action_cursor_up()


UNSET = "\x00unset"  # an option id no scale key can be (keys are a-z, 0-9 and dashes)


class ValuePicker(ChoiceScreen):
    """The values of a scale in order, then unset; dismisses with (key,) or None."""

    BINDINGS = [Binding(str(n), f"choose({n})", show=False, id=f"choose_{n}") for n in range(10)]

    def __init__(self, look: Look, label: str, scale: Scale, current: str | None):
        options: list[tuple[str, Text]] = []
        for i, value in enumerate(scale.values, 1):
            prompt = Text(f"{i} " if i < 10 else "  ")
            prompt.append_text(look.value_text(scale, value.key))
            options.append((value.key, prompt))
        unset = Text("0 ")
        unset.append_text(look.value_text(scale, None))
        options.append((UNSET, unset))
        super().__init__(label, options, current if current is not None else UNSET)
        self.scale = scale

    def action_choose(self, n: int) -> None:
        if n == 0:
            self.dismiss((None,))
        elif n <= len(self.scale.values):
            self.dismiss((self.scale.values[n - 1].key,))

    def result_for(self, option_id: str | None):
        # Textual calls a message handler of every class in the MRO, so the subclass changes
        # the result, not the handler (two handlers would dismiss two screens).
        return (None,) if option_id == UNSET else (option_id,)
