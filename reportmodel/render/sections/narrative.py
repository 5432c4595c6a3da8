"""The narrative sections: their titles as headings, their Markdown nested beneath."""

from __future__ import annotations

from reportmodel.core import model as m
from reportmodel.core.tree import walk_sections
from reportmodel.render.context import Context
from reportmodel.render.markdown_blocks import heading
from reportmodel.render.markdown_section_text import nest_section_text


def section_blocks(section: m.Section, level: int) -> list[str]:
    blocks = [heading(level, section.title)]
    if section.text:
        text = nest_section_text(section.text, min(level, 6))
        if text:
            blocks.append(text)
    return blocks


def sections(ctx: Context, level: int = 2) -> list[str]:
    blocks: list[str] = []
    for node in walk_sections(ctx.report):
        blocks.extend(section_blocks(node.item, level + node.depth))
    return blocks
