"""Where a key path sits in a TOML text.

tomllib returns plain dicts without positions, so problems would have no line numbers. This scans
the text once for table headers and `key =` lines, skipping multi-line strings, and answers "which
line holds goals.x.activities.y.end" well enough to point an officer at it.
"""

from __future__ import annotations

import re

_BARE = re.compile(r"[A-Za-z0-9_-]+")
# The lines a report is made of, read by one match each; anything else goes through _parse_key.
_PLAIN_KEY = re.compile(r"([A-Za-z0-9_-]+)[ \t]*=")
_PLAIN_HEADER = re.compile(r"\[([A-Za-z0-9_.-]+)\][ \t]*(?:#|$)")


def _parse_key(text: str, pos: int) -> tuple[list[str], int] | None:
    """A dotted key starting at pos; returns its parts and the position after it."""
    parts: list[str] = []
    n = len(text)
    while True:
        while pos < n and text[pos] in " \t":
            pos += 1
        if pos >= n:
            return None
        ch = text[pos]
        if ch == '"':
            end = pos + 1
            buf = []
            while end < n and text[end] != '"':
                if text[end] == "\\" and end + 1 < n:
                    esc = text[end + 1]
                    buf.append({"n": "\n", "t": "\t", '"': '"', "\\": "\\"}.get(esc, esc))
                    end += 2
                    continue
                buf.append(text[end])
                end += 1
            parts.append("".join(buf))
            pos = end + 1
        elif ch == "'":
            end = text.find("'", pos + 1)
            if end < 0:
                return None
            parts.append(text[pos + 1 : end])
            pos = end + 1
        else:
            m = _BARE.match(text, pos)
            if not m:
                return None
            parts.append(m.group())
            pos = m.end()
        while pos < n and text[pos] in " \t":
            pos += 1
        if pos < n and text[pos] == ".":
            pos += 1
            continue
        return parts, pos


class LineIndex:
    """Built on the first question: a valid file (the common case) never pays for the scan."""

    def __init__(self, text: str):
        self._text: str | None = text
        self._source = text  # kept for the lines of a list's elements (element_line)
        self._split: list[str] | None = None
        self._lines: dict[tuple[str, ...], int] = {}
        self._array_counts: dict[tuple[str, ...], int] = {}

    def _build(self, text: str) -> None:
        table: tuple[str, ...] = ()
        in_multiline: str | None = None
        lines = self._lines
        plain_key, plain_header = _PLAIN_KEY.match, _PLAIN_HEADER.match
        for lineno, line in enumerate(text.splitlines(), start=1):
            if in_multiline:
                if _closes(line, in_multiline):
                    in_multiline = None
                continue
            stripped = line.lstrip()
            if not stripped or stripped[0] == "#":
                continue
            plain = plain_key(stripped)
            if plain is not None:
                key = table + (plain.group(1),)
                if key not in lines:
                    lines[key] = lineno
                if '"""' in stripped or "'''" in stripped:
                    rest = stripped[plain.end():]
                    for quote in ('"""', "'''"):
                        if quote in rest and rest.count(quote) % 2 == 1:
                            in_multiline = quote
                            break
                continue
            if stripped[0] == "[" and stripped[1:2] != "[":
                plain = plain_header(stripped)
                if plain is not None and ".." not in plain.group(1) \
                        and not plain.group(1).startswith(".") \
                        and not plain.group(1).endswith("."):
                    table = tuple(plain.group(1).split("."))
                    lines.setdefault(table, lineno)
                    continue
            if stripped.startswith("[["):
                parsed = _parse_key(stripped, 2)
                if parsed:
                    key = tuple(parsed[0])
                    index = self._array_counts.get(key, 0)
                    self._array_counts[key] = index + 1
                    table = key + (str(index),)
                    self._lines.setdefault(table, lineno)
                    self._lines.setdefault(key, lineno)
                continue
            if stripped.startswith("["):
                parsed = _parse_key(stripped, 1)
                if parsed:
                    table = tuple(parsed[0])
                    self._lines.setdefault(table, lineno)
                continue
            parsed = _parse_key(stripped, 0)
            if parsed and parsed[1] < len(stripped) and stripped[parsed[1]] == "=":
                self._lines.setdefault(table + tuple(parsed[0]), lineno)
                rest = stripped[parsed[1] + 1 :]
                for quote in ('"""', "'''"):
                    if quote in rest and rest.count(quote) % 2 == 1:
                        in_multiline = quote
                        break

    def line(self, path: tuple[str, ...] | list[str]) -> int | None:
        """The line of the path, or of its nearest enclosing table that appears in the text."""
        if self._text is not None:
            text, self._text = self._text, None
            self._build(text)
        key = tuple(path)
        if key not in self._lines and len(key) > 1 and key[-1].isascii() and key[-1].isdigit() \
                and key[:-1] in self._lines:
            # An element of a list (layout.parts.11): its own line when the list spans several.
            return self.element_line(self._lines[key[:-1]], int(key[-1]))
        while key:
            if key in self._lines:
                return self._lines[key]
            key = key[:-1]
        return None

    def element_line(self, start: int, wanted: int) -> int:
        """The line of the `wanted`-th element of the list whose `key = [` is on line `start`
        (that line when the list cannot be followed: not a list, or fewer elements)."""
        if self._split is None:
            self._split = self._source.splitlines()
        lines = self._split[start - 1 : start - 1 + 10_000]
        depth = 0
        count = -1
        expect = False  # the next value starts an element
        for offset, line in enumerate(lines):
            i, n = (line.find("=") + 1 if offset == 0 else 0), len(line)
            if offset == 0 and i == 0:
                return start
            while i < n:
                ch = line[i]
                if ch == "#":
                    break
                if ch in " \t":
                    i += 1
                    continue
                if depth == 0 and ch != "[":
                    return start  # not a list
                if ch == "[":
                    depth += 1
                    if depth == 1:
                        expect = True
                        i += 1
                        continue
                elif ch == "]":
                    depth -= 1
                    if depth == 0:
                        return start
                    i += 1
                    continue
                elif ch == "," and depth == 1:
                    expect = True
                    i += 1
                    continue
                if expect and depth >= 1:
                    expect = False
                    count += 1
                    if count == wanted:
                        return start + offset
                if ch in "\"'":  # skip a one-line string (a list of texts: parts, memo)
                    close = i + 1
                    while close < n and line[close] != ch:
                        close += 2 if ch == '"' and line[close] == "\\" else 1
                    i = close + 1
                    continue
                i += 1
        return start


def _closes(line: str, quote: str) -> bool:
    # A closing delimiter not escaped by a backslash (good enough for multi-line basic strings).
    idx = line.find(quote)
    while idx >= 0:
        if quote == "'''" or idx == 0 or line[idx - 1] != "\\":
            return True
        idx = line.find(quote, idx + 1)
    return False
