"""The build: a closed world's plan and program to a WasmGC module."""
from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from typing import Optional

import wasmtime

from analysis.plan import Diagnostic, Location, Plan
from analysis.parse import children
from analysis.pipeline import analyze_program
from analysis.world import display_path

from .assemble import build_module
from .host import engine
from .overflow import with_overflow_slots
from .resolve import Unsupported
from .inline import inline_small_calls
from .stats import instrument


@dataclass
class BuildResult:
    plan: Plan
    wasm: Optional[bytes] = None
    wat: Optional[str] = None
    diagnostics: list = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.wasm is not None


LAYOUTS = ("plan", "dynamic")


def dynamic_layout(plan: Plan) -> Plan:
    """The plan with every object a map: what the module would be without shape
    analysis (`--layout=dynamic`), to measure what the shapes are worth on the same
    compiler. Facts about values (numbers, booleans) stay; struct types go."""
    sites = [replace(s, representation="map", type=None, fields=())
             if s.representation in ("struct", "scalar") else s for s in plan.sites]
    read_types = {k: t for k, t in plan.read_types.items() if not t.startswith("(ref")}
    # no struct, so no object is passed or returned as its fields either
    return replace(plan, sites=sites, types=[], read_types=read_types, read_unions={}, scalar_calls={}, value_calls={},
                   returned_calls={}, value_vars={}, inline_reads={}, nested_types={}, nested_vars=frozenset(), nullable_types={},
                   var_types={k: t for k, t in plan.var_types.items() if t.endswith(" array)")})


def build(entry: str, stats: bool = False, layout: str = "plan", inline: Optional[bool] = None) -> BuildResult:
    """Build the closed world of `entry`; with `stats`, count every allocation
    (codegen/stats.py: `shapescape run --stats`); with layout "dynamic", every
    object is a map (`dynamic_layout`); `inline`: copy small functions into their
    callers (codegen/inline.py; default: unless SHAPESCAPE_INLINE=0). A file that only a computed require
    brings in and that cannot be built is left out, with a warning, and the
    program built again without it (analysis/world.py)."""
    left_out: frozenset = frozenset()
    warnings: list = []
    if inline is None:
        inline = os.environ.get("SHAPESCAPE_INLINE", "1") != "0"   # (0: without, to measure what it is worth)
    while True:
        result, failed_in, program = _build_once(entry, stats, layout, left_out, inline)
        drop = program.leave_out(failed_in) if failed_in else frozenset()
        if not drop or drop <= left_out:
            result.diagnostics = warnings + result.diagnostics
            return result
        for d in result.diagnostics:
            if d.severity == "error":
                names = sorted(display_path(p) for p in drop - left_out)
                warnings.append(replace(d, severity="warning", code="dynamic-require-skipped", message=(
                    f"{', '.join(names)}, which a computed `require` could load, "
                    f"{'is' if len(names) == 1 else 'are'} left out of the program: {d.message}; "
                    "requiring it at run time stops the program")))
        left_out |= drop


def _build_once(entry: str, stats: bool, layout: str, left_out: frozenset, inline: bool = True):
    """One build: its result, the absolute path of the file its first error is
    in (or None), and the program it was made from."""
    plan, program = analyze_program([entry], left_out)
    if layout == "dynamic":
        plan = dynamic_layout(plan)
    result = BuildResult(plan)
    errors = [d for d in plan.diagnostics if d.severity == "error"]
    units = [u for u in program.units if u.parsed is not None]
    if errors:
        result.diagnostics = errors
        return result, _path_of(errors[0].location.file, program.units), program
    entry_abs = os.path.abspath(entry)
    index = next((i for i, u in enumerate(units) if u.path == entry_abs), 0)
    try:
        wat = build_module(with_overflow_slots(plan), units, program.resolve_path, index, program.reach)
    except Unsupported as exc:
        d = unsupported_diagnostic(exc, units)
        result.diagnostics = [d]
        return result, _path_of(d.location.file, units), program
    except AssertionError as exc:   # the plan and the build disagree: a bug of ours, said as one
        result.diagnostics = [Diagnostic(Location(units[index].display, 1, 1, 1, 1), "error", "internal-error",
                                         f"shapescape could not build this program ({exc}); please report this "
                                         "with the program")]
        return result, None, program
    except RecursionError:
        result.diagnostics = [Diagnostic(Location(units[index].display, 1, 1, 1, 1), "error", "build-unsupported",
                                         "not supported by the WasmGC build: an expression nested too deeply")]
        return result, None, program
    except Exception as exc:   # any other failure is a bug of ours: a diagnostic, never a traceback
        result.diagnostics = [Diagnostic(Location(units[index].display, 1, 1, 1, 1), "error", "internal-error",
                                         f"shapescape failed while building this program ({type(exc).__name__}: "
                                         f"{exc}); please report this with the program")]
        return result, None, program
    if stats:
        wat = instrument(wat, plan)   # (not inlined: the profile counts calls of $box where they are)
    elif inline:
        wat = inline_small_calls(wat)
    result.wat = wat
    try:
        wasm = wasmtime.wat2wasm(wat)
        wasmtime.Module.validate(engine(), wasm)
        result.wasm = wasm
    except wasmtime.WasmtimeError as exc:   # a bug of ours: say so, never a traceback
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        result.diagnostics = [Diagnostic(Location(units[index].display, 1, 1, 1, 1), "error", "internal-error",
                                         f"shapescape made an invalid module for this program ({first}); "
                                         "please report this with the program")]
    return result, None, program


def _path_of(display: str, units: list) -> Optional[str]:
    return next((u.path for u in units if u.display == display), None)


def unsupported_diagnostic(exc: Unsupported, units: list) -> Diagnostic:
    node = exc.node
    loc = Location(units[0].display if units else "?", 1, 1, 1, 1)
    if node is not None and hasattr(node, "_start"):
        for u in units:
            if _contains(u.parsed.tree, node):
                loc = u.source.location(node._start, node._end)
                break
    return Diagnostic(loc, "error", "build-unsupported", f"not supported by the WasmGC build: {exc.what}")


def _contains(tree, node) -> bool:
    start = getattr(node, "_start", None)
    return start is not None and tree._start <= start <= tree._end and _find(tree, node)


def _find(root, target) -> bool:
    """Is target in root's tree? A node's text span bounds its descendants', except
    in a class made from a constructor function (analysis/constructor_functions.py),
    which has the function's span and members from the statements after it.
    Iterative: a deeply nested file must not exhaust the Python stack."""
    t = getattr(target, "_start", -1)
    stack = [(root, True)]
    while stack:
        n, bounded = stack.pop()
        if n is target:
            return True
        bounded = bounded and not getattr(n, "from_function", False)
        s, e = getattr(n, "_start", None), getattr(n, "_end", None)
        if bounded and s is not None and (t < s or t > e):
            continue
        stack.extend((c, bounded) for c in children(n))
    return False
