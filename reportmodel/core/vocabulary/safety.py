"""The one place the vocabulary makes an interpolated value safe for a terminal.

A value put into a message may be the officer's text or a file name, and either may hold control
characters or escape sequences (TOML strings take any character through \\u escapes). Until the
core's own text-safety function lands, this hands such a value to the renderers'
(render/text_safety.py). Most values hold no control character at all, so a quick search
decides first and the renderers are imported only for a value that needs them: importing them
costs `yearend check` ~50 ms, and core must not import render at load time.
"""

from __future__ import annotations

import re
from typing import Any

# Every character render/text_safety.py removes or turns into a space starts with one of these.
_SUSPECT = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def terminal_safe(value: Any) -> str:
    """The value as one line of text without control characters or escape sequences."""
    text = str(value)
    if _SUSPECT.search(text) is None:
        return text.strip() if text[:1].isspace() or text[-1:].isspace() else text
    # TODO(hostile helper): use reportmodel.core.textsafety once it exists.
    from reportmodel.render.text_safety import one_line

    return one_line(text)
