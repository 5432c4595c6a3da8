"""Helpers for build_2023.py and build_2015.py: read a converted Kalmar document by line number.

The sample files are built from the source text rather than retyped, so every narrative
paragraph and table cell is the document's own, and every short fact typed into a build script
(a title, a name, a date) is checked to occur in the document before anything is saved.

The conversion split paragraphs at page breaks, wrapped table cells onto the next line and turned
bold table cells into <b> tags; the helpers repair exactly those, nothing else.
"""

from __future__ import annotations

import re
from pathlib import Path

from reportmodel.core.ids import unique_id

SEEDS = Path("/work/shared/seeds")
_TAG = re.compile(r"</?b>")
_SPACE = re.compile(r"\s+")


def normalise(text: str) -> str:
    return _SPACE.sub(" ", _TAG.sub("", text)).strip()


class Seed:
    def __init__(self, name: str):
        path = SEEDS / name
        self.lines = path.read_text(encoding="utf-8").split("\n")
        self.flat = normalise("\n".join(self.lines))

    def line(self, n: int) -> str:
        """Line n, counted from 1 as `cat -n` and domain.md count."""
        return self.lines[n - 1]

    def text(self, first: int, last: int, *, joins: tuple[int, ...] = (),
             skip: tuple[int, ...] = ()) -> str:
        """Paragraphs of lines first..last. A line in `joins` continues the paragraph before it
        (a page break split it); lines in `skip` are left out (headings, lost charts)."""
        paras: list[str] = []
        current = ""
        for n in range(first, last + 1):
            if n in skip:
                continue
            raw = self.line(n).strip()
            if raw.startswith("#"):
                raw = re.sub(r"^#+\s*", "", raw)
            if not raw:
                if current:
                    paras.append(current)
                    current = ""
                continue
            if n in joins and not current and paras:
                current = paras.pop()
            if not current:
                current = raw
            elif raw.startswith("- ") and current.startswith("- "):
                current += "\n" + raw  # a tight Markdown list stays one block
            elif re.search(r"\w-$", current) and raw[:1].islower():
                current = current[:-1] + raw  # a word hyphenated at a line break
            else:
                current += " " + raw
        if current:
            paras.append(current)
        return "\n\n".join(re.sub(r"[ \t]+", " ", p).strip() for p in paras) + "\n"

    def table(self, first: int, last: int, *, header: list[str] | None = None,
              skip: tuple[int, ...] = ()) -> str:
        """A tab-separated table of lines first..last as a Markdown table. Bold cells stay bold;
        the first row is the header unless `header` is given."""
        rows: list[list[str]] = []
        for n in range(first, last + 1):
            if n in skip or not self.line(n).strip() or self.line(n).strip() == "---":
                continue
            cells = [_cell(c) for c in self.line(n).rstrip("\n").split("\t")]
            rows.append(cells)
        if header is not None:
            rows.insert(0, header)
        width = max(len(r) for r in rows)
        rows = [r + [""] * (width - len(r)) for r in rows]
        # Trailing columns that are empty in every row are tab noise, not data.
        while width > 1 and all(not r[width - 1] for r in rows):
            width -= 1
            rows = [r[:width] for r in rows]
        out = ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * width]
        out += ["| " + " | ".join(r) + " |" for r in rows[1:]]
        return "\n".join(out) + "\n"

    def require(self, *facts: str) -> None:
        """Every fact typed into a build script occurs in the document (whitespace aside)."""
        for fact in facts:
            if fact and normalise(fact) not in self.flat:
                raise SystemExit(f"not in {self!r}: {fact!r}")


def _cell(raw: str) -> str:
    cell = raw.strip()
    bold = cell.startswith("<b>") and cell.endswith("</b>")
    cell = normalise(cell).replace("|", "\\|")
    return f"**{cell}**" if bold and cell else cell


class Ids:
    """Ids in document order, unique across the whole report (docs/format.md)."""

    def __init__(self) -> None:
        self.taken: set[str] = set()

    def __call__(self, title: str) -> str:
        new = unique_id(title, self.taken)
        self.taken.add(new)
        return new
