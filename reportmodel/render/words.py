"""The fixed words of an exported report, in Swedish and English: read from the one vocabulary
(reportmodel.core.vocabulary, area "export").

Words that belong to the report's own vocabulary (level names, scale labels, what it calls an
assignment) come from its scheme, not from here.
"""

from __future__ import annotations

from reportmodel.core.vocabulary.export import MESSAGES, SCALE_USES
from reportmodel.core.vocabulary.kinds import TERM_PLURALS

_PREFIX = "export."
WORDS: dict[str, dict[str, str]] = {
    lang: {code[len(_PREFIX):]: pair[i] for code, pair in MESSAGES.items()
           if code.startswith(_PREFIX)}
    for i, lang in enumerate(("sv", "en"))
}
PLURALS = TERM_PLURALS

__all__ = ["PLURALS", "SCALE_USES", "WORDS", "plural", "words"]


def words(lang: str) -> dict[str, str]:
    return WORDS["en" if lang == "en" else "sv"]


def plural(term: str, lang: str) -> str:
    """Uppdrag and Kontrollmoment are their own plurals; an unknown term is kept as written."""
    return PLURALS["en" if lang == "en" else "sv"].get(term, term)
