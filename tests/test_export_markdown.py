"""The Markdown export of whole reports: structure, escaping of every field, determinism,
--only, --ascii, --lang, and single items for the editor's preview."""

import pytest
from markdown_it import MarkdownIt

from reportmodel.render import export_markdown, parse_parts, render_item_markdown
from reportmodel.render.text_safety import clean_text
from reportmodel.io.storage import load_report, loads_report
from reportmodel.core.tree import lookup, walk

from .conftest import DATA
from .test_export_escape import blocks, inline_text

MD = MarkdownIt("gfm-like")
HOSTILE = DATA / "export" / "hostile.toml"


@pytest.fixture(scope="module")
def hostile():
    return load_report(HOSTILE)


def headings(markdown: str) -> list[tuple[int, str]]:
    tokens = MD.parse(markdown)
    return [(int(t.tag[1]), inline_text(tokens[i + 1])) for i, t in enumerate(tokens)
            if t.type == "heading_open"]


def tables(markdown: str) -> list[tuple[list[str], list[list[str]]]]:
    """(header cells, body rows) of every table, as a reader sees the text."""
    out, header, body, row, section = [], [], [], [], None
    for token in MD.parse(markdown):
        if token.type in ("thead_open", "tbody_open"):
            section = token.type[:5]
        elif token.type == "tr_open":
            row = []
        elif token.type == "inline" and section:
            row.append(inline_text(token))
        elif token.type == "tr_close":
            (header.extend(row) if section == "thead" else body.append(row))
        elif token.type == "table_close":
            out.append((header, body))
            header, body, section = [], [], None
    return out


def test_hostile_report_has_its_outline_and_nothing_more(hostile):
    assert headings(export_markdown(hostile)) == [
        (1, "Årsrapport 2022 # med <b>taggar</b>"),
        (2, "Förslag till beslut"),
        (2, "Sammanfattning"),
        (2, "Väsentliga händelser"),
        (3, "Rubrik i texten"), (3, "En rubrik på nivå ett"), (5, "En djupare rubrik"),
        (2, "Ekonomi"),
        (2, "Fokusområde – Kultur för alla"),
        (3, "Nämndsmål – Fler | besök # på biblioteken"),
        (2, "Intern kontroll"), (3, "Risköversikt"), (3, "Riskmatris"),
        (3, "Hantera ekonomi"), (4, "Risk för brister i attest"),
        (3, "Risker utan process"), (4, "Övrig risk"),
        (2, "Uppföljning av privata utförare"), (3, "Hemtjänst"),
        (2, "Teckenförklaring"),
    ]


def test_hostile_report_tables_hold_the_texts_as_written(hostile):
    found = {tuple(header): body for header, body in tables(export_markdown(hostile))}
    activities = found[("Aktivitet", "Ansvarig", "Startdatum", "Slutdatum", "Status")]
    assert activities == [
        ["Utöka öppettider | kvällar", "Bo *Berg*\nbiträdande", "2022-01-01", "2022-12-31",
         "✓ Genomförd"],
        ["1. Skyltning <i>ny</i>", "", "", "", "🕒 Ej längre aktuell"],
    ]
    rows = found[("Vad som följts upp", "Uppfyllt", "Brister", "Påverkan på nämnden",
                  "Vidtagna åtgärder")]
    assert rows == [["Bemanning | schema", "◐ Delvis\nSex av tio\nplaner", "[red]brist[/red]",
                     "", ""]]
    assert found[("Ärendebeteckning", "Datum", "Handläggare")] == [
        ["KFN 2022/0001", "2023-01-31", "Östen *Öberg*"]]
    assert len(tables(export_markdown(hostile))) == 13


def test_hostile_comment_is_markdown_with_html_and_headings_inert(hostile):
    # Comments are Markdown (issue 13): lists, emphasis, code and links are kept as such; a
    # heading inside a comment would break the outline and becomes bold text; raw HTML and
    # control codes stay inert text.
    markdown = export_markdown(hostile)
    parsed = blocks(markdown)
    assert any(text.startswith("<<strong_open>>Kommentar:<<strong_close>> a | b")
               for _, text in parsed)
    assert any("<script>alert(1)</script>" in text for _, text in parsed)  # text, not html
    assert ("list_item>paragraph", "first bullet") in parsed
    assert ("paragraph", "Final paragraph with a C1 control.") in parsed
    assert "\x9b" not in markdown
    assert (1, "x") not in headings(markdown)


def test_no_user_text_becomes_raw_html_or_an_image(hostile):
    tokens = MD.parse(export_markdown(hostile, only="decision,summary,goals,internal-control,"
                                                   "contractors"))
    kinds = {t.type for t in tokens} | {c.type for t in tokens for c in t.children or []}
    assert not kinds & {"html_block", "image"}
    html = {c.content for t in tokens for c in t.children or [] if c.type == "html_inline"}
    assert html <= {"<br>"}


def test_no_control_characters_reach_the_document(hostile):
    markdown = export_markdown(hostile)
    assert not [ch for ch in markdown if ord(ch) < 32 and ch != "\n" or 0x7F <= ord(ch) <= 0x9F]
    assert "pwned" not in markdown


def test_same_report_gives_the_same_bytes(hostile):
    again = load_report(HOSTILE)
    assert export_markdown(hostile).encode() == export_markdown(again).encode()
    assert export_markdown(hostile, ascii=True, lang="en") == export_markdown(
        again, ascii=True, lang="en")


def scale_symbols(report) -> set[str]:
    return {v.symbol for s in report.scheme.scales.values() for v in s.values if v.symbol} | {
        s.unset_symbol for s in report.scheme.scales.values() if s.unset_symbol}


@pytest.mark.parametrize("path", [HOSTILE, DATA / "process-oriented.toml",
                                  DATA / "internal-control.toml"])
def test_ascii_has_no_symbols_only_letters_beyond_ascii(path):
    report = load_report(path)
    markdown = export_markdown(report, ascii=True)
    symbols = {s for s in scale_symbols(report) if not s.isascii()}
    # An en dash is also punctuation an officer types in a title ("Bilaga 1 – Uppföljning").
    assert symbols and not [s for s in symbols - {"–"} if s in markdown]
    assert {ch for ch in markdown if not ch.isascii() and not ch.isalpha()} <= {"\u00a0", "–"}
    assert "Teckenförklaring" not in markdown  # no symbols, nothing to explain
    # Otherwise the same document: every table cell as with symbols, the symbol left out.
    with_symbols = [t for t in tables(export_markdown(report)) if t[0][0] != "Symbol"]
    stripped = [
        ([h for h in header], [[strip_symbol(cell, symbols) for cell in row] for row in body])
        for header, body in with_symbols]
    assert tables(markdown) == stripped


def strip_symbol(cell: str, symbols: set[str]) -> str:
    cell = cell.replace("\u2212", "-")
    for symbol in symbols:
        if cell.startswith(symbol + " "):
            return cell[len(symbol) + 1:]
    return cell


def test_swedish_numbers_and_english_numbers(hostile):
    sv = tables(export_markdown(hostile))
    indicator = next(body for header, body in sv if header[0] == "Indikator")
    assert indicator == [["Besök per invånare", "90\u00a0%", "prel: 88,5\u00a0%",
                          "1\u00a0234,5\u00a0%"]]
    en = tables(export_markdown(hostile, lang="en"))
    indicator = next(body for header, body in en if header[0] == "Indicator")
    assert indicator == [["Besök per invånare", "90%", "prel: 88.5%", "1,234.5%"]]


def test_english_words(hostile):
    outline = [text for _, text in headings(export_markdown(hostile, lang="en"))]
    assert "Proposed decision" in outline and "Legend" in outline
    assert "Board goal – Fler | besök # på biblioteken" in outline


def test_only_writes_the_title_block_the_parts_and_their_legend(hostile):
    markdown = export_markdown(hostile, only="internal-control")
    # One appendix alone is a document of its own: its title, its parts one level up.
    assert headings(markdown)[0][1].endswith(" – uppföljning av intern kontroll")
    outline = [text for level, text in headings(markdown) if level == 2]
    assert outline == ["Risköversikt", "Riskmatris", "Hantera ekonomi", "Risker utan process",
                       "Teckenförklaring"]
    legend = next(body for header, body in tables(markdown) if header[0] == "Symbol")
    # The risk's control point is Genomförd / Med anmärkning; nothing from the goals.
    assert legend == [["✓", "Genomförd", "status för kontrollmoment"],
                      ["◐", "Med anmärkning", "bedömning av kontrollmoment"]]
    both = export_markdown(hostile, only=["contractors", "goals"])
    assert [t for level, t in headings(both) if level == 2] == [
        "Fokusområde – Kultur för alla", "Uppföljning av privata utförare", "Teckenförklaring"]


def test_unknown_part_is_named():
    with pytest.raises(ValueError, match="unknown part 'mål'.*goals, internal-control"):
        parse_parts("goals,mål")


RISKS = """format_version = 1
[report]
municipality = "K"
board = "B"
kind = "arsrapport"
title = "T"
year = 2022
[risks.a]
title = "Ärende"
probability = 2
consequence = 3
[risks.b]
title = "Zebra"
probability = 3
consequence = 2
[risks.c]
title = "Åtgärd"
probability = 2
consequence = 3
[risks.d]
title = "alfa"
probability = 3
consequence = 3
[risks.e]
title = "Utan värde"
"""


def test_risk_overview_by_value_then_swedish_title_and_matrix_counts():
    report = loads_report(RISKS)
    found = tables(export_markdown(report, only="internal-control"))
    overview = found[0][1]
    assert [row[0] for row in overview] == ["alfa", "Zebra", "Åtgärd", "Ärende", "Utan värde"]
    matrix_header, matrix = found[1]
    assert matrix_header == ["Sannolikhet \\ Konsekvens", "1", "2", "3", "4"]
    bold = "<<strong_open>>1<<strong_close>>"  # 3 x 3 = 9 is at or above the threshold 8
    assert matrix == [["4", "", "", "", ""], ["3", "", "1", bold, ""],
                      ["2", "", "", "2", ""], ["1", "", "", "", ""]]
    assert "1 risker saknar sannolikhet" in export_markdown(report)


def test_item_preview_of_a_goal_a_risk_and_an_activity(hostile):
    goal = render_item_markdown(hostile, "bibliotek")
    assert headings(goal) == [(2, "Nämndsmål – Fler | besök # på biblioteken")]
    assert len(tables(goal)) == 3  # facts, indicators, activities
    risk = render_item_markdown(hostile, lookup(hostile, "attest"), level=3)
    assert headings(risk) == [(3, "Risk för brister i attest")]
    assert [h[0] for h, _ in tables(risk)] == ["Riskkategori", "Kontrollmoment"]
    activity = render_item_markdown(hostile, "skyltning", ascii=True)
    assert tables(activity) == [(["Aktivitet", "Ansvarig", "Startdatum", "Slutdatum", "Status"],
                                 [["1. Skyltning <i>ny</i>", "", "", "", "Ej längre aktuell"]])]
    with pytest.raises(KeyError):
        render_item_markdown(hostile, "finns-inte")


def test_every_item_of_every_shape_renders_alone():
    for path in sorted(DATA.glob("*.toml")) + [HOSTILE]:
        report = load_report(path)
        for node in walk(report):
            markdown = render_item_markdown(report, node)
            title = clean_text(node.item.title)
            assert any(title in text for _, text in blocks(markdown)), (path, node.id)


def test_a_contract_without_a_column_follows_the_table_and_is_never_lost():
    report = loads_report("""format_version = 1
[report]
municipality = "K"
board = "B"
kind = "arsrapport"
title = "T"
year = 2022
[contractors.stad]
title = "Städtjänster"
contract = "Ramavtal städ"
[contractors.stad.columns]
title = "Vad har följts upp?"
fulfilment = "Uppfyllt?"
[contractors.stad.rows.hallar]
title = "Idrottshallar"
contract = "Städavtal idrottshallar"
fulfilment = "ja"
[contractors.stad.rows.skolor]
title = "Skolor"
fulfilment = "ja"
""")
    md = export_markdown(report, only="contractors")
    assert tables(md)[0][0] == ["Vad har följts upp?", "Uppfyllt?"]
    # the area's contract above the table, a row's own after it under the row's title
    assert md.index("**Berört avtal:** Ramavtal städ") < md.index("| Vad har följts upp?")
    assert "**Idrottshallar**\n\n*Berört avtal:* Städavtal idrottshallar" in md
    assert "**Skolor**" not in md  # the area's contract is not repeated per row
    report.contractors["stad"].columns["contract"] = "Avtal"
    md = export_markdown(report, only="contractors")
    assert "Berört avtal:" not in md and "| Städavtal idrottshallar |" in md
