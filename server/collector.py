"""Garbage collection between edits instead of inside them.

Every analysis leaves tens of thousands of objects in reference cycles (the
value-flow graph, closures, scopes: about 90,000 on a 2,000-line file).
`analysis.run_analysis` keeps the cyclic collector off while it runs and
turns it back on at the end, so the collection of that garbage (about 20 ms
on 2,000 lines) ran before every publish. The server instead keeps automatic
collection off (run_analysis then leaves it off) and collects on the analysis
thread when nothing is being analysed:

- `idle_seconds` after the last analysis finished, unless another started;
- at the latest after `every` analyses, even while edits keep coming, so the
  garbage kept at any time is bounded (the cost then lands on that edit).
"""
from __future__ import annotations

import asyncio
import gc
from concurrent.futures import Executor
from typing import Optional


class IdleCollector:
    def __init__(self, executor: Executor, idle_seconds: float = 0.3, every: int = 20):
        self.executor = executor
        self.idle_seconds = idle_seconds
        self.every = every
        self.pending = 0                    # analyses since the last collection
        self.collections = 0
        self.running = 0                    # analyses in progress
        self._timer: Optional[asyncio.TimerHandle] = None
        self.was_enabled = gc.isenabled()
        gc.disable()

    def started(self) -> None:
        """An analysis starts (on the loop, before it is submitted)."""
        self.running += 1
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None

    def finished(self) -> None:
        """An analysis ended (published, dropped or failed)."""
        self.running -= 1
        self.pending += 1
        if self.running:
            return
        if self.pending >= self.every:
            self._collect()
        else:
            self._timer = asyncio.get_running_loop().call_later(self.idle_seconds, self._collect)

    def _collect(self) -> None:
        self._timer = None
        if self.running or not self.pending:
            return
        self.pending = 0
        self.collections += 1
        try:
            self.executor.submit(gc.collect)   # on the analysis thread: the loop keeps answering
        except RuntimeError:                   # shut down
            pass

    def close(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        if self.was_enabled:
            gc.enable()
