"""`python -m bench --profile FIGURE [--size L]`: where one figure's time goes.

pyinstrument is a developer's tool, not a dependency of yearend: `pip install pyinstrument` into
the venv first. The start-up figure is profiled with `python -X importtime` instead (its time is
imports). Prints the call tree and the functions with the most time of their own.
"""

from __future__ import annotations

import asyncio
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from .workdir import Files

FIGURES = ["load", "save", "export", "show", "diff", "open", "key-down", "key-assess", "check"]


def _work(figure: str, files: Files, size: str) -> Callable[[], object]:
    from reportmodel.core.compare import compare_reports
    from reportmodel.render.diff.render_md import render_markdown
    from reportmodel.render import export_markdown
    from reportmodel.io.storage import load_report, save_report

    path = files.report(size)
    if figure == "load":
        return lambda: load_report(path)
    if figure == "save":
        report, target = files.model(size), files.scratch / "profile-save.toml"
        save_report(report, target)
        return lambda: save_report(report, target)
    if figure == "show":
        import io

        from rich.console import Console

        from reportmodel.render.rich_view import render_report
        return lambda: Console(file=io.StringIO(), width=100, color_system=None).print(
            render_report(report))
    if figure == "export":
        report = files.model(size)
        return lambda: export_markdown(report)
    if figure == "diff":
        old, new = files.model(size), files.mutated_model(size)
        return lambda: render_markdown(compare_reports(old, new))
    if figure == "open":
        from . import tui_figures

        return lambda: asyncio.run(tui_figures._open(lambda: tui_figures.make_editor(path)))
    raise ValueError(figure)


def _importtime(files: Files) -> int:
    code = ("import sys; from yearend.main import main; "
            "main(['check', '--quiet', sys.argv[1]])")
    done = subprocess.run([sys.executable, "-X", "importtime", "-c", code,
                           str(files.report("S"))], capture_output=True, text=True, check=False)
    rows = []
    for line in done.stderr.splitlines():
        if not line.startswith("import time:") or "cumulative" in line:
            continue
        head, cumulative_us, name = line.split("|", 2)
        self_us = head.split(":", 1)[1]
        rows.append((int(cumulative_us), int(self_us), name.rstrip()))
    print("`yearend check` start-up, imports by cumulative time (µs):")
    for cumulative, own, name in sorted(rows, reverse=True)[:30]:
        print(f"{cumulative:>9} {own:>9}  {name}")
    return 0


def _flat(profiler, mode: str) -> list[str]:
    """pyinstrument's flat list without its banner: `seconds  function  file:line`."""
    text = profiler.output_text(unicode=True, color=False, flat=True, flat_time=mode)
    lines = text.splitlines()
    start = next((i + 1 for i, line in enumerate(lines) if line.startswith("Profile at")), 0)
    return [line for line in lines[start:] if line.strip()]


def profile(figure: str, size: str, workdir: Path | None) -> int:
    if figure not in FIGURES:
        print(f"unknown figure {figure!r}; expected one of {', '.join(FIGURES)}", file=sys.stderr)
        return 2
    with Files(workdir) as files:
        if figure == "check":
            return _importtime(files)
        try:
            from pyinstrument import Profiler
        except ImportError:
            print("pyinstrument is not installed: .venv/bin/pip install pyinstrument",
                  file=sys.stderr)
            return 2
        profiler = Profiler(interval=0.0005, async_mode="disabled")
        if figure.startswith("key-"):
            from . import tui_figures

            key = "down" if figure == "key-down" else "2"
            targets = tui_figures.board_goal_paths(files, size, tui_figures.KEY_TARGETS)
            asyncio.run(tui_figures._editor_keys(files.report(size), targets, (key, profiler)))
        else:
            work = _work(figure, files, size)
            work()  # warm: imports and caches, as in the timed runs
            profiler.start()
            work()
            profiler.stop()
        print(profiler.output_text(unicode=True, color=False, show_all=False))
        print("Functions by own time (seconds):")
        print("\n".join(_flat(profiler, "self")[:40]))
        print("\nyearend's own functions by total time, callees included (seconds):")
        ours = [line for line in _flat(profiler, "total") if any(
            f"{package}/" in line for package in ("reportmodel", "tui", "yearend"))]
        print("\n".join(ours[:30]))
    return 0
