"""Which of a file's own let, const and class bindings are initialised before
any function of the program can run.

A function that reads a file-level `let` or `const` may run before the
declaration has executed (a call earlier in the file's top-level code, a getter,
a constructor): node then throws a ReferenceError. A binding is *early* when
every statement of its file up to and including its own declaration runs no
function of the program, so no function can ever see it uninitialised. The
model is the file's top-level statement list, read in order until the first
statement that may run code:

- function declarations, classes without static initialisers, computed keys or a
  superclass expression other than a name, and empty statements run nothing;
- a declaration runs nothing when each declarator binds a plain name and its
  initialiser is *inert*: a literal, a name, a function or such a class, an array
  or object literal of inert parts (no spread, no computed key), a logical,
  conditional, `===`/`!==`, `!`, `typeof` or `void` of inert parts, arithmetic or a
  template over *primitive* parts (literals and file constants of a known number:
  an object operand would call its valueOf), `Date.now()`, `performance.now()`,
  `Math.f(primitives)`, `console.log(inert)` (the build's printer calls no method
  of the program), or `require('./file')` of a file that cannot require this one
  back, even through others (its top-level code then cannot reach this file's
  functions), also destructured into plain names (`const {A, B: C} = require(...)`:
  a getter those reads may run is that file's, as unable to reach this one);
- an expression statement runs nothing when its expression is inert.

In an ES module the imported modules run first, before any statement
(codegen/esm.py): they run none of this file's functions unless one of them
can import this file back, even through others; then nothing of the file is
early. Otherwise an `import` runs nothing, an `export` of a declaration is that
declaration, `export { ... }` and `export * from` run nothing, and `export
default <expression>` declares the module's `default` binding, early when the
expression is inert.

Anything else stops the walk: the bindings it declares and every later one are
not early. The build keeps an early binding whose values are only numbers in an
f64 global (ModuleBuilder.number_globals); the others keep an anyref global. A
binding that is not early starts as the runtime's `$uninit` marker, which a
function's access to it tests (FunctionLowering.tdz_risk); the file's own code
needs no test, since its text order decides (before_initialisation).
"""
from __future__ import annotations

from typing import Any, Callable, Optional


def early_bindings(programs: list, var_of: Callable[[Any], Any], require_target: Callable[[int, Any], Optional[int]],
                   const_number: Callable[[Any], Optional[float]], reached: Callable[[int], set],
                   imports: Callable[[int], list] = lambda i: [],
                   default_of: Callable[[Any], Any] = lambda s: None) -> set:
    """ids of the early file-level let/const Vars of every file. var_of(identifier)
    is its Var; require_target(file, call) the file index a `require` call loads
    (None when it is not one of the program's files); const_number(var) the number
    a file constant always holds, or None; reached(file) the files it is or loads
    through constant requires, transitively (the analysis's require graph);
    imports(file) the modules an ES module runs first; default_of(statement) the
    binding of an `export default` of an expression."""
    out: set = set()
    for i, prog in enumerate(programs):
        if any(i in reached(j) for j in imports(i)):
            continue   # a module it imports may run this file's functions first
        walker = _Walker(i, var_of, require_target, const_number, reached, default_of)
        for s in prog.body:
            if not walker.statement(s, out):
                break
    return out


class _Walker:
    def __init__(self, index: int, var_of, require_target, const_number, reached, default_of) -> None:
        self.index = index
        self.default_of = default_of
        self.var_of = var_of
        self.require_target = require_target
        self.const_number = const_number
        self.reached = reached

    def statement(self, s: Any, out: set) -> bool:
        """Does s run no function? Adds the early bindings it declares."""
        t = s.type
        if t in ("FunctionDeclaration", "EmptyStatement", "ImportDeclaration", "ExportAllDeclaration"):
            return True
        if t == "ExportNamedDeclaration":
            return s.declaration is None or self.statement(s.declaration, out)
        if t == "ExportDefaultDeclaration":
            v = self.default_of(s)
            if v is None:   # a named function or class
                return self.statement(s.declaration, out)
            d = s.declaration
            if not (d.type == "FunctionDeclaration" or (d.type == "ClassDeclaration" and self.quiet_class(d))
                    or (not d.type.endswith("Declaration") and self.inert(d))):
                return False
            out.add(id(v))
            return True
        if t == "ClassDeclaration":
            if not self.quiet_class(s):
                return False
            v = self.var_of(s.id) if s.id is not None else None
            if v is not None:
                out.add(id(v))
            return True
        if t == "Directive":
            return True
        if t == "ExpressionStatement":
            return self.inert(s.expression)
        if t != "VariableDeclaration":
            return False
        for d in s.declarations:
            if d.id.type == "ObjectPattern" and self.plain_names(d.id) and d.init is not None \
                    and d.init.type == "CallExpression" and self.require_target(self.index, d.init) is not None \
                    and self.inert(d.init):
                names = [p.value for p in d.id.properties]
            elif d.id.type != "Identifier" or (d.init is not None and not self.inert(d.init)):
                return False
            else:
                names = [d.id]
            for ident in names:
                v = self.var_of(ident)
                if v is not None and s.kind in ("let", "const"):
                    out.add(id(v))
        return True

    @staticmethod
    def plain_names(p: Any) -> bool:
        """`{a, b: c}`: names only, no default, rest or computed key. Taken from a
        file that cannot reach this one, a getter the reads may run is that
        file's, which cannot call this file's functions either."""
        return all(x.type == "Property" and not x.computed and x.value.type == "Identifier" for x in p.properties)

    def quiet_class(self, c: Any) -> bool:
        if c.superClass is not None and c.superClass.type != "Identifier":
            return False
        for m in c.body.body:
            if getattr(m, "computed", False) or m.type == "StaticBlock":
                return False
            if m.type in ("PropertyDefinition", "ClassProperty") and getattr(m, "static", False) and m.value is not None:
                return False
        return True

    def inert(self, e: Any) -> bool:
        t = e.type
        if t in ("Literal", "Identifier", "ThisExpression", "FunctionExpression", "ArrowFunctionExpression"):
            return True
        if t == "ClassExpression":
            return self.quiet_class(e)
        if t == "ArrayExpression":
            return all(x is None or (x.type != "SpreadElement" and self.inert(x)) for x in e.elements)
        if t == "ObjectExpression":
            return all(p.type == "Property" and not p.computed and self.inert(p.value) for p in e.properties)
        if t == "LogicalExpression" or (t == "BinaryExpression" and e.operator in ("===", "!==")):
            return self.inert(e.left) and self.inert(e.right)
        if t == "ConditionalExpression":
            return self.inert(e.test) and self.inert(e.consequent) and self.inert(e.alternate)
        if t == "UnaryExpression" and e.operator in ("!", "typeof", "void"):
            return self.inert(e.argument)
        if t == "CallExpression":
            target = self.require_target(self.index, e)
            if target is not None:
                return self.index not in self.reached(target)
            return self.quiet_builtin_call(e)
        return self.primitive(e)

    def quiet_builtin_call(self, e: Any) -> bool:
        """`Date.now()`, `performance.now()`, `Math.f(primitives)`, `console.log(inert)`
        with the global objects not rebound in the program."""
        c = e.callee
        if c.type != "MemberExpression" or c.computed or c.object.type != "Identifier" \
                or self.var_of(c.object) is not None:
            return False
        obj, key = c.object.name, c.property.name
        if any(a.type == "SpreadElement" for a in e.arguments):
            return False
        if (obj, key) in (("Date", "now"), ("performance", "now")):
            return not e.arguments
        if obj == "Math":
            return all(self.primitive(a) for a in e.arguments)
        if obj == "console" and key in ("log", "error", "info", "warn"):
            return all(self.inert(a) for a in e.arguments)
        return False

    def primitive(self, e: Any) -> bool:
        t = e.type
        if t == "Literal":
            return getattr(e, "regex", None) is None
        if t == "Identifier":
            v = self.var_of(e)
            return v is not None and self.const_number(v) is not None
        if t == "UnaryExpression" and e.operator in ("-", "+", "~", "!", "typeof", "void"):
            return self.primitive(e.argument)
        if t == "BinaryExpression" and e.operator not in ("in", "instanceof"):
            return self.primitive(e.left) and self.primitive(e.right)
        if t == "TemplateLiteral":
            return all(self.primitive(x) for x in e.expressions)
        if t == "ConditionalExpression":
            return self.primitive(e.test) and self.primitive(e.consequent) and self.primitive(e.alternate)
        return False
