"""The `shapescape` command line, run as `python -m shapescape.cli`.

`check` prints compiler-style diagnostics (text, JSON, SARIF 2.1.0) and exits 1
only for errors; `layout` prints the plan (table or JSON); usage problems and
commands that have not landed exit 2 with a message on stderr.
"""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from importlib import metadata
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PROGRAMS = ROOT / "benchmarks" / "programs"

DIAG_LINE = re.compile(r"^(?P<file>[^:\s][^:]*):(?P<line>\d+):(?P<col>\d+): "
                       r"(?P<sev>error|warning|information|hint)\[(?P<code>[a-z0-9-]+)\]: (?P<msg>\S.*)$")
NOTE_LINE = re.compile(r"^    (?P<file>[^:]+):(?P<line>\d+):(?P<col>\d+): note: \S.*$")
SUMMARY = re.compile(r"^(?P<e>\d+) errors?, (?P<w>\d+) warnings? in (?P<f>\d+) files?; "
                     r"(?P<s>\d+) allocation sites?( \((\d+ [a-z]+)(, \d+ [a-z]+)*\))?$")

DEMO = (
    "class Point {\n"                                           # 1
    "  constructor(x, y) { this.x = x; this.y = y; }\n"          # 2
    "}\n"                                                       # 3
    "const p = new Point(1, 2);\n"                              # 4  struct $Point
    'const user = { name: "ada", password: "secret" };\n'       # 5  map
    "delete user.password;\n"                                   # 6  delete-property
    "const arr = [1, 2, 3];\n"                                  # 7  array of f64
    "const f = () => p.x;\n"                                    # 8  closure
    "console.log(f(), arr.length, user.name);\n"                # 9
)
BROKEN = "const a = 1;\nconst p = { x: 1, y: 2;\n"

SITE_KEYS = {"file", "line", "column", "kind", "class", "representation", "type", "fields",
             "locality", "deopt", "escape"}
DIAG_KEYS = {"file", "line", "column", "endLine", "endColumn", "severity", "code", "message", "related"}


def shapescape(*args: str, cwd: Path, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "shapescape.cli", *args], cwd=cwd, capture_output=True,
                          text=True, encoding="utf-8", timeout=timeout)


@pytest.fixture
def proj(tmp_path):
    (tmp_path / "demo.js").write_text(DEMO, encoding="utf-8")
    (tmp_path / "broken.js").write_text(BROKEN, encoding="utf-8")
    return tmp_path


def parse_text(stdout: str):
    """(diagnostic matches, summary match) of `check`'s text output; every line must be one of
    a diagnostic, a related note, or (last) the summary."""
    lines = stdout.rstrip("\n").split("\n")
    summary = SUMMARY.match(lines[-1])
    assert summary, f"last line is not a summary: {lines[-1]!r}"
    found = []
    for line in lines[:-1]:
        m = DIAG_LINE.match(line)
        if m:
            found.append(m)
            continue
        assert NOTE_LINE.match(line) and found, f"line is neither a diagnostic nor its note: {line!r}"
    return found, summary


# ----------------------------------------------------------------- check: text
def test_check_text_lists_warnings_and_exits_0(proj):
    r = shapescape("check", "demo.js", cwd=proj)
    assert r.returncode == 0, r.stderr
    assert r.stderr == ""
    found, summary = parse_text(r.stdout)
    got = [(m["file"], int(m["line"]), int(m["col"]), m["sev"], m["code"]) for m in found]
    assert got == [("demo.js", 5, 14, "warning", "shape-deoptimized"),
                   ("demo.js", 6, 1, "warning", "delete-property")]
    assert "password" in found[1]["msg"]
    assert "    demo.js:6:1: note: " in r.stdout          # the site links to its cause
    assert "    demo.js:5:14: note: " in r.stdout         # and the cause to the site
    assert (summary["e"], summary["w"], summary["f"], summary["s"]) == ("0", "2", "1", "4")
    assert "struct-site" not in r.stdout                  # hints are hidden by default


def test_check_exits_1_on_a_syntax_error_and_still_reports_the_rest(proj):
    r = shapescape("check", "broken.js", "demo.js", cwd=proj)
    assert r.returncode == 1
    found, summary = parse_text(r.stdout)
    first = found[0]
    assert (first["file"], first["line"], first["col"], first["sev"], first["code"]) == \
        ("broken.js", "2", "23", "error", "syntax-error")
    assert first["msg"] == "Unexpected token ;"
    assert [m["code"] for m in found if m["file"] == "demo.js"] == ["shape-deoptimized", "delete-property"]
    assert (summary["e"], summary["w"], summary["f"]) == ("1", "2", "2")


def test_check_exits_1_for_a_missing_path(proj):
    r = shapescape("check", "nope.js", cwd=proj)
    assert r.returncode == 1
    found, _ = parse_text(r.stdout)
    assert [(m["file"], m["code"], m["sev"]) for m in found] == [("nope.js", "unreadable-file", "error")]


def test_check_shows_information_but_not_hints_by_default(proj):
    (proj / "wide.js").write_text("class P { constructor() { this.v = 1; } }\nconst p = new P();\n"
                                  "p.v = 'text';\nconsole.log(p.v);\n", encoding="utf-8")
    r = shapescape("check", "wide.js", cwd=proj)
    assert r.returncode == 0
    found, _ = parse_text(r.stdout)
    assert [(m["sev"], m["code"]) for m in found] == [("information", "field-widened")]
    assert "`v`" in found[0]["msg"] and "anyref" in found[0]["msg"]


def test_hints_add_struct_site_diagnostics(proj):
    plain = shapescape("check", "demo.js", cwd=proj)
    hinted = shapescape("check", "demo.js", "--hints", cwd=proj)
    assert plain.returncode == hinted.returncode == 0
    plain_found, _ = parse_text(plain.stdout)
    hinted_found, _ = parse_text(hinted.stdout)
    hints = [(m["line"], m["col"], m["sev"]) for m in hinted_found if m["code"] == "struct-site"]
    assert hints == [("4", "11", "hint")]
    assert "$Point" in [m for m in hinted_found if m["code"] == "struct-site"][0]["msg"]
    assert not any(m["code"] == "struct-site" for m in plain_found)
    others = [m.group(0) for m in hinted_found if m["code"] != "struct-site"]
    assert others == [m.group(0) for m in plain_found]


def test_every_text_diagnostic_is_one_line(proj):
    (proj / "nl.js").write_text('const o = { "a\\nb": 1, c: 2 };\ndelete o["a\\nb"];\n', encoding="utf-8")
    r = shapescape("check", "nl.js", cwd=proj)
    assert r.returncode == 0
    found, _ = parse_text(r.stdout)
    assert [m["code"] for m in found] == ["shape-deoptimized", "delete-property"]


# ----------------------------------------------------------------- check: JSON
def test_check_json(proj):
    r = shapescape("check", "demo.js", "broken.js", "--format", "json", cwd=proj)
    assert r.returncode == 1
    doc = json.loads(r.stdout)
    assert set(doc) == {"diagnostics", "summary"}
    assert all(set(d) == DIAG_KEYS for d in doc["diagnostics"])
    codes = [(d["file"], d["code"], d["severity"]) for d in doc["diagnostics"]]
    assert ("broken.js", "syntax-error", "error") in codes
    assert ("demo.js", "delete-property", "warning") in codes
    [syn] = [d for d in doc["diagnostics"] if d["code"] == "syntax-error"]
    assert (syn["line"], syn["column"], syn["endLine"], syn["endColumn"]) == (2, 23, 2, 24)
    [dp] = [d for d in doc["diagnostics"] if d["code"] == "delete-property"]
    assert [(x["file"], x["line"], x["column"]) for x in dp["related"]] == [("demo.js", 5, 14)]
    s = doc["summary"]
    assert s["errors"] == 1 and s["warnings"] == 2 and s["hints"] == 0
    assert s["files"] == 2 and s["sites"] == 4
    assert s["errors"] + s["warnings"] + s["information"] + s["hints"] == len(doc["diagnostics"])


def test_check_json_with_hints(proj):
    doc = json.loads(shapescape("check", "demo.js", "--format", "json", "--hints", cwd=proj).stdout)
    assert [(d["code"], d["line"]) for d in doc["diagnostics"] if d["severity"] == "hint"] == [("struct-site", 4)]
    assert doc["summary"]["hints"] == 1


# ----------------------------------------------------------------- check: SARIF
def test_check_sarif_is_sarif_2_1_0(proj):
    r = shapescape("check", "demo.js", "broken.js", "--format", "sarif", "--hints", cwd=proj)
    assert r.returncode == 1
    doc = json.loads(r.stdout)
    assert doc["version"] == "2.1.0"
    assert "sarif" in doc["$schema"] and "2.1.0" in doc["$schema"]
    [run] = doc["runs"]
    driver = run["tool"]["driver"]
    assert driver["name"] == "shapescape"
    assert driver["version"] == metadata.version("shapescape")
    rule_ids = [rule["id"] for rule in driver["rules"]]
    assert len(rule_ids) == len(set(rule_ids))
    assert {"syntax-error", "delete-property", "shape-deoptimized", "struct-site"} <= set(rule_ids)
    for rule in driver["rules"]:
        assert rule["shortDescription"]["text"]
        assert rule["helpUri"].endswith("#" + rule["id"])
        assert rule["defaultConfiguration"]["level"] in ("error", "warning", "note", "none")
    results = run["results"]
    assert sorted(x["ruleId"] for x in results) == ["delete-property", "shape-deoptimized", "struct-site",
                                                   "syntax-error"]
    for res in results:
        assert res["ruleId"] in rule_ids
        assert rule_ids[res["ruleIndex"]] == res["ruleId"]
        assert res["level"] in ("error", "warning", "note", "none")
        assert res["message"]["text"]
        for loc in res["locations"] + res.get("relatedLocations", []):
            phys = loc["physicalLocation"]
            assert phys["artifactLocation"]["uri"] in ("demo.js", "broken.js")
            region = phys["region"]
            assert region["startLine"] >= 1 and region["startColumn"] >= 1
            if "endLine" in region:
                assert (region["endLine"], region["endColumn"]) >= (region["startLine"], region["startColumn"])
    [syn] = [x for x in results if x["ruleId"] == "syntax-error"]
    assert syn["level"] == "error"
    assert syn["locations"][0]["physicalLocation"]["region"] == \
        {"startLine": 2, "startColumn": 23, "endLine": 2, "endColumn": 24}
    [hint] = [x for x in results if x["ruleId"] == "struct-site"]
    assert hint["level"] == "note"


def test_check_sarif_without_diagnostics(tmp_path):
    (tmp_path / "quiet.js").write_text("// nothing here\n", encoding="utf-8")
    r = shapescape("check", "quiet.js", "--format", "sarif", cwd=tmp_path)
    assert r.returncode == 0
    doc = json.loads(r.stdout)
    assert doc["version"] == "2.1.0"
    assert doc["runs"][0]["results"] == [] and doc["runs"][0]["tool"]["driver"]["rules"] == []


# ----------------------------------------------------------------- layout
def test_layout_json(proj):
    r = shapescape("layout", "demo.js", "--format", "json", cwd=proj)
    assert r.returncode == 0, r.stderr
    doc = json.loads(r.stdout)
    assert {"sites", "types", "diagnostics"} <= set(doc)
    for s in doc["sites"]:
        assert SITE_KEYS <= set(s), SITE_KEYS - set(s)
        assert s["file"] == "demo.js"
        assert isinstance(s["deopt"], list) and isinstance(s["escape"], list)
    for d in doc["diagnostics"]:
        assert set(d) == DIAG_KEYS
    by_line = {s["line"]: s for s in doc["sites"]}
    assert sorted(by_line) == [4, 5, 7, 8]
    p = by_line[4]
    assert (p["column"], p["kind"], p["class"], p["type"]) == (11, "new", "Point", "$Point")
    assert p["representation"] in ("struct", "scalar")
    assert p["fields"] == [{"name": "x", "type": "f64"}, {"name": "y", "type": "f64"}]
    user = by_line[5]
    assert (user["kind"], user["representation"], user["type"], user["fields"]) == ("object", "map", None, [])
    assert [(x["code"], x["file"], x["line"], x["column"]) for x in user["deopt"]] == \
        [("delete-property", "demo.js", 6, 1)]
    assert (by_line[7]["kind"], by_line[7]["representation"], by_line[7].get("elementType")) == \
        ("array", "array", "f64")
    assert (by_line[8]["kind"], by_line[8]["representation"]) == ("function", "closure")
    [t] = doc["types"]
    assert (t["name"], t["class"], t["supertype"], t["final"], t["sites"]) == ("$Point", "Point", None, True, 1)
    assert [(f["name"], f["type"], f["index"], f["initialized"]) for f in t["fields"]] == \
        [("x", "f64", 0, True), ("y", "f64", 1, True)]
    assert sorted(d["code"] for d in doc["diagnostics"]) == ["delete-property", "shape-deoptimized", "struct-site"]


def test_layout_table(proj):
    r = shapescape("layout", "demo.js", cwd=proj)
    assert r.returncode == 0, r.stderr
    lines = r.stdout.rstrip("\n").split("\n")
    assert lines[0] == "demo.js (4 sites)"
    rows = {ln.split()[0]: ln for ln in lines[1:] if ln.startswith("  ") and re.match(r"^  \d+:\d+ ", ln)}
    assert sorted(rows) == ["4:11", "5:14", "7:13", "8:11"]
    assert "new Point" in rows["4:11"] and "$Point" in rows["4:11"] and "{x: f64, y: f64}" in rows["4:11"]
    assert "object" in rows["5:14"] and " map " in rows["5:14"] and "delete-property at 6:1" in rows["5:14"]
    assert "array" in rows["7:13"] and "of f64" in rows["7:13"]
    assert "function" in rows["8:11"] and "closure" in rows["8:11"]
    i = lines.index("struct types")
    assert lines[i + 1].strip().startswith("$Point") and "(1 site)" in lines[i + 1]
    assert lines[i + 2].strip() == "0: x: f64" and lines[i + 3].strip() == "1: y: f64"
    assert SUMMARY.match(lines[-1])


def test_layout_table_marks_unparsed_files_and_exits_1(proj):
    r = shapescape("layout", "broken.js", "demo.js", cwd=proj)
    assert r.returncode == 1
    assert "broken.js: not analysed (see diagnostics)" in r.stdout.splitlines()
    assert "demo.js (4 sites)" in r.stdout.splitlines()


# ----------------------------------------------------------------- usage
def test_no_command_prints_usage_and_exits_2(tmp_path):
    r = shapescape(cwd=tmp_path)
    assert r.returncode == 2
    assert r.stdout == ""
    assert r.stderr.startswith("usage: shapescape")
    assert "check" in r.stderr and "layout" in r.stderr


@pytest.mark.parametrize("args", [("check", "--bogus", "x.js"), ("--bogus",), ("check",),
                                  ("check", "x.js", "--format", "xml"), ("frobnicate",)],
                         ids=["unknown-option", "unknown-global-option", "no-paths", "bad-format",
                              "unknown-command"])
def test_usage_errors_exit_2_with_usage_on_stderr(tmp_path, args):
    r = shapescape(*args, cwd=tmp_path)
    assert r.returncode == 2
    assert r.stdout == ""
    assert "usage: shapescape" in r.stderr
    assert "error:" in r.stderr
    assert "Traceback" not in r.stderr


def test_serve_help_and_bad_tcp_address(tmp_path):
    r = shapescape("serve", "--help", cwd=tmp_path)
    assert r.returncode == 0
    assert "--tcp" in r.stdout and "usage: shapescape serve" in r.stdout
    r = shapescape("serve", "--tcp", "localhost:http", cwd=tmp_path)
    assert r.returncode == 2
    assert r.stdout == ""       # stdout is the protocol channel: nothing else may go there
    assert "the port must be a number" in r.stderr and "Traceback" not in r.stderr


def test_build_writes_the_module_next_to_the_file_by_default(tmp_path):
    (tmp_path / "x.js").write_text("const o = { a: 1 };\nconsole.log(o.a);\n", encoding="utf-8")
    r = shapescape("build", "x.js", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert r.stdout == ""
    assert (tmp_path / "x.wasm").read_bytes()[:4] == b"\0asm"
    r = shapescape("run", "x.wasm", cwd=tmp_path)
    assert r.returncode == 0 and r.stdout == "1\n"


def test_build_of_a_missing_file(tmp_path):
    r = shapescape("build", "nope.js", cwd=tmp_path)
    assert r.returncode == 2 and "nope.js: no such file" in r.stderr and "Traceback" not in r.stderr


def test_version(tmp_path):
    r = shapescape("--version", cwd=tmp_path)
    assert r.returncode == 0
    assert r.stdout.strip() == f"shapescape {metadata.version('shapescape')}"


def test_package_runs_as_a_module(tmp_path):
    r = subprocess.run([sys.executable, "-m", "shapescape", "--version"], cwd=tmp_path,
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 0
    assert r.stdout.startswith("shapescape ")


# ----------------------------------------------------------------- the benchmark programs
def test_check_on_the_benchmark_programs_has_no_errors():
    n_files = sum(1 for p in PROGRAMS.rglob("*.js") if "node_modules" not in p.parts)
    assert n_files >= 16
    r = shapescape("check", str(PROGRAMS), "--format", "json", cwd=ROOT)
    assert r.returncode == 0, r.stdout[-2000:] + r.stderr
    doc = json.loads(r.stdout)
    assert [d for d in doc["diagnostics"] if d["severity"] == "error"] == []
    assert doc["summary"]["errors"] == 0
    assert doc["summary"]["files"] == n_files
    assert doc["summary"]["sites"] > 100
    text = shapescape("check", os.path.relpath(PROGRAMS, ROOT), cwd=ROOT)
    assert text.returncode == 0
    found, summary = parse_text(text.stdout)
    assert not any(m["sev"] == "error" for m in found)
    assert summary["e"] == "0" and int(summary["f"]) == n_files


def test_running_a_built_module_loads_neither_the_analysis_nor_package_metadata(tmp_path):
    """`shapescape run prog.wasm` starts without importing what only the other
    commands need (the analysis, the reports, importlib.metadata): they were half
    of its start-up time. The one analysis module it shares is the number printer
    (analysis.jsnumber), which imports nothing of the analysis."""
    src = tmp_path / "p.js"
    src.write_text("console.log(6 * 7);\n", encoding="utf-8")
    wasm = tmp_path / "p.wasm"
    built = subprocess.run([sys.executable, "-m", "shapescape", "build", str(src), "-o", str(wasm)],
                           capture_output=True, text=True, timeout=120)
    assert built.returncode == 0, built.stderr
    probe = ("import sys\nfrom shapescape.cli import main\nstatus = main(['run', sys.argv[1]])\n"
             "sys.stdout.flush()\n"
             "loaded = sorted(m for m in sys.modules if (m.startswith('analysis.') and m != 'analysis.jsnumber') "
             "or m in ('importlib.metadata', 'shapescape.report'))\n"
             "print(status, loaded)\n")
    r = subprocess.run([sys.executable, "-c", probe, str(wasm)], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert r.stdout == "42\n0 []\n"
