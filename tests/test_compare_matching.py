"""Pairing the items of two reports: continues, id, normalised title, similarity, splits and
merges; never by position (tests/data/compare/old.toml and new.toml, 2022 and 2023)."""

import copy

import pytest

from reportmodel.core import model as m
from reportmodel.core.compare import continues_edit, match_reports, normalise, parse_continues
from reportmodel.core.edits import EditError, History
from reportmodel.io.storage import load_report

from .conftest import DATA

COMPARE = DATA / "compare"


@pytest.fixture
def old():
    return load_report(COMPARE / "old.toml")


@pytest.fixture
def new():
    return load_report(COMPARE / "new.toml")


def pairs_of(matching):
    return {(p.old_id, p.new_id): p.how for p in matching.pairs}


def test_normalised_title_masks_years_and_ranges_and_ignores_case_punctuation_spaces():
    a = "Genomlysning av verksamheter som noterat ett ekonomiskt underskott 2020-21."
    b = "genomlysning av  verksamheter som noterat ett ekonomiskt underskott 2022-2023"
    assert normalise(a) == normalise(b)
    assert normalise("Årsmål 2022 - Bostadsproduktion") == normalise(
        "ÅRSMÅL 2023: Bostadsproduktion")
    assert normalise("Mål 2022/23") == normalise("Mål 2024")
    # a number that is not a year is content
    assert normalise("Minst 150 företagsbesök") != normalise("Minst 300 företagsbesök")


def test_same_id_pairs_by_id(old, new):
    matching = match_reports(old, new)
    assert pairs_of(matching)[("budget-i-balans", "budget-i-balans")] == "id"
    assert pairs_of(matching)[("trygghet", "trygghet")] == "id"


def test_activity_with_the_year_changed_in_its_title_pairs_by_title(old, new):
    matching = match_reports(old, new)
    assert pairs_of(matching)[("genomlysning-2020-21", "genomlysning-2022-2023")] == "title"


def test_renamed_goal_and_assignment_pair_by_similarity(old, new):
    matching = match_reports(old, new)
    pairs = pairs_of(matching)
    assert pairs[("fossilbranslefri-kommun", "fossilbranslefri-koncern")] == "similar"
    assert pairs[("organisation-for-naringslivsfragor", "naringslivsorganisation")] == "similar"
    score = next(p.score for p in matching.pairs if p.new_id == "fossilbranslefri-koncern")
    assert 0.6 <= score <= 1.0


def test_split_into_three_and_merge_of_two(old, new):
    matching = match_reports(old, new)
    [split] = matching.splits
    assert split.old_id == "attraktiv-kommun"
    assert set(split.new_ids) == {"attraktiv-kommun-bo-och-leva", "attraktiv-kommun-besoka",
                                  "attraktiv-kommun-studera"}
    [merge] = matching.merges
    assert merge.new_id == "naringslivsranking"
    assert set(merge.old_ids) == {"naringslivsranking-skr", "naringslivsranking-svenskt-naringsliv"}
    assert matching.split_of("attraktiv-kommun-besoka") == split
    assert matching.merge_into("naringslivsranking") == merge


def test_removed_and_added(old, new):
    matching = match_reports(old, new)
    assert {e.id for e in matching.removed} == {"avfallet", "bemanningsplanering",
                                                 "utreda-lokaler", "medborgarlofte"}
    assert {e.id for e in matching.added} == {"aldreomsorgskommun", "kartlaggning",
                                               "felaktiga-utbetalningar"}


def test_continues_overrides_an_id_match(old, new):
    # The officer says this year's "trygghet" continues last year's "avfallet".
    new.goals["trygghet"].continues = "avfallet"
    matching = match_reports(old, new)
    assert matching.for_new("trygghet")[0].old_id == "avfallet"
    assert matching.for_new("trygghet")[0].how == "continues"
    assert "trygghet" in {e.id for e in matching.removed}


def test_continues_overrides_a_similarity_match(old, new):
    new.goals["fossilbranslefri-koncern"].continues = "avfallet"
    matching = match_reports(old, new)
    assert matching.old_of("fossilbranslefri-koncern") == "avfallet"
    assert "fossilbranslefri-kommun" in {e.id for e in matching.removed}


def test_continues_dash_marks_an_item_new(old, new):
    new.goals["budget-i-balans"].continues = "-"
    matching = match_reports(old, new)
    assert matching.for_new("budget-i-balans") == []
    assert {"budget-i-balans"} <= {e.id for e in matching.added}
    assert {"budget-i-balans"} <= {e.id for e in matching.removed}


def test_continues_several_ids_is_a_confirmed_merge(old, new):
    new.goals["aldreomsorgskommun"].continues = "avfallet, trygghet"
    new.goals["trygghet"].continues = "-"
    matching = match_reports(old, new)
    merge = matching.merge_into("aldreomsorgskommun")
    assert merge is not None and merge.how == "continues"
    assert set(merge.old_ids) == {"avfallet", "trygghet"}


def test_continues_on_several_new_items_is_a_confirmed_split(old, new):
    new.goals["aldreomsorgskommun"].continues = "trygghet"
    matching = match_reports(old, new)
    split = next(s for s in matching.splits if s.old_id == "trygghet")
    assert set(split.new_ids) == {"trygghet", "aldreomsorgskommun"}
    assert split.how == "continues"


def test_continues_naming_a_missing_id_or_another_kind_is_a_note_and_ignored(old, new):
    new.goals["budget-i-balans"].continues = "finns-inte"
    new.goals["trygghet"].continues = "bemanningsplanering"  # an activity, not a goal
    matching = match_reports(old, new)
    problems = {(n.new_id, n.problem) for n in matching.notes}
    assert problems == {("budget-i-balans", "missing"), ("trygghet", "kind")}
    assert matching.old_of("budget-i-balans") == "budget-i-balans"  # fell back to the id
    assert matching.old_of("trygghet") == "trygghet"


def test_parse_continues():
    assert parse_continues("a, b") == ["a", "b"]
    assert parse_continues(" a  b ") == ["a", "b"]
    assert parse_continues(None) == []
    assert parse_continues("-") == ["-"]


def _goal(gid, title, level="namndsmal", parent=None, description=None):
    return m.Goal(gid, title=title, level=level, parent=parent, description=description)


def _report(goals, year=2022):
    report = m.Report()
    report.meta = m.Meta(municipality="K", board="B", title=f"Årsrapport {year}", year=year)
    report.goals = {g.id: g for g in goals}
    return report


def test_never_by_position():
    old = _report([_goal("avfallet", "Avfallet"), _goal("arbetsloshet", "Arbetslöshet")])
    new = _report([_goal("aldreomsorg", "Äldreomsorgskommun"),
                   _goal("kompetens", "Framtidssäkrad kompetensförsörjning")], 2023)
    matching = match_reports(old, new)
    assert matching.pairs == []
    assert len(matching.added) == 2 and len(matching.removed) == 2


def test_pairing_does_not_depend_on_the_order_of_the_file(old, new):
    reordered = copy.deepcopy(new)
    reordered.goals = dict(reversed(list(new.goals.items())))
    for goal in reordered.goals.values():
        goal.activities = dict(reversed(list(goal.activities.items())))
    a = {(p.old_id, p.new_id, p.how) for p in match_reports(old, new).pairs}
    b = {(p.old_id, p.new_id, p.how) for p in match_reports(old, reordered).pairs}
    assert a == b


def test_same_title_on_two_levels_pairs_by_level_not_by_an_id_shared_by_chance():
    # Kalmar has "Budget i balans" as a long-term goal and as a board goal; two reports written
    # independently derive ids from titles in file order, so the ids cross over.
    old = _report([_goal("budget-i-balans", "Budget i balans", "langsiktigt-mal"),
                   _goal("budget-i-balans-2", "Budget i balans", "namndsmal")])
    new = _report([_goal("budget-i-balans", "Budget i balans", "namndsmal")], 2023)
    matching = match_reports(old, new)
    assert matching.old_of("budget-i-balans") == "budget-i-balans-2"
    assert [e.id for e in matching.removed] == ["budget-i-balans"]


def test_identical_titles_prefer_the_same_parent():
    old = _report([_goal("a", "A", "fokusomrade"), _goal("b", "B", "fokusomrade")])
    new = _report([_goal("a", "A", "fokusomrade"), _goal("b", "B", "fokusomrade")], 2023)
    old.goals["a"].activities = {"x1": m.Activity("x1", title="Uppföljning")}
    old.goals["b"].activities = {"x2": m.Activity("x2", title="Uppföljning")}
    new.goals["b"].activities = {"y1": m.Activity("y1", title="Uppföljning.")}
    new.goals["a"].activities = {"y2": m.Activity("y2", title="uppföljning")}
    matching = match_reports(old, new)
    assert matching.old_of("y1") == "x2"
    assert matching.old_of("y2") == "x1"


def test_unrelated_activities_sharing_phrasing_are_not_paired():
    old = _report([_goal("g", "G", "fokusomrade")])
    new = _report([_goal("g", "G", "fokusomrade")], 2023)
    # K22 and K23: different activities under the same goal, 0.55 with the same-parent bonus
    old.goals["g"].activities = {"a": m.Activity("a", title=(
        "Ta fram mätpunkter för kontinuerligt uppföljning av universitetsstaden Kalmar och "
        "kommunkoncernens universitetssamverkan."))}
    new.goals["g"].activities = {"b": m.Activity("b", title=(
        "Ta fram rutin och arbetsfördelning för studentaktiviteter och Kalmar kommunkoncerns "
        "synlighet jämt mot studenter"))}
    matching = match_reports(old, new)
    assert matching.for_new("b") == []
    assert [e.id for e in matching.removed] == ["a"]


def test_the_officers_decision_is_an_undoable_edit_that_changes_the_pairing(old, new):
    history = History()
    history.do(new, continues_edit(new, "fossilbranslefri-koncern", ["avfallet"]))
    assert new.goals["fossilbranslefri-koncern"].continues == "avfallet"
    assert match_reports(old, new).old_of("fossilbranslefri-koncern") == "avfallet"
    history.do(new, continues_edit(new, "kartlaggning", []))
    assert new.goals["budget-i-balans"].activities["kartlaggning"].continues == "-"
    history.do(new, continues_edit(new, "naringslivsranking", ["naringslivsranking-skr",
                                                              "naringslivsranking-skr"]))
    assert new.goals["naringslivsranking"].continues == "naringslivsranking-skr"
    history.undo(new)
    history.undo(new)
    history.undo(new)
    assert new.goals["fossilbranslefri-koncern"].continues is None
    assert match_reports(old, new).old_of("fossilbranslefri-koncern") == "fossilbranslefri-kommun"
    with pytest.raises(EditError):
        continues_edit(new, "finns-inte", ["a"])
    with pytest.raises(EditError):
        continues_edit(new, "trygghet", ["Inte Ett Id"])
