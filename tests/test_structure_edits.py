"""Adding, moving, pasting and deleting items: each edit applies, undoes and redoes exactly,
refuses what would make the report wrong, and leaves a file that saves and reloads unchanged."""

from __future__ import annotations

import pytest

from reportmodel.core import structure_edits as se
from reportmodel.core import year_edits as ye
from reportmodel.core.dependents import dependents, move_targets
from reportmodel.core.edits import EditError, History, change_value, resolve
from reportmodel.core.field_edits import rename
from reportmodel.core.structure_edits import Choice, HasDependents
from reportmodel.core.tree import walk
from reportmodel.core.validate import validate
from reportmodel.io.storage import load_report

from .structure_helpers import DATA, SMALL, do_undo_redo, round_trip

BUDGET = ("goals", "budget-i-balans")
FOSSIL = ("goals", "fossilfri")
GREEN = ("goals", "gronare")
ATTEST = ("risks", "attest")
EKONOMI = ("processes", "ekonomi")


@pytest.fixture
def report():
    return load_report(SMALL)


@pytest.fixture
def control_report():
    return load_report(DATA / "internal-control.toml")


def ids_in_order(report, kind):
    return [n.id for n in walk(report) if n.kind == kind]


@pytest.mark.parametrize("kind, parent, extra", [
    ("section", None, {"text": "Året i korthet."}),
    ("section", ("sections", "vasentliga-handelser"), {}),
    ("goal", None, {}),
    ("goal", GREEN, {"level": "namndsmal", "responsible": "Bo Ek"}),
    ("indicator", BUDGET, {"unit": "%", "higher_is_better": False}),
    ("activity", BUDGET, {"start": "2026-01-01", "status": "pagaende"}),
    ("activity", ATTEST, {}),
    ("assignment", FOSSIL, {"responsible_bodies": ["Kommunstyrelsen", "Servicenämnden"]}),
    ("process", None, {"group": "Stödprocesser"}),
    ("risk", EKONOMI, {"probability": 2, "consequence": 4, "category": "it-risk"}),
    ("risk", None, {}),
    ("control", ATTEST, {"frequency": "Kvartalsvis", "method": "Stickprov"}),
    ("control", EKONOMI, {}),
    ("contractor", None, {}),
])
def test_add_every_kind_undo_redo_and_round_trip(report, tmp_path, kind, parent, extra):
    edit = se.add_item(report, kind, parent, "Ny sak för år 2026", **extra)
    assert edit.path[-1] == "ny-sak-for-ar-2026"
    do_undo_redo(report, edit)
    item = resolve(report, edit.path)
    assert item.title == "Ny sak för år 2026"
    if kind == "risk" and extra:
        assert item.value == 8
    round_trip(report, tmp_path)


def test_contractor_rows_are_added_under_an_area(control_report, tmp_path):
    area = next(iter(control_report.contractors))
    edit = se.add_item(control_report, "contractor_row", ("contractors", area), "Hemtjänst Syd",
                       fulfilment="ja")
    do_undo_redo(control_report, edit)
    assert list(control_report.contractors[area].rows)[-1] == "hemtjanst-syd"
    round_trip(control_report, tmp_path)


def test_a_new_id_is_unique_in_its_id_space(report, tmp_path):
    # "budget-i-balans" is a goal: another goal of that title needs another id; a process, a
    # risk or a leaf item of the title does not (a collection is its own id space) ...
    assert se.add_item(report, "goal", None, "Budget i balans").path == \
        ("goals", "budget-i-balans-2")
    for kind in ("process", "risk", "contractor", "section"):
        edit = se.add_item(report, kind, None, "Budget i balans")
        assert edit.path[-1] == "budget-i-balans", kind
        History().do(report, edit)
    assert report.processes["budget-i-balans"].title == report.goals["budget-i-balans"].title
    # ... but leaf items share one space, whatever holds them: they move and keep their id.
    edit = se.add_item(report, "activity", FOSSIL, "Budget i balans")
    assert edit.path == FOSSIL + ("activities", "budget-i-balans")
    History().do(report, edit)
    again = se.add_item(report, "indicator", GREEN, "Budget i balans")
    assert again.path[-1] == "budget-i-balans-2"
    History().do(report, again)
    control = se.add_item(report, "control", ("processes", "budget-i-balans"), "Budget i balans")
    assert control.path[-1] == "budget-i-balans-3"
    round_trip(report, tmp_path)  # saved and read back without an error


def test_a_new_goal_takes_the_level_below_its_parent_and_refuses_a_higher_one(report):
    edit = se.add_item(report, "goal", ("goals", "ordning-och-reda"), "Nytt långsiktigt mål")
    History().do(report, edit)
    assert report.goals["nytt-langsiktigt-mal"].level == "langsiktigt-mal"
    assert se.add_item(report, "goal", None, "Nytt fokus").path  # top level: the first level
    with pytest.raises(EditError, match="higher level"):
        se.add_item(report, "goal", BUDGET, "Under ett nämndsmål", level="fokusomrade")
    with pytest.raises(EditError, match="lowest goal level"):
        se.add_item(report, "goal", BUDGET, "Under ett nämndsmål")


@pytest.mark.parametrize("kind, parent, values, message", [
    ("indicator", ATTEST, {}, "cannot be placed under a risk"),
    ("control", BUDGET, {}, "cannot be placed under a goal"),
    ("activity", None, {}, "must be placed under a goal or risk"),
    ("activity", ("goals", "finns-inte"), {}, "no item"),
    ("activity", BUDGET, {"status": "helt"}, "not a value Status can take"),
    ("activity", BUDGET, {"completion": 140}, "outside 0-100"),
    ("activity", BUDGET, {"colour": "red"}, "no field colour"),
    ("risk", EKONOMI, {"probability": 5}, "out of range"),
    ("risk", EKONOMI, {"value": 9}, "computed"),
    ("goal", None, {"level": "kommunmal"}, "not a goal level"),
    ("process", ATTEST, {}, "cannot be placed under a risk"),
])
def test_add_refuses_what_would_make_the_report_wrong(report, kind, parent, values, message):
    before = validate(report)
    with pytest.raises(EditError, match=message):
        se.add_item(report, kind, parent, "Något", **values)
    assert validate(report) == before


@pytest.mark.parametrize("title", ["", "   ", "Två\nrader"])
def test_a_title_is_required_and_one_line(report, title):
    with pytest.raises(EditError):
        se.add_item(report, "activity", BUDGET, title)


def test_add_at_a_position_among_siblings(report):
    edit = se.add_item(report, "goal", GREEN, "Först under grönare", level="namndsmal", index=0)
    History().do(report, edit)
    assert [k for k, g in report.goals.items() if g.parent == "gronare"][0] == edit.path[1]
    nested = se.add_item(report, "control", ATTEST, "Först", index=0)
    History().do(report, nested)
    assert list(report.risks["attest"].controls)[0] == "forst"
    with pytest.raises(EditError, match="outside"):
        se.add_item(report, "control", ATTEST, "Långt bort", index=9)


def test_rename_keeps_the_id_through_save_and_reload(report, tmp_path):
    history = do_undo_redo(report, rename(report, BUDGET, "Ekonomi i balans"))
    assert report.goals["budget-i-balans"].title == "Ekonomi i balans"
    history.do(report, rename(report, BUDGET + ("activities", "genomlysning"), "Ny genomlysning"))
    loaded = round_trip(report, tmp_path)
    assert "budget-i-balans" in loaded.report.goals
    assert loaded.report.goals["budget-i-balans"].activities["genomlysning"].title == \
        "Ny genomlysning"


# -- move -------------------------------------------------------------------------------------------

def test_reorder_goals_among_siblings(report, tmp_path):
    assert ids_in_order(report, "goal")[-2:] == ["fossilfri", "trygghet"]
    do_undo_redo(report, se.move_down(report, FOSSIL))
    assert ids_in_order(report, "goal")[-2:] == ["trygghet", "fossilfri"]
    with pytest.raises(EditError, match="already last"):
        se.move_down(report, FOSSIL)
    round_trip(report, tmp_path)


def test_a_goal_moves_up_with_everything_under_it(report):
    History().do(report, se.move_up(report, GREEN))
    order = ids_in_order(report, "goal")
    assert order[:3] == ["gronare", "fossilfri", "trygghet"]
    # The file keeps the subtree together: gronare's goals follow it.
    keys = list(report.goals)
    assert keys.index("fossilfri") == keys.index("gronare") + 1


def test_reorder_nested_items(report):
    controls = list(report.risks["attest"].controls)
    do_undo_redo(report, se.move_up(report, ATTEST + ("controls", controls[1])))
    assert list(report.risks["attest"].controls) == controls[::-1]
    with pytest.raises(EditError, match="already first"):
        se.move_up(report, ATTEST + ("controls", controls[1]))


def test_move_an_activity_to_another_goal_and_to_a_risk(report, tmp_path):
    activity = FOSSIL + ("activities", "laddplatser")
    edit = se.move_item(report, activity, BUDGET)
    assert edit.path == BUDGET + ("activities", "laddplatser")
    do_undo_redo(report, edit)
    assert "laddplatser" not in report.goals["fossilfri"].activities
    assert list(report.goals["budget-i-balans"].activities) == ["genomlysning", "laddplatser"]
    history = History()
    history.do(report, se.move_item(report, edit.path, ATTEST, 0))
    assert list(report.risks["attest"].activities) == ["laddplatser"]
    round_trip(report, tmp_path)


def test_move_a_risk_to_another_process(report, tmp_path):
    History().do(report, se.add_item(report, "process", None, "Inköp"))
    do_undo_redo(report, se.move_item(report, ATTEST, ("processes", "inkop")))
    assert report.risks["attest"].process == "inkop"
    round_trip(report, tmp_path)


def test_move_a_goal_to_another_parent(report, tmp_path):
    edit = se.move_item(report, FOSSIL, ("goals", "god-ekonomi"))
    do_undo_redo(report, edit)
    assert report.goals["fossilfri"].parent == "god-ekonomi"
    assert report.goals["fossilfri"].activities  # its leaves came along
    round_trip(report, tmp_path)


def test_move_refuses_a_cycle_a_wrong_level_and_a_wrong_parent(report):
    with pytest.raises(EditError, match="under itself"):
        se.move_item(report, ("goals", "ordning-och-reda"), BUDGET)
    with pytest.raises(EditError, match="higher level"):
        se.move_item(report, ("goals", "god-ekonomi"), FOSSIL)
    with pytest.raises(EditError, match="cannot be placed under a process"):
        se.move_item(report, FOSSIL + ("activities", "laddplatser"), EKONOMI)


def test_cut_and_paste(report):
    activity = FOSSIL + ("activities", "laddplatser")
    # Pasted on a goal: last under it.
    edit = se.paste(report, activity, BUDGET)
    assert edit.action == "move"
    do_undo_redo(report, edit)
    assert list(report.goals["budget-i-balans"].activities)[-1] == "laddplatser"
    # Pasted on a sibling of its kind: right after it.
    History().do(report, se.paste(report, ("goals", "trygghet"), BUDGET))
    siblings = [k for k, g in report.goals.items() if g.parent == "god-ekonomi"]
    assert siblings == ["budget-i-balans", "trygghet", "kostnadseffektiv"]
    with pytest.raises(EditError, match="cannot be pasted at a risk"):
        se.paste(report, BUDGET + ("indicators", "servicegrad"), ATTEST)


# -- delete -----------------------------------------------------------------------------------------

def test_delete_a_leaf(report, tmp_path):
    edit = se.delete_item(report, ATTEST + ("controls", "behorighet"))
    do_undo_redo(report, edit)
    assert list(report.risks["attest"].controls) == ["beslutsattest"]
    round_trip(report, tmp_path)


def test_deleting_a_process_with_risks_asks_first(report):
    with pytest.raises(HasDependents) as raised:
        se.delete_item(report, EKONOMI)
    found = raised.value.dependents
    assert [d.path for d in found.direct] == [ATTEST]
    assert {d.path for d in found.all} == {ATTEST, ATTEST + ("controls", "beslutsattest"),
                                           ATTEST + ("controls", "behorighet")}
    assert found.counts() == {"risk": 1, "control": 2}
    cancel = se.delete_item(report, EKONOMI, Choice.CANCEL)
    assert cancel.noop and not History().do(report, cancel)


def test_delete_a_process_with_its_risks(report, tmp_path):
    do_undo_redo(report, se.delete_item(report, EKONOMI, Choice.DELETE_ALL))
    assert not report.processes and not report.risks
    round_trip(report, tmp_path)


def test_delete_a_process_moving_its_risks_and_controls(control_report, tmp_path):
    report = control_report
    process = next(k for k in report.processes
                   if any(r.process == k for r in report.risks.values()))
    others = move_targets(report, ("processes", process))
    assert others and ("processes", process) not in others
    risks = [k for k, r in report.risks.items() if r.process == process]
    controls = list(report.processes[process].controls)
    edit = se.delete_item(report, ("processes", process), Choice.MOVE, others[0])
    do_undo_redo(report, edit)
    assert all(report.risks[k].process == others[0][1] for k in risks)
    assert set(controls) <= set(report.processes[others[0][1]].controls)
    assert process not in report.processes
    round_trip(report, tmp_path)


def test_delete_a_goal_with_children(report, tmp_path):
    found = dependents(report, ("goals", "god-ekonomi"))
    assert {d.path for d in found.direct} == {BUDGET, ("goals", "kostnadseffektiv")}
    assert found.suggested_target == ("goals", "ordning-och-reda")
    assert found.counts() == {"goal": 2, "indicator": 1, "activity": 1}
    with pytest.raises(EditError, match="deleted too"):
        se.delete_item(report, ("goals", "god-ekonomi"), Choice.MOVE, BUDGET)
    edit = se.delete_item(report, ("goals", "god-ekonomi"), Choice.MOVE, found.suggested_target)
    do_undo_redo(report, edit)
    assert report.goals["budget-i-balans"].parent == "ordning-och-reda"
    assert "god-ekonomi" not in report.goals
    round_trip(report, tmp_path)


def test_delete_a_goal_subtree(report, tmp_path):
    do_undo_redo(report, se.delete_item(report, ("goals", "ordning-och-reda"), Choice.DELETE_ALL))
    assert list(report.goals) == ["gronare", "fossilfri", "trygghet"]
    round_trip(report, tmp_path)


def test_delete_a_goal_moving_its_leaves_to_another_goal(report):
    edit = se.delete_item(report, FOSSIL, Choice.MOVE, BUDGET)
    do_undo_redo(report, edit)
    assert "laddplatser" in report.goals["budget-i-balans"].activities
    assert "klimatplan" in report.goals["budget-i-balans"].assignments


# -- indicator years --------------------------------------------------------------------------------

def test_add_a_year_fill_it_and_undo_everything(report, tmp_path):
    indicator = BUDGET + ("indicators", "servicegrad")
    history = do_undo_redo(report, ye.add_year(report, indicator, 2026))
    do_undo_redo(report, change_value(report, indicator, 2026, "target", "95"), history)
    assert report.goals["budget-i-balans"].indicators["servicegrad"].years[2026].target.number == 95
    round_trip(report, tmp_path)
    history.undo(report)
    assert 2026 in report.goals["budget-i-balans"].indicators["servicegrad"].years  # kept, empty
    round_trip(report, tmp_path, "empty-year.toml")  # an empty year is saved and read back
    history.undo(report)
    assert 2026 not in report.goals["budget-i-balans"].indicators["servicegrad"].years
    with pytest.raises(EditError, match="already has the year 2021"):
        ye.add_year(report, indicator, 2021)


def test_remove_a_year_with_its_values(report, tmp_path):
    indicator = BUDGET + ("indicators", "servicegrad")
    do_undo_redo(report, ye.remove_year(report, indicator, 2021))
    assert list(report.goals["budget-i-balans"].indicators["servicegrad"].years) == [2022]
    round_trip(report, tmp_path)


def test_sections_nest_move_and_delete_with_their_subsections(report, tmp_path):
    history = History()
    top = ("sections", "vasentliga-handelser")
    sub = se.add_item(report, "section", top, "Pandemin")
    history.do(report, sub)
    other = se.add_item(report, "section", None, "Framtiden")
    history.do(report, other)
    do_undo_redo(report, se.move_item(report, sub.path, other.path))
    assert report.sections["pandemin"].parent == "framtiden"
    with pytest.raises(EditError, match="under itself"):
        se.move_item(report, other.path, sub.path)
    with pytest.raises(HasDependents):
        se.delete_item(report, other.path)
    do_undo_redo(report, se.delete_item(report, other.path, Choice.MOVE, None))
    assert report.sections["pandemin"].parent is None
    round_trip(report, tmp_path)


def test_a_control_moves_between_a_risk_and_a_process(report, tmp_path):
    control = ATTEST + ("controls", "behorighet")
    edit = se.move_item(report, control, EKONOMI)
    do_undo_redo(report, edit)
    assert edit.path == EKONOMI + ("controls", "behorighet")
    assert "behorighet" in report.processes["ekonomi"].controls
    round_trip(report, tmp_path)
