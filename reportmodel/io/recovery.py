"""Recovery copies: the editor's unsaved work, kept in the user's state directory so that a
crash, a kill or a closed terminal costs nothing.

A recovery copy is the canonical TOML of the model (so it loads like any report) written safely,
named after a hash of the report's absolute path so two reports with the same name do not
collide; a small JSON sidecar records which file it belongs to and when it was written. It is
"newer" than the report when it was written after the report's last modification and differs
from it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

from reportmodel.core import model as m
from reportmodel.io.atomic import write_atomically
from reportmodel.io.safe_read import read_limited
from reportmodel.io.storage import load_path, render, save_report


def state_dir() -> Path:
    import platformdirs

    path = Path(platformdirs.user_state_dir("yearend", appauthor=False)) / "recovery"
    path.mkdir(parents=True, exist_ok=True)
    return path


def _key(report_path: str | os.PathLike[str]) -> str:
    absolute = str(Path(report_path).resolve())
    return hashlib.sha256(absolute.encode("utf-8")).hexdigest()[:16]


def recovery_path(report_path: str | os.PathLike[str], directory: Path | None = None) -> Path:
    directory = directory or state_dir()
    return directory / f"{Path(report_path).stem}-{_key(report_path)}.toml"


@dataclass(frozen=True)
class Recovery:
    path: Path
    report_path: Path
    written: dt.datetime


def write_recovery(report: m.Report, report_path: str | os.PathLike[str],
                   directory: Path | None = None) -> Path:
    """Write (atomically) the recovery copy of unsaved work; returns its path."""
    target = recovery_path(report_path, directory)
    save_report(report, target, backup=False)
    write_atomically(target.with_suffix(".json"), json.dumps(
        {"report": str(Path(report_path).resolve()),
         "written": dt.datetime.now().astimezone().isoformat()}).encode("utf-8"))
    return target


def find_recovery(report_path: str | os.PathLike[str],
                  directory: Path | None = None) -> Recovery | None:
    """A recovery copy newer than the report and different from it, if there is one."""
    target = recovery_path(report_path, directory)
    if not target.exists():
        return None
    try:
        copy_mtime = target.stat().st_mtime
        report_mtime = Path(report_path).stat().st_mtime if Path(report_path).exists() else 0
        if copy_mtime < report_mtime:
            return None
        if Path(report_path).exists() and read_limited(target) == read_limited(report_path):
            return None
        meta = json.loads(read_limited(target.with_suffix(".json"), 64 * 1024).decode("utf-8"))
        written = dt.datetime.fromisoformat(meta["written"])
    except (OSError, ValueError, KeyError, TypeError, RecursionError):
        written = dt.datetime.fromtimestamp(target.stat().st_mtime).astimezone()
    return Recovery(target, Path(report_path), written)


def load_recovery(recovery: Recovery) -> m.Report | None:
    loaded = load_path(recovery.path)
    return loaded.report if not loaded.errors else None


def discard_recovery(report_path: str | os.PathLike[str], directory: Path | None = None) -> None:
    target = recovery_path(report_path, directory)
    target.unlink(missing_ok=True)
    target.with_suffix(".json").unlink(missing_ok=True)


def is_current(report: m.Report, recovery: Recovery) -> bool:
    """True if the recovery copy holds exactly this model (nothing to restore)."""
    try:
        return read_limited(recovery.path) == render(report)
    except OSError:
        return False
