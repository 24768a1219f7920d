"""`Number.prototype.toString(radix)` of fractions (codegen/jsnum.py, to_radix):
V8's digits, checked against node on numbers of every magnitude in every radix."""
from __future__ import annotations

import json
import random
import shutil
import struct
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import same_as_node

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from codegen.jsnum import to_radix  # noqa: E402

NODE = shutil.which("node")


def sample(n: int, seed: int) -> list:
    rng = random.Random(seed)
    out = [0.5, 0.1, 1 / 3, 2 / 3, 0.999999, 123.456, 1e-7, 5e-324, 2.0 ** -1074 * 3, 1.5, 255.5, 0.25,
           2.0 ** 52 + 0.5, 2.0 ** 53 - 0.5, 1e21 + 0.0, 4503599627370495.5]
    while len(out) < n:
        kind = rng.randrange(3)
        if kind == 0:   # any double: random bits
            x = struct.unpack("<d", rng.getrandbits(64).to_bytes(8, "little"))[0]
            if x != x or x in (float("inf"), float("-inf")):
                continue
        elif kind == 1:   # short decimals
            x = rng.randrange(-10 ** 6, 10 ** 6) / 10 ** rng.randrange(1, 7)
        else:   # near integers and powers of the radixes
            x = rng.choice([2, 3, 10, 16, 36]) ** rng.uniform(-30, 30)
        out.append(x)
    return out


@pytest.mark.skipif(NODE is None, reason="node is the oracle")
def test_fractions_in_every_radix_print_as_node_prints_them(tmp_path: Path) -> None:
    xs = sample(1500, 20261124)
    radixes = [r for r in range(2, 37) if r != 10]   # (radix 10 is the shortest decimal: jsnum.to_string)
    cases = [(x, radixes[i % len(radixes)]) for i, x in enumerate(xs)]
    (tmp_path / "cases.json").write_text(json.dumps([[repr(x), r] for x, r in cases]))
    script = ("const cases = JSON.parse(require('fs').readFileSync(process.argv[1], 'utf8'));\n"
              "console.log(JSON.stringify(cases.map(([x, r]) => Number(x).toString(r))));\n")
    r = subprocess.run([NODE, "-e", script, str(tmp_path / "cases.json")], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    want = json.loads(r.stdout)
    got = [to_radix(x, radix) for x, radix in cases]
    wrong = [(x, radix, g, w) for (x, radix), g, w in zip(cases, got, want) if g != w]
    assert not wrong, wrong[:5]


def test_a_compiled_program_prints_fractions_in_a_radix(tmp_path: Path) -> None:
    (tmp_path / "p.js").write_text("const xs = [0.5, 0.1, -255.5, 1 / 3, 123.456];\n"
                                   "console.log(xs.map((x) => x.toString(2)), xs.map((x) => x.toString(36)));\n",
                                   encoding="utf-8")
    out = same_as_node(tmp_path / "p.js")
    assert "'0.1'" in out and "'-ff.8'" not in out and "'-73.i'" in out   # (-255.5 in 36 is -73.i)


@pytest.mark.skipif(NODE is None, reason="node is the oracle")
def test_parse_int_in_every_radix_gives_v8s_number(tmp_path: Path) -> None:
    """parseInt beyond 2**53 in a radix other than 10 or a power of two is V8's
    approximation (codegen/jsnum.py, _chunked): it differed in the last digits."""
    from codegen.jsnum import parse_int
    rng = random.Random(20261125)
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    cases = []
    for i in range(3000):
        radix = 2 + i % 35
        s = "".join(rng.choice(digits[:radix]) for _ in range(rng.randrange(1, 40)))
        cases.append((("0" * rng.randrange(3)) + s if i % 4 == 0 else s, radix))
    cases += [("j37fpx7sqzo", 36), ("-0", 7), ("12xyz", 3), ("", 5), ("1" * 700, 7)]
    (tmp_path / "cases.json").write_text(json.dumps(cases))
    script = ("const cases = JSON.parse(require('fs').readFileSync(process.argv[1], 'utf8'));\n"
              "console.log(JSON.stringify(cases.map(([s, r]) => { const v = parseInt(s, r); "
              "return Object.is(v, -0) ? '-0' : String(v); })));\n")
    r = subprocess.run([NODE, "-e", script, str(tmp_path / "cases.json")], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    want = json.loads(r.stdout)
    from codegen.jsnum import to_string
    got = [("-0" if v == 0 and str(v).startswith("-") else to_string(v)) for v in (parse_int(s, radix) for s, radix in cases)]
    wrong = [(c, g, w) for c, g, w in zip(cases, got, want) if g != w]
    assert not wrong, wrong[:5]
