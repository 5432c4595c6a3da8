"""The export dialog: Markdown, Word or PDF, with the command line's options (parts, language,
Word template), run in a worker so the editor never freezes.

The dialog checks what it can in the officer's words before anything runs (a file name that
would destroy a report, a missing template), then hands an `ExportJob` to an app-level thread
worker (export_job.py: Word and PDF in a child process). While it runs the dialog says so with
the seconds passed; Esc closes the dialog once the document is built and the export goes on,
telling the officer where it wrote, or what failed, when it ends.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, RadioButton, RadioSet, SelectionList, Static
from textual.worker import WorkerState

from reportmodel.core.model import Report
from reportmodel.render.files import FORMATS, layout_template

from tui.common.i18n import Words
from tui.common.keys import localize
from tui.output.export_job import (FORMAT_NAMES, ExportJob, Outcome, default_target, refusal,
                                   run_job, template_refusal, with_format)

__all__ = ["ExportScreen", "default_target", "offered_parts", "refusal"]

GROUP = "export"
LANGS = ("sv", "en")


def offered_parts(report: Report, words: Words) -> list[tuple[str, str]]:
    """(part name, label) for each part of the layout that has something to show; the title
    always comes with them, the contents and the legend where the layout puts them."""
    has = {
        "memo": bool(report.meta.decision or report.meta.signatories or report.meta.attachments),
        "summary": bool(report.goals or report.risks or report.contractors),
        "overview": bool(report.goals),
        "sections": bool(report.sections),
        "goals": bool(report.goals),
        "internal-control": bool(report.risks or report.processes),
        "contractors": bool(report.contractors),
    }
    out = []
    for name in report.layout.parts or []:
        if name.startswith("section:"):
            section = report.sections.get(name[len("section:"):])
            if section is not None:
                out.append((name, words("export.part.section", title=section.title)))
        elif has.get(name):
            out.append((name, words(f"export.part.{name}")))
    return out


def export_running(app) -> bool:
    return any(w.group == GROUP and w.state in (WorkerState.PENDING, WorkerState.RUNNING)
               for w in app.workers)


class ExportScreen(ModalScreen[Path | None]):
    """Asks what and where; dismissed with the path written, or None when closed."""

    BINDINGS = [Binding("escape", "cancel", "Cancel", id="close")]
    DEFAULT_CSS = """
    ExportScreen { align: center middle; }
    ExportScreen > VerticalScroll { width: 84; height: auto; max-height: 100%;
                                    border: round $accent; background: $surface; padding: 0 2; }
    ExportScreen RadioSet { layout: horizontal; width: 100%; height: auto; border: none;
                            padding: 0; }
    ExportScreen RadioButton { width: auto; margin-right: 2; }
    ExportScreen SelectionList { height: auto; max-height: 10; border: none; padding: 0; }
    ExportScreen Label { margin-top: 1; }
    ExportScreen #export-row { height: auto; margin-top: 1; }
    ExportScreen #export-status { width: 1fr; padding: 1 0 0 2; }
    ExportScreen #export-problem { color: $error; height: auto; }
    ExportScreen .hint { color: $text-muted; }
    """

    def __init__(self, report: Report, report_path: Path, display_target: str,
                 words: Words) -> None:
        super().__init__()
        self.report = report
        self.report_path = report_path
        self.words = words
        self.fmt = "pdf"
        self.display_target = with_format(display_target, self.fmt)
        self.parts = offered_parts(report, words)
        self.lang = report.meta.language if report.meta.language in LANGS else "sv"
        template = layout_template(report, report_path)
        self.template_text = str(template) if template is not None else ""
        self.stage: str | None = None  # "building", "writing" while this dialog's export runs
        self.started = 0.0
        self.outcome: Outcome | None = None  # the last export's, for tests

    # -- layout --------------------------------------------------------------------------------
    def compose(self) -> ComposeResult:
        w = self.words
        with VerticalScroll() as box:
            box.border_title = Text(w("export.title"))
            yield Label(Text(w("export.format")))
            with RadioSet(id="export-format"):
                for fmt in FORMATS:
                    yield RadioButton(Text(w(f"export.format.{fmt}")), value=fmt == self.fmt,
                                      id=f"format-{fmt}")
            yield Label(Text(w("export.parts")))
            yield SelectionList[str](*[(Text(label), name, True) for name, label in self.parts],
                                     id="export-parts")
            yield Label(Text(w("export.lang")))
            with RadioSet(id="export-lang"):
                for lang in LANGS:
                    yield RadioButton(Text(w(f"export.lang.{lang}")), value=lang == self.lang,
                                      id=f"lang-{lang}")
            yield Label(Text(w("export.template")))
            yield Input(self.template_text, placeholder=w("export.template_none"),
                        id="export-template", disabled=self.fmt != "docx")
            yield Label(Text(w("export.where")))
            yield Input(self.display_target, id="export-path")
            with Horizontal(id="export-row"):
                yield Button(w("export.go"), variant="primary", id="export-go")
                yield Static("", id="export-status")
            yield Static("", id="export-problem")
            yield Static(Text(w("export.hint")), classes="hint")

    def on_mount(self) -> None:
        localize(self, self.words)
        field = self.query_one("#export-path", Input)
        if not getattr(self.app, "cursor_blink", True):
            for entry in self.query(Input):
                entry.cursor_blink = False
        field.focus()

    # -- the form ------------------------------------------------------------------------------
    def on_radio_set_changed(self, event: RadioSet.Changed) -> None:
        event.stop()
        chosen = (event.pressed.id or "").split("-", 1)[-1]
        if event.radio_set.id == "export-lang":
            self.lang = chosen
            return
        self.fmt = chosen
        path = self.query_one("#export-path", Input)
        path.value = with_format(path.value, chosen)
        self.query_one("#export-template", Input).disabled = chosen != "docx"
        self.show_problem(None)

    def form(self) -> ExportJob | str:
        """The job the form asks for, or why it cannot run (in the officer's words)."""
        w = self.words
        out = Path(os.path.expanduser(self.query_one("#export-path", Input).value.strip()))
        problem = refusal(w, self.report_path, out, self.fmt)
        if problem:
            return problem
        chosen = list(self.query_one("#export-parts", SelectionList).selected)
        if not chosen:
            return w("export.no_parts")
        only = None if len(chosen) == len(self.parts) else chosen
        template = None
        if self.fmt == "docx":
            text = self.query_one("#export-template", Input).value.strip()
            template = Path(os.path.expanduser(text)) if text else None
            problem = template_refusal(w, template)
            if problem:
                return problem
        lang = None if self.lang == (self.report.meta.language or "sv") else self.lang
        return ExportJob(self.fmt, out, only=only, lang=lang, template=template)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.start()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.start()

    # -- running -------------------------------------------------------------------------------
    def start(self) -> None:
        if self.stage is not None or export_running(self.app):
            self.app.notify(self.words("export.busy"), timeout=4)
            return
        job = self.form()
        if isinstance(job, str):
            self.show_problem(job)
            self.app.notify(job, severity="error", timeout=8)
            return
        self.show_problem(None)
        self.stage = "building"
        self.started = time.monotonic()
        self.set_form_disabled(True)
        self.tick()
        self.set_interval(0.5, self.tick)
        app, words, report = self.app, self.words, self.report

        def work() -> Outcome:
            def stage(name: str) -> None:
                app.call_from_thread(self.set_stage, name)
            outcome = run_job(report, job, words, stage)
            app.call_from_thread(self.finished, app, job, outcome)
            return outcome

        # An app-level worker: it outlives this dialog when the officer closes it meanwhile.
        app.run_worker(work, thread=True, group=GROUP, exit_on_error=False,
                       description=f"export {job.out}")

    def set_stage(self, name: str) -> None:
        self.stage = name
        self.tick()

    def tick(self) -> None:
        if self.stage is None or not self.is_attached:
            return
        w = self.words
        if self.stage == "building":
            text = w("export.building")
        else:
            text = w("export.running", format=FORMAT_NAMES[self.fmt],
                     seconds=int(time.monotonic() - self.started))
        self.query_one("#export-status", Static).update(Text(text))

    def finished(self, app, job: ExportJob, outcome: Outcome) -> None:
        """In the app's thread, whether or not this dialog is still open."""
        self.outcome = outcome
        self.stage = None
        if outcome.done:
            app.notify(outcome.message, timeout=6)
            for warning in outcome.warnings:
                app.notify(warning, severity="warning", timeout=10)
        else:
            app.notify(outcome.message, severity="error", timeout=10)
        if not self.is_attached:
            return
        if outcome.done:
            self.dismiss(job.out)
            return
        # Stay open with the reason shown, so the officer can correct it.
        self.set_form_disabled(False)
        self.query_one("#export-status", Static).update("")
        self.show_problem(outcome.message)

    def set_form_disabled(self, disabled: bool) -> None:
        for widget in self.query("RadioSet, SelectionList, Input, Button"):
            widget.disabled = disabled
        if not disabled:
            self.query_one("#export-template", Input).disabled = self.fmt != "docx"
            self.query_one("#export-path", Input).focus()

    def show_problem(self, message: str | None) -> None:
        self.query_one("#export-problem", Static).update(Text(message or ""))

    def action_cancel(self) -> None:
        if self.stage == "building":
            return  # the document is being read from the report: a moment, then Esc works
        if self.stage == "writing":
            self.app.notify(self.words("export.background"), timeout=5)
        self.dismiss(None)
