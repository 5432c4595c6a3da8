"""One vocabulary: the Swedish and English words of every field, kind of item and message.

    v = vocab("sv", report.scheme)
    v.field("goal", "comment")          # "Kommentar"
    v.kind("assignment", plural=True)   # "Uppdrag", or the report's own "Åtaganden"
    v.level("namndsmal")                # the report's level name: "Nämndsmål"
    v.say("cli.fmt.formatted", file=p)  # "rapport.toml: omskriven"
    v.problem(problem)                  # a Problem worded in this language

The report's own terms (its scheme's `terms` and level names) override the defaults. Messages
are data: a code and its values; `say` makes every value safe for a terminal before it is put in
(safety.py). A value may itself be worded (a Phrase: "a table", a field's label, kinds of item,
a number) and is then said in the message's language. An error raised with a code
(problems.CodedError) is worded where it is shown: `v.reason(exc)`. The words are split by
area: fields, kinds, problems, reading, saving, edits, cli, diff, export, sharing.
"""

from __future__ import annotations

import importlib
from functools import cache
from typing import TYPE_CHECKING, Any

from reportmodel.core.vocabulary.fields import FIELD_LABELS, ITEM_FIELD_LABELS, VALUE_LABELS
from reportmodel.core.vocabulary.kinds import KINDS, REPORT_KINDS, TERM_PLURALS
from reportmodel.core.vocabulary.safety import terminal_safe

if TYPE_CHECKING:
    from reportmodel.core.problems import Problem
    from reportmodel.core.scheme import Scheme

LANGUAGES = ("sv", "en")
# Message areas by the first part of their codes. An area's module is imported the first time
# one of its codes is said: `yearend check` never loads the diff's or the export's words.
AREAS = {"cli": "cli", "rollover": "cli", "help": "cli_help", "diff": "diff", "export": "export",
         "load": "problems", "check": "problems", "yearend": "problems", "settings": "problems",
         "share": "sharing", "read": "reading", "file": "reading", "save": "saving",
         "edit": "edits",
         "layout": "layout"}


class _Messages(dict):
    """code -> (sv, en), filled area by area on first use."""

    def _load(self, prefix: str) -> None:
        area = _AREAS_LEFT.get(prefix)
        if area is None:
            return
        module = importlib.import_module(f"reportmodel.core.vocabulary.{area}")
        self.update(module.MESSAGES)
        # list() and pop(): the editor's recovery thread may word an error at the same time
        for key in [k for k, a in list(_AREAS_LEFT.items()) if a == area]:
            _AREAS_LEFT.pop(key, None)

    def __missing__(self, code: str) -> tuple[str, str]:
        self._load(code.split(".", 1)[0])
        if dict.__contains__(self, code):
            return dict.__getitem__(self, code)
        raise KeyError(code)

    def __contains__(self, code: object) -> bool:
        if isinstance(code, str) and not dict.__contains__(self, code):
            self._load(code.split(".", 1)[0])
        return dict.__contains__(self, code)

    def everything(self) -> dict[str, tuple[str, str]]:
        """Every message of every area (for tests and tools that list them)."""
        for prefix in list(_AREAS_LEFT):
            self._load(prefix)
        return dict(self)


_AREAS_LEFT = dict(AREAS)
MESSAGES: _Messages = _Messages()


class Vocabulary:
    def __init__(self, lang: str = "sv", scheme: Scheme | None = None):
        self.lang = "en" if lang == "en" else "sv"
        self.scheme = scheme
        self._i = 1 if self.lang == "en" else 0

    def _pick(self, pair: tuple[str, str]) -> str:
        return pair[self._i]

    # -- labels ------------------------------------------------------------------------------
    def field(self, kind: str | None, name: str) -> str:
        """A field's label; "years.2022.outcome_women" reads "Utfall kvinnor 2022"."""
        if name.startswith("years."):
            _, year, measure = name.split(".", 2)
            label = self.field(kind, measure)
            base, _, gender = label.partition(" ")
            return f"{base} {year}" + (f" ({gender})" if gender else "")
        pair = ITEM_FIELD_LABELS.get((kind or "", name)) or FIELD_LABELS.get(name)
        return self._pick(pair) if pair else name

    def kind(self, kind: str, plural: bool = False) -> str:
        """What the report calls a kind of item: its scheme's term first, then the default."""
        if self.scheme is not None and kind in self.scheme.terms:
            term = self.scheme.term(kind, self.lang)
            return TERM_PLURALS[self.lang].get(term, term) if plural else term
        entry = KINDS.get(kind)
        if entry is None:
            return kind
        return entry[self._i + (2 if plural else 0)]

    def level(self, key: str | None) -> str:
        """A goal level's name in this report ("Nämndsmål", "Processområde")."""
        level = self.scheme.level(key) if self.scheme is not None else None
        return level.text(self.lang) if level is not None else (key or self.kind("goal"))

    def kinds(self, kinds: tuple[str | None, ...]) -> str:
        """Kinds of item as alternatives in running text: "mål eller avsnitt"."""
        words = [self.kind(k).lower() if k else self.say("edit.top_level") for k in kinds]
        return self.say("edit.or").join(words)

    def report_kind(self, key: str) -> str:
        pair = REPORT_KINDS.get(key)
        return self._pick(pair) if pair else key

    def value_word(self, key: str) -> str:
        """A word for a value: "true", "false", "lang.sv", "empty"."""
        return self._pick(VALUE_LABELS[key])

    # -- messages ----------------------------------------------------------------------------
    def has(self, code: str) -> bool:
        return code in MESSAGES

    def say(self, code: str, **values: Any) -> str:
        """The message `code` in this language, every value made safe for a terminal. The
        code's ".one" form is used when `n` is 1."""
        if values.get("n") == 1 and f"{code}.one" in MESSAGES:
            code = f"{code}.one"
        template = self._pick(MESSAGES[code])
        if not values:
            return template
        return template.format_map({
            k: terminal_safe(v.said(self) if isinstance(v, Phrase) else v)
            for k, v in values.items()})

    def reason(self, error: BaseException) -> str:
        """An exception's text in this language: by its code (CodedError, RolloverError) when it
        has one, else its own (English) text, made safe for a terminal."""
        code = getattr(error, "code", None)
        if isinstance(code, str) and code in MESSAGES:
            return self.say(code, **getattr(error, "values", {}))
        return terminal_safe(error)

    def problem(self, problem: Problem) -> str:
        """A problem's message in this language: by its code when it has one."""
        if problem.code and problem.code in MESSAGES:
            return self.say(problem.code, **dict(problem.values))
        return terminal_safe(problem.message)

    def format_problem(self, problem: Problem, filename: str) -> str:
        """FILE:LINE[:COL]: [warning: ]path: message, as a compiler prints it."""
        where = filename
        if problem.line is not None:
            where += f":{problem.line}"
            if problem.column is not None:
                where += f":{problem.column}"
        # Severity is a str enum: compared by value, so this package need not import problems
        # (which imports it).
        prefix = "" if problem.severity == "error" else self.say("cli.warning_prefix")
        path = f"{terminal_safe(problem.path)}: " if problem.path else ""
        return f"{terminal_safe(where)}: {prefix}{path}{self.problem(problem)}"


class Phrase(str):
    """A value that is itself worded, such as "a table" or "a FIFO (named pipe)" put into a
    message: a vocabulary code and its values, said in the message's language. As a str it is the
    English wording, for code that reads the English text."""

    code: str
    values: dict[str, Any]

    def __new__(cls, code: str, **values: Any) -> Phrase:
        self = super().__new__(cls, _plain("en").say(code, **values))
        self.code, self.values = code, values
        return self

    def said(self, v: Vocabulary) -> str:
        return v.say(self.code, **self.values)

    def __reduce__(self):  # pickled as it is (the editor's export child sends errors back)
        return _rebuilt, (type(self), str(self), dict(self.__dict__))


def _rebuilt(cls: type, text: str, state: dict[str, Any]) -> Phrase:
    phrase = str.__new__(cls, text)
    phrase.__dict__.update(state)
    return phrase


class KindWords(Phrase):
    """Kinds of item put into a message, in lower case: "goal", "goal or section" (None: the top
    level); said with the words the vocabulary (or the report's scheme) has for them."""

    kinds: tuple[str | None, ...]

    def __new__(cls, *kinds: str | None) -> KindWords:
        self = str.__new__(cls, _plain("en").kinds(kinds))
        self.code, self.values, self.kinds = "", {}, kinds
        return self

    def said(self, v: Vocabulary) -> str:
        return v.kinds(self.kinds)


class FieldWord(Phrase):
    """A field put into a message ("title"): said as its label ("Rubrik", "Title")."""

    name: str

    def __new__(cls, name: str) -> FieldWord:
        self = str.__new__(cls, _plain("en").field(None, name))
        self.code, self.values, self.name = "", {}, name
        return self

    def said(self, v: Vocabulary) -> str:
        return v.field(None, self.name)


class Figure(Phrase):
    """A number with `decimals` decimals put into a message, written as the language writes
    it: "40,1" in Swedish, "40.1" in English (as core.values.format_number, which needs this
    package and so cannot be used here)."""

    number: float
    decimals: int

    def __new__(cls, number: float, decimals: int) -> Figure:
        self = str.__new__(cls, f"{number:,.{decimals}f}")
        self.code, self.values, self.number, self.decimals = "", {}, number, decimals
        return self

    def said(self, v: Vocabulary) -> str:
        if v.lang == "en":
            return str(self)
        return str(self).replace(",", "\u00a0").replace(".", ",").replace("-", "−")


@cache
def _plain(lang: str) -> Vocabulary:
    return Vocabulary(lang)


def vocab(lang: str = "sv", scheme: Scheme | None = None) -> Vocabulary:
    """The vocabulary in `lang` ("sv" or "en"), with the report's own terms when `scheme` is
    given."""
    if scheme is None:
        return _plain("en" if lang == "en" else "sv")
    return Vocabulary(lang, scheme)
