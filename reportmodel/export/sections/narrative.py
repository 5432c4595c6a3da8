"""The narrative sections: their titles as headings, their Markdown nested beneath."""

from __future__ import annotations

from ... import model as m
from ...tree import walk_sections
from ..context import Context
from ..markdown_blocks import heading
from ..markdown_section_text import nest_section_text


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
