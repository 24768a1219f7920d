"""The closed world: which files are one program.

It starts from the given paths (files, or folders searched for .js/.mjs/.cjs
outside node_modules) and grows through every relative `require('./x')`,
`import ... from './x'`, `export ... from './x'` and `import('./x')` with a
constant specifier, resolved the way node does for relative paths (exact name,
then .js/.mjs/.cjs, then x/index.js). Non-relative specifiers ('fs', 'lodash')
name code outside the closed world. Each file is read and parsed once;
failures become diagnostics at the file or at the import that named it.

A computed `require` (`require('./' + name)`, `` require(`./${name}`) ``) with a
constant relative prefix grows the world by every script in that folder whose
name fits the prefix and suffix (`dynamic_candidates`): the closed world is then
every module the call can load. A candidate that cannot be read or parsed is
left out with a warning (node would only fail if it were loaded), and so is one
the caller excludes (a build leaves out candidates it cannot compile).
"""
from __future__ import annotations

import json
import os
import time
from typing import Optional

from .constraints import FileUnit
from .constructor_functions import classes_for_constructor_functions
from .parse import ParseError, Parsed, parse, token_end
from .plan import Diagnostic, Location
from .source import ReadFailure, SourceText, read_source

EXTENSIONS = (".js", ".mjs", ".cjs")
SKIP_DIRS = {"node_modules", ".git", "__pycache__", ".venv", "venv"}


def display_path(path: str) -> str:
    rel = os.path.relpath(path)
    return path if rel.startswith("..") else rel


def expand_roots(paths: list[str]) -> tuple[list[str], list[Diagnostic]]:
    files: list[str] = []
    diags: list[Diagnostic] = []
    for p in paths:
        ap = os.path.abspath(p)
        if os.path.isdir(ap):
            found = []
            for dirpath, dirnames, filenames in os.walk(ap):
                dirnames[:] = sorted(d for d in dirnames if d not in SKIP_DIRS and not d.startswith("."))
                for f in sorted(filenames):
                    if f.endswith(EXTENSIONS):
                        found.append(os.path.join(dirpath, f))
            files.extend(found)
        elif os.path.exists(ap):
            files.append(ap)
        else:
            diags.append(Diagnostic(Location(p, 1, 1, 1, 1), "error", "unreadable-file",
                                    "no such file or directory"))
    seen = set()
    unique = [f for f in files if not (f in seen or seen.add(f))]
    return unique, diags


class World:
    def __init__(self, builder, overrides: Optional[dict[str, str]] = None, exclude: frozenset = frozenset()):
        self.builder = builder
        self.exclude = exclude   # absolute paths never taken as candidates of a computed require
        self.roots: list[str] = []                   # absolute paths the world started from
        self.static_edges: dict[str, set[str]] = {}  # file -> files it names by a constant require/import
        self.candidates: set[str] = set()            # files loaded as candidates of a computed require
        self.overrides = {os.path.abspath(k): v for k, v in (overrides or {}).items()}
        self.units: dict[str, Optional[FileUnit]] = {}
        self.order: list[FileUnit] = []
        self.pending: list[FileUnit] = []
        self.diagnostics: list[Diagnostic] = []
        self.failed: list[tuple[str, str]] = []   # (display path, code) of files not analysed
        self.parse_seconds = 0.0
        self.lines = 0          # lines of every file read so far (the work budget scales with it)
        self._package_types: dict[str, Optional[str]] = {}

    # ------------------------------------------------------------- loading
    def load(self, path: str) -> Optional[FileUnit]:
        path = os.path.abspath(path)
        if path in self.units:
            return self.units[path]
        t0 = time.perf_counter()
        display = display_path(path)
        src = read_source(path, display, self.overrides.get(path))
        return self._admit(path, display, src, t0)

    def load_candidate(self, path: str, loc: Location) -> Optional[FileUnit]:
        """A file a computed require may load: loaded like any other if it reads
        and parses as a script, else left out with a warning at the require."""
        path = os.path.abspath(path)
        self.candidates.add(path)
        if path in self.units:
            unit = self.units[path]
            return unit if unit is not None and not unit.is_module else None
        t0 = time.perf_counter()
        display = display_path(path)
        src = read_source(path, display, self.overrides.get(path))
        why = None
        if isinstance(src, ReadFailure):
            why = src.message
        else:
            parsed = parse(src, self.package_type(os.path.dirname(path)))
            if isinstance(parsed, ParseError):
                why = f"{parsed.message} (line {parsed.line})"
            elif parsed.source_type == "module":
                why = "it is an ES module, which `require` cannot load"
        if why is not None:
            self.parse_seconds += time.perf_counter() - t0
            self.units[path] = None   # said once, however many specifiers name it
            self.diagnostics.append(Diagnostic(
                loc, "warning", "dynamic-require-skipped",
                f"the computed `require` could name {display}, which is left out of the program: {why}; "
                "requiring it at run time stops the program"))
            return None
        return self._admit(path, display, src, t0, parsed)

    def dynamic_candidates(self, base_file: str, prefix: str, suffix: str) -> Optional[list[tuple[str, str]]]:
        """(specifier, absolute path) for each script a `require(prefix + x + suffix)`
        written in `base_file` can load, for a name x without a slash: the folder of
        the prefix, every .js or .cjs file whose name (with or without .js) starts
        with the prefix's last part and ends with the suffix, as node would resolve
        that specifier. None when the prefix is not a relative folder path."""
        if not prefix.startswith(("./", "../")):
            return None
        cut = prefix.rfind("/") + 1
        folder = os.path.normpath(os.path.join(os.path.dirname(base_file), prefix[:cut]))
        head = prefix[cut:]
        try:
            names = sorted(os.listdir(folder))
        except OSError:
            return []
        out = []
        for name in names:
            if not name.endswith((".js", ".cjs")):
                continue
            for spelling in (name, name[:-3]) if name.endswith(".js") else (name,):
                if len(spelling) <= len(head) + len(suffix) or not spelling.startswith(head) \
                        or not spelling.endswith(suffix):
                    continue
                spec = prefix[:cut] + spelling
                path = self._resolve_path(base_file, spec)
                if path is not None and path.endswith((".js", ".cjs")) and path not in self.exclude:
                    out.append((spec, path))
        return out

    def _admit(self, path: str, display: str, src, t0: float, parsed=None) -> Optional[FileUnit]:
        unit: Optional[FileUnit] = None
        if isinstance(src, ReadFailure):
            self.diagnostics.append(Diagnostic(Location(display, src.line, src.column, src.line, src.column + 1),
                                               "error", src.code, src.message))
            self.failed.append((display, src.code))
        else:
            if parsed is None:
                parsed = parse(src, self.package_type(os.path.dirname(path)))
            if isinstance(parsed, ParseError):
                end = token_end(src.text, parsed.offset)
                loc = src.location(parsed.offset, end) if parsed.code == "syntax-error" else \
                    Location(display, parsed.line, parsed.column, parsed.line, parsed.column + 1)
                self.diagnostics.append(Diagnostic(loc, "error", parsed.code, parsed.message))
                self.failed.append((display, parsed.code))
                unit = FileUnit(path, display, src, None)
            else:
                tree = classes_for_constructor_functions(parsed.tree, parsed.source_type == "module")
                if tree is not parsed.tree:
                    parsed = Parsed(tree, parsed.source_type, parsed.comments)
                unit = FileUnit(path, display, src, parsed)
        self.parse_seconds += time.perf_counter() - t0
        self.units[path] = unit if unit is not None and unit.parsed is not None else None
        if unit is not None:
            self.order.append(unit)
            self.lines += unit.source.line_count
        if unit is not None and unit.parsed is not None:
            b = self.builder
            unit.module_obj = b.g.obj("module", display)
            unit.exports_obj = b.g.obj("exports", display)
            unit.exports_obj.protos.append(b.builtins.object_proto)
            # they live as long as the program, like the file's top-level variables
            unit.module_obj.owner = unit.exports_obj.owner = unit
            b.g.add1(b.g.field(unit.module_obj, "exports"), unit.exports_obj)
            self.pending.append(unit)
            return unit
        return None

    def package_type(self, directory: str) -> Optional[str]:
        """The "type" of the nearest package.json above a directory (node's rule for .js)."""
        if directory in self._package_types:
            return self._package_types[directory]
        result = None
        manifest = os.path.join(directory, "package.json")
        if os.path.isfile(manifest):
            try:
                with open(manifest, encoding="utf-8") as fh:
                    data = json.load(fh)
                result = data.get("type") if isinstance(data, dict) and isinstance(data.get("type"), str) else "commonjs"
            except (OSError, ValueError):
                result = "commonjs"
        else:
            parent = os.path.dirname(directory)
            if parent != directory:
                result = self.package_type(parent)
        self._package_types[directory] = result
        return result

    def next_pending(self) -> Optional[FileUnit]:
        return self.pending.pop(0) if self.pending else None

    # ------------------------------------------------------------- resolution
    def _resolve_path(self, base_file: str, spec: str) -> Optional[str]:
        base = os.path.join(os.path.dirname(base_file), spec)
        # node's order for require: the name, then .js and .json, then an index file
        # (.mjs and .cjs are tried too: they are modules of the program)
        candidates = [base] + [base + ext for ext in EXTENSIONS[:1] + (".json",) + EXTENSIONS[1:]] + \
            [os.path.join(base, "index" + ext) for ext in EXTENSIONS]
        for c in candidates:
            c = os.path.abspath(c)
            if c in self.overrides or os.path.isfile(c):
                return c
        return None

    def _resolve(self, builder, spec: str, loc: Location, how: str) -> Optional[FileUnit]:
        if not (spec.startswith("./") or spec.startswith("../") or spec.startswith("/") or spec in (".", "..")):
            self.diagnostics.append(Diagnostic(
                loc, "information", "outside-module",
                f"`{spec}` is not a relative path: it is outside the closed world, and whatever "
                "this file passes to it loses its shape guarantee"))
            return None
        path = self._resolve_path(builder.file.path, spec)
        if path is None:
            self.diagnostics.append(Diagnostic(
                loc, "warning", "module-not-found",
                f"{how} `{spec}` names no file (tried {spec}, {spec}.js, {spec}.mjs, {spec}.cjs, "
                f"{spec}/index.js); its value is treated as outside the closed world"))
            return None
        if path.endswith(".json"):
            self.diagnostics.append(Diagnostic(
                loc, "information", "outside-module",
                f"`{spec}` is JSON data: its objects get no proven shape"))
            return None
        self.static_edges.setdefault(os.path.abspath(builder.file.path), set()).add(path)
        unit = self.load(path)
        return unit

    def reach(self, starts) -> set:
        """The files `starts` are and load through constant requires, transitively."""
        seen, todo = set(starts), list(starts)
        while todo:
            for nxt in self.static_edges.get(todo.pop(), ()):
                if nxt not in seen:
                    seen.add(nxt)
                    todo.append(nxt)
        return seen

    def leave_out(self, path: str) -> frozenset:
        """The candidates of computed requires to leave out so that `path` is not
        in the program: those that reach it through constant requires. Empty when
        a root reaches it so (then it cannot be left out)."""
        if path in self.reach(self.roots):
            return frozenset()
        return frozenset(c for c in self.candidates if path in self.reach([c]))

    def resolve_require(self, builder, spec: str, loc: Location) -> Optional[FileUnit]:
        return self._resolve(builder, spec, loc, "require")

    def resolve_import(self, builder, spec: str, loc: Location) -> Optional[FileUnit]:
        return self._resolve(builder, spec, loc, "import")
