"""yearend share DIR: make DIR a git repository for reports, or set up an existing one.

Idempotent: each step is done only when it is missing, and the command says what it did. What it
sets up: the merge driver in the repository's config, .gitattributes naming it for *.toml, and
.gitignore for yearend's backups, locks and temporary files (docs/sharing.md).
"""

from __future__ import annotations

import sys
from pathlib import Path

from reportmodel.core.vocabulary import Vocabulary, vocab
from reportmodel.io import git

from ._common import EXIT_BAD_INPUT, EXIT_OK, add_lang, file_argument

DRIVER = "yearend merge-file %O %A %B %P"
ATTRIBUTES = ["*.toml merge=yearend"]
# backups (FILE.bak), temporary files of a save in progress, the editor's lock (.FILE.lock)
IGNORES = ["*.bak", "*.yearend-tmp", "*.lock"]

def register(sub, v) -> None:
    p = sub.add_parser("share", help=v.say("help.share"),
                       description=v.say("help.share.description"))
    file_argument(p, "dir", metavar=v.say("help.metavar.dir"), nargs="?", default=".")
    add_lang(p, v)
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


def setup(directory: Path, v: Vocabulary | None = None) -> list[str]:
    """Set up `directory`; returns what was done, one message per step in `v`'s language (the
    model of the command, also for the editor)."""
    v = v or vocab("sv")
    done: list[str] = []
    root = git.toplevel(directory)
    if root is None:
        git.run(["init", "--quiet"], directory)
        root = git.toplevel(directory) or directory
        done.append(v.say("share.setup.init", dir=directory))
    elif root.resolve() != directory.resolve():
        done.append(v.say("share.setup.inside", dir=directory, root=root))
    else:
        done.append(v.say("share.setup.exists", dir=directory))
    if git.config_get(root, "merge.yearend.driver") != DRIVER:
        git.config_set(root, "merge.yearend.name", v.say("share.setup.driver_name"))
        git.config_set(root, "merge.yearend.driver", DRIVER)
        done.append(v.say("share.setup.driver", driver=DRIVER))
    else:
        done.append(v.say("share.setup.driver_ok"))
    for name, lines in ((".gitattributes", ATTRIBUTES), (".gitignore", IGNORES)):
        added = _add_lines(root / name, lines)
        done.append(v.say("share.setup.file", file=name, lines=", ".join(added)) if added
                    else v.say("share.setup.file_ok", file=name))
    done.append(v.say("share.setup.done", root=root))
    return done


def run(args) -> int:
    v = args.v
    directory = Path(args.dir)
    if not directory.is_dir():
        print(v.say("share.setup.not_dir", dir=directory), file=sys.stderr)
        return EXIT_BAD_INPUT
    try:
        for line in setup(directory, v):
            print(line)
    except git.GitError as exc:
        print(v.say("share.git_failed", command="share", reason=exc), file=sys.stderr)
        return EXIT_BAD_INPUT
    return EXIT_OK
