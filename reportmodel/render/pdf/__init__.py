"""PDF writer: the document model laid out by Typst (see writer.py and report.typ)."""

from reportmodel.render.pdf.writer import PdfError, render_pdf, write_pdf

__all__ = ["PdfError", "render_pdf", "write_pdf"]
