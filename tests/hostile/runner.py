"""Run many yearend command lines in one process, each as the real CLI runs it (yearend.main.main)
with its own captured stdout and stderr, and print one JSON line per command line: argv, exit
code, output, seconds and the process's peak memory so far.

Used by test_corpus.py (in a subprocess with RLIMIT_AS set, so a file that costs too much memory
fails the run) and by bench/hostile.py. One process for hundreds of command lines keeps the
suite fast; the real entry point is also run per file in test_corpus.py.

A command line that runs longer than --limit seconds is stopped by SIGALRM with an exception that
is not an Exception (so main()'s crash handler cannot swallow it) and reported as a timeout.

    python -m tests.hostile.runner --limit 20 < argv-lists.json
"""

from __future__ import annotations

import argparse
import io
import json
import os
import resource
import signal
import sys
import time


class Timeout(BaseException):
    pass


def _alarm(signum, frame):
    raise Timeout()


class Capture(io.TextIOWrapper):
    def __init__(self) -> None:
        super().__init__(io.BytesIO(), encoding="utf-8", errors="surrogateescape",
                         write_through=True)

    def isatty(self) -> bool:
        return False

    def value(self) -> str:
        self.flush()
        return self.buffer.getvalue().decode("utf-8", "surrogateescape")


def run_one(argv: list[str], limit: float) -> dict:
    from yearend.main import main

    out, err = Capture(), Capture()
    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = out, err
    signal.setitimer(signal.ITIMER_REAL, limit)
    start = time.perf_counter()
    try:
        try:
            code = main(argv)
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 2
        except Timeout:
            code = "timeout"
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        seconds = time.perf_counter() - start
        sys.stdout, sys.stderr = saved
    return {"argv": argv, "code": code, "out": out.value(), "err": err.value(),
            "seconds": round(seconds, 4),
            "peak_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--limit", type=float, default=20.0)
    args = parser.parse_args()
    signal.signal(signal.SIGALRM, _alarm)
    os.environ.setdefault("COLUMNS", "100")
    os.environ.pop("FORCE_COLOR", None)
    for argv in json.load(sys.stdin):
        result = run_one(argv, args.limit)
        sys.stdout.write(json.dumps(result) + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
