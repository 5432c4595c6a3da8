"""Document -> GitHub-flavoured Markdown: a thin walk, deciding only how each block looks.

Every span of text is escaped here (markdown_escape), so text from the report reads back as
itself: "1. x" in a title is not a list, `<b>` is not HTML, `|` does not split a cell. Blocks are
joined by one blank line. The same document gives the same bytes.
"""

from __future__ import annotations

import re
from functools import lru_cache

from reportmodel.core.textsafety import BIDI
from reportmodel.render.document import (Block, BulletList, Cell, Document, Facts, Heading, Inline,
                                         Legend, Paragraph, RiskMatrix, Series, Signatures,
                                         StackedBars, Table, legend_words)
from reportmodel.render.markdown_escape import escape_cell, escape_heading, escape_line

MAX_HEADING = 6


def write_markdown(document: Document) -> str:
    out: list[str] = []
    memo: dict = {}  # see table(): one per write, while the document and its cells live
    append = out.append
    for part in document.parts:
        for block in part.blocks:
            # Paragraphs and tables are nearly all of a large report's ~40 000 blocks: written
            # here without block_text's dispatch.
            kind = type(block)
            if kind is Paragraph:
                text = _checked(block.text) if block.checked else inline(
                    block.text, "\\\n" if block.hard_breaks else "\n")
            elif kind is Table:
                text = table(block, memo)
            else:
                text = block_text(block, memo)
            if text:
                append(text)
    if not out:
        return "\n"
    # The final newline goes on the last block, not on the whole text: a report with an emoji
    # is a 4-bytes-a-character string of ~25 MB (L), and `+` would copy it once more.
    out[-1] += "\n"
    return "\n\n".join(out)


def write_blocks(blocks: list[Block]) -> str:
    memo: dict = {}
    return "\n\n".join(t for t in (block_text(b, memo) for b in blocks) if t) + "\n"


def _checked(spans: Inline) -> str:
    """A paragraph the builder has checked (Paragraph.checked): its label as inline() writes it,
    a space and the text as it is, which is what escape_line makes of such a text."""
    head, _, body = spans
    # The builder's label spans are shared objects: looked up by identity (each held, so its
    # identity is not reused) before _label's cache, whose key is made of five attributes.
    known = _LABEL_SPANS.get(id(head))
    if known is not None and known[0] is head:
        label = known[1]
    else:
        label = _label(head)
        if len(_LABEL_SPANS) < 256:
            _LABEL_SPANS[id(head)] = (head, label)
    return inline(spans) if label is None else label + " " + body.text


_LABEL_SPANS: dict[int, tuple] = {}


def block_text(block: Block, memo: dict | None = None) -> str:
    kind = type(block)
    if kind is Paragraph:
        if block.checked:
            return _checked(block.text)
        return inline(block.text, "\\\n" if block.hard_breaks else "\n")
    if kind is Table:
        return table(block, {} if memo is None else memo)
    if kind is Heading:
        text = "".join(s.text for s in block.text)
        if block.number:
            text = f"{block.number} {text}"
        return "#" * max(1, min(block.level, MAX_HEADING)) + " " + escape_heading(text)
    if kind is BulletList:
        return bullet_list(block)
    if kind is Legend:
        return legend(block)
    if kind is RiskMatrix:
        return risk_matrix(block)
    if kind is Signatures:
        parts = [inline_one(block.unit)] if block.unit.strip() else []
        parts += ["\\\n".join(inline_one(x) for x in person if x.strip())
                  for person in block.people]
        return "\n\n".join(p for p in parts if p)
    if kind is Facts:
        lines = [f"**{escape_line(f.label)}:** " + (
            _mark_text(f.value) if not isinstance(f.value, tuple) else inline(f.value, " "))
            for f in block.facts]
        return "\\\n".join(lines)
    if kind in (StackedBars, Series):
        return ""  # charts are drawn by writers that can draw; the tables hold the figures
    raise TypeError(f"no Markdown for {kind.__name__}")


def _wrap(core: str, span) -> str:
    if span.code:
        ticks = "`" * (max((len(r) for r in core.split("`") if not r), default=0) + 1)
        fence = "`"
        while fence in core:
            fence += "`"
        core = f"{fence} {core} {fence}" if core.startswith("`") or core.endswith("`") \
            else f"{fence}{core}{fence}"
        del ticks
    else:
        if span.italic:
            core = f"*{core}*"
        if span.bold:
            core = f"**{core}**"
    if span.link:
        url = span.link.replace(" ", "%20").replace("(", "%28").replace(")", "%29")
        core = f"[{core}]({url})"
    return core


def inline(spans: Inline, newline: str = "\n") -> str:
    n = len(spans)
    if n == 1:
        only = spans[0]
        if "\n" not in only.text:
            if not (only.bold or only.italic or only.code or only.link):
                return escape_line(only.text)  # the common case: one plain line
            core = only.text.strip()  # one styled line (a row's title in bold under its table)
            if not core:
                return ""
            if only.bold and not (only.italic or only.code or only.link):  # _wrap's bold
                return "**" + escape_line(core) + "**"
            return _wrap(core if only.code else escape_line(core), only)
    elif n == 3:  # "*Kommentar:* text": a label, a space, one plain line (the builder's labelled)
        head, mid, body = spans
        text = body.text
        if mid.text == " " and text and "\n" not in text and not text[0].isspace() \
                and not text[-1].isspace() and not (body.bold or body.italic or body.code
                                                    or body.link or mid.bold or mid.italic
                                                    or mid.code or mid.link):
            label = _label(head)
            if label is not None:
                return label + " " + escape_line(text)
    out: list[str] = []
    for span in spans:
        text = span.text
        if "\n" not in text:  # one piece: the loop below, unrolled for the common case
            core = text.strip()
            if not core:
                if text and out and out[-1] != newline:
                    out.append(" ")
                continue
            if len(core) != len(text) and text[0].isspace() and out and out[-1] != newline:
                out.append(" ")
            if span.bold or span.italic or span.code or span.link:
                out.append(_wrap(core if span.code else escape_line(core), span))
            else:
                out.append(escape_line(core))
            if text[-1].isspace():
                out.append(" ")
            continue
        pieces = text.split("\n")
        for n, piece in enumerate(pieces):
            if n:
                out.append(newline)
            core = piece.strip()
            if piece[:1].isspace() and core and out and out[-1] != newline:
                out.append(" ")
            elif not core and piece and out and out[-1] != newline:
                out.append(" ")
            if core:
                out.append(_wrap(core if span.code else escape_line(core), span))
                if piece[-1:].isspace():
                    out.append(" ")
    return "".join(out).strip(" ")


_LABELS: dict[tuple, str | None] = {}


def _label(span) -> str | None:
    """A one-line span without spaces at its ends, as the general loop below writes it; None for
    any other span. Cached: labels ("Kommentar:") repeat tens of thousands of times."""
    key = (span.text, span.bold, span.italic, span.code, span.link)
    text = _LABELS.get(key, False)
    if text is False:
        core = span.text
        if not core or "\n" in core or core.strip() != core:
            text = None
        elif span.bold or span.italic or span.code or span.link:
            text = _wrap(core if span.code else escape_line(core), span)
        else:
            text = escape_line(core)
        if len(_LABELS) < 1024:
            _LABELS[key] = text
    return text


def inline_one(text: str) -> str:
    return escape_line(" ".join(text.split()))


def _mark_text(mark) -> str:
    return f"{mark.symbol} {mark.label}" if mark.symbol else mark.label


@lru_cache(maxsize=1024)
def _mark_cell(mark) -> str:
    return escape_cell(_mark_text(mark))


# A text escape_cell leaves as its stripped self: nothing Markdown, clean_text or a cell's line
# breaks act on. Titles are unique, so for them escape_cell's cache only costs (a miss each).
_CELL_SPECIAL = re.compile(r"[\\`*_\[\]<|~$&\n\r\u2028\u2029"
                           r"\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f" + BIDI + "]")


def cell_text(cell: Cell) -> str:
    spans = cell.text
    if cell.mark is None and cell.number is None and len(spans) == 1 and not cell.blocks:
        only = spans[0]
        if not (only.bold or only.italic or only.code or only.link):  # the common cell
            text = only.text
            return text.strip() if _CELL_SPECIAL.search(text) is None else escape_cell(text)
    if cell.mark is not None:
        text = _mark_cell(cell.mark)
        if cell.text:
            text += "<br>" + _cell_inline(cell.text)
    elif cell.number is not None:
        text = escape_cell(cell.number)
    elif cell.blocks:
        text = "<br><br>".join(_cell_block(b) for b in cell.blocks)
    else:
        text = _cell_inline(cell.text)
    return text


def _cell_inline(spans: Inline) -> str:
    if len(spans) == 1 and not (spans[0].bold or spans[0].italic or spans[0].code or spans[0].link):
        return escape_cell(spans[0].text)
    return "".join(_wrap(escape_cell(s.text), s) if s.text.strip() else " " for s in spans)


def _cell_block(block: Block) -> str:
    if isinstance(block, Paragraph):
        return _cell_inline(block.text)
    if isinstance(block, BulletList):
        return "<br>".join("• " + "".join(_cell_block(b) for b in item) for item in block.items)
    return ""


# Pads a short row; its text " " is put in each memo (an empty cell of a full row is written "").
_PAD = Cell()


def table(block: Table, memo: dict[int, str]) -> str:
    """The table as GFM. `memo` maps the identity of a cell after a row's first to its text; it
    must not outlive the document being written (an identity is reused once its object is
    gone), so each write has its own."""
    cols = block.columns
    width = len(cols)
    if not width:
        return ""
    # The builder shares one list of columns between tables of the same kind (3 000 activity
    # tables in a large report): their header is written once. The memo holds the list, so its
    # identity is not reused during the write.
    key = ("columns", id(cols))
    header = memo.get(key)
    if header is None:
        titles = " | ".join([escape_cell(c.title) for c in cols])
        rule = "|".join(["---:" if c.align == "right" else ":---:" if c.align == "center"
                         else "---" for c in cols])
        header = memo[key] = (cols, f"| {titles} |\n|{rule}|")
    lines = [header[1]]
    # A row is its first cell (a title, unique) and the rest, which in a large report are mostly
    # the builder's shared cells (a person, a date, a status: one object each), so each of those
    # is written once and looked up by its identity (a combination of them rarely repeats).
    memo[id(_PAD)] = " "
    get = memo.get
    for row in block.rows:
        cells = row.cells
        if len(cells) != width:
            if not cells:
                lines.append("| " + " | ".join([" "] * width) + " |")
                continue
            cells = cells[:width] + [_PAD] * (width - len(cells))
        rest = cells[1:]
        texts = list(map(get, map(id, rest)))  # one C loop a row; a miss is None
        if None in texts:
            for n, text in enumerate(texts):
                if text is None:
                    texts[n] = memo[id(rest[n])] = cell_text(rest[n])
        lines.append("| " + " | ".join([cell_text(cells[0]), *texts]) + " |")
    return "\n".join(lines)


def bullet_list(block: BulletList, indent: str = "") -> str:
    lines: list[str] = []
    for n, item in enumerate(block.items):
        marker = f"{block.start + n}. " if block.ordered else "- "
        pad = indent + " " * len(marker)
        first = True
        for sub in item:
            if isinstance(sub, BulletList):
                text = bullet_list(sub, pad)
                lines.append(text if not first else indent + marker + text.lstrip())
            else:
                text = block_text(sub)
                if not text:
                    continue
                body = text.replace("\n", "\n" + pad)
                lines.append(indent + marker + body if first else pad + body)
            first = False
        if first:
            lines.append(indent + marker.rstrip())
    return "\n".join(lines)


def legend(block: Legend) -> str:
    rows = []
    for group in block.groups:
        for entry in group.entries:
            meaning = legend_words(entry)
            rows.append([entry.mark.symbol, meaning, group.title][:len(block.columns)])
    if not rows:
        return ""
    lines = ["| " + " | ".join(escape_cell(c) for c in block.columns) + " |",
             "|" + "---|" * len(block.columns)]
    lines += ["| " + " | ".join(escape_cell(c) or " " for c in row) + " |" for row in rows]
    return "\n".join(lines)


def risk_matrix(block: RiskMatrix) -> str:
    cols = block.consequences
    lines = ["| " + " | ".join([escape_cell(block.corner) or " "] + [str(c) for c in cols]) + " |",
             "|" + "|".join(["---"] + ["---:"] * len(cols)) + "|"]
    for p in block.probabilities:
        cells = [str(p)]
        for c in cols:
            n = block.counts.get((p, c), 0)
            hot = block.threshold is not None and p * c >= block.threshold
            cells.append(" " if not n else f"**{n}**" if hot else str(n))
        lines.append("| " + " | ".join(cells) + " |")
    text = "\n".join(lines)
    if block.note:
        text += "\n\n" + inline_one(block.note)
    return text
