"""Worlds: which files are analysed together, and what was last seen of them.

A world is one closed world, grown (by the analysis) from its roots through
relative imports, like `shapescape check ROOT`. Opening a document that no
world contains yet starts a world rooted at it. When a world's analysis shows
that it reaches the roots of another world, that other world is absorbed: its
files are a part of this one (a closed world from a file reachable from R is
contained in the closed world from R). So opening `b.js` and then `a.js`,
which imports it, leaves one world rooted at `a.js`, and an edit in `b.js`
re-analyses `a.js` too and re-publishes its diagnostics.

Each world keeps two results: `current`, the newest analysis published, and
`good`, the newest one in which every file parsed. While a file has a syntax
error the world is *stale*: the editor is shown the syntax error from
`current` and everything else from `good`, marked stale, never an empty state.

Plain data plus the few rules above; scheduling lives in scheduler.py.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Any, Optional

from analysis.plan import Plan

from .positions import Lines, plan_path


@dataclass
class Result:
    """One analysis of a world: the plan and the texts it was made from."""
    plan: Plan
    texts: dict            # absolute path -> text of each open document given to the analysis
    versions: dict         # absolute path -> document version (open documents)
    generation: int
    encoding: str = "utf-16"
    files: set = field(default_factory=set)     # absolute paths of the closed world's files
    broken: set = field(default_factory=set)    # absolute paths of files that did not parse
    _lines: dict = field(default_factory=dict)

    def __post_init__(self):
        self.files = {plan_path(f.path) for f in self.plan.files}
        self.broken = {plan_path(f.path) for f in self.plan.files if f.source_type == "unparsed"}

    def lines(self, path: str) -> Lines:
        """The lines of a file as this analysis saw it (disk for files not open)."""
        got = self._lines.get(path)
        if got is None:
            text = self.texts.get(path)
            if text is None:
                try:
                    with open(path, encoding="utf-8", errors="replace") as fh:
                        text = fh.read().lstrip("\ufeff")
                except OSError:
                    text = ""
            got = self._lines[path] = Lines(text, self.encoding)
        return got

    def sites_in(self, path: str) -> list:
        return [s for s in self.plan.sites if plan_path(s.location.file) == path]

    def diagnostics_in(self, path: str) -> list:
        return [d for d in self.plan.diagnostics if plan_path(d.location.file) == path]


@dataclass(eq=False)
class World:
    roots: list
    generation: int = 0
    current: Optional[Result] = None
    good: Optional[Result] = None
    published: set = field(default_factory=set)        # paths given diagnostics last time
    build_diagnostics: dict = field(default_factory=dict)   # path -> [analysis.plan.Diagnostic]
    # scheduling state (scheduler.py)
    timer: Any = None
    running: bool = False
    dirty: bool = False

    @property
    def files(self) -> set:
        out = set(self.roots)
        if self.current is not None:
            out |= self.current.files
        return out

    @property
    def stale(self) -> bool:
        """True while the newest analysis has a file that did not parse and an
        older good analysis is what the editor shows."""
        return (self.current is not None and bool(self.current.broken)
                and self.good is not None and self.good is not self.current)

    @property
    def shown(self) -> Optional[Result]:
        """The result hovers, hints and lenses read."""
        return self.good if self.stale else self.current

    def accept(self, result: Result) -> None:
        self.current = result
        if not result.broken:
            self.good = result


class Worlds:
    def __init__(self):
        self.all: list[World] = []

    def containing(self, path: str) -> list[World]:
        return [w for w in self.all if path in w.files]

    def first(self, path: str) -> Optional[World]:
        got = self.containing(path)
        return got[0] if got else None

    def ensure(self, path: str) -> list[World]:
        """The worlds a document belongs to, starting one rooted at it if none."""
        got = self.containing(path)
        if not got:
            w = World(roots=[path])
            self.all.append(w)
            got = [w]
        return got

    def absorb(self, world: World) -> list[World]:
        """Drop the other worlds whose roots this world reaches; return them."""
        files = world.files
        gone = [w for w in self.all if w is not world and all(r in files for r in w.roots)]
        for w in gone:
            self.remove(w)
        return gone

    def remove(self, world: World) -> None:
        if world in self.all:
            self.all.remove(world)
        if world.timer is not None:
            world.timer.cancel()
            world.timer = None

    def alive(self, world: World) -> bool:
        return world in self.all


def is_script(path: str) -> bool:
    return os.path.splitext(path)[1] in (".js", ".mjs", ".cjs")
