"""Plan.closure_calls (analysis/closure_passing.py): the calls that hand a function
literal, or a parameter holding one, to a position the one possible callee only
calls or passes on. The build then never makes the closure, so each refusal
below is a case where making it is needed: a wrong answer would be a callee
reading a closure that does not exist."""
from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

from conftest import build_facts

HEADER = """
    class List {
      constructor() { this.items = [1, 2, 3]; }
      forEach(fn) { for (const x of this.items) fn(x); }
      keep(fn) { this.kept = fn; }
      compare(fn) { return fn === List.last; }
      size(fn) { return fn.length; }
      spread(fn) { return fn(...this.items); }
      again(fn) { fn = (x) => x; return fn(1); }
      later(fn) { return () => fn(1); }
      args(fn) { return arguments.length + fn(1); }
      forward(fn) { this.forEach(fn); }
      typeOf(fn) { return typeof fn; }
    }
    const l = new List();
"""


def listed(tmp_path, body: str) -> dict:
    """marker -> positions of the listed call starting right after each /*marker*/
    of `body` (None when the call is not listed)"""
    plan, key = build_facts(tmp_path, HEADER + body)
    at = {k[:3]: v[2] for k, v in plan.closure_calls.items()}
    return lambda marker: at.get(key(marker))


def test_literals_to_a_callee_that_only_calls_them_are_listed(tmp_path):
    at = listed(tmp_path, """
        let s = 0;
        /*A*/l.forEach((x) => { s += x; });
        /*B*/l.forEach(function (x) { s -= x; });
        /*C*/l.forward((x) => { s += 2 * x; });
        class Fwd { constructor(l) { this.l = l; } each(fn) { /*D*/this.l.forward(fn); } }
        new Fwd(l).each((x) => { s += x; });
        console.log(s);
    """)
    # the in-place literals, and a method's call passing its parameter on
    assert at("A") == at("B") == at("C") == at("D") == (0,)


def test_a_callee_that_keeps_compares_reads_spreads_reassigns_or_captures_is_refused(tmp_path):
    at = listed(tmp_path, """
        /*K*/l.keep((x) => x);
        console.log(/*C*/l.compare((x) => x));
        console.log(/*S*/l.size((x) => x));
        console.log(/*P*/l.spread((a, b) => a + b));
        console.log(/*R*/l.again((x) => x + 1));
        console.log(/*L*/l.later((x) => x)());
        console.log(/*A*/l.args((x) => x));
        console.log(/*T*/l.typeOf((x) => x));
    """)
    assert [m for m in "KCSPRLAT" if at(m) is not None] == []


def test_named_generator_and_async_literals_are_not_passed(tmp_path):
    at = listed(tmp_path, """
        /*N*/l.forEach(function named(x) { if (x < 0) named(-x); });
        /*G*/l.forEach(function* (x) { yield x; });
        /*A*/l.forEach(async (x) => x);
        /*OK*/l.forEach((x) => x);
    """)
    assert at("N") is None and at("G") is None and at("A") is None and at("OK") == (0,)


def test_passed_literals_make_no_closure_and_print_what_node_prints(tmp_path: Path):
    src = tmp_path / "passed.js"
    src.write_text(textwrap.dedent("""\
        class Bag {
          constructor() { this.items = []; }
          add(x) { if (!this.has(x)) this.items.push(x); }
          has(x) { return this.some((e) => e === x); }
          some(fn) { for (const e of this.items) if (fn(e)) return true; return false; }
        }
        const b = new Bag();
        for (let i = 0; i < 100; i++) b.add(i % 10);
        console.log(b.items.length, b.has(3), b.has(11));
    """), encoding="utf-8")
    r = subprocess.run([sys.executable, "-m", "shapescape", "run", str(src), "--stats=json"], cwd=tmp_path,
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert r.stdout == subprocess.run(["node", str(src)], capture_output=True, text=True).stdout
    prof = json.loads(r.stderr)
    site = next(s for s in prof["sites"] if s["kind"] == "function" and s["line"] == 4)
    assert site["count"] == 0 and site["lifted"] == 102


def test_a_method_call_with_several_call_only_targets_lists_them_all(tmp_path):
    plan, key = build_facts(tmp_path, """
        class A { each(fn) { fn(1); } }
        class B extends A { each(fn) { fn(2); fn(3); } }
        class C { each(fn) { return fn; } }
        let s = 0;
        for (const o of [new A(), new B()]) /*AB*/o.each((x) => { s += x; });
        for (const o of [new A(), new C()]) /*AC*/o.each((x) => { s += x; });
        console.log(s);
    """)
    at = {k[:3]: v for k, v in plan.closure_calls.items()}
    targets, _name, positions = at[key("AB")]
    assert positions == (0,) and len(targets) == 2 and all(isinstance(t, tuple) for t in targets)
    assert key("AC") not in at   # C.each returns its callback: the closure is made
