"""The language server's diagnostics over stdio (pytest-lsp): deopts linked
both ways, codes with links into docs/diagnostics.md, categories switched by
settings, importers re-published, syntax errors keeping the last good results
marked stale, and the shapescape/status notification."""
from __future__ import annotations

from pathlib import Path
from urllib.parse import urlparse

from lsprotocol import types

from lsp_session import Session, codes

DELETE = """\
const q = { b: 1, c: 2 };
delete q.b;
class Point {
  constructor(x) { this.x = x; }
}
const p = new Point(1);
console.log(q, p.x);
"""


def by_code(diags, code):
    return [d for d in diags if d.code == code]


async def test_deopt_at_cause_and_site_linked_with_related_information_and_docs_links(tmp_path):
    async with Session(tmp_path) as s:
        await s.open("a.js", DELETE)
        diags = await s.diagnostics("a.js", version=1)
        [site] = by_code(diags, "shape-deoptimized")
        [cause] = by_code(diags, "delete-property")
        assert site.severity == types.DiagnosticSeverity.Warning
        assert (site.range.start.line, site.range.start.character) == (0, 10)
        assert (cause.range.start.line, cause.range.start.character, cause.range.end.character) == (1, 0, 10)
        # linked both ways
        assert [(r.location.uri, r.location.range.start.line) for r in site.related_information] == [(s.uri("a.js"), 1)]
        assert [(r.location.uri, r.location.range.start.line) for r in cause.related_information] == [(s.uri("a.js"), 0)]
        # the link names the code's section, in a file that has that section
        href = urlparse(cause.code_description.href)
        assert href.fragment == "delete-property"
        doc = Path(href.path)
        assert doc.name == "diagnostics.md" and "## `delete-property`" in doc.read_text(encoding="utf-8")
        assert all(d.source == "shapescape" for d in diags)
        # facts are off by default
        assert "struct-site" not in codes(diags)
        status = await s.status("a.js", version=1)
        assert status == {"uri": s.uri("a.js"), "version": 1, "stale": False, "structs": 0, "scalar": 1, "maps": 1}


async def test_categories_follow_initialization_options_and_configuration_changes(tmp_path):
    async with Session(tmp_path, {"debounceMs": 0, "diagnostics": {"facts": True, "info": "yes"}}) as s:
        await s.open("a.js", DELETE + "p.z = 3;\n")
        diags = await s.diagnostics("a.js", version=1)
        assert "struct-site" in codes(diags)            # facts switched on
        [fact] = by_code(diags, "struct-site")
        assert fact.severity == types.DiagnosticSeverity.Hint
        assert "scalar-replaced" in fact.message        # the Point site is scalar
        assert "field-widened" in codes(diags)           # a wrong type falls back to the default (on)
        assert any("diagnostics.info" in m.message for m in s.client.log_messages)
        n = len(s.published)
        s.client.workspace_did_change_configuration(types.DidChangeConfigurationParams(
            settings={"shapescape": {"diagnostics": {"deopt": False, "info": False, "facts": False}}}))
        again = await s.diagnostics("a.js", since=n)
        assert codes(again) == []
        n = len(s.published)
        s.client.workspace_did_change_configuration(types.DidChangeConfigurationParams(
            settings={"diagnostics": {"deopt": True}}))    # the object itself at the top level
        again = await s.diagnostics("a.js", since=n)
        assert codes(again) == ["delete-property", "field-widened", "shape-deoptimized"]


async def test_annotation_errors_can_be_switched_off(tmp_path):
    src = "let keep;\nfunction f() {\n  const o = /* @stack */ { a: 1 };\n  keep = o;\n}\nf();\n"
    async with Session(tmp_path) as s:
        await s.open("a.js", src)
        diags = await s.diagnostics("a.js", version=1)
        [err] = by_code(diags, "stack-escapes")
        assert err.severity == types.DiagnosticSeverity.Error and err.range.start.line == 2
        n = len(s.published)
        s.client.workspace_did_change_configuration(types.DidChangeConfigurationParams(
            settings={"shapescape": {"diagnostics": {"annotations": False}}}))
        assert "stack-escapes" not in codes(await s.diagnostics("a.js", since=n))


LIB = "exports.use = function (o) { return o.x; };\n"
LIB_DELETES = "exports.use = function (o) { delete o.x; return 1; };\n"
MAIN = "const lib = require('./lib');\nconst o = { x: 1, y: 2 };\nconsole.log(lib.use(o));\n"


async def test_an_edit_in_one_file_republishes_the_files_that_import_it(tmp_path):
    async with Session(tmp_path) as s:
        s.write("lib.js", LIB)
        await s.open("lib.js")
        await s.diagnostics("lib.js", version=1)
        await s.open("main.js", MAIN)
        assert "shape-deoptimized" not in codes(await s.diagnostics("main.js", version=1))
        n = len(s.published)
        v = s.change("lib.js", LIB_DELETES)
        assert codes(await s.diagnostics("lib.js", version=v, since=n)) == ["delete-property"]
        main = await s.diagnostics("main.js", since=n)
        [site] = by_code(main, "shape-deoptimized")
        assert site.range.start.line == 1
        assert site.related_information[0].location.uri == s.uri("lib.js")
        # one world now: the layout of either file lists both
        files = {f["file"] for f in (await s.layout("lib.js"))["files"]}
        assert files == {"main.js", "lib.js"}


async def test_a_syntax_error_keeps_the_last_good_results_marked_stale(tmp_path):
    async with Session(tmp_path) as s:
        await s.open("a.js", DELETE)
        good = await s.diagnostics("a.js", version=1)
        n = len(s.published)
        broken = DELETE.replace("delete q.b;", "delete q.b;\nconst = ;")
        v = s.change("a.js", broken)
        diags = await s.diagnostics("a.js", version=v, since=n)
        [syn] = by_code(diags, "syntax-error")
        assert syn.range.start.line == 2 and syn.severity == types.DiagnosticSeverity.Error
        kept = [d for d in diags if d.code != "syntax-error"]
        assert codes(kept) == codes(good) and codes(kept) != []
        assert all(d.message.endswith("[stale: from the last version without syntax errors]") for d in kept)
        status = await s.status("a.js", version=v)
        assert status["stale"] is True and status["maps"] == 1
        layout = await s.layout("a.js")
        assert layout["stale"] is True and any(x["representation"] == "map" for x in layout["sites"])
        hover = await s.hover("a.js", s.pos("a.js", "new Point", text=DELETE))
        assert "$Point" in hover and "stale" in hover
        # fixed: fresh again
        n = len(s.published)
        v = s.change("a.js", DELETE.replace("delete q.b;", 'q.b = "two";'))
        diags = await s.diagnostics("a.js", version=v, since=n)
        assert codes(diags) == ["field-widened"] and "stale" not in diags[0].message   # b: number or string
        assert (await s.status("a.js", version=v))["stale"] is False


async def test_a_file_that_never_parsed_shows_its_syntax_error(tmp_path):
    async with Session(tmp_path) as s:
        await s.open("a.js", "const o = {;\n")
        diags = await s.diagnostics("a.js", version=1)
        assert codes(diags) == ["syntax-error"]
        assert (await s.status("a.js", version=1))["stale"] is False


async def test_closing_the_last_document_of_a_world_clears_its_diagnostics(tmp_path):
    async with Session(tmp_path) as s:
        await s.open("a.js", DELETE)
        assert await s.diagnostics("a.js", version=1)
        n = len(s.published)
        s.close("a.js")
        p = await s.until(lambda: next((p for p in s.published[n:] if p.uri == s.uri("a.js")), None), "a clearing publish")
        assert list(p.diagnostics) == [] and p.version is None


async def test_non_ascii_columns_are_utf16(tmp_path):
    src = "const s = '😀😀'; const q = { b: 1 }; delete q.b;\n"
    async with Session(tmp_path) as s:
        await s.open("a.js", src)
        [cause] = by_code(await s.diagnostics("a.js", version=1), "delete-property")
        # "delete" starts at code point 36, which is UTF-16 unit 38 (two astral characters before it)
        assert src.index("delete") == 36
        assert cause.range.start.character == 38
