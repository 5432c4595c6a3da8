"""Normalised titles and the cheap text fingerprints that matching compares.

Reports rename little from year to year but rewrite the year in titles ("… underskott 2020-21."
becomes "… 2022-2023."), change punctuation and case. A normalised title is case-folded, years
and year ranges masked, punctuation dropped and whitespace collapsed (domain.md section 4).
"""

from __future__ import annotations

import re

YEAR_MASK = "yyyy"
# A year 1800-2199, optionally a range to a second year written in full or as two digits:
# 2022, 2020-21, 2022-2023, 2022/23, 2022 – 2023.
_YEAR = re.compile(r"(?<!\d)(?:1[89]|2[01])\d\d"
                   r"(?:\s*[-–—/]\s*(?:(?:1[89]|2[01])\d\d|\d\d))?(?!\d)")
_WORD = re.compile(r"[^\W_]+")
_DIGIT = re.compile(r"\d").search
STEM_LENGTH = 5  # Swedish inflects by suffix: "kommunkoncern", "kommunkoncernens" share a stem


def normalise(text: str | None) -> str:
    if not text:
        return ""
    text = text.casefold()
    if _DIGIT(text):  # most titles have no digits: skip the costly year pattern
        text = _YEAR.sub(f" {YEAR_MASK} ", text)
    return " ".join(_WORD.findall(text))


def trigrams(norm: str) -> frozenset[str]:
    """Character trigrams of a normalised text, padded so that word starts and ends count.
    Trigrams catch inflections and compounds that whole words miss: "Jämställdhetssäkrad
    verksamhet" and "Jämställd verksamhet" share most of theirs."""
    if not norm:
        return frozenset()
    padded = f" {norm} "
    return frozenset(map("".join, zip(padded, padded[1:], padded[2:])))


def dice(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return 2 * len(a & b) / (len(a) + len(b))


def stems(norm: str) -> set[str]:
    """Word stems used to bucket candidates for similarity: long words only, the year mask not."""
    return {w[:STEM_LENGTH] for w in norm.split() if len(w) >= 4 and w != YEAR_MASK}


def contains_words(short: str, long: str) -> bool:
    """True when every word of `short` (two words or more, or a single word of at least eight
    letters) appears in order inside `long`: "attraktiv kommun" in "attraktiv kommun bo och
    leva". It marks one item living on inside a longer, more specific title."""
    if not short or short == long or len(short) >= len(long):
        return False
    if len(short) < 8 and " " not in short:
        return False
    return f" {short} " in f" {long} "
