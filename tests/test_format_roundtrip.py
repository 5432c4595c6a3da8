"""The format is canonical: load -> save of a file yearend wrote gives the same bytes, and any valid
model survives save -> load unchanged (a hypothesis property)."""

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reportmodel.core import model as m
from reportmodel.core.scheme import SchemeDecl
from reportmodel.io.storage import load_path, loads_report, parse, render, save_report
from reportmodel.core.values import IndicatorValue

from .conftest import DATA, ROOT, SHAPES

CANONICAL_FILES = SHAPES + sorted((ROOT / "sample_data").glob("*.toml"))


@pytest.mark.parametrize("path", CANONICAL_FILES, ids=lambda p: p.name)
def test_committed_reports_are_canonical_and_round_trip_byte_identical(path, tmp_path):
    loaded = load_path(path)
    assert loaded.errors == []
    assert render(loaded.report) == path.read_bytes()
    copy = tmp_path / path.name
    save_report(loaded.report, copy)
    assert copy.read_bytes() == path.read_bytes()


def test_the_three_shapes_are_present():
    assert {p.name for p in SHAPES} >= {"process-oriented.toml", "numbered-goals.toml",
                                        "internal-control.toml"}


def test_hand_written_arrays_of_tables_get_ids_from_titles():
    report = loads_report("""
format_version = 1
[report]
municipality = "K"
board = "B"
kind = "arsrapport"
title = "T"
year = 2022

[[goals]]
title = "Ett växande, attraktivt Kalmar"
level = "fokusomrade"

[[goals]]
title = "Trygghet"
level = "namndsmal"
parent = "ett-vaxande-attraktivt-kalmar"

[[goals]]
id = "trygghet-igen"
title = "Trygghet"
level = "namndsmal"
""")
    assert list(report.goals) == ["ett-vaxande-attraktivt-kalmar", "trygghet", "trygghet-igen"]
    text = render(report).decode()
    assert "[goals.trygghet]" in text and "[[goals]]" not in text


def test_key_order_follows_the_model_not_the_file():
    report = loads_report("""
format_version = 1
[report]
year = 2022
title = "T"
kind = "arsrapport"
board = "B"
municipality = "K"
""")
    text = render(report).decode()
    assert text.index("municipality") < text.index("board") < text.index("title") < text.index("year")


def test_multiline_comments_are_written_as_multiline_strings():
    report = loads_report((DATA / "numbered-goals.toml").read_text())
    goal = next(iter(report.goals.values()))
    goal.comment = "Första stycket.\n\nAndra stycket med \"citat\" och \\ snedstreck."
    text = render(report).decode()
    assert '"""' in text
    assert loads_report(text) == report


# -- property: any valid model survives save -> load -----------------------------------------

text = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\r"),
               max_size=40)
opt_text = st.none() | text
ids = st.from_regex(r"[a-z][a-z0-9]{0,6}(-[a-z0-9]{1,4}){0,2}", fullmatch=True)
dates = st.none() | st.dates(dt.date(1990, 1, 1), dt.date(2100, 12, 31))
numbers = st.integers(-10**9, 10**9) | st.floats(allow_nan=False, allow_infinity=False,
                                                 width=64).filter(lambda x: abs(x) < 1e15)
values = st.none() | st.one_of(
    numbers.map(IndicatorValue),
    numbers.map(lambda n: IndicatorValue(n, preliminary=True)),
    st.just(IndicatorValue(no_data=True)),
    st.just(IndicatorValue(dash=True)),
)


def keyed(strategy, min_size=0, max_size=3):
    return st.dictionaries(ids, strategy, min_size=min_size, max_size=max_size)


@st.composite
def reports(draw):
    def with_id(cls, **kw):
        return st.builds(cls, id=st.just("x"), **kw)

    activity = st.builds(m.Activity, id=st.just(""), title=text, responsible=opt_text,
                         start=dates, end=dates,
                         status=st.none() | st.sampled_from(["genomford", "pagaende"]),
                         completion=st.none() | st.integers(0, 100), comment=opt_text,
                         previous_comment=opt_text, source_note=opt_text)
    year = st.builds(m.IndicatorYear, target=values, outcome=values, target_women=values,
                     outcome_men=values)
    indicator = st.builds(m.Indicator, id=st.just(""), title=text, unit=opt_text,
                          gender_split=st.booleans(), higher_is_better=st.booleans(),
                          years=st.dictionaries(st.integers(1990, 2100), year, max_size=3))
    assignment = st.builds(m.Assignment, id=st.just(""), title=text,
                           responsible_bodies=st.lists(text, max_size=3),
                           status=st.none() | st.sampled_from(["fardig", "paborjad"]))
    control = st.builds(m.ControlPoint, id=st.just(""), title=text, frequency=opt_text,
                        method=opt_text, result=opt_text, action=opt_text,
                        assessment=st.none() | st.just("med-anmarkning"))
    taken: set[str] = set()

    def fresh_ids(n):
        out = []
        for _ in range(n):
            i = draw(ids.filter(lambda x: x not in taken))
            taken.add(i)
            out.append(i)
        return out

    def collection(strategy, max_size=3):
        items = draw(st.lists(strategy, max_size=max_size))
        out = {}
        for key, item in zip(fresh_ids(len(items)), items):
            item.id = key
            out[key] = item
        return out

    meta = m.Meta(municipality=draw(text), board=draw(text), kind="arsrapport",
                  title=draw(text), year=draw(st.integers(1900, 2200)),
                  language=draw(st.sampled_from(["sv", "en"])), case_number=draw(opt_text),
                  date=draw(dates), officer=draw(opt_text), decision=draw(st.lists(text, max_size=3)))
    goals = {}
    for key in fresh_ids(draw(st.integers(0, 3))):
        goals[key] = m.Goal(
            id=key, title=draw(text), level=draw(st.sampled_from(["fokusomrade", "namndsmal"])),
            parent=draw(st.none() | st.sampled_from(sorted(goals) or ["none"])) if goals else None,
            description=draw(opt_text), agenda2030=draw(st.lists(st.integers(1, 17), max_size=3)),
            assessment=draw(st.none() | st.sampled_from(["helt", "delvis", "ej"])),
            comment=draw(opt_text), continues=draw(st.none() | ids),
            indicators=collection(indicator), activities=collection(activity),
            assignments=collection(assignment))
    risks = {}
    for key in fresh_ids(draw(st.integers(0, 2))):
        risks[key] = m.Risk(id=key, title=draw(text), probability=draw(st.none() | st.integers(1, 4)),
                            consequence=draw(st.none() | st.integers(1, 4)),
                            carry_over=draw(st.booleans()), controls=collection(control))
    sections = collection(st.builds(m.Section, id=st.just(""), title=text, text=opt_text))
    return m.Report(meta=meta, scheme_decl=SchemeDecl(preset=draw(st.sampled_from(
        ["kalmar", "tvaniva", "process"]))), sections=sections, goals=goals, risks=risks)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(reports())
def test_any_model_survives_save_and_load_unchanged(report):
    data = render(report)
    loaded = parse(data.decode("utf-8"))
    assert loaded.report == report
    # and the bytes are canonical: a second round gives the same bytes
    assert render(loaded.report) == data
