"""Git through its command line: the shared engine of a team's reports (docs/sharing.md).

Only what yearend needs: is this a repository, set it up, has a file uncommitted changes, the
commits that touched a file and the file as each of them left it. Every call runs `git` as a
subprocess (no library: the officers' machines and the servers already have git, and its command
line is stable); GitMissing carries a message the officer can act on when it is not installed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path


class GitError(RuntimeError):
    """git ran and failed; the message is git's own, first line."""


class GitMissing(GitError):
    def __init__(self) -> None:
        super().__init__("git finns inte på den här datorn (git is not installed): installera "
                         "Git (https://git-scm.com, eller be IT-avdelningen) och försök igen")


def git_path() -> str:
    found = shutil.which("git")
    if found is None:
        raise GitMissing()
    return found


def run(args: list[str], cwd: str | os.PathLike[str], *, check: bool = True,
        input: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    try:
        done = subprocess.run([git_path(), *args], cwd=cwd, input=input, capture_output=True)
    except FileNotFoundError:
        raise GitMissing() from None
    if check and done.returncode != 0:
        message = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise GitError(f"git {args[0]}: " + (message[0] if message else f"exit {done.returncode}"))
    return done


def text(args: list[str], cwd: str | os.PathLike[str]) -> str:
    return run(args, cwd).stdout.decode("utf-8", "replace").strip()


def toplevel(path: str | os.PathLike[str]) -> Path | None:
    """The work tree holding `path` (a file or directory), or None outside any repository."""
    path = Path(path)
    where = path if path.is_dir() else path.parent
    done = run(["rev-parse", "--show-toplevel"], where or ".", check=False)
    if done.returncode != 0:
        return None
    return Path(done.stdout.decode("utf-8", "replace").strip())


def config_get(repo: Path, key: str) -> str | None:
    done = run(["config", "--local", "--get", key], repo, check=False)
    return done.stdout.decode("utf-8", "replace").strip() if done.returncode == 0 else None


def config_set(repo: Path, key: str, value: str) -> None:
    run(["config", "--local", key, value], repo)


def uncommitted(path: str | os.PathLike[str]) -> bool:
    """Whether the file differs from its last commit (or is not committed at all). False outside
    a repository: there is nothing to commit to. The editor's status line asks this."""
    path = Path(path).resolve()
    root = toplevel(path)
    if root is None:
        return False
    done = run(["status", "--porcelain", "--", str(path)], root, check=False)
    return bool(done.stdout.strip())


@dataclass(frozen=True)
class Commit:
    rev: str
    author: str
    email: str
    date: str  # ISO 8601 with the author's offset, as git gives it
    subject: str
    # The parents among the commits that changed the file (git's parent rewriting), so the
    # history of a file across merges is a graph of its own versions.
    parents: tuple[str, ...] = ()


_SEP = "\x1f"


def file_log(path: str | os.PathLike[str], limit: int | None = None) -> list[Commit]:
    """The commits that changed the file, oldest first (parents before children)."""
    path = Path(path).resolve()
    root = toplevel(path)
    if root is None:
        raise GitError(f"{path} ligger inte i ett git-förråd (is not in a git repository)")
    args = ["log", f"--format=%H{_SEP}%an{_SEP}%ae{_SEP}%aI{_SEP}%P{_SEP}%s", "--no-renames",
            "--parents", "--topo-order", "--full-history"]
    if limit:
        args.append(f"-n{limit}")
    out = run(args + ["--", str(path)], root).stdout.decode("utf-8", "replace")
    commits = []
    for line in out.splitlines():
        if line.count(_SEP) >= 5:
            rev, author, email, date, parents, subject = line.split(_SEP, 5)
            commits.append(Commit(rev, author, email, date, subject, tuple(parents.split())))
    commits.reverse()
    return commits


def file_versions(path: str | os.PathLike[str], revs: list[str]
                  ) -> Iterator[tuple[bytes, bytes | None]]:
    """(blob id, the file's bytes) at each revision (None where it did not exist), read through one
    `git cat-file --batch` process rather than a `git show` per commit, one version at a time
    (a hundred versions of a large report need not sit in memory together)."""
    path = Path(path).resolve()
    root = toplevel(path)
    if root is None:
        raise GitError(f"{path} ligger inte i ett git-förråd (is not in a git repository)")
    rel = path.relative_to(root.resolve()).as_posix()
    if not revs:
        return
    try:
        proc = subprocess.Popen([git_path(), "cat-file", "--batch"], cwd=root,
                                stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                stderr=subprocess.DEVNULL)
    except FileNotFoundError:
        raise GitMissing() from None
    assert proc.stdin is not None and proc.stdout is not None
    try:
        for rev in revs:
            proc.stdin.write(f"{rev}:{rel}\n".encode("utf-8"))
            proc.stdin.flush()
            header = proc.stdout.readline().split()
            if len(header) < 3 or header[-1] == b"missing":
                yield b"", None
                continue
            data = proc.stdout.read(int(header[2]))
            proc.stdout.read(1)  # the newline after the object
            yield header[0], data
    finally:
        proc.stdin.close()
        proc.stdout.close()
        proc.wait()
