"""The walk over the document's blocks into Word paragraphs, with Word's built-in style names
(Heading 1-4, List Bullet, List Number, Caption …) so a municipality's template restyles them."""

from __future__ import annotations

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor

from reportmodel.render.document import (
    Block, BulletList, Facts, Heading, Inline, Legend, Mark, Paragraph, RiskMatrix, Series,
    Signatures, Span, StackedBars, Table,
)
from reportmodel.render.docx import ooxml
from reportmodel.render.office_common import fill_of, ink_on

ALIGN = {"left": WD_ALIGN_PARAGRAPH.LEFT, "right": WD_ALIGN_PARAGRAPH.RIGHT,
         "center": WD_ALIGN_PARAGRAPH.CENTER}


class Writer:
    """Holds what every block needs: the Word document, the text width, heading levels, styles."""

    def __init__(self, docx_document, lang: str, text_width: int, levels: dict[int, int]) -> None:
        self.doc = docx_document
        self.lang = lang
        self.text_width = text_width  # EMU
        self.levels = levels
        self._styles = {s.name for s in docx_document.styles}
        self._list_nums = {name: ooxml.style_num_id(docx_document, name)
                           for name in ("List Number", "List Number 2", "List Number 3")}

    def style(self, *names: str) -> str | None:
        """The first of `names` the document (or template) defines."""
        return next((n for n in names if n in self._styles), None)

    # --- inline -------------------------------------------------------------------------------

    def runs(self, paragraph, text: Inline) -> None:
        for span in text:
            if span.link:
                r = ooxml.add_hyperlink(paragraph, span.link, span.text)
                if span.bold or span.italic:
                    r_pr = r[0]
                    for tag, on in (("w:b", span.bold), ("w:i", span.italic)):
                        if on:
                            r_pr.insert(0, ooxml.OxmlElement(tag))
                continue
            run = paragraph.add_run(span.text)
            run.bold = span.bold or None
            run.italic = span.italic or None
            if span.code:
                run.font.name = "Courier New"

    def mark_run(self, paragraph, mark: Mark) -> None:
        """The value's word on its colour, padded with no-break spaces so the shading shows."""
        fill = fill_of(mark)
        run = paragraph.add_run(f"\u00a0{mark.label}\u00a0")
        ooxml.shade_run(run, fill)
        run.font.color.rgb = RGBColor.from_string(ink_on(fill).lstrip("#").upper())

    # --- blocks -------------------------------------------------------------------------------

    def blocks(self, container, blocks: list[Block]) -> None:
        for block in blocks:
            self.block(container, block)

    def block(self, container, b: Block) -> None:
        from reportmodel.render.docx import charts, tables  # they call back into this walker

        if isinstance(b, Heading):
            self.heading(container, b)
        elif isinstance(b, Paragraph):
            self.runs(container.add_paragraph(), b.text)
        elif isinstance(b, BulletList):
            self.bullets(container, b, 1)
        elif isinstance(b, Facts):
            self.facts(container, b)
        elif isinstance(b, Table):
            tables.table(self, container, b)
        elif isinstance(b, Legend):
            tables.legend(self, container, b)
        elif isinstance(b, RiskMatrix):
            charts.matrix(self, container, b)
        elif isinstance(b, StackedBars):
            charts.bars(self, container, b)
        elif isinstance(b, Series):
            charts.series(self, container, b)
        elif isinstance(b, Signatures):
            tables.signatures(self, container, b)
        else:
            raise TypeError(f"no Word form for block {type(b).__name__}")

    def heading(self, container, b: Heading) -> None:
        level = min(self.levels.get(id(b), b.level), 9)
        name = self.style(f"Heading {level}")
        if container is not self.doc or name is None:
            p = container.add_paragraph()  # inside a table cell: bold text, not in the outline
            text = ((Span(b.number + " "),) if b.number else ()) + tuple(b.text)
            self.runs(p, text)
            for run in p.runs:
                run.bold = True
            return
        p = self.doc.add_paragraph(style=name)
        if b.number:
            p.add_run(b.number + " ")
        self.runs(p, b.text)

    def bullets(self, container, b: BulletList, depth: int) -> None:
        suffix = "" if depth == 1 else f" {min(depth, 3)}"
        base = "List Number" if b.ordered else "List Bullet"
        name = self.style(base + suffix, base, "List Paragraph")
        num_id = None
        num_style = self._list_nums.get(base + suffix) if b.ordered else None
        for n, item in enumerate(b.items):
            first = True
            for block in item:
                if isinstance(block, Paragraph) and first:
                    p = container.add_paragraph(style=name)
                    if b.ordered and num_style is None:
                        p.add_run(f"{b.start + n}. ")  # a template without list numbering
                    elif b.ordered:
                        if num_id is None:
                            num_id = ooxml.restart_numbering(self.doc, p, num_style, b.start)
                        if num_id is not None:
                            ooxml.set_num(p, num_id)
                    self.runs(p, block.text)
                    first = False
                elif isinstance(block, BulletList):
                    self.bullets(container, block, depth + 1)
                elif isinstance(block, Paragraph):
                    p = container.add_paragraph(style=self.style(f"List Continue{suffix}",
                                                                 "List Continue"))
                    self.runs(p, block.text)
                else:
                    self.block(container, block)

    def facts(self, container, b: Facts) -> None:
        for fact in b.facts:
            p = container.add_paragraph()
            p.paragraph_format.space_after = Pt(2)
            label = p.add_run(f"{fact.label}: ")
            label.bold = True
            if isinstance(fact.value, Mark):
                self.mark_run(p, fact.value)
            else:
                self.runs(p, fact.value)

