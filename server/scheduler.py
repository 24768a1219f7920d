"""Debounced analysis off the protocol loop.

Model: every change to a document bumps the `generation` of each world that
contains it and (re)starts that world's debounce timer. When the timer fires,
the world's analysis runs on the one worker thread, created once with a big
stack (worker.py; the protocol loop keeps
answering hovers and other requests meanwhile; it only awaits a future). The
analysis sees a snapshot of the open documents taken when it starts, tagged
with the world's generation. When it finishes, the result is published only
if the world's generation is still the same; otherwise a newer edit arrived
meanwhile, the result is dropped (a stale version is never published) and
the newer edit's analysis runs next. At most one analysis per world runs at a
time; edits arriving during it are coalesced into one more run, so a burst of
edits costs at most one analysis more than the last edit needs.
"""
from __future__ import annotations

import asyncio
import logging
from typing import Callable

from .collector import IdleCollector
from .worker import DeepWorker
from .worlds import Result, World, Worlds

log = logging.getLogger("shapescape.server")


class Scheduler:
    def __init__(self, worlds: Worlds, snapshot: Callable[[], tuple[dict, dict]],
                 analyse: Callable[[list, dict], object], publish: Callable[[World, Result], None],
                 debounce_ms: Callable[[], int], encoding: Callable[[], str]):
        self.worlds = worlds
        self.snapshot = snapshot          # () -> ({path: text}, {path: version}) of open documents
        self.analyse = analyse            # (roots, overrides) -> Plan, on the worker thread
        self.publish = publish            # (world, result), on the loop
        self.debounce_ms = debounce_ms
        self.encoding = encoding
        self.executor = DeepWorker("shapescape-analysis")   # one deep-stack thread for every analysis
        self.collector = IdleCollector(self.executor)      # cyclic garbage collected between edits
        self.analyses = 0                 # runs started (for tests and benchmarks)
        self.dropped = 0                  # runs whose result a newer edit superseded

    def changed(self, world: World) -> None:
        """A document of `world` changed: analyse it after the debounce delay."""
        world.generation += 1
        self.schedule(world)

    def schedule(self, world: World) -> None:
        loop = asyncio.get_running_loop()
        if world.timer is not None:
            world.timer.cancel()
        delay = max(self.debounce_ms(), 0) / 1000.0
        world.timer = loop.call_later(delay, self._fire, world)

    def _fire(self, world: World) -> None:
        world.timer = None
        if not self.worlds.alive(world):
            return
        if world.running:
            world.dirty = True
            return
        asyncio.ensure_future(self._run(world))

    async def _run(self, world: World) -> None:
        loop = asyncio.get_running_loop()
        world.running = True
        try:
            while self.worlds.alive(world):
                world.dirty = False
                generation = world.generation
                texts, versions = self.snapshot()
                roots = list(world.roots)
                self.analyses += 1
                self.collector.started()
                try:
                    try:
                        plan = await loop.run_in_executor(self.executor, self.analyse, roots, texts)
                    except Exception:   # analysis.run_analysis turns its own failures into diagnostics
                        log.exception("analysis failed")
                        return
                    if not self.worlds.alive(world):
                        return
                    if world.generation == generation:
                        self.publish(world, Result(plan, texts, versions, generation, self.encoding()))
                        return
                    self.dropped += 1
                    if not world.dirty:
                        return   # the newer edit's timer has not fired yet: it will start the next run
                finally:
                    self.collector.finished()   # after the publish: a collection never delays it
        finally:
            world.running = False

    def shutdown(self) -> None:
        self.collector.close()
        self.executor.shutdown(wait=False, cancel_futures=True)
