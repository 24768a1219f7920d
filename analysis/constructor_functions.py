"""Constructor functions that are used only as classes become classes.

Older JavaScript writes a class as a function called with `new`, its methods
as functions stored on its `prototype`, and a subclass by replacing the
subclass's prototype and calling the base constructor on `this`:

    function Edge(from, to) { this.from = from; this.to = to; }
    Edge.prototype.length = function () { return this.to - this.from; };
    function Loop(from, to) { Edge.call(this, from, to); this.back = true; }
    Loop.prototype = Object.create(Edge.prototype);
    Loop.prototype.describe = function () { return "loop " + this.length(); };
    ... new Loop(a, b) ...

When such a function is used only in those ways, it behaves as

    class Edge { constructor(from, to) {...} length() {...} }
    class Loop extends Edge { constructor(from, to) { super(from, to); this.back = true; } describe() {...} }

and the rest of the analysis and the build treat it as that class (its sites
get the class's struct, its calls are direct). This pass finds those functions
in one file and rewrites them; it runs on each parsed file before the analysis.

The model is syntactic and conservative. A candidate is a `function F`
declaration in the file's top-level statement list (not async, not a
generator). Its recognised pieces are top-level statements:
- a method: `F.prototype.name = function (...) {...}` (an anonymous, ordinary
  function expression; one per name; not `constructor` or `__proto__`);
- methods in a literal: `F.prototype = { m: function (...) {...}, n(...) {...} }`,
  each property a method as above (named by an identifier or a string), and
  at most one `constructor: F`; before any other piece of F. Without
  `constructor: F` the prototype has no `constructor` of its own, so an
  instance's is Object and node prints it as a plain object: the class is
  marked `inspect_as_parent`, as a subclass below is. A property that is not a
  method (`count: 0`, shared by every instance through the prototype), an
  accessor or a computed key leaves the function alone;
- the constructor: `F.prototype.constructor = F` (after a heritage, restoring
  what a class's prototype has: an instance's `constructor` is F and node
  prints it under F's name);
- the heritage: `F.prototype = Object.create(P.prototype)`, P a name or a
  dotted path (`benchmark.Benchmark`), before any method of F, with
  `P.call(this, ...)` as the first statement of F's body (it becomes
  `super(...)`; its arguments do not use `this`); then each
  `P.prototype.m.call(this, ...)` in F's own code (its constructor and
  methods, arrows in them included) becomes `super.m(...)`, the same call;
- an export: `exports.x = F`, `module.exports.x = F`, `module.exports = F`.
F is rewritten when it is constructed in the file (`new F`) or has a method or
a heritage, and every occurrence of the identifier `F` anywhere in the file is
in one of its pieces, the callee of `new F(...)`, the right side of
`x instanceof F`, an operand of `===`, `!==`, `==` or `!=`, the base of `class G extends F` or of another candidate's
heritage, a property of F itself (`F.NULL = new F()`: the same on a class;
not `prototype`, `call`, `apply`, `bind`, `toString`, `caller`, `arguments`),
or `F.call`/`F.apply` when F's body is empty and its parameters plain (the
call does nothing; the class is marked `empty_function` and does nothing
either when called). Any other occurrence (a call `F()`, another use of
`F.prototype`, `F.call` elsewhere, a reassignment, a second declaration or a
parameter named `F`) leaves the function alone, and the build's diagnostics about constructor functions and
prototypes stand. A constructor that returns a value is left alone too
(`super()` would take that value as `this`, `P.call` ignores it).

What the rewrite keeps, and how:
- hoisting: a function declaration exists before any statement runs, and a
  method once its statement has run; a class, with all its methods, once its
  declaration is reached. A top-level statement that can run code (anything
  but declarations of functions, simple classes and variables with constant
  or function initialisers, and the pieces) may not reach a candidate whose
  heritage, or a method whose statement, comes after it (`_late` follows the
  names and property names its code mentions), so nothing can observe the
  order. A class without a heritage goes first in the statement list
  (evaluating it has no effect); one with a heritage takes the place of its
  heritage statement, where its base is evaluated as `Object.create` evaluated
  it. A top-level occurrence outside any function earlier in the text than
  that place leaves the function alone;
- strictness: a class body is strict code, a function in a sloppy file is not.
  The constructor and the methods are marked `sloppy_code` when the file is
  not strict, and strictness tests look through that mark (codegen
  Module.is_strict, analysis Builder.is_strict);
- names: a method stored by assignment is an anonymous function (its `name`
  is ""), marked `anonymous_method`. An instance of a subclass made with
  `Object.create` prints under its base's name, as node finds the name through
  the prototype chain; the class is marked `inspect_as_parent`, and its
  prototype has no own `constructor` (the base's is found);
- what the build cannot check here: F exported and called without `new` in
  another file, `for`-`in` over an instance (the methods are enumerable
  properties of the prototype) and a heritage base that turns out to be a
  class (`P.call` would throw). The class is marked `from_function` and
  `es5_methods`, and the run stops with the reason when the program does one
  of these (codegen: $call_value, $forin_keys, ModuleBuilder.super_call_code).

For each function with such pieces that stays a function, the returned
Program node's `not_class_reasons` says why (the first use that is not a class
use, with its line and column, the piece that is not recognised, the statement
that may run too early, ...): the build's refusal of `new F` or `F.prototype`
says it.

The parsed tree is shared with the incremental parser's cache, so it is not
changed: the rewrite returns a new Program node with a new statement list, and
the class nodes reuse the function's parameter and body nodes unchanged.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Optional

import esprima.nodes as N
from esprima.validation import _strict_directive

from .parse import children, fields, is_reference

_FUNCTIONS = ("FunctionDeclaration", "FunctionExpression", "ArrowFunctionExpression")
_POSITION = ("_start", "_end", "_line", "_column", "range", "loc")


@dataclass
class _Pieces:
    """The top-level statements that make a candidate an old-style class."""
    methods: list = field(default_factory=list)   # (statement, key, function expression)
    heritage: Optional[tuple] = None              # (statement, base expression)
    super_call: Any = None                        # the `P.call(this, ...)` statement in F's body
    super_methods: list = field(default_factory=list)   # (call, name) of `P.prototype.name.call(this, ...)`
    literal: Any = None                           # the `F.prototype = {...}` statement
    literal_constructor: bool = False             # ... with `constructor: F` among its properties
    own_constructor: bool = False                 # a `F.prototype.constructor = F` statement
    others: list = field(default_factory=list)    # the literal and constructor statements (dropped)
    bad: bool = False
    why: str = ""                                 # what made it bad


def classes_for_constructor_functions(tree: Any, is_module: bool) -> Any:
    """tree, or a copy of its Program node in which the constructor functions
    used only as classes are class declarations."""
    strict = is_module or _strict_directive(tree.body)
    object_bound = _declares(tree, "Object")
    reasons: dict = {}   # name -> why a function with class pieces stays a function
    body = _rewrite_scope(tree, tree.body, strict, object_bound, reasons)
    body = [_rewrite_iife(st, strict, object_bound, reasons) for st in body]
    if all(a is b for a, b in zip(body, tree.body)) and len(body) == len(tree.body):
        return _with_reasons(tree, reasons)
    out = _with_reasons(tree, reasons, copy=True)
    out.body = body
    return out


def _rewrite_iife(st: Any, strict: bool, object_bound: bool, reasons: dict) -> Any:
    """st, or a copy of it in which the body of the function it immediately
    calls (the module pattern: `var X = (function () {...})();`) is rewritten
    as a file's top level is. The function runs once, where st is; its body's
    statements are its scope's top level, the same rules apply to them, and
    `return F` is one more export."""
    call = _iife_call(st)
    if call is None or call.callee.generator or call.callee.isAsync:
        return st
    fn = call.callee
    params: set = set().union(*(_bound_names(p) for p in fn.params)) if fn.params else set()
    inner = _rewrite_scope(fn.body, fn.body.body, strict or _strict_directive(fn.body.body), object_bound,
                           reasons, exclude=params | ({fn.id.name} if fn.id is not None else set()))
    if inner is fn.body.body:
        return st
    fn = _copy(fn, body=_copy(fn.body, body=inner))
    call = _copy(call, callee=fn)
    if st.type == "ExpressionStatement":
        return _copy(st, expression=call)
    return _copy(st, declarations=[_copy(st.declarations[0], init=call)])


def _iife_call(st: Any) -> Any:
    """The call when st is `(function () {...})(...);` or `var x = (function () {...})(...);`."""
    call = None
    if st.type == "ExpressionStatement":
        call = st.expression
    elif st.type == "VariableDeclaration" and len(st.declarations) == 1:
        call = st.declarations[0].init
    if call is None or call.type != "CallExpression" or call.callee.type != "FunctionExpression":
        return None
    return call


def _copy(node: Any, **changes: Any) -> Any:
    """A shallow copy of a parsed node with some fields replaced (the parsed tree
    is shared, never changed)."""
    out = object.__new__(type(node))
    out.__dict__.update(node.__dict__)
    out.__dict__.update(changes)
    return out


def _rewrite_scope(scope: Any, body: list, strict: bool, object_bound: bool, reasons: dict,
                   exclude: frozenset = frozenset()) -> list:
    """body (the statement list of scope: a file, or an immediately called
    function's body), or a new list in which its constructor functions used
    only as classes are class declarations. Why each function with class pieces
    stays a function goes into reasons."""
    candidates = {st.id.name: st for st in body
                  if st.type == "FunctionDeclaration" and st.id is not None
                  and not st.generator and not st.isAsync and st.id.name not in exclude}
    if not candidates:
        return body
    pieces, sanctioned, piece_stmts = _pieces(body, candidates, object_bound)
    where = {name: (p.heritage[0] if p.heritage else candidates[name]) for name, p in pieces.items()}
    constructed, disqualified = _uses(scope, candidates, sanctioned, where)
    index = {id(st): i for i, st in enumerate(body)}
    late = _late(body, candidates, pieces, piece_stmts, index)
    chosen = {}
    for name, fn in candidates.items():
        p = pieces[name]
        if not (name in constructed or p.methods or p.heritage or p.literal is not None):
            continue
        if name in disqualified:
            n, what = disqualified[name]
            reasons[name] = f"it is {what} at line {n._line}, column {n._column + 1}"
        elif p.bad:
            reasons[name] = p.why
        elif name in late:
            reasons[name] = (f"the statement at line {late[name]._line} may use it or its methods "
                             "before its prototype statements have run")
        elif _returns_value(fn):
            reasons[name] = "its constructor returns a value"
        else:
            chosen[name] = fn
    changed = True
    while changed:   # a subclass of a name goes with its base
        changed = False
        for name in list(chosen):
            h = pieces[name].heritage
            if h is None or h[1].type != "Identifier":
                continue
            base = h[1].name
            if base not in chosen or (pieces[base].heritage is not None
                                      and index[id(pieces[base].heritage[0])] > index[id(h[0])]):
                del chosen[name]
                reasons[name] = f"its base `{base}` is not compiled as a class"
                changed = True
    if not chosen:
        return body
    classes = {name: _as_class(fn, strict, pieces[name]) for name, fn in chosen.items()}
    drop = {id(st) for name in chosen for st, _, _ in pieces[name].methods} | {id(fn) for fn in chosen.values()} \
        | {id(st) for name in chosen for st in pieces[name].others}
    in_place = {id(pieces[name].heritage[0]): classes[name] for name in chosen if pieces[name].heritage}
    first = [classes[name] for name in chosen if not pieces[name].heritage]
    rest = []
    for st in body:
        if id(st) in drop:
            continue
        rest.append(in_place.get(id(st), st))
    prologue = 0
    while prologue < len(rest) and getattr(rest[prologue], "directive", None) is not None:
        prologue += 1
    return rest[:prologue] + first + rest[prologue:]


def not_class_reason(tree: Any, name: str) -> Optional[str]:
    """Why the top-level function `name` of a rewritten file stays a function, or
    None (esprima's nodes answer None for an attribute they lack)."""
    return (getattr(tree, "not_class_reasons", None) or {}).get(name)


def _with_reasons(tree: Any, reasons: dict, copy: bool = False) -> Any:
    """A copy of the Program node that says why each function with class pieces
    stays a function (`not_class_reasons`, for the build's refusal); tree itself
    when there is nothing to say and no copy is asked for (the parsed tree is
    shared: it is never changed)."""
    if not reasons and not copy:
        return tree
    return _copy(tree, not_class_reasons=reasons)


def _pieces(body: list, candidates: dict, object_bound: bool) -> tuple[dict, set, set]:
    """Each candidate's pieces among the statements of body; the ids of the
    identifier nodes naming a candidate inside them (and in exports); the ids of
    the piece statements."""
    pieces = {name: _Pieces() for name in candidates}
    sanctioned: set = set()
    piece_stmts: set = set()
    for st in body:
        e = st.expression if st.type == "ExpressionStatement" else None
        if e is None or e.type != "AssignmentExpression" or e.operator != "=" or e.left.type != "MemberExpression":
            continue
        left, right = e.left, e.right
        name = _prototype_of(left.object, candidates)
        key = _key(left)
        if name is not None and key == "constructor" and right.type == "Identifier" and right.name == name:
            p = pieces[name]   # `F.prototype.constructor = F` (after Object.create): what a class has
            if p.own_constructor:
                _spoil(p, "its prototype's `constructor` is stored twice")
            p.own_constructor = True
            p.others.append(st)
            sanctioned.update((id(left.object.object), id(right)))
            piece_stmts.add(id(st))
            continue
        if name is not None and key is not None and right.type == "FunctionExpression" and right.id is None \
                and not right.generator and not right.isAsync:
            p = pieces[name]
            if key in ("constructor", "__proto__") or any(k == key for _, k, _ in p.methods):
                _spoil(p, f"its prototype's `{key}` is stored twice or is not a method")
            p.methods.append((st, key, right))
            sanctioned.add(id(left.object.object))
            piece_stmts.add(id(st))
            continue
        name = _prototype_of(left, candidates)
        if name is not None and right.type == "ObjectExpression":
            p = pieces[name]
            if p.heritage is not None or p.methods or p.literal is not None:
                _spoil(p, "its prototype is replaced after methods were stored on it, or twice")
            p.literal = st
            p.others.append(st)
            sanctioned.add(id(left.object))
            piece_stmts.add(id(st))
            for prop in right.properties:
                key = _literal_key(prop)
                v = prop.value if prop.type == "Property" else None
                if key == "constructor" and v is not None and v.type == "Identifier" and v.name == name \
                        and not p.literal_constructor:
                    p.literal_constructor = True
                    sanctioned.add(id(v))
                elif key is not None and key not in ("constructor", "__proto__") and v.type == "FunctionExpression" \
                        and v.id is None and not v.generator and not v.isAsync \
                        and all(k != key for _, k, _ in p.methods):
                    p.methods.append((st, key, v))
                else:   # a value that is no method (shared by every instance), an accessor, ...
                    _spoil(p, f"its prototype literal has `{key or '...'}`, which is not a method")
            continue
        base = _created_from(right) if not object_bound else None
        if name is not None and base is not None:
            p = pieces[name]
            if p.heritage is not None or p.methods or p.literal is not None:
                _spoil(p, "its prototype is replaced after methods were stored on it, or twice")
            p.heritage = (st, base)
            sanctioned.add(id(left.object))
            if base.type == "Identifier" and base.name in candidates:
                sanctioned.add(id(base))
            piece_stmts.add(id(st))
            continue
    for st in body:
        sanctioned.update(id(x) for x in _exported(st, candidates))
    for name, p in pieces.items():
        if p.heritage is None:
            continue
        call = _super_call(candidates[name], p.heritage[1])
        if call is None:
            _spoil(p, "its prototype is made with Object.create, but its first statement is not the base's "
                      "`P.call(this, ...)`")
            continue
        p.super_call = call
        callee = call.expression.callee.object
        if callee.type == "Identifier" and callee.name in candidates:
            sanctioned.add(id(callee))
        # `P.prototype.m.call(this, ...)` in F's own code: `super.m(...)` in the class
        for fn in [candidates[name]] + [f for _, _, f in p.methods]:
            for c, key in _super_method_calls(fn, p.heritage[1]):
                p.super_methods.append((c, key))
                head = c.callee.object.object.object
                if head.type == "Identifier" and head.name in candidates:
                    sanctioned.add(id(head))
    return pieces, sanctioned, piece_stmts


def _super_method_calls(fn: Any, base: Any) -> list:
    """(call, name) of each `base.prototype.name.call(this, ...)`, name a plain
    property and no spread argument, in fn's own code (arrows included: they
    share its `this`; not nested functions)."""
    out = []
    stack = list(children(fn.body))
    while stack:
        n = stack.pop()
        if n.type in ("FunctionExpression", "FunctionDeclaration", "ClassExpression", "ClassDeclaration"):
            continue
        if n.type == "CallExpression" and n.arguments and n.arguments[0].type == "ThisExpression" \
                and n.callee.type == "MemberExpression" and not n.callee.computed \
                and n.callee.property.name == "call":
            m = n.callee.object
            if m.type == "MemberExpression" and not m.computed and m.property.type == "Identifier" \
                    and m.object.type == "MemberExpression" and not m.object.computed \
                    and m.object.property.name == "prototype" and _same_path(m.object.object, base) \
                    and not any(a.type == "SpreadElement" for a in n.arguments):
                out.append((n, m.property.name))
        stack.extend(children(n))
    return out


def _spoil(p: _Pieces, why: str) -> None:
    if not p.bad:
        p.bad, p.why = True, why


def _literal_key(prop: Any) -> Optional[str]:
    """The key of an object literal's plain property `k: v` / method `k() {}`
    written as a name or a string, or None (computed, spread, accessor)."""
    if prop.type != "Property" or prop.computed or prop.kind != "init" or getattr(prop, "shorthand", False):
        return None
    k = prop.key
    if k.type == "Identifier":
        return k.name
    return k.value if k.type == "Literal" and isinstance(k.value, str) else None


def _prototype_of(e: Any, candidates: dict) -> Optional[str]:
    """F when e is `F.prototype` for a candidate F."""
    if e.type == "MemberExpression" and not e.computed and e.property.type == "Identifier" \
            and e.property.name == "prototype" and e.object.type == "Identifier" and e.object.name in candidates:
        return e.object.name
    return None


def _key(m: Any) -> Optional[str]:
    """The property name of a member expression written `o.name` or `o["name"]`."""
    if not m.computed and m.property.type == "Identifier":
        return m.property.name
    if m.computed and m.property.type == "Literal" and isinstance(m.property.value, str):
        return m.property.value
    return None


def _created_from(e: Any) -> Any:
    """P when e is `Object.create(P.prototype)` with P a name or a dotted path."""
    if e.type != "CallExpression" or len(e.arguments) != 1 or e.callee.type != "MemberExpression" \
            or e.callee.computed or e.callee.object.type != "Identifier" or e.callee.object.name != "Object" \
            or e.callee.property.name != "create":
        return None
    a = e.arguments[0]
    if a.type != "MemberExpression" or a.computed or a.property.name != "prototype" or not _is_path(a.object):
        return None
    return a.object


def _is_path(e: Any) -> bool:
    while e.type == "MemberExpression" and not e.computed:
        e = e.object
    return e.type == "Identifier"


def _same_path(a: Any, b: Any) -> bool:
    if a.type != b.type:
        return False
    if a.type == "Identifier":
        return a.name == b.name
    return a.type == "MemberExpression" and not a.computed and not b.computed \
        and a.property.name == b.property.name and _same_path(a.object, b.object)


def _is_export(left: Any) -> bool:
    """`exports.x`, `module.exports.x` or `module.exports` as an assignment target."""
    def is_module_exports(e: Any) -> bool:
        return e.type == "MemberExpression" and not e.computed and e.object.type == "Identifier" \
            and e.object.name == "module" and e.property.name == "exports"
    if is_module_exports(left):
        return True
    o = left.object
    return not left.computed and ((o.type == "Identifier" and o.name == "exports") or is_module_exports(o))


def _super_call(fn: Any, base: Any) -> Any:
    """F's first statement when it is `base.call(this, ...)` with no other `this`."""
    stmts = fn.body.body
    if not stmts or stmts[0].type != "ExpressionStatement":
        return None
    c = stmts[0].expression
    if c.type != "CallExpression" or c.callee.type != "MemberExpression" or c.callee.computed \
            or c.callee.property.name != "call" or not _same_path(c.callee.object, base) \
            or not c.arguments or c.arguments[0].type != "ThisExpression":
        return None
    if any(_mentions_this(a) for a in c.arguments[1:]):
        return None
    return stmts[0]


def _mentions_this(n: Any) -> bool:
    if n.type in ("ThisExpression", "Super"):
        return True
    return any(_mentions_this(c) for _, c in fields(n))


def _returns_value(fn: Any) -> bool:
    """Does F's own code (not a nested function's) return a value?"""
    stack = [fn.body]
    while stack:
        n = stack.pop()
        if n.type == "ReturnStatement" and n.argument is not None:
            return True
        if n.type in _FUNCTIONS or n.type in ("ClassDeclaration", "ClassExpression"):
            continue
        stack.extend(c for _, c in fields(n))
    return False


def _declares(tree: Any, name: str) -> bool:
    """Is `name` bound or written anywhere in the file (a variable, function, class,
    parameter, catch parameter or import of that name, or an assignment to it), so
    that it may not be the global?"""
    stack = [tree]
    while stack:
        n = stack.pop()
        t = n.type
        targets: list = []
        if t == "VariableDeclarator":
            targets = [n.id]
        elif t in _FUNCTIONS or t in ("ClassDeclaration", "ClassExpression"):
            targets = ([n.id] if getattr(n, "id", None) is not None else []) + list(getattr(n, "params", []) or [])
        elif t == "CatchClause" and n.param is not None:
            targets = [n.param]
        elif t in ("ImportSpecifier", "ImportDefaultSpecifier", "ImportNamespaceSpecifier"):
            targets = [n.local]
        elif t == "AssignmentExpression" or (t == "UpdateExpression" and n.argument.type == "Identifier"):
            targets = [n.left if t == "AssignmentExpression" else n.argument]   # (a sloppy global's write)
        if any(name in _bound_names(x) for x in targets):
            return True
        for _, c in fields(n):
            stack.append(c)
    return False


def _bound_names(p: Any) -> set:
    """The names a binding pattern binds."""
    t = p.type
    if t == "Identifier":
        return {p.name}
    if t == "AssignmentPattern":
        return _bound_names(p.left)
    if t == "RestElement":
        return _bound_names(p.argument)
    if t == "ArrayPattern":
        return set().union(*(_bound_names(e) for e in p.elements if e is not None))
    if t == "ObjectPattern":
        return set().union(*(_bound_names(q.argument if q.type == "RestElement" else q.value) for q in p.properties))
    return set()


def _late(body: list, candidates: dict, pieces: dict, piece_stmts: set, index: dict) -> dict:
    """The candidates some top-level statement may use before their pieces have
    run. A statement that can run code may reach: the top-level functions and
    classes it names (a candidate's constructor, and its base), the methods of
    the property names it reads (every candidate's method of that name), what
    that code reaches in turn, and, if it calls `require`, whatever the file
    exported before it (a module that requires this one back gets those). A
    computed read (`o[k]`) reaches every method of the candidates named so far,
    by this statement's code or an earlier statement's: an object whose
    prototype holds a candidate's methods exists only once code that names the
    candidate has run (`new F`, `F.prototype`), and a candidate's name is local
    to its file. A reached candidate's heritage, and its reached methods, must
    come before the statement.

    Storing a property (`o.key = v`) reads no `key`: a candidate has no
    accessors, and any other class whose setter it may call is walked whole
    once named. The statement of an immediately called function (the module
    pattern) runs that function's body, but not the bodies of the functions it
    declares (reached by their names, as top-level ones are), of the function it
    returns (reached by the name of the variable it initialises: that
    variable's code is the whole call), or of the methods it stores on a
    prototype (`A.prototype.key = function`, reached by `key`)."""
    code: dict = {}   # a top-level function, class or function variable -> its code
    for st in body:
        if st.type in ("FunctionDeclaration", "ClassDeclaration") and st.id is not None:
            code[st.id.name] = [st]
        elif st.type == "VariableDeclaration":
            for d in st.declarations:
                if d.id.type == "Identifier" and d.init is not None:
                    code[d.id.name] = [d.init]
    for name, p in pieces.items():
        if p.heritage:
            code[name] = code.get(name, []) + [p.heritage[1]]
    methods: dict = {}   # key -> [(candidate, statement, function)]
    for name, p in pieces.items():
        for st, key, f in p.methods:
            methods.setdefault(key, []).append((name, st, f))
        for st in p.others:   # (what sets the prototype's `constructor`)
            methods.setdefault("constructor", []).append((name, st, st.expression.right))
    statics: set = set()   # `F.key = function () {...}`: runs nothing; its code is reached by `key`
    for st in body:
        got = _static_store(st, candidates)
        if got is not None:
            name, key, value = got
            methods.setdefault(key, []).append((name, st, value))
            statics.add(id(st))
    keyed: dict = {}   # key -> the methods an immediately called function stores under it
    late: dict = {}   # name -> the first statement that may reach it too early
    exposed: set = set()
    named_before: set = set()   # the names some earlier statement's code reached
    for i, st in enumerate(body):
        if id(st) in piece_stmts or id(st) in statics or getattr(st, "directive", None) is not None \
                or st.type in ("FunctionDeclaration", "EmptyStatement"):
            continue
        if st.type == "ClassDeclaration" and _inert_class(st):
            continue
        exported = _exported(st, candidates)
        if exported:
            exposed.update(x.name for x in exported)
            continue
        names: set = set()
        keys: set = set()
        todo: list = []
        requires = _calls_require(st)
        if st.type == "VariableDeclaration" and all(d.id.type == "Identifier" and (d.init is None or _inert(d.init))
                                                   for d in st.declarations):
            if not requires:
                continue
        else:
            todo.extend(_runs(st, code, keyed))
        if requires:
            names |= exposed
            todo.extend(n for x in exposed for n in code.get(x, ()))
        computed = False
        while todo:
            while todo:
                n = todo.pop()
                if n.type == "Identifier" and n.name in code and n.name not in names:
                    names.add(n.name)
                    todo.extend(code[n.name])
                if n.type == "AssignmentExpression" and n.operator == "=" and n.left.type == "MemberExpression" \
                        and not n.left.computed:
                    todo.extend((n.left.object, n.right))   # a store: no read of its key
                    continue
                if n.type == "MemberExpression":
                    computed = computed or n.computed
                    more = {n.property.name} if not n.computed and n.property.type == "Identifier" else set()
                    for key in more - keys:
                        keys.add(key)
                        todo.extend(f for _, _, f in methods.get(key, ()))
                        todo.extend(keyed.get(key, ()))
                todo.extend(c for _, c in fields(n))
            if computed:   # every method of a candidate whose objects may exist
                reachable = names | named_before
                for key, ms in methods.items():
                    if key not in keys and any(name in reachable for name, _, _ in ms):
                        keys.add(key)
                        todo.extend(f for _, _, f in ms)
                for key, fs in keyed.items():   # (an immediately called function's methods: all of them)
                    if key not in keys:
                        keys.add(key)
                        todo.extend(fs)
        named_before |= names
        for name in names & set(candidates):
            h = pieces[name].heritage
            if h is not None and index[id(h[0])] > i:
                late.setdefault(name, st)
        for key in keys:
            for name, m, _ in methods.get(key, ()):
                if index[id(m)] > i:
                    late.setdefault(name, st)
    return late


def _static_store(st: Any, candidates: dict) -> Optional[tuple]:
    """(F, key, value) when st is `F.key = value` for a candidate F, a property
    it has as a class too, and a value whose evaluation runs no code (a function
    literal, a constant): the statement runs nothing (F's own properties are
    plain data, no setter), and what it stores runs only when read by `key`."""
    e = st.expression if st.type == "ExpressionStatement" else None
    if e is None or e.type != "AssignmentExpression" or e.operator != "=" or e.left.type != "MemberExpression":
        return None
    left = e.left
    if left.object.type != "Identifier" or left.object.name not in candidates or not _static_member(left, "object") \
            or not _inert(e.right) or _is_require(e.right) \
            or (e.right.type == "MemberExpression" and _is_require(e.right.object)):
        return None
    return left.object.name, left.property.name, e.right


def _runs(st: Any, code: dict, keyed: dict) -> list:
    """The nodes whose code runs when top-level statement st runs (see _late):
    st itself, or for an immediately called function's statement the call's
    arguments and the function's statements, less the functions it declares
    (put in code under their names), returns, or stores as prototype methods
    (put in keyed under their keys)."""
    call = _iife_call(st)
    if call is None:
        return [st]
    out = list(call.arguments)
    for s in call.callee.body.body:
        if s.type == "FunctionDeclaration" and s.id is not None:
            code.setdefault(s.id.name, []).append(s)
        elif s.type == "ReturnStatement" and s.argument is not None and s.argument.type == "FunctionExpression":
            pass
        elif s.type == "ExpressionStatement" and s.expression.type == "AssignmentExpression" \
                and s.expression.operator == "=" and s.expression.left.type == "MemberExpression" \
                and s.expression.right.type == "FunctionExpression" \
                and _key(s.expression.left) is not None and _is_prototype(s.expression.left.object):
            keyed.setdefault(_key(s.expression.left), []).append(s.expression.right)
        else:
            out.append(s)
    return out


def _is_prototype(e: Any) -> bool:
    """`A.prototype` for a name A."""
    return e.type == "MemberExpression" and not e.computed and e.property.type == "Identifier" \
        and e.property.name == "prototype" and e.object.type == "Identifier"


def _calls_require(n: Any) -> bool:
    return _is_require(n) or any(_calls_require(c) for _, c in fields(n))


def _exported(st: Any, candidates: dict) -> list:
    """The identifiers naming candidates that st exports, when st is an export
    statement and runs no other code: `exports.x = F` (and the other forms of
    _is_export, `module.exports = {x: F, G}` too), `return F` or
    `return {x: F, G, y: helper, z: function () {}}`
    (a scope's value, which the code after the scope gets once all of it has
    run)."""
    e = st.expression if st.type == "ExpressionStatement" else None
    if e is not None and e.type == "AssignmentExpression" and e.operator == "=" and e.left.type == "MemberExpression" \
            and _is_export(e.left):
        if e.right.type == "Identifier" and e.right.name in candidates:
            return [e.right]
        a = e.right if e.right.type == "ObjectExpression" else None   # `module.exports = { A, B: B }`
    else:
        a = st.argument if st.type == "ReturnStatement" else None
    if a is None:
        return []
    if a.type == "Identifier":
        return [a] if a.name in candidates else []
    if a.type != "ObjectExpression" or not all(p.type == "Property" and not p.computed and p.kind == "init"
                                               and (p.value.type == "Identifier" or _inert(p.value))
                                               for p in a.properties):
        return []
    # (a shorthand `{G}` has its key and its value as two nodes)
    return [x for p in a.properties for x in ([p.value, p.key] if getattr(p, "shorthand", False) else [p.value])
            if x.type == "Identifier" and x.name in candidates]


def _inert_class(c: Any) -> bool:
    if c.superClass is not None and not _is_path(c.superClass):
        return False
    return all(m.type == "MethodDefinition" and not m.computed for m in c.body.body)


def _inert(e: Any) -> bool:
    """Evaluating e runs no code of the program's, except through `require`
    (a module's top level, which reaches only what this file exported before:
    `_late` counts those)."""
    t = e.type
    if t in ("Literal", "FunctionExpression", "ArrowFunctionExpression"):
        return True
    if t == "TemplateLiteral":
        return not e.expressions
    if t == "UnaryExpression" and e.operator in ("-", "+", "!"):
        return e.argument.type == "Literal"
    if t == "ArrayExpression":
        return all(x is not None and _inert(x) for x in e.elements)
    if t == "ObjectExpression":
        return all(p.type == "Property" and not p.computed and _inert(p.value) for p in e.properties)
    if t == "MemberExpression" and not e.computed:
        return _is_require(e.object)
    return _is_require(e)


def _is_require(e: Any) -> bool:
    return e.type == "CallExpression" and e.callee.type == "Identifier" and e.callee.name == "require" \
        and len(e.arguments) == 1 and e.arguments[0].type == "Literal" and isinstance(e.arguments[0].value, str)


def _uses(tree: Any, candidates: dict, sanctioned: set, where: dict) -> tuple[set, set]:
    """The candidate names used in `new F(...)`, and those with an occurrence
    that is not `new F`, `instanceof F` or in a recognised piece (with the first
    such occurrence)."""
    constructed: set = set()
    out: dict = {}   # name -> its first occurrence that is no class use
    # (node, parent, the field of the parent holding it, inside a function)
    stack: list = [(tree, None, None, False)]
    while stack:
        n, parent, field_name, in_fn = stack.pop()
        if n.type == "Identifier" and n.name in candidates:
            decl = candidates[n.name]
            if (parent is decl and field_name == "id") or id(n) in sanctioned:
                pass
            elif _static_member(parent, field_name) or (_applied(parent, field_name) and _empty(decl)):
                pass   # (an empty constructor called as a function does nothing: the build's class does the same)
            elif _class_use(parent, field_name):
                if parent.type == "NewExpression":
                    constructed.add(n.name)
                if not in_fn and n._start < where[n.name]._start:
                    out.setdefault(n.name, (n, "used before its declaration's statement"))   # (at the top level)
            elif is_reference(parent, field_name):
                what = "called without `new`" if parent is not None and parent.type == "CallExpression" \
                    and field_name == "callee" else "used as a value"
                out.setdefault(n.name, (n, what))
        # (a class's static initialisers run at the top level: not "inside a function")
        inner = in_fn or n.type in _FUNCTIONS
        for k, c in fields(n):
            stack.append((c, n, k, inner))
    return constructed, out


_FUNCTION_ONLY = frozenset({"prototype", "call", "apply", "bind", "toString", "caller", "arguments"})


def _static_member(parent: Any, field_name: Any) -> bool:
    """`F.x`: a property of the constructor itself, the same on a class (not one
    of those a function has and a class does not have or treats differently)."""
    return parent is not None and parent.type == "MemberExpression" and field_name == "object" \
        and not parent.computed and parent.property.name not in _FUNCTION_ONLY


def _applied(parent: Any, field_name: Any) -> bool:
    """`F.call` or `F.apply`."""
    return parent is not None and parent.type == "MemberExpression" and field_name == "object" \
        and not parent.computed and parent.property.name in ("call", "apply")


def _empty(fn: Any) -> bool:
    """A constructor whose call does nothing: no statements, plain parameters."""
    return not fn.body.body and all(p.type == "Identifier" for p in fn.params)


def _class_use(parent: Any, field_name: Any) -> bool:
    if parent is None:
        return False
    if parent.type == "NewExpression" and field_name == "callee":
        return True
    if parent.type in ("ClassDeclaration", "ClassExpression") and field_name == "superClass":
        return True
    if parent.type == "BinaryExpression" and parent.operator in ("===", "!==", "==", "!="):
        return True   # (`x.constructor === F`: the class is the same value)
    return parent.type == "BinaryExpression" and parent.operator == "instanceof" and field_name == "right"


def _place(node: Any, like: Any) -> Any:
    for k in _POSITION:
        if k in like.__dict__:
            node.__dict__[k] = like.__dict__[k]
    return node


def _replaced(n: Any, new: dict) -> Any:
    """n, or a copy of it in which the nodes whose ids `new` maps are replaced
    (the parsed tree is shared, never changed). Only the nodes whose text holds a
    replaced one are visited and copied: the recursion is as deep as the path to
    it."""
    starts = {node._start for node in new.values()}
    return _replaced_in(n, new, starts) if new else n


def _replaced_in(n: Any, new: dict, starts: set) -> Any:
    if id(n) in new:
        return new[id(n)]
    lo, hi = getattr(n, "_start", None), getattr(n, "_end", None)
    if lo is not None and not any(lo <= s <= hi for s in starts):
        return n
    changes = {}
    for k, v in n.__dict__.items():
        if k.startswith("_"):
            continue
        if isinstance(v, list):
            items = [_replaced_in(x, new, starts) if hasattr(x, "type") else x for x in v]
            if any(a is not b for a, b in zip(items, v)):
                changes[k] = items
        elif hasattr(v, "type"):
            got = _replaced_in(v, new, starts)
            if got is not v:
                changes[k] = got
    return _copy(n, **changes) if changes else n


def _as_class(fn: Any, strict: bool, p: _Pieces) -> Any:
    """`class F [extends P] { constructor(params) body; methods }` in the place of
    `function F(params) body` and its pieces."""
    supers = {id(c): _place(N.CallExpression(_place(N.StaticMemberExpression(_place(N.Super(), c.callee),
                                                                             _place(N.Identifier(key), c.callee.object.property)),
                                                  c.callee), c.arguments[1:]), c)
              for c, key in p.super_methods}
    body = _replaced(fn.body, supers)
    if p.super_call is not None:
        call = p.super_call.expression
        sup = _place(N.CallExpression(_place(N.Super(), call.callee), call.arguments[1:]), call)
        first = _place(N.ExpressionStatement(sup), p.super_call)
        body = _place(N.BlockStatement([first] + body.body[1:]), fn.body)
    ctor = _place(N.FunctionExpression(None, fn.params, body, False), fn)
    ctor.sloppy_code = not strict
    members = [_place(N.MethodDefinition(_place(N.Identifier("constructor"), fn.id), False, ctor, "constructor", False), fn)]
    for st, key, f in p.methods:
        m = _place(N.FunctionExpression(None, f.params, _replaced(f.body, supers), False), f)
        m.sloppy_code = not strict
        m.anonymous_method = True
        members.append(_place(N.MethodDefinition(_place(N.Identifier(key), f), False, m, "method", False), st))
    cls = _place(N.ClassDeclaration(fn.id, p.heritage[1] if p.heritage else None,
                                    _place(N.ClassBody(members), fn)), fn)
    cls.from_function = True
    cls.empty_function = _empty(fn)
    cls.es5_methods = bool(p.methods)
    # a prototype made with Object.create, or a literal without `constructor: F`, has no
    # `constructor` of its own (the base's, or Object's, is found), and node prints an
    # instance under the name found there
    cls.inspect_as_parent = not p.own_constructor and (
        p.heritage is not None or (p.literal is not None and not p.literal_constructor))
    cls.es5_heritage = p.heritage is not None
    return cls
