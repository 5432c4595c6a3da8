"""The detail pane: the selected item's every field, and a form to edit its year-end fields.

Moving through the outline only updates one Static (the read view). Enter, `c` or a click opens
the form: widgets for this one item's editable fields. The form asks for changes with
ChangeRequested messages posted by the pane itself (which outlives the form); what is typed and
not yet committed when the form closes is handed to the caller, never dropped. A typed value
that does not validate is never dropped either: leaving the form (Esc, the cursor moving away,
quit) asks first, fix it or discard it (`ask_invalid`).
"""

from __future__ import annotations

from collections.abc import Callable

from rich.console import Group, RenderableType
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widget import Widget
from textual.widgets import Static

from reportmodel.core.tree import Node
from reportmodel.core.vocabulary import vocab

from tui.common.keys import localize
from tui.common.look import PERCENT_FIELDS, TEXT_FIELDS, Look, safe
from tui.common.messages import Change, ChangeRequested, FormDone, TextTyped
from tui.editor import detail_view as view
from tui.editor.comment_editor import CommentEditor, TextEditor
from tui.editor.fields import (DISCARD, InvalidPrompt, PercentField, ScaleField, TypedField,
                               ValueField, value_text)
from tui.editor.outline import REPORT_ROW, Outline
from tui.editor.reader import Reader


class ItemForm(VerticalScroll):
    """The editable fields of one item."""

    BINDINGS = [
        Binding("escape", "done", "Done", id="form_done"),
    ]

    def __init__(self, look: Look, node: Node, pane: DetailPane, **kwargs) -> None:
        super().__init__(**kwargs)
        self.look = look
        self.node = node
        self.pane = pane

    def compose(self) -> ComposeResult:
        look, node, item = self.look, self.node, self.node.item
        w = look.words
        yield Static(view.render_item(look, node, with_editable=False), classes="readonly")
        for name, scale in look.scale_fields(node):
            yield ScaleField(name, w.field(name), scale, getattr(item, name), id=f"field-{name}")
        for name in PERCENT_FIELDS.get(node.kind, ()):
            value = getattr(item, name)
            yield PercentField(name, w.field(name), "" if value is None else str(value),
                               id=f"field-{name}")
        if node.kind == "indicator":
            year = look.report.meta.year
            values = item.years.get(year)
            names = ["target", "outcome"]
            if item.gender_split:
                names += ["target_women", "outcome_women", "target_men", "outcome_men"]
            yield Static(Text(w("detail.values_year", year=year), style="bold underline"),
                         classes="subhead")
            for name in names:
                current = getattr(values, name) if values is not None else None
                label = w.field(name) + (f" ({item.unit})" if item.unit else "")
                yield ValueField(name, label, value_text(current, look.lang), year=year,
                                 id=f"field-{name}")
        for name in TEXT_FIELDS.get(node.kind, ()):
            previous = getattr(item, "previous_comment", None) if name == "comment" else None
            if name == "comment" and not previous and self.pane.last_year_comment is not None:
                previous = self.pane.last_year_comment(node)  # compare mode: last year's
            yield CommentEditor(name, w.field(name), getattr(item, name) or "", previous,
                                w("detail.previous_comment"), id=f"field-{name}")

    def on_mount(self) -> None:
        localize(self, self.look.words)

    def focus_field(self, name: str | None) -> None:
        targets: list[Widget] = []
        if name is not None:
            targets = list(self.query(f"#editor-{name}")) or list(self.query(f"#field-{name}"))
        if not targets:
            targets = list(self.query("ScaleField, Input, TextEditor"))
        if targets:
            target = targets[0]
            if isinstance(target, TypedField):
                target = target.input
            target.focus()
            if isinstance(target, TextEditor):
                target.move_cursor(target.document.end)
            # Focus scrolls to the box only once the new form has been laid out: without this
            # a box low in a tall form could stay out of view while the officer typed into it.
            self.call_after_refresh(target.scroll_visible, animate=False)

    def request(self, change: Change | None, *, done: bool = False,
                then_save: bool = False) -> None:
        self.pane.request(change, done=done, then_save=then_save)

    def look_notify(self, key: str, **params) -> None:
        self.app.notify(self.look.words(key, **params), severity="warning")

    def take_pending(self) -> list[Change]:
        """Changes typed but not yet committed (valid ones), marked as committed."""
        changes = []
        for field in self.query(TypedField):
            change = field.pending()
            if change is not None:
                field.initial = field.input.value
                changes.append(change)
        for editor in self.query(TextEditor):
            change = editor.pending()
            if change is not None:
                editor.initial = editor.text
                changes.append(change)
        return changes

    def sync(self) -> None:
        """Show the model's values again (after a change or an undo)."""
        item = self.node.item
        for field in self.query(ScaleField):
            field.set_value(getattr(item, field.field))
        for field in self.query(PercentField):
            value = getattr(item, field.field)
            field.set_text("" if value is None else str(value))
        for field in self.query(ValueField):
            values = item.years.get(field.year)
            current = getattr(values, field.field) if values is not None else None
            field.set_text(value_text(current, self.look.lang))
        for editor in self.query(TextEditor):
            editor.set_text(getattr(item, editor.field) or "")
        self.query_one(".readonly", Static).update(
            view.render_item(self.look, self.node, with_editable=False))

    def action_done(self) -> None:
        if not self.ask_invalid(lambda: self.pane.request(None, done=True)):
            self.pane.request(None, done=True)

    def invalid_fields(self) -> list[TypedField]:
        return [field for field in self.query(TypedField) if field.invalid]

    def ask_invalid(self, then: Callable[[], object]) -> bool:
        """When a typed value does not validate: ask to fix it (back into the field) or discard
        it (then `then()`, the leaving the officer asked for), and return True; else False."""
        fields = self.invalid_fields()
        if not fields:
            return False
        if isinstance(self.app.screen, InvalidPrompt):
            return True  # already asking
        field = fields[0]

        def chosen(answer: str | None) -> None:
            if not field.is_attached:  # the form went meanwhile (a reload, a restore)
                return
            if answer == DISCARD:
                field.discard()
                if not self.ask_invalid(then):
                    then()
            else:
                field.input.focus()

        self.app.push_screen(InvalidPrompt(self.look.words, field), chosen)
        return True

    def put_text(self, field: str, text: str, year: int | None = None) -> bool:
        """Put restored text into the box of `field` (a recovery copy's), focused; False when
        this form has no such box."""
        for editor in self.query(TextEditor):
            if editor.field == field:
                editor.load_text(text)
                editor.focus()
                editor.move_cursor(editor.document.end)
                self.call_after_refresh(editor.scroll_visible, animate=False)
                return True
        for typed in self.query(TypedField):
            if typed.field == field and typed.year == year:
                typed.input.value = text
                typed.input.focus()
                typed.check()
                return True
        return False


class DetailPane(Widget):
    """Read view of the item under the cursor, or the form editing it."""

    def __init__(self, look: Look, display_path: str, **kwargs) -> None:
        super().__init__(**kwargs)
        self.look = look
        self.display_path = display_path
        self.data: Node | str | None = None
        self.group_count = 0
        self.group_label = ""
        # Compare mode's block of last year's values under this year's (tui/compare_mode.py).
        self.last_year: Callable[[Node], RenderableType | None] | None = None
        self.last_year_comment: Callable[[Node], str | None] | None = None
        # The progress shown for a row (the report, a part, an item with items under it):
        # tui/dashboard/summary.py, set by the main screen.
        self.summary: Callable[[Node | str], RenderableType | None] | None = None
        # The live check's problems of an item (the session's, set by the screen).
        self.problems: Callable[[tuple[str, ...]], list] = lambda path: []

    def compose(self) -> ComposeResult:
        yield Reader(id="detail-view")

    @property
    def form(self) -> ItemForm | None:
        forms = self.query(ItemForm)
        return forms.first() if forms else None

    @property
    def editing(self) -> Node | None:
        form = self.form
        return form.node if form is not None else None

    def show(self, data: Node | str | None, group_label: str = "", group_count: int = 0) -> None:
        """Show an item (or a group row, or the report row) in the read view."""
        self.data = data
        self.group_label, self.group_count = group_label, group_count
        look = self.look
        reader = self.query_one(Reader)
        if isinstance(data, Node):
            last_year = self.last_year(data) if self.last_year is not None else None
            extra = [Text(""), last_year] if last_year is not None else []
            glance = self.summary(data) if self.summary is not None else None
            if glance is not None:
                extra += [Text(""), glance]
            found = self.problems(data.path)
            if found:  # the same rules as `yearend check`, as the officer edits
                block = Text(look.words("detail.problems"), style="bold red")
                said = vocab(look.lang, look.scheme)  # in the editor's language
                for problem in found:
                    block.append("\n  · " + safe(said.problem(problem)), style="red")
                extra = [Text(""), block, *extra]
            reader.show(Group(view.render_item(look, data), *extra, Text(""),
                              view.hint(look, data)))
            self.border_title = Text(look.kind_name(data))
        elif data == REPORT_ROW:
            glance = self.summary(data) if self.summary is not None else None
            # The way in for a new report (nothing but this row) and after a rollover (the
            # case number and date to fill in): say which keys build and change it.
            hint = Text(look.words("detail.hint_report"), style="dim")
            body = view.render_report(look, None, self.display_path)
            reader.show(Group(glance, Text(""), body, Text(""), hint) if glance is not None
                        else Group(body, Text(""), hint))
            self.border_title = Text(look.words("kind.report"))
        elif data is not None:
            glance = self.summary(data) if self.summary is not None else None
            reader.show(Group(Text(safe(group_label), style="bold"), Text(""), glance)
                        if glance is not None else view.render_group(look, group_label,
                                                                     group_count))
            self.border_title = Text(group_label)
        else:
            reader.show(Text(""))
            self.border_title = None

    def refresh_view(self) -> None:
        form = self.form
        if form is not None:
            form.sync()
        self.show(self.data, self.group_label, self.group_count)
        if form is not None:
            self.border_title = Text(f"{self.look.words('detail.editing')}: "
                                     f"{self.look.kind_name(form.node)}")

    async def open_form(self, node: Node, field: str | None = None) -> ItemForm:
        await self.close_form()
        self.show(node)
        form = ItemForm(self.look, node, self, id="detail-form")
        self.query_one("#detail-view").display = False
        await self.mount(form)
        self.border_title = Text(f"{self.look.words('detail.editing')}: "
                                 f"{self.look.kind_name(node)}")
        form.focus_field(field)
        return form

    async def close_form(self) -> list[Change]:
        """Remove the form; returns what was typed and not yet committed (the cursor moved on,
        or Esc in a field), for the caller to apply: leaving a field keeps its text."""
        form = self.form
        if form is None:
            return []
        changes = form.take_pending()
        boxes = [(f.field, f.year) for f in form.query(TypedField)]
        boxes += [(e.field, None) for e in form.query(TextEditor)]
        path = form.node.path
        await form.remove()
        # The boxes are gone: their text was applied (above) or discarded (asked first). Said
        # from the pane, which outlives the form, so the session never keeps a box's text.
        for field, year in boxes:
            self.post_message(TextTyped(path, field, None, year))
        self.query_one("#detail-view").display = True
        self.refresh(layout=True)  # never paint the removed form again
        if isinstance(self.data, Node):
            self.border_title = Text(self.look.kind_name(self.data))
        return changes

    def take_pending(self) -> list[Change]:
        form = self.form
        return form.take_pending() if form is not None else []

    def ask_invalid(self, then: Callable[[], object]) -> bool:
        """The open form holds a typed value that does not validate: ask before leaving it
        (True: asked; `then` runs once the officer discarded it)."""
        form = self.form
        return form.ask_invalid(then) if form is not None else False

    def request(self, change: Change | None, *, done: bool = False,
                then_save: bool = False) -> None:
        if change is not None:
            self.post_message(ChangeRequested(change, then_save=then_save, done=done))
        elif done or then_save:
            self.post_message(FormDone(then_save=then_save))

    def on_click(self) -> None:
        if self.form is None and isinstance(self.data, Node):
            self.post_message(Outline.Edit(self.data))
