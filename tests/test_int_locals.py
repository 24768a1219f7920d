"""Int32 locals (codegen/int_ranges.py): a number variable every write of which
is statically an int32 lives in an i32 wasm local. What the programs compute is
checked against node by the differential suite (tests/programs/c122_int32_locals.js,
which holds the boundary cases); these tests pin which variables the build keeps
in i32 and which it must not, and what the i32 buys at an index and a loop test."""
from __future__ import annotations

import re
import textwrap
from pathlib import Path

import pytest

from codegen.build import build

ROOT = Path(__file__).resolve().parent.parent
PROGRAM = ROOT / "tests" / "programs" / "c122_int32_locals.js"


@pytest.fixture(scope="module")
def wat() -> str:
    r = build(str(PROGRAM))
    assert r.ok, r.diagnostics
    return r.wat


def body_of(wat: str, name: str) -> str:
    """The text of the function whose wasm name is $f<N>_<name> (the unboxed entry
    `.d` when there is one)."""
    found = re.search(rf"\n\(func (\$f\d+_{name}(\.d)?) ", wat)
    assert found is not None, f"no function {name}"
    d = re.search(rf"\n\(func (\$f\d+_{name}\.d) ", wat)
    start = (d or found).start() + 1
    return wat[start:wat.index("\n(func ", start)]


def local_types(body: str, name: str) -> list[str]:
    """The wasm types of the locals of JavaScript variables called `name`, in order."""
    return re.findall(rf"\(local \$v_{name}_\d+ (\w+)\)", body)


def test_loop_counters_and_lengths_are_i32(wat):
    assert local_types(body_of(wat, "sumAll"), "i") == ["i32"]
    pairs = body_of(wat, "pairsSummingTo")
    for name in ("n", "i", "j"):   # `const n = a.length`; `j = i + 1` fits while i < n
        assert local_types(pairs, name) == ["i32"], name
    assert local_types(body_of(wat, "reversed"), "i") == ["i32"]   # from a.length - 1 down to 0
    assert local_types(body_of(wat, "bits"), "h") == ["i32"]       # `(...) | 0`
    assert local_types(body_of(wat, "Bag_total"), "i") == ["i32"]  # this.items: the plan proves an array


def test_numbers_that_may_leave_int32_stay_f64(wat):
    edges = body_of(wat, "edges")
    assert local_types(edges, "big") == ["f64"]     # 2147483647, then ++
    assert local_types(edges, "small") == ["f64"]   # -2147483648, then --
    assert local_types(edges, "k") == ["f64"]       # bounded by 2147483647 + 3
    assert local_types(edges, "wide") == ["f64"]    # i += 40 below 2147483647
    # `i <= 2147483647`: i++ reaches 2147483648; `i < 10; i += 4` stays small
    assert local_types(edges, "i") == ["f64", "i32", "f64"]
    signs = body_of(wat, "signs")
    for name in ("z", "m", "r"):   # -0 is not an int32
        assert local_types(signs, name) == ["f64"], name
    assert local_types(signs, "d") == ["i32"]       # 5 - 5 is +0
    fractions = body_of(wat, "fractions")
    for name in ("x", "h", "idx", "i"):   # `i < n` with n any number: i++ may pass 2^31
        assert local_types(fractions, name) == ["f64"], name
    assert local_types(body_of(wat, "bodyWritesCounter"), "i") == ["f64"]
    assert local_types(body_of(wat, "mixed"), "w") == ["f64"]        # f64|undefined storage
    assert local_types(body_of(wat, "lengths"), "i") == ["f64"]      # x.length of a string or an object


def test_an_i32_index_and_loop_test_need_no_conversion(wat):
    body = body_of(wat, "sumAll")
    i = re.search(r"\(local (\$v_i_\d+) i32\)", body).group(1)
    assert f"(i32.lt_s (local.get {i}) " in body            # i < a.length, both i32
    assert "i32.trunc_sat_f64_s (local.get" not in body     # the index is the i32 itself
    assert f"(local.set {i} (i32.add (local.get {i}) (i32.const 1)))" in body


def test_a_top_level_loop_counter_is_i32(tmp_path):
    src = tmp_path / "top.js"
    src.write_text(textwrap.dedent("""
        const xs = [1, 2, 3];
        let total = 0;
        for (let i = 0; i < 3; i++) total += xs[i] * 2;
        console.log(total);
    """))
    r = build(str(src))
    assert r.ok, r.diagnostics
    start = r.wat.index("(func $file_0")
    end = r.wat.find("\n(func ", start)
    body = r.wat[start:end if end >= 0 else len(r.wat)]
    assert local_types(body, "i") == ["i32"]
