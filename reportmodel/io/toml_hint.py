"""Why a TOML syntax error happened, where tomllib's own words do not say it.

A Swedish officer writes `[layout.levels.processområde]` or `färdiggrad = 20`: TOML allows only
A-Z, a-z, 0-9, `-` and `_` in a bare key, and tomllib answers "Expected ']' at the end of a table
declaration", which does not point at the å. The error's column is at that letter, so a letter
outside ASCII there, inside a bare key, is the cause.
"""

from __future__ import annotations

import ast
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


_TWICE = re.compile(r"Cannot declare (\(.*\)) twice")
_HEADER = re.compile(r"^\s*\[\[?\s*(.+?)\s*\]\]?\s*(?:#.*)?$")
_KEY = re.compile(r'^\s*("[^"]*"|\'[^\']*\'|[A-Za-z0-9_.\-" \']+?)\s*=')


def _parts(dotted: str) -> tuple[str, ...]:
    """`goals."a b".c` -> ("goals", "a b", "c"): a header's or key's parts, quotes taken off."""
    return tuple(part.strip().strip("\"'") for part in re.findall(
        r'"[^"]*"|\'[^\']*\'|[^.]+', dotted))


def repeated(text: str, reason: str, line: int) -> tuple[str, str, int] | None:
    """("table" or "key", its name, the line it was first written on) when tomllib refused a
    table declared twice ("Cannot declare ('goals', 'a') twice") or a key written twice in one
    table ("Cannot overwrite a value"), the commonest slip when a report is encoded by hand;
    tomllib names only the second place."""
    lines = text.splitlines()
    if not 1 <= line <= len(lines):
        return None
    twice = _TWICE.search(reason)
    if twice:
        try:
            path = tuple(str(p) for p in ast.literal_eval(twice.group(1)))
        except (ValueError, SyntaxError):
            return None
        for n, row in enumerate(lines[:line - 1], 1):
            header = _HEADER.match(row)
            if header and _parts(header.group(1)) == path:
                return "table", ".".join(path), n
        return None
    if "Cannot overwrite a value" in reason:
        key = _KEY.match(lines[line - 1])
        if not key:
            return None
        name = _parts(key.group(1))
        for n in range(line - 1, 0, -1):  # back to the table the key is in
            row = lines[n - 1]
            if _HEADER.match(row):
                break
            other = _KEY.match(row)
            if other and _parts(other.group(1)) == name:
                return "key", ".".join(name), n
    return None
