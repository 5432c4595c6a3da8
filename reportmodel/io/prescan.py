"""A cheap look at a report's text before tomllib parses it, for the shapes that make tomllib (or
what reads its result) slow or crash although the file is small: a dotted key of thousands of
parts (tomllib is quadratic in the parts: 100 000 parts in 200 kB took 16 s), a file of dotted
keys (38 000 keys of 8 parts in 939 kB: 3.3 s in tomllib), tens of thousands of tiny tables
(20 000 sections in 589 kB: `diff` 4.5 s), arrays or inline tables nested hundreds deep
(recursion), and integers longer than Python converts (ValueError, not a TOML error).

One regular-expression pass over the tokens that matter (strings and comments are skipped whole,
so a comment full of dots is fine). The lines a report is made of (`key = "text"`, `key = 12`, a
table header of bare keys) are consumed many at a time by the expression itself, so Python sees
only the rest: the bench's L report (7.6 MB) costs 0.14 s where tomllib takes 1.1-2.3 s
(a loaded machine; the token-by-token pass before took 0.54 s).
"""

from __future__ import annotations

import re
from typing import Any

from reportmodel.core.values import MAX_NUMBER_DIGITS
from reportmodel.core.vocabulary import vocab

MAX_KEY_PARTS = 8  # real reports use at most 6: goals.x.indicators.y.years.2022; tomllib
# pays per part and per prefix, so fewer parts per key is the cheapest file of a given size
MAX_NESTING = 64  # [ and { inside each other; real reports use 3
# Dots in dotted keys outside table headers, in the whole file (`a.b.c = 1` has two). yearend
# writes none and the reports seen have none; a hand-written report that wrote every indicator
# value as `years.2022.outcome = …` would have about 10 000. tomllib pays per key and per part
# squared: 50 000 costs at most ~0.6 s however they are spread over keys.
MAX_KEY_DOTS = 50_000
# Tables ([x] and [[x]] headers) for their size: the commands pay per table (the diff's matching,
# the terminal layout), so a file of tiny tables is slow for its size. Any file may have
# TABLES_FREE; beyond that a file needs MIN_BYTES_PER_TABLE bytes per table on average. Real
# reports: 450-930 bytes per table (Kalmar 2015/2022/2023; the bench's S, M, L of up to 17 000
# tables), the smallest test files 159; the hostile `many-tables` has 29 (20 000 in 589 kB).
TABLES_FREE = 4_000
MIN_BYTES_PER_TABLE = 150

_BARE = r"[A-Za-z0-9_-]+"
_TOKENS = re.compile(
    # Runs of plain lines: key = string/integer/boolean, a header of bare keys, blank, comment.
    r"(?m:^(?:(?:" + _BARE + r"[ \t]*=[ \t]*(?:\"(?:[^\"\\\n]++|\\[^\n])*+\"|'[^'\n]*+'"
    r"|[+-]?[0-9][0-9_]{0,%d}|[0-9]{4}-[0-9]{2}-[0-9]{2}|true|false)" % (MAX_NUMBER_DIGITS - 3)
    + r"|\[\[?" + _BARE + r"(?:\." + _BARE + r"){0,%d}\]\]?" % (MAX_KEY_PARTS - 1)
    + r"|)[ \t]*+(?:#[^\n]*+)?\n)++)"
    r'|"""(?:[^"\\]++|\\[\s\S]|"(?!""))*+"""'   # multi-line basic string
    r"|'''[\s\S]*?'''"                         # multi-line literal string
    r'|"(?:[^"\\\n]++|\\.)*+"'                 # basic string
    r"|'[^'\n]*+'"                             # literal string
    r"|#[^\n]*+"                               # comment
    r"|(?<![0-9_])[0-9][0-9_]{%d,}" % (MAX_NUMBER_DIGITS - 1)  # an integer Python will not convert
    # a float: its dot is no key's (not preceded or followed by another dotted part)
    + r"|(?<![A-Za-z0-9_.-])[+-]?[0-9][0-9_]*\.[0-9][0-9_]*(?:[eE][+-]?[0-9_]+)?(?![A-Za-z0-9_.-])"
    r"|[\[{]|[\]}]|[.,\n]|[\"']"              # structure; a lone quote: unterminated string
)


class Refused(Exception):
    """A shape refused at `line`: a vocabulary code (core/vocabulary/reading.py) and its values;
    str() is the English wording."""

    def __init__(self, code: str, line: int, **values: Any):
        self.code, self.line, self.values = code, line, values
        super().__init__(vocab("en").say(code, **values))


def _line(text: str, pos: int) -> int:
    return text.count("\n", 0, pos) + 1


def prescan(text: str) -> None:
    """Refused(message, line) for a shape no report has and tomllib handles badly; else None.
    Whatever else is wrong is left to tomllib, which says it better."""
    # Below every limit nothing can be wrong: most small files skip the pass.
    if text.count(".") < MAX_KEY_PARTS and text.count("[") + text.count("{") <= MAX_NESTING \
            and len(text) < MAX_NUMBER_DIGITS:
        return
    depth = 0
    dots = 0  # in the current key
    key_dots = 0  # in the file, outside the plain lines and table headers
    in_header = False
    tables = 0
    line_start = 0
    size = len(text)
    for match in _TOKENS.finditer(text):
        token = match.group()
        first = token[0]
        if token[-1] == "\n" and len(token) > 1 or first == "\n":  # plain lines, or one newline
            if first != "\n":
                before = tables
                tables += token.count("\n[") + (first == "[")
                if tables > TABLES_FREE and tables * MIN_BYTES_PER_TABLE > size:
                    _too_many_tables(text, match.start(), before)
            dots = 0
            in_header = False
            line_start = match.end()
        elif first == ".":
            dots += 1
            key_dots += not in_header
            if dots >= MAX_KEY_PARTS:
                raise Refused("read.prescan.key_parts", _line(text, match.start()),
                              max=MAX_KEY_PARTS)
            if key_dots > MAX_KEY_DOTS:
                raise Refused("read.prescan.key_dots", _line(text, match.start()),
                              max=_n(MAX_KEY_DOTS))
        elif first in "[{":
            depth += 1
            dots = 0
            if first == "[" and not text[line_start:match.start()].strip(" \t"):
                tables += 1  # a header outside the plain lines (quoted or indented keys)
                in_header = True
                if tables > TABLES_FREE and tables * MIN_BYTES_PER_TABLE > size:
                    _too_many_tables(text, match.start(), tables - 1, run=False)
            if depth > MAX_NESTING:
                raise Refused("read.prescan.nesting", _line(text, match.start()),
                              max=MAX_NESTING)
        elif first in "]}":
            depth = max(depth - 1, 0)
            dots = 0
        elif first == ",":
            dots = 0
        elif first.isdigit() or first in "+-":
            if "." in token or len(token) < MAX_NUMBER_DIGITS:
                continue  # a float
            # Only where a value can start: after "=", "[", "," or a space, not inside a key.
            before = text[max(match.start() - 1, 0)]
            if before in "=[, \t+-":
                raise Refused("read.prescan.long_number", _line(text, match.start()),
                              digits=len(token.replace("_", "")), max=MAX_NUMBER_DIGITS)
        elif first in "\"'":
            if len(token) == 1:
                return  # an unterminated string: tomllib reports it, with its place
        # "#" comments: nothing


def _n(number: int) -> str:
    return f"{number:,}".replace(",", " ")


def _too_many_tables(text: str, pos: int, before: int, run: bool = True) -> None:
    """Refused at the first table over the limit: the header at `pos`, or (`run`) in the run of
    plain lines starting at `pos` after `before` tables."""
    size = len(text)
    limit = max(TABLES_FREE, size // MIN_BYTES_PER_TABLE)
    if run:
        todo = limit + 1 - before  # the todo-th header of the run
        if text[pos] == "[":
            todo -= 1
        for _ in range(todo):
            pos = text.index("\n[", pos) + 1
    raise Refused("read.prescan.tables", _line(text, pos), limit=_n(limit),
                  size=_n(len(text.encode("utf-8"))), free=_n(TABLES_FREE),
                  per_table=MIN_BYTES_PER_TABLE)
