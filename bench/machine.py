"""What the figures were measured on: they mean little without it."""

from __future__ import annotations

import os
import platform
import sys
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine() or "unknown CPU"


def _version(package: str) -> str:
    try:
        return version(package)
    except PackageNotFoundError:
        return "not installed"


def describe() -> str:
    cores = os.cpu_count() or 0
    py = ".".join(map(str, sys.version_info[:3]))
    return (f"{cpu_model()}, {cores} cores ({platform.system()} {platform.release()}); "
            f"Python {py} ({platform.python_implementation()}), textual {_version('textual')}, "
            f"rich {_version('rich')}, tomli-w {_version('tomli-w')}")


def load_average() -> str:
    try:
        one, five, _ = os.getloadavg()
    except OSError:
        return "unknown"
    return f"{one:.1f} (1 min), {five:.1f} (5 min)"
