"""Array reuse: a reusable array literal (analysis/reuse.py) hands out one array again.

Each such site has a module global `$reuse.N` holding an emptied array, or null,
and each function lowering it a local holding the array the site gave out in
this activation (null before the site runs). The literal

  - in its first run in the activation takes the global's array (leaving null),
    or allocates when there is none;
  - in a later run (a loop) empties the array it gave out before, which by the
    analysis nothing reads any more, and gives it out again;

and every `return` of the function empties the array and puts it back in the
global (`$arr_scrub`: its elements cleared, so it keeps nothing alive, length 0;
an array whose storage grew past `$ARR_KEEP` elements is dropped instead). A
recursive activation finds the global empty and allocates; an exception leaving
the function leaves the global empty. Each run that does not allocate is marked
`(nop (;@reused N;))`, free in a normal build, counted by `--stats`.

A reusable whole copy `let/const v = x.slice()` (plan.reused_slices) works the
same way with a global `$reuse.sK` (K: its place among the plan's sorted keys):
when x is an array at run time, its elements are copied into the array the
site keeps (`$arr_copy_from`), else the ordinary `slice` call runs. It has no
plan site, so `--stats` sees it only as fewer arrays made by `arr_new`.
"""
from __future__ import annotations

from typing import Any, Optional

from analysis.parse import children

from .resolve import FUNCTIONS

_SCOPES = FUNCTIONS + ("ClassDeclaration", "ClassExpression")   # bodies of their own, not this function's


def global_name(site_id: int) -> str:
    return f"$reuse.{site_id}"


def globals_of(plan) -> list[str]:
    ids = [*sorted(plan.reused_arrays), *(f"s{k}" for k in range(len(plan.reused_slices)))]
    return [f"(global {global_name(i)} (mut (ref null $Arr)) (ref.null $Arr))" for i in ids]


def prepare(fl, node: Any) -> None:
    """Give each reusable site written directly in the function `node` its local."""
    table = fl.mod.plan.reused_arrays
    slices = sorted(fl.mod.plan.reused_slices)
    if not table and not slices:
        return
    stack = list(children(node.body)) if node.body is not None else []
    while stack:
        n = stack.pop()
        if n.type in _SCOPES:
            continue
        if n.type == "ArrayExpression":   # (the plan lists only literals without holes or spread)
            site = fl.mod.site_of(fl.fi.file_index, n)
            if site is not None and site.id in table:
                fl.reuse[id(n)] = (fl.local("(ref null $Arr)", "reuse"), site.id)
        elif n.type == "CallExpression" and slices:
            key = fl.mod.read_key(fl.fi.file_index, n)
            if key in fl.mod.plan.reused_slices:
                fl.reuse[id(n)] = (fl.local("(ref null $Arr)", "reuse"), f"s{slices.index(key)}")
        stack.extend(children(n))


def take(fl, e: Any, mark: str):
    """The code of a reusable literal, or None when `e` is not one here: the array
    given out, with the literal's elements pushed in order."""
    got = fl.reuse.get(id(e))
    if got is None:
        return None
    loc, sid = got
    items = " ".join(f"(call $arr_push (ref.as_non_null (local.get {loc})) {fl.expr_any(x)})" for x in e.elements)
    return (f"(block (result (ref $Arr)) {_give_out(loc, sid, mark, f'(nop (;@reused {sid};))')} {items} "
            f"(ref.as_non_null (local.get {loc})))")


def _give_out(loc: str, sid, mark: str = "", reused: str = "") -> str:
    """Set loc to the array a reusable site gives out: the one it gave out before,
    emptied (a later run in this activation), else the global's (left null), else
    a new one (`mark` tags its allocation; `reused` runs when there is no new one)."""
    g = global_name(sid)
    return (f"(if (ref.is_null (local.get {loc})) "
            f"(then (local.set {loc} (global.get {g})) (global.set {g} (ref.null $Arr))) "
            f"(else (local.set {loc} (call $arr_scrub (local.get {loc}))))) "
            f"(if (ref.is_null (local.get {loc})) (then (local.set {loc} (call {mark}$arr_new (i32.const 0))))"
            + (f" (else {reused}))" if reused else ")"))


def take_copy(fl, e: Any, obj: Any) -> Optional[tuple[str, str]]:
    """`x.slice()` of a reusable copy here: x's elements copied into the array the
    site keeps when x is an array, the ordinary call otherwise; None elsewhere."""
    got = fl.reuse.get(id(e))
    if got is None or e.type != "CallExpression":
        return None
    loc, sid = got
    o, a = fl.local("anyref"), fl.local("(ref null $Arr)")
    done, slow, ok = fl.label("copy"), fl.label("slow"), fl.label("arr")
    fl.mod.call_names.add("slice")
    generic = fl.mod.at_site("anyref", f"(local.get {o}) (i32.const 0) (ref.null any) (ref.null any) (ref.null any) "
                                       "(ref.null $Vals)", "$call.slice")
    # a typed array's slice is a typed array: the ordinary call makes it
    typed = f"(br_if {slow} (struct.get $Arr $kind (ref.as_non_null (local.get {a})))) " if fl.mod.plan.typed_arrays else ""
    return (f"(block {done} (result anyref) (local.set {o} {fl.expr_any(obj)}) "
            f"(block {slow} (local.set {a} (block {ok} (result (ref $Arr)) "
            f"(br_on_cast {ok} anyref (ref $Arr) (local.get {o})) (drop) (br {slow}))) "
            f"{typed}{_give_out(loc, sid)} "
            f"(br {done} (call $arr_copy_from (ref.as_non_null (local.get {loc})) (ref.as_non_null (local.get {a}))))) "
            f"{generic})"), "any"


def give_back(fl) -> str:
    """The code every exit of the function runs: its arrays back in their globals."""
    return "\n".join(f"(if (i32.eqz (ref.is_null (local.get {loc}))) "
                     f"(then (global.set {global_name(sid)} (call $arr_scrub (local.get {loc})))))"
                     for loc, sid in fl.reuse.values())
