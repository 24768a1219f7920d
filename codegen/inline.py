"""Inlining of small leaf functions into their direct callers.

wasmtime does not inline one wasm function into another, so a small function
called in a hot loop (`A(i, j)` in a spectral norm, `v.dot(w)`, a constructor
that sets three fields) costs a call, the spill of every value live across it
(Cranelift keeps no float register across a call) and the callee's entry check
of the time limit, all for a few instructions of work. This pass copies such a
function's body into each `call` of it.

Model. It works on the finished module text, one function at a time. A
*candidate* is a function of the program (`$f<N>_...`, its unboxed `.d` entry
included) or one of the runtime's number boxing helpers (RUNTIME_INLINE) whose
body is small, has no loop (so it always ends quickly: dropping
its own time-limit check changes nothing a loop's check would not catch) and no
tail call, `try` or `rethrow` (whose meaning depends on the frame). A direct
call `(call $g a0 ... an)` of a candidate becomes

    (block $inlK (result R)
      (local.set $p0__iK a0) ... (local.set $pn__iK an)    ;; arguments, in order
      (local.set $t__iK <default>) ...                       ;; the callee's locals start empty
      <body with params, locals and labels renamed, `return` as `br $inlK`>)

in the program's functions (callers are never the runtime's), which computes what the call did, in the same order: arguments left to right,
then the body; a `return` leaves the block with its value. The callee's locals
get fresh names in the caller (one set per call site) and are reset at each
entry, as a call's locals would be; locals of non-nullable reference types are
not reset (wasm requires them set before use inside the body already). Calls
inside the copied body are left as they are (one level), so recursion cannot
unfold. The function itself stays in the module for its other uses (tables,
`ref.func`, calls through values).
"""
from __future__ import annotations

import re
from typing import Optional

from .wat_text import form_end

MAX_BODY = 2000   # characters of a body that may be copied (measured: with 700, towers gained nothing)
HALT = "(if (i32.atomic.load8_u $halt (i32.const 0)) (then (unreachable)))"
# the runtime's number boxing helpers, which a typed read or store of a value calls
# in the middle of user code: copied like the program's own small functions
RUNTIME_INLINE = ("$unbox_u", "$u_num", "$box", "$box_i32", "$box_u", "$is_num", "$bool")
_FUNC = re.compile(r"^\(func (\$f\d+_[^\s()]*|\$file_\d+|" + "|".join(re.escape(n) for n in RUNTIME_INLINE)
                   + r")[\s)]", re.M)
_HEADER_PART = re.compile(r"\s*(\((?:param|result) [^()]*(?:\([^()]*\)[^()]*)*\)|\(type \$[^\s()]+\)"
                          r"|\(export \"[^\"]*\"\))")
_LOCAL = re.compile(r"\s*\(local (\$[^\s()]+) ((?:\([^()]*\))|[^\s()]+)\)")
_LABEL = re.compile(r"\((?:block|loop|if) (\$[^\s()]+)")
_NAME = re.compile(r"\$[A-Za-z0-9_.]+")
_FORBIDDEN = re.compile(r"\((?:loop|return_call|return_call_ref|return_call_indirect|try|try_table|rethrow|delegate)\b")


class Callee:
    def __init__(self, params: list, result: Optional[str], locals_: list, body: str):
        self.params = params      # [(name, type)]
        self.result = result      # "f64", "(ref $T)", ... or None
        self.locals = locals_     # [(name, type)]
        self.body = body


def _default(t: str) -> Optional[str]:
    """The value a local of type t starts with; None for a non-nullable reference."""
    if t in ("i32", "i64", "f32", "f64"):
        return f"({t}.const 0)"
    simple = {"anyref": "any", "eqref": "eq", "structref": "struct", "arrayref": "array", "funcref": "func",
              "externref": "extern", "i31ref": "i31", "exnref": "exn"}
    if t in simple:
        return f"(ref.null {simple[t]})"
    m = re.fullmatch(r"\(ref null (\$?[^\s()]+)\)", t)
    if m:
        return f"(ref.null {m.group(1)})"
    return None


def _split_header(text: str) -> Optional[tuple]:
    """(header end, params, result) of a function's text starting at `(func $name`."""
    pos = text.index(" ", 6)   # after the name
    params, result = [], None
    while True:
        m = _HEADER_PART.match(text, pos)
        if m is None:
            break
        part = m.group(1)
        if part.startswith("(param"):
            pm = re.fullmatch(r"\(param (\$[^\s()]+) (.+)\)", part)
            if pm is None:
                return None   # unnamed parameters: not ours
            params.append((pm.group(1), pm.group(2)))
        elif part.startswith("(result"):
            result = part[len("(result "):-1]
        pos = m.end()
    return pos, params, result


def _callee(text: str) -> Optional[Callee]:
    """The function text as a candidate, or None."""
    head = _split_header(text)
    if head is None:
        return None
    end, params, result = head
    rest = text[end:-1]   # without the function's closing paren
    locals_ = []
    pos = 0
    while True:
        m = _LOCAL.match(rest, pos)
        if m is None:
            break
        locals_.append((m.group(1), m.group(2)))
        pos = m.end()
    body = rest[pos:].replace(HALT, "", 1)
    if len(body) > MAX_BODY or _FORBIDDEN.search(body) or HALT in body:
        return None
    if any(_default(t) is None and not t.startswith("(ref ") for _, t in params + locals_):
        return None   # a type this pass does not know how to start empty
    return Callee(params, result, locals_, body)


def _operands(form: str) -> list:
    """The parenthesised sub-forms directly inside a form: a call's operands (the
    callee's name is no form)."""
    out = []
    i = 1
    while i < len(form) - 1:
        if form[i] == "(":
            j = form_end(form, i)
            out.append(form[i:j])
            i = j
        else:
            i += 1
    return out


_LEAF_OPS = ("(local.get ", "(global.get ", "(f64.const ", "(i32.const ", "(i64.const ", "(f32.const ",
             "(ref.null ", "(ref.func ")


def _closed(arg: str, arity: dict) -> bool:
    """Does the operand form compute its value from its own sub-forms only? The
    build writes some calls in stack form, `(call $get.k)` taking the value left
    by the form before it: such an operand cannot move into a `local.set`."""
    if any(arg.startswith(op) for op in _LEAF_OPS):
        return True
    m = re.match(r"\(call (\$[^\s()]+)", arg)
    if m is not None:
        return len(_operands(arg)) == arity.get(m.group(1), -1)
    return bool(_operands(arg))


class Inliner:
    def __init__(self, callees: dict, arity: dict) -> None:
        self.count = 0
        self.callees = callees
        self.arity = arity   # every function's number of parameters
        self.pattern = re.compile(r"\(call (" + "|".join(re.escape(n) for n in callees) + r")[\s)]")

    def rewrite(self, text: str, new_locals: list) -> str:
        """text with its calls of candidates expanded (their arguments too)."""
        pieces = []
        pos = 0
        for m in self.pattern.finditer(text):
            if m.start() < pos:
                continue   # inside a call already expanded (its arguments were rewritten)
            call_end = form_end(text, m.start())
            replaced = self.expand(self.callees[m.group(1)], text[m.start():call_end], new_locals)
            if replaced is None:
                continue
            pieces.append(text[pos:m.start()])
            pieces.append(replaced)
            pos = call_end
        pieces.append(text[pos:])
        return "".join(pieces)

    def expand(self, callee: Callee, call: str, new_locals: list) -> Optional[str]:
        args = _operands(call)
        if len(args) != len(callee.params) or not all(_closed(a, self.arity) for a in args):
            return None
        args = [self.rewrite(a, new_locals) for a in args]
        self.count += 1
        k = self.count
        names = {}
        for name, t in callee.params + callee.locals:
            names[name] = f"{name}__i{k}"
            new_locals.append((names[name], t))
        for label in _LABEL.findall(callee.body):
            names[label] = f"{label}__i{k}"
        body = _NAME.sub(lambda m: names.get(m.group(0), m.group(0)), callee.body)
        body = body.replace("(return)", f"(br $inl{k})").replace("(return ", f"(br $inl{k} ")
        sets = [f"(local.set {names[p]} {a})" for (p, _), a in zip(callee.params, args)]
        for name, t in callee.locals:
            d = _default(t)
            if d is not None:
                sets.append(f"(local.set {names[name]} {d})")
        result = f" (result {callee.result})" if callee.result else ""
        return f"(block $inl{k}{result} {' '.join(sets)} {body})"


def _param_count(header: str) -> int:
    """How many parameters a function header's line declares: a named `(param $x T)`
    is one, an unnamed `(param i32 f64 (ref $T))` one per type. (A header that goes
    on past its line counts fewer: a call with all its operands is then not taken as closed.)"""
    n = 0
    for m in re.finditer(r"\(param ((?:[^()]|\([^()]*\))*)\)", header):
        inner = m.group(1).strip()
        n += 1 if inner.startswith("$") else len(re.findall(r"\([^()]*\)|[^\s()]+", inner))
    return n


def inline_small_calls(wat: str) -> str:
    """The module text with direct calls of small leaf functions replaced by
    their bodies (see the module comment)."""
    funcs = []   # (start, end, name)
    for m in _FUNC.finditer(wat):
        start = m.start()
        funcs.append((start, form_end(wat, start), m.group(1)))
    callees = {}
    for start, end, name in funcs:
        if name.startswith("$file_"):
            continue   # (a file's top level runs once: a caller only)
        c = _callee(wat[start:end])
        if c is not None:
            callees[name] = c
    if not callees:
        return wat
    arity = {}
    for m in re.finditer(r"^\(func (\$[^\s()]+)([^\n]*)", wat, re.M):
        arity[m.group(1)] = _param_count(m.group(2))
    for m in re.finditer(r'\(import "[^"]*" "[^"]*" \(func (\$[^\s()]+)([^\n]*)', wat):
        arity[m.group(1)] = _param_count(m.group(2))
    inliner = Inliner(callees, arity)
    out = []
    last = 0
    for start, end, name in funcs:
        if name in RUNTIME_INLINE:
            continue   # callers are the program's functions only
        text = wat[start:end]
        if inliner.pattern.search(text) is None:
            continue
        head = _split_header(text)
        if head is None:
            continue
        new_locals: list = []
        body = inliner.rewrite(text, new_locals)
        if not new_locals:
            continue
        decls = " ".join(f"(local {n} {t})" for n, t in new_locals)
        hend = head[0]
        out.append(wat[last:start])
        out.append(body[:hend] + "\n" + decls + body[hend:])
        last = end
    out.append(wat[last:])
    return "".join(out)
