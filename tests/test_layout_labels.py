"""What the layout leaves out (issue 13, the docs-only encoding of domain.md 3.1): an empty
`comment_label` prints a goal's comment as a plain paragraph after its title, in every writer
(they all draw the one document model)."""

import io

from reportmodel.io.storage import parse
from reportmodel.render import build_document, export_markdown
from reportmodel.render.document import Paragraph

from .conftest import DATA

PROCESS = (DATA / "process-oriented.toml").read_text(encoding="utf-8")
COMMENT = "Riskklassningen av verksamheterna är klar; planen för 2023 bygger på den."


def report(text: str):
    loaded = parse(text)
    assert loaded.errors == [], loaded.errors
    return loaded.report


def with_layout(text: str, keys: str, after: str = "[layout.titles]") -> str:
    assert after in text
    return text.replace(after, keys + "\n\n" + after, 1)


NO_LABEL = with_layout(PROCESS, '[layout.levels.processmal]\ncomment_label = ""')


def paragraph_texts(document) -> list[str]:
    return ["".join(s.text for s in b.text) for p in document.parts for b in p.blocks
            if isinstance(b, Paragraph)]


def test_an_empty_comment_label_prints_the_comment_alone():
    markdown = export_markdown(report(NO_LABEL))
    assert f"\n{COMMENT}\n" in markdown
    assert f"**Kommentar:** {COMMENT}" not in markdown
    # Only that level: the areas keep theirs.
    assert "**Kommentar:** Handläggningstiderna höll sig inom lagens krav hela året." in markdown
    # Unset, the word; a word of its own, that word.
    assert f"**Kommentar:** {COMMENT}" in export_markdown(report(PROCESS))
    worded = with_layout(PROCESS, '[layout.levels.processmal]\ncomment_label = "Analys"')
    assert f"**Analys:** {COMMENT}" in export_markdown(report(worded))


def test_an_empty_label_keeps_a_comment_of_several_blocks_whole():
    text = NO_LABEL.replace(f'comment = "{COMMENT}"',
                            'comment = """\nFörsta stycket.\n\n- en punkt\n- en till\n"""', 1)
    markdown = export_markdown(report(text))
    assert "\nFörsta stycket.\n\n- en punkt\n- en till\n" in markdown
    assert "Kommentar:** Första" not in markdown


def test_word_pdf_and_the_terminal_print_no_label_either():
    import docx
    import pypdf
    from rich.console import Console

    from reportmodel.render.office import render_document
    from reportmodel.render.rich_view import render_document as rich_document

    document = build_document(report(NO_LABEL))
    assert COMMENT in paragraph_texts(document)
    words = [p.text for p in docx.Document(io.BytesIO(render_document(document, "docx"))).paragraphs]
    assert COMMENT in words and f"Kommentar: {COMMENT}" not in words
    pdf = "\n".join(p.extract_text() for p in pypdf.PdfReader(
        io.BytesIO(render_document(document, "pdf"))).pages)
    assert "Riskklassningen av verksamheterna" in pdf
    assert "Kommentar: Riskklassningen" not in " ".join(pdf.split())
    console = Console(width=200, record=True, file=io.StringIO())
    console.print(rich_document(document))
    shown = console.export_text()
    assert COMMENT in shown and f"Kommentar: {COMMENT}" not in shown


# -- the legend's "Används för" column -----------------------------------------------------------

NUMBERED = (DATA / "numbered-goals.toml").read_text(encoding="utf-8")


def legend_tables(markdown: str) -> list[tuple[list[str], list[list[str]]]]:
    from .test_export_markdown import tables
    return [(header, body) for header, body in tables(markdown) if header[0] == "Symbol"]


def test_legend_used_for_false_drops_the_third_column_everywhere():
    plain = legend_tables(export_markdown(report(PROCESS)))
    assert plain and all(header == ["Symbol", "Betydelse", "Används för"] for header, _ in plain)
    text = with_layout(PROCESS, "legend_used_for = false")
    found = legend_tables(export_markdown(report(text)))
    assert found and all(header == ["Symbol", "Betydelse"] for header, _ in found)
    assert all(len(row) == 2 for _, body in found for row in body)
    # The same rows, symbol and words, as with the column.
    assert [row[:2] for _, body in found for row in body] == \
        [row[:2] for _, body in plain for row in body]


def test_the_control_legend_drops_it_too():
    plain = export_markdown(report(NUMBERED), only="internal-control")
    assert "| Symbol | Betydelse | Används för |" in plain
    text = with_layout(NUMBERED, "legend_used_for = false")
    markdown = export_markdown(report(text), only="internal-control")
    assert "| Symbol | Betydelse |\n|---|---|\n" in markdown
    assert "Används för" not in markdown and "bedömning av kontrollmoment" not in markdown


def test_word_pdf_and_the_terminal_leave_out_the_group_titles():
    import docx
    import pypdf
    from rich.console import Console

    from reportmodel.render.office import render_document
    from reportmodel.render.rich_view import render_document as rich_document

    for text, shown in ((PROCESS, True), (with_layout(PROCESS, "legend_used_for = false"), False)):
        document = build_document(report(text))
        words = [p.text for p in docx.Document(io.BytesIO(render_document(document, "docx"))).paragraphs]
        assert ("bedömning av processområde" in words) is shown
        pdf = " ".join(" ".join(p.extract_text() for p in pypdf.PdfReader(
            io.BytesIO(render_document(document, "pdf"))).pages).split())
        assert ("bedömning av processområde" in pdf) is shown
        console = Console(width=200, record=True, file=io.StringIO())
        console.print(rich_document(document))
        terminal = console.export_text()
        assert ("Används för" in terminal) is shown and "Betydelse" in terminal


def test_check_names_a_legend_used_for_that_is_not_a_boolean():
    loaded = parse(with_layout(PROCESS, 'legend_used_for = "nej"'))
    assert any("legend_used_for" in str(e) for e in loaded.errors + loaded.warnings), \
        (loaded.errors, loaded.warnings)
