"""`yearend diff --format md`: a Markdown document an officer can attach to a case.

Every piece of user text goes through the export's escaping (reportmodel.render.markdown_escape),
so a title such as "1. Mål *viktigt*" reads back as written. Word-diff removals are ~~struck~~
and additions **bold**, which pandoc carries into DOCX and HTML.
"""

from __future__ import annotations

from reportmodel.render.markdown_escape import escape_cell, escape_heading, escape_inline
from reportmodel.render.diff.outline import Line, Outliner
from reportmodel.core.compare.report_diff import ReportDiff
from reportmodel.render.diff.words import word
from reportmodel.render.text_safety import one_line

WRAP = {"label": "**", "del": "~~", "ins": "**"}


def _escaped(chunk: str) -> str:
    """Escape the text but keep its outer spaces outside (emphasis may not start with one)."""
    core = chunk.strip()
    if not core:
        return " " if chunk else ""
    lead = " " if chunk[0].isspace() else ""
    trail = " " if chunk[-1].isspace() else ""
    return lead + escape_inline(core) + trail


def md_line(line: Line) -> str:
    out: list[str] = []
    for role, chunk in line:
        text = _escaped(chunk)
        marks = WRAP.get(role)
        core = text.strip()
        if marks and core:
            lead = " " if text[:1] == " " else ""
            trail = " " if text[-1:] == " " else ""
            text = f"{lead}{marks}{core}{marks}{trail}"
        out.append(text)
    return "".join(out).strip()


def _years(diff: ReportDiff) -> tuple[str, str]:
    oy, ny = diff.old.meta.year, diff.new.meta.year
    if oy == ny:
        return word(diff.lang, "older"), word(diff.lang, "newer")
    return str(oy), str(ny)


def level_table(diff: ReportDiff) -> list[str]:
    levels = [s for s in diff.levels if s.old_total or s.new_total]
    if not levels:
        return []
    lang = diff.lang
    old_year, new_year = _years(diff)
    rows = [f"| {word(lang, 'level')} | {word(lang, 'assessment')} | {old_year} | {new_year} |",
            "|---|---|--:|--:|"]
    for s in levels:
        rows.append(f"| {escape_cell(one_line(s.label))} | {word(lang, 'goals_n')} | {s.old_total} | "
                    f"{s.new_total} |")
        for row in s.rows:
            label = one_line(f"{row.symbol} {row.label}" if row.symbol else row.label)
            rows.append(f"|  | {escape_cell(label)} | {row.old} | {row.new} |")
    return rows


def render_markdown(diff: ReportDiff, only: set[str] | None = None,
                    trends_only: bool = False) -> str:
    o = Outliner(diff)
    lang = diff.lang
    title = (f"{one_line(diff.old.meta.title)} ({diff.old.meta.year}) → "
             f"{one_line(diff.new.meta.title)} ({diff.new.meta.year})")
    out = [f"# {word(lang, 'heading')}: {escape_heading(title)}", ""]
    if trends_only:
        out += [f"## {word(lang, 'trends')}", ""]
        lines = o.trend_lines(all_=True)
        out += [f"- {md_line(line)}" for line in lines] or [word(lang, "no_trends")]
        return "\n".join(out) + "\n"
    if not diff.differs(only):
        out += [word(lang, "no_differences"), ""]
    if (only is None or "report" in only) and diff.meta:
        out += [f"## {word(lang, 'report')}", ""]
        out += [f"- {md_line(line)}" for line in o.meta_lines()] + [""]
    if only is None or "goals" in only:
        table = level_table(diff)
        if table:
            out += [f"## {word(lang, 'levels')}", ""] + table + [""]
    for part in o.parts(only):
        if part.empty:
            continue
        out += [f"## {escape_heading(part.label)}", ""]
        counts = " · ".join(f"{label} {n}" for label, n in part.counts if n)
        out += [counts, ""]
        lines = [f"- {md_line(line)}" for line in part.splits + part.merges]
        out += lines + ([""] if lines else [])
        for group in part.groups:
            if group.heading is not None:
                out += [f"### {escape_heading(group.heading)}", ""]
            for item in group.items:
                out.append(f"- {md_line(o.heading(item))}")
                out += [f"  - {md_line(line)}" for line in o.item_lines(item)]
            out.append("")
    notes = o.note_lines()
    if notes:
        out += [f"## {word(lang, 'notes')}", ""] + [f"- {md_line(n)}" for n in notes] + [""]
    trends = o.trend_lines(all_=False)
    if trends and (only is None or "goals" in only):
        out += [f"## {word(lang, 'trends')}", ""] + [f"- {md_line(t)}" for t in trends] + [""]
    while out and out[-1] == "":
        out.pop()
    return "\n".join(out) + "\n"
