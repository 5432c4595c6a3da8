"""User text -> Markdown that reads back as exactly that text.

Every text field of an item except a section's `text` is plain text, not Markdown: what the
officer typed is what the reader sees. Its paragraphs (separated by a blank line) and its bullet
lists (lines starting with "- ") are kept as Markdown paragraphs and lists; a single line break
stays a line break of the paragraph (Markdown reads it as a soft break); every other character
that Markdown would read as syntax is backslash-escaped, so "1. x" stays text and is not a
numbered list, "# x" is not a heading and `<script>` is not HTML. Leading and trailing spaces of a
line are dropped (Markdown would drop them, or read four of them as code).

In a table cell a line break is written `<br>` and `|` as `\\|` (GFM tables are one line a row).
A heading is one line: breaks become spaces.
"""

from __future__ import annotations

import re
from functools import lru_cache

from reportmodel.render.text_safety import clean_text, one_line

# Characters that are syntax wherever they stand. `>` and `#` only matter at a line start; `&`
# only before an entity name; both are handled below.
# A large report escapes ~200 000 lines and most hold none of these characters: a regex search
# (a C loop) decides, and only lines that need it are translated (translate walks a dict per
# character on non-ASCII text, which Swedish always is).
_ANYWHERE = str.maketrans({c: "\\" + c for c in "\\`*_[]<|~$"})
_ANYWHERE_HEADING = str.maketrans({c: "\\" + c for c in "\\`*_[]<|~$#"})
_NEEDS = re.compile(r"[\\`*_\[\]<|~$]")
_NEEDS_HEADING = re.compile(r"[\\`*_\[\]<|~$#]")
_BLOCK_FIRST = frozenset("#>+-=0123456789")
_ENTITY = re.compile(r"&(?=#?[A-Za-z0-9]+;)")
# A line start that opens a block: heading, quote, list bullet, setext underline, ordered list.
_BLOCK_START = re.compile(r"^(?:([#>+\-=])|(\d{1,9})([.)]))")
_BULLET = re.compile(r"^-[ \t]+(?=\S)")


def escape_line(line: str, *, heading: bool = False) -> str:
    """One line of plain text, escaped to read back as itself at the start of a block."""
    line = line.strip()
    if (_NEEDS_HEADING if heading else _NEEDS).search(line):
        line = line.translate(_ANYWHERE_HEADING if heading else _ANYWHERE)
    if "&" in line:
        line = _ENTITY.sub(r"\\&", line)
    if not line or line[0] not in _BLOCK_FIRST:
        return line
    match = _BLOCK_START.match(line)
    if match:
        if match.group(1):
            line = "\\" + line
        else:
            digits = match.group(2)
            line = digits + "\\" + line[len(digits):]
    return line


def escape_heading(text: str) -> str:
    """A title as heading text; every `#` is escaped, a trailing one would close the heading."""
    # Heading text is inline content: "1. x" after the #s cannot open a list.
    line = one_line(text)
    if _NEEDS_HEADING.search(line):
        line = line.translate(_ANYWHERE_HEADING)
    if "&" in line:
        line = _ENTITY.sub(r"\\&", line)
    return line


@lru_cache(maxsize=16384)
def escape_cell(text: str) -> str:
    """A text as the content of one GFM table cell.

    Cached: cells repeat (names, dates, status labels) and a large report has ~100 000 of them.
    """
    text = clean_text(text).strip()
    if "\n" not in text:
        return _escape_in_cell(text)
    return "<br>".join(_escape_in_cell(line) for line in text.split("\n"))


def _escape_in_cell(line: str) -> str:
    """A cell is inline content: "- x" or "1. x" cannot open a list there, so only the
    characters that are syntax anywhere are escaped."""
    line = line.strip()
    if _NEEDS.search(line):
        line = line.translate(_ANYWHERE)
    if "&" in line:
        line = _ENTITY.sub(r"\\&", line)
    return line


def escape_inline(text: str) -> str:
    """A short text inside a line the export writes (after a label): breaks become spaces."""
    return escape_line(one_line(text))


def plain_text(text: str) -> str:
    """A plain-text field (comment, description, result, ...) as Markdown blocks.

    Paragraphs and "- " bullet lists survive; a run of bullets and a run of text lines in the same
    paragraph become separate blocks, so a line after a list is not swallowed by its last item.
    """
    blocks: list[str] = []
    for paragraph in re.split(r"\n[ \t]*\n", clean_text(text)):
        lines = [line.strip() for line in paragraph.split("\n") if line.strip()]
        run: list[str] = []
        run_is_list = False
        for line in lines:
            is_bullet = bool(_BULLET.match(line))
            if run and is_bullet != run_is_list:
                blocks.append("\n".join(run))
                run = []
            run_is_list = is_bullet
            if is_bullet:
                run.append("- " + escape_line(_BULLET.sub("", line, count=1)))
            else:
                run.append(escape_line(line))
        if run:
            blocks.append("\n".join(run))
    return "\n\n".join(blocks)
