"""Synthetic year-end reports of three sizes, built with the report model, deterministic per seed.

S is one board shaped like Kalmar's 2022 report; M a municipality of 15 boards in one file; L the
size engineering-notes.md measured (2,000 goals, 10,000 activities, 1,000 risks, ~7.6 MB). The
report is filled in as at year end: most items assessed with comments of realistic length, a few
not yet (unset is absence), statuses that need a comment have one, so the file is valid and
`yearend check` finds no errors.

    report = generate("L", seed=1)
    save_report(report, tmp / "L.toml")
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from reportmodel.core import model as m
from reportmodel.core.ids import unique_id
from reportmodel.core.scheme import SchemeDecl
from reportmodel.core.values import IndicatorValue

from . import words as w

YEAR = 2025


@dataclass(frozen=True)
class Size:
    name: str
    boards: int
    focus_areas: int
    long_term: int  # långsiktiga mål
    annual: int  # årsmål
    board_goals: int  # nämndsmål
    activities: int
    assignments: int
    indicators: int
    processes: int
    risks: int
    controlled_risks: int  # risks valued at or above the threshold: they get the control points
    controls: int
    sections: int
    contractor_areas: int
    # Share of leaf items with a comment: calibrated so L is the ~7.6 MB engineering-notes
    # measured, with ~300-character comments.
    comment_share: float

    @property
    def goals(self) -> int:
        return self.focus_areas + self.long_term + self.annual + self.board_goals


SIZES = {
    "S": Size("S", boards=1, focus_areas=5, long_term=14, annual=0, board_goals=25,
              activities=77, assignments=11, indicators=20, processes=17, risks=42,
              controlled_risks=12, controls=21, sections=9, contractor_areas=0,
              comment_share=0.7),
    "M": Size("M", boards=15, focus_areas=5, long_term=15, annual=30, board_goals=350,
              activities=2000, assignments=60, indicators=450, processes=60, risks=300,
              controlled_risks=110, controls=220, sections=30, contractor_areas=5,
              comment_share=0.4),
    "L": Size("L", boards=15, focus_areas=5, long_term=40, annual=155, board_goals=1800,
              activities=10000, assignments=300, indicators=600, processes=150, risks=1000,
              controlled_risks=400, controls=1000, sections=45, contractor_areas=10,
              comment_share=0.4),
}

HIGH_RISK = [(2, 4), (4, 2), (3, 3), (3, 4), (4, 3), (4, 4)]  # valued 8 or more
LOW_RISK = [(1, 1), (1, 2), (2, 1), (1, 3), (3, 1), (2, 2), (1, 4), (4, 1), (2, 3), (3, 2)]


class _Builder:
    def __init__(self, size: Size, seed: int) -> None:
        self.size = size
        self.rng = random.Random(f"{size.name}:{seed}")
        self.taken: set[str] = set()
        self.report = m.Report()

    def new_id(self, title: str) -> str:
        item_id = unique_id(title, self.taken)
        self.taken.add(item_id)
        return item_id

    def maybe_comment(self, org: str, share: float | None = None) -> str | None:
        share = self.size.comment_share if share is None else share
        return w.comment(self.rng, org, YEAR) if self.rng.random() < share else None

    # -- the parts ------------------------------------------------------------------------------
    def meta(self) -> None:
        rng, size = self.rng, self.size
        if size.boards == 1:
            municipality, board = "Kalmar kommun", "Kommunstyrelsen"
            title = f"Kommunstyrelsens årsrapport {YEAR}"
        else:
            municipality, board = "Söderå kommun", "Kommunfullmäktige"
            title = f"Söderå kommuns årsredovisning {YEAR}, samtliga nämnder"
        self.report.meta = m.Meta(
            municipality=municipality, board=board, kind="arsrapport", title=title, year=YEAR,
            case_number=f"KS {YEAR}/{rng.randint(100, 999):04d}", date=date(YEAR + 1, 1, 28),
            officer=w.person(rng),
            decision=[f"{board} godkänner årsrapporten för {YEAR}.",
                      "Rapporten överlämnas till kommunfullmäktige för kännedom."],
            attachments=["Målbilaga", "Uppföljning intern kontroll"],
        )
        for role in ("Kommundirektör", "Ekonomichef"):
            name = w.person(rng)
            sid = self.new_id(name)
            self.report.meta.signatories[sid] = m.Signatory(sid, name, role)
        self.report.scheme_decl = SchemeDecl(preset="kalmar")

    def sections(self) -> None:
        rng = self.rng
        for i in range(self.size.sections):
            base = w.SECTION_TITLES[i % len(w.SECTION_TITLES)]
            board = w.BOARDS[(i // len(w.SECTION_TITLES)) % self.size.boards][0]
            title = base if self.size.boards == 1 else f"{base}, {board.lower()}"
            paragraphs = [w.paragraph(rng, rng.randint(250, 600)) for _ in range(rng.randint(2, 4))]
            if base == "Utfall":
                paragraphs.append(self.economy_table())
            elif rng.random() < 0.3:
                paragraphs.append("\n".join(f"- {rng.choice(w.TOPICS).capitalize()}"
                                            for _ in range(rng.randint(3, 6))))
            sid = self.new_id(title)
            self.report.sections[sid] = m.Section(sid, title, text="\n\n".join(paragraphs) + "\n")

    def economy_table(self) -> str:
        rng = self.rng
        rows = ["| Verksamhet | Budget | Utfall | Avvikelse |", "|---|---:|---:|---:|"]
        for topic in rng.sample(w.TOPICS, 5):
            budget = rng.randint(5, 300)
            outcome = budget + rng.randint(-20, 20)
            rows.append(f"| {topic.capitalize()} | {budget},0 | {outcome},0 | "
                        f"{budget - outcome},0 |")
        return "\n".join(rows)

    def goals(self) -> list[tuple[m.Goal, str]]:
        """The hierarchy; returns the nämndsmål with the name of their board's office."""
        rng, size = self.rng, self.size
        focus: list[m.Goal] = []
        for i in range(size.focus_areas):
            title, desc = w.FOCUS_AREAS[i % len(w.FOCUS_AREAS)]
            if size.boards == 1:
                title = title.replace("Söderå", "Kalmar")
                desc = desc.replace("Söderå", "Kalmar")
            goal = m.Goal(self.new_id(title), title, "fokusomrade", number=str(i + 1),
                          description=desc)
            focus.append(goal)
        long_term = [self.goal("langsiktigt-mal", focus[i % len(focus)], f"{i + 1}")
                     for i in range(size.long_term)]
        annual = [self.goal("arsmal", long_term[i % len(long_term)], f"{i + 1}")
                  for i in range(size.annual)]
        uppers = annual or long_term
        board_goals: list[tuple[m.Goal, str]] = []
        for i in range(size.board_goals):
            board = w.BOARDS[i % size.boards]
            if i == size.board_goals - 1:
                parent = focus[-1]  # K22's "Ett Kalmar för alla" hangs right under a focus area
            else:
                parent = uppers[rng.randrange(len(uppers))]
            goal = self.goal("namndsmal", parent, f"{parent.number}.{i + 1}")
            goal.responsible = w.person(rng)
            goal.agenda2030 = sorted(rng.sample(range(1, 18), rng.choice((0, 0, 1, 2, 3))))
            roll = rng.random()
            goal.assessment = ("helt" if roll < 0.45 else "delvis" if roll < 0.75 else
                               "ej" if roll < 0.85 else None)
            if goal.assessment in ("delvis", "ej") or (goal.assessment and rng.random() < 0.9):
                goal.comment = w.comment(rng, board[1].lower(), YEAR)
            board_goals.append((goal, board[1].lower()))
        for goal in focus + long_term + annual + [g for g, _ in board_goals]:
            self.report.goals[goal.id] = goal
        return board_goals

    def goal(self, level: str, parent: m.Goal, number: str) -> m.Goal:
        title = w.goal_title(self.rng)
        return m.Goal(self.new_id(title), title, level, parent=parent.id, number=number,
                      description=w.description(self.rng, 110))

    def leaves(self, board_goals: list[tuple[m.Goal, str]]) -> None:
        rng, size = self.rng, self.size
        for i in range(size.activities):
            goal, org = board_goals[i % len(board_goals)]
            activity = self.activity(org)
            goal.activities[activity.id] = activity
        for i in range(size.assignments):
            goal, org = board_goals[rng.randrange(len(board_goals))]
            title = w.assignment_title(rng)
            status = rng.choice(("fardig", "paborjad", "paborjad", "ej-paborjad"))
            assignment = m.Assignment(
                self.new_id(title), title, description=w.description(rng),
                responsible=w.responsible(rng),
                responsible_bodies=sorted(rng.sample([b[2] for b in w.BOARDS[:size.boards]],
                                                     min(size.boards, rng.randint(1, 3)))),
                start=date(YEAR, 1, 1), end=date(YEAR + rng.randint(0, 1), 12, 31),
                status=status, comment=self.maybe_comment(org, 0.85))
            goal.assignments[assignment.id] = assignment
        for i in range(size.indicators):
            goal, org = board_goals[(i * 7) % len(board_goals)]
            indicator = self.indicator()
            goal.indicators[indicator.id] = indicator

    def activity(self, org: str) -> m.Activity:
        rng = self.rng
        title = w.activity_title(rng, YEAR)
        start = date(YEAR, 1, 1) + timedelta(days=rng.randrange(0, 200))
        end = start + timedelta(days=rng.randrange(30, 500))
        roll = rng.random()
        status = ("genomford" if roll < 0.45 else "pagaende" if roll < 0.70 else
                  "forsenad" if roll < 0.78 else "ej-paborjad" if roll < 0.86 else
                  "ej-aktuell" if roll < 0.90 else None)
        needs = status in ("forsenad", "ej-aktuell")
        comment = w.comment(rng, org, YEAR) if needs else self.maybe_comment(org)
        completion = None
        if status == "genomford":
            completion = 100
        elif status == "pagaende" and rng.random() < 0.5:
            completion = rng.choice((20, 40, 50, 60, 80))
        described = rng.random() < 0.35  # most activities are known by their title alone
        return m.Activity(self.new_id(title), title,
                          description=w.description(rng, 80) if described else None,
                          responsible=w.responsible(rng), start=start, end=end, status=status,
                          completion=completion, comment=comment)

    def indicator(self) -> m.Indicator:
        rng = self.rng
        title, unit, higher = rng.choice(w.INDICATORS)
        split = rng.random() < 0.2
        indicator = m.Indicator(self.new_id(title), title, unit=unit, gender_split=split,
                                higher_is_better=higher)
        for year in (YEAR - 2, YEAR - 1, YEAR):
            base = rng.uniform(5, 95)
            row = m.IndicatorYear(target=IndicatorValue(round(base + rng.uniform(-5, 5))),
                                  outcome=self.value(base, year == YEAR))
            if split:
                row.outcome_women = self.value(base + rng.uniform(-4, 4), year == YEAR)
                row.outcome_men = self.value(base + rng.uniform(-4, 4), year == YEAR)
            indicator.years[year] = row
        if rng.random() < 0.3:
            indicator.comment = w.comment(rng, mean=200)
        return indicator

    def value(self, number: float, this_year: bool) -> IndicatorValue:
        roll = self.rng.random()
        if this_year and roll < 0.15:
            return IndicatorValue(round(number), preliminary=True)  # "prel: 73"
        if roll < 0.20:
            return IndicatorValue(no_data=True)  # "i.u."
        if roll < 0.22:
            return IndicatorValue(dash=True)
        return IndicatorValue(round(number, 1))

    def internal_control(self) -> None:
        rng, size = self.rng, self.size
        processes: list[m.Process] = []
        for i in range(size.processes):
            board = w.BOARDS[i % size.boards]  # each board has its own processes
            name = w.PROCESS_NAMES[(i // size.boards) % len(w.PROCESS_NAMES)]
            title = name if size.boards == 1 and i < len(w.PROCESS_NAMES) else f"{name}, {board[2]}"
            process = m.Process(self.new_id(title), title,
                                group="Huvudprocesser" if i % 3 == 0 else "Stödprocesser",
                                subprocesses=rng.sample(w.SUBPROCESSES, rng.randint(2, 5)))
            processes.append(process)
            self.report.processes[process.id] = process
        high = set(rng.sample(range(size.risks), size.controlled_risks))
        risks: list[m.Risk] = []
        for i in range(size.risks):
            title = w.risk_title(rng)
            probability, consequence = rng.choice(HIGH_RISK if i in high else LOW_RISK)
            risk = m.Risk(self.new_id(title), title, process=processes[i % len(processes)].id,
                          description=w.description(rng, 160),
                          category=rng.choice(("verksamhetsrisk", "omvarldsrisk", "legal-risk",
                                               "finansiell-rapportering", "finansiell-risk",
                                               "it-risk")),
                          responsible=rng.choice(w.ROLES), probability=probability,
                          consequence=consequence, value=probability * consequence,
                          carry_over=rng.random() < 0.3,
                          comment=self.maybe_comment("förvaltningen", 0.4))
            risks.append(risk)
            self.report.risks[risk.id] = risk
        controlled = [r for i, r in enumerate(risks) if i in high]
        for i in range(size.controls):
            # Every high risk gets one first (a high risk without controls is a warning).
            risk = controlled[i] if i < len(controlled) else rng.choice(controlled)
            control = self.control()
            risk.controls[control.id] = control
        # A follow-up activity on a risk, as K22 has.
        title = "Ta fram en rutin för attest vid semester"
        aid = self.new_id(title)
        risks[0].activities[aid] = m.Activity(aid, title, responsible="Ekonomichef",
                                              status="pagaende", comment=w.comment(rng))

    def control(self) -> m.ControlPoint:
        rng = self.rng
        title = w.control_title(rng)
        roll = rng.random()
        status = "genomford" if roll < 0.75 else "pagaende" if roll < 0.9 else "ej-genomford"
        assessment = None
        if status == "genomford":
            assessment = "utan-anmarkning" if rng.random() < 0.7 else "med-anmarkning"
        elif status == "ej-genomford":
            assessment = "ej-genomford"
        needs = status == "ej-genomford" or assessment in ("med-anmarkning", "ej-genomford")
        return m.ControlPoint(
            self.new_id(title), title, description=w.description(rng, 160),
            responsible=rng.choice(w.ROLES), frequency=rng.choice(w.FREQUENCIES),
            method="Stickprov" if rng.random() < 0.5 else "Genomgång av underlag",
            status=status, assessment=assessment,
            result=w.description(rng, 120) if assessment else None,
            action=w.description(rng, 100) if assessment == "med-anmarkning" else None,
            comment=w.comment(rng) if needs or rng.random() < 0.5 else None)

    def contractors(self) -> None:
        rng = self.rng
        for i in range(self.size.contractor_areas):
            title = w.CONTRACTOR_AREAS[i % len(w.CONTRACTOR_AREAS)]
            area = m.ContractorArea(self.new_id(title), title, comment=w.comment(rng))
            for row_title in rng.sample(w.CONTRACTOR_ROWS, 5):
                fulfilment = rng.choice(("ja", "ja", "ja", "delvis", "nej", "ej-aktuell"))
                needs = fulfilment in ("delvis", "nej")
                row = m.ContractorRow(
                    self.new_id(f"{title} {row_title}"), row_title, fulfilment=fulfilment,
                    deficiencies=w.description(rng, 100) if needs else None,
                    actions=w.description(rng, 100) if needs else None,
                    comment=w.comment(rng, mean=200) if needs else None)
                area.rows[row.id] = row
            self.report.contractors[area.id] = area

    def build(self) -> m.Report:
        self.meta()
        self.sections()
        board_goals = self.goals()
        self.leaves(board_goals)
        self.internal_control()
        self.contractors()
        return self.report


def generate(size: str | Size, seed: int = 1) -> m.Report:
    """A report of the given size ("S", "M", "L"); the same seed gives the same report."""
    spec = SIZES[size] if isinstance(size, str) else size
    return _Builder(spec, seed).build()
