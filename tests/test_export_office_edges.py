"""Shapes a builder may hand the Word and PDF writers that the Kalmar document does not have."""

from __future__ import annotations

import io

import docx
import pypdf
import pytest

from reportmodel.render.document import (
    BarSegment, BulletList, Cell, Column, Document, Fact, Facts, Heading, Mark, Meta, Paragraph,
    Part, RiskMatrix, Row, Series, Signatures, Span, StackedBars, Table, plain,
)
from reportmodel.render.office import ExportError, render_document

ODD = Mark("x", "odd", "Konstig färg", "", "not-a-colour")


def edge_document() -> Document:
    blocks = [
        Heading(3, plain("Rubrik som hoppar från nivå 3")),
        Paragraph((Span("Rad ett\nrad två"), Span(" `kod` ", code=True))),
        BulletList([[Paragraph(plain("Punkt")),
                     BulletList([[Paragraph(plain("Underpunkt"))]], ordered=True, start=4),
                     Paragraph(plain("Fortsättning"))]]),
        Facts([Fact("Bedömning", ODD), Fact("Tom", ())]),
        Table([Column("Bara rubrik", "title")], []),
        Table([Column("A", "title"), Column("B", "comment")],
              [Row([Cell(plain("kort"))]),  # fewer cells than columns
               Row([Cell(blocks=[Paragraph(plain("stycke i cell")),
                                 BulletList([[Paragraph(plain("lista i cell"))]])]),
                    Cell(mark=ODD)]),
               Row([], group=True)], header=False),
        Table([], []),
        StackedBars("Tomma staplar", [("Ingen", []), ("Noll", [BarSegment(ODD, 0)])]),
        Series("En punkt", [(2022, -1.5)]),
        RiskMatrix([], [], {}, None),
        Signatures("ENHETEN", []),
    ]
    return Document("Kantfall", "sv", Meta(), [Part("section", "Kantfall", blocks)])


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_edge_shapes_export(fmt):
    data = render_document(edge_document(), fmt, created=0)
    if fmt == "pdf":
        text = "".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(data)).pages)
        assert "Konstig färg" in text and "stycke i cell" in text
        assert "Rad ett rad två" in text  # a soft break reflows
    else:
        d = docx.Document(io.BytesIO(data))
        body = "\n".join(p.text for p in d.paragraphs)
        assert "Rad ett rad två" in body  # a soft break reflows
        cells = [c.text for t in d.tables for r in t.rows for c in r.cells]
        assert "Konstig färg" in cells


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_empty_document(fmt):
    assert render_document(Document("", "sv", Meta(), []), fmt, created=0)


def test_unknown_format():
    with pytest.raises(ExportError, match="unknown format 'odt'"):
        render_document(edge_document(), "odt")


def test_bad_source_date_epoch(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "igår")
    with pytest.raises(ExportError, match="SOURCE_DATE_EPOCH"):
        render_document(edge_document(), "pdf")


def test_characters_the_pdf_fonts_lack_are_replaced_and_told():
    text = "Glad 👩‍💻 🙂 och 中文, men ≥ → – ”citat” ½ € § å ä ö"
    doc = Document("T", "sv", Meta(), [Part("section", "x", [Paragraph(plain(text))])])
    told: list[str] = []
    data = render_document(doc, "pdf", created=0, warn=told.append)
    out = "".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(data)).pages)
    assert "≥ → – ”citat” ½ € § å ä ö" in out and "Glad" in out
    assert "🙂" not in out and "中" not in out
    assert told and "🙂" in told[0] and "中" in told[0]
    word = docx.Document(io.BytesIO(render_document(doc, "docx", created=0)))
    assert text in [p.text for p in word.paragraphs]  # Word keeps it: the reader's fonts may


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_hard_breaks_stay_line_breaks(fmt):
    address = Paragraph(plain("Box 611\n391 26 Kalmar"))
    address.hard_breaks = True  # the document helper's optional field (an address, a signature)
    doc = Document("T", "sv", Meta(), [Part("section", "x", [address])])
    data = render_document(doc, fmt, created=0)
    if fmt == "pdf":
        text = pypdf.PdfReader(io.BytesIO(data)).pages[-1].extract_text()
        assert "Box 611\n391 26 Kalmar" in text
    else:
        word = docx.Document(io.BytesIO(data))
        assert "Box 611\n391 26 Kalmar" in [p.text for p in word.paragraphs]
