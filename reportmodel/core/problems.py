"""Problems found in a report file, reported the way a compiler would: FILE:LINE: path: message."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from reportmodel.core.textsafety import visible
from reportmodel.core.vocabulary import Phrase, vocab


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Problem:
    severity: Severity
    path: str  # dotted TOML key path, e.g. goals.trygghet.activities.x.end; "" for the file
    message: str
    line: int | None = None
    column: int | None = None
    # The message as data: a vocabulary code and its values (reportmodel.core.vocabulary words
    # it in the reader's language); `message` stays the English text for code that reads it.
    code: str | None = None
    values: tuple[tuple[str, Any], ...] = field(default=())

    def format(self, filename: str) -> str:
        where = filename
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        prefix = "" if self.severity is Severity.ERROR else "warning: "
        path = f"{self.path}: " if self.path else ""
        # File names, keys and quoted values come from the file: shown, never obeyed.
        return visible(f"{where}: {prefix}{path}{self.message}")


# A broken file can have a problem per line; nobody reads past the first few hundred, and printing
# 8 MB of them (a 1 000-item cycle did) only hides the first. Each stage keeps this many, then
# counts (see `more_problems`).
MAX_PROBLEMS = 500


def more_problems(count: int, severity: Severity = Severity.ERROR) -> Problem:
    """The one problem that stands for `count` more that were not kept."""
    return coded(severity, "", "check.more_problems", n=count, shown=MAX_PROBLEMS)


def coded(severity: Severity, path: str, code: str, line: int | None = None,
          column: int | None = None, **values: Any) -> Problem:
    """A problem worded by the vocabulary; its `message` is the English wording."""
    return Problem(severity, path, vocab("en").say(code, **values), line, column, code,
                   tuple(values.items()))


class ReportError(Exception):
    """A file that cannot be loaded as a report; carries every problem found, not only the first."""

    def __init__(self, filename: str, problems: list[Problem]):
        self.filename = filename
        self.problems = problems
        super().__init__(self.describe())

    def describe(self) -> str:
        return "\n".join(p.format(self.filename) for p in self.problems)


class CodedError(Exception):
    """An error whose text is data: a vocabulary code and its values, worded in the officer's
    language where it is shown (`Vocabulary.reason`); str() is the English wording. Code that
    has only a text of its own (already worded) passes that text, and it is shown as it is."""

    def __init__(self, code: str, **values: Any):
        known = vocab("en").has(code)
        self.code: str | None = code if known else None
        self.values = values
        super().__init__(vocab("en").say(code, **values) if known else code)

    @property
    def phrase(self) -> str:
        """The error as a value to put into another message, said in that message's language."""
        return Phrase(self.code, **self.values) if self.code else str(self)


class SaveError(CodedError):
    """A save that did not happen; the original file is untouched."""


def describe(value: Any) -> str:
    """A value as the officer wrote it, for messages."""
    if isinstance(value, str):
        text = value if len(value) <= 60 else value[:57] + "..."
        return '"' + text.replace("\n", "\\n") + '"'
    if isinstance(value, bool):
        return "true" if value else "false"
    # Phrases: worded in the message's language, English where read as a str.
    if isinstance(value, dict):
        return Phrase("read.value.table")
    if isinstance(value, list):
        return Phrase("read.value.list")
    if isinstance(value, int) and abs(value) >= 10 ** 60:
        return Phrase("read.value.long_number", n=len(str(abs(value))))
    return str(value)
