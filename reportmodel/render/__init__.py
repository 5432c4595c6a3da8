"""The finished report: one document model (document.py, built by build/) and its writers.

    build_document(report, only=None, ascii=False, lang=None) -> Document
    item_document(report, node_or_id, ...) / part_document(report, part, ...) -> Document
    export_markdown(report, only=None, ascii=False, lang=None) -> str       (GFM)
    render_item_markdown(report, node_or_id, ascii=False, lang=None, level=2) -> str
    render_report / render_document (rich_view)                             (terminal)

No Textual here: the editor calls these functions for its preview.
"""

from reportmodel.render.builder import build_document, item_document, outline, part_document
from reportmodel.render.markdown import LANGUAGES, PARTS, export_markdown, parse_parts, render_item_markdown

__all__ = ["LANGUAGES", "PARTS", "build_document", "export_markdown", "item_document", "outline",
           "parse_parts", "part_document", "render_item_markdown"]
