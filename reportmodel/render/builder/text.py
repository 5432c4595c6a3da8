"""An officer's text (a comment, a description, a section) -> blocks of the document.

Texts are Markdown: paragraphs, bullet and numbered lists, emphasis, code, links, tables and
(in narrative sections) headings. They are parsed here, once, with markdown-it-py (CommonMark
with GFM tables), so no writer parses Markdown. Raw HTML is not enabled: `<b>` stays the text
"<b>"; control characters and escape sequences are removed first (text_safety.clean_text).

Most comments are plain prose: a text with no character Markdown gives a meaning to is split into
paragraphs (and "- " lists) directly, without the parser, which is what keeps the export of a large
report fast.
"""

from __future__ import annotations

import re
from functools import lru_cache

from markdown_it import MarkdownIt

from reportmodel.render.document import (Block, BulletList, Cell, Column, Heading, Inline, Paragraph,
                                         Row, Span, Table)
from reportmodel.render.builder.context import span
from reportmodel.core.textsafety import BIDI
from reportmodel.render.text_safety import clean_text

# Anything beyond plain prose and "- " bullets goes through the parser.
# Two searches, each a fast scan (a character set; a literal newline first), instead of one
# multi-line pattern tried at every position: this decides for every comment of the report.
_SPECIAL_CHARS = re.compile(r"[\\`*_\[\]<|~#&\t]")
_SPECIAL_STARTS = re.compile(r"\n[ ]*(?:\d{1,9}[.)](?:[ ]|$)|[+*>=](?:[ ]|\n|$)|[-=]{2,}[ ]*(?:\n|$))"
                             r"|\n {4}")
_BULLET = re.compile(r"^-[ \t]+(?=\S)")
_PARAGRAPHS = re.compile(r"\n[ \t]*\n")


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    return MarkdownIt("commonmark", {"html": False}).enable(["table", "strikethrough"])


def text_blocks(text: str | None, heading_base: int = 0) -> list[Block]:
    """The text as blocks. In a section (`heading_base` > 0, the section heading's level) its
    headings are shifted so its highest becomes `heading_base + 1`; in a comment or description
    (0) a heading would break the document's outline, so it becomes a bold paragraph."""
    if not text or not text.strip():
        return []
    text = clean_text(text)
    if _SPECIAL_CHARS.search(text) is None and _SPECIAL_STARTS.search("\n" + text) is None:
        return _plain_blocks(text)
    return list(_parsed_blocks(text, heading_base))


def _plain_blocks(text: str) -> list[Block]:
    if "\n" not in text:  # one line, the common comment
        line = text.strip()
        if not _BULLET.match(line):
            return [_para((span(line),))]
    blocks: list[Block] = []
    for paragraph in _PARAGRAPHS.split(text):
        lines = [line.strip() for line in paragraph.split("\n") if line.strip()]
        run: list[str] = []
        run_is_list = False
        for line in lines:
            is_bullet = bool(_BULLET.match(line))
            if run and is_bullet != run_is_list:
                blocks.append(_run(run, run_is_list))
                run = []
            run_is_list = is_bullet
            run.append(_BULLET.sub("", line, count=1) if is_bullet else line)
        if run:
            blocks.append(_run(run, run_is_list))
    return blocks


def _run(lines: list[str], is_list: bool) -> Block:
    if is_list:
        return BulletList([[_para((span(line),))] for line in lines])
    return _para((span("\n".join(lines)),))


def _para(text: Inline) -> Paragraph:
    return Paragraph(text)


# -- the parser's tokens -> blocks ------------------------------------------------------------

def _parsed_blocks(text: str, heading_base: int) -> list[Block]:
    tokens = _parser().parse(text)
    shift: int | None = None  # None: headings become bold paragraphs
    if heading_base:
        shift = 0
        levels = [int(t.tag[1]) for t in tokens if t.type == "heading_open"]
        if levels:
            shift = heading_base + 1 - min(levels)
    blocks, _ = _blocks(tokens, 0, shift, None)
    return blocks


def _blocks(tokens, i: int, shift: int | None, until: str | None) -> tuple[list[Block], int]:
    out: list[Block] = []
    while i < len(tokens):
        t = tokens[i]
        if until is not None and t.type == until:
            return out, i + 1
        if t.type == "paragraph_open":
            out.append(Paragraph(inline(tokens[i + 1])))
            i += 3
        elif t.type == "heading_open":
            if shift is not None:
                level = max(1, min(6, int(t.tag[1]) + shift))
                out.append(Heading(level, inline(tokens[i + 1])))
            else:
                out.append(Paragraph(tuple(Span(s.text, bold=True, italic=s.italic, code=s.code,
                                                link=s.link) for s in inline(tokens[i + 1]))))
            i += 3
        elif t.type in ("bullet_list_open", "ordered_list_open"):
            ordered = t.type == "ordered_list_open"
            start = int(t.attrGet("start") or 1) if ordered else 1
            items, i = _list_items(tokens, i + 1, shift, t.type.replace("_open", "_close"))
            out.append(BulletList(items, ordered=ordered, start=start))
        elif t.type == "table_open":
            table, i = _table(tokens, i + 1)
            out.append(table)
        elif t.type in ("fence", "code_block"):
            body = t.content.rstrip("\n")
            if body:
                out.append(Paragraph((Span(body, code=True),)))
            i += 1
        elif t.type == "html_block":  # not produced with html off; kept inert if it is
            out.append(Paragraph((Span(t.content.strip()),)))
            i += 1
        elif t.type == "inline":  # tight list items hold their inline directly
            out.append(Paragraph(inline(t)))
            i += 1
        else:  # blockquote_open/close, hr, paragraph_close of tight lists: contents only
            i += 1
    return out, i


def _list_items(tokens, i: int, shift: int | None, close: str) -> tuple[list[list[Block]], int]:
    items: list[list[Block]] = []
    while i < len(tokens):
        t = tokens[i]
        if t.type == close:
            return items, i + 1
        if t.type == "list_item_open":
            blocks, i = _blocks(tokens, i + 1, shift, "list_item_close")
            items.append(blocks)
        else:
            i += 1
    return items, i


def _table(tokens, i: int) -> tuple[Table, int]:
    header: list[Inline] = []
    aligns: list[str] = []
    rows: list[list[Inline]] = []
    row: list[Inline] = []
    section = "head"
    while i < len(tokens):
        t = tokens[i]
        if t.type == "table_close":
            i += 1
            break
        if t.type == "tbody_open":
            section = "body"
        elif t.type == "tr_open":
            row = []
        elif t.type in ("th_open", "td_open"):
            style = t.attrGet("style") or ""
            if section == "head":
                aligns.append("right" if "right" in style else "center" if "center" in style
                              else "left")
        elif t.type == "inline":
            row.append(inline(t))
        elif t.type == "tr_close":
            (header.extend(row) if section == "head" else rows.append(row))
        i += 1
    columns = [Column("".join(s.text for s in h), role="text", align=aligns[n] if n < len(aligns)
                      else "left") for n, h in enumerate(header)]
    return Table(columns, [Row([Cell(text=c) for c in r]) for r in rows]), i


def inline(token) -> Inline:
    """An inline token's children as spans: bold, italic, code, links; breaks as "\\n"."""
    spans: list[Span] = []
    bold = italic = 0
    link: str | None = None
    for child in token.children or []:
        kind = child.type
        if kind == "text":
            if child.content:
                spans.append(Span(child.content, bold=bold > 0, italic=italic > 0, link=link))
        elif kind in ("softbreak", "hardbreak"):
            spans.append(Span("\n"))
        elif kind == "code_inline":
            spans.append(Span(child.content, code=True, link=link))
        elif kind == "strong_open":
            bold += 1
        elif kind == "strong_close":
            bold -= 1
        elif kind == "em_open":
            italic += 1
        elif kind == "em_close":
            italic -= 1
        elif kind == "link_open":
            link = child.attrGet("href") or None
        elif kind == "link_close":
            link = None
        elif kind == "image":
            spans.append(Span(child.content or "", link=child.attrGet("src") or None))
        elif child.content:  # s_open etc. carry nothing; anything else: its text
            spans.append(Span(child.content))
    return _merge(spans)


def _merge(spans: list[Span]) -> Inline:
    out: list[Span] = []
    for span in spans:
        if out and (out[-1].bold, out[-1].italic, out[-1].code, out[-1].link) == (
                span.bold, span.italic, span.code, span.link):
            out[-1] = Span(out[-1].text + span.text, span.bold, span.italic, span.code, span.link)
        else:
            out.append(span)
    return tuple(out)


# -- labelled texts ---------------------------------------------------------------------------

# A text that is one line of plain prose (most comments of a large report): no character that
# Markdown, clean_text or the paragraph splitting would act on, and no start that could open a
# block. Such a text is exactly one paragraph of its stripped self; anything else takes the
# general way (text_blocks), which gives the same for it.
_NOT_ONE_PLAIN_LINE = re.compile(
    r"[\\`*_\[\]<|~#&$\t\n\r\u2028\u2029\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f" + BIDI + "]")
_BLOCK_OPENERS = frozenset("0123456789+*>=-")


def labelled(label: str, text: str | None, *, bold: bool = True) -> list[Block]:
    """"**Kommentar:** first paragraph", then the text's other blocks. When the text starts with
    anything but a paragraph (a list, a table), the label stands alone above it. An empty label
    (`comment_label = ""`) means none: the text's own blocks, its first a plain paragraph."""
    if not text:
        return []
    if not label:
        return text_blocks(text)
    if text[0] not in _BLOCK_OPENERS and not text[0].isspace() \
            and _NOT_ONE_PLAIN_LINE.search(text) is None:
        # checked: what Paragraph.checked promises, see there
        return [Paragraph((_label_span(label, bold), _SPACE, span(text.rstrip())), False, True)]
    blocks = text_blocks(text)
    if not blocks:
        return []
    head = _label_span(label, bold)
    first = blocks[0]
    if type(first) is Paragraph:
        return [_para((head, _SPACE, *first.text)), *blocks[1:]]
    return [_para((head,)), *blocks]


_SPACE = Span(" ")


@lru_cache(maxsize=256)
def _label_span(label: str, bold: bool) -> Span:
    return Span(f"{label}:", bold=bold, italic=not bold)


def strong(text: str) -> Paragraph:
    return _para((span(text, bold=True),))


def notes(title: str, texts: list[tuple[str, str | None]]) -> list[Block]:
    """A table row's texts below the table: its title in bold, then "*Kommentar:* …" per text."""
    body: list[Block] = []
    for label, text in texts:
        if text:
            body += labelled(label, text, bold=False)
    return [strong(title), *body] if body else []
