"""Loading the runtime's constant references once per call instead of once per
loop iteration.

Under wasmtime's deferred reference-counting collector every `global.get` of a
reference is a read barrier: it tests the object's header and, on its slow path,
calls into the runtime to log the reference (and maybe collect). Inside a loop
that call is enough for Cranelift to keep the loop's f64 values in stack slots
for the whole iteration, as any call would. The runtime's constants never change
and are never freed: null, true, false, the array hole, absent and uninitialised markers, and
the dummy closure direct calls pass. So a function whose loops read one of them
loads it once at its entry into a local of the global's own type, and its loops
read the local, which has no barrier (a plain `null = ...` assignment in a loop
ran 2.5 times faster).

The model is the function's text: a loop is a `(loop` form up to its matching
parenthesis; an occurrence of `(global.get $g)` for one of the constants inside
any loop is replaced by `(local.get $k.g)`. Occurrences outside loops are left:
there the load runs once per call anyway, and an entry load would cost the
paths that never reach it.
"""
from __future__ import annotations

import re

# the immutable reference globals of codegen/runtime.wat and assemble.py, with
# their types (a local of the same type: every use of the global stays valid)
CONSTANTS = {
    "null": "(ref $Null)",
    "true": "(ref $Bool)",
    "false": "(ref $Bool)",
    "hole": "(ref $Absent)",
    "absent": "(ref $Absent)",
    "uninit": "(ref $Absent)",
    "dummy_fn": "(ref $Fn)",
}

_TOKEN = re.compile(r"\(global\.get \$(" + "|".join(CONSTANTS) + r")\)|\(loop\b|\(|\)")


def hoist_constants(body: str) -> tuple[list[str], str, str]:
    """(local declarations, entry loads, body) with the constants read inside
    loops taken from locals."""
    out: list[str] = []
    used: list[str] = []
    stack: list[bool] = []   # per open form: is it a loop
    loops = 0
    last = 0
    for m in _TOKEN.finditer(body):
        tok = m.group(0)
        name = m.group(1)
        if name is not None:
            if loops:
                out.append(body[last:m.start()])
                out.append(f"(local.get $k.{name})")
                last = m.end()
                if name not in used:
                    used.append(name)
        elif tok == ")":
            if stack and stack.pop():
                loops -= 1
        else:
            is_loop = tok != "("
            stack.append(is_loop)
            loops += is_loop
    if not used:
        return [], "", body
    out.append(body[last:])
    decls = [f"(local $k.{n} {CONSTANTS[n]})" for n in used]
    loads = " ".join(f"(local.set $k.{n} (global.get ${n}))" for n in used)
    return decls, loads, "".join(out)
