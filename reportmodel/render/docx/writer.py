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
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.shared import Mm, Pt, Twips
from lxml import etree

from reportmodel.core.problems import CodedError
from reportmodel.render.document import Document, Heading
from reportmodel.render.docx import ooxml
from reportmodel.render.docx.blocks import Writer
from reportmodel.render.docx.emit import BODY, Body
from reportmodel.render.docx.wordml import R, W, twips
from reportmodel.render.docx.tables import TABLE_STYLE
from reportmodel.render.office_common import (
    contents_place, contents_scope, heading_levels, lang_tag, words,
)
from reportmodel.render.text_safety import one_line

PAGE_BREAK_BEFORE = ("goals", "internal-control", "contractors")
# The bookmark over an appendix's own contents (its id 0: the headings' own are 1, 2, …).
SCOPE_BOOKMARK = "_ContentsScope"
DOCUMENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
TEMPLATE_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"


class TemplateError(CodedError):
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
        raise TemplateError("export.error.template_unreadable", template=template,
                            reason=exc.strerror) from exc
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise TemplateError("export.error.not_a_template", template=template) from exc


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
    """A4 on every section; our own margins only without a template. Returns the text width
    in twips."""
    for section in d.sections:
        section.page_width, section.page_height = Mm(210), Mm(297)
        if not with_template:
            section.left_margin = section.right_margin = Mm(23)
            section.top_margin, section.bottom_margin = Mm(22), Mm(22)
    s = d.sections[0]
    return twips(s.page_width - s.left_margin - s.right_margin)


def _footer(d, title: str, page_word: str, text_width: int) -> None:
    """Title left, "Sida X (Y)" right, unless the template's footer already has content."""
    for section in d.sections:
        footer = section.footer
        if not footer.is_linked_to_previous:
            xml = footer._element.xml
            if "instrText" in xml or "fldSimple" in xml or any(p.text.strip()
                                                               for p in footer.paragraphs):
                continue
        p = footer.paragraphs[0] if footer.paragraphs else footer.add_paragraph()
        stops = p.paragraph_format.tab_stops
        if p.style is not None:  # the Footer style's own centre and right stops (US Letter)
            for stop in p.style.paragraph_format.tab_stops:
                stops.add_tab_stop(stop.position, WD_TAB_ALIGNMENT.CLEAR)
        stops.add_tab_stop(Twips(text_width), WD_TAB_ALIGNMENT.RIGHT)
        for text in (title, "\t" + page_word + " "):
            p.add_run(text).font.size = Pt(8.5)
        ooxml.add_field(p._p, "PAGE", "1", size=8.5)
        p.add_run(" (").font.size = Pt(8.5)
        ooxml.add_field(p._p, "NUMPAGES", "1", size=8.5)
        p.add_run(")").font.size = Pt(8.5)


def _table_style(d) -> None:
    """The paragraph style of table text, unless the template has its own."""
    if any(s.name == TABLE_STYLE for s in d.styles):
        return
    style = d.styles.add_style(TABLE_STYLE, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = d.styles["Normal"]
    style.font.size = Pt(9.5)
    fmt = style.paragraph_format
    fmt.space_before = fmt.space_after = Pt(0)
    fmt.line_spacing = 1.0


def _head(w: Writer, document: Document, parts: list) -> None:
    meta, wd = document.meta, words(document.lang)
    facts = [(wd["board"], meta.board), (wd["case_number"], meta.case_number),
             (wd["date"], meta.date), (wd["officer"], meta.officer)]
    facts = [(k, v) for k, v in facts if v]
    if parts and parts[0].kind == "memo":  # the memo's head: municipality left, facts right
        widths = [w.text_width // 2, w.text_width - w.text_width // 2]
        tr = w.tr(w.table(None, widths, style=None, borders="none"))
        w.r(w.p(w.tc(tr, widths[0]), after=0), meta.municipality, bold=True)
        right = w.tc(tr, widths[1])
        for label, value in facts or [("", "")]:
            p = w.p(right, after=0)
            w.r(p, f"{label}: " if label else "", size=9.5)
            w.r(p, value, size=9.5)
        w.p(None)
        w.r(w.p(None, w.style("Title")), meta.title or document.title)
        w.blocks(None, parts[0].blocks)
        return
    w.p(None, after=120)
    w.r(w.p(None, w.style("Subtitle")), meta.municipality)
    w.r(w.p(None, w.style("Title")), meta.title or document.title)
    if meta.board:
        w.r(w.p(None, w.style("Subtitle")), meta.board)
    for label, value in facts[1:]:
        p = w.p(None)
        w.r(p, f"{label}: ", bold=True)
        w.r(p, value)


def _contents(w: Writer, document: Document, parts: list, title: str,
              scope: range | None = None) -> None:
    """The TOC field, its cached result the headings' text (so a reader who does not update
    fields still sees the entries); Word refills it with page numbers when the file opens.
    With `scope` (an appendix's own contents) it lists only those parts' headings, which the
    bookmark SCOPE_BOOKMARK spans (the field's \\b switch), and follows the appendix heading on
    its page."""
    if scope is None:
        w.page_break()
    w.r(w.p(None, w.style("TOC Heading", "Title")), title)
    listed = parts if scope is None else [parts[i] for i in scope]
    # Every heading in the scope, the memo's too: what Word's own update of the field lists.
    entries = [(w.levels.get(id(b), b.level), b) for part in listed
               for b in part.blocks if isinstance(b, Heading)]
    entries = [(lvl, b) for lvl, b in entries if lvl <= 3]
    first = _toc_line(w, entries[0][0]) if entries else w.p(None)
    instruction = 'TOC \\o "1-3" \\h \\z \\u'
    if scope is not None:
        instruction += f" \\b {SCOPE_BOOKMARK}"
    w.raw(first, ooxml.field_begin_xml(instruction))
    last = first
    for i, (level, heading) in enumerate(entries):
        p = first if i == 0 else _toc_line(w, level)
        w.r(p, ((heading.number + " ") if heading.number else "")
            + "".join(s.text for s in heading.text) + "\t")
        # A page reference to the heading's bookmark: LibreOffice and Word compute it from the
        # layout, so the entries have page numbers even before the TOC field is updated.
        w.raw(p, ooxml.field_xml(f"PAGEREF {w.bookmark(heading)} \\h", ""))
        last = p
    w.raw(last, ooxml.field_end_xml())
    w.page_break()


def _toc_line(w: Writer, level: int) -> int:
    """A contents line: indented by level, a dotted right tab at the margin for the page."""
    return w.p(None, after=2, indent=340 * (level - 1) if level > 1 else None,
               dotted_tab=w.text_width)


def _properties(d, document: Document, created: datetime.datetime) -> None:
    # A template's (or python-docx's blank) page thumbnail would show a page this is not.
    rels = d.part.package.rels
    for r_id, rel in list(rels.items()):
        if rel.reltype.endswith("/metadata/thumbnail"):
            rels.pop(r_id)
    props = d.core_properties
    props.title = one_line(document.title)
    props.subject = one_line(document.meta.board)
    props.author = one_line(document.meta.officer or document.meta.municipality)
    props.last_modified_by = "yearend"
    props.language = lang_tag(document.lang)
    props.keywords = ""
    props.comments = ""
    props.created = props.modified = created
    props.last_printed = created
    props.revision = 1


def build_docx(document: Document, *, template: Path | None = None):
    """The Word document, and its body as text (emit.Body) when a placeholder in the document
    part stands for it until render_docx writes the package (None: the body is in the tree)."""
    d = _open(template)
    if template is not None:
        _clear_body(d)
    text_width = _page(d, template is not None)
    ooxml.set_language(d, lang_tag(document.lang))
    ooxml.update_fields_on_open(d)
    _table_style(d)
    # The title block and our own contents come from Meta and the headings, not from parts.
    parts = [p for p in document.parts if p.kind not in ("title", "toc")]
    levels = heading_levels([p.blocks for p in parts])
    w = Writer(d, document.lang, text_width, levels)
    _footer(d, one_line(document.title), words(document.lang)["page"], text_width)
    _head(w, document, parts)
    start = 1 if parts and parts[0].kind == "memo" else 0
    at, title = contents_place(document)  # where the layout's toc stands, else here
    scope = contents_scope(document)  # an appendix's own contents: its parts only
    if scope is not None and (at is None or at <= start or not scope):
        scope = None
    if at is None or at <= start:
        _contents(w, document, parts, title)
    for i, part in enumerate(parts[start:], start):
        if i == at and at > start:
            _contents(w, document, parts, title, scope)
        elif i > 0 and (part.kind in PAGE_BREAK_BEFORE or part.appendix):
            # The memo's first follower too, as in the PDF: the contents' break (when they
            # stand here) is already pending, and a second one changes nothing.
            w.page_break()
        if scope is not None and i == scope.start:
            w.raw(BODY, f'<w:bookmarkStart w:id="0" w:name="{SCOPE_BOOKMARK}"/>')
        w.blocks(None, part.blocks)
        if scope is not None and i == scope.stop - 1:
            w.raw(BODY, '<w:bookmarkEnd w:id="0"/>')
    if at is not None and at > start and at >= len(parts):
        _contents(w, document, parts, title)
    return d, _place(d, w.finish())


def _place(d, body: Body) -> Body | None:
    """Put the body's placeholder before the section properties; or, where a template binds the
    prefixes w and r to other namespaces (the body's text uses them), the body itself, parsed."""
    sections = d.element.body.find(ooxml.qn("w:sectPr"))
    in_scope = d.element.body.nsmap
    if in_scope.get("w") == W[1:-1] and in_scope.get("r") == R[1:-1]:
        nodes = [etree.Comment(body.placeholder)]
    else:
        head = f'<w:body xmlns:w="{W[1:-1]}" xmlns:r="{R[1:-1]}">'.encode()
        nodes = list(etree.fromstring(b"".join([head, *body.chunks, b"</w:body>"])))
        body = None
    for node in nodes:
        if sections is not None:
            sections.addprevious(node)
        else:
            d.element.body.append(node)
    return body


def render_docx(document: Document, *, template: Path | None = None,
                created: datetime.datetime) -> bytes:
    d, body = build_docx(document, template=template)
    when = created.astimezone(datetime.timezone.utc).replace(tzinfo=None, microsecond=0)
    _properties(d, document, when)
    raw = io.BytesIO()
    d.save(raw)
    return _fixed_zip(raw.getvalue(), when, d.part.partname.membername, body)


def _fixed_zip(raw: bytes, when: datetime.datetime, document_part: str,
               body: Body | None) -> bytes:
    """The same package with every entry dated `when` (zipfile stamps entries with the time of
    writing, which would make two exports of the same report differ), and the body written into
    the document part in place of its placeholder."""
    stamp = max(when, datetime.datetime(1980, 1, 1)).timetuple()[:6]
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(raw)) as src, zipfile.ZipFile(out, "w",
                                                                 zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=stamp)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            if body is not None and info.filename == document_part:
                with dst.open(fixed, "w") as part:
                    for chunk in body.splice(src.read(info)):
                        part.write(chunk)
            else:
                dst.writestr(fixed, src.read(info))
    return out.getvalue()


def write_docx(document: Document, out: Path, *, template: Path | None = None,
               created: datetime.datetime) -> None:
    out.write_bytes(render_docx(document, template=template, created=created))
