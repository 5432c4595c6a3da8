"""`yearend check` names every layout value it does not understand, with its line, the key and
what is expected, in the officer's language (docs/format.md: "check names any key or value it
does not know"); a TOML syntax error at a key with å/ä/ö says how to write it."""

from reportmodel.core.vocabulary import vocab
from reportmodel.io.storage import parse

from .conftest import DATA

BASE = """format_version = 1

[report]
municipality = "K"
board = "B"
kind = "arsrapport"
title = "T"
year = 2022

[layout]
memo = ["decision", "section:arende"]
parts = [
    "title",
    "memo",
    "section:inledning",
    "goals",
]

[sections.arende]
title = "Ärendebeskrivning"

[sections.inledning]
title = "Inledning"

[goals.a]
title = "A"
level = "fokusomrade"
"""


def found(text: str) -> dict[str, tuple[str, int | None, str]]:
    """path -> (severity, line, Swedish message) of every problem."""
    sv = vocab("sv")
    return {p.path: (p.severity.value, p.line, sv.problem(p)) for p in parse(text).problems}


def line_of(text: str, needle: str, nth: int = 1) -> int:
    """The line of the nth line holding `needle`."""
    hits = [n for n, line in enumerate(text.splitlines(), 1) if needle in line]
    return hits[nth - 1]


def test_the_base_report_is_clean():
    assert parse(BASE).problems == []


def test_a_section_part_naming_no_section_is_an_error_at_its_own_line_listing_the_ids():
    text = BASE.replace('    "section:inledning",\n', '    "section:inledning",\n'
                        '    "section:nosuch",\n')
    text = text.replace('"section:arende"]', '"section:arende", "section:saknas"]')
    problems = found(text)
    severity, line, message = problems["layout.parts.3"]
    # the element's own line, not the `parts =` line
    assert severity == "warning" and line == line_of(text, '"section:nosuch"')
    assert message == ('"section:nosuch": rapporten har inget avsnitt med id "nosuch" (väntade '
                       '"section:<id>" med ett av: "arende", "inledning")')
    assert problems["layout.memo.2"][:2] == ("warning", line_of(text, "memo ="))
    assert len(problems) == 2


def test_a_section_or_part_printed_twice_is_warned_about_where_it_is_first():
    text = BASE.replace('    "goals",\n', '    "goals",\n    "section:inledning",\n'
                        '    "section:arende",\n    "goals",\n')
    problems = found(text)
    assert problems["layout.parts.4"] == (
        "warning", line_of(text, '"section:inledning"', 2),
        'avsnittet "inledning" står redan i layout.parts.2: det skulle skrivas två gånger (ta '
        "bort det ena)")
    assert "layout.memo.1" in problems["layout.parts.5"][2]
    assert problems["layout.parts.6"][2].startswith('"goals" står redan i layout.parts.3')
    assert len(problems) == 3


def test_a_listed_section_that_is_also_inside_a_goal_or_under_a_printed_parent_is_warned():
    inside = BASE.replace('title = "Inledning"', 'title = "Inledning"\ngoal = "a"')
    assert found(inside)["layout.parts.2"][2] == (
        'avsnittet "inledning" skrivs redan inuti målet "a" (dess goal = "a"): det skulle '
        "skrivas två gånger (ta bort goal eller det här)")
    child = BASE.replace('title = "Inledning"', 'title = "Inledning"\nparent = "arende"')
    assert "under avsnittet \"arende\"" in found(child)["layout.parts.2"][2]
    # a parent printed nowhere ("sections" not in parts, not placed): the child is printed once
    orphan = child.replace('"section:arende"]', '"decision"]').replace(
        'memo = ["decision", "decision"]', 'memo = ["decision"]')
    assert found(orphan) == {}


def test_unknown_legend_scales_meanings_and_columns_name_what_is_expected():
    text = BASE.replace('[sections.arende]', '''legend_scales = ["trend", "completion", "foo"]
control_columns = ["title", "ansvar"]

[layout.legend_meanings]
"trend.battre" = "Bättre än i fjol"
"completion.80" = "Nästan klart"
"trend.upp" = "x"
"nivå.x" = "y"

[layout.levels.fokusomrade]
columns = ["title", "status"]
column_titles = { title = "Område", bogus = "X" }

[sections.arende]''')
    problems = found(text)
    assert problems["layout.legend_scales.2"][2] == (
        '"foo" är ingen skala (väntade en av: goal_assessment, process_assessment, trend, '
        "activity_status, assignment_status, control_status, control_assessment, "
        "contractor_fulfilment, risk_category, completion)")
    assert problems["layout.control_columns.1"][2].startswith('"ansvar" är ingen kolumn här '
                                                              "(väntade en av: title, responsible")
    assert problems["layout.legend_meanings.trend.upp"][:2] == (
        "warning", line_of(text, '"trend.upp"'))
    assert problems["layout.legend_meanings.trend.upp"][2] == (
        '"trend.upp": "upp" är inget värde i trend (väntade en av: battre, oforandrad, samre, '
        "unset)")
    assert '"nivå" är ingen skala' in problems["layout.legend_meanings.nivå.x"][2]
    assert problems["layout.levels.fokusomrade.columns.1"][0] == "error"
    assert problems["layout.levels.fokusomrade.column_titles.bogus"][2] == (
        '"bogus" är ingen kolumn här (väntade en av: title, responsible, agenda2030, '
        "assessment, trend, status, completion, start, end)")
    assert all(line is not None for _, line, _ in problems.values())
    assert len(problems) == 6  # "completion" and "completion.80" are understood


def test_completion_meanings_follow_the_schemes_steps():
    text = BASE.replace('[sections.arende]', '''[layout.legend_meanings]
"completion.80" = "Nästan klart"

[sections.arende]''')
    assert found(text) == {}  # no steps declared: any 0-100
    stepped = text.replace("[layout]", "[scheme]\ncompletion_steps = [0, 20, 100]\n\n[layout]")
    assert found(stepped)["layout.legend_meanings.completion.80"][2].endswith(
        "(väntade en av: 0, 20, 100)")


def test_contractor_columns_and_carry_over_note_without_carry_over():
    text = BASE + '''
[risks.r]
title = "R"
carry_over_note = "Ingår i urvalet till IK-plan 2024"

[contractors.kost]
title = "Kost"

[contractors.kost.columns]
title = "Vad har följts upp?"
brister = "Vilka brister?"
'''
    problems = found(text)
    assert problems["risks.r.carry_over_note"] == (
        "warning", line_of(text, "carry_over_note"),
        "carry_over_note skrivs bara ut när risken har carry_over = true (lägg till "
        "carry_over = true eller ta bort texten)")
    assert problems["contractors.kost.columns.brister"][:2] == ("error", line_of(text, "brister ="))
    assert "(väntade en av: contract, title, description, fulfilment" in \
        problems["contractors.kost.columns.brister"][2]
    assert found(text.replace('title = "R"\n', 'title = "R"\ncarry_over = true\n')).keys() \
        == {"contractors.kost.columns.brister"}


def test_layout_problems_are_worded_in_english_on_request():
    text = BASE.replace('"section:inledning",\n', '"section:nosuch",\n')
    (problem,) = parse(text).problems
    assert vocab("en").problem(problem).startswith(
        '"section:nosuch": the report has no section with the id "nosuch"')


def test_a_nej_contractor_row_is_explained_by_its_deficiencies():
    row = BASE + '''
[contractors.kost]
title = "Kost"

[contractors.kost.rows.kvalitet]
title = "Kvalitet"
fulfilment = "nej"
'''
    (problem,) = parse(row).problems
    assert problem.severity.value == "warning" and problem.path.endswith("fulfilment")
    assert "deficiencies" in vocab("sv").problem(problem)
    for field in ("deficiencies", "fulfilment_note", "comment"):
        assert parse(row + f'{field} = "Menyn följdes inte"\n').problems == [], field
    assert parse(row + 'actions = "Vite"\n').problems != []  # an action explains nothing


def test_a_bare_key_with_a_swedish_letter_gets_a_hint_to_quote_it_or_use_ascii():
    text = BASE + "\n[layout.levels.processområde]\nstyle = \"heading\"\n"
    (problem,) = parse(text).problems
    assert (problem.line, problem.column) == (line_of(text, "processområde"), 26)
    assert vocab("sv").problem(problem) == (
        "TOML-syntax: Expected ']' at the end of a table declaration; en nyckel med å, ä eller "
        'ö (processområde) måste stå inom citattecken ("processområde") eller skrivas som '
        "ASCII-nyckeln processomrade (rapportens id:n och nivånycklar har inga å, ä, ö)")
    assert problem.message.startswith("TOML syntax: Expected ']'")  # English for scripts
    inline = BASE.replace('[goals.a]', '[goals.a]\nextra = { färdiggrad = 20 }')
    (problem,) = parse(inline).problems
    assert "(färdiggrad)" in problem.message and "fardiggrad" in problem.message
    # a Swedish letter where a value belongs is another mistake: no hint
    (problem,) = parse(BASE.replace('title = "A"', "title = Å")).problems
    assert "å, ä" not in problem.message
    # quoted, the key is read (and a level key is then checked by name)
    quoted = text.replace("[layout.levels.processområde]", '[layout.levels."processområde"]')
    (problem,) = parse(quoted).problems
    assert problem.path == "layout.levels.processområde" and "fokusomrade" in problem.message


def test_the_encoded_shapes_still_pass():
    for name in ("process-oriented.toml", "numbered-goals.toml", "internal-control.toml"):
        assert [p for p in parse((DATA / name).read_text()).problems
                if p.path.startswith(("layout", "contractors"))] == [], name


def test_a_list_elements_line_is_its_own_when_the_list_spans_lines():
    from reportmodel.core.lineindex import LineIndex

    text = ('[layout]\nparts = ["title", "a,]b",  # a comment, with "quotes" ]\n'
            '   "section:x",\n\n   "x", ["y"], "goals"]\nmemo = ["decision"]\n[goals.a]\n')
    index = LineIndex(text)
    lines = [index.line(("layout", "parts", str(i))) for i in range(6)]
    assert lines == [2, 2, 3, 5, 5, 5]
    assert index.line(("layout", "parts", "9")) == 2  # past the end: the key's line
    assert index.line(("layout", "memo", "0")) == 6
    assert index.line(("goals", "a", "7")) == 7  # a table, not a list: its header
    assert index.line(("layout", "parts", "²")) == 2  # not a number: the nearest key
