"""Differential test: shapescape's shape verdicts against V8's hidden classes.

Each program in tests/v8/*.js is a small self-contained CommonJS script that
binds the objects to check to top-level variables and declares what it expects
in header comments:

    // expect VAR: <fast|dict> <struct|map> [deopt-code] [-- differs: reason]
    // same-map A B: <yes|no> <yes|no> [-- differs: reason]

For `expect`, the first verdict is V8's (`%HasFastProperties(VAR)`: fast or
dictionary mode) and the second is our representation of VAR's allocation site
("scalar" counts as "struct": both mean the shape is proven, and so does a struct
with an overflow dictionary, whose fields are proven); the optional code
must appear in that site's deopt list. For `same-map`, the first is
`%HaveSameMap(A, B)` and the second whether our plan gives both sites the same
struct type. Where V8 and we disagree (fast+map, dict+struct, yes/no), the line
must say why with `-- differs:`; where we agree it must not.

The V8 half runs the program with an epilogue appended that prints the natives'
answers as JSON on the last line; it pins this Node's behaviour. The analysis
half runs `analysis.analyze` on the original program (without the epilogue).

Finding VAR's allocation site: the declaration `(const|let|var) VAR = INIT` at
top level; the site is the one whose line/column is the start of INIT (`new`,
`{`, `[` or `Object.create(`). When INIT is a call `f(...)` of a function
declared in the program, the site is the allocation after the first `return`
in `function f`.
"""
from __future__ import annotations

import functools
import json
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

import pytest

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

NODE = shutil.which("node")
if NODE is None:
    pytest.skip("node is not installed: the V8 oracle (node --allow-natives-syntax) is unavailable",
                allow_module_level=True)

PROGRAM_DIR = Path(__file__).resolve().parent / "v8"
PROGRAMS = sorted(PROGRAM_DIR.glob("*.js"))

KNOWN_DEOPT_CODES = {
    "dynamic-key-write", "dynamic-key-read", "delete-property", "literal-accessor",
    "define-property", "prototype-mutation", "null-prototype", "dynamic-reflection",
    "escapes-closed-world", "array-named-property", "eval", "with-statement",
}

IDENT = r"[A-Za-z_$][\w$]*"
DIRECTIVE_RE = re.compile(r"^\s*//\s*(expect|same-map)\b(.*)$")
EXPECT_BODY_RE = re.compile(
    rf"^\s+(?P<var>{IDENT})\s*:\s*(?P<v8>\S+)\s+(?P<ours>\S+)(?:\s+(?P<code>\S+))?\s*$")
SAME_BODY_RE = re.compile(
    rf"^\s+(?P<a>{IDENT})\s+(?P<b>{IDENT})\s*:\s*(?P<v8>\S+)\s+(?P<ours>\S+)\s*$")
DIFFERS_RE = re.compile(r"^\s*differs:\s*(?P<reason>\S.*)$")


@dataclass
class Expect:
    line: int
    var: str
    v8: str                 # fast | dict
    ours: str               # struct | map
    code: Optional[str]
    differs: Optional[str]


@dataclass
class SameMap:
    line: int
    a: str
    b: str
    v8: str                 # yes | no
    ours: str               # yes | no
    differs: Optional[str]


@dataclass
class Header:
    expects: list[Expect] = field(default_factory=list)
    same_maps: list[SameMap] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def variables(self) -> list[str]:
        names: list[str] = []
        for e in self.expects:
            if e.var not in names:
                names.append(e.var)
        for s in self.same_maps:
            for v in (s.a, s.b):
                if v not in names:
                    names.append(v)
        return names


def _split_differs(rest: str) -> tuple[str, Optional[str], Optional[str]]:
    """Return (body, differs reason or None, error or None)."""
    if "--" not in rest:
        return rest, None, None
    body, _, note = rest.partition("--")
    m = DIFFERS_RE.match(note)
    if not m:
        return body, None, f"the note after `--` must read `differs: REASON`, got {note.strip()!r}"
    return body, m.group("reason").strip(), None


@functools.lru_cache(maxsize=None)
def parse_header(path: Path) -> Header:
    header = Header()
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        m = DIRECTIVE_RE.match(line)
        if not m:
            continue
        kind, rest = m.group(1), m.group(2)
        where = f"{path.name}:{lineno}"
        body, reason, err = _split_differs(rest)
        if err:
            header.errors.append(f"{where}: {err}")
            continue
        if kind == "expect":
            em = EXPECT_BODY_RE.match(body)
            if not em:
                header.errors.append(f"{where}: malformed expect line: {line.strip()!r}")
                continue
            e = Expect(lineno, em.group("var"), em.group("v8"), em.group("ours"),
                       em.group("code"), reason)
            if e.v8 not in ("fast", "dict"):
                header.errors.append(f"{where}: V8 verdict must be fast or dict, got {e.v8!r}")
            if e.ours not in ("struct", "map"):
                header.errors.append(f"{where}: our representation must be struct or map, got {e.ours!r}")
            if e.code is not None and e.code not in KNOWN_DEOPT_CODES:
                header.errors.append(f"{where}: unknown deopt code {e.code!r}")
            header.expects.append(e)
        else:
            sm = SAME_BODY_RE.match(body)
            if not sm:
                header.errors.append(f"{where}: malformed same-map line: {line.strip()!r}")
                continue
            s = SameMap(lineno, sm.group("a"), sm.group("b"), sm.group("v8"), sm.group("ours"), reason)
            for label, value in (("V8 same-map", s.v8), ("our same type", s.ours)):
                if value not in ("yes", "no"):
                    header.errors.append(f"{where}: {label} must be yes or no, got {value!r}")
            header.same_maps.append(s)
    return header


# --- locating a variable's allocation site -------------------------------------------

def _line_col(source: str, offset: int) -> tuple[int, int]:
    """1-based line and column (code points) of a character offset."""
    line = source.count("\n", 0, offset) + 1
    line_start = source.rfind("\n", 0, offset) + 1
    return line, offset - line_start + 1


def _declaration(source: str, var: str) -> Optional[re.Match]:
    pattern = re.compile(rf"(?<![\w$])(const|let|var)\s+{re.escape(var)}\s*=(?!=)\s*")
    matches = list(pattern.finditer(source))
    if not matches:
        return None
    # Prefer a top-level declaration (one that starts its line, unindented).
    for m in matches:
        if m.start() == 0 or source[m.start() - 1] == "\n":
            return m
    return matches[0]


ALLOC_START_RE = re.compile(r"(new\b|\{|\[|Object\s*\.\s*create\s*\()")
CALL_RE = re.compile(rf"({IDENT})\s*\(")


def site_position(source: str, var: str) -> tuple[int, int, str]:
    """(line, column, how) of the allocation expression that VAR is bound to."""
    decl = _declaration(source, var)
    if decl is None:
        raise LookupError(f"no `const|let|var {var} =` declaration in the program")
    init = decl.end()
    if ALLOC_START_RE.match(source, init):
        line, col = _line_col(source, init)
        return line, col, f"initializer of `{var}`"
    call = CALL_RE.match(source, init)
    if call:
        fname = call.group(1)
        fdecl = re.search(rf"function\s+{re.escape(fname)}\s*\(", source)
        if fdecl:
            ret = re.compile(r"(?<![\w$])return\s+").search(source, fdecl.end())
            if ret and ALLOC_START_RE.match(source, ret.end()):
                line, col = _line_col(source, ret.end())
                return line, col, f"literal returned by `{fname}` (called to initialise `{var}`)"
    snippet = source[init:init + 40].splitlines()[0] if source[init:] else ""
    raise LookupError(f"the initializer of `{var}` ({snippet!r}) is not an allocation expression "
                      "nor a call of a factory that returns one")


# --- V8 ------------------------------------------------------------------------------

def _epilogue(header: Header) -> str:
    fast = ", ".join(f"{json.dumps(v)}: %HasFastProperties({v})"
                     for v in dict.fromkeys(e.var for e in header.expects))
    same = ", ".join(f"%HaveSameMap({s.a}, {s.b})" for s in header.same_maps)
    return ("\n;\n// --- epilogue appended by tests/test_v8_oracle.py ---\n"
            f"console.log(\"\\n\" + JSON.stringify({{\"fast\": {{{fast}}}, \"same\": [{same}]}}));\n")


@functools.lru_cache(maxsize=None)
def run_v8(path: Path) -> dict:
    header = parse_header(path)
    source = path.read_text(encoding="utf-8")
    with tempfile.TemporaryDirectory(prefix="shapescape-v8-") as tmp:
        script = Path(tmp) / path.name
        script.write_text(source + _epilogue(header), encoding="utf-8")
        proc = subprocess.run([NODE, "--allow-natives-syntax", str(script)],
                              capture_output=True, text=True, timeout=60, cwd=tmp)
    if proc.returncode != 0:
        raise AssertionError(f"node failed on {path.name} (exit {proc.returncode}):\n"
                             f"stdout:\n{proc.stdout}\nstderr:\n{proc.stderr}")
    lines = [ln for ln in proc.stdout.splitlines() if ln.strip()]
    if not lines:
        raise AssertionError(f"node printed nothing for {path.name}; stderr:\n{proc.stderr}")
    return json.loads(lines[-1])


# --- the analysis --------------------------------------------------------------------

@functools.lru_cache(maxsize=None)
def run_analysis(path: Path) -> dict:
    from analysis import analyze  # imported here so the V8 half runs without it
    plan = analyze([str(path)])
    return plan.to_json()


def _same_file(site_file: str, path: Path) -> bool:
    if not site_file:
        return True
    try:
        return Path(site_file).resolve() == path.resolve() or Path(site_file).name == path.name
    except OSError:
        return False


def find_site(plan: dict, path: Path, var: str) -> dict:
    source = path.read_text(encoding="utf-8")
    line, col, how = site_position(source, var)
    sites = [s for s in plan.get("sites", []) if _same_file(s.get("file", ""), path)]
    hits = [s for s in sites if s.get("line") == line and s.get("column") == col]
    if not hits:
        on_line = [(s.get("column"), s.get("kind"), s.get("representation")) for s in sites
                   if s.get("line") == line]
        raise LookupError(f"no site at {path.name}:{line}:{col} ({how}); "
                          f"sites on that line (column, kind, representation): {on_line}")
    return hits[0]


def proven(representation: Optional[str]) -> str:
    """Map the plan's representation onto the header's vocabulary."""
    return "struct" if representation in ("struct", "scalar") else str(representation)


# --- tests ---------------------------------------------------------------------------

def test_programs_exist():
    assert len(PROGRAMS) >= 14, f"expected at least 14 programs in {PROGRAM_DIR}, found {len(PROGRAMS)}"


@pytest.mark.parametrize("path", PROGRAMS, ids=lambda p: p.stem)
def test_header(path: Path):
    """The expectations are well-formed, and disagreements (only those) are explained."""
    header = parse_header(path)
    problems = list(header.errors)
    if not header.expects:
        problems.append("the program declares no `// expect` line")
    source = path.read_text(encoding="utf-8")
    for e in header.expects:
        disagree = (e.v8, e.ours) in (("fast", "map"), ("dict", "struct"))
        if disagree and not e.differs:
            problems.append(f"line {e.line}: `{e.var}` is {e.v8} in V8 but {e.ours} for us: "
                            "the line must explain why with `-- differs: reason`")
        if not disagree and e.differs:
            problems.append(f"line {e.line}: `{e.var}` agrees with V8 ({e.v8}/{e.ours}) "
                            "but carries a `-- differs:` note")
        if e.ours == "struct" and e.code:
            problems.append(f"line {e.line}: a struct expectation cannot name a deopt code ({e.code})")
    for s in header.same_maps:
        disagree = s.v8 != s.ours
        if disagree and not s.differs:
            problems.append(f"line {s.line}: same-map {s.a} {s.b} is {s.v8} in V8 but {s.ours} for us: "
                            "the line must explain why with `-- differs: reason`")
        if not disagree and s.differs:
            problems.append(f"line {s.line}: same-map {s.a} {s.b} agrees ({s.v8}) "
                            "but carries a `-- differs:` note")
    for var in header.variables():
        try:
            site_position(source, var)
        except LookupError as exc:
            problems.append(str(exc))
    assert not problems, f"{path.name}:\n  " + "\n  ".join(problems)


@pytest.mark.parametrize("path", PROGRAMS, ids=lambda p: p.stem)
def test_v8_verdicts(path: Path):
    """This Node's V8 does what the header says (pins the oracle)."""
    header = parse_header(path)
    result = run_v8(path)
    problems = []
    for e in header.expects:
        got = "fast" if result["fast"][e.var] else "dict"
        if got != e.v8:
            problems.append(f"line {e.line}: %HasFastProperties({e.var}) says {got}, header says {e.v8}")
    for s, same in zip(header.same_maps, result["same"]):
        got = "yes" if same else "no"
        if got != s.v8:
            problems.append(f"line {s.line}: %HaveSameMap({s.a}, {s.b}) says {got}, header says {s.v8}")
    assert not problems, f"{path.name}:\n  " + "\n  ".join(problems)


@pytest.mark.parametrize("path", PROGRAMS, ids=lambda p: p.stem)
def test_analysis_verdicts(path: Path):
    """Our plan gives each checked site the representation (and deopt cause) the header says."""
    header = parse_header(path)
    plan = run_analysis(path)
    problems = []
    errors = [d for d in plan.get("diagnostics", []) if d.get("severity") == "error"]
    if errors:
        problems.append("the analysis reported errors: " +
                        "; ".join(f"{d.get('line')}:{d.get('column')} {d.get('code')} {d.get('message')}"
                                  for d in errors))
    sites: dict[str, dict] = {}
    for var in header.variables():
        try:
            sites[var] = find_site(plan, path, var)
        except LookupError as exc:
            problems.append(f"`{var}`: {exc}")
    for e in header.expects:
        site = sites.get(e.var)
        if site is None:
            continue
        rep = proven(site.get("representation"))
        codes = [d.get("code") for d in site.get("deopt", [])]
        where = f"line {e.line}: `{e.var}` (site {site.get('line')}:{site.get('column')})"
        if rep != e.ours:
            problems.append(f"{where}: representation is {site.get('representation')!r}, expected {e.ours}"
                            f" (deopt: {codes})")
        if e.ours == "struct" and codes and not site.get("overflow"):
            # (a struct with an overflow dictionary lists the causes its overflow absorbs)
            problems.append(f"{where}: expected a proven shape but the site lists deopt causes {codes}")
        if e.code and e.code not in codes:
            problems.append(f"{where}: deopt list {codes} lacks {e.code!r}")
    for s in header.same_maps:
        a, b = sites.get(s.a), sites.get(s.b)
        if a is None or b is None:
            continue
        ta, tb = a.get("type"), b.get("type")
        got = "yes" if ta is not None and ta == tb else "no"
        if got != s.ours:
            problems.append(f"line {s.line}: same type for {s.a} ({ta}) and {s.b} ({tb}) is {got}, "
                            f"expected {s.ours}")
    assert not problems, f"{path.name}:\n  " + "\n  ".join(problems)
