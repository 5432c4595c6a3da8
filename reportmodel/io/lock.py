"""Who has a report open: a lock file beside it, so a second editor warns instead of silently
overwriting a colleague's work.

The lock is a separate file (`.NAME.lock`), not a lock on the report itself: saving replaces the
report's inode, and a lock on the old inode would no longer protect the new file. The lock holds
user, host, pid and time as JSON; a lock whose process is gone (same host, pid not running) is
stale and may be taken over. A lock from another host cannot be checked and is reported as is.
"""

from __future__ import annotations

import datetime as dt
import getpass
import json
import os
import socket
import stat
from dataclasses import asdict, dataclass
from pathlib import Path

from reportmodel.io.safe_read import read_limited


@dataclass(frozen=True)
class LockInfo:
    user: str
    host: str
    pid: int
    time: str  # ISO 8601, local time with offset

    def describe(self) -> str:
        return f"{self.user} on {self.host} (process {self.pid}, since {self.time[:16].replace('T', ' ')})"


def lock_path(report: str | os.PathLike[str]) -> Path:
    path = Path(report).resolve()
    return path.with_name(f".{path.name}.lock")


def _me() -> LockInfo:
    try:
        user = getpass.getuser()
    except Exception:  # no user name in a container: the uid will do
        user = str(os.getuid())
    return LockInfo(user, socket.gethostname(), os.getpid(),
                    dt.datetime.now().astimezone().isoformat(timespec="seconds"))


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # exists, owned by someone else
    return True


def read_lock(report: str | os.PathLike[str]) -> LockInfo | None:
    """The lock's holder; None when there is none or it is unreadable (a FIFO, a device, a huge
    or garbled file: never opened or read past 64 kB, so it cannot hang or exhaust memory)."""
    path = lock_path(report)
    try:
        if not stat.S_ISREG(os.lstat(path).st_mode):
            return None
        data = json.loads(read_limited(path, 64 * 1024).decode("utf-8"))
        return LockInfo(str(data["user"]), str(data["host"]), int(data["pid"]), str(data["time"]))
    except (OSError, ValueError, KeyError, TypeError, RecursionError):
        return None


def is_stale(info: LockInfo) -> bool:
    return info.host == socket.gethostname() and not _alive(info.pid)


class LockHeld(Exception):
    def __init__(self, holder: LockInfo):
        self.holder = holder
        super().__init__(f"the report is open in another editor: {holder.describe()}")


def acquire(report: str | os.PathLike[str]) -> LockInfo:
    """Take the lock, or raise LockHeld naming who has it. A stale lock is taken over."""
    path = lock_path(report)
    me = _me()
    payload = json.dumps(asdict(me)).encode("utf-8")
    for _ in range(2):
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        except FileExistsError:
            holder = read_lock(report)
            if holder is not None and holder.pid == me.pid and holder.host == me.host:
                return holder
            if holder is None or is_stale(holder):
                _remove(path)  # unreadable, not a file, or its process is dead: take it over
                continue
            raise LockHeld(holder) from None
        with os.fdopen(fd, "wb") as fh:
            fh.write(payload)
        return me
    holder = read_lock(report)
    raise LockHeld(holder or me)


def _remove(path: Path) -> None:
    """Remove a lock to take it over; a directory in its place is a held lock nobody can take."""
    try:
        path.unlink(missing_ok=True)
    except IsADirectoryError:
        raise LockHeld(LockInfo("?", "?", 0, "")) from None
    except OSError:
        pass  # the O_EXCL create that follows decides


def release(report: str | os.PathLike[str]) -> None:
    """Remove the lock if it is ours."""
    holder = read_lock(report)
    if holder is not None and holder.pid == os.getpid() and holder.host == socket.gethostname():
        lock_path(report).unlink(missing_ok=True)
