"""The build commands and the module they produce: validity, agreement with
the plan, refusals at the construct, and the runner's limits."""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from analysis import analyze


def shapescape(*args: str, cwd: Path, inline: bool = True) -> subprocess.CompletedProcess:
    """The command line; inline=False builds without copying small functions into
    their callers (codegen/inline.py), for tests that read the code the lowering made."""
    env = None if inline else {**os.environ, "SHAPESCAPE_INLINE": "0"}
    return subprocess.run([sys.executable, "-m", "shapescape", *args], cwd=cwd, capture_output=True,
                          text=True, timeout=120, env=env)


def write(tmp_path: Path, name: str, text: str) -> Path:
    p = tmp_path / name
    p.write_text(textwrap.dedent(text), encoding="utf-8")
    return p


WASM_TOOLS = shutil.which("wasm-tools") or str(Path(sys.executable).parent / "wasm-tools")

PROGRAM = """
    class Shape { constructor(name) { this.name = name; } area() { return 0; } }
    class Circle extends Shape { constructor(r) { super("circle"); this.r = r; } area() { return 3 * this.r * this.r; } }
    class Rect extends Shape { constructor(w, h) { super("rect"); this.w = w; this.h = h; } area() { return this.w * this.h; } }
    const shapes = [new Circle(2), new Rect(3, 4)];
    const point = { x: 1.5, y: -2 };
    const bag = {};
    for (const k of ["a", "b"]) bag[k] = k.length;
    let total = 0;
    for (const s of shapes) total += s.area();
    console.log(total, point.x + point.y, Object.keys(bag));
"""


def test_build_writes_a_module_wasm_tools_accepts(tmp_path: Path) -> None:
    src = write(tmp_path, "prog.js", PROGRAM)
    r = shapescape("build", "prog.js", "-o", "out.wasm", "--wat", "out.wat", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert "wrote out.wasm" in r.stderr
    assert (tmp_path / "out.wat").read_text().startswith("(module")
    v = subprocess.run([WASM_TOOLS, "validate", "--features", "all", str(tmp_path / "out.wasm")],
                       capture_output=True, text=True)
    assert v.returncode == 0, v.stderr
    run = shapescape("run", "out.wasm", cwd=tmp_path)
    node = subprocess.run(["node", str(src)], capture_output=True, text=True)
    assert run.returncode == 0 and run.stdout == node.stdout


def test_every_struct_site_has_its_type_with_the_plans_fields(tmp_path: Path) -> None:
    src = write(tmp_path, "prog.js", PROGRAM)
    plan = analyze([str(src)])
    r = shapescape("build", "prog.js", "-o", "out.wasm", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    printed = subprocess.run([WASM_TOOLS, "print", str(tmp_path / "out.wasm")], capture_output=True, text=True).stdout
    types = {}
    types_final = {}
    for m in re.finditer(r"\(type \$js\.(\S+) (?:\(;\d+;\) )?\(sub (final )?(\$\S+ )?\(struct (.*?)\)\)\)$", printed, re.M):
        types["$" + m.group(1)] = (m.group(3), re.findall(r"\(field \$f\.(\S+) \(mut (\w+)\)\)", m.group(4)))
        types_final["$" + m.group(1)] = m.group(2) is not None
    struct_sites = [s for s in plan.sites if s.representation in ("struct", "scalar")]
    assert len(struct_sites) >= 3
    for site in struct_sites:
        assert site.type in types, site.type
        sup, fields = types[site.type]
        assert [n for n, _ in fields] == [f.name for f in site.fields]
        t = next(t for t in plan.types if t.name == site.type)
        for (n, wt), f in zip(fields, t.fields):
            assert wt == ("f64" if f.type == "f64" and f.initialized else "anyref"), (site.type, n)
        if t.supertype:
            assert sup.strip() == "$js." + t.supertype[1:]
        assert t.final == (types_final[site.type])
    # the map site is no struct
    bag = [s for s in plan.sites if s.representation == "map"]
    assert bag and all(s.type is None for s in bag)


def test_unsupported_construct_is_refused_at_the_construct(tmp_path: Path) -> None:
    write(tmp_path, "gen.js", """
        function* count() { yield 1; }
        console.log("never printed");
    """)
    r = shapescape("build", "gen.js", "-o", "gen.wasm", cwd=tmp_path)
    assert r.returncode == 2
    assert "gen.js:2:" in r.stderr and "error[build-unsupported]" in r.stderr and "generators" in r.stderr
    assert not (tmp_path / "gen.wasm").exists()
    r = shapescape("run", "gen.js", cwd=tmp_path)
    assert r.returncode == 2 and r.stdout == ""


@pytest.mark.parametrize("source, column", [
    ("async function f() { return 1; }\nconsole.log(typeof f());\n", 1),
    ("const g = async () => 2;\nconsole.log(typeof g());\n", 11),
    ("class A { async m() { return 3; } }\nconsole.log(typeof new A().m());\n", 18),
    ("const o = { async m() { return 4; } };\nconsole.log(typeof o.m());\n", 20),
    ("[1].forEach(async (x) => console.log(x));\n", 13),
])
def test_async_functions_are_refused_not_run_as_plain_ones(tmp_path: Path, source: str, column: int) -> None:
    # (node prints "object": an async function returns a promise; run as a plain
    # function it printed "number")
    (tmp_path / "a.js").write_text(source, encoding="utf-8")
    r = shapescape("run", "a.js", cwd=tmp_path)
    assert r.returncode == 2 and r.stdout == ""
    assert f"a.js:1:{column}: error[build-unsupported]: not supported by the WasmGC build: async functions" in r.stderr


@pytest.mark.parametrize("source, where, what", [
    ("function P() {}\nP.prototype.m = 1;\nconsole.log(new P().m);\n",   # (a method is built: constructor_functions.py)
     "p.js:2:1", "`prototype` of a function or class"),
    ("class A { get #secret() { return 1; } reveal() { return this.#secret; } }\nconsole.log(new A().reveal());\n",
     "p.js:1:15", "private accessors (`get #secret`)"),
    ("const d = {k: 1};\nconsole.log(delete d?.k);\n", "p.js:2:13", "`delete` of something other than a property"),
    # node 20 has no Object.groupBy: read as a value it is undefined there, not a function
    ("console.log(Object.groupBy ? 1 : 2);\n", "p.js:1:13", "`Object.groupBy` as a value"),
    # a constant's name as a computed key is compiled (c138), not when the class may run before the constant is set
    ("class C { [K]() { return 1; } }\nconst K = 'x';\nconsole.log(new C().x());\n", "p.js:1:12",
     "a computed class member name"),
    # `new Date()` and `new Date(ms)` are compiled (c139); a date from local-time parts is not
    ("console.log(new Date(2020, 1, 1).getTime());\n", "p.js:1:13", "`new Date` with other than one number"),
    ("console.log(BigInt(5));\n", "p.js:1:13", "the global function `BigInt`"),   # an internal error before
    # its name would be the key, known only at run time (it printed an empty name)
    ("let k = 'a';\nconst o = {[k + 'b']: class {}};\nconsole.log(o.ab.name);\n", "p.js:2:23",
     "an anonymous class as the value of a computed key"),
    # the call compiles to the runtime's own test: the replacement was ignored
    ("Array.isArray = () => 'patched';\nconsole.log(Array.isArray(1));\n", "p.js:1:1",
     "changing the built-in `Array`"),
    ("Object.assign(Number, { isInteger: () => 1 });\n", "p.js:1:15", "changing the built-in `Number`"),
    # `arguments` threw a catchable ReferenceError and `typeof arguments` was "undefined"
    ("function f() { return arguments; }\nconsole.log(f(1, 2));\n", "p.js:1:23", "the `arguments` object"),
    # a computed read after `new F` may meet F's methods before they are stored: F stays a function
    # (analysis/constructor_functions.py, _late), whose prototype the build refuses
    ("function F() { this.v = 1; }\nvar inst = new F();\nvar k = 'get';\nvar r = typeof inst[k];\n"
     "F.prototype.get = function () { return this.v; };\nconsole.log(r, inst.get());\n", "p.js:5:1",
     "`F` is not compiled as a class because the statement at line 4 may use it or its methods before its "
     "prototype statements have run"),
    # the refusal says why a function with a prototype stays a function
    ("function P(v) { this.v = v; }\nP.prototype.get = function () { return this.v; };\nvar f = P;\n"
     "console.log(new P(1).get());\n", "p.js:2:1",
     "`P` is not compiled as a class because it is used as a value at line 3, column 9"),
    ("function F() { return {a: 1}; }\nF.prototype.m = function () { return 1; };\nconsole.log(new F().a);\n",
     "p.js:2:1", "`F` is not compiled as a class because its constructor returns a value"),
    # an object literal's accessor is compiled when its name is a constant
    ("const k = process.argv[2] || 'x';\nconst o = { get [k]() { return 1; } };\nconsole.log(o.x);\n", "p.js:2:13",
     "a getter or setter with a computed name in an object literal"),
    # `const { PI } = Math` is compiled key by key; a key that is no compiled member is refused at the key
    ("const { PI, foo } = Math;\nconsole.log(PI, foo);\n", "p.js:1:13", "`Math.foo` as a value"),
    ("console.log(typeof arguments);\n", "p.js:1:20", "the `arguments` object"),
    ("const g = () => typeof arguments;\nconsole.log(g());\n", "p.js:1:24", "the `arguments` object"),
    # its key was "None" (the literal's Python value): `new K().null()` threw
    ("class K { [null]() { return 1; } }\nconsole.log(new K().null());\n", "p.js:1:12", "a computed class member name"),
    # a constructor function also called without `new` stays a function, which the build does not construct
    ("function P(v) { this.v = v; }\nconst o = {};\nP.call(o, 1);\nconsole.log(new P(2).v, o.v);\n",
     "p.js:4:13", "`new` of a function that is not a class"),
    ("function Q(v) { this.v = v; }\nQ.call(null, 1);\nconsole.log(new Q(2).v);\n",
     "p.js:3:13", "`new` of a function that is not a class"),
    ("function Q(v) { this.v = v; }\nconsole.log(new Q(2).v);\nQ(3);\n",
     "p.js:2:13", "it is not compiled as a class because it is called without `new` at line 3, column 1"),
    # read at the top level before its declaration: left a function (a class there would be in its dead zone)
    ("const r = new R(1);\nfunction R(v) { this.v = v; }\nconsole.log(r.v);\n",
     "p.js:1:11", "`new` of a function that is not a class"),
    # a global node has and the build does not model: typeof said "undefined"
    ("console.log(typeof ReadableStreamBYOBReader);\n", "p.js:1:20", "the global `ReadableStreamBYOBReader`"),
    # a prototype literal of methods is a class (c143); one with a value shared by every instance is not
    ("function B() {}\nB.prototype = { count: 0, inc: function () { this.count++; } };\nvar b = new B();\n"
     "b.inc();\nconsole.log(b.count);\n", "p.js:2:1", "`prototype` of a function or class"),
    # a constructor of a module pattern's function is a class (c154), with the same rules: here it is
    # used as a value, and the refusal says so (it once crashed looking for a reason)
    ("var Lib = (function () {\n  function E() { this.h = {}; }\n  E.prototype = { on: function () { return 1; } };\n"
     "  return [E];\n})();\nconsole.log(new Lib[0]().on());\n", "p.js:3:3",
     "`E` is not compiled as a class because it is used as a value at line 4, column 11"),
    # a constructor in a function that is not called at once is left alone
    ("function make() {\n  function E() {}\n  E.prototype.on = function () { return 1; };\n  return new E();\n}\n"
     "console.log(make().on());\n", "p.js:3:3", "`prototype` of a function or class"),
    # a function declared in a block of sloppy code is also a variable of the enclosing function in
    # node (Annex B): a use outside the block printed "undefined" where node prints "function" (c156)
    ("{ function g() { return 1; } }\nconsole.log(typeof g);\n", "p.js:2:20",
     "`g` used outside the block that declares it as a function"),
    ("function g() { return 1; }\nfunction f() {\n  if (true) { function g() { return 2; } }\n  return g();\n}\n"
     "console.log(f());\n", "p.js:4:10", "`g` used outside the block"),
    # a subclass whose objects are maps (keys set in branches) ran its parent's private-field code
    # on a map and trapped
    ("class A { #n = 0; constructor() { this.inc(); } inc() { this.#n++; } }\nclass B extends A {\n"
     "  constructor(f) { super(); if (f) { this.x = 1; this.y = 2; } else { this.y = 3; this.x = 4; } }\n}\n"
     "console.log(new B(true), new A());\n", "p.js:1:62", "the private member `#n` of a class whose objects the plan "
     "does not make structs, or some of them"),
    # String.raw`...` is compiled (c147); another tag is not
    ("const tag = (s, ...v) => s.length;\nconsole.log(tag`a${1}b`);\n", "p.js:2:13", "tagged templates (other than String.raw)"),
    # regular expressions are compiled (c141); what the matcher does not implement is refused at the literal
    ("console.log(new RegExp('(?<y>x)').exec('x'));\n", "p.js:1:13", "named groups in a pattern written as a string"),
    ("console.log(/a/u.test('a'));\n", "p.js:1:13", "the regular expression flag `u`"),
    ("const t = /\\d/d;\n", "p.js:1:11", "the regular expression flag `d`"),
    ("console.log(/\u00e9/i.test('x'));\n", "p.js:1:13", "a letter beyond ASCII in a regular expression with the flag `i`"),
    ("console.log(/(a)\\1/i.test('aA'));\n", "p.js:1:13", "a backreference in a regular expression with the flag `i`"),
    ("console.log(/(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)/.test('a'));\n", "p.js:1:13", "more than 10 capture groups"),
    ("const p = 'a+';\nconsole.log(new RegExp(p).test('aa'));\n", "p.js:2:13", "`new RegExp` of a pattern made at run time"),
    # `this` in a derived constructor waits for super(...) (codegen/derived_this.py): node throws a
    # ReferenceError for these; the build makes the object first, so it refuses them
    ("class A {}\nclass B extends A { constructor(n) { this.n = n; super(); } }\nnew B(1);\n",
     "p.js:2:38", "calls `super(...)` other than once"),
    ("class A {}\nclass B extends A { constructor() { super(); super(); } }\nnew B();\n",
     "p.js:2:46", "calls `super(...)` other than once"),
    ("class A {}\nclass B extends A { constructor(x) { if (x) super(); } }\nnew B(0);\n",
     "p.js:2:45", "calls `super(...)` other than once"),
    ("class A {}\nclass B extends A { constructor() { const f = () => this; super(); f(); } }\nnew B();\n",
     "p.js:2:53", "calls `super(...)` other than once"),
    ("class A { m() { return 1; } }\nclass B extends A { constructor() { super.m(); super(); } }\nnew B();\n",
     "p.js:2:37", "calls `super(...)` other than once"),
    ("class A {}\nclass B extends A { constructor(x) { if (x) return; super(); } }\nnew B(1);\n",
     "p.js:2:45", "calls `super(...)` other than once"),
])
def test_more_refusals_are_at_the_construct(tmp_path: Path, source: str, where: str, what: str) -> None:
    """Constructs that would otherwise compute something other than node: refused
    where they are, nothing written."""
    (tmp_path / "p.js").write_text(source, encoding="utf-8")
    r = shapescape("build", "p.js", "-o", "p.wasm", cwd=tmp_path)
    assert r.returncode == 2, r.stderr
    assert f"{where}: error[build-unsupported]" in r.stderr and what in r.stderr
    assert not (tmp_path / "p.wasm").exists()


def test_node_builtin_modules_are_refused(tmp_path: Path) -> None:
    write(tmp_path, "fs.js", "const fs = require('fs');\nconsole.log(typeof fs);\n")
    r = shapescape("run", "fs.js", cwd=tmp_path)
    assert r.returncode == 2 and "fs.js:1:12" in r.stderr and "node built-in modules" in r.stderr


def test_process_stream_writes_and_exit_refuse_what_they_do_not_model(tmp_path: Path) -> None:
    """process.stdout.write of a non-string (node takes Buffers, throws for the rest)
    and process.exit with a non-integer code stop the run at that point; an encoding
    or callback argument is refused by the build."""
    write(tmp_path, "num.js", "process.stdout.write('a');\nprocess.stdout.write(5);\nconsole.log('after');\n")
    r = shapescape("run", "num.js", cwd=tmp_path)
    assert (r.returncode, r.stdout) == (2, "a"), r.stderr
    assert "`process.stdout.write` / `process.stderr.write` of a value that is not a string" in r.stderr
    write(tmp_path, "frac.js", "console.log('x');\nprocess.exit(1.5);\n")
    r = shapescape("run", "frac.js", cwd=tmp_path)
    assert (r.returncode, r.stdout) == (2, "x\n") and "`process.exit(code)` with a code that is not an integer" in r.stderr
    write(tmp_path, "bare.js", "console.log('y');\nprocess.exit();\nconsole.log('z');\n")
    r = shapescape("run", "bare.js", cwd=tmp_path)
    assert (r.returncode, r.stdout, r.stderr) == (0, "y\n", "")
    write(tmp_path, "enc.js", "process.stdout.write('a', 'utf8');\n")
    r = shapescape("build", "enc.js", "-o", "enc.wasm", cwd=tmp_path)
    assert r.returncode == 2 and "enc.js:1:1: error[build-unsupported]" in r.stderr \
        and "`process.stdout.write` with other than one argument" in r.stderr


def test_a_class_evaluated_twice_stops_instead_of_sharing_one_class(tmp_path: Path) -> None:
    """Each evaluation of a class definition is a new class in node; the build has
    one per definition. It printed `true` for `new A() instanceof B` and counted
    the statics of both in one; now the second evaluation stops the run."""
    write(tmp_path, "make.js", "function make() {\n  return class { static n = 0; };\n}\n"
                                "const A = make();\nconsole.log('one', A.n);\nconst B = make();\n"
                                "console.log(new A() instanceof B);\n")
    r = shapescape("run", "make.js", cwd=tmp_path)
    assert (r.returncode, r.stdout) == (2, "one 0\n"), r.stderr
    assert "a class definition evaluated a second time (an anonymous class at make.js:2:10)" in r.stderr
    # once per run (a function called once, a block, a branch): no guard trips
    write(tmp_path, "once.js", "function setup() { class Inner { constructor(v) { this.v = v; } } return new Inner(3); }\n"
                                "console.log(setup().v);\n{ class B { static k = 2; } console.log(B.k); }\n"
                                "if (true) { const C = class Named {}; console.log(C.name); }\n")
    r = shapescape("run", "once.js", cwd=tmp_path)
    assert (r.returncode, r.stdout) == (0, "3\n2\nNamed\n"), r.stderr


def test_a_runaway_loop_stops_at_the_timeout(tmp_path: Path) -> None:
    write(tmp_path, "loop.js", "console.log('start');\nlet i = 0;\nwhile (true) { i++; }\n")
    r = shapescape("run", "loop.js", "--timeout", "1", cwd=tmp_path)
    assert r.returncode == 124
    assert r.stdout == "start\n"
    assert "time limit" in r.stderr


def test_running_out_of_memory_says_so_with_the_bound(tmp_path: Path) -> None:
    # objects that refer to one another are never reclaimed by wasmtime-py's
    # collector (deferred reference counting): such garbage fills the GC heap, which
    # --max-memory bounds; the run stops saying why, not with a wasm backtrace
    write(tmp_path, "cyc.js", """
        let n = 0;
        for (let i = 0; i < 3000000; i++) { const a = { x: null, i }; const b = { y: a, i }; a.x = b; n += b.y.i; }
        console.log(n);
    """)
    r = shapescape("run", "cyc.js", "--max-memory", "64", cwd=tmp_path)
    assert r.returncode == 70 and r.stdout == "", r.stderr
    assert "out of memory: the program's objects need more than the 64 MB that --max-memory allows" in r.stderr
    assert "backtrace" not in r.stderr


def test_a_runaway_regular_expression_stops_at_the_timeout(tmp_path: Path) -> None:
    # catastrophic backtracking: the matcher polls the halt flag at its jumps and backtracks
    write(tmp_path, "re.js", "console.log('start');\nconsole.log(/(a+)+b/.test('a'.repeat(40) + 'c'));\n")
    r = shapescape("run", "re.js", "--timeout", "1", cwd=tmp_path)
    assert (r.returncode, r.stdout) == (124, "start\n") and "time limit" in r.stderr


def test_runaway_recursion_and_callbacks_stop_at_the_timeout(tmp_path: Path) -> None:
    # no loop in the program: the poll at each function's entry stops it
    write(tmp_path, "fib.js", "function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }\n"
                               "console.log('go');\nconsole.log(fib(80));\n")
    r = shapescape("run", "fib.js", "--timeout", "1", cwd=tmp_path)
    assert (r.returncode, r.stdout) == (124, "go\n") and "time limit" in r.stderr
    # a do-while (its poll sits before the body) run by a built-in's callback
    write(tmp_path, "each.js", "let n = 0;\n[1, 2].forEach((x) => { do { n += x; } while (n > 0); });\n"
                                "console.log(n);\n")
    r = shapescape("run", "each.js", "--timeout", "1", "--stats", cwd=tmp_path)
    assert (r.returncode, r.stdout) == (124, "") and "time limit" in r.stderr
    assert "allocation profile" in r.stderr   # the counters are still read after the stop
    # a loop that calls and stores nothing: its poll must not be merged with the entry's
    write(tmp_path, "count.js", "const o = { n: 0 };\nwhile (true) { o.n++; }\n")
    r = shapescape("run", "count.js", "--timeout", "1", cwd=tmp_path)
    assert r.returncode == 124 and "time limit" in r.stderr


def test_prototype_classes_refuse_what_a_class_cannot_do(tmp_path: Path) -> None:
    """A constructor function the build made a class (analysis/constructor_functions.py)
    stops the run, with the reason, where the class would differ from the function:
    called without `new` from another file, for-in over an instance (its methods
    would be enumerable), a prototype made from a class."""
    write(tmp_path, "point.js", "function Point(x) { this.x = x; }\n"
          "Point.prototype.get = function () { return this.x; };\nexports.Point = Point;\n")
    write(tmp_path, "call.js", "const { Point } = require('./point');\nconst o = {};\n"
          "console.log(new Point(1).get());\nPoint.call(o, 2);\nconsole.log(o.x);\n")
    r = shapescape("run", "call.js", cwd=tmp_path)
    assert (r.returncode, r.stdout) == (2, "1\n"), r.stderr
    assert "calling the constructor function `Point` without `new`" in r.stderr
    write(tmp_path, "forin.js", "const { Point } = require('./point');\nconst p = new Point(3);\n"
          "console.log(Object.keys(p));\nfor (const k in p) console.log(k);\n")
    r = shapescape("run", "forin.js", cwd=tmp_path)
    assert (r.returncode, r.stdout) == (2, "[ 'x' ]\n"), r.stderr
    assert "`for`-`in` over a `Point` object" in r.stderr
    write(tmp_path, "cls.js", "class Base { constructor() { this.b = 1; } }\nexports.Base = Base;\n")
    write(tmp_path, "sub.js", "var m = require('./cls');\nfunction Sub() { m.Base.call(this); }\n"
          "Sub.prototype = Object.create(m.Base.prototype);\nconsole.log('before');\nnew Sub();\n")
    r = shapescape("run", "sub.js", cwd=tmp_path)
    assert (r.returncode, r.stdout) == (2, "before\n"), r.stderr
    assert "`Object.create(Base.prototype)` where `Base` is a class or a built-in" in r.stderr


def test_a_refusal_in_a_prototype_method_of_another_file_is_located_there(tmp_path: Path) -> None:
    # the method is a member of the class the rewrite made, placed outside the
    # function's text: the refusal still names its file and line (it said main.js:1:1)
    write(tmp_path, "lib.js", "function A() { this.x = 1; }\nA.prototype.m = function () {\n"
          "  return new Proxy({}, {});\n};\nexports.f = function () { return new A().m(); };\n")
    write(tmp_path, "main.js", "const m = require('./lib.js');\nconsole.log(m.f());\n")
    r = shapescape("build", "main.js", cwd=tmp_path)
    assert r.returncode == 2
    assert r.stderr.startswith("lib.js:3:10: error[build-unsupported]: not supported by the WasmGC build: "
                               "`new Proxy`"), r.stderr


def test_a_module_without_the_timeout_poll_is_refused(tmp_path: Path) -> None:
    import wasmtime
    (tmp_path / "old.wasm").write_bytes(wasmtime.wat2wasm(
        '(module (memory (export "memory") 1) (func (export "main") (result i32) (i32.const 0)))'))
    r = shapescape("run", "old.wasm", cwd=tmp_path)
    assert r.returncode == 2 and "older shapescape" in r.stderr and "build it again" in r.stderr


def test_uncaught_exception_exits_1_like_node(tmp_path: Path) -> None:
    write(tmp_path, "boom.js", """
        class Boom extends Error { constructor(m) { super(m); this.name = "Boom"; } }
        console.log("before");
        function f() { throw new Boom("it broke"); }
        f();
        console.log("after");
    """)
    r = shapescape("run", "boom.js", cwd=tmp_path)
    assert r.returncode == 1
    assert r.stdout == "before\n"
    assert "Uncaught Boom: it broke\n    at boom.js:4:16\n" in r.stderr   # where the `throw` is


def test_an_uncaught_exception_says_where_it_was_thrown(tmp_path: Path) -> None:
    """The throw site of a `throw` statement (or of a name nothing defines); one
    that was caught, or left a finally block, is not reported for a later error."""
    write(tmp_path, "where.js", """
        function inner() {
          try {
            throw new Error("caught");
          } catch (e) {}
          try {
            try {
              throw new RangeError("passes");
            } finally {
              console.log("finally");
            }
          } catch (e) {
            console.log(e.message);
          }
          return undefinedName;
        }
        inner();
    """)
    r = shapescape("run", "where.js", cwd=tmp_path)
    assert (r.returncode, r.stdout) == (1, "finally\npasses\n")
    assert "Uncaught ReferenceError: undefinedName is not defined\n    at where.js:15:10\n" in r.stderr
    write(tmp_path, "rt.js", """
        try {
          throw new Error("first");
        } catch (e) {}
        const o = null;
        console.log(o.k);
    """)
    r = shapescape("run", "rt.js", cwd=tmp_path)
    assert r.returncode == 1
    assert "Uncaught TypeError: Cannot read properties of null (reading 'k')" in r.stderr
    # where the runtime raised it (node's line and column: the property's), not the caught one's
    assert "Uncaught TypeError: Cannot read properties of null (reading 'k')\n    at rt.js:6:15\n" in r.stderr
    assert "rt.js:3" not in r.stderr
    write(tmp_path, "fin.js", """
        try {
          throw new Error("first");
        } finally {
          console.log("cleanup");
        }
    """)
    r = shapescape("run", "fin.js", cwd=tmp_path)
    assert (r.returncode, r.stdout) == (1, "cleanup\n")
    assert "Uncaught Error: first\n    at fin.js:3:3\n" in r.stderr


RUNTIME_ERRORS = {
    "read.js": """
        const o = { a: undefined };
        function f(q) {
          return q.a.b.c;
        }
        console.log(f({ a: { b: { c: 1 } } }));
        f(o);
    """,
    "call.js": """
        const o = { n: 1 };
        let n = o.n;
        n = o.m(1);
    """,
    "write.js": """
        let o;
        const p = { x: 1 };
        p.x = 2;
        o.x = 5;
    """,
    "index.js": """
        function f(xs) { return xs.length; }
        const data = [[1, 2], [3]];
        let total = 0;
        for (let i = 0; i <= data.length; i++) {
          total += f(data[i]);
        }
    """,
    "element.js": """
        const grid = [[1, 2], [3, 4]];
        let s = 0;
        for (let i = 0; i < 3; i++) s += grid[i][1];
    """,
    "fn.js": """
        const handlers = { a: (x) => x + 1 };
        let out = handlers.a(1);
        const h = handlers.b;
        out = h(out);
    """,
}


@pytest.mark.skipif(shutil.which("node") is None, reason="node is the oracle")
@pytest.mark.parametrize("name", sorted(RUNTIME_ERRORS))
def test_a_type_error_of_the_runtime_is_reported_where_node_reports_it(tmp_path: Path, name: str) -> None:
    write(tmp_path, name, RUNTIME_ERRORS[name])
    want = subprocess.run(["node", name], cwd=tmp_path, capture_output=True, text=True, timeout=60)
    frame = re.search(re.escape(name) + r":(\d+):(\d+)\)?\n", want.stderr)
    assert frame is not None, want.stderr
    r = shapescape("run", name, cwd=tmp_path)
    assert (r.returncode, r.stdout) == (want.returncode, want.stdout)
    assert r.stderr.startswith("Uncaught TypeError: "), r.stderr
    assert f"\n    at {name}:{frame.group(1)}:{frame.group(2)}\n" in r.stderr


def test_an_error_raised_inside_a_built_in_gets_no_older_site(tmp_path: Path) -> None:
    """A callback that is not a function is found inside forEach: the report
    names no site rather than the last operation that had one."""
    write(tmp_path, "cb.js", """
        const o = { a: 1 };
        o.a = o.a + 1;
        const xs = [1, 2];
        xs.forEach(o.b);
    """)
    r = shapescape("run", "cb.js", cwd=tmp_path)
    assert r.returncode == 1 and "Uncaught TypeError: undefined is not a function" in r.stderr, r.stderr
    assert "    at " not in r.stderr


def test_runtime_type_error_is_catchable_with_nodes_message(tmp_path: Path) -> None:
    write(tmp_path, "te.js", """
        let o;
        try { o.x; } catch (e) { console.log(e instanceof TypeError, e.message); }
        try { null.y = 1; } catch (e) { console.log(e.constructor === TypeError, e.message); }
    """)
    r = shapescape("run", "te.js", cwd=tmp_path)
    node = subprocess.run(["node", "te.js"], cwd=tmp_path, capture_output=True, text=True)
    assert r.stdout == node.stdout and r.returncode == 0


def test_run_refuses_a_file_that_is_not_a_module(tmp_path: Path) -> None:
    (tmp_path / "junk.wasm").write_bytes(b"\x00asm\x01\x00\x00\x00garbage")
    r = shapescape("run", "junk.wasm", cwd=tmp_path)
    assert r.returncode == 2 and "cannot run junk.wasm" in r.stderr


def test_syntax_errors_stop_the_build_with_the_analysis_diagnostic(tmp_path: Path) -> None:
    write(tmp_path, "bad.js", "let x = ;\n")
    r = shapescape("build", "bad.js", cwd=tmp_path)
    assert r.returncode == 1 and "bad.js:1:9" in r.stderr and "syntax-error" in r.stderr


def test_nesting_the_analysis_accepts_builds(tmp_path: Path) -> None:
    # `check` analyses 1,000 nested blocks; the build parsed on a shallow stack and
    # refused them (nesting-too-deep at about 160): it runs on the same deep thread
    n = 1000
    write(tmp_path, "deep.js", "function f(x) {\n" + "".join(f"if (x > {i - 2}) {{\n" for i in range(n))
          + "x += 10;\n" + "}\n" * n + "return x;\n}\nconsole.log(f(3), f(-5));\n")
    r = shapescape("run", "deep.js", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert r.stdout == subprocess.run(["node", "deep.js"], cwd=tmp_path, capture_output=True, text=True).stdout


TYPED = """
    class Shape { constructor(n) { this.n = n; } area() { return 0; } big() { return this.area() > 10; } }
    class Sq extends Shape { constructor(s) { super("sq"); this.s = s; } area() { return this.s * this.s; } }
    class Circle extends Shape { constructor(r) { super("c"); this.r = r; } area() { return 3 * this.r * this.r; } }
    function scale(x, k) { return x * k; }
    const shapes = [new Sq(2), new Circle(3), new Sq(5)];
    let total = 0;
    for (const s of shapes) total += scale(s.area(), 2);
    const first = shapes[0];
    console.log(total, first.big(), shapes.filter((s) => s.big()).length);
"""


def test_plan_types_give_unboxed_entries_and_direct_calls(tmp_path: Path) -> None:
    """What the plan proves becomes typed code: a function of numbers gets an f64
    entry that a direct call uses; a boolean method returns i32; a method every
    subclass inherits unchanged is called directly, an overridden one is not."""
    src = write(tmp_path, "prog.js", TYPED)
    r = shapescape("build", "prog.js", "-o", "out.wasm", "--wat", "out.wat", cwd=tmp_path, inline=False)
    assert r.returncode == 0, r.stderr
    wat = (tmp_path / "out.wat").read_text()
    scale = re.search(r"\(func (\$f\d+_scale)\.d \(param \$self \(ref \$Fn\)\) \(param \$this anyref\) "
                      r"\(param \$p0 f64\) \(param \$p1 f64\) \(result f64\)", wat)
    assert scale, "no unboxed entry for scale(x, k)"
    assert f"(call {scale.group(1)}.d " in wat
    big = re.search(r"\(func (\$f\d+_Shape_big)\.d \(param \$self \(ref \$Fn\)\) \(param \$this anyref\)\s*\(result i32\)", wat)
    assert big, "no i32 entry for the boolean method big()"
    assert f"(call {big.group(1)}.d (global.get $dummy_fn)" in wat     # first.big(): one method for every Shape
    assert re.search(r"\(call \$call\.area[ )]", wat)                    # this.area(): overridden, dispatched
    v = subprocess.run([WASM_TOOLS, "validate", "--features", "all", str(tmp_path / "out.wasm")],
                       capture_output=True, text=True)
    assert v.returncode == 0, v.stderr
    run = shapescape("run", "out.wasm", cwd=tmp_path)
    node = subprocess.run(["node", str(src)], capture_output=True, text=True)
    assert run.returncode == 0 and run.stdout == node.stdout, run.stderr


def test_dynamic_layout_makes_every_object_a_map_and_prints_the_same(tmp_path):
    """`--layout=dynamic` (the all-map build of the speed comparison): no struct type
    of the plan in the module, every site's object built as a dictionary, same output."""
    src = write(tmp_path, "p.js", PROGRAM)
    plan_wasm, dyn_wasm = tmp_path / "plan.wasm", tmp_path / "dyn.wasm"
    assert shapescape("build", str(src), "-o", str(plan_wasm), cwd=tmp_path).returncode == 0
    r = shapescape("build", str(src), "-o", str(dyn_wasm), "--layout", "dynamic", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    printed = {w: subprocess.run([WASM_TOOLS, "print", str(w)], capture_output=True, text=True).stdout
               for w in (plan_wasm, dyn_wasm)}
    assert re.search(r"\(type \$js\.Circle ", printed[plan_wasm])
    assert not re.search(r"\(type \$js\.", printed[dyn_wasm])
    node = subprocess.run(["node", str(src)], capture_output=True, text=True)
    for w in (plan_wasm, dyn_wasm):
        run = shapescape("run", str(w), cwd=tmp_path)
        assert (run.returncode, run.stdout) == (0, node.stdout)
    stats = shapescape("run", str(src), "--layout", "dynamic", "--stats=json", cwd=tmp_path)
    import json
    prof = json.loads(stats.stderr)
    assert {s["representation"] for s in prof["sites"] if s["kind"] in ("new", "object")} == {"map"}


def test_an_invalid_module_is_an_internal_error_not_a_traceback(tmp_path, monkeypatch):
    """If the compiler ever emits text wasmtime cannot assemble, the user gets a
    diagnostic naming it as shapescape's bug, and nothing is written."""
    import codegen.build as cb
    src = write(tmp_path, "ok.js", "console.log(1);\n")
    monkeypatch.setattr(cb, "build_module", lambda *a, **k: "(module (func (result i32)))")
    result = cb.build(str(src))
    assert not result.ok
    [d] = result.diagnostics
    assert (d.severity, d.code) == ("error", "internal-error")
    assert "invalid module" in d.message and "please report" in d.message


def wasm_struct_types(wasm: Path) -> dict:
    """$Name -> (supertype text or None, [(field name, wasm type)]) of the plan's types in a module."""
    printed = subprocess.run([WASM_TOOLS, "print", str(wasm)], capture_output=True, text=True).stdout
    out = {}
    for m in re.finditer(r"\(type \$js\.(\S+) (?:\(;\d+;\) )?\(sub (final )?(\$\S+ )?\(struct (.*?)\)\)\)$", printed, re.M):
        out["$" + m.group(1)] = (m.group(3), re.findall(r"\(field \$f\.(\S+) \(mut (\w+)\)\)", m.group(4)))
    return out


def test_an_overflow_type_has_its_fields_and_one_slot_shared_by_the_hierarchy(tmp_path: Path) -> None:
    src = write(tmp_path, "prog.js", """
        class Item { constructor(id, price) { this.id = id; this.price = price; } }
        class Book extends Item { constructor(id, price, isbn) { super(id, price); this.isbn = isbn; } }
        const keys = ["color", "1"];
        const a = new Item(1, 2.5), b = new Book(2, 4, "x");
        for (const k of keys) { a[k] = k.length; b[k] = 0; }
        console.log(a.price + b.price, b.isbn, a, Object.keys(b));
    """)
    plan = analyze([str(src)])
    item, book = (next(t for t in plan.types if t.name == n) for n in ("$Item", "$Book"))
    assert item.overflow and book.overflow
    r = shapescape("build", "prog.js", "-o", "out.wasm", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    types = wasm_struct_types(tmp_path / "out.wasm")
    slot = "_0_overflow"   # the slot's wasm name (ModuleBuilder.wasm_name of analysis.overflow.SLOT)
    # the proven fields stay typed struct fields (prices are unboxed f64), then the slot;
    # the subtype keeps the slot at the same index and adds its own fields after it
    assert types["$Item"][1] == [("id", "f64"), ("price", "f64"), (slot, "anyref")]
    assert types["$Book"][1] == [("id", "f64"), ("price", "f64"), (slot, "anyref"), ("isbn", "anyref")]
    assert types["$Book"][0].strip() == "$js.Item"
    run = shapescape("run", "out.wasm", cwd=tmp_path)
    node = subprocess.run(["node", str(src)], capture_output=True, text=True)
    assert run.returncode == 0 and run.stdout == node.stdout


def test_object_prototype_methods_the_runtime_lacks_stop_the_run(tmp_path: Path) -> None:
    """Object.prototype's toString, hasOwnProperty and valueOf are every object's
    (a class instance's too: its chain ends at Object.prototype); the others are
    refused by name where they are read, never read as undefined."""
    (tmp_path / "p.js").write_text("class A {}\nconst a = new A();\nconsole.log(a.toString(), a.hasOwnProperty('x'));\n"
                                   "console.log(typeof a.isPrototypeOf);\n", encoding="utf-8")
    r = subprocess.run([sys.executable, "-m", "shapescape", "run", str(tmp_path / "p.js")], capture_output=True,
                       text=True, timeout=120)
    assert r.returncode == 2 and r.stdout == "[object Object] false\n", (r.stdout, r.stderr)
    assert "the built-in method `isPrototypeOf`" in r.stderr and "p.js:4:" in r.stderr, r.stderr


def test_assigning_an_object_literal_s_getter_only_property_is_refused(tmp_path: Path) -> None:
    """node ignores the write in sloppy code and throws in strict code; the build
    stops with a refusal rather than pick one."""
    (tmp_path / "p.js").write_text("const o = { get x() { return 1; } };\nconsole.log(o.x);\no.x = 2;\n", encoding="utf-8")
    r = subprocess.run([sys.executable, "-m", "shapescape", "run", str(tmp_path / "p.js")], capture_output=True,
                       text=True, timeout=120)
    assert r.returncode == 2 and r.stdout == "1\n", (r.stdout, r.stderr)
    assert "assigning to a property that has a getter and no setter" in r.stderr and "p.js:3:" in r.stderr, r.stderr


def test_object_prototype_functions_read_through_a_computed_key_stop_the_run(tmp_path: Path) -> None:
    """The plan counts an object's own values and its class's members for `o[k]`,
    not Object.prototype's functions (counting them would make every dictionary's
    values possibly a function): finding one so is refused, where it is read."""
    (tmp_path / "p.js").write_text("const counts = {};\nfor (const w of ['a', 'b', 'a']) counts[w] = (counts[w] || 0) + 1;\n"
                                   "console.log(counts);\nconst k = 'toString';\nconsole.log(typeof counts[k]);\n",
                                   encoding="utf-8")
    r = subprocess.run([sys.executable, "-m", "shapescape", "run", str(tmp_path / "p.js")], capture_output=True,
                       text=True, timeout=120)
    assert r.returncode == 2 and r.stdout == "{ a: 2, b: 1 }\n", (r.stdout, r.stderr)
    assert "`toString` of an object read through a computed key" in r.stderr and "p.js:5:" in r.stderr, r.stderr


@pytest.mark.parametrize("source, message", [
    ("const d = new Date(0);\nconsole.log('at ' + d);\n", "a Date converted to a string or a primitive"),
    ("const d = new Date(0);\nconsole.log(d.getFullYear());\n", "the built-in method `getFullYear`"),
    ("const d = new Date('2020-01-01');\nconsole.log(d.getTime());\n", "`new Date(text)`"),
])
def test_what_dates_depend_on_the_time_zone_for_stops_the_run(tmp_path: Path, source: str, message: str) -> None:
    """A Date's local-time text and fields depend on the time zone, and parsing on
    the format: refused where the program reaches them, never guessed."""
    (tmp_path / "p.js").write_text(source, encoding="utf-8")
    r = subprocess.run([sys.executable, "-m", "shapescape", "run", str(tmp_path / "p.js")], capture_output=True,
                       text=True, timeout=120)
    assert r.returncode == 2 and r.stdout == "" and message in r.stderr, (r.stdout, r.stderr)


def test_regular_expression_uses_the_build_does_not_compile_stop_the_run(tmp_path: Path) -> None:
    """`match` with a string pattern made at run time (compiled from its text in node;
    a string literal is compiled at build time, c164) and a property other than
    lastIndex written to a regular expression stop the run where they happen, after
    what ran before."""
    write(tmp_path, "m.js", "console.log('a'.match(/a/)[0], 'ab'.search('b'));\nconst p = 'b' + '';\n"
                            "console.log('ab'.match(p));\n")
    r = shapescape("run", "m.js", cwd=tmp_path)
    assert (r.returncode, r.stdout) == (2, "a 1\n"), r.stderr
    assert "`match` or `search` with a pattern that is neither a regular expression nor a string literal" \
        in r.stderr and "m.js:3:" in r.stderr
    write(tmp_path, "w.js", "const r = /a/g;\nr.lastIndex = 1;\nconsole.log(r.lastIndex);\nr.foo = 2;\n")
    r = shapescape("run", "w.js", cwd=tmp_path)
    assert (r.returncode, r.stdout) == (2, "1\n"), r.stderr
    assert "the property `foo` written to a regular expression" in r.stderr


@pytest.mark.parametrize("call", [
    'Object.defineProperty(exports, "__esModule", { value: true, enumerable: true });',
    'Object.defineProperty(exports, "x", { value: true });',
    'Object.defineProperty({}, "__esModule", { value: true });',
    'Object.defineProperty(exports, "__esModule", { get() { return true; } });',
])
def test_define_property_other_than_the_es_module_marker_stops_the_run(tmp_path: Path, call: str) -> None:
    # only TypeScript's and Babel's exact `__esModule` statement is compiled (m23); any
    # other stops the run where it is called
    (tmp_path / "p.js").write_text(f'"use strict";\nconsole.log(0);\n{call}\nconsole.log(1);\n', encoding="utf-8")
    r = shapescape("run", "p.js", cwd=tmp_path)
    assert (r.returncode, r.stdout) == (2, "0\n"), r.stderr
    assert "`Object.defineProperty` other than TypeScript's `__esModule` marker" in r.stderr and "p.js:3:" in r.stderr


def test_builtin_static_methods_are_values_whose_calls_stop_the_run(tmp_path: Path) -> None:
    # as values they are function objects with node's name and length (codegen/math_values.py);
    # a call through one, and a call of a reflective method, stops where it happens
    (tmp_path / "p.js").write_text(
        "console.log(typeof Object.defineProperty, Object.create.length, Array.from.name, Object.keys === Object.keys);\n"
        "const keys = Object.keys;\nconsole.log(keys === Object.keys);\nkeys({a: 1});\n", encoding="utf-8")
    r = shapescape("run", "p.js", cwd=tmp_path)
    assert (r.returncode, r.stdout) == (2, "function 2 from true\ntrue\n"), r.stderr
    assert "the built-in method `Object.keys`" in r.stderr
    (tmp_path / "q.js").write_text("const o = {};\nconsole.log('before');\n"
                                   "Object.defineProperty(o, 'x', { get() { return 1; } });\nconsole.log(o.x);\n",
                                   encoding="utf-8")
    r = shapescape("run", "q.js", cwd=tmp_path)
    assert (r.returncode, r.stdout) == (2, "before\n"), r.stderr
    assert "`Object.defineProperty` other than TypeScript's `__esModule` marker" in r.stderr and "q.js:3:8" in r.stderr
    # a struct's descriptor is not compiled (a dictionary's is: m23)
    (tmp_path / "d.js").write_text("class P { constructor() { this.a = 1; } }\n"
                                   "console.log(Object.getOwnPropertyDescriptor(new P(), 'a'));\n", encoding="utf-8")
    r = shapescape("run", "d.js", cwd=tmp_path)
    assert (r.returncode, r.stdout) == (2, ""), r.stderr
    assert "`Object.getOwnPropertyDescriptor` of an object that is not a dictionary" in r.stderr
