"""yearend help [TOPIC]: the documentation that ships with the package (docs/*.md, installed as
the package yearend.docs by setup.py), so it is there wherever yearend is installed."""

from __future__ import annotations

import sys
from importlib import resources
from pathlib import Path

from ._common import EXIT_BAD_INPUT, EXIT_OK, add_lang


def docs():
    """The documents: the installed package yearend.docs, or in an editable install (a clone,
    where setuptools maps only top-level packages) the repository's docs/ itself."""
    try:
        return resources.files("yearend.docs")
    except ModuleNotFoundError:
        return Path(__file__).resolve().parents[2] / "docs"


def topics() -> list[str]:
    return sorted(p.name[:-3] for p in docs().iterdir() if p.name.endswith(".md"))


def register(sub, v) -> None:
    names = topics()
    p = sub.add_parser("help", help=v.say("help.help"),
                       description=v.say("help.help.description", topics=", ".join(names)))
    p.add_argument("topic", metavar=v.say("help.metavar.topic"), nargs="?", choices=names,
                   help=v.say("help.help.topic"))
    add_lang(p, v)
    p.set_defaults(run=run)


def run(args) -> int:
    if args.topic is None:
        for name in topics():
            first = docs().joinpath(f"{name}.md").read_text(
                encoding="utf-8").split("\n", 1)[0].lstrip("# ").strip()
            print(f"{name:<12} {first}")
        return EXIT_OK
    text = docs().joinpath(f"{args.topic}.md").read_text(
        encoding="utf-8")
    if sys.stdout.isatty():
        from yearend.commands.show import page  # here: show imports rich, help need not

        if page(text):
            return EXIT_OK
    sys.stdout.write(text)
    return EXIT_OK if text else EXIT_BAD_INPUT
