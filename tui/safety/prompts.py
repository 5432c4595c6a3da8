"""The reliability prompts: restore a recovery copy, a report already open in another editor, a
file changed on disk, and the save-as path they may lead to."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label

from tui.common.i18n import Words
from tui.common.prompt import Answer, Prompt

RESTORE, DISCARD, LATER = "restore", "discard", "later"
READ_ONLY, QUIT = "read_only", "quit"
RELOAD, OVERWRITE, SAVE_AS, CANCEL = "reload", "overwrite", "save_as", "cancel"
SAVE_AGAIN = "save_again"


def _listed(w: Words, heading: str, lines: list[str]) -> Text:
    text = Text(heading)
    for line in lines:
        text.append("\n  • " + line)
    return text


class RecoveryPrompt(Prompt):
    def __init__(self, w: Words, file: str, when: str, differences: list[str]) -> None:
        body = [Text(w("recovery.question", file=file, when=when))]
        body.append(_listed(w, w("recovery.differs"), differences) if differences
                    else Text(w("recovery.same")))
        discard_key = "k" if w.lang == "sv" else "d"
        super().__init__(w("recovery.title"), body, [
            Answer(RESTORE, w("recovery.restore"), ("r", "å"), "primary"),
            Answer(DISCARD, w("recovery.discard"), (discard_key, "d", "k"), "error"),
            Answer(LATER, w("recovery.later"), ()),
        ], escape=LATER)


class LockedPrompt(Prompt):
    def __init__(self, w: Words, file: str, holder: str) -> None:
        read_key = "s" if w.lang == "sv" else "r"
        super().__init__(w("locked.title"), [Text(w("locked.question", file=file,
                                                    holder=holder))], [
            Answer(READ_ONLY, w("locked.read_only"), (read_key, "r", "s"), "primary"),
            Answer(QUIT, w("locked.quit"), ("q", "a")),
        ], escape=READ_ONLY)


class ChangedOnDiskPrompt(Prompt):
    def __init__(self, w: Words, file: str, lost: list[str], backup: str) -> None:
        body = [Text(w("disk.question", file=file))]
        body.append(_listed(w, w("disk.lost"), lost) if lost else Text(w("disk.nothing_lost")))
        body.append(Text(w("disk.overwrite_note", bak=backup)))
        reload_key, overwrite_key = ("l", "s") if w.lang == "sv" else ("r", "o")
        super().__init__(w("disk.title"), body, [
            Answer(RELOAD, w("disk.reload"), (reload_key, "l", "r")),
            Answer(OVERWRITE, w("disk.overwrite"), (overwrite_key, "o", "s"), "error"),
            Answer(SAVE_AS, w("disk.save_as"), ("a",), "primary"),
            Answer(CANCEL, w("disk.cancel"), ()),
        ], escape=CANCEL)


class SaveAsPrompt(Prompt):
    """The file cannot be saved where it was: deleted (save it again, or save as) or read-only
    (save as)."""

    def __init__(self, w: Words, title: str, question: str, *, again: bool = False) -> None:
        answers = [Answer(SAVE_AS, w("disk.save_as"), ("a",), "primary")]
        if again:
            answers.insert(0, Answer(SAVE_AGAIN, w("deleted.save_again"), ("s",)))
        answers.append(Answer(CANCEL, w("disk.cancel"), ()))
        super().__init__(title, [Text(question)], answers, escape=CANCEL)


class SaveAsScreen(ModalScreen[str | None]):
    """Ask for a path; Esc gives None."""

    DEFAULT_CSS = """
    SaveAsScreen { align: center middle; }
    SaveAsScreen > Vertical { width: 84; max-width: 95%; height: auto; border: thick $primary;
                              background: $surface; padding: 1 2; }
    """
    BINDINGS = [("escape", "cancel", "Cancel")]

    def __init__(self, w: Words, suggestion: str) -> None:
        super().__init__()
        self.w = w
        self.suggestion = suggestion

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(Text(self.w("save_as.title"), style="bold"))
            yield Label(Text(self.w("save_as.prompt")))
            yield Input(value=self.suggestion, id="save-as-path")

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.dismiss(event.value.strip() or None)

    def action_cancel(self) -> None:
        self.dismiss(None)
