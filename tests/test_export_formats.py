"""`yearend export --format md|docx|pdf` of the real reports: every shape in every format, the
Kalmar 2022 sample read back as a board secretary's PDF and Word file, appendices alone.

The Kalmar PDF and Word file are made once, by the real command in a real process, and shared by
the tests of this module (the PDF takes over a second)."""

from __future__ import annotations

import dataclasses
import os
import re
import subprocess
import sys
from pathlib import Path

import docx
import pypdf
import pytest
from docx.oxml.ns import qn
from docx.shared import Mm

from reportmodel.core.tree import walk
from reportmodel.io.storage import load_report
from reportmodel.render import build_document, export_markdown, outline
from reportmodel.render.text_safety import one_line
from yearend.main import main

from .conftest import DATA, ROOT, SHAPES

KALMAR = ROOT / "sample_data" / "kalmar-2022.toml"
HOSTILE = DATA / "export" / "hostile.toml"
EPOCH = "1674725400"  # 2023-01-26 09:30 UTC
EXE = Path(sys.executable).with_name("yearend")


def cli(*args, cwd: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "SOURCE_DATE_EPOCH": EPOCH, "LC_ALL": "en_GB.UTF-8"}
    return subprocess.run([str(EXE), *map(str, args)], capture_output=True, cwd=cwd, env=env,
                          stdin=subprocess.DEVNULL, timeout=300)


@pytest.fixture(autouse=True)
def english_messages(monkeypatch):
    """The assertions quote the English messages; the command line speaks Swedish by default
    (tests/test_cli_language.py covers both languages)."""
    monkeypatch.setenv("LC_ALL", "en_GB.UTF-8")


@pytest.fixture(scope="module")
def kalmar(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("kalmar")
    out = {}
    for fmt in ("pdf", "docx"):
        out[fmt] = folder / f"k22.{fmt}"
        result = cli("export", KALMAR, "-o", out[fmt], cwd=folder)  # format from the suffix
        assert result.returncode == 0, result.stderr.decode()
        assert f"wrote {out[fmt]}".encode() in result.stderr
    return out


def squeeze(text: str) -> str:
    """Text with every space, hyphen and soft hyphen gone: a title broken over two lines, or
    hyphenated at a line end, still matches."""
    return re.sub(r"[\s\u00ad\-\u2010\u2011]+", "", text)


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in pypdf.PdfReader(path).pages)


def printed_headings(document) -> list[tuple[int, str]]:
    """The headings Word and PDF print as headings: the title block becomes the title page and
    the contents part the writers' own table of contents."""
    # (control characters and escape sequences, as the hostile report has, are dropped)
    return [(level, one_line(text)) for level, text in outline(dataclasses.replace(
        document, parts=[p for p in document.parts if p.kind not in ("title", "toc")]))]


def word_headings(d) -> list[tuple[int, str]]:
    return [(int(p.style.name.split()[-1]), p.text) for p in d.paragraphs
            if p.style.name.startswith("Heading ")]


# -- every shape, every format ------------------------------------------------------------------

@pytest.mark.parametrize("report", SHAPES + [HOSTILE], ids=lambda p: p.stem)
def test_every_shape_exports_in_every_format(report, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    monkeypatch.chdir(tmp_path)
    document = build_document(load_report(report))
    headings = [text for _level, text in printed_headings(document)]
    for fmt in ("md", "docx", "pdf"):
        out = tmp_path / f"ut.{fmt}"
        assert main(["export", str(report), "-o", str(out), "--format", fmt]) == 0
        assert f"wrote {out}" in capsys.readouterr().err
        if fmt == "md":
            assert out.read_text(encoding="utf-8") == export_markdown(load_report(report))
        elif fmt == "docx":
            d = docx.Document(str(out))
            assert [t for _l, t in word_headings(d)] == headings
        else:
            text = squeeze(pdf_text(out))
            at = [text.find(squeeze(h)) for h in headings]
            assert -1 not in at, [h for h, i in zip(headings, at) if i == -1]


def test_word_and_pdf_are_the_same_bytes_twice(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    report = DATA / "numbered-goals.toml"
    for fmt in ("docx", "pdf"):
        first, second = tmp_path / f"a.{fmt}", tmp_path / f"b.{fmt}"
        assert main(["export", str(report), "-o", str(first)]) == 0
        assert main(["export", str(report), "-o", str(second)]) == 0
        assert first.read_bytes() == second.read_bytes()


# -- the Kalmar sample as the board gets it ------------------------------------------------------

def kalmar_board_goals() -> list[str]:
    return [n.item.title for n in walk(load_report(KALMAR))
            if n.kind == "goal" and n.item.level == "namndsmal"]


def test_kalmar_pdf_lists_every_board_goal_in_the_reports_order(kalmar):
    reader = pypdf.PdfReader(kalmar["pdf"])
    assert reader.metadata.title == load_report(KALMAR).meta.title
    assert reader.trailer["/Root"]["/Lang"] == "sv-SE"
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)  # A4
    text = squeeze("\n".join(page.extract_text() for page in reader.pages))
    titles = kalmar_board_goals()
    assert len(titles) >= 10
    where, start = [], 0
    for title in titles:  # each found after the one before it
        at = text.find(squeeze(title), start)
        assert at != -1, f"{title!r} missing or out of order"
        where.append(at)
        start = at + 1
    assert f"Sida{len(reader.pages)}({len(reader.pages)})" in squeeze(
        reader.pages[-1].extract_text())


def test_kalmar_word_headings_in_order_a4_swedish(kalmar):
    d = docx.Document(str(kalmar["docx"]))
    document = build_document(load_report(KALMAR))
    titles = [t for _l, t in word_headings(d)]
    assert titles == [t for _l, t in printed_headings(document)]
    levels = [level for level, _t in word_headings(d)]
    assert levels[0] == 1 and all(b <= a + 1 for a, b in zip(levels, levels[1:]))
    # the parts are the top of the outline, not the sub-headings of the first of them
    top = {t for level, t in word_headings(d) if level == 1}
    assert {"Förslag till beslut", "Sammanfattning", "Intern kontroll",
            "Fokusområde – Ordning och reda i ekonomin"} <= top
    board_goals = [next(i for i, t in enumerate(titles) if t.endswith(g))
                   for g in kalmar_board_goals()]
    assert board_goals == sorted(board_goals)
    section = d.sections[0]
    assert abs(section.page_width - Mm(210)) < Mm(1)
    assert abs(section.page_height - Mm(297)) < Mm(1)
    lang = d.styles.element.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}/"
                                 f"{qn('w:lang')}")
    assert lang.get(qn("w:val")) == "sv-SE"
    assert d.core_properties.title == document.title


def test_english_when_asked(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    out = tmp_path / "en.docx"
    assert main(["export", str(DATA / "internal-control.toml"), "-o", str(out),
                 "--lang", "en"]) == 0
    d = docx.Document(str(out))
    assert d.core_properties.language == "en-GB"
    english = build_document(load_report(DATA / "internal-control.toml"), lang="en")
    assert [t for _l, t in word_headings(d)] == [t for _l, t in printed_headings(english)]


# -- appendices alone ---------------------------------------------------------------------------

@pytest.mark.parametrize("report, title", [
    (DATA / "numbered-goals.toml", "Måluppföljning"),                 # [layout.titles] goals
    (DATA / "process-oriented.toml", None),                          # "<title> – målbilaga"
])
def test_only_goals_is_a_document_with_its_own_title(report, title, tmp_path, monkeypatch,
                                                     capsys):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    whole = load_report(report).meta.title
    title = title or f"{whole} – målbilaga"
    word, pdf = tmp_path / "mal.docx", tmp_path / "mal.pdf"
    assert main(["export", str(report), "--only", "goals", "-o", str(word)]) == 0
    assert main(["export", str(report), "--only", "goals", "-o", str(pdf)]) == 0
    d = docx.Document(str(word))
    assert d.core_properties.title == title
    assert [p.text for p in d.paragraphs if p.style.name == "Title"] == [title]
    reader = pypdf.PdfReader(pdf)
    assert reader.metadata.title == title
    assert squeeze(title) in squeeze(reader.pages[0].extract_text())
    markdown = tmp_path / "mal.md"
    assert main(["export", str(report), "--only", "goals", "-o", str(markdown)]) == 0
    assert markdown.read_text(encoding="utf-8").startswith(f"# {title}\n")


# -- options and errors -------------------------------------------------------------------------

def test_a_word_template_from_the_command_line_or_the_layout(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    template = docx.Document()
    template.styles["Heading 1"].font.name = "Mallfont"
    template.sections[0].footer.paragraphs[0].text = "Kommunens sidfot"
    (tmp_path / "mallar").mkdir()
    template.save(tmp_path / "mallar" / "mall.docx")
    source = (DATA / "internal-control.toml").read_text(encoding="utf-8")
    report = tmp_path / "rapport.toml"
    report.write_text(source.replace("[layout]\n", '[layout]\ntemplate = "mallar/mall.docx"\n', 1),
                      encoding="utf-8")
    assert 'template = "mallar/mall.docx"' in report.read_text(encoding="utf-8")
    elsewhere = tmp_path / "annan"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)  # the layout's path is the report's folder's, not the cwd's
    for args in ([str(report)], [str(DATA / "internal-control.toml"), "--template",
                                 str(tmp_path / "mallar" / "mall.docx")]):
        out = tmp_path / "ut.docx"
        assert main(["export", *args, "-o", str(out)]) == 0, capsys.readouterr().err
        d = docx.Document(str(out))
        assert d.styles["Heading 1"].font.name == "Mallfont"
        assert "Kommunens sidfot" in d.sections[0].footer.paragraphs[0].text
        out.unlink()


@pytest.mark.parametrize("args, said", [
    (["--format", "pdf"], "give one with -o"),
    (["--format", "docx", "-o", "-"], "give one with -o"),
    (["-o", "ut.docx", "--format", "pdf"], "ends in .docx but the format is pdf"),
    (["-o", "ut.pdf", "--template", "mall.docx"], "applies to --format docx only"),
    (["--template", "mall.docx"], "applies to --format docx only"),
    (["-o", "ut.docx", "--template", "saknas.docx"], "saknas.docx: cannot read the template"),
    (["-o", "ut.docx", "--template", "inte-word.docx"], "inte-word.docx: not a Word document"),
    (["-o", "ut.pdf", "--only", "section:saknas"], "--only"),
    (["-o", "saknas/ut.pdf"], "does not exist"),
])
def test_bad_options_exit_2_naming_the_file(args, said, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "inte-word.docx").write_text("plain text")
    (tmp_path / "ut.pdf").write_bytes(b"an older export, kept")
    assert main(["export", str(DATA / "internal-control.toml"), *args]) == 2
    captured = capsys.readouterr()
    assert said in captured.err and "Traceback" not in captured.err
    assert captured.out == ""
    assert (tmp_path / "ut.pdf").read_bytes() == b"an older export, kept"
    assert not (tmp_path / "ut.docx").exists()


def test_a_bad_source_date_epoch_is_named(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "igår")
    out = tmp_path / "ut.pdf"
    assert main(["export", str(DATA / "internal-control.toml"), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert "SOURCE_DATE_EPOCH" in err and str(out) in err and not out.exists()


def test_a_character_the_pdf_fonts_lack_is_reported(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    source = (DATA / "internal-control.toml").read_text(encoding="utf-8")
    report = tmp_path / "rapport.toml"
    title = re.search(r'^title = "(.*)"$', source, re.M)[1]
    report.write_text(source.replace(f'title = "{title}"', f'title = "{title} 漢"', 1),
                      encoding="utf-8")
    out = tmp_path / "ut.pdf"
    assert main(["export", str(report), "-o", str(out)]) == 0
    err = capsys.readouterr().err
    # Worded in the report's language (the writer's), naming the file and the character.
    assert f"{out}: PDF:ens typsnitt saknar 漢" in err


def test_kalmar_assessments_shaded_in_the_scales_colours(kalmar):
    """The scale's colours are terminal names ("green", "yellow"): on paper, traffic-light tints
    with the word on them, never the grey of a value without a colour."""
    d = docx.Document(str(kalmar["docx"]))
    fills: dict[str, set[str]] = {}
    for table in d.tables:
        for row in table.rows:
            for cell in row.cells:
                pr = cell._tc.tcPr
                shd = pr.find(qn("w:shd")) if pr is not None else None
                if shd is not None:
                    fills.setdefault(cell.text.strip(), set()).add(shd.get(qn("w:fill")))
    green, yellow, red = fills["Helt uppfyllt"], fills["Delvis uppfyllt"], fills["Ej uppfyllt"]
    assert len(green | yellow | red) == 3 and "E0E0E0" not in green | yellow | red

    def rgb(fill: str) -> tuple[int, ...]:
        return tuple(int(fill[i:i + 2], 16) for i in (0, 2, 4))
    (gr, gg, gb), (yr, yg, yb), (rr, rg, rb) = (rgb(next(iter(s))) for s in (green, yellow, red))
    assert gg > gr and gg > gb and yr > yb and yg > yb and rr > rg and rr > rb


def test_the_title_block_and_contents_are_printed_once(kalmar, tmp_path, monkeypatch, capsys):
    """Word and PDF draw the title page (or memo head) and the contents themselves; the title
    and toc parts of the document are not printed again."""
    text = pdf_text(kalmar["pdf"])
    case = load_report(KALMAR).meta.case_number
    assert case and text.count(case) == 1
    assert load_report(KALMAR).meta.title in pypdf.PdfReader(kalmar["pdf"]).pages[0].extract_text()
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    out = tmp_path / "p.pdf"
    assert main(["export", str(DATA / "process-oriented.toml"), "-o", str(out)]) == 0
    assert squeeze(pdf_text(out)).count("Innehåll") == 1
