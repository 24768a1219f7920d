"""The in-between of struct and map: a struct with an overflow dictionary.

Model. An object site whose only deopt causes are dynamic keys (`o[k] = v`,
`o[k]`) or `delete` of a key that is not one of its fields keeps a WasmGC
struct for the properties every object of the site has from construction on
(its *fields*: a literal's static keys, a class's field declarations and the
constructor's leading `this.p = ...`, parents first); every other key (a
dynamic key, a property first written after construction) lives in one
dictionary per object, the *overflow*, made on its first write. Static reads and
writes of a field stay `struct.get` / `struct.set`; a key looked up by name
(dynamic keys, `in`, `Object.keys`, `JSON.stringify`, `console.log`) is looked
for among the fields first, then in the overflow, then on the prototypes.

Why it is sound:
- A dynamic write whose key names a field writes the field. The value-flow
  graph already joins every dynamically written value into every field's type
  (`[dynamic]` in analysis/shapes.py `_field`), so an `f64` field written with a
  string through `o[k] = v` is an `anyref` field.
- JavaScript orders own keys: integer-like keys ascending, then the other keys
  in the order they were created. The fields exist when construction ends and
  nothing can add a key before: a literal without computed keys or spread, or a
  class whose construction cannot reach the object before its fields are set
  (its field initialisers do not use `this`, and every ancestor's constructor is
  nothing but its leading `this.p = ...` run; the site's own constructor may go
  on to use `this` afterwards, by then every field exists). So the string
  fields come before every overflow key, and enumeration is: the integer-like
  keys of both merged ascending, the string fields, the string overflow keys.
- `delete` of a field (or of a key not known statically, which may be a field)
  would leave a hole the struct cannot show in the right order when the key
  comes back: the site stays a map. So do sites with any other cause (a
  prototype change, reflection, an escape to code outside the closed world...).
- A class's objects share one struct type, and a subclass's type extends its
  parent's; the overflow slot is one field of the hierarchy's root type, so every
  type of a hierarchy with an overflow site has it (and a property added after
  construction to any of its objects goes to the overflow too, so every site of
  that hierarchy that gets such properties must also construct closed).
- It pays only where a field is read with a static key (`o.x`, `this.x`): a
  site whose fields are only reached by name stays a map, which finds a key
  with one dictionary search instead of comparing it with the fields first.
- A method on the class is called directly (class-hierarchy analysis), so an
  overflow key may not shadow it. A class site whose dynamic keys may store a
  function stays a map (that is how a program replaces a method); for any other
  value the build stops with a message (exit 2) when a program adds an own key
  that names a data property of the object's prototypes, instead of calling
  the wrong function.
"""
from __future__ import annotations

import os
from typing import Any, Optional

from .builtins import ERRORS
from .constraints import DYN, ClassInfo, FunctionInfo
from .graph import AObj

# the causes an overflow dictionary absorbs (delete only of keys that are not fields)
OVERFLOW_CODES = frozenset({"dynamic-key-write", "dynamic-key-read", "delete-property", "late-keys"})

# the name of the build's overflow slot among a struct's fields: no program key may be it
SLOT = "\x00overflow"


def literal_closed(ast: Any) -> Optional[str]:
    """None when an object literal sets every static key before any other key can
    exist; otherwise why not."""
    for p in getattr(ast, "properties", None) or ():
        if p.type == "SpreadElement":
            return "a spread in the literal adds keys while it is built"
        if p.computed and not (p.key.type == "Literal" and isinstance(p.key.value, (str, int, float))):
            return "a computed key in the literal is set between its fields"
    return None


# SHAPESCAPE_OVERFLOW=0 turns the rule off (every such site a map, as before it
# existed): only to measure what it is worth (benchmarks/overflow_pays.py)
ENV_SWITCH = "SHAPESCAPE_OVERFLOW"


class OverflowRule:
    """Decides which object sites keep a struct with an overflow dictionary."""

    def __init__(self, shapes) -> None:
        self.enabled = os.environ.get(ENV_SWITCH, "1") != "0"
        self.s = shapes            # the ShapeBuilder: init_props_of, site_class, class_parent
        self.b = shapes.b
        self.why_not: dict[int, str] = {}   # site id -> why it stays a map (for tests and hovers)
        self._closed: dict[int, Optional[str]] = {}

    # ---------------------------------------------------------------- one site
    def site_ok(self, o) -> bool:
        """Can site o (which has deopt causes) keep its fields in a struct?"""
        why = self._site_reason(o)
        if why is not None:
            self.why_not[o.id] = why
            return False
        return True

    def _site_reason(self, o) -> Optional[str]:
        if o.kind not in ("object", "new") or o.is_array or o.collection is not None or o.builtin is not None:
            return "only object literals and `new` objects"
        for code, _, _ in o.deopts:
            if code not in OVERFLOW_CODES:
                return f"`{code}` needs a dictionary object"
        if o.kind == "object":
            why = literal_closed(o.site.ast if o.site is not None else None)
            if why is not None:
                return why
            init = [p for p in o.init_props if p in o.written]
        else:
            c = self.s.site_class(o)
            if c is None or not isinstance(c, (ClassInfo, FunctionInfo)) or o.name in ERRORS:
                return "the constructed class is not one class of the program"
            why = self.construction_closed(c)
            if why is not None:
                return why
            dyn = o.fields.get(DYN)
            if dyn is not None and any(isinstance(v, AObj) and v.fn is not None for v in dyn.pts):
                return "a dynamic key may store a function, which could replace a method of the class"
            init = self.s.init_props_of(c)
        for code, _, loc in o.deopts:
            if code == "delete-property":
                key = self.b.delete_keys.get(loc)
                if key is None:
                    return "`delete` of a key not known statically may remove a field"
                if key in init:
                    return f"`delete` removes the field `{key}`"
        if SLOT in init or SLOT in o.written or SLOT in o.loaded:
            return "a key clashes with the build's overflow slot"
        if not o.loaded & set(init):
            # nothing would read a field with struct.get, and every key looked up by
            # name would first be compared with the fields: a plain dictionary is faster
            return "no field is read with a static key"
        return None

    # ---------------------------------------------------------------- construction
    def construction_closed(self, c) -> Optional[str]:
        """None when no key can be added to an object of class c before all its
        fields are set, else why."""
        key = id(c)
        if key not in self._closed:
            self._closed[key] = None   # cycle guard
            self._closed[key] = self._closed_reason(c)
        return self._closed[key]

    def _closed_reason(self, c) -> Optional[str]:
        from .shapes import leading_run   # (shapes imports this module)
        if isinstance(c, FunctionInfo):
            return None
        if not isinstance(c, ClassInfo):
            return "the constructed class is not one class of the program"
        cur = c
        first = True
        while cur is not None:
            if cur.extends_external or cur.extends_builtin is not None:
                return f"class `{cur.name}` extends a class outside the program"
            if cur.parent_node is not None and len(cur.parents) != 1:
                return f"the superclass of `{cur.name}` is not known statically"
            if self._initialisers_observe_this(cur):
                return f"a field initialiser of `{cur.name}` uses `this`"
            if not first:
                ctor_ast = getattr(cur.ctor, "ast", None) if cur.ctor is not None else None
                if ctor_ast is not None and ctor_ast is not cur.ast and ctor_ast.body.type == "BlockStatement":
                    inherited = tuple(self.s.init_props_of(cur.parents[0])) if cur.parents else ()
                    _, complete = leading_run(ctor_ast.body.body, self.b.member_key_scoped(cur.ctor), inherited)
                    if not complete:
                        return (f"the constructor of `{cur.name}` uses `this` before a subclass "
                                "sets its fields")
            first = False
            cur = cur.parents[0] if cur.parents else None
        return None

    def _initialisers_observe_this(self, c: ClassInfo) -> bool:
        from .shapes import _observes_this
        body = getattr(getattr(c.ast, "body", None), "body", None) or ()
        key = self.b.member_key_scoped(c.ctor)
        for m in body:
            if m.type != "PropertyDefinition" or m.static:
                continue
            if m.computed and not (m.key.type == "Literal"):
                return True
            if m.value is not None and _observes_this(m.value, set(), key):
                return True
        return False
