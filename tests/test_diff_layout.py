"""`yearend diff` output: words through the vocabulary, changed texts as a word diff that shows
what changed, layouts that survive long and multi-line titles (issue 18, part 2)."""

from __future__ import annotations

import io

from rich.console import Console

from reportmodel.core.compare import compare_reports
from reportmodel.io.storage import load_report
from reportmodel.render.diff.outline import condensed
from reportmodel.render.diff.render_md import render_markdown
from reportmodel.render.diff.render_text import print_diff

from .conftest import DATA

OLD, NEW = DATA / "compare" / "old.toml", DATA / "compare" / "new.toml"
LONG = ("Nämnden har under året arbetat vidare med att förbättra tillgängligheten i samtliga "
        "verksamheter och resultatet av brukarundersökningen visar att {} av brukarna är nöjda "
        "med bemötandet, vilket är i nivå med tidigare år och med målet för perioden.")


def text(diff, width=100, terminal=False):
    out = io.StringIO()
    console = Console(file=out, width=width, force_terminal=terminal,
                      color_system="standard" if terminal else None, highlight=False)
    print_diff(diff, console)
    return out.getvalue()


def test_a_changed_long_comment_shows_the_changed_words_not_two_previews():
    old, new = load_report(OLD), load_report(NEW)
    old.goals["trygghet"].comment = LONG.format("82 procent")
    new.goals["trygghet"].comment = LONG.format("87 procent")
    out = text(compare_reports(old, new))
    line = next(x for x in out.splitlines() if "[-82-]" in x)
    assert "Kommentar:" in line and "{+87+}" in line
    assert "…" in line and len(line) < 160  # the unchanged rest is cut, around the change
    assert "procent av brukarna" in line  # a few words of context on each side


def test_condensed_keeps_context_and_rebuilds_the_changed_parts():
    segments = [("=", "ett två tre fyra fem sex sju åtta nio tio "), ("-", "elva"), ("+", "tolv"),
                ("=", " a b c d e f g h i j k l m n o p q r s t "), ("-", "x"),
                ("=", " slut ett två tre fyra fem sex sju åtta")]
    out = condensed(segments, context=3)
    assert out[0] == ("=", "… åtta nio tio ")
    assert [s for s in out if s[0] != "="] == [("-", "elva"), ("+", "tolv"), ("-", "x")]
    assert out[3] == ("=", " a b c … r s t ")
    assert out[-1] == ("=", " slut ett två …")


def test_values_are_words_not_raw_keys():
    old, new = load_report(OLD), load_report(NEW)
    new.meta.kind = "verksamhetsplan"
    new.meta.language = "en"
    out = text(compare_reports(old, new, lang="sv"))
    assert "Slag: Årsrapport → Verksamhetsplan" in out
    assert "Språk: svenska → engelska" in out
    assert "arsrapport" not in out
    english = text(compare_reports(old, new, lang="en"))
    assert "Kind: Annual report → Operational plan" in english


def test_multi_line_and_long_titles_keep_the_layout():
    old, new = load_report(OLD), load_report(NEW)
    goal = new.goals["trygghet"]
    goal.title = "Trygghet och säkerhet\nför alla invånare i kommunen " + "mycket lång " * 12
    diff = compare_reports(old, new)
    plain = text(diff)
    heading = [x for x in plain.splitlines() if "Trygghet och säkerhet" in x]
    assert heading and all("för alla invånare" in x for x in heading)  # one line, not two
    md = render_markdown(diff)
    assert "Trygghet och säkerhet för alla invånare" in md
    assert not any(x.startswith("för alla invånare") for x in md.splitlines())
    # In a terminal a too-long line wraps under its own indentation, never at the margin.
    lines = text(diff, width=60, terminal=True).splitlines()
    start = next(i for i, x in enumerate(lines) if "Trygghet och säkerhet" in x)
    indent = len(lines[start]) - len(lines[start].lstrip(" "))
    assert indent > 0
    follow = lines[start + 1]
    assert len(follow) - len(follow.lstrip(" ")) > indent
    assert all(len(x) <= 60 for x in lines if "\x1b" not in x)
