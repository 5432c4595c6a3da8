"""The text and Markdown forms of a diff: plain without a terminal, colours in one, user text
never read as rich markup, Markdown or terminal control codes."""

import copy
import io

import pytest
from markdown_it import MarkdownIt
from rich.console import Console

from reportmodel.core.compare import compare_reports
from reportmodel.render.diff.render_md import render_markdown
from reportmodel.render.diff.render_text import print_diff
from reportmodel.io.storage import load_report

from .conftest import DATA

COMPARE = DATA / "compare"


@pytest.fixture
def reports():
    return load_report(COMPARE / "old.toml"), load_report(COMPARE / "new.toml")


def text_of(diff, terminal=False, **kwargs):
    out = io.StringIO()
    console = Console(file=out, force_terminal=terminal, color_system="standard" if terminal
                      else None, width=120, highlight=False)
    print_diff(diff, console, **kwargs)
    return out.getvalue()


def test_plain_text_has_no_escape_codes_and_marks_the_word_diff(reports):
    out = text_of(compare_reports(*reports))
    assert "\x1b" not in out
    assert "Fossilbränslefri kommun → Fossilbränslefri koncern" in out
    assert ("[-Kommunkoncernens egna fordon och inköpta transporter-]"
            "{+Kalmar kommunkoncern+}") in out
    assert "Bedömning: 🟢 Helt uppfyllt → 🟡 Delvis uppfyllt ↘ sämre" in out
    assert "⑂ Attraktiv kommun delat i Attraktiv kommun; bo och leva" in out
    assert "- Avfallet (Nämndsmål)" in out
    assert "+ Äldreomsorgskommun (Nämndsmål)" in out
    assert "Senaste utfall: 2022: prel: 88,5 → 2023: 91 ↗ bättre" in out


def test_terminal_text_is_coloured_without_plain_markers(reports):
    out = text_of(compare_reports(*reports), terminal=True)
    assert "\x1b[" in out
    assert "[-" not in out and "{+" not in out
    assert "\x1b[9;31mKommunkoncernens egna" in out  # red, struck through
    assert "\x1b[4;32mKalmar kommunkoncern" in out  # green, underlined


def test_user_text_is_not_markup_nor_control_codes(reports):
    old, new = reports
    new.goals["trygghet"].comment = "[bold red]Viktigt[/] \x1b[2J\x1b]0;fönsternamn\x07slut"
    new.goals["trygghet"].title = "Trygghet [link=http://x]här[/link]"
    out = text_of(compare_reports(old, new), terminal=True)
    assert "[bold red]Viktigt[/]" in out
    assert "Trygghet [link=http://x]här[/link]" in out
    assert "\x1b[2J" not in out
    assert "\x1b]0;" not in out and "fönsternamn" not in out
    assert "Viktigt[/] slut" in out


def test_only_limits_the_parts(reports):
    out = text_of(compare_reports(*reports), only={"internal-control"})
    assert "Intern kontroll" in out and "Beslutsattest" in out
    assert "Budget i balans" not in out and "Bedömningar per nivå" not in out


def test_identical_reports_say_so(reports):
    old, _ = reports
    out = text_of(compare_reports(old, copy.deepcopy(old)))
    assert "Inga skillnader." in out


def test_english_report_gets_english_words(reports):
    old, new = reports
    new.meta.language = "en"
    out = text_of(compare_reports(old, new))
    assert "Assessment: 🟢 Fully achieved → 🟡 Partly achieved ↘ worse" in out
    assert "Goals  Added 1 · Removed 1 · Renamed 1" in out
    assert ("Comment: [-Det saknas uppgift om andelen förnybara transporter-]"
            "{+Krav på förnybart drivmedel ställs+}") in out  # a word diff, in English words


def test_suggest_trends_lists_every_suggestion():
    old = load_report(DATA / "process-oriented.toml")
    new = copy.deepcopy(old)
    new.goals["bygglov"].assessment = "ej"
    out = text_of(compare_reports(old, new), trends_only=True)
    assert "Föreslagna trender" in out
    assert "Bygglov: ↘ Sämre" in out
    assert "Tillsyn: → Oförändrad" in out  # delvis both years; the report says Bättre
    assert "Ändrade" not in out


def md_html(text):
    return MarkdownIt("commonmark").enable(["table", "strikethrough"]).render(text)


def test_markdown_escapes_user_text_and_marks_the_word_diff(reports):
    old, new = reports
    new.goals["trygghet"].title = "1. *Trygghet* | <b>[länk](http://x)</b> #1"
    md = render_markdown(compare_reports(old, new))
    html = md_html(md)
    assert "<em>" not in html and "<b>" not in html and 'href="http://x"' not in html
    assert "1. *Trygghet* | &lt;b&gt;[länk](http://x)&lt;/b&gt; #1" in html
    assert ("<s>Kommunkoncernens egna fordon och inköpta transporter</s>"
            "<strong>Kalmar kommunkoncern</strong>") in html
    assert "<table>" in html and "<td>Helt uppfyllt" in html.replace("🟢 ", "")


def test_markdown_is_a_document_with_headings(reports):
    md = render_markdown(compare_reports(*reports))
    assert md.startswith("# Jämförelse: Kommunstyrelsens årsrapport 2022 (2022) → ")
    for heading in ("## Bedömningar per nivå", "## Mål", "## Aktiviteter", "## Intern kontroll",
                    "### Budget i balans"):
        assert f"\n{heading}\n" in md
    assert md.endswith("\n") and not md.endswith("\n\n")


def test_carry_over_reads_as_the_report_says_it(reports):
    """A risk's carry-over is labelled with its own note, else the layout's sentence for the
    next year; only a report with neither gets the vocabulary's "Förs till nästa års plan"."""
    from reportmodel.core import model as m

    old, new = copy.deepcopy(reports[0]), copy.deepcopy(reports[0])
    old.risks = {"r": m.Risk(id="r", title="Risk – Säkerhet", carry_over=True)}
    new.risks = {"r": m.Risk(id="r", title="Risk – Säkerhet", carry_over=False)}
    assert "Förs till nästa års plan: ja → nej" in text_of(compare_reports(old, new))
    new.layout_decl.carry_over = "Ingår i urvalet till IK-plan {year}"
    year = new.meta.year + 1
    assert f"Ingår i urvalet till IK-plan {year}: ja → nej" in text_of(compare_reports(old, new))
    old.risks["r"].carry_over_note = "ingår i urvalet till IK-plan 2024."
    out = text_of(compare_reports(old, new))
    assert "Ingår i urvalet till IK-plan 2024: ja → nej" in out
    assert "Förs till nästa års plan" not in out
