"""The catalogue of diagnostic codes.

Every diagnostic the analysis emits carries one of these codes. A code is
stable: tools (SARIF consumers, editor filters, docs links) key on it. Each has
a default severity, a category (used by editors to switch groups on and off)
and a one-line title. `docs/diagnostics.md` documents every code with a
minimal example and the fix; a test keeps the two in step.
"""
from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"
    INFORMATION = "information"
    HINT = "hint"


@dataclass(frozen=True)
class Code:
    name: str
    severity: Severity
    category: str  # "input", "module", "deopt", "shape", "annotation", "build"
    title: str


_CODES = [
    # Input problems: the file could not be analysed at all.
    Code("syntax-error", Severity.ERROR, "input", "the file does not parse"),
    Code("not-utf8", Severity.ERROR, "input", "the file is not valid UTF-8"),
    Code("file-too-large", Severity.ERROR, "input", "the file is larger than the analysis accepts"),
    Code("nesting-too-deep", Severity.ERROR, "input", "the file nests deeper than the analysis accepts"),
    Code("unreadable-file", Severity.ERROR, "input", "the file could not be read"),
    Code("internal-error", Severity.ERROR, "input", "shapescape itself failed; results are incomplete"),
    Code("analysis-budget", Severity.WARNING, "input", "the program is too dynamic to analyse within the work budget"),
    # The closed world.
    Code("module-not-found", Severity.WARNING, "module", "a relative import names no file"),
    Code("outside-module", Severity.INFORMATION, "module", "an import leaves the closed world"),
    Code("dynamic-require", Severity.INFORMATION, "module", "a computed `require` brings every file it can name into the program"),
    Code("dynamic-require-skipped", Severity.WARNING, "module", "a file a computed `require` could name is left out of the program"),
    # Causes that deoptimise an object site to a map (reported at the operation).
    Code("dynamic-key-write", Severity.WARNING, "deopt", "a property is written with a key that is not a constant"),
    Code("dynamic-key-read", Severity.WARNING, "deopt", "a property is read with a key that is not a constant"),
    Code("delete-property", Severity.WARNING, "deopt", "`delete` removes a property"),
    Code("literal-accessor", Severity.WARNING, "deopt", "an object literal defines a getter or setter"),
    Code("object-spread", Severity.WARNING, "deopt", "an object literal copies another object's keys with `...`"),
    Code("late-keys", Severity.WARNING, "deopt", "two or more keys are added after construction, maybe in different orders"),
    Code("define-property", Severity.WARNING, "deopt", "`Object.defineProperty` changes the property set"),
    Code("prototype-mutation", Severity.WARNING, "deopt", "the prototype of an object is changed"),
    Code("null-prototype", Severity.WARNING, "deopt", "`Object.create(null)` makes a dictionary object"),
    Code("dynamic-reflection", Severity.WARNING, "deopt", "reflection adds keys that are only known at run time"),
    Code("eval", Severity.WARNING, "deopt", "direct `eval` can reach any variable in scope"),
    Code("with-statement", Severity.WARNING, "deopt", "`with` looks names up in an object at run time"),
    Code("escapes-closed-world", Severity.WARNING, "deopt", "the object is handed to code outside the closed world"),
    Code("array-named-property", Severity.WARNING, "deopt", "an array gets a named (non-index) property"),
    Code("unresolved-call", Severity.WARNING, "deopt", "a call has too many possible targets to follow"),
    # Reported at each site that a cause deoptimised.
    Code("shape-deoptimized", Severity.WARNING, "deopt", "this allocation site becomes a map"),
    Code("shape-overflow", Severity.INFORMATION, "shape",
         "this allocation site keeps a struct for its fields and puts other keys in an overflow dictionary"),
    # Annotations: promises the analysis checks (OxCaml's vocabulary).
    Code("stack-escapes", Severity.ERROR, "annotation", "a `@stack` allocation escapes its region"),
    Code("exclave-escapes", Severity.ERROR, "annotation", "an `@exclave` allocation escapes its caller's region"),
    Code("local-escapes", Severity.ERROR, "annotation", "a `@local` parameter escapes its function"),
    Code("struct-broken", Severity.ERROR, "annotation", "a `@struct` class or literal deoptimises to a map"),
    Code("misplaced-annotation", Severity.ERROR, "annotation", "an annotation is not before a construct it can govern"),
    Code("unknown-annotation", Severity.WARNING, "annotation", "an annotation shapescape does not know"),
    # Facts about shapes.
    Code("field-widened", Severity.INFORMATION, "shape", "a field holds values of several types"),
    Code("struct-site", Severity.HINT, "shape", "this allocation site becomes a WasmGC struct"),
    # The WasmGC build.
    Code("build-unsupported", Severity.ERROR, "build", "the WasmGC build does not compile this construct"),
]

CODES: dict[str, Code] = {c.name: c for c in _CODES}

DEOPT_CODES = frozenset(c.name for c in _CODES if c.category == "deopt" and c.name != "shape-deoptimized")


def code(name: str) -> Code:
    return CODES[name]
