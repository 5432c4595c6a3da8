"""Best-of timing, figure and baseline interleaved, on a clock that leaves out the neighbours.

The machines are shared and noisy (engineering-notes: figures move 20-50 % between runs), so a
figure is only ever read against a baseline measured in the same run, right beside it: each
repetition times the figure and the baseline back to back, alternating which goes first, and the
best (smallest) time of each is kept. The best is the run least disturbed by the neighbours; what
the code itself costs cannot be less.

The clock is wall time minus the time the thread spent ready to run but waiting for a CPU
(Linux's /proc/thread-self/schedstat): with two cores and other jobs running, that wait is the
neighbours' share, not ours. Waits for the disk (fsync) and for timers still count.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable
from dataclasses import dataclass, field

# A measurement: either a plain callable (timed here with perf_counter) or one that times itself
# and returns its elapsed seconds (for work that needs untimed set-up, e.g. an app's event loop).
Timed = Callable[[], float]


def run_queue_wait() -> float:
    """Seconds this thread has spent runnable but waiting for a CPU (0 where not on Linux)."""
    try:
        with open("/proc/thread-self/schedstat") as fh:
            return int(fh.read().split()[1]) / 1e9
    except (OSError, IndexError, ValueError):
        return 0.0


def clock() -> float:
    """Seconds, like perf_counter, but standing still while the thread waits for a CPU."""
    return time.perf_counter() - run_queue_wait()


def cpu_timed(fn: Callable[[], object]) -> Timed:
    """A callable that runs `fn` once and returns the CPU time of the whole process (every
    thread). For work done on threads of its own: Typst compiles on a worker thread while the
    calling thread sleeps, so `clock`, which leaves out only the calling thread's wait for a CPU,
    would count the worker's wait (on a loaded machine: 1.9 s of waiting for 1.0 s of work)."""

    def run() -> float:
        start = time.process_time()
        fn()
        return time.process_time() - start

    return run


def timed(fn: Callable[[], object]) -> Timed:
    """A callable that runs `fn` once and returns how long it took (on `clock`)."""

    def run() -> float:
        start = clock()
        fn()
        return clock() - start

    return run


@dataclass
class Pair:
    figure: list[float] = field(default_factory=list)
    baseline: list[float] = field(default_factory=list)

    @property
    def best(self) -> float:
        return min(self.figure)

    @property
    def best_baseline(self) -> float:
        return min(self.baseline)

    @property
    def ratio(self) -> float:
        return self.best / self.best_baseline

    @property
    def reps(self) -> int:
        return len(self.figure)


def interleaved(figure: Timed, baseline: Timed, reps: int, *, min_reps: int = 3,
                budget_s: float | None = None) -> Pair:
    """Time `figure` and `baseline` `reps` times each, interleaved, alternating the order.

    With `budget_s`, stop after `min_reps` once that much wall time has gone, so a slow machine
    still finishes `make bench` in reasonable time (the table shows how many repetitions ran).
    """
    figures, baselines = interleave([figure, baseline], reps, min_reps=min_reps,
                                    budget_s=budget_s)
    return Pair(figures, baselines)


def interleave(fns: list[Timed], reps: int, *, min_reps: int = 3,
               budget_s: float | None = None) -> list[list[float]]:
    """Each of `fns` once per repetition, the order rotated each time; all times of each."""
    times: list[list[float]] = [[] for _ in fns]
    started = time.perf_counter()
    for rep in range(reps):
        order = list(range(len(fns)))
        order = order[rep % len(fns):] + order[:rep % len(fns)]
        for i in order:
            gc.collect()
            times[i].append(fns[i]())
        if budget_s is not None and rep + 1 >= min_reps and \
                time.perf_counter() - started > budget_s:
            break
    return times


def best_of(fn: Timed, reps: int) -> list[float]:
    times = []
    for _ in range(reps):
        gc.collect()
        times.append(fn())
    return times
