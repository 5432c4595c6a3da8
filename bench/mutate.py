"""Next year's version of a generated report, for the diff benchmark.

What an officer's year changes: about 5 % of the assessments, statuses and comments (some
comments rewritten, some edited by a sentence), new indicator outcomes, and a few items added,
removed, renamed (same id, new title) and re-keyed (a new id and a slightly edited title, as when
two reports were not rolled over from each other, so the matcher has to pair them by title or
similarity). Deterministic per seed.
"""

from __future__ import annotations

import copy
import random
from dataclasses import dataclass

from reportmodel.core import model as m
from reportmodel.core.ids import unique_id
from reportmodel.core.tree import walk

from . import words as w
from .generate import YEAR

SHARE_CHANGED = 0.05


@dataclass
class Mutations:
    """How many of each change were made (the test checks them, the docs quote them)."""

    assessments: int = 0
    statuses: int = 0
    comments: int = 0
    outcomes: int = 0
    added: int = 0
    removed: int = 0
    renamed: int = 0
    rekeyed: int = 0


def mutate(report: m.Report, seed: int = 1) -> tuple[m.Report, Mutations]:
    """A changed deep copy of `report`; the original is untouched."""
    new = copy.deepcopy(report)
    rng = random.Random(f"mutate:{seed}")
    done = Mutations()
    taken = {node.id for node in walk(new)} | set(new.meta.signatories)

    def new_id(title: str) -> str:
        item_id = unique_id(title, taken)
        taken.add(item_id)
        return item_id

    new.meta.year = report.meta.year + 1
    new.meta.title = report.meta.title.replace(str(report.meta.year), str(new.meta.year))
    board_goals = [g for g in new.goals.values() if g.level == "namndsmal"]
    scale = ("helt", "delvis", "ej")
    for goal in board_goals:
        if rng.random() < SHARE_CHANGED:
            goal.assessment = rng.choice([v for v in scale if v != goal.assessment])
            goal.comment = w.comment(rng, year=YEAR + 1)
            done.assessments += 1
        elif goal.comment and rng.random() < SHARE_CHANGED:
            goal.comment = _edited(rng, goal.comment)
            done.comments += 1
        for indicator in goal.indicators.values():
            if rng.random() < SHARE_CHANGED * 4:
                latest = max(indicator.years)
                row = copy.deepcopy(indicator.years[latest])
                indicator.years[latest + 1] = row
                done.outcomes += 1

    statuses = ("genomford", "pagaende", "forsenad", "ej-paborjad", "ej-aktuell")
    for goal in board_goals:
        for activity in goal.activities.values():
            roll = rng.random()
            if roll < SHARE_CHANGED:
                activity.status = rng.choice([s for s in statuses if s != activity.status])
                activity.comment = w.comment(rng, year=YEAR + 1)
                done.statuses += 1
            elif roll < 2 * SHARE_CHANGED and activity.comment:
                activity.comment = _edited(rng, activity.comment)
                done.comments += 1
            elif roll < 2 * SHARE_CHANGED + 0.01:
                activity.title = _retitled(rng, activity.title)
                done.renamed += 1

    # Removed: about 1 % of the activities and 0.5 % of the board goals (with their leaves).
    for goal in board_goals:
        for aid in [a for a in goal.activities if rng.random() < 0.01]:
            del goal.activities[aid]
            done.removed += 1
    parents = {g.parent for g in new.goals.values()}
    for goal in [g for g in board_goals if g.id not in parents and rng.random() < 0.005]:
        del new.goals[goal.id]
        done.removed += 1
    board_goals = [g for g in board_goals if g.id in new.goals]

    # Re-keyed: the same activity under a new id with an edited title (matched by similarity).
    for goal in board_goals:
        for aid in [a for a in goal.activities if rng.random() < 0.005]:
            activity = goal.activities.pop(aid)
            activity.title = _retitled(rng, activity.title)
            activity.id = new_id(activity.title)
            goal.activities[activity.id] = activity
            done.rekeyed += 1

    # Added: about 1 % new activities and a few new board goals.
    n_activities = sum(len(g.activities) for g in board_goals)
    for _ in range(max(1, n_activities // 100)):
        goal = rng.choice(board_goals)
        title = w.activity_title(rng, YEAR + 1)
        activity = m.Activity(new_id(title), title, responsible=w.responsible(rng),
                              status="ej-paborjad", description=w.description(rng, 80))
        goal.activities[activity.id] = activity
        done.added += 1
    uppers = [g for g in new.goals.values() if g.level in ("arsmal", "langsiktigt-mal")]
    for _ in range(max(1, len(board_goals) // 200)):
        title = w.goal_title(rng)
        parent = rng.choice(uppers)
        goal = m.Goal(new_id(title), title, "namndsmal", parent=parent.id,
                      description=w.description(rng, 110), responsible=w.person(rng))
        new.goals[goal.id] = goal
        done.added += 1

    for risk in new.risks.values():
        for control in risk.controls.values():
            if rng.random() < SHARE_CHANGED and control.comment:
                control.comment = _edited(rng, control.comment)
                done.comments += 1
    return new, done


def _edited(rng: random.Random, text: str) -> str:
    """An officer's edit: a sentence added, or one replaced."""
    sentences = text.split(". ")
    if len(sentences) > 1 and rng.random() < 0.5:
        sentences[rng.randrange(len(sentences))] = w.sentence(rng, year=YEAR + 1).rstrip(".")
        return ". ".join(sentences)
    return f"{text} {w.sentence(rng, year=YEAR + 1)}"


def _retitled(rng: random.Random, title: str) -> str:
    """A renamed item: the year moved on, or a word added, as Kalmar's titles change."""
    if str(YEAR) in title:
        span = f"{YEAR}-{(YEAR + 1) % 100:02d}"
        moved = f"{YEAR + 1}-{(YEAR + 2) % 100:02d}"
        if span in title:
            return title.replace(span, moved)
        return title.replace(str(YEAR), str(YEAR + 1))
    return f"{title} {rng.choice(('och uppföljning', 'i hela kommunen', 'steg 2', 'fortsättning'))}"
