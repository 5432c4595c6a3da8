"""The one place the vocabulary makes an interpolated value safe for a terminal.

A value put into a message may be the officer's text or a file name, and either may hold control
characters or escape sequences (TOML strings take any character through \\u escapes). Until the
core's own text-safety function lands, this borrows the renderers' (render/text_safety.py); the
import is here, inside the function, so that swapping it is a one-line change and core does not
import render when the module is loaded.
"""

from __future__ import annotations

from typing import Any


def terminal_safe(value: Any) -> str:
    """The value as one line of text without control characters or escape sequences."""
    # TODO(hostile helper): use reportmodel.core.textsafety once it exists (layers: core must
    # not import render).
    from reportmodel.render.text_safety import one_line

    return one_line(str(value))
