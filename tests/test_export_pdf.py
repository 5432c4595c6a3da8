"""The PDF writer, read back with pypdf: accessible, Swedish, A4, and the same bytes each time."""

from __future__ import annotations

import datetime
import io
import re
import subprocess
import sys
from pathlib import Path

import pypdf
import pytest

from reportmodel.render.document import Heading
from reportmodel.render.office import ExportError, export_document, render_document
from reportmodel.render.pdf.data import document_data
from tests.office_document import GOAL_TITLES, TRICKY, kalmar_document

CREATED = datetime.datetime(2023, 1, 26, 9, 30, tzinfo=datetime.timezone.utc)


@pytest.fixture(scope="module")
def pdf_bytes() -> bytes:
    return render_document(kalmar_document(), "pdf", created=CREATED)


@pytest.fixture(scope="module")
def reader(pdf_bytes):
    return pypdf.PdfReader(io.BytesIO(pdf_bytes))


def text_of(reader) -> str:
    # Words hyphenated at a line end come back as "ord-\nning" (soft hyphen): join them.
    text = "\n".join(page.extract_text() for page in reader.pages)
    return re.sub(r"\s+", " ", text.replace("\u00ad\n", "").replace("\u00ad", ""))


def test_a4_pages_title_language_tagged(reader):
    assert len(reader.pages) >= 6  # memo, contents, legend, goals, the long table over pages
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)
    root = reader.trailer["/Root"]
    assert reader.metadata.title == "Årsrapport 2022 – Kommunstyrelsen"
    assert root["/Lang"] == "sv-SE"
    assert bool(root["/MarkInfo"]["/Marked"])
    assert "/StructTreeRoot" in root
    assert b"pdfuaid" in root["/Metadata"].get_object().get_data()


def test_bookmarks_follow_the_headings(reader):
    def titles(outline):
        for item in outline:
            if isinstance(item, list):
                yield from titles(item)
            else:
                yield item.title
    marks = list(titles(reader.outline))
    assert marks[:3] == ["Årsrapport 2022 för kommunstyrelsen", "Förslag till beslut", "Bakgrund"]
    assert f"1. {GOAL_TITLES[0]}" in marks and "Indikatorer" in marks


def test_goal_titles_in_order_and_text_kept_as_written(reader):
    text = text_of(reader)
    at = [text.find(f"{i}. {t}", text.find("Nämndens mål", text.find("Indikatorer") + 1))
          for i, t in enumerate(GOAL_TITLES, 1)]
    assert -1 not in at and at == sorted(at)
    assert TRICKY in text


def test_page_numbers_and_contents(reader):
    last = len(reader.pages)
    assert f"Sida 1 ({last})" in reader.pages[0].extract_text()
    assert f"Sida {last} ({last})" in reader.pages[-1].extract_text()
    assert "Innehåll" in reader.pages[1].extract_text()


def test_long_table_repeats_its_header_on_the_next_page(reader):
    pages = [p.extract_text() for p in reader.pages]
    with_header = [i for i, t in enumerate(pages) if "Kontrollmoment Ansvarig Riskvärde" in
                   re.sub(r"\s+", " ", t)]
    assert len(with_header) >= 2 and with_header[1] == with_header[0] + 1


def test_marks_are_words_on_colour_never_emoji():
    data = document_data(kalmar_document())
    cells = [c for part in data["parts"] for b in part["blocks"] if b["k"] == "table"
             for r in b["rows"] for c in r["cells"] if "mark" in c]
    assert {"label": "Helt uppfyllt", "fill": "#2e7d32", "ink": "#ffffff"} in [
        c["mark"] for c in cells]
    assert {"label": "Delvis uppfyllt", "fill": "#f9a825", "ink": "#000000"} in [
        c["mark"] for c in cells]
    assert "🟢" not in str(data)


def test_heading_levels_never_skip():
    doc = kalmar_document()
    doc.parts[1].blocks.insert(0, Heading(4, ()))  # 1 -> 4 in the source
    levels = [b["level"] for part in document_data(doc)["parts"] for b in part["blocks"]
              if b["k"] == "h"]
    assert all(b <= a + 1 for a, b in zip(levels, levels[1:]))


def test_same_input_same_bytes(pdf_bytes):
    assert render_document(kalmar_document(), "pdf", created=CREATED) == pdf_bytes


def test_english(tmp_path):
    out = export_document(kalmar_document(), "pdf", tmp_path / "r.pdf", lang="en",
                          created=CREATED)
    r = pypdf.PdfReader(out)
    assert r.trailer["/Root"]["/Lang"] == "en-GB"
    assert "Page 1 (" in r.pages[0].extract_text()


def test_a_word_template_is_refused_for_pdf(tmp_path):
    with pytest.raises(ExportError, match="docx only"):
        render_document(kalmar_document(), "pdf", template=tmp_path / "mall.docx")


def test_a_risk_heads_its_rows_on_every_page_they_reach(reader):
    """Group rows are Typst subheaders: never left alone at a page's foot, and repeated under
    the column headers when a risk's control points run onto the next page."""
    continued = 0
    for page in reader.pages[6:]:
        lines = page.extract_text().splitlines()
        if lines and lines[0].startswith("Kontrollmoment Ansvarig"):
            assert lines[1].startswith("Risk "), lines[:3]
            continued += 1
    assert continued >= 1
    for page in reader.pages:
        lines = [line for line in page.extract_text().splitlines() if line.strip()]
        tail = [line for line in lines if not line.startswith("Årsrapport 2022 – Kommunstyrelsen")]
        assert not tail[-1].startswith("Risk "), tail[-3:]


_EXPORT_FOUR_TIMES = """
from pathlib import Path
from reportmodel.io.storage import load_report
from reportmodel.render import build_document
from reportmodel.render.pdf import render_pdf
document = build_document(load_report(Path("sample_data/kalmar-2022.toml")))
def rss():
    return next(int(l.split()[1]) for l in open("/proc/self/status") if l.startswith("VmRSS:"))
sizes = [rss()]
for _ in range(4):
    render_pdf(document, created=0)
    sizes.append(rss())
print(*sizes)
"""


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads Linux's /proc")
def test_a_process_that_exports_again_does_not_keep_every_earlier_layout():
    """Typst's layout cache (about 2 MB a page) is dropped before the next export instead of
    being kept for ten more: without that, each Kalmar export added ~100 MB to the process."""
    out = subprocess.run([sys.executable, "-c", _EXPORT_FOUR_TIMES], capture_output=True,
                         text=True, check=True, cwd=Path(__file__).resolve().parent.parent)
    before, first, *_, last = (int(n) for n in out.stdout.split())
    assert last - first < (first - before) / 2, out.stdout
