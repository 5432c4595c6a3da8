"""The editor driven headless with Pilot, as an officer uses it: every test works on a copy of
tests/data/editor/small.toml in tmp_path and checks the file on disk where it matters."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest
from rich.console import Console
from reportmodel.io.storage import load_path, load_report
from reportmodel.core.tree import Node, walk
from reportmodel.core.values import IndicatorValue
from tui.app import YearendApp
from tui.common.errors import ErrorScreen
from tui.editor.screen import MainScreen
from tui.common.picker import ChoiceScreen
from tui.common.quit import QuitScreen
from tui.editor.comment_editor import TextEditor
from tui.editor.fields import ValueField
from tui.editor.header import ReportHeader

DATA = Path(__file__).parent / "data" / "editor"
SIZE = (120, 36)


@pytest.fixture
def report_file(tmp_path) -> Path:
    path = tmp_path / "rapport.toml"
    shutil.copy(DATA / "small.toml", path)
    return path


def make_app(path: Path) -> YearendApp:
    return YearendApp(path, cursor_blink=False)


def current(app: YearendApp) -> Node | None:
    return app.main.outline.current


def notes(app: YearendApp) -> list[str]:
    return [n.message for n in app._notifications]


def shown(widget) -> str:
    """What a Static shows, as plain text (its content rendered without colour)."""
    console = Console(width=200, record=True, color_system=None, file=io.StringIO())
    console.print(widget.content)
    return console.export_text()


async def type_text(pilot, text: str) -> None:
    await pilot.press(*text)


async def palette_listed(app, pilot, containing: str = "") -> None:
    """Wait until the command palette's search (asynchronous) has listed results (holding
    `containing`): a condition, not a fixed sleep, so a slow machine only waits longer."""
    from textual.command import CommandList

    for _ in range(400):
        await pilot.pause(0.025)
        lists = app.screen.query(CommandList)
        if not lists:
            continue
        options = lists.first()
        prompts = [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
        if prompts and (not containing or containing in str(prompts[0])):
            return
    raise AssertionError("the command palette listed nothing in 10 s")


async def test_assess_comment_save_and_the_file_holds_it(report_file):
    app = make_app(report_file)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("n", "n")  # the first nämndsmål that is not assessed
        assert current(app).id == "kostnadseffektiv"
        await pilot.press("2")  # Delvis uppfyllt, the second value of the scale
        assert app.report.goals["kostnadseffektiv"].assessment == "delvis"
        assert app.history.dirty
        await pilot.press("c")
        assert isinstance(app.focused, TextEditor)
        await type_text(pilot, "Två av tre mål nåddes.")
        await pilot.press("escape")
        assert app.main.outline.has_focus  # Escape keeps the text and goes back
        assert app.report.goals["kostnadseffektiv"].comment == "Två av tre mål nåddes."
        await pilot.press("ctrl+s")
        assert not app.history.dirty
    saved = load_report(report_file)
    assert saved.goals["kostnadseffektiv"].assessment == "delvis"
    assert saved.goals["kostnadseffektiv"].comment == "Två av tre mål nåddes."
    assert saved.goals["budget-i-balans"] == load_report(DATA / "small.toml").goals["budget-i-balans"]


async def test_ctrl_s_in_the_comment_box_keeps_the_text_and_saves(report_file):
    app = make_app(report_file)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.main.outline.go_to_path(("goals", "fossilfri"))
        await pilot.pause()
        await pilot.press("c")
        await type_text(pilot, "Försenat.")
        await pilot.press("ctrl+s")
        assert isinstance(app.focused, TextEditor)  # still writing
        assert not app.history.dirty
    assert load_report(report_file).goals["fossilfri"].comment == "Försenat."


async def test_undo_and_redo_across_two_fields(report_file):
    app = make_app(report_file)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("n", "n")
        goal = app.report.goals["kostnadseffektiv"]
        await pilot.press("1")
        await pilot.press("c")
        await type_text(pilot, "Klart.")
        await pilot.press("escape")
        assert (goal.assessment, goal.comment) == ("helt", "Klart.")
        await pilot.press("ctrl+z")
        assert (goal.assessment, goal.comment) == ("helt", None)
        await pilot.press("ctrl+z")
        assert (goal.assessment, goal.comment) == (None, None)
        assert not app.history.dirty  # back at what is on disk
        await pilot.press("ctrl+y")
        assert (goal.assessment, goal.comment) == ("helt", None)
        await pilot.press("ctrl+y")
        assert (goal.assessment, goal.comment) == ("helt", "Klart.")
        assert "Klart." in shown(app.main.detail.query_one("#detail-view"))


async def test_undo_moves_the_cursor_to_the_change(report_file):
    app = make_app(report_file)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("n", "n", "3")
        await pilot.press("g")
        assert current(app) is None  # the report row
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert current(app).id == "kostnadseffektiv"
        assert app.report.goals["kostnadseffektiv"].assessment is None


async def test_quit_with_unsaved_changes_asks(report_file):
    before = report_file.read_bytes()
    app = make_app(report_file)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("n", "n", "3")
        await pilot.press("q")
        assert isinstance(app.screen, QuitScreen)
        await pilot.press("escape")  # cancel: still editing, nothing lost
        assert isinstance(app.screen, MainScreen)
        assert app.report.goals["kostnadseffektiv"].assessment == "ej"
        await pilot.press("q")
        await pilot.press("k")  # kasta: quit without saving
    assert app.return_value == 0
    assert report_file.read_bytes() == before


async def test_quit_and_save(report_file):
    app = make_app(report_file)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("n", "n", "1", "ctrl+q")
        assert isinstance(app.screen, QuitScreen)
        await pilot.press("s")
    assert load_report(report_file).goals["kostnadseffektiv"].assessment == "helt"


async def test_quit_without_changes_does_not_ask(report_file):
    app = make_app(report_file)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("j", "q")
        assert not app.is_running


async def test_search_finds_by_responsible_name(report_file):
    app = make_app(report_file)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("slash")
        await type_text(pilot, "sjöstedt")
        assert current(app).id == "kostnadseffektiv"  # found while typing
        await pilot.press("enter")
        outline = app.main.outline
        assert outline.has_focus
        items = [n.data.id for n in outline.order if isinstance(n.data, Node)]
        assert items == ["ordning-och-reda", "god-ekonomi", "kostnadseffektiv"]
        assert current(app).id == "kostnadseffektiv"
        await pilot.press("escape")  # back to everything, cursor stays
        assert len([n for n in outline.order if isinstance(n.data, Node)]) == 16
        assert current(app).id == "kostnadseffektiv"


async def test_search_escape_returns_to_where_it_started(report_file):
    app = make_app(report_file)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("n", "n")
        await pilot.press("slash", "b", "e", "r", "t", "i", "l")
        assert current(app).id == "fossilfri"
        await pilot.press("escape")
        assert current(app).id == "kostnadseffektiv"


async def test_n_and_shift_n_jump_between_items_needing_attention(report_file):
    app = make_app(report_file)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        seen = []
        for _ in range(5):
            await pilot.press("n")
            seen.append(current(app).id)
        # no outcome for the year, unassessed, Delvis without a comment, unassessed, around again
        assert seen == ["servicegrad", "kostnadseffektiv", "fossilfri", "trygghet",
                        "servicegrad"]
        await pilot.press("N")
        assert current(app).id == "trygghet"
        await pilot.press("1")  # assessed: no longer needs attention
        seen = []
        for _ in range(4):
            await pilot.press("n")
            seen.append(current(app).id)
        assert seen == ["servicegrad", "kostnadseffektiv", "fossilfri", "servicegrad"]


async def test_filter_needs_attention(report_file):
    app = make_app(report_file)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("f")
        assert isinstance(app.screen, ChoiceScreen)
        await pilot.press("down", "enter")  # Behöver åtgärdas
        outline = app.main.outline
        items = [n.data.id for n in outline.order if isinstance(n.data, Node)]
        # The indicator without this year's outcome, under its goal, is one of them.
        assert items == ["ordning-och-reda", "god-ekonomi", "budget-i-balans", "servicegrad",
                         "kostnadseffektiv", "gronare", "fossilfri", "trygghet"]
        assert "4" in str(outline.border_title)
        await pilot.press("escape")
        assert len([n for n in outline.order if isinstance(n.data, Node)]) == 16


async def test_filter_by_responsible_and_not_fulfilled(report_file):
    app = make_app(report_file)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("f", "down", "down", "enter")  # Ej eller delvis uppfyllt
        outline = app.main.outline
        leaves = [n.data.id for n in outline.order if isinstance(n.data, Node) and not n.children]
        assert leaves == ["fossilfri"]
        await pilot.press("f", "end", "enter")  # Per ansvarig …
        assert isinstance(app.screen, ChoiceScreen)
        # Open items per person, as `yearend todo` counts them (tui/sharing's filter).
        options = app.screen.query_one("OptionList")
        labels = [str(options.get_option_at_index(i).prompt)
                  for i in range(options.option_count)]
        assert labels[0] == "Anna Emrin  (1 kvar av 5)"
        assert "Åsa Öberg  (1 kvar av 1)" in labels[-1]
        await pilot.press("enter")  # the first name in Swedish order: Anna Emrin
        leaves = [n.data.id for n in outline.order if isinstance(n.data, Node)
                  and not n.children]
        assert leaves == ["servicegrad"]  # her one item left; her done items are not shown
        assert "kvar att fylla i" in str(outline.border_title)


async def test_comment_required_is_flagged_and_cleared(report_file):
    app = make_app(report_file)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        header = app.main.query_one(ReportHeader)
        assert "1 kommentar saknas" in header.render().plain
        row = app.main.outline.by_path[("goals", "fossilfri")]
        assert "kommentar saknas" in row.label.plain
        app.main.outline.go_to_path(("goals", "fossilfri"))
        await pilot.pause()
        await pilot.press("c")
        await type_text(pilot, "Se nyckeltal.")
        await pilot.press("escape")
        assert "kommentar saknas" not in header.render().plain
        assert "kommentar saknas" not in row.label.plain


async def test_previous_comment_is_shown_beside_the_editor(report_file):
    app = make_app(report_file)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("n", "n", "c")
        previous = app.main.detail.query_one(".previous")
        assert "Digitaliseringen har gett effekt" in shown(previous)


async def test_indicator_outcome_is_validated_as_typed(report_file):
    app = make_app(report_file)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.main.outline.go_to_path(("goals", "budget-i-balans", "indicators", "servicegrad"))
        await pilot.pause()
        await pilot.press("enter")
        field = app.main.query_one("#field-outcome", ValueField)
        field.input.focus()
        await pilot.pause()
        await type_text(pilot, "ungefär")
        assert field.input.has_class("-invalid")
        assert "prel: 73" in shown(field.query_one(".error"))
        await pilot.press("enter")
        indicator = app.report.goals["budget-i-balans"].indicators["servicegrad"]
        assert indicator.years[2022].outcome is None  # nothing invalid reaches the report
        field.input.value = ""
        await type_text(pilot, "prel: 88,5")
        assert not field.input.has_class("-invalid")
        await pilot.press("enter")
        assert indicator.years[2022].outcome == IndicatorValue(88.5, preliminary=True)
        await pilot.press("ctrl+z")
        assert indicator.years[2022].outcome is None
        assert field.input.value == ""


async def test_value_typed_without_enter_is_kept_when_the_cursor_moves(report_file):
    app = make_app(report_file)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.main.outline.go_to_path(("goals", "budget-i-balans", "indicators", "servicegrad"))
        await pilot.pause()
        await pilot.press("enter")
        app.main.query_one("#field-outcome", ValueField).input.focus()
        await pilot.pause()
        await type_text(pilot, "91")
        await pilot.press("ctrl+s")
    outcome = load_report(report_file).goals["budget-i-balans"].indicators["servicegrad"] \
        .years[2022].outcome
    assert outcome == IndicatorValue(91)


async def test_picker_sets_a_control_points_status(report_file):
    app = make_app(report_file)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.main.outline.go_to_path(("risks", "attest", "controls", "behorighet"))
        await pilot.pause()
        await pilot.press("enter")  # the form: status first, then assessment
        assert app.focused.id == "field-status"
        await pilot.press("enter")  # the list of values
        await pilot.press("down", "enter")  # Pågående
        control = app.report.risks["attest"].controls["behorighet"]
        assert control.status == "pagaende"
        await pilot.press("tab", "1")  # the assessment field: Utan anmärkning
        assert control.assessment == "utan-anmarkning"
        await pilot.press("escape")
        assert app.main.outline.has_focus


async def test_digit_on_an_item_without_a_scale_explains(report_file):
    app = make_app(report_file)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.main.outline.go_to_path(("goals", "gronare"))
        await pilot.pause()
        await pilot.press("1")
        assert not app.history.dirty
        assert any("Fokusområde" in note for note in notes(app))


async def test_user_text_is_never_markup(report_file):
    app = make_app(report_file)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        row = app.main.outline.by_path[("goals", "fossilfri", "activities", "laddplatser")]
        assert "[etapp 1]" in row.label.plain
        app.main.outline.go_to_path(("sections", "vasentliga-handelser"))
        await pilot.pause()
        text = shown(app.main.detail.query_one("#detail-view"))
        assert "[bold]pandemins[/bold]" in text


async def test_save_failure_is_shown_and_nothing_is_lost(tmp_path):
    loaded = load_path(DATA / "small.toml")
    app = YearendApp(tmp_path / "no-such-dir" / "r.toml", loaded, cursor_blink=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("n", "n", "1", "ctrl+s")
        assert app.is_running and app.history.dirty
        assert any("Kunde inte spara" in note for note in notes(app))


async def test_a_file_with_errors_shows_them(tmp_path):
    path = tmp_path / "broken.toml"
    shutil.copy(DATA / "broken.toml", path)
    app = YearendApp(path, cursor_blink=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, ErrorScreen)
        listing = shown(app.screen.query_one("#problems"))
        # file, line, key path, and what is expected, in the editor's language (Swedish)
        assert 'broken.toml:13: goals.a.assessment: "kanske" finns inte i skalan' in listing
        assert "broken.toml:17: goals.b.level" in listing and "väntade en av" in listing
        await pilot.press("q")
    assert not app.is_running


async def test_an_english_report_gets_an_english_editor(tmp_path):
    path = tmp_path / "english.toml"
    path.write_text((DATA / "small.toml").read_text(encoding="utf-8").replace(
        'year = 2022\n', 'year = 2022\nlanguage = "en"\n', 1), encoding="utf-8")
    app = make_app(path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        header = app.main.query_one(ReportHeader).render().plain
        assert "Board goals 2/4 assessed" in header
        assert "1 comment missing" in header
        assert app.main.outline.border_title == "Contents"
        await pilot.press("n", "n", "1", "q")
        assert "Unsaved changes" in shown(app.screen.query_one("Label"))


async def test_help_lists_the_keys(report_file):
    app = make_app(report_file)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("f1")
        text = shown(app.screen.query_one("Static"))
        for words in ("Spara", "Ångra", "Nästa att åtgärda", "Sök", "Filter", "Kommandon",
                      "1–9", "Avsluta utan att spara"):
            assert words in text
        await pilot.press("escape")
        assert isinstance(app.screen, MainScreen)


async def test_command_palette_offers_the_values_of_the_selected_item(report_file):
    app = make_app(report_file)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("n", "n", "ctrl+p")
        await type_text(pilot, "delvis")
        await palette_listed(app, pilot, containing="Delvis")
        await pilot.press("enter")
        await pilot.pause()
        assert app.report.goals["kostnadseffektiv"].assessment == "delvis"


SHAPES = sorted((DATA.parent).glob("*.toml")) + [DATA / "small.toml"]


@pytest.mark.parametrize("shape", SHAPES, ids=lambda p: p.stem)
async def test_every_kind_of_item_shows_and_opens_its_form(shape, tmp_path):
    """Each report shape of domain.md section 3: every kind of row renders, and its form
    opens with a field for each of its year-end values and closes again."""
    path = tmp_path / shape.name
    shutil.copy(shape, path)
    app = make_app(path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        main = app.main
        seen = set()
        for tree_node in list(main.outline.order):
            node = tree_node.data
            if not isinstance(node, Node):
                continue
            key = (node.kind, getattr(node.item, "level", None))
            if key in seen:
                continue
            seen.add(key)
            main.outline.go_to(tree_node)
            await pilot.pause()
            assert shown(main.detail.query_one("#detail-view")).strip()
            form = await main.detail.open_form(node)
            await pilot.pause()
            for name, _scale in app.look.scale_fields(node):
                assert form.query_one(f"#field-{name}")
            await main.form_done()
            await pilot.pause()
        assert {kind for kind, _ in seen} == {node.kind for node in walk(app.report)}
        assert not app.history.dirty


async def test_an_internal_error_is_kept_for_the_crash_log(report_file, monkeypatch):
    def broken(self):
        raise RuntimeError("a bug")

    monkeypatch.setattr(MainScreen, "action_filter", broken)
    app = make_app(report_file)
    with pytest.raises(RuntimeError, match="a bug"):
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            await pilot.press("f")
            await pilot.pause()
    assert isinstance(app.crash, RuntimeError)
    assert app.return_code == 1


async def test_setting_a_value_that_needs_a_comment_says_so(report_file):
    app = make_app(report_file)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("n", "n", "1")
        assert not any("behöver en kommentar" in note for note in notes(app))
        await pilot.press("3")  # Ej uppfyllt requires a comment
        assert any("Ej uppfyllt behöver en kommentar: tryck c" in note for note in notes(app))


async def test_markup_in_titles_does_not_break_notices_or_the_palette(tmp_path):
    path = tmp_path / "r.toml"
    path.write_text((DATA / "small.toml").read_text(encoding="utf-8").replace(
        'title = "Ändamålsenlig och kostnadseffektiv verksamhet"',
        'title = "Kostnader [/b] och [red]intäkter"'), encoding="utf-8")
    app = make_app(path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.pause()
        await pilot.press("n", "n", "1", "ctrl+z")  # the undo notice names the title
        await pilot.pause()
        assert any("Kostnader [/b] och [red]intäkter" in note for note in notes(app))
        await pilot.press("ctrl+p")
        await palette_listed(app, pilot)  # commands whose help holds the title are listed
        await pilot.press("escape")
        await pilot.press("slash", *"[/b]", "enter")  # the outline's title shows the query
        await pilot.pause()
        assert current(app).id == "kostnadseffektiv"
        assert app.is_running


async def test_control_characters_are_shown_not_sent_to_the_terminal(tmp_path):
    path = tmp_path / "r.toml"
    path.write_text((DATA / "small.toml").read_text(encoding="utf-8").replace(
        'title = "Trygghet i offentlig miljö"',
        'title = "Trygghet\\u001b]0;kapad\\u0007 i offentlig miljö"\n'
        'comment = "Rad\\u001b[2J ett"'), encoding="utf-8")
    app = make_app(path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.pause()
        assert app.report.goals["trygghet"].title.startswith("Trygghet\x1b]0;kapad\x07")
        row = app.main.outline.by_path[("goals", "trygghet")]
        assert "\x1b" not in row.label.plain and "␛]0;kapad␇" in row.label.plain
        app.main.outline.go_to_path(("goals", "trygghet"))
        await pilot.pause()
        assert "\x1b" not in shown(app.main.detail.query_one("#detail-view"))
        await pilot.press("c")
        assert "\x1b" not in app.focused.text
        await pilot.press("escape")  # nothing typed: the comment in the file is left alone
        assert app.report.goals["trygghet"].comment == "Rad\x1b[2J ett"
        await pilot.press("1", "ctrl+z")  # the undo notice names the title, made harmless
        assert any("Trygghet␛]0;kapad␇" in note for note in notes(app))
        assert all("\x1b" not in note for note in notes(app))


async def test_progress_kept_edit_by_edit_equals_a_full_count(report_file):
    from reportmodel.core.progress import compute

    app = make_app(report_file)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("n", "3", "n", "c", *"Ok.", "escape", "n", "2", "ctrl+z", "ctrl+z",
                          "ctrl+y", "N", "0")
        app.main.outline.go_to_path(("risks", "attest", "controls", "behorighet"))
        await pilot.pause()
        await pilot.press("0", "ctrl+z", "ctrl+y")
        assert app.history.dirty
        assert app.progress == compute(app.report)


async def test_a_sub_section_shows_its_parents_title_not_its_id(tmp_path):
    path = tmp_path / "rapport.toml"
    text = (DATA / "small.toml").read_text(encoding="utf-8")
    text = text.replace('[goals.ordning-och-reda]', '[sections.trygghetsfragor]\n'
                        'title = "Trygghetsfrågor"\nparent = "vasentliga-handelser"\n\n'
                        '[goals.ordning-och-reda]', 1)
    path.write_text(text, encoding="utf-8")
    app = make_app(path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        main = app.main
        target = next(t for t in main.outline.order
                      if isinstance(t.data, Node) and t.data.id == "trygghetsfragor")
        main.outline.go_to(target)
        await pilot.pause()
        detail = shown(main.detail.query_one("#detail-view"))
        assert "Väsentliga händelser" in detail
        assert "vasentliga-handelser" not in detail
