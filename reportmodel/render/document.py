"""The finished report as a tree of blocks: what every writer (Markdown, terminal, Word, PDF) walks.

The builder turns a report and its layout into one `Document`; the writers only decide how a
block looks in their medium, never what is in it, which order it comes in or what it is called.
So `export`, `show`, the editor's preview, Word and PDF show the same parts in the same order
with the same words.

All text here is the officer's text, unescaped: each writer escapes for its own medium. Comments
and descriptions written as Markdown arrive already parsed into blocks (Paragraph, BulletList,
Table, Heading), so no writer parses Markdown of its own.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Union


# --- inline text ---------------------------------------------------------------------------

@dataclass(frozen=True)
class Span:
    """A run of text with one style. `link` is a URL the writer may make clickable."""
    text: str
    bold: bool = False
    italic: bool = False
    code: bool = False
    link: str | None = None


Inline = tuple[Span, ...]


def plain(text: str) -> Inline:
    return (Span(text),) if text else ()


@dataclass(frozen=True)
class Mark:
    """A scale value as printed: its word, its symbol and its colour (CSS hex, "#2e7d32").

    `scale` and `value` name the scale and the value's key, so a writer can look up or group by
    them (a legend, a shaded cell, a chart). `label` is always set: a writer never shows colour
    or symbol alone, because colour alone fails readers who cannot see it.
    """
    scale: str
    value: str | None  # None: not set ("Ej bedömd", "Status saknas")
    label: str
    symbol: str = ""
    colour: str | None = None


# --- blocks --------------------------------------------------------------------------------

@dataclass
class Heading:
    level: int  # 1 = the document's parts; deeper levels below
    text: Inline
    number: str | None = None  # printed before the text ("1.", "2.3") when the layout numbers it
    # For links and bookmarks: a part's name, or an item's collection and id ("processes-ekonomi":
    # ids are unique only within their collection, and a goal may share a process's).
    anchor: str | None = None


@dataclass
class Paragraph:
    text: Inline
    # A "\n" inside a span is a line break. Hard breaks (an address block, a signature) must be
    # kept by every writer; soft ones (an officer's line break inside a paragraph) may reflow.
    hard_breaks: bool = False
    # Set by the builder on its "Kommentar: text" paragraphs (label, " ", text) when it has
    # checked that the text is one line of prose no writer escapes or cleans: no Markdown syntax
    # character, no `&`, `$`, control or line break, no space at its ends, no block opener at its
    # start. The Markdown writer then writes the text as it is instead of scanning it again (a
    # large report has ~15 000 such comments). Says nothing about what the paragraph holds.
    checked: bool = field(default=False, compare=False, repr=False)


@dataclass
class BulletList:
    items: list[list["Block"]]
    ordered: bool = False
    start: int = 1


@dataclass
class Fact:
    """A labelled value on its own line: "Bedömning: 🟢 Helt uppfyllt", "Ansvarig: …"."""
    label: str
    value: Inline | Mark


@dataclass
class Facts:
    facts: list[Fact]


@dataclass
class Column:
    title: str
    role: str  # what the column holds: "title", "assessment", "status", "target:2023", "outcome:2022", …
    width: float = 1.0  # relative to the table's other columns
    align: str = "left"  # "left" | "right" | "center"


@dataclass
class Cell:
    """One table cell: text, a scale value, or a number as printed ("2,90", "prel: 73", "i.u.")."""
    text: Inline = ()
    mark: Mark | None = None
    number: str | None = None
    blocks: list["Block"] = field(default_factory=list)  # a cell holding paragraphs or a list


@dataclass
class Row:
    cells: list[Cell]
    group: bool = False  # a full-width group row (a risk's title over its control points)


@dataclass
class Table:
    columns: list[Column]
    rows: list[Row]
    caption: str | None = None
    header: bool = True  # the first row of titles, repeated on every page where the medium can


@dataclass
class LegendEntry:
    mark: Mark
    meaning: str = ""  # longer wording where the report gives one


def legend_words(entry: LegendEntry) -> str:
    """A row's words in a text legend: "Label (wording)"; a mark whose word is its symbol (a
    completion step, "80 %") prints its wording alone."""
    mark = entry.mark
    if not entry.meaning:
        return mark.label
    if mark.symbol and mark.symbol == mark.label:
        return entry.meaning
    return f"{mark.label} ({entry.meaning})"


@dataclass
class LegendGroup:
    title: str  # "Bedömning av mål", "Status för aktiviteter", …
    entries: list[LegendEntry]


@dataclass
class Legend:
    groups: list[LegendGroup]
    # The column headings in the document's language: symbol, meaning, what it marks (the
    # group's title); two without the third (`legend_used_for = false`: one untitled group).
    columns: tuple[str, ...] = ("Symbol", "Betydelse", "Används för")


@dataclass
class RiskMatrix:
    """Probability (rows, highest first) × consequence (columns): the number of risks in each cell."""
    probabilities: list[int]
    consequences: list[int]
    counts: dict[tuple[int, int], int]
    threshold: int | None  # risk value at or above which a risk needs control points
    corner: str = ""  # "Sannolikhet \\ Konsekvens"
    note: str = ""


@dataclass
class BarSegment:
    mark: Mark
    count: int


@dataclass
class StackedBars:
    """One bar per row (a goal level, a part), split by scale value: goal fulfilment, control points."""
    title: str
    bars: list[tuple[str, list[BarSegment]]]


@dataclass
class Series:
    """An indicator's outcomes over the years (drawn only when it has three or more)."""
    title: str
    points: list[tuple[int, float]]
    target: list[tuple[int, float]] = field(default_factory=list)
    unit: str = ""


@dataclass
class Signatures:
    unit: str  # the signing unit, as printed ("KOMMUNLEDNINGSKONTORET")
    people: list[tuple[str, str]]  # (name, title)


Block = Union[Heading, Paragraph, BulletList, Facts, Table, Legend, RiskMatrix, StackedBars,
              Series, Signatures]


# --- the document --------------------------------------------------------------------------

@dataclass
class Part:
    """A part of the document in the layout's order: "title" (the title block: heading, municipality,
    board, case number, date, officer; a writer with a title page may draw it from `Meta`
    instead), "memo", "section", "summary", "legend", "goals", "internal-control", "contractors"
    (kind), with its blocks. `appendix` parts may be
    exported alone (`--only`) under their own `title`."""
    kind: str
    title: str
    blocks: list[Block]
    appendix: bool = False


@dataclass
class Meta:
    municipality: str = ""
    board: str = ""
    kind: str = ""  # as the report words it: "Årsrapport", "Verksamhetsberättelse"
    title: str = ""
    year: int | None = None
    case_number: str = ""
    date: str = ""  # as printed in the document's language ("26 januari 2023")
    officer: str = ""


@dataclass
class Document:
    title: str
    lang: str  # "sv" or "en": hyphenation, the PDF's and DOCX's language
    meta: Meta
    parts: list[Part]
