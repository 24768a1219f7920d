"""ES modules in the WasmGC build (codegen/esm.py): programs of `.mjs` files
and of `.js` files under `"type": "module"` print what node prints; what node
would not run, or the build does not compile, is refused at the construct.
(tests/programs/m18_es_modules is the larger program, in the differential suite.)"""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import run_both, same_as_node


def write(tmp_path: Path, files: dict) -> None:
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")


def build(tmp_path: Path, entry: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "shapescape", "build", str(tmp_path / entry), "-o",
                           str(tmp_path / "out.wasm"), "--wat", str(tmp_path / "out.wat")],
                          capture_output=True, text=True, timeout=120)


def test_live_bindings_and_the_order_modules_run_in(tmp_path: Path) -> None:
    write(tmp_path, {
        "main.mjs": "console.log('main');\nimport { n, bump } from './b.mjs';\nimport './a.mjs';\n"
                    "console.log(n); bump(); bump(); console.log(n);\n",
        "a.mjs": "import { n } from './b.mjs';\nconsole.log('a sees', n);\n",
        "b.mjs": "console.log('b');\nexport let n = 1;\nexport function bump() { n *= 10; }\n",
    })
    got, want = run_both(tmp_path / "main.mjs")
    assert got.returncode == want.returncode == 0, got.stderr
    # b runs once, first (main's first import), then a, then main's own statements
    assert got.stdout == want.stdout == "b\na sees 1\nmain\n1\n100\n"


def test_a_binding_read_before_its_module_ran_throws_as_in_node(tmp_path: Path) -> None:
    # main imports a, a imports main back: a's top level runs first and calls
    # main's hoisted function, which reads main's `limit` before its declaration
    write(tmp_path, {
        "main.mjs": "import { useIt } from './a.mjs';\nexport const limit = 3;\n"
                    "export function check() { return limit; }\nconsole.log('main', useIt());\n",
        "a.mjs": "import { check } from './main.mjs';\nlet got;\n"
                 "try { got = check(); } catch (e) { got = e.constructor.name + ': ' + e.message; }\n"
                 "console.log('a', got);\nexport function useIt() { return check() * 2; }\n",
    })
    assert same_as_node(tmp_path / "main.mjs") == "a ReferenceError: Cannot access 'limit' before initialization\nmain 6\n"


def test_early_module_numbers_stay_f64_globals_unless_a_cycle_can_reach_them(tmp_path: Path) -> None:
    write(tmp_path, {"main.mjs": "import { scale } from './lib.mjs';\nexport const base = 4;\n"
                                 "console.log(scale(base));\n",
                     "lib.mjs": "export const factor = 2.5;\nexport function scale(x) { return x * factor; }\n"})
    assert build(tmp_path, "main.mjs").returncode == 0
    f64 = set(re.findall(r"\(global \$g\d+_(\w+?)_\d+ \(mut f64\)", (tmp_path / "out.wat").read_text()))
    assert f64 == {"base", "factor"}
    # lib imports main back: lib may run main's code before main's `base` exists, and
    # which of the two runs first depends on the entry, so neither keeps an f64 global
    (tmp_path / "lib.mjs").write_text("import { base } from './main.mjs';\nexport const factor = 2.5;\n"
                                      "export function scale(x) { return x * factor + 0 * base; }\n")
    assert build(tmp_path, "main.mjs").returncode == 0
    f64 = set(re.findall(r"\(global \$g\d+_(\w+?)_\d+ \(mut f64\)", (tmp_path / "out.wat").read_text()))
    assert f64 == set()
    got, want = run_both(tmp_path / "main.mjs")
    assert got.stdout == want.stdout == "10\n"


def test_re_exports_namespaces_and_defaults(tmp_path: Path) -> None:
    write(tmp_path, {
        "main.mjs": "import * as all from './index.mjs';\nimport def, { twice as t2, Base } from './index.mjs';\n"
                    "import fn from './fn.mjs';\n"
                    "console.log(all.twice(4), t2(5), all.VERSION, def.kind, fn(1), fn.name, typeof all.Base);\n"
                    "class Mine extends Base { hello() { return 'mine ' + super.hello(); } }\n"
                    "console.log(new Mine().hello(), new all.Base() instanceof Base);\n",
        "index.mjs": "export * from './math.mjs';\nexport { Base } from './base.mjs';\n"
                     "export { default } from './obj.mjs';\nexport const VERSION = '1.' + 2;\n",
        "math.mjs": "export const twice = (x) => x * 2;\nexport default 'math default is not re-exported by *';\n",
        "base.mjs": "export class Base { hello() { return 'base'; } }\n",
        "obj.mjs": "export default { kind: 'object literal' };\n",
        "fn.mjs": "export default (x) => x + 1;\n",
    })
    assert same_as_node(tmp_path / "main.mjs") == "8 10 1.2 object literal 2 default function\nmine base true\n"


def test_a_commonjs_default_import_and_strict_mode(tmp_path: Path) -> None:
    write(tmp_path, {
        "main.mjs": "import lib from './lib.cjs';\nfunction f() { return this; }\n"
                    "console.log(lib.add(2, 3), f(), this, typeof require, typeof exports);\n"
                    "try { notDeclared = lib.add(1, 1); } catch (e) { console.log(e.name, e.message); }\n",
        "lib.cjs": "exports.add = (a, b) => a + b;\n",
    })
    assert same_as_node(tmp_path / "main.mjs") == "5 undefined undefined undefined undefined\n" \
                                        "ReferenceError notDeclared is not defined\n"


def test_type_module_makes_js_files_modules(tmp_path: Path) -> None:
    write(tmp_path, {"package.json": '{"type": "module"}\n',
                     "main.js": "import { greet } from './greet.js';\nconsole.log(greet('node'));\n",
                     "greet.js": "export function greet(who) { return `hi ${who}`; }\n"})
    got, want = run_both(tmp_path / "main.js")
    assert got.stdout == want.stdout == "hi node\n"


@pytest.mark.parametrize("files, where, what", [
    ({"main.mjs": "import { x } from './lib';\n", "lib.mjs": "export const x = 1;\n"},
     "main.mjs:1:19", "exact file name only (write `./lib.mjs`)"),
    ({"main.mjs": "import { y } from './lib.mjs';\n", "lib.mjs": "export const x = 1;\n"},
     "main.mjs:1:10", "`y`: lib.mjs does not export it"),
    ({"main.mjs": "import { x } from './lib.mjs';\nx = 2;\n", "lib.mjs": "export let x = 1;\n"},
     "main.mjs:1:10", "assigning to the import `x`"),
    ({"main.mjs": "import fs from 'fs';\n"}, "main.mjs:1:16", "not a file of the program"),
    ({"main.mjs": "import { add } from './lib.cjs';\n", "lib.cjs": "exports.add = 1;\n"},
     "main.mjs:1:10", "named import `add` from a CommonJS file"),
    ({"main.js": "const m = require('./lib.mjs');\n", "lib.mjs": "export const x = 1;\n"},
     "main.js:1:11", "ERR_REQUIRE_ESM"),
    ({"main.mjs": "import * as ns from './lib.mjs';\nconsole.log(ns);\n", "lib.mjs": "export const x = 1;\n"},
     "main.mjs:2:13", "a module namespace object used as a value"),
    ({"main.mjs": "import * as ns from './lib.mjs';\nconsole.log(ns.f());\n",
      "lib.mjs": "export function f() { return this; }\n"},
     "main.mjs:2:13", "an arrow that does not read `this`"),
    ({"main.mjs": "import { x } from './a.mjs';\n", "a.mjs": "export * from './b.mjs';\nexport * from './c.mjs';\n",
      "b.mjs": "export const x = 1;\n", "c.mjs": "export const x = 2;\n"},
     "main.mjs:1:10", "ambiguous"),
])
def test_what_node_would_not_run_or_the_build_does_not_compile_is_refused_at_the_construct(
        tmp_path: Path, files: dict, where: str, what: str) -> None:
    write(tmp_path, files)
    entry = next(iter(files))
    r = build(tmp_path, entry)
    assert r.returncode == 2, r.stderr
    assert f"{where}: error[build-unsupported]" in r.stderr and what in r.stderr, r.stderr
    assert not (tmp_path / "out.wasm").exists()
