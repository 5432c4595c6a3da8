"""Why a TOML syntax error happened, where tomllib's own words do not say it.

A Swedish officer writes `[layout.levels.processområde]` or `färdiggrad = 20`: TOML allows only
A-Z, a-z, 0-9, `-` and `_` in a bare key, and tomllib answers "Expected ']' at the end of a table
declaration", which does not point at the å. The error's column is at that letter, so a letter
outside ASCII there, inside a bare key, is the cause.
"""

from __future__ import annotations

import re

from reportmodel.core.ids import slugify

_BARE = re.compile(r"[A-Za-z0-9_-]")
_WORD = re.compile(r"[\w-]+")


def non_ascii_key(text: str, line: int, column: int) -> tuple[str, str] | None:
    """(the key as written, its ASCII form) when the error at line:column (1-based) is a letter
    outside ASCII in a bare key; None otherwise."""
    lines = text.splitlines()
    if not 1 <= line <= len(lines):
        return None
    row = lines[line - 1]
    i = column - 1
    if not (0 <= i < len(row)) or row[i].isascii() or not row[i].isalpha():
        return None
    start = i
    while start > 0 and _BARE.match(row[start - 1]):
        start -= 1
    # A bare key starts after a table bracket, a dot, a brace, a comma or the line's start; in a
    # quoted key or a string the letter is allowed and never the error.
    before = row[:start].rstrip()
    if before and before[-1] not in "[.{,":
        return None
    if row[:start].count('"') % 2 or row[:start].count("'") % 2:
        return None
    word = _WORD.match(row, start)
    key = word.group() if word else row[start:i + 1]
    return key, slugify(key)
