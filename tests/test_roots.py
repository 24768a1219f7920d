"""The runtime's cold reference globals live in one root object
(codegen/roots.py): every reference global costs each collection of wasmtime's
collector, and a collection comes with every thousand or so objects a program
touches. The pass must leave a module that computes what it did."""
from __future__ import annotations

import re
import shutil

import pytest
import wasmtime
from conftest import same_as_node

from codegen import roots
from codegen.build import build
from codegen.host import engine
from codegen.module import BUILTIN_CLASSES, CONVERSIONS

NODE = shutil.which("node")

# a module of the shape emit() gives the pass: imports first, a main that calls
# $init_builtins, globals that constant expressions read
MODULE = """(module
(import "host" "put" (func $put (param f64)))
(type $Box (struct (field f64)))
(type $Holder (struct (field (ref $Box))))
(global $base (ref $Box) (struct.new $Box (f64.const 1)))
(global $alias (ref $Box) (global.get $base))
(global $cold (ref $Box) (struct.new $Box (f64.const 2)))
(global $derived (ref null $Holder) (struct.new $Holder (global.get $cold)))
(global $later (mut (ref $Box)) (struct.new $Box (f64.const 4)))
(global $count (mut i32) (i32.const 0))
(func $init_builtins (global.set $count (i32.const 7)))
(func (export "main") (result i32)
  (call $init_builtins)
  (call $put (struct.get $Box 0 (global.get $alias)))
  (call $put (struct.get $Box 0 (global.get $cold)))
  ;; the very object $cold holds, not a copy
  (call $put (f64.convert_i32_u (ref.eq (struct.get $Holder 0 (ref.as_non_null (global.get $derived))) (global.get $cold))))
  (call $put (struct.get $Box 0 (global.get $later)))
  (global.set $later (struct.new $Box (f64.const 3)))
  (call $put (struct.get $Box 0 (global.get $later)))
  (global.get $count))
)"""


def run_module(text: str) -> tuple[list, int]:
    store = wasmtime.Store(engine())
    module = wasmtime.Module(store.engine, wasmtime.wat2wasm(text))
    seen = []
    put = wasmtime.Func(store, wasmtime.FuncType([wasmtime.ValType.f64()], []), seen.append)
    result = wasmtime.Instance(store, module, [put]).exports(store)["main"](store)
    return seen, result


def globals_of(text: str) -> set[str]:
    return set(re.findall(r"^[ \t]*\(global (\$[\w.]+) ", text, re.M))


def test_moved_globals_keep_their_values_and_take_writes():
    before = run_module(MODULE)
    moved = roots.gather(MODULE, {"$base", "$cold", "$derived", "$later"})
    assert run_module(moved) == before == ([1.0, 2.0, 1.0, 4.0, 3.0], 7)
    # $base stays: $alias's initializer (a constant expression) reads it; $derived's
    # reads $cold, moved with it, from $init_roots's local
    assert globals_of(moved) == {"$base", "$alias", "$count", "$roots"}
    assert "(field $cold (mut (ref $Box)))" in moved and "(field $derived (mut (ref null $Holder)))" in moved
    assert moved.index("(call $init_roots)") < moved.index("(call $init_builtins)\n")


def test_a_global_kept_for_a_constant_expression_keeps_what_it_reads():
    text = MODULE.replace("(global $alias (ref $Box) (global.get $base))",
                          "(global $alias (ref $Box) (global.get $base))\n(global $ref2 (ref $Box) (global.get $alias))")
    moved = roots.gather(text, {"$base", "$alias", "$later"})
    assert {"$base", "$alias", "$ref2"} <= globals_of(moved) and "$later" not in globals_of(moved)
    assert run_module(moved) == run_module(text)


def test_only_reference_globals_move():
    with pytest.raises(ValueError, match=r"\$count"):
        roots.gather(MODULE, {"$count"})


def test_a_built_module_holds_the_builtin_classes_in_one_root(tmp_path):
    prog = tmp_path / "p.js"
    prog.write_text("class E extends TypeError {}\nconsole.log(new E('x') instanceof Error, [1] instanceof Array);\n")
    r = build(str(prog))
    assert r.ok, r.diagnostics
    kept = globals_of(r.wat)
    families = {f"$cls_{n}" for n in BUILTIN_CLASSES} | {f"$fn_{n}" for n in BUILTIN_CLASSES} | \
        {f"$fn_conv_{n}" for n in CONVERSIONS} | set(roots.MOVABLE)
    fields = set(re.findall(r"\(field (\$[\w.]+) ", r.wat[r.wat.index("(type $Roots"):]))
    # what stays a global is what a constant expression reads: $dummy_fn is $fn_Object,
    # whose initializer names $cls_Object; the user class E's descriptor names
    # $cls_TypeError, whose initializer names its parent $cls_Error
    assert families & kept == {"$fn_Object", "$cls_Object", "$cls_TypeError", "$cls_Error"}
    assert families - kept == fields
    assert len(fields) >= 30


@pytest.mark.skipif(NODE is None, reason="node is the oracle")
def test_programs_reading_the_moved_globals_print_what_node_prints(tmp_path):
    prog = tmp_path / "main.js"
    prog.write_text(r"""
class Oops extends RangeError {}
const values = [[1, 2], new Map([[1, 2]]), new Set([3]), new Date(0), /a(?<x>b)/, new Oops("o"), new SyntaxError("s")];
for (const v of values) {
  console.log(v instanceof Array, v instanceof Map, v instanceof Set, v instanceof Date,
              v instanceof RegExp, v instanceof Error, v instanceof RangeError);
}
console.log(["1", "2.5", "x"].map(Number), ["7", "08"].map(parseFloat), [3, "4"].map(String),
            ["10", "z"].map((s) => parseInt(s)), [NaN, 1].map(isNaN), [Infinity, 2].map(isFinite), [0, 1].map(Boolean));
console.log(["b", "a", "C", "ab"].sort((x, y) => x.localeCompare(y)));
console.log(Math.sin(1e300), Math.cos(1e22), Math.tan(3e200));
const bytes = new Uint8Array(3); bytes[0] = 300; bytes[1] = -1;
console.log(bytes, [[1, [2, 3]], "x"].join(";"), String([[], [[]]]));
console.log("abc".match(/(?<first>a)/).groups, ((a, b) => a).length, process.argv.length);
console.log(Array.isArray(values[0]), typeof Map, Error.name, new TypeError("t").message);
""")
    out = same_as_node(prog)
    assert "[Object: null prototype]" in out and "Uint8Array(3)" in out
