"""Inlining of small leaf functions (codegen/inline.py): the copied body computes
what the call did, on hand-written modules where a mistake would show, and the
build uses it where it pays. tests/programs/c131_small_functions.js runs
helpers, methods, early returns, throws and recursion against node."""
from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import wasmtime

from codegen.inline import inline_small_calls

# $f1_add keeps a running sum in a local it never sets first: each call starts it
# at 0, so an inlined copy must reset it; $f2_pick returns early from a nested if;
# $f3_loop has a loop and is left a call; $f5_two takes the value the form before
# it leaves on the stack, which cannot move into a local.set
MODULE = """(module
(func $f1_add (param $p0 i32) (result i32)
(local $acc i32)
(if (i32.atomic.load8_u $halt (i32.const 0)) (then (unreachable)))
(local.set $acc (i32.add (local.get $acc) (local.get $p0)))
(return (local.get $acc))
(unreachable))
(func $f2_pick (param $p0 i32) (param $p1 i32) (result i32)
(if (i32.gt_s (local.get $p0) (local.get $p1)) (then (if (local.get $p1) (then (return (local.get $p0))))))
(i32.sub (local.get $p1) (local.get $p0)))
(func $f3_loop (param $p0 i32) (result i32)
(local $i i32)
(block $b (loop $l (br_if $b (i32.ge_s (local.get $i) (local.get $p0))) (local.set $i (i32.add (local.get $i) (i32.const 1))) (br $l)))
(local.get $i))
(func $f5_two (param $p0 i32) (param $p1 i32) (result i32)
(i32.mul (local.get $p0) (local.get $p1)))
(func $f4_main (export "main") (param $n i32) (result i32)
(local $s i32) (local $k i32)
(block $done (loop $again
(br_if $done (i32.ge_s (local.get $k) (local.get $n)))
(local.set $s (i32.add (local.get $s) (call $f1_add (local.get $k))))
(local.set $s (i32.add (local.get $s) (call $f2_pick (local.get $k) (call $f2_pick (i32.const 3) (local.get $k)))))
(local.set $s (i32.add (local.get $s) (call $f3_loop (local.get $k))))
(local.set $s (i32.add (local.get $s) (block (result i32) (i32.const 7) (call $f2_pick (call $f5_two (i32.const 2)) (i32.const 1)))))
(local.set $k (i32.add (local.get $k) (i32.const 1)))
(br $again)))
(local.get $s))
(memory $halt 1 1)
)"""


def run_main(wat: str, n: int) -> int:
    engine = wasmtime.Engine(wasmtime.Config())
    store = wasmtime.Store(engine)
    inst = wasmtime.Instance(store, wasmtime.Module(engine, wasmtime.wat2wasm(wat)), [])
    return inst.exports(store)["main"](store, n)


def test_an_inlined_body_computes_what_the_call_did() -> None:
    out = inline_small_calls(MODULE)
    main = out[out.index("(func $f4_main"):]
    assert "(call $f1_add" not in main and "(call $f2_pick (local.get $k)" not in main
    assert "(call $f3_loop" in main            # a loop: left a call
    assert "(call $f5_two (i32.const 2))" in main   # its operand comes from the stack: left as it is
    for n in (0, 1, 5, 40):
        assert run_main(out, n) == run_main(MODULE, n)


def test_the_build_inlines_small_helpers_and_can_be_told_not_to(tmp_path: Path) -> None:
    (tmp_path / "p.js").write_text("function sq(x) { return x * x; }\nlet s = 0;\n"
                                   "for (let i = 0; i < 100; i++) s += sq(i);\nconsole.log(s);\n", encoding="utf-8")

    def wat(env) -> str:
        r = subprocess.run([sys.executable, "-m", "shapescape", "build", str(tmp_path / "p.js"), "-o",
                            str(tmp_path / "p.wasm"), "--wat", str(tmp_path / "p.wat")],
                           capture_output=True, text=True, timeout=120, env={**os.environ, **env})
        assert r.returncode == 0, r.stderr
        return (tmp_path / "p.wat").read_text()
    top = lambda text: text[text.index("(func $file_0"):]   # noqa: E731
    assert re.search(r"\(block \$inl\d+ \(result f64\)", top(wat({})))
    assert "(block $inl" not in top(wat({"SHAPESCAPE_INLINE": "0"}))
