"""Shared objects (analysis/shared_objects.py): a `new C(...)` of literals whose
objects nothing can tell apart is made once and handed out again. The
differential suite checks what such programs print against node
(tests/programs/c123_shared_objects.js); these tests pin which sites the plan
shares and which it must not, and that the build makes one object for them."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from codegen.build import build
from conftest import build_facts, profile_site

ROOT = Path(__file__).resolve().parent.parent

SOURCE = """
    class Leaf {
      constructor(weight, tag) { this.weight = weight; this.tag = tag; }
      describe() { return this.tag + this.weight; }
    }
    class Node {
      constructor(left, right) { this.left = left; this.right = right; }
      count() { return this.left === null ? 1 : 1 + this.left.count() + this.right.count(); }
    }
    class Counter {
      constructor(n) { this.n = n; }
      bump() { return ++this.n; }
    }
    class Loud {
      constructor(x) { console.log(x); this.x = x; }
    }
    class Guarded {
      constructor(v) { this.v = v; }
      set v(x) { this._v = x; }
      get v() { return this._v; }
    }
    class WithField {
      extra = 1;
      constructor(a) { this.a = a; }
    }
    class Base { constructor(b) { this.b = b; } }
    class Derived extends Base { constructor(b) { super(b); } }

    function local() {
      class Local { constructor(v) { this.v = v; } }
      return /*LOCAL*/new Local(1);
    }
    function tree(d) {
      return d === 0 ? /*LEAFNODE*/new Node(null, null) : /*INNER*/new Node(tree(d - 1), tree(d - 1));
    }
    function tag(n) { return /*VARARG*/new Leaf(n, "v"); }
    const leaves = [/*LEAF*/new Leaf(-1.5, "a"), /*NEG*/new Leaf(-2, "b")];
    const counter = /*COUNTER*/new Counter(0);
    const a = /*CMP*/new Leaf(1, "c");
    const a2 = /*CMP2*/new Leaf(1, "c");
    const set = new Set([/*INSET*/new Leaf(2, "d")]);
    const loud = /*LOUD*/new Loud(1);
    const guarded = /*GUARDED*/new Guarded(3);
    const field = /*FIELD*/new WithField(4);
    const derived = /*DERIVED*/new Derived(5);
    const base = /*BASE*/new Base(6);
    base.b = 7;
    console.log(tree(3).count(), tag(2).describe(), leaves[0].describe() + leaves[1].describe(), counter.bump(),
                a === a2, set.size, loud.x, guarded.v, field.a, derived.b, base.b, local().v);
"""


def shared_markers(tmp_path) -> set[str]:
    plan, key = build_facts(tmp_path, SOURCE)
    by_place = {(s.location.file, s.location.line, s.location.column): s.id for s in plan.sites}
    markers = ("LEAFNODE", "INNER", "VARARG", "LEAF", "NEG", "COUNTER", "CMP", "CMP2", "INSET", "LOUD", "GUARDED",
               "FIELD", "DERIVED", "BASE", "LOCAL")
    ids = {m: by_place[key(m)] for m in markers}
    return {m for m, i in ids.items() if i in plan.shared_sites}


def test_only_sites_of_indistinguishable_objects_are_shared(tmp_path):
    # a leaf compared only with the literal null, and literals of a quiet constructor
    # (a negative number is a literal too); nothing else: a variable argument, a
    # write after construction (bump, base.b), an identity comparison, a Set, a
    # constructor with an effect, a setter, a class field, a subclass, a class
    # declared in a function (a new class each call)
    assert shared_markers(tmp_path) == {"LEAFNODE", "LEAF", "NEG"}


def test_a_shared_site_allocates_once_and_hands_out_its_object(tmp_path):
    source = (
        "class T { constructor(l, r) { this.l = l; this.r = r; } }\n"
        "function make(d) { return d === 0 ? new T(null, null) : new T(make(d - 1), make(d - 1)); }\n"
        "function size(t) { return t.l === null ? 1 : 1 + size(t.l) + size(t.r); }\n"
        "let n = 0;\n"
        "for (let i = 0; i < 10; i++) n += size(make(5));\n"
        "console.log(n);\n")
    src = tmp_path / "trees.js"
    src.write_text(source, encoding="utf-8")
    r = build(str(src))
    assert r.ok, r.diagnostics
    assert "(global $shared." in r.wat
    run = subprocess.run([sys.executable, "-m", "shapescape", "run", str(src), "--stats=json"], cwd=tmp_path,
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert run.stdout == "630\n"
    prof = json.loads(run.stderr[run.stderr.index("{"):])
    leaf = profile_site(prof, source, "new T(null, null)")
    assert leaf["count"] == 1 and leaf["shared"] == 10 * 32 - 1   # 32 leaves a tree, one made
    assert prof["totals"]["objectsShared"] == 10 * 32 - 1
    inner = profile_site(prof, source, "new T(make(")
    # each tree's root is returned as fields: `size(make(5))` is a value call (either
    # side of make's `return d === 0 ? ... : ...` is a return of its own)
    assert inner["count"] == 10 * 30 and inner["avoided"] == 10 and inner.get("shared", 0) == 0
