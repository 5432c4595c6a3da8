"""Has the file changed on disk since we read it? (another program, a git pull, a colleague)

A fingerprint is size, modification time and a hash of the bytes: mtime alone misses changes
within the filesystem's time resolution, and a hash alone costs a read on every check. The cheap
fields are compared first; the hash decides.

A file that is gone is not a file that changed: `disk_state` tells the two apart, so the editor
can say "deleted" (save writes it again) rather than "changed on disk" (reload would fail). A
FIFO or device put in the report's place is never read (safe_read), it counts as changed.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass

from reportmodel.io.safe_read import read_limited

SAME, CHANGED, DELETED, APPEARED = "same", "changed", "deleted", "appeared"


@dataclass(frozen=True)
class Fingerprint:
    size: int
    mtime_ns: int
    sha256: str


def fingerprint(path: str | os.PathLike[str]) -> Fingerprint | None:
    """None when the file does not exist (or cannot be read, or is not a regular file)."""
    try:
        st = os.stat(path)
        data = read_limited(path)
    except OSError:
        return None
    return Fingerprint(len(data), st.st_mtime_ns, hashlib.sha256(data).hexdigest())


def disk_state(path: str | os.PathLike[str], seen: Fingerprint | None) -> str:
    """SAME, CHANGED, DELETED (we read it, it is gone) or APPEARED (there was none, now one is)."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return SAME if seen is None else DELETED
    except OSError:
        return SAME if seen is None else CHANGED
    if seen is None:
        return APPEARED
    if st.st_size == seen.size and st.st_mtime_ns == seen.mtime_ns:
        return SAME
    now = fingerprint(path)
    return SAME if now is not None and now.sha256 == seen.sha256 else CHANGED


def changed_since(path: str | os.PathLike[str], seen: Fingerprint | None) -> bool:
    """True if the file on disk is not the one we read (or was removed, or appeared)."""
    return disk_state(path, seen) != SAME
