"""Paragraphs, runs and tables written straight as WordprocessingML elements.

python-docx keeps the package (styles, sections, headers, footers, numbering, properties), but
its per-element API looks up styles by name and re-scans a parent's children on every insert,
which made a large report take minutes. The body is plain XML in a fixed schema order, so it is
written here directly with lxml, in the order the schema wants, and moved into the document once.
"""

from __future__ import annotations

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from lxml import etree

from reportmodel.render.text_safety import clean_text

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
SPACE = "{http://www.w3.org/XML/1998/namespace}space"
EMU_PER_TWIP = 635


def sub(parent, tag: str, **attrs: str):
    return etree.SubElement(parent, W + tag, {W + k: v for k, v in attrs.items()})


def twips(emu: int) -> int:
    return int(emu) // EMU_PER_TWIP


class Emitter:
    """Writes into `holder` (a detached body); `flush` moves it all before the section break."""

    def __init__(self, docx_document) -> None:
        self.doc = docx_document
        # The same prefixes as the document's, so moving the elements in needs no renaming.
        self.holder = etree.Element(W + "body", nsmap={"w": W[1:-1], "r": R[1:-1]})
        self.style_ids = {s.name: s.style_id for s in docx_document.styles}
        self._links: dict[str, str] = {}
        self._break_pending = False

    def flush(self) -> None:
        body = self.doc.element.body
        sect = body.find(W + "sectPr")
        for child in list(self.holder):
            if sect is not None:
                sect.addprevious(child)
            else:
                body.append(child)

    # --- paragraphs and runs ------------------------------------------------------------------

    def p(self, parent=None, style: str | None = None, *, align: str | None = None,
          keep_next: bool = False, before: float | None = None, after: float | None = None,
          indent_mm: float | None = None, num: tuple[str, int] | None = None,
          page_break_before: bool = False):
        if parent is None and self._break_pending:
            page_break_before, self._break_pending = True, False
        p = sub(self.holder if parent is None else parent, "p")
        style_id = self.style_ids.get(style) if style else None
        if not (style_id or align or keep_next or before is not None or after is not None
                or indent_mm or num or page_break_before):
            return p
        ppr = sub(p, "pPr")
        if style_id:
            sub(ppr, "pStyle", val=style_id)
        if keep_next:
            sub(ppr, "keepNext")
        if page_break_before:
            sub(ppr, "pageBreakBefore")
        if num:
            numpr = sub(ppr, "numPr")
            sub(numpr, "ilvl", val=str(num[1]))
            sub(numpr, "numId", val=num[0])
        if before is not None or after is not None:
            attrs = {}
            if before is not None:
                attrs["before"] = str(int(before * 20))
            if after is not None:
                attrs["after"] = str(int(after * 20))
            sub(ppr, "spacing", **attrs)
        if indent_mm:
            sub(ppr, "ind", left=str(int(indent_mm * 56.7)))
        if align and align != "left":
            sub(ppr, "jc", val={"right": "right", "center": "center"}.get(align, "left"))
        return p

    def r(self, parent, text: str, *, bold: bool = False, italic: bool = False,
          size: float | None = None, color: str | None = None, shade: str | None = None,
          mono: bool = False, underline: bool = False):
        r = sub(parent, "r")
        if bold or italic or size or color or shade or mono or underline:
            rpr = sub(r, "rPr")
            if mono:
                sub(rpr, "rFonts", ascii="Courier New", hAnsi="Courier New", cs="Courier New")
            if bold:
                sub(rpr, "b")
            if italic:
                sub(rpr, "i")
            if color:
                sub(rpr, "color", val=color.lstrip("#").upper())
            if size:
                sub(rpr, "sz", val=str(int(size * 2)))
                sub(rpr, "szCs", val=str(int(size * 2)))
            if underline:
                sub(rpr, "u", val="single")
            if shade:
                sub(rpr, "shd", val="clear", color="auto", fill=shade.lstrip("#").upper())
        self.text(r, text)
        return r

    @staticmethod
    def text(r, text: str) -> None:
        """Text with line breaks (w:br) and tabs (w:tab) as Word wants them. Control characters
        and escape sequences are dropped: XML cannot hold them (lxml refuses the whole text)."""
        text = clean_text(text)
        if "\n" not in text and "\t" not in text:
            t = sub(r, "t")
            t.text = text
            if text[:1].isspace() or text[-1:].isspace():  # only then: it costs memory
                t.set(SPACE, "preserve")
            return
        for i, line in enumerate(text.split("\n")):
            if i:
                sub(r, "br")
            for j, piece in enumerate(line.split("\t")):
                if j:
                    sub(r, "tab")
                if piece:
                    t = sub(r, "t")
                    t.text = piece
                    t.set(SPACE, "preserve")

    def link(self, parent, url: str, text: str, *, bold: bool = False, italic: bool = False):
        r_id = self._links.get(url)
        if r_id is None:
            r_id = self._links[url] = self.doc.part.relate_to(url, RT.HYPERLINK,
                                                              is_external=True)
        h = etree.SubElement(parent, W + "hyperlink", {R + "id": r_id})
        return self.r(h, text, bold=bold, italic=italic, color="1F4E9A", underline=True)

    def page_break(self) -> None:
        """The next paragraph starts a page (pageBreakBefore): a paragraph holding a break would
        give an empty page whenever the previous page had just filled up."""
        self._break_pending = True

    # --- tables -------------------------------------------------------------------------------

    def table(self, parent, widths: list[int], style: str | None = "Table Grid", *,
              borders: str | None = None):
        """A fixed-layout table with these column widths (twips). borders: None keeps the
        style's, "none" removes them, "rows:RRGGBB" parts rows with a thick line of that colour."""
        if parent is None and self._break_pending:
            self.p(None)  # a table cannot start a page itself
        tbl = sub(self.holder if parent is None else parent, "tbl")
        pr = sub(tbl, "tblPr")
        style_id = self.style_ids.get(style) if style else None
        if style_id:
            sub(pr, "tblStyle", val=style_id)
        sub(pr, "tblW", w=str(sum(widths)), type="dxa")
        if borders:
            b = sub(pr, "tblBorders")
            for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
                if side == "insideH" and borders.startswith("rows:"):
                    sub(b, side, val="single", sz="24", color=borders[5:])
                else:
                    sub(b, side, val="nil")
        sub(pr, "tblLayout", type="fixed")
        margins = sub(pr, "tblCellMar")  # a little air above and below the text
        for side, size in (("top", "28"), ("left", "85"), ("bottom", "28"), ("right", "85")):
            sub(margins, side, w=size, type="dxa")
        sub(pr, "tblLook", val="04A0", firstRow="1", lastRow="0", firstColumn="0",
            lastColumn="0", noHBand="0", noVBand="1")
        grid = sub(tbl, "tblGrid")
        for width in widths:
            sub(grid, "gridCol", w=str(width))
        return tbl

    @staticmethod
    def tr(tbl, *, header: bool = False, keep: bool = True, min_height: int | None = None):
        tr = sub(tbl, "tr")
        if header or keep or min_height:
            pr = sub(tr, "trPr")
            if keep:
                sub(pr, "cantSplit")
            if min_height:
                sub(pr, "trHeight", val=str(min_height), hRule="atLeast")
            if header:
                sub(pr, "tblHeader")
        return tr

    @staticmethod
    def tc(tr, width: int, *, span: int = 1, fill: str | None = None, middle: bool = False):
        """A cell; the caller adds at least one paragraph (Word requires one)."""
        tc = sub(tr, "tc")
        pr = sub(tc, "tcPr")
        sub(pr, "tcW", w=str(width), type="dxa")
        if span > 1:
            sub(pr, "gridSpan", val=str(span))
        if fill:
            sub(pr, "shd", val="clear", color="auto", fill=fill.lstrip("#").upper())
        if middle:
            sub(pr, "vAlign", val="center")
        return tc
