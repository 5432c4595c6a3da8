"""The Word writer, read back with python-docx: what a board secretary and Word rely on."""

from __future__ import annotations

import datetime
import io
import re
import zipfile

import docx
import pytest
from docx.oxml.ns import qn
from docx.shared import Mm

from reportmodel.render.document import (
    Cell, Column, Document, Heading, Meta, Paragraph, Part, Row, Table, plain,
)
from reportmodel.render.docx.emit import Emitter
from reportmodel.render.office import ExportError, export_document, render_document
from tests.office_document import GOAL_TITLES, TRICKY, kalmar_document

CREATED = datetime.datetime(2023, 1, 26, 9, 30, tzinfo=datetime.timezone.utc)


@pytest.fixture(scope="module")
def word():
    return docx.Document(io.BytesIO(render_document(kalmar_document(), "docx", created=CREATED)))


def heading_texts(d) -> list[str]:
    return [p.text for p in d.paragraphs if p.style.name.startswith("Heading")]


def test_headings_in_the_documents_order_with_word_heading_styles(word):
    expected = [("".join(s.text for s in b.text) if not b.number else
                 f"{b.number} " + "".join(s.text for s in b.text))
                for part in kalmar_document().parts for b in part.blocks if isinstance(b, Heading)]
    assert heading_texts(word) == expected
    styles = {p.text: p.style.name for p in word.paragraphs}
    assert styles["Nämndens mål"] == "Heading 1"
    assert styles[f"1. {GOAL_TITLES[0]}"] == "Heading 2"
    assert styles["Indikatorer"] == "Heading 3"


def test_a4_and_swedish(word):
    section = word.sections[0]
    assert abs(section.page_width - Mm(210)) < Mm(1) and abs(section.page_height - Mm(297)) < Mm(1)
    lang = word.styles.element.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}/"
                                    f"{qn('w:lang')}")
    assert lang.get(qn("w:val")) == "sv-SE"
    assert word.core_properties.language == "sv-SE"
    assert word.core_properties.title == "Årsrapport 2022 – Kommunstyrelsen"


def test_english_when_asked():
    d = docx.Document(io.BytesIO(render_document(kalmar_document(), "docx", lang="en",
                                                 created=CREATED)))
    assert d.core_properties.language == "en-GB"
    assert "Page" in d.sections[0].footer._element.xml


def instructions(element) -> list[str]:
    return [t.text.strip() for t in element.iter(qn("w:instrText"))]


def test_table_of_contents_field_filled_on_open(word):
    toc = [i for i in instructions(word.element.body) if i.startswith("TOC")]
    assert toc == ['TOC \\o "1-3" \\h \\z \\u']
    update = word.settings.element.find(qn("w:updateFields"))
    assert update is not None and update.get(qn("w:val")) == "true"


def test_page_x_of_y_in_the_footer(word):
    footer = word.sections[0].footer
    assert instructions(footer._element) == ["PAGE", "NUMPAGES"]
    assert "Sida" in footer.paragraphs[0].text


def shading(cell) -> str | None:
    shd = cell._tc.tcPr.find(qn("w:shd")) if cell._tc.tcPr is not None else None
    return None if shd is None else shd.get(qn("w:fill"))


def test_assessment_cells_carry_colour_and_word(word):
    summary = next(t for t in word.tables if t.rows[0].cells[0].text == "Nämndsmål")
    assert summary.rows[0].cells[1].text == "Bedömning"
    cell = summary.rows[1].cells[1]
    assert cell.text == "Helt uppfyllt" and shading(cell) == "2E7D32"
    assert summary.rows[3].cells[1].text == "Ej uppfyllt"
    assert shading(summary.rows[3].cells[1]) == "C62828"
    assert not any("🟢" in c.text for t in word.tables for r in t.rows for c in r.cells)


def test_header_rows_repeat_and_columns_fit_their_content(word):
    control = max(word.tables, key=lambda t: len(t.rows))
    assert len(control.rows) > 60
    assert control.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    assert [c.text for c in control.rows[0].cells] == [
        "Kontrollmoment", "Ansvarig", "Riskvärde", "Status", "Kommentar"]
    widths = [c.w for c in control._tbl.tblGrid.gridCol_lst]
    assert len(set(widths)) > 2  # not equal widths
    assert widths[2] < widths[0] and widths[4] > widths[3]


def test_risk_matrix_is_a_coloured_grid_with_counts(word):
    matrix = next(t for t in word.tables if t.rows[0].cells[0].text.startswith("Sannolikhet"))
    assert [c.text for c in matrix.rows[0].cells[1:]] == ["1", "2", "3", "4"]
    top = matrix.rows[1]  # probability 4, highest first
    assert top.cells[0].text == "4" and top.cells[4].text == "1"
    assert shading(top.cells[4]) != shading(matrix.rows[4].cells[1])  # 16 is not 1


def test_officers_text_stays_text(word):
    assert TRICKY in [p.text for p in word.paragraphs]


def test_same_input_same_bytes_and_fixed_dates():
    one = render_document(kalmar_document(), "docx", created=CREATED)
    two = render_document(kalmar_document(), "docx", created=CREATED)
    assert one == two
    with zipfile.ZipFile(io.BytesIO(one)) as z:
        assert {i.date_time for i in z.infolist()} == {(2023, 1, 26, 9, 30, 0)}
        assert not [n for n in z.namelist() if "thumbnail" in n]  # not a blank page picture
    assert docx.Document(io.BytesIO(one)).core_properties.created == CREATED


def test_source_date_epoch_fixes_the_date(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(int(CREATED.timestamp())))
    assert render_document(kalmar_document(), "docx") == render_document(
        kalmar_document(), "docx", created=CREATED)


def test_template_keeps_its_styles_and_footer_and_loses_its_body(tmp_path):
    t = docx.Document()
    t.styles["Heading 1"].font.name = "Garamond"
    t.add_paragraph("Mallens exempeltext som inte ska följa med")
    t.sections[0].footer.paragraphs[0].text = "Kalmar kommun · Box 611 · 391 26 Kalmar"
    t.save(tmp_path / "mall.docx")
    out = export_document(kalmar_document(), "docx", tmp_path / "r.docx",
                          template=tmp_path / "mall.docx", created=CREATED)
    d = docx.Document(out)
    assert d.styles["Heading 1"].font.name == "Garamond"
    assert "Mallens exempeltext" not in "\n".join(p.text for p in d.paragraphs)
    assert d.sections[0].footer.paragraphs[0].text == "Kalmar kommun · Box 611 · 391 26 Kalmar"
    assert heading_texts(d)[0] == "Årsrapport 2022 för kommunstyrelsen"


def test_dotx_template_is_accepted(tmp_path):
    docx.Document().save(tmp_path / "mall.docx")
    src = zipfile.ZipFile(tmp_path / "mall.docx")
    with zipfile.ZipFile(tmp_path / "mall.dotx", "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "[Content_Types].xml":
                data = data.replace(b"document.main+xml", b"template.main+xml")
            dst.writestr(info, data)
    out = export_document(kalmar_document(), "docx", tmp_path / "r.docx",
                          template=tmp_path / "mall.dotx", created=CREATED)
    assert heading_texts(docx.Document(out))


def test_a_template_that_is_not_word_is_named(tmp_path):
    (tmp_path / "mall.docx").write_text("inte en zip", "utf-8")
    with pytest.raises(ExportError, match="mall.docx: not a Word document"):
        render_document(kalmar_document(), "docx", template=tmp_path / "mall.docx")
    with pytest.raises(ExportError, match="saknas.docx: cannot read"):
        render_document(kalmar_document(), "docx", template=tmp_path / "saknas.docx")


def test_a_failed_export_leaves_the_old_file(tmp_path, monkeypatch):
    out = tmp_path / "r.docx"
    out.write_bytes(b"old")
    with pytest.raises(ExportError):
        export_document(kalmar_document(), "docx", out, template=tmp_path / "saknas.docx")
    assert out.read_bytes() == b"old"
    assert list(tmp_path.iterdir()) == [out]


def test_a_template_binding_other_prefixes_gets_the_same_body(tmp_path, word):
    """The body is written as text with the prefixes w and r; a template whose document part
    names the WordprocessingML namespace otherwise still gets every heading and table."""
    docx.Document().save(tmp_path / "plain.docx")
    src = zipfile.ZipFile(tmp_path / "plain.docx")
    with zipfile.ZipFile(tmp_path / "mall.docx", "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "word/document.xml":
                data = re.sub(rb"(?<=[<\s/])w:", b"ord:", data).replace(b"xmlns:w=", b"xmlns:ord=")
                assert b"<ord:body" in data and b"xmlns:w=" not in data
            dst.writestr(info, data)
    d = docx.Document(export_document(kalmar_document(), "docx", tmp_path / "r.docx",
                                      template=tmp_path / "mall.docx", created=CREATED))
    assert heading_texts(d) == heading_texts(word)
    assert [len(t.rows) for t in d.tables] == [len(t.rows) for t in word.tables]


def test_text_xml_cannot_hold_is_dropped_and_the_rest_escaped():
    text = 'A & B <c> "q" \ufffe\uffff\x07slut'
    doc = Document("Tecken & <taggar>", "sv", Meta(), [Part("section", "Delen", [
        Heading(1, plain("Rubrik & <b>")), Paragraph(plain(text)),
        Table([Column("<th>", "title")], [Row([Cell(plain("a&b"))])])])])
    d = docx.Document(io.BytesIO(render_document(doc, "docx", created=CREATED)))
    assert 'A & B <c> "q" slut' in [p.text for p in d.paragraphs]
    assert "Rubrik & <b>" in heading_texts(d)
    assert [c.text for r in d.tables[-1].rows for c in r.cells] == ["<th>", "a&b"]


def test_the_body_writer_refuses_to_write_into_a_closed_element():
    w = Emitter(docx.Document())
    first = w.p(None)
    w.r(first, "ett")
    w.r(w.p(None), "två")  # closes the first paragraph
    with pytest.raises(RuntimeError):
        w.r(first, "tre")
