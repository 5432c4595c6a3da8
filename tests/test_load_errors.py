"""Every kind of broken file gives its documented message, names where, and `check` exits 2
with no traceback and no file written."""

import pytest

from reportmodel.core.vocabulary import vocab
from reportmodel.io.storage import load_path, parse

from .conftest import DATA

GOOD = (DATA / "numbered-goals.toml").read_text()
HEADER = """format_version = 1
[report]
municipality = "K"
board = "B"
kind = "arsrapport"
title = "T"
year = 2022
"""


def messages(text: str) -> list[str]:
    return [p.format("r.toml") for p in parse(text).problems]


def only(text: str) -> str:
    found = messages(text)
    assert len(found) == 1, found
    return found[0]


def test_toml_syntax_error_reads_file_line_col():
    text = HEADER + "[goals.a]\ntitle = \"A\"\nlevel = fokusomrade\n"
    assert only(text).startswith("r.toml:10:9: TOML syntax: Invalid value")


def test_unterminated_string_and_duplicate_key_are_syntax_errors_with_lines():
    assert only(HEADER + 'officer = "x\n').startswith("r.toml:8:")
    dup = HEADER + "[goals.a]\ntitle = \"A\"\ntitle = \"B\"\nlevel = \"fokusomrade\"\n"
    assert only(dup).startswith("r.toml:10:")


def test_a_table_or_key_written_twice_names_where_it_was_first_written():
    # tomllib names only the second place; an officer encoding by hand needs the first too.
    twice = HEADER + '[processes.ekonomi]\ntitle = "E"\n\n[goals.a]\ntitle = "A"\n\n' \
        '[ processes . "ekonomi" ]\ntitle = "F"\n'
    (problem,) = parse(twice).problems
    assert problem.line == 14
    assert vocab("sv").problem(problem) == (
        "tabellen [processes.ekonomi] står två gånger (första gången på rad 8); en tabell "
        "skrivs en gång: för ihop raderna under den första, eller ge den andra ett annat id")
    key = HEADER + '[goals.a]\ntitle = "A"\nlevel = "x"\n"title" = "B"\n'
    (problem,) = parse(key).problems
    assert problem.line == 11
    assert vocab("sv").problem(problem) == (
        "title står två gånger i samma tabell (första gången på rad 9); ta bort den ena")
    # the same key in another table is no repeat: tomllib's own reason stays
    other = HEADER + 'x = 1\n[goals.a]\nx = 1\nx.y = 2\n'
    assert "TOML syntax" in only(other)


def test_the_issue_example_bad_date():
    text = HEADER + """
[goals.trygghet]
title = "Trygghet"
level = "namndsmal"

[goals.trygghet.activities.skapa-motesplatser]
title = "Skapa mötesplatser"
end = "2022-13-45"
"""
    assert only(text) == ('r.toml:15: goals.trygghet.activities.skapa-motesplatser.end: '
                          '"2022-13-45" is not a date (expected YYYY-MM-DD)')


def test_a_quoted_valid_date_says_to_drop_the_quotes():
    assert "write it without quotes: 2022-12-31" in only(HEADER + 'date = "2022-12-31"\n')


def test_all_schema_problems_are_collected_not_only_the_first():
    text = HEADER + """
[goals.a]
title = "A"
level = "namndsmal"
assesment = "helt"
responsible = 12

[goals.a.activities.b]
title = "B"
start = 2022-01-01T10:00:00
completion = 140
"""
    found = messages(text)
    assert any('goals.a.assesment: unknown key (did you mean "assessment"?)' in f for f in found)
    assert any("goals.a.responsible: 12 is not text" in f for f in found)
    assert any("goals.a.activities.b.start: 2022-01-01T10:00:00 has a time" in f for f in found)
    assert any("goals.a.activities.b.completion: 140 is out of range (expected a percentage"
               in f for f in found)
    assert len(found) == 4
    # each names its own line
    assert [f.split(":")[1] for f in found] == ["12", "13", "17", "18"]


def test_missing_required_keys_and_tables():
    assert "missing the [report] table" in only("format_version = 1\n")
    found = messages(HEADER + "[goals.a]\nlevel = \"namndsmal\"\n")
    assert found == ['r.toml:8: goals.a: missing required key "title"']


def test_wrong_types_anywhere():
    found = messages(HEADER.replace("year = 2022", 'year = "2022"') + "[goals]\na = 5\n")
    assert any('report.year: "2022" is not a whole number (expected a year' in f for f in found)
    assert any("goals.a: expected a table, found 5" in f for f in found)


def test_ids_are_unique_within_their_collection_not_across_collections():
    # A goal area and an internal-control area of one name (domain.md 3.1), and a leaf item
    # called what its goal is called: each collection is its own id space.
    text = HEADER + """
[sections.trygghet]
title = "Trygghet i siffror"

[goals.trygghet]
title = "Trygghet"
level = "namndsmal"

[goals.trygghet.activities.trygghet]
title = "Trygghet"

[processes.trygghet]
title = "Trygghet"

[risks.trygghet]
title = "Otrygghet"
process = "trygghet"

[contractors.trygghet]
title = "Trygghetstjänster"
"""
    assert messages(text) == []


def test_a_leaf_id_repeated_under_two_containers_names_both_places():
    text = HEADER + """
[goals.a]
title = "A"
level = "namndsmal"

[goals.a.activities.plan]
title = "Plan"

[risks.b]
title = "B"

[risks.b.activities.plan]
title = "Plan"
"""
    message = only(text)
    assert message.startswith("r.toml:19:")  # the second one
    assert 'duplicate id "plan": already used by goals.a.activities.plan (line 13)' in message
    assert "unique in the whole report" in message


def test_a_hand_written_array_repeating_an_id_names_its_collection():
    text = HEADER + """
[[processes]]
id = "ekonomi"
title = "Ekonomi"

[[processes]]
id = "ekonomi"
title = "Ekonomi igen"

[goals.ekonomi]
title = "Ekonomi"
level = "namndsmal"
"""
    message = only(text)
    assert 'duplicate id "ekonomi": already used by processes.0' in message
    assert "ids must be unique within processes" in message


def test_invalid_id():
    assert '"Budget" is not a valid id' in messages(
        HEADER + '[goals.Budget]\ntitle = "B"\nlevel = "namndsmal"\n')[0]


def test_dangling_reference_and_cycle():
    text = HEADER + """
[goals.a]
title = "A"
level = "namndsmal"
parent = "b"

[goals.b]
title = "B"
level = "namndsmal"
parent = "a"

[goals.c]
title = "C"
level = "namndsmal"
parent = "saknas"

[risks.r]
title = "R"
process = "ingen"
"""
    found = messages(text)
    assert any("goals.a.parent: the goal hierarchy has a cycle: a -> b -> a" in f for f in found)
    assert any('goals.c.parent: "saknas" is not the id of any goal' in f for f in found)
    assert any('risks.r.process: "ingen" is not the id of any process' in f for f in found)


def test_value_not_in_scale_and_level_not_in_scheme():
    text = HEADER + """
[goals.a]
title = "A"
level = "delmal"
[goals.b]
title = "B"
level = "namndsmal"
assessment = "uppfyllt"
"""
    found = messages(text)
    assert any('goals.a.level: "delmal" is not a goal level of this report' in f for f in found)
    assert any('goals.b.assessment: "uppfyllt" is not in the scale goal_assessment '
               '(expected one of: "helt", "delvis", "ej"' in f for f in found)


def test_risk_value_must_be_probability_times_consequence():
    text = HEADER + "[risks.r]\ntitle = \"R\"\nprobability = 3\nconsequence = 3\nvalue = 8\n"
    found = messages(text)
    assert any("risks.r.value: 8 is not probability x consequence (3 x 3 = 9)" in f for f in found)
    text = HEADER + "[risks.r]\ntitle = \"R\"\nprobability = 5\nconsequence = 1\n"
    assert any("5 is outside the risk matrix (expected 1-4)" in f for f in messages(text))


def test_warnings_are_warnings():
    text = HEADER + """
[goals.a]
title = "A"
level = "namndsmal"
assessment = "delvis"

[risks.r]
title = "R"
probability = 3
consequence = 3
value = 9
"""
    loaded = parse(text)
    assert loaded.errors == []
    assert [p.path for p in loaded.warnings] == ["goals.a.assessment", "risks.r"]
    assert "needs a comment" in loaded.warnings[0].message
    assert "has no control points" in loaded.warnings[1].message


def test_newer_format_version_is_refused_and_older_migrated():
    assert "written by a newer yearend" in only(GOOD.replace("format_version = 1",
                                                             "format_version = 2"))
    v0 = HEADER.replace("format_version = 1", "format_version = 0").replace("[report]", "[meta]")
    v0 += '[goals.a]\ntitle = "A"\nlevel = "namndsmal"\nglobal_goals = [16]\n'
    loaded = parse(v0)
    assert loaded.errors == []
    assert loaded.report.meta.title == "T"
    assert loaded.report.goals["a"].agenda2030 == [16]
    assert "missing (expected format_version = 1" in only(GOOD.replace("format_version = 1", ""))


@pytest.mark.parametrize("raw, expected", [
    (b"", "the file is empty"),
    (b"  \n\n", "the file is empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00", "this is a binary file"),
    ("format_version = 1\nofficer = \"Åsa\"\n".encode("latin-1"), "not UTF-8 text (byte 0xC5)"),
    (b"\xef\xbb\xbf" + GOOD.encode(), "byte-order mark"),
    (b"a = " + b"[" * 5000 + b"]" * 5000, "nested too deeply"),
])
def test_unreadable_files(tmp_path, raw, expected):
    path = tmp_path / "r.toml"
    path.write_bytes(raw)
    found = [p.format(str(path)) for p in load_path(path).problems]
    assert len(found) == 1 and expected in found[0], found


def test_not_utf8_names_the_line(tmp_path):
    path = tmp_path / "r.toml"
    path.write_bytes(b'format_version = 1\n[report]\nofficer = "\xc5sa"\n')
    assert load_path(path).problems[0].line == 3


def test_huge_file_is_refused_without_parsing(tmp_path):
    path = tmp_path / "r.toml"
    path.write_bytes(b"# " + b"x" * (33 * 1024 * 1024))
    assert "yearend reads reports up to 32 MB" in load_path(path).problems[0].message


def test_deep_hierarchy_and_long_comment_load(tmp_path):
    lines = [HEADER]
    for i in range(200):
        parent = f'parent = "g{i - 1}"\n' if i else ""
        lines.append(f'[goals.g{i}]\ntitle = "Mål {i}"\nlevel = "fokusomrade"\n{parent}')
    lines.append(f'[goals.g0.activities.lang]\ntitle = "L"\ncomment = "{"ö" * 100_000}"\n')
    loaded = parse("\n".join(lines))
    assert loaded.errors == []
    assert len(loaded.report.goals["g0"].activities["lang"].comment) == 100_000


BROKEN = {
    "syntax.toml": HEADER + "title = \n",
    "schema.toml": HEADER + "[goals.a]\ntitle = 1\nlevel = \"namndsmal\"\n",
    "newer.toml": GOOD.replace("format_version = 1", "format_version = 9"),
    "bom.toml": "\ufeff" + GOOD,
}


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_check_exits_2_without_traceback_and_writes_nothing(yearend_cli, tmp_path, name):
    path = tmp_path / name
    path.write_text(BROKEN[name], encoding="utf-8")
    before = sorted(p.name for p in tmp_path.iterdir())
    # fmt repairs a byte-order mark (tested below); everything else it refuses like check
    commands = [["check"], ["stats"]] + ([] if name == "bom.toml" else [["fmt"]])
    for command in commands:
        result = yearend_cli(*command, path)
        assert result.returncode == 2, (command, result.stdout, result.stderr)
        assert "Traceback" not in result.stdout + result.stderr
        assert str(path) in result.stdout + result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == before
    assert path.read_text(encoding="utf-8") == BROKEN[name]


def test_fmt_removes_a_byte_order_mark(yearend_cli, tmp_path):
    path = tmp_path / "bom.toml"
    path.write_bytes(b"\xef\xbb\xbf" + GOOD.encode())
    assert yearend_cli("fmt", path).returncode == 0
    assert path.read_bytes() == GOOD.encode()


def test_empty_required_text_is_an_error():
    assert 'goals.a.title: "title" is empty' in only(
        HEADER + '[goals.a]\ntitle = "  "\nlevel = "namndsmal"\n')


def test_an_unknown_process_lists_the_known_ids_in_the_officers_language():
    processes = "".join(f'[processes.p{n:02}]\ntitle = "P{n}"\n\n' for n in range(12))
    text = HEADER + processes + '[risks.r]\ntitle = "R"\nprocess = "demokratin"\n'
    problem = next(p for p in parse(text).problems if p.path == "risks.r.process")
    listed = '"p00", "p01", "p02", "p03", "p04", "p05", "p06", "p07", "p08", "p09", …'
    assert problem.message == f'"demokratin" is not the id of any process in this report ' \
                              f"(expected one of: {listed})"
    swedish = vocab("sv").say(problem.code, **dict(problem.values))
    assert swedish == f'"demokratin" är inte id för någon process i den här rapporten ' \
                      f"(väntade ett av: {listed})"
    few = parse(text.replace(processes, '[processes.ekonomi]\ntitle = "E"\n\n')).problems
    assert any(p.message.endswith('(expected one of: "ekonomi")') for p in few)
