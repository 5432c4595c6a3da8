"""Text boxes as office habits want them (issue 15, point 5): the search box shows what is typed,
at every terminal size; entering an existing text puts the cursor at its end; ctrl+Home and
ctrl+End go to the ends; select-all is listed in F1."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.structure_pilot import go_to, make_app, pane_text, settle
from tui.common.help import HelpScreen
from tui.common.keybar import KeyBar
from tui.editor.structure.sheet import ItemSheet

DATA = Path(__file__).parent / "data" / "editor"


@pytest.fixture
def report_file(tmp_path) -> Path:
    path = tmp_path / "rapport.toml"
    shutil.copy(DATA / "small.toml", path)
    return path


@pytest.mark.parametrize("size", [(80, 24), (120, 36), (200, 50)])
async def test_the_search_box_shows_what_is_typed(report_file, size):
    app = make_app(report_file)
    async with app.run_test(size=size) as pilot:
        await pilot.press("slash", *"budget")
        await settle(pilot)
        bar = app.main.search_bar
        assert bar.content_region.height == 1  # a line of text, not a border
        assert not bar.region.overlaps(app.main.query_one(KeyBar).region)
        strips = app.screen._compositor.render_strips()  # what the terminal gets
        row = "".join(segment.text for segment in strips[bar.region.y])
        assert "budget" in row


async def test_entering_a_comment_by_tab_puts_the_cursor_at_its_end(report_file):
    app = make_app(report_file)
    async with app.run_test(size=(120, 36)) as pilot:
        await go_to(pilot, app, "Budget i balans")
        await pilot.press("e")
        await settle(pilot)
        assert isinstance(app.screen, ItemSheet)
        for _ in range(40):
            focused = app.screen.focused
            if focused is not None and focused.id == "sheet-comment":
                break
            await pilot.press("tab")
        area = app.screen.focused
        assert area.id == "sheet-comment" and area.text
        assert area.cursor_location == area.document.end
        await pilot.press("ctrl+home")
        assert area.cursor_location == (0, 0)
        await pilot.press("ctrl+end")
        assert area.cursor_location == area.document.end
        await pilot.press("f7")  # select all
        assert area.selected_text == area.text


async def test_f1_lists_select_all_and_the_building_keys(report_file):
    app = make_app(report_file)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.press("f1")
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen)
        shown = pane_text(app, app.screen.query_one("Static").content)
        for words in ("Markera allt", "Till textens slut", "Lägg till", "Ta bort",
                      "Flytta upp", "Klipp ut", "Klistra in", "Flytta till"):
            assert words in shown, words
        for key in ("^x", "^v", "f7", "f2"):
            assert key in shown.lower(), key
