"""Recovery copies: the editor's unsaved work, kept in the user's state directory so that a
crash, a kill or a closed terminal costs nothing.

A recovery copy is the canonical TOML of the model (so it loads like any report) written safely,
named after a hash of the report's absolute path so two reports with the same name do not
collide; a small JSON sidecar records which file it belongs to and when it was written. It is
"newer" than the report when it was written after the report's last modification and differs
from it.

The sidecar may also hold `typing`: the text in a box the officer had open and had not finished
(which item, which field, the indicator year, the text). It is not in the TOML because it is not
part of the report yet: restoring puts it back into that box. A copy with typed text is offered
even when the report itself equals the file. Sidecars without it (older copies) read as before.
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
class Typed:
    """Text typed in an open box and not yet part of the report: field `field` of the item at
    `item` (for an indicator value: of the year `year`)."""

    item: tuple[str, ...]
    field: str
    text: str
    year: int | None = None

    def to_json(self) -> dict:
        return {"item": list(self.item), "field": self.field, "year": self.year,
                "text": self.text}

    @staticmethod
    def from_json(data: object) -> Typed | None:
        """None for anything that is not a well-formed entry (a damaged sidecar is ignored)."""
        if not isinstance(data, dict):
            return None
        item, field, text, year = (data.get("item"), data.get("field"), data.get("text"),
                                   data.get("year"))
        if not (isinstance(item, list) and item and all(isinstance(p, str) for p in item)
                and isinstance(field, str) and isinstance(text, str)
                and (year is None or (isinstance(year, int) and not isinstance(year, bool)))):
            return None
        return Typed(tuple(item), field, text, year)


@dataclass(frozen=True)
class Recovery:
    path: Path
    report_path: Path
    written: dt.datetime
    typed: Typed | None = None


def write_recovery(report: m.Report, report_path: str | os.PathLike[str],
                   directory: Path | None = None, typed: Typed | None = None) -> Path:
    """Write (atomically) the recovery copy of unsaved work (and the text of an open box,
    `typed`); returns its path."""
    target = recovery_path(report_path, directory)
    save_report(report, target, backup=False)
    meta = {"report": str(Path(report_path).resolve()),
            "written": dt.datetime.now().astimezone().isoformat()}
    if typed is not None:
        meta["typing"] = typed.to_json()
    write_atomically(target.with_suffix(".json"), json.dumps(meta).encode("utf-8"))
    return target


def _meta(target: Path) -> dict:
    try:
        meta = json.loads(read_limited(target.with_suffix(".json"), 1024 * 1024).decode("utf-8"))
    except (OSError, ValueError, RecursionError):
        return {}
    return meta if isinstance(meta, dict) else {}


def find_recovery(report_path: str | os.PathLike[str],
                  directory: Path | None = None) -> Recovery | None:
    """A recovery copy newer than the report and different from it, if there is one."""
    target = recovery_path(report_path, directory)
    if not target.exists():
        return None
    meta = _meta(target)
    typed = Typed.from_json(meta.get("typing"))
    try:
        copy_mtime = target.stat().st_mtime
        report_mtime = Path(report_path).stat().st_mtime if Path(report_path).exists() else 0
        if copy_mtime < report_mtime:
            return None
        if (typed is None and Path(report_path).exists()
                and read_limited(target) == read_limited(report_path)):
            return None
        written = dt.datetime.fromisoformat(meta["written"])
    except (OSError, ValueError, KeyError, TypeError, RecursionError):
        written = dt.datetime.fromtimestamp(target.stat().st_mtime).astimezone()
    return Recovery(target, Path(report_path), written, typed)


def load_recovery(recovery: Recovery) -> m.Report | None:
    loaded = load_path(recovery.path)
    return loaded.report if not loaded.errors else None


def discard_recovery(report_path: str | os.PathLike[str], directory: Path | None = None) -> None:
    target = recovery_path(report_path, directory)
    target.unlink(missing_ok=True)
    target.with_suffix(".json").unlink(missing_ok=True)


def is_current(report: m.Report, recovery: Recovery) -> bool:
    """True if the recovery copy holds exactly this model and no typed text (nothing to
    restore)."""
    if recovery.typed is not None:
        return False
    try:
        return read_limited(recovery.path) == render(report)
    except OSError:
        return False
