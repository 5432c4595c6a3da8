"""The real editor in a real terminal (tmux, on its own server socket), killed while the officer
types: `kill -9` after ten seconds of typing, and a closed terminal (SIGHUP). Then the editor is
opened again and must offer the text back and put it into the box it was typed in.

Every wait is on a condition (a file appears, the copy holds the text, the screen shows a word)
with a generous timeout: the machine may be loaded. The one measured quantity, how much typing a
kill -9 loses, is asserted against a bound well above the design's 1.5 s (the copy is written at
most TYPING_DELAY after a key) so that load cannot fail it, and printed.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
import tomllib
import uuid
from pathlib import Path

import pytest

from reportmodel.io import recovery

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "sample_data" / "kalmar-2022.toml"
YEAREND = Path(sys.executable).with_name("yearend")

pytestmark = pytest.mark.skipif(shutil.which("tmux") is None, reason="needs tmux")


class Terminal:
    """One tmux server of our own (-L), one window of 100x30 running `yearend edit`."""

    def __init__(self, tmp: Path, env: dict[str, str]) -> None:
        self.socket = f"yearend-test-{uuid.uuid4().hex[:10]}"
        self.env = env
        self.tmp = tmp
        self.pids: list[int] = []

    def tmux(self, *args: str, check: bool = True) -> str:
        done = subprocess.run(["tmux", "-L", self.socket, *args], capture_output=True,
                              text=True, env=self.env, timeout=60)
        if check and done.returncode != 0:
            raise RuntimeError(f"tmux {args}: {done.stderr}")
        return done.stdout

    def start(self, report: Path) -> int:
        self.tmux("new-session", "-d", "-s", "t", "-x", "100", "-y", "30",
                  f"exec {YEAREND} edit {report}")
        pid = int(self.tmux("display-message", "-p", "-t", "t", "#{pane_pid}").strip())
        self.pids.append(pid)
        return pid

    def screen(self) -> str:
        return self.tmux("capture-pane", "-p", "-t", "t", check=False)

    def keys(self, *keys: str, literal: bool = False) -> None:
        self.tmux("send-keys", "-t", "t", *(["-l"] if literal else []), *keys)

    def close(self) -> None:
        self.tmux("kill-server", check=False)


def wait_for(condition, timeout: float = 60.0, what: str = "", shown=None) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.05)
    assert condition(), f"timed out waiting for {what}" + (f":\n{shown()}" if shown else "")


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    try:  # a zombie (tmux has not reaped it yet) is gone for our purposes
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().split(") ")[1][0] != "Z"
    except OSError:
        return False


@pytest.fixture
def setup(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("TMUX")}
    for name in ("XDG_STATE_HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
        env[name] = str(tmp_path / name.lower())
    env["TERM"] = "xterm-256color"
    env.pop("NO_COLOR", None)
    report = tmp_path / "kalmar.toml"
    shutil.copy(SAMPLE, report)
    terminal = Terminal(tmp_path, env)
    old = {k: os.environ.get(k) for k in ("XDG_STATE_HOME",)}
    os.environ["XDG_STATE_HOME"] = env["XDG_STATE_HOME"]  # recovery.* below looks there
    yield terminal, report
    terminal.close()
    # Known, not fixed here: an editor whose terminal is closed after it has run a while can
    # hang at its exit in Textual's writer thread (two threads asleep in a futex, the signal
    # handlers already gone; the recovery copy and the lock were handled before). Seen in about
    # one run in three of these tests. Reaped here so that no test leaves a process behind.
    for pid in terminal.pids:
        deadline = time.monotonic() + 20
        while alive(pid) and time.monotonic() < deadline:
            time.sleep(0.1)
        if alive(pid):
            print(f"editor {pid} did not stop when its terminal closed: killed")
            os.kill(pid, signal.SIGKILL)
    for k, v in old.items():
        if v is None:
            os.environ.pop(k, None)
        else:
            os.environ[k] = v


def typed_in_copy(report: Path) -> str | None:
    sidecar = recovery.recovery_path(report).with_suffix(".json")
    try:
        meta = json.loads(sidecar.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    typing = meta.get("typing") if isinstance(meta, dict) else None
    return typing.get("text") if isinstance(typing, dict) else None


def open_box(terminal: Terminal, report: Path) -> int:
    pid = terminal.start(report)
    lock = report.with_name(f".{report.name}.lock")
    wait_for(lambda: lock.exists() and "Kalmar" in terminal.screen(), what="the editor")
    terminal.keys("n")  # the first item that needs attention
    wait_for(lambda: "Status saknas" in terminal.screen() or "saknas" in terminal.screen(),
             what="an item")
    terminal.keys("c")
    wait_for(lambda: "Redigerar" in terminal.screen(), what="the form")
    return pid


def reopen_and_restore(terminal: Terminal, report: Path, expected: str, pid: int) -> None:
    """Open again: the prompt shows the text; `r` puts it back into the box; Esc, ctrl+s save
    it into the report (so it was in that item's box, not elsewhere)."""
    terminal.close()
    # Until it is reaped, a killed editor's process still exists (a zombie) and its lock looks
    # held: a shell reaps at once; here the closed tmux server's child goes to init.
    wait_for(lambda: not Path(f"/proc/{pid}").exists(), what="the old editor reaped")
    terminal.socket = f"yearend-test-{uuid.uuid4().hex[:10]}"
    again = terminal.start(report)
    wait_for(lambda: "Osparat arbete finns kvar" in terminal.screen(), what="the restore prompt",
             shown=terminal.screen)
    assert "Text som skrevs i Kommentar" in terminal.screen()  # the box and its text listed
    terminal.keys("r")
    # A text box has focus when the key bar shows its keys ("esc Klar, behåll texten"); the
    # text itself is checked in the saved file (the screen wraps it, a toast may cover a line).
    wait_for(lambda: "Redigerar" in terminal.screen() and "behåll texten" in terminal.screen(),
             what="the box with the text", shown=terminal.screen)
    terminal.keys("Escape")
    wait_for(lambda: "Redigerar" not in terminal.screen(), what="the form closed")
    terminal.keys("C-s")
    wait_for(lambda: any(expected in s for s in strings(report)), what="the saved text")
    assert recovery.find_recovery(report) is None
    terminal.close()  # the fixture reaps the editor if it does not stop (see the note there)


def strings(report: Path) -> list[str]:
    """Every string in the report file as read (a long comment may be written over lines)."""
    try:
        data = tomllib.loads(report.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    found: list[str] = []
    stack: list[object] = [data]
    while stack:
        value = stack.pop()
        if isinstance(value, str):
            found.append(value)
        elif isinstance(value, dict):
            stack.extend(value.values())
        elif isinstance(value, list):
            stack.extend(value)
    return found


def test_kill_9_after_ten_seconds_of_typing_loses_at_most_the_last_seconds(setup):
    terminal, report = setup
    pid = open_box(terminal, report)
    words = ("Arbetet med digitaliseringen fortsatte under hela aret och gav effekt ").split()
    text, sent = "", []  # (time sent, length of the text then)
    started = time.monotonic()
    i = 0
    while time.monotonic() - started < 10.0:
        word = words[i % len(words)] + " "
        i += 1
        for char in word:
            terminal.keys(char, literal=True)
            text += char
            sent.append((time.monotonic(), len(text)))
            time.sleep(0.05)
    # The copy was written while typing went on (not only after a pause).
    assert typed_in_copy(report), "no copy of the typed text while typing"
    killed_at = time.monotonic()
    os.kill(pid, signal.SIGKILL)
    wait_for(lambda: not alive(pid), what="the killed editor to be gone")
    kept = typed_in_copy(report) or ""
    # The box held the item's comment before: the copy is that, then what was typed, cut off.
    kept_len = next(n for n in range(len(text), -1, -1) if kept.endswith(text[:n]))
    assert kept_len > 0, kept
    # When was the first lost character typed? Everything before it is in the copy.
    lost_from = next((t for t, n in sent if n > kept_len), killed_at)
    lost_seconds = killed_at - lost_from
    print(f"typed {len(text)} characters in {killed_at - started:.1f} s; the copy held "
          f"{kept_len}; lost the last {lost_seconds:.2f} s")
    assert lost_seconds <= 6.0  # design: ~1.5 s; generous for a loaded machine
    reopen_and_restore(terminal, report, text[:kept_len].strip(), pid)


def test_a_closed_terminal_copies_the_typed_text_at_once(setup):
    terminal, report = setup
    pid = open_box(terminal, report)
    first = "Texten skrevs innan terminalen stangdes"
    terminal.keys(first, literal=True)
    # The box held the item's comment before: the copy is that, then what was typed.
    wait_for(lambda: (typed_in_copy(report) or "").endswith(first), what="the timed copy")
    terminal.keys(" ZXQ", literal=True)  # then, at once, the terminal goes
    wait_for(lambda: "ZXQ" in terminal.screen(), what="the last keys on screen",
             shown=terminal.screen)
    terminal.tmux("kill-server")  # the window closes: SIGHUP to the editor
    wait_for(lambda: not alive(pid), what="the editor to stop on SIGHUP")
    assert (typed_in_copy(report) or "").endswith(first + " ZXQ")
    lock = report.with_name(f".{report.name}.lock")
    assert not lock.exists()  # stopped, not killed: the lock is released
    reopen_and_restore(terminal, report, first + " ZXQ", pid)
