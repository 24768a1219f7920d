"""The plan: the one immutable result of the analysis.

The editor (hover, diagnostics, inlay hints), the command line and the WasmGC
build all read this structure and nothing else, so what a hover says a site
becomes is what the build emits. It is plain data; `to_json` gives the
documented JSON form (`shapescape layout --format json`). Lines and columns are
1-based; columns count Unicode code points of the line.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional


@dataclass(frozen=True)
class Location:
    file: str
    line: int
    column: int
    end_line: int
    end_column: int

    def short(self) -> str:
        return f"{self.file}:{self.line}:{self.column}"


@dataclass(frozen=True)
class Related:
    location: Location
    message: str

    def to_json(self) -> dict:
        return {"file": self.location.file, "line": self.location.line,
                "column": self.location.column, "message": self.message}


@dataclass(frozen=True)
class Diagnostic:
    location: Location
    severity: str
    code: str
    message: str
    related: tuple[Related, ...] = ()

    def to_json(self) -> dict:
        loc = self.location
        return {"file": loc.file, "line": loc.line, "column": loc.column,
                "endLine": loc.end_line, "endColumn": loc.end_column,
                "severity": self.severity, "code": self.code, "message": self.message,
                "related": [r.to_json() for r in self.related]}


@dataclass(frozen=True)
class Reason:
    """One deopt cause or one escape step, at the operation responsible."""
    code: str
    message: str
    location: Location

    def to_json(self) -> dict:
        loc = self.location
        return {"code": self.code, "message": self.message, "file": loc.file,
                "line": loc.line, "column": loc.column}


@dataclass(frozen=True)
class Field:
    name: str
    type: str          # f64 | i32 | string | null | undefined | (ref null $T) | closure | array | anyref
    index: int
    initialized: bool  # written when the object is constructed (constructor or literal)
    # the struct type of the immutable objects this field holds, when the build
    # stores their fields in place of a reference (analysis/inline_fields.py)
    inline: str = ""
    # some code may see its value: False when nothing in the closed world reads the
    # field of any object of the type (no `o.k`, no listing of its keys, no
    # dictionary, no escape; analysis/shapes.py, ShapeBuilder._field_read), and
    # the build may leave out writes of values whose evaluation cannot be seen
    read: bool = True

    def to_json(self) -> dict:
        out = {"name": self.name, "type": self.type, "index": self.index,
               "initialized": self.initialized}
        if self.inline:
            out["inline"] = self.inline
        if not self.read:
            out["read"] = False
        return out


@dataclass(frozen=True)
class StructType:
    name: str                    # "$Point"
    fields: tuple[Field, ...]    # parent's fields first
    supertype: Optional[str]
    final: bool
    class_name: Optional[str]
    sites: int                   # how many allocation sites use this type
    # the objects may hold keys beyond `fields` (dynamic keys, keys added after
    # construction): those live in an overflow dictionary (see analysis/overflow.py)
    overflow: bool = False
    # the order in which an object of exactly this type lists its keys, when it is
    # not the field order: a subclass's construction sets its own fields before any
    # key its parent's objects get after construction (which the parent's layout,
    # a prefix of this one, holds first)
    key_order: tuple[str, ...] = ()

    def to_json(self) -> dict:
        d = {"name": self.name, "fields": [f.to_json() for f in self.fields],
             "supertype": self.supertype, "final": self.final,
             "class": self.class_name, "sites": self.sites}
        if self.overflow:
            d["overflow"] = True
        if self.key_order:
            d["key_order"] = list(self.key_order)
        return d


@dataclass(frozen=True)
class Site:
    id: int
    location: Location
    kind: str                    # object | new | array | function
    class_name: Optional[str]
    representation: str          # struct | scalar | map | array | closure
    type: Optional[str]          # "$Point" for struct sites
    fields: tuple[Field, ...]
    element_type: Optional[str]  # arrays: the element type
    locality: str                # local | caller | heap
    deopt: tuple[Reason, ...]
    escape: tuple[Reason, ...]
    annotations: tuple[str, ...] = ()
    scope: str = "heap"          # lifetime map: function | caller | module | heap
    # a struct site whose objects may also hold keys outside its fields, in the
    # type's overflow dictionary (`deopt` then lists the dynamic operations)
    overflow: bool = False

    def to_json(self) -> dict:
        loc = self.location
        d = {"id": self.id, "file": loc.file, "line": loc.line, "column": loc.column,
             "endLine": loc.end_line, "endColumn": loc.end_column,
             "kind": self.kind, "class": self.class_name,
             "representation": self.representation, "type": self.type,
             "fields": [{"name": f.name, "type": f.type} for f in self.fields],
             "locality": self.locality,
             "deopt": [r.to_json() for r in self.deopt],
             "escape": [r.to_json() for r in self.escape]}
        if self.element_type is not None:
            d["elementType"] = self.element_type
        if self.annotations:
            d["annotations"] = list(self.annotations)
        d["scope"] = self.scope
        if self.overflow:
            d["overflow"] = True
        return d


@dataclass(frozen=True)
class FunctionSummary:
    """What a function does with its arguments: none (does not escape), result
    (leaks to its result), heap (leaks to the heap). `this` is None for arrows."""
    name: str
    location: Location
    params: tuple[tuple[str, str], ...]
    this: Optional[str]

    def to_json(self) -> dict:
        loc = self.location
        return {"name": self.name, "file": loc.file, "line": loc.line, "column": loc.column,
                "params": [{"name": n, "summary": s} for n, s in self.params], "this": self.this}


@dataclass(frozen=True)
class FileInfo:
    path: str
    source_type: str   # script | module | unparsed
    lines: int


@dataclass
class Plan:
    sites: list[Site] = field(default_factory=list)
    types: list[StructType] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    files: list[FileInfo] = field(default_factory=list)
    functions: list[FunctionSummary] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)
    # (file, line, column, end line, end column) of property/element reads, calls and
    # variables whose values can only be numbers, booleans, null or undefined (the
    # build's `+` on them is numeric); filled for the build (analyze_program) only,
    # not part of the JSON form
    primitive_reads: frozenset = frozenset()
    # the same locations (and `this`) -> "f64", "(ref $T)" or "(ref null $T)" (the
    # objects are all of type $T, the value may also be null or undefined) where the
    # plan proves that type; for the build only
    read_types: dict = field(default_factory=dict)
    # the same locations -> ((struct types, sorted), may be null or undefined) where
    # every value is an object of one of a few struct types with no common
    # supertype (`shape` in `for (const shape of [sphere, floor])`); build and hover
    read_unions: dict = field(default_factory=dict)
    # the same locations where every value is an object (or null or undefined),
    # never a primitive: strict code's writes there need no primitive test; build only
    object_reads: frozenset = frozenset()
    # (file, line, column) of a function -> (parameter types, return type): the
    # build gives functions with number parameters or results an unboxed entry
    function_types: dict = field(default_factory=dict)
    # (file, line, column, end line, end column) of a call that passes a scalar
    # object (a receiver or argument) -> ((file, line, column) of the function it
    # calls, its name): the build calls a copy of that function taking the
    # object's fields (analysis/passing.py); for the build only
    scalar_calls: dict = field(default_factory=dict)
    # the same call keys -> (function key, name, positions) of calls that pass a
    # function literal, or a callee's parameter holding one, to positions the
    # callee only calls: the build passes the literal's captures to a copy of the
    # callee instead of making the closure (analysis/closure_passing.py); build only
    closure_calls: dict = field(default_factory=dict)
    # the same call keys -> (function key, name, struct type) of calls whose result
    # the build takes as the object's fields from a copy of the function returning
    # them: value calls in every version of the caller, returned calls (`return
    # f(...)`) only in the caller's own copy returning fields; for the build only
    value_calls: dict = field(default_factory=dict)
    returned_calls: dict = field(default_factory=dict)
    # (file, line, column) of a let/const that holds only value-call results ->
    # (struct type, only in its function's copy returning fields?): the build keeps
    # it as fields; its calls are in value_calls (or returned_calls); for the build only
    value_vars: dict = field(default_factory=dict)
    # (read key of `o.k`) -> T: a read of an inline field (analysis/inline_fields.py)
    # whose value is used only as fields (passed to a read-only parameter, or kept in
    # a variable the build keeps as fields): the build reads the parts into locals
    # and makes no object; for the build only
    inline_reads: dict = field(default_factory=dict)
    # the layouts of results by value with a nested object (analysis/nested_results.py):
    # T_ext -> (T, the nested field k, W): T's fields, then W's as `k.f`; the reads of
    # k on such results are in inline_reads (-> W), and the caller variables they
    # feed, kept as W's fields with a presence flag, are these value_vars keys;
    # for the build only
    nested_types: dict = field(default_factory=dict)
    nested_vars: frozenset = frozenset()
    # the layouts of results by value that may be null -> T: T's fields and `?`,
    # whether the object is there (analysis/passing.py, Results); build only
    nullable_types: dict = field(default_factory=dict)
    # (file, line, column, end line, end column) of the declaring identifier of a
    # let, const or parameter whose values are only struct objects of one type, or
    # only arrays ("array" for $T), and maybe undefined, never null -> "(ref $T)",
    # or "(ref null $T)" when it may also be undefined: the build keeps it in a
    # local of that wasm type, cast once where it is written instead of at every
    # use; for the build only
    var_types: dict = field(default_factory=dict)
    # the same identifier locations, of a file's own let and const bindings whose
    # values are only numbers: the build keeps them in f64 globals; for the build only
    number_vars: frozenset = frozenset()
    # the same identifier locations, of a function's `var`s that every read finds
    # assigned (analysis/var_init.py): never read as their hoisted undefined, so the
    # build keeps them the way it keeps a let; for the build only
    set_vars: frozenset = frozenset()
    # the same read locations whose values are arrays (or null or undefined): the
    # build tries the element storage first for `x[i]` and `x.length` there (it
    # tests the value, so this is a hint); for the build only
    array_reads: frozenset = frozenset()
    # ids of the `local` array literal sites whose array the build keeps for
    # the next run of the literal (analysis/reuse.py); for the build only
    reused_arrays: frozenset = frozenset()
    # ids of the `new C(...)` sites whose objects nothing can tell apart: the
    # build makes one on the site's first run and hands it out again after
    # (analysis/shared_objects.py); for the build only
    shared_sites: frozenset = frozenset()
    # the same read locations of `let/const v = x.slice()` calls whose copy the build
    # keeps for the next run, as for reused_arrays (analysis/reuse.py); for the build only
    reused_slices: frozenset = frozenset()
    # the same call keys -> ((file, line, column) of each function literal, sorted)
    # of calls whose every possible callee is one of a few function literals
    # (analysis/call_targets.py): the build calls the matching one directly; build only
    closure_targets: dict = field(default_factory=dict)
    # the same call keys of the `Object.freeze(x)` calls no write can follow
    # (analysis/freeze.py): the build compiles them as `x`; build only
    frozen_calls: frozenset = frozenset()
    # does the program make typed arrays (new Float64Array(...))? The build's inline
    # element stores then test the array's kind (codegen/typed_arrays.wat); for the build only
    typed_arrays: bool = False
    # the same call keys of computed `require`s -> ((specifier, absolute path), ...):
    # every specifier the call can load a file of the program with (analysis/world.py)
    dynamic_requires: dict = field(default_factory=dict)

    def to_json(self) -> dict:
        return {"sites": [s.to_json() for s in self.sites],
                "types": [t.to_json() for t in self.types],
                "diagnostics": [d.to_json() for d in self.diagnostics],
                "files": [{"file": f.path, "sourceType": f.source_type, "lines": f.lines}
                          for f in self.files],
                "functions": [f.to_json() for f in self.functions]}

    def has_errors(self) -> bool:
        return any(d.severity == "error" for d in self.diagnostics)

    def sites_in(self, path: str) -> list[Site]:
        return [s for s in self.sites if s.location.file == path]
