"""Hover, inlay hints, code lens, code actions and shapescape/layout over
stdio (pytest-lsp), each checked against the plan the analysis makes."""
from __future__ import annotations

import json
import subprocess
import sys

from lsprotocol import types

from lsp_session import ROOT, Session, codes

SHAPES = """\
class Shape {
  constructor(name) { this.name = name; }
}
class Point extends Shape {
  constructor(x, y) { super("p"); this.x = x; this.y = y; }
}
let keep;
function make() {
  const a = new Point(1, 2);
  const b = new Point(3, 4);
  keep = b;
  return a.x + b.y;
}
const d = { k: 1, j: 2 };
delete d.k;
console.log(make(), keep.x, d);
"""


async def test_hover_cards_for_sites_classes_variables_and_maps(tmp_path):
    async with Session(tmp_path) as s:
        await s.open("a.js", SHAPES)
        await s.diagnostics("a.js", version=1)
        # an allocation site: representation, wasm type, fields with index and type, supertype, sharing
        card = await s.hover("a.js", s.pos("a.js", "new Point(3"))
        assert card.startswith("**struct `$Point`**")
        assert "supertype `$Shape`" in card and "2 allocation sites share this type" in card
        assert "| 0 | `name` | `anyref` |" in card or "| 0 | `name` |" in card
        assert "| 1 | `x` | `f64` |" in card and "| 2 | `y` | `f64` |" in card
        # b escapes: the path is listed step by step
        assert "locality: **heap**" in card and "2. line 11:3: assigned to module variable `keep`" in card
        # a is local
        card_a = await s.hover("a.js", s.pos("a.js", "new Point(1"))
        assert "locality: **local**" in card_a or "scalar-replaced" in card_a
        # a class name
        card = await s.hover("a.js", s.pos("a.js", "Point extends", 1))
        assert card.startswith("**class `Point`** → struct `$Point`")
        # a variable read and a property access
        card = await s.hover("a.js", s.pos("a.js", "b.y", 0))
        assert card.startswith("`b`: `(ref $Point)`")
        card = await s.hover("a.js", s.pos("a.js", "a.x", 2))
        assert card.startswith("`a.x`: number") and "`f64`" in card
        # a declared variable shows the site it holds
        card = await s.hover("a.js", s.pos("a.js", "const d", 6))
        assert card.startswith("`d` holds this allocation") and "**map**" in card
        assert "`delete-property` at line 15:1" in card
        # nothing to say on a keyword of a plain statement
        assert await s.hover("a.js", s.pos("a.js", "console")) is None


async def test_inlay_hints_after_allocations(tmp_path):
    async with Session(tmp_path) as s:
        await s.open("a.js", SHAPES)
        await s.diagnostics("a.js", version=1)
        hints = await s.client.text_document_inlay_hint_async(types.InlayHintParams(
            text_document=types.TextDocumentIdentifier(uri=s.uri("a.js")),
            range=types.Range(start=types.Position(line=0, character=0), end=types.Position(line=16, character=0))))
        got = sorted((h.position.line, h.position.character, h.label) for h in hints)
        line9 = SHAPES.splitlines()[9]
        assert (9, line9.index(";"), "struct $Point") in got          # b: a struct
        assert (13, SHAPES.splitlines()[13].index(";"), "map") in got  # d: a map
        labels = {g[2] for g in got}
        assert labels <= {"struct $Point", "scalar", "map"} and "map" in labels
        # switched off by settings
        s.client.workspace_did_change_configuration(types.DidChangeConfigurationParams(
            settings={"shapescape": {"inlayHints": False}}))
        hints = await s.client.text_document_inlay_hint_async(types.InlayHintParams(
            text_document=types.TextDocumentIdentifier(uri=s.uri("a.js")),
            range=types.Range(start=types.Position(line=0, character=0), end=types.Position(line=16, character=0))))
        assert list(hints) == []


async def test_code_lens_over_classes(tmp_path):
    src = SHAPES + "const e = new Point(5, 6);\ndelete e.x;\n"
    async with Session(tmp_path) as s:
        await s.open("a.js", src)
        await s.diagnostics("a.js", version=1)
        lenses = await s.client.text_document_code_lens_async(types.CodeLensParams(
            text_document=types.TextDocumentIdentifier(uri=s.uri("a.js"))))
        got = {(l.range.start.line, l.command.title) for l in lenses}
        # Shape has no `new` of its own: its instances are Points
        assert got == {(0, "struct $Shape · 0 sites · 0 deopts"), (3, "struct $Point · 3 sites · 1 deopt")}


async def _actions(s, name, start, end, diags=()):
    return await s.client.text_document_code_action_async(types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri=s.uri(name)),
        range=types.Range(start=start, end=end),
        context=types.CodeActionContext(diagnostics=list(diags))))


def apply(text: str, action: types.CodeAction, uri: str) -> str:
    [edit] = action.edit.changes[uri]
    lines = text.split("\n")

    def offset(p):
        return sum(len(x) + 1 for x in lines[:p.line]) + p.character
    return text[:offset(edit.range.start)] + edit.new_text + text[offset(edit.range.end):]


async def test_delete_becomes_an_assignment_only_as_a_statement_with_the_difference_explained(tmp_path):
    src = "const q = { b: 1, c: 2 };\ndelete q.b;\nconst r = { b: 1 };\nconst gone = delete r.b;\nconsole.log(q, r, gone);\n"
    async with Session(tmp_path) as s:
        await s.open("a.js", src)
        diags = await s.diagnostics("a.js", version=1)
        first, second = sorted((d for d in diags if d.code == "delete-property"), key=lambda d: d.range.start.line)
        acts = await _actions(s, "a.js", first.range.start, first.range.end, [first])
        [fix] = [a for a in acts if a.kind == types.CodeActionKind.QuickFix]
        assert "`q.b = undefined`" in fix.title and "'b' in" in fix.title and "Object.keys" in fix.title
        new = apply(src, fix, s.uri("a.js"))
        assert new.splitlines()[1] == "q.b = undefined;"
        # its value is used: no fix
        acts = await _actions(s, "a.js", second.range.start, second.range.end, [second])
        assert not [a for a in acts if a.kind == types.CodeActionKind.QuickFix]
        n = len(s.published)
        v = s.change("a.js", new)
        after = await s.diagnostics("a.js", version=v, since=n)
        assert [d.range.start.line for d in after if d.code == "shape-deoptimized"] == [2]   # only r's site now


async def test_late_property_is_initialised_in_the_constructor(tmp_path):
    src = "class Point {\n  constructor(x) {\n    this.x = x;\n  }\n}\nconst p = new Point(1);\np.z = 2;\nconsole.log(p.x, p.z);\n"
    async with Session(tmp_path) as s:
        await s.open("a.js", src)
        diags = await s.diagnostics("a.js", version=1)
        [widened] = [d for d in diags if d.code == "field-widened"]
        acts = await _actions(s, "a.js", widened.range.start, widened.range.end, [widened])
        [fix] = [a for a in acts if a.kind == types.CodeActionKind.QuickFix]
        assert "`this.z = undefined;`" in fix.title
        new = apply(src, fix, s.uri("a.js"))
        assert "    this.x = x;\n    this.z = undefined;\n  }" in new
        n = len(s.published)
        s.change("a.js", new)
        await s.diagnostics("a.js", version=2, since=n)
        [t] = [t for t in (await s.layout("a.js"))["types"] if t["name"] == "$Point"]
        assert [(f["name"], f["initialized"]) for f in t["fields"]] == [("x", True), ("z", True)]


async def test_constant_key_to_dot_access_and_stack_annotation_on_a_local_site(tmp_path):
    src = "function f() {\n  const o = { a: 1 };\n  o[\"a\"] = 2;\n  return o.a;\n}\nlet keep;\nfunction g() { keep = { h: 1 }; }\ng();\nconsole.log(f(), keep);\n"
    async with Session(tmp_path) as s:
        await s.open("a.js", src)
        await s.diagnostics("a.js", version=1)
        pos = s.pos("a.js", "o[")
        acts = await _actions(s, "a.js", pos, pos)
        [dot] = [a for a in acts if a.title.startswith("Use dot access")]
        assert apply(src, dot, s.uri("a.js")).splitlines()[2] == "  o.a = 2;"
        pos = s.pos("a.js", "{ a: 1 }", 2)
        acts = await _actions(s, "a.js", pos, pos)
        [stack] = [a for a in acts if "@stack" in a.title]
        new = apply(src, stack, s.uri("a.js"))
        assert new.splitlines()[1] == "  const o = /* @stack */ { a: 1 };"
        # a site that escapes: no promise offered
        pos = s.pos("a.js", "{ h: 1 }", 2)
        assert not [a for a in await _actions(s, "a.js", pos, pos) if "@stack" in a.title]
        n = len(s.published)
        s.change("a.js", new)
        diags = await s.diagnostics("a.js", version=2, since=n)
        assert "stack-escapes" not in codes(diags)
        [site] = [x for x in (await s.layout("a.js"))["sites"] if x["line"] == 2 and x["kind"] == "object"]
        assert site["annotations"] == ["@stack"]


async def test_layout_is_the_cli_json_plus_stale_and_uri(tmp_path):
    (tmp_path / "lib.js").write_text("exports.mk = () => ({ v: 1 });\n", encoding="utf-8")
    main = "const lib = require('./lib');\nconst o = lib.mk();\nconsole.log(o.v);\n"
    async with Session(tmp_path) as s:
        await s.open("main.js", main)
        await s.diagnostics("main.js", version=1)
        got = await s.layout("main.js")
        cli = subprocess.run([sys.executable, "-m", "shapescape", "layout", "--format", "json", "main.js"],
                             cwd=tmp_path, capture_output=True, text=True, env={"PYTHONPATH": str(ROOT), "PATH": ""})
        want = json.loads(cli.stdout)
        assert got.pop("stale") is False and got.pop("uri") == s.uri("main.js")
        assert got == want
        # the workspace: every file under the root
        (tmp_path / "other.js").write_text("const z = { q: 1 };\n", encoding="utf-8")
        whole = await s.layout()
        assert whole["uri"] is None and {f["file"] for f in whole["files"]} == {"lib.js", "main.js", "other.js"}


OVERFLOW = """\
class Item {
  constructor(id, price) { this.id = id; this.price = price; }
}
const it = new Item(1, 2.5);
for (const k of ["colour", "size"]) it[k] = 1;
console.log(it.price * 2);
"""


async def test_hover_and_inlay_of_a_struct_with_overflow(tmp_path):
    async with Session(tmp_path) as s:
        await s.open("a.js", OVERFLOW)
        await s.diagnostics("a.js", version=1)
        card = await s.hover("a.js", s.pos("a.js", "new Item"))
        assert card.startswith("**struct `$Item` + overflow**")
        assert "+ overflow dictionary" in card and "| 1 | `price` | `f64` |" in card
        assert "Keys outside the struct, because of:" in card and "`dynamic-key-write` at line 5:" in card
        hints = await s.client.text_document_inlay_hint_async(types.InlayHintParams(
            text_document=types.TextDocumentIdentifier(uri=s.uri("a.js")),
            range=types.Range(start=types.Position(line=0, character=0), end=types.Position(line=6, character=0))))
        labels = {h.label for h in hints}
        assert "struct $Item +overflow" in labels and "map" not in labels


async def test_hover_on_a_receiver_of_unrelated_classes(tmp_path):
    src = """\
class Sphere { constructor(r) { this.r = r; } area() { return 4 * this.r * this.r; } }
class Floor { constructor(h) { this.h = h; } area() { return this.h; } }
for (const shape of [new Sphere(1), new Floor(2)]) console.log(shape.area());
"""
    async with Session(tmp_path) as s:
        await s.open("a.js", src)
        await s.diagnostics("a.js", version=1)
        card = await s.hover("a.js", s.pos("a.js", "shape.area", 1))
        assert card.startswith("`shape`: an object of one of 2 struct types without a common supertype")
        assert "`$Floor` (`Floor`)" in card and "`$Sphere` (`Sphere`)" in card
        assert "(or null/undefined)" not in card
