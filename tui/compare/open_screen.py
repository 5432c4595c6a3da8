"""Choose last year's report to compare with: a path box above the other report files beside
this one (those naming last year first). A file that is missing or cannot be read is said so
in the box's place; the screen stays open to try another."""

from __future__ import annotations

import re
from pathlib import Path

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, OptionList
from textual.widgets.option_list import Option

from tui.common.keys import localize
from tui.common.look import safe

MAX_FILES = 200  # a directory of thousands of files is not a list to scroll


def candidates(report_path: Path, year: int | None) -> list[Path]:
    """The .toml files beside the report, except itself: files naming last year first."""
    folder = report_path.resolve().parent
    try:
        files = [p for p in folder.iterdir() if p.suffix == ".toml" and p.is_file()
                 and p.resolve() != report_path.resolve()]
    except OSError:
        return []
    last = str(year - 1) if year else None

    def key(p: Path) -> tuple[bool, str]:
        named = bool(last and re.search(rf"(?<!\d){last}(?!\d)", p.name))
        return (not named, p.name.casefold())

    return sorted(files, key=key)[:MAX_FILES]


class CompareOpenScreen(ModalScreen[Path | None]):
    """Dismisses with the path of a report that loads (checked by `check`), or None."""

    BINDINGS = [
        Binding("escape", "cancel", "Close", id="close"),
        Binding("down", "down", show=False, id="down"),
        Binding("up", "up", show=False, id="up"),
    ]
    DEFAULT_CSS = """
    CompareOpenScreen { align: center middle; }
    CompareOpenScreen > Vertical { width: 80; height: auto; max-height: 80%;
                                   border: round $accent; background: $surface; padding: 0 1; }
    CompareOpenScreen OptionList { height: auto; max-height: 20; border: none; }
    CompareOpenScreen #compare-title { text-style: bold; }
    CompareOpenScreen #compare-hint { color: $text-muted; padding: 0 0 1 0; }
    CompareOpenScreen #compare-error { color: $error; }
    CompareOpenScreen Input { border: none; height: 1; padding: 0 1; margin: 0 0 1 0; }
    """

    def __init__(self, report_path: Path, year: int | None, check) -> None:
        super().__init__()
        self.report_path = report_path
        self.year = year
        self.check = check  # Path -> message why it cannot be used, or None

    def compose(self) -> ComposeResult:
        w = self.app.words
        files = candidates(self.report_path, self.year)
        with Vertical():
            yield Label(Text(w("compare.pick_title")), id="compare-title")
            yield Label(Text(w("compare.pick_hint")), id="compare-hint")
            first = str(files[0]) if files else ""
            yield Input(value=first, id="compare-path")
            yield Label("", id="compare-error")
            yield OptionList(*(Option(Text(safe(p.name)), id=str(p)) for p in files))

    def on_mount(self) -> None:
        localize(self, self.app.words)
        field = self.query_one(Input)
        if not getattr(self.app, "cursor_blink", True):
            field.cursor_blink = False
        field.focus()

    def _try(self, text: str) -> None:
        text = text.strip()
        if not text:
            return
        path = Path(text).expanduser()
        if not path.is_absolute():
            path = self.report_path.resolve().parent / path
        problem = self.check(path)
        if problem is None:
            self.dismiss(path)
        else:
            self.query_one("#compare-error", Label).update(Text(safe(problem)))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self._try(event.value)

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        if event.option_id:
            self.query_one(Input).value = event.option_id

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option_id:
            self._try(event.option_id)

    def action_cancel(self) -> None:
        self.dismiss(None)

    def action_down(self) -> None:
        self.query_one(OptionList).action_cursor_down()

    def action_up(self) -> None:
        self.query_one(OptionList).action_cursor_up()
