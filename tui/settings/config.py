"""The officer's settings (config.toml) and what the editor remembers between runs (state.json).

The config is the officer's file: language, theme and key bindings, read with tomllib. A broken
config never stops the editor: every problem is reported as FILE:LINE: key: message (the same
form as `yearend check`) and the editor starts with the defaults for what could not be read.
The state is the editor's own file (the last report opened, the last item selected in each
report): JSON, rewritten whole on exit, and silently ignored when unreadable.

Both files are written atomically (a temporary file beside them, then os.replace), so a crash
while saving leaves the old file.
"""

from __future__ import annotations

import json
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

import platformdirs

from reportmodel.io.atomic import write_atomically
from reportmodel.io.safe_read import read_limited
from reportmodel.core.lineindex import LineIndex
from reportmodel.core.vocabulary import vocab
from reportmodel.core.problems import CodedError, coded, Problem, Severity, describe

APP_NAME = "yearend"
LANGUAGES = ("auto", "sv", "en")  # auto: the report's own language
_TOML_POS = re.compile(r"\s*\(at line (\d+), column (\d+)\)\s*$")
_MAX_REMEMBERED = 200  # reports remembered in the state file; the oldest are forgotten


CONFIG_LIMIT = 1024 * 1024  # settings and state are a few kB


def config_path() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME)) / "config.toml"


def state_path() -> Path:
    return Path(platformdirs.user_state_dir(APP_NAME)) / "state.json"


@dataclass
class Settings:
    language: str = "auto"
    theme: str | None = None  # None: Textual's default theme
    keys: dict[str, str] = field(default_factory=dict)  # binding id -> "key" or "key1,key2"


@dataclass
class LoadedSettings:
    settings: Settings
    problems: list[Problem]
    path: Path

    def messages(self, lang: str = "sv") -> list[str]:
        """Each problem as FILE:LINE: path: message, in the officer's language."""
        v = vocab(lang)
        return [v.format_problem(p, str(self.path)) for p in self.problems]


def _warning(code: str, path: str = "", line: int | None = None, column: int | None = None,
             **values) -> Problem:
    return coded(Severity.WARNING, path, code, line, column, **values)


def load_settings(path: Path | None = None, *, themes: set[str] | None = None,
                  binding_ids: set[str] | None = None) -> LoadedSettings:
    """The settings in `path` (default: the config directory's config.toml). A missing file is
    the defaults without a problem; anything wrong is a problem and its default is used.
    `themes` and `binding_ids`, when given, are the names a value must be one of."""
    path = path or config_path()
    settings = Settings()
    try:
        # read_limited: a FIFO or device put in config.toml's place must not hang the editor
        text = read_limited(path, CONFIG_LIMIT).decode("utf-8")
    except FileNotFoundError:
        return LoadedSettings(settings, [], path)
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.phrase if isinstance(exc, CodedError) else \
            getattr(exc, "strerror", None) or str(exc)
        return LoadedSettings(settings, [_warning("settings.unreadable", reason=reason)], path)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        pos = _TOML_POS.search(message)
        line, column = (int(pos.group(1)), int(pos.group(2))) if pos else (None, None)
        message = message[:pos.start()] if pos else message
        return LoadedSettings(settings, [_warning("settings.syntax", "", line, column,
                                                  reason=message)], path)
    index = LineIndex(text)
    problems: list[Problem] = []

    def bad(key_path: tuple[str, ...], code: str, **values) -> None:
        problems.append(_warning(code, ".".join(key_path), index.line(key_path), **values))

    for key, value in data.items():
        if key == "language":
            if isinstance(value, str) and value in LANGUAGES:
                settings.language = value
            else:
                bad((key,), "settings.bad_language", value=describe(value),
                    expected=", ".join(f'"{v}"' for v in LANGUAGES))
        elif key == "theme":
            if isinstance(value, str) and (themes is None or value in themes):
                settings.theme = value
            else:
                known = f" ({', '.join(sorted(themes))})" if themes else ""
                bad((key,), "settings.bad_theme", value=describe(value), known=known)
        elif key == "keys":
            if not isinstance(value, dict):
                bad((key,), "settings.keys_not_table", value=describe(value))
                continue
            for binding_id, keys in value.items():
                where = ("keys", binding_id)
                if binding_ids is not None and binding_id not in binding_ids:
                    bad(where, "settings.unknown_binding")
                elif not isinstance(keys, str) or not keys.strip() or not all(
                        k.strip() for k in keys.split(",")):
                    bad(where, "settings.bad_key", value=describe(keys))
                else:
                    settings.keys[binding_id] = ",".join(k.strip() for k in keys.split(","))
        else:
            bad((key,), "settings.unknown")
    return LoadedSettings(settings, problems, path)


def render_settings(settings: Settings) -> str:
    """The config as TOML text. Written by hand (not tomli_w) to keep it readable with a
    comment at the top; the values are strings, escaped with json (a TOML basic string's
    escapes are JSON's for every character we write)."""
    lines = ["# yearend settings; see docs/editor.md (Settings)",
             f"language = {json.dumps(settings.language, ensure_ascii=False)}"]
    if settings.theme:
        lines.append(f"theme = {json.dumps(settings.theme, ensure_ascii=False)}")
    if settings.keys:
        lines += ["", "[keys]"]
        for binding_id, keys in sorted(settings.keys.items()):
            lines.append(f"{json.dumps(binding_id)} = {json.dumps(keys, ensure_ascii=False)}")
    return "\n".join(lines) + "\n"


def save_settings(settings: Settings, path: Path | None = None) -> Path:
    """Write the settings (raises OSError when it cannot); returns the file written."""
    path = path or config_path()
    write_atomically(path, render_settings(settings).encode("utf-8"))
    return path


# -- remembered between runs ------------------------------------------------------------------

class State:
    """The last report opened and the last item selected in each report (by absolute path)."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or state_path()
        self.last_file: str | None = None
        self.items: dict[str, list[str]] = {}
        try:
            data = json.loads(read_limited(self.path, CONFIG_LIMIT).decode("utf-8"))
        except (OSError, ValueError):
            return  # no state yet, or a damaged one: start afresh, it is only a convenience
        if isinstance(data, dict):
            if isinstance(data.get("last_file"), str):
                self.last_file = data["last_file"]
            items = data.get("items")
            if isinstance(items, dict):
                self.items = {k: v for k, v in items.items() if isinstance(k, str)
                              and isinstance(v, list) and all(isinstance(p, str) for p in v)}

    @staticmethod
    def key(report: Path) -> str:
        return str(Path(report).resolve())

    def last_item(self, report: Path) -> tuple[str, ...] | None:
        item = self.items.get(self.key(report))
        return tuple(item) if item else None

    def remember(self, report: Path, item: tuple[str, ...] | None = None) -> None:
        key = self.key(report)
        self.last_file = key
        if item is not None:
            self.items.pop(key, None)  # re-inserted last: the most recent are kept
            self.items[key] = list(item)
            while len(self.items) > _MAX_REMEMBERED:
                del self.items[next(iter(self.items))]

    def save(self) -> bool:
        """Write the state; False when it could not be (never an error for the officer)."""
        data = {"last_file": self.last_file, "items": self.items}
        try:
            write_atomically(self.path, json.dumps(data, ensure_ascii=False,
                                                   indent=1).encode("utf-8"))
        except OSError:
            return False
        return True
