"""Write a document as PDF with Typst, in-process.

Typst (the `typst` wheel) carries its compiler and fonts: no TeX, no browser, no system package,
no network. The PDF is tagged PDF/UA-1 with the document's title and language, bookmarks from
the headings, Swedish hyphenation, and its fonts embedded. Only Typst's bundled fonts are used
(Libertinus Serif has å ä ö), so the same input gives the same bytes on every machine.
"""

from __future__ import annotations

import datetime
import json
from importlib import resources
from pathlib import Path

import typst

from reportmodel.render.document import Document
from reportmodel.render.pdf.data import document_data


class PdfError(Exception):
    """Typst could not lay out the document (a bug in the template, never the officer's text)."""


def _template() -> bytes:
    return resources.files("reportmodel.render.pdf").joinpath("report.typ").read_bytes()


def render_pdf(document: Document, *, created: datetime.datetime | int | None = None) -> bytes:
    """The PDF's bytes. `created` (a datetime or UNIX seconds) is the creation date written into
    the file; without it, SOURCE_DATE_EPOCH if set, else now (see office.creation_time)."""
    data = json.dumps(document_data(document), ensure_ascii=False, separators=(",", ":"))
    try:
        pdf = typst.compile(_template(), format="pdf", sys_inputs={"doc": data},
                            pdf_standards=["ua-1"], ignore_system_fonts=True, timestamp=created)
    except typst.TypstError as exc:  # pragma: no cover - a template bug, shown plainly
        raise PdfError(f"Typst could not lay out the document: {exc.message}\n"
                       f"{exc.diagnostic}") from exc
    assert isinstance(pdf, bytes)
    return pdf


def write_pdf(document: Document, out: Path, *,
              created: datetime.datetime | int | None = None) -> None:
    out.write_bytes(render_pdf(document, created=created))
