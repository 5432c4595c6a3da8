"""A cheap look at a report's text before tomllib parses it, for the shapes that make tomllib slow
or crash although the file is small: a dotted key of thousands of parts (tomllib is quadratic in
the parts: 100 000 parts in 200 kB took 16 s), arrays or inline tables nested hundreds deep
(recursion), and integers longer than Python converts (ValueError, not a TOML error).

One regular-expression pass over the tokens that matter (strings and comments are skipped whole,
so a comment full of dots is fine); a report pays about 25 ms per megabyte (Kalmar 2022 x 40,
6.7 MB: 0.16 s), against tomllib's 300 ms.
"""

from __future__ import annotations

import re

from reportmodel.core.values import MAX_NUMBER_DIGITS

MAX_KEY_PARTS = 8  # real reports use at most 6: goals.x.indicators.y.years.2022; tomllib
# pays per part and per prefix, so fewer parts per key is the cheapest file of a given size
MAX_NESTING = 64  # [ and { inside each other; real reports use 3

_TOKENS = re.compile(
    r'"""(?:[^"\\]++|\\[\s\S]|"(?!""))*+"""'   # multi-line basic string
    r"|'''[\s\S]*?'''"                         # multi-line literal string
    r'|"(?:[^"\\\n]++|\\.)*+"'                 # basic string
    r"|'[^'\n]*+'"                             # literal string
    r"|#[^\n]*+"                               # comment
    r"|(?<![0-9_])[0-9][0-9_]{%d,}" % (MAX_NUMBER_DIGITS - 1)  # an integer Python will not convert
    + r"|[\[{]|[\]}]|[.,\n]|[\"']"              # structure; a lone quote: unterminated string
)


class Refused(Exception):
    def __init__(self, message: str, line: int):
        self.line = line
        super().__init__(message)


def prescan(text: str) -> None:
    """Refused(message, line) for a shape no report has and tomllib handles badly; else None.
    Whatever else is wrong is left to tomllib, which says it better."""
    # Below both limits nothing can be wrong: most small files skip the pass.
    if text.count(".") < MAX_KEY_PARTS and text.count("[") + text.count("{") <= MAX_NESTING \
            and len(text) < MAX_NUMBER_DIGITS:
        return
    line = 1
    depth = 0
    dots = 0
    for match in _TOKENS.finditer(text):
        token = match.group()
        first = token[0]
        if first == "\n":
            line += 1
            dots = 0
        elif first == ".":
            dots += 1
            if dots >= MAX_KEY_PARTS:
                raise Refused(f"a dotted key of more than {MAX_KEY_PARTS} parts (a report's "
                              "keys have at most 6, e.g. goals.x.indicators.y.years.2022)", line)
        elif first in "[{":
            depth += 1
            dots = 0
            if depth > MAX_NESTING:
                raise Refused(f"TOML nested too deeply: arrays or tables more than {MAX_NESTING} "
                              "levels inside each other (a report nests a few)", line)
        elif first in "]}":
            depth = max(depth - 1, 0)
            dots = 0
        elif first == ",":
            dots = 0
        elif first.isdigit():
            # Only where a value can start: after "=", "[", "," or a space, not inside a key.
            before = text[max(match.start() - 1, 0)]
            if before in "=[, \t+-":
                raise Refused(f"a number of {len(token.replace('_', ''))} digits; yearend reads "
                              f"numbers of up to {MAX_NUMBER_DIGITS} digits", line)
        elif first in "\"'":
            if len(token) == 1:
                return  # an unterminated string: tomllib reports it, with its place
            line += token.count("\n")
        # "#" comments: nothing
