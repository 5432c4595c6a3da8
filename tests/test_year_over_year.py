"""Issue 6's year-over-year checks on the real Kalmar reports: seven years apart, and a rollover
diffed against its source and rolled over again."""

from reportmodel.core.compare import compare_reports, match_reports
from reportmodel.core.rollover import rollover
from reportmodel.io.storage import load_report, loads_report, render

from .conftest import ROOT

SAMPLES = ROOT / "sample_data"


def test_2015_and_2022_pair_the_goals_kept_across_seven_years():
    k15 = load_report(SAMPLES / "kalmar-2015.toml")
    k22 = load_report(SAMPLES / "kalmar-2022.toml")
    matching = match_reports(k15, k22)
    pairs = {}
    for p in matching.pairs:
        old, new = matching.old[p.old_key], matching.new[p.new_key]
        if p.kind == "goal":
            pairs.setdefault(old.title, set()).add((new.title, new.level))
    for title in ("Ändamålsenlig och kostnadseffektiv verksamhet", "Jämställdhetssäkrad verksamhet"):
        # the council goal of 2015 (Fullmäktigemål) is 2022's Långsiktigt mål of the same name
        assert (title, "langsiktigt-mal") in pairs[title]
    # and 2015's board goals, worded as sentences, pair with 2022's by similarity
    assert ("Jämställdhetssäkrad verksamhet", "namndsmal") in pairs[
        "Kommunledningskontorets verksamhet ska vara jämställdhetssäkrad."]
    assert ("Ändamålsenlig och kostnadseffektiv verksamhet", "namndsmal") in pairs[
        "Kommunledningskontorets verksamheter ska bedrivas på ett ändamålsenligt och "
        "kostnadseffektivt sätt."]


def test_rollover_of_2022_differs_from_it_only_by_resets_and_carried_over_work():
    k22 = load_report(SAMPLES / "kalmar-2022.toml")
    k23 = loads_report(render(rollover(k22, year=2023).report).decode())
    diff = compare_reports(k22, k23)
    assert not [d for d in diff.items if d.status == "added"]
    assert {d.how for d in diff.items if d.old and d.new} == {"id"}
    # what is gone is finished work only
    for d in diff.items:
        if d.status == "removed":
            assert d.kind in ("activity", "assignment"), d
            assert d.old.item.status in ("genomford", "ej-aktuell", "fardig"), d
    # what changed is judgements reset, comments moved to previous_comment, years in titles
    allowed = {"assessment", "status", "comment", "previous_comment", "trend", "completion",
               "title", "result", "action", "source_note", "text"}
    for d in diff.items:
        for change in d.changes:
            assert change.field in allowed, (d.kind, d.new_id, change.field)
    # roll the result over again: still a valid report
    k24 = loads_report(render(rollover(k23, year=2024).report).decode())
    assert k24.meta.year == 2024
    assert set(k24.goals) == set(k22.goals)
