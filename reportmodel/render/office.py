"""One entry for the documents a board receives: a finished Document as Word or PDF.

    export_document(document, "docx" | "pdf", out, *, template=None, lang=None, created=None)

`created` fixes the creation date written into the file (a datetime, or UNIX seconds); without
it SOURCE_DATE_EPOCH is used when set, else the current time. Same document and same date give
the same bytes, in both formats. The file is written atomically: a failed export leaves any
earlier file at `out` as it was.
"""

from __future__ import annotations

import dataclasses
import datetime
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from reportmodel.core.problems import CodedError
from reportmodel.render.document import Document

FORMATS = ("docx", "pdf")


class ExportError(CodedError):
    """An export that cannot be made; the message names the file and what is wrong (worded by
    the vocabulary: core/vocabulary/export.py)."""


def creation_time(created: datetime.datetime | int | None = None) -> datetime.datetime:
    if isinstance(created, datetime.datetime):
        return created if created.tzinfo else created.replace(tzinfo=datetime.timezone.utc)
    if created is None:
        epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
        if epoch:
            try:
                created = int(epoch)
            except ValueError:
                raise ExportError("export.error.epoch", value=repr(epoch)) from None
    if created is None:
        return datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0)
    return datetime.datetime.fromtimestamp(int(created), datetime.timezone.utc)


def render_document(document: Document, fmt: str, *, template: Path | None = None,
                    lang: str | None = None,
                    created: datetime.datetime | int | None = None,
                    warn: Callable[[str], None] | None = None) -> bytes:
    """The file's bytes. `lang` ("sv" or "en") overrides the document's language. `warn` hears
    of anything printed otherwise than written (characters the PDF's fonts lack)."""
    if lang is not None and lang != document.lang:
        document = dataclasses.replace(document, lang=lang)
    when = creation_time(created)
    if fmt == "docx":
        from reportmodel.render.docx import TemplateError, render_docx
        try:
            return render_docx(document, template=template, created=when)
        except TemplateError as exc:
            raise ExportError(exc.code or str(exc), **exc.values) from exc
    if fmt == "pdf":
        if template is not None:
            raise ExportError("export.error.template_docx_only", template=template)
        from reportmodel.render.pdf import render_pdf
        return render_pdf(document, created=when, warn=warn)
    raise ExportError("export.error.unknown_format", format=repr(fmt),
                      expected=", ".join(FORMATS))


def export_document(document: Document, fmt: str, out: Path | str, *,
                    template: Path | None = None, lang: str | None = None,
                    created: datetime.datetime | int | None = None,
                    warn: Callable[[str], None] | None = None) -> Path:
    out = Path(out)
    data = render_document(document, fmt, template=template, lang=lang, created=created,
                           warn=warn)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{out.name}.", dir=out.parent or Path("."))
    except OSError as exc:
        raise ExportError("export.error.cannot_write", file=out, reason=exc.strerror) from exc
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, out)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return out
