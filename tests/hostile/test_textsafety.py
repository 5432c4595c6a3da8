"""One function makes text from a file safe to print (core/textsafety.visible), one removes it
from a document (clean_text); both are fed every kind of escape, and every command's output
goes through the guard (yearend/guard.py)."""

from __future__ import annotations

import io

import pytest

from reportmodel.core.problems import Problem, Severity
from reportmodel.core.textsafety import (clean_text, guard_output, has_unsafe, one_line,
                                         pictured, visible)
from reportmodel.render import text_safety
from yearend.guard import GuardedStream

from .corpus import ESCAPES
from .test_corpus import UNSAFE

EVERY = {**ESCAPES, "nul": "a\x00b", "c1-all": "".join(map(chr, range(0x80, 0xA0))),
         "c0-all": "".join(map(chr, range(0x20))), "lrm-rlm": "a\u200eb\u200fc",
         "arabic-letter-mark": "a\u061cb", "dcs": "\x1bP1;2|x\x1b\\", "apc": "\x1b_x\x1b\\"}


@pytest.mark.parametrize("name", sorted(EVERY))
def test_visible_leaves_no_control_character_and_shows_where_it_was(name):
    text = f"före {EVERY[name]} efter"
    shown = visible(text)
    assert UNSAFE.search(shown) is None and not has_unsafe(shown)
    assert shown.startswith("före ") and shown.endswith(" efter")
    assert "\\" in shown  # something is shown in its place, not silently dropped


@pytest.mark.parametrize("name", sorted(EVERY))
def test_clean_text_removes_whole_sequences(name):
    cleaned = clean_text(f"före {EVERY[name]} efter")
    assert UNSAFE.search(cleaned.replace("\n", "").replace("\t", "")) is None
    assert "PWNED" not in cleaned and "cm0gLXJmIH4=" not in cleaned  # no payload left behind
    assert "\n" not in one_line(f"a{EVERY[name]}b")


@pytest.mark.parametrize("name", sorted(EVERY))
def test_the_editor_shows_each_unsafe_character_as_one_picture(name):
    text = f"före {EVERY[name]} efter"
    shown = pictured(text)
    lines_apart = shown.replace("\t", " ").replace("\n", " ")  # the two that stay
    assert UNSAFE.search(lines_apart) is None and not has_unsafe(lines_apart)
    assert len(shown) == len(text)  # one character for one: the editor's columns stay


def test_pictured_and_visible_agree_on_what_is_unsafe():
    for code in range(0x3000):
        char = chr(code)
        assert (pictured(char) != char) == (has_unsafe(char) and char not in "\t\n"), hex(code)
    assert pictured("a\x1b]0;x\x07\tb\n\x7f") == "a\u241b]0;x\u2407\tb\n\u2421"


def test_visible_names_the_characters():
    assert visible("a\x1b]0;t\x07b") == "a\\x1b]0;t\\x07b"
    assert visible("\u202egnp.exe") == "\\u202egnp.exe"
    assert visible("rad\nny\trad\r") == "rad\\nny\\trad\\r"
    assert visible("Åsa – 73,5 % 🟢") == "Åsa – 73,5 % 🟢"  # ordinary text is untouched


def test_the_render_module_uses_the_same_functions():
    assert text_safety.clean_text is clean_text and text_safety.one_line is one_line


def test_a_problem_shows_file_name_path_and_message_visibly():
    problem = Problem(Severity.ERROR, "goals.x\x1b[2J", 'värdet "\x1b]52;c;eA==\x07"', 3)
    text = problem.format("r\u202e.toml")
    assert UNSAFE.search(text) is None
    assert text == 'r\\u202e.toml:3: goals.x\\x1b[2J: värdet "\\x1b]52;c;eA==\\x07"'


def test_guarded_output_keeps_colours_only_on_a_terminal():
    coloured = "\x1b[1mfet\x1b[0m \x1b]0;titel\x07 \x1b[2J"
    assert guard_output(coloured, colours=True) == "\x1b[1mfet\x1b[0m \\x1b]0;titel\\x07 \\x1b[2J"
    assert UNSAFE.search(guard_output(coloured, colours=False)) is None
    assert guard_output("rad ett\n\trad två\n", colours=False) == "rad ett\n\trad två\n"
    # Attributes the views use pass; conceal and blink (a file's "colour") never do.
    for sgr in ("\x1b[1;7m", "\x1b[38;5;8m", "\x1b[48;2;8;5;6m", "\x1b[9m", "\x1b[0m"):
        assert guard_output(sgr, colours=True) == sgr
    for sgr in ("\x1b[8m", "\x1b[5m", "\x1b[1;6m", "\x1b[38;5;1;8m"):
        assert guard_output(sgr, colours=True) == "\\x1b" + sgr[1:]


def test_the_guarded_stream_and_its_buffer():
    raw = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", write_through=True)
    stream = GuardedStream(raw)
    print("fil\x1b]0;x\x07.toml: fel", file=stream)
    stream.buffer.write("md \x9b2J\n".encode())
    stream.flush()
    out = raw.buffer.getvalue().decode()
    assert out == "fil\\x1b]0;x\\x07.toml: fel\nmd \\u009b2J\n"


def test_every_command_but_the_editor_is_guarded(tmp_path, capsys):
    """A file name with an OSC 52 payload, given to a command that prints it (check)."""
    from yearend.main import main

    name = tmp_path / "x\x1b]52;c;cm0gLXJmIH4=\x07.toml"
    code = main(["check", str(name)])
    out, err = capsys.readouterr()
    assert code == 2 and UNSAFE.search(out + err) is None
    assert "\\x1b]52;c;cm0gLXJmIH4=\\x07.toml" in out
    with pytest.raises(SystemExit) as exit_:  # argparse quotes the argument in its error
        main(["stats", "--format", "t\x1bx", str(name)])
    out, err = capsys.readouterr()
    assert exit_.value.code == 2 and UNSAFE.search(out + err) is None and "t\\x1bx" in err


def test_json_output_stays_valid_json_with_the_same_text(tmp_path, capsys):
    """json.dump escapes C0 itself; C1, DEL and bidi pass it and are shown by the guard as
    \\u escapes, which JSON reads back as the same characters."""
    import json

    from yearend.main import main

    from .corpus import full_report

    hostile = "\x9b2J\x7f\u202e\x1b]0;x\x07"
    path = tmp_path / "r.toml"
    path.write_text(full_report(hostile), encoding="utf-8")
    assert main(["stats", "--format", "json", str(path)]) == 0
    out, _ = capsys.readouterr()
    assert UNSAFE.search(out) is None
    json.loads(out)
    plain = tmp_path / "plain.toml"
    plain.write_text(full_report(), encoding="utf-8")
    assert main(["diff", "--format", "json", str(plain), str(path)]) == 0
    out, _ = capsys.readouterr()
    assert UNSAFE.search(out) is None
    assert any(hostile in text for text in strings(json.loads(out)))  # the same characters


def strings(data):
    if isinstance(data, str):
        yield data
    elif isinstance(data, dict):
        for value in data.values():
            yield from strings(value)
    elif isinstance(data, list):
        for value in data:
            yield from strings(value)
