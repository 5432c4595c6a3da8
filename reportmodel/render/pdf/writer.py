"""Write a document as PDF with Typst, in-process.

Typst (the `typst` wheel) carries its compiler and fonts: no TeX, no browser, no system package,
no network. The PDF is tagged PDF/UA-1 with the document's title and language, bookmarks from
the headings, Swedish hyphenation, and its fonts embedded. Only Typst's bundled fonts are used
(Libertinus Serif has å ä ö), so the same input gives the same bytes on every machine.
"""

from __future__ import annotations

import datetime
import json
import re
import unicodedata
from collections.abc import Callable
from importlib import resources
from pathlib import Path

import typst

from reportmodel.core.problems import CodedError
from reportmodel.core.vocabulary import vocab
from reportmodel.render.document import Document
from reportmodel.render.pdf.data import document_data


class PdfError(CodedError):
    """Typst could not lay out the document (a bug in the template, never the officer's text)."""


def _template() -> bytes:
    return resources.files("reportmodel.render.pdf").joinpath("report.typ").read_bytes()


# Typst's words when no bundled font has a character (PDF/UA forbids a missing glyph).
_MISSING = re.compile(r'the text `"(.+?)"` could not be displayed')
_ESCAPE = re.compile(r"\\u\{([0-9a-fA-F]+)\}")
REPLACEMENT = "?"

# Typst memoises the layout of everything it compiles (comemo's cache, about 2 MB a page) and
# the typst package evicts only what ten later compiles have not used: without help, a process
# that exports twice holds both layouts (measured on an M-sized report: 1.1, 2.0, 3.0 GB after
# one, two, three exports). Before a process's second export the previous one's cache is aged out
# with ten empty compiles. Not after each export: freeing the cache costs time (0.6 s for M) that
# a command which exits after one export would pay for nothing.
_EVICTIONS = 10
_cache_held = False


def release_layout_cache() -> None:
    """Drop what Typst keeps of the last export (done anyway before the next one)."""
    global _cache_held
    if not _cache_held:
        return
    for _ in range(_EVICTIONS):
        typst.compile(b"", format="pdf", ignore_system_fonts=True, timestamp=0)
    _cache_held = False


def render_pdf(document: Document, *, created: datetime.datetime | int | None = None,
               warn: Callable[[str], None] | None = None) -> bytes:
    """The PDF's bytes. `created` (a datetime or UNIX seconds) is the creation date written into
    the file. Characters no bundled font has (an emoji, Chinese) are printed as "?", and `warn`
    is told which, since PDF/UA refuses a document with a glyph it cannot show."""
    global _cache_held
    data = json.dumps(document_data(document), ensure_ascii=False, separators=(",", ":"))
    release_layout_cache()
    replaced: list[str] = []
    for _attempt in range(4):
        try:
            _cache_held = True
            pdf = typst.compile(_template(), format="pdf", sys_inputs={"doc": data},
                                pdf_standards=["ua-1"], ignore_system_fonts=True,
                                timestamp=created)
            break
        except typst.TypstError as exc:
            found = _MISSING.findall(f"{exc.message}\n{exc.diagnostic}")
            # Typst writes invisible characters as \u{200d}; a cluster goes before its parts.
            missing = sorted({_ESCAPE.sub(lambda m: chr(int(m[1], 16)), t) for t in found},
                             key=len, reverse=True)
            if not missing:  # a template bug, shown plainly
                raise PdfError("export.error.pdf_layout",
                               reason=f"{exc.message}\n{exc.diagnostic}") from exc
            for text in missing:
                data = data.replace(json.dumps(text, ensure_ascii=False)[1:-1], REPLACEMENT)
                replaced.append(text)
    else:
        raise PdfError("export.error.pdf_glyphs")
    shown = sorted({t for t in replaced if any(unicodedata.category(c) != "Cf" for c in t)})
    if shown and warn is not None:
        warn(vocab(document.lang).say("export.pdf.missing_glyphs", chars=" ".join(shown),
                                      replacement=REPLACEMENT))
    assert isinstance(pdf, bytes)
    return pdf


def write_pdf(document: Document, out: Path, *,
              created: datetime.datetime | int | None = None) -> None:
    out.write_bytes(render_pdf(document, created=created))
