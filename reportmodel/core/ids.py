"""Stable ids: derived once from a title, then never changed by the tool.

Ids are how two years of a report are matched and why two officers' edits merge cleanly in git, so
the derivation is deliberately simple and documented (docs/format.md): lower case, å/ä -> a,
ö -> o, other letters folded to ASCII where they have an obvious base letter, every other run of
characters -> "-".
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Container

_SWEDISH = str.maketrans({"å": "a", "ä": "a", "ö": "o", "Å": "a", "Ä": "a", "Ö": "o"})
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
ID_PATTERN = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
MAX_ID_LENGTH = 60


def slugify(title: str) -> str:
    """The id a title gives, before de-duplication. Never empty."""
    text = title.translate(_SWEDISH).lower()
    # é -> e, ü -> u: strip combining marks after decomposition.
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    slug = _NON_ALNUM.sub("-", text).strip("-")
    if len(slug) > MAX_ID_LENGTH:
        slug = slug[:MAX_ID_LENGTH].rsplit("-", 1)[0] or slug[:MAX_ID_LENGTH]
    return slug or "item"


def unique_id(title: str, taken: Container[str]) -> str:
    """slugify(title), with -2, -3 ... appended until it is not in `taken`."""
    base = slugify(title)
    if base not in taken:
        return base
    n = 2
    while f"{base}-{n}" in taken:
        n += 1
    return f"{base}-{n}"


def is_valid_id(value: str) -> bool:
    # fullmatch, not match with "$": "$" also matches before a trailing newline ("mal\n").
    return isinstance(value, str) and ID_PATTERN.fullmatch(value) is not None
