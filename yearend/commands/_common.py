"""Helpers shared by commands: printing problems and loading with a clean failure."""

from __future__ import annotations

import sys

from reportmodel.core.problems import Problem
from reportmodel.io.storage import Loaded, load_path

EXIT_OK, EXIT_PROBLEMS, EXIT_BAD_INPUT = 0, 1, 2


def print_problems(filename: str, problems: list[Problem], stream=None) -> None:
    stream = stream or sys.stderr
    for problem in problems:
        print(problem.format(filename), file=stream)


def load_or_report(filename: str) -> Loaded | None:
    """The loaded report, or None after printing why it could not be loaded (exit 2)."""
    loaded = load_path(filename)
    if loaded.errors or loaded.report is None:
        print_problems(filename, loaded.errors)
        n = len(loaded.errors)
        print(f"{filename}: {n} error{'s' if n != 1 else ''}; not a valid report", file=sys.stderr)
        return None
    return loaded
