"""The real pairs of domain.md section 4: Kalmar's annual report 2022 against the plan 2023, and
the annual report 2015 against 2022 (sample_data/)."""

import pytest

from reportmodel.core.compare import compare_reports, match_reports
from reportmodel.io.storage import load_report

from .conftest import ROOT

SAMPLES = ROOT / "sample_data"


@pytest.fixture(scope="module")
def k22():
    return load_report(SAMPLES / "kalmar-2022.toml")


@pytest.fixture(scope="module")
def k23():
    return load_report(SAMPLES / "kalmar-2023-plan.toml")


@pytest.fixture(scope="module")
def diff(k22, k23):
    return compare_reports(k22, k23)


def goal_by_title(report, title, level):
    [goal] = [g for g in report.goals.values() if g.title == title and g.level == level]
    return goal


def test_budget_i_balans_pairs_by_id_with_the_responsible_changed(diff):
    [record] = diff.for_new("budget-i-balans")
    assert record.how == "id" and record.old.level == "namndsmal"
    responsible = record.change("responsible")
    assert (responsible.old, responsible.new) == ("Anna Emrin", "Jonas Sverkén")
    assessment = record.change("assessment")
    assert (assessment.old, assessment.new, assessment.new_label) == ("helt", None,
                                                                      "Ej utvärderad")


def test_same_names_stay_paired(k22, k23, diff):
    for title in ("Ändamålsenlig och kostnadseffektiv verksamhet", "Färdigställda bostäder",
                  "Villatomter", "Trygghet"):
        new = goal_by_title(k23, title, "namndsmal")
        [record] = diff.for_new(new.id)
        assert record.old.title == title and record.old.level == "namndsmal", title
    trygghet = goal_by_title(k23, "Trygghet", "namndsmal")
    assert diff.for_new(trygghet.id)[0].change("description") is not None  # text changed


@pytest.mark.parametrize("old_title,new_title,kind", [
    ("Fossilbränslefri kommun", "Fossilbränslefri koncern", "goal"),
    ("Jämställdhetssäkrad verksamhet", "Jämställd verksamhet", "goal"),
    ("Organisation för näringslivsfrågor", "Näringslivsorganisation", "assignment"),
])
def test_renames_pair_by_similarity(diff, old_title, new_title, kind):
    records = [d for d in diff.items if d.kind == kind and d.old and d.new
               and d.old.title == old_title]
    assert records, old_title
    for record in records:
        assert record.new.title == new_title and record.how == "similar" and record.renamed
        assert record.old.level == record.new.level


def test_fossilbranslefri_kommun_becomes_the_board_goal_not_the_council_goal(k23, diff):
    [record] = [d for d in diff.items if d.old and d.old.title == "Fossilbränslefri kommun"]
    assert record.new.level == "namndsmal"


def test_attraktiv_kommun_splits_into_three(k22, diff):
    matching = diff.matching
    [split] = [s for s in matching.splits if s.old_id == "attraktiv-kommun"]
    titles = sorted(matching.new[("goals", i)].title for i in split.new_ids)
    assert titles == ["Attraktiv kommun; besöka", "Attraktiv kommun; bo och leva",
                      "Attraktiv kommun; studera, arbeta och bedriva näring"]


def test_goals_moved_to_other_boards_are_removed_and_new_ones_added(diff):
    removed = {e.title for e in diff.matching.removed if e.kind == "goal"}
    assert {"Avfallet", "Bostadsproduktion", "Etableringsuppdraget", "Näringslivsranking SKR",
            "Arbetslöshet"} <= removed
    added = {e.title for e in diff.matching.added if e.kind == "goal"}
    assert {"Äldreomsorgskommun", "Framtidssäkrad kompetensförsörjning"} <= added


def test_activity_with_the_year_changed_in_its_title_is_paired(diff):
    [record] = [d for d in diff.items if d.kind == "activity" and d.old
                and d.old.title.startswith("Genomlysning av verksamheter som noterat")]
    assert record.new is not None
    assert record.old.title.endswith("2020-21.") and record.new.title.endswith("2022-2023.")
    assert record.change("start").new == "2023-01-01"


def test_no_pair_crosses_levels_that_both_reports_have(k22, k23, diff):
    shared = {lv.key for lv in k22.scheme.levels} & {lv.key for lv in k23.scheme.levels}
    for d in diff.items:
        if d.kind == "goal" and d.old and d.new and d.old.level != d.new.level:
            assert not (d.old.level in shared and d.new.level in shared), d


def test_2015_against_2022_pairs_across_a_renamed_scheme():
    k15 = load_report(SAMPLES / "kalmar-2015.toml")
    k22 = load_report(SAMPLES / "kalmar-2022.toml")
    matching = match_reports(k15, k22)
    pairs = {(matching.old[p.old_key].title, matching.new[p.new_key].title) for p in matching.pairs}
    assert ("Fossilbränslefri kommun", "Fossilbränslefri kommun") in pairs
    # every focus area and every unmatched goal is accounted for, none twice
    goals = [p for p in matching.pairs if p.kind == "goal"]
    assert len({p.new_id for p in goals}) + len(
        [e for e in matching.added if e.kind == "goal"]) == len(k22.goals)
