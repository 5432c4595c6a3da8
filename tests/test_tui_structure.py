"""Each way of changing the report's structure from the editor, as keys on a copy of
tests/data/editor/small.toml: it changes the report, undo takes it back, redo does it again,
and a save writes it so that the file reopens as it was left."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from reportmodel.core.tree import walk
from reportmodel.io.codec_write import dumps
from reportmodel.io.storage import load_report
from tests.structure_pilot import SIZE, add, choose, fill, go_to, make_app, pane_text, settle
from tui.common.picker import ChoiceScreen
from tui.common.prompt import Prompt
from tui.editor.structure.sheet import ItemSheet

DATA = Path(__file__).parent / "data" / "editor"


@pytest.fixture
def report_file(tmp_path) -> Path:
    path = tmp_path / "rapport.toml"
    shutil.copy(DATA / "small.toml", path)
    return path


async def undo_redo_save(pilot, app, path: Path, check) -> None:
    """`check(report)` holds now; ctrl+z brings back the file as it was; ctrl+y makes `check`
    hold again; ctrl+s writes it and the file reopened passes `check`."""
    original = load_report(path)
    check(app.report)
    await pilot.press("ctrl+z")
    await settle(pilot)
    assert dumps(app.report) == dumps(original)
    await pilot.press("ctrl+y")
    await settle(pilot)
    check(app.report)
    await pilot.press("ctrl+s")
    await settle(pilot)
    assert not app.history.dirty
    check(load_report(path))
    assert dumps(load_report(path)) == path.read_text(encoding="utf-8")


async def test_add_an_activity_with_its_fields(report_file):
    app = make_app(report_file)
    async with app.run_test(size=SIZE) as pilot:
        await go_to(pilot, app, "Budget i balans")
        await add(pilot, app, "Aktivitet under", "Ny rutin för uppföljning",
                  {"responsible": "Ekonomichef", "end": "2022-06-30"})
        assert app.main.outline.current.path == (
            "goals", "budget-i-balans", "activities", "ny-rutin-for-uppfoljning")

        def check(report):
            activity = report.goals["budget-i-balans"].activities["ny-rutin-for-uppfoljning"]
            assert activity.responsible == "Ekonomichef" and str(activity.end) == "2022-06-30"
            assert list(report.goals["budget-i-balans"].activities)[-1] == activity.id
        await undo_redo_save(pilot, app, report_file, check)


async def test_a_refused_value_keeps_the_sheet_open_with_the_reason(report_file):
    app = make_app(report_file)
    async with app.run_test(size=SIZE) as pilot:
        await go_to(pilot, app, "Budget i balans")
        before = dumps(app.report)
        await pilot.press("a")
        await settle(pilot)
        await choose(pilot, app, "Aktivitet under")
        await pilot.press(*"Ny aktivitet")
        await fill(pilot, app, {"end": "30 juni"})
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, ItemSheet)  # still open, nothing lost
        assert "Slut" in str(app.screen.query_one(".error").content)  # the field, by its name
        assert dumps(app.report) == before
        await fill(pilot, app, {"end": "2022-06-30"})
        await pilot.press("enter")
        await settle(pilot, 3)
        assert not isinstance(app.screen, ItemSheet)
        assert "ny-aktivitet" in app.report.goals["budget-i-balans"].activities


async def test_rename_keeps_the_id_and_edit_sets_every_field(report_file):
    app = make_app(report_file)
    async with app.run_test(size=SIZE) as pilot:
        await go_to(pilot, app, "Risk för brister i attest")
        await pilot.press("e")
        await settle(pilot)
        assert isinstance(app.screen, ItemSheet)
        await fill(pilot, app, {"title": "Risk för fel i attesten", "probability": 4,
                                "consequence": 4, "carry_over": True})
        await pilot.press("escape")
        await settle(pilot, 3)
        assert "Risk för fel i attesten" in str(app.main.outline.cursor_node.label)

        def check(report):
            risk = report.risks["attest"]  # the id stays
            assert risk.title == "Risk för fel i attesten"
            assert (risk.probability, risk.consequence, risk.value) == (4, 4, 16)
            assert risk.carry_over is True
        original = load_report(report_file)
        check(app.report)
        for _ in range(4):  # one step per field
            await pilot.press("ctrl+z")
        await settle(pilot)
        assert dumps(app.report) == dumps(original)
        for _ in range(4):
            await pilot.press("ctrl+y")
        await settle(pilot)
        check(app.report)
        await pilot.press("ctrl+s")
        await settle(pilot)
        check(load_report(report_file))


async def test_f2_renames_a_goal_and_its_children_keep_their_parent(report_file):
    app = make_app(report_file)
    async with app.run_test(size=SIZE) as pilot:
        await go_to(pilot, app, "Ett grönare Kalmar")
        await pilot.press("f2")
        await settle(pilot)
        await fill(pilot, app, {"title": "Ett hållbart Kalmar"})
        await pilot.press("enter")
        await settle(pilot, 3)

        def check(report):
            assert report.goals["gronare"].title == "Ett hållbart Kalmar"
            assert report.goals["fossilfri"].parent == "gronare"
        await undo_redo_save(pilot, app, report_file, check)


async def test_move_up_and_down_among_siblings(report_file):
    app = make_app(report_file)
    async with app.run_test(size=SIZE) as pilot:
        await go_to(pilot, app, "Behörighet i ekonomisystemet")
        await pilot.press("alt+up")
        await settle(pilot, 3)
        assert app.main.outline.current.path[-1] == "behorighet"  # the cursor follows it

        def check(report):
            assert list(report.risks["attest"].controls) == ["behorighet", "beslutsattest"]
        await undo_redo_save(pilot, app, report_file, check)
        await pilot.press("alt+down")
        await settle(pilot, 3)
        assert list(app.report.risks["attest"].controls) == ["beslutsattest", "behorighet"]


async def test_cut_and_paste_an_activity_under_another_goal(report_file):
    app = make_app(report_file)
    async with app.run_test(size=SIZE) as pilot:
        await go_to(pilot, app, "Bygga ut laddplatser")
        await pilot.press("ctrl+x")
        await go_to(pilot, app, "Trygghet i offentlig miljö")
        await pilot.press("ctrl+v")
        await settle(pilot, 3)
        assert app.main.outline.current.path == ("goals", "trygghet", "activities",
                                                 "laddplatser")

        def check(report):
            assert "laddplatser" not in report.goals["fossilfri"].activities
            assert "laddplatser" in report.goals["trygghet"].activities
        await undo_redo_save(pilot, app, report_file, check)


async def test_move_to_picks_another_parent(report_file):
    app = make_app(report_file)
    async with app.run_test(size=SIZE) as pilot:
        await go_to(pilot, app, "Trygghet i offentlig miljö")
        await pilot.press("M")
        await settle(pilot)
        assert isinstance(app.screen, ChoiceScreen)
        await pilot.press(*"God ekonomisk", "enter")
        await settle(pilot, 3)

        def check(report):
            assert report.goals["trygghet"].parent == "god-ekonomi"
        await undo_redo_save(pilot, app, report_file, check)


async def test_delete_a_leaf_at_once(report_file):
    app = make_app(report_file)
    async with app.run_test(size=SIZE) as pilot:
        await go_to(pilot, app, "Ta fram en klimatplan")
        await pilot.press("delete")
        await settle(pilot, 3)

        def check(report):
            assert "klimatplan" not in report.goals["fossilfri"].assignments
        await undo_redo_save(pilot, app, report_file, check)


async def test_delete_with_dependents_asks_cancel_changes_nothing(report_file):
    app = make_app(report_file)
    async with app.run_test(size=SIZE) as pilot:
        await go_to(pilot, app, "Ett grönare Kalmar")
        before = dumps(app.report)
        await pilot.press("delete")
        await settle(pilot)
        assert isinstance(app.screen, Prompt)
        text = " ".join(str(s.content) for s in app.screen.query(".body"))
        assert "Fossilbränslefri kommun" in text and "Nämndsmål" in text
        await pilot.press("enter")  # the first (focused) answer is cancel
        await settle(pilot)
        assert dumps(app.report) == before and not app.history.dirty


async def test_delete_with_dependents_everything(report_file):
    app = make_app(report_file)
    async with app.run_test(size=SIZE) as pilot:
        await go_to(pilot, app, "Ekonomi")
        await pilot.press("delete")
        await settle(pilot)
        await pilot.press("t")  # ta bort allt
        await settle(pilot, 3)

        def check(report):
            assert "ekonomi" not in report.processes and "attest" not in report.risks
        await undo_redo_save(pilot, app, report_file, check)


async def test_delete_with_dependents_moves_them(report_file):
    app = make_app(report_file)
    async with app.run_test(size=SIZE) as pilot:
        await go_to(pilot, app, "Fossilbränslefri kommun")
        await pilot.press("delete")
        await settle(pilot)
        await pilot.press("f")  # flytta dem till …
        await settle(pilot)
        assert isinstance(app.screen, ChoiceScreen)
        await pilot.press(*"Trygghet i offentlig", "enter")
        await settle(pilot, 3)

        def check(report):
            assert "fossilfri" not in report.goals
            assert "laddplatser" in report.goals["trygghet"].activities
            assert "klimatplan" in report.goals["trygghet"].assignments
        await undo_redo_save(pilot, app, report_file, check)


async def test_header_from_the_report_row_with_c_at_the_first_blank(report_file):
    app = make_app(report_file)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("home", "c")
        await settle(pilot)
        assert isinstance(app.screen, ItemSheet)
        first_blank = app.screen.focused.id
        await pilot.press(*"KS 2022/0100")
        await fill(pilot, app, {"decision": "Rapporten godkänns.\nRapporten läggs till "
                                            "handlingarna.",
                                "signatories": "Eva Ek; Kommundirektör"})
        await pilot.press("escape")
        await settle(pilot, 3)

        def check(report):
            assert getattr(report.meta, first_blank.removeprefix("sheet-").replace("-", "_")) \
                == "KS 2022/0100"
            assert report.meta.decision == ["Rapporten godkänns.",
                                            "Rapporten läggs till handlingarna."]
            assert [s.name for s in report.meta.signatories.values()] == ["Eva Ek"]
        check(app.report)
        await pilot.press("ctrl+s")
        await settle(pilot)
        check(load_report(report_file))


async def test_decision_points_reorder_and_remove(report_file):
    app = make_app(report_file)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("home", "enter")
        await settle(pilot)
        await fill(pilot, app, {"decision": "A\nB\nC"})
        await pilot.press("escape")
        await settle(pilot, 3)
        await pilot.press("enter")
        await settle(pilot)
        await fill(pilot, app, {"decision": "C\nA"})
        await pilot.press("escape")
        await settle(pilot, 3)
        assert app.report.meta.decision == ["C", "A"]
        await pilot.press("ctrl+z")
        await settle(pilot)
        assert app.report.meta.decision == ["A", "B", "C"]


async def test_live_check_shows_a_risk_without_control_points(report_file):
    app = make_app(report_file)
    async with app.run_test(size=SIZE) as pilot:
        await go_to(pilot, app, "Ekonomi")
        await add(pilot, app, "Risk under", "Ny risk", {"probability": 4, "consequence": 4})
        path = app.main.outline.current.path
        assert path == ("risks", "ny-risk")
        assert path in app.session.problem_items()
        assert "Att rätta" in pane_text(app)  # shown on the item, as `yearend check` says it
        assert app.main.header.problems == len(app.session.problem_items()) >= 1
        assert "fel att rätta" in pane_text(app, app.main.header.render())
        await pilot.press("home")
        for _ in range(20):  # counted as needing attention: `n` comes to it
            await pilot.press("n")
            await settle(pilot, 1)
            if app.main.outline.current is not None and app.main.outline.current.path == path:
                break
        assert app.main.outline.current.path == path
        await add(pilot, app, "Kontrollmoment under", "Kontroll")
        assert path not in app.session.problem_items()
        await pilot.press("ctrl+z")  # undo brings the problem back
        await settle(pilot)
        assert path in app.session.problem_items()



async def test_a_section_with_markdown_and_its_preview(report_file):
    app = make_app(report_file)
    async with app.run_test(size=SIZE) as pilot:
        await go_to(pilot, app, "Väsentliga händelser")
        await pilot.press("a")
        await settle(pilot)
        await choose(pilot, app, "Avsnitt efter")
        await pilot.press(*"Framtiden")
        await fill(pilot, app, {"text": "Nämnden **satsar** på förskolan."})
        preview = app.screen.query_one("#sheet-text-preview")
        assert "satsar" in pane_text(app, preview.content)
        assert "**" not in pane_text(app, preview.content)  # rendered, not shown as typed
        await pilot.press("escape")
        await settle(pilot, 3)

        def check(report):
            assert list(report.sections) == ["vasentliga-handelser", "framtiden"]
            assert report.sections["framtiden"].text == "Nämnden **satsar** på förskolan."
        await undo_redo_save(pilot, app, report_file, check)


async def test_a_contractor_area_and_its_row(report_file):
    app = make_app(report_file)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("home")
        await add(pilot, app, "Uppföljning av privata", "Hemtjänst", {"contract": "LOV 2021"})
        await add(pilot, app, "Uppföljningspunkt under", "Bemanning")
        assert app.main.outline.current.path == ("contractors", "hemtjanst", "rows", "bemanning")

        def check(report):
            assert report.contractors["hemtjanst"].contract == "LOV 2021"
            assert list(report.contractors["hemtjanst"].rows) == ["bemanning"]
        await pilot.press("ctrl+s")
        await settle(pilot)
        check(load_report(report_file))


async def test_an_indicator_gets_another_year_and_its_values(report_file):
    app = make_app(report_file)
    async with app.run_test(size=SIZE) as pilot:
        await go_to(pilot, app, "Servicegrad telefoni")
        await pilot.press("e")
        await settle(pilot)
        await fill(pilot, app, {"add_year": "2023"})
        await pilot.press("escape")
        await settle(pilot, 3)
        assert 2023 in app.report.goals["budget-i-balans"].indicators["servicegrad"].years
        with_year = dumps(app.report)
        await pilot.press("e")  # the new year has its fields now
        await settle(pilot)
        await fill(pilot, app, {"years.2023.target": "75"})
        await pilot.press("escape")
        await settle(pilot, 3)

        def check(report):
            years = report.goals["budget-i-balans"].indicators["servicegrad"].years
            assert years[2023].target.number == 75
        check(app.report)
        await pilot.press("ctrl+z")  # the value; the year stays (it was added before)
        await settle(pilot)
        assert dumps(app.report) == with_year
        await pilot.press("ctrl+y", "ctrl+s")
        await settle(pilot)
        check(load_report(report_file))


async def test_ids_stay_across_renames_and_moves(report_file):
    app = make_app(report_file)
    async with app.run_test(size=SIZE) as pilot:
        ids = {n.item.id for n in walk(app.report)}
        await go_to(pilot, app, "Budget i balans")
        await pilot.press("e")
        await settle(pilot)
        await fill(pilot, app, {"title": "Ekonomi i balans"})
        await pilot.press("escape")
        await settle(pilot, 3)
        await pilot.press("M")
        await settle(pilot)
        await pilot.press(*"Ett grönare", "enter")
        await settle(pilot, 3)
        await pilot.press("ctrl+s")
        await settle(pilot)
    report = load_report(report_file)
    assert {n.item.id for n in walk(report)} == ids
    goal = report.goals["budget-i-balans"]
    assert (goal.title, goal.parent) == ("Ekonomi i balans", "gronare")


async def test_the_mouse_works_in_the_sheet(report_file):
    app = make_app(report_file)
    async with app.run_test(size=SIZE) as pilot:
        await go_to(pilot, app, "Beslutsattest")
        await pilot.press("e")
        await settle(pilot)
        await pilot.click("#sheet-frequency")
        await pilot.press(*"Månadsvis")
        await pilot.click("#sheet-ok")
        await settle(pilot, 3)
        assert not isinstance(app.screen, ItemSheet)
        assert app.report.risks["attest"].controls["beslutsattest"].frequency.endswith(
            "Månadsvis")
        await pilot.press("e")
        await settle(pilot)
        await pilot.click("#sheet-title")
        await pilot.press(*" (ny)")
        await pilot.click("#sheet-cancel")  # Cancel drops what was typed
        await settle(pilot, 3)
        assert app.report.risks["attest"].controls["beslutsattest"].title == "Beslutsattest"
