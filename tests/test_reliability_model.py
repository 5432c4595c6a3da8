"""The model side of reliability: lock files, change detection, recovery copies, stale temps."""

import json
import os
import subprocess
import sys

import pytest

from reportmodel.io import lock, recovery
from reportmodel.io.fileinfo import changed_since, fingerprint
from reportmodel.io.storage import clean_stale_temps, load_report, save_report

from .conftest import DATA


@pytest.fixture
def report_file(tmp_path):
    path = tmp_path / "r.toml"
    path.write_bytes((DATA / "numbered-goals.toml").read_bytes())
    return path


def dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def test_lock_is_taken_reported_and_released(report_file):
    me = lock.acquire(report_file)
    assert lock.read_lock(report_file) == me
    assert lock.acquire(report_file) == me  # re-entrant for the same process
    lock.release(report_file)
    assert not lock.lock_path(report_file).exists()


def test_a_live_lock_of_another_process_is_refused(report_file):
    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        info = {"user": "anna", "host": os.uname().nodename, "pid": other.pid,
                "time": "2023-01-20T09:15:00+01:00"}
        lock.lock_path(report_file).write_text(json.dumps(info))
        with pytest.raises(lock.LockHeld) as exc:
            lock.acquire(report_file)
        assert "anna on" in str(exc.value) and "2023-01-20 09:15" in str(exc.value)
        lock.release(report_file)  # not ours: must stay
        assert lock.lock_path(report_file).exists()
    finally:
        other.kill()
        other.wait()


def test_a_stale_lock_is_taken_over(report_file):
    info = {"user": "anna", "host": os.uname().nodename, "pid": dead_pid(), "time": "x"}
    lock.lock_path(report_file).write_text(json.dumps(info))
    assert lock.acquire(report_file).pid == os.getpid()


def test_a_garbled_lock_is_taken_over(report_file):
    lock.lock_path(report_file).write_text("{not json")
    assert lock.acquire(report_file).pid == os.getpid()


def test_change_on_disk_is_noticed(report_file):
    seen = fingerprint(report_file)
    assert not changed_since(report_file, seen)
    text = report_file.read_text().replace("Ola Öberg", "Ola Oberg")
    stat = os.stat(report_file)
    report_file.write_text(text)
    os.utime(report_file, ns=(stat.st_atime_ns, stat.st_mtime_ns))  # same mtime: hash decides
    assert changed_since(report_file, seen)
    report_file.unlink()
    assert changed_since(report_file, seen)


def test_our_own_save_is_not_a_change_once_fingerprinted_again(report_file):
    report = load_report(report_file)
    save_report(report, report_file)
    assert not changed_since(report_file, fingerprint(report_file))


def test_recovery_copy_round_trip(report_file, tmp_path):
    state = tmp_path / "state"
    state.mkdir()
    report = load_report(report_file)
    assert recovery.find_recovery(report_file, state) is None
    report.goals["minskad-franvaro"].comment = "Osparad text som inte får försvinna."
    copy = recovery.write_recovery(report, report_file, state)
    found = recovery.find_recovery(report_file, state)
    assert found is not None and found.path == copy
    restored = recovery.load_recovery(found)
    assert restored == report
    recovery.discard_recovery(report_file, state)
    assert recovery.find_recovery(report_file, state) is None


def test_recovery_older_than_the_report_or_equal_to_it_is_not_offered(report_file, tmp_path):
    state = tmp_path / "state"
    state.mkdir()
    report = load_report(report_file)
    recovery.write_recovery(report, report_file, state)
    assert recovery.find_recovery(report_file, state) is None  # same bytes as the report
    report.meta.officer = "Ny"
    copy = recovery.write_recovery(report, report_file, state)
    os.utime(copy, (1, 1))  # the report was saved after the copy
    assert recovery.find_recovery(report_file, state) is None


def test_two_reports_with_the_same_name_do_not_share_a_recovery_copy(tmp_path):
    a, b = tmp_path / "a" / "r.toml", tmp_path / "b" / "r.toml"
    assert recovery.recovery_path(a, tmp_path) != recovery.recovery_path(b, tmp_path)


def test_temp_files_of_killed_saves_are_cleaned_on_the_next_save(report_file):
    stale = report_file.with_name(f".r.toml.{dead_pid()}.yearend-tmp")
    stale.write_text("half")
    unrelated = report_file.with_name(".r.toml.notes")
    unrelated.write_text("keep")
    save_report(load_report(report_file), report_file)
    assert not stale.exists() and unrelated.exists()
    assert clean_stale_temps(report_file) == []
