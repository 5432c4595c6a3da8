"""A file's name as the officer would type it, for titles and notes."""

from __future__ import annotations

import os
from pathlib import Path


def display_path(path: Path) -> str:
    """Relative to here when below it, else with ~ for the home directory."""
    path = path.resolve()
    try:
        return str(path.relative_to(Path.cwd().resolve()))
    except ValueError:
        pass
    home = Path.home().resolve()
    try:
        return "~" + os.sep + str(path.relative_to(home))
    except ValueError:
        return str(path)
