"""Reading and writing report files. The file is the database, so both ends are careful.

Reading turns every way a file can be wrong into Problems with a line (never a traceback).
Saving writes a temporary file beside the report, fsyncs it, reads it back and checks it gives the
same model, keeps the previous version as FILE.bak and only then replaces the report atomically;
the rules of atomic.py apply (through symlinks, mode and owner kept, read-only and non-regular
targets refused, exclusive unpredictable temporary names). Reading goes through safe_read (no
FIFO or device, the size limit while reading) and prescan (shapes tomllib handles badly).
"""

from __future__ import annotations

import glob
import os
import re
import secrets
import shutil
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from reportmodel.core import model as m
from reportmodel.core.conflicts import read_conflicts
from reportmodel.io.codec_read import Reader, read_report
from reportmodel.io.codec_write import (COLLECTIONS, CONFLICTS, FORMAT_VERSION, HEAD, chunks,
                                        dumps_chunk)
from reportmodel.core.lineindex import LineIndex
from reportmodel.io.atomic import (TMP_SUFFIX, create_temp, fsync_dir, inspect_target,
                                   resolve_target)
from reportmodel.io.migrate import migrate
from reportmodel.io.prescan import Refused, prescan
from reportmodel.io.safe_read import MAX_REPORT_BYTES, NotRegularFile, TooLarge, read_limited
from reportmodel.io.toml_hint import non_ascii_key, repeated
from reportmodel.core.problems import Problem, ReportError, SaveError, Severity, coded
from reportmodel.core.validate import validate
from reportmodel.core.vocabulary import Figure

MAX_FILE_BYTES = MAX_REPORT_BYTES
BOM = "\ufeff"
_TOML_POS = re.compile(r"\s*\(at line (\d+), column (\d+)\)\s*$")
_TOML_END = re.compile(r"\s*\(at end of document\)\s*$")


@dataclass
class Loaded:
    report: m.Report | None
    problems: list[Problem] = field(default_factory=list)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity is Severity.ERROR]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity is Severity.WARNING]


def _mb(size: int) -> Figure:
    return Figure(size / 1e6, 1)


def decode(raw: bytes, *, allow_bom: bool = False) -> tuple[str | None, list[Problem]]:
    """Bytes -> text, or the reason the bytes are not a report's text."""
    if not raw.strip():
        return None, [coded(Severity.ERROR, "", "load.empty")]
    if len(raw) > MAX_FILE_BYTES:
        return None, [coded(Severity.ERROR, "", "read.too_large", size=_mb(len(raw)),
                            limit=MAX_FILE_BYTES // (1024 * 1024))]
    nul = raw.find(b"\x00")
    if nul >= 0:
        line = raw.count(b"\n", 0, nul) + 1
        return None, [coded(Severity.ERROR, "", "read.binary", line, byte=nul)]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        col = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        return None, [coded(Severity.ERROR, "", "read.not_utf8", line, col,
                            byte=f"0x{raw[exc.start]:02X}")]
    if text.startswith(BOM):
        if allow_bom:
            return text[1:], []
        return None, [coded(Severity.ERROR, "", "read.bom", 1, 1)]
    return text, []


def parse(text: str) -> Loaded:
    """Text of a report -> model and every problem (syntax, schema, then validation)."""
    try:
        prescan(text)
    except Refused as exc:
        return Loaded(None, [coded(Severity.ERROR, "", exc.code, exc.line, **exc.values)])
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        pos = _TOML_POS.search(message)
        hint = pos and non_ascii_key(text, int(pos.group(1)), int(pos.group(2)))
        if hint:
            return Loaded(None, [coded(Severity.ERROR, "", "load.toml_non_ascii_key",
                                       int(pos.group(1)), int(pos.group(2)),
                                       reason=message[:pos.start()], key=hint[0],
                                       ascii=hint[1])])
        twice = pos and repeated(text, message, int(pos.group(1)))
        if twice:
            what, name, first = twice
            return Loaded(None, [coded(Severity.ERROR, "", f"load.toml_{what}_twice",
                                       int(pos.group(1)), int(pos.group(2)), name=name,
                                       first=first)])
        if pos:
            return Loaded(None, [coded(Severity.ERROR, "", "read.toml_syntax", int(pos.group(1)),
                                       int(pos.group(2)), reason=message[:pos.start()])])
        end = _TOML_END.search(message)
        if end:
            lines = text.count("\n") + 1
            return Loaded(None, [coded(Severity.ERROR, "", "read.toml_syntax_end", lines,
                                       reason=message[:end.start()])])
        return Loaded(None, [coded(Severity.ERROR, "", "read.toml_syntax", reason=message)])
    except ValueError as exc:  # an integer Python will not convert (prescan finds most)
        return Loaded(None, [coded(Severity.ERROR, "", "read.unreadable_value", reason=exc)])
    except RecursionError:
        return Loaded(None, [coded(Severity.ERROR, "", "read.too_deep")])
    index = LineIndex(text)
    data, problems = migrate(data, index)
    if data is None:
        return Loaded(None, problems)
    report, read_problems = read_report(data, index)
    problems += read_problems
    problems += validate(report, index)
    if not any(p.severity is Severity.ERROR for p in problems):
        remember_loaded(report, data)
    # Stable: same-line problems keep their order; "... and N more" stays last.
    problems.sort(key=lambda p: (p.message.startswith("... and "), p.line or 0))
    return Loaded(report, problems)


def load_path(path: str | os.PathLike[str], *, allow_bom: bool = False) -> Loaded:
    try:
        raw = read_limited(path, MAX_FILE_BYTES)
    except FileNotFoundError:
        return Loaded(None, [coded(Severity.ERROR, "", "load.no_such_file")])
    except NotRegularFile as exc:
        return Loaded(None, [coded(Severity.ERROR, "", "read.not_regular", kind=exc.kind)])
    except TooLarge as exc:
        limit = MAX_FILE_BYTES // (1024 * 1024)
        if exc.size is None:  # grew while it was read
            return Loaded(None, [coded(Severity.ERROR, "", "read.grew_too_large", limit=limit)])
        return Loaded(None, [coded(Severity.ERROR, "", "read.too_large", size=_mb(exc.size),
                                   limit=limit)])
    except OSError as exc:
        return Loaded(None, [coded(Severity.ERROR, "", "load.cannot_read",
                                   reason=exc.strerror or exc)])
    text, problems = decode(raw, allow_bom=allow_bom)
    if text is None:
        return Loaded(None, problems)
    return parse(text)


def load_report(path: str | os.PathLike[str]) -> m.Report:
    """The report in the file; ReportError lists every error if there is any."""
    loaded = load_path(path)
    if loaded.errors or loaded.report is None:
        raise ReportError(str(path), loaded.errors)
    return loaded.report


def loads_report(text: str, filename: str = "<text>") -> m.Report:
    loaded = parse(text)
    if loaded.errors or loaded.report is None:
        raise ReportError(filename, loaded.errors)
    return loaded.report


def remember_loaded(report: m.Report, data: dict) -> None:
    """Each item just read from disk is proven to round-trip as the data it was read from."""
    for name in COLLECTIONS:
        raw = data.get(name)
        if isinstance(raw, dict):
            for key, item_data in raw.items():
                report.verified[(name, key)] = (item_data, None)


Chunk = tuple[tuple[str, ...], dict, str]


def _render_chunks(report: m.Report) -> tuple[list[Chunk], list[Chunk]]:
    """Every chunk (key, data, text), and those not yet proven to round-trip."""
    rendered: list[Chunk] = []
    unproven: list[Chunk] = []
    try:
        for key, data in chunks(report):
            known = report.verified.get(key)
            if known is not None and known[0] == data:
                text = known[1] if known[1] is not None else dumps_chunk(key, data)
                rendered.append((key, data, text))
            else:
                text = dumps_chunk(key, data)
                rendered.append((key, data, text))
                unproven.append((key, data, text))
    except (TypeError, ValueError) as exc:
        raise SaveError("save.unwritable_value", reason=exc) from exc
    return rendered, unproven


def _encode(rendered: list[Chunk]) -> bytes:
    try:
        return "\n".join(text for _, _, text in rendered).encode("utf-8")
    except UnicodeEncodeError as exc:
        raise SaveError("save.unwritable_value", reason=exc) from exc


def render(report: m.Report) -> bytes:
    """The canonical bytes of a report, or SaveError for a value TOML cannot hold."""
    return _encode(_render_chunks(report)[0])


def _verify(report: m.Report, unproven: list[Chunk]) -> None:
    """Load back each new or changed chunk and check it gives the same item; SaveError if not."""
    # A collection's keys are unique by construction; leaf items share one id space
    # (core/tree.ID_SPACES), which a file that repeats one would fail to load by.
    ids: set[str] = set()
    count = 0
    for name in COLLECTIONS:
        for item in getattr(report, name).values():
            for attr in _LEAF_DICTS.get(name, ()):
                leaves = getattr(item, attr)
                ids.update(leaves)
                count += len(leaves)
    if len(ids) != count:
        raise SaveError("save.shared_id", id=_repeated(report))
    for key, _data, text in unproven:
        if key == HEAD:
            back = parse(text)
            if back.report is None or back.report.meta != report.meta \
                    or back.report.scheme_decl != report.scheme_decl:
                why = "; ".join(f"{p.path}: {p.message}" if p.path else p.message
                                for p in back.errors[:3])
                raise SaveError("save.changed_head.why", why=why) if why else \
                    SaveError("save.changed_head")
            continue
        if key == CONFLICTS:
            problems: list[str] = []
            back = read_conflicts(tomllib.loads(text).get("conflicts"),
                                  lambda path, code, **values: problems.append(code))
            if problems or back != report.conflicts:
                raise SaveError("save.changed_conflicts")
            continue
        name, item_id = key
        item = getattr(report, name)[item_id]
        try:
            raw = tomllib.loads(text)[name][item_id]
        except (tomllib.TOMLDecodeError, KeyError) as exc:
            raise SaveError("save.changed_item", item=f"{name}.{item_id}") from exc
        reader = Reader(LineIndex(text))
        back_item = reader.read_record(type(item), raw, (name, item_id), item_id)
        if reader.problems or back_item != item:
            raise SaveError("save.changed_item", item=f"{name}.{item_id}")


_LEAF_DICTS = {"goals": ("indicators", "activities", "assignments"), "processes": ("controls",),
               "risks": ("controls", "activities"), "contractors": ("rows",)}


def _repeated(report: m.Report) -> str:
    seen: set[str] = set()
    for name in COLLECTIONS:
        for item in getattr(report, name).values():
            for attr in _LEAF_DICTS.get(name, ()):
                for key in getattr(item, attr):
                    if key in seen:
                        return key
                    seen.add(key)
    return ""


def clean_stale_temps(path: Path) -> list[Path]:
    """Remove temp files of saves that were killed midway (their process is gone). Names are
    .NAME.PID.RANDOM.yearend-tmp; only regular files are removed, and a link only as a link."""
    removed = []
    for tmp in path.parent.glob(f".{glob.escape(path.name)}.*{TMP_SUFFIX}"):
        try:
            rest = tmp.name[len(path.name) + 2:]
            pid = int(rest.removeprefix("bak.").split(".", 1)[0])
        except ValueError:
            continue
        if pid == os.getpid():
            continue
        try:
            os.kill(pid, 0)
            continue  # still running: another yearend is saving right now
        except ProcessLookupError:
            pass
        except (PermissionError, OverflowError):
            continue
        try:
            tmp.unlink()  # unlink never follows a symlink
        except OSError:
            continue
        removed.append(tmp)
    return removed


def save_report(report: m.Report, path: str | os.PathLike[str], *, backup: bool = True) -> Path:
    """Save safely: the original is either intact or fully replaced, never half written.

    Every chunk (codec_write.chunks) that is new or changed since it was last read from disk or
    saved is loaded back from its text and compared with the model; unchanged chunks were proven
    then, and their data is compared instead (a dict comparison, far cheaper than parsing a
    large report again). The bytes written are read back from disk and compared too.

    The write follows the rules of atomic.py: through a symlink to its target (the .bak beside
    the target), the target's mode and owner kept, a read-only file or anything but a regular
    file refused (UnsafeTarget, a SaveError), an exclusive temporary file with an unpredictable
    name. Returns the file written.
    """
    rendered, unproven = _render_chunks(report)
    data = _encode(rendered)
    _verify(report, unproven)
    target = resolve_target(path)
    st = inspect_target(target, may_hold_report=True)
    clean_stale_temps(target)
    try:
        fd, tmp = create_temp(target, st)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise SaveError("save.failed", file=target, reason=reason) from exc
    try:
        with open(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        if read_limited(tmp, len(data) + 1) != data:
            raise SaveError("save.read_back_differs")
        if backup and st is not None:
            _keep_backup(target)
        os.replace(tmp, target)
        fsync_dir(target.parent)
    except SaveError:
        tmp.unlink(missing_ok=True)
        raise
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        reason = exc.strerror or str(exc)
        raise SaveError("save.failed", file=target, reason=reason) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    # Everything just written is proven: the next save re-verifies only what changes.
    report.verified = {key: (chunk_data, text) for key, chunk_data, text in rendered}
    return target


def _keep_backup(target: Path) -> None:
    """target.bak := the current target, swapped in atomically. A hard link to the old inode
    (free, exactly the previous bytes, mode and owner); a copy where links are not possible.
    The staging name is unpredictable and created exclusively, like every temporary file."""
    bak = target.with_name(target.name + ".bak")
    staging = target.with_name(f".{target.name}.bak.{os.getpid()}.{secrets.token_hex(8)}"
                               f"{TMP_SUFFIX}")
    try:
        try:
            os.link(target, staging, follow_symlinks=False)  # fails if the name exists
        except OSError:
            fd = os.open(staging, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600)
            with open(fd, "wb") as out, open(target, "rb") as src:
                shutil.copyfileobj(src, out)
            shutil.copystat(target, staging)
        os.replace(staging, bak)
    finally:
        staging.unlink(missing_ok=True)


__all__ = ["FORMAT_VERSION", "Loaded", "decode", "load_path", "load_report", "loads_report",
           "parse", "render", "save_report"]
