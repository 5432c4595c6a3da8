"""Compare mode in the editor, driven with Pilot: Kalmar's 2023 plan opened against the 2022
annual report (copies in tmp_path), and a process-oriented report against a changed copy of
itself for the trend suggestion."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest
from rich.console import Console

from reportmodel.core.tree import key_of
from reportmodel.io.storage import load_report
from tui.compare import mode as compare_mode
from tui.app import YearendApp
from tui.compare.open_screen import CompareOpenScreen
from tui.compare.match import MatchScreen
from tui.editor.reader import Reader

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "sample_data"
SIZE = (140, 40)


@pytest.fixture(autouse=True)
def private_dirs(tmp_path, monkeypatch):
    # Never read or write the developer's own config, state or data.
    for name in ("XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_DATA_HOME"):
        monkeypatch.setenv(name, str(tmp_path / name.lower()))


@pytest.fixture
def kalmar(tmp_path) -> tuple[Path, Path]:
    new = tmp_path / "kalmar-2023-plan.toml"
    old = tmp_path / "kalmar-2022.toml"
    shutil.copy(SAMPLES / "kalmar-2023-plan.toml", new)
    shutil.copy(SAMPLES / "kalmar-2022.toml", old)
    return new, old


def comparing(new: Path, old: Path) -> YearendApp:
    """The app as `yearend edit NEW --compare OLD` starts it."""
    app = YearendApp(new, cursor_blink=False)
    compare_mode.of(app).pending = (old, load_report(old))
    return app


async def settle(app, pilot) -> None:
    await pilot.pause()
    await app.workers.wait_for_complete()
    await pilot.pause()


def detail_text(app) -> str:
    console = Console(width=130, record=True, color_system=None, file=io.StringIO())
    console.print(app.main.detail.query_one(Reader).content)
    return " ".join(console.export_text().split())  # wrapped lines and padding don't matter


def row(app, item_id: str) -> str:
    outline = app.main.outline
    path = next(p for p in outline.by_path if p[-1] == item_id)
    return outline.by_path[path].label.plain


async def go(app, pilot, item_id: str) -> None:
    outline = app.main.outline
    assert outline.go_to_path(next(p for p in outline.by_path if p[-1] == item_id))
    await pilot.pause()


async def test_last_years_values_beside_this_years_and_new_items_marked(kalmar):
    new, old = kalmar
    app = comparing(new, old)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert app.compare.on
        await go(app, pilot, "budget-i-balans")
        text = detail_text(app)
        last_year = text[text.index("Förra året (kalmar-2022.toml)"):]
        assert "Helt uppfyllt" in last_year  # last year's assessment, this year's is unset
        assert "Helt uppfyllt" not in text[:text.index("Förra året")]
        assert "Anna Emrin → Jonas Sverkén" in last_year  # the responsible changed
        assert "samma id" in last_year
        # Writing this year's comment, last year's whole comment is beside the box.
        await pilot.press("c")
        await pilot.pause()
        beside = app.main.detail.query_one("CommentEditor .previous")
        assert str(beside.render()).startswith("Det totala utfallet för kommunstyrelsen")
        await pilot.press("escape")
        # A goal the 2022 report does not have is new; a kept one whose plan changed is ~.
        assert row(app, "aldreomsorgskommun").startswith("+ ")
        assert "Ny sedan förra året" in (await _detail_of(app, pilot, "aldreomsorgskommun"))
        assert row(app, "budget-i-balans").startswith("~ ")
        # Assessing this year does not make an item "changed": marks follow the plan only.
        await go(app, pilot, "budget-i-balans")
        await pilot.press("1")
        assert app.report.goals["budget-i-balans"].assessment is not None
        assert row(app, "budget-i-balans").startswith("~ ")


async def _detail_of(app, pilot, item_id: str) -> str:
    await go(app, pilot, item_id)
    return detail_text(app)


async def test_changing_a_match_writes_continues_and_undo_removes_it(kalmar):
    new, old = kalmar
    app = comparing(new, old)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await go(app, pilot, "aldreomsorgskommun")
        assert app.compare.state.matching.old_of("aldreomsorgskommun") is None
        await pilot.press("m")
        assert isinstance(app.screen, MatchScreen)
        await pilot.press(*"trygg")  # narrows last year's goals by title
        await pilot.pause()
        await pilot.press("enter")
        await settle(app, pilot)
        chosen = app.report.goals["aldreomsorgskommun"].continues
        assert chosen is not None and chosen != "-"
        assert "trygg" in app.compare.state.old.goals[chosen].title.casefold()
        records = app.compare.state.diff.for_new("aldreomsorgskommun")
        assert [(r.old_id, r.how) for r in records] == [(chosen, "continues")]
        assert not row(app, "aldreomsorgskommun").startswith("+")
        assert "ditt val (fortsätter)" in detail_text(app)
        assert app.history.dirty
        await pilot.press("ctrl+z")
        await settle(app, pilot)
        assert app.report.goals["aldreomsorgskommun"].continues is None
        assert app.compare.state.matching.old_of("aldreomsorgskommun") is None
        assert row(app, "aldreomsorgskommun").startswith("+ ")
        # "New item (no match)" is a decision too: continues = "-", kept in the file.
        await pilot.press("m")
        await pilot.press("enter")  # the first option
        await settle(app, pilot)
        assert app.report.goals["aldreomsorgskommun"].continues == "-"
        await pilot.press("ctrl+s")
    assert load_report(new).goals["aldreomsorgskommun"].continues == "-"


async def test_trend_is_suggested_and_accepted_with_one_key(tmp_path):
    old = tmp_path / "2022.toml"
    new = tmp_path / "2023.toml"
    source = (ROOT / "tests" / "data" / "process-oriented.toml").read_text(encoding="utf-8")
    old.write_text(source, encoding="utf-8")
    # This year: Tillsyn still Delvis uppnått and no trend set yet.
    changed = source.replace('assessment = "delvis"\ntrend = "battre"\n',
                             'assessment = "delvis"\n', 1)
    assert changed != source
    new.write_text(changed, encoding="utf-8")
    app = comparing(new, old)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await go(app, pilot, "tillsyn")
        assert app.report.goals["tillsyn"].trend is None  # offered, never set silently
        text = detail_text(app)
        assert "Föreslagen trend" in text and "t godtar förslaget" in text
        await pilot.press("t")
        await pilot.pause()
        assert app.report.goals["tillsyn"].trend == "oforandrad"  # the same assessment
        assert "trenden stämmer med förslaget" in detail_text(app)
        await pilot.press("ctrl+z")
        assert app.report.goals["tillsyn"].trend is None
        # A goal on a level without trend has nothing to accept.
        await go(app, pilot, "riskbaserad-tillsyn")
        await pilot.press("t")
        assert app.report.goals["riskbaserad-tillsyn"].trend is None


async def test_open_from_the_palette_and_a_broken_file_is_said_not_crashed(kalmar, tmp_path):
    new, old = kalmar
    broken = tmp_path / "trasig.toml"
    broken.write_text('[report]\ntitle = "x"\nyear = "tjugo"\n[goals.a\n', encoding="utf-8")
    app = YearendApp(new, cursor_blink=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        compare_mode.of(app).open_dialog()
        await pilot.pause()
        assert isinstance(app.screen, CompareOpenScreen)
        box = app.screen.query_one("#compare-path")
        box.value = str(broken)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, CompareOpenScreen)  # still open, the problem shown
        error = str(app.screen.query_one("#compare-error").render())
        assert "trasig.toml" in error and "yearend check" in error
        box.value = "kalmar-2022.toml"  # relative to the report's folder
        await pilot.press("enter")
        await settle(app, pilot)
        assert app.compare.state is not None and app.compare.state.path == old
        assert row(app, "aldreomsorgskommun").startswith("+ ")
        # The palette's filter keeps the marked items (and the rows above them) only.
        entries = {name: callback for name, _, callback in app.compare.commands(None)}
        entries["Visa: Nytt eller ändrat sedan förra året"]()
        await pilot.pause()
        outline = app.main.outline
        kept = {key_of(row.data) for row in outline.by_path.values()}
        marks = app.compare.state.marks
        assert ("goals", "aldreomsorgskommun") in kept and set(marks) <= kept
        unmarked = kept - set(marks)
        assert unmarked and all(row.children for row in outline.by_path.values()
                                if key_of(row.data) in unmarked)  # only as parents of marked rows
        await pilot.press("escape")
        assert len(outline.by_path) > len(kept)  # Esc shows everything again
        # The same filter is in the f menu while comparing.
        await pilot.press("f")
        await pilot.pause()
        # Allt, Behöver åtgärdas, Ej eller delvis uppfyllt, Kontrollmoment med anmärkning, then:
        assert app.screen.query_one("OptionList").get_option_at_index(4).prompt.plain \
            == "Nytt eller ändrat sedan förra året"
        await pilot.press("escape")
        entries["Sluta jämföra med förra året"]()
        await pilot.pause()
        assert not row(app, "aldreomsorgskommun").startswith("+")


def test_cli_refuses_a_broken_compare_file_before_the_editor(yearend_cli, kalmar, tmp_path):
    new, _ = kalmar
    broken = tmp_path / "trasig.toml"
    broken.write_text("[report\n", encoding="utf-8")
    result = yearend_cli("edit", new, "--compare", broken)
    assert result.returncode == 2
    assert "trasig.toml" in result.stderr and "Traceback" not in result.stderr
    missing = yearend_cli("edit", new, "--compare", tmp_path / "saknas.toml")
    assert missing.returncode == 2 and "saknas.toml" in missing.stderr


async def test_a_comparison_that_fails_is_reported_and_the_editor_goes_on(kalmar, monkeypatch):
    new, old = kalmar

    def broken(*args):
        raise ValueError("trasig jämförelse")

    monkeypatch.setattr(compare_mode, "compute", broken)
    app = comparing(new, old)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert app.compare.state is None
        assert any("trasig jämförelse" in n.message for n in app._notifications)
        await pilot.press("1")  # still editing
        await pilot.pause()
        assert app.is_running and app.crash is None
