"""Has the file changed on disk since we read it? (another program, a git pull, a colleague)

A fingerprint is size, modification time and a hash of the bytes: mtime alone misses changes
within the filesystem's time resolution, and a hash alone costs a read on every check. The cheap
fields are compared first; the hash decides.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Fingerprint:
    size: int
    mtime_ns: int
    sha256: str


def fingerprint(path: str | os.PathLike[str]) -> Fingerprint | None:
    """None when the file does not exist (or cannot be read)."""
    try:
        data = Path(path).read_bytes()
        st = os.stat(path)
    except OSError:
        return None
    return Fingerprint(len(data), st.st_mtime_ns, hashlib.sha256(data).hexdigest())


def changed_since(path: str | os.PathLike[str], seen: Fingerprint | None) -> bool:
    """True if the file on disk is not the one we read (or was removed, or appeared)."""
    try:
        st = os.stat(path)
    except OSError:
        return seen is not None
    if seen is None:
        return True
    if st.st_size == seen.size and st.st_mtime_ns == seen.mtime_ns:
        return False
    now = fingerprint(path)
    return now is None or now.sha256 != seen.sha256
