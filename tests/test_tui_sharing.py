"""Two officers' work merged by git with yearend's driver, then resolved in the editor with Pilot:
take theirs, write one from both, keep or delete an item deleted on one side; undo and redo;
saved, the file passes `yearend check` and round-trips. The editor's git status and item history
on real repositories in temporary folders (tests/gitrepos.py: git config isolated)."""

from __future__ import annotations

import shutil
import socket
from pathlib import Path

import pytest
from textual.widgets import TextArea

from reportmodel.core.tree import Node
from reportmodel.io import lock
from reportmodel.io.storage import load_report, render, save_report
from tests.gitrepos import SMALL, commit_as, git, isolate, needs_git, two_clones, yearend
from tui.app import YearendApp
from tui.editor.screen import MainScreen
from tui.palette import EditorCommands
from tui.sharing.history import HistoryScreen
from tui.sharing.resolve import ConflictScreen, ItemConflictScreen, MergeTextScreen

pytestmark = needs_git
SIZE = (120, 36)
ACTIVITY = ("goals", "fossilfri", "activities", "laddplatser")
GOAL = ("goals", "trygghet")
ASSIGNMENT = ("goals", "fossilfri", "assignments", "klimatplan")
GOAL_BEFORE = load_report(SMALL).goals["trygghet"].comment


def change(repo: Path, who: str, edit, push: bool) -> None:
    path = repo / "report.toml"
    report = load_report(path)
    edit(report)
    save_report(report, path, backup=False)
    commit_as(repo, who, f"{who} fyllde i")
    if push:
        git(repo, "push", "-q", "origin", "main")


def bertils(r) -> None:
    r.goals["fossilfri"].activities["laddplatser"].comment = "Klart i oktober."
    r.goals["trygghet"].comment = "Tryggheten ökade i centrum."
    r.goals["trygghet"].assessment = "helt"
    r.goals["fossilfri"].assignments.pop("klimatplan")


def annas(r) -> None:
    r.goals["fossilfri"].activities["laddplatser"].comment = "Försenat, se bilaga."
    r.goals["trygghet"].comment = "Otryggheten minskade inte."
    r.goals["trygghet"].assessment = "ej"
    r.goals["fossilfri"].assignments["klimatplan"].status = "fardig"


@pytest.fixture
def conflicted(tmp_path, monkeypatch) -> Path:
    """Anna's clone after pulling Bertil's work: three conflicts kept in the report."""
    isolate(tmp_path, monkeypatch)
    a, b = two_clones(tmp_path)
    change(b, "Bertil Ek", bertils, push=True)
    change(a, "Anna Emrin", annas, push=False)
    git(a, "fetch", "-q", "origin")
    merged = git(a, "merge", "--no-edit", "origin/main", check=False)
    assert "CONFLICT" in merged, merged
    path = a / "report.toml"
    assert len(load_report(path).conflicts) == 4
    return path


def header(app: YearendApp) -> str:
    return app.main.header.render().plain


async def settle(app: YearendApp, pilot) -> None:
    await pilot.pause()
    await app.workers.wait_for_complete()
    await pilot.pause()


async def resolve_here(app: YearendApp, pilot, path: tuple[str, ...]):
    assert app.main.go_to_path(path)
    await pilot.pause()
    await pilot.press("r")
    await pilot.pause()
    return app.screen


async def test_conflicts_are_resolved_in_the_editor_and_saved(conflicted):
    app = YearendApp(conflicted, cursor_blink=False)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert "4 konflikter" in header(app)
        assert any("4 konflikter från en sammanfogning: x går till nästa, r löser den"
                   in n.message for n in app._notifications)
        outline = app.main.outline
        assert "konflikt" in outline.by_path[ACTIVITY].label.plain
        assert "konflikt" not in outline.by_path[("goals", "fossilfri")].label.plain

        # x goes from conflict to conflict, in the outline's order
        outline.move_cursor_to_line(0)
        seen = []
        for _ in range(3):
            await pilot.press("x")
            await pilot.pause()
            seen.append(app.main.current.path)
        assert set(seen) == {ACTIVITY, GOAL, ASSIGNMENT}

        # 1. the activity's comment: both sides shown, theirs taken
        screen = await resolve_here(app, pilot, ACTIVITY)
        assert isinstance(screen, ConflictScreen)
        assert "Försenat, se bilaga." in str(screen.query_one("#ours-value").content)
        assert "Klart i oktober." in str(screen.query_one("#theirs-value").content)
        assert "(tomt)" in str(screen.query_one("#base-value").content)
        await pilot.press("t")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)
        report = app.report
        assert report.goals["fossilfri"].activities["laddplatser"].comment == "Klart i oktober."
        assert "3 konflikter" in header(app)
        assert "konflikt" not in outline.by_path[ACTIVITY].label.plain

        # 2. the goal's assessment: a scale's values by their labels, taken, not written
        screen = await resolve_here(app, pilot, GOAL)
        assert isinstance(screen, ConflictScreen) and screen.conflict.field == "assessment"
        assert "Ej uppfyllt" in str(screen.query_one("#ours-value").content)
        assert "Helt uppfyllt" in str(screen.query_one("#theirs-value").content)
        assert not screen.query("#b-edit")
        await pilot.press("e", "o")
        await pilot.pause()
        assert report.goals["trygghet"].assessment == "ej"
        # the goal's other conflict follows at once: its comment, written from both
        screen = app.screen
        assert isinstance(screen, ConflictScreen) and screen.conflict.field == "comment"
        assert "Tryggheten ökade i centrum." in str(screen.query_one("#theirs-value").content)
        await pilot.press("e")
        await pilot.pause()
        assert isinstance(app.screen, MergeTextScreen)
        box = app.screen.query_one(TextArea)
        assert box.text == "Otryggheten minskade inte."
        await pilot.press(*"Båda: ")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)
        assert report.goals["trygghet"].comment == "Båda: Otryggheten minskade inte."
        assert "1 konflikt" in header(app)

        # 3. deleted by Bertil, edited by Anna: deleted here; undo brings it back, redo not
        screen = await resolve_here(app, pilot, ASSIGNMENT)
        assert isinstance(screen, ItemConflictScreen)
        await pilot.press("d")
        await pilot.pause()
        assert "klimatplan" not in report.goals["fossilfri"].assignments
        assert ASSIGNMENT not in outline.by_path
        assert not report.conflicts and "konflikt" not in header(app)
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert report.goals["fossilfri"].assignments["klimatplan"].status == "fardig"
        assert ASSIGNMENT in outline.by_path and len(report.conflicts) == 1
        assert "1 konflikt" in header(app)
        await pilot.press("ctrl+y")
        await pilot.pause()
        assert "klimatplan" not in report.goals["fossilfri"].assignments
        assert not report.conflicts

        await pilot.press("ctrl+s")
        await settle(app, pilot)
        assert not app.history.dirty
        assert "ej incheckat" in header(app)  # the merge is not committed yet
    done = yearend("check", str(conflicted))
    assert done.returncode == 0, done.stdout + done.stderr
    assert "[conflicts" not in conflicted.read_text(encoding="utf-8")
    assert render(load_report(conflicted)) == conflicted.read_bytes()
    saved = load_report(conflicted)
    assert saved.goals["trygghet"].comment == "Båda: Otryggheten minskade inte."
    assert saved.goals["fossilfri"].activities["laddplatser"].comment == "Klart i oktober."
    # the merge is finished with plain git
    git(conflicted.parent, "add", "report.toml")
    git(conflicted.parent, "commit", "-q", "--no-edit")
    assert git(conflicted.parent, "status", "--porcelain").strip() == ""


async def test_keep_an_item_deleted_on_the_other_side_and_undo_a_taken_side(conflicted):
    app = YearendApp(conflicted, cursor_blink=False)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        report = app.report
        await resolve_here(app, pilot, ASSIGNMENT)
        await pilot.press("k")  # keep: Anna's edit stays
        await pilot.pause()
        assert report.goals["fossilfri"].assignments["klimatplan"].status == "fardig"
        assert all(c.path != ASSIGNMENT for c in report.conflicts)
        await resolve_here(app, pilot, ACTIVITY)
        await pilot.press("o")  # keep yours
        await pilot.pause()
        assert report.goals["fossilfri"].activities["laddplatser"].comment == \
            "Försenat, se bilaga."
        assert len(report.conflicts) == 2
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert len(report.conflicts) == 3
        # Esc leaves the conflict as it is
        await resolve_here(app, pilot, ACTIVITY)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen) and len(report.conflicts) == 3
        # r where there is no conflict: the list of all of them
        assert app.main.go_to_path(("goals", "budget-i-balans"))
        await pilot.pause()
        await pilot.press("r")
        await pilot.pause()
        assert app.screen.__class__.__name__ == "ChoiceScreen"
        await pilot.press("escape")


async def test_a_read_only_editor_refuses_to_resolve(conflicted):
    lock.lock_path(conflicted).write_text(  # held by pid 1, always alive
        '{"user": "bertil", "host": "%s", "pid": 1, "time": "2026-11-20T09:15:00+01:00"}'
        % socket.gethostname(), encoding="utf-8")
    app = YearendApp(conflicted, cursor_blink=False)
    on_disk = conflicted.read_bytes()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("s")  # skrivskyddad
        await settle(app, pilot)
        assert app.session.read_only
        await resolve_here(app, pilot, ACTIVITY)
        assert isinstance(app.screen, MainScreen)
        await pilot.press("t", "o", "d", "k")
        conflict = app.report.conflicts[0]
        assert not app.session.resolve(conflict, "theirs")
        assert len(app.report.conflicts) == 4 and not app.history.dirty
    assert conflicted.read_bytes() == on_disk


async def test_keys_in_help_and_commands_in_the_palette(conflicted):
    app = YearendApp(conflicted, cursor_blink=False)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        ids = {b.id for _title, bindings in app.key_sections() for b in bindings}
        assert {"next_conflict", "previous_conflict", "resolve_conflict", "item_history"} <= ids
        assert app.main.go_to_path(ACTIVITY)
        await pilot.pause()
        names = [n for n, _h, _c in EditorCommands(app.screen).commands()]
        assert {"Konflikter …", "Nästa konflikt", "Lös konflikt", "Historik (git)",
                "Visa: Konflikter"} <= set(names)
        await pilot.press("f")
        await pilot.pause()
        options = app.screen.query_one("OptionList")
        labels = [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
        await pilot.press(*["down"] * labels.index("Konflikter"), "enter")
        await pilot.pause()
        rows = {n.data.path for n in app.main.outline.order if isinstance(n.data, Node)}
        assert {ACTIVITY, GOAL, ASSIGNMENT} <= rows
        assert ("goals", "budget-i-balans") not in rows


async def test_uncommitted_mark_after_a_save_in_a_repository(tmp_path, monkeypatch):
    isolate(tmp_path, monkeypatch)
    repo = tmp_path / "rapporter"
    repo.mkdir()
    assert yearend("share", str(repo)).returncode == 0
    path = repo / "ks.toml"
    save_report(load_report(SMALL), path, backup=False)
    commit_as(repo, "Anna Emrin", "Påbörjad")
    app = YearendApp(path, cursor_blink=False)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert "ej incheckat" not in header(app)
        assert app.main.go_to_path(("goals", "trygghet"))
        await pilot.pause()
        await pilot.press("2")
        await pilot.pause()
        assert "ej incheckat" not in header(app)  # changed, not saved: nothing to commit yet
        await pilot.press("ctrl+s")
        await settle(app, pilot)
        assert "ej incheckat" in header(app)
        commit_as(repo, "Anna Emrin", "Trygghet bedömd")
        app.sharing.check_git()  # asked again on the next save or open
        await settle(app, pilot)
        assert "ej incheckat" not in header(app)


async def test_nothing_about_git_outside_a_repository(tmp_path, monkeypatch):
    isolate(tmp_path, monkeypatch)
    path = tmp_path / "lös" / "ks.toml"
    path.parent.mkdir()
    shutil.copy(SMALL, path)
    app = YearendApp(path, cursor_blink=False)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert app.main.go_to_path(("goals", "trygghet"))
        await pilot.pause()
        await pilot.press("2", "ctrl+s")
        await settle(app, pilot)
        assert "ej incheckat" not in header(app) and "konflikt" not in header(app)
        await pilot.press("H")
        await settle(app, pilot)
        assert isinstance(app.screen, HistoryScreen)
        assert "inte i ett git-förråd" in app.screen.shown


async def test_without_git_a_sentence_not_a_traceback(tmp_path, monkeypatch):
    isolate(tmp_path, monkeypatch)
    repo = tmp_path / "rapporter"
    repo.mkdir()
    assert yearend("share", str(repo)).returncode == 0
    path = repo / "ks.toml"
    save_report(load_report(SMALL), path, backup=False)
    commit_as(repo, "Anna Emrin", "Påbörjad")
    monkeypatch.setenv("PATH", str(tmp_path / "no-programs"))  # no git to be found
    app = YearendApp(path, cursor_blink=False)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert any("git finns inte" in n.message for n in app._notifications)
        assert "ej incheckat" not in header(app)
        assert app.main.go_to_path(ACTIVITY)
        await pilot.pause()
        await pilot.press("H")
        await settle(app, pilot)
        assert "git finns inte" in app.screen.shown


async def test_the_history_view_lists_both_officers(tmp_path, monkeypatch):
    isolate(tmp_path, monkeypatch)
    a, b = two_clones(tmp_path)
    change(b, "Bertil Ek", lambda r: setattr(
        r.goals["fossilfri"].activities["laddplatser"], "status", "forsenad"), push=True)
    git(a, "pull", "-q", "--no-edit", "origin", "main")
    change(a, "Anna Emrin", lambda r: setattr(
        r.goals["fossilfri"].activities["laddplatser"], "comment", "Laddboxarna kom i maj."),
        push=False)
    app = YearendApp(a / "report.toml", cursor_blink=False)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert app.main.go_to_path(ACTIVITY)
        await pilot.pause()
        await pilot.press("H")
        await settle(app, pilot)
        assert isinstance(app.screen, HistoryScreen)
        shown = app.screen.shown
        assert "Bertil Ek" in shown and "Anna Emrin" in shown
        assert shown.index("Bertil Ek") < shown.index("Anna Emrin  ändrade")
        assert "Laddboxarna kom i maj." in shown
        assert "Status: Pågående → Försenad" in shown  # a scale's values by their labels
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)
        assert isinstance(app.main.current, Node)
