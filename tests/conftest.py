import os
import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
SHAPES = sorted(DATA.glob("*.toml"))


@pytest.fixture
def yearend_cli(tmp_path):
    """Run the real `yearend` console script in a subprocess; returns CompletedProcess."""
    import subprocess

    exe = Path(sys.executable).with_name("yearend")

    def run(*args, input=None, env=None):
        full_env = {**os.environ, "COLUMNS": "100", **(env or {})}
        full_env.pop("FORCE_COLOR", None)
        return subprocess.run([str(exe), *map(str, args)], capture_output=True, text=True,
                              input=input, env=full_env, cwd=tmp_path, timeout=120)

    return run


@pytest.fixture(autouse=True)
def _private_user_dirs(tmp_path_factory, monkeypatch):
    """No test reads or writes the developer's own yearend settings, state or data: the
    platformdirs directories point into a fresh temporary directory (XDG on Linux)."""
    home = tmp_path_factory.mktemp("xdg")
    for name in ("XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(name, str(home / name.lower()))


# -- the editor's tests (test_tui_*.py) ------------------------------------------------------------
@pytest.fixture
def report_file(tmp_path) -> Path:
    """A copy of the editor's small report (tests/data/editor/small.toml) to open and change."""
    path = tmp_path / "rapport.toml"
    shutil.copy(DATA / "editor" / "small.toml", path)
    return path


def notes(app) -> list[str]:
    """The notifications the editor has shown, oldest first."""
    return [n.message for n in app._notifications]


def header_text(app) -> str:
    return str(app.main.header.render())
