"""yearend log and the item history on a scripted git history; todo after a teammate's work."""

from __future__ import annotations

import json

import pytest

from reportmodel.core.values import parse_value
from reportmodel.io import git as gitio
from reportmodel.io.itemhistory import item_history, locate
from reportmodel.io.storage import load_report, render, save_report
from tests.gitrepos import SMALL, commit_as, git, isolate, needs_git, yearend

pytestmark = needs_git


@pytest.fixture
def history(tmp_path, monkeypatch):
    """A report edited in five commits by three officers."""
    isolate(tmp_path, monkeypatch)
    repo = tmp_path / "rapporter"
    repo.mkdir()
    assert yearend("share", str(repo)).returncode == 0
    path = repo / "ks.toml"
    save_report(load_report(SMALL), path, backup=False)
    commit_as(repo, "Jonas Sverkén", "Årsrapport 2022 påbörjad", "2023-01-09T09:00:00+01:00")

    def step(who, message, date, change):
        report = load_report(path)
        change(report)
        save_report(report, path, backup=False)
        commit_as(repo, who, message, date)

    activity = lambda r: r.goals["fossilfri"].activities["laddplatser"]  # noqa: E731
    step("Bertil Ek", "Laddplatser: status", "2023-01-10T10:15:00+01:00",
         lambda r: setattr(activity(r), "status", "forsenad"))
    step("Anna Emrin", "Budget: servicegrad", "2023-01-11T11:00:00+01:00",
         lambda r: setattr(r.goals["budget-i-balans"].indicators["servicegrad"].years[2022],
                           "outcome", parse_value(88)))
    step("Bertil Ek", "Laddplatser: kommentar", "2023-01-12T08:30:00+01:00",
         lambda r: setattr(activity(r), "comment", "Leveransen av laddboxar blev försenad."))
    step("Åsa Öberg", "Laddplatser tas bort ur planen", "2023-01-13T16:45:00+01:00",
         lambda r: r.goals["fossilfri"].activities.pop("laddplatser"))
    return path


def test_item_history_follows_the_item_by_id(history):
    entries = item_history(history, "laddplatser")
    assert [(e.author, e.action) for e in entries] == [
        ("Jonas Sverkén", "created"), ("Bertil Ek", "changed"), ("Bertil Ek", "changed"),
        ("Åsa Öberg", "deleted")]
    status = entries[1].changes
    assert [(c.field, c.before, c.after) for c in status] == [("status", "pagaende", "forsenad")]
    assert entries[2].changes[0].field == "comment"
    assert entries[0].path == ("goals", "fossilfri", "activities", "laddplatser")
    outcome = item_history(history, "servicegrad")
    assert [(c.field, c.before, c.after) for c in outcome[-1].changes] == [
        ("years.2022.outcome", None, 88)]
    assert outcome[-1].author == "Anna Emrin"


def test_uncommitted_changes_come_last(history):
    report = load_report(history)
    report.goals["fossilfri"].comment = "Utbyggnaden pausad."
    save_report(report, history, backup=False)
    assert gitio.uncommitted(history)
    entries = item_history(history, "fossilfri")
    assert entries[-1].rev == "" and entries[-1].changes[0].after == "Utbyggnaden pausad."
    assert not gitio.uncommitted(history.parent / "nothing-here.toml")


def test_log_command_text_and_json(history):
    done = yearend("log", str(history), "laddplatser")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("2023-01-09 09:00  Jonas Sverkén  skapade")
    assert "2023-01-10 10:15  Bertil Ek  ändrade" in lines[2] or \
        any(line.startswith("2023-01-10 10:15  Bertil Ek  ändrade") for line in lines)
    assert '    status: "pagaende" \u2192 "forsenad"' in lines
    assert any(line.startswith("2023-01-13 16:45  Åsa Öberg  tog bort") for line in lines)
    data = json.loads(yearend("log", str(history), "goals.fossilfri.activities.laddplatser",
                              "--format", "json").stdout)
    assert [d["action"] for d in data] == ["created", "changed", "changed", "deleted"]
    assert data[1]["changes"] == [{"field": "status", "before": "pagaende", "after": "forsenad"}]
    missing = yearend("log", str(history), "finns-inte")
    assert missing.returncode == 1 and "inga ändringar" in missing.stderr


def test_log_outside_a_repository(tmp_path, monkeypatch):
    isolate(tmp_path, monkeypatch)
    path = tmp_path / "r.toml"
    save_report(load_report(SMALL), path, backup=False)
    done = yearend("log", str(path), "fossilfri")
    assert done.returncode == 2 and "git" in done.stderr


def test_git_missing_is_a_clear_message(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))  # no git on it
    with pytest.raises(gitio.GitMissing, match="git finns inte"):
        gitio.file_log(SMALL)


def test_locate_falls_back_for_hand_written_tables():
    text = render(load_report(SMALL)).decode()
    path, data = locate(text, "laddplatser")
    assert path == ("goals", "fossilfri", "activities", "laddplatser")
    assert data["status"] == "pagaende"
    # a nested table written apart from its goal's block
    odd = text + '\n[goals.trygghet.activities.belysning]\ntitle = "Belysning"\n'
    assert locate(odd, "belysning")[0] == ("goals", "trygghet", "activities", "belysning")
    assert locate(text, "finns-inte") is None


def test_todo_after_a_teammates_work(history):
    done = yearend("todo", str(history), "--responsible", "Anna Emrin")
    assert done.returncode == 0
    # her indicator's outcome came in the third commit
    assert done.stdout.startswith("Anna Emrin: allt ifyllt (5 av 5)")
    git(history.parent, "checkout", "-q", "HEAD~3")
    before = yearend("todo", str(history), "--responsible", "Anna Emrin")
    assert "utfall för 2022 saknas" in before.stdout
