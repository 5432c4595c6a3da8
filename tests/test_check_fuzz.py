"""Mutated report files never break `yearend check`: it exits 0, 1 or 2 and prints no traceback."""

import io
from contextlib import redirect_stderr, redirect_stdout

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from yearend.main import main

from .conftest import DATA, ROOT

SOURCES = [p.read_bytes() for p in sorted(DATA.glob("*.toml"))]
SOURCES.append((ROOT / "sample_data" / "kalmar-2022.toml").read_bytes()[:20_000])

REPLACEMENTS = [b"1", b"-1", b"0", b"true", b'"x"', b"[]", b"{}", b"2022-13-45", b'"2022-12-31"',
                b"1.5", b"nan", b"[[1]]", b'"\xc3"', b"\x00", b"\xef\xbb\xbf", b'"\\u0000"',
                b"99999999999999999999", b'"prel: x"', b'"i.u."', b"[goals.x]", b"[[goals]]"]


@st.composite
def mutated(draw):
    data = bytearray(draw(st.sampled_from(SOURCES)))
    for _ in range(draw(st.integers(1, 4))):
        lines = bytes(data).split(b"\n")
        op = draw(st.sampled_from(["delete", "duplicate", "swap", "truncate", "retype", "bytes"]))
        i = draw(st.integers(0, len(lines) - 1))
        j = draw(st.integers(0, len(lines) - 1))
        if op == "delete":
            del lines[i]
        elif op == "duplicate":
            lines.insert(j, lines[i])
        elif op == "swap":
            lines[i], lines[j] = lines[j], lines[i]
        elif op == "truncate":
            cut = draw(st.integers(0, len(data)))
            data = data[:cut]
            continue
        elif op == "retype" and b"=" in lines[i]:
            key = lines[i].split(b"=", 1)[0]
            lines[i] = key + b"= " + draw(st.sampled_from(REPLACEMENTS))
        else:
            pos = draw(st.integers(0, max(0, len(data) - 1)))
            data[pos:pos + 1] = draw(st.binary(min_size=0, max_size=3))
            continue
        data = bytearray(b"\n".join(lines))
    return bytes(data)


@settings(max_examples=300, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(mutated())
def test_check_never_raises_and_exits_0_1_or_2(tmp_path, raw):
    path = tmp_path / "mutated.toml"
    path.write_bytes(raw)
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main(["check", "--strict", str(path)])
    assert code in (0, 1, 2), (code, err.getvalue()[-2000:])
    assert "Traceback" not in out.getvalue() + err.getvalue()
