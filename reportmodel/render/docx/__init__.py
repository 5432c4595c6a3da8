"""Word writer: the document model as .docx through python-docx (see writer.py)."""

from reportmodel.render.docx.writer import TemplateError, build_docx, render_docx, write_docx

__all__ = ["TemplateError", "build_docx", "render_docx", "write_docx"]
