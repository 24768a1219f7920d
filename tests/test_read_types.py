"""Plan.read_types: the plan type of each read the build may type (f64, one
struct type, one struct type or nullish). The build trusts these facts (a
cast to the type), so each test pins a case where a wrong answer would be a
trap or a wrong field."""
from __future__ import annotations

from conftest import build_facts


def read_types(tmp_path, source: str):
    plan, key = build_facts(tmp_path, source)
    return lambda marker, end: plan.read_types.get(key(marker, end))


def test_getter_this_covers_every_receiver_class(tmp_path):
    # the getter is reached first from a subclass instance, then from a parent
    # instance through the same prototype: `this` must include both
    at = read_types(tmp_path, """
        class Account {
          constructor(c) { this.cents = c; }
          get balance() { return /*THIS*/this.cents / 100; }
        }
        class Credit extends Account {
          constructor(c, l) { super(c); this.limit = l; }
        }
        const all = {};
        all.b = new Credit(5, 1);
        all.a = new Account(7);
        for (const k of ["b", "a"]) console.log(all[k].balance);
    """)
    assert at("THIS", "this") == "(ref $Account)"


def test_numbers_structs_and_nullish_receivers(tmp_path):
    at = read_types(tmp_path, """
        class P { constructor(x) { this.x = x; this.next = null; } }
        const a = new P(1);
        a.next = new P(2);
        function f(p) { return /*N*/p.next; }
        console.log(/*X*/a.x, f(a), f(/*A*/a));
        let mixed = Math.random() < 2 ? a : "s";
        console.log(/*M*/mixed);
    """)
    assert at("X", "a.x") == "f64"
    assert at("A", "a") == "(ref $P)"
    assert at("N", "p.next") == "(ref null $P)"
    assert at("M", "mixed") is None


def test_numbers_or_undefined(tmp_path):
    # a field that holds undefined until a number comes, read through a receiver
    # of two classes: "f64|undefined" (the build keeps it in an f64 that spells
    # undefined as a NaN of its own); a field that may also be null, or a string,
    # is not typed
    at = read_types(tmp_path, """
        class V { constructor() { this.x = undefined; this.n = null; } }
        class W { constructor(x) { this.x = x; this.n = 2; } }
        const v = new V();
        if (Math.random() < 2) { v.x = 1.5; v.n = 3; }
        const all = [v, new W(4)];
        for (const o of all) console.log(/*X*/o.x, /*N*/o.n, /*S*/String(o.x).length);
        class U { constructor(x) { this.x = x; } }
        const us = [new U(undefined), new U("s"), new U(1)];
        console.log(/*T*/us[1].x);
    """)
    assert at("X", "o.x") == "f64|undefined"
    assert at("N", "o.n") is None
    assert at("T", "us[1].x") is None


def test_union_of_unrelated_classes(tmp_path):
    # objects of two classes without a common superclass: no one type, but a
    # union the build tests a receiver against; with null in it, nullable
    plan, key = build_facts(tmp_path, """
        class A { constructor() { this.a = 1; } f() { return 1; } }
        class B { constructor() { this.b = 2; } f() { return 2; } }
        class C extends B { }
        const xs = [new A(), new B(), new C()];
        for (const x of xs) console.log(/*X*/x.f());
        const ys = [new A(), null];
        for (const y of ys) if (y !== null) console.log(/*Y*/y.a);
        const zs = [new A(), 3];
        for (const z of zs) console.log(/*Z*/z);
        const ws = [new A(), new B(), null];
        for (const w of ws) console.log(/*W*/w);
    """)
    assert plan.read_unions[key("W", "w")] == (("$A", "$B"), True)
    assert key("X", "x") not in plan.read_types
    assert plan.read_unions[key("X", "x")] == (("$A", "$B", "$C"), False)
    # one type and null: read_types' business, not a union
    assert key("Y", "y") not in plan.read_unions
    # a number among the objects: neither
    assert key("Z", "z") not in plan.read_unions and key("Z", "z") not in plan.read_types
