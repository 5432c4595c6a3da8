"""Similarity of two items' titles and descriptions, and which pairs are worth scoring at all.

Scoring every old item against every new one is quadratic (10,000 activities: 10^8 pairs), so
candidates are only the items under the same (matched) parent and the items that share a word
stem of their title; a stem shared by very many items ("kommun") says nothing and is skipped.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from .items import Entry
from .textnorm import contains_words, dice

# Tuned on the Kalmar 2022 report against the 2023 plan: activity titles sharing only common
# phrasing ("Ta fram …", "… kommunkoncernen") score 0.45-0.55 with their parent's bonus, real
# rewordings 0.6 and up.
THRESHOLD = 0.6  # below this two items are unrelated
RESHAPE_THRESHOLD = 0.65  # a further part of a split or merge must resemble it more closely
CONTAINED = 0.7  # one title inside the other: "Attraktiv kommun" -> "Attraktiv kommun; besöka"
SAME_PARENT_BONUS = 0.1
OTHER_LEVEL_PENALTY = 0.15  # a goal compared with one on another level both reports have
RENAMED_LEVEL_PENALTY = 0.05  # ... on levels only one report has (a renamed level key)
BUCKET_CAP = 40  # a stem shared by more items than this is too common to bucket on
MAX_CANDIDATES = 25  # per item, the ones sharing most stems (plus every same-parent item)


def score(old: Entry, new: Entry, same_parent: bool, level_penalty: float = 0.0) -> float:
    title = dice(old.title_grams, new.title_grams)
    od, nd = old.description_grams, new.description_grams
    value = 0.6 * title + 0.4 * dice(od, nd) if od and nd else title
    if contains_words(old.norm, new.norm) or contains_words(new.norm, old.norm):
        value = max(value, CONTAINED)
    if same_parent:
        value += SAME_PARENT_BONUS
    return min(value - level_penalty, 1.0)


def candidate_pairs(olds: list[Entry], news: list[Entry],
                    same_parent: Callable[[Entry, Entry], bool],
                    parent_key_old: Callable[[Entry], Iterable[str]],
                    level_penalty: Callable[[Entry, Entry], float],
                    threshold: float = THRESHOLD) -> list[tuple[float, Entry, Entry]]:
    """Scored (score, old, new) for the plausible pairs at or above the threshold."""
    by_stem: dict[str, list[Entry]] = {}
    for o in olds:
        for s in o.stems:
            by_stem.setdefault(s, []).append(o)
    by_parent: dict[str, list[Entry]] = {}
    for o in olds:
        for key in parent_key_old(o):
            by_parent.setdefault(key, []).append(o)
    out: list[tuple[float, Entry, Entry]] = []
    for n in news:
        shared: dict[int, int] = {}
        pool: dict[int, Entry] = {}
        for s in n.stems:
            bucket = by_stem.get(s)
            if not bucket or len(bucket) > BUCKET_CAP:
                continue
            for o in bucket:
                shared[o.index] = shared.get(o.index, 0) + 1
                pool[o.index] = o
        chosen = sorted(shared, key=lambda i: (-shared[i], i))[:MAX_CANDIDATES]
        cands = {i: pool[i] for i in chosen}
        siblings = by_parent.get(n.parent, ()) if n.parent is not None else ()
        if len(siblings) <= BUCKET_CAP * 2:
            for o in siblings:
                cands[o.index] = o
        for o in cands.values():
            value = score(o, n, same_parent(o, n), level_penalty(o, n))
            if value >= threshold:
                out.append((value, o, n))
    return out
