"""Private class members in the WasmGC build (codegen/private.py). The program
tests/programs/c126_private_members.js, in the differential suite, covers fields,
methods, brand checks and invisibility; these cover the rest and the refusals."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from conftest import same_as_node


def test_a_private_field_holding_a_function_is_called_with_its_object_as_this(tmp_path: Path) -> None:
    (tmp_path / "p.js").write_text(
        "class Box {\n  #fn;\n  #k = 3;\n"
        "  constructor(fn) { this.tag = 'box'; this.#fn = fn; }\n"
        "  run(x) { return this.#fn(x) + this.#k; }\n"
        "  self() { return this.#fn(); }\n"
        "  static at(o) { return o?.#k; }\n}\n"
        "const b = new Box(function (x) { return x === undefined ? this.tag : x * 2; });\n"
        "console.log(b.run(5), b.self(), new Box((x) => x).run(1), Box.at(b), Box.at(null));\n", encoding="utf-8")
    assert same_as_node(tmp_path / "p.js") == "13 box 4 3 undefined\n"


def test_every_assignment_form_writes_the_private_field(tmp_path: Path) -> None:
    (tmp_path / "p.js").write_text(
        "class A {\n  #a = 0; #b = null; #c = 's'; #d = [1, 2];\n  go() {\n"
        "    this.#a += 5; this.#a *= 2; this.#a -= 1; this.#a **= 2; this.#a %= 7;\n"
        "    this.#b ??= 'set'; this.#b ||= 'no'; this.#c &&= this.#c + '!';\n    this.#c += '?';\n"
        "    const o = this;\n    o.#a++; ++o.#a; o.#a--;\n"
        "    [this.#d[0], this.#a] = [this.#a, this.#d[1]];\n    ({ x: this.#b } = { x: 'destructured' });\n"
        "    for (this.#c of ['p', 'q']) {}\n"
        "    return [this.#a, this.#b, this.#c, this.#d, typeof this.#a, typeof this.#d, `${this.#c}`];\n"
        "  }\n}\nconsole.log(new A().go());\n", encoding="utf-8")
    assert same_as_node(tmp_path / "p.js") == "[ 2, 'destructured', 'q', [ 5, 2 ], 'number', 'object', 'q' ]\n"


def test_the_same_private_name_in_unrelated_classes_is_two_fields(tmp_path: Path) -> None:
    (tmp_path / "p.js").write_text(
        "class A { #v = 'a'; get(o) { return o.#v; } }\nclass B { #v = 'b'; get(o) { return o.#v; } }\n"
        "const a = new A(), b = new B();\nconsole.log(a.get(a), b.get(b));\n"
        "try { a.get(b); } catch (e) { console.log(e.constructor.name); }\n"
        "try { b.get(a); } catch (e) { console.log(e.constructor.name); }\n", encoding="utf-8")
    assert same_as_node(tmp_path / "p.js") == "a b\nTypeError\nTypeError\n"


def test_private_fields_stay_in_the_struct_beside_an_overflow_dictionary(tmp_path: Path) -> None:
    (tmp_path / "p.js").write_text(
        "class A { #v = 1; f() { return this.#v; } }\nconst a = new A();\n"
        "const k = process.argv.length > 9 ? 'x' : '#v';\na[k] = 2;\n"
        "console.log(a.f(), a, Object.keys(a), a[k]);\n", encoding="utf-8")
    assert same_as_node(tmp_path / "p.js") == "1 A { '#v': 2 } [ '#v' ] 2\n"


@pytest.mark.parametrize("source, where, what", [
    ("class A { static get #n() { return 0; } }\nnew A();\n", "1:22", "private accessors"),
    ("class A { get #v() { return 1; } }\nnew A();\n", "1:15", "private accessors"),
    ("class A { #m() {} f() { return this.#m; } }\nconsole.log(new A().f());\n", "1:32",
     "the private method `#m` read as a value"),
    ("class A { #m(x) { return x; } f(xs) { return this.#m(...xs); } }\nconsole.log(new A().f([1]));\n", "1:46",
     "spread arguments to a private method"),
    ("class A { #v = 1; }\nclass B extends A { #v = 2; }\nnew B();\n", "2:21", "declared again by a subclass"),
    ("class A { #v = 1; f() { return this.#v; } }\nconst a = new A();\nObject.assign(a, JSON.parse('{\"z\": 1}'));\n"
     "console.log(a.f());\n",
     "1:37", "whose objects the plan does not make structs"),
])
def test_private_members_the_build_does_not_compile_are_refused_at_the_construct(
        tmp_path: Path, source: str, where: str, what: str) -> None:
    (tmp_path / "p.js").write_text(source, encoding="utf-8")
    r = subprocess.run([sys.executable, "-m", "shapescape", "build", str(tmp_path / "p.js"), "-o",
                        str(tmp_path / "p.wasm")], capture_output=True, text=True, timeout=120)
    assert r.returncode == 2, r.stderr
    assert f"p.js:{where}: error[build-unsupported]" in r.stderr and what in r.stderr, r.stderr
    assert not (tmp_path / "p.wasm").exists()


def test_a_static_private_field_holding_a_function_is_called_with_the_class(tmp_path: Path) -> None:
    (tmp_path / "p.js").write_text(
        "class C {\n"
        "  static #f = (x) => x * 2;\n"
        "  static #g = function (y) { return [this === C, y]; };\n"
        "  static #n = 5;\n"
        "  #m = null;\n"
        "  static run() { return [C.#f(21), C.#g(1), this.#f(4)]; }\n"
        "  static bad(o) { return o.#f(1); }\n"
        "  static notfn() { return C.#n(); }\n"
        "  call() { return this.#m(); }\n"
        "}\n"
        "class D extends C {}\n"
        "console.log(C.run());\n"
        "try { C.bad(D); } catch (e) { console.log(e.name, e.message); }\n"
        "try { C.notfn(); } catch (e) { console.log(e.name, e.message); }\n"
        "try { new C().call(); } catch (e) { console.log(e.name, e.message); }\n", encoding="utf-8")
    out = same_as_node(tmp_path / "p.js")
    assert "C[#n] is not a function" in out and "this[#m] is not a function" in out
