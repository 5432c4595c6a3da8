"""The editor's export dialog (Pilot, on a copy of tests/data/editor/small.toml): Markdown, Word
and PDF with the command line's options, run in a worker (Word and PDF in a child process)."""

from __future__ import annotations

import shutil
from pathlib import Path

import docx
import pypdf
import pytest
from textual.widgets import Input, RadioSet, SelectionList

from reportmodel.io.storage import load_report
from reportmodel.render import build_document, export_markdown
from tui.app import YearendApp
from tui.output.export import ExportScreen
from tests.test_tui_preview import open_preview

DATA = Path(__file__).parent / "data" / "editor"
SIZE = (120, 36)


@pytest.fixture
def report_file(tmp_path, monkeypatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1674725400")
    path = tmp_path / "rapport.toml"
    shutil.copy(DATA / "small.toml", path)
    return path


# -- export dialog ------------------------------------------------------------------------------

async def open_export(app, pilot) -> ExportScreen:
    app.action_export()
    await pilot.pause()
    assert isinstance(app.screen, ExportScreen)
    return app.screen


async def choose(pilot, screen, button_id: str) -> None:
    button = screen.query_one(f"#{button_id}")
    button.value = True
    await pilot.pause()


async def run_export(app, pilot) -> None:
    await pilot.press("enter")
    await app.workers.wait_for_complete()
    await pilot.pause()


async def test_export_offers_three_formats_the_parts_and_the_language(report_file):
    app = YearendApp(report_file, cursor_blink=False)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_export(app, pilot)
        formats = [b.id for b in screen.query_one("#export-format", RadioSet).query("RadioButton")]
        assert formats == ["format-md", "format-docx", "format-pdf"]
        assert screen.query_one("#export-path", Input).value == "rapport.pdf"  # PDF by default
        parts = screen.query_one("#export-parts", SelectionList)
        names = [parts.get_option_at_index(i).value for i in range(parts.option_count)]
        assert "goals" in names and "internal-control" in names and "contractors" not in names
        assert sorted(parts.selected) == sorted(names)
        assert screen.query_one("#export-template", Input).disabled  # Word only
        await choose(pilot, screen, "format-docx")
        assert screen.query_one("#export-path", Input).value == "rapport.docx"
        assert not screen.query_one("#export-template", Input).disabled


async def test_export_markdown_writes_what_export_markdown_gives(report_file):
    app = YearendApp(report_file, cursor_blink=False)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_export(app, pilot)
        await choose(pilot, screen, "format-md")
        screen.query_one("#export-path", Input).focus()
        await run_export(app, pilot)
        assert app.screen is app.main
    out = report_file.with_suffix(".md")
    assert out.read_text(encoding="utf-8") == export_markdown(load_report(report_file))
    assert any("rapport.md" in n.message and "Exporterade" in n.message
               for n in app._notifications)


async def test_export_pdf_runs_in_a_worker_and_says_so(report_file):
    app = YearendApp(report_file, cursor_blink=False)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_export(app, pilot)
        await pilot.press("enter")
        await pilot.pause()
        # A child process cannot have started Typst and finished within one pause: the dialog
        # is still there, telling the officer it works, and the editor answers meanwhile.
        assert app.screen is screen and screen.stage in ("building", "writing")
        status = str(screen.query_one("#export-status").render())
        assert status.startswith(("Bygger dokumentet", "Exporterar PDF"))
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.screen is app.main and screen.outcome.done
    reader = pypdf.PdfReader(report_file.with_suffix(".pdf"))
    assert reader.metadata.title == load_report(report_file).meta.title
    assert any("rapport.pdf" in n.message for n in app._notifications)


async def test_export_word_of_one_appendix_in_english(report_file):
    app = YearendApp(report_file, cursor_blink=False)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_export(app, pilot)
        await choose(pilot, screen, "format-docx")
        await choose(pilot, screen, "lang-en")
        parts = screen.query_one("#export-parts", SelectionList)
        parts.deselect_all()
        parts.select("goals")
        screen.query_one("#export-path", Input).focus()
        await run_export(app, pilot)
        assert app.screen is app.main, screen.outcome
    d = docx.Document(str(report_file.with_suffix(".docx")))
    expected = build_document(load_report(report_file), only=["goals"], lang="en")
    assert d.core_properties.title == expected.title
    assert expected.title.endswith("goal appendix")
    assert d.core_properties.language == "en-GB"


async def test_export_refusals_in_the_officers_words_and_the_dialog_stays(report_file):
    app = YearendApp(report_file, cursor_blink=False)
    before = report_file.read_bytes()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_export(app, pilot)
        field = screen.query_one("#export-path", Input)
        for value, said in (("rapport.toml", ".toml"), ("rapport.docx", "formatet är PDF")):
            field.value = value
            await run_export(app, pilot)
            assert app.screen is screen
            assert said in str(screen.query_one("#export-problem").render())
        await choose(pilot, screen, "format-docx")
        screen.query_one("#export-template", Input).value = "saknas.dotx"
        field.focus()
        await run_export(app, pilot)
        assert app.screen is screen
        assert "Word-mallen saknas.dotx finns inte" in str(
            screen.query_one("#export-problem").render())
        screen.query_one("#export-parts", SelectionList).deselect_all()
        screen.query_one("#export-template", Input).value = ""
        await run_export(app, pilot)
        assert "Välj minst en del" in str(screen.query_one("#export-problem").render())
        assert any(n.severity == "error" for n in app._notifications)
    assert report_file.read_bytes() == before
    assert sorted(p.name for p in report_file.parent.iterdir()) == ["rapport.toml"]


async def test_closing_the_dialog_while_it_writes_lets_the_export_finish(report_file):
    app = YearendApp(report_file, cursor_blink=False)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_export(app, pilot)
        await pilot.press("enter")
        while screen.stage == "building":
            await pilot.pause()
        await pilot.press("escape")
        assert app.screen is app.main
        assert any("fortsätter" in n.message for n in app._notifications)
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert screen.outcome is not None and screen.outcome.done
    assert report_file.with_suffix(".pdf").read_bytes().startswith(b"%PDF")
    assert any("Exporterade" in n.message and "rapport.pdf" in n.message
               for n in app._notifications)


async def test_export_and_preview_keep_the_reports_language_when_the_editor_speaks_english(
        report_file):
    from tui.settings.config import Settings, save_settings

    save_settings(Settings(language="en"))
    app = YearendApp(report_file, cursor_blink=False)
    async with app.run_test(size=SIZE) as pilot:
        assert app.words.lang == "en"
        await pilot.press("n", "n")  # the first stop is an indicator without its outcome
        screen = await open_preview(app, pilot, "p")
        assert "Nämndsmål" in screen.shown and "Bedömning" in screen.shown
        await pilot.press("escape")
        screen = await open_export(app, pilot)
        assert screen.query_one("#lang-sv").value  # the report's language, not the editor's
        await choose(pilot, screen, "format-md")
        screen.query_one("#export-path", Input).focus()
        await run_export(app, pilot)
        assert any("Exported" in n.message for n in app._notifications)  # the officer's words
    out = report_file.with_suffix(".md").read_text(encoding="utf-8")
    assert out == export_markdown(load_report(report_file))
    assert "Sammanfattning" in out  # Swedish, as `yearend export` writes it


def test_a_write_refused_in_the_export_child_is_told_in_the_editors_language(report_file):
    from tui.common.i18n import Words
    from tui.output.export_job import ExportJob, run_job

    outcome = run_job(load_report(report_file), ExportJob("docx", Path("/dev/null")), Words("sv"))
    assert not outcome.done
    assert "/dev/null är en teckenenhet, inte en vanlig fil" in outcome.message, outcome.message
