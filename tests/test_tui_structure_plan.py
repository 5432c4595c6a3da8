"""From `yearend new --preset kalmar` to a small complete plan, with keys only (issue 15's "done
means"): 2 focus areas, 3 nämndsmål, 2 indicators with targets, 4 activities, 1 process with 2
risks and 2 control points, and the header. Saved, the file passes `check --strict` and reads back
and writes out byte for byte the same."""

from __future__ import annotations

from reportmodel.io.codec_write import dumps
from reportmodel.io.storage import load_report
from tests.structure_pilot import SIZE, add, fill, go_to, make_app, new_plan, settle
from tui.editor.structure.sheet import ItemSheet
from yearend import main as yearend_main


async def test_build_a_plan_with_keys_only(tmp_path, capsys):
    path = new_plan(tmp_path)
    app = make_app(path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        # The header: Enter on the report row.
        await pilot.press("home", "enter")
        await settle(pilot)
        assert isinstance(app.screen, ItemSheet)
        await fill(pilot, app, {
            "municipality": "Kalmar kommun", "board": "Socialnämnden",
            "kind": "verksamhetsplan", "title": "Verksamhetsplan 2026",
            "case_number": "SN 2026/0042", "date": "2026-01-20", "officer": "Anna Andersson",
            "signing_unit": "SOCIALFÖRVALTNINGEN",
            "decision": "Socialnämnden fastställer verksamhetsplanen.\nPlanen anmäls till KF.",
            "attachments": "Internkontrollplan 2026",
            "signatories": "Eva Ek; Socialdirektör\nOlle Ohlsson",
        })
        await pilot.press("escape")
        await settle(pilot, 3)
        # Two focus areas, at the top.
        await add(pilot, app, "Fokusområde", "Trygg uppväxt")
        await add(pilot, app, "Fokusområde efter", "Ett gott liv")
        # Three nämndsmål: two under the first area, one under the second.
        await go_to(pilot, app, "Trygg uppväxt")
        await add(pilot, app, "Nämndsmål under", "Fler barn i förskolan")
        await add(pilot, app, "Nämndsmål efter", "Färre placeringar")
        await go_to(pilot, app, "Ett gott liv")
        await add(pilot, app, "Nämndsmål under", "Äldre känner sig trygga")
        # Two indicators with targets.
        await go_to(pilot, app, "Fler barn i förskolan")
        await add(pilot, app, "Indikator under", "Andel inskrivna barn",
                  {"unit": "%", "years.2026.target": "92"})
        await go_to(pilot, app, "Äldre känner sig trygga")
        await add(pilot, app, "Indikator under", "Trygghet i boendet",
                  {"unit": "%", "years.2026.target": "85"})
        # Four activities.
        await go_to(pilot, app, "Fler barn i förskolan")
        await add(pilot, app, "Aktivitet under", "Uppsökande verksamhet",
                  {"responsible": "Förskolechef", "start": "2026-02-01", "end": "2026-12-31"})
        await add(pilot, app, "Aktivitet efter", "Informationskampanj")
        await go_to(pilot, app, "Färre placeringar")
        await add(pilot, app, "Aktivitet under", "Tidiga insatser")
        await go_to(pilot, app, "Äldre känner sig trygga")
        await add(pilot, app, "Aktivitet under", "Trygghetsvandringar")
        # One process with two risks and two control points.
        await pilot.press("home")
        await add(pilot, app, "Process", "Ekonomi")
        await add(pilot, app, "Risk under", "Felaktiga utbetalningar",
                  {"probability": 3, "consequence": 3})
        await add(pilot, app, "Kontrollmoment under", "Stickprov av utbetalningar",
                  {"frequency": "Kvartalsvis", "method": "Stickprov 20 st",
                   "responsible": "Controller"})
        await go_to(pilot, app, "Ekonomi")
        await add(pilot, app, "Risk under", "Bristande attest", {"probability": 2,
                                                                 "consequence": 2})
        await add(pilot, app, "Kontrollmoment under", "Attestlistor", {"frequency": "Årligen"})
        assert not app.session.problem_items(), app.session.live.all()
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert not app.history.dirty

    report = load_report(path)
    meta = report.meta
    assert (meta.municipality, meta.board, meta.kind, meta.case_number, str(meta.date)) == (
        "Kalmar kommun", "Socialnämnden", "verksamhetsplan", "SN 2026/0042", "2026-01-20")
    assert meta.decision == ["Socialnämnden fastställer verksamhetsplanen.", "Planen anmäls till KF."]
    assert [(s.name, s.title) for s in meta.signatories.values()] == [
        ("Eva Ek", "Socialdirektör"), ("Olle Ohlsson", None)]
    levels = [g.level for g in report.goals.values()]
    assert levels.count("fokusomrade") == 2 and levels.count("namndsmal") == 3
    goals = report.goals
    assert goals["fler-barn-i-forskolan"].parent == "trygg-uppvaxt"
    assert goals["aldre-kanner-sig-trygga"].parent == "ett-gott-liv"
    indicators = [i for g in goals.values() for i in g.indicators.values()]
    assert sorted(i.years[2026].target.number for i in indicators) == [85, 92]
    assert sum(len(g.activities) for g in goals.values()) == 4
    assert list(report.processes) == ["ekonomi"]
    risks = report.risks
    assert {r.process for r in risks.values()} == {"ekonomi"}
    assert sorted(r.value for r in risks.values()) == [4, 9]
    assert sum(len(r.controls) for r in risks.values()) == 2
    # The file passes the strictest check and round-trips byte for byte.
    assert yearend_main.main(["check", "--strict", str(path)]) == 0, capsys.readouterr()
    assert dumps(load_report(path)) == path.read_text(encoding="utf-8")
