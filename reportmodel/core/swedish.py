"""Swedish conventions for output: sort order, dates, numbers and percentages.

There is no Swedish system locale on the machines yearend runs on, and `sorted()` sorts by code
point: Ä before Å, every capital before every small letter, é after z. So the key is pure
Python: the Swedish alphabet a-z then å ä ö; letters with other accents sort with their base
letter (é with e, ü with y, æ with ä, ø with ö, as ICU's Swedish rules do), then by accent, then
by case (lower case first). Spaces and punctuation sort before digits, digits before letters, as
in ICU.
"""

from __future__ import annotations

import unicodedata
from datetime import date

from reportmodel.core.values import Number, format_number

__all__ = ["sort_key", "format_date", "format_number", "format_percent", "format_share"]

# Letters that are letters of their own in Swedish, and letters ICU's Swedish rules sort as them.
_OWN_LETTERS = {"å": 26, "ä": 27, "ö": 28}
_AS_LETTER = {"æ": "ä", "ø": "ö", "ü": "y", "ß": "s"}
_PUNCT, _DIGIT, _LETTER, _OTHER = 0, 1, 2, 3


def _primary(ch: str) -> tuple[int, int, int]:
    """(primary class, primary weight, accent weight) of one lower-case character."""
    if ch in _OWN_LETTERS:
        return (_LETTER, _OWN_LETTERS[ch], 0)
    if ch in _AS_LETTER:
        base = _AS_LETTER[ch]
        weight = _OWN_LETTERS.get(base, ord(base) - ord("a"))
        return (_LETTER, weight, ord(ch))
    decomposed = unicodedata.normalize("NFD", ch)
    base, accents = decomposed[0], decomposed[1:]
    accent = sum(ord(a) for a in accents)
    if "a" <= base <= "z":
        return (_LETTER, ord(base) - ord("a"), accent)
    if base.isdigit():
        return (_DIGIT, unicodedata.digit(base, 0), accent)
    if base.isspace() or unicodedata.category(base).startswith(("P", "S")):
        return (_PUNCT, ord(base), accent)
    return (_OTHER, ord(base), accent)


def sort_key(text: str) -> tuple:
    """A key that sorts text as a Swedish reader expects: `sorted(names, key=sort_key)`.

    Three levels, as in every collation: letters first (Zeta < Åsa < Ärla < Östen), then accents
    (e < é), then case (lower case first: a < A).
    """
    text = unicodedata.normalize("NFC", text)
    weights = _WEIGHTS
    try:
        chars = [weights[ch] for ch in text]
    except KeyError:
        chars = [weights.get(ch) or _weigh(ch) for ch in text]
    return (tuple([c[0] for c in chars]), tuple([c[1] for c in chars]),
            tuple([c[2] for c in chars]), text)


# Per character: ((class, weight), accent, case). A report sorts thousands of titles of the same
# few dozen characters, so each character is weighed once (bounded: text is the officer's).
_WEIGHTS: dict[str, tuple[tuple[int, int], int, int]] = {}


def _weigh(ch: str) -> tuple[tuple[int, int], int, int]:
    lower = ch.lower()
    # A character whose lower case is several characters (İ) keeps its first one.
    cls, weight, accent = _primary(lower[0] if lower else ch)
    entry = ((cls, weight), accent, 0 if ch == lower else 1)
    if len(_WEIGHTS) < 4096:
        _WEIGHTS[ch] = entry
    return entry


def format_date(value: date, lang: str = "sv") -> str:
    """ISO 8601, 2022-12-31: the Swedish standard, and unambiguous in English too."""
    return value.isoformat()


def format_percent(value: Number, lang: str = "sv", decimals: int | None = None) -> str:
    """88,5 % in Swedish (a no-break space before the sign), 88.5% in English."""
    if decimals is not None:
        value = round(float(value), decimals)
        if decimals == 0:
            value = int(value)
    text = format_number(value, lang == "sv")
    return f"{text}\u00a0%" if lang == "sv" else f"{text}%"


def format_share(part: int, whole: int, lang: str = "sv") -> str:
    """A whole-number share, as summary tables print it: 48 %; empty when there is no whole.

    Rounded half up (12.5 -> 13), not to even as `round` does: readers check by hand.
    """
    if whole <= 0:
        return ""
    percent = (part * 200 + whole) // (whole * 2)
    return format_percent(percent, lang)
