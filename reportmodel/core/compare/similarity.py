"""Similarity of two items' titles and descriptions, and which pairs are worth scoring at all.

Scoring every old item against every new one is quadratic (10,000 activities: 10^8 pairs), so
candidates are only the items under the same (matched) parent and the items that share a word
stem of their title; a stem shared by very many items ("kommun") says nothing and is skipped.
"""

from __future__ import annotations

from collections.abc import Callable

from reportmodel.core.compare.items import Entry
from reportmodel.core.tree import Key
from reportmodel.core.compare.textnorm import contains_words, dice

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
RAREST_STEMS = 4  # of a title's stems, the ones shared by fewest items say most
MAX_CANDIDATES = 10  # per item, the ones sharing most rare stems (plus same-parent items)


def score(old: Entry, new: Entry, same_parent: bool, level_penalty: float = 0.0,
          threshold: float = 0.0) -> float:
    """0..1. Below `threshold` the exact value does not matter (it is only compared with the
    threshold), which lets an unpromising pair skip the description."""
    title = dice(old.title_grams, new.title_grams)
    adjust = (SAME_PARENT_BONUS if same_parent else 0.0) - level_penalty
    if old.norm and new.norm and (contains_words(old.norm, new.norm)
                                  or contains_words(new.norm, old.norm)):
        floor = CONTAINED
    else:
        floor = 0.0
    value = title
    if 0.6 * title + 0.4 + adjust >= threshold:  # else even identical descriptions fall short
        od, nd = old.description_grams, new.description_grams
        if od and nd:
            value = 0.6 * title + 0.4 * dice(od, nd)
    elif floor == 0.0:
        return 0.6 * title + adjust
    return min(max(value, floor) + adjust, 1.0)


def candidate_pairs(olds: list[Entry], news: list[Entry],
                    old_parents: dict[Key, set[Key]],
                    level_penalty: Callable[[Entry, Entry], float],
                    threshold: float = THRESHOLD) -> list[tuple[float, Entry, Entry]]:
    """Scored (score, old, new) for the plausible pairs at or above the threshold.
    `old_parents` gives, for each old item (by key), the new keys its parent became."""
    by_stem: dict[str, list[Entry]] = {}
    for o in olds:
        for s in o.stems:
            by_stem.setdefault(s, []).append(o)
    by_parent: dict[Key, list[Entry]] = {}
    for o in olds:
        for key in old_parents[o.key]:
            by_parent.setdefault(key, []).append(o)
    out: list[tuple[float, Entry, Entry]] = []
    for n in news:
        # Old items sharing the most (and the rarest) title stems, a few per new item.
        weight: dict[int, float] = {}
        pool: dict[int, Entry] = {}
        buckets = sorted((b for b in map(by_stem.get, n.stems) if b and len(b) <= BUCKET_CAP),
                         key=len)[:RAREST_STEMS]
        for bucket in buckets:
            w = 1.0 / len(bucket)
            for o in bucket:
                weight[o.index] = weight.get(o.index, 0.0) + w
                pool[o.index] = o
        if len(pool) > MAX_CANDIDATES:
            keep = sorted(weight, key=lambda i: (-weight[i], i))[:MAX_CANDIDATES]
            pool = {i: pool[i] for i in keep}
        parent = n.parent_key
        siblings = by_parent.get(parent, ()) if parent is not None else ()
        if len(siblings) <= BUCKET_CAP * 2:
            for o in siblings:
                pool[o.index] = o
        for o in pool.values():
            same = parent is not None and parent in old_parents[o.key]
            value = score(o, n, same, level_penalty(o, n), threshold)
            if value >= threshold:
                out.append((value, o, n))
    return out
