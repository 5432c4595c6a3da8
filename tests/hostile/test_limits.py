"""Bounded cost and validation that agrees with saving (issue 12, points 6 and 7), each shape
checked by what the officer is told; the whole-corpus runs are in test_corpus.py."""

from __future__ import annotations

import os
import re
import threading

import pytest

from reportmodel.io import fileinfo, lock
from reportmodel.io.safe_read import NotRegularFile, TooLarge, read_limited
from reportmodel.io.storage import load_path, parse, render, save_report

from .corpus import GOAL, INDICATOR, _chain, full_report, head


def errors(text: str) -> list[str]:
    return [p.format("r.toml") for p in parse(text).errors]


def test_a_parent_chain_3500_deep_is_checked_in_linear_time_with_one_error():
    found = errors(head() + _chain(3500, "sections", False))  # under the table limit
    assert len(found) == 1 and re.fullmatch(
        r"r\.toml:\d+: sections\.x256\.parent: the section hierarchy is more than 256 levels "
        r"deep here \(a report has a few levels; is a parent wrong\?\)", found[0]), found


def test_a_cycle_of_1000_is_one_short_error():
    found = errors(head() + _chain(1000, "goals", True))
    assert len(found) == 1 and len(found[0]) < 300
    assert "the goal hierarchy has a cycle: x0 -> x999 -> x998 -> ... (1000 goals) ..." in found[0]


def test_two_cycles_are_two_errors():
    text = head() + "".join(f'\n[sections.{a}]\ntitle = "T"\nparent = "{b}"\n'
                            for a, b in (("a", "b"), ("b", "a"), ("c", "d"), ("d", "c"),
                                         ("e", "a")))
    assert len([e for e in errors(text) if "cycle" in e]) == 2


def test_many_problems_are_capped_with_a_count_of_the_rest():
    text = head() + "".join(f'\n[goals.g{i}]\ntitle = "G"\nlevel = "nope"\n' for i in range(2000))
    found = errors(text)
    assert len(found) == 501
    assert found[-1] == ("r.toml: ... and 1500 more problems like these (the first 500 are shown; "
                         "fix those and check again)")


@pytest.mark.parametrize("text, expected", [
    ("a." * 100_000 + "b = 1\n", r"r\.toml:\d+: a dotted key of more than 8 parts"),
    ("x = " + "[" * 100 + "]" * 100 + "\n", r"r\.toml:\d+: TOML nested too deeply"),
    ("x = " + "{a = " * 100 + "1" + "}" * 100 + "\n", r"r\.toml:\d+: TOML nested too deeply"),
])
def test_pathological_keys_and_nesting_are_refused_before_tomllib(text, expected):
    found = errors(head() + text)
    assert len(found) == 1 and re.match(expected, found[0]), found


def test_dots_and_brackets_inside_strings_and_comments_are_not_keys():
    text = full_report() + '\n[sections.punkter]\ntitle = "' + "." * 5000 + '"\ntext = """' \
        + "[" * 200 + "\n" + "{" * 200 + '"""\n# ' + "." * 100 + "\n"
    assert errors(text) == []


@pytest.mark.parametrize("outcome, expected", [
    ("9" * 5000, r"r\.toml:19: a number of 5000 digits; yearend reads numbers of up to 4300"),
    ('"' + "9" * 5000 + '"', r'r\.toml:19: goals\.g\.indicators\.i\.years\.2022\.outcome: "9+\.\.\."'
     " is not an indicator value"),
    ('"1e999"', r'r\.toml:19: goals\.g\.indicators\.i\.years\.2022\.outcome: "1e999" is not an '
     "indicator value"),
    ("inf", r"r\.toml:19: goals\.g\.indicators\.i\.years\.2022\.outcome: inf is not an "
     "indicator value"),
])
def test_huge_and_infinite_numbers_are_exit_2_naming_place_and_limit(outcome, expected):
    found = errors(head() + INDICATOR.format(year=2022, outcome=outcome))
    assert len(found) == 1 and re.match(expected, found[0]), found


@pytest.mark.parametrize("key", ['"²⁰²²"', '"٢٠٢٢"', '"２０２２"', '"02022"', '"2201"', '"1899"'])
def test_year_keys_are_four_ascii_digits_in_range(key):
    found = errors(head() + INDICATOR.format(year=key, outcome="1"))
    assert len(found) == 1 and "is not a year (expected four digits 1900-2200" in found[0], found


@pytest.mark.parametrize("key", ['"mal\\n"', '"mal\\r"', '"a--b"', '"-a"', '"MAL"'])
def test_ids_match_the_whole_pattern(key):
    found = errors(head() + GOAL.format(id=key))
    assert any("is not a valid id" in e for e in found), found


def test_whatever_check_accepts_saves_and_reads_back_the_same(corpus, tmp_path):
    accepted = 0
    for case in corpus:
        if not case.path.is_file() or case.name == "unreadable.toml":
            continue
        loaded = load_path(case.path)
        if loaded.errors or loaded.report is None:
            continue
        accepted += 1
        copy = tmp_path / "copy.toml"
        save_report(loaded.report, copy, backup=False)
        back = load_path(copy)
        assert back.errors == [] and back.report == loaded.report, case.name
        assert render(back.report) == copy.read_bytes(), case.name
    assert accepted >= 20


def test_rollover_to_a_year_past_the_limit_names_file_and_limit(yearend_cli, tmp_path):
    path = tmp_path / "r-2022.toml"
    path.write_text(full_report(), encoding="utf-8")
    proc = yearend_cli("rollover", path, "--year", "2201", "--lang", "en")
    assert proc.returncode == 2
    assert f"{path}: year 2201 is outside the years a report can hold (1900-2200)" in proc.stderr
    swedish = yearend_cli("rollover", path, "--year", "2201")
    assert f"{path}: år 2201 ligger utanför de år en rapport kan ha (1900-2200)" in swedish.stderr


@pytest.mark.parametrize("width", ["1000000", "501", "39"])
def test_show_width_is_bounded(yearend_cli, tmp_path, width):
    path = tmp_path / "r.toml"
    path.write_text(full_report(), encoding="utf-8")
    proc = yearend_cli("show", "--no-pager", "--width", width, path)
    assert proc.returncode == 2 and "--width" in proc.stderr


def test_read_limited_refuses_fifos_devices_and_enforces_the_limit_while_reading(tmp_path):
    fifo = tmp_path / "p"
    os.mkfifo(fifo)
    writer = threading.Timer(5, lambda: open(fifo, "wb").close())  # unblocks a hung reader
    writer.start()
    try:
        with pytest.raises(NotRegularFile, match="FIFO"):
            read_limited(fifo)
    finally:
        writer.cancel()
    with pytest.raises(NotRegularFile, match="character device"):
        read_limited("/dev/zero")
    big = tmp_path / "big"
    big.write_bytes(b"x" * 1001)
    with pytest.raises(TooLarge):
        read_limited(big, 1000)
    assert read_limited(big, 1001) == b"x" * 1001


def test_a_fifo_as_lock_is_taken_over_without_blocking(tmp_path):
    report = tmp_path / "r.toml"
    report.write_text(full_report(), encoding="utf-8")
    os.mkfifo(lock.lock_path(report))
    assert lock.read_lock(report) is None
    info = lock.acquire(report)
    assert info.pid == os.getpid() and lock.lock_path(report).is_file()
    lock.release(report)


def test_deleted_is_told_apart_from_changed(tmp_path):
    path = tmp_path / "r.toml"
    path.write_text(full_report(), encoding="utf-8")
    seen = fileinfo.fingerprint(path)
    assert fileinfo.disk_state(path, seen) == fileinfo.SAME
    path.write_text(full_report("x"), encoding="utf-8")
    assert fileinfo.disk_state(path, seen) == fileinfo.CHANGED
    path.unlink()
    assert fileinfo.disk_state(path, seen) == fileinfo.DELETED
    assert fileinfo.changed_since(path, seen)
    os.mkfifo(path)
    assert fileinfo.fingerprint(path) is None  # never opened for reading
    assert fileinfo.disk_state(path, seen) == fileinfo.CHANGED


@pytest.mark.parametrize("colour", ["conceal", "blink", "link https://example.org", "bold red",
                                    "grön"])
def test_a_scale_colour_that_is_not_a_colour_is_a_warning(colour):
    text = full_report().replace('label = "Pågående"\n',
                                 f'label = "Pågående"\ncolour = "{colour}"\n')
    loaded = parse(text)
    found = [p.format("r.toml") for p in loaded.problems]
    assert loaded.errors == [] and len(found) == 1, found
    assert "colour: " in found[0] and "is not a colour" in found[0]


def test_stats_on_a_terminal_shows_a_conceal_colour_instead_of_hiding_text(tmp_path, monkeypatch,
                                                                           capsys):
    """FORCE_COLOR: rich writes colours and the guard lets colours through, but not conceal."""
    from yearend.main import main

    path = tmp_path / "r.toml"
    path.write_text(full_report().replace('label = "Pågående"\n',
                                          'label = "Pågående"\ncolour = "conceal"\n'))
    monkeypatch.setenv("FORCE_COLOR", "1")
    assert main(["stats", str(path)]) == 0
    out = capsys.readouterr().out
    assert "\x1b[" in out  # colours are on
    assert "\x1b[8m" not in out and "\\x1b[8m" in out


@pytest.mark.parametrize("colour", ["green", "bright_red", "#2e7d32", "rgb(46, 125, 50)"])
def test_colours_are_accepted(colour):
    text = full_report().replace('label = "Pågående"\n',
                                 f'label = "Pågående"\ncolour = "{colour}"\n')
    assert errors(text) == []


def test_a_file_of_dotted_keys_is_refused_by_its_total_of_parts_naming_the_limit():
    # 7 200 keys of 8 parts: each key is allowed, the file's 50 400 dots are not (tomllib pays
    # per key and part squared; yearend writes no dotted keys outside headers).
    text = head() + "".join(f"k{i}." + ".".join(["a"] * 7) + " = 1\n" for i in range(7_200))
    found = errors(text)
    assert len(found) == 1 and re.match(
        r"r\.toml:(\d+): more than 50 000 dots in dotted keys", found[0]), found
    line = int(re.match(r"r\.toml:(\d+)", found[0]).group(1))
    assert text.splitlines()[line - 1].startswith("k7142.")  # the key that went over


def test_a_few_dotted_keys_and_floats_are_not_counted_against_the_limit():
    from reportmodel.io.prescan import prescan

    prescan(head() + "".join(f"x{i}.years.y2022 = {i}.5\n" for i in range(20_000)))


@pytest.mark.parametrize("tables, padding, refused", [
    (4_000, "", False),            # any file may have 4 000 tables, however small
    (4_001, "", True),             # beyond that, 150 bytes a table on average
    (6_000, "x" * 140, False),
    (6_000, "x" * 100, True),
])
def test_many_tiny_tables_are_refused_by_their_density_naming_the_first_table_over(
        tables, padding, refused):
    from reportmodel.io.prescan import Refused, prescan

    text = "".join(f'[sections.s{i}]\ntitle = "S{padding}"\n' for i in range(tables))
    if not refused:
        prescan(text)
        return
    with pytest.raises(Refused) as caught:
        prescan(text)
    assert "tables in a file of" in str(caught.value) and "150 bytes per table" in str(caught.value)
    limit = max(4_000, len(text) // 150)
    assert text.splitlines()[caught.value.line - 1] == f"[sections.s{limit}]"


def test_quoted_or_indented_headers_count_as_tables_too():
    from reportmodel.io.prescan import Refused, prescan

    with pytest.raises(Refused):
        prescan("".join(f'  ["s{i}"]\nt = 1\n' for i in range(4_100)))


def test_dots_in_quoted_table_headers_are_not_dotted_keys():
    from reportmodel.io.prescan import prescan

    # 20 000 headers of quoted keys (3 dots each) with real content: a legitimate shape.
    prescan("".join(f'[goals."mål {i}".activities."a {i}"]\ntitle = "{"x" * 400}"\n'
                    for i in range(20_000)))
