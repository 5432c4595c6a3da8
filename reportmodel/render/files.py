"""The finished report as a file in one of three formats, for the command line and the editor.

    format_for(path) -> "md" | "docx" | "pdf" | None      from the name's suffix
    layout_template(report, report_path) -> Path | None     `[layout] template`, resolved
    render_file(document, fmt, template=, created=, warn=) -> bytes
    write_file(document, fmt, out, ...) -> (bytes written, warnings)

Both callers build the Document themselves (with `only`, `ascii`, `lang`), so what is written is
exactly what the preview and `show` draw. `write_file` is a plain top-level function of picklable
arguments: the editor runs it in a child process for Word and PDF, so that Typst's memory (about
2.2 MB a page, gigabytes for a large report, docs/documents.md) is given back when the export ends.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from pathlib import Path

from reportmodel.core import model as m
from reportmodel.io.atomic import write_atomically
from reportmodel.render.document import Document
from reportmodel.render.markdown_writer import write_markdown
from reportmodel.render.office import ExportError, render_document

FORMATS = ("md", "docx", "pdf")
SUFFIXES = {".md": "md", ".markdown": "md", ".docx": "docx", ".pdf": "pdf"}
SUFFIX = {"md": ".md", "docx": ".docx", "pdf": ".pdf"}


def format_for(path: str | Path) -> str | None:
    """The format a file name asks for, or None for a name without a known suffix."""
    return SUFFIXES.get(Path(path).suffix.lower())


def layout_template(report: m.Report, report_path: str | Path | None) -> Path | None:
    """The Word template the report's layout names, relative to the report's folder."""
    decl = report.layout_decl
    name = decl.template if decl is not None else None
    if not name or not name.strip():
        return None
    path = Path(name).expanduser()
    if not path.is_absolute() and report_path is not None:
        path = Path(report_path).parent / path
    return path


def render_file(document: Document, fmt: str, *, template: Path | None = None,
                created: datetime.datetime | int | None = None,
                warn: Callable[[str], None] | None = None) -> bytes:
    """The file's bytes. ExportError names the file at fault (a template, an unknown format)."""
    if fmt == "md":
        if template is not None:
            raise ExportError("export.error.template_docx_only", template=template)
        return write_markdown(document).encode("utf-8")
    from reportmodel.render.pdf.writer import PdfError  # typst loads only for a PDF
    try:
        return render_document(document, fmt, template=template, created=created, warn=warn)
    except PdfError as exc:  # the template's fault, never the officer's text: say so plainly
        raise ExportError(exc.code or str(exc), **exc.values) from exc


def write_file(document: Document, fmt: str, out: str | Path, *,
               template: Path | None = None,
               created: datetime.datetime | int | None = None) -> tuple[int, list[str]]:
    """Render and write `out` atomically: (bytes written, what was printed otherwise than
    written). ExportError (a template, the layout) or OSError (the file) when it cannot."""
    warnings: list[str] = []
    data = render_file(document, fmt, template=template, created=created,
                       warn=warnings.append)
    write_atomically(Path(out), data)
    return len(data), warnings


__all__ = ["ExportError", "FORMATS", "SUFFIX", "format_for", "layout_template", "render_file",
           "write_file"]
