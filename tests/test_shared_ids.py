"""Ids unique within their collection (issue 13): a goal area and an internal-control area both
called "Ekonomi", as the process-oriented report of domain.md 3.1 has them, encoded as
`[goals.ekonomi]` and `[processes.ekonomi]` (and a section, a risk and a contractor area of the
same id, tests/data/shared-ids.toml). Each item must stay itself through every part of yearend."""

from __future__ import annotations

import copy
import json

import pytest

from reportmodel.core import structure_edits as se
from reportmodel.core.compare import compare_reports, continues_edit, match_reports
from reportmodel.core.edits import EditError, History, SetField
from reportmodel.core.places import taken_ids
from reportmodel.core.rollover import rollover
from reportmodel.core.tree import AmbiguousId, find_key, find_path, key_of, lookup, walk
from reportmodel.io.itemhistory import item_history
from reportmodel.io.mergefile import merge_texts
from reportmodel.io.storage import load_path, load_report, loads_report, render, save_report
from reportmodel.render import build_document, export_markdown, item_document
from reportmodel.render.document import Heading

from .conftest import DATA
from .gitrepos import commit_as, git, isolate, needs_git, yearend

SHARED = DATA / "shared-ids.toml"
SAME = ("sections", "goals", "processes", "risks", "contractors")


@pytest.fixture
def report():
    return load_report(SHARED)


def test_the_file_loads_with_no_problem_and_every_collection_has_its_ekonomi(report):
    loaded = load_path(SHARED)
    assert loaded.problems == []
    for name in SAME:
        assert "ekonomi" in getattr(report, name), name
    found = [node.path for node in walk(report) if node.id == "ekonomi"]
    assert found == [("sections", "ekonomi"), ("goals", "ekonomi"), ("processes", "ekonomi"),
                     ("risks", "ekonomi"), ("contractors", "ekonomi")]


def test_check_strict_passes(yearend_cli):
    done = yearend_cli("check", "--strict", str(SHARED))
    assert done.returncode == 0, done.stdout + done.stderr
    assert "0 fel, 0 varningar" in done.stdout


def test_references_resolve_within_their_own_collection(report):
    # The risk's process is the process, the section's goal the goal, whatever else shares the id.
    assert report.risks["ekonomi"].process == "ekonomi"
    process = find_path(report, ("processes", "ekonomi"))
    risk_node = find_path(report, ("risks", "ekonomi"))
    assert risk_node.parent_id == "ekonomi" and risk_node.depth == 1  # under the process
    nodes = list(walk(report))
    assert nodes.index(risk_node) == nodes.index(process) + 1
    # Deleting the process leaves the goal, the section and the contractor area alone.
    edit = se.delete_item(report, ("processes", "ekonomi"), se.Choice.MOVE)
    History().do(report, edit)
    assert "ekonomi" not in report.processes
    assert all("ekonomi" in getattr(report, name) for name in ("sections", "goals", "risks",
                                                                "contractors"))
    assert report.risks["ekonomi"].process is None  # moved to the top level, not to the goal


def test_lookup_by_path_and_a_bare_id_only_when_unambiguous(report):
    assert lookup(report, "processes/ekonomi").kind == "process"
    assert lookup(report, "goals.ekonomi").kind == "goal"
    assert lookup(report, "contractors/ekonomi/rows/fakturering").kind == "contractor_row"
    assert lookup(report, "demokrati").kind == "process"  # one item has it
    assert lookup(report, "finns-inte") is None
    with pytest.raises(AmbiguousId) as err:
        lookup(report, "ekonomi")
    assert err.value.candidates == ["sections/ekonomi", "goals/ekonomi", "processes/ekonomi",
                                    "risks/ekonomi", "contractors/ekonomi"]
    assert find_key(report, ("risks", "ekonomi")).item is report.risks["ekonomi"]


def test_export_prints_each_item_in_its_own_part(report):
    text = export_markdown(report)
    area = text.index("### Processområde Ekonomi")
    control = text.index("## Intern kontroll")
    assert area < text.index("#### Ekonomi i siffror") < control  # the section inside the area
    assert text.index("### Ekonomi\n", control) > control  # the process, in internal control
    assert text.index("#### Felaktiga utbetalningar") > text.index("### Ekonomi\n", control)
    assert "### Ekonomitjänster" in text and "Fakturering enligt avtal" in text
    # The editor's preview of the process has its risk, not the goal's commitments.
    preview = item_document(report, "processes/ekonomi")
    words = json.dumps([repr(b) for b in preview.parts[0].blocks], ensure_ascii=False)
    assert "Felaktiga utbetalningar" in words and "budgetuppföljning" not in words
    with pytest.raises(AmbiguousId):
        item_document(report, "ekonomi")
    # Headings' anchors (for links and bookmarks) tell the namesakes apart.
    anchors = [b.anchor for part in build_document(report).parts for b in part.blocks
               if isinstance(b, Heading) and b.anchor]
    assert {"goals-ekonomi", "processes-ekonomi", "risks-ekonomi", "contractors-ekonomi",
            "sections-ekonomi"} <= set(anchors)
    assert len(anchors) == len(set(anchors))


def test_new_items_take_ids_free_in_their_own_collection(report):
    assert "ekonomi" in taken_ids(report, "process") and "ekonomi" in taken_ids(report, "goal")
    assert "demokrati" not in taken_ids(report, "goal")
    edit = se.add_item(report, "goal", ("goals", "effektiv-organisation"), "Demokrati")
    assert edit.path == ("goals", "demokrati")  # the process "demokrati" does not take it
    again = se.add_item(report, "process", None, "Ekonomi")
    assert again.path == ("processes", "ekonomi-2")
    leaf = se.add_item(report, "activity", ("risks", "ekonomi"), "Attest")
    assert leaf.path[-1] == "attest-2"  # the control point "attest" is a leaf too


def _edited(report, changes) -> str:
    changed = copy.deepcopy(report)
    for path, name, value in changes:
        node = find_path(changed, path)
        setattr(node.item, name, value)
    return render(changed).decode("utf-8")


def test_compare_pairs_each_item_within_its_collection(report):
    new = loads_report(_edited(report, [(("processes", "ekonomi"), "comment", "Ny rutin."),
                                        (("goals", "ekonomi"), "assessment", "uppna")]))
    matching = match_reports(report, new)
    for name in SAME:
        [pair] = matching.for_new((name, "ekonomi"))
        assert pair.old_key == (name, "ekonomi") and pair.how == "id"
    diff = compare_reports(report, new)
    [process] = diff.for_new(("processes", "ekonomi"))
    [goal] = diff.for_new(("goals", "ekonomi"))
    assert [c.field for c in process.changes] == ["comment"]
    assert [c.field for c in goal.changes] == ["assessment"]
    [section] = diff.for_new(("sections", "ekonomi"))
    assert section.status == "unchanged"
    with pytest.raises(AmbiguousId):
        diff.for_new("ekonomi")


def test_an_item_removed_from_one_collection_is_not_paired_with_its_namesake(report):
    new = loads_report(render(report).decode("utf-8"))
    del new.processes["ekonomi"]
    new.risks["ekonomi"].process = None
    diff = compare_reports(report, new)
    removed = [(d.kind, d.old.id) for d in diff.items if d.status == "removed"]
    assert removed == [("process", "ekonomi")]
    assert diff.for_new(("goals", "ekonomi"))[0].status == "unchanged"


def test_continues_names_an_item_of_the_same_kind(report):
    new = loads_report(render(report).decode("utf-8"))
    process = new.processes.pop("ekonomi")
    process.id, process.title = "ekonomistyrning", "Ekonomistyrning"
    new.processes["ekonomistyrning"] = process
    new.risks["ekonomi"].process = "ekonomistyrning"
    History().do(new, continues_edit(new, ("processes", "ekonomistyrning"), ["ekonomi"]))
    matching = match_reports(report, new)
    [pair] = matching.for_new(("processes", "ekonomistyrning"))
    assert pair.old_key == ("processes", "ekonomi") and pair.how == "continues"
    assert matching.for_new(("goals", "ekonomi"))[0].old_key == ("goals", "ekonomi")
    with pytest.raises(EditError, match="several items"):
        continues_edit(new, "ekonomi", ["ekonomi"])  # a goal, a section, a risk ...


def test_diff_cli_text_and_json(tmp_path, report, yearend_cli):
    old, new = tmp_path / "old.toml", tmp_path / "new.toml"
    old.write_bytes(render(report))
    new.write_text(_edited(report, [(("processes", "ekonomi"), "comment", "Ny rutin."),
                                    (("goals", "ekonomi"), "title", "Ekonomi och styrning")]),
                   encoding="utf-8")
    done = yearend_cli("diff", str(old), str(new), "--format", "json")
    assert done.returncode in (0, 1), done.stderr
    items = {(i["kind"], i["new_id"]): i for i in json.loads(done.stdout)["items"]}
    assert items[("process", "ekonomi")]["old_id"] == "ekonomi"
    assert items[("goal", "ekonomi")]["new_title"] == "Ekonomi och styrning"
    assert ("section", "ekonomi") not in items  # unchanged
    # A leaf's container is named by kind as well as id: a goal and a risk may share the id.
    new_report = loads_report(new.read_text(encoding="utf-8"))
    new_report.risks["ekonomi"].controls["attest"].comment = "Stickprov."
    new.write_bytes(render(new_report))
    done = yearend_cli("diff", str(old), str(new), "--format", "json")
    items = {(i["kind"], i["new_id"]): i for i in json.loads(done.stdout)["items"]}
    control = items[("control", "attest")]
    assert (control["new_parent"], control["new_parent_kind"]) == ("ekonomi", "risk")
    assert items[("goal", "ekonomi")]["new_parent_kind"] == "goal"
    text = yearend_cli("diff", str(old), str(new))
    assert text.returncode in (0, 1) and "Traceback" not in text.stderr
    assert "Ekonomi och styrning" in text.stdout


def test_merge_of_two_edits_to_the_two_ekonomi_items(report):
    base = render(report).decode("utf-8")
    ours = _edited(report, [(("goals", "ekonomi"), "assessment", "delvis"),
                            (("goals", "ekonomi"), "comment", "Underskott i halvåret.")])
    theirs = _edited(report, [(("processes", "ekonomi"), "comment", "Attestrutinen är ny."),
                              (("risks", "ekonomi"), "comment", "Stickprov varje månad.")])
    result = merge_texts(base, ours, theirs)
    assert result.clean, (result.conflicts, result.problems)
    merged = loads_report(result.text)
    assert merged.goals["ekonomi"].assessment == "delvis"
    assert merged.goals["ekonomi"].comment == "Underskott i halvåret."
    assert merged.processes["ekonomi"].comment == "Attestrutinen är ny."
    assert merged.risks["ekonomi"].comment == "Stickprov varje månad."
    assert merged.sections["ekonomi"] == report.sections["ekonomi"]


def test_merge_of_two_edits_to_one_field_of_the_process_is_a_conflict_on_the_process(report):
    base = render(report).decode("utf-8")
    ours = _edited(report, [(("processes", "ekonomi"), "comment", "A")])
    theirs = _edited(report, [(("processes", "ekonomi"), "comment", "B"),
                              (("goals", "ekonomi"), "comment", "Målet")])
    result = merge_texts(base, ours, theirs)
    assert [c.path for c in result.conflicts] == [("processes", "ekonomi")]
    merged = loads_report(result.text)
    assert merged.goals["ekonomi"].comment == "Målet"


def test_rollover_keeps_every_ekonomi(report, tmp_path):
    report.goals["ekonomi"].assessment = "uppna"
    report.processes["ekonomi"].comment = "Klart."
    report.processes["ekonomi"].title = "Ekonomi 2022"
    result = rollover(report)
    # A year in a title is only proposed, naming the item with its collection.
    assert result.year_changes == [("processes/ekonomi", "Ekonomi 2022", "Ekonomi 2023")]
    nxt = result.report
    for name in SAME:
        assert "ekonomi" in getattr(nxt, name), name
    assert nxt.goals["ekonomi"].assessment is None
    assert nxt.risks["ekonomi"].process == "ekonomi"
    path = tmp_path / "2023.toml"
    save_report(nxt, path, backup=False)
    assert load_path(path).problems == []
    # Next year's diff pairs each with its own.
    matching = match_reports(report, load_report(path))
    assert all(matching.for_new((name, "ekonomi"))[0].old_key == (name, "ekonomi")
               for name in SAME)


def test_an_edit_by_path_changes_only_that_item(report):
    History().do(report, SetField(("processes", "ekonomi"), "comment", None, "Processen."))
    assert report.processes["ekonomi"].comment == "Processen."
    assert report.goals["ekonomi"].comment is None
    assert key_of(find_path(report, ("processes", "ekonomi"))) == ("processes", "ekonomi")


@needs_git
def test_item_history_and_log_follow_the_item_of_the_collection_asked(tmp_path, monkeypatch):
    isolate(tmp_path, monkeypatch)
    repo = tmp_path / "rapporter"
    repo.mkdir()
    git(repo, "init", "-q")
    path = repo / "vb.toml"
    path.write_bytes(SHARED.read_bytes())
    commit_as(repo, "Eva Lind", "Verksamhetsberättelsen påbörjad", "2023-01-09T09:00:00+01:00")
    for who, date, where, value in (
            ("Per Ek", "2023-01-10T10:00:00+01:00", ("goals", "ekonomi"), "Målet nåddes."),
            ("Karin Holm", "2023-01-11T10:00:00+01:00", ("processes", "ekonomi"), "Ny rutin.")):
        work = load_report(path)
        find_path(work, where).item.comment = value
        save_report(work, path, backup=False)
        commit_as(repo, who, "kommentar", date)
    process = item_history(path, "ekonomi", space="processes")
    assert [(e.author, e.action) for e in process] == [("Eva Lind", "created"),
                                                        ("Karin Holm", "changed")]
    assert process[-1].path == ("processes", "ekonomi")
    goal = item_history(path, "ekonomi", space="goals")
    assert [(e.author, e.action) for e in goal] == [("Eva Lind", "created"), ("Per Ek", "changed")]
    done = yearend("log", str(path), "processes/ekonomi", "--format", "json")
    assert done.returncode == 0, done.stderr
    assert [(d["author"], d["path"]) for d in json.loads(done.stdout)] == [
        ("Eva Lind", "processes.ekonomi"), ("Karin Holm", "processes.ekonomi")]
    dotted = yearend("log", str(path), "goals.ekonomi")
    assert dotted.returncode == 0 and "Per Ek" in dotted.stdout and "Karin" not in dotted.stdout
    ambiguous = yearend("log", str(path), "ekonomi")
    assert ambiguous.returncode == 2 and not ambiguous.stdout
    assert '"ekonomi" är id för flera poster' in ambiguous.stderr
    assert "sections/ekonomi, goals/ekonomi, processes/ekonomi, risks/ekonomi, " \
           "contractors/ekonomi" in ambiguous.stderr
    assert "Traceback" not in ambiguous.stderr
    unknown = yearend("log", str(path), "mål/ekonomi")
    assert unknown.returncode == 2 and 'okänd samling "mål"' in unknown.stderr
    assert yearend("log", str(path), "demokrati").returncode == 0  # one item has it
