"""From `yearend new --preset kalmar` to a small complete plan with edits only, as the editor will
build it: the header, 2 focus areas, 3 nämndsmål, 2 indicators with targets, 4 activities, 1
process with 2 risks and 2 control points. The saved file passes `check --strict`, reloads to the
same report and saves byte-identical; undoing every edit gives back the blank report."""

from __future__ import annotations

from reportmodel.core import header_edits as he
from reportmodel.core import structure_edits as se
from reportmodel.core import year_edits as ye
from reportmodel.core.edits import History, change_value
from reportmodel.core.field_edits import rename, set_field
from reportmodel.core.live_check import LiveCheck
from reportmodel.core.tree import walk
from reportmodel.io.storage import load_report, render, save_report

from .structure_helpers import round_trip


def test_build_a_plan_from_the_kalmar_preset(yearend_cli, tmp_path):
    plan = tmp_path / "plan.toml"
    result = yearend_cli("new", "--preset", "kalmar", "--year", "2026", "-o", plan)
    assert result.returncode == 0, result.stderr
    report = load_report(plan)
    blank = render(report)
    history = History()
    live = LiveCheck(report)

    def do(edit):
        assert history.do(report, edit)
        live.touched(edit)
        return edit

    # The header.
    for name, value in (("municipality", "Kalmar kommun"), ("board", "Servicenämnden"),
                        ("kind", "verksamhetsplan"), ("title", "Verksamhetsplan 2026"),
                        ("case_number", "SN 2025/112"), ("date", "2025-11-20"),
                        ("officer", "Eva Lind")):
        do(he.set_meta(report, name, value))
    do(he.add_entry(report, "decision", "Servicenämnden fastställer verksamhetsplanen för 2026."))
    do(he.add_entry(report, "decision", "Planen skickas till kommunstyrelsen."))
    do(he.add_entry(report, "attachments", "Bilaga 1: Internkontrollplan"))
    do(he.add_signatory(report, "Anna Andersson", "Ordförande"))

    # Goals: 2 focus areas, 3 nämndsmål.
    green = do(se.add_item(report, "goal", None, "Ett grönare Kalmar")).path
    order = do(se.add_item(report, "goal", None, "Ordning och reda")).path
    fossil = do(se.add_item(report, "goal", green, "Fossilfri kommun", level="namndsmal")).path
    budget = do(se.add_item(report, "goal", order, "Budget i balans", level="namndsmal")).path
    service = do(se.add_item(report, "goal", order, "God service", level="namndsmal",
                             responsible="Ulrika Sjöstedt")).path

    # 2 indicators with targets.
    for goal, title, unit, target in ((budget, "Budgetavvikelse", "mnkr", "0"),
                                      (service, "Servicegrad telefoni", "%", "90")):
        indicator = do(se.add_item(report, "indicator", goal, title, unit=unit)).path
        do(ye.add_year(report, indicator, 2026))
        do(change_value(report, indicator, 2026, "target", target))

    # 4 activities, one added on the wrong goal and moved, one renamed.
    do(se.add_item(report, "activity", fossil, "Laddplatser", start="2026-01-01",
                   end="2026-12-31"))
    do(se.add_item(report, "activity", fossil, "Fossilfria fordon"))
    stray = do(se.add_item(report, "activity", fossil, "Genomlysning")).path
    stray = do(se.move_item(report, stray, budget)).path
    do(rename(report, stray, "Genomlysning av underskott"))
    do(se.add_item(report, "activity", service, "Ny växel", responsible="IT-enheten"))

    # Internal control: 1 process, 2 risks, 2 control points.
    process = do(se.add_item(report, "process", None, "Ekonomi")).path
    attest = do(se.add_item(report, "risk", process, "Brister i attest",
                            category="finansiell-rapportering")).path
    do(set_field(report, attest, "probability", 3))
    do(set_field(report, attest, "consequence", 3))
    assert live.problems(attest)  # 9 >= 8 without control points, until one is added
    do(se.add_item(report, "control", attest, "Beslutsattest", frequency="Månadsvis",
                   method="Stickprov", responsible="Ekonomichef"))
    inkop = do(se.add_item(report, "risk", process, "Inköp utanför avtal", probability=2,
                           consequence=4)).path
    do(se.add_item(report, "control", inkop, "Avtalstrohet", frequency="Kvartalsvis"))
    assert live.all() == []

    kinds = [n.kind for n in walk(report)]
    assert (kinds.count("goal"), kinds.count("indicator"), kinds.count("activity"),
            kinds.count("process"), kinds.count("risk"), kinds.count("control")) == \
        (5, 2, 4, 1, 2, 2)
    assert report.goals["budget-i-balans"].activities["genomlysning"].title == \
        "Genomlysning av underskott"
    assert report.risks["inkop-utanfor-avtal"].value == 8

    save_report(report, plan)
    check = yearend_cli("check", "--strict", plan)
    assert check.returncode == 0, check.stdout + check.stderr
    assert "godkänd (0 fel, 0 varningar)" in check.stdout
    round_trip(load_report(plan), tmp_path, "again.toml")
    assert (tmp_path / "again.toml").read_bytes() == plan.read_bytes()
    exported = yearend_cli("export", plan)
    assert exported.returncode == 0, exported.stderr
    for title in ("Fossilfri kommun", "Servicegrad telefoni", "Genomlysning av underskott",
                  "Avtalstrohet", "SN 2025/112"):
        assert title in exported.stdout

    while history.can_undo:
        history.undo(report)
    assert render(report) == blank
