"""A generator of hostile report files: what an attacker, a broken tool or a clumsy user can put
where yearend expects a report. `generate(directory)` writes them and returns the cases, each with
what every reading command must do with it:

- "bad": exit 2 naming the file (the file is not a valid report);
- "ok": exit 0 (a valid report, however odd its text);
- "any": exit 0, 1 or 2 (valid or not depending on rules this corpus does not pin down).

Whatever the expectation: no traceback, no internal error (70), no control character in the
output, and within the time and memory limits (tests/hostile/test_corpus.py).
"""

from __future__ import annotations

import gzip
import os
import random
import socket
import stat
from dataclasses import dataclass
from pathlib import Path

HEAD = """format_version = 1

[report]
municipality = {municipality}
board = {board}
kind = "arsrapport"
title = {title}
year = 2022
officer = {officer}
"""

# Every kind of escape a terminal obeys, and the characters that reorder or overwrite text.
ESCAPES = {
    "csi-clear": "\x1b[2J\x1b[H",
    "osc-title": "\x1b]0;PWNED\x07",
    "osc52-clipboard": "\x1b]52;c;cm0gLXJmIH4=\x07",
    "alt-screen": "\x1b[?1049h",
    "sgr-conceal": "\x1b[8mhidden\x1b[0m",
    "c1-csi": "\x9b2J",
    "c1-osc": "\x9d0;PWNED\x9c",
    "bidi-override": "\u202egnp.exe",
    "bidi-isolate": "\u2067txet\u2069",
    "cr-overwrite": "ok\rFAILED",
    "bel-bs-del": "a\x07b\x08c\x7f",
    "line-separator": "a\u2028b\u2029c",
}
UNSAFE_CODEPOINTS = {c for s in ESCAPES.values() for c in s
                     if ord(c) < 0x20 or 0x7f <= ord(c) <= 0x9f or ord(c) > 0x2000}


def q(text: str) -> str:
    """A TOML basic string holding text exactly (controls and bidi as \\u escapes)."""
    out = []
    for c in text:
        if c in '"\\':
            out.append("\\" + c)
        elif ord(c) < 0x20 or 0x7f <= ord(c) <= 0x9f or c in "\u202a\u202b\u202c\u202d\u202e" \
                "\u2066\u2067\u2068\u2069\u2028\u2029":
            out.append(f"\\u{ord(c):04X}")
        else:
            out.append(c)
    return '"' + "".join(out) + '"'


def head(text: str = "") -> str:
    return HEAD.format(municipality=q("Västerby kommun" + text), board=q("Nämnden" + text),
                       title=q("Årsrapport 2022" + text), officer=q("Kim" + text))


def full_report(text: str = "") -> str:
    """A valid report with `text` in every kind of string the format has."""
    t = q
    paragraphs = t("Första stycket." + text + "\n\nAndra stycket.")
    return head(text) + f"""
[scheme]
preset = "kalmar"
terms.assignment = [{t("Uppdrag" + text)}, "Assignment"]

[scheme.scales.activity_status]
unset_label = {t("Ej angiven" + text)}

[scheme.scales.activity_status.values.pagaende]
label = {t("Pågående" + text)}
symbol = {t("▶" + text)}

[scheme.scales.activity_status.values.klar]
label = {t("Klar" + text)}

[sections.inledning]
title = {t("Inledning" + text)}
text = {paragraphs}

[goals.trygghet]
title = {t("Trygghet" + text)}
level = "fokusomrade"

[goals.trygg-skola]
title = {t("Trygg skola" + text)}
level = "namndsmal"
parent = "trygghet"
assessment = "delvis"
comment = {t("Kommentar" + text)}

[goals.trygg-skola.activities.rastvakter]
title = {t("Rastvakter" + text)}
status = "pagaende"
comment = {t("Pågår" + text)}

[goals.trygg-skola.indicators.andel-trygga]
title = {t("Andel trygga" + text)}
unit = {t("%" + text)}

[goals.trygg-skola.indicators.andel-trygga.years.2022]
target = 90
outcome = {t("prel: 73")}

[processes.ekonomi]
title = {t("Ekonomi" + text)}

[risks.felaktiga-utbetalningar]
title = {t("Felaktiga utbetalningar" + text)}
process = "ekonomi"
probability = 3
consequence = 4
value = 12

[risks.felaktiga-utbetalningar.controls.stickprov]
title = {t("Stickprov" + text)}
status = "genomford"
assessment = "med-anmarkning"
result = {t("Resultat" + text)}

[contractors.hemtjanst]
title = {t("Hemtjänst" + text)}

[contractors.hemtjanst.rows.bemanning]
title = {t("Bemanning" + text)}
fulfilment = "ja"
"""


GOAL = '\n[goals.{id}]\ntitle = "Mål"\nlevel = "arsmal"\n'
INDICATOR = ('\n[goals.g]\ntitle = "Mål"\nlevel = "arsmal"\n\n[goals.g.indicators.i]\n'
             'title = "I"\n\n[goals.g.indicators.i.years.{year}]\noutcome = {outcome}\n')


@dataclass(frozen=True)
class Case:
    name: str
    path: Path
    expect: str  # "bad", "ok" or "any"


def _chain(n: int, collection: str, cycle: bool) -> str:
    level = '\nlevel = "arsmal"' if collection == "goals" else ""
    parts = []
    for i in range(n):
        parent = f'\nparent = "x{i - 1}"' if i else (f'\nparent = "x{n - 1}"' if cycle else "")
        parts.append(f'\n[{collection}.x{i}]\ntitle = "X {i}"{level}{parent}\n')
    return "".join(parts)


def text_cases() -> dict[str, tuple[bytes, str]]:
    """name -> (bytes, expectation)."""
    rnd = random.Random(12)
    good = full_report()
    cases: dict[str, tuple[bytes, str]] = {}

    def add(name: str, data: str | bytes, expect: str) -> None:
        cases[name] = (data.encode("utf-8") if isinstance(data, str) else data, expect)

    add("valid-base", good, "ok")
    # -- escapes and bidi in every kind of string (valid), in keys and quoted values (invalid)
    for name, esc in ESCAPES.items():
        add(f"escape-{name}-in-every-string", full_report(esc), "ok")
        add(f"escape-{name}-in-key-and-value", head() + f'\n[goals.{q("mal" + esc)}]\ntitle = '
            f'"Mål"\nlevel = {q("arsmal" + esc)}\n\n[sections.s]\ntitle = "S"\nparent = '
            f'{q("nope" + esc)}\n', "bad")
    add("escape-raw-bytes-in-string", head().encode() + b'\n[sections.s]\ntitle = "a\x1b]0;x\x07b"\n',
        "bad")
    add("escape-in-comment", "# \x1b]0;PWNED\x07 \u202e\n" + good, "bad")  # raw control: TOML error
    add("escape-in-unknown-key", head() + f'\n{q("x" + ESCAPES["osc52-clipboard"])} = 1\n', "bad")
    add("escape-in-scale-value", head() + '\n[goals.g]\ntitle = "G"\nlevel = "arsmal"\n'
        f'assessment = {q(ESCAPES["csi-clear"])}\n', "bad")
    for label, colour in (("conceal", "conceal"), ("link", "link https://example.org"),
                          ("blink", "blink red")):
        add(f"scale-colour-{label}", good.replace('label = "Pågående"\n',
                                                  f'label = "Pågående"\ncolour = "{colour}"\n'),
            "ok")  # a warning; shown without colour
    add("escape-in-format-version", f"format_version = {q(ESCAPES['osc-title'])}\n", "bad")
    # -- encodings
    add("latin1", good.encode("latin-1", "replace"), "bad")
    add("utf16-le-bom", good.encode("utf-16"), "bad")
    add("utf16-be", good.encode("utf-16-be"), "bad")
    add("utf32", good.encode("utf-32"), "bad")
    add("utf8-bom", "\ufeff" + good, "bad")
    add("utf8-overlong", good.encode() + b'\n# \xc0\xaf\n', "bad")
    add("utf8-surrogate", good.encode() + b'\n# \xed\xa0\x80\n', "bad")
    add("utf8-truncated", good.encode()[:-1] + b"\xe2\x82", "bad")
    # -- binary
    add("binary-random", bytes(rnd.randrange(256) for _ in range(50_000)), "bad")
    add("binary-png-header", b"\x89PNG\r\n\x1a\n" + bytes(rnd.randrange(256) for _ in range(2000)),
        "bad")
    add("binary-gzip", gzip.compress(good.encode()), "bad")
    add("nul-in-middle", good.encode()[:300] + b"\x00" + good.encode()[300:], "bad")
    add("nul-only", b"\x00" * 4096, "bad")
    add("nul-escaped-in-string", head() + '\n[sections.s]\ntitle = "a\\u0000b"\n', "ok")
    add("empty", b"", "bad")
    add("whitespace-only", b" \n\t\n\r\n", "bad")
    add("comments-only", b"# a report\n# nothing else\n", "bad")
    # -- line ends
    add("crlf", good.replace("\n", "\r\n"), "ok")
    add("cr-only", good.replace("\n", "\r"), "bad")
    add("mixed-line-ends", good.replace("\n", "\r\n", 20), "ok")
    add("cr-escaped-in-text", head() + '\n[sections.s]\ntitle = "S"\ntext = "a\\rb\\r\\nc"\n', "any")
    # -- nesting and keys
    add("nested-arrays-100", head() + "x = " + "[" * 100 + "]" * 100 + "\n", "bad")
    add("nested-arrays-100000", head() + "x = " + "[" * 100_000 + "]" * 100_000 + "\n", "bad")
    add("nested-inline-100", head() + "x = " + "{a = " * 100 + "1" + "}" * 100 + "\n", "bad")
    add("nested-arrays-unclosed", head() + "x = " + "[" * 200_000, "bad")
    add("dotted-key-100000", head() + "a." * 100_000 + "b = 1\n", "bad")
    add("dotted-header-100", head() + "[" + ".".join(["a"] * 100) + "]\n", "bad")
    add("dotted-keys-many-at-limit", head() + "".join(
        f"k{i}." + ".".join(["a"] * 7) + " = 1\n" for i in range(38_000)), "bad")  # just under 1 MB
    add("dotted-keys-over-limit", head() + "k." + ".".join(["a"] * 8) + " = 1\n", "bad")
    add("quoted-dotted-key", head() + ".".join(['"a"'] * 5000) + " = 1\n", "bad")
    add("many-tables", head() + "".join(f"[sections.s{i}]\ntitle = \"S\"\n"
                                        for i in range(20_000)), "bad")  # prescan: too many tables
    add("duplicate-table", good + "\n[goals.trygghet]\ntitle = \"igen\"\n", "bad")
    # -- long lines
    add("long-line-comment-900k", head() + '\n[sections.s]\ntitle = "S"\ntext = "'
        + "lång text " * 90_000 + '"\n', "ok")
    add("long-key-900k", head() + "\n[sections." + "a" * 900_000 + ']\ntitle = "S"\n', "any")
    add("long-unterminated-string", head() + '\n[sections.s]\ntitle = "' + "x" * 900_000, "bad")
    add("long-unterminated-multiline", head() + '\n[sections.s]\ntitle = """'
        + "x\n" * 400_000, "bad")
    add("many-quotes", head() + "x = " + '"""' * 100_000 + "\n", "bad")
    # -- numbers
    add("int-5000-digits", head() + INDICATOR.format(year=2022, outcome="9" * 5000), "bad")
    add("int-4300-digits-in-text", head() + INDICATOR.format(year=2022, outcome=q("9" * 5000)),
        "bad")
    add("int-huge-completion", head() + GOAL.format(id="g")
        + '\n[goals.g.activities.a]\ntitle = "A"\ncompletion = ' + "9" * 100 + "\n", "bad")
    add("outcome-inf-text", head() + INDICATOR.format(year=2022, outcome='"1e999"'), "bad")
    add("outcome-inf", head() + INDICATOR.format(year=2022, outcome="inf"), "bad")
    add("outcome-nan", head() + INDICATOR.format(year=2022, outcome="nan"), "bad")
    add("outcome-minus-inf-literal", head() + INDICATOR.format(year=2022, outcome="-1e999"), "bad")
    add("outcome-arabic-digits", head() + INDICATOR.format(year=2022, outcome='"٧٣"'), "bad")
    add("outcome-tiny-float", head() + INDICATOR.format(year=2022, outcome="5e-324"), "ok")
    add("outcome-big-float", head() + INDICATOR.format(year=2022, outcome="1.7976931348623157e308"),
        "ok")
    add("outcome-bool", head() + INDICATOR.format(year=2022, outcome="true"), "bad")
    add("outcome-table", head() + INDICATOR.format(year=2022, outcome="{a = 1}"), "bad")
    # -- dates and years
    add("date-month-13", head() + GOAL.format(id="g")
        + '\n[goals.g.activities.a]\ntitle = "A"\nend = 2022-13-45\n', "bad")
    add("date-feb-30", head() + GOAL.format(id="g")
        + '\n[goals.g.activities.a]\ntitle = "A"\nend = 2022-02-30\n', "bad")
    add("date-year-0", head() + GOAL.format(id="g")
        + '\n[goals.g.activities.a]\ntitle = "A"\nend = 0000-01-01\n', "bad")
    add("date-with-time", head() + GOAL.format(id="g")
        + '\n[goals.g.activities.a]\ntitle = "A"\nend = 2022-01-01T10:00:00+25:00\n', "bad")
    add("date-as-text", head() + GOAL.format(id="g")
        + '\n[goals.g.activities.a]\ntitle = "A"\nend = "2022-01-01"\n', "bad")
    add("date-far-future", head() + GOAL.format(id="g")
        + '\n[goals.g.activities.a]\ntitle = "A"\nend = 9999-12-31\n', "ok")
    for label, year in (("superscript", '"²⁰²²"'), ("arabic", '"٢٠٢٢"'), ("5-digits", '"02022"'),
                        ("2201", '"2201"'), ("negative", '"-2022"'), ("spaced", '"20 22"'),
                        ("fullwidth", '"２０２２"')):
        add(f"indicator-year-key-{label}", head() + INDICATOR.format(year=year, outcome="1"),
            "bad")
    for label, year in (("1899", "1899"), ("2201", "2201"), ("text", '"2022"'),
                        ("float", "2022.0"), ("huge", "9" * 30)):
        add(f"report-year-{label}", head().replace("year = 2022", f"year = {year}"), "bad")
    # -- wrong types
    for label, text in (("title-int", '\n[goals.g]\ntitle = 1\nlevel = "arsmal"\n'),
                        ("goals-int", "\ngoals = 1\n"), ("goals-array", "\ngoals = [1, 2]\n"),
                        ("level-array", '\n[goals.g]\ntitle = "G"\nlevel = []\n'),
                        ("parent-int", '\n[goals.g]\ntitle = "G"\nlevel = "arsmal"\nparent = 5\n'),
                        ("activities-text", '\n[goals.g]\ntitle = "G"\nlevel = "arsmal"\n'
                         'activities = "x"\n'),
                        ("agenda-99", '\n[goals.g]\ntitle = "G"\nlevel = "arsmal"\n'
                         'agenda2030 = [99]\n'),
                        ("scheme-text", '\nscheme = "kalmar"\n'),
                        ("report-text", None)):
        data = head() + text if text else 'format_version = 1\nreport = "x"\n'
        add(f"type-{label}", data, "bad")
    add("format-version-9", good.replace("format_version = 1", "format_version = 9"), "bad")
    add("format-version-missing", good.replace("format_version = 1", ""), "bad")
    add("format-version-text", good.replace("format_version = 1", 'format_version = "1"'), "bad")
    # -- bad ids
    for label, key in (("trailing-newline", '"mal\\n"'), ("upper", "MAL"), ("swedish", '"mål"'),
                       ("double-dash", "a--b"), ("leading-dash", "-a"), ("empty", '""'),
                       ("space", '" "'), ("nul", '"a\\u0000"')):
        add(f"id-{label}", head() + GOAL.format(id=key), "bad")
    # ids are unique within their collection: a goal and a section may share one (docs/format.md)
    add("id-shared-across", head() + GOAL.format(id="a") + '\n[sections.a]\ntitle = "S"\n', "ok")
    leaf = '\n[goals.{}.activities.x]\ntitle = "X"\n'  # a leaf's id is unique in the report
    add("id-duplicate-leaf", head() + GOAL.format(id="a") + leaf.format("a")
        + GOAL.format(id="b") + leaf.format("b"), "bad")
    add("id-duplicate-array", head() + '\n[[processes]]\nid = "p"\ntitle = "P"\n'
        '\n[[processes]]\nid = "p"\ntitle = "Q"\n', "bad")
    # -- chains and cycles
    add("chain-3500-sections", head() + _chain(3500, "sections", False), "bad")
    add("chain-200-goals", head() + _chain(200, "goals", False), "ok")
    add("cycle-1000-goals", head() + _chain(1000, "goals", True), "bad")
    add("cycle-self", head() + '\n[sections.a]\ntitle = "A"\nparent = "a"\n', "bad")
    add("parent-dangling", head() + '\n[sections.a]\ntitle = "A"\nparent = "nope"\n', "bad")
    return cases


def special_files(directory: Path) -> list[Case]:
    """FIFOs, devices, sockets, directories and links where a report is expected."""
    cases = []

    def case(name: str, expect: str = "bad") -> Path:
        path = directory / name
        cases.append(Case(name, path, expect))
        return path

    os.mkfifo(case("fifo.toml"))
    os.symlink("/dev/zero", case("dev-zero-link.toml"))
    os.symlink("/dev/null", case("dev-null-link.toml"))
    os.symlink("/dev/urandom", case("dev-urandom-link.toml"))
    case("directory.toml").mkdir()
    os.symlink(directory / "no-such-file.toml", case("dangling-link.toml"))
    loop = case("link-loop.toml")
    os.symlink(loop, loop)
    sock_path = case("socket.toml")
    sock = socket.socket(socket.AF_UNIX)
    try:
        sock.bind(str(sock_path))
    finally:
        sock.close()
    big = case("sparse-40mb.toml")
    with open(big, "wb") as fh:
        fh.truncate(40 * 1024 * 1024)
    unreadable = case("unreadable.toml", "any")  # root reads it anyway: valid then
    unreadable.write_text(full_report(), encoding="utf-8")
    unreadable.chmod(0)
    # A file name is text from outside too.
    named = case("name-\x1b]0;PWNED\x07-\u202e.toml", "ok")
    named.write_text(full_report(), encoding="utf-8")
    return cases


def generate(directory: Path) -> list[Case]:
    directory.mkdir(parents=True, exist_ok=True)
    cases = []
    for name, (data, expect) in text_cases().items():
        path = directory / f"{name}.toml"
        path.write_bytes(data)
        cases.append(Case(name, path, expect))
    cases += special_files(directory)
    return cases


def is_special(path: Path) -> bool:
    try:
        return not stat.S_ISREG(os.stat(path).st_mode)
    except OSError:
        return True
