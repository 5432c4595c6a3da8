"""The walk over the document's blocks into Word paragraphs, with Word's built-in style names
(Heading 1-4, List Bullet, List Number, Caption …) so a municipality's template restyles them."""

from __future__ import annotations

from reportmodel.render.document import (
    Block, BulletList, Facts, Heading, Inline, Legend, Mark, Paragraph, RiskMatrix, Series,
    Signatures, StackedBars, Table,
)
from reportmodel.render.docx import ooxml
from reportmodel.render.docx.emit import Emitter
from reportmodel.render.docx.wordml import xml_attr
from reportmodel.render.office_common import fill_of, ink_on


class Writer(Emitter):
    """What every block needs: the Word document, the text width (twips), heading levels."""

    def __init__(self, docx_document, lang: str, text_width: int, levels: dict[int, int]) -> None:
        super().__init__(docx_document)
        self.lang = lang
        self.text_width = text_width
        self.levels = levels
        self._bookmarks: dict[int, tuple[int, str]] = {}
        self._list_nums = {name: ooxml.style_num_id(docx_document, name)
                           for name in ("List Number", "List Number 2", "List Number 3")}

    def bookmark(self, heading: Heading) -> str:
        """The bookmark name ("_Toc…", as Word names them) the heading will carry."""
        if id(heading) not in self._bookmarks:
            n = len(self._bookmarks) + 1
            self._bookmarks[id(heading)] = (n, f"_Toc{n:08d}")
        return self._bookmarks[id(heading)][1]

    def style(self, *names: str) -> str | None:
        """The first of `names` the document (or template) defines."""
        return next((n for n in names if n in self.style_ids), None)

    # --- inline -------------------------------------------------------------------------------

    def runs_xml(self, text: Inline, *, size: float | None = None, bold: bool = False,
                 soft_breaks: bool = True) -> str:
        out = []
        for span in text:
            content = span.text.replace("\n", " ") if soft_breaks else span.text
            if span.link:
                out.append(self.link_xml(span.link, content, bold=span.bold or bold,
                                         italic=span.italic))
            else:
                out.append(self.r_xml(content, span.bold or bold, span.italic, size,
                                      mono=span.code))
        return "".join(out)

    def runs(self, p, text: Inline, *, size: float | None = None, bold: bool = False,
             soft_breaks: bool = True) -> None:
        self.raw(p, self.runs_xml(text, size=size, bold=bold, soft_breaks=soft_breaks))

    def mark_run(self, p, mark: Mark, size: float | None = None) -> None:
        """The value's word on its colour, padded with no-break spaces so the shading shows."""
        fill = fill_of(mark)
        self.r(p, f"\u00a0{mark.label}\u00a0", shade=fill, color=ink_on(fill), size=size)

    # --- blocks -------------------------------------------------------------------------------

    def blocks(self, parent, blocks: list[Block]) -> None:
        for block in blocks:
            self.block(parent, block)

    def block(self, parent, b: Block) -> None:
        from reportmodel.render.docx import charts, tables  # they call back into this walker

        if isinstance(b, Heading):
            self.heading(parent, b)
        elif isinstance(b, Paragraph):
            self.para(parent, self.runs_xml(b.text, soft_breaks=not getattr(b, "hard_breaks",
                                                                            False)),
                      after=2 if parent is not None else None)
        elif isinstance(b, BulletList):
            self.bullets(parent, b, 1)
        elif isinstance(b, Facts):
            self.facts(parent, b)
        elif isinstance(b, Table):
            tables.table(self, parent, b)
        elif isinstance(b, Legend):
            tables.legend(self, parent, b)
        elif isinstance(b, RiskMatrix):
            charts.matrix(self, parent, b)
        elif isinstance(b, StackedBars):
            charts.bars(self, parent, b)
        elif isinstance(b, Series):
            charts.series(self, parent, b)
        elif isinstance(b, Signatures):
            tables.signatures(self, parent, b)
        else:
            raise TypeError(f"no Word form for block {type(b).__name__}")

    def heading(self, parent, b: Heading) -> None:
        level = min(self.levels.get(id(b), b.level), 9)
        name = self.style(f"Heading {level}")
        # Inside a table cell, or where a template lacks the level: bold, not in the outline.
        plain_bold = parent is not None or name is None
        p = self.p(parent, keep_next=True) if plain_bold else self.p(None, name)
        mark = self._bookmarks.get(id(b)) if parent is None else None
        if mark:
            self.raw(p, f'<w:bookmarkStart w:id="{mark[0]}" w:name="{xml_attr(mark[1])}"/>')
        if b.number:
            self.r(p, b.number + " ", bold=plain_bold)
        self.runs(p, b.text, bold=plain_bold)
        if mark:
            self.raw(p, f'<w:bookmarkEnd w:id="{mark[0]}"/>')

    def bullets(self, parent, b: BulletList, depth: int) -> None:
        suffix = "" if depth == 1 else f" {min(depth, 3)}"
        base = "List Number" if b.ordered else "List Bullet"
        name = self.style(base + suffix, base, "List Paragraph")
        num_style = self._list_nums.get(base + suffix) or self._list_nums.get(base)
        num_id = None
        if b.ordered and num_style is not None:
            num_id = ooxml.restart_numbering(self.doc, num_style, b.start)
        for n, item in enumerate(b.items):
            first = True
            for block in item:
                if isinstance(block, Paragraph) and first:
                    p = self.p(parent, name, num=(num_id, 0) if num_id else None)
                    if b.ordered and num_id is None:
                        self.r(p, f"{b.start + n}. ")  # a template without list numbering
                    self.runs(p, block.text)
                    first = False
                elif isinstance(block, BulletList):
                    self.bullets(parent, block, depth + 1)
                elif isinstance(block, Paragraph):
                    self.runs(self.p(parent, self.style(f"List Continue{suffix}",
                                                        "List Continue")), block.text)
                else:
                    self.block(parent, block)

    def facts(self, parent, b: Facts) -> None:
        for fact in b.facts:
            p = self.p(parent, after=2)
            self.r(p, f"{fact.label}: ", bold=True)
            if isinstance(fact.value, Mark):
                self.mark_run(p, fact.value)
            else:
                self.runs(p, fact.value)
