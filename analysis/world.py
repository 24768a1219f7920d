"""The closed world: which files are one program.

It starts from the given paths (files, or folders searched for .js/.mjs/.cjs
outside node_modules) and grows through every relative `require('./x')`,
`import ... from './x'`, `export ... from './x'` and `import('./x')` with a
constant specifier, resolved the way node does for relative paths (exact name,
then .js/.mjs/.cjs, then x/index.js). Non-relative specifiers ('fs', 'lodash')
name code outside the closed world. Each file is read and parsed once;
failures become diagnostics at the file or at the import that named it.
"""
from __future__ import annotations

import json
import os
import time
from typing import Optional

from .constraints import FileUnit
from .parse import ParseError, parse, token_end
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
    def __init__(self, builder, overrides: Optional[dict[str, str]] = None):
        self.builder = builder
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
        unit: Optional[FileUnit] = None
        if isinstance(src, ReadFailure):
            self.diagnostics.append(Diagnostic(Location(display, src.line, src.column, src.line, src.column + 1),
                                               "error", src.code, src.message))
            self.failed.append((display, src.code))
        else:
            parsed = parse(src, self.package_type(os.path.dirname(path)))
            if isinstance(parsed, ParseError):
                end = token_end(src.text, parsed.offset)
                loc = src.location(parsed.offset, end) if parsed.code == "syntax-error" else \
                    Location(display, parsed.line, parsed.column, parsed.line, parsed.column + 1)
                self.diagnostics.append(Diagnostic(loc, "error", parsed.code, parsed.message))
                self.failed.append((display, parsed.code))
                unit = FileUnit(path, display, src, None)
            else:
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
        unit = self.load(path)
        return unit

    def resolve_require(self, builder, spec: str, loc: Location) -> Optional[FileUnit]:
        return self._resolve(builder, spec, loc, "require")

    def resolve_import(self, builder, spec: str, loc: Location) -> Optional[FileUnit]:
        return self._resolve(builder, spec, loc, "import")
