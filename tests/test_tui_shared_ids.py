"""The editor on a report whose goal area and internal-control area share the id "ekonomi"
(tests/data/shared-ids.toml): each row is its own item when assessed, commented, restored from
the recovery copy and marked by compare mode."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from reportmodel.io import recovery
from reportmodel.io.mergefile import merge_texts
from reportmodel.io.recovery import Typed
from reportmodel.io.storage import load_report, render, save_report
from tui.app import YearendApp
from tui.common.picker import ChoiceScreen
from tui.compare import mode as compare_mode
from tui.editor.comment_editor import TextEditor
from tui.safety.prompts import RecoveryPrompt
from tui.sharing.history import HistoryScreen

from .gitrepos import commit_as, git, isolate, needs_git

from .structure_pilot import choose, settle

SHARED = Path(__file__).parent / "data" / "shared-ids.toml"
SIZE = (120, 36)


@pytest.fixture(autouse=True)
def private_state(tmp_path, monkeypatch):
    for name in ("XDG_STATE_HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME"):
        monkeypatch.setenv(name, str(tmp_path / name.lower()))


@pytest.fixture
def report_file(tmp_path) -> Path:
    path = tmp_path / "vb.toml"
    shutil.copy(SHARED, path)
    return path


async def until(pilot, condition, tries: int = 400) -> bool:
    for _ in range(tries):
        if condition():
            return True
        await pilot.pause(0.025)
    return condition()


async def test_the_goal_area_and_the_process_are_edited_apart(report_file):
    app = YearendApp(report_file, cursor_blink=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        outline = app.main.outline
        rows = [p for p in outline.by_path if p[-1] == "ekonomi"]
        assert rows == [("sections", "ekonomi"), ("goals", "ekonomi"), ("processes", "ekonomi"),
                        ("risks", "ekonomi"), ("contractors", "ekonomi")]
        assert app.main.go_to_path(("goals", "ekonomi"))
        await pilot.pause()
        await pilot.press("2")  # the second value of the area scale: delvis
        assert app.report.goals["ekonomi"].assessment == "delvis"
        await pilot.press("c")
        assert await until(pilot, lambda: isinstance(app.focused, TextEditor))
        await pilot.press(*"Underskott")
        await pilot.press("escape")
        assert app.main.go_to_path(("processes", "ekonomi"))
        await pilot.pause()
        assert outline.current.path == ("processes", "ekonomi")
        await pilot.press("c")
        assert await until(pilot, lambda: isinstance(app.focused, TextEditor))
        assert app.main.detail.editing.path == ("processes", "ekonomi")
        await pilot.press(*"Ny rutin")
        await pilot.press("escape")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert not app.history.dirty
        assert outline.current.path == ("processes", "ekonomi")  # the cursor stayed on it
    saved = load_report(report_file)
    assert saved.goals["ekonomi"].assessment == "delvis"
    assert saved.goals["ekonomi"].comment == "Underskott"
    assert saved.processes["ekonomi"].comment == "Ny rutin"
    original = load_report(SHARED)
    for name in ("sections", "risks", "contractors"):
        assert getattr(saved, name) == getattr(original, name), name


async def test_text_typed_in_the_process_is_restored_into_the_process(report_file):
    recovery.write_recovery(load_report(report_file), report_file,
                            typed=Typed(("processes", "ekonomi"), "comment", "Halvvägs"))
    app = YearendApp(report_file, cursor_blink=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, RecoveryPrompt)
        await pilot.press("r")
        assert await until(pilot, lambda: isinstance(app.focused, TextEditor))
        assert app.focused.text == "Halvvägs"
        assert app.main.detail.editing.path == ("processes", "ekonomi")
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("ctrl+s")
        await pilot.pause()
    saved = load_report(report_file)
    assert saved.processes["ekonomi"].comment == "Halvvägs"
    assert saved.goals["ekonomi"].comment is None and saved.risks["ekonomi"].comment is None


async def test_compare_mode_marks_the_changed_process_not_its_namesakes(report_file, tmp_path):
    old = tmp_path / "old.toml"
    shutil.copy(SHARED, old)
    report = load_report(report_file)
    report.processes["ekonomi"].description = "Attest och utbetalningar."  # the plan changed
    report_file.write_bytes(render(report))
    app = YearendApp(report_file, cursor_blink=False)
    compare_mode.of(app).pending = (old, load_report(old))
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.compare.state is not None
        marks = app.compare.state.marks
        assert ("processes", "ekonomi") in marks
        assert not {("goals", "ekonomi"), ("sections", "ekonomi"), ("risks", "ekonomi"),
                    ("contractors", "ekonomi")} & set(marks)
        rows = app.main.outline.by_path
        assert rows[("processes", "ekonomi")].label.plain.startswith("~ ")
        assert not rows[("goals", "ekonomi")].label.plain.startswith("~")
        assert app.main.go_to_path(("processes", "ekonomi"))
        await pilot.pause()
        [record] = app.compare.records(app.main.outline.current)
        assert record.old.kind == "process" and record.change("description") is not None


async def test_move_to_offers_processes_by_path_and_moves_the_risk_to_the_one_chosen(report_file):
    app = YearendApp(report_file, cursor_blink=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert app.main.go_to_path(("risks", "ekonomi"))
        await pilot.pause()
        await pilot.press("M")
        await settle(pilot)
        assert isinstance(app.screen, ChoiceScreen)
        keys = [key for key, _text in app.screen.options]
        assert "processes/demokrati" in keys
        assert not [k for k in keys if k.startswith(("goals/", "sections/", "contractors/"))]
        await choose(pilot, app, "Demokrati")
        assert app.report.risks["ekonomi"].process == "demokrati"
        # Deleting the process "ekonomi" (nothing under it now) leaves its namesakes alone.
        assert app.main.go_to_path(("processes", "ekonomi"))
        await pilot.pause()
        await pilot.press("delete")  # nothing depends on it: deleted at once (undoable)
        await settle(pilot)
        assert "ekonomi" not in app.report.processes
        assert {"sections", "goals", "risks", "contractors"} == {
            name for name in ("sections", "goals", "processes", "risks", "contractors")
            if "ekonomi" in getattr(app.report, name)}
        await pilot.press("ctrl+s")
        await settle(pilot)
    saved = load_report(report_file)
    assert "ekonomi" not in saved.processes and saved.risks["ekonomi"].process == "demokrati"
    assert saved.goals["ekonomi"] == load_report(SHARED).goals["ekonomi"]


@needs_git
async def test_the_history_view_of_the_process_shows_the_process_only(tmp_path, monkeypatch):
    isolate(tmp_path, monkeypatch)
    repo = tmp_path / "rapporter"
    repo.mkdir()
    git(repo, "init", "-q")
    path = repo / "vb.toml"
    shutil.copy(SHARED, path)
    commit_as(repo, "Eva Lind", "Påbörjad")
    for who, where, text in (("Per Ek", "goals", "Målets kommentar."),
                             ("Karin Holm", "processes", "Processens kommentar.")):
        work = load_report(path)
        getattr(work, where)["ekonomi"].comment = text
        save_report(work, path, backup=False)
        commit_as(repo, who, "kommentar")
    app = YearendApp(path, cursor_blink=False)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.main.go_to_path(("processes", "ekonomi"))
        await pilot.pause()
        await pilot.press("H")
        assert await until(pilot, lambda: isinstance(app.screen, HistoryScreen)
                           and "Karin Holm" in app.screen.shown)
        shown = app.screen.shown
        assert "Processens kommentar." in shown
        assert "Per Ek" not in shown and "Målets kommentar." not in shown


async def test_a_merge_conflict_on_the_process_flags_the_process_row_only(report_file):
    base = load_report(report_file)
    ours, theirs = load_report(report_file), load_report(report_file)
    ours.processes["ekonomi"].comment = "Vår text."
    theirs.processes["ekonomi"].comment = "Deras text."
    theirs.goals["ekonomi"].comment = "Målet."
    result = merge_texts(render(base).decode(), render(ours).decode(), render(theirs).decode())
    assert [c.path for c in result.conflicts] == [("processes", "ekonomi")]
    report_file.write_text(result.text, encoding="utf-8")
    app = YearendApp(report_file, cursor_blink=False)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert list(app.main.outline.flags) == [("processes", "ekonomi")]
        assert app.report.goals["ekonomi"].comment == "Målet."
