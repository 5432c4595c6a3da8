"""Small pieces of the terminal view: user text as rich `Text` (never markup), scale values in
their colours, labelled paragraphs, tables in one style.

User text only ever enters rich as `Text(...)` after `clean_text`: `Text` does not read `[red]`
as markup, and `clean_text` removes the ESC sequences and C1 controls `Text` would let through.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from rich.color import Color, ColorParseError
from rich.console import Group, RenderableType
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from reportmodel.render.text_safety import clean_text, one_line

UNSET_STYLE = "dim"


def text(value: str | None, style: str = "") -> Text:
    return Text(clean_text(value or ""), style=style)


def line(value: str | None, style: str = "") -> Text:
    return Text(one_line(value or ""), style=style)


def safe_colour(name: str | None) -> str:
    """A scale's `colour` if it is a colour, else "". The file's text is not a rich style: a
    style string can carry `link URL` (a terminal hyperlink), and a typo must not crash the view."""
    if not name:
        return ""
    try:
        Color.parse(name)
    except ColorParseError:
        return ""
    return name


def labelled(label: str, value: str | None, indent: int = 0) -> list[RenderableType]:
    """'Kommentar: ...' with the label in bold, the text as written (paragraphs kept)."""
    if not value or not value.strip():
        return []
    body = Text.assemble((f"{label}: ", "bold"), text(value.strip()))
    return _spaced(body, indent)


def paragraph(value: str | None, indent: int = 0, style: str = "") -> list[RenderableType]:
    if not value or not value.strip():
        return []
    return _spaced(text(value.strip(), style), indent)


def _spaced(body: Text, indent: int) -> list[RenderableType]:
    """The text and a blank line after it; Padding only to indent (nested Padding is what
    makes a long report slow to draw)."""
    return [Padding(body, (0, 0, 0, indent)) if indent else body, Text("")]


def heading(title: str, depth: int) -> Text:
    """Depth 0 stands out most; deeper headings are plainer."""
    styles = ("bold reverse", "bold underline", "bold", "bold italic")
    return Text(one_line(title), style=styles[min(depth, len(styles) - 1)])


def table(headers: Sequence[str], rows: Iterable[Sequence[Text | str]],
          right: Iterable[int] = (), title: str | None = None) -> Table:
    """A table whose every cell is Text: a plain str cell is made Text here, never markup.

    A column empty in every row (no one has a frequency) is left out: the screen is narrow.
    """
    right = set(right)
    cells = [[cell if isinstance(cell, Text) else text(cell) for cell in row] for row in rows]
    keep = [i for i in range(len(headers))
            if i == 0 or not cells or any(i < len(row) and row[i].plain for row in cells)]
    t = Table(title=line(title) if title else None, title_justify="left", show_lines=False,
              header_style="bold", expand=False)
    for i in keep:
        t.add_column(line(headers[i]), justify="right" if i in right else "left",
                     overflow="fold")
    for row in cells:
        t.add_row(*(row[i] if i < len(row) else Text("") for i in keep))
    return t


def indented(renderables: list[RenderableType], indent: int) -> RenderableType:
    return Padding(Group(*renderables), (0, 0, 0, indent)) if indent else Group(*renderables)
