"""Progress drawn as text: a bar coloured by scale value with the counts beside it, and a
sparkline of an indicator's outcomes. Pure rendering from a reportmodel Count: no widgets, no
walk over the report, so a dashboard costs what its lines cost to paint."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text

from reportmodel.core import model as m
from reportmodel.core.progress import UNSET, Count
from reportmodel.core.scheme import Scale

from tui.common.look import Look, readable, safe

BAR = "█"
EMPTY = "░"
SPARKS = "▁▂▃▄▅▆▇█"
# Colours of the indicator states (their "scale"): met is good, not met bad.
STATE_COLOURS = {"met": "green", "not_met": "red", "no_target": "blue", "no_data": "magenta",
                 UNSET: ""}
STATE_SYMBOLS = {"met": "✓", "not_met": "✗", "no_target": "·", "no_data": "–", UNSET: "?"}


def segments(count: Count, width: int) -> list[tuple[str, int]]:
    """(key, cells) per value, in the count's order; cells add up to `width` when total > 0.
    A value with any item gets at least one cell, so a single Ej uppfyllt is never hidden."""
    if count.total <= 0 or width <= 0:
        return []
    keys = [(k, n) for k, n in count.by_value.items() if n > 0]
    cells = [max(1, round(n * width / count.total)) for _, n in keys]
    # Take back or give cells on the largest segment so the bar is exactly `width`.
    while sum(cells) != width and cells:
        big = max(range(len(cells)), key=cells.__getitem__)
        if sum(cells) > width:
            if cells[big] <= 1:
                break
            cells[big] -= 1
        else:
            cells[big] += 1
    return [(key, c) for (key, _), c in zip(keys, cells)]


def _style(scale: Scale | None, key: str) -> str:
    if scale is None:
        return STATE_COLOURS.get(key, "")
    value = scale.get(key)
    return readable(value.colour) if value is not None and value.colour else ""


def bar(count: Count, scale: Scale | None, width: int) -> Text:
    text = Text(no_wrap=True)
    for key, cells in segments(count, width):
        if key == UNSET:
            text.append(EMPTY * cells, style="dim")
        else:
            text.append(BAR * cells, style=_style(scale, key) or "bold")
    if not count.total:
        text.append(EMPTY * width, style="dim")
    return text


def legend_counts(look: Look, count: Count, scale: Scale | None, labels: bool = True) -> Text:
    """"🟢 12 Helt uppfyllt  🟡 4 Delvis uppfyllt  ? 2 Ej bedömd": the counts per value, zeros
    left out (the bar shows the whole); without `labels` the symbols only ("🟢 12  🟡 4"), which
    the legend explains."""
    w = look.words
    text = Text()
    for key, n in count.by_value.items():
        if not n:
            continue
        if text:
            text.append("  ")
        if scale is None:
            text.append(STATE_SYMBOLS.get(key, "?"), style=STATE_COLOURS.get(key, "") or "dim")
            label = w(f"state.{key}")
        else:
            value = scale.get(key)
            symbol = scale.symbol(key if value is not None else None) or ("·" if value else "?")
            text.append(safe(symbol), style=_style(scale, key) or ("" if value else "dim"))
            label = scale.label(key if value is not None else None, look.lang) \
                if value is not None or key == UNSET else key
        text.append(f" {n}", style="bold")
        if labels:
            text.append(" " + safe(label))
    return text


class CountRows:
    """One line per count: its name, done/total, the bar and the counts per value. Narrower
    than WIDE cells (the detail pane at 80 columns): the name and done/total on one line, the
    bar and the counts under it, so no word is cut."""

    WIDE = 90
    LABELS = 120  # the values' names beside the bars from this width, else their symbols

    def __init__(self, look: Look, rows: list[tuple[str, Count, Scale | None, str]],
                 width: int = 20, wide: int = WIDE) -> None:
        self.look = look
        self.rows = rows
        self.width = width
        self.wide = wide

    def __rich_console__(self, console, options):
        w = self.look.words
        if options.max_width >= self.wide:
            table = Table.grid(padding=(0, 1))
            table.add_column(no_wrap=True, style="bold")
            table.add_column(no_wrap=True, justify="right")
            table.add_column(no_wrap=True)
            table.add_column(ratio=1)
            labels = options.max_width >= self.LABELS
            for label, count, scale, done_words in self.rows:
                table.add_row(Text(safe(label)),
                              Text(w(done_words, done=count.done, total=count.total)),
                              bar(count, scale, self.width),
                              legend_counts(self.look, count, scale, labels))
            yield table
            return
        width = max(8, min(self.width + 10, options.max_width))
        for label, count, scale, done_words in self.rows:
            head = Text(safe(label), style="bold")
            head.append("  " + w(done_words, done=count.done, total=count.total))
            yield head
            yield bar(count, scale, width)
            yield legend_counts(self.look, count, scale)


def count_rows(look: Look, rows: list[tuple[str, Count, Scale | None, str]],
               width: int, wide: int = CountRows.WIDE) -> CountRows:
    return CountRows(look, rows, width, wide)


def sparkline(indicator: m.Indicator, year: int | None = None) -> Text:
    """The outcomes over the years as ▁▂▃…█, the report's year bold; years without a number
    (i.u., no outcome) are a dim dot. Scaled between the lowest and highest outcome."""
    values = []
    for y, entry in sorted(indicator.years.items()):
        outcome = entry.outcome.number if entry.outcome is not None else None
        values.append((y, outcome))
    numbers = [v for _, v in values if v is not None]
    text = Text(no_wrap=True)
    if not numbers:
        return text
    low, high = min(numbers), max(numbers)
    for y, v in values:
        if v is None:
            text.append("·", style="dim")
            continue
        step = 0 if high == low else round((v - low) / (high - low) * (len(SPARKS) - 1))
        style = "bold cyan" if y == year else "cyan"
        text.append(SPARKS[step], style=style)
    return text
