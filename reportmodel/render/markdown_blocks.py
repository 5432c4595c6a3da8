"""Building blocks of the Markdown document: headings, GFM tables, labelled texts.

Every function takes plain text and escapes it; a value wrapped in `Md` is Markdown the export
wrote itself (a bold count, a symbol line) and is passed through. Blocks are joined by one blank
line, so no block can run into the next.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from reportmodel.render.markdown_escape import escape_cell, escape_heading, escape_inline, plain_text


class Md(str):
    """Text that is already Markdown."""


MAX_HEADING = 6


def heading(level: int, title: str) -> str:
    return "#" * max(1, min(level, MAX_HEADING)) + " " + escape_heading(title)


def _cell(value: str) -> str:
    text = value if isinstance(value, Md) else escape_cell(value)
    return text if text else " "


def table(headers: Sequence[str], rows: Iterable[Sequence[str]],
          right: Sequence[int] = ()) -> str:
    """A GFM pipe table; `right` holds the indexes of right-aligned (number) columns."""
    width = len(headers)
    lines = ["| " + " | ".join(_cell(h) for h in headers) + " |",
             "|" + "|".join("---:" if i in right else "---" for i in range(width)) + "|"]
    for row in rows:
        cells = list(row)[:width] + [""] * (width - len(row))
        lines.append("| " + " | ".join(_cell(c) for c in cells) + " |")
    return "\n".join(lines)


def strong(text: str) -> Md:
    """Bold text; an empty text stays empty (`****` would be a thematic break)."""
    escaped = escape_inline(text)
    return Md(f"**{escaped}**") if escaped else Md("")


def emphasis(text: str) -> Md:
    escaped = escape_inline(text)
    return Md(f"*{escaped}*") if escaped else Md("")


def labelled(label: str, text: str | None, *, bold: bool = False) -> list[str]:
    """'*Kommentar:* first paragraph', then the text's other paragraphs and lists.

    The label joins the first paragraph; when the text starts with a list the label stands alone,
    since a label in front of `- ` would turn the bullet into text.
    """
    if not text or not text.strip():
        return []
    body = plain_text(text)
    if not body:
        return []
    mark = "**" if bold else "*"
    head = f"{mark}{escape_inline(label)}:{mark}"
    blocks = body.split("\n\n")
    if blocks[0].startswith("- "):
        return [head, *blocks]
    return [f"{head} {blocks[0]}", *blocks[1:]]


def paragraphs(text: str | None) -> list[str]:
    if not text or not text.strip():
        return []
    body = plain_text(text)
    return body.split("\n\n") if body else []


def bullet_list(items: Iterable[str]) -> str:
    lines = [f"- {escape_inline(item)}" for item in items if item and item.strip()]
    return "\n".join(lines)


def lines_with_breaks(lines: Iterable[str]) -> str:
    """Short lines as one paragraph with hard line breaks (a backslash before the newline)."""
    escaped = [escape_inline(line) for line in lines if line and line.strip()]
    return "\\\n".join(escaped)


def join(blocks: Iterable[str]) -> str:
    return "\n\n".join(b for b in blocks if b)
