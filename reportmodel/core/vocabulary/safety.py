"""The one place the vocabulary makes an interpolated value safe for a terminal.

A value put into a message may be the officer's text or a file name, and either may hold control
characters or escape sequences (TOML strings take any character through \\u escapes). Such a value
goes through core's text-safety module (reportmodel.core.textsafety), the table of unsafe
characters the renderers and the command-line guard use too: as in every message, each unsafe
character is shown as a visible escape (ESC -> `\\x1b`, newline -> `\\n`), so the officer sees
that something odd is in the file and where, and nothing reaches the terminal as a command.
Most values hold no control character at all, so a quick search decides first.
"""

from __future__ import annotations

from typing import Any

from reportmodel.core.textsafety import has_unsafe, visible


def terminal_safe(value: Any) -> str:
    """The value as one line of text, every control character or escape shown as an escape."""
    text = str(value)
    if text[:1].isspace() or text[-1:].isspace():
        text = text.strip()
    return visible(text) if has_unsafe(text) else text
