"""The editor's preview (Pilot, on a copy of tests/data/editor/small.toml): the document model
drawn by rich_view, so it holds what the export holds. The export dialog: test_tui_export.py."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from reportmodel.core.tree import lookup
from reportmodel.render import export_markdown, item_document, outline
from tui.app import YearendApp
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


def headings(document) -> list[str]:
    return [text for _level, text in outline(document)]


def in_order(text: str, parts: list[str]) -> bool:
    at = [text.find(p) for p in parts]
    return -1 not in at and at == sorted(at)


# -- preview ------------------------------------------------------------------------------------

async def test_preview_shows_the_selected_goal_then_its_part(report_file):
    app = YearendApp(report_file, cursor_blink=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("n", "n")  # the first stop is an indicator without its outcome
        node = app.main.outline.current
        screen = await open_preview(app, pilot, "p")
        assert screen.shown is not None
        # every heading of the goal as the export prints it, in order, its own first
        document = item_document(app.report, node, level=1)
        assert screen.shown.lstrip().startswith(headings(document)[0])
        assert node.item.title in headings(document)[0]
        assert in_order(screen.shown, headings(document))
        # Tab: the whole focus area the goal is in, with its other goals
        await pilot.press("tab")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert screen.shown.lstrip().startswith("Fokusområde – Ordning och reda i ekonomin")
        assert node.item.title in screen.shown and "Budget i balans" in screen.shown
        assert "Ett grönare Kalmar" not in screen.shown  # the next focus area is not in it
        await pilot.press("escape")
        assert app.screen is app.main


async def test_preview_of_a_process_has_its_risks_and_control_points(report_file):
    app = YearendApp(report_file, cursor_blink=False)
    async with app.run_test(size=SIZE) as pilot:
        assert app.main.go_to_path(("processes", "ekonomi"))
        await pilot.pause()
        screen = await open_preview(app, pilot, "p")
        report = app.report
        risk = report.risks["attest"]
        assert risk.title in screen.shown
        for control in risk.controls.values():
            assert control.title in screen.shown
        export = export_markdown(report)
        process = lookup(report, "processes/ekonomi")
        for heading in headings(item_document(report, process, level=3)):
            assert heading in export  # the same words the export prints
            assert heading in screen.shown
