"""Reads the plan makes constants or typed: a static field declared with a number
and never written is read as that number, an f64 constant, instead of a global
holding a value to unbox (codegen/module.py static_constant); a file-level
number const likewise (const_number); a field proven to hold a string is a
typed string; push on a variable proven to hold arrays calls the array. Output
equal to node's is checked by c40, c41, c44 and c45."""
from __future__ import annotations

import re
from pathlib import Path

from codegen.build import build

PROGRAM = Path(__file__).resolve().parent / "programs" / "c40_static_constants.js"


def function(wat: str, name_re: str) -> str:
    return re.search(r"\(func " + name_re + r" .*?\n\(func ", wat, re.S).group(0)


def test_constant_statics_are_f64_constants_and_the_others_are_not() -> None:
    wat = build(str(PROGRAM)).wat
    bounce = function(wat, r"\$f\d+_Ball_bounce\.d")
    assert not re.search(r"\$static_\d+_(LIMIT|NEG)\b", bounce)
    assert bounce.count("(f64.const 0x1.f400000000000p+8)") == 2    # Ball.LIMIT (500), read twice
    assert "(f64.const -0x1.4000000000000p+1)" in bounce            # Ball.NEG, -2.5
    top = wat[wat.index("(func $file_0 "):]
    # Other.V's key is written elsewhere, Odd.B is read by an earlier initialiser's
    # call, Twice.K is declared twice, Computed.CD after a computed-key member
    for name in ("V", "B", "K", "CD"):
        assert re.search(r"\(global\.get \$static_\d+_" + name + r"\)", top), name
    # an integer constant given to a value is an i31 made in place, not a call to $box
    assert "(ref.i31 (i32.const 500))" in top


def test_file_level_number_consts_are_computed_at_build_time() -> None:
    wat = build(str(PROGRAM.parent / "c41_constant_folding.js")).wat
    f = function(wat, r"\$f\d+_f\.d")
    # (state & STATE_HELD) !== 0 || state === STATE_SUSPENDED: ToInt32(4) and 2, no globals
    assert "(i32.const 4)" in f and "(f64.const 0x1.0000000000000p+1)" in f
    assert "$g0_STATE" not in f
    top = wat[wat.index("(func $file_0 "):]
    # SOLAR_MASS = 4 * PI * PI, folded with IEEE arithmetic as node does
    assert f"(f64.const {(4 * 3.141592653589793 * 3.141592653589793).hex()})" in top
    # a string const is a value, read from its global
    assert re.search(r"\(global\.get \$g0_S_\d+\)", top)


def test_a_string_field_is_read_as_a_typed_string() -> None:
    wat = build(str(PROGRAM.parent / "c44_string_fields.js")).wat
    nxt = function(wat, r"\$f\d+_Scanner_next\.d")
    assert "(call $str_code_at (ref.cast (ref $Str) (struct.get $js.Scanner" in nxt
    assert "(array.len (ref.cast (ref $Str) (struct.get $js.Scanner" in nxt
    assert "$call.charCodeAt" not in nxt and "$getf.length" not in nxt


def test_push_on_an_array_variable_calls_the_array_directly() -> None:
    wat = build(str(PROGRAM.parent / "c45_array_local_push.js")).wat
    collect = function(wat, r"\$f\d+_collect(?:\.d)?")
    assert collect.count("(call $arr_push1 ") == 3 and "$call.push" not in collect
    assert re.search(r"\(local \$v_out_\d+ \(ref null \$Arr\)\)", collect)   # the variable stays typed


def test_int32_results_compare_and_index_as_i32() -> None:
    # (state & STATE_HELD) !== 0: an i32 test, the bit operation's result never made an f64
    f = function(build(str(PROGRAM.parent / "c41_constant_folding.js")).wat, r"\$f\d+_f\.d")
    assert "(i32.eqz (i32.eq (i32.and " in f and "f64.convert_i32_s" not in f
    wat = build(str(PROGRAM.parent / "c93_int32_compares.js")).wat
    top = wat[wat.index("(func $file_0 "):]
    # table[i & 15]: the i32 is the index, with no test for a fraction
    m = re.search(r"\(local\.set (\$t\d+) \(i32\.and .{0,200}?\(local\.set \$t\d+ \(f64\.convert_i32_s \(local\.get \1\)\)\)", top)
    assert m is not None
    # a constant outside int32 or with a fraction keeps the f64 comparison
    assert "(f64.const 0x1.0000000000000p+31)" in top and "(f64.const 0x1.4000000000000p+1)" in top


def test_an_object_literal_stores_numbers_without_boxing(tmp_path) -> None:
    # `at: a * 0.5` goes into an f64 field: computed, kept and stored as an f64
    src = tmp_path / "lit.js"
    src.write_text("""
        function half(a, b) {
          return { at: a * 0.5, b, name: "h" };
        }
        let sum = 0;
        for (let i = 0; i < 10; i++) sum += half(i, i + 1).at;
        console.log(sum, half(1, 2));
    """)
    wat = build(str(src)).wat
    body = re.search(r"\(func \$f\d+_half\.d .*?\n\((?:func|elem) ", wat, re.S).group(0)
    assert "(struct.new" in body, "the literal is not a struct"
    assert "$box" not in body and "$tonum" not in body


def test_a_number_read_wanted_as_a_value_is_not_unboxed_and_boxed_again(tmp_path: Path) -> None:
    # `v[i] = v[j]` of an array the plan proves holds numbers: the element read is
    # stored as it is (no $unbox_u, no $box_u); `tmp`, an f64 local, is still boxed
    src = tmp_path / "swap.js"
    src.write_text("class P {\n  constructor() { this.v = [1, 2.5, 3]; }\n"
                   "  swap(i, j) { const tmp = this.v[i]; this.v[i] = this.v[j]; this.v[j] = tmp; }\n}\n"
                   "const p = new P();\np.swap(0, 1);\nconsole.log(p.v);\n")
    swap = function(build(str(src), inline=False).wat, r"\$f\d+_P_swap\.d")
    assert swap.count("(call $unbox_u ") == 1 and swap.count("(call $box_u ") == 1, swap
