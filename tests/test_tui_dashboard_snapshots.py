"""Screenshots of the report at a glance (issue 17) at 80×24 and 160×48: the overview with the
risk matrix, the legend, the main screen on a small terminal, a part's progress in the detail
pane. Same conventions as tests/test_tui_snapshots.py: a fixed report copied to tmp_path as the
working directory, no blinking cursor, plain `def` tests. Accept deliberate changes with
`pytest tests/test_tui_dashboard_snapshots.py --snapshot-update` after looking at them."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tui.app import YearendApp

ROOT = Path(__file__).parent.parent
SMALL, LARGE = (80, 24), (160, 48)


def _app(tmp_path, monkeypatch, source: Path) -> YearendApp:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("NO_COLOR", raising=False)
    shutil.copy(source, tmp_path / "rapport.toml")
    return YearendApp("rapport.toml", cursor_blink=False)


@pytest.fixture
def kalmar(tmp_path, monkeypatch) -> YearendApp:
    # The real report: 42 risks over the matrix, 28 responsible officers.
    return _app(tmp_path, monkeypatch, ROOT / "sample_data" / "kalmar-2022.toml")


@pytest.fixture
def small(tmp_path, monkeypatch) -> YearendApp:
    return _app(tmp_path, monkeypatch, ROOT / "tests" / "data" / "editor" / "small.toml")


async def _opened(pilot, key: str) -> None:
    await pilot.pause()
    await pilot.press(key)
    for _ in range(400):
        await pilot.pause(0.025)
        if type(pilot.app.screen).__name__ != "MainScreen":
            break
    await pilot.pause()


def test_overview_80x24(kalmar, snap_compare):
    async def run(pilot):
        await _opened(pilot, "o")

    assert snap_compare(kalmar, run_before=run, terminal_size=SMALL)


def test_overview_160x48(kalmar, snap_compare):
    async def run(pilot):
        await _opened(pilot, "o")

    assert snap_compare(kalmar, run_before=run, terminal_size=LARGE)


def test_overview_matrix_cursor_moved(small, snap_compare):
    # The one risk's cell (3 × 3) chosen at start; the cursor moved up and right of it.
    async def run(pilot):
        await _opened(pilot, "o")
        await pilot.press("up", "right")
        await pilot.pause()

    assert snap_compare(small, run_before=run, terminal_size=SMALL)


def test_legend_80x24(kalmar, snap_compare):
    async def run(pilot):
        await _opened(pilot, "L")

    assert snap_compare(kalmar, run_before=run, terminal_size=SMALL)


def test_legend_160x48(kalmar, snap_compare):
    async def run(pilot):
        await _opened(pilot, "L")

    assert snap_compare(kalmar, run_before=run, terminal_size=LARGE)


def test_help_with_legend_80x24(small, snap_compare):
    # The help box's right border is inside the screen at 80 columns.
    async def run(pilot):
        await _opened(pilot, "f1")

    assert snap_compare(small, run_before=run, terminal_size=SMALL)


def test_main_screen_80x24(kalmar, snap_compare):
    # Two header lines, the footer with ^s, f1 and q; the report row shows the overview.
    assert snap_compare(kalmar, terminal_size=SMALL)


def test_goals_part_progress_160x48(kalmar, snap_compare):
    async def run(pilot):
        await pilot.pause()
        main = pilot.app.main
        row = next(n for n in main.outline.order if n.data == "goals")
        main.outline.go_to(row)
        await pilot.pause()

    assert snap_compare(kalmar, run_before=run, terminal_size=LARGE)


def test_main_screen_light_theme_80x24(small, snap_compare):
    # solarized-light: guide lines and marks stay visible.
    async def run(pilot):
        pilot.app.theme = "solarized-light"
        await pilot.pause()
        await pilot.press("n", "n")
        await pilot.pause()

    assert snap_compare(small, run_before=run, terminal_size=SMALL)
