"""An appendix's own contents in Word and PDF: a layout like the process-oriented report's
(domain.md 3.1) puts the toc after "Bilaga 1"'s heading, and the contents then list Bilaga 1's
parts up to the next appendix (as the Markdown contents do), not the memo or Bilaga 2."""

from __future__ import annotations

import datetime
import io
import re

import docx
import pypdf
from docx.oxml.ns import qn

from reportmodel.render.document import (
    BulletList, Document, Heading, Meta, Paragraph, Part, plain,
)
from reportmodel.render.office import render_document
from reportmodel.render.office_common import contents_scope
from reportmodel.render.pdf.data import document_data

CREATED = datetime.datetime(2023, 2, 14, 9, 0, tzinfo=datetime.timezone.utc)
MEMO = ["Förslag till beslut", "Ärendebeskrivning"]
BILAGA_1 = "Bilaga 1 – Verksamhetsberättelse 2022"
SCOPED = ["Sammanfattning", "Hållbar utveckling", "Processområde Demokrati",
          "Förklaring symboler"]
BILAGA_2 = ["Bilaga 2 – Slutrapport intern kontroll 2022", "Risk – Felaktig attest"]


def section(title: str, text: str, level: int = 2) -> list:
    return [Heading(level, plain(title)), Paragraph(plain(text))]


def process_document(toc_after_appendix: bool = True) -> Document:
    memo = Part("memo", "", section(MEMO[0], "Kommunstyrelsen godkänner berättelsen.")
                + section(MEMO[1], "Styrelsen följer upp sin plan varje år."))
    bilaga_1 = Part("section", BILAGA_1, section(BILAGA_1, "Nämndens verksamhetsberättelse."),
                    appendix=True)
    toc = Part("toc", "Innehållsförteckning", [
        Heading(2, plain("Innehållsförteckning")),
        BulletList([[Paragraph(plain(t))] for t in SCOPED])])
    inside = [
        Part("section", SCOPED[0], section(SCOPED[0], "De flesta processmål nås.")),
        Part("goals", "", section(SCOPED[1], "Området i korthet.")
             + section(SCOPED[2], "Fler invånare deltar i dialogerna.", 3)),
        Part("legend", SCOPED[3], section(SCOPED[3], "Grönt: uppnått.")),
    ]
    bilaga_2 = Part("internal-control", BILAGA_2[0], section(BILAGA_2[0], "Årets kontroller.")
                    + section(BILAGA_2[1], "Attesterna stämde.", 3), appendix=True)
    parts = [Part("title", "", []), memo]
    parts += [bilaga_1, toc] if toc_after_appendix else [toc, bilaga_1]
    return Document(title="Verksamhetsberättelse 2022", lang="sv", meta=Meta(
        municipality="Kungsbacka kommun", board="Kommunstyrelsen",
        title="Verksamhetsberättelse 2022", date="14 februari 2023"),
        parts=parts + inside + [bilaga_2])


def bookmark_titles(outline) -> list[str]:
    out = []
    for item in outline:
        out += bookmark_titles(item) if isinstance(item, list) else [item.title]
    return out


def test_the_scope_is_the_appendix_parts_after_the_toc_up_to_the_next_appendix():
    # Indexed among the parts that are neither title nor toc: memo 0, Bilaga 1 1, then 2, 3, 4.
    assert contents_scope(process_document()) == range(2, 5)
    assert contents_scope(process_document(toc_after_appendix=False)) is None


def test_pdf_lists_bilaga_1_and_still_bookmarks_everything():
    data = document_data(process_document())
    listed = [h["text"][0]["t"] for p in data["parts"] for h in p["blocks"]
              if h["k"] == "h" and h.get("o", True)]
    assert listed == SCOPED
    reader = pypdf.PdfReader(io.BytesIO(render_document(process_document(), "pdf",
                                                        created=CREATED)))
    pages = [page.extract_text() for page in reader.pages]
    at = next(i for i, text in enumerate(pages) if "Innehållsförteckning" in text)
    contents = pages[at]
    # The appendix heading shares the contents' page (it stood alone before them).
    assert contents.index(BILAGA_1) < contents.index("Innehållsförteckning")
    entries = contents[contents.index("Innehållsförteckning"):]
    for title in SCOPED:
        assert re.search(re.escape(title) + r"[ .]*\d", entries), title
    for title in MEMO + BILAGA_2 + [BILAGA_1]:
        assert title not in entries
    assert bookmark_titles(reader.outline) == MEMO + [BILAGA_1] + SCOPED + BILAGA_2


def test_pdf_contents_without_an_appendix_before_them_list_everything():
    data = document_data(process_document(toc_after_appendix=False))
    assert not data["contents_scoped"]
    assert all(h.get("o", True) for p in data["parts"] for h in p["blocks"] if h["k"] == "h")
    reader = pypdf.PdfReader(io.BytesIO(render_document(
        process_document(toc_after_appendix=False), "pdf", created=CREATED)))
    contents = next(text for text in (p.extract_text() for p in reader.pages)
                    if "Innehållsförteckning" in text)
    assert MEMO[0] in contents and BILAGA_2[0] in contents


def test_word_toc_field_is_limited_to_a_bookmark_over_bilaga_1s_parts():
    d = docx.Document(io.BytesIO(render_document(process_document(), "docx", created=CREATED)))
    toc = [t.text.strip() for t in d.element.body.iter(qn("w:instrText"))
           if t.text.strip().startswith("TOC")]
    assert len(toc) == 1
    name = re.fullmatch(r'TOC \\o "1-3" \\h \\z \\u \\b (\S+)', toc[0]).group(1)
    # The headings inside the bookmark of that name are exactly the listed ones.
    inside, spanned, mark_id = False, [], None
    for element in d.element.body.iter(qn("w:p"), qn("w:bookmarkStart"), qn("w:bookmarkEnd")):
        if element.tag == qn("w:bookmarkStart") and element.get(qn("w:name")) == name:
            inside, mark_id = True, element.get(qn("w:id"))
        elif element.tag == qn("w:bookmarkEnd") and element.get(qn("w:id")) == mark_id:
            inside = False
        elif element.tag == qn("w:p") and inside:
            style = element.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
            if style is not None and style.get(qn("w:val")).startswith("Heading"):
                spanned.append("".join(t.text for t in element.iter(qn("w:t"))))
    assert mark_id is not None and not inside
    assert spanned == SCOPED
    # The entries shown before Word updates the field: the same headings, with page references.
    refs = [t.text.strip() for t in d.element.body.iter(qn("w:instrText"))
            if t.text.strip().startswith("PAGEREF")]
    assert len(refs) == len(SCOPED)
    texts = [p.text for p in d.paragraphs]
    at = texts.index("Innehållsförteckning")
    assert texts[at - 2:at] == [BILAGA_1, "Nämndens verksamhetsberättelse."]
    assert [t.rstrip("\t") for t in texts[at + 1:at + 1 + len(SCOPED)]] == SCOPED


def test_word_contents_without_an_appendix_before_them_have_no_bookmark_switch():
    d = docx.Document(io.BytesIO(render_document(process_document(toc_after_appendix=False),
                                                 "docx", created=CREATED)))
    toc = [t.text.strip() for t in d.element.body.iter(qn("w:instrText"))
           if t.text.strip().startswith("TOC")]
    assert toc == ['TOC \\o "1-3" \\h \\z \\u']
    refs = [t for t in d.element.body.iter(qn("w:instrText")) if "PAGEREF" in t.text]
    assert len(refs) == len(MEMO) + 1 + len(SCOPED) + len(BILAGA_2)
