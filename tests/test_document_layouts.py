"""The document model and the layouts of the three shapes of domain.md section 3.1.

Each test report in tests/data declares its layout in the file (`[layout]`); its export is
committed as tests/golden/<name>.md (regenerate on purpose with UPDATE_GOLDEN=1, see
test_export_golden.py) and its part order, headings and columns are asserted here, so a change
to the builder shows up as the words and order a board would see.
"""

import difflib
import os

import pytest
from rich.console import Console

from reportmodel.io.codec_write import dumps
from reportmodel.io.storage import load_path, load_report, parse
from reportmodel.render import build_document, export_markdown, item_document, outline, part_document
from reportmodel.render.document import Document, Meta
from reportmodel.render.markdown_writer import write_blocks
from reportmodel.render.rich_view import render_document

from .conftest import DATA, ROOT
from .test_export_markdown import headings, tables

SHAPES = ["process-oriented", "numbered-goals", "internal-control"]


@pytest.mark.parametrize("name", SHAPES)
def test_shape_export_is_its_golden_file(name):
    actual = export_markdown(load_report(DATA / f"{name}.toml")).encode("utf-8")
    golden = ROOT / "tests" / "golden" / f"{name}.md"
    if os.environ.get("UPDATE_GOLDEN") == "1":
        golden.write_bytes(actual)
    expected = golden.read_bytes()
    if actual != expected:
        diff = difflib.unified_diff(expected.decode().splitlines(), actual.decode().splitlines(),
                                    "golden", "export", lineterm="", n=1)
        raise AssertionError("\n".join(list(diff)[:60]))


def test_process_oriented_follows_its_sources_order_and_words():
    markdown = export_markdown(load_report(DATA / "process-oriented.toml"))
    h = headings(markdown)
    top = [text for level, text in h if level == 2]
    assert top == ["Förslag till beslut", "Ärendebeskrivning", "Finansiering", "Innehåll",
                   "Sammanfattning", "Väsentliga händelser – Hållbar utveckling",
                   "Väsentliga händelser – Effektiv organisation",
                   "Sammanställning processområden", "Uppföljning fyraåriga processmål",
                   "Status åtaganden", "Förklaring symboler", "Perspektiv – Hållbar utveckling",
                   "Perspektiv – Effektiv organisation"]
    # Per area: its comment, the tables placed in it, its goals, then its commitments.
    bygglov = [t for _, t in h[[t for _, t in h].index("Processområde Bygglov"):]]
    assert bygglov[:5] == ["Processområde Bygglov", "Sjukfrånvaro", "4-åriga processmål",
                           "Snabb och rättssäker handläggning", "1-åriga åtaganden"]
    # Numbered decision, signing unit before the signatories, legend before the goals.
    assert "1. Miljö- och byggnämnden godkänner verksamhetsberättelsen" in markdown
    assert markdown.index("KOMMUNLEDNINGSKONTORET") < markdown.index("Karin Holm")
    found = {tuple(header): rows for header, rows in tables(markdown)}
    assert ["Andel genomförda planerade inspektioner", "78\xa0%", "81\xa0%", "85\xa0%",
            "90\xa0%", "90\xa0%"] in found[("Indikator", "Utfall 2020", "Utfall 2021", "Utfall 2022",
                              "Mål 2021", "Mål 2022")]
    overview = [rows for header, rows in tables(markdown)
                if header == ["Processområde", "Bedömning", "Trend"]]
    assert [[row[0] for row in rows] for rows in overview] == [["Tillsyn", "Rådgivning"],
                                                                ["Bygglov"]]
    assert "**Digital inspektionsrapport** (MBN)" in markdown


def test_numbered_goals_follow_their_sources_order_and_words():
    markdown = export_markdown(load_report(DATA / "numbered-goals.toml"))
    h = headings(markdown)
    assert [t for level, t in h if level == 2] == [
        "Innehåll", "Verksamhet", "Måluppföljning", "Uppdrag", "Ekonomi",
        "Bilaga 1 – Uppföljning av internkontroll",
        "Bilaga 2 – Uppföljning av privata utförare"]
    # Legend before the goals; council goals as numbered headings; board goals not headings.
    assert [t for level, t in h if level == 3][:4] == [
        "Teckenförklaring", "1. Livslångt lärande", "3. Trygg uppväxt", "5. Hållbar kommun"]
    assert not any("Fler elever" in t for _, t in h)  # each title once, in its table
    found = tables(markdown)
    goal_rows = [rows[0] for header, rows in found
                 if header == ["Nämndens mål", "Koppling Agenda 2030", "Bedömning"]]
    assert goal_rows[0] == ["1. Fler elever ska nå godkända betyg i alla ämnen",
                            "Mål 4 - God utbildning för alla", "🔴 Ej uppfyllt"]
    # One indicator table per council goal, target first, then outcomes newest first.
    indicator_tables = [(header, rows) for header, rows in found if header[0] == "Indikator"]
    assert len(indicator_tables) == 2
    header, rows = indicator_tables[1]
    assert header == ["Indikator", "Mål 2022", "Utfall 2022", "Utfall 2021"]
    assert rows[1] == ["4.1 Genomsnittlig frånvaro per elev, dagar", "2,50", "2,90", "3,10"]
    # Internal control without status or matrix; contractor columns as the area names them.
    control = next(header for header, _ in found if header[0] == "Kontrollmoment")
    assert control == ["Kontrollmoment", "Ansvarig", "Frekvens", "Metod", "Bedömning",
                       "Resultat", "Åtgärd"]
    assert "Status saknas" not in markdown and "Riskmatris" not in markdown
    assert any(header[0] == "Berört avtal" for header, _ in found)
    # The legend of the goals lists the goal assessment only.
    legend = next(rows for header, rows in found if header[0] == "Symbol")
    assert [row[1] for row in legend] == ["Uppfyllt", "Ej uppfyllt"]


def test_internal_control_without_matrix_says_what_the_report_says():
    markdown = export_markdown(load_report(DATA / "internal-control.toml"))
    assert "Ingår i urvalet till IK-plan 2023" in markdown
    assert "Risken förs över" not in markdown
    assert "Risköversikt" not in markdown and "Riskmatris" not in markdown
    assert all("Status" not in header for header, _ in tables(markdown)
               if header[0] == "Kontrollmoment")
    assert [t for _, t in headings(markdown)].count("Risk - Säkerhet") == 2


@pytest.mark.parametrize("name", SHAPES + ["kalmar-2022"])
def test_markdown_rich_and_preview_show_the_same_headings_in_the_same_order(name):
    path = ROOT / "sample_data" / f"{name}.toml" if name.startswith("kalmar") else DATA / f"{name}.toml"
    report = load_report(path)
    document = build_document(report)
    expected = outline(document)
    assert [text for _, text in headings(export_markdown(report))] == [t for _, t in expected]
    console = Console(width=400, record=True, color_system=None)
    with console.capture() as capture:
        console.print(render_document(document))
    screen = capture.get()
    at = 0
    for _, text in expected:  # each heading on screen, after the one before it
        found = screen.find(text, at)
        assert found >= 0, text
        at = found + len(text)
    # The preview of each top-level goal shows the export's headings for it, in its order.
    goals = next((p for p in document.parts if p.kind == "goals"), None)
    if goals is not None:
        exported = outline(Document("", "sv", Meta(), [goals]))
        level = 3 if report.layout.titles and "goals" in report.layout.titles else 2
        preview = []
        for goal in report.goals.values():
            if goal.parent is None:
                preview += outline(item_document(report, goal.id, level=level))
        assert [t for _, t in preview] == [t for _, t in exported
                                            if (_, t) not in exported[:1] or level == 2][
            -len(preview):]


def test_item_preview_writes_the_exports_blocks():
    report = load_report(DATA / "process-oriented.toml")
    text = write_blocks(item_document(report, "bygglov", level=3).parts[0].blocks)
    assert text in export_markdown(report)


def test_only_an_appendix_gets_its_own_title():
    report = load_report(ROOT / "sample_data" / "kalmar-2022.toml")
    doc = part_document(report, "goals")
    assert doc.title == "Kommunstyrelsens årsrapport 2022 – målbilaga"
    assert outline(doc)[0] == (1, doc.title)
    numbered = load_report(DATA / "numbered-goals.toml")
    assert part_document(numbered, "internal-control").title == \
        "Bilaga 1 – Uppföljning av internkontroll"


LAYOUT = """format_version = 1

[report]
municipality = "X kommun"
board = "Nämnden"
kind = "arsrapport"
title = "Rapport"
year = 2022

[scheme]
preset = "kalmar"

[layout]
parts = [
    "title",
    "goals",
    "legend",
]
risk_matrix = false

[goals.a]
title = "A"
level = "fokusomrade"
"""


def test_layout_round_trips_with_only_the_keys_it_declared():
    loaded = parse(LAYOUT)
    assert loaded.errors == []
    assert dumps(loaded.report) == LAYOUT


def test_layout_mistakes_are_reported_with_their_key():
    text = LAYOUT.replace('parts = [\n    "title",\n    "goals",\n    "legend",\n]',
                          'parts = ["title", "mål"]\nindicator_years = "backwards"')
    text = text.replace("risk_matrix = false", "[layout.levels.nope]\nstyle = \"table\"")
    loaded = parse(text)
    messages = [f"{p.path}: {p.message}" for p in loaded.errors]
    assert any(m.startswith("layout.parts.1:") and '"mål" is not a part' in m for m in messages)
    assert any(m.startswith("layout.indicator_years:") for m in messages)
    assert any(m.startswith("layout.levels.nope:") for m in messages)


def test_printed_decimals_survive_reading_writing_and_export():
    loaded = load_path(DATA / "numbered-goals.toml")
    text = dumps(loaded.report)
    assert 'outcome = "2.90"' in text and 'target = "2.50"' in text
    assert "| 2,50 | 2,90 | 3,10 |" in export_markdown(loaded.report)


def test_fmt_writes_no_scale_keys_the_file_did_not_declare():
    text = LAYOUT.replace("[layout]", """[scheme.scales.trend.values.upp]
label = "Upp"

[layout]""")
    loaded = parse(text)
    assert loaded.errors == []
    out = dumps(loaded.report)
    assert 'symbol = ""' not in out and "unset_symbol" not in out
    assert out == text
