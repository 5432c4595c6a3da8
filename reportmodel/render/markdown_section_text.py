"""A narrative section's `text` is Markdown by the format's definition (docs/format.md): its
headings, lists and tables (the economy and personnel tables) pass through as written. But it is
spliced into a larger document, and must not be able to break that document's structure:

- its headings are nested under the section's heading: the text's highest heading becomes one
  level below the section's, the rest keep their distance from it (capped at level 6);
  a setext heading (a line underlined with === or ---) is rewritten as an ATX `#` heading;
- raw HTML is escaped (`<div>` is shown as text): an unclosed `<!--` or `<pre>` would swallow
  everything after the section, and HTML is not what a report's text means;
- a code fence left open at the end is closed, for the same reason;
- control characters and escape sequences are removed, as from every user text.

markdown-it-py (a dependency of rich) finds the headings and code blocks, so the rewriting works
on the same reading of the text as a Markdown renderer's, and the text is otherwise left as is.
"""

from __future__ import annotations

import re
from functools import lru_cache

from markdown_it import MarkdownIt

from reportmodel.render.text_safety import clean_text

MAX_HEADING = 6
_TAG_START = re.compile(r"<(?=[A-Za-z/!?])")
_BACKTICKS = re.compile(r"`+")
# What may stand before an ATX heading's `#` inside containers: quote markers and list bullets.
_ATX = re.compile(r"^((?:[ \t]*(?:>|[-+*](?=[ \t])|\d{1,9}[.)](?=[ \t])))*[ \t]*)"
                  r"(#{1,6})(?=[ \t]|$)")
_CLOSING_FENCE = re.compile(r"^[ ]{0,3}(`{3,}|~{3,})[ \t]*$")


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    return MarkdownIt("commonmark").enable(["table", "strikethrough"])


def _escape_html_in_line(line: str) -> str:
    """`<` that would open a tag, comment or declaration, escaped outside code spans."""
    out: list[str] = []
    pos = 0
    while pos < len(line):
        tick = _BACKTICKS.search(line, pos)
        if tick is None:
            out.append(_TAG_START.sub(r"\\<", line[pos:]))
            break
        out.append(_TAG_START.sub(r"\\<", line[pos:tick.start()]))
        # A code span runs to the next run of exactly as many backticks on the line.
        closer = re.compile(r"(?<!`)" + re.escape(tick.group()) + r"(?!`)")
        end = closer.search(line, tick.end())
        if end is None:
            out.append(tick.group())
            pos = tick.end()
        else:
            out.append(line[tick.start():end.end()])
            pos = end.end()
    return "".join(out)


def _code_lines(tokens) -> set[int]:
    lines: set[int] = set()
    for token in tokens:
        if token.type in ("fence", "code_block") and token.map:
            lines.update(range(token.map[0], token.map[1]))
    return lines


def nest_section_text(text: str, section_level: int) -> str:
    """The section's Markdown, safe to place under a heading of `section_level`."""
    text = clean_text(text).strip("\n")
    if not text.strip():
        return ""
    md = _parser()
    lines = text.split("\n")
    code = _code_lines(md.parse(text))
    lines = [line if i in code else _escape_html_in_line(line) for i, line in enumerate(lines)]
    text = "\n".join(lines)
    tokens = md.parse(text)

    headings = [t for t in tokens if t.type == "heading_open" and t.map]
    replace: dict[int, str | None] = {}  # line index -> new line, or None to drop it
    if headings:
        top = min(int(t.tag[1]) for t in headings)
        shift = section_level + 1 - top
        for token in headings:
            level = min(MAX_HEADING, int(token.tag[1]) + shift)
            first, end = token.map
            if token.markup.startswith("#"):
                match = _ATX.match(lines[first])
                if match:
                    replace[first] = match.group(1) + "#" * level + lines[first][match.end():]
                else:  # a form we cannot rewrite: keep the words, drop the heading
                    replace[first] = lines[first].replace("#", "\\#", 1)
            elif token.level == 0:
                content = " ".join(line.strip() for line in lines[first:end - 1])
                replace[first] = "#" * level + " " + content
                for i in range(first + 1, end):
                    replace[i] = None
            else:  # a setext heading inside a list or quote: its underline becomes text
                underline = lines[end - 1]
                at = len(underline) - len(underline.lstrip(" >\t"))
                replace[end - 1] = underline[:at] + "\\" + underline[at:]

    out = [replace.get(i, line) for i, line in enumerate(lines)]
    out = [line for line in out if line is not None]
    for token in tokens:
        if token.type == "fence" and token.level == 0 and token.map:
            last = lines[token.map[1] - 1]
            closing = _CLOSING_FENCE.match(last)
            closed = (token.map[1] - 1 > token.map[0] and closing is not None
                      and closing.group(1)[0] == token.markup[0]
                      and len(closing.group(1)) >= len(token.markup))
            if not closed:
                out.append(token.markup)
    return "\n".join(out).rstrip()
