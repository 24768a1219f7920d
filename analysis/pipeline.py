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
from typing import Optional

from .builtins import Builtins
from .constraints import Builder
from .graph import Graph
from .annotations import check_annotations
from .locality import analyze_locality
from .plan import Diagnostic, FileInfo, FunctionSummary, Location, Plan
from .shapes import ShapeBuilder
from .world import World, expand_roots


def internal_error(path: str, exc: BaseException) -> Diagnostic:
    where = ""
    tb = traceback.extract_tb(exc.__traceback__)
    if tb:
        last = tb[-1]
        where = f" at {os.path.basename(last.filename)}:{last.lineno}"
    return Diagnostic(Location(path, 1, 1, 1, 1), "error", "internal-error",
                      f"shapescape failed while analysing this file ({type(exc).__name__}: {exc}{where}); "
                      "the verdicts for the whole program are incomplete. Please report this with the file.")


def run_analysis(paths: list[str], overrides: Optional[dict[str, str]] = None) -> Plan:
    # The trees and the graph are large, acyclic-in-practice and short-lived: the
    # cyclic collector only rescans them over and over (a third of the run time
    # on 20k lines). Collect once at the end instead.
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _run(paths, overrides)
    except Exception as exc:   # a bug of ours outside any one file
        plan = Plan()
        plan.diagnostics.append(internal_error(paths[0] if paths else "<no input>", exc))
        return plan
    finally:
        if enabled:
            gc.enable()


def _run(paths: list[str], overrides: Optional[dict[str, str]]) -> Plan:
    t_start = time.perf_counter()
    graph = Graph()
    builder = Builder(graph, None)
    builder.builtins = Builtins(builder)
    world = World(builder, overrides)
    builder.world = world
    roots, root_diags = expand_roots(paths)
    world.diagnostics.extend(root_diags)
    for r in roots:
        world.load(r)
    while True:
        unit = world.next_pending()
        if unit is None:
            break
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
        graph.solve()
    builder.finish()
    graph.solve()
    builder.post_solve()
    t_loc = time.perf_counter()
    verdicts, la = analyze_locality(builder)
    promises, struct_promised = check_annotations(builder, la, verdicts)
    summaries = []
    for f, params, this in la.summaries():
        node = f.obj.site.ast if f.obj.site is not None else f.ast
        summaries.append(FunctionSummary(f.name or "(anonymous)",
                                         f.file.source.location(node._start, node._start + 1),
                                         tuple(params), this))
    summaries.sort(key=lambda s: (s.location.file, s.location.line, s.location.column))
    locality_seconds = time.perf_counter() - t_loc
    plan = ShapeBuilder(builder, verdicts, promises, struct_promised).build()
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
