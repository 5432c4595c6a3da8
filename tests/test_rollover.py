"""Next year's report from this one: same ids, the year moved on, judgements cleared, comments
kept as previous_comment, finished work left out."""

import copy
import datetime as dt

import pytest

from reportmodel.core import model as m
from reportmodel.core.compare import compare_reports
from reportmodel.core.rollover import move_year, rollover
from reportmodel.io.storage import load_report, loads_report, parse, render
from reportmodel.core.values import IndicatorValue

from .conftest import DATA

OLD = DATA / "compare" / "old.toml"


@pytest.fixture
def old():
    return load_report(OLD)


@pytest.fixture
def rolled(old):
    return rollover(old, move_titles=True)


def reload(report):
    """The report as it would be read back from the file rollover writes."""
    loaded = parse(render(report).decode("utf-8"))
    assert loaded.errors == []
    return loaded.report


def test_the_source_report_is_not_changed(old):
    before = copy.deepcopy(old)
    rollover(old)
    assert old == before


def test_metadata_moves_on(rolled):
    meta = rolled.report.meta
    assert (meta.year, meta.title) == (2023, "Kommunstyrelsens årsrapport 2023")
    assert meta.case_number is None and meta.date is None
    assert meta.decision == ["Kommunstyrelsen godkänner årsrapporten för 2023."]
    # a date is not a year to move on
    assert meta.attachments == ["Uppföljning intern kontroll 2023", "Protokoll 2022-11-05"]
    assert meta.officer == "Jonas Sverkén" and meta.kind == "arsrapport"


def test_move_year_only_whole_words_outside_ranges_and_dates():
    assert move_year("Årsmål 2022 - Bostadsproduktion", 2022, 2023) == \
        "Årsmål 2023 - Bostadsproduktion"
    assert move_year("Genomlysning 2020-21 och 2022-2023", 2022, 2023) == \
        "Genomlysning 2020-21 och 2022-2023"
    assert move_year("Strategi 2022–2025", 2022, 2023) == "Strategi 2022–2025"
    assert move_year("Senast 2022-12-31", 2022, 2023) == "Senast 2022-12-31"
    assert move_year("KS 2022/0231", 2022, 2023) == "KS 2022/0231"
    assert move_year("Mål 20221 och 12022", 2022, 2023) == "Mål 20221 och 12022"
    assert move_year("Under 2022. Och (2022)", 2022, 2023) == "Under 2023. Och (2023)"


def test_year_moves_in_titles_but_not_in_descriptions_or_comments(old, rolled):
    report = rolled.report
    assert report.sections["vasentliga-handelser"].title == "Väsentliga händelser 2023"
    activity = report.goals["budget-i-balans"].activities["genomlysning-2020-21"]
    assert activity.title.endswith("underskott 2020-21.")  # a range stays
    control = report.risks["attest"].controls["beslutsattest"]
    assert control.frequency == "En gång under tidig höst 2022"
    goal = report.goals["fossilbranslefri-kommun"]
    assert goal.description == old.goals["fossilbranslefri-kommun"].description


def test_ids_stay_and_finished_work_is_left_out(old, rolled):
    report = rolled.report
    assert list(report.goals) == list(old.goals)
    assert list(report.risks) == list(old.risks)
    activities = report.goals["budget-i-balans"].activities
    # genomford (the highest status) and ej-aktuell go; pagaende is carried over
    assert list(activities) == ["genomlysning-2020-21"]
    assert set(rolled.dropped_activities) == {"bemanningsplanering", "utreda-lokaler"}
    assignments = report.goals["trygghet"].assignments
    assert list(assignments) == ["organisation-for-naringslivsfragor"]
    assert rolled.dropped_assignments == ["medborgarlofte"]


def test_keep_all_keeps_finished_work(old):
    report = rollover(old, keep_all=True).report
    assert set(report.goals["budget-i-balans"].activities) == {
        "genomlysning-2020-21", "bemanningsplanering", "utreda-lokaler"}
    assert report.goals["budget-i-balans"].activities["bemanningsplanering"].status is None


def test_judgements_cleared_and_comments_kept_as_previous_comment(old, rolled):
    report = rolled.report
    goal, before = report.goals["budget-i-balans"], old.goals["budget-i-balans"]
    assert goal.assessment is None and goal.trend is None and goal.comment is None
    assert goal.previous_comment == before.comment
    assert goal.responsible == "Anna Emrin" and goal.description == before.description
    activity = report.goals["budget-i-balans"].activities["genomlysning-2020-21"]
    assert activity.status is None and activity.comment is None
    assert activity.previous_comment == "Genomlysning av TLC är gjord."
    assert activity.start == dt.date(2022, 1, 1)  # dates are the officer's to move
    risk = report.risks["attest"]
    assert (risk.probability, risk.consequence, risk.value) == (3, 3, 9)
    assert risk.comment is None and risk.previous_comment == "Hög risk enligt analysen."
    control = risk.controls["beslutsattest"]
    assert control.status is None and control.assessment is None
    assert control.result is None and control.comment is None
    assert control.previous_comment == "Kontrollerat i september."
    assert control.description == "Granska att beslutsattest skett av rätt person."


def test_sections_keep_their_text_with_a_note_that_replaces_last_years(old):
    old.sections["vasentliga-handelser"].source_note = "Från PDF:en."
    first = rollover(old).report
    section = first.sections["vasentliga-handelser"]
    assert section.text == "Året präglades av elkrisen."
    assert section.source_note == ("Från PDF:en.\n"
                                   "Texten är från rapporten för 2022: skriv om den för 2023.")
    second = rollover(first).report.sections["vasentliga-handelser"]
    assert second.source_note == ("Från PDF:en.\n"
                                  "Texten är från rapporten för 2023: skriv om den för 2024.")


def test_a_goal_without_a_comment_gets_no_previous_comment(old):
    old.goals["avfallet"].comment = None
    old.goals["avfallet"].previous_comment = "Två år gammal."
    goal = rollover(old).report.goals["avfallet"]
    assert goal.previous_comment is None


def test_indicators_keep_the_latest_outcome_and_future_targets(old):
    indicator = old.goals["budget-i-balans"].indicators["servicegrad"]
    indicator.years[2024] = m.IndicatorYear(target=IndicatorValue(95))
    rolled = rollover(old).report.goals["budget-i-balans"].indicators["servicegrad"]
    assert sorted(rolled.years) == [2022, 2024]
    assert rolled.years[2022].outcome == IndicatorValue(88.5, preliminary=True)
    assert rolled.years[2022].target is None  # last year's target is last year's report
    assert rolled.years[2024].target == IndicatorValue(95)


def test_an_indicator_without_a_numeric_outcome_keeps_no_year(old):
    indicator = old.goals["budget-i-balans"].indicators["servicegrad"]
    indicator.years = {2022: m.IndicatorYear(target=IndicatorValue(90),
                                             outcome=IndicatorValue(no_data=True))}
    rolled = rollover(old).report.goals["budget-i-balans"].indicators["servicegrad"]
    assert rolled.years == {}


def test_continues_is_cleared(old):
    old.goals["trygghet"].continues = "trygghet-2021"
    assert rollover(old).report.goals["trygghet"].continues is None


def test_process_preset_drops_klart_and_keeps_forsenat():
    old = load_report(DATA / "process-oriented.toml")
    report = rollover(old).report
    assignments = report.goals["tillsyn"].assignments  # commitments hang on the area
    assert list(assignments) == ["digital-inspektionsrapport"]
    commitment = assignments["digital-inspektionsrapport"]
    assert commitment.status is None and commitment.completion is None
    assert report.goals["tillsyn"].trend is None and report.goals["tillsyn"].assessment is None


def test_only_risks_marked_carry_over_go_on_when_the_report_marks_any():
    old = load_report(DATA / "internal-control.toml")
    marked = {k for k, r in old.risks.items() if r.carry_over}
    assert marked and marked != set(old.risks)
    result = rollover(old)
    # ... and those with a recurring control (test_recurring_controls_survive_...).
    recurring = {k for k, r in old.risks.items() if any(c.recurring for c in r.controls.values())}
    assert set(result.report.risks) == marked | recurring
    assert not any(r.carry_over for r in result.report.risks.values())
    assert set(rollover(old, keep_all=True).report.risks) == set(old.risks)


def test_contractor_rows_are_cleared():
    old = load_report(DATA / "internal-control.toml")
    report = rollover(old).report
    for key, area in report.contractors.items():
        assert area.comment is None
        assert area.previous_comment == old.contractors[key].comment
        for row in area.rows.values():
            assert row.fulfilment is None and row.comment is None and row.deficiencies is None


def test_kind_and_year_options(old):
    assert rollover(old, 2025, kind="verksamhetsplan").report.meta.kind == "verksamhetsplan"
    assert rollover(old, 2025).report.meta.title == "Kommunstyrelsens årsrapport 2025"
    with pytest.raises(ValueError, match="not after 2022"):
        rollover(old, 2022)
    with pytest.raises(ValueError, match="not a kind"):
        rollover(old, kind="budget")


def test_round_trip_loads_and_diff_pairs_everything_by_id(old, rolled):
    report = reload(rolled.report)
    assert report == rolled.report
    diff = compare_reports(old, report)
    assert {d.how for d in diff.items if d.old and d.new} == {"id"}
    assert not [d for d in diff.items if d.status == "added"]
    assert {d.old_id for d in diff.items if d.status == "removed"} == {
        "bemanningsplanering", "utreda-lokaler", "medborgarlofte"}


@pytest.mark.parametrize("name", ["process-oriented.toml", "numbered-goals.toml",
                                  "internal-control.toml"])
def test_every_shape_rolls_over_to_a_valid_report(name):
    old = load_report(DATA / name)
    report = reload(rollover(old).report)
    assert report.meta.year == old.meta.year + 1
    text = render(report).decode("utf-8")
    assert loads_report(text) == report


def test_years_in_item_titles_are_only_proposed_unless_confirmed():
    report = load_report(DATA / "numbered-goals.toml")
    result = rollover(report)
    row = result.report.contractors["kost"].rows["naringsinnehall"]
    assert row.title == "Näringsinnehåll, stickprov dat.nov-2022"  # a fact about last year
    assert ("naringsinnehall", "Näringsinnehåll, stickprov dat.nov-2022",
            "Näringsinnehåll, stickprov dat.nov-2023") in result.year_changes
    assert result.report.meta.title == "Årsbokslut 2023"  # the report's own year moves on
    # Last year's findings are kept for the officer; the old year's source notes go.
    assert row.previous_comment == "Menyn saknade vegetariskt alternativ två dagar."


def test_recurring_controls_survive_whatever_the_selection():
    report = load_report(DATA / "internal-control.toml")
    rolled = rollover(report).report
    # Two risks are flagged carry_over; "bristande-dokumentation" is not, but its
    # control "aktgranskning" recurs every year.
    assert "bristande-dokumentation" in rolled.risks
    assert list(rolled.risks["bristande-dokumentation"].controls) == ["aktgranskning"]
    assert "sakerhet-2" not in rolled.risks
    assert all(r.carry_over_note is None for r in rolled.risks.values())


def test_indicator_history_keeps_as_many_years_as_the_report_prints():
    report = load_report(DATA / "process-oriented.toml")
    report.layout_decl.indicator_history = 3
    rolled = rollover(report).report
    indicator = rolled.goals["riskbaserad-tillsyn"].indicators["andel-genomforda-inspektioner"]
    assert sorted(indicator.years) == [2020, 2021, 2022]
    assert all(y.target is None for y in indicator.years.values())
    assert sorted(rollover(load_report(DATA / "process-oriented.toml")).report.goals[
        "riskbaserad-tillsyn"].indicators["andel-genomforda-inspektioner"].years) == [2022]


def test_indicator_history_counts_outcome_years_in_the_export_as_in_rollover():
    from reportmodel.core.values import IndicatorValue
    from reportmodel.render import export_markdown
    from .test_export_markdown import tables

    def header(report):
        return next(h for h, _ in tables(export_markdown(report)) if h[0] == "Indikator")

    report = load_report(DATA / "process-oriented.toml")
    indicator = report.goals["riskbaserad-tillsyn"].indicators["andel-genomforda-inspektioner"]
    indicator.years[2023] = type(indicator.years[2022])(target=IndicatorValue(92))  # target only
    report.layout_decl.indicator_history = 3
    # The target-only year 2023 uses none of the three: all three outcome years are printed.
    assert header(report) == ["Indikator", "Utfall 2020", "Utfall 2021", "Utfall 2022",
                              "Mål 2021", "Mål 2022", "Mål 2023"]
    report.layout_decl.indicator_history = 2
    assert header(report) == ["Indikator", "Utfall 2021", "Utfall 2022", "Mål 2021", "Mål 2022",
                              "Mål 2023"]
    # Rollover keeps the outcome years the export printed, and the coming year's target.
    rolled = rollover(report).report
    assert header(rolled) == ["Indikator", "Utfall 2021", "Utfall 2022", "Mål 2023"]


def test_layout_titles_are_proposed_and_moved_with_move_years():
    report = load_report(DATA / "numbered-goals.toml")
    report.layout_decl.titles["internal-control"] = "Bilaga 1 – Intern kontroll 2022"
    plain = rollover(report)
    assert plain.report.layout_decl.titles["internal-control"] == "Bilaga 1 – Intern kontroll 2022"
    assert ("layout.titles.internal-control", "Bilaga 1 – Intern kontroll 2022",
            "Bilaga 1 – Intern kontroll 2023") in plain.year_changes
    moved = rollover(report, move_titles=True)
    assert moved.report.layout_decl.titles["internal-control"] == "Bilaga 1 – Intern kontroll 2023"
    assert report.layout_decl.titles["internal-control"].endswith("2022")  # the source unchanged


def test_the_carry_over_sentences_plan_year_is_proposed_and_moved_with_move_years():
    report = load_report(DATA / "process-oriented.toml")
    report.layout_decl.carry_over = "ingår i urvalet till IK-plan 2024 (beslut 2021-2024, 2022-12-31)"
    plain = rollover(report)
    assert plain.report.layout_decl.carry_over == report.layout_decl.carry_over
    moved_text = "ingår i urvalet till IK-plan 2025 (beslut 2021-2024, 2022-12-31)"
    assert ("layout.carry_over", report.layout_decl.carry_over, moved_text) in plain.year_changes
    moved = rollover(report, move_titles=True)
    assert moved.report.layout_decl.carry_over == moved_text
    # Saved and read back: the file says 2025.
    assert "carry_over = \"ingår i urvalet till IK-plan 2025".encode() in render(moved.report)
    # A sentence without a year, or with a past year only, is neither proposed nor changed.
    for text in ("Risken förs över till nästa års plan.", "som sedan 2019"):
        report.layout_decl.carry_over = text
        result = rollover(report, move_titles=True)
        assert result.report.layout_decl.carry_over == text
        assert not [c for c in result.year_changes if c[0] == "layout.carry_over"]
