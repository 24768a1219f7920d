"""Helpers for the shape tests: write small JS programs to files, analyse them,
and find sites, operations and diagnostics by markers in the source.

A marker is a block comment such as `/*A*/` written right before a node; the
position it names is the first non-blank character after it (1-based line and
column, columns in code points, as in the plan). Markers are ordinary comments
(annotations are only words starting with `@`), so they do not change the
analysis.

    def test_x(js):
        prog = js("const o = /*A*/{ x: 1 };\\n/*D*/delete o.x;\\n")
        prog.assert_deopt("A", "delete-property", "D")

For several files, pass a dict {relative name: source}; the first file is the
entry (the only path given to `analyze`, unless `roots` says otherwise), the
others are reached through `require`/`import`.
"""
from __future__ import annotations

import os
import re
import sys
import textwrap
from pathlib import Path
from typing import Optional, Union

import pytest

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from analysis import analyze  # noqa: E402
from analysis.pipeline import analyze_program  # noqa: E402
from analysis.plan import Diagnostic, Location, Plan, Site, StructType  # noqa: E402


# Representations of an object site whose shape is proven: `scalar` is a
# struct whose fields live in wasm locals (a locality decision); it has the
# same struct type and fields.
PROVEN = ("struct", "scalar")


def _abs(path: str) -> str:
    return os.path.abspath(path)


_MARKER = re.compile(r"/\*[A-Za-z0-9_]+\*/")


def profile_site(prof: dict, source: str, snippet: str) -> dict:
    """The allocation site of a `--stats=json` profile that starts at the first
    occurrence of `snippet` in `source` (the program's text)."""
    lines = source.splitlines()
    line = next(i for i, ln in enumerate(lines, 1) if snippet in ln)
    column = lines[line - 1].index(snippet) + 1
    return next(s for s in prof["sites"] if (s["line"], s["column"]) == (line, column))


def marker_position(text: str, marker: str) -> tuple[int, int]:
    """(line, column), 1-based, of the first non-blank character after `marker`
    (other markers right after it are skipped too, so `/*A*//*B*/x` names `x`
    twice); the marker must occur exactly once in `text`."""
    count = text.count(marker)
    assert count == 1, f"marker {marker!r} occurs {count} times"
    i = text.index(marker) + len(marker)
    while True:   # skip blanks and other markers written in the same place
        while i < len(text) and text[i] in " \t\r\n":
            i += 1
        m = _MARKER.match(text, i)
        if m is None:
            break
        i = m.end()
    assert i < len(text), f"nothing after marker {marker!r}"
    line = text.count("\n", 0, i) + 1
    col = i - (text.rfind("\n", 0, i) + 1) + 1
    return line, col


def build_facts(tmp_path, source: str):
    """The plan of one file written from `source`, with the facts only the build
    gets (analyze_program: read types, variable types, function types), and
    key(marker, snippet=None): how those facts name `snippet` right after the
    marker ((file, line, column) without a snippet, as function_types does)."""
    text = textwrap.dedent(source).lstrip("\n")
    p = tmp_path / "main.js"
    p.write_text(text, encoding="utf-8")
    plan, _ = analyze_program([str(p)])
    assert not plan.has_errors(), plan.diagnostics

    def key(marker: str, snippet: Optional[str] = None) -> tuple:
        line, col = marker_position(text, f"/*{marker}*/")
        return (str(p), line, col) if snippet is None else (str(p), line, col, line, col + len(snippet))
    return plan, key


class Program:
    """One analysed program: the plan and the sources, with lookups by marker."""

    def __init__(self, plan: Plan, files: dict[str, Path], sources: dict[str, str], main: str):
        self.plan = plan
        self.files = files        # name -> absolute path
        self.sources = sources    # name -> text as written
        self.main = main

    # ------------------------------------------------------------ positions
    def _find_marker(self, marker: str, file: Optional[str]) -> tuple[str, int, int]:
        m = self._mk(marker)
        if file is not None:
            line, col = marker_position(self.sources[file], m)
            return str(self.files[file]), line, col
        hits = [name for name, text in self.sources.items() if m in text]
        assert len(hits) == 1, f"marker {m!r} found in {hits}"
        line, col = marker_position(self.sources[hits[0]], m)
        return str(self.files[hits[0]]), line, col

    @staticmethod
    def _mk(marker: str) -> str:
        return marker if marker.startswith("/*") else f"/*{marker}*/"

    def pos(self, marker: str, file: Optional[str] = None) -> tuple[str, int, int]:
        """(absolute file, line, column) of a marker."""
        return self._find_marker(marker, file)

    @staticmethod
    def at(loc: Location) -> tuple[str, int, int]:
        return _abs(loc.file), loc.line, loc.column

    # ------------------------------------------------------------ sites
    def site_at(self, file: str, line: int, column: int) -> Site:
        found = [s for s in self.plan.sites
                 if (_abs(s.location.file), s.location.line, s.location.column) == (_abs(file), line, column)]
        assert len(found) == 1, (
            f"expected one site at {file}:{line}:{column}, found {len(found)}; sites: "
            + ", ".join(f"{s.location.line}:{s.location.column} {s.kind}" for s in self.plan.sites))
        return found[0]

    def site(self, marker: str, file: Optional[str] = None) -> Site:
        """The allocation site that starts right after `marker`."""
        return self.site_at(*self.pos(marker, file))

    def type(self, name: str) -> StructType:
        found = [t for t in self.plan.types if t.name == name]
        assert len(found) == 1, f"no struct type {name}; types: {[t.name for t in self.plan.types]}"
        return found[0]

    def type_of(self, marker: str, file: Optional[str] = None) -> StructType:
        s = self.site(marker, file)
        assert s.representation in PROVEN, f"site {marker} is {s.representation}, not a struct"
        return self.type(s.type)

    def field_types(self, marker: str, file: Optional[str] = None) -> dict[str, str]:
        return {f.name: f.type for f in self.type_of(marker, file).fields}

    # ------------------------------------------------------------ diagnostics
    def diags(self, code: Optional[str] = None) -> list[Diagnostic]:
        return [d for d in self.plan.diagnostics if code is None or d.code == code]

    def diags_at(self, marker: str, code: Optional[str] = None, file: Optional[str] = None) -> list[Diagnostic]:
        where = self.pos(marker, file)
        return [d for d in self.diags(code) if self.at(d.location) == where]

    def codes(self) -> set[str]:
        return {d.code for d in self.plan.diagnostics}

    # ------------------------------------------------------------ verdicts
    def assert_struct(self, marker: str, file: Optional[str] = None) -> Site:
        """The site's shape is proven: a struct (or its scalar-replaced form,
        which has the same struct type and fields), with no deopt."""
        s = self.site(marker, file)
        assert s.representation in PROVEN, (
            f"site {marker} is {s.representation}; deopt: "
            + "; ".join(f"{r.code} at {r.location.line}:{r.location.column}" for r in s.deopt))
        assert s.deopt == ()
        assert s.type is not None and s.type.startswith("$")
        assert not self.diags_at(marker, "shape-deoptimized", file)
        return s

    def assert_deopt(self, site_marker: str, code: str, op_marker: str,
                     site_file: Optional[str] = None, op_file: Optional[str] = None) -> Site:
        """The site is a map, its deopt list names `code` at the operation, the
        cause is reported at the operation and links to the site, and the site
        has a `shape-deoptimized` diagnostic that links to the operation."""
        s = self.site(site_marker, site_file)
        site_pos = self.at(s.location)
        op = self.pos(op_marker, op_file)
        assert s.representation == "map", f"site {site_marker} is {s.representation}, expected map"
        assert s.type is None
        assert (code, op) in [(r.code, self.at(r.location)) for r in s.deopt], (
            f"site {site_marker}: deopt is "
            + "; ".join(f"{r.code} at {r.location.line}:{r.location.column}" for r in s.deopt)
            + f", expected {code} at {op[1]}:{op[2]}")
        causes = self.diags_at(op_marker, code, op_file)
        assert len(causes) == 1, (
            f"expected one {code} diagnostic at {op[1]}:{op[2]}, got {len(causes)}; all: "
            + "; ".join(f"{d.code} {d.location.line}:{d.location.column}" for d in self.plan.diagnostics))
        cause = causes[0]
        assert cause.severity == "warning"
        assert site_pos in [self.at(r.location) for r in cause.related], \
            f"the {code} diagnostic does not link to site {site_marker}"
        marks = self.diags_at(site_marker, "shape-deoptimized", site_file)
        assert len(marks) == 1, f"expected one shape-deoptimized diagnostic at site {site_marker}"
        assert marks[0].severity == "warning"
        assert op in [self.at(r.location) for r in marks[0].related], \
            f"the shape-deoptimized diagnostic at {site_marker} does not link to the {code} operation"
        return s

    def assert_overflow(self, site_marker: str, code: str, op_marker: str,
                        site_file: Optional[str] = None, op_file: Optional[str] = None) -> Site:
        """The site keeps a struct with an overflow dictionary (analysis/overflow.py):
        its deopt list names `code` at the operation, the cause is reported there
        and links to the site, and the site has a `shape-overflow` diagnostic that
        links to the operation."""
        s = self.site(site_marker, site_file)
        site_pos = self.at(s.location)
        op = self.pos(op_marker, op_file)
        assert s.representation == "struct" and s.overflow, (
            f"site {site_marker} is {s.representation} (overflow {s.overflow}), expected struct with overflow")
        assert self.type(s.type).overflow
        assert (code, op) in [(r.code, self.at(r.location)) for r in s.deopt]
        causes = self.diags_at(op_marker, code, op_file)
        assert len(causes) == 1
        assert site_pos in [self.at(r.location) for r in causes[0].related]
        assert "overflow dictionary" in causes[0].message
        marks = self.diags_at(site_marker, "shape-overflow", site_file)
        assert len(marks) == 1, f"expected one shape-overflow diagnostic at site {site_marker}"
        assert op in [self.at(r.location) for r in marks[0].related]
        assert not self.diags_at(site_marker, "shape-deoptimized", site_file)
        return s


def run_both(entry: Path) -> tuple:
    """(shapescape run, node) of the program at entry, as completed processes."""
    import subprocess
    got = subprocess.run([sys.executable, "-m", "shapescape", "run", str(entry)], capture_output=True, text=True,
                         timeout=120)
    want = subprocess.run(["node", str(entry)], capture_output=True, text=True, timeout=60)
    return got, want


def js_number(x: float) -> str:
    """x as a JavaScript literal that reads back as the same double (-0, NaN, the infinities included)."""
    if x != x:
        return "NaN"
    if x in (float("inf"), float("-inf")):
        return "Infinity" if x > 0 else "-Infinity"
    return "-0" if x == 0 and str(x).startswith("-") else repr(x)


def wat_function(wat: str, name: str) -> str:
    """The text of the function `name` (`$file_0`, `$m_pow`...) in a module's text."""
    body = wat[wat.index(f"(func {name} "):]
    end = body.find("\n(func ", 1)
    return body if end < 0 else body[:end]


def same_as_node(entry: Path) -> str:
    """What the program at entry prints, asserted the same, with status 0, under
    `shapescape run` and node."""
    got, want = run_both(entry)
    assert got.returncode == want.returncode == 0, got.stderr
    assert got.stdout == want.stdout
    return got.stdout


@pytest.fixture
def js(tmp_path):
    """js(source) or js({name: source, ...}, roots=[names]) -> Program."""

    def run(sources: Union[str, dict[str, str]], roots: Optional[list[str]] = None,
            main: str = "main.js") -> Program:
        if isinstance(sources, str):
            sources = {main: sources}
        texts: dict[str, str] = {}
        files: dict[str, Path] = {}
        for name, text in sources.items():
            text = textwrap.dedent(text)
            if text.startswith("\n"):
                text = text[1:]
            p = tmp_path / name
            p.parent.mkdir(parents=True, exist_ok=True)
            p.write_text(text, encoding="utf-8")
            texts[name] = text
            files[name] = p
        first = next(iter(sources))
        root_names = roots if roots is not None else [first]
        plan = analyze([str(files[n]) for n in root_names])
        internal = [d for d in plan.diagnostics if d.code == "internal-error"]
        assert not internal, f"internal error: {internal[0].message}"
        return Program(plan, files, texts, first)

    return run
