"""Report + layout -> `Document`, built once; every writer walks the result.

    build_document(report, only=None, ascii=False, lang=None) -> Document
    item_document(report, node_or_id, ...) -> Document   one item, for the editor's preview
    part_document(report, part, ...) -> Document          one part (an appendix, the goals)
    outline(document) -> [(level, text)]                  its headings, in order

The parts and their order come from the report's layout (core/layout.py, docs/format.md): title,
memo (decision, signatures, attachments, sections placed there), table of contents, summary,
narrative sections, legend, goals, internal control, contractor follow-up. The table of contents
and the legend are filled in last, from what the other parts hold and used, wherever they stand.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable

from reportmodel.core import model as m
from reportmodel.core.layout import PART_NAMES
from reportmodel.core.scheme import SCALE_NAMES
from reportmodel.core.stats import compute_stats
from reportmodel.core.swedish import format_share
from reportmodel.core.tree import Node, find
from reportmodel.render.builder.context import (BuildContext, col, mark_cell, number_cell, scale_use,
                                                text_cell)
from reportmodel.render.builder.contractors import area_blocks, contractors, row_table
from reportmodel.render.builder.control import (control_table, internal_control, process_blocks,
                                              risk_blocks)
from reportmodel.render.builder.goals import GoalBuilder, goals_part, section_blocks
from reportmodel.render.builder.leaves import activity_table, assignment_table, indicator_table
from reportmodel.render.builder.text import strong, text_blocks
from reportmodel.render.document import (Block, BulletList, Document, Heading, Legend, LegendEntry,
                                         LegendGroup, Meta, Paragraph, Part, Row, Signatures, Span,
                                         Table, plain)

LANGUAGES = ("sv", "en")
# Names `--only` accepts besides the layout's parts: "decision" is the memo's old name.
ALIASES = {"decision": "memo"}
APPENDIX_WORDS = {
    "sv": {"goals": "målbilaga", "internal-control": "uppföljning av intern kontroll",
           "contractors": "uppföljning av privata utförare"},
    "en": {"goals": "goal appendix", "internal-control": "internal control follow-up",
           "contractors": "follow-up of private contractors"},
}


def make_context(report: m.Report, *, ascii: bool = False, lang: str | None = None) -> BuildContext:
    lang = lang or report.meta.language or "sv"
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}; expected sv or en")
    return BuildContext(report, lang=lang, ascii=ascii)


def known_parts(report: m.Report | None = None) -> list[str]:
    names = [p for p in PART_NAMES if p != "title"] + list(ALIASES)
    if report is not None:
        names += ["section:" + key for key in report.sections]
    return names


def parse_only(only: str | Iterable[str] | None, report: m.Report | None = None) -> set[str] | None:
    """Part names from `--only goals,internal-control`; ValueError names unknown ones."""
    if only is None:
        return None
    names = only.split(",") if isinstance(only, str) else list(only)
    wanted = {ALIASES.get(n.strip(), n.strip()) for n in names if n.strip()}
    known = known_parts(report)
    unknown = sorted(w for w in wanted if w not in known and not (
        report is None and w.startswith("section:")))
    if unknown:
        raise ValueError(f"unknown part {', '.join(repr(u) for u in unknown)}; expected one or "
                         f"more of: {', '.join(k for k in known if k not in ALIASES)}")
    if not wanted:
        raise ValueError(f"no part named; expected one or more of: {', '.join(known_parts())}")
    return wanted


class Builder:
    def __init__(self, ctx: BuildContext):
        self.ctx = ctx
        report = ctx.report
        self.placed: set[str] = set()  # sections given a place by the layout or a goal
        self.sections_in: dict[str, list[m.Section]] = {}
        for key, section in report.sections.items():
            if section.goal and section.goal in report.goals:
                self.sections_in.setdefault(section.goal, []).append(section)
                self.placed.add(key)
            elif section.parent and section.parent in report.sections:
                self.sections_in.setdefault("section:" + section.parent, []).append(section)
        layout = ctx.layout
        for name in (layout.parts or []) + (layout.memo or []) + (layout.goals_intro or []):
            if name.startswith("section:"):
                self.placed.add(name[len("section:"):])

    # -- parts ---------------------------------------------------------------------------------
    def title(self, title: str) -> list[Block]:
        ctx, meta = self.ctx, self.ctx.report.meta
        blocks: list[Block] = [Heading(1, plain(title))]
        lines = "\n".join(x for x in (meta.municipality, meta.board) if x and x.strip())
        if lines:
            blocks.append(Paragraph(plain(lines), hard_breaks=True))
        fields = [(ctx.w["case_number"], "case_number", meta.case_number or ""),
                  (ctx.w["date"], "date", ctx.date(meta.date)),
                  (ctx.w["officer"], "officer", meta.officer or "")]
        present = [f for f in fields if f[2]]
        if present:
            blocks.append(Table([col(label, role) for label, role, _ in present],
                                [Row([text_cell(v) for _, _, v in present])]))
        return blocks

    def memo(self, level: int) -> list[Block]:
        ctx, meta = self.ctx, self.ctx.report.meta
        blocks: list[Block] = []
        for entry in ctx.layout.memo or []:
            if entry == "decision" and meta.decision:
                blocks.append(Heading(level, plain(ctx.w["decision"])))
                if ctx.layout.decision_numbered:
                    blocks.append(BulletList([text_blocks(s) for s in meta.decision],
                                             ordered=True))
                else:
                    for sentence in meta.decision:
                        blocks += text_blocks(sentence)
            elif entry == "signatures":
                people = [(s.name, s.title or "") for s in meta.signatories.values()]
                if people or meta.signing_unit:
                    blocks.append(Signatures(meta.signing_unit or "", people))
            elif entry == "attachments":
                attachments = [a for a in meta.attachments if a.strip()]
                if attachments:
                    blocks += [strong(ctx.w["attachments"]),
                               BulletList([[Paragraph(plain(a))] for a in attachments])]
            elif entry.startswith("section:"):
                section = ctx.report.sections.get(entry[len("section:"):])
                if section is not None:
                    blocks += section_blocks(ctx, section, level, self.sections_in)
        return blocks

    def overview(self, level: int) -> list[Block]:
        """Per top-level goal, a table of its child goals: title, assessment, trend."""
        ctx = self.ctx
        report = ctx.report
        builder = GoalBuilder(ctx, self.sections_in)
        blocks: list[Block] = []
        for root in builder.children.get(None, []):
            kids = [report.goals[k] for k in builder.children.get(root, [])]
            if not kids:
                continue
            level_key = kids[0].level
            scheme_level = ctx.scheme.level(level_key)
            roles = [r for r in ctx.layout.overview_columns or ["title"]
                     if r == "title" or r == "responsible" and ctx.has("goal", "responsible")
                     or r == "assessment" and scheme_level and scheme_level.assessment
                     or r == "trend" and (scheme_level and scheme_level.trend
                                          or ctx.has("goal", "trend"))
                     or r == "agenda2030"]
            if len(roles) < 2:
                continue
            titles = {"title": ctx.level_label(level_key), "responsible": ctx.w["responsible"],
                      "assessment": ctx.w["assessment"], "trend": ctx.w["trend"],
                      "agenda2030": ctx.w["agenda2030"]}
            rows = []
            for kid in kids:
                cells = []
                for r in roles:
                    if r == "title":
                        cells.append(text_cell(kid.title))
                    elif r == "assessment":
                        cells.append(mark_cell(ctx.mark_of(scheme_level.assessment, kid.assessment)))
                    elif r == "trend":
                        cells.append(mark_cell(ctx.mark_of("trend", kid.trend)))
                    elif r == "responsible":
                        cells.append(text_cell(kid.responsible))
                    else:
                        from reportmodel.render.builder.goals import agenda_text
                        cells.append(text_cell(agenda_text(ctx, kid) or ctx.layout.agenda2030_none))
                rows.append(Row(cells))
            blocks += [Heading(level + 1, plain(report.goals[root].title)),
                       Table([col(titles[r], r, 3 if r == "title" else 1) for r in roles], rows)]
        if not blocks:
            return []
        return [Heading(level, plain(ctx.part_title("overview", ctx.w["overview"]))), *blocks]

    def sections(self, level: int) -> list[Block]:
        blocks: list[Block] = []
        report = self.ctx.report
        for key, section in report.sections.items():
            root = not (section.parent and section.parent in report.sections)
            if root and key not in self.placed:
                blocks += section_blocks(self.ctx, section, level, self.sections_in)
        return blocks

    def summary(self, level: int) -> list[Block]:
        ctx = self.ctx
        rows: list[Row] = []
        for title, scale, total, counts in summary_groups(ctx):
            rows.append(Row([text_cell(title, bold=True), text_cell(ctx.number(total), bold=True),
                             text_cell("")]))
            for key, count in counts.items():
                if key == "unset" and not count:
                    continue
                rows.append(Row([mark_cell(ctx.mark_of(scale, None if key == "unset" else key)),
                                 number_cell(ctx.number(count)),
                                 number_cell(ctx.plain(format_share(count, total, ctx.lang)))]))
        if not rows:
            return []
        return [Heading(level, plain(ctx.part_title("summary", ctx.w["summary"]))),
                Table([col("", "title", 3), col(ctx.w["count"], "count", align="right"),
                       col(ctx.w["share"], "share", align="right")], rows)]

    def legend(self, level: int) -> list[Block]:
        ctx = self.ctx
        full = set(ctx.layout.legend_scales or [])
        meanings = ctx.layout.legend_meanings or {}
        groups: list[LegendGroup] = []
        for name in SCALE_NAMES:
            if name not in ctx.scheme.scales:
                continue
            scale = ctx.scale(name)
            entries = []
            if full and name not in full:
                continue  # the layout names the scales its legend explains: those only
            for key in [*scale.keys(), None]:
                listed = name in full and key is not None
                if listed or (not full and (name, key) in ctx.used):
                    symbol = "" if ctx.ascii else scale.symbol(key)
                    entries.append(LegendEntry(
                        _mark(ctx, name, key, symbol),
                        meanings.get(f"{name}.{key}" if key else f"{name}.unset", "")))
            if entries:
                groups.append(LegendGroup(scale_use(ctx, name), entries))
        if not groups or ctx.ascii:  # --ascii writes words, there is nothing to explain
            return []
        return [Heading(level, plain(ctx.part_title("legend", ctx.w["legend"]))),
                Legend(groups, columns=(ctx.w["symbol"], ctx.w["meaning"], ctx.w["used_for"]))]


_LEGEND_HERE = Paragraph(())  # where the goals part wants the legend, filled in last


def _mark(ctx: BuildContext, name: str, key: str | None, symbol: str):
    from reportmodel.render.document import Mark
    value = ctx.scale(name).get(key)
    return Mark(name, key, ctx.label(name, key), symbol, (value.colour or None) if value else None)


def summary_groups(ctx: BuildContext) -> list[tuple[str, str, int, dict[str, int]]]:
    """(title, scale name, total, counts by key with "unset" last) for every kind with items."""
    stats = compute_stats(ctx.report)
    groups: list[tuple[str, str, int, dict[str, int]]] = []
    for level in ctx.scheme.levels:
        entry = stats["goals"].get(level.key)
        if level.assessment and entry and entry["total"]:
            groups.append((level.text(ctx.lang), level.assessment, entry["total"],
                           entry["by_assessment"]))
        if entry and entry["total"] and "by_trend" in entry:
            groups.append((f"{level.text(ctx.lang)}{ctx.dash}{ctx.w['trend'].lower()}", "trend",
                           entry["total"], entry["by_trend"]))
    for kind, key, scale, counts in (
            ("activity", "activities", "activity_status", "by_status"),
            ("assignment", "assignments", "assignment_status", "by_status"),
            ("control", "controls", "control_assessment", "by_assessment")):
        entry = stats[key]
        if entry["total"]:
            groups.append((ctx.terms(kind), scale, entry["total"], entry[counts]))
    rows = stats["contractor_rows"]
    if rows["total"]:
        groups.append((ctx.term("contractor"), "contractor_fulfilment", rows["total"],
                       rows["by_fulfilment"]))
    return groups


DEFAULT_HEADINGS = {"summary": None, "legend": None, "memo": None, "sections": None,
                    "goals": None, "internal-control": "internal_control",
                    "contractors": "contractor"}


def _part_heading(ctx: BuildContext, name: str) -> str | None:
    titles = ctx.layout.titles or {}
    if name in titles:
        return titles[name]
    if name == "internal-control":
        return ctx.w["internal_control"]
    if name == "contractors":
        return ctx.term("contractor")
    return None


def _part_title(ctx: BuildContext, name: str) -> str:
    """The part's name as a document of its own (`--only`)."""
    heading = _part_heading(ctx, name)
    if heading and name in (ctx.layout.titles or {}):
        return heading
    word = APPENDIX_WORDS["en" if ctx.lang == "en" else "sv"].get(name)
    meta = ctx.report.meta
    return f"{meta.title}{ctx.dash}{word}" if word else meta.title


def build_document(report: m.Report, *, only: str | Iterable[str] | None = None,
                   ascii: bool = False, lang: str | None = None) -> Document:
    """The report as a document in its layout's parts and order. ValueError for an unknown part
    or language."""
    # A large report is millions of objects; the document adds a few hundred thousand more, and
    # each burst of allocations would make the cyclic GC walk the whole heap again (measured:
    # over half the export's time). The document holds no cycles, so collection can wait.
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _build(report, only, ascii, lang)
    finally:
        if enabled:
            gc.enable()


def _build(report: m.Report, only, ascii: bool, lang: str | None) -> Document:
    ctx = make_context(report, ascii=ascii, lang=lang)
    wanted = parse_only(only, report)
    builder = Builder(ctx)
    layout = ctx.layout
    names = list(layout.parts or [])
    if wanted is not None:
        extra = [w for w in wanted if w not in names]
        names = [n for n in names if n in wanted or n in ("title", "legend")] + extra
    single = wanted is not None and len(wanted) == 1 and next(iter(wanted)) in APPENDIX_WORDS["sv"]
    title = _part_title(ctx, next(iter(wanted))) if single else report.meta.title
    parts: list[Part] = []
    pending: dict[str, Part] = {}
    appendices = set(layout.appendices or [])
    for name in names:
        part = Part(name if not name.startswith("section:") else "section", name, [],
                    appendix=name in appendices)
        if name == "title":
            part.blocks = builder.title(title)
        elif name == "memo":
            part.blocks = builder.memo(2)
        elif name == "summary":
            part.blocks = builder.summary(2)
        elif name == "sections":
            part.blocks = builder.sections(2)
        elif name == "overview":
            part.blocks = builder.overview(2)
        elif name.startswith("section:"):
            section = report.sections.get(name[len("section:"):])
            if section is not None:
                part.title = section.title
                part.blocks = section_blocks(ctx, section, 2, builder.sections_in)
        elif name in ("legend", "toc"):
            pending[name] = part
        else:
            heading = None if single else _part_heading(ctx, name)
            level = 3 if heading else 2
            if name == "goals":
                body = []
                for entry in layout.goals_intro or []:
                    if entry == "legend":
                        body.append(_LEGEND_HERE)
                    elif entry[len("section:"):] in report.sections:
                        section = report.sections[entry[len("section:"):]]
                        body += text_blocks(section.text) if heading else section_blocks(
                            ctx, section, level, builder.sections_in)
                body += goals_part(ctx, level, builder.sections_in)
            elif name == "internal-control":
                body = internal_control(ctx, level)
            else:
                body = contractors(ctx, level)
            part.title = heading or _part_title(ctx, name)
            part.blocks = ([Heading(2, plain(heading), anchor=name)] if heading and body else []) + body
        parts.append(part)
    if "legend" in pending:
        pending["legend"].blocks = builder.legend(2)
        pending["legend"].title = ctx.part_title("legend", ctx.w["legend"])
    for part in parts:
        if any(b is _LEGEND_HERE for b in part.blocks):
            at = part.blocks.index(_LEGEND_HERE)
            part.blocks[at:at + 1] = builder.legend(3 if not single else 2)
    if "toc" in pending:
        pending["toc"].blocks = _toc(ctx, parts[parts.index(pending["toc"]) + 1:])
        pending["toc"].title = ctx.part_title("toc", ctx.w["contents"])
    parts = [p for p in parts if p.blocks]
    meta = report.meta
    return Document(title=title, lang=ctx.lang, meta=Meta(
        municipality=meta.municipality, board=meta.board, kind=_kind(ctx), title=title,
        year=meta.year or None, case_number=meta.case_number or "", date=ctx.date(meta.date),
        officer=meta.officer or ""), parts=parts)


def _kind(ctx: BuildContext) -> str:
    sv, en = m.REPORT_KINDS.get(ctx.report.meta.kind, ("", ""))
    return en if ctx.lang == "en" else sv


def _toc(ctx: BuildContext, parts: list[Part]) -> list[Block]:
    entries = [[Paragraph(b.text)] for p in parts for b in p.blocks
               if isinstance(b, Heading) and b.level == 2]
    if not entries:
        return []
    return [Heading(2, plain(ctx.part_title("toc", ctx.w["contents"]))), BulletList(entries)]


def outline(document: Document) -> list[tuple[int, str]]:
    """The document's headings as (level, text), in order: what every writer must show alike."""
    out = []
    for part in document.parts:
        for block in part.blocks:
            if isinstance(block, Heading):
                text = "".join(s.text for s in block.text)
                out.append((block.level, f"{block.number} {text}" if block.number else text))
    return out


def item_blocks(ctx: BuildContext, node: Node, level: int) -> list[Block]:
    item = node.item
    sections_in = Builder(ctx).sections_in
    kind = node.kind
    if kind == "section":
        return section_blocks(ctx, item, level, sections_in)
    if kind == "goal":
        return GoalBuilder(ctx, sections_in).goal(item, level)
    if kind == "indicator":
        return indicator_table(ctx, [item])
    if kind == "activity":
        return activity_table(ctx, [item])
    if kind == "assignment":
        return assignment_table(ctx, [item])
    if kind == "process":
        from reportmodel.core.tree import risks_by_process
        blocks = process_blocks(ctx, item, level)
        for risk in risks_by_process(ctx.report).get(item.id, []):
            blocks += risk_blocks(ctx, risk, level + 1)
        return blocks
    if kind == "risk":
        return risk_blocks(ctx, item, level)
    if kind == "control":
        return control_table(ctx, [item])
    if kind == "contractor":
        return area_blocks(ctx, item, level)
    if kind == "contractor_row":
        area = next((a for a in ctx.report.contractors.values() if item.id in a.rows), None)
        return row_table(ctx, area or m.ContractorArea(id="", title=""), [item])
    raise KeyError(f"cannot render an item of kind {kind!r}")


def item_document(report: m.Report, node: Node | str, *, ascii: bool = False,
                  lang: str | None = None, level: int = 2) -> Document:
    """One item (a goal with everything under it, a process with its risks, a risk with its
    control points, a section, a contractor area, or one leaf as a one-row table) as a document
    of one part: the editor's preview. KeyError for an id the report lacks."""
    if isinstance(node, str):
        found = find(report, node)
        if found is None:
            raise KeyError(f"no item with id {node!r} in the report")
        node = found
    ctx = make_context(report, ascii=ascii, lang=lang)
    blocks = item_blocks(ctx, node, level)
    title = getattr(node.item, "title", "")
    return Document(title=title, lang=ctx.lang, meta=Meta(title=title),
                    parts=[Part(node.kind, title, blocks)])


def part_document(report: m.Report, part: str, *, ascii: bool = False,
                  lang: str | None = None) -> Document:
    """One part of the layout ("goals", "internal-control", "section:<id>", …) with the title."""
    return build_document(report, only=[part], ascii=ascii, lang=lang)


__all__ = ["Builder", "LANGUAGES", "build_document", "item_document", "known_parts",
           "make_context", "outline", "parse_only", "part_document", "Span", "strong",
           "number_cell"]
