"""Preview and export from the editor (Pilot, on a copy of tests/data/editor/small.toml)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from textual.widgets import Input, Markdown

from reportmodel.render import export_markdown
from reportmodel.io.storage import load_report
from tui.app import YearendApp
from tui.output.export import ExportScreen
from tui.output.preview import PreviewScreen

DATA = Path(__file__).parent / "data" / "editor"
SIZE = (120, 36)


@pytest.fixture
def report_file(tmp_path, monkeypatch) -> Path:
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "rapport.toml"
    shutil.copy(DATA / "small.toml", path)
    return path


async def open_preview(app, pilot, *keys):
    await pilot.press(*keys)
    await app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.pause()
    assert isinstance(app.screen, PreviewScreen)
    return app.screen


async def test_preview_shows_the_selected_goal(report_file):
    app = YearendApp(report_file, cursor_blink=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("n", "n")
        goal = app.main.outline.current.item
        screen = await open_preview(app, pilot, "p")
        assert screen.shown is not None and goal.title in screen.shown
        heading = screen.query_one(Markdown).query("MarkdownH1").first()
        assert goal.title in str(heading.content)
        # Tab: the whole focus area the goal is in, with its other goals
        await pilot.press("tab")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert screen.shown.startswith("# Fokusområde – Ordning och reda i ekonomin")
        assert goal.title in screen.shown and "Budget i balans" in screen.shown
        assert "Ett grönare Kalmar" not in screen.shown  # the next focus area is not in it
        await pilot.press("escape")
        assert app.screen is app.main


async def test_export_writes_what_export_markdown_gives(report_file):
    app = YearendApp(report_file, cursor_blink=False)
    async with app.run_test(size=SIZE) as pilot:
        app.action_export()
        await pilot.pause()
        assert isinstance(app.screen, ExportScreen)
        assert app.screen.query_one(Input).value == "rapport.md"
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is app.main
    out = report_file.with_suffix(".md")
    assert out.read_text(encoding="utf-8") == export_markdown(load_report(report_file))
    assert any("rapport.md" in n.message for n in app._notifications)


async def test_export_refuses_a_toml_file_and_stays_open(report_file):
    app = YearendApp(report_file, cursor_blink=False)
    before = report_file.read_bytes()
    async with app.run_test(size=SIZE) as pilot:
        app.action_export()
        await pilot.pause()
        field = app.screen.query_one(Input)
        field.value = "rapport.toml"
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ExportScreen)
        assert any(".toml" in n.message and n.severity == "error" for n in app._notifications)
    assert report_file.read_bytes() == before


async def test_export_and_preview_keep_the_reports_language_when_the_editor_speaks_english(
        report_file):
    from tui.settings.config import Settings, save_settings

    save_settings(Settings(language="en"))
    app = YearendApp(report_file, cursor_blink=False)
    async with app.run_test(size=SIZE) as pilot:
        assert app.words.lang == "en"
        await pilot.press("n", "n")
        screen = await open_preview(app, pilot, "p")
        assert "Nämndsmål" in screen.shown and "Bedömning" in screen.shown
        await pilot.press("escape")
        app.action_export()
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
    out = report_file.with_suffix(".md").read_text(encoding="utf-8")
    assert out == export_markdown(load_report(report_file))
    assert "Sammanfattning" in out  # Swedish, as `yearend export` writes it
