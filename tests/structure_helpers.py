"""Shared by the structure-edit tests: do an edit through the History and prove undo and redo
give back exactly the report before and after, and that the result saves, reloads byte-identical
and has no validation errors."""

from __future__ import annotations

import copy
from pathlib import Path

from reportmodel.core.edits import History
from reportmodel.core.problems import Severity
from reportmodel.io.storage import load_path, render, save_report

DATA = Path(__file__).parent / "data"
SMALL = DATA / "editor" / "small.toml"


def do_undo_redo(report, edit, history: History | None = None):
    """Apply `edit`; undo must restore the report before it, redo the report after it."""
    history = history or History()
    before = copy.deepcopy(report)
    before_bytes = render(report)
    assert history.do(report, edit), "the edit changed nothing"
    after = copy.deepcopy(report)
    after_bytes = render(report)
    assert after_bytes != before_bytes
    history.undo(report)
    assert report == before
    assert render(report) == before_bytes
    history.redo(report)
    assert report == after
    assert render(report) == after_bytes
    return history


def round_trip(report, tmp_path: Path, name: str = "r.toml"):
    """Save, reload: the same model, the same bytes on a second save, and no errors."""
    path = tmp_path / name
    save_report(report, path, backup=False)
    first = path.read_bytes()
    loaded = load_path(path)
    assert [p for p in loaded.problems if p.severity is Severity.ERROR] == []
    assert loaded.report == report
    save_report(loaded.report, path, backup=False)
    assert path.read_bytes() == first
    return loaded
