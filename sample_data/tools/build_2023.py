"""Build sample_data/kalmar-2023-plan.toml from the converted plan (seeds/002_1cf69c05153dc579.txt).

Run from the repository root:  .venv/bin/python sample_data/tools/build_2023.py

Kommunstyrelsens verksamhetsplan med internbudget 2023 (KS 2022/0358), the plan before the year:
every nämndsmål is printed "Ej utvärderad" (so it has no assessment), every uppdrag "Ej påbörjad",
and the activities' status column is empty. Line numbers below are those of the source file.
"""

from __future__ import annotations

import re
import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from seedtext_2023_2015 import Ids, Seed  # noqa: E402

from reportmodel.core import model as m  # noqa: E402
from reportmodel.core.agenda2030 import GLOBAL_GOALS  # noqa: E402
from reportmodel.core.ids import slugify  # noqa: E402
from reportmodel.core.scheme import Level, SchemeDecl  # noqa: E402
from reportmodel.io.storage import save_report  # noqa: E402
from reportmodel.core.values import parse_value  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "kalmar-2023-plan.toml"
SEED = Seed("002_1cf69c05153dc579.txt")
YEAR = 2023
ids = Ids()

LEVELS = [
    Level("fokusomrade", "Fokusområde", "Focus area"),
    Level("langsiktigt-mal", "Fullmäktiges långsiktiga mål", "Council's long-term goal"),
    Level("delmal", "Fullmäktiges delmål", "Council's sub-goal"),
    Level("namndsmal", "Nämndsmål", "Board goal", assessment="goal_assessment"),
]
PREFIX = {
    "fokusomrade": "FOKUSOMRÅDE - ",
    "langsiktigt-mal": "Fullmäktiges långsiktiga mål - ",
    "delmal": "Fullmäktiges delmål - ",
    "namndsmal": "Nämndsmål - ",
}


# -- metadata and narrative -------------------------------------------------------------------

def meta() -> m.Meta:
    facts = dict(officer="Anna Emrin", case="KS 2022/0358", date="2023-01-26",
                 title="Kommunstyrelsens verksamhetsplan med internbudget 2023")
    assert [SEED.line(n) for n in (4, 9, 12, 16)] == [
        facts["officer"], facts["date"], facts["case"], facts["title"]]
    signatories = {}
    for name_line in (28, 31):
        name, title = SEED.line(name_line), SEED.line(name_line + 1)
        signatories[slugify(name)] = m.Signatory(slugify(name), name, title)
    return m.Meta(
        municipality="Kalmar kommun", board="Kommunstyrelsen", kind="verksamhetsplan",
        title=facts["title"], year=YEAR, case_number=facts["case"],
        date=date.fromisoformat(facts["date"]), officer=facts["officer"],
        decision=[SEED.line(20)], attachments=[SEED.line(36), SEED.line(37)],
        signatories=signatories,
    )


PERSONNEL_NOTE = (
    "The conversion left the personnel infographic (K23 lines 226-258) as loose figures. The two "
    "tables are rebuilt from its tab-separated rows; under KVINNOR and MÄN the second row has no "
    "label in the source (the first row matches the 2022 figures in the text; the document does "
    "not say which year the second is), so it is left unlabelled. The figures 374 and 368, the "
    "heading HELTIDSANSTÄLLDA, DE ANSTÄLLDAS ÅLDER and ANDEL KVINNOR OCH MÄN with 49% 51% 51% "
    "49% cannot be paired with their labels reliably and are not in the text."
)

PERSONNEL_TABLES = """\
|  | SYSSELSÄTTNINGSGRAD | MEDELLÖN | MEDELÅLDER |
|---|---|---|---|
| KVINNOR | 99% | 40 505 | 46,6 |
|  | 98% | 38 988 | 47,6 |
| MÄN | 100% | 40 410 | 45,8 |
|  | 100% | 39 966 | 46,5 |

|  | SJUKFRÅNVARO | SJUKFRÅNVARO > 60 DAGAR |
|---|---|---|
| KVINNOR | 5,7% | 1,9% |
|  | 4,8% | 1,6% |
| MÄN | 4,2% | 0,4% |
|  | 3,4% | 0,1% |
"""


def check_personnel_tables() -> None:
    rows = [SEED.line(n).split("\t") for n in range(250, 259)]
    printed = {c.strip() for row in rows for c in row if c.strip()}
    typed = {c.strip() for line in PERSONNEL_TABLES.splitlines() for c in line.split("|")
             if c.strip() and not set(c.strip()) <= {"-"}}
    assert printed <= typed | {"SJUKFRÅNVARO", "SJUKFRÅNVARO > 60 DAGAR"}, printed - typed
    assert typed <= printed | {"SYSSELSÄTTNINGSGRAD", "MEDELLÖN", "MEDELÅLDER"}, typed - printed


def sections() -> dict[str, m.Section]:
    out: dict[str, m.Section] = {}

    def add(heading_line: int, text: str | None, parent: str | None = None,
            note: str | None = None) -> str:
        title = SEED.line(heading_line).strip()
        key = ids(title)
        out[key] = m.Section(key, title, parent, text, note)
        return key

    add(22, SEED.text(24, 26))
    intro = add(48, SEED.text(50, 52), note=(
        "The unit descriptions that follow (Koncernledning … Räddningstjänst Sydost) are kept "
        "as its sub-sections; the conversion lost the heading levels."))
    units = [(56, 58, 62), (64, 66, 66), (68, 70, 70), (72, 74, 74), (76, 78, 78), (80, 82, 82),
             (84, 86, 86), (88, 90, 90), (92, 94, 94), (96, 98, 98), (100, 102, 102),
             (104, 106, 106), (108, 110, 110), (112, 114, 114), (116, 118, 118)]
    for heading, first, last in units:
        add(heading, SEED.text(first, last, joins=(62,)), intro)
    add(120, SEED.text(122, 126))
    add(128, SEED.text(130, 144, joins=(136,)))
    add(146, SEED.text(148, 170))
    add(172, SEED.text(174, 178))
    add(180, SEED.text(182, 186, joins=(184,)))
    quality = add(188, SEED.text(190, 190))
    add(192, SEED.text(194, 194) + "\n"
        + SEED.table(198, 200, header=["Nyckeltal", "", "2021", "2020", "2019"]), quality)
    add(202, SEED.text(204, 204) + "\n"
        + SEED.table(208, 219, header=["Nyckeltal", "", "2021", "2020", "2019"]), quality)
    check_personnel_tables()
    staff = add(221, SEED.text(224, 224) + "\n" + PERSONNEL_TABLES, note=PERSONNEL_NOTE)
    chart = "A chart that went with this text was lost in the conversion."
    add(263, SEED.text(265, 265), staff, chart)
    add(270, SEED.text(272, 272), staff, chart)
    add(276, SEED.text(278, 278), staff)
    assert SEED.line(284).strip() == "Driftredovisning"
    add(282, "**Driftredovisning**\n\n" + SEED.table(285, 308) + "\n" + SEED.text(310, 312))
    assert SEED.line(316).strip() == "Investeringsredovisning"
    add(314, "**Investeringsredovisning**\n\n" + SEED.table(317, 327) + "\n"
        + SEED.text(329, 331))
    return out


# -- the goal appendix ------------------------------------------------------------------------

def agenda(first: int, last: int | None = None) -> tuple[list[int], str | None]:
    """The global goals of a "Koppling globala mål: …" line, by number and checked by name."""
    # A link list the conversion wrapped over a blank line is one line.
    line = " ".join(SEED.line(n).strip() for n in range(first, (last or first) + 1)).strip()
    line = re.sub(r"\s+", " ", line)
    assert line.startswith("Koppling globala mål:"), line
    found: list[tuple[int, int, str | None]] = []  # position, goal, printed number
    for number, (name, _) in GLOBAL_GOALS.items():
        for match in re.finditer(r"(\d+\s+)?" + re.escape(name), line):
            printed = match.group(1).strip() if match.group(1) else None
            found.append((match.start(), number, printed))
    found.sort()
    rest = line
    for number, (name, _) in GLOBAL_GOALS.items():
        rest = re.sub(r"(\d+\s+)?" + re.escape(name), "", rest)
    assert re.fullmatch(r"Koppling globala mål:[\s,;.]*", rest), f"unparsed: {rest!r}"
    goals, notes = [], []
    for _, number, printed in found:
        goals.append(number)
        name = GLOBAL_GOALS[number][0]
        if printed is None:
            notes.append(f'"{name}" is printed without its number; it is goal {number}.')
        elif int(printed) != number:
            notes.append(f'"{printed} {name}" is printed, but {name} is goal {number} '
                         f"(goal {printed} is {GLOBAL_GOALS[int(printed)][0]}) and the list is "
                         f"otherwise in ascending order, so it is linked as {number}.")
    return sorted(set(goals)), (" ".join(notes) + f" (K23 line {first})") if notes else None


def heading(n: int, level: str) -> str:
    line = SEED.line(n).strip()
    prefix = PREFIX[level]
    if level == "namndsmal" and line.startswith("Nämndsmål/bolagsmål - "):
        prefix = "Nämndsmål/bolagsmål - "
    assert line.startswith(prefix), (n, line)
    return line[len(prefix):]


FOCUS_TITLES = {339: "Ordning och reda i ekonomin", 391: "Ett grönare Kalmar",
                443: "Ett växande attraktivt Kalmar", 552: "Hög kvalitet i välfärden",
                657: "Ett föredöme som arbetsgivare"}


class Plan:
    def __init__(self) -> None:
        self.goals: dict[str, m.Goal] = {}

    def goal(self, level: str, line: int, parent: str | None, desc: tuple[int, int] | None,
             links: tuple[int, ...] = (), note: str | None = None) -> m.Goal:
        if level == "fokusomrade":
            title = FOCUS_TITLES[line]
            assert heading(line, level) == title.upper(), line
        else:
            title = heading(line, level)
        description = SEED.text(*desc).strip() if desc else None
        numbers, agenda_note = agenda(*links) if links else ([], None)
        notes = " ".join(n for n in (note, agenda_note) if n) or None
        goal = m.Goal(ids(title), title, level, parent, description=description,
                      agenda2030=numbers, source_note=notes)
        self.goals[goal.id] = goal
        return goal

    def board_goal(self, line: int, parent: str, desc: tuple[int, int] | None, owner_line: int,
                   note: str | None = None) -> m.Goal:
        goal = self.goal("namndsmal", line, parent, desc, note=note)
        assert SEED.line(owner_line - 1) == "Ansvarig\tBedömning", owner_line
        owner, assessment = SEED.line(owner_line).split("\t")
        # "Ej utvärderad" is the unset state itself: no assessment is written.
        assert assessment.endswith("Ej utvärderad"), assessment
        goal.responsible = owner.strip()
        return goal

    def indicator(self, goal: m.Goal, line: int) -> None:
        assert SEED.line(line - 1) == f"Titel\tKön\tSenaste utfall\tUtfall {YEAR}\tMål {YEAR}"
        title, gender, latest, outcome, target = SEED.line(line).split("\t")
        assert gender == "Alla" and not outcome.strip(), line
        key = ids(title)
        item = m.Indicator(key, title.strip())
        if target.strip():
            item.years[YEAR] = m.IndicatorYear(target=parse_value(target))
        if latest.strip():
            # The plan does not say which year "Senaste utfall" refers to: kept as text only.
            item.source_note = f"Senaste utfall (year not given): {latest.strip()}"
        if not target.strip() and not latest.strip():
            item.source_note = f"No target or outcome printed (K23 line {line})."
        goal.indicators[key] = item

    def activity(self, goal: m.Goal, line: int, *more: int) -> None:
        title, owner, start, end, status = SEED.line(line).split("\t")
        for extra in more:  # a title the conversion wrapped onto following lines
            title += " " + SEED.line(extra).split("\t")[0].strip()
        assert not status.strip(), line
        title = re.sub(r"\s+", " ", title).strip()
        key = ids(title)
        goal.activities[key] = m.Activity(
            key, title, responsible=owner.strip(), start=date.fromisoformat(start),
            end=date.fromisoformat(end),
            source_note=f"Status column empty in the plan (K23 line {line}); left unset.")

    def assignment(self, parent: m.Goal, line: int, desc: int, status_line: int) -> None:
        title = SEED.line(line).removeprefix("Uppdrag - ").strip()
        assert SEED.line(status_line - 2) == "Status", status_line
        assert SEED.line(status_line).strip() == "Ej påbörjad", status_line
        key = ids(title)
        parent.assignments[key] = m.Assignment(key, title, description=SEED.line(desc).strip(),
                                               status="ej-paborjad")


def goals() -> dict[str, m.Goal]:
    p = Plan()
    fa = p.goal("fokusomrade", 339, None, (341, 341))
    lt = p.goal("langsiktigt-mal", 343, fa.id, (345, 345), (347,))
    p.indicator(lt, 351)
    nm = p.board_goal(353, lt.id, None, 356)
    p.indicator(nm, 359)
    p.activity(nm, 364)
    nm = p.board_goal(366, lt.id, None, 369)
    p.activity(nm, 375, 377)
    for n in (378, 379, 380, 381):
        p.activity(nm, n)
    p.assignment(fa, 383, 385, 389)

    fa = p.goal("fokusomrade", 391, None, (393, 393))
    p.goal("langsiktigt-mal", 395, fa.id, (397, 397), (399,))
    lt = p.goal("langsiktigt-mal", 401, fa.id, (403, 403), (405,))
    dm = p.goal("delmal", 407, lt.id, (409, 409), (411,))
    nm = p.board_goal(413, dm.id, (415, 415), 418)
    p.activity(nm, 423)
    lt = p.goal("langsiktigt-mal", 425, fa.id, (427, 427), (429,))
    p.goal("delmal", 431, lt.id, (433, 433), (435,))
    p.goal("langsiktigt-mal", 437, fa.id, (439, 439), (441,))

    fa = p.goal("fokusomrade", 443, None, (445, 445))
    lt = p.goal("langsiktigt-mal", 447, fa.id, (449, 449), (451,))
    p.board_goal(453, lt.id, (455, 455), 458)
    p.board_goal(460, lt.id, (462, 462), 465)
    p.goal("langsiktigt-mal", 467, fa.id, (469, 469), (471,))
    lt = p.goal("langsiktigt-mal", 473, fa.id, (475, 475), (477,))
    nm = p.board_goal(479, lt.id, (481, 481), 484)
    p.activity(nm, 489, 491)
    for n in (492, 493, 494, 495, 496, 497):
        p.activity(nm, n)
    p.activity(nm, 498, 500)
    p.activity(nm, 501)
    p.activity(nm, 502)
    dm = p.goal("delmal", 504, lt.id, (506, 506), (508,))
    p.board_goal(510, dm.id, (512, 512), 515)
    lt = p.goal("langsiktigt-mal", 517, fa.id, (519, 519), (521,))
    nm = p.board_goal(523, lt.id, (525, 526), 529)
    p.activity(nm, 534)
    p.activity(nm, 535)
    p.goal("langsiktigt-mal", 537, fa.id, (540, 540), (542,))
    p.assignment(fa, 544, 546, 550)

    fa = p.goal("fokusomrade", 552, None, (554, 554))
    p.goal("langsiktigt-mal", 556, fa.id, (558, 558), (560, 562))
    lt = p.goal("langsiktigt-mal", 564, fa.id, (566, 566), (569,))
    nm = p.board_goal(571, lt.id, (573, 573), 576,
                      note='Printed as "Nämndsmål/bolagsmål - Äldreomsorgskommun" (K23 line 571).')
    p.activity(nm, 581)
    p.goal("delmal", 583, lt.id, (585, 585), (587,))
    p.goal("langsiktigt-mal", 589, fa.id, (591, 591), (593,))
    lt = p.goal("langsiktigt-mal", 595, fa.id, (597, 597), (599,))
    nm = p.board_goal(601, lt.id, None, 604)
    for n in (609, 610, 611, 612):
        p.activity(nm, n)
    lt = p.goal("langsiktigt-mal", 614, fa.id, (616, 616), (618,))
    nm = p.board_goal(620, lt.id, None, 623)
    p.activity(nm, 628)
    p.activity(nm, 629, 632)
    for n in (633, 634, 635, 636, 637, 638, 639, 640, 642, 643, 644, 645, 646, 647):
        p.activity(nm, n)
    p.assignment(fa, 649, 651, 655)

    fa = p.goal("fokusomrade", 657, None, (659, 659))
    lt = p.goal("langsiktigt-mal", 661, fa.id, (665, 665), (667,))
    nm = p.board_goal(669, lt.id, None, 672)
    p.activity(nm, 677)
    p.activity(nm, 678)
    lt = p.goal("langsiktigt-mal", 680, fa.id, (682, 682), (684,))
    p.board_goal(686, lt.id, (688, 688), 691)
    lt = p.goal("langsiktigt-mal", 693, fa.id, (695, 695), (697,))
    assert SEED.line(701) == "Fullmäktiges långsiktiga mål - Inkluderande, öppen och jämställd arbetsplats"
    nm = p.board_goal(699, lt.id, None, 704, note=(
        "Under this heading the document repeats the line \"Fullmäktiges långsiktiga mål - "
        "Inkluderande, öppen och jämställd arbetsplats\" (K23 line 701) where other nämndsmål "
        "have their description; read as a repeated heading, so no description is set."))
    p.activity(nm, 709)
    p.activity(nm, 710)
    return p.goals


def build() -> m.Report:
    report = m.Report(meta=meta(), scheme_decl=SchemeDecl(preset="kalmar", levels=LEVELS))
    report.sections = sections()
    report.goals = goals()
    return report


if __name__ == "__main__":
    save_report(build(), OUT, backup=False)
    print(f"wrote {OUT}")
