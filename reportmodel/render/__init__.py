"""Exporting a report: Markdown for distribution (`yearend export`), rich renderables for the
terminal (`yearend show`). No Textual here: the editor calls these functions for its preview.

    export_markdown(report, only=None, ascii=False, lang=None) -> str
    render_item_markdown(report, node_or_id, ascii=False, lang=None, level=2) -> str
"""

from reportmodel.render.markdown import LANGUAGES, PARTS, export_markdown, parse_parts, render_item_markdown

__all__ = ["LANGUAGES", "PARTS", "export_markdown", "parse_parts", "render_item_markdown"]
