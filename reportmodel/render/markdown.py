"""The finished report as one GitHub-flavoured Markdown document, or one item of it: the document
model (render/builder) written by markdown_writer. The parts, their order and their words come from
the report's layout (docs/export.md); the same report gives the same bytes.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable

from reportmodel.core import model as m
from reportmodel.core.layout import PART_NAMES
from reportmodel.core.tree import Node
from reportmodel.render.builder import (LANGUAGES, build_document, item_document, make_context,
                                      parse_only)
from reportmodel.render.markdown_writer import write_blocks, write_markdown

# What `--only` accepts besides "section:<id>" (one narrative section, by its id); "decision" is
# the memo's old name.
PARTS = [p for p in PART_NAMES if p != "title"] + ["decision"]


def parse_parts(only: str | Iterable[str] | None) -> list[str] | None:
    """Part names from `--only goals,internal-control`; ValueError names unknown ones."""
    wanted = parse_only(only)
    return None if wanted is None else sorted(wanted)


def export_markdown(report: m.Report, *, only: str | Iterable[str] | None = None,
                    ascii: bool = False, lang: str | None = None) -> str:
    """The whole report (or the parts in `only`) as Markdown, ending in one newline.

    `ascii`: words instead of symbols (for conversions that lose emoji); `lang`: the language of
    the fixed words and of number style, default the report's own.
    """
    document = build_document(report, only=only, ascii=ascii, lang=lang)
    enabled = gc.isenabled()
    gc.disable()  # see build_document: the writer allocates no cycles either
    try:
        return write_markdown(document)
    finally:
        if enabled:
            gc.enable()


def render_item_markdown(report: m.Report, node: Node | str, *, ascii: bool = False,
                         lang: str | None = None, level: int = 2) -> str:
    """One item as Markdown, for the editor's preview (the same blocks as in the export).
    `node` is a `reportmodel.tree.Node` or an item id; KeyError for an id the report lacks."""
    document = item_document(report, node, ascii=ascii, lang=lang, level=level)
    return write_blocks(document.parts[0].blocks)


__all__ = ["LANGUAGES", "PARTS", "export_markdown", "make_context", "parse_parts",
           "render_item_markdown"]
