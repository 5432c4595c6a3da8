"""Kill a saving process at random points, many rounds: the file on disk always loads and equals
either the old or the new model, never a truncated or half-written one.

Most of a save's time is spent rendering and verifying, so kills at random times rarely land in
the dangerous window (temp file written, fsynced, backup linked, replaced). Half the rounds
therefore wait for the saver to announce its fsync and kill it a random fraction of a
millisecond later.
"""

import random
import signal
import subprocess
import sys
import time

from reportmodel.io.storage import load_path, load_report, save_report

from .conftest import ROOT

SOURCE = ROOT / "sample_data" / "kalmar-2022.toml"

SAVER = r"""
import os, sys
from reportmodel.io import storage
from reportmodel.io.storage import load_report, save_report
path, source, mode = sys.argv[1], sys.argv[2], sys.argv[3]
a = load_report(source)  # the pristine copy: the target may hold B after an earlier kill
b = load_report(source)
for goal in b.goals.values():
    goal.comment = (goal.comment or "") + " Tillägg. " * 50
if mode == "window":
    real_fsync = os.fsync
    def announced_fsync(fd):
        print("fsync", flush=True)
        real_fsync(fd)
    storage.os.fsync = announced_fsync
print("ready", flush=True)
while True:
    save_report(b, path)
    save_report(a, path)
"""


def with_long_comments(report):
    for goal in report.goals.values():
        goal.comment = (goal.comment or "") + " Tillägg. " * 50
    return report


def test_kill_during_save_never_corrupts(tmp_path):
    path = tmp_path / "r.toml"
    path.write_bytes(SOURCE.read_bytes())
    model_a = load_report(SOURCE)
    model_b = with_long_comments(load_report(SOURCE))
    rng = random.Random(20221231)  # fixed seed: the kill points vary with timing, not the test
    mid_save_kills = 0
    for round_ in range(30):
        mode = "window" if round_ % 2 else "random"
        proc = subprocess.Popen([sys.executable, "-c", SAVER, str(path), str(SOURCE), mode],
                                stdout=subprocess.PIPE, text=True)
        assert proc.stdout.readline().strip() == "ready"
        if mode == "window":
            for _ in range(rng.randint(1, 6)):  # the first few fsyncs of the loop
                assert proc.stdout.readline().strip() == "fsync"
            time.sleep(rng.uniform(0.0, 0.002))
        else:
            time.sleep(rng.uniform(0.0, 0.3))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        proc.stdout.close()
        if any(p.name.endswith("yearend-tmp") for p in tmp_path.iterdir()):
            mid_save_kills += 1  # killed while a temp file existed
        loaded = load_path(path)
        assert loaded.errors == [], loaded.errors[:3]
        assert loaded.report in (model_a, model_b)
    # the test is only worth something if kills land inside the dangerous window
    assert mid_save_kills >= 3, mid_save_kills
    save_report(model_a, path)  # and the next save cleans up what killed saves left
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith("yearend-tmp")] == []
