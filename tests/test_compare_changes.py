"""What changed in a matched item: scale values with better/worse by order, texts, indicator
values, risks and controls, moves; assessments per level; trend suggestions."""

import copy

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reportmodel.core.compare import compare_reports, suggest_trend, suggest_trends, word_diff
from reportmodel.core.scheme import SchemeDecl
from reportmodel.io.storage import load_report

from .conftest import DATA

COMPARE = DATA / "compare"


@pytest.fixture
def diff():
    return compare_reports(load_report(COMPARE / "old.toml"), load_report(COMPARE / "new.toml"))


def change(diff, new_id, field):
    [record] = diff.for_new(new_id)
    found = record.change(field)
    assert found is not None, f"{new_id}: no change of {field}"
    return found


def test_assessment_worse_and_better_by_the_scales_order(diff):
    worse = change(diff, "budget-i-balans", "assessment")
    assert (worse.old, worse.new, worse.direction) == ("helt", "delvis", "worse")
    assert (worse.old_label, worse.new_label) == ("Helt uppfyllt", "Delvis uppfyllt")
    better = change(diff, "fossilbranslefri-koncern", "assessment")
    assert (better.old, better.new, better.direction) == ("ej", "delvis", "better")


def test_responsible_title_description_and_comment(diff):
    responsible = change(diff, "budget-i-balans", "responsible")
    assert (responsible.old, responsible.new) == ("Anna Emrin", "Jonas Sverkén")
    title = change(diff, "fossilbranslefri-koncern", "title")
    assert title.type == "text"
    [record] = diff.for_new("fossilbranslefri-koncern")
    assert record.renamed and record.how == "similar"
    description = change(diff, "trygghet", "description")
    assert "polismyndighetens" in description.new
    comment = change(diff, "budget-i-balans", "comment")
    assert comment.new == "Underskottet kvarstår inom trygghet och säkerhet."


def test_unchanged_item_has_no_changes(diff):
    [record] = diff.for_new("ett-gronare-kalmar")
    assert record.status == "unchanged" and record.changes == []


def test_indicator_values_year_by_year_and_latest_outcome(diff):
    [record] = diff.for_new("servicegrad")
    fields = {c.field: c for c in record.changes}
    assert fields["years.2022.outcome"].old == "prel: 88.5"
    assert fields["years.2022.outcome"].new == 88.5
    assert fields["years.2023.target"].new == 92
    latest = fields["latest_outcome"]
    assert latest.old == [2022, "prel: 88.5"] and latest.new == [2023, 91]
    assert latest.direction == "better"
    # sick leave: lower is better, so a rise is worse; the trimmed year 2022 is not "removed"
    [sick] = diff.for_new("sjukfranvaro")
    sick_fields = {c.field: c for c in sick.changes}
    assert sick_fields["latest_outcome"].direction == "worse"
    assert not any(f.startswith("years.2022") for f in sick_fields)


def test_risk_values_lower_is_better_and_control_assessment(diff):
    probability = change(diff, "attest", "probability")
    assert (probability.old, probability.new, probability.direction) == (3, 2, "better")
    value = change(diff, "attest", "value")
    assert (value.old, value.new, value.direction) == (9, 6, "better")
    assessment = change(diff, "beslutsattest", "assessment")
    assert (assessment.old, assessment.new, assessment.direction) == (
        "utan-anmarkning", "med-anmarkning", "worse")


def test_move_to_another_parent_but_not_when_the_parent_was_only_renamed(diff):
    [record] = diff.for_new("naringslivsorganisation")
    assert not record.moved
    old = load_report(COMPARE / "old.toml")
    new = load_report(COMPARE / "new.toml")
    activity = new.goals["budget-i-balans"].activities.pop("genomlysning-2022-2023")
    new.goals["trygghet"].activities["genomlysning-2022-2023"] = activity
    [record] = compare_reports(old, new).for_new("genomlysning-2022-2023")
    move = record.change("parent")
    assert record.how == "title" and record.moved
    assert (move.old, move.new) == ("budget-i-balans", "trygghet")
    assert (move.old_label, move.new_label) == ("Budget i balans", "Trygghet")


def test_children_of_a_renamed_goal_are_not_moved():
    old = load_report(COMPARE / "old.toml")
    new = copy.deepcopy(old)
    goal = new.goals.pop("trygghet")
    goal.id = "trygg-kommun"
    goal.title = "Trygghet i kommunen"
    new.goals["trygg-kommun"] = goal
    result = compare_reports(old, new)
    [record] = result.for_new("organisation-for-naringslivsfragor")
    assert record.status == "unchanged"


def test_identical_reports_do_not_differ():
    old = load_report(COMPARE / "old.toml")
    result = compare_reports(old, load_report(COMPARE / "old.toml"))
    assert not result.differs()
    assert all(d.status == "unchanged" and d.how == "id" for d in result.items)


def test_differs_by_part(diff):
    assert diff.differs({"goals"})
    old = load_report(COMPARE / "old.toml")
    new = copy.deepcopy(old)
    new.risks["attest"].probability = 2
    new.risks["attest"].value = 6
    result = compare_reports(old, new)
    assert result.differs({"internal-control"})
    assert not result.differs({"goals", "activities", "report"})


def test_levels_side_by_side(diff):
    board = next(s for s in diff.levels if s.level == "namndsmal")
    assert (board.old_total, board.new_total) == (6, 5)
    counts = {row.key: (row.old, row.new) for row in board.rows}
    assert counts == {"helt": (1, 0), "delvis": (3, 4), "ej": (2, 0), None: (0, 1)}


def test_different_schemes_compare_by_order_and_label():
    old = load_report(COMPARE / "old.toml")
    new = copy.deepcopy(old)
    new.scheme_decl = SchemeDecl(preset="tvaniva")
    for goal in new.goals.values():
        if goal.level == "fokusomrade" or goal.level == "langsiktigt-mal":
            goal.level = "kf-mal"
    new.goals["budget-i-balans"].assessment = "uppfyllt"  # Helt -> Uppfyllt: both the best
    new.goals["avfallet"].assessment = "uppfyllt"  # Delvis -> Uppfyllt: better
    new.goals["trygghet"].assessment = "ej-uppfyllt"  # Delvis -> Ej uppfyllt: worse
    new.goals["fossilbranslefri-kommun"].assessment = "ej-uppfyllt"  # "ej" -> "ej-uppfyllt"
    result = compare_reports(old, new)
    budget = change(result, "budget-i-balans", "assessment")
    assert (budget.old_label, budget.new_label, budget.direction) == (
        "Helt uppfyllt", "Uppfyllt", "same")
    assert change(result, "avfallet", "assessment").direction == "better"
    assert change(result, "trygghet", "assessment").direction == "worse"
    # keyed differently, but the same label at the same place in its scale: no change
    [fossil] = result.for_new("fossilbranslefri-kommun")
    assert fossil.change("assessment") is None
    board = next(s for s in result.levels if s.level == "namndsmal")
    labels = [row.label for row in board.rows]
    assert labels[0] == "Uppfyllt" and "Helt uppfyllt" in labels and labels[-1] == "Ej utvärderad"


@pytest.fixture
def process_years():
    old = load_report(DATA / "process-oriented.toml")
    new = copy.deepcopy(old)
    new.meta.year = 2023
    new.goals["tillsyn"].assessment = "uppna"  # delvis -> uppna: better, trend is battre
    new.goals["bygglov"].assessment = "ej"  # uppna -> ej: worse, trend is oforandrad
    new.goals["bygglov"].trend = "oforandrad"
    return old, new


def test_trend_suggestions_follow_the_change_in_assessment(process_years):
    old, new = process_years
    before = copy.deepcopy(new)
    suggestions = {s.goal_id: s for s in suggest_trends(old, new)}
    assert set(suggestions) == {"tillsyn", "bygglov"}  # radgivning is not assessed
    assert suggestions["tillsyn"].suggested == "battre" and suggestions["tillsyn"].agrees
    assert suggestions["bygglov"].direction == "worse"
    assert suggestions["bygglov"].suggested == "samre" and not suggestions["bygglov"].agrees
    assert new == before  # a suggestion, never set silently


def test_trend_suggestion_for_one_goal_after_an_assessment(process_years):
    old, new = process_years
    new.goals["bygglov"].assessment = "uppna"
    suggestion = suggest_trend(old, new, "bygglov")
    assert (suggestion.direction, suggestion.suggested) == ("same", "oforandrad")
    new.goals["bygglov"].assessment = None
    assert suggest_trend(old, new, "bygglov") is None
    assert suggest_trend(old, new, "riskbaserad-tillsyn") is None  # a level without trend


def test_no_trend_suggestions_where_no_level_has_a_trend(diff):
    assert diff.trends == []


@given(st.text(alphabet="ab ,.\n", max_size=40), st.text(alphabet="ab ,.\n", max_size=40))
def test_word_diff_rebuilds_both_texts(old, new):
    segments = word_diff(old, new)
    assert "".join(t for op, t in segments if op != "+") == old
    assert "".join(t for op, t in segments if op != "-") == new


def test_word_diff_keeps_a_reworded_phrase_whole():
    assert word_diff("Kalmar ska vara topp tre att besöka", "Kalmar ska vara en attraktiv "
                     "kommun att besöka") == [("=", "Kalmar ska vara "), ("-", "topp tre"),
                                              ("+", "en attraktiv kommun"), ("=", " att besöka")]
