"""Standard output and error of a command, guarded: whatever a command prints (a file name, a key,
a label, a message quoting a value) reaches the terminal with every control character shown as a
visible escape (reportmodel.core.textsafety), so a hostile report cannot set the window title, fill
the clipboard or clear the screen. rich's colours pass when the stream is a terminal.

This is the last line; messages are made visible where they are built too (Problem.format).
"""

from __future__ import annotations

import io
import os
import sys
from contextlib import contextmanager

from reportmodel.core.textsafety import guard_output


def _colours(stream) -> bool:
    """Will rich write colours to this stream? (a terminal, or FORCE_COLOR set)"""
    if os.environ.get("FORCE_COLOR"):
        return True
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError, OSError):
        return False


class GuardedBuffer:
    """The binary side (`sys.stdout.buffer`), for commands that write bytes (export)."""

    def __init__(self, raw, colours: bool):
        self._raw = raw
        self._colours = colours

    def write(self, data: bytes) -> int:
        text = bytes(data).decode("utf-8", "surrogateescape")
        self._raw.write(guard_output(text, colours=self._colours).encode("utf-8",
                                                                         "surrogateescape"))
        return len(data)

    def __getattr__(self, name):
        return getattr(self._raw, name)


class GuardedStream(io.TextIOBase):
    def __init__(self, stream):
        super().__init__()
        self._stream = stream
        self._colours = _colours(stream)

    def write(self, text: str) -> int:
        self._stream.write(guard_output(text, colours=self._colours))
        return len(text)

    def flush(self) -> None:
        self._stream.flush()

    def isatty(self) -> bool:
        return self._stream.isatty()

    def fileno(self) -> int:
        return self._stream.fileno()

    def writable(self) -> bool:
        return True

    @property
    def encoding(self):  # type: ignore[override]
        return getattr(self._stream, "encoding", "utf-8")

    @property
    def errors(self):  # type: ignore[override]
        return getattr(self._stream, "errors", "strict")

    @property
    def buffer(self):
        return GuardedBuffer(self._stream.buffer, self._colours)

    def __getattr__(self, name):
        return getattr(self._stream, name)


@contextmanager
def guarded_output(*, stdout: bool = True):
    """sys.stderr (and sys.stdout unless told not to) guarded for the duration; restored after
    (tests run main()). The editor draws on sys.__stdout__/__stderr__ (Textual), never on these,
    so its commands guard stderr, where their messages go, and leave stdout as it is."""
    saved = sys.stdout, sys.stderr
    if stdout:
        sys.stdout = GuardedStream(saved[0])
    sys.stderr = GuardedStream(saved[1])
    try:
        yield
    finally:
        try:
            sys.stdout.flush()
            sys.stderr.flush()
        except (OSError, ValueError):
            pass
        sys.stdout, sys.stderr = saved
