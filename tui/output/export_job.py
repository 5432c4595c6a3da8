"""One export from the editor, apart from the dialog that asks for it (no Textual here).

`ExportJob` is what the dialog asked for; `run_job` builds the document (the same as `yearend
export`, `show` and the preview), then writes it: Markdown in the calling thread, Word and PDF in a
child process. Typst keeps every page of a PDF until it is written (about 2.2 MB a page: 4.9 GB for
the 2,190 pages of 1,800 goals, docs/documents.md); a child process gives all of that back to the
system when it ends, where the editor's own process would keep it for the rest of the session. The
child is a fresh interpreter (export_child.py) given the built document as a pickle on its standard
input: never a fork of the editor, which has threads (a forked copy of a threaded process may hang
on a lock another thread held), and not multiprocessing, whose start-up asks for the standard
error's file descriptor, which Textual has replaced while the app runs.

`run_job` never raises: every way an export can fail becomes an `Outcome` with a message in the
officer's words.
"""

from __future__ import annotations

import os
import pickle
import re
import subprocess
import sys
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from reportmodel.core.model import Report
from reportmodel.io.atomic import UnsafeTarget
from reportmodel.render import build_document
from reportmodel.render.files import SUFFIX, ExportError, format_for, write_file

from tui.common.i18n import Words

FORMAT_NAMES = {"md": "Markdown", "docx": "Word", "pdf": "PDF"}


@dataclass
class ExportJob:
    fmt: str                         # "md", "docx", "pdf"
    out: Path
    only: list[str] | None = None    # None: the whole report
    lang: str | None = None          # None: the report's language
    template: Path | None = None     # Word only


@dataclass
class Outcome:
    done: bool
    message: str
    warnings: list[str] = field(default_factory=list)


def default_target(report_path: Path, fmt: str = "pdf") -> Path:
    """Beside the report, the format's suffix for .toml: rapport.toml -> rapport.pdf."""
    return report_path.with_suffix(SUFFIX[fmt])


def with_format(out: str, fmt: str) -> str:
    """The file name with the format's suffix when it had another format's (or none)."""
    path = Path(out)
    if not out.strip() or path.name == "":
        return out
    if format_for(path) is not None or path.suffix == "":
        return str(path.with_suffix(SUFFIX[fmt]))
    return out


def refusal(words: Words, report_path: Path, out: Path, fmt: str = "md") -> str | None:
    """Why `out` must not be written, in the officer's words, or None."""
    suffix = SUFFIX[fmt]
    if not str(out).strip() or out.name == "":
        return words("export.empty")
    if out.suffix.lower() == ".toml":
        return words("export.refused_toml", suffix=suffix)
    named = format_for(out)
    if named is not None and named != fmt:
        return words("export.refused_suffix", suffix=out.suffix, format=FORMAT_NAMES[fmt],
                     want=suffix)
    if out.is_dir():
        return words("export.refused_dir", suffix=suffix)
    if not out.parent.exists():
        return words("export.refused_parent", dir=str(out.parent))
    try:
        if out.exists() and report_path.exists() and os.path.samefile(report_path, out):
            return words("export.refused_self")
    except OSError:
        pass
    return None


def template_refusal(words: Words, template: Path | None) -> str | None:
    """Why the Word template cannot be used, in the officer's words (before a process starts)."""
    if template is None:
        return None
    if not template.is_file():
        return words("export.template_missing", file=str(template))
    if not zipfile.is_zipfile(template):
        return words("export.template_not_word", file=str(template))
    return None


class ChildFailed(Exception):
    """The child process ended without an answer (killed: out of memory, or by the system)."""


def write_in_child(document, fmt: str, out: Path, template: Path | None) -> tuple[int, list[str]]:
    """write_file in a fresh interpreter; its errors raised here as they were there."""
    payload = pickle.dumps((document, fmt, out.resolve(), template), pickle.HIGHEST_PROTOCOL)
    child = subprocess.run([sys.executable, "-m", "tui.output.export_child"], input=payload,
                           stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, check=False)
    try:
        answer = pickle.loads(child.stdout)
    except Exception:  # noqa: BLE001  no answer at all: the child did not get to the end
        raise ChildFailed(child.returncode) from None
    if answer[0] == "ok":
        return answer[1], answer[2]
    _error, kind, message = answer
    if kind == "export":
        code, values = message
        raise ExportError(code, **values)
    if kind == "refused":
        code, values = message
        raise UnsafeTarget(code, **values)
    if kind == "os":
        raise OSError(message)
    raise ChildFailed(message)


def run_job(report: Report, job: ExportJob, words: Words,
            stage: Callable[[str], None] = lambda _s: None) -> Outcome:
    """Build and write; `stage("writing")` once the document is built (the report may be edited
    again from then on: the child has its own copy of the document)."""
    name = str(job.out)
    try:
        document = build_document(report, only=job.only, lang=job.lang)
    except ValueError as exc:  # a part the report no longer has
        return Outcome(False, words("export.failed", file=name, reason=str(exc)))
    stage("writing")
    try:
        if job.fmt == "md":
            size, warnings = write_file(document, "md", job.out)
        else:
            size, warnings = write_in_child(document, job.fmt, job.out, job.template)
    except ExportError as exc:
        return Outcome(False, words("export.failed", file=name, reason=words.reason(exc)))
    except OSError as exc:
        return Outcome(False, words("export.failed", file=name,
                                    reason=exc.strerror or words.reason(exc)))
    except ChildFailed as exc:
        reason = exc.args[0] if exc.args and isinstance(exc.args[0], str) else words(
            "export.killed")
        return Outcome(False, words("export.crashed", file=name, reason=reason))
    except Exception as exc:  # noqa: BLE001  a bug must not take the editor and its work down
        return Outcome(False, words("export.crashed", file=name,
                                    reason=f"{type(exc).__name__}: {exc}"))
    grouped = f"{size:,}".replace(",", "\u00a0" if words.lang == "sv" else ",")
    return Outcome(True, words("export.written", file=name, size=grouped),
                   [glyph_warning(words, name, w) for w in warnings])


_GLYPHS = re.compile(r"have no (.+): printed as")


def glyph_warning(words: Words, name: str, warning: str) -> str:
    """The PDF writer's note about characters its fonts lack, in the officer's words."""
    found = _GLYPHS.search(warning)
    if found is None:
        return f"{name}: {warning}"
    return words("export.glyphs", file=name, chars=found[1])
