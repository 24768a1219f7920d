"""The closed world: which files are one program, and how values cross them.

The world grows from the given paths through relative `require`, `import`,
`export ... from` and constant `import()`. Each test builds a small project in
a temporary folder and checks real verdicts: which files are analysed, which
sites become maps and where the cause is, and which diagnostics (with their
locations) the module graph produces.

The strongest check that a module edge really connects values (not just loads
a file) is a `delete` through the imported binding: the exported object's site
must become a map whose `delete-property` cause is in the importing file.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from analysis import analyze  # noqa: E402


# --------------------------------------------------------------------- helpers
@pytest.fixture
def world(tmp_path, monkeypatch):
    """Write a project under a temporary folder, chdir there and analyse `paths`."""
    monkeypatch.chdir(tmp_path)

    def run(files: dict[str, str], paths: list[str]):
        for name, text in files.items():
            p = tmp_path / name
            p.parent.mkdir(parents=True, exist_ok=True)
            p.write_text(text, encoding="utf-8")
        return analyze(paths)
    return run


def P(*parts: str) -> str:
    """A display path as the plan shows it (relative to the working folder)."""
    return os.path.join(*parts)


def is_struct(site) -> bool:
    return site.representation in ("struct", "scalar") and site.type is not None


def site_at(plan, file: str, line: int, kind: str | None = None):
    found = [s for s in plan.sites if s.location.file == file and s.location.line == line
             and (kind is None or s.kind == kind)]
    assert len(found) == 1, f"expected one site at {file}:{line}, found {found} in " \
                            f"{[s.location.short() for s in plan.sites]}"
    return found[0]


def deopts(site) -> list[tuple[str, str, int]]:
    return [(r.code, r.location.file, r.location.line) for r in site.deopt]


def diags(plan, code: str) -> list:
    return [d for d in plan.diagnostics if d.code == code]


def span(loc) -> tuple[int, int, int, int]:
    return (loc.line, loc.column, loc.end_line, loc.end_column)


def files_of(plan) -> set[str]:
    return {f.path for f in plan.files}


def no_errors(plan) -> None:
    errs = [d for d in plan.diagnostics if d.severity == "error"]
    assert errs == [], [(d.code, d.location.short(), d.message) for d in errs]


# ----------------------------------------------------------------- CommonJS
COMMONJS = {
    "main.js": (
        "const geo = require('./geo');\n"               # 1  without extension
        "const { Point } = require('./lib/point.js');\n"  # 2  with extension
        "const util = require('./lib/util');\n"         # 3  dir -> dir/index.js
        "const cfg = require('./cfg.cjs');\n"           # 4  .cjs
        "const p = new Point(1, 2);\n"                  # 5
        "const m = geo.make(3, 4);\n"                   # 6
        "delete m.a;\n"                                 # 7
        "delete cfg.port;\n"                            # 8
        "delete util.shared.s;\n"                       # 9
        "console.log(p.x + geo.kept.k);\n"              # 10
    ),
    "geo.js": (
        "exports.make = function (a, b) {\n"
        "  return { a: a, b: b };\n"                    # 2
        "};\n"
        "exports.kept = { k: 1 };\n"                    # 4
    ),
    "lib/point.js": (
        "class Point {\n"
        "  constructor(x, y) { this.x = x; this.y = y; }\n"
        "}\n"
        "module.exports = { Point };\n"
    ),
    "lib/util/index.js": "module.exports.shared = { s: 1 };\n",
    "cfg.cjs": "module.exports = { port: 8080 };\n",
}


def test_commonjs_world_is_every_required_file(world):
    plan = world(COMMONJS, ["main.js"])
    no_errors(plan)
    assert files_of(plan) == {"main.js", "geo.js", P("lib", "point.js"), P("lib", "util", "index.js"), "cfg.cjs"}
    assert {f.source_type for f in plan.files} == {"script"}
    assert diags(plan, "module-not-found") == [] and diags(plan, "outside-module") == []


def test_commonjs_values_flow_between_files(world):
    plan = world(COMMONJS, ["main.js"])
    # geo.make(3, 4) allocates in geo.js with the argument types of main.js.
    made = site_at(plan, "geo.js", 2, "object")
    assert made.representation == "map"
    assert deopts(made) == [("delete-property", "main.js", 7)]
    # exports.x = {...}; module.exports = {...}; module.exports.x = {...} in a dir index.
    assert deopts(site_at(plan, "cfg.cjs", 1, "object")) == [("delete-property", "main.js", 8)]
    assert deopts(site_at(plan, P("lib", "util", "index.js"), 1, "object")) == [("delete-property", "main.js", 9)]
    # Exported and used but never deoptimised: stays a struct ("exports are inside").
    kept = site_at(plan, "geo.js", 4, "object")
    assert is_struct(kept) and [(f.name, f.type) for f in kept.fields] == [("k", "f64")]
    # The class comes from another file: `new Point` in main.js is a $Point struct.
    p = site_at(plan, "main.js", 5, "new")
    assert is_struct(p) and p.type == "$Point" and p.class_name == "Point"
    assert [(f.name, f.type) for f in p.fields] == [("x", "f64"), ("y", "f64")]


def test_cross_file_deopt_diagnostics_link_both_ways(world):
    plan = world(COMMONJS, ["main.js"])
    [at_site] = [d for d in diags(plan, "shape-deoptimized") if d.location.file == "cfg.cjs"]
    assert (at_site.severity, at_site.location.line, at_site.location.column) == ("warning", 1, 18)
    assert [(r.location.file, r.location.line, r.location.column) for r in at_site.related] == [("main.js", 8, 1)]
    [cause] = [d for d in diags(plan, "delete-property") if d.location.line == 8]
    assert cause.location.file == "main.js"
    assert span(cause.location) == (8, 1, 8, 16)
    assert [(r.location.file, r.location.line, r.location.column) for r in cause.related] == [("cfg.cjs", 1, 18)]


def test_file_only_reachable_through_require_is_analysed(world):
    plan = world({"main.js": "const h = require('./hidden');\nconsole.log(h.obj.v);\n",
                  "hidden.js": "exports.obj = { v: 1 };\nexports.list = [1, 2];\n"}, ["main.js"])
    no_errors(plan)
    assert files_of(plan) == {"main.js", "hidden.js"}
    obj = site_at(plan, "hidden.js", 1, "object")
    assert is_struct(obj) and [f.name for f in obj.fields] == ["v"]
    arr = site_at(plan, "hidden.js", 2, "array")
    assert arr.representation == "array" and arr.element_type == "f64"


def test_a_file_given_and_required_is_analysed_once(world):
    files = {"main.js": "const b = require('./b');\nconst b2 = require('./b.js');\nconsole.log(b.o, b2.o);\n",
             "b.js": "exports.o = { f: 1 };\n"}
    plan = world(files, ["main.js", "b.js", "./b.js", "main.js"])
    assert sorted(f.path for f in plan.files) == ["b.js", "main.js"]
    assert len(plan.sites_in("b.js")) == 1


def test_require_cycle_terminates_and_connects_both_ways(world):
    plan = world({
        "a.js": "const b = require('./b');\nexports.aobj = { a: 1 };\n"
                "exports.useB = function () { delete b.bobj.b; };\n",
        "b.js": "const a = require('./a');\nexports.bobj = { b: 2 };\n"
                "exports.useA = function () { delete a.aobj.a; };\n",
    }, ["a.js"])
    no_errors(plan)
    assert files_of(plan) == {"a.js", "b.js"}
    assert deopts(site_at(plan, "a.js", 2, "object")) == [("delete-property", "b.js", 3)]
    assert deopts(site_at(plan, "b.js", 2, "object")) == [("delete-property", "a.js", 3)]


def test_three_module_cycle_with_self_require(world):
    plan = world({
        "a.js": "const b = require('./b');\nconst self = require('./a');\nexports.x = { v: 1 };\n",
        "b.js": "const c = require('./c');\nexports.y = { v: 2 };\n",
        "c.js": "const a = require('./a.js');\ndelete a.x.v;\nexports.z = { v: 3 };\n",
    }, ["a.js"])
    assert files_of(plan) == {"a.js", "b.js", "c.js"}
    assert deopts(site_at(plan, "a.js", 3, "object")) == [("delete-property", "c.js", 2)]
    assert is_struct(site_at(plan, "b.js", 2, "object"))


def test_resolution_prefers_the_file_over_the_folder(world):
    plan = world({
        "main.js": "const x = require('./x');\ndelete x.fileobj.e;\n",
        "x.js": "exports.fileobj = { e: 1 };\n",
        "x/index.js": "exports.dirobj = { d: 1 };\n",
    }, ["main.js"])
    assert files_of(plan) == {"main.js", "x.js"}
    assert deopts(site_at(plan, "x.js", 1, "object")) == [("delete-property", "main.js", 2)]


def test_parent_folder_and_dot_dot_specifiers(world):
    plan = world({
        "index.js": "exports.io = { i: 1 };\n",
        "lib/util.js": "exports.l = { l: 1 };\n",
        "lib/sub/t.js": "const i = require('../..');\nconst l = require('../../lib/./util');\n"
                        "delete i.io.i;\ndelete l.l.l;\n",
    }, [P("lib", "sub", "t.js")])
    assert files_of(plan) == {P("lib", "sub", "t.js"), "index.js", P("lib", "util.js")}
    assert deopts(site_at(plan, "index.js", 1)) == [("delete-property", P("lib", "sub", "t.js"), 3)]
    assert deopts(site_at(plan, P("lib", "util.js"), 1)) == [("delete-property", P("lib", "sub", "t.js"), 4)]


# ----------------------------------------------------------------- ES modules
ESM = {
    "main.mjs": (
        "import makeDefault, { named } from './a.mjs';\n"   # 1 default + named, .mjs
        "import * as ns from './b.js';\n"                  # 2 namespace
        "import { reexported, Box } from './c';\n"          # 3 re-exports, no extension
        "import { fromStar } from './d.js';\n"              # 4 export * from
        "import cjs from './e.cjs';\n"                      # 5 default import of CommonJS
        "const d = makeDefault();\n"                        # 6
        "delete d.dx;\n"                                    # 7
        "delete named.nx;\n"                                # 8
        "delete ns.bval.bx;\n"                              # 9
        "delete reexported.ox;\n"                           # 10
        "const box = new Box(1);\n"                         # 11
        "delete box.v;\n"                                   # 12
        "delete fromStar.sx;\n"                             # 13
        "delete cjs.obj.c;\n"                               # 14
    ),
    "a.mjs": (
        "export default function () { return { dx: 1 }; }\n"
        "export const named = { nx: 2 };\n"
        "export const other = { ox: 3 };\n"
        "export const untouched = { ux: 4 };\n"
    ),
    "b.js": "export const bval = { bx: 4 };\n",
    "c.js": "export { other as reexported } from './a.mjs';\nexport { Box } from './dir';\n",
    "dir/index.js": "export class Box { constructor(v) { this.v = v; } }\n",
    "d.js": "export * from './star.js';\n",
    "star.js": "export const fromStar = { sx: 5 };\nexport const starKept = { sk: 6 };\n",
    "e.cjs": "exports.obj = { c: 1 };\n",
}


def test_es_module_world_is_every_imported_file(world):
    plan = world(ESM, ["main.mjs"])
    no_errors(plan)
    kinds = {f.path: f.source_type for f in plan.files}
    assert kinds == {"main.mjs": "module", "a.mjs": "module", "b.js": "module", "c.js": "module",
                     P("dir", "index.js"): "module", "d.js": "module", "star.js": "module", "e.cjs": "script"}
    assert diags(plan, "module-not-found") == []


@pytest.mark.parametrize("file,line,deleted_at", [
    ("a.mjs", 1, 7),          # export default function's result
    ("a.mjs", 2, 8),          # named export
    ("b.js", 1, 9),           # through a namespace import
    ("a.mjs", 3, 10),         # export { other as reexported } from
    ("star.js", 1, 13),       # export * from
    ("e.cjs", 1, 14),         # default import of a CommonJS module
], ids=["default", "named", "namespace", "reexport", "export-star", "cjs-default"])
def test_es_module_bindings_connect_values(world, file, line, deleted_at):
    plan = world(ESM, ["main.mjs"])
    s = site_at(plan, file, line, "object")
    assert s.representation == "map"
    assert deopts(s) == [("delete-property", "main.mjs", deleted_at)]


def test_es_module_class_reexported_from_a_folder_index(world):
    plan = world(ESM, ["main.mjs"])
    box = site_at(plan, "main.mjs", 11, "new")
    assert box.class_name == "Box"
    assert box.representation == "map" and deopts(box) == [("delete-property", "main.mjs", 12)]


def test_es_module_exports_not_deoptimised_stay_structs(world):
    plan = world(ESM, ["main.mjs"])
    for file, line, name in [("a.mjs", 4, "ux"), ("star.js", 2, "sk")]:
        s = site_at(plan, file, line, "object")
        assert is_struct(s), s
        assert [(f.name, f.type) for f in s.fields] == [(name, "f64")]


def test_import_cycle_terminates(world):
    plan = world({
        "a.mjs": "import { bobj } from './b.mjs';\nexport const aobj = { a: 1 };\ndelete bobj.b;\n",
        "b.mjs": "import { aobj } from './a.mjs';\nexport const bobj = { b: 2 };\n"
                 "export function f() { delete aobj.a; }\n",
    }, ["a.mjs"])
    no_errors(plan)
    assert deopts(site_at(plan, "a.mjs", 2, "object")) == [("delete-property", "b.mjs", 3)]
    assert deopts(site_at(plan, "b.mjs", 2, "object")) == [("delete-property", "a.mjs", 3)]


def test_side_effect_import_is_analysed(world):
    plan = world({"main.mjs": "import './side.js';\n",
                  "side.js": "const sideObj = { s: 6 };\nconsole.log(sideObj.s);\n"}, ["main.mjs"])
    no_errors(plan)
    assert files_of(plan) == {"main.mjs", "side.js"}
    assert is_struct(site_at(plan, "side.js", 1, "object"))


def test_dynamic_import_with_await_in_a_module(world):
    plan = world({"main.mjs": "const mod = await import('./lazy.js');\ndelete mod.lazyObj.z;\n",
                  "lazy.js": "export const lazyObj = { z: 7 };\n"}, ["main.mjs"])
    no_errors(plan)
    assert files_of(plan) == {"main.mjs", "lazy.js"}
    assert deopts(site_at(plan, "lazy.js", 1, "object")) == [("delete-property", "main.mjs", 2)]


def test_dynamic_import_from_a_commonjs_script(world):
    plan = world({"main.js": "async function f() {\n  const m = await import('./lazy.cjs');\n"
                             "  delete m.obj.c;\n}\nf();\n",
                  "lazy.cjs": "exports.obj = { c: 1 };\n"}, ["main.js"])
    no_errors(plan)
    assert files_of(plan) == {"main.js", "lazy.cjs"}
    s = site_at(plan, "lazy.cjs", 1, "object")
    assert s.representation == "map"
    assert deopts(s) == [("delete-property", "main.js", 3)]


def test_dynamic_import_of_commonjs_has_a_default_export(world):
    plan = world({"main.js": "async function f() {\n  const m = await import('./lazy.cjs');\n"
                             "  delete m.default.obj.c;\n}\nf();\n",
                  "lazy.cjs": "exports.obj = { c: 1 };\n"}, ["main.js"])
    s = site_at(plan, "lazy.cjs", 1, "object")
    assert s.representation == "map"
    assert deopts(s) == [("delete-property", "main.js", 3)]


def test_dynamic_import_then_callback_is_analysed(world):
    plan = world({"main.mjs": "import('./lazy.js').then((mod) => { delete mod.lazyObj.z; });\n",
                  "lazy.js": "export const lazyObj = { z: 7 };\n"}, ["main.mjs"])
    assert files_of(plan) == {"main.mjs", "lazy.js"}
    s = site_at(plan, "lazy.js", 1, "object")
    assert s.representation == "map"
    assert deopts(s) == [("delete-property", "main.mjs", 1)]


def test_dynamic_import_with_a_computed_specifier_loads_nothing(world):
    plan = world({"main.mjs": "const name = './lazy.js';\nconst m = await import(name);\n",
                  "lazy.js": "export const lazyObj = { z: 7 };\n"}, ["main.mjs"])
    no_errors(plan)
    assert files_of(plan) == {"main.mjs"}


def test_require_with_a_constant_template_literal(world):
    plan = world({"main.js": "const b = require(`./b`);\ndelete b.o.f;\n",
                  "b.js": "exports.o = { f: 1 };\n"}, ["main.js", "b.js"])
    s = site_at(plan, "b.js", 1, "object")
    assert s.representation == "map"
    assert deopts(s) == [("delete-property", "main.js", 2)]


def test_script_with_import_word_in_a_template_is_still_commonjs(world):
    plan = world({"main.js": "const usage = `\nimport data from a file\n`;\n"
                             "const b = require('./b');\ndelete b.o.f;\nconsole.log(usage);\n",
                  "b.js": "exports.o = { f: 1 };\n"}, ["main.js"])
    assert {f.path: f.source_type for f in plan.files} == {"main.js": "script", "b.js": "script"}
    assert deopts(site_at(plan, "b.js", 1, "object")) == [("delete-property", "main.js", 5)]


# ----------------------------------------------------------------- module-not-found
def test_missing_relative_require_is_a_warning_at_the_specifier(world):
    plan = world({"main.js": 'const util = require("./utils/formatt");\nconst o = { a: 1 };\nutil.f(o);\n'},
                 ["main.js"])
    [d] = diags(plan, "module-not-found")
    assert d.severity == "warning" and d.location.file == "main.js"
    assert span(d.location) == (1, 22, 1, 39)       # the string literal, quotes included
    assert "./utils/formatt" in d.message and "require" in d.message
    # Its value is outside the closed world: an object passed to it escapes.
    o = site_at(plan, "main.js", 2, "object")
    assert o.representation == "map"
    assert [(r.code, r.location.line) for r in o.deopt] == [("escapes-closed-world", 3)]
    assert not [d for d in plan.diagnostics if d.severity == "error"]


def test_missing_es_imports_are_warnings_at_each_specifier(world):
    plan = world({"main.mjs": "import { x } from './gone';\n"
                              "export { y } from \"../also-gone.mjs\";\n"
                              "const m = await import('./nope.js');\n"}, ["main.mjs"])
    got = [(d.severity, d.location.file, span(d.location)) for d in diags(plan, "module-not-found")]
    assert got == [("warning", "main.mjs", (1, 19, 1, 27)),
                   ("warning", "main.mjs", (2, 19, 2, 37)),
                   ("warning", "main.mjs", (3, 24, 3, 35))]
    messages = [d.message for d in diags(plan, "module-not-found")]
    assert "./gone" in messages[0] and "../also-gone.mjs" in messages[1] and "./nope.js" in messages[2]
    assert files_of(plan) == {"main.mjs"}


def test_folder_without_index_is_module_not_found(world, tmp_path):
    (tmp_path / "emptydir").mkdir()
    plan = world({"main.js": "const e = require('./emptydir');\n"}, ["main.js"])
    [d] = diags(plan, "module-not-found")
    assert span(d.location) == (1, 19, 1, 31)


def test_syntax_error_in_a_required_file_is_reported_there(world):
    plan = world({"main.js": "const b = require('./broken');\nconst keep = { k: 1 };\nconsole.log(keep.k, b);\n",
                  "broken.js": "exports.o = { f: 1 ;\n"}, ["main.js"])
    errs = [d for d in plan.diagnostics if d.severity == "error"]
    assert [(d.code, d.location.file, d.location.line, d.location.column) for d in errs] == \
        [("syntax-error", "broken.js", 1, 20)]
    assert {f.path: f.source_type for f in plan.files} == {"main.js": "script", "broken.js": "unparsed"}
    assert is_struct(site_at(plan, "main.js", 2, "object"))
    assert diags(plan, "module-not-found") == []


# ----------------------------------------------------------------- outside the world
def test_require_of_a_node_module_is_outside_and_objects_passed_to_it_escape(world):
    plan = world({"out.js": (
        "const fs = require('fs');\n"
        "const config = { port: 8080, host: 'localhost' };\n"
        "fs.writeFileSync('config.json', config);\n"
        "const kept = { port: 1 };\n"
        "fs.writeFileSync('config.json', JSON.stringify(kept));\n")}, ["out.js"])
    [info] = diags(plan, "outside-module")
    assert (info.severity, info.location.file, span(info.location)) == ("information", "out.js", (1, 20, 1, 24))
    assert "`fs`" in info.message
    config = site_at(plan, "out.js", 2, "object")
    assert config.representation == "map"
    assert [(r.code, r.location.file, r.location.line) for r in config.deopt] == \
        [("escapes-closed-world", "out.js", 3)]
    [esc] = diags(plan, "escapes-closed-world")
    assert (esc.severity, esc.location.line, esc.location.column) == ("warning", 3, 1)
    kept = site_at(plan, "out.js", 4, "object")
    assert is_struct(kept), "JSON.stringify is modelled: `kept` does not escape"
    assert files_of(plan) == {"out.js"}


def test_import_of_a_package_is_outside_and_objects_passed_to_it_escape(world):
    plan = world({"out.mjs": (
        "import _ from 'lodash';\n"
        "import { join } from 'node:path';\n"
        "const o = { a: 1 };\n"
        "_.cloneDeep(o);\n"
        "const parts = { dir: '/tmp', base: 'a.txt' };\n"
        "join(parts);\n"
        "const safe = { dir: '/tmp' };\n"
        "join(safe.dir);\n")}, ["out.mjs"])
    got = [(d.severity, span(d.location)) for d in diags(plan, "outside-module")]
    assert got == [("information", (1, 15, 1, 23)), ("information", (2, 22, 2, 33))]
    assert "`lodash`" in diags(plan, "outside-module")[0].message
    for line, call_line in [(3, 4), (5, 6)]:
        s = site_at(plan, "out.mjs", line, "object")
        assert s.representation == "map"
        assert [(r.code, r.location.line) for r in s.deopt] == [("escapes-closed-world", call_line)]
    assert is_struct(site_at(plan, "out.mjs", 7, "object"))
    assert not [d for d in plan.diagnostics if d.severity == "error"]


def test_json_require_is_outside_the_world(world):
    plan = world({"main.js": "const d = require('./data.json');\n", "data.json": '{"a": 1}'}, ["main.js"])
    [d] = diags(plan, "outside-module")
    assert span(d.location) == (1, 19, 1, 32) and "JSON" in d.message
    assert files_of(plan) == {"main.js"}


def test_require_is_not_special_in_an_es_module(world):
    # In an ES module `require` is an undeclared global: nothing is loaded.
    plan = world({"main.mjs": "export const x = 1;\nconst b = typeof require === 'function' ? require('./b') : null;\n",
                  "b.js": "exports.o = { f: 1 };\n"}, ["main.mjs"])
    assert files_of(plan) == {"main.mjs"}


def test_package_json_type_module_makes_js_files_modules(tmp_path):
    """node treats .js as ESM under a package.json with "type": "module", even when
    `export` is not at the start of a line (minified code)."""
    (tmp_path / "package.json").write_text('{"name": "x", "type": "module"}')
    (tmp_path / "lib.js").write_text("const o = { a: 1 };export default o;export const k = 2;\n")
    (tmp_path / "main.js").write_text("import o from './lib.js';\ndelete o.a;\n")
    plan = analyze([str(tmp_path / "main.js")])
    assert not [d for d in plan.diagnostics if d.severity == "error"]
    [site] = [s for s in plan.sites if s.location.file.endswith("lib.js")]
    assert site.representation == "map" and site.deopt[0].code == "delete-property"
    assert {f.source_type for f in plan.files} == {"module"}


def test_minified_esm_without_package_type_is_a_syntax_error_as_in_node(tmp_path):
    (tmp_path / "package.json").write_text('{"name": "x"}')
    (tmp_path / "lib.js").write_text("const o = { a: 1 };export default o;\n")
    plan = analyze([str(tmp_path / "lib.js")])
    [d] = [d for d in plan.diagnostics if d.severity == "error"]
    assert d.code == "syntax-error" and (d.location.line, d.location.column) == (1, 20)
