"""argparse's own words ("usage:", "the following arguments are required") in Swedish.

argparse looks its words up through the module-level name `_` (gettext) at the time it prints
them; pointing that name at the vocabulary's table is the one way to translate them without a
compiled gettext catalogue and a changed environment. It is done only for a Swedish run, once,
before the parser is built.
"""

from __future__ import annotations

import argparse

from reportmodel.core.vocabulary.argparse_sv import ARGPARSE_SV


def speak_swedish() -> None:
    def translate(text: str) -> str:
        return ARGPARSE_SV.get(text, text)

    argparse._ = translate  # type: ignore[attr-defined]
