"""Paragraphs, runs and tables written straight as WordprocessingML text.

python-docx keeps the package (styles, sections, headers, footers, numbering, properties), but
its per-element API looks up styles by name and re-scans a parent's children on every insert,
which made a large report take minutes; building the body as an lxml tree instead still cost
most of an L-sized export's time (1.5 million elements: 6.7 of 7.7 s) and its memory (the tree,
then its serialisation beside it: 617 MB peak). The body is plain XML in a fixed schema order written
front to back, so it is written here as text: each element is opened where the walk reaches it
and closed when the walk writes into one of its ancestors again, the text escaped as lxml
escapes it (wordml.py). The writer splices the body into word/document.xml when the package is saved
(Body.splice), and the file is the same as the tree would have serialised to.

An element handle is an int. Writing into an element that has already been closed is a bug in
the walk and raises, rather than putting the content in the wrong place.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator

from docx.opc.constants import RELATIONSHIP_TYPE as RT

from reportmodel.render.docx.wordml import hex_colour, ppr_xml, rpr_xml, t_xml, xml_attr

BODY = 0  # the handle of the document's body
_SPILL = 4096  # text pieces held before they are encoded and joined


class Body:
    """The body's XML as UTF-8 chunks, and where it goes in the saved document part."""

    def __init__(self) -> None:
        self.chunks: list[bytes] = []
        # Stands in the document part's tree for the body until the package is written.
        self.placeholder = f"yearend-body-{uuid.uuid4().hex}"

    @property
    def marker(self) -> bytes:
        return f"<!--{self.placeholder}-->".encode()

    def splice(self, part_xml: bytes) -> Iterator[bytes]:
        """The serialised document part with the body in place of the placeholder."""
        head, found, tail = part_xml.partition(self.marker)
        if not found:
            raise ValueError("the document part has lost the body's placeholder")
        yield head
        yield from self.chunks
        yield tail


class Emitter:
    """Writes the body as text into `self.body`; `finish` closes what is still open."""

    def __init__(self, docx_document) -> None:
        self.doc = docx_document
        self.style_ids = {s.name: xml_attr(s.style_id) for s in docx_document.styles
                          if s.style_id is not None}
        self.body = Body()
        self._out: list[str] = []
        # The open elements, innermost last: [handle, end tag, has content].
        self._stack: list[list] = [[BODY, "", True]]
        self._next = BODY + 1
        self._links: dict[str, str] = {}
        self._break_pending = False
        self._ppr: dict[tuple, str] = {}
        self._rpr: dict[tuple, str] = {}
        self._trpr: dict[tuple, str] = {}
        self._tcpr: dict[tuple, str] = {}

    # --- the stream ---------------------------------------------------------------------------

    def _into(self, parent: int) -> None:
        """Make `parent` the innermost open element (closing those inside it), ready for content."""
        stack, out = self._stack, self._out
        while stack[-1][0] != parent:
            _, end, content = stack.pop()
            out.append(end if content else "/>")
            if not stack:
                raise RuntimeError(f"element {parent} was written into after it was closed")
        top = stack[-1]
        if not top[2]:
            out.append(">")
            top[2] = True

    def _open(self, parent: int, start: str, end: str, content: bool) -> int:
        """An element with start tag `start` (without its ">" when it has no content yet)."""
        top = self._stack[-1]
        if top[0] != parent or not top[2]:
            self._into(parent)
        handle = self._next
        self._next += 1
        self._out.append(start)
        self._stack.append([handle, end, content])
        return handle

    def raw(self, parent: int, xml: str) -> None:
        """Finished XML (a bookmark, a field's runs) as the next content of `parent`."""
        top = self._stack[-1]
        if top[0] != parent or not top[2]:
            self._into(parent)
        self._out.append(xml)

    def _spill(self) -> None:
        self.body.chunks.append("".join(self._out).encode("utf-8"))
        self._out = []

    def finish(self) -> Body:
        """Close every open element; the body is complete."""
        self._into(BODY)
        self._spill()
        return self.body

    # --- paragraphs and runs ------------------------------------------------------------------

    def p(self, parent: int | None = None, style: str | None = None, *, align: str | None = None,
          keep_next: bool = False, before: float | None = None, after: float | None = None,
          indent: int | None = None, num: tuple[str, int] | None = None,
          page_break_before: bool = False, line_exact: int | None = None,
          dotted_tab: int | None = None) -> int:
        """A paragraph, open for runs. indent and dotted_tab (a right tab with a dotted leader
        at that position) in twips; line_exact: the line height in twips, exactly."""
        if parent is None:
            parent = BODY
            page_break_before = self._at_body(page_break_before)
        ppr = self._ppr_for(style, align, keep_next, before, after, indent, num,
                            page_break_before, line_exact, dotted_tab)
        if ppr:
            return self._open(parent, "<w:p>" + ppr, "</w:p>", True)
        return self._open(parent, "<w:p", "</w:p>", False)

    def para(self, parent: int | None, content: str, style: str | None = None, *,
             align: str | None = None, keep_next: bool = False, before: float | None = None,
             after: float | None = None) -> None:
        """A whole paragraph at once, its runs already XML (r_xml): what most paragraphs are."""
        page_break_before = False
        if parent is None:
            parent = BODY
            page_break_before = self._at_body(False)
        ppr = self._ppr_for(style, align, keep_next, before, after, None, None,
                            page_break_before, None, None)
        self.raw(parent, "<w:p>" + ppr + content + "</w:p>" if ppr or content else "<w:p/>")

    def _at_body(self, page_break_before: bool) -> bool:
        """A paragraph in the body: it takes a pending page break; the text so far may be
        encoded (between the body's paragraphs and tables, never inside a table)."""
        if len(self._out) > _SPILL:
            self._spill()
        if self._break_pending:
            self._break_pending = False
            return True
        return page_break_before

    def _ppr_for(self, style, *key) -> str:
        key = (self.style_ids.get(style) if style else None, *key)
        ppr = self._ppr.get(key)
        if ppr is None:
            ppr = self._ppr[key] = ppr_xml(*key)
        return ppr

    def r_xml(self, text: str, bold: bool = False, italic: bool = False,
              size: float | None = None, color: str | None = None, shade: str | None = None,
              mono: bool = False, underline: bool = False) -> str:
        """A run of `text` with these properties, as XML."""
        key = (bold, italic, size, color, shade, mono, underline)
        rpr = self._rpr.get(key)
        if rpr is None:
            rpr = self._rpr[key] = rpr_xml(bold=bold, italic=italic, size=size, color=color,
                                           shade=shade, mono=mono, underline=underline)
        return "<w:r>" + rpr + t_xml(text) + "</w:r>"

    def r(self, parent: int, text: str, *, bold: bool = False, italic: bool = False,
          size: float | None = None, color: str | None = None, shade: str | None = None,
          mono: bool = False, underline: bool = False) -> None:
        self.raw(parent, self.r_xml(text, bold, italic, size, color, shade, mono, underline))

    def link_xml(self, url: str, text: str, *, bold: bool = False, italic: bool = False) -> str:
        r_id = self._links.get(url)
        if r_id is None:
            r_id = self._links[url] = self.doc.part.relate_to(url, RT.HYPERLINK,
                                                              is_external=True)
        return (f'<w:hyperlink r:id="{xml_attr(r_id)}">'
                + self.r_xml(text, bold, italic, color="1F4E9A", underline=True)
                + "</w:hyperlink>")

    def page_break(self) -> None:
        """The next paragraph starts a page (pageBreakBefore): a paragraph holding a break would
        give an empty page whenever the previous page had just filled up."""
        self._break_pending = True

    # --- tables -------------------------------------------------------------------------------

    def table(self, parent: int | None, widths: list[int], style: str | None = "Table Grid", *,
              borders: str | None = None) -> int:
        """A fixed-layout table with these column widths (twips). borders: None keeps the
        style's, "none" removes them, "rows:RRGGBB" parts rows with a thick line of that colour."""
        if parent is None:
            parent = BODY
            if self._break_pending:
                self.p(None)  # a table cannot start a page itself
        out = ["<w:tbl><w:tblPr>"]
        style_id = self.style_ids.get(style) if style else None
        if style_id:
            out.append(f'<w:tblStyle w:val="{style_id}"/>')
        out.append(f'<w:tblW w:w="{sum(widths)}" w:type="dxa"/>')
        if borders:
            out.append("<w:tblBorders>")
            for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
                if side == "insideH" and borders.startswith("rows:"):
                    out.append(f'<w:{side} w:val="single" w:sz="24" '
                               f'w:color="{xml_attr(borders[5:])}"/>')
                else:
                    out.append(f'<w:{side} w:val="nil"/>')
            out.append("</w:tblBorders>")
        out.append('<w:tblLayout w:type="fixed"/>'
                   # a little air above and below the text
                   '<w:tblCellMar><w:top w:w="28" w:type="dxa"/><w:left w:w="85" w:type="dxa"/>'
                   '<w:bottom w:w="28" w:type="dxa"/><w:right w:w="85" w:type="dxa"/>'
                   '</w:tblCellMar><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" '
                   'w:firstColumn="0" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/>'
                   "</w:tblPr><w:tblGrid>")
        out.extend(f'<w:gridCol w:w="{width}"/>' for width in widths)
        out.append("</w:tblGrid>")
        return self._open(parent, "".join(out), "</w:tbl>", True)

    def tr(self, tbl: int, *, header: bool = False, keep: bool = True,
           min_height: int | None = None) -> int:
        """A row, open for cells."""
        pr = self._tr_pr(header, keep, min_height)
        if pr:
            return self._open(tbl, "<w:tr>" + pr, "</w:tr>", True)
        return self._open(tbl, "<w:tr", "</w:tr>", False)

    def row(self, tbl: int, cells: str) -> None:
        """A whole row (kept on one page) at once, its cells already XML (tc_start, cell_ppr)."""
        self.raw(tbl, "<w:tr>" + self._tr_pr(False, True, None) + cells + "</w:tr>")

    def _tr_pr(self, header: bool, keep: bool, min_height: int | None) -> str:
        key = (header, keep, min_height)
        pr = self._trpr.get(key)
        if pr is None:
            pr = ""
            if header or keep or min_height:
                pr = ("<w:trPr>" + ("<w:cantSplit/>" if keep else "")
                      + (f'<w:trHeight w:val="{min_height}" w:hRule="atLeast"/>'
                         if min_height else "")
                      + ("<w:tblHeader/>" if header else "") + "</w:trPr>")
            pr = self._trpr[key] = pr
        return pr

    def tc(self, tr: int, width: int, *, span: int = 1, fill: str | None = None,
           middle: bool = False) -> int:
        """A cell, open; the caller adds at least one paragraph (Word requires one)."""
        return self._open(tr, self.tc_start(width, span, fill, middle), "</w:tc>", True)

    def cell(self, tr: int, width: int, content: str, *, span: int = 1,
             fill: str | None = None, middle: bool = False) -> None:
        """A whole cell at once, its paragraphs already XML."""
        self.raw(tr, self.tc_start(width, span, fill, middle) + content + "</w:tc>")

    def cell_para(self, style: str | None, content: str, *, align: str | None = None,
                  keep_next: bool = False) -> str:
        """A paragraph in a cell as XML (for `cell`)."""
        ppr = self.cell_ppr(style, align, keep_next)
        return "<w:p>" + ppr + content + "</w:p>" if ppr or content else "<w:p/>"

    def cell_ppr(self, style: str | None, align: str | None = None,
                 keep_next: bool = False) -> str:
        """The properties of a paragraph in a cell, as XML."""
        return self._ppr_for(style, align, keep_next, None, None, None, None, False, None, None)

    def tc_start(self, width: int, span: int = 1, fill: str | None = None,
                 middle: bool = False) -> str:
        """A cell's start tag and properties, as XML."""
        key = (width, span, fill, middle)
        pr = self._tcpr.get(key)
        if pr is None:
            pr = self._tcpr[key] = (
                f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>'
                + (f'<w:gridSpan w:val="{span}"/>' if span > 1 else "")
                + (f'<w:shd w:val="clear" w:color="auto" w:fill="{hex_colour(fill)}"/>'
                   if fill else "")
                + ('<w:vAlign w:val="center"/>' if middle else "") + "</w:tcPr>")
        return pr

