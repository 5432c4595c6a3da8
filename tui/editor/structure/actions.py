"""Building and changing the report from the outline: add, edit every field, rename, move, cut and
paste, delete (asking when others depend on the item), and the report's header.

A mixin of MainScreen (tui/editor/screen.py). It reads the report to build checked edits
(reportmodel.core: structure_edits, field_edits, header_edits, year_edits) and hands each to
`do_edit`, which the app points at the session (the only writer). The outline is rebuilt when
the session announces a structural change (`structure_changed`), not here, so undo and redo
rebuild it the same way.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from rich.text import Text

from reportmodel.core import edits, places, structure_edits as se
from reportmodel.core.edits import EditError, ItemPath
from reportmodel.core.tree import Node, walk

from tui.common.look import safe
from tui.common.picker import ChoiceScreen
from tui.editor.outline import REPORT_ROW
from tui.editor.structure import specs as sp
from tui.editor.structure.delete import TOP, DeleteActions, key_of, path_of
from tui.editor.structure.sheet import HEADER_PATH, ItemSheet
from tui.editor.structure.terms import AddOption, add_options, item_label, term

def is_structural(edit) -> bool:
    """An edit that changes the outline's rows or the header (not one item's fields)."""
    if getattr(edit, "structural", False):
        return True
    return any(path and path[0] == "report" for path in edits.paths(edit))


class StructureActions(DeleteActions):
    # Set by the app: the session applies an edit (False: refused or nothing to do), and says
    # whether the report may be changed here (it tells the officer why not).
    do_edit: Callable[[Any], bool] = staticmethod(lambda edit: False)  # type: ignore[assignment]
    may_change: Callable[[], bool] = staticmethod(lambda: True)  # type: ignore[assignment]
    cut_path: ItemPath | None = None

    # -- where the cursor is ------------------------------------------------------------------
    def _row_data(self) -> Node | str | None:
        node = self.outline.cursor_node
        return node.data if node is not None else None

    def _report(self):
        return self.look.report

    def _note(self, key: str, severity: str = "information", **params) -> None:
        self.notify(self.look.words(key, **params), severity=severity, timeout=4)

    def _refused(self, exc: EditError) -> None:
        w = self.look.words
        self.notify(w("note.edit_refused", reason=w.reason(exc)), severity="error")

    # -- add ----------------------------------------------------------------------------------
    def action_add_item(self) -> None:
        if not self.may_change():
            return
        options = add_options(self.look, self._row_data())
        if not options:
            self._note("note.cannot_add", "warning")
            return
        if len(options) == 1:
            self.open_new(options[0])
            return
        by_key = {o.key: o for o in options}

        def chosen(key: str | None) -> None:
            if key is not None:
                self.open_new(by_key[key])

        self.app.push_screen(ChoiceScreen(self.look.words("add.title"),
                                          [(o.key, Text(o.label)) for o in options]), chosen)

    def open_new(self, option: AddOption) -> None:
        """The sheet of a new item, empty; Done adds it with what was filled in, as one step."""
        look = self.look
        blank = places.SPECS[option.kind].cls(id="new")
        if option.kind == "goal":
            blank.level = option.level or ""
        node = Node(option.kind, blank, (), 0)
        specs = sp.item_specs(look, node, lambda: blank, new=True)
        where = ""
        if option.parent is not None:
            try:
                parent = edits.resolve(self._report(), option.parent)
                where = look.words("sheet.where", title=safe(parent.title))
            except EditError:
                pass

        def commit(changed, then_save: bool) -> str | None:
            return self._commit_new(option, blank, changed)

        title = look.words("sheet.new", term=term(look, option.kind, option.level))
        self.app.push_screen(ItemSheet(title, where, specs, commit, focus="title"))

    def _commit_new(self, option: AddOption, blank, changed) -> str | None:
        report = self._report()
        w = self.look.words
        if not changed:
            return None  # nothing typed: nothing to add
        title, values, later = "", {}, []
        for spec, raw in changed:
            if spec.name == "title":
                title = raw
            elif spec.name.startswith("years."):
                later.append((spec, raw))
            else:
                try:  # field by field first, so that a refusal names the field
                    values[spec.name] = sp.model_value(report, blank, spec.name, raw)
                    sp.check_new_value(report, blank, spec.name, values[spec.name])
                except EditError as exc:
                    return w("sheet.refused", field=spec.label, reason=w.reason(exc))
        try:
            if option.kind == "goal" and "level" not in values and option.level:
                values["level"] = option.level
            edit = se.add_item(report, option.kind, option.parent, title, index=option.index,
                               **values)
        except EditError as exc:
            return w.reason(exc)
        if not self.do_edit(edit):
            return None
        self._note("note.added", term=term(self.look, option.kind, values.get("level")).lower(),
                   title=safe(edits.resolve(report, edit.path).title))
        for spec, raw in later:  # an indicator's targets: set on the item just added
            try:
                self.do_edit(sp.edit_for(report, edit.path, spec.name, raw))
            except EditError as exc:
                self.notify(w("sheet.refused", field=spec.label, reason=w.reason(exc)),
                            severity="error")
        return None

    # -- edit every field, rename -------------------------------------------------------------
    def action_edit_item(self, focus: str | None = None, typed: str | None = None,
                         data: Node | str | None = None) -> None:
        """`typed`: restored text (a recovery copy's) for the `focus` field, in the sheet of
        `data` (else the row under the cursor)."""
        data = data if data is not None else self._row_data()
        if data == REPORT_ROW:
            self.open_header(focus, typed)
            return
        if not isinstance(data, Node):
            self._note("note.no_item", "warning")
            return
        if not self.may_change():
            return
        look, path = self.look, data.path

        def resolve() -> Any:
            return edits.resolve(self._report(), path)

        def commit(changed, then_save: bool) -> str | None:
            return self._commit_fields(path, changed)

        specs = sp.item_specs(look, data, resolve)
        title = look.words("sheet.edit", term=look.kind_name(data), title=safe(data.item.title))
        self.app.push_screen(ItemSheet(title, "", specs, commit, focus=focus or "title",
                                       path=path, typed=typed))

    def _commit_fields(self, path: ItemPath, changed) -> str | None:
        w = self.look.words
        for spec, raw in changed:
            try:
                edit = sp.edit_for(self._report(), path, spec.name, raw)
            except EditError as exc:
                return w("sheet.refused", field=spec.label, reason=w.reason(exc))
            if not self.do_edit(edit) and self._read_only():
                return None
        return None

    def _read_only(self) -> bool:
        return not self.may_change()

    def open_header(self, focus: str | None = None, typed: str | None = None) -> None:
        if not self.may_change():
            return
        look = self.look
        specs = sp.header_specs(look, lambda: self._report().meta)

        def commit(changed, then_save: bool) -> str | None:
            w = look.words
            for spec, raw in changed:
                try:
                    steps = sp.header_edit_for(self._report(), spec.name, raw)
                    for step in steps:
                        if not self.do_edit(step(self._report())) and self._read_only():
                            return None
                except EditError as exc:
                    return w("sheet.refused", field=spec.label, reason=w.reason(exc))
            return None

        self.app.push_screen(ItemSheet(look.words("sheet.header"), "", specs, commit,
                                       focus=focus, path=HEADER_PATH, typed=typed))

    # -- move ---------------------------------------------------------------------------------
    def _current_item(self) -> Node | None:
        data = self._row_data()
        if isinstance(data, Node):
            return data
        self._note("note.no_item", "warning")
        return None

    def action_move_item(self, step: int) -> None:
        node = self._current_item()
        if node is None or not self.may_change():
            return
        try:
            build = se.move_up if step < 0 else se.move_down
            edit = build(self._report(), node.path)
        except EditError:  # the only refusal: nowhere further to go
            self._note("note.first" if step < 0 else "note.last", "warning",
                       title=safe(node.item.title))
            return
        self.do_edit(edit)

    def action_cut_item(self) -> None:
        node = self._current_item()
        if node is None:
            return
        self.cut_path = node.path
        self._note("note.cut", title=safe(node.item.title))

    def action_paste_item(self) -> None:
        if self.cut_path is None:
            self._note("note.nothing_cut", "warning")
            return
        if not self.may_change():
            return
        data = self._row_data()
        at = data.path if isinstance(data, Node) else None
        try:
            edit = se.paste(self._report(), self.cut_path, at)
        except EditError as exc:
            self._refused(exc)
            return
        if self.do_edit(edit):
            self.cut_path = None

    def action_move_to(self) -> None:
        node = self._current_item()
        if node is None or not self.may_change():
            return
        look = self.look
        parents = places.SPECS[node.kind].parents
        options: list[tuple[str, Text]] = []
        if None in parents:
            options.append((TOP, Text(look.words("move.top"))))
        here = places.parent_path(self._report(), node.path)
        for other in walk(self._report()):
            if other.kind in parents and other.path != node.path and other.path != here:
                options.append((key_of(other.path), Text(item_label(look, other))))
        if not options:
            self._note("note.no_targets", "warning", term=look.kind_name(node).lower())
            return

        def chosen(key: str | None) -> None:
            if key is None:
                return
            try:
                edit = se.move_item(self._report(), node.path, path_of(key))
            except EditError as exc:
                self._refused(exc)
                return
            self.do_edit(edit)

        self.app.push_screen(ChoiceScreen(look.words("move.pick", title=safe(node.item.title)),
                                          options, searchable=True,
                                          placeholder=look.words("filter.type")), chosen)

    # -- after the session changed the structure -----------------------------------------------
    def structure_changed(self, edit, kind: str) -> None:
        """Rows after an add, move, delete (or its undo), or a header edit: rebuild the outline
        (with the filter in force) and put the cursor where the change is."""
        outline = self.outline
        if any(path and path[0] == "report" for path in edits.paths(edit)):
            for tree_node in outline.order[:1]:
                if tree_node.data == REPORT_ROW:
                    title = safe(self.look.report.meta.title.split("\n", 1)[0])
                    tree_node.set_label(Text(title or self.look.words("outline.report"),
                                             style="bold"))
            return
        line = outline.cursor_line
        for path in getattr(edit, "affected", ()):
            outline.labels.pop(path, None)
        keep = self.active_filter.keep if self.active_filter is not None else None
        outline.load(keep)
        for where in self._landing(edit, kind):
            if where in outline.by_path:
                target = outline.by_path[where]
                outline.go_to(target)
                self.detail.show(target.data)
                return
        outline.move_cursor_to_line(max(0, min(line, len(outline.order) - 1)))
        if outline.cursor_node is not None:
            self._show_row(outline.cursor_node)

    def _landing(self, edit, kind: str) -> list[ItemPath]:
        """Where to put the cursor: the item where it is now, else where it was, else its
        parent (a delete, an add undone)."""
        out = []
        if not (edit.action == "delete" and kind != "undo"):
            out += [edit.path, edit.old_path]
        out += [p[:-2] for p in (edit.path, edit.old_path) if p is not None and len(p) > 2]
        out += list(getattr(edit, "affected", ()))[1:]
        return [p for p in out if p]

    def structure_commands(self, node: Node | None) -> list[tuple[str, str, Callable[[], object]]]:
        """For the palette: every structural action valid here."""
        w = self.look.words
        out: list[tuple[str, str, Callable[[], object]]] = [
            (w.binding("add_item"), "", self.action_add_item),
            (w.binding("header"), "", self.open_header),
        ]
        if self.cut_path is not None:
            out.append((w.binding("paste_item"), "", self.action_paste_item))
        if node is not None:
            title = safe(node.item.title)
            out += [
                (w.binding("edit_item"), title, self.action_edit_item),
                (w.binding("delete_item"), title, self.action_delete_item),
                (w.binding("move_up"), title, lambda: self.action_move_item(-1)),
                (w.binding("move_down"), title, lambda: self.action_move_item(1)),
                (w.binding("cut_item"), title, self.action_cut_item),
                (w.binding("move_to"), title, self.action_move_to),
            ]
        return out
