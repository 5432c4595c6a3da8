"""Writing a whole file so that a reader only ever sees the old one or the new one, and so that
writing cannot be turned against the officer.

Used for everything yearend writes (exports, settings, state, recovery sidecars); the report's
own save (storage.py) uses the same pieces and adds verification and the .bak.

The rules, each from a probe that broke them (issue 12):
- through a symlink to the file it points at, the link kept (a shared report stays shared);
- the target's permission bits kept, and its owner and group where allowed (root saving another
  user's file leaves it theirs; a 0600 report stays 0600);
- a read-only target (no write bit, or not writable by this user) refused, never replaced;
- never onto a device, FIFO, socket or directory (`-o /dev/null` as root replaced the node);
- never over a file that holds a report, except by the report's own save;
- the temporary file created with O_EXCL under an unpredictable name in the target's directory
  (tempfile.mkstemp), so a symlink planted at a guessable name cannot redirect the write.
"""

from __future__ import annotations

import os
import re
import stat
import tempfile
from pathlib import Path

from reportmodel.core.problems import SaveError
from reportmodel.io.safe_read import kind_of

TMP_SUFFIX = ".yearend-tmp"
_REPORT_HEAD = re.compile(rb"(?m)^[ \t]*(?:format_version[ \t]*=|\[[ \t]*(?:report|meta)[ \t]*\])")


class UnsafeTarget(SaveError, OSError):
    """A write refused before anything was written (an OSError too, for callers that catch
    the errors of writing a file)."""


def resolve_target(path: str | os.PathLike[str]) -> Path:
    """The file a write to `path` must change: symlinks followed (the links stay as they are)."""
    return Path(os.path.realpath(path))


def looks_like_report(target: Path) -> bool:
    """Does this regular file hold a yearend report? (its head has format_version or [report])"""
    try:
        fd = os.open(target, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0))
    except OSError:
        return False
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return False
        head = os.read(fd, 8192)
    except OSError:
        return False
    finally:
        os.close(fd)
    return _REPORT_HEAD.search(head) is not None


def inspect_target(target: Path, *, may_hold_report: bool) -> os.stat_result | None:
    """The target's stat (None when it does not exist yet), or UnsafeTarget saying why not."""
    try:
        st = os.stat(target)
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise UnsafeTarget("save.cannot_inspect", file=target, reason=exc.strerror or exc) \
            from exc
    kind = kind_of(st.st_mode)
    if kind:
        raise UnsafeTarget("save.not_regular", file=target, kind=kind)
    if not st.st_mode & 0o222 or (os.geteuid() != 0 and not os.access(target, os.W_OK)):
        raise UnsafeTarget("save.read_only", file=target, mode=stat.filemode(st.st_mode))
    if not may_hold_report and looks_like_report(target):
        raise UnsafeTarget("save.holds_report", file=target)
    return st


def _umask() -> int:
    try:  # Linux: read it without changing it (os.umask would, for a moment, in every thread)
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def create_temp(target: Path, st: os.stat_result | None,
                new_mode: int | None = None) -> tuple[int, Path]:
    """An exclusive, unpredictably named temporary file beside target, with target's mode and
    (where allowed) owner; a new file gets `new_mode` or what the umask gives."""
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.{os.getpid()}.", suffix=TMP_SUFFIX,
                                dir=target.parent)
    try:
        if st is not None:
            if (st.st_uid, st.st_gid) != (os.geteuid(), os.getegid()):
                try:
                    os.fchown(fd, st.st_uid, st.st_gid)  # root: the file stays its owner's
                except OSError:
                    try:
                        os.fchown(fd, -1, st.st_gid)  # a user may keep a group they are in
                    except OSError:
                        pass
            mode = stat.S_IMODE(st.st_mode)
        else:
            mode = new_mode if new_mode is not None else 0o666 & ~_umask()
        os.fchmod(fd, mode)
    except BaseException:
        os.close(fd)
        os.unlink(name)
        raise
    return fd, Path(name)


def fsync_dir(directory: Path) -> None:
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def write_atomically(path: str | os.PathLike[str], data: bytes, *,
                     new_mode: int | None = None, may_hold_report: bool = False) -> Path:
    """Write data to path (through a symlink to its target) so that readers see the old or the
    new file, never a mix. Returns the file written. UnsafeTarget (an OSError and a SaveError)
    when the target must not be written; the OSError of the write otherwise, and then the
    temporary file is gone and the target untouched. Only a writer of reports (git's merge
    driver writing the merged report onto OURS) passes may_hold_report=True."""
    target = resolve_target(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    st = inspect_target(target, may_hold_report=may_hold_report)
    fd, tmp = create_temp(target, st, new_mode)
    try:
        with open(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    fsync_dir(target.parent)
    return target
