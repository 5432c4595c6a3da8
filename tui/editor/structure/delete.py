"""Deleting an item from the outline: at once when nothing depends on it (undo brings it back),
else asking what to do with what is under it (delete it too, move it to … , cancel), in the
report's own terms. A mixin of the structure actions (actions.py), which give `look`, `_report`,
`_current_item`, `may_change`, `do_edit` and the notes."""

from __future__ import annotations

from rich.text import Text

from reportmodel.core import dependents as deps, edits, places, structure_edits as se
from reportmodel.core.edits import EditError, ItemPath
from reportmodel.core.structure_edits import Choice, HasDependents
from reportmodel.core.tree import Node

from tui.common.look import safe
from tui.common.picker import ChoiceScreen
from tui.common.prompt import Answer, Prompt
from tui.editor.structure.terms import item_label, term

TOP = "@top"  # the top level, as a list option's id


def key_of(path: ItemPath | None) -> str:
    return TOP if path is None else "/".join(path)


def path_of(key: str) -> ItemPath | None:
    return None if key == TOP else tuple(key.split("/"))


class DeleteActions:
    # -- delete -------------------------------------------------------------------------------
    def action_delete_item(self) -> None:
        node = self._current_item()
        if node is None or not self.may_change():
            return
        try:
            edit = se.delete_item(self._report(), node.path)
        except HasDependents as exc:
            self._ask_delete(node, exc.dependents)
            return
        except EditError as exc:
            self._refused(exc)
            return
        self._delete(node, edit)

    def _delete(self, node: Node, edit) -> None:
        title, kind = safe(node.item.title), self.look.kind_name(node).lower()
        if self.do_edit(edit):
            self._note("note.deleted", term=kind, title=title)

    def _ask_delete(self, node: Node, found: deps.Dependents) -> None:
        look = self.look
        w = look.words
        report = self._report()

        def name(dep) -> str:
            level = report.goals[dep.path[1]].level if dep.kind == "goal" else None
            return term(look, dep.kind, level)

        counts: dict[str, int] = {}
        for dep in found.all:
            counts[name(dep)] = counts.get(name(dep), 0) + 1
        what = ", ".join(f"{n} {label.lower()}" for label, n in counts.items())
        body = [Text(w("delete.has", what=what))]
        body += [Text(f"  · {name(d)}: {safe(d.title)}") for d in found.direct[:8]]
        if len(found.direct) > 8:
            body.append(Text("  …"))
        labels = {"cancel": w("delete.cancel"), "move": w("delete.move"), "all": w("delete.all")}
        answers = [Answer(key, label, (label[0].lower(),),
                          "error" if key == "all" else "default")
                   for key, label in labels.items()]
        title = w("delete.title", term=look.kind_name(node).lower(), title=safe(node.item.title))

        def chosen(answer: str | None) -> None:
            if answer == "all":
                self._delete_with(node, Choice.DELETE_ALL, None)
            elif answer == "move":
                self._pick_target(node)

        self.app.push_screen(Prompt(title, body, answers, "cancel"), chosen)

    def _pick_target(self, node: Node) -> None:
        look = self.look
        targets = deps.move_targets(self._report(), node.path)
        if not targets:
            self._note("note.no_targets", "warning", term=look.kind_name(node).lower())
            return
        options = []
        for target in targets:
            if target is None:
                options.append((TOP, Text(look.words("move.top"))))
                continue
            item = edits.resolve(self._report(), target)
            other = Node(places.kind_of(target), item, target, 0)
            options.append((key_of(target), Text(item_label(look, other))))

        def chosen(key: str | None) -> None:
            if key is not None:
                self._delete_with(node, Choice.MOVE, path_of(key))

        self.app.push_screen(ChoiceScreen(look.words("delete.pick", title=safe(node.item.title)),
                                          options, searchable=True,
                                          placeholder=look.words("filter.type")), chosen)

    def _delete_with(self, node: Node, choice: Choice, target: ItemPath | None) -> None:
        try:
            edit = se.delete_item(self._report(), node.path, choice, target)
        except EditError as exc:
            self._refused(exc)
            return
        self._delete(node, edit)
