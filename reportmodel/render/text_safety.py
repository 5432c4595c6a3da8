"""Text from a report file is data: before it reaches a terminal or a Markdown document it loses
every control character and escape sequence it could carry.

TOML strings may hold any character through `\\u` escapes, so a report can contain ESC sequences
that clear the screen, set the terminal title or write hyperlinks, C1 controls (U+0080-U+009F)
that some terminals obey as ESC, and bidirectional overrides that make text display in another
order than it reads. rich's `Text` removes only BEL, BS, VT, FF and CR (rich 15; checked), so it
is done here, once, for both the Markdown export and the terminal view.
"""

from __future__ import annotations

import re

# A whole escape sequence goes, not only its ESC: "\x1b]0;title\x07" must not leave "0;title".
_ESCAPE_SEQUENCES = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"                    # CSI: colours, cursor moves, clear screen
    r"|\x1b\][^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"  # OSC: window title, hyperlinks
    r"|\x1b[PX^_][^\x1b\x9c]*(?:\x1b\\|\x9c)?"    # DCS, SOS, PM, APC strings
    r"|\x1b[ -/]*[0-~]"                           # any other two-or-more-byte escape
    r"|\x9b[0-?]*[ -/]*[@-~]"                     # C1 CSI
    r"|[\x90\x98\x9d\x9e\x9f][^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"  # C1 string controls
)
# C0 except tab and newline, DEL, C1, and the bidi embeddings, overrides and isolates.
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_BREAKS = re.compile(r"[ \t]*[\n\t][ \t\n]*")


def clean_text(text: str) -> str:
    """The text without control characters or escape sequences; line ends become "\\n"."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    # Every escape sequence starts with a character _CONTROLS matches: one search decides.
    if _CONTROLS.search(text) is None:
        return text
    text = _ESCAPE_SEQUENCES.sub("", text)
    return _CONTROLS.sub("", text)


def one_line(text: str) -> str:
    """For places that hold one line (a heading, a terminal table title): breaks become spaces."""
    return _BREAKS.sub(" ", clean_text(text)).strip()
