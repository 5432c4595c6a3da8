"""The rules every write follows (reportmodel/io/atomic.py, storage.save_report): mode and owner
kept, through symlinks with the link kept, read-only refused, never onto a device, FIFO or
report, temporary files exclusive and unpredictable."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from reportmodel.core.problems import SaveError
from reportmodel.io import atomic
from reportmodel.io.atomic import UnsafeTarget, write_atomically
from reportmodel.io.storage import load_report, save_report

from ..conftest import DATA


@pytest.fixture
def report_file(tmp_path):
    path = tmp_path / "r.toml"
    path.write_bytes((DATA / "numbered-goals.toml").read_bytes())
    return path


def changed(path: Path):
    report = load_report(path)
    report.meta.officer = "Ny handläggare"
    return report


def mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.mark.parametrize("bits", [0o600, 0o640, 0o664])
def test_a_save_keeps_the_reports_mode(report_file, bits):
    report_file.chmod(bits)
    save_report(changed(report_file), report_file)
    assert mode(report_file) == bits
    assert load_report(report_file).meta.officer == "Ny handläggare"


def test_write_atomically_keeps_the_mode_and_a_new_file_follows_the_umask(tmp_path):
    out = tmp_path / "x.md"
    out.write_text("old")
    out.chmod(0o600)
    write_atomically(out, b"new")
    assert out.read_bytes() == b"new" and mode(out) == 0o600
    fresh = tmp_path / "fresh.md"
    old_umask = os.umask(0o027)
    try:
        write_atomically(fresh, b"x")
    finally:
        os.umask(old_umask)
    assert mode(fresh) == 0o640


def test_a_save_keeps_the_owner(report_file):
    """As root (CI containers), another user's file stays theirs; otherwise the owner is the
    user and stays so."""
    if os.geteuid() == 0:
        os.chown(report_file, 12345, 12346)
    before = os.stat(report_file)
    save_report(changed(report_file), report_file)
    after = os.stat(report_file)
    assert (after.st_uid, after.st_gid) == (before.st_uid, before.st_gid)


def test_a_save_through_a_symlink_writes_the_target_and_keeps_the_link(report_file, tmp_path):
    shared = tmp_path / "shared"
    shared.mkdir()
    target = shared / "r.toml"
    report_file.rename(target)
    link = tmp_path / "mine.toml"
    link.symlink_to(target)
    original = target.read_bytes()
    written = save_report(changed(link), link)
    assert written == target.resolve()
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert load_report(target).meta.officer == "Ny handläggare"
    assert (shared / "r.toml.bak").read_bytes() == original  # the .bak beside the target
    assert not (tmp_path / "mine.toml.bak").exists()


def test_write_atomically_writes_through_a_symlink(tmp_path):
    target = tmp_path / "real.md"
    target.write_text("old")
    link = tmp_path / "link.md"
    link.symlink_to(target)
    write_atomically(link, b"new")
    assert link.is_symlink() and target.read_bytes() == b"new"


def test_a_read_only_report_is_refused_naming_the_file(report_file):
    report_file.chmod(0o444)
    original = report_file.read_bytes()
    with pytest.raises(SaveError, match=r"r\.toml is read-only \(permissions -r--r--r--\)"):
        save_report(changed(report_file), report_file)
    assert report_file.read_bytes() == original and mode(report_file) == 0o444
    assert [p.name for p in report_file.parent.iterdir()] == ["r.toml"]


def test_fmt_refuses_a_read_only_report(report_file, yearend_cli):
    report_file.write_text(report_file.read_text().replace('title = "', 'title   =   "', 1))
    report_file.chmod(0o444)
    original = report_file.read_bytes()
    proc = yearend_cli("fmt", report_file)
    assert proc.returncode == 2 and f"{report_file} är skrivskyddad" in proc.stderr
    assert report_file.read_bytes() == original


def test_a_planted_symlink_at_the_old_predictable_temp_names_is_not_followed(report_file,
                                                                              tmp_path):
    victim = tmp_path / "victim.txt"
    victim.write_text("precious")
    pid = os.getpid()
    for name in (f".r.toml.{pid}.yearend-tmp", f".r.toml.bak.{pid}.yearend-tmp"):
        (tmp_path / name).symlink_to(victim)
    save_report(changed(report_file), report_file)
    write_atomically(tmp_path / "out.md", b"export")
    assert victim.read_text() == "precious"
    assert load_report(report_file).meta.officer == "Ny handläggare"


def test_temp_files_are_created_exclusively_so_a_guessed_name_is_skipped(report_file, tmp_path,
                                                                         monkeypatch):
    """Even an attacker who guesses the random part gains nothing: mkstemp opens with O_EXCL,
    finds the planted link and takes the next name."""
    victim = tmp_path / "victim.txt"
    victim.write_text("precious")
    guessed = f".r.toml.{os.getpid()}.guessed.yearend-tmp"
    (tmp_path / guessed).symlink_to(victim)
    names = iter(["guessed", "second"])
    monkeypatch.setattr(tempfile, "_get_candidate_names", lambda: names)
    fd, tmp = atomic.create_temp(report_file, os.stat(report_file))
    os.close(fd)
    assert tmp.name == f".r.toml.{os.getpid()}.second.yearend-tmp"
    assert victim.read_text() == "precious" and (tmp_path / guessed).is_symlink()
    tmp.unlink()


def test_temp_names_are_unpredictable(report_file):
    first = atomic.create_temp(report_file, None)
    second = atomic.create_temp(report_file, None)
    for fd, _ in (first, second):
        os.close(fd)
    assert first[1] != second[1]
    assert all(len(p.name.split(".")[-2]) >= 8 for _, p in (first, second))
    for _, p in (first, second):
        p.unlink()


def test_never_onto_a_device(tmp_path):
    before = os.stat("/dev/null")
    with pytest.raises(UnsafeTarget, match="is a character device"):
        write_atomically("/dev/null", b"x")
    link = tmp_path / "null.md"
    link.symlink_to("/dev/null")
    with pytest.raises(UnsafeTarget, match="is a character device"):
        write_atomically(link, b"x")
    after = os.stat("/dev/null")
    assert stat.S_ISCHR(after.st_mode) and after.st_rdev == before.st_rdev
    with pytest.raises(SaveError, match="is a character device"):
        save_report(load_report(DATA / "numbered-goals.toml"), link)


def test_never_onto_a_fifo_and_without_blocking(tmp_path):
    fifo = tmp_path / "pipe.md"
    os.mkfifo(fifo)
    with pytest.raises(UnsafeTarget, match="FIFO"):
        write_atomically(fifo, b"x")
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)


def test_export_refuses_a_link_to_a_report_and_a_report_under_another_name(report_file,
                                                                            yearend_cli,
                                                                            tmp_path):
    original = report_file.read_bytes()
    other = tmp_path / "other.toml"
    other.write_bytes(original)
    notes = tmp_path / "notes.md"
    notes.symlink_to(other)
    proc = yearend_cli("export", report_file, "-o", notes)
    assert proc.returncode == 2 and "innehåller en yearend-rapport" in proc.stderr
    assert other.read_bytes() == original and notes.is_symlink()
    renamed = tmp_path / "kopia.md"  # a report saved under a Markdown name
    renamed.write_bytes(original)
    proc = yearend_cli("export", report_file, "-o", renamed)
    assert proc.returncode == 2 and "innehåller en yearend-rapport" in proc.stderr
    assert renamed.read_bytes() == original


def test_export_refuses_dev_null_and_keeps_the_device(report_file, yearend_cli):
    before = os.stat("/dev/null")
    proc = yearend_cli("export", report_file, "-o", "/dev/null")
    assert proc.returncode == 2 and "/dev/null är en teckenenhet" in proc.stderr
    assert os.stat("/dev/null").st_rdev == before.st_rdev
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


def test_export_over_an_ordinary_markdown_file_still_works(report_file, yearend_cli, tmp_path):
    out = tmp_path / "rapport.md"
    out.write_text("# förra exporten\n")
    out.chmod(0o640)
    proc = yearend_cli("export", report_file, "-o", out)
    assert proc.returncode == 0, proc.stderr
    assert out.read_text().startswith("# ") and mode(out) == 0o640


def test_a_failed_write_leaves_no_temp_file(tmp_path, monkeypatch):
    out = tmp_path / "x.md"
    out.write_text("old")

    def boom(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic.os, "replace", boom)
    with pytest.raises(OSError, match="No space left"):
        write_atomically(out, b"new")
    assert out.read_text() == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["x.md"]
