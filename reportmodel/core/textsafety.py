"""Text from a report file is data: before it reaches a terminal or a document it loses, or shows
as visible escapes, every control character and escape sequence it could carry.

TOML strings may hold any character through `\\u` escapes, and keys, file names and scale labels
come from the same untrusted place. A raw ESC can set the window title, put text on the
clipboard (OSC 52), clear the screen or switch to the alternate screen; C1 controls
(U+0080-U+009F) are obeyed as ESC by some terminals; a CR lets "ok" overwrite "FAILED"; bidi
overrides and isolates make text display in another order than it reads. rich's `Text` removes
only BEL, BS, VT, FF and CR (rich 15; checked), so nothing may rely on it.

Three treatments, one table of what is unsafe:
- `clean_text` / `one_line` (the finished report: Markdown, the terminal view) remove a whole
  escape sequence and every control, so the document reads as the officer meant it;
- `visible` (messages, file names, keys, labels in command output) turns each unsafe character
  into a visible escape such as `\\x1b` or `\\u202e`, so the officer sees that something odd is in
  the file and where, and nothing reaches the terminal as a command;
- `pictured` (the editor, which shows the text the officer edits) turns each into one character
  of the same width: a C0 control into its Unicode control picture (ESC -> U+241B), DEL into
  U+2421, the rest into U+FFFD, so the editor's columns stay in place; tab and newline stay.
"""

from __future__ import annotations

import re

# A whole escape sequence goes, not only its ESC: "\x1b]0;title\x07" must not leave "0;title".
_ESCAPE_SEQUENCES = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"                    # CSI: colours, cursor moves, clear screen
    r"|\x1b\][^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"  # OSC: window title, clipboard, hyperlinks
    r"|\x1b[PX^_][^\x1b\x9c]*(?:\x1b\\|\x9c)?"    # DCS, SOS, PM, APC strings
    r"|\x1b[ -/]*[0-~]"                           # any other two-or-more-byte escape
    r"|\x9b[0-?]*[ -/]*[@-~]"                     # C1 CSI
    r"|[\x90\x98\x9d\x9e\x9f][^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"  # C1 string controls
)
# The bidi embeddings, overrides and isolates, and the Arabic letter mark.
BIDI = "\u061c\u202a-\u202e\u2066-\u2069"
# C0 except tab and newline, DEL, C1, bidi and the directional marks: what document text loses.
_CONTROLS = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f{BIDI}\u200e\u200f]")
_BREAKS = re.compile(r"[ \t]*[\n\t][ \t\n]*")
# What a message shows as an escape: every C0 (tab and newline too: a message is one line per
# problem), DEL, C1, bidi, the directional marks and the Unicode line and paragraph separators.
_UNSAFE = f"\x00-\x1f\x7f-\x9f{BIDI}\u200e\u200f\u2028\u2029"
_UNSAFE_ANY = re.compile(f"[{_UNSAFE}]")
_UNSAFE_KEEP_LINES = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f{BIDI}\u200e\u200f\u2028\u2029]")
# Terminal colours (SGR: ESC [ digits m) may pass on a stream that is a terminal: rich writes them
# and they can only colour text; every other sequence is shown as text.
_SGR_OR_UNSAFE = re.compile(f"(\x1b\\[[0-9;:]*m)|[\x00-\x08\x0b-\x1f\x7f-\x9f{BIDI}"
                            "\u200e\u200f\u2028\u2029]")


def clean_text(text: str) -> str:
    """The text without control characters or escape sequences; line ends become "\\n"."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\u2028" in text or "\u2029" in text:  # Unicode's line and paragraph separators
        text = text.replace("\u2028", "\n").replace("\u2029", "\n\n")
    # Every escape sequence starts with a character _CONTROLS matches: one search decides.
    if _CONTROLS.search(text) is None:
        return text
    text = _ESCAPE_SEQUENCES.sub("", text)
    return _CONTROLS.sub("", text)


def one_line(text: str) -> str:
    """For places that hold one line (a heading, a terminal table title): breaks become spaces."""
    text = clean_text(text)
    if "\n" in text or "\t" in text:  # what _BREAKS needs; most titles have neither
        text = _BREAKS.sub(" ", text)
    return text.strip()


_NAMED = {"\n": "\\n", "\t": "\\t", "\r": "\\r"}


def _escape(char: str) -> str:
    if char in _NAMED:
        return _NAMED[char]
    code = ord(char)
    # C0 as \x1b (how terminals and Python write it); the rest as \u009b, \u202e, which is also
    # a JSON escape of the same character, so JSON output (stats, diff) stays valid JSON.
    return f"\\x{code:02x}" if code < 0x20 else f"\\u{code:04x}"


def _escape_match(match: re.Match[str]) -> str:
    return _escape(match.group(0))


def visible(text: str, *, keep_lines: bool = False) -> str:
    """Every control, bidi and line-separator character as a visible escape (ESC -> `\\x1b`,
    RLO -> `\\u202e`, newline -> `\\n`). With keep_lines, newline and tab stay as they are (for
    whole blocks of output whose lines are already safe)."""
    pattern = _UNSAFE_KEEP_LINES if keep_lines else _UNSAFE_ANY
    if pattern.search(text) is None:
        return text
    return pattern.sub(_escape_match, text)


def _picture(match: re.Match[str]) -> str:
    code = ord(match.group(0))
    if code < 0x20:
        return chr(0x2400 + code)
    return "\u2421" if code == 0x7F else "\ufffd"


def pictured(text: str) -> str:
    """Every unsafe character but tab and newline as one visible character: C0 as its control
    picture (ESC -> "␛"), DEL as "␡", C1, bidi controls and line separators as "\ufffd"."""
    if _UNSAFE_KEEP_LINES.search(text) is None:
        return text
    return _UNSAFE_KEEP_LINES.sub(_picture, text)


def _harmless_sgr(sequence: str) -> bool:
    """Colours and text attributes, but not blink (5, 6) or conceal (8): a style from a file
    (a scale's colour "conceal") must not hide or flash text. 38/48 take sub-parameters."""
    params = [p for p in re.split("[;:]", sequence[2:-1])]
    i = 0
    while i < len(params):
        if params[i] in ("38", "48", "58"):
            i += 3 if params[i + 1:i + 2] == ["5"] else 5
            continue
        if params[i] in ("5", "6", "8"):
            return False
        i += 1
    return True


def _sgr_or_escape(match: re.Match[str]) -> str:
    sgr = match.group(1)
    if sgr:
        return sgr if _harmless_sgr(sgr) else "".join(map(_escape_or_keep, sgr))
    return _escape(match.group(0))


def _escape_or_keep(char: str) -> str:
    return _escape(char) if _UNSAFE_ANY.match(char) else char


def guard_output(text: str, *, colours: bool) -> str:
    """A block of command output made safe for a terminal: newlines and tabs kept, colour codes
    kept when `colours` (the stream is a terminal rich colours), everything else visible."""
    if not colours:
        return visible(text, keep_lines=True)
    if _SGR_OR_UNSAFE.search(text) is None:
        return text
    return _SGR_OR_UNSAFE.sub(_sgr_or_escape, text)


def has_unsafe(text: str) -> bool:
    """True when visible() would change the text (for checks and tests)."""
    return _UNSAFE_ANY.search(text) is not None
