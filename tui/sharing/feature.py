"""Working together through git, in the editor: merge conflicts marked, listed, jumped to and
resolved; the selected item's history; whether the file has changes not yet committed.

The app makes one Sharing (as it makes CompareMode) and passes it the session's messages; it
changes the report only through the session (`session.resolve`), so undo works and a read-only
editor refuses. git runs in worker threads: a key press never waits for a subprocess.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

from rich.text import Text
from textual.app import App

from reportmodel.core import edits
from reportmodel.core.conflicts import ITEM, Conflict, ResolveConflict, conflicted_paths
from reportmodel.core.edits import EditError
from reportmodel.core.scheme import Scale
from reportmodel.core.tree import KINDS, Node, id_space
from reportmodel.io import git
from tui.common.look import kind_of, safe
from tui.common.picker import ChoiceScreen
from tui.editor.filters import Filter
from tui.session import Session
from tui.sharing.history import HistoryScreen
from tui.sharing.resolve import ConflictScreen, ItemConflictScreen, field_label

IN_FILE = ("scheme", "")  # conflicts on the scheme are resolved in the file (docs/sharing.md)


class Sharing:
    def __init__(self, app: App, session: Session) -> None:
        self.app = app
        self.session = session
        # True/False: the file has (no) changes not yet committed; None: not in a repository,
        # git missing, or not asked yet. Shown in the header.
        self.uncommitted: bool | None = None
        self._missing_told = False
        self._told_conflicts = False

    # -- what the main screen shows -----------------------------------------------------------
    @property
    def main(self):
        return getattr(self.app, "main", None)

    def _words(self, key: str, **values) -> str:
        return self.app.words(key, **values)  # type: ignore[attr-defined]

    def status(self) -> Text | None:
        """The header's sharing part: conflicts left, changes not committed."""
        report = self.session.report
        parts: list[Text] = []
        if report is not None and report.conflicts:
            parts.append(Text(self.app.words.count("sharing.header", len(report.conflicts)),
                              style="bold red"))
        if self.uncommitted:
            parts.append(Text(self._words("sharing.uncommitted"), style="yellow"))
        return Text("  ·  ").join(parts) if parts else None

    def _show(self, paths: list[tuple[str, ...]] | None = None) -> None:
        main = self.main
        report = self.session.report
        if main is None or report is None:
            return
        mark = Text(" ≠ " + self._words("sharing.row_mark"), style="bold red")
        main.outline.set_flags({path: mark for path in conflicted_paths(report)}, paths)
        main.header.show_sharing(self.status())

    def screen_ready(self) -> None:
        """The main screen is up (opened, or recomposed): marks, header, and git asked; on
        opening a report with conflicts, the keys that resolve them."""
        self._show()
        self.check_git()
        report = self.session.report
        if report is not None and report.conflicts and not self._told_conflicts:
            self._told_conflicts = True
            self.app.notify(self.app.words.count("sharing.opened", len(report.conflicts)),
                            severity="warning", timeout=10)

    def after_change(self, message: Session.Changed) -> None:
        edit = message.edit
        if isinstance(edit, ResolveConflict):
            main = self.main
            if edit.conflict.field == ITEM and main is not None:
                # An item went (or came back): the outline's rows are built again.
                active = main.active_filter
                if active is None or not main.apply_filter(active):
                    main.apply_filter(None)
        self._show(list(message.paths))

    def after_save(self) -> None:
        self.check_git()

    # -- git status, in a worker ----------------------------------------------------------------
    def check_git(self) -> None:
        if self.session.report is None:
            return
        self.app.run_worker(partial(self._ask_git, self.session.path), thread=True,
                            group="git-status", exclusive=True)

    def _ask_git(self, path: Path) -> None:
        try:
            state = git.uncommitted(path) if git.toplevel(path) is not None else None
            missing = False
        except git.GitMissing:
            state, missing = None, _in_a_repository(path)
        except (git.GitError, OSError):
            state, missing = None, False
        _from_thread(self.app, self._git_answered, state, missing)

    def _git_answered(self, state: bool | None, missing: bool) -> None:
        self.uncommitted = state
        if missing and not self._missing_told:
            self._missing_told = True
            self.app.notify(self._words("git.missing_here"), severity="warning", timeout=10)
        main = self.main
        if main is not None:
            main.header.show_sharing(self.status())

    # -- filters, keys and commands -----------------------------------------------------------
    def filters(self) -> list[Filter]:
        report = self.session.report
        if report is None or not report.conflicts:
            return []
        return [Filter("conflicts", self._words("sharing.filter"), self._keep())]

    def _keep(self) -> Callable[[Node], bool]:
        paths = set(conflicted_paths(self.session.report))
        return lambda node: node.path in paths

    def key(self, action: str, node: Node | None) -> None:
        if action == "next_conflict":
            self.jump(forward=True)
        elif action == "previous_conflict":
            self.jump(forward=False)
        elif action == "resolve_conflict":
            self.resolve_at(node)
        elif action == "item_history":
            self.show_history(node)

    def commands(self, node: Node | None) -> list[tuple[str, str, Callable[[], object]]]:
        report = self.session.report
        if report is None:
            return []
        w = self._words
        out: list[tuple[str, str, Callable[[], object]]] = []
        if report.conflicts:
            out.append((w("sharing.list"), w("sharing.resolve_help"), self.open_list))
            main = self.main
            if main is not None:
                for flt in self.filters():
                    out.append((w("palette.filter", name=flt.label), "",
                                partial(main.apply_filter, flt)))
            out.append((w("binding.next_conflict"), "", partial(self.jump, True)))
            out.append((w("binding.previous_conflict"), "", partial(self.jump, False)))
            if node is not None and node.path in conflicted_paths(report):
                out.append((w("binding.resolve_conflict"), node.item.title,
                            partial(self.resolve_at, node)))
        if node is not None:
            out.append((w("binding.item_history"), node.item.title,
                        partial(self.show_history, node)))
        return out

    def jump(self, forward: bool = True) -> None:
        main = self.main
        report = self.session.report
        if main is None or report is None:
            return
        if not report.conflicts:
            self.app.notify(self._words("sharing.none"), timeout=3)
            return
        if not main.jump(self._keep(), forward):
            self.app.notify(self._words("sharing.not_in_outline"))

    # -- resolving ------------------------------------------------------------------------------
    def resolve_at(self, node: Node | None) -> None:
        """`r`: the first conflict of the item at the cursor, or the list of all of them."""
        report = self.session.report
        if report is None or self.session.refused():
            return
        if not report.conflicts:
            self.app.notify(self._words("sharing.none"), timeout=3)
            return
        here = conflicted_paths(report).get(node.path) if node is not None else None
        if not here:
            self.open_list()
            return
        self.resolve(here[0])

    def open_list(self) -> None:
        report = self.session.report
        if report is None or self.session.refused():
            return
        if not report.conflicts:
            self.app.notify(self._words("sharing.none"), timeout=3)
            return
        options = [(str(i), Text(safe(self.describe(c)))) for i, c in enumerate(report.conflicts)]
        listed = list(report.conflicts)

        def chosen(key: str | None) -> None:
            if key is not None:
                conflict = listed[int(key)]
                main = self.main
                if main is not None:
                    main.go_to_path(conflict.path)
                self.resolve(conflict)

        self.app.push_screen(ChoiceScreen(self._words("sharing.list_title"), options), chosen)

    def describe(self, conflict: Conflict) -> str:
        if conflict.field == ITEM:
            what = self._words("sharing.item_deleted")
        else:
            what = field_label(self.app.words, conflict.field)  # type: ignore[arg-type]
        return f"{self._title(conflict.path)} — {what}"

    def _title(self, path: tuple[str, ...]) -> str:
        report = self.session.report
        if path == ("report",):
            return report.meta.title
        item = report
        try:
            for attr, key in zip(path[0::2], path[1::2]):
                item = getattr(item, attr)[key]
            return item.title.split("\n", 1)[0]
        except (AttributeError, KeyError, TypeError):
            return ".".join(path)

    def resolve(self, conflict: Conflict) -> None:
        if self.session.refused():
            return
        if conflict.path[:1] in IN_FILE:
            self.app.notify(self._words("sharing.in_file", what=conflict.describe()),
                            severity="warning", timeout=8)
            return
        words = self.app.words  # type: ignore[attr-defined]
        title = self._title(conflict.path)
        if conflict.field == ITEM:
            screen = ItemConflictScreen(words, conflict, title)
        else:
            screen = ConflictScreen(words, conflict, title, self._scales(conflict.path).get(
                conflict.field))

        def chosen(choice) -> None:
            if choice is None:
                return
            side, value = choice
            if self.session.resolve(conflict, side, value):
                self._after_resolving(conflict)

        self.app.push_screen(screen, chosen)

    def _after_resolving(self, conflict: Conflict) -> None:
        report = self.session.report
        left = len(report.conflicts)
        if not left:
            self.app.notify(self._words("sharing.resolved_all"), timeout=6)
            return
        self.app.notify(self._words("sharing.resolved", what=self.describe(conflict), left=left),
                        timeout=3)
        same_item = conflicted_paths(report).get(conflict.path)
        if same_item:  # the item's next conflict at once: one key resolves an item
            self.resolve(same_item[0])

    # -- history --------------------------------------------------------------------------------
    def show_history(self, node: Node | None) -> None:
        if node is None:
            return
        self.app.push_screen(HistoryScreen(self.app.words, self.session.path,  # type: ignore
                                           node.item.id or node.path[-1], node.item.title,
                                           self._scales(node.path),
                                           id_space(node.kind) if node.kind in KINDS else None))

    def _scales(self, path: tuple[str, ...]) -> dict[str, Scale]:
        """The item's fields with a scale (their values are shown by their labels)."""
        look = getattr(self.app, "look", None)
        if look is None or len(path) < 2 or len(path) % 2:
            return {}
        try:
            node = Node(kind_of(path), edits.resolve(self.session.report, path), path, 0)
        except (EditError, KeyError):
            return {}
        return dict(look.scale_fields(node))


def _from_thread(app: App, callback, *args) -> None:
    """Back on the app's thread, unless the editor closed while git was running."""
    try:
        app.call_from_thread(callback, *args)
    except RuntimeError:
        pass


def _in_a_repository(path: Path) -> bool:
    """Without git: is there a repository around the file at all (its .git)?"""
    for folder in [Path(path).resolve().parent, *Path(path).resolve().parents]:
        if (folder / ".git").exists():
            return True
    return False
