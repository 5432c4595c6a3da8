"""The finished report as one GitHub-flavoured Markdown document, or one item of it.

    # title, municipality, board, case number, date, officer        (always)
    ## Förslag till beslut, signatories, attachments                 decision
    ## Sammanfattning: assessments and statuses counted             summary
    ## each narrative section, its sub-sections below it             sections
    ## each focus area, its goals nested below with their leaves     goals
    ## Intern kontroll: overview, matrix, processes, risks, controls internal-control
    ## follow-up of private contractors                              contractors
    ## Teckenförklaring: every symbol used                           (when a symbol was used)

The same report gives the same bytes: nothing depends on time, locale or hash order.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from reportmodel.core import model as m
from reportmodel.core.tree import Node, find
from reportmodel.render.context import Context
from reportmodel.render.markdown_blocks import join
from reportmodel.render.sections.contractors import area_blocks, contractors, row_table
from reportmodel.render.sections.goals import goal_blocks, goals
from reportmodel.render.sections.internal_control import control_table, internal_control, process_blocks, risk_blocks
from reportmodel.render.sections.leaves import activity_table, assignment_table, indicator_table
from reportmodel.render.sections.legend import legend
from reportmodel.render.sections.narrative import section_blocks, sections
from reportmodel.render.sections.summary import summary
from reportmodel.render.sections.title import decision, title_block

PARTS: dict[str, Callable[[Context], list[str]]] = {
    "decision": decision,
    "summary": summary,
    "sections": sections,
    "goals": goals,
    "internal-control": internal_control,
    "contractors": contractors,
}
LANGUAGES = ("sv", "en")


def parse_parts(only: str | Iterable[str] | None) -> list[str]:
    """Part names from `--only goals,internal-control` (or a list), in document order.

    ValueError names the unknown part and the known ones.
    """
    if only is None:
        return list(PARTS)
    names = only.split(",") if isinstance(only, str) else list(only)
    wanted = {n.strip() for n in names if n.strip()}
    unknown = sorted(wanted - set(PARTS))
    if unknown:
        raise ValueError(f"unknown part {', '.join(repr(u) for u in unknown)}; expected one or "
                         f"more of: {', '.join(PARTS)}")
    if not wanted:
        raise ValueError(f"no part named; expected one or more of: {', '.join(PARTS)}")
    return [name for name in PARTS if name in wanted]


def make_context(report: m.Report, *, ascii: bool = False, lang: str | None = None) -> Context:
    lang = lang or report.meta.language or "sv"
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}; expected sv or en")
    return Context(report, lang=lang, ascii=ascii)


def export_markdown(report: m.Report, *, only: str | Iterable[str] | None = None,
                    ascii: bool = False, lang: str | None = None) -> str:
    """The whole report (or the parts in `only`) as Markdown, ending in one newline.

    `ascii`: words instead of symbols (for conversions that lose emoji); `lang`: the language of
    the fixed words and of number style, default the report's own.
    """
    parts = parse_parts(only)
    ctx = make_context(report, ascii=ascii, lang=lang)
    blocks = title_block(ctx)
    for name in parts:
        blocks += PARTS[name](ctx)
    blocks += legend(ctx)
    return join(blocks) + "\n"


def render_item_markdown(report: m.Report, node: Node | str, *, ascii: bool = False,
                         lang: str | None = None, level: int = 2) -> str:
    """One item as Markdown, for a preview: a goal with its leaf items, a risk with its control
    points, a section, a process, a contractor area, or a single leaf item as a one-row table.
    `node` is a `reportmodel.tree.Node` or an item id; KeyError for an id the report lacks."""
    if isinstance(node, str):
        found = find(report, node)
        if found is None:
            raise KeyError(f"no item with id {node!r} in the report")
        node = found
    ctx = make_context(report, ascii=ascii, lang=lang)
    item = node.item
    one = {item.id: item} if hasattr(item, "id") else {}
    renderers: dict[str, Callable[[], list[str]]] = {
        "section": lambda: section_blocks(item, level),
        "goal": lambda: goal_blocks(ctx, item, level),
        "indicator": lambda: indicator_table(ctx, one),
        "activity": lambda: activity_table(ctx, one),
        "assignment": lambda: assignment_table(ctx, one),
        "process": lambda: process_blocks(ctx, item, level),
        "risk": lambda: risk_blocks(ctx, item, level),
        "control": lambda: control_table(ctx, one),
        "contractor": lambda: area_blocks(ctx, item, level),
        "contractor_row": lambda: row_table(ctx, one),
    }
    render = renderers.get(node.kind)
    if render is None:
        raise KeyError(f"cannot render an item of kind {node.kind!r}")
    return join(render()) + "\n"
