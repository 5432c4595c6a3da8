"""The keys of building the report, on the outline (they act on the row under the cursor).

Their actions live on the main screen (tui/editor/structure/actions.py); they have ids, so F1,
the palette and config.toml's rebinding treat them as every other key. Chosen not to clash with
the outline's (j k h l g G space enter c s 0-9 esc), the screen's (/ n N f m t) or the app's
(ctrl+s ctrl+z ctrl+y f1 ? p q): `a` add, `e`/F2 edit and rename (F2 renames in most file
managers and spreadsheets), Delete, alt+up/down move as in office outliners, ctrl+x/ctrl+v.
"""

from __future__ import annotations

from textual.binding import Binding

# On the outline (they act on the row under the cursor); rebindable by id like the others.
STRUCTURE_BINDINGS = [
    Binding("a", "screen.add_item", "Add", show=False, id="add_item"),
    Binding("e,f2", "screen.edit_item", "Edit", show=False, id="edit_item"),
    Binding("delete", "screen.delete_item", "Delete", show=False, id="delete_item"),
    Binding("alt+up", "screen.move_item(-1)", "Move up", show=False, id="move_up"),
    Binding("alt+down", "screen.move_item(1)", "Move down", show=False, id="move_down"),
    Binding("ctrl+x", "screen.cut_item", "Cut", show=False, id="cut_item"),
    Binding("ctrl+v", "screen.paste_item", "Paste", show=False, id="paste_item"),
    Binding("M", "screen.move_to", "Move to", show=False, id="move_to"),
]
