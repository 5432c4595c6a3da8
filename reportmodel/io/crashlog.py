"""Crash logs in the user's state directory, so a bug costs a file, not a screen of traceback."""

from __future__ import annotations

import datetime as dt
import os
import traceback
from pathlib import Path

import platformdirs


def state_dir() -> Path:
    path = Path(platformdirs.user_state_dir("yearend", appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def write_crash_log(exc: BaseException) -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    try:
        path = state_dir() / f"crash-{stamp}-{os.getpid()}.log"
        path.write_text("".join(traceback.format_exception(exc)), encoding="utf-8")
    except OSError:
        path = Path(os.devnull)
    return path
