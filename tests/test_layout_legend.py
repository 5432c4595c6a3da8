"""The legend and the leaf tables as the report's layout words them (issue 13, the outside officer's
encoding of the two shapes of domain.md 3.1): renamed completion columns, the legend in the order of
`legend_scales` with completion steps, only what the parts written use, the control legend with
the report's wordings and rows, and a row printed as its wording alone."""

from reportmodel.io.storage import parse
from reportmodel.render import export_markdown

from .conftest import DATA
from .test_export_markdown import tables

PROCESS = (DATA / "process-oriented.toml").read_text(encoding="utf-8")
NUMBERED = (DATA / "numbered-goals.toml").read_text(encoding="utf-8")


def report(text: str):
    loaded = parse(text)
    assert loaded.errors == [], loaded.errors
    return loaded.report


def with_layout(text: str, keys: str, after: str = "[layout.titles]") -> str:
    """`keys` (top-level [layout] keys and tables) put before the file's `after` table."""
    assert after in text
    return text.replace(after, keys + "\n\n" + after, 1)


def legend_rows(markdown: str) -> list[list[str]]:
    return [row for header, body in tables(markdown) if header[0] == "Symbol" for row in body]


def test_the_level_names_its_commitments_completion_column():
    text = with_layout(PROCESS, '[layout.levels.processomrade]\n'
                                'column_titles = { completion = "Färdiggrad", status = "Läge" }')
    found = [header for header, _ in tables(export_markdown(report(text)))]
    assert ["Läge", "Färdiggrad"] in found
    assert ["Status", "Färdigställt"] not in found
    # Without it, the fixed words.
    assert ["Status", "Färdigställt"] in [h for h, _ in tables(export_markdown(report(PROCESS)))]


def test_the_legend_follows_legend_scales_and_explains_the_completion_steps():
    text = with_layout(PROCESS, 'legend_scales = ["process_assessment", "assignment_status", '
                                '"completion", "trend"]\n'
                                '[layout.legend_meanings]\n"completion.80" = "Nästan klart"')
    rows = legend_rows(export_markdown(report(text)))
    uses = list(dict.fromkeys(row[2] for row in rows))
    assert uses == ["bedömning av processområde", "status för åtagande",
                    "färdigställande av åtagande", "trend jämfört med föregående år"]
    completion = [row[:2] for row in rows if row[2] == "färdigställande av åtagande"]
    # The scheme's steps, each as printed; a worded step is its wording alone.
    assert completion == [["0\xa0%", "0\xa0%"], ["20\xa0%", "20\xa0%"], ["80\xa0%", "Nästan klart"],
                          ["100\xa0%", "100\xa0%"]]


def test_legend_wording_meaning_prints_the_wording_alone():
    text = with_layout(PROCESS, 'legend_wording = "meaning"\n[layout.legend_meanings]\n'
                                '"trend.battre" = "Bättre resultat än föregående år"\n'
                                '"trend.samre" = "Sämre resultat än föregående år"')
    rows = legend_rows(export_markdown(report(text)))
    trend = [row[:2] for row in rows if row[2] == "trend jämfört med föregående år"]
    # The worded values are the scale's rows, each its wording alone.
    assert trend == [["↗", "Bättre resultat än föregående år"],
                     ["↘", "Sämre resultat än föregående år"]]
    # A scale with no wordings: all its values, each its label.
    assert ["🟡", "Bedöms delvis uppnå resultatmålen", "bedömning av processområde"] in rows
    default = legend_rows(export_markdown(report(with_layout(
        PROCESS, '[layout.legend_meanings]\n"trend.battre" = "Bättre resultat"'))))
    assert ["↗", "Bättre (Bättre resultat)", "trend jämfört med föregående år"] in default


def test_only_parts_get_the_legend_of_what_they_use():
    numbered = report(NUMBERED)
    assert legend_rows(export_markdown(numbered, only="section:verksamhet")) == []
    alone = export_markdown(numbered, only="internal-control")
    # The appendix's own control legend, not the goals' legend.
    assert [row[2] for row in legend_rows(alone)] == ["bedömning av kontrollmoment"] * 3
    process = report(PROCESS)
    assert "Förklaring symboler" not in export_markdown(process, only="memo")
    assert "Förklaring symboler" in export_markdown(process, only="goals")


def test_the_control_legend_takes_the_reports_wordings_and_rows():
    text = with_layout(NUMBERED, '[layout.legend_meanings]\n'
                                 '"control_assessment.utan-anmarkning" = "Genomförd utan anmärkning"\n'
                                 '"control_assessment.med-anmarkning" = "Genomförd med anmärkning"')
    text = text.replace('[layout]\npreset = "numbered"',
                        '[layout]\npreset = "numbered"\nlegend_wording = "meaning"', 1)
    rows = legend_rows(export_markdown(report(text), only="internal-control"))
    # The worded values are the legend's rows: the source's two, not the scale's three.
    assert [row[:2] for row in rows] == [["●", "Genomförd utan anmärkning"],
                                         ["◐", "Genomförd med anmärkning"]]


def test_the_goal_appendix_alone_says_its_title_once():
    markdown = export_markdown(report(NUMBERED), only="goals")
    titles = [line for line in markdown.splitlines() if line.lstrip("#").strip() == "Måluppföljning"]
    assert titles == ["# Måluppföljning"]
    # The intro's text is still there, under the title.
    intro = report(NUMBERED).sections["maluppfoljning"].text.strip().split("\n")[0]
    assert intro in markdown


def contractor_row(numbered) -> list[str]:
    return next(body for header, body in tables(export_markdown(numbered, only="contractors"))
                if header[0] == "Berört avtal")[0]


def test_contractor_fulfilment_is_words_and_a_free_word_answer_is_printed_alone():
    from reportmodel.core.progress import UNASSESSED, attention

    numbered = report(NUMBERED)
    row = contractor_row(numbered)
    assert "Delvis\nDelvis genomfört" in row  # the preset's words, no ◐ of the control legend
    free = report(NUMBERED.replace('fulfilment = "delvis"\nfulfilment_note', 'fulfilment_note', 1))
    row = contractor_row(free)
    assert "Delvis genomfört" in row and not any("Ej bedömd" in cell for cell in row)
    item = free.contractors["kost"].rows["naringsinnehall"]
    assert attention(free, "contractor_row", item) == []  # answered, in words
    item.fulfilment_note = None
    assert attention(free, "contractor_row", item) == [UNASSESSED]
