"""The allocation profile: `shapescape build --stats` / `shapescape run --stats`.

Model. A GC object comes into being only at an allocating instruction of the
module text: `struct.new`, `struct.new_default`, `array.new`, `array.new_default`,
`array.new_fixed`, `array.new_data`, `array.new_elem`. The build tags the
instruction that allocates a plan site's object with a comment right after the
instruction's keyword, `(struct.new (;@site 12;) $T ...)`, or the call of the
runtime function that allocates it, `(call (;@site 12;) $map_new ...)`; the tag
costs nothing in a normal build.

`instrument` rewrites the text of a finished module: every allocating expression
inside a function becomes `(call $stat.wK (expr))`, where the wrapper bumps one
counter and returns its argument unchanged (same type, so the module still
validates). A tagged expression bumps its site's counter; an untagged one bumps
the counter of the object's type (number boxes, strings, element storage, maps,
cells...) in the function that allocates it, which is how objects the runtime
allocates on its own are seen. Number boxes are the exception: `$box` returns an
i31 for small integers and a fresh box otherwise, so a call of `$box` is counted
at its caller, and only when the result is a box.
Constant initialisers of globals run once and are not counted. The counters live
in one GC array; the host reads them through two exports after the program ends
(also after an uncaught exception or a timeout), and the table that names them
(the plan's sites and the type categories) travels in the custom section
`shapescape.stats`, so a `.wasm` built with `--stats` can be profiled later.

Scalar sites: a site the build scalar-replaces allocates nothing (codegen/scalar.py).
Each evaluation of one is marked `(nop (;@avoided 12;))`; `instrument` turns the
marker into a bump of the site's counter, which counts the objects scalar
replacement avoided. A struct site evaluated in a function's copy that returns
the object's fields (codegen/passing.py) is marked `(nop (;@byvalue 12;))`: those
evaluations are counted as the site's `avoided`, apart from its allocations.
A callback literal whose loop calls a copy of it taking its captures as
parameters (codegen/callbacks.py) makes no closure: each such call is marked
`(nop (;@lifted 12;))` and counted as the closure site's `lifted`. An array
literal that gives out an emptied array of its own instead of allocating
(codegen/reuse.py) is marked `(nop (;@reused 12;))`, counted as its `reused`.
A shared site's run that hands out the object it made before
(analysis/shared_objects.py) is marked `(nop (;@shared 12;))`, counted as its `shared`.
"""
from __future__ import annotations

import re
from typing import Optional

from .sections import custom_json, custom_wat

SECTION = "shapescape.stats"
EXPORT_GET = "shapescape_stat"
EXPORT_LEN = "shapescape_stat_count"

# what the runtime's own types hold, for the report
CATEGORY_LABELS = {
    "$Num": "number boxes (numbers that are not small integers, stored where any value may be)",
    "$Str": "strings",
    "$Vals": "element storage (array backing stores, map slots, extra arguments, environments of closures with more than four captures)",
    "$Arr": "arrays",
    "$MapObj": "dictionary objects (map sites, prototypes, module objects)",
    "$Cell": "cells (captured variables not captured by value: written, or read before set; one per binding)",
    "$Fn": "function objects (a closure holds its captures)",
}

_TOKEN = re.compile(r'\(;@site (\d+);\)|\(;|;;[^\n]*|"(?:[^"\\]|\\.)*"|[()]')
_ALLOC = re.compile(r'\((struct\.new(?:_default)?|array\.new(?:_default|_fixed|_data|_elem)?)\s+'
                    r'(?:\(;@site (\d+);\)\s*)?(\$[^\s()]+)')
_SITE_CALL = re.compile(r'\(call\s+\(;@site (\d+);\)\s*(\$[^\s()]+)')
_FORM = re.compile(r'\(\s*([a-z_.0-9]+)')
_AVOIDED = re.compile(r'\(nop\s+\(;@(avoided|byvalue|lifted|reused|shared|inlined) (\d+);\)\s*\)')
_BOX_CALL = re.compile(r'\(call\s+\$box(?:_i32)?\s')
BOXERS = ("$box", "$box_i32")   # they box only some numbers: counted at their callers, when they do
_FUNC_NAME = re.compile(r'\(func\s+(\$[^\s()]+)')


def _skip_block_comment(text: str, i: int) -> int:
    """`i` is just after a `(;`: the index just after its matching `;)` (they nest)."""
    depth = 1
    while depth:
        a, b = text.find("(;", i), text.find(";)", i)
        if b < 0:
            return len(text)
        if 0 <= a < b:
            depth, i = depth + 1, a + 2
        else:
            depth, i = depth - 1, b + 2
    return i


def _result_types(text: str) -> dict:
    """Function name -> its result type, from each `(func $name ...` header line."""
    out = {}
    for m in re.finditer(r'\(func (\$[^\s()]+)([^\n]*)', text):
        header = m.group(2)
        k = header.rfind("(result ")
        if k < 0:
            continue
        depth, j = 0, k
        while j < len(header):
            if header[j] == "(":
                depth += 1
            elif header[j] == ")":
                depth -= 1
                if depth == 0:
                    break
            j += 1
        out[m.group(1)] = header[k + len("(result "):j].strip()
    return out


def site_table(plan) -> list[dict]:
    """The sites as this build made them. `built` is the representation the module
    really has; the table travels with the module, and one built before scalar
    replacement existed says `"built": "struct"` for its plan scalar sites."""
    return [{"id": s.id, "file": s.location.file, "line": s.location.line, "column": s.location.column,
             "kind": s.kind, "class": s.class_name, "representation": s.representation,
             "built": s.representation, "type": s.type}
            for s in plan.sites]


def instrument(wat: str, plan) -> str:
    """The module text with a counter on every allocating expression (see the model above)."""
    results = _result_types(wat)
    counters: dict = {}      # ("site", id) | ("type", name) -> counter index
    wrappers: dict = {}      # (counter index, result type) -> wrapper name

    def counter(key) -> int:
        if key not in counters:
            counters[key] = len(counters)
        return counters[key]

    def wrapper(key, rtype: str, only: Optional[str] = None) -> str:
        k = (counter(key), rtype, only)
        if k not in wrappers:
            wrappers[k] = f"$stat.w{len(wrappers)}"
        return wrappers[k]

    out: list[str] = []
    stack: list[bool] = []     # per open paren: does it close a wrapper too?
    in_func = False
    func = ""
    last = 0
    i = 0
    n = len(wat)
    while i < n:
        m = _TOKEN.search(wat, i)
        if m is None:
            break
        tok = m.group(0)
        if tok == "(;":
            i = _skip_block_comment(wat, m.end())
            continue
        if tok[0] in ';"' or m.group(1) is not None:
            i = m.end()
            continue
        if tok == "(" and in_func:
            a = _AVOIDED.match(wat, m.start())
            if a is not None:   # a scalar site evaluated: count it, nothing to wrap
                out.append(wat[last:m.start()])
                via = a.group(1) if a.group(1) in ("lifted", "reused", "shared") else "avoided"
                out.append(f"(call $stat_bump (i32.const {counter(('site', int(a.group(2)), via, None))}))")
                last = i = a.end()
                continue
        if tok == "(":
            if len(stack) == 1:
                f = _FORM.match(wat, m.start())
                in_func = f is not None and f.group(1) == "func"
                if in_func:
                    nm = _FUNC_NAME.match(wat, m.start())
                    func = nm.group(1) if nm else "(unnamed function)"
            wrap = None
            if in_func and len(stack) >= 2:
                a = _ALLOC.match(wat, m.start())
                if a is not None:
                    key = ("site", int(a.group(2)), "new", a.group(3)) if a.group(2) else ("type", a.group(3), func)
                    wrap = wrapper(key, f"(ref {a.group(3)})")
                    if func in BOXERS:
                        wrap = None   # counted where they are called, below
                else:
                    c = _SITE_CALL.match(wat, m.start())
                    if c is not None and c.group(2) in results:
                        wrap = wrapper(("site", int(c.group(1)), "call", None), results[c.group(2)])
                    elif _BOX_CALL.match(wat, m.start()):
                        wrap = wrapper(("type", "$Num", func), "anyref", only="$Num")
            if wrap is not None:
                out.append(wat[last:m.start()])
                out.append(f"(call {wrap} ")
                last = m.start()
            stack.append(wrap is not None)
        else:   # ")"
            closes_wrapper = stack.pop() if stack else False
            if closes_wrapper:
                out.append(wat[last:m.end()])
                out.append(")")
                last = m.end()
        i = m.end()
    body = wat[last:]
    end = body.rstrip().rfind(")")
    if end < 0:
        raise ValueError("instrument: not a module text")
    order = sorted(counters, key=counters.get)
    table = {"sites": site_table(plan),
             "counters": [{"site": key[1], "via": key[2], "type": key[3]} if key[0] == "site"
                          else {"type": key[1], "in": key[2]}
                          for key in order]}
    extra = [f"(type $StatCounts (array (mut i64)))",
             f"(global $stat_counts (mut (ref null $StatCounts)) (ref.null $StatCounts))",
             "(func $stat_bump (param $k i32)"
             "  (if (ref.is_null (global.get $stat_counts))"
             f"    (then (global.set $stat_counts (array.new_default $StatCounts (i32.const {max(1, len(order))})))))"
             "  (array.set $StatCounts (ref.as_non_null (global.get $stat_counts)) (local.get $k)"
             "    (i64.add (array.get $StatCounts (ref.as_non_null (global.get $stat_counts)) (local.get $k)) (i64.const 1))))",
             f'(func (export "{EXPORT_LEN}") (result i32) (i32.const {len(order)}))',
             f'(func (export "{EXPORT_GET}") (param $k i32) (result i64)'
             "  (if (result i64) (ref.is_null (global.get $stat_counts)) (then (i64.const 0))"
             "    (else (array.get $StatCounts (ref.as_non_null (global.get $stat_counts)) (local.get $k)))))"]
    for (idx, rtype, only), name in wrappers.items():
        bump = f"(call $stat_bump (i32.const {idx}))"
        if only is not None:
            bump = f"(if (ref.test (ref {only}) (local.get $v)) (then {bump}))"
        extra.append(f"(func {name} (param $v {rtype}) (result {rtype}) {bump} (local.get $v))")
    extra.append(custom_wat(SECTION, table))
    out.append(body[:end])
    out.append("\n" + "\n".join(extra) + "\n")
    out.append(body[end:])
    return "".join(out)


def table_of(wasm: bytes) -> Optional[dict]:
    """The counter table of a module built with `--stats`, or None."""
    table = custom_json(wasm, SECTION)
    return table if isinstance(table, dict) else None


def read_counts(instance, store) -> Optional[list[int]]:
    exports = instance.exports(store)
    try:
        get, count = exports[EXPORT_GET], exports[EXPORT_LEN]
    except KeyError:
        return None
    return [int(get(store, k)) for k in range(int(count(store)))]


# ---------------------------------------------------------------------- the report
def profile(table: dict, counts: list[int]) -> dict:
    """Per site and per runtime type: objects allocated (or, for scalar sites, avoided)."""
    sites = {s["id"]: s for s in table["sites"]}
    by_id, types = {}, {}

    def count_type(tname: str, where: str, n: int) -> None:
        t = types.setdefault(tname, {"type": tname, "label": CATEGORY_LABELS.get(tname, "a struct type of the plan"),
                                     "count": 0, "in": {}})
        t["count"] += n
        if n:
            t["in"][where] = t["in"].get(where, 0) + n

    for c, n in zip(table["counters"], counts):
        if "site" in c:
            s = sites.get(c["site"])
            if s is None:
                continue
            entry = by_id.setdefault(s["id"], {**s, "count": 0, "avoided": 0, "lifted": 0, "reused": 0,
                                               "shared": 0})
            if c.get("via") in ("lifted", "reused", "shared"):
                # a callback literal's loop run without making its closure; an array literal
                # that gave out an array it made before; a shared site's object handed out again
                entry[c["via"]] += n
                continue
            if c.get("via") == "avoided" and s["built"] != "scalar":
                entry["avoided"] += n   # a struct site evaluated by value (a function's copy returning its fields)
                continue
            entry["count"] += n
            # an object made by the site's own instruction; a runtime call's are counted where it allocates
            if c.get("via") == "new" and s["built"] != "scalar":
                count_type(c["type"], "the allocation sites above", n)
        else:
            count_type(c["type"], _readable(c["in"]), n)
    per_site = sorted(by_id.values(), key=lambda s: (-s["count"], s["file"], s["line"], s["column"]))
    per_type = sorted(types.values(), key=lambda t: (-t["count"], t["type"]))
    for t in per_type:
        t["in"] = [{"function": f, "count": k} for f, k in sorted(t["in"].items(), key=lambda kv: -kv[1])]
    avoided = sum(s["count"] if s["built"] == "scalar" else s["avoided"] for s in per_site)
    runtime = sum(t["count"] for t in per_type)
    by_rep: dict = {}
    for s in per_site:
        by_rep[s["representation"]] = by_rep.get(s["representation"], 0) + s["count"]
    return {"sites": per_site, "runtime": per_type,
            "totals": {"siteObjects": sum(s["count"] for s in per_site if s["built"] != "scalar"),
                       "allObjects": runtime,
                       "scalarReplacementAvoided": avoided,
                       "closuresNotMade": sum(s["lifted"] for s in per_site),
                       "arraysReused": sum(s["reused"] for s in per_site),
                       "objectsShared": sum(s["shared"] for s in per_site), "byRepresentation": by_rep}}


def _readable(func: str) -> str:
    """`$f12_area.d` -> `area` (compiled program functions, and their unboxed entry
    `.d` or lifted copy `.k`), runtime names as they are."""
    m = re.match(r"\$f\d+_(.*?)(\.[dk])?$", func)
    return f"{m.group(1)} (program)" if m else func.lstrip("$")


def _what(s: dict) -> str:
    if s["kind"] == "new" and s.get("class"):
        return f"new {s['class']}"
    return s["kind"]


def report_text(prof: dict, limit: int = 25) -> str:
    t = prof["totals"]
    lines = ["allocation profile (shapescape run --stats)",
             f"  {t['allObjects']:,} GC objects allocated in all; the program's allocation sites made "
             f"{t['siteObjects']:,} objects (an array or map site's object also holds element storage)",
             f"  scalar replacement avoided {t['scalarReplacementAvoided']:,} allocations"]
    if t.get("closuresNotMade"):
        lines.append(f"  callback literals ran {t['closuresNotMade']:,} times without making their closure "
                     "(captures passed as parameters)")
    if t.get("arraysReused"):
        lines.append(f"  array literals gave out an emptied array of theirs {t['arraysReused']:,} times "
                     "instead of allocating")
    if t.get("objectsShared"):
        lines.append(f"  sites of objects nothing tells apart handed out the one they made {t['objectsShared']:,} "
                     "times instead of allocating")
    if prof["sites"]:
        lines.append("")
        lines.append("  per allocation site (most first):")
        rows = [(f"{s['file']}:{s['line']}:{s['column']}", _what(s),
                 s["representation"] + (f" (built as {s['built']})" if s["built"] != s["representation"] else "")
                 + (f" {s['type']}" if s.get("type") else ""),
                 f"{s['count']:,}" + (" avoided" if s["built"] == "scalar" else "")
                 + (f", {s['avoided']:,} returned as fields (avoided)" if s.get("avoided") else "")
                 + (f", {s['lifted']:,} runs made no closure" if s.get("lifted") else "")
                 + (f", {s['reused']:,} reused" if s.get("reused") else "")
                 + (f", {s['shared']:,} shared" if s.get("shared") else ""))
                for s in prof["sites"] if s["count"] or s.get("avoided") or s.get("lifted") or s.get("reused")
                or s.get("shared")]
        shown = rows[:limit]
        if shown:
            w = [max(len(r[k]) for r in shown) for k in range(3)]
            for r in shown:
                lines.append(f"    {r[0]:<{w[0]}}  {r[1]:<{w[1]}}  {r[2]:<{w[2]}}  {r[3]:>12}")
        if len(rows) > limit:
            lines.append(f"    ... {len(rows) - limit} more sites (--stats=json lists every site)")
        never = sum(1 for s in prof["sites"] if not s["count"])
        if never:
            lines.append(f"    ({never} sites allocated nothing in this run)")
    if any(r["count"] for r in prof["runtime"]):
        lines.append("")
        lines.append("  every GC object by type, and where it is allocated:")
        for r in prof["runtime"]:
            if r["count"]:
                lines.append(f"    {r['count']:>12,}  {r['type']}: {r['label']}")
                where = ", ".join(f"{w['function']} {w['count']:,}" for w in r["in"][:4])
                more = f", and {len(r['in']) - 4} more" if len(r["in"]) > 4 else ""
                lines.append(f"                  in {where}{more}")
    return "\n".join(lines)
