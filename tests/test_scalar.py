"""Scalar replacement (codegen/scalar.py): the plan's `scalar` sites are exactly
the sites the build scalar-replaces, they allocate nothing, and the profile
counts the allocations they avoid. That the programs still print what node
prints is the differential suite's job (tests/programs/c15_scalar_replacement.js)."""
from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from codegen.build import build

ROOT = Path(__file__).resolve().parent.parent
PROGRAMS = sorted((ROOT / "tests" / "programs").glob("*.js")) + sorted((ROOT / "benchmarks" / "programs").glob("*.js")) \
    + sorted((ROOT / "tests" / "programs").glob("*/main.js")) + sorted((ROOT / "benchmarks" / "programs").glob("*/main.js"))


def marks(wat: str, kind: str) -> set[int]:
    return {int(m) for m in re.findall(rf"\(;@{kind} (\d+);\)", wat)}


@pytest.mark.parametrize("prog", PROGRAMS, ids=lambda p: p.stem if p.stem != "main" else p.parent.name)
def test_plan_scalar_sites_are_exactly_the_scalar_replaced_ones(prog: Path) -> None:
    """A site is marked as avoided in the module (scalar-replaced) if and only if
    the plan calls it scalar; a scalar site is never allocated."""
    r = build(str(prog))
    if not r.ok:
        assert all(d.code == "build-unsupported" for d in r.diagnostics), r.diagnostics
        return
    scalar = {s.id for s in r.plan.sites if s.representation == "scalar"}
    assert marks(r.wat, "avoided") == scalar
    assert not marks(r.wat, "site") & scalar
    # every call the plan says takes a scalar object's fields does, and every call whose
    # result the plan says is taken as fields is (analysis/passing.py)
    assert marks(r.wat, "passed") == set(range(len(r.plan.scalar_calls)))
    assert marks(r.wat, "value") == set(range(len(r.plan.value_calls)))
    assert marks(r.wat, "returned") == set(range(len(r.plan.returned_calls)))


def test_the_suite_has_scalar_sites_of_every_form() -> None:
    """The check above is not vacuous: the programs hold scalar object literals and
    `new` sites, with constructors taking unboxed and generic arguments."""
    r = build(str(ROOT / "tests" / "programs" / "c15_scalar_replacement.js"))
    assert r.ok, r.diagnostics
    kinds = {s.kind for s in r.plan.sites if s.representation == "scalar"}
    assert kinds == {"object", "new"}
    assert re.search(r"\(func \$\S+_ctor\.sr\d+ \(param \$self \(ref \$Fn\)\) \(param \$this anyref\) \(param \$p0 f64\)", r.wat)
    assert re.search(r"\(func \$\S+_ctor\.sr\d+ \(param \$self \(ref \$Fn\)\) \(param \$this anyref\) \(param \$argc i32\)", r.wat)


def test_parameters_kept_as_fields_are_those_whose_objects_nothing_writes() -> None:
    """A parameter reassigned to results taken as fields is kept as fields itself
    (copied on entry) only when every object it receives is of the results' type
    and never written once made (analysis/passing.py, `_seed_ok`)."""
    src = ROOT / "tests" / "programs" / "c86_parameters_kept_as_fields.js"
    r = build(str(src))
    assert r.ok, r.diagnostics
    lines = src.read_text(encoding="utf-8").splitlines()
    seeded = set()
    for (_, line, col), (_, _, seed) in r.plan.value_vars.items():
        if seed is not None:
            text = lines[line - 1]
            fn = re.match(r"function (\w+)\(", text)
            seeded.add((fn.group(1) if fn else text.strip(), re.match(r"\w+", text[col - 1:]).group(0), seed))
    assert seeded == {("escape", "z", 0), ("grow", "x", 0)}
    assert "(local $seed" in r.wat


def shapescape(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "shapescape", *args], cwd=cwd, capture_output=True,
                          text=True, timeout=120)


def test_profile_counts_avoided_allocations_and_allocates_none(tmp_path: Path) -> None:
    src = tmp_path / "sc.js"
    src.write_text("class P { constructor(a) { this.a = a; } }\nlet t = 0;\n"
                   "for (let i = 0; i < 40; i++) { const q = {a: i}; const p = new P(i); t += q.a + p.a; }\n"
                   "console.log(t);\n", encoding="utf-8")
    r = shapescape("run", str(src), "--stats=json", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert r.stdout == "1560\n"
    prof = json.loads(r.stderr)
    sites = [s for s in prof["sites"] if s["representation"] == "scalar"]
    assert sorted((s["kind"], s["built"], s["count"]) for s in sites) == [("new", "scalar", 40), ("object", "scalar", 40)]
    assert prof["totals"]["scalarReplacementAvoided"] == 80
    wasm_types = {"$js." + s["type"][1:] for s in sites}   # the build's name of a plan type
    assert not [t for t in prof["runtime"] if t["type"] in wasm_types and t["count"]]
    text = shapescape("run", str(src), "--stats", cwd=tmp_path).stderr
    assert "scalar replacement avoided 80 allocations" in text


@pytest.mark.parametrize("name", ["c26_scalar_passing", "c27_results_by_value", "c28_value_variables",
                                  "c29_iterator_results", "c86_parameters_kept_as_fields"])
def test_all_map_build_of_calls_taking_fields(name: str, tmp_path: Path) -> None:
    """The all-map build (`--layout=dynamic`) has no structs, so nothing is passed or
    returned as fields: it builds and prints what node prints."""
    src = ROOT / "tests" / "programs" / f"{name}.js"
    r = shapescape("run", str(src), "--layout", "dynamic", "--timeout", "120", cwd=tmp_path)
    node = subprocess.run(["node", str(src)], capture_output=True, text=True)
    assert (r.returncode, r.stdout) == (0, node.stdout), r.stderr
