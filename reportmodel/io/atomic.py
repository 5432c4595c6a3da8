"""Writing a whole file so that a reader only ever sees the old one or the new one.

Used for everything yearend writes besides the report itself (exports, settings, state, recovery
sidecars); the report has its own, stricter save in storage.py (verification, .bak).
"""

from __future__ import annotations

import os
from pathlib import Path


def write_atomically(path: str | os.PathLike[str], data: bytes) -> None:
    """A temporary file in the same directory, fsynced, then os.replace; through a symlink to
    the file it points at. The temporary file is removed if anything fails."""
    target = Path(os.path.realpath(path))
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.yearend-tmp")
    try:
        with open(tmp, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
