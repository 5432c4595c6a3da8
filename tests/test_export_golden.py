"""The export of Kalmar's annual report 2022 (sample_data/kalmar-2022.toml) is committed as
tests/golden/kalmar-2022.md; any change to the export shows up here as a diff to review.

When a change is intended (or the sample data changed), regenerate it on purpose and commit it:

    UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/test_export_golden.py
"""

import difflib
import os

from markdown_it import MarkdownIt

from reportmodel.render import export_markdown
from reportmodel.io.storage import load_report

from .conftest import ROOT
from .test_export_escape import inline_text

SAMPLE = ROOT / "sample_data" / "kalmar-2022.toml"
GOLDEN = ROOT / "tests" / "golden" / "kalmar-2022.md"
MD = MarkdownIt("gfm-like")


def test_kalmar_2022_export_is_the_golden_file():
    actual = export_markdown(load_report(SAMPLE)).encode("utf-8")
    if os.environ.get("UPDATE_GOLDEN") == "1":
        GOLDEN.write_bytes(actual)
    expected = GOLDEN.read_bytes()
    if actual != expected:
        diff = difflib.unified_diff(expected.decode("utf-8").splitlines(),
                                    actual.decode("utf-8").splitlines(),
                                    "golden", "export", lineterm="", n=1)
        shown = "\n".join(list(diff)[:60])
        raise AssertionError("the export of kalmar-2022.toml differs from tests/golden/"
                             "kalmar-2022.md; if intended, regenerate with UPDATE_GOLDEN=1 "
                             f"(see this file's docstring)\n{shown}")


def _outline_and_tables(markdown: str):
    tokens = MD.parse(markdown)
    headings = [(int(t.tag[1]), inline_text(tokens[i + 1])) for i, t in enumerate(tokens)
                if t.type == "heading_open"]
    tables, header, rows, section = [], None, 0, None
    for i, token in enumerate(tokens):
        if token.type == "thead_open":
            section = "head"
        elif token.type == "tbody_open":
            section = "body"
        elif token.type == "inline" and section == "head" and header is None:
            header = inline_text(token)
        elif token.type == "tr_close" and section == "body":
            rows += 1
        elif token.type == "table_close":
            tables.append((header, rows))
            header, rows, section = None, 0, None
    return headings, tables


def test_golden_file_holds_every_item_of_the_report():
    report = load_report(SAMPLE)
    headings, tables = _outline_and_tables(GOLDEN.read_text(encoding="utf-8"))
    texts = [text for _, text in headings]
    for level, label in (("fokusomrade", "Fokusområde"), ("langsiktigt-mal", "Långsiktigt mål"),
                         ("arsmal", "Årsmål"), ("namndsmal", "Nämndsmål")):
        count = sum(1 for g in report.goals.values() if g.level == level)
        assert sum(1 for t in texts if t.startswith(label + " – ")) == count, label
    assert sum(1 for t in texts if t in {r.title for r in report.risks.values()}) == len(
        report.risks) == 42

    def rows(first_header: str) -> int:
        return sum(n for header, n in tables if header == first_header)

    # K22: 77 activities in the goal appendix (and 2 follow-up activities on risks),
    # 11 assignments, 21 control points, 42 risks in the overview.
    assert rows("Aktivitet") == 77 + 2
    assert rows("Uppdrag") == 11
    assert rows("Kontrollmoment") == 21
    assert rows("Risk") == 42
    assert headings[0] == (1, "Kommunstyrelsens årsrapport 2022")
    assert (2, "Sammanfattning") in headings and (2, "Intern kontroll") in headings
