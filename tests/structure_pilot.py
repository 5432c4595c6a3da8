"""Helpers for the Pilot tests of building the report (tests/test_tui_structure*.py): they drive
the editor with keys only, as an officer would, and read what the screens offer to know how many
times to press a key (never to act on the report themselves)."""

from __future__ import annotations

import io
from pathlib import Path

from rich.console import Console
from textual.widgets import Checkbox, Input, Select, TextArea

from tui.app import YearendApp
from yearend import main as yearend_main
from tui.common.picker import ChoiceScreen
from tui.editor.structure.sheet import ItemSheet

SIZE = (120, 36)


def new_plan(tmp_path: Path, preset: str = "kalmar") -> Path:
    path = tmp_path / "plan.toml"
    assert yearend_main.main(["new", "--preset", preset, "-o", str(path)]) == 0
    return path


def make_app(path: Path) -> YearendApp:
    return YearendApp(path, cursor_blink=False)


async def settle(pilot, times: int = 2) -> None:
    for _ in range(times):
        await pilot.pause()


async def choose(pilot, app: YearendApp, containing: str) -> None:
    """In an open list (ChoiceScreen): down to the first option whose text holds `containing`,
    then Enter."""
    screen = app.screen
    assert isinstance(screen, ChoiceScreen), screen
    labels = [text.plain for _key, text in screen.options]
    index = next(i for i, label in enumerate(labels) if containing in label)
    for _ in range(index):
        await pilot.press("down")
    await pilot.press("enter")
    await settle(pilot)


async def to_field(pilot, app: YearendApp, name: str) -> None:
    """Tab to a field of the open sheet (its id is sheet-<name>)."""
    wanted = "sheet-" + name.replace(".", "-").replace("_", "-")
    for _ in range(60):
        if app.screen.focused is not None and app.screen.focused.id == wanted:
            return
        await pilot.press("tab")
    raise AssertionError(f"no field {wanted}")


async def fill(pilot, app: YearendApp, values: dict[str, object]) -> None:
    """Type into the sheet's fields, in the sheet's order: text, a choice (its n-th option by
    pressing down), a tick (space)."""
    assert isinstance(app.screen, ItemSheet), app.screen
    for name, value in values.items():
        await to_field(pilot, app, name)
        widget = app.screen.focused
        if isinstance(widget, Input):
            await pilot.press("home", "ctrl+k", *str(value))
        elif isinstance(widget, TextArea):
            await pilot.press("f7", "delete")
            for line_no, line in enumerate(str(value).split("\n")):
                if line_no:
                    await pilot.press("enter")
                await pilot.press(*line)
        elif isinstance(widget, Select):
            options = [v for _label, v in widget._options]  # (prompt, value); blank first
            await pilot.press("enter")
            await settle(pilot)
            # The list opens at the value the field has (at the blank when none).
            here = options.index(widget.value) if widget.value in options else 0
            step = options.index(value) - here
            for _ in range(abs(step)):
                await pilot.press("down" if step > 0 else "up")
            await pilot.press("enter")
        elif isinstance(widget, Checkbox):
            if widget.value != bool(value):
                await pilot.press("space")
        await settle(pilot, 1)


async def add(pilot, app: YearendApp, what: str | None, title: str,
              values: dict[str, object] | None = None) -> None:
    """`a`, pick `what` from the list (when one is shown), the title, other fields, Enter."""
    await pilot.press("a")
    await settle(pilot)
    if isinstance(app.screen, ChoiceScreen):
        assert what is not None
        await choose(pilot, app, what)
    assert isinstance(app.screen, ItemSheet), app.screen
    await pilot.press(*title)
    if values:
        await fill(pilot, app, values)
    await pilot.press("escape")  # done: keeps what was typed
    await settle(pilot, 3)
    assert not isinstance(app.screen, ItemSheet), app.screen.query_one(".error").content


async def go_to(pilot, app: YearendApp, title: str) -> None:
    """Walk the outline down from the top to the row holding `title`."""
    await pilot.press("home")
    await settle(pilot, 1)
    for _ in range(200):
        node = app.main.outline.cursor_node
        if node is not None and title in str(node.label):
            return
        await pilot.press("down")
    raise AssertionError(f"no row {title}")


def pane_text(app, renderable=None) -> str:
    console = Console(width=120, record=True, color_system=None, file=io.StringIO())
    console.print(renderable if renderable is not None
                  else app.main.detail.query_one("#detail-view")._renderable)
    return console.export_text()
