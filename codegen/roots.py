"""Gathering the runtime's reference globals into one root object.

The model. wasmtime's collector (deferred reference counting, the only one
its Python API offers) keeps a list of the objects that reached wasm's stack:
every allocation and every reference read out of an object, a global or a
table puts the object there unless it is there already. When about a
thousand objects joined the list since the last collection (twice the
survivors of that one, if more), the compiled code calls the collector. A
collection walks the wasm stack, then enumerates every reference-typed
global of the instance, then frees what left the stack. The enumeration is
not cheap: about 60 ns per global of a concrete type ((ref $Class)) and 20 ns
per global of an abstract one (anyref), measured on this machine
(docs/build.md, "Reference globals and the collector"). A module carries
some sixty such globals of the runtime's own (the builtin classes'
descriptors and constructors, conversion functions, scratch state), so a
loop that walks many objects paid about 4 µs per thousand of them, with no
allocation at all.

The pass. It runs over the finished module text. Each global it is given
(MOVABLE, and the builtin families assemble.py names) becomes a field of
one struct $Roots held by one global $roots: `(global.get $g)` becomes
`(struct.get $Roots $g (global.get $roots))`, `(global.set $g v)` its
struct.set. The initializers run in declaration order in $init_roots, which
`main` calls before anything else (nothing reads a global before `main`).
A global stays a global when a constant expression reads it (another
global's initializer, a table's or an element segment's), since a constant
expression can read only globals; the program's own globals (its bindings,
class descriptors, module objects) and the sentinels hot code reads
($null, $true, $hole, ...) are never given to the pass: a read through
$roots costs one more reference read.
"""
from __future__ import annotations

import re

from .wat_text import form_end

# reference globals of the runtime (.wat files, fdlibm.py) that only cold code
# reads: the rest ($null, $true, $false, $hole, $absent, $uninit, $no_vals,
# $one_chars, $map_hole, the JSON parser's and serializer's and the regexp
# matcher's state) are read in loops and stay globals
MOVABLE = ("$collate_rank", "$no_i32s", "$argv", "$joining", "$es_exports", "$ta_numeric",
           "$npio2_hw", "$fn_lengths", "$cls_NullProto")

_DECL = re.compile(r"^[ \t]*\((global (\$[\w.]+)|table|elem) ", re.M)
_GET = re.compile(r"\(global\.get (\$[\w.]+)\)")
_SET = re.compile(r"\(global\.set (\$[\w.]+) ")
_ATOM = re.compile(r"[^\s()]+")


def _items(body: str) -> list[str]:
    """The atoms and parenthesised groups of an s-expression's body."""
    out, i = [], 0
    while i < len(body):
        if body[i].isspace():
            i += 1
        elif body[i] == "(":
            j = form_end(body, i)
            out.append(body[i:j])
            i = j
        else:
            atom = _ATOM.match(body, i).group(0)
            out.append(atom)
            i += len(atom)
    return out


def _nullable(t: str) -> str:
    return "(ref null " + t[len("(ref "):] if t.startswith("(ref ") and not t.startswith("(ref null ") else t


def gather(text: str, movable: set[str]) -> str:
    """The module text `text` ("(module ... )") with the reference globals named
    in `movable` held by $roots instead (see the module comment)."""
    forms = []   # (global's name or None, start, end, the globals it reads): every global, table, elem
    for m in _DECL.finditer(text):
        start = text.index("(", m.start())
        end = form_end(text, start)
        forms.append((m.group(2), start, end, set(_GET.findall(text, start, end))))
    decls = {}   # name: (type, initializer), in text order
    for name, start, end, _ in forms:
        if name in movable:
            typ, *init = _items(text[start + 1:end - 1])[2:]
            if typ.startswith("(export") or "ref" not in typ:
                raise ValueError(f"{name}: not a reference global the pass can move")
            decls[name] = (typ[len("(mut "):-1].strip() if typ.startswith("(mut ") else typ, " ".join(init))
    # a constant expression (a kept global's initializer, a table's, an element
    # segment's) reads only globals: what one reads stays, which may keep more
    while True:
        read = set().union(*(reads for name, _, _, reads in forms if name not in decls))
        if not read & decls.keys():
            break
        decls = {n: d for n, d in decls.items() if n not in read}
    if not decls:
        return text
    for name, start, end, _ in reversed(forms):
        if name in decls:
            text = text[:start] + text[end:]
    text = _GET.sub(lambda m: f"(struct.get $Roots {m.group(1)} (global.get $roots))" if m.group(1) in decls
                    else m.group(0), text)
    text = _SET.sub(lambda m: f"(struct.set $Roots {m.group(1)} (global.get $roots) " if m.group(1) in decls
                    else m.group(0), text)

    def local(n: str) -> str:
        t = decls[n][0]
        return f"(ref.as_non_null (local.get {n}))" if _nullable(t) != t else f"(local.get {n})"

    # each initializer reads the moved globals before it from their locals
    sets = [f"(local.set {n} " + _GET.sub(lambda m: local(m.group(1)) if m.group(1) in decls else m.group(0), init) + ")"
            for n, (_, init) in decls.items()]
    init_fn = (f"(func $init_roots {' '.join(f'(local {n} {_nullable(t)})' for n, (t, _) in decls.items())}\n"
               + "\n".join(sets)
               + f"\n(global.set $roots (struct.new $Roots {' '.join(local(n) for n in decls)})))")
    root = "(global $roots (mut (ref null $Roots)) (ref.null $Roots))"
    fields = " ".join(f"(field {n} (mut {t}))" for n, (t, _) in decls.items())
    # the global and its initializer after the imports (which come before every
    # definition); the type last, after the types its fields name
    i = text.index("\n", text.rindex("(import ")) + 1
    text = text[:i] + root + "\n" + init_fn + "\n" + text[i:]
    close = text.rindex(")")
    text = text[:close] + f"(type $Roots (struct {fields}))\n" + text[close:]
    call = "(call $init_builtins)"
    if text.count(call) != 1:
        raise ValueError("$init_roots runs before $init_builtins, called once from main")
    return text.replace(call, "(call $init_roots) " + call, 1)
