"""sample_data/kalmar-2022.toml holds Kalmar's annual report 2022 (K22) faithfully.

Every number asserted here is a fact of the document (counted in the source, cited by K22 line),
checked against the loaded model, so a lost or duplicated item, a guessed status or a broken
hierarchy fails a test.
"""

from collections import Counter
from datetime import date

import pytest

from reportmodel.core import tree
from reportmodel.core.ids import is_valid_id, slugify
from reportmodel.io.storage import load_path, load_report, render

from .conftest import ROOT

PATH = ROOT / "sample_data" / "kalmar-2022.toml"

FOCUS_AREAS = ["Ordning och reda i ekonomin", "Ett grönare Kalmar", "Ett växande attraktivt Kalmar",
               "Hög kvalitet i välfärden", "Ett föredöme som arbetsgivare"]
# Nämndsmål assessed Delvis or Ej uppfyllt for which K22 prints no comment (K22:886, 907, 930,
# 1260, 1455, 1508): the only strict warnings the file may have.
NO_COMMENT_IN_SOURCE = {"Näringslivsranking SKR", "Näringslivsranking Svenskt Näringsliv",
                        "Attraktiv kommun", "Jämställdhetssäkrad verksamhet",
                        "Minska antalet långtidssjukskrivna", "Ett Kalmar för alla"}


@pytest.fixture(scope="module")
def report():
    return load_report(PATH)


def goals_at(report, level):
    return [g for g in report.goals.values() if g.level == level]


def activities(report):
    return [a for g in report.goals.values() for a in g.activities.values()]


def controls(report):
    return [c for r in report.risks.values() for c in r.controls.values()]


def test_passes_strict_check_and_delvis_or_ej_goals_without_comment_are_the_documents():
    # The report's own scale does not require comments (the document has six Delvis/Ej goals
    # without one), so a strict check is clean; the six are exactly those the document leaves bare.
    loaded = load_path(PATH)
    assert loaded.problems == []
    assert not any(v.comment_required for v in loaded.report.scheme.scale("goal_assessment").values)
    silent = [g for g in goals_at(loaded.report, "namndsmal") if g.title in NO_COMMENT_IN_SOURCE]
    assert len(silent) == len(NO_COMMENT_IN_SOURCE)
    uncommented = [g for g in goals_at(loaded.report, "namndsmal")
                   if g.assessment in ("delvis", "ej") and not g.comment]
    assert uncommented == silent
    for goal in goals_at(loaded.report, "namndsmal"):
        if goal in silent:
            assert goal.comment is None and goal.assessment in ("delvis", "ej")
            assert "no comment" in goal.source_note


def test_file_is_in_canonical_form(report):
    assert render(report) == PATH.read_bytes()


def test_metadata_from_the_cover_letter(report):
    meta = report.meta
    assert (meta.municipality, meta.board, meta.kind, meta.year) == (
        "Kalmar kommun", "Kommunstyrelsen", "arsrapport", 2022)
    assert meta.title == "Kommunstyrelsens årsrapport 2022"
    assert meta.case_number == "KS 2022/0231"
    assert meta.date == date(2023, 1, 26)
    assert meta.officer == "Anna Emrin"
    assert len(meta.decision) == 2 and all(d.startswith("Kommunstyrelsen godkänner")
                                           for d in meta.decision)
    assert len(meta.attachments) == 3
    assert sorted((s.name, s.title) for s in meta.signatories.values()) == [
        ("Anna Emrin", "ekonom"), ("Vanja Lukic-Louhichi", "ekonom")]


def test_goal_levels_are_counted_as_in_the_document(report):
    counts = Counter(g.level for g in report.goals.values())
    assert counts == {"fokusomrade": 5, "langsiktigt-mal": 14, "arsmal": 10, "namndsmal": 25}
    assert [g.title for g in goals_at(report, "fokusomrade")] == FOCUS_AREAS


def test_hierarchy_focus_area_long_term_annual_board_goal(report):
    goals = report.goals
    for goal in goals_at(report, "fokusomrade"):
        assert goal.parent is None
    # Long-term and annual goals are both the council's goals of a focus area (K22 lists each
    # area's årsmål after all its long-term goals; "Ett föredöme som arbetsgivare" has årsmål
    # and no long-term goal at all).
    for goal in goals_at(report, "langsiktigt-mal") + goals_at(report, "arsmal"):
        assert goals[goal.parent].level == "fokusomrade"
    under = Counter(goals[g.parent].level for g in goals_at(report, "namndsmal"))
    assert under == {"langsiktigt-mal": 15, "arsmal": 9, "fokusomrade": 1}
    (alone,) = [g for g in goals_at(report, "namndsmal") if goals[g.parent].level == "fokusomrade"]
    assert alone.title == "Ett Kalmar för alla"
    assert goals[alone.parent].title == "Ett föredöme som arbetsgivare"
    for goal in goals_at(report, "namndsmal"):
        top = tree.ancestors(report, goal.id)[-1]
        assert top.level == "fokusomrade"
    # K22:320-393: one long-term goal carries three nämndsmål.
    lt = next(g for g in goals_at(report, "langsiktigt-mal")
              if g.title == "Ändamålsenlig och kostnadseffektiv verksamhet")
    assert [g.title for g in goals.values() if g.parent == lt.id] == [
        "Ändamålsenlig och kostnadseffektiv verksamhet", "Servicegrad - Tillgänglighet",
        "Budget i balans"]
    # Vattenstatus (K22:454) and VA-förnyelsetid (K22:668) have no nämndsmål.
    childless = {g.title for g in goals.values() if g.level != "namndsmal"
                 and not any(c.parent == g.id for c in goals.values())}
    assert childless == {"Vattenstatus", "VA-förnyelsetid"}


def test_board_goal_assessments(report):
    board = goals_at(report, "namndsmal")
    assert Counter(g.assessment for g in board) == {"helt": 7, "delvis": 13, "ej": 4, None: 1}
    (unset,) = [g for g in board if g.assessment is None]
    assert unset.title == "Arbetslöshet utrikesfödda"
    assert unset.responsible is None
    assert "lost" in unset.source_note
    assert unset.comment.startswith("Riket 16,5 %")  # K22:1187: the comment survived
    assert all(g.responsible for g in board if g is not unset)
    budget = next(g for g in board if g.title == "Budget i balans")
    assert (budget.responsible, budget.assessment) == ("Anna Emrin", "helt")
    assert "-28,4 mnkr" in budget.comment


def test_only_board_goals_are_assessed(report):
    assert all(g.assessment is None for g in report.goals.values() if g.level != "namndsmal")


def test_activities_statuses_as_printed_and_lost_ones_unset(report):
    acts = activities(report)
    assert len(acts) == 77
    assert Counter(a.status for a in acts) == {
        "genomford": 26, "pagaende": 3, "forsenad": 1, "ej-aktuell": 1, None: 46}
    for act in acts:
        assert act.responsible and act.start and act.end
        if act.status is None:
            assert act.source_note == "Status glyph lost in the PDF conversion."
        else:
            assert act.source_note is None


def test_activity_titles_that_wrapped_onto_the_next_row_are_joined(report):
    titles = {a.title for a in activities(report)}
    assert ("Genomföra aktiviteter enligt KLLK:s digitaliseringsplan, ex digitalisera "
            "nämndsprocessen, e-signering av protokoll m.m.") in titles  # K22:353-356
    assert ("Följa upp användandet av s.k. aktivitetsboxar/spelstationer för utemiljö i syfte "
            "att främja delningsekonomi, ett jämlikt och jämställt Kalmar och ett hållbart Kalmar "
            "för alla.") in titles  # K22:650-652
    assert "Sprida kursen 'Att arbeta i Sverige' till utrikesfödda." in titles  # K22:1221-1224
    assert not any(t.startswith(("nämndsprocessen", "/spelstationer", "Sverige'")) for t in titles)


def test_activities_carried_over_keep_their_2023_dates(report):
    act = next(a for a in activities(report)
               if a.title.startswith("Uppdatera Handlingsplan för fossilbränslefri kommun"))
    assert (act.start, act.end) == (date(2023, 1, 2), date(2023, 12, 31))  # K22:547


def test_assignments_hang_on_their_focus_areas(report):
    by_area = {g.title: [a.status for a in g.assignments.values()]
               for g in report.goals.values() if g.assignments}
    assert all(report.goals[next(k for k, g in report.goals.items() if g.title == t)].level
               == "fokusomrade" for t in by_area)
    assert {t: len(s) for t, s in by_area.items()} == {
        "Ordning och reda i ekonomin": 2, "Ett grönare Kalmar": 3,
        "Ett växande attraktivt Kalmar": 5, "Hög kvalitet i välfärden": 1}
    statuses = Counter(s for s_list in by_area.values() for s in s_list)
    assert statuses == {"paborjad": 9, "fardig": 2}


def test_processes_with_groups_where_labelled(report):
    procs = report.processes
    assert len(procs) == 17
    assert Counter(p.group for p in procs.values()) == {
        "Huvudprocesser": 7, "Stödprocesser": 6, None: 4}
    for proc in procs.values():
        assert proc.subprocesses
        if proc.group is None:
            assert "label" in proc.source_note
    personal = next(p for p in procs.values()
                    if p.title == "Rekrytera, utveckla och avveckla personal")
    assert len(personal.subprocesses) == 14  # K22:2137-2151


def test_risks_values_are_probability_times_consequence(report):
    risks = list(report.risks.values())
    assert len(risks) == 42
    for risk in risks:
        assert risk.process in report.processes
        assert risk.category and risk.responsible
        assert risk.value == risk.probability * risk.consequence
    assert Counter(r.value for r in risks) == {3: 4, 4: 1, 6: 25, 8: 2, 9: 6, 12: 4}
    # Främja ett rikt kultur- och fritidsliv (K22:1714) is the one process without risks.
    empty = [p.title for p in report.processes.values()
             if not any(r.process == p.id for r in risks)]
    assert empty == ["Främja ett rikt kultur- och fritidsliv"]


def test_attest_risk_and_its_three_controls(report):
    (risk,) = [r for r in report.risks.values()
               if r.title == "Risk för brister i hantering av attest"]
    assert (risk.value, risk.probability, risk.consequence) == (9, 3, 3)
    assert risk.category == "finansiell-rapportering" and risk.responsible == "Anna Emrin"
    assert [c.title for c in risk.controls.values()] == [
        "Beslutsattest", "Attestförteckning", "Teckningsrätt på banken"]
    assert all((c.status, c.assessment) == ("genomford", "utan-anmarkning")
               for c in risk.controls.values())


def test_control_points_cover_every_risk_at_or_above_the_threshold(report):
    threshold = report.scheme.risk_control_threshold
    assert threshold == 8
    with_controls = {r.id for r in report.risks.values() if r.controls}
    high = {r.id for r in report.risks.values() if r.value >= threshold}
    assert len(with_controls) == 12
    assert with_controls == high
    assert len(controls(report)) == 21


def test_control_statuses_and_assessments(report):
    ctrl = controls(report)
    assert Counter(c.status for c in ctrl) == {"genomford": 21}
    assert Counter(c.assessment for c in ctrl) == {
        "utan-anmarkning": 17, "med-anmarkning": 1, "ej-genomford": 1, None: 2}
    for control in ctrl:
        assert control.description
        if control.assessment is None:
            assert "lost" in control.source_note
    lon = next(r for r in report.risks.values() if r.title == "Risk för brister i hantering av lön")
    assert {c.assessment for c in lon.controls.values()} == {None}  # K22:2163, 2169: blank


def test_follow_up_activities_on_the_pension_risk(report):
    (risk,) = [r for r in report.risks.values() if r.title == "Risk för ökade pensionskostnader"]
    assert [a.title for a in risk.activities.values()] == [
        "Orsaker till kostnadsökning", "System för att finansiera ökade kostnader"]
    assert all(a.status == "genomford" and a.completion is None for a in risk.activities.values())
    assert sum(len(r.activities) for r in report.risks.values()) == 2


def test_ids_are_derived_from_titles_and_unique(report):
    seen = set()
    for node in tree.walk(report):
        assert is_valid_id(node.id)
        base = slugify(node.item.title)
        assert node.id == base or (node.id.startswith(base + "-")
                                   and node.id[len(base) + 1:].isdigit()), node.id
        assert node.id not in seen
        seen.add(node.id)
    kinds = Counter(node.kind for node in tree.walk(report))
    assert kinds["goal"] == 54 and kinds["activity"] == 79 and kinds["control"] == 21


def test_narrative_sections_nest_and_keep_tables_as_printed(report):
    sections = report.sections
    by_title = {s.title: s for s in sections.values()}
    for parent, children in {
        "Väsentliga händelser": ["Trygghetsfrågor", "Digitalisering",
                                 "Arbetsmiljö och kompetensförsörjning", "Klimatneutrala Kalmar",
                                 "Arbetsmarknad", "Ukrainakrisen",
                                 "Övriga axplock från verksamheterna"],
        "Utfall": ["Driftredovisning", "Investeringsredovisning", "Åtgärder med konsekvenser"],
        "Väsentliga personalförhållanden": ["Personalsammansättning", "Sjukfrånvaro"],
        "Kvalitet, styrning och kontroll": ["Verksamhetsmått", "Kostnadseffektivitetsmått",
                                            "Kvalitetsutveckling", "Intern kontroll"],
    }.items():
        pid = by_title[parent].id
        assert [s.title for s in sections.values() if s.parent == pid] == children
    drift = by_title["Driftredovisning"].text
    assert "| **Summa RESULTAT** | **804 964** | **833 380** | **-28 416** |" in drift  # K22:142
    assert "| **Summa** | **804 963** | **833 380** | **-28 416** |" in drift  # K22:195
    invest = by_title["Investeringsredovisning"].text
    assert "| Fastighet och infra | 468 160 | 298 668 | 169 492 |" in invest  # K22:225
    assert "| Totalt | 3.75% | 4.63% | 4.10% |  | 4.93% |" in by_title["Sjukfrånvaro"].text
    assert "---\t" not in drift and "<b>" not in drift
    # A paragraph split by a page break (K22:80-82) is one paragraph again.
    assert "översikt över politiska möten, kallelser" in by_title["Digitalisering"].text
