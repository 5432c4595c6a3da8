"""Which language the command line speaks: Swedish unless told otherwise.

In order: `--lang sv|en` on the command line; `language` in the editor's settings file
(config.toml in the platformdirs config directory, the file tui/settings/config.py reads;
"auto" there means the report's language in the editor and says nothing here); the environment's
LC_ALL, LC_MESSAGES or LANG when it names Swedish or English; otherwise Swedish. The settings file is
read with tomllib here, never through tui/, so a command does not import the editor.
"""

from __future__ import annotations

import os
import sys
import tomllib
from pathlib import Path

LANGUAGES = ("sv", "en")
APP_NAME = "yearend"


def from_argv(argv: list[str]) -> str | None:
    """The value of a `--lang X` or `--lang=X` anywhere before a `--`."""
    for i, arg in enumerate(argv):
        if arg == "--":
            break
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1] if argv[i + 1] in LANGUAGES else None
        if arg.startswith("--lang="):
            value = arg.split("=", 1)[1]
            return value if value in LANGUAGES else None
    return None


def config_path() -> Path:
    """tui/settings/config.py's config.toml. On Linux platformdirs' rule (XDG_CONFIG_HOME, else
    ~/.config) is applied here, saving every command platformdirs' import (a test keeps the
    two equal); elsewhere platformdirs is asked."""
    if sys.platform.startswith("linux"):
        base = os.environ.get("XDG_CONFIG_HOME", "").strip() or os.path.expanduser("~/.config")
        return Path(base) / APP_NAME / "config.toml"
    import platformdirs

    return Path(platformdirs.user_config_dir(APP_NAME)) / "config.toml"


def from_settings(path: Path | None = None) -> str | None:
    """The settings' language, or None when unset, "auto", or the file is missing or broken
    (the editor reports a broken file; a command just falls back)."""
    try:
        with open(path or config_path(), "rb") as f:
            value = tomllib.load(f).get("language")
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError):
        return None
    return value if value in LANGUAGES else None


def from_environment(env: dict[str, str] | None = None) -> str | None:
    env = os.environ if env is None else env
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "")
        if value:
            code = value.split("_", 1)[0].split(".", 1)[0].lower()
            return code if code in LANGUAGES else None  # C, POSIX, de_DE: no opinion
    return None


def chosen_language(argv: list[str]) -> str | None:
    """The language the user chose (command line, settings, environment), or None."""
    return from_argv(argv) or from_settings() or from_environment()


def cli_language(argv: list[str]) -> str:
    return chosen_language(argv) or "sv"
