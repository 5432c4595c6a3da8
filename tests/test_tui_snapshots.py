"""Screenshots of the editor on a small fixed report (tests/data/editor/small.toml), compared
with the accepted SVGs in tests/__snapshots__/. After a deliberate change to the look, review
the new screenshots and accept them with `pytest tests/test_tui_snapshots.py --snapshot-update`.

Plain `def` tests: snap_compare runs its own event loop. The cursor does not blink
(cursor_blink=False) and the file is opened from tmp_path as the working directory, so the header
shows the same short file name on every machine.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tui.app import YearendApp

DATA = Path(__file__).parent / "data" / "editor"
SIZE = (120, 36)


@pytest.fixture
def app(tmp_path, monkeypatch) -> YearendApp:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("NO_COLOR", raising=False)
    shutil.copy(DATA / "small.toml", tmp_path / "rapport.toml")
    return YearendApp("rapport.toml", cursor_blink=False)


def test_main_screen(app, snap_compare):
    # The first nämndsmål that needs attention (after the indicator without an outcome), with
    # its read view on the right.
    assert snap_compare(app, press=["n", "n"], terminal_size=SIZE)


async def until(pilot, condition) -> None:
    """Wait for a condition, not a fixed time: keys pressed before a screen or editor has
    mounted would land elsewhere on a loaded machine (seen on CI-like runs)."""
    for _ in range(400):
        await pilot.pause(0.025)
        if condition(pilot.app):
            return
    raise AssertionError("the editor did not get there in 10 s")


def test_comment_editor_with_last_years_comment(app, snap_compare):
    from tui.editor.comment_editor import TextEditor

    async def write(pilot):
        await pilot.press("n", "n", "2", "c")
        await until(pilot, lambda a: isinstance(a.focused, TextEditor))
        await pilot.press(*"Två av tre delmål nåddes.")

    assert snap_compare(app, run_before=write, terminal_size=SIZE)


def test_needs_attention_filter(app, snap_compare):
    from tui.common.picker import ChoiceScreen

    async def choose(pilot):
        await pilot.press("f")
        await until(pilot, lambda a: isinstance(a.screen, ChoiceScreen))
        await pilot.press("down", "enter")
        await until(pilot, lambda a: not isinstance(a.screen, ChoiceScreen))

    assert snap_compare(app, run_before=choose, terminal_size=SIZE)


def test_help_screen(app, snap_compare):
    assert snap_compare(app, press=["f1"], terminal_size=SIZE)


def test_quit_dialog(app, snap_compare):
    assert snap_compare(app, press=["n", "n", "1", "q"], terminal_size=SIZE)


def test_goal_selected(app, snap_compare):
    # An assessed nämndsmål (Budget i balans, Helt uppfyllt) with its read view.
    async def select(pilot):
        await pilot.pause()  # the report's screen is composed
        pilot.app.main.outline.go_to_path(("goals", "budget-i-balans"))
        await pilot.pause()

    assert snap_compare(app, run_before=select, terminal_size=SIZE)


def test_risk_with_control_points(app, snap_compare):
    async def select(pilot):
        await pilot.pause()  # the report's screen is composed
        pilot.app.main.outline.go_to_path(("risks", "attest"))
        await pilot.pause()

    assert snap_compare(app, run_before=select, terminal_size=SIZE)


def test_command_palette_open(app, snap_compare):
    # On a nämndsmål: the palette offers its assessment values first.
    assert snap_compare(app, press=["n", "n", "ctrl+p"], terminal_size=SIZE)


@pytest.fixture
def app_fixed_config(monkeypatch, request) -> YearendApp:
    # The settings screen names the config file: the same path on every run (not a tmp one).
    # Nothing is there, so the defaults are shown.
    monkeypatch.setenv("XDG_CONFIG_HOME", "/yearend-test/config")
    return request.getfixturevalue("app")


def test_settings_screen(app_fixed_config, snap_compare):
    app = app_fixed_config

    async def open_settings(pilot):
        pilot.app.action_settings()
        await pilot.pause()

    assert snap_compare(app, run_before=open_settings, terminal_size=SIZE)


def test_preview_of_a_goal(app, snap_compare):
    async def preview(pilot):
        await pilot.pause()
        pilot.app.main.outline.go_to_path(("goals", "budget-i-balans"))
        await pilot.press("p")
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.pause()

    assert snap_compare(app, run_before=preview, terminal_size=SIZE)
