"""What the Word and PDF writers decide alike: fixed words, colours, column widths, numbers.

Both media print a scale value as its word on its colour; the ink on that colour is chosen for
contrast (WCAG), never left to the colour alone. Column widths come from the text the columns
hold, so a word like "Bedömning" or "Riskvärde" is never broken mid-word when it fits at all.
"""

from __future__ import annotations

from rich.color import Color, ColorParseError

from reportmodel.render.document import Block, Cell, Heading, Mark, Table

WORDS = {
    "sv": {"page": "Sida", "contents": "Innehåll", "case_number": "Ärendebeteckning",
           "date": "Datum", "officer": "Handläggare", "board": "Nämnd", "year": "År",
           "toc_hint": "Innehållsförteckningen uppdateras när dokumentet öppnas i Word "
                       "(eller med F9).", "target": "Mål", "total": "Totalt", "untitled": "Rapport"},
    "en": {"page": "Page", "contents": "Contents", "case_number": "Case number",
           "date": "Date", "officer": "Officer", "board": "Board", "year": "Year",
           "toc_hint": "The table of contents is updated when the document is opened in Word "
                       "(or with F9).", "target": "Target", "total": "Total", "untitled": "Report"},
}

LANG_TAGS = {"sv": "sv-SE", "en": "en-GB"}

# Shading for a value with no colour of its own ("Ej bedömd"): light grey, never white, so the
# cell still reads as a value and not as an empty cell.
NO_COLOUR = "#e0e0e0"


def words(lang: str) -> dict[str, str]:
    return WORDS.get(lang, WORDS["sv"])


def contents_place(document) -> tuple[int | None, str]:
    """Where the Word and PDF contents go and their title: the layout's `toc` part ("Innehålls-
    förteckning", after the Bilaga 1 heading), as the index among the parts that are neither
    title nor toc; None: after the title page or memo, titled "Innehåll"."""
    at, n = None, 0
    title = words(document.lang)["contents"]
    for part in document.parts:
        if part.kind == "toc":
            at, title = n, part.title or title
        elif part.kind != "title":
            n += 1
    return at, title


def contents_scope(document) -> range | None:
    """The parts (indexed as in contents_place) whose headings the contents list when the
    layout's toc stands after an appendix heading: that appendix's own contents (Bilaga 1's),
    from the toc up to the next appendix, as the Markdown contents; None: the whole document."""
    at, n, end, after_appendix = None, 0, None, False
    for part in document.parts:
        if part.kind == "toc":
            at = n
            continue
        if part.kind == "title":
            continue
        if at is None:
            after_appendix = after_appendix or part.appendix
        elif part.appendix and end is None:
            end = n
        n += 1
    if at is None or not after_appendix:
        return None
    return range(at, n if end is None else end)


def lang_tag(lang: str) -> str:
    return LANG_TAGS.get(lang, LANG_TAGS["sv"])


def _luminance(hex_colour: str) -> float:
    h = hex_colour.lstrip("#")
    channels = [int(h[i:i + 2], 16) / 255 for i in (0, 2, 4)]
    lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


# A scale's `colour` is a terminal (rich) colour name; on paper the basic names become the tints
# of a printed traffic light, light enough for black ink. "white" is a very light grey: a white
# cell would read as an empty one.
PRINT_COLOURS = {
    "green": "#92d050", "bright_green": "#c5e0b4", "dark_green": "#70ad47",
    "yellow": "#ffd966", "bright_yellow": "#fff2cc", "gold1": "#ffd966",
    "orange": "#f4b183", "orange1": "#f4b183", "dark_orange": "#f4b183",
    "red": "#ff7c80", "bright_red": "#f8cbad", "dark_red": "#e06666",
    "blue": "#9dc3e6", "bright_blue": "#deebf7", "cyan": "#9fe0e6", "bright_cyan": "#ddf4f6",
    "magenta": "#d5a6bd", "bright_magenta": "#ead1dc",
    "white": "#f2f2f2", "bright_white": "#f2f2f2", "grey": "#bfbfbf", "gray": "#bfbfbf",
    "bright_black": "#bfbfbf", "black": "#7f7f7f",
}


def fill_of(mark: Mark) -> str:
    """The cell's shading: a `#rrggbb` colour as it is; a rich colour name as its print tint
    (another name rich knows: its colour halfway to white); else light grey."""
    colour = (mark.colour or "").strip().lower()
    if len(colour) == 7 and colour.startswith("#"):
        try:
            int(colour[1:], 16)
            return colour
        except ValueError:
            pass
    if colour in PRINT_COLOURS:
        return PRINT_COLOURS[colour]
    try:
        r, g, b = Color.parse(colour).get_truecolor()
    except (ColorParseError, ValueError):
        return NO_COLOUR
    return "#" + "".join(f"{(c + 255) // 2:02x}" for c in (r, g, b))


def ink_on(fill: str) -> str:
    """Black or white, whichever contrasts more with `fill`."""
    lum = _luminance(fill)
    on_black = (lum + 0.05) / 0.05
    on_white = 1.05 / (lum + 0.05)
    return "#000000" if on_black >= on_white else "#ffffff"


def heat(value: int, threshold: int | None, highest: int) -> str:
    """A risk matrix cell's colour: green, yellow, orange, red by its risk value."""
    limit = threshold or max(1, round(highest * 0.5))
    if value >= limit:
        return "#e57373"
    if value >= limit * 0.75:
        return "#ffb74d"
    if value >= limit * 0.4:
        return "#fff176"
    return "#aed581"


def number(value: float, lang: str) -> str:
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return text.replace(".", ",").replace("-", "\u2212") if lang == "sv" else text


def heading_levels(blocks_by_part: list[list[Block]]) -> dict[int, int]:
    """id(heading) -> a level that never skips one (2, 3, 5 becomes 1, 2, 3): screen readers and
    PDF/UA expect an unbroken ladder, and Word's outline needs it for the table of contents."""
    levels: dict[int, int] = {}
    # The document's highest heading is level 1: without the title part (drawn as the title
    # page) a report's parts start at "##", and capping alone would put every part after the
    # first under it, as its sub-headings.
    top = min((b.level for blocks in blocks_by_part for b in blocks if isinstance(b, Heading)),
              default=1)
    previous = 0
    for blocks in blocks_by_part:
        for block in blocks:
            if isinstance(block, Heading):
                level = max(1, min(block.level - top + 1, previous + 1, 6))
                levels[id(block)] = level
                previous = level
    return levels


def cell_text(cell: Cell) -> str:
    if cell.mark is not None:
        return cell.mark.label
    if cell.number is not None:
        return cell.number
    text = "".join(s.text for s in cell.text)
    for block in cell.blocks:
        text += " " + " ".join(s.text for s in getattr(block, "text", ()))
    return text


_WHOLE_VALUE_ROLES = frozenset({"responsible", "start", "end", "date"})


def column_fractions(table: Table, line_chars: float = 90.0) -> list[float]:
    """Each column's share of the line (summing to 1), from what its cells hold.

    A column gets at least its longest word (a header of up to 16 characters counts whole, so
    "Utfall 2022" stays on one line), so words are not broken, and shares the rest by how much
    text it holds, weighted by the column's declared width. A column of short values stays
    narrow; the text columns take the room. `line_chars` is the line's width in characters of
    the table's font (a generous estimate: fonts a template brings may be wider).
    """
    n = len(table.columns)
    if n == 0:
        return []
    longest = [0.0] * n
    amount = [0.0] * n
    for i, column in enumerate(table.columns):
        title = column.title.strip()
        # Headers are bold, so a little wider than their characters.
        longest[i] = 1.1 * (len(title) if len(title) <= 16 else
                            max((len(w) for w in title.split()), default=1))
        amount[i] = 1.1 * len(title)
    # Names and dates read badly broken ("Dah-lin"): their columns get room for the whole value.
    whole = [column.role in _WHOLE_VALUE_ROLES for column in table.columns]
    for row in table.rows:  # every cell of a large report: written for speed
        if row.group:
            continue
        for i, cell in enumerate(row.cells[:n]):
            text = cell_text(cell)
            size = len(text)
            word = size if whole[i] else max(map(len, text.split()), default=0)
            if word > longest[i]:
                longest[i] = word if word < 22.0 else max(longest[i], 22.0)
            if size > amount[i]:
                amount[i] = size if size < 120.0 else max(amount[i], 120.0)
    pad = 2.5  # cell margins, in characters
    floor = [1.12 * w + pad for w in longest]
    wanted = [max(floor[i], amount[i] + pad) for i in range(n)]
    if sum(wanted) <= line_chars:
        widths = wanted
    elif sum(floor) >= line_chars:
        widths = floor
    else:
        spare = line_chars - sum(floor)
        weights = [(wanted[i] - floor[i]) * max(0.05, table.columns[i].width) for i in range(n)]
        total = sum(weights) or 1.0
        widths = [floor[i] + spare * weights[i] / total for i in range(n)]
    total = sum(widths)
    return [w / total for w in widths]
