"""One long-lived analysis thread with a big stack.

The parser and the analysis recurse over the tree, so they need a thread with
a large stack and a raised recursion limit (analysis.parse.run_deep). run_deep
starts a new such thread for every call; the server analyses on every edit,
so it keeps one thread instead: `DeepWorker` is an executor whose single
thread is created once with the big stack, runs the submitted calls one after
the other, and raises the recursion limit only while a call runs (under the
same lock run_deep takes, so a build's run_deep on another thread waits).
"""
from __future__ import annotations

import queue
import sys
import threading
from concurrent.futures import Executor, Future
from typing import Any, Callable

from analysis.parse import RECURSION_LIMIT, STACK_BYTES, deep_lock


class DeepWorker(Executor):
    def __init__(self, name: str = "shapescape-analysis"):
        self._jobs: queue.SimpleQueue = queue.SimpleQueue()
        self._closed = False
        with deep_lock():
            old = threading.stack_size()
            threading.stack_size(STACK_BYTES)
            try:
                self._thread = threading.Thread(target=self._loop, name=name, daemon=True)
                self._thread.start()
            finally:
                threading.stack_size(old)

    def submit(self, fn: Callable[..., Any], /, *args, **kwargs) -> Future:
        if self._closed:
            raise RuntimeError("the analysis worker is shut down")
        fut: Future = Future()
        self._jobs.put((fut, fn, args, kwargs))
        return fut

    def _loop(self) -> None:
        while True:
            job = self._jobs.get()
            if job is None:
                return
            fut, fn, args, kwargs = job
            if not fut.set_running_or_notify_cancel():
                continue
            try:
                with deep_lock():
                    old = sys.getrecursionlimit()
                    sys.setrecursionlimit(RECURSION_LIMIT)
                    try:
                        result = fn(*args, **kwargs)
                    finally:
                        sys.setrecursionlimit(old)
            except BaseException as exc:
                fut.set_exception(exc)
            else:
                fut.set_result(result)
            del job, fut, fn, args, kwargs   # nothing of a finished call stays alive here

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        if self._closed:
            return
        self._closed = True
        if cancel_futures:
            while True:
                try:
                    job = self._jobs.get_nowait()
                except queue.Empty:
                    break
                if job is not None:
                    job[0].cancel()
        self._jobs.put(None)
        if wait:
            self._thread.join()
