"""Write a document as Word (.docx) with python-docx.

python-docx writes real Word styles, fields and table properties with no Office or LibreOffice
installed. With `template` the municipality's own .docx/.dotx is opened and its body emptied:
its styles, fonts, headers, footers and logo stay, and our paragraphs take its styles by Word's
built-in names. The file is A4, in the document's language (sv-SE), with a table of contents
field Word fills when the file is opened, "Sida X (Y)" in the footer, and the same bytes for the
same input and creation date (zip entries and document properties carry that date).
"""

from __future__ import annotations

import datetime
import io
import zipfile
from pathlib import Path

import docx
from docx.enum.text import WD_BREAK, WD_TAB_ALIGNMENT
from docx.shared import Mm, Pt

from reportmodel.render.document import Document, Heading
from reportmodel.render.docx import ooxml
from reportmodel.render.docx.blocks import Writer
from reportmodel.render.docx.tables import add_row, compact, new_table
from reportmodel.render.office_common import heading_levels, lang_tag, words

PAGE_BREAK_BEFORE = ("goals", "internal-control", "contractors")
DOCUMENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
TEMPLATE_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"


class TemplateError(Exception):
    """The template is missing or is not a Word document; the message names the file."""


def _open(template: Path | None):
    if template is None:
        return docx.Document()
    try:
        raw = Path(template).read_bytes()
        with zipfile.ZipFile(io.BytesIO(raw)) as z:
            types = z.read("[Content_Types].xml")
        if TEMPLATE_TYPE.encode() in types:  # a .dotx: the same package, declared a template
            raw = _retype(raw, types.replace(TEMPLATE_TYPE.encode(), DOCUMENT_TYPE.encode()))
        return docx.Document(io.BytesIO(raw))
    except OSError as exc:
        raise TemplateError(f"{template}: cannot read the template ({exc.strerror})") from exc
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise TemplateError(f"{template}: not a Word document or template (.docx, .dotx)") from exc


def _retype(raw: bytes, types: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(raw)) as src, zipfile.ZipFile(out, "w",
                                                                 zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = types if info.filename == "[Content_Types].xml" else src.read(info)
            dst.writestr(info, data)
    return out.getvalue()


def _clear_body(d) -> None:
    body = d.element.body
    for child in list(body):
        if child.tag != ooxml.qn("w:sectPr"):
            body.remove(child)


def _page(d, with_template: bool) -> int:
    """A4 on every section; our own margins only without a template. Returns the text width."""
    for section in d.sections:
        section.page_width, section.page_height = Mm(210), Mm(297)
        if not with_template:
            section.left_margin = section.right_margin = Mm(23)
            section.top_margin, section.bottom_margin = Mm(22), Mm(22)
    s = d.sections[0]
    return int(s.page_width - s.left_margin - s.right_margin)


def _footer(d, title: str, page_word: str, text_width: int) -> None:
    """Title left, "Sida X (Y)" right, unless the template's footer already has content."""
    for section in d.sections:
        footer = section.footer
        xml = footer._element.xml if not footer.is_linked_to_previous else ""
        if footer.is_linked_to_previous is False and ("instrText" in xml or "fldSimple" in xml
                                                      or any(p.text.strip()
                                                             for p in footer.paragraphs)):
            continue
        p = footer.paragraphs[0] if footer.paragraphs else footer.add_paragraph()
        stops = p.paragraph_format.tab_stops
        if p.style is not None:  # the Footer style's own centre and right stops (US Letter)
            for stop in p.style.paragraph_format.tab_stops:
                stops.add_tab_stop(stop.position, WD_TAB_ALIGNMENT.CLEAR)
        stops.add_tab_stop(text_width, WD_TAB_ALIGNMENT.RIGHT)
        p.add_run(title)
        p.add_run("\t" + page_word + " ")
        ooxml.add_field(p, "PAGE", "1")
        p.add_run(" (")
        ooxml.add_field(p, "NUMPAGES", "1")
        p.add_run(")")
        for run in p.runs:
            run.font.size = Pt(8.5)


def _head(w: Writer, document: Document) -> None:
    meta, wd = document.meta, words(document.lang)
    facts = [(wd["board"], meta.board), (wd["case_number"], meta.case_number),
             (wd["date"], meta.date), (wd["officer"], meta.officer)]
    facts = [(k, v) for k, v in facts if v]
    memo_first = bool(document.parts) and document.parts[0].kind == "memo"
    d = w.doc
    if memo_first:  # the cover memo's head: municipality left, its facts right
        widths = [w.text_width // 2, w.text_width - w.text_width // 2]
        table = new_table(w, d, widths, style=None)
        tr, cells = add_row(table, widths)
        cells[0].paragraphs[0].add_run(meta.municipality).bold = True
        for i, (label, value) in enumerate(facts):
            p = cells[1].paragraphs[0] if i == 0 else cells[1].add_paragraph()
            p.add_run(f"{label}: ").font.size = Pt(9.5)
            p.add_run(value).font.size = Pt(9.5)
        compact(cells[1])
        d.add_paragraph()
        w.blocks(d, document.parts[0].blocks)
        return
    d.add_paragraph(meta.municipality, style=w.style("Subtitle"))
    d.add_paragraph(meta.title or document.title, style=w.style("Title"))
    if meta.board:
        d.add_paragraph(meta.board, style=w.style("Subtitle"))
    for label, value in facts[1:]:
        p = d.add_paragraph()
        p.add_run(f"{label}: ").bold = True
        p.add_run(value)


def _contents(w: Writer, document: Document) -> None:
    """The TOC field, its cached result the headings' text (so a reader who does not update
    fields still sees the entries); Word refills it with page numbers when the file opens."""
    d = w.doc
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    d.add_paragraph(words(document.lang)["contents"], style=w.style("TOC Heading", "Title"))
    first = d.add_paragraph()
    ooxml.field_begin(first, 'TOC \\o "1-3" \\h \\z \\u')
    start = 1 if document.parts and document.parts[0].kind == "memo" else 0
    entries = [(w.levels.get(id(b), b.level), b) for part in document.parts[start:]
               for b in part.blocks if isinstance(b, Heading)]
    entries = [(lvl, b) for lvl, b in entries if lvl <= 3]
    last = first
    for i, (level, heading) in enumerate(entries):
        p = first if i == 0 else d.add_paragraph()
        p.paragraph_format.left_indent = Mm(6 * (level - 1))
        p.paragraph_format.space_after = Pt(2)
        p.add_run(((heading.number + " ") if heading.number else "")
                  + "".join(s.text for s in heading.text))
        last = p
    ooxml.field_end(last)
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def _properties(d, document: Document, created: datetime.datetime) -> None:
    props = d.core_properties
    props.title = document.title
    props.subject = document.meta.board
    props.author = document.meta.officer or document.meta.municipality
    props.last_modified_by = "yearend"
    props.language = lang_tag(document.lang)
    props.keywords = ""
    props.comments = ""
    props.created = props.modified = created
    props.last_printed = created
    props.revision = 1


def build_docx(document: Document, *, template: Path | None = None):
    d = _open(template)
    if template is not None:
        _clear_body(d)
    text_width = _page(d, template is not None)
    ooxml.set_language(d, lang_tag(document.lang))
    ooxml.update_fields_on_open(d)
    levels = heading_levels([p.blocks for p in document.parts])
    w = Writer(d, document.lang, text_width, levels)
    _footer(d, document.title, words(document.lang)["page"], text_width)
    _head(w, document)
    _contents(w, document)
    start = 1 if document.parts and document.parts[0].kind == "memo" else 0
    for i, part in enumerate(document.parts[start:]):
        if i > 0 and (part.kind in PAGE_BREAK_BEFORE or part.appendix):
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        w.blocks(d, part.blocks)
    return d


def render_docx(document: Document, *, template: Path | None = None,
                created: datetime.datetime) -> bytes:
    d = build_docx(document, template=template)
    when = created.astimezone(datetime.timezone.utc).replace(tzinfo=None, microsecond=0)
    _properties(d, document, when)
    raw = io.BytesIO()
    d.save(raw)
    return _fixed_zip(raw.getvalue(), when)


def _fixed_zip(raw: bytes, when: datetime.datetime) -> bytes:
    """The same package with every entry dated `when`: zipfile stamps entries with the time of
    writing, which would make two exports of the same report differ."""
    stamp = max(when, datetime.datetime(1980, 1, 1)).timetuple()[:6]
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(raw)) as src, zipfile.ZipFile(out, "w",
                                                                 zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=stamp)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            dst.writestr(fixed, src.read(info))
    return out.getvalue()


def write_docx(document: Document, out: Path, *, template: Path | None = None,
               created: datetime.datetime) -> None:
    out.write_bytes(render_docx(document, template=template, created=created))
