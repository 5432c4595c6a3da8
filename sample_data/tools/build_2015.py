"""Build sample_data/kalmar-2015.toml from the converted report (seeds/001_4bbd1e89340e3ae6.txt).

Run from the repository root:  .venv/bin/python sample_data/tools/build_2015.py

Kommunstyrelsens årsrapport 2015 (KS 2015/0225, 2016-01-20) with "Bilaga 1 – Uppföljningsrapport
verksamhetsplan 2015" (from line 376). Line numbers below are those of the source file. The
report's own table of contents (lines 55-83) gives the section levels the conversion scrambled.
"""

from __future__ import annotations

import re
import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from seedtext_2023_2015 import Ids, Seed  # noqa: E402

from reportmodel.core import model as m  # noqa: E402
from reportmodel.core.ids import slugify  # noqa: E402
from reportmodel.core.presets import ASSIGNMENT_STATUS  # noqa: E402
from reportmodel.core.scheme import Level, Scale, ScaleValue, SchemeDecl  # noqa: E402
from reportmodel.io.storage import save_report  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "kalmar-2015.toml"
SEED = Seed("001_4bbd1e89340e3ae6.txt")
ids = Ids()

LEVELS = [
    Level("fokusomrade", "Fokusområde", "Focus area"),
    Level("fullmaktigemal", "Fullmäktigemål", "Council goal"),
    Level("namndsmal", "Nämndsmål", "Board goal", assessment="goal_assessment"),
]
# 2015 prints uppdrag as Genomförd / Pågående (the summary table's third column is "Ej
# påbörjat"), not the preset's Färdig / Påbörjad: the report's own words are its scale.
ASSIGNMENT_2015 = Scale(
    "assignment_status",
    (
        ScaleValue("genomford", "Genomförd", "Done", "✓", "green", 3),
        ScaleValue("pagaende", "Pågående", "In progress", "▶", "blue", 2),
        ScaleValue("ej-paborjad", "Ej påbörjad", "Not started", "□", "white", 1),
    ),
    unset_label=ASSIGNMENT_STATUS.unset_label,
    unset_label_en=ASSIGNMENT_STATUS.unset_label_en,
    unset_symbol=ASSIGNMENT_STATUS.unset_symbol,
)
ACTIVITY_STATUS = {"Genomförd": "genomford", "Pågående": "pagaende", "Ej påbörjad": "ej-paborjad"}
ASSIGNMENT_STATUS_2015 = {"Genomförd": "genomford", "Pågående": "pagaende"}

# Names the conversion split with a space; the printed form is kept in the item's source_note.
SPLIT_NAMES = {"Annika Fons eca": "Annika Fonseca", "Carina Hertz berg": "Carina Hertzberg"}


# -- metadata and narrative -------------------------------------------------------------------

def meta() -> m.Meta:
    assert [SEED.line(n).strip() for n in (4, 10, 13, 17)] == [
        "Åsa Bejvall", "2016-01-20", "KS 2015/0225", "# Kommunstyrelsens årsrapport 2015"]
    signatories = {}
    for name_line in (31, 34):
        name, title = SEED.line(name_line).strip(), SEED.line(name_line + 1).strip()
        signatories[slugify(name)] = m.Signatory(slugify(name), name, title)
    return m.Meta(
        municipality="Kalmar kommun", board="Kommunstyrelsen", kind="arsrapport",
        title="Kommunstyrelsens årsrapport 2015", year=2015, case_number="KS 2015/0225",
        date=date(2016, 1, 20), officer="Åsa Bejvall", decision=[SEED.line(21)],
        attachments=[SEED.line(38).strip(), SEED.line(39).strip()], signatories=signatories,
    )


def title_of(n: int) -> str:
    return SEED.line(n).lstrip("#").strip()


def sections() -> dict[str, m.Section]:
    out: dict[str, m.Section] = {}

    def add(heading: int, text: str | None, parent: str | None = None,
            note: str | None = None, title: str | None = None) -> str:
        title = title or title_of(heading)
        key = ids(title)
        out[key] = m.Section(key, title, parent, text, note)
        return key

    add(23, SEED.text(25, 29))
    add(85, SEED.text(87, 89))
    events = add(91, None)
    for heading, first, last in ((93, 95, 103), (105, 107, 107), (109, 111, 113),
                                 (115, 117, 117), (119, 121, 131), (133, 135, 149),
                                 (151, 153, 155), (157, 159, 171), (173, 175, 197)):
        add(heading, SEED.text(first, last, joins=(113, 131, 147, 167)), events,
            note="Under Viktiga händelser och ändrade förutsättningar as in the table of "
                 "contents (K15 lines 56-65); the conversion's heading levels differ."
            if heading in (115, 119, 133, 173) else None)
    results = add(199, None)
    add(201, SEED.text(203, 207) + "\n" + SEED.table(209, 222), results)
    add(224, SEED.text(226, 231, joins=(230,)) + "\n" + SEED.table(233, 240), results)
    summary_header = ["", "Uppfylls/ Klara", "Delvis uppfyllda/ Pågår", "Uppfylls ej/ Ej påbörjat",
                      "Totalt"]
    assert SEED.line(246).split("\t")[2] == "Delvis upp- fyllda/ Pågår"
    add(242, SEED.text(244, 244) + "\n"
        + SEED.table(247, 249, header=summary_header) + "\n"
        + SEED.text(251, 251) + "\n"
        + SEED.table(253, 259) + "\n"
        + SEED.text(261, 263))
    staff = add(265, SEED.text(267, 267))
    add(269, SEED.text(271, 272), staff)
    add(274, SEED.text(276, 276), staff)
    comparisons = add(278, SEED.text(280, 280), note=(
        "The comparison over time that the text presents (\"Nedan presenteras …\") was a chart, "
        "lost in the conversion (K15 lines 281-283)."))
    add(284, SEED.text(286, 300), comparisons)
    future = add(302, None)
    for heading, first, last in ((304, 306, 312), (314, 316, 318), (320, 322, 328),
                                 (330, 332, 332), (334, 336, 348), (350, 352, 356)):
        add(heading, SEED.text(first, last, joins=(344,)), future,
            note="Under Strategiska framtidsfrågor as in the table of contents (K15 lines "
                 "75-81); the conversion's heading levels differ." if heading == 350 else None)
    add(358, SEED.text(360, 374))
    assert title_of(700) == "Kommunstyrelsens egna mål" and not SEED.line(701).strip()
    add(696, SEED.text(698, 698), title="Egna verksamhetsspecifika mål och aktiviteter", note=(
        "The last part of Bilaga 1 (K15 line 696). The heading \"Kommunstyrelsens egna mål\" "
        "follows with nothing under it; the document ends there."))
    return out


# -- Bilaga 1: the goal appendix ---------------------------------------------------------------

FOCUS_TITLES = {382: "Ordning och reda i ekonomin", 424: "Ett grönare Kalmar",
                511: "Ett växande attraktivt Kalmar", 561: "Hög kvalitet i välfärden",
                589: "Verksamhet och medarbetare"}
PREFIX = {"fokusomrade": "FOKUSOMRÅDE - ", "fullmaktigemal": "Fullmäktigemål - ",
          "namndsmal": "Nämndsmål - "}

LOST_ASSESSMENT = (
    "No assessment under this nämndsmål in the converted text (K15 line {n}): lost in the PDF "
    "conversion. The summary table in Mål och måluppföljning (K15 lines 246-249) counts 6 uppfyllda and 2 "
    "delvis uppfyllda nämndsmål but does not say which, so it is left unset.")


def comment_at(n: int) -> str:
    """The paragraph of a "Kommentar" block; the heading sits a few lines above it."""
    above = [title_of(k).strip("*") for k in range(n - 8, n) if SEED.line(k).strip()]
    assert above and above[-1] == "Kommentar", (n, above)
    return SEED.text(n, n).strip()


class Appendix:
    def __init__(self) -> None:
        self.goals: dict[str, m.Goal] = {}

    def goal(self, level: str, line: int, parent: str | None, desc: int | None = None,
             comment: int | None = None, note: str | None = None) -> m.Goal:
        printed = title_of(line)
        assert printed.startswith(PREFIX[level]), (line, printed)
        title = printed[len(PREFIX[level]):].strip()
        if level == "fokusomrade":
            assert title == FOCUS_TITLES[line].upper(), line
            title = FOCUS_TITLES[line]
        goal = m.Goal(ids(title), title, level, parent,
                      description=SEED.text(desc, desc).strip() if desc else None,
                      comment=comment_at(comment) if comment else None, source_note=note)
        self.goals[goal.id] = goal
        return goal

    def board_goal(self, line: int, parent: str, comment: int) -> m.Goal:
        return self.goal("namndsmal", line, parent, comment=comment,
                         note=LOST_ASSESSMENT.format(n=line))

    def activity(self, goal: m.Goal, line: int) -> None:
        header = next(SEED.line(k) for k in range(line - 1, line - 16, -1)
                      if SEED.line(k).startswith("Aktivitet\t"))
        assert header == "Aktivitet\tAnsvarig\tStatus\tFärdigställandegrad\tKommentar", line
        title, owner, status, bar, comment = SEED.line(line).split("\t")
        title = title.removeprefix("Aktivitet - ").strip()
        notes = []
        if owner in SPLIT_NAMES:
            notes.append(f'Responsible printed as "{owner}" (a space the conversion inserted).')
            owner = SPLIT_NAMES[owner]
        width = re.search(r"width: (\d+)%", bar)
        assert bool(width) == bool(bar.strip()), line
        key = ids(title)
        goal.activities[key] = m.Activity(
            key, title, responsible=owner.strip(), status=ACTIVITY_STATUS[status.strip()],
            completion=int(width.group(1)) if width else None, comment=comment.strip() or None,
            source_note=" ".join(notes) or None)

    def assignment(self, parent: m.Goal, line: int, status: int, desc: int,
                   comment: int, note: str | None = None) -> None:
        title = title_of(line).removeprefix("Uppdrag - ").strip()
        key = ids(title)
        parent.assignments[key] = m.Assignment(
            key, title, description=SEED.text(desc, desc).strip(),
            status=ASSIGNMENT_STATUS_2015[SEED.line(status).strip().strip("*")],
            comment=comment_at(comment), source_note=note)


def goals() -> dict[str, m.Goal]:
    a = Appendix()
    fa = a.goal("fokusomrade", 382, None, 384, comment=388)
    a.goal("fullmaktigemal", 390, fa.id, 392)
    a.goal("fullmaktigemal", 394, fa.id, 396)
    kf = a.goal("fullmaktigemal", 398, fa.id, 400)
    nm = a.goal("namndsmal", 402, kf.id, comment=408, note=(
        "Assessment symbol lost in the PDF conversion (K15 lines 403-405); the comment itself "
        "says \"den samlade bedömningen att målet delvis är uppfyllt\" (so does K15 line 263), "
        "so it is set to Delvis uppfyllt."))
    nm.assessment = "delvis"
    a.activity(nm, 411)
    a.activity(nm, 412)
    a.assignment(fa, 414, 416, 418, 422)

    fa = a.goal("fokusomrade", 424, None, 426, comment=430)
    kf = a.goal("fullmaktigemal", 432, fa.id, 434)
    nm = a.board_goal(438, kf.id, 442)
    for n in (445, 448, 449, 450, 451):
        a.activity(nm, n)
    a.goal("fullmaktigemal", 453, fa.id, 455)
    a.goal("fullmaktigemal", 457, fa.id, 459)
    kf = a.goal("fullmaktigemal", 461, fa.id, 463)
    nm = a.board_goal(465, kf.id, 471)
    a.activity(nm, 474)
    a.activity(nm, 479)
    a.assignment(fa, 481, 483, 485, 489)
    a.assignment(fa, 491, 493, 495, 499)
    a.assignment(fa, 501, 503, 505, 509)

    fa = a.goal("fokusomrade", 511, None, 513)
    kf = a.goal("fullmaktigemal", 515, fa.id, 517)
    nm = a.board_goal(519, kf.id, 525)
    a.activity(nm, 528)
    a.activity(nm, 529)
    a.assignment(fa, 531, 533, 535, 539)
    a.assignment(fa, 541, 543, 545, 549)
    a.assignment(fa, 551, 553, 555, 559)

    fa = a.goal("fokusomrade", 561, None, 563)
    a.goal("fullmaktigemal", 565, fa.id, 567, comment=571)
    a.goal("fullmaktigemal", 573, fa.id, 575)
    a.assignment(fa, 577, 579, 581, 585)

    fa = a.goal("fokusomrade", 589, None, 591)
    a.goal("fullmaktigemal", 593, fa.id, 595, comment=599)
    kf = a.goal("fullmaktigemal", 601, fa.id, 603)
    nm = a.board_goal(605, kf.id, 611)
    a.activity(nm, 614)
    a.activity(nm, 615)
    kf = a.goal("fullmaktigemal", 617, fa.id, 619, comment=628)
    nm = a.board_goal(630, kf.id, 636)
    for n in (639, 640, 641, 642, 643):
        a.activity(nm, n)
    kf = a.goal("fullmaktigemal", 645, fa.id, 647)
    nm = a.board_goal(651, kf.id, 655)
    a.activity(nm, 660)
    nm = a.board_goal(664, kf.id, 668)
    a.activity(nm, 671)
    a.activity(nm, 672)
    a.assignment(fa, 674, 676, 678, 682, note=(
        "Title and description spell it \"Valfärdsbokslutet\" as printed (K15 lines 674, 678); "
        "the comment spells it Välfärdsbokslutet."))
    a.assignment(fa, 684, 686, 688, 692)
    return a.goals


def build() -> m.Report:
    scheme = SchemeDecl(preset="kalmar", levels=LEVELS,
                        scales={"assignment_status": ASSIGNMENT_2015})
    report = m.Report(meta=meta(), scheme_decl=scheme)
    report.sections = sections()
    report.goals = goals()
    return report


if __name__ == "__main__":
    save_report(build(), OUT, backup=False)
    print(f"wrote {OUT}")
