"""The read view of one item: every field, as one renderable (no widgets, so moving the cursor
through a large report only repaints one Static)."""

from __future__ import annotations

from dataclasses import fields
from pathlib import Path
from typing import Any

from rich.console import Group, RenderableType
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from reportmodel.core import model as m
from reportmodel.core.model import REPORT_KINDS
from reportmodel.core.progress import attention
from reportmodel.core.tree import Node, ancestors

from tui.common.look import PERCENT_FIELDS, SCALE_FIELDS, TEXT_FIELDS, Look, safe

# Fields the view never lists as rows: shown elsewhere (title, texts) or structure.
_SKIP = {"id", "title", "indicators", "activities", "assignments", "controls", "rows", "years",
         "signatories", "level"}
_CHILD_COUNTS = (("indicators", "indicators"), ("activities", "activities"),
                 ("assignments", "assignments"), ("controls", "controls"), ("rows", "rows"))


def editable_fields(look: Look, node: Node) -> set[str]:
    names = {name for name, _ in look.scale_fields(node)}
    names.update(TEXT_FIELDS.get(node.kind, ()))
    names.update(PERCENT_FIELDS.get(node.kind, ()))
    return names


def text_fields(item: Any) -> list[str]:
    return [fl.name for fl in fields(item) if fl.metadata.get("kind") == "text"]


def title_block(look: Look, node: Node) -> Text:
    """Where the item sits (its parents, dim) and its title."""
    text = Text()
    trail = _trail(look, node)
    if trail:
        text.append(safe(" › ".join(trail)) + " ›\n", style="dim")
    text.append(safe(node.item.title), style="bold")
    return text


def _trail(look: Look, node: Node) -> list[str]:
    report = look.report
    if node.kind == "goal":
        return [g.title for g in reversed(ancestors(report, node.id))]
    if node.kind in ("indicator", "activity", "assignment") and node.path[0] == "goals":
        goal = report.goals.get(node.path[1])
        if goal is not None:
            return [g.title for g in reversed(ancestors(report, goal.id))] + [goal.title]
    if node.kind in ("control", "activity") and node.path[0] == "risks":
        risk = report.risks.get(node.path[1])
        process = report.processes.get(risk.process) if risk and risk.process else None
        return ([process.title] if process else []) + ([risk.title] if risk else [])
    if node.kind == "control" and node.path[0] == "processes":
        process = report.processes.get(node.path[1])
        return [process.title] if process else []
    if node.kind == "risk" and node.item.process in report.processes:
        return [report.processes[node.item.process].title]
    if node.kind == "contractor_row":
        area = report.contractors.get(node.path[1])
        return [area.title] if area else []
    return []


def field_rows(look: Look, node: Node, skip: set[str]) -> Table:
    w = look.words
    item = node.item
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold", no_wrap=True)
    grid.add_column(ratio=1)
    texts = set(text_fields(item))
    for fl in fields(item):
        name = fl.name
        if name in _SKIP or name in skip or name in texts:
            continue
        value = look.field_value(item, name, node)
        if value is None:
            continue
        if name == "parent" and node.kind in ("goal", "section"):
            container = look.report.goals if node.kind == "goal" else look.report.sections
            parent = container.get(item.parent)
            value = Text(safe(parent.title if parent else item.parent))
        elif name == "process" and node.kind == "risk":
            process = look.report.processes.get(item.process)
            value = Text(safe(process.title if process else item.process))
        grid.add_row(w.field(name), value)
    if node.kind == "goal":
        grid.add_row(w.field("level"), Text(look.kind_name(node)))
    counts = []
    for attr, key in _CHILD_COUNTS:
        children = getattr(item, attr, None)
        if children:
            counts.append(w.count(f"detail.count.{key}", len(children)))
    if counts:
        grid.add_row(w("detail.contents"), Text(", ".join(counts)))
    reasons = attention(look.report, node.kind, item, look.scheme, outcomes=True)
    if reasons:
        grid.add_row(w("detail.needs"), Text(", ".join(w("reason." + r) for r in reasons),
                                               style="bold red"))
    return grid


def text_block(look: Look, item: Any, names: list[str]) -> list[RenderableType]:
    out: list[RenderableType] = []
    for name in names:
        value = getattr(item, name)
        if not value:
            continue
        out.append(Text(look.words.field(name), style="bold underline"))
        out.append(Padding(Text(safe(value)), (0, 0, 1, 0)))
    return out


def years_table(look: Look, indicator: m.Indicator) -> Table | None:
    if not indicator.years:
        return None
    w = look.words
    table = Table(box=None, padding=(0, 2), show_edge=False, header_style="bold")
    table.add_column(w("detail.year_col"))
    split = indicator.gender_split
    names = ["target", "outcome"] + (["target_women", "outcome_women", "target_men",
                                       "outcome_men"] if split else [])
    for name in names:
        table.add_column(w.field(name), justify="right")
    for year, values in sorted(indicator.years.items()):
        style = "bold" if year == look.report.meta.year else ""
        table.add_row(str(year), *(look.indicator_value(getattr(values, n)) for n in names),
                      style=style)
    return table


def render_item(look: Look, node: Node, *, with_editable: bool = True) -> RenderableType:
    """Every field of one item; without the editable ones when the form shows those."""
    item = node.item
    skip = set() if with_editable else editable_fields(look, node)
    if "comment" in skip:
        skip.add("previous_comment")  # shown beside the comment editor
    parts: list[RenderableType] = [Padding(title_block(look, node), (0, 0, 1, 0)),
                                   field_rows(look, node, skip)]
    if node.kind == "indicator":
        table = years_table(look, item)
        if table is not None:
            parts.append(Padding(Text(look.words("detail.years"), style="bold underline"),
                                 (1, 0, 0, 0)))
            parts.append(table)
    names = [n for n in text_fields(item) if n not in skip]
    blocks = text_block(look, item, names)
    if blocks:
        parts.append(Text(""))
        parts.extend(blocks)
    return Group(*parts)


def render_report(look: Look, path: Path | None, display_path: str) -> RenderableType:
    w = look.words
    meta = look.report.meta
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold", no_wrap=True)
    grid.add_column(ratio=1)
    for fl in fields(meta):
        name = fl.name
        if name in ("title", "signatories"):
            continue
        value = getattr(meta, name)
        if value is None or value == []:
            continue
        if name == "kind":
            sv, en = REPORT_KINDS.get(value, (value, value))
            shown = Text(en if look.lang == "en" else sv)
        else:
            shown = look.field_value(meta, name) or Text("")
        grid.add_row(w.field(name), shown)
    if meta.signatories:
        names = [s.name + (f", {s.title}" if s.title else "") for s in meta.signatories.values()]
        grid.add_row(w.field("signatories"), Text(safe("\n".join(names))))
    grid.add_row(w("detail.file"), Text(safe(display_path)))
    return Group(Padding(Text(safe(meta.title), style="bold"), (0, 0, 1, 0)), grid)


def render_group(look: Look, label: str, count: int) -> RenderableType:
    return Group(Text(safe(label), style="bold"), Text(look.words("detail.group", n=count), style="dim"))


def hint(look: Look, node: Node | None) -> Text:
    w = look.words
    if node is None:
        return Text("")
    primary = look.primary(node)
    if primary is not None:
        name, scale = primary
        return Text(w("detail.hint_view", n=len(scale.values), field=w.field(name).lower()),
                    style="dim")
    if SCALE_FIELDS.get(node.kind) or TEXT_FIELDS.get(node.kind) or node.kind == "indicator":
        return Text(w("detail.hint_view_plain"), style="dim")
    return Text("")
