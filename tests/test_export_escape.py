"""User text in the Markdown export reads back as exactly that text (markdown-it-py, GFM-like),
and a section's own Markdown cannot break the document around it."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from reportmodel.render.document import Cell, Column, Heading, Row, Table, plain
from reportmodel.render.markdown_writer import block_text


def heading(level, title):
    return block_text(Heading(level, plain(title)))


def table(headers, rows):
    return block_text(Table([Column(h, "text") for h in headers],
                            [Row([Cell(text=plain(c)) for c in r]) for r in rows]))
from reportmodel.render.markdown_escape import plain_text
from reportmodel.render.markdown_section_text import nest_section_text
from reportmodel.render.text_safety import clean_text

MD = MarkdownIt("gfm-like")

HOSTILE_LINES = [
    "a | b", "# x", "<script>alert(1)</script>", "[red]x[/red] and [bold]y[/]",
    "`code` and ``two``", "1. x", "2) y", "> quote", "+ plus", "* star", "===", "---", "***",
    "&amp; &#124; *s* _e_ ~~st~~ $x$", "[link](http://x) ![img](y) <http://a.se> [^1]",
    "ends in a backslash \\", "    four spaces", "#hashtag", "1234567890. big number",
    "<!-- open comment", "~~~", "```python",
]


def inline_text(token) -> str:
    """The text a reader sees in an inline token; any construct other than text, line breaks,
    linkified URLs and the export's own <br> and emphasis shows up as <<type>> and fails tests."""
    out = []
    for child in token.children or []:
        if child.type == "text":
            out.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            out.append("\n")
        elif child.type == "html_inline" and child.content == "<br>":
            out.append("\n")
        elif child.type in ("link_open", "link_close") and child.info == "auto":
            pass  # linkify of a bare URL: the text is unchanged
        else:
            out.append(f"<<{child.type}>>")
    return "".join(out)


def blocks(markdown: str) -> list[tuple[str, str]]:
    """(block kind, text) for each paragraph / list item / heading / cell, in order."""
    out = []
    kinds = []
    for token in MD.parse(markdown):
        if token.type.endswith("_open") and token.type != "inline":
            kinds.append(token.type[:-5])
        elif token.type.endswith("_close"):
            kinds.pop()
        elif token.type == "inline":
            out.append((kinds[-1] if kinds[-1] != "paragraph" or len(kinds) == 1
                        else kinds[-2] + ">" + kinds[-1], inline_text(token)))
        elif token.type in ("fence", "code_block", "html_block", "hr"):
            out.append((token.type, token.content))
    return out


def test_each_hostile_line_is_a_paragraph_of_its_own_text():
    for line in HOSTILE_LINES:
        assert blocks(plain_text(line)) == [("paragraph", line.strip())], line


def test_hostile_lines_together_stay_one_paragraph_with_their_breaks():
    text = "\n".join(HOSTILE_LINES)
    expected = "\n".join(line.strip() for line in HOSTILE_LINES)
    assert blocks(plain_text(text)) == [("paragraph", expected)]


def test_paragraphs_and_bullets_survive_and_numbered_lines_stay_text():
    text = "Först.\nSamma stycke.\n\n- ett | två\n- # tre\n\nEfter listan.\n1. inte en lista"
    assert blocks(plain_text(text)) == [
        ("paragraph", "Först.\nSamma stycke."),
        ("list_item>paragraph", "ett | två"),
        ("list_item>paragraph", "# tre"),
        ("paragraph", "Efter listan.\n1. inte en lista"),
    ]


def test_a_line_after_bullets_is_not_swallowed_by_the_last_item():
    assert blocks(plain_text("- a\n- b\nc")) == [
        ("list_item>paragraph", "a"), ("list_item>paragraph", "b"), ("paragraph", "c")]


def test_table_cells_keep_pipes_and_line_breaks():
    cells = ["a | b", "rad ett\nrad två", "[red]x[/red]", "`x`", "1. x", "<b>"]
    markdown = table(["h"] * len(cells), [cells])
    parsed = [text for kind, text in blocks(markdown) if kind == "td"]
    assert parsed == cells


def test_table_rows_shorter_or_longer_than_the_columns_keep_the_table_shape():
    shared = Cell(text=plain("a | b"))  # the builder shares cells between rows
    rows = [Row([Cell(text=plain("x"))]), Row([]),
            Row([Cell(text=plain("y")), shared, Cell(number="3"), Cell(number="4")]),
            Row([Cell(text=plain("z")), shared, Cell(text=plain("rad ett\nrad två"))])]
    markdown = block_text(Table([Column(h, "text") for h in "ABC"], rows))
    assert markdown.split("\n")[2:] == ["| x |   |   |", "|   |   |   |", "| y | a \\| b | 3 |",
                                        "| z | a \\| b | rad ett<br>rad två |"]
    parsed = [text for kind, text in blocks(markdown) if kind == "td"]
    assert parsed == ["x", "", "", "", "", "", "y", "a | b", "3", "z", "a | b", "rad ett\nrad två"]


def test_heading_keeps_hashes_and_is_one_line():
    parsed = blocks(heading(2, "C# och #1 #\nrad två"))
    assert parsed == [("heading", "C# och #1 # rad två")]


def test_control_characters_and_escape_sequences_are_removed():
    raw = "a\x1b[31mb\x1b]0;title\x07c\x9b2Jd\x00e\u202ef\r\ng\x1b]8;;http://x\x1b\\h"
    assert clean_text(raw) == "abcdef\ngh"


printable = st.text(
    alphabet=st.sampled_from(list("ab åäö|#>-+*_`[]()<>!&;$~=\\.:1234567890\n\t ")),
    max_size=60)


@settings(max_examples=300, deadline=None)
@given(printable)
def test_any_cell_text_reads_back(text):
    lines = [line.strip() for line in clean_text(text).strip().split("\n")]
    parsed = [t for kind, t in blocks(table(["h"], [[text]])) if kind == "td"]
    assert parsed == ["\n".join(lines)]


def expected_plain(text: str) -> list[tuple[str, str]]:
    """What plain_text promises: paragraphs and '- ' bullets, lines stripped."""
    out = []
    for para in re.split(r"\n[ \t]*\n", text):
        run, run_list = [], False
        for line in (ln.strip() for ln in para.split("\n")):
            if not line:
                continue
            bullet = re.match(r"-[ \t]+(?=\S)", line)
            if run and bool(bullet) != run_list:
                out += [("list_item>paragraph", r) for r in run] if run_list else \
                    [("paragraph", "\n".join(run))]
                run = []
            run_list = bool(bullet)
            run.append(line[bullet.end():].strip() if bullet else line)
        if run:
            out += [("list_item>paragraph", r) for r in run] if run_list else \
                [("paragraph", "\n".join(run))]
    return out


@settings(max_examples=300, deadline=None)
@given(printable)
def test_any_plain_text_reads_back_as_its_paragraphs_and_bullets(text):
    assert blocks(plain_text(text)) == expected_plain(text)


def headings(markdown: str) -> list[tuple[int, str]]:
    tokens = MD.parse(markdown)
    return [(int(t.tag[1]), tokens[i + 1].content) for i, t in enumerate(tokens)
            if t.type == "heading_open"]


SECTION = """Intro with <b>html</b>, `<kod>` and <!-- an open comment

Setext title
============

# Level one

### Level three #

- # in a list

```
a fence never closed
"""


def test_section_headings_nest_under_the_section_heading():
    nested = nest_section_text(SECTION, 2)
    assert headings(nested) == [(3, "Setext title"), (3, "Level one"), (5, "Level three"),
                                (3, "in a list")]


def test_section_text_cannot_swallow_what_follows():
    document = "## Section\n\n" + nest_section_text(SECTION, 2) + "\n\n## Next section\n"
    assert headings(document)[-1] == (2, "Next section")
    kinds = [kind for kind, _ in blocks(document)]
    assert "html_block" not in kinds
    fence = [text for kind, text in blocks(document) if kind == "fence"]
    assert fence == ["a fence never closed\n"]


def test_section_html_is_shown_as_text_but_code_spans_are_untouched():
    first = blocks(nest_section_text(SECTION, 2))[0]
    assert first[1].startswith("Intro with <b>html</b>, <<code_inline>>")
    assert "`<kod>`" in nest_section_text(SECTION, 2)


def test_section_tables_and_lists_pass_through_unchanged():
    text = "| a | b |\n|---|---:|\n| 1 | -1 234,5 |\n\n- en\n- två"
    assert nest_section_text(text, 2) == text


def test_heading_levels_are_capped_at_six():
    assert headings(nest_section_text("# a\n\n###### b", 5)) == [(6, "a"), (6, "b")]


COMMENT_CHARS = list("ab åäö|#>-+*_`[]()<>!&;$~=\\.:12\n\t\x85\u202e–")


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from(COMMENT_CHARS), max_size=40), st.booleans())
def test_a_checked_comment_is_written_as_the_general_way_writes_it(text, bold):
    """The builder marks plain one-line comments as checked and the writer then skips escaping
    them: whatever the builder lets through must come out as the unchecked paragraph does."""
    from dataclasses import replace

    from reportmodel.render.builder.text import labelled

    for block in labelled("Kommentar", text, bold=bold):
        if not getattr(block, "checked", False):
            continue
        assert block_text(block) == block_text(replace(block, checked=False))
        children = MD.parseInline(block_text(block))[0].children
        assert "".join(c.content for c in children) == "Kommentar: " + text.rstrip()
