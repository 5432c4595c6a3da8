"""The main screen's filters: the `f` menu, by responsible officer, and applying one.

A mixin of MainScreen (tui/editor/screen.py), kept apart to keep that module short; it uses the
screen's look, outline and `extra_filters`.
"""

from __future__ import annotations

from rich.text import Text

from reportmodel.core.tree import Node, walk
from tui.common.look import safe
from tui.common.picker import ChoiceScreen
from tui.editor import filters
from tui.editor.filters import Filter

ALL = "all"
RESPONSIBLE = "responsible"


class Filtering:
    def action_filter(self) -> None:
        w = self.look.words
        options = [(ALL, Text(w("filter.all")))]
        for flt in self._filters():
            options.append((flt.key, Text(flt.label)))
        options.append((RESPONSIBLE, Text(w("filter.responsible"))))
        current = self.active_filter.key if self.active_filter else ALL
        self.app.push_screen(ChoiceScreen(w("filter.title"), options, current), self.filter_chosen)

    def filter_chosen(self, key: str | None) -> None:
        if key is None:
            return
        if key == ALL:
            self.apply_filter(None)
        elif key == RESPONSIBLE:
            # Open items per person, as `yearend todo` counts them; ids are prefixed ("" is
            # the key of the items no one answers for).
            options = [("@" + name, Text(safe(label)))
                       for name, label in filters.responsible_people(self.look)]
            w = self.look.words
            self.app.push_screen(ChoiceScreen(w("filter.pick_responsible"), options,
                                              searchable=True, placeholder=w("filter.type")),
                                 self._responsible_chosen)
        else:
            for flt in self._filters():
                if flt.key == key:
                    self.apply_filter(flt)

    def _filters(self) -> list[Filter]:
        return filters.standard(self.look) + self.extra_filters()

    def _responsible_chosen(self, key: str | None) -> None:
        if key is not None:
            self.apply_filter(filters.open_items_of(self.look, key[1:]))

    def apply_filter(self, flt: Filter | None) -> bool:
        """Show only what the filter keeps (None: everything); the cursor goes to the first
        match. A filter that keeps nothing is not applied."""
        outline = self.outline
        here = outline.current
        if flt is not None and not any(flt.keep(node) for node in walk(self.look.report)):
            self.notify(self.look.words("filter.nothing"), severity="warning")
            return False
        matched = outline.load(flt.keep if flt else None)
        self.active_filter = flt
        self._set_outline_title(flt, matched)
        target = None
        if flt is not None:
            target = next((n for n in outline.order if isinstance(n.data, Node)
                           and flt.keep(n.data)), None)
        elif here is not None:
            target = outline.by_path.get(here.path)
        if target is not None:
            outline.go_to(target)
        else:
            outline.move_cursor_to_line(0)
        outline.focus()
        return flt is not None

    def _set_outline_title(self, flt: Filter | None, matched: int) -> None:
        w = self.look.words
        if flt is None:
            self.outline.border_title = Text(w("outline.title"))
        else:
            self.outline.border_title = Text(safe(w.count("outline.filtered", matched,
                                                          filter=flt.label)))

    def on_outline_clear_filter(self) -> None:
        if self.active_filter is not None:
            self.apply_filter(None)
