"""yearend share DIR: make DIR a git repository for reports, or set up an existing one.

Idempotent: each step is done only when it is missing, and the command says what it did. What it
sets up: the merge driver in the repository's config, .gitattributes naming it for *.toml, and
.gitignore for yearend's backups, locks and temporary files (docs/sharing.md).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from reportmodel.io import git

from ._common import EXIT_BAD_INPUT, EXIT_OK

HELP = "set up a folder as a git repository the team shares reports through"

DRIVER = "yearend merge-file %O %A %B %P"
ATTRIBUTES = ["*.toml merge=yearend"]
# backups (FILE.bak), temporary files of a save in progress, the editor's lock (.FILE.lock)
IGNORES = ["*.bak", "*.yearend-tmp", "*.lock"]

MESSAGES = {
    "sv": {
        "not_dir": "{dir}: finns inte eller är ingen mapp",
        "init": "skapade ett git-förråd i {dir}",
        "exists": "{dir} är redan ett git-förråd",
        "inside": "{dir} ligger i git-förrådet {root}; ställer in det",
        "driver": "ställde in sammanfogning av rapporter (merge.yearend.driver = {driver})",
        "driver_ok": "sammanfogning av rapporter är redan inställd",
        "file": "lade till i {file}: {lines}",
        "file_ok": "{file} är redan rätt",
        "done": "klart: lägg rapporterna i {root}, sedan git add och git commit "
                "(se docs/sharing.md)",
    },
    "en": {
        "not_dir": "{dir}: does not exist or is not a folder",
        "init": "created a git repository in {dir}",
        "exists": "{dir} is already a git repository",
        "inside": "{dir} is inside the git repository {root}; setting that up",
        "driver": "set up merging of reports (merge.yearend.driver = {driver})",
        "driver_ok": "merging of reports is already set up",
        "file": "added to {file}: {lines}",
        "file_ok": "{file} is already right",
        "done": "done: put the reports in {root}, then git add and git commit "
                "(see docs/sharing.md)",
    },
}


def say(key: str, **values) -> str:
    lang = "en" if os.environ.get("YEAREND_LANG", "").startswith("en") else "sv"
    return MESSAGES[lang][key].format(**values)


def register(sub) -> None:
    p = sub.add_parser("share", help=HELP,
                       description="Make DIR a git repository for reports (git init when it is "
                       "not one) and set it up: the yearend merge driver in its config, "
                       ".gitattributes naming it for *.toml, .gitignore for backups, locks and "
                       "temporary files. Safe to run again; says what it did.")
    p.add_argument("dir", metavar="DIR", nargs="?", default=".")
    p.set_defaults(run=run)


def _add_lines(path: Path, lines: list[str]) -> list[str]:
    """Append the lines the file lacks; returns them."""
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    have = {line.strip() for line in text.splitlines()}
    missing = [line for line in lines if line not in have]
    if missing:
        if text and not text.endswith("\n"):
            text += "\n"
        text += "".join(line + "\n" for line in missing)
        path.write_text(text, encoding="utf-8")
    return missing


def setup(directory: Path) -> list[str]:
    """Set up `directory`; returns what was done, one message per step (the model of the command,
    also for the editor)."""
    done: list[str] = []
    root = git.toplevel(directory)
    if root is None:
        git.run(["init", "--quiet"], directory)
        root = git.toplevel(directory) or directory
        done.append(say("init", dir=directory))
    elif root.resolve() != directory.resolve():
        done.append(say("inside", dir=directory, root=root))
    else:
        done.append(say("exists", dir=directory))
    if git.config_get(root, "merge.yearend.driver") != DRIVER:
        git.config_set(root, "merge.yearend.name", "yearend: reports merged item by item")
        git.config_set(root, "merge.yearend.driver", DRIVER)
        done.append(say("driver", driver=DRIVER))
    else:
        done.append(say("driver_ok"))
    for name, lines in ((".gitattributes", ATTRIBUTES), (".gitignore", IGNORES)):
        added = _add_lines(root / name, lines)
        done.append(say("file", file=name, lines=", ".join(added)) if added
                    else say("file_ok", file=name))
    done.append(say("done", root=root))
    return done


def run(args) -> int:
    directory = Path(args.dir)
    if not directory.is_dir():
        print(say("not_dir", dir=directory), file=sys.stderr)
        return EXIT_BAD_INPUT
    try:
        for line in setup(directory):
            print(line)
    except git.GitError as exc:
        print(f"yearend share: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    return EXIT_OK
