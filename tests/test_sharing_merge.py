"""Two officers edit the same report in two clones and merge through yearend's merge driver."""

from __future__ import annotations

from pathlib import Path

import pytest

from reportmodel.core.conflicts import ITEM, ConflictError, resolve_edit
from reportmodel.core.edits import History
from reportmodel.io.mergefile import merge_texts
from reportmodel.io.storage import load_path, load_report, render, save_report
from tests.gitrepos import commit_as, git, isolate, needs_git, two_clones, yearend

pytestmark = needs_git


@pytest.fixture
def clones(tmp_path, monkeypatch):
    isolate(tmp_path, monkeypatch)
    return two_clones(tmp_path)


def edit_and_push(repo: Path, who: str, change) -> None:
    path = repo / "report.toml"
    report = load_report(path)
    change(report)
    save_report(report, path, backup=False)
    commit_as(repo, who, f"{who} fyllde i")
    git(repo, "push", "-q", "origin", "main")


def edit_and_commit(repo: Path, who: str, change) -> None:
    path = repo / "report.toml"
    report = load_report(path)
    change(report)
    save_report(report, path, backup=False)
    commit_as(repo, who, f"{who} fyllde i")


def pull(repo: Path) -> tuple[int, str]:
    git(repo, "fetch", "-q", "origin")
    import subprocess
    done = subprocess.run(["git", "merge", "--no-edit", "origin/main"], cwd=repo,
                          capture_output=True, text=True)
    return done.returncode, done.stdout + done.stderr


def check(path: Path):
    return yearend("check", str(path))


def assert_round_trips(path: Path) -> None:
    assert render(load_report(path)) == path.read_bytes()


def test_share_is_idempotent_and_sets_up_the_driver(tmp_path, monkeypatch):
    isolate(tmp_path, monkeypatch)
    first = yearend("share", str(tmp_path))
    assert first.returncode == 0, first.stderr
    assert "skapade ett git-förråd" in first.stdout
    assert git(tmp_path, "config", "--local", "merge.yearend.driver").strip() == \
        "yearend merge-file %O %A %B %P"
    assert "*.toml merge=yearend" in (tmp_path / ".gitattributes").read_text()
    ignore = (tmp_path / ".gitignore").read_text()
    assert "*.bak" in ignore and "*.lock" in ignore
    again = yearend("share", str(tmp_path))
    assert again.returncode == 0
    assert "redan ett git-förråd" in again.stdout and "redan inställd" in again.stdout
    assert (tmp_path / ".gitignore").read_text() == ignore  # nothing appended twice
    assert git(tmp_path, "check-attr", "merge", "r.toml").strip().endswith("yearend")


def test_different_items_merge_cleanly(clones):
    a, b = clones
    edit_and_push(b, "Bertil Ek", lambda r: setattr(
        r.goals["fossilfri"].activities["laddplatser"], "status", "genomford"))
    edit_and_commit(a, "Anna Emrin", lambda r: setattr(r.goals["trygghet"], "assessment", "ej"))
    code, out = pull(a)
    assert code == 0, out
    report = load_report(a / "report.toml")
    assert report.goals["fossilfri"].activities["laddplatser"].status == "genomford"
    assert report.goals["trygghet"].assessment == "ej"
    assert check(a / "report.toml").returncode == 0
    assert_round_trips(a / "report.toml")


def test_same_item_different_fields_merge_cleanly(clones):
    a, b = clones

    def longer_comment(r):
        r.goals["fossilfri"].comment = ("Laddplatserna blev försenade.\n\n"
                                        "Etapp 2 flyttas till 2023.")
    edit_and_push(b, "Bertil Ek", longer_comment)
    edit_and_commit(a, "Anna Emrin", lambda r: setattr(r.goals["fossilfri"], "assessment", "helt"))
    code, out = pull(a)
    assert code == 0, out
    goal = load_report(a / "report.toml").goals["fossilfri"]
    assert goal.assessment == "helt" and goal.comment.startswith("Laddplatserna")
    assert check(a / "report.toml").returncode == 0
    assert_round_trips(a / "report.toml")


def test_same_field_is_a_conflict_kept_in_the_file_then_resolved(clones):
    a, b = clones
    activity = ("goals", "fossilfri", "activities", "laddplatser")
    edit_and_push(b, "Bertil Ek", lambda r: setattr(
        r.goals["fossilfri"].activities["laddplatser"], "comment", "Klart i oktober."))
    edit_and_commit(a, "Anna Emrin", lambda r: setattr(
        r.goals["fossilfri"].activities["laddplatser"], "comment", "Försenat, se bilaga."))
    code, out = pull(a)
    assert code != 0  # git stops for the officer to resolve
    path = a / "report.toml"
    text = path.read_text(encoding="utf-8")
    assert "<<<<<<<" not in text and "[conflicts." in text
    loaded = load_path(path)
    assert not loaded.errors  # the editor can open it
    report = loaded.report
    [conflict] = report.conflicts
    assert (conflict.path, conflict.field) == (activity, "comment")
    assert (conflict.ours, conflict.theirs, conflict.base) == (
        "Försenat, se bilaga.", "Klart i oktober.", None)
    assert report.goals["fossilfri"].activities["laddplatser"].comment == "Försenat, se bilaga."
    done = check(path)
    assert done.returncode == 1
    assert "goals.fossilfri.activities.laddplatser.comment" in done.stdout
    assert "olöst konflikt" in done.stdout
    assert_round_trips(path)
    # resolved in the model, as the editor does: take theirs, undo, take theirs again
    history = History()
    history.do(report, resolve_edit(report, conflict, "theirs"))
    assert report.conflicts == []
    assert report.goals["fossilfri"].activities["laddplatser"].comment == "Klart i oktober."
    history.undo(report)
    assert report.conflicts == [conflict]
    assert report.goals["fossilfri"].activities["laddplatser"].comment == "Försenat, se bilaga."
    history.redo(report)
    save_report(report, path)
    assert check(path).returncode == 0
    assert_round_trips(path)
    assert "[conflicts" not in path.read_text(encoding="utf-8")
    git(a, "add", "report.toml")
    git(a, "commit", "-q", "--no-edit")
    git(a, "push", "-q", "origin", "main")
    git(b, "pull", "-q", "origin", "main")
    assert load_report(b / "report.toml").goals["fossilfri"].activities["laddplatser"].comment \
        == "Klart i oktober."
    # both officers' work is in the item's history, the resolution last
    log = yearend("log", str(b / "report.toml"), "laddplatser")
    assert log.returncode == 0, log.stderr
    authors = [line.split("  ")[1] for line in log.stdout.splitlines() if line[:1].isdigit()]
    assert "Bertil Ek" in authors and "Anna Emrin" in authors
    # the merge took Bertil's value: the merge commit itself decided nothing new
    assert len(authors) == 3  # created, and each officer's change


def test_deleted_on_one_side_edited_on_the_other(clones):
    a, b = clones
    edit_and_push(b, "Bertil Ek", lambda r: r.goals["fossilfri"].assignments.pop("klimatplan"))
    edit_and_commit(a, "Anna Emrin", lambda r: setattr(
        r.goals["fossilfri"].assignments["klimatplan"], "status", "fardig"))
    code, _ = pull(a)
    assert code != 0
    path = a / "report.toml"
    report = load_report(path)
    [conflict] = report.conflicts
    assert conflict.field == ITEM and conflict.deleted_by == "theirs"
    # the edited item is kept until someone decides
    assert report.goals["fossilfri"].assignments["klimatplan"].status == "fardig"
    assert check(path).returncode == 1
    with pytest.raises(ConflictError):
        resolve_edit(report, conflict, "value", "x")
    history = History()
    history.do(report, resolve_edit(report, conflict, "theirs"))  # theirs deleted it
    assert "klimatplan" not in report.goals["fossilfri"].assignments
    history.undo(report)
    assert list(report.goals["fossilfri"].assignments) == ["klimatplan"]
    history.redo(report)
    save_report(report, path)
    assert check(path).returncode == 0
    assert_round_trips(path)


def test_resolving_with_a_value_of_its_own(tmp_path):
    base = render(load_report(Path(__file__).parent / "data" / "editor" / "small.toml")).decode()
    ours = base.replace('status = "pagaende"', 'status = "forsenad"')
    theirs = base.replace('status = "pagaende"', 'status = "genomford"')
    result = merge_texts(base, ours, theirs)
    assert not result.clean
    report = result.loaded.report
    [conflict] = report.conflicts
    assert (conflict.base, conflict.ours, conflict.theirs) == ("pagaende", "forsenad", "genomford")
    History().do(report, resolve_edit(report, conflict, "value", "ej-paborjad"))
    assert report.goals["fossilfri"].activities["laddplatser"].status == "ej-paborjad"


def test_indicator_outcomes_merge_by_year_and_field():
    base = render(load_report(Path(__file__).parent / "data" / "editor" / "small.toml")).decode()
    year = "[goals.budget-i-balans.indicators.servicegrad.years.2022]\ntarget = 90\n"
    assert year in base
    ours = base.replace(year, year + "outcome = 88\n")
    theirs = base.replace(year, year + "target_women = 91\n")
    result = merge_texts(base, ours, theirs)
    assert result.clean, result.conflicts
    entry = result.loaded.report.goals["budget-i-balans"].indicators["servicegrad"].years[2022]
    assert (entry.outcome.number, entry.target_women.number) == (88, 91)
    both = merge_texts(base, ours, base.replace(year, year + "outcome = 87\n"))
    [conflict] = both.loaded.report.conflicts
    assert conflict.field == "years.2022.outcome"
    report = both.loaded.report
    History().do(report, resolve_edit(report, conflict, "theirs"))
    assert report.goals["budget-i-balans"].indicators["servicegrad"].years[2022].outcome.number \
        == 87


def test_items_added_on_both_sides_keep_their_places():
    base = render(load_report(Path(__file__).parent / "data" / "editor" / "small.toml")).decode()
    new_a = '[goals.fossilfri.activities.cykel]\ntitle = "Cykelvägar"\n'
    new_b = '[goals.trygghet.activities.belysning]\ntitle = "Belysning"\n'
    ours = base.replace("[goals.fossilfri.assignments.klimatplan]",
                        new_a + "\n[goals.fossilfri.assignments.klimatplan]")
    theirs = base.replace("[processes.ekonomi]", new_b + "\n[processes.ekonomi]")
    result = merge_texts(base, ours, theirs)
    assert result.clean
    report = result.loaded.report
    assert list(report.goals["fossilfri"].activities) == ["laddplatser", "cykel"]
    assert list(report.goals["trygghet"].activities) == ["belysning"]


def test_a_version_that_is_not_a_report_is_merged_as_text(tmp_path):
    base = "a\nb\nc\nd\ne\n"
    for name, text in (("base", base), ("ours", base.replace("b", "B")),
                       ("theirs", base.replace("d", "D"))):
        (tmp_path / name).write_text(text)
    done = yearend("merge-file", str(tmp_path / "base"), str(tmp_path / "ours"),
                   str(tmp_path / "theirs"), "x.toml")
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "ours").read_text() == "a\nB\nc\nD\ne\n"


def _small_text() -> str:
    return render(load_report(Path(__file__).parent / "data" / "editor" / "small.toml")).decode()


def test_a_comment_that_looks_like_a_table_header_does_not_fool_the_split():
    base_report = load_report(Path(__file__).parent / "data" / "editor" / "small.toml")
    base_report.goals["fossilfri"].comment = "Se tabellen:\n[goals.budget-i-balans]\nslut."
    base = render(base_report).decode()
    ours = base.replace('assessment = "delvis"', 'assessment = "helt"')
    theirs = base.replace('responsible = "Bertil Ek"\nassessment',
                          'responsible = "Bertil Eklund"\nassessment')
    assert ours != base and theirs != base
    result = merge_texts(base, ours, theirs)
    assert result.clean and result.canonical
    goal = result.loaded.report.goals["fossilfri"]
    assert (goal.assessment, goal.responsible) == ("helt", "Bertil Eklund")
    assert goal.comment == "Se tabellen:\n[goals.budget-i-balans]\nslut."
    assert "budget-i-balans" in result.loaded.report.goals


def test_hand_written_files_merge_by_item_too():
    hand = (Path(__file__).parent / "data" / "editor" / "small.toml").read_text(encoding="utf-8")
    ours = hand.replace('status = "pagaende"', 'status = "genomford"')
    theirs = hand.replace('title = "Ekonomi"', 'title = "Ekonomi och upphandling"')
    result = merge_texts(hand, ours, theirs)
    assert result.clean
    report = result.loaded.report
    assert report.goals["fossilfri"].activities["laddplatser"].status == "genomford"
    assert report.processes["ekonomi"].title == "Ekonomi och upphandling"


def test_earlier_conflicts_survive_a_later_merge():
    base = _small_text()
    first = merge_texts(base, base.replace('status = "pagaende"', 'status = "forsenad"'),
                        base.replace('status = "pagaende"', 'status = "genomford"'))
    with_conflict = first.text
    assert "[conflicts." in with_conflict
    # a colleague (who has the conflicted file) edits another item; merged again
    theirs = with_conflict.replace('title = "Ekonomi"', 'title = "Ekonomi och upphandling"')
    again = merge_texts(with_conflict, with_conflict, theirs)
    assert len(again.loaded.report.conflicts) == 1 and not again.clean
    # resolved on one side while the other edits elsewhere: it stays resolved
    report = again.loaded.report
    History().do(report, resolve_edit(report, report.conflicts[0], "ours"))
    resolved = render(report).decode()
    assert "[conflicts" not in resolved
    last = merge_texts(with_conflict, resolved, with_conflict.replace(
        'title = "Ekonomi"', 'title = "Ekonomi och upphandling"'))
    assert last.clean and last.loaded.report.processes["ekonomi"].title == \
        "Ekonomi och upphandling"


def test_header_conflicts_resolve_too():
    base = _small_text()
    result = merge_texts(base, base.replace('officer = "Jonas Sverkén"', 'officer = "Anna Emrin"'),
                         base.replace('officer = "Jonas Sverkén"', 'officer = "Bertil Ek"'))
    report = result.loaded.report
    [conflict] = report.conflicts
    assert (conflict.path, conflict.field) == (("report",), "officer")
    assert report.meta.officer == "Anna Emrin"
    History().do(report, resolve_edit(report, conflict, "theirs"))
    assert report.meta.officer == "Bertil Ek" and not report.conflicts


def test_check_names_each_conflict_with_its_line(tmp_path):
    base = _small_text()
    result = merge_texts(base, base.replace('status = "pagaende"', 'status = "forsenad"'),
                         base.replace('status = "pagaende"', 'status = "genomford"'))
    path = tmp_path / "r.toml"
    path.write_text(result.text, encoding="utf-8")
    done = yearend("check", str(path))
    assert done.returncode == 1
    line = next(i for i, text in enumerate(result.text.splitlines(), 1)
                if text.startswith("[conflicts."))
    assert f"{path}:{line}: goals.fossilfri.activities.laddplatser.status: olöst konflikt" \
        in done.stdout
    assert '(vårt: "forsenad", deras: "genomford")' in done.stdout
    assert "1 konflikt)" in done.stdout


def test_other_toml_files_are_merged_as_text(tmp_path):
    base = '[project]\nname = "x"\nversion = "1"\n\n[tool.a]\nb = 1\nc = 2\nd = 3\n'
    for name, text in (("base", base), ("ours", base.replace('"1"', '"2"')),
                       ("theirs", base.replace("d = 3", "d = 4"))):
        (tmp_path / name).write_text(text)
    done = yearend("merge-file", str(tmp_path / "base"), str(tmp_path / "ours"),
                   str(tmp_path / "theirs"), "pyproject.toml")
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "ours").read_text() == base.replace('"1"', '"2"').replace("d = 3", "d = 4")


def test_a_report_added_on_both_sides():
    text = _small_text()
    ours = text.replace('status = "pagaende"', 'status = "forsenad"')
    result = merge_texts("", ours, text)
    assert not result.clean  # added differently on both sides: each difference is a conflict
    [conflict] = result.loaded.report.conflicts
    assert (conflict.field, conflict.base, conflict.ours, conflict.theirs) == (
        "status", None, "forsenad", "pagaende")
    assert merge_texts("", text, text).text == text


def test_conflicts_by_item_for_the_editor():
    from reportmodel.core.conflicts import conflicted_paths, conflicts_of

    base = _small_text()
    ours = base.replace('status = "pagaende"', 'status = "forsenad"').replace(
        'title = "Ekonomi"', 'title = "E1"')
    theirs = base.replace('status = "pagaende"', 'status = "genomford"').replace(
        'title = "Ekonomi"', 'title = "E2"')
    report = merge_texts(base, ours, theirs).loaded.report
    paths = conflicted_paths(report)
    assert list(paths) == [("goals", "fossilfri", "activities", "laddplatser"),
                           ("processes", "ekonomi")]
    assert [c.field for c in conflicts_of(report, ("processes", "ekonomi"))] == ["title"]
