"""The analysis pipeline: closed world -> constraints -> fixed point -> plan.

Timings: `parse` is reading and parsing every file; `analysis` is everything
after (constraint generation, solving, shapes), the figure the speed goal is
about.
"""
from __future__ import annotations

import gc
import os
import traceback
import time
from dataclasses import dataclass, replace
from typing import Callable, Optional

from .absence import add_absent_reads
from .builtins import Builtins
from .closure_passing import ClosurePassing
from .call_targets import literal_targets
from .freeze import freezable
from .constraints import Builder
from .graph import BOOL, NULL, NUM, UNDEF, AObj, BudgetExceeded, Graph
from .inline_fields import inline_field_nodes, inline_fields, inline_reads, stored_calls, struct_site_types
from .annotations import check_annotations
from .locality import Verdict, analyze_locality
from .passing import Results, _fn_key, _loc_key, ctor_this_nodes, ctor_this_ok, immutable
from .reuse import reusable_arrays, reusable_slices
from .shared_objects import shared_sites
from .plan import Diagnostic, FileInfo, FunctionSummary, Location, Plan, Reason
from .shapes import ShapeBuilder
from .world import World, expand_roots


WORK_BASE = 1_000_000       # values propagated, see Graph.work: ~10 per line on ordinary programs
WORK_PER_LINE = 2_000


_NON_STRING_PRIMS = frozenset({NUM, BOOL, NULL, UNDEF})


def _key(unit, node) -> tuple:
    """How the build's facts name an expression or identifier: its location."""
    loc = unit.source.location(node._start, node._end)
    return loc.file, loc.line, loc.column, loc.end_line, loc.end_column


def read_facts(builder, shapes: ShapeBuilder) -> tuple[frozenset, dict, frozenset, frozenset, dict]:
    """What the build learns about reads (property and element reads, calls,
    variables, `this`), by location:

    - primitive reads: every possible value is a number, boolean, null or
      undefined, never a string, an object or a value from outside the closed
      world. For such a value `+` is numeric addition, whatever it turns out to be.
    - read types: the plan type (the field-type lattice of analysis.shapes) of
      each read whose value is a number or a struct object of one type: "f64",
      "(ref $T)", or "(ref null $T)" when it may also be null or undefined; or
      "f64|undefined" when it is a number or undefined (an unset field, a missing
      argument). There the build may use f64, the f64 that holds undefined as a
      NaN of its own, or the struct type instead of a dynamic value.
    - array reads: the values are arrays, or null or undefined. There the build
      tries an array's element storage first for `x[i]` and `x.length`; it tests
      the value at run time, so this decides only where the test is worth it.
    - object reads: every possible value is an object of the closed world (or null
      or undefined), never a primitive. A property write to such a value cannot
      meet strict code's TypeError for writing to a primitive.
    - union reads: every possible value is a struct object (or null or undefined)
      of a few types with no common supertype -> (the types, may be nullish). A
      method call there tests the receiver against each type and calls that
      class's method directly (codegen/calls.py poly_call)."""
    prims = set()
    out = {}
    arrays = set()
    objects = set()
    unions = {}
    for unit, e, n in builder.expr_nodes:
        pts = n.pts
        if not pts:
            continue
        key = _key(unit, e)
        if pts <= _NON_STRING_PRIMS:
            prims.add(key)
        if all(isinstance(v, AObj) or v is NULL or v is UNDEF for v in pts):
            objects.add(key)
        t = shapes.value_type(pts)
        if UNDEF in pts or NULL in pts:
            known = shapes.value_type([v for v in pts if v is not UNDEF and v is not NULL])
            if known == "array":
                arrays.add(key)
            elif UNDEF in pts and t == "anyref":
                # struct objects of one type, null or undefined: the build's typed path
                # takes the objects and leaves both nullish values to the generic path
                known = shapes.value_type([v for v in pts if v is not UNDEF])
                if known.startswith("(ref "):
                    t = "(ref null " + known[len("(ref "):].removeprefix("null ")
            if set(pts) == {NUM, UNDEF}:
                t = "f64|undefined"
        elif t == "array":
            arrays.add(key)
        if t in ("f64", "f64|undefined") or t.startswith("(ref "):
            out[key] = t
        elif t == "anyref":
            u = shapes.struct_union(pts)
            if u is not None and len(u[0]) <= UNION_MAX_TYPES:
                unions[key] = u
    return frozenset(prims), out, frozenset(arrays), frozenset(objects), unions


UNION_MAX_TYPES = 8   # more types than this: a test per type costs more than the dispatcher


def var_types(builder, shapes: ShapeBuilder) -> dict:
    """The declaring identifier of each let, const and parameter whose values are
    struct objects of one type, or arrays, and maybe undefined -> "(ref $T)" (or
    "(ref array)"), or "(ref null $T)" when it may be undefined. Null is left out:
    the build's dynamic values spell null as an object of their own, which a typed
    local cannot hold, while undefined is the wasm null there too."""
    out = {}
    for unit, ident, n in builder.typed_vars:
        pts = n.pts
        if not pts or NULL in pts:
            continue
        t = shapes.value_type([v for v in pts if v is not UNDEF])
        if t == "array":
            t = "(ref array)"
        elif not t.startswith("(ref $"):
            continue
        if UNDEF in pts:
            t = "(ref null " + t[len("(ref "):]
        out[_key(unit, ident)] = t
    return out


def number_vars(builder, shapes: ShapeBuilder) -> frozenset:
    """The declaring identifier of each file-level let and const whose values are
    only numbers (never undefined: a `let x;` holds it until written)."""
    out = set()
    for unit, ident, n in builder.typed_vars:
        if id(n) in builder.file_vars and n.pts and shapes.value_type(n.pts) == "f64":
            out.add(_key(unit, ident))
    return frozenset(out)


def function_types(builder, shapes: ShapeBuilder) -> dict:
    """(file, line, column) of each function node -> (parameter types, return
    type), in the lattice of analysis.shapes; "anyref" where nothing is known."""
    out = {}
    for f in builder.functions:
        if f.ret is None or f.ast is None or f.file is None:
            continue
        params = tuple(shapes.field_type(p.pts) if p.pts else "anyref" for p in f.params)
        ret = shapes.value_type(f.ret.pts) if f.ret.pts else "anyref"
        loc = f.file.source.location(f.ast._start, f.ast._start + 1)
        out[(loc.file, loc.line, loc.column)] = (params, ret)
    return out


def results_by_value(builder, la, site_type: dict, plan: Plan, inline: dict) -> tuple[dict, dict]:
    """The calls whose results the build takes as fields (analysis/passing.py, Results);
    site_type: inline_fields.struct_site_types."""
    fields = {t.name: {f.name: f.type == "f64" and f.initialized for f in t.fields} for t in plan.types}
    res = Results(builder, la.passing, site_type, fields,
                  lambda x: ctor_this_ok(builder, la.passing, la.containers, x),
                  lambda x: immutable(builder, la.passing, la.containers, x),
                  stored_calls(builder, inline, site_type) if inline else None)
    ctor_this = [n for o in res.returned_sites for n in ctor_this_nodes(la.containers, o)]
    plan.scalar_calls.update(la.passing.scalar_calls(res.passing_holders(ctor_this)))
    plan.value_vars = res.plan_vars
    plan.nested_types = {ext: (n.base, n.key, n.inner) for ext, n in res.nested.items()}
    plan.inline_reads = dict(res.nested_reads)
    plan.nested_vars = frozenset(res.nested_vars)
    plan.nullable_types = dict(res.nullable)
    return res.value_calls, res.returned_calls


def parts_taken(builder, la, site_type: dict, plan: Plan, inline: dict, site_by_obj: dict) -> None:
    """The reads of inline fields and the variables the build takes as parts, and
    the calls they pass parts to; with the calls that the constructors of the
    objects stored in place (their copies for a scalar `this`) pass `this` to.
    A scalar-replaced object of a type with an inline field holds the value
    object in that field's slot: its parts are read from there, so reads on it
    count as reads of its type's field."""
    read_type = dict(site_type)
    read_type.update({oid: s.type for oid, s in site_by_obj.items() if s.representation == "scalar" and s.type})
    reads, holders, variables = inline_reads(builder, la.passing, inline, read_type)
    plan.inline_reads.update(reads)
    for k, v in variables.items():
        plan.value_vars.setdefault(k, v)
    stored = {v.id: v for fn, _ in inline_field_nodes(builder, inline, site_type).values()
              for v in fn.pts if isinstance(v, AObj)}
    ctor_this = [n for v in stored.values() for n in ctor_this_nodes(la.containers, v)]
    plan.scalar_calls.update(la.passing.scalar_calls(holders + ctor_this))


def mark_inline_fields(plan: Plan, inline: dict) -> None:
    """Record on the plan's struct types which fields hold values stored in place."""
    if not inline:
        return
    types = []
    for t in plan.types:
        if any((t.name, f.name) in inline for f in t.fields):
            t = replace(t, fields=tuple(replace(f, inline=inline[(t.name, f.name)]) if (t.name, f.name) in inline else f
                                        for f in t.fields))
        types.append(t)
    plan.types = types


def give_up(builder, world, work: int):
    """The sound answer when the fixed point would take too long: every object
    site is a map and every site is heap, each saying why."""
    first = world.order[0].display if world.order else "?"
    msg = (f"the analysis stopped after {work:,} propagation steps: the program's value flow is too "
           "dynamic to follow within the budget, so no shape or locality is claimed")
    world.diagnostics.append(Diagnostic(Location(first, 1, 1, 1, 1), "warning", "analysis-budget",
                                        msg + "; every allocation site is reported as map (objects) and heap"))
    verdicts = {}
    for o in builder.sites:
        if o.kind in ("object", "new", "array") and o.collection is None:
            o.deopts = [("analysis-budget", "not analysed: the work budget was exceeded", o.site.location)]
        verdicts[o.id] = Verdict("heap", "heap",
                                 [Reason("outside", "not analysed: the work budget was exceeded", o.site.location)])
    return verdicts, [], set()


def internal_error(path: str, exc: BaseException) -> Diagnostic:
    where = ""
    tb = traceback.extract_tb(exc.__traceback__)
    if tb:
        last = tb[-1]
        where = f" at {os.path.basename(last.filename)}:{last.lineno}"
    return Diagnostic(Location(path, 1, 1, 1, 1), "error", "internal-error",
                      f"shapescape failed while analysing this file ({type(exc).__name__}: {exc}{where}); "
                      "the verdicts for the whole program are incomplete. Please report this with the file.")


@dataclass
class Program:
    """The closed world as files: what the build compiles alongside the plan."""
    units: list
    resolve_path: Callable[[str, str], Optional[str]]
    # the computed-require candidates to leave out so a file is not in the program
    leave_out: Callable[[str], frozenset] = lambda path: frozenset()
    # the files a file is or loads through constant requires, transitively
    reach: Callable[[str], set] = lambda path: {path}


def analyze_program(paths: list[str], exclude: frozenset = frozenset()) -> tuple[Plan, Program]:
    """The plan and the parsed files it was made from (for the build); `exclude`:
    files a computed require must not load (World.exclude)."""
    holder: dict = {"exclude": exclude}
    plan = run_analysis(paths, keep=holder)
    world = holder.get("world")
    if world is None:
        return plan, Program([], lambda base, spec: None)
    return plan, Program(list(world.order), world._resolve_path, world.leave_out, lambda path: world.reach([path]))


def run_analysis(paths: list[str], overrides: Optional[dict[str, str]] = None, keep: Optional[dict] = None) -> Plan:
    # The trees and the graph are large, acyclic-in-practice and short-lived: the
    # cyclic collector only rescans them over and over (a third of the run time
    # on 20k lines). Collect once at the end instead.
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _run(paths, overrides, keep)
    except Exception as exc:   # a bug of ours outside any one file
        plan = Plan()
        plan.diagnostics.append(internal_error(paths[0] if paths else "<no input>", exc))
        return plan
    finally:
        if enabled:
            gc.enable()


def _run(paths: list[str], overrides: Optional[dict[str, str]], keep: Optional[dict] = None) -> Plan:
    t_start = time.perf_counter()
    graph = Graph()
    builder = Builder(graph, None)
    builder.builtins = Builtins(builder)
    world = World(builder, overrides, (keep or {}).get("exclude", frozenset()))
    builder.world = world
    if keep is not None:
        keep["world"] = world
    roots, root_diags = expand_roots(paths)
    world.diagnostics.extend(root_diags)
    world.roots = list(roots)
    for r in roots:
        world.load(r)
    over_budget = False
    while True:
        unit = world.next_pending()
        if unit is None:
            break
        graph.budget = WORK_BASE + WORK_PER_LINE * world.lines
        try:
            builder.walk_file(unit)
        except RecursionError:
            # a flat chain (a + a + ... , a.b.b.b...) the parser took but our walk cannot
            world.diagnostics.append(Diagnostic(
                Location(unit.display, 1, 1, 1, 1), "error", "nesting-too-deep",
                "the file nests deeper than the analysis accepts (an expression chained tens of "
                "thousands of times); the verdicts for the whole program are incomplete"))
        except Exception as exc:   # a bug of ours: say so at the file, keep going
            world.diagnostics.append(internal_error(unit.display, exc))
        if not over_budget:
            try:
                graph.solve()
            except BudgetExceeded:
                over_budget = True   # keep walking the files so every site is listed
    if not over_budget:
        builder.finish()
        try:
            graph.solve()
            # reads that may find no property give undefined: in the graph, so it flows on
            add_absent_reads(builder, graph)
        except BudgetExceeded:
            over_budget = True
    t_loc = time.perf_counter()
    if over_budget:
        verdicts, promises, struct_promised = give_up(builder, world, graph.work)
        summaries_from = None
    else:
        builder.post_solve()
        verdicts, la = analyze_locality(builder)
        promises, struct_promised = check_annotations(builder, la, verdicts)
        summaries_from = la
    summaries = []
    for f, params, this in (summaries_from.summaries() if summaries_from is not None else ()):
        node = f.obj.site.ast if f.obj.site is not None else f.ast
        summaries.append(FunctionSummary(f.name or "(anonymous)",
                                         f.file.source.location(node._start, node._start + 1),
                                         tuple(params), this))
    summaries.sort(key=lambda s: (s.location.file, s.location.line, s.location.column))
    locality_seconds = time.perf_counter() - t_loc
    shapes = ShapeBuilder(builder, verdicts, promises, struct_promised, fallback=over_budget)
    plan = shapes.build()
    inline: dict = {}
    site_type = struct_site_types(shapes.site_by_obj)
    if not over_budget:
        inline = inline_fields(builder, summaries_from.passing, summaries_from.containers, site_type, plan.types)
        mark_inline_fields(plan, inline)
    if not over_budget and keep is not None:   # only the build reads them
        plan.primitive_reads, plan.read_types, plan.array_reads, plan.object_reads, plan.read_unions = \
            read_facts(builder, shapes)
        plan.function_types = function_types(builder, shapes)
        plan.var_types = var_types(builder, shapes)
        plan.number_vars = number_vars(builder, shapes)
        plan.set_vars = frozenset(_key(unit, ident) for unit, ident in builder.set_vars)
        plan.scalar_calls = summaries_from.passing.scalar_calls(
            [n for o in shapes.scalar_objs for n in summaries_from.containers.get(o.id, ())])
        plan.value_calls, plan.returned_calls = results_by_value(builder, summaries_from, site_type, plan, inline)
        if inline:
            parts_taken(builder, summaries_from, site_type, plan, inline, shapes.site_by_obj)
        plan.closure_calls = ClosurePassing(builder, summaries_from.passing).calls()
        plan.closure_targets = {_loc_key(loc): tuple(sorted(_fn_key(g) for g in gs))
                                for loc, gs in literal_targets(builder)}
        plan.frozen_calls = frozenset(_loc_key(loc) for loc in freezable(builder, summaries_from.containers,
                                                                         shapes.site_by_obj))
        plan.reused_arrays = reusable_arrays(builder, summaries_from.containers, shapes.site_by_obj,
                                             summaries_from.passing.dead_args)
        plan.reused_slices = frozenset(_key(unit, call) for unit, call in reusable_slices(
            builder, summaries_from.containers, summaries_from.passing.dead_args))
        plan.shared_sites = shared_sites(builder, summaries_from.passing, summaries_from.containers,
                                         shapes.site_by_obj)
    plan.typed_arrays = any(o.typed is not None for o in graph.objects)
    plan.dynamic_requires = {_key(unit, call): table for unit, call, table in builder.dynamic_requires}
    plan.functions = summaries
    plan.files = [FileInfo(u.display, u.parsed.source_type if u.parsed is not None else "unparsed",
                           u.source.line_count) for u in world.order]
    for display, code in world.failed:
        if not any(f.path == display for f in plan.files):
            plan.files.append(FileInfo(display, "unparsed", 0))
    total = time.perf_counter() - t_start
    plan.timings = {"parse": world.parse_seconds, "analysis": total - world.parse_seconds,
                    "locality": locality_seconds, "total": total, "nodes": float(graph.node_count)}
    return plan
