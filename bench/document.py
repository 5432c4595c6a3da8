"""docs/performance.md: the latest table, how it was measured, and the hand-written section.

Everything above the heading KEPT_HEADING is rewritten on every run; from that heading to the end
of the file is the lead's own text and is kept as it is (a placeholder the first time).
"""

from __future__ import annotations

from pathlib import Path

KEPT_HEADING = "## What was changed to reach it"
PLACEHOLDER = f"""{KEPT_HEADING}

<!-- Written by hand, kept by `make bench`: which design changes brought each figure within its
budget (or why a budget was moved), with the figures before and after. -->

(Not written yet.)
"""

METHOD = """\
## How it is measured

`make bench` (`python -m bench`) generates three synthetic reports with `bench/generate.py` into a
temporary directory (never into the repository) and measures them in one run. `python -m bench
--quick` measures S and M only, with fewer repetitions, and writes nothing unless `--write` is
given. `python -m bench --profile FIGURE` profiles one figure with pyinstrument (a dev tool,
`pip install pyinstrument`; it is not a dependency).

**The reports.** Built with the report model and saved with `save_report`, deterministic per seed
(`bench.generate.generate(size, seed)`). Swedish text from a vocabulary of municipal words (å, ä,
ö), comments of about 300 characters, some in two or three paragraphs or with a bullet list,
indicator values with `prel: 73`, `i.u.` and `-`; every status that needs a comment has one, so
`yearend check` finds no problem in them.

| size | shape |
|---|---|
| S | one board, Kalmar-like: 5 focus areas, 14 long-term goals, 25 nämndsmål, 77 activities, 11 assignments, 20 indicators, 17 processes, 42 risks, 21 control points on 12 risks |
| M | a municipality, 15 boards: 400 goals (350 nämndsmål), 2,000 activities, 60 assignments, 450 indicators, 300 risks, 220 control points, 5 contractor areas |
| L | 2,000 goals (1,800 nämndsmål), 10,000 activities, 300 assignments, 600 indicators, 1,000 risks, 1,000 control points on 400 risks, 10 contractor areas |

The diff compares a report with next year's version made by `bench/mutate.py`: about 5 % of the
assessments, statuses and comments changed (some comments rewritten, some edited by a sentence),
new indicator outcomes, about 1 % of the activities removed and 1 % added, a few board goals
removed and added, about 1 % renamed (same id) and 0.5 % re-keyed (new id, edited title, so they
must be paired by similarity).

**Ratios, not seconds.** The machines are shared and noisy, so each figure is measured against a
baseline in the same run: each repetition times the figure and its baseline back to back,
alternating which goes first, and the best (least disturbed) time of each is kept. The ratio is
what a ratio budget judges. Absolute budgets (key press, export, diff, start-up, memory) are read
on the machine of the run, with the baseline beside them for scale.

| figure | what is timed | baseline |
|---|---|---|
| load | `reportmodel.storage.load_report(path)`: read, parse, read into the model, validate | read the same bytes, decode, `tomllib.loads` |
| save | `save_report(report, path)` over an existing file: render, round-trip check, temp file, fsync, read back, `.bak`, `os.replace`, directory fsync | `tomli_w.dumps(report_to_data(report), multiline_strings=True)` + write + one fsync |
| open-to-interactive | `YearendApp(path)` headless in `App.run_test()`, from the app's construction until its startup burst is over (see below) | a bare Textual app that reads the file with `tomllib` and mounts one `Tree` with the same rows at the same depths, all expanded, timed the same way. The issue's baseline is the Tree alone; it is printed in the notes, but a tool that must read the file cannot be within 1.3× of an app that reads nothing, so the budget is judged against parse + Tree |
| key press | in the editor on the report, on 10 nämndsmål spread through it: ↓ (move down), and 2 (assess Delvis uppfyllt) | the same key in the bare Tree app (↓ moves the cursor; 2 relabels the row) |
| export | `export_markdown(report)` of the loaded report | `tomllib.loads` of the file's text |
| diff | `compare_reports(old, new)` (matching included) + `render_markdown(diff)` on loaded reports | a recursive diff of the two parsed files keyed by id (stdlib) |
| start-up | `yearend check --quiet S.toml` as a subprocess, wall time, best of 10; a separate run lists any `textual`/`tui` module it imported | `python -c pass` |
| peak memory | `ru_maxrss` of a subprocess that loads L, exports it, loads next year's L and diffs them (MB = 10⁶ bytes) | a subprocess that only `tomllib.loads` L |

**When the editor is interactive, and how a key press is timed.** Textual calls
`App.post_display_hook` after every screen update, also headless (the compositor renders; only
the write to the terminal is skipped), and the bench records the time of each. Open-to-interactive
ends at the last paint before the app falls idle once the outline's Tree has its rows: the header's
progress, the outline and the detail pane of the first row are all on screen. Idle means two 20 ms
windows in a row without a paint and with under 2 ms of CPU. A key press is posted to the app as
the terminal driver posts it (an `events.Key` message) and timed to the last paint it caused; the
CPU time the process spent in between is shown beside it (on a loaded machine the wall time also
holds waits for the CPU). `pilot.press()` is not used for timing: it sleeps about 40 ms per key
whatever the app does. The best of the 10 key presses is judged; the notes give the median and
the worst.
"""


def write(path: Path, generated: str) -> None:
    """Replace the generated part of `path`, keeping the hand-written section."""
    kept = PLACEHOLDER
    if path.exists():
        old = path.read_text("utf-8")
        at = old.find(KEPT_HEADING)
        if at >= 0:
            kept = old[at:]
    path.write_text(generated.rstrip() + "\n\n" + METHOD + "\n" + kept.rstrip() + "\n", "utf-8")
