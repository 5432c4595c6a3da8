"""Bindings in the officer's language, and the list of every key for the help screen.

Textual keeps a binding's description on the Binding itself; the editor's words depend on the
report's language, so each node's bindings are re-described by id when it is created.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable

from textual.binding import Binding
from textual.dom import DOMNode

from tui.common.i18n import Words
from tui.common.textual_private import redescribe_bindings

# Actions without a binding id of ours (Textual's own) that still deserve words.
_ACTION_IDS = {"command_palette": "palette", "app.command_palette": "palette"}


def localize(node: DOMNode, words: Words) -> None:
    """Replace the descriptions of `node`'s bindings by the words for their ids."""
    redescribe_bindings(node, lambda b: words.binding(b.id or _ACTION_IDS.get(b.action)))


def describe_keys(bindings: Iterable[Binding], words: Words, key_display) -> list[tuple[str, str]]:
    """(keys, what they do) for every binding with an id, digits folded into one row."""
    rows: dict[str, list[str]] = {}
    for binding in bindings:
        if not binding.id or binding.id.startswith("set_value_"):
            continue
        description = words.binding(binding.id)
        if not description:
            continue
        if binding.id == "set_value":
            keys = ["1–9"]
        else:
            keys = [key_display(dataclasses.replace(binding, key=k.strip(), key_display=None))
                    for k in binding.key.split(",")]
        shown = rows.setdefault(description, [])
        shown.extend(k for k in keys if k not in shown)
    return [(" ".join(keys), description) for description, keys in rows.items()]
