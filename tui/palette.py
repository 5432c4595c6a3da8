"""The command palette (ctrl+p): every action valid here, in the officer's language.

Commands depend on where the cursor is: on a nämndsmål the palette offers "Bedömning: Delvis
uppfyllt"; on a control point both its status and its assessment values.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from rich.text import Text
from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.markup import escape

from tui.common.look import TEXT_FIELDS, safe
from tui.common.messages import Change, ChangeRequested
from tui.editor import filters
from tui.editor.outline import Outline

if TYPE_CHECKING:
    from tui.app import YearendApp


class EditorCommands(Provider):
    def commands(self) -> list[tuple[str, str, Callable[[], object]]]:
        """(name, help, callback) for everything that can be done now."""
        app: YearendApp = self.app  # type: ignore[assignment]
        main = app.main
        if app.look is None or main is None:
            return []
        w = app.words
        look = app.look
        out: list[tuple[str, str, Callable[[], object]]] = []
        node = app.current_node()
        if node is not None:
            title = node.item.title
            for name, scale in look.scale_fields(node):
                field = w.field(name)
                values = [(v.key, v.text(look.lang)) for v in scale.values]
                values.append((None, scale.label(None, look.lang)))
                for key, label in values:
                    change = Change(node.path, name, key)
                    out.append((w("palette.set", field=field, value=label),
                                w("palette.set_help", field=field.lower(), title=title),
                                partial(main.post_message, ChangeRequested(change))))
            for name in TEXT_FIELDS.get(node.kind, ()):
                out.append((w("palette.edit_field", field=w.field(name).lower()), title,
                            partial(main.post_message, Outline.Edit(node, name))))
        simple = [
            ("save", app.action_save), ("undo", app.action_undo), ("redo", app.action_redo),
            ("search", main.action_search), ("next_attention", main.action_next_attention),
            ("previous_attention", main.action_previous_attention),
            ("filter", main.action_filter), ("help", app.action_help),
            ("expand_all", main.action_expand_all),
            ("dashboard", main.action_dashboard), ("legend", main.action_legend),
        ]
        for binding_id, callback in simple:
            out.append((w.binding(binding_id), "", callback))
        out.append((w("palette.filter", name=w("filter.all")), "", partial(main.apply_filter, None)))
        for flt in filters.standard(look):
            out.append((w("palette.filter", name=flt.label), "", partial(main.apply_filter, flt)))
        out.append((w("palette.filter", name=w("filter.responsible")), "",
                    partial(main.filter_chosen, "responsible")))
        out.extend(main.structure_commands(node))  # add, edit, move, delete, the header
        out.extend(app.compare.commands(node))
        out.extend(app.sharing.commands(node))  # conflicts, item history
        out.extend(app.settings_commands())  # preview, export, settings, language
        out.append((w.binding("quit"), "", app.action_quit))
        return out

    # The palette reads a plain-string prompt or help as markup; titles are the officer's text,
    # so prompts are Text and help is escaped.
    async def discover(self) -> Hits:
        for name, help_text, callback in self.commands():
            yield DiscoveryHit(Text(safe(name)), callback, text=name,
                               help=escape(safe(help_text)) or None)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, help_text, callback in self.commands():
            score = matcher.match(name)
            if score > 0:
                yield Hit(score, matcher.highlight(safe(name)), callback, text=name,
                          help=escape(safe(help_text)) or None)
