"""Real git repositories in a temporary folder for the sharing tests, never touching the real
configuration: HOME, the global config and the system config all point into the test's folder."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from reportmodel.io.storage import load_report, save_report

SMALL = Path(__file__).parent / "data" / "editor" / "small.toml"

needs_git = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def isolate(tmp_path: Path, monkeypatch) -> None:
    home = tmp_path / "home"
    home.mkdir()
    config = home / ".gitconfig"
    config.write_text("[user]\n\tname = Anna Emrin\n\temail = anna@example.se\n"
                      "[init]\n\tdefaultBranch = main\n[pull]\n\trebase = false\n"
                      "[advice]\n\tdetachedHead = false\n", encoding="utf-8")
    for name in [k for k in os.environ if k.startswith("GIT_")]:
        monkeypatch.delenv(name)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(config))
    monkeypatch.setenv("GIT_TERMINAL_PROMPT", "0")
    # git runs the merge driver through the shell: the yearend of this environment first
    monkeypatch.setenv("PATH", str(Path(sys.executable).parent) + os.pathsep + os.environ["PATH"])


def git(cwd: Path, *args: str, check: bool = True, env: dict | None = None) -> str:
    done = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True,
                          env={**os.environ, **(env or {})})
    if check and done.returncode != 0:
        raise AssertionError(f"git {' '.join(args)}: {done.stdout}{done.stderr}")
    return done.stdout


def yearend(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "yearend.main", *args], cwd=cwd,
                          capture_output=True, text=True)


def commit_as(repo: Path, who: str, message: str, date: str | None = None) -> None:
    name = who
    email = who.lower().replace(" ", ".") + "@example.se"
    env = {"GIT_AUTHOR_NAME": name, "GIT_AUTHOR_EMAIL": email, "GIT_COMMITTER_NAME": name,
           "GIT_COMMITTER_EMAIL": email}
    if date:
        env.update(GIT_AUTHOR_DATE=date, GIT_COMMITTER_DATE=date)
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", message, env=env)


def two_clones(tmp_path: Path, report_source: Path = SMALL) -> tuple[Path, Path]:
    """An origin with a report committed (in canonical form), and two officers' clones of it,
    both set up with `yearend share`."""
    origin = tmp_path / "origin.git"
    git(tmp_path, "init", "-q", "--bare", str(origin))
    a = tmp_path / "anna"
    git(tmp_path, "clone", "-q", str(origin), str(a))
    save_report(load_report(report_source), a / "report.toml", backup=False)
    done = yearend("share", str(a))
    assert done.returncode == 0, done.stderr
    commit_as(a, "Anna Emrin", "Årsrapporten påbörjad")
    git(a, "push", "-q", "origin", "main")
    b = tmp_path / "bertil"
    git(tmp_path, "clone", "-q", str(origin), str(b))
    assert yearend("share", str(b)).returncode == 0
    return a, b
