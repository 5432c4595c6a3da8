"""Every word the editor says, in Swedish and English, in one place.

The interface speaks the report's language (`[report] language`): a Swedish report gets a Swedish
editor. What the report itself calls things (its goal levels, scale values, "Uppdrag" or
"Åtagande") comes from the report's scheme, not from here.

Binding descriptions are looked up by binding id ("binding.<id>"), so a key is described once
for the footer, the help screen and the command palette.
"""

from __future__ import annotations

from typing import Any

from reportmodel.core.vocabulary import Phrase, vocab
from reportmodel.core.vocabulary.editor import PLURALS, STRINGS, plural  # noqa: F401  (re-exported)
from reportmodel.core.vocabulary.fields import FIELD_LABELS


class Words:
    """The editor's words in one language: `w("note.saved", file=...)`."""

    def __init__(self, lang: str):
        self.lang = "en" if lang == "en" else "sv"
        self._index = 1 if self.lang == "en" else 0

    def __call__(self, key: str, **params: Any) -> str:
        pair = STRINGS.get(key) or (key.startswith("field.") and FIELD_LABELS.get(key[6:]))
        if not pair:
            raise KeyError(key)
        template = pair[self._index]
        if not params:
            return template
        # A phrase of the vocabulary put in (what is in conflict, a kind of file) in this language.
        return template.format(**{k: v.said(vocab(self.lang)) if isinstance(v, Phrase) else v
                                  for k, v in params.items()})

    def has(self, key: str) -> bool:
        return key in STRINGS or (key.startswith("field.") and key[6:] in FIELD_LABELS)

    def count(self, key: str, n: int, **params: Any) -> str:
        """`key` with n filled in, or its `.one` form when n is 1 ("1 aktivitet")."""
        if n == 1 and f"{key}.one" in STRINGS:
            return self(f"{key}.one", n=n, **params)
        return self(key, n=n, **params)

    def binding(self, binding_id: str | None, fallback: str = "") -> str:
        key = f"binding.{binding_id}"
        return self(key) if binding_id and key in STRINGS else fallback

    def reason(self, error: BaseException) -> str:
        """Why something failed (a SaveError, an EditError, an OSError), in this language."""
        return vocab(self.lang).reason(error)

    def field(self, name: str) -> str:
        pair = FIELD_LABELS.get(name)  # one label for a field everywhere (the vocabulary's)
        return pair[self._index] if pair else name


def words(lang: str) -> Words:
    return Words(lang)
