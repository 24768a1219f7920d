"""The fixes behind the latency and memory goals of the language server:
the analysis worker thread (server/worker.py), the notification futures pygls
kept (server/protocol.py), and the parse cache the server's analyses use."""
from __future__ import annotations

import sys
import threading

import pytest
from lsprotocol import types
from pygls.lsp.server import LanguageServer
from pygls.protocol import LanguageServerProtocol

from analysis import incremental
from server import main as server_main
from server.protocol import Protocol
from server.worker import DeepWorker


def _server_after_edits(protocol_cls, edits: int) -> LanguageServer:
    ls = LanguageServer("t", "1", protocol_cls=protocol_cls)
    sent = []

    class Writer:
        def write(self, data):
            sent.append(data)

        def close(self):
            pass

    ls.protocol.set_writer(Writer())

    @ls.feature(types.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls, params):
        pass

    @ls.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls, params):
        pass

    def send(msg):
        ls.protocol.handle_message(ls.protocol.structure_message(msg))

    send({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"capabilities": {}}})
    send({"jsonrpc": "2.0", "method": "initialized", "params": {}})
    uri = "file:///tmp/shapescape-edit.js"
    send({"jsonrpc": "2.0", "method": "textDocument/didOpen",
          "params": {"textDocument": {"uri": uri, "languageId": "javascript", "version": 1, "text": "a"}}})
    for v in range(2, edits + 2):
        send({"jsonrpc": "2.0", "method": "textDocument/didChange",
              "params": {"textDocument": {"uri": uri, "version": v}, "contentChanges": [{"text": f"x = {v};"}]}})
    assert ls.workspace.get_text_document(uri).source == f"x = {edits + 1};"
    return ls


def test_pygls_alone_keeps_a_future_per_notification():
    """The leak this server works around (if pygls fixes it, this test says so)."""
    ls = _server_after_edits(LanguageServerProtocol, 50)
    assert len(ls.protocol._request_futures) >= 50


def test_handled_notifications_leave_no_future_behind():
    ls = _server_after_edits(Protocol, 50)
    assert len(ls.protocol._request_futures) == 0


def test_worker_runs_every_call_on_one_deep_thread():
    w = DeepWorker("test-deep")
    try:
        names = {w.submit(lambda: threading.current_thread().ident).result() for _ in range(5)}
        assert len(names) == 1 and threading.get_ident() not in names

        def deep(n):
            return 0 if n == 0 else 1 + deep(n - 1)
        limit = sys.getrecursionlimit()
        assert w.submit(deep, 50_000).result() == 50_000     # beyond the default stack and limit
        assert sys.getrecursionlimit() == limit               # restored after the call

        def fail():
            raise ValueError("boom")
        with pytest.raises(ValueError, match="boom"):
            w.submit(fail).result()
        assert w.submit(lambda: 7).result() == 7            # still serving after an error
    finally:
        w.shutdown(wait=True)
    with pytest.raises(RuntimeError):
        w.submit(lambda: 1)


def test_server_analyses_parse_through_the_cache(tmp_path):
    """Two analyses of an edited world: the second re-parses only around the edit."""
    path = str(tmp_path / "w.js")
    text = "class P { constructor(x) { this.x = x; } }\nconst a = new P(1);\nconsole.log(a.x);\n"
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(text)
    w = DeepWorker("test-analysis")
    try:
        plan1 = w.submit(server_main.analyse, [path], {path: text}).result()
        edited = text.replace("new P(1)", "new P(2)")
        plan2 = w.submit(server_main.analyse, [path], {path: edited}).result()
    finally:
        w.shutdown(wait=True)
    assert server_main.PARSES.last == "incremental"
    assert [s.representation for s in plan1.sites] == [s.representation for s in plan2.sites]
    assert any(s.representation in ("struct", "scalar") for s in plan2.sites)
    assert isinstance(server_main.PARSES, incremental.ParseCache)


class _Recorder:
    """An executor that records what it is given (and runs it)."""

    def __init__(self):
        self.calls = []

    def submit(self, fn, *args):
        self.calls.append(fn)
        return fn(*args)


def test_collector_keeps_automatic_collection_off_and_collects_when_idle():
    import asyncio
    import gc

    from server.collector import IdleCollector

    async def scenario():
        ex = _Recorder()
        was = gc.isenabled()
        c = IdleCollector(ex, idle_seconds=0.05, budget=10**12, every=10**6)
        try:
            assert not gc.isenabled()
            c.started()
            c.finished()
            c.started()                 # a new analysis before the idle delay: no collection
            await asyncio.sleep(0.1)
            assert ex.calls == []
            c.finished()
            await asyncio.sleep(0.1)    # idle: one collection, on the executor
            assert ex.calls == [gc.collect] and c.pending == 0
        finally:
            c.close()
        assert gc.isenabled() == was

    asyncio.run(scenario())


def test_collector_collects_at_once_when_the_garbage_exceeds_its_budget():
    import asyncio
    import gc

    from server.collector import IdleCollector

    async def scenario():
        ex = _Recorder()
        big = IdleCollector(ex, idle_seconds=60, budget=10**12, every=10**6)
        try:
            big.started()
            big.finished()
            assert ex.calls == []          # under budget: only when idle
        finally:
            big.close()
        small = IdleCollector(ex, idle_seconds=60, budget=1000, every=10**6)
        try:
            small.started()
            junk = []
            for _ in range(5000):         # objects in cycles, left to the collector
                a = []
                a.append(a)
                junk.append(a)
            del junk, a
            small.finished()
            assert ex.calls == [gc.collect] and small.pending == 0
        finally:
            small.close()

    asyncio.run(scenario())


def test_collector_collects_after_every_n_analyses_during_a_burst():
    import asyncio
    import gc

    from server.collector import IdleCollector

    async def scenario():
        ex = _Recorder()
        c = IdleCollector(ex, idle_seconds=60, budget=10**12, every=5)
        try:
            for _ in range(12):
                c.started()
                c.finished()
            assert ex.calls == [gc.collect, gc.collect] and c.pending == 2
        finally:
            c.close()

    asyncio.run(scenario())
