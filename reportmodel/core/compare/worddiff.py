"""Word-level differences of two texts, for titles, descriptions and comments.

A character diff of Swedish prose is unreadable and a line diff says nothing about a one-word
rename; words with their surrounding spaces and punctuation read like the text itself.
"""

from __future__ import annotations

import difflib
import re

_TOKEN = re.compile(r"\s+|\w+|[^\w\s]")

EQUAL, DELETE, INSERT = "=", "-", "+"


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def word_diff(old: str | None, new: str | None) -> list[tuple[str, str]]:
    """Segments ("=", text), ("-", removed text), ("+", added text) that rebuild `old` from the
    "=" and "-" segments and `new` from the "=" and "+" segments."""
    a, b = tokens(old or ""), tokens(new or "")
    out: list[tuple[str, str]] = []

    def emit(op: str, words: list[str]) -> None:
        if not words:
            return
        text = "".join(words)
        if out and out[-1][0] == op:
            out[-1] = (op, out[-1][1] + text)
        else:
            out.append((op, text))

    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            emit(EQUAL, a[i1:i2])
        else:
            emit(DELETE, a[i1:i2])
            emit(INSERT, b[j1:j2])
    return _absorb_lone_spaces(out)


def _absorb_lone_spaces(segments: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """A lone unchanged space between two changes splits one edit into many segments; a run of
    changes joined only by spaces becomes one removal and one addition, so a reworded phrase
    reads whole."""
    out: list[tuple[str, str]] = []
    run_del: list[str] = []
    run_add: list[str] = []

    def flush() -> None:
        if run_del:
            out.append((DELETE, "".join(run_del)))
        if run_add:
            out.append((INSERT, "".join(run_add)))
        run_del.clear()
        run_add.clear()

    for i, (op, text) in enumerate(segments):
        if op == DELETE:
            run_del.append(text)
        elif op == INSERT:
            run_add.append(text)
        elif (not text.strip() and (run_del or run_add) and i + 1 < len(segments)
              and segments[i + 1][0] != EQUAL):
            run_del.append(text)  # the space belongs to both sides of the reworded phrase
            run_add.append(text)
        else:
            flush()
            out.append((op, text))
    flush()
    return out


def shorten(text: str | None, limit: int = 80) -> str:
    """One line, at most `limit` characters, cut at a word with an ellipsis."""
    if not text:
        return ""
    line = " ".join(text.split())
    if len(line) <= limit:
        return line
    cut = line[: limit - 1].rsplit(" ", 1)[0] or line[: limit - 1]
    return cut + "…"
