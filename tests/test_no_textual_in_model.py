"""reportmodel is a library: importing any of it must not import Textual (or the tui package)."""

import pkgutil
import subprocess
import sys

import reportmodel


def all_modules() -> list[str]:
    return sorted(
        m.name for m in pkgutil.walk_packages(reportmodel.__path__, prefix="reportmodel.")
    )


def test_every_reportmodel_module_imports_without_textual():
    modules = all_modules()
    assert "reportmodel.core.model" in modules and "reportmodel.io.storage" in modules
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m == 'textual' or m.startswith('textual.')"
        " or m == 'tui' or m.startswith('tui.'))\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "", f"reportmodel imported: {out.stdout.strip()}"


def test_cli_commands_that_do_not_edit_do_not_import_textual():
    code = (
        "import sys\n"
        "from yearend.main import build_parser\n"
        "build_parser()\n"
        "from yearend.commands import check, fmt, stats, new, export, show, diff, rollover\n"
        "print('textual' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
