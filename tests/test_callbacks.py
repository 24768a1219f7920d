"""Array methods called with a function literal (codegen/callbacks.py): the loop
runs in the caller and calls the literal directly; a literal that captures
nothing is made once per program, one that captures is never made (a copy of
its function takes the captures as parameters); any other receiver takes the
ordinary method call. Output equal to node's is checked by the differential
programs c35, c36 and c76; here, that the build takes the path."""
from __future__ import annotations

import json
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from codegen.build import build
from conftest import profile_site

N = 200
PROGRAM = textwrap.dedent(f"""
    const xs = [1, 2, 3, 4];
    let sum = 0;
    function pass(k) {{
      xs.forEach((x) => {{ sum += x; }});
      sum += xs.reduce((a, x) => a + x * k, 0);
      return xs.map((x) => x + k).length;
    }}
    function dict(k) {{
      const d = {{ forEach: (f) => f(k) }};
      d.forEach((v) => {{ sum += v; }});
    }}
    for (let k = 0; k < {N}; k++) {{ pass(k); dict(k); }}
    console.log(sum);
""").lstrip()


def run_stats(path: Path) -> tuple[subprocess.CompletedProcess, dict]:
    r = subprocess.run([sys.executable, "-m", "shapescape", "run", str(path), "--stats=json"],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    return r, json.loads(r.stderr)


@pytest.fixture
def program(tmp_path: Path) -> Path:
    p = tmp_path / "cb.js"
    p.write_text(PROGRAM, encoding="utf-8")
    return p


def closure_count(prof: dict, snippet: str) -> tuple[int, int]:
    """How many closures the literal starting with `snippet` made, and how many
    of its loops ran without making one."""
    site = profile_site(prof, PROGRAM, snippet)
    assert site["representation"] == "closure"
    return site["count"], site["lifted"]


def test_capture_free_literals_are_made_once_and_capturing_ones_never(program: Path) -> None:
    r, prof = run_stats(program)
    node = subprocess.run(["node", str(program)], capture_output=True, text=True)
    assert r.stdout == node.stdout
    assert closure_count(prof, "(x) => { sum += x; }") == (1, 0)   # captures nothing (sum is a global)
    assert closure_count(prof, "(a, x) => a + x * k") == (0, N)     # captures k: passed as a parameter
    assert closure_count(prof, "(x) => x + k") == (0, N)
    # the dictionary's forEach is no array: its literal is made fresh each call
    assert closure_count(prof, "(v) => { sum += v; }") == (N, 0)
    assert closure_count(prof, "(f) => f(k)") == (N, 0)
    assert prof["totals"]["closuresNotMade"] == 2 * N
    text = subprocess.run([sys.executable, "-m", "shapescape", "run", str(program), "--stats"],
                          capture_output=True, text=True, timeout=120).stderr
    assert f"callback literals ran {2 * N} times without making their closure" in text


def test_the_loop_calls_the_literal_directly(program: Path) -> None:
    wat = build(str(program)).wat

    def function(name_re: str) -> str:
        return re.search(r"\(func " + name_re + r" .*?\n\(func ", wat, re.S).group(0)
    pass_fn = function(r"\$f\d+_pass\.d")   # pass's unboxed body
    loops = re.findall(r"\(call (\$loop_(\w+?)_[in]_(f\d+_anon(?:\.k)?)) ", pass_fn)
    assert sorted((k, lit.endswith(".k")) for _, k, lit in loops) == [("forEach", False), ("map", True),
                                                                     ("reduce", True)]
    for name, _, literal in loops:   # each loop calls its literal, with no table call
        body = function(re.escape(name))
        assert f"(call ${literal} " in body and "call_indirect" not in body and "$call_value" not in body
    # the lifted copies read their captures from parameters, never from a closure
    for _, _, literal in loops:
        if literal.endswith(".k"):
            copy = function(re.escape("$" + literal))
            assert "(param $k0 anyref)" in copy and "$self" not in copy and "$env" not in copy
    # the dispatcher stays for receivers that are not arrays
    assert "$call.forEach" in pass_fn and "$call.reduce" in pass_fn and "$call.map" in pass_fn
