"""The finished report in the terminal (`yearend show`): the parts of the Markdown export, in the
same order, as rich renderables, with every assessment and status in its scale's colour.

    render_report(report, only=None, ascii=False, lang=None) -> rich Group

Narrative sections are Markdown by definition and are drawn by rich's Markdown renderer, after
the same nesting and HTML escaping as in the export; links are written out as text, never as
terminal hyperlinks. All other user text is `Text`, never markup.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from rich.console import Group, RenderableType
from rich.markdown import Markdown
from rich.padding import Padding
from rich.rule import Rule
from rich.text import Text

from reportmodel.core import model as m
from reportmodel.core.swedish import format_share
from reportmodel.core.tree import walk_sections
from reportmodel.render.context import Context
from reportmodel.render.markdown import make_context, parse_parts
from reportmodel.render.markdown_section_text import nest_section_text
from reportmodel.render.rich_items import contractors_view, goals_view, internal_control_view
from reportmodel.render.rich_text import UNSET_STYLE, heading, line, mark, paragraph, safe_colour, table
from reportmodel.render.sections.legend import legend_rows
from reportmodel.render.sections.summary import summary_groups


def _rule(title: str) -> Rule:
    return Rule(line(title, "bold"), align="left", style="bright_black")


def title_view(ctx: Context) -> list[RenderableType]:
    meta = ctx.report.meta
    out: list[RenderableType] = [Text(""), heading(meta.title, 0),
                                 line(f"{meta.municipality}{ctx.dash}{meta.board}", "bold")]
    fields = [(ctx.w["case_number"], meta.case_number or ""),
              (ctx.w["date"], ctx.date(meta.date)),
              (ctx.w["officer"], meta.officer or "")]
    present = [Text.assemble((f"{label}: ", "bold"), line(value)) for label, value in fields
               if value]
    if present:
        out.append(Text("   ").join(present))
    out.append(Text(""))
    return out


def decision_view(ctx: Context) -> list[RenderableType]:
    meta = ctx.report.meta
    out: list[RenderableType] = []
    if meta.decision:
        out.append(_rule(ctx.w["decision"]))
        for sentence in meta.decision:
            out += paragraph(sentence)
    for signatory in meta.signatories.values():
        out += paragraph("\n".join(v for v in (signatory.name, signatory.title) if v))
    if meta.attachments:
        out.append(line(ctx.w["attachments"], "bold"))
        out += paragraph("\n".join(f"• {a}" for a in meta.attachments), 2)
    return out


def summary_view(ctx: Context) -> list[RenderableType]:
    groups = summary_groups(ctx)
    if not groups:
        return []
    rows: list[list[Text | str]] = []
    for title, scale, total, counts in groups:
        rows.append([line(title, "bold"), Text(ctx.number(total), style="bold"), ""])
        for key, count in counts.items():
            if key == "unset" and not count:
                continue
            rows.append([mark(ctx, scale, None if key == "unset" else key), ctx.number(count),
                         ctx.plain(format_share(count, total, ctx.lang))])
    return [_rule(ctx.w["summary"]),
            table(["", ctx.w["count"], ctx.w["share"]], rows, right=(1, 2)), Text("")]


def section_view(section: m.Section, depth: int) -> list[RenderableType]:
    out: list[RenderableType] = [heading(section.title, depth)]
    if section.text:
        # Nested two levels down: rich draws h1 and h2 as banners meant for documents' titles.
        text = nest_section_text(section.text, 2 + depth)
        if text:
            out.append(Padding(Markdown(text, hyperlinks=False), (1, 0, 1, 0)))
    return out


def sections_view(ctx: Context) -> list[RenderableType]:
    out: list[RenderableType] = []
    for node in walk_sections(ctx.report):
        out += section_view(node.item, min(node.depth + 1, 3))
    return out


def symbol_text(ctx: Context, scale_name: str, key: str | None, symbol: str) -> Text:
    value = ctx.scale(scale_name).get(key)
    return line(symbol, safe_colour(value.colour) if value else UNSET_STYLE)


def legend_view(ctx: Context) -> list[RenderableType]:
    rows = legend_rows(ctx)
    if not rows:
        return []
    w = ctx.w
    return [_rule(w["legend"]),
            table([w["symbol"], w["meaning"], w["used_for"]],
                  [[symbol_text(ctx, name, key, symbol), meaning, uses]
                   for name, key, symbol, meaning, uses in rows])]


def _under_rule(title: str, body: list[RenderableType]) -> list[RenderableType]:
    return [_rule(title), *body] if body else []


VIEW_PARTS: dict[str, Callable[[Context], list[RenderableType]]] = {
    "decision": decision_view,
    "summary": summary_view,
    "sections": sections_view,
    "goals": lambda ctx: _under_rule(ctx.w["goals"], goals_view(ctx)),
    "internal-control": lambda ctx: _under_rule(ctx.w["internal_control"],
                                                internal_control_view(ctx)),
    "contractors": lambda ctx: _under_rule(ctx.term("contractor"), contractors_view(ctx)),
}


def render_report(report: m.Report, *, only: str | Iterable[str] | None = None,
                  ascii: bool = False, lang: str | None = None) -> Group:
    """The report as one rich renderable; ValueError for an unknown part or language."""
    parts = parse_parts(only)
    ctx = make_context(report, ascii=ascii, lang=lang)
    out = title_view(ctx)
    for name in parts:
        out += VIEW_PARTS[name](ctx)
    out += legend_view(ctx)
    return Group(*out)
