"""Reading a file yearend did not write (a report, a lock, a settings file) without trusting it.

Anything but a regular file is refused before it is opened for reading: a FIFO would block every
command (and the editor) forever, /dev/zero would be read until memory runs out, a terminal
device would eat keystrokes. The stat is repeated on the open descriptor (opened non-blocking, so
a FIFO swapped in between cannot block the open), and the size limit is enforced while reading,
never after: at most limit + 1 bytes are ever read.
"""

from __future__ import annotations

import os
import stat

from reportmodel.core.problems import CodedError
from reportmodel.core.vocabulary import Figure, Phrase

MAX_REPORT_BYTES = 32 * 1024 * 1024  # a whole municipality's report is ~8 MB; more is not a report

_KINDS = ((stat.S_ISDIR, "directory"), (stat.S_ISFIFO, "fifo"), (stat.S_ISCHR, "chardev"),
          (stat.S_ISBLK, "blockdev"), (stat.S_ISSOCK, "socket"))


def kind_of(mode: int) -> Phrase | None:
    """What a non-regular file is (a phrase of the vocabulary: "a FIFO (named pipe)" in
    English), or None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    for test, name in _KINDS:
        if test(mode):
            return Phrase(f"file.kind.{name}")
    return Phrase("file.kind.other")


class NotRegularFile(CodedError, OSError):
    def __init__(self, kind: str):
        self.kind = kind
        super().__init__("file.not_regular", kind=kind)


class TooLarge(CodedError, OSError):
    def __init__(self, size: int | None, limit: int):
        self.size = size
        self.limit = limit
        if size is None:  # grew while it was read
            super().__init__("file.grew_too_large", limit=Figure(limit / 1e6, 1))
        else:
            super().__init__("file.too_large", size=Figure(size / 1e6, 1),
                             limit=Figure(limit / 1e6, 1))


def read_limited(path: str | os.PathLike[str], limit: int = MAX_REPORT_BYTES) -> bytes:
    """The bytes of a regular file of at most `limit` bytes; NotRegularFile, TooLarge or the
    OSError of stat/open/read otherwise."""
    kind = kind_of(os.stat(path).st_mode)  # through symlinks: what would be read
    if kind:
        raise NotRegularFile(kind)
    flags = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0)
    fd = os.open(path, flags)
    try:
        st = os.fstat(fd)
        kind = kind_of(st.st_mode)
        if kind:  # swapped between the stat and the open
            raise NotRegularFile(kind)
        if st.st_size > limit:
            raise TooLarge(st.st_size, limit)
        chunks: list[bytes] = []
        total = 0
        while total <= limit:
            chunk = os.read(fd, min(1 << 20, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
        if total > limit:  # grew while read, or a file system that lies about sizes
            raise TooLarge(None, limit)
        return b"".join(chunks)
    finally:
        os.close(fd)
