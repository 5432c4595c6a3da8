"""Every reading command against every hostile file (corpus.py): the exit code the file deserves
(2 naming the file, or 0 for a valid one), never a traceback or an internal error, no control
character in the output, within a time and a memory limit.

The limits here are hard failures with a margin for a loaded CI machine: RLIMIT_AS 300 MB on the
process running the commands (a file that needs more fails with MemoryError, which is exit 70),
and 20 s per command line. The 2 s per file the issue asks for is measured, not asserted (a
timed test is flaky on a shared machine): `python -m bench.hostile` runs each command line in its
own process and prints the slowest, against a baseline in the same run (docs/reliability.md).
"""

from __future__ import annotations

import json
import os
import re
import resource
import subprocess
import sys

import pytest

from reportmodel.core.textsafety import visible

from ..conftest import ROOT

MEMORY_LIMIT = 300 * 1024 * 1024
PER_COMMAND_LIMIT = 20.0  # seconds; the rule is 2 s, measured by bench/hostile.py
# What must never reach a terminal: C0 but newline and tab, DEL, C1, bidi, line separators.
UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
                    "\u2028\u2029]")
BASE = ROOT / "tests" / "data" / "numbered-goals.toml"


def limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def environment() -> dict:
    env = {k: v for k, v in os.environ.items() if k != "FORCE_COLOR"}
    env.update(COLUMNS="100", PYTHONPATH=str(ROOT), PAGER="")
    return env


def run_in_one_process(argvs: list[list[str]]) -> list[dict]:
    proc = subprocess.run([sys.executable, "-m", "tests.hostile.runner", "--limit",
                           str(PER_COMMAND_LIMIT)], input=json.dumps(argvs), capture_output=True,
                          text=True, cwd=ROOT, env=environment(), preexec_fn=limit_memory,
                          timeout=60 + PER_COMMAND_LIMIT * 3 + 2 * len(argvs))
    results = [json.loads(line) for line in proc.stdout.splitlines() if line.startswith("{")]
    assert proc.returncode == 0 and len(results) == len(argvs), (
        f"the runner stopped after {len(results)} of {len(argvs)} command lines "
        f"(next: {argvs[len(results)] if len(results) < len(argvs) else None}): "
        f"{proc.stderr[-2000:]}")
    return results


def command_lines(case, out_dir) -> dict[str, list[str]]:
    path = str(case.path)
    return {
        "check": ["check", path],
        "fmt": ["fmt", "--check", path],
        "stats": ["stats", path],
        "export": ["export", path],
        "show": ["show", "--no-pager", "--width", "100", path],
        "diff": ["diff", str(BASE), path],
        "rollover": ["rollover", path, "-o", str(out_dir / f"{case.path.stem}-next.toml"),
                     "--force"],
    }


# `fmt` reads a file with a byte-order mark (and removes the mark), as docs/format.md says.
FMT_REPAIRS = {"utf8-bom"}


def allowed_codes(case, command: str) -> set:
    if command == "fmt" and case.name in FMT_REPAIRS:
        return {1}
    if case.expect == "bad":
        return {2}
    if case.expect == "ok":
        return {0, 1} if command == "fmt" else {0}
    return {0, 1, 2}


def failures_of(case, command: str, result: dict) -> list[str]:
    found = []
    text = result["out"] + result["err"]
    if result["code"] not in allowed_codes(case, command):
        found.append(f"exit {result['code']} (expected {sorted(allowed_codes(case, command))})")
    if "Traceback" in text or "internal error" in text:
        found.append("a traceback or internal error")
    unsafe = UNSAFE.search(text)
    if unsafe:
        found.append(f"the control character {unsafe.group()!r} in the output")
    if result["code"] == 2 and visible(str(case.path)) not in text:
        found.append("the message does not name the file")
    return found


def test_the_corpus_has_at_least_80_files_of_every_kind(corpus):
    assert len(corpus) >= 80
    names = " ".join(c.name for c in corpus)
    for kind in ("escape-", "utf16", "binary", "nul", "bom", "crlf", "cr-only", "nested",
                 "dotted", "long-", "int-5000", "nan", "inf", "date-", "year", "type-", "id-",
                 "chain", "cycle", "fifo", "dev-zero", "socket"):
        assert kind in names, kind
    assert {c.expect for c in corpus} >= {"ok", "bad"}


@pytest.mark.parametrize("command", ["check", "fmt", "stats", "export", "show", "diff",
                                     "rollover"])
def test_every_reading_command_on_every_hostile_file(corpus, command, tmp_path):
    argvs = [command_lines(case, tmp_path)[command] for case in corpus]
    results = run_in_one_process(argvs)
    report = []
    for case, result in zip(corpus, results):
        problems = failures_of(case, command, result)
        if problems:
            report.append(f"{case.name}: {'; '.join(problems)}\n    {result['err'][:300]!r}"
                          f"\n    {result['out'][:300]!r}")
    assert not report, "\n".join(report)
    # The memory rule holds for the whole run, hence for each file (the limit would have been
    # a MemoryError, exit 70, above).
    assert max(r["peak_mb"] for r in results) < MEMORY_LIMIT / 2**20


def test_the_real_command_line_on_the_whole_corpus_at_once(corpus):
    """`yearend check` and `yearend fmt --check` as installed, every file in one call."""
    exe = os.path.join(os.path.dirname(sys.executable), "yearend")
    paths = [str(c.path) for c in corpus]
    for argv in (["check", *paths], ["fmt", "--check", *paths]):
        proc = subprocess.run([exe, *argv], capture_output=True, env=environment(),
                              preexec_fn=limit_memory, timeout=600)
        text = (proc.stdout + proc.stderr).decode("utf-8")
        assert proc.returncode == 2
        assert "Traceback" not in text and "internal error" not in text
        assert UNSAFE.search(text) is None
        for case in corpus:
            if case.expect == "bad":
                assert visible(str(case.path)) in text, case.name


@pytest.mark.parametrize("name", ["fifo.toml", "dev-zero-link.toml", "socket.toml"])
def test_fifos_devices_and_sockets_are_refused_at_once_by_the_real_cli(corpus, name, tmp_path):
    exe = os.path.join(os.path.dirname(sys.executable), "yearend")
    case = next(c for c in corpus if c.name == name)
    for command, argv in command_lines(case, tmp_path).items():
        proc = subprocess.run([exe, *argv], capture_output=True, text=True, env=environment(),
                              preexec_fn=limit_memory, timeout=60)
        assert proc.returncode == 2, (command, proc.stderr)
        assert "inte en rapportfil" in proc.stdout + proc.stderr, command  # Swedish by default
