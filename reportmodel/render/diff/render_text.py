"""`yearend diff --format text`: rich colours in a terminal, plain text elsewhere.

User text only ever goes into `rich.text.Text` spans (never into markup), so a title such as
"[bold]Budget[/]" prints as written. Without colour, word-diff removals and additions are
marked as git's word diff does: [-removed-]{+added+}.
"""

from __future__ import annotations

from rich.console import Console, RenderableType
from rich.table import Table
from rich.text import Text

from reportmodel.render.rich_text import safe_colour
from reportmodel.render.text_safety import clean_text, one_line
from reportmodel.render.diff.outline import Line, Outliner
from reportmodel.core.compare.report_diff import ReportDiff
from reportmodel.render.diff.words import word

STYLES = {
    "label": "bold", "text": "", "old": "red", "new": "green", "del": "red strike",
    "ins": "green underline", "arrow": "dim", "better": "green", "same": "yellow",
    "worse": "red", "muted": "dim", "added": "bold green", "removed": "bold red",
    "changed": "bold yellow", "heading": "bold", "part": "bold underline",
}
INDENT = "  "


def line_text(line: Line, plain: bool, indent: int = 0) -> Text:
    text = Text(INDENT * indent)
    for role, chunk in line:
        chunk = clean_text(chunk)  # a report's text may carry escape sequences; rich keeps ESC
        if plain and role == "del":
            chunk = f"[-{chunk}-]"
        elif plain and role == "ins":
            chunk = f"{{+{chunk}+}}"
        text.append(chunk, style=STYLES.get(role, ""))
    return text


def _years(diff: ReportDiff) -> tuple[str, str]:
    oy, ny = diff.old.meta.year, diff.new.meta.year
    if oy == ny:
        return word(diff.lang, "older"), word(diff.lang, "newer")
    return str(oy), str(ny)


def level_table(diff: ReportDiff) -> Table | None:
    if not any(s.old_total or s.new_total for s in diff.levels):
        return None
    old_year, new_year = _years(diff)
    table = Table(box=None, padding=(0, 2, 0, 0), show_edge=False)
    table.add_column(word(diff.lang, "level"))
    table.add_column(word(diff.lang, "assessment"))
    table.add_column(old_year, justify="right")
    table.add_column(new_year, justify="right")
    for summary in diff.levels:
        if not (summary.old_total or summary.new_total):
            continue
        table.add_row(Text(one_line(summary.label), style="bold"), Text(word(diff.lang, "goals_n")),
                      str(summary.old_total), str(summary.new_total))
        for row in summary.rows:
            label = Text(f"{one_line(row.symbol)} " if row.symbol else "",
                         style=safe_colour(row.colour))
            label.append(one_line(row.label))
            style = "" if row.old == row.new else "bold"
            table.add_row("", label, Text(str(row.old), style=style),
                          Text(str(row.new), style=style))
    return table


def renderables(diff: ReportDiff, only: set[str] | None = None, *,
                plain: bool = False) -> list[RenderableType]:
    """The whole diff, part by part; `only` limits it to parts (items.PARTS)."""
    out: list[RenderableType] = []
    o = Outliner(diff)
    lang = diff.lang
    title = Text(f"{word(lang, 'heading')}: ", style="bold")
    title.append(f"{one_line(diff.old.meta.title)} ({diff.old.meta.year})", style="bold")
    title.append(" → ", style="dim")
    title.append(f"{one_line(diff.new.meta.title)} ({diff.new.meta.year})", style="bold")
    out.append(title)
    if not diff.differs(only):
        out += [Text(""), Text(word(lang, "no_differences"))]
    if (only is None or "report" in only) and diff.meta:
        out += [Text(""), Text(word(lang, "report"), style=STYLES["part"])]
        out += [line_text(line, plain, 1) for line in o.meta_lines()]
    if only is None or "goals" in only:
        table = level_table(diff)
        if table is not None:
            out += [Text(""), Text(word(lang, "levels"), style=STYLES["part"]), table]
    for part in o.parts(only):
        if part.empty:
            continue
        heading = Text()
        heading.append(part.label, style=STYLES["part"])
        counts = " · ".join(f"{label} {n}" for label, n in part.counts if n)
        heading.append(f"  {counts}", style="dim")
        out += [Text(""), heading]
        out += [line_text(line, plain, 1) for line in part.splits + part.merges]
        for group in part.groups:
            depth = 1
            if group.heading is not None:
                out.append(Text(INDENT + one_line(group.heading), style="bold"))
                depth = 2
            for item in group.items:
                out.append(line_text(o.heading(item), plain, depth))
                out += [line_text(line, plain, depth + 2) for line in o.item_lines(item)]
    notes = o.note_lines()
    if notes:
        out += [Text(""), Text(word(lang, "notes"), style=STYLES["part"])]
        out += [line_text(line, plain, 1) for line in notes]
    trends = o.trend_lines(all_=False)
    if trends and (only is None or "goals" in only):
        out += [Text(""), Text(word(lang, "trends"), style=STYLES["part"])]
        out += [line_text(line, plain, 1) for line in trends]
    return out


def trend_renderables(diff: ReportDiff, *, plain: bool = False) -> list[RenderableType]:
    """`--suggest-trends`: every suggestion, also those the report already agrees with."""
    o = Outliner(diff)
    lines = o.trend_lines(all_=True)
    out: list[RenderableType] = [Text(word(diff.lang, "trends"), style=STYLES["part"])]
    if not lines:
        return out + [Text(word(diff.lang, "no_trends"))]
    return out + [line_text(line, plain, 1) for line in lines]


def print_diff(diff: ReportDiff, console: Console, only: set[str] | None = None,
               trends_only: bool = False) -> None:
    plain = console.color_system is None or console.no_color
    if trends_only:
        items: list[RenderableType | None] = list(trend_renderables(diff, plain=plain))
    else:
        items = list(renderables(diff, only, plain=plain))
    run: list[Text] = []
    wrap = console.is_terminal  # piped output keeps one line per change (grep-able)
    for item in items + [None]:
        if isinstance(item, Text):
            if wrap and item.cell_len > console.width:
                run += hanging(item, console)
            else:
                run.append(item)
            continue
        if run:
            # One print per run of lines: rich's per-call cost dominates 40,000 short lines.
            console.print(Text("\n").join(run), soft_wrap=True)
            run = []
        if item is not None:
            console.print(item)


def hanging(line: Text, console: Console) -> list[Text]:
    """A line too long for the terminal, wrapped under its own indentation (a long or
    multi-line title must not run back to the left margin and break the outline)."""
    plain = line.plain
    indent = len(plain) - len(plain.lstrip(" "))
    body = line[indent:]
    width = max(20, console.width - indent - len(INDENT))
    out = []
    for i, part in enumerate(body.wrap(console, width)):
        pad = indent if i == 0 else indent + len(INDENT)
        out.append(Text(" " * pad) + part)
    return out
