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
from reportmodel.render.builder.context import LANGUAGES, BuildContext, make_context, number_cell
from reportmodel.render.builder.contractors import contractors
from reportmodel.render.builder.control import internal_control
from reportmodel.render.builder.goals import goals_part, section_blocks
from reportmodel.render.builder.items import item_blocks, item_document
from reportmodel.render.builder.parts import _LEGEND_HERE, Builder, summary_groups
from reportmodel.render.builder.text import strong, text_blocks
from reportmodel.render.document import (Block, BulletList, Document, Heading, Meta, Paragraph, Part,
                                         Span, plain)

# Names `--only` accepts besides the layout's parts: "decision" is the memo's old name.
ALIASES = {"decision": "memo"}
APPENDIX_WORDS = {
    "sv": {"goals": "målbilaga", "internal-control": "uppföljning av intern kontroll",
           "contractors": "uppföljning av privata utförare"},
    "en": {"goals": "goal appendix", "internal-control": "internal control follow-up",
           "contractors": "follow-up of private contractors"},
}


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
    lead = _lead_section(report, layout, names, wanted)
    if lead is not None:
        title = lead.title
    parts: list[Part] = []
    pending: dict[str, Part] = {}
    legend_here: list[Part] = []  # parts holding _LEGEND_HERE, filled in once the rest is built
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
            if section is not None and section is lead:  # the document's title: text follows
                part.title = section.title
                part.blocks = text_blocks(section.text, heading_base=1)
                for child in builder.sections_in.get(name, []):
                    part.blocks += section_blocks(ctx, child, 2, builder.sections_in)
            elif section is not None:
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
                        if not any(b is _LEGEND_HERE for b in body):  # the first only, as before
                            legend_here.append(part)
                        body.append(_LEGEND_HERE)
                    elif entry[len("section:"):] in report.sections:
                        section = report.sections[entry[len("section:"):]]
                        # Under the part's heading (or, alone, the document's title) the
                        # intro is its text: its own heading would say the title again.
                        body += text_blocks(section.text) if heading or single else \
                            section_blocks(ctx, section, level, builder.sections_in)
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
    for part in legend_here:
        at = next(n for n, b in enumerate(part.blocks) if b is _LEGEND_HERE)
        part.blocks[at:at + 1] = builder.legend(3 if not single else 2)
    if "toc" in pending:
        at = parts.index(pending["toc"])
        after = parts[at + 1:]
        if any(p.appendix for p in parts[:at]):  # the contents of an appendix: up to the next one
            after = after[:next((i for i, p in enumerate(after) if p.appendix), len(after))]
        pending["toc"].blocks = _toc(ctx, after)
        pending["toc"].title = ctx.part_title("toc", ctx.w["contents"])
    parts = [p for p in parts if p.blocks]
    meta = report.meta
    return Document(title=title, lang=ctx.lang, meta=Meta(
        municipality=meta.municipality, board=meta.board, kind=_kind(ctx), title=title,
        year=meta.year or None, case_number=meta.case_number or "", date=ctx.date(meta.date),
        officer=meta.officer or ""), parts=parts)


def _lead_section(report: m.Report, layout, names: list[str],
                  wanted: set[str] | None) -> m.Section | None:
    """The narrative section whose title is the title of an `--only` document: the one section
    asked for alone, or the first part asked for when the layout lists it in `appendices` (an
    appendix made of front parts, "Bilaga 1 – Verksamhetsberättelse …" and what follows it)."""
    if not wanted:
        return None
    first = next((n for n in names if n in wanted), None)
    if first is None or not first.startswith("section:"):
        return None
    if len(wanted) == 1 or first in (layout.appendices or []):
        return report.sections.get(first[len("section:"):])
    return None


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

def part_document(report: m.Report, part: str, *, ascii: bool = False,
                  lang: str | None = None) -> Document:
    """One part of the layout ("goals", "internal-control", "section:<id>", …) with the title."""
    return build_document(report, only=[part], ascii=ascii, lang=lang)


__all__ = ["Builder", "LANGUAGES", "build_document", "item_blocks", "item_document",
           "known_parts", "make_context", "outline", "parse_only", "part_document", "Span",
           "strong", "summary_groups", "number_cell"]
