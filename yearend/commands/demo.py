"""yearend demo: open a copy of Kalmar's annual report 2022 to try the editor on.

The copy lives in the user's data directory, never in the repository, and is kept between runs
so the officer's practice work is not overwritten; `--reset` starts over from the sample.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import platformdirs

from ._common import EXIT_BAD_INPUT, EXIT_OK, add_lang, load_or_report, os_reason

SAMPLE = "kalmar-2022.toml"


def register(sub, v) -> None:
    p = sub.add_parser("demo", help=v.say("help.demo"),
                       description=v.say("help.demo.description"))
    p.add_argument("--reset", action="store_true", help=v.say("help.demo.reset"))
    p.add_argument("--path", action="store_true", help=v.say("help.demo.path"))
    add_lang(p, v)
    p.set_defaults(run=run)


def sample_path() -> Path:
    """The sample in the source tree: yearend/commands/demo.py -> <repo>/sample_data/."""
    return Path(__file__).resolve().parents[2] / "sample_data" / SAMPLE


def demo_path() -> Path:
    return Path(platformdirs.user_data_dir("yearend", appauthor=False)) / "demo" / SAMPLE


def copy_sample(source: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.yearend-tmp")
    shutil.copyfile(source, tmp)
    if target.exists():
        os.replace(target, target.with_name(target.name + ".bak"))
    os.replace(tmp, target)


def run(args) -> int:
    v = args.v
    source, target = sample_path(), demo_path()
    if args.reset or not target.exists():
        if not source.is_file():
            print(v.say("cli.demo.missing", path=source), file=sys.stderr)
            return EXIT_BAD_INPUT
        try:
            copy_sample(source, target)
        except OSError as exc:
            print(v.say("cli.demo.cannot_copy", path=target, reason=os_reason(v, exc)),
                  file=sys.stderr)
            return EXIT_BAD_INPUT
        print(v.say("cli.demo.fresh", path=target), file=sys.stderr)
    if args.path:
        print(target)
        return EXIT_OK
    loaded = load_or_report(v, str(target))
    if loaded is None:
        print(v.say("cli.demo.reset_hint"), file=sys.stderr)
        return EXIT_BAD_INPUT
    from .edit import open_editor

    return open_editor(v, target, loaded)
