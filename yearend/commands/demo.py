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

from ._common import EXIT_BAD_INPUT, EXIT_OK, load_or_report

SAMPLE = "kalmar-2022.toml"


def register(sub) -> None:
    p = sub.add_parser("demo", help="try the editor on a copy of a real report",
                       description="Copy the sample report (Kalmar kommun, Kommunstyrelsens "
                       "årsrapport 2022) to your data directory and open the copy in the "
                       "editor. An existing copy is opened as you left it.")
    p.add_argument("--reset", action="store_true",
                   help="replace the copy with a fresh one from the sample (the old copy is "
                   "kept as .bak)")
    p.add_argument("--path", action="store_true",
                   help="print the copy's path instead of opening the editor")
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
    source, target = sample_path(), demo_path()
    if args.reset or not target.exists():
        if not source.is_file():
            print(f"yearend demo: the sample report is missing ({source}); it ships with the "
                  "yearend source tree (run from a clone of the repository, e.g. `make run`)",
                  file=sys.stderr)
            return EXIT_BAD_INPUT
        try:
            copy_sample(source, target)
        except OSError as exc:
            print(f"yearend demo: cannot copy the sample to {target}: {exc.strerror or exc}",
                  file=sys.stderr)
            return EXIT_BAD_INPUT
        print(f"yearend demo: a fresh copy of the sample is in {target}", file=sys.stderr)
    if args.path:
        print(target)
        return EXIT_OK
    loaded = load_or_report(str(target))
    if loaded is None:
        print("(`yearend demo --reset` replaces the copy with a fresh one)", file=sys.stderr)
        return EXIT_BAD_INPUT
    from .edit import open_editor

    return open_editor(target, loaded)
