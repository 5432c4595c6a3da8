"""Figures of the editor, headless and in-process with `App.run_test()`.

Open-to-interactive runs from the app's construction until the startup burst is over: the
screen is mounted, the outline holds its rows, and the last paint before the app falls idle
(everything the officer sees at the start, header progress and detail pane included). A key press
runs from the moment the key event is posted to the app (as the terminal driver posts it) to the
last paint it caused. Paints are timed with `App.post_display_hook`, which Textual calls after
each screen update also when headless (the compositor renders, only the write to the terminal is
skipped). Idle means two 20 ms windows in a row with no paint and under 2 ms of CPU. Times are on
timing.clock (waits for a CPU left out). Pilot's press() is not used for timing: it sleeps about
40 ms per key whatever the app does.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from textual import events
from textual.app import App
from textual.widgets import Tree

from .bare_app import BareTreeApp
from .table import Budget, Row
from .timing import clock, interleaved
from .workdir import Files

TERMINAL = (120, 40)
OPEN_BUDGET = Budget(ratio=1.3)
KEY_BUDGET = Budget(limit=0.030, unit="ms")
OPEN_REPS = {"S": 7, "M": 4, "L": 3}
OPEN_SLICE_S = {"S": 20.0, "M": 40.0, "L": 90.0}
KEY_TARGETS = 10
IDLE_WINDOW_S = 0.02
IDLE_CPU_S = 0.002
TIMEOUT_S = 300.0


class EditorMissing(Exception):
    pass


def editor_class() -> type[App]:
    try:
        from tui.app import YearendApp
    except ImportError as exc:
        raise EditorMissing(f"tui.app.YearendApp cannot be imported ({exc})") from exc
    return YearendApp


def make_editor(path: Path) -> App:
    cls = editor_class()
    try:
        return cls(path, cursor_blink=False)
    except TypeError:
        return cls(path)


@dataclass
class Paints:
    """When the app painted, by perf_counter."""

    times: list[float] = field(default_factory=list)
    own: list[float] = field(default_factory=list)  # timing.clock() at each paint
    cpu: list[float] = field(default_factory=list)  # process_time at each paint

    def attach(self, app: App) -> None:
        def painted() -> None:
            self.times.append(time.perf_counter())
            self.own.append(clock())
            self.cpu.append(time.process_time())

        app.post_display_hook = painted  # type: ignore[method-assign]


def outline_tree(app: App) -> Tree | None:
    """The screen's Tree once it has rows (the editor's outline, the bare app's tree)."""
    try:
        trees = list(app.screen.query(Tree))
    except Exception:
        return None
    for tree in trees:
        if tree.root.children:
            return tree
    return None


async def until_idle(paints: Paints, timeout: float = TIMEOUT_S) -> None:
    quiet, start = 0, time.perf_counter()
    while quiet < 2:
        n, cpu = len(paints.times), time.process_time()
        await asyncio.sleep(IDLE_WINDOW_S)
        idle = len(paints.times) == n and time.process_time() - cpu < IDLE_CPU_S
        quiet = quiet + 1 if idle else 0
        if time.perf_counter() - start > timeout:
            raise TimeoutError("the app did not fall idle")


async def until_populated(app: App, timeout: float = TIMEOUT_S) -> Tree:
    start = time.perf_counter()
    while True:
        tree = outline_tree(app)
        if tree is not None:
            return tree
        if time.perf_counter() - start > timeout:
            raise TimeoutError(f"no populated Tree on {app.screen!r}: did the report open?")
        await asyncio.sleep(0.001)


def depth(node) -> int:
    d = -1
    while node.parent is not None:
        node = node.parent
        d += 1
    return d


async def _open(make: Callable[[], App], shape: list[list[int]] | None = None) -> float:
    """Seconds (on timing.clock) from the app's construction to the last paint of its start."""
    start = clock()
    app = make()
    paints = Paints()
    paints.attach(app)
    async with app.run_test(size=TERMINAL):
        tree = await until_populated(app)
        populated = clock()
        await until_idle(paints)
        last = max([t for t in paints.own if t >= populated] or [populated])
        if shape is not None:
            shape.append([depth(node) for node in _rows(tree)])
    return last - start


def _rows(tree: Tree):
    stack = list(reversed(tree.root.children))
    while stack:
        node = stack.pop()
        yield node
        stack.extend(reversed(node.children))


_SHAPES: dict[Path, list[int]] = {}


def rows_of_editor(path: Path) -> list[int]:
    """The depths of the editor's outline rows for `path` (an untimed warm-up run, once)."""
    if path not in _SHAPES:
        shape: list[list[int]] = []
        asyncio.run(_open(lambda: make_editor(path), shape))
        _SHAPES[path] = shape[0]
    return _SHAPES[path]


def open_to_interactive(files: Files, size: str, quick: bool) -> tuple[Row, Row]:
    """The editor against the bare app (tomllib + Tree, the budget) and, for the notes, against
    the Tree alone."""
    path = files.report(size)
    depths = rows_of_editor(path)
    asyncio.run(_open(lambda: BareTreeApp(path, depths)))  # warm-up
    pair = interleaved(lambda: asyncio.run(_open(lambda: make_editor(path))),
                       lambda: asyncio.run(_open(lambda: BareTreeApp(path, depths))),
                       2 if quick else OPEN_REPS[size], min_reps=2, budget_s=OPEN_SLICE_S[size])
    tree_only = asyncio.run(_open(lambda: BareTreeApp(path, depths, parse=False)))
    row = Row(f"open-to-interactive ({len(depths)} rows)", size, pair.best, "s",
              "tomllib + bare Tree app", pair.best_baseline, OPEN_BUDGET, pair.reps)
    info = Row("open-to-interactive vs the Tree alone", size, pair.best, "s",
               "bare Tree app, no file", tree_only, None, pair.reps)
    return row, info


# -- key presses ---------------------------------------------------------------------------------
@dataclass
class Presses:
    wall: list[float] = field(default_factory=list)  # key posted -> last paint
    own: list[float] = field(default_factory=list)  # the same, minus waits for a CPU
    cpu: list[float] = field(default_factory=list)  # CPU time the process spent in between


async def _press(app: App, paints: Paints, key: str, into: Presses, profiler=None) -> None:
    """Post `key` as the driver would; time until the last paint it caused. A pyinstrument
    `profiler` runs from the key to idle."""
    await until_idle(paints)
    event = events.Key(key, key if len(key) == 1 else None)
    event.set_sender(app)
    before = len(paints.times)
    if profiler is not None:
        profiler.start()
    own, cpu, start = clock(), time.process_time(), time.perf_counter()
    app.post_message(event)
    await until_idle(paints)
    if profiler is not None:
        profiler.stop()
    if len(paints.times) == before:
        raise RuntimeError(f"key {key!r} caused no paint: is the cursor where the bench thinks?")
    into.wall.append(paints.times[-1] - start)
    into.own.append(paints.own[-1] - own)
    into.cpu.append(paints.cpu[-1] - cpu)


def board_goal_paths(files: Files, size: str, n: int) -> list[tuple[str, ...]]:
    """`n` nämndsmål spread through the report, none already Delvis (so "2" changes each)."""
    goals = [g for g in files.model(size).goals.values()
             if g.level == "namndsmal" and g.assessment != "delvis" and g.activities]
    step = max(1, len(goals) // n)
    return [("goals", g.id) for g in goals[step // 2::step][:n]]


async def _editor_keys(path: Path, targets: list[tuple[str, ...]],
                       profile: tuple[str, object] | None = None) -> dict[str, Presses]:
    """Each key on each target; with `profile` = (key, profiler), that key is profiled."""
    app = make_editor(path)
    paints = Paints()
    paints.attach(app)
    times = {"down": Presses(), "2": Presses()}
    async with app.run_test(size=TERMINAL):
        await until_populated(app)
        outline = outline_tree(app)
        for target in targets:
            for key in times:
                outline.go_to_path(target)  # the editor's own "go to item"
                profiler = profile[1] if profile is not None and profile[0] == key else None
                await _press(app, paints, key, times[key], profiler)
    return times


async def _bare_keys(path: Path, depths: list[int], lines: list[int]) -> dict[str, Presses]:
    app = BareTreeApp(path, depths)
    paints = Paints()
    paints.attach(app)
    times = {"down": Presses(), "2": Presses()}
    async with app.run_test(size=TERMINAL):
        tree = await until_populated(app)
        for line in lines:
            for key in times:
                tree.move_cursor_to_line(line)
                await _press(app, paints, key, times[key])
    return times


def keypresses(files: Files, size: str, quick: bool) -> tuple[list[Row], dict[str, Presses]]:
    path = files.report(size)
    depths = rows_of_editor(path)
    targets = board_goal_paths(files, size, 4 if quick else KEY_TARGETS)
    editor = asyncio.run(_editor_keys(path, targets))
    lines = [int(len(depths) * (i + 0.5) / len(targets)) for i in range(len(targets))]
    bare = asyncio.run(_bare_keys(path, depths, lines))
    rows = []
    for key, name, floor in (("down", "key press: move down (↓)", "same key, bare Tree app"),
                             ("2", "key press: assess with 2", "relabel the row, bare Tree app")):
        ed = editor[key]
        rows.append(Row(name, size, min(ed.own), "ms", floor, min(bare[key].own), KEY_BUDGET,
                        len(ed.own), extra_note=f"CPU {min(ed.cpu) * 1000:.0f} ms"))
    return rows, editor
