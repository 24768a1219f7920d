"""The server under stress: a burst of edits, requests during an analysis,
and messages that are not valid JSON-RPC."""
from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import time

from lsprotocol import types

from analysis import analyze
from lsp_session import ROOT, Session, codes

sys.path.insert(0, str(ROOT / "benchmarks"))
from gen_program import generate  # noqa: E402


def text_for(k: int) -> str:
    """Version k: a `delete` exactly when k is a multiple of 3, and k fields."""
    fields = ", ".join(f"f{i}: {i}" for i in range(k % 7 + 1))
    lines = [f"const o = {{ {fields} }};"]
    if k % 3 == 0:
        lines.append("delete o.f0;")
    lines.append(f"console.log(o, {k});")
    return "\n".join(lines) + "\n"


async def test_a_burst_of_500_edits_publishes_only_what_each_version_says(tmp_path):
    async with Session(tmp_path) as s:
        await s.open("a.js", text_for(1))
        await s.diagnostics("a.js", version=1)
        for k in range(2, 502):
            s.change("a.js", text_for(k))
            if k % 50 == 0:
                await asyncio.sleep(0)      # let the client's writer drain now and then
        final = s.versions["a.js"]
        diags = await s.diagnostics("a.js", version=final)
        # the final diagnostics are those of the final text
        (tmp_path / "final.js").write_text(text_for(final), encoding="utf-8")
        want = analyze([str(tmp_path / "final.js")])
        assert codes(diags) == sorted(d.code for d in want.diagnostics if d.severity != "hint")
        # every publish says what its own version's text gives: none is stale
        uri = s.uri("a.js")
        mine = [p for p in s.published if p.uri == uri]
        versions = [p.version for p in mine]
        assert versions == sorted(versions) and versions[-1] == final
        for p in mine:
            assert ("delete-property" in codes(p.diagnostics)) == (p.version % 3 == 0), p.version
        assert len(mine) < 500        # superseded analyses were dropped, not published
        # and the server still answers
        assert "struct" in (await s.hover("a.js", s.pos("a.js", "{ f0", text=text_for(final))) or "") or \
            "map" in (await s.hover("a.js", s.pos("a.js", "{ f0", text=text_for(final))) or "")


async def test_requests_are_answered_while_an_analysis_runs(tmp_path):
    big = generate(6000, 3)
    async with Session(tmp_path) as s:
        await s.open("big.js", big)
        await s.diagnostics("big.js", version=1, timeout=120)
        n = len(s.published)
        v = s.change("big.js", big + "\nconst late = { z: 1 };\n")
        t0 = time.monotonic()
        answered = await s.hover("big.js", types.Position(line=0, character=0))
        hover_at = time.monotonic() - t0
        assert not [p for p in s.published[n:] if p.version == v], "the analysis finished before the hover"
        await s.diagnostics("big.js", version=v, since=n, timeout=120)
        publish_at = time.monotonic() - t0
        assert hover_at < publish_at
        assert answered is None or isinstance(answered, str)


def _frame(body: bytes) -> bytes:
    return b"Content-Length: %d\r\n\r\n" % len(body) + body


def _read_all(data: bytes) -> list[dict]:
    out = []
    while data:
        head, _, rest = data.partition(b"\r\n\r\n")
        length = int([h for h in head.split(b"\r\n") if h.lower().startswith(b"content-length")][0].split(b":")[1])
        out.append(json.loads(rest[:length]))
        data = rest[length:]
    return out


def test_malformed_messages_and_unknown_methods_get_json_rpc_errors(tmp_path):
    msgs = [
        {"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"capabilities": {}}},
        {"jsonrpc": "2.0", "method": "initialized", "params": {}},
        b"{this is not json",
        {"id": 2, "method": "textDocument/hover"},                                       # no jsonrpc member
        [1, 2, 3],                                                                       # not an object
        {"jsonrpc": "2.0", "id": 3, "method": "no/such/method", "params": {}},
        {"jsonrpc": "2.0", "id": 4, "method": "textDocument/hover", "params": {"textDocument": 7}},
        {"jsonrpc": "2.0", "method": "no/such/notification", "params": {}},
        {"jsonrpc": "2.0", "id": 5, "method": "workspace/executeCommand",
         "params": {"command": "shapescape.build", "arguments": [42]}},
        {"jsonrpc": "2.0", "id": 6, "method": "shutdown"},
        {"jsonrpc": "2.0", "method": "exit"},
    ]
    stdin = b"".join(_frame(m if isinstance(m, bytes) else json.dumps(m).encode()) for m in msgs)
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    r = subprocess.run([sys.executable, "-m", "shapescape", "serve"], input=stdin, capture_output=True,
                       cwd=tmp_path, env=env, timeout=60)
    replies = _read_all(r.stdout)
    by_id = {}
    nulls = []
    for m in replies:
        if "id" in m and m.get("id") is None:
            nulls.append(m)
        elif "id" in m:
            by_id[m["id"]] = m
    assert "result" in by_id[1]
    assert [m["error"]["code"] for m in nulls] == [-32700, -32600]      # not JSON; not a JSON-RPC object (array)
    assert by_id[2]["error"]["code"] == -32600                          # no "jsonrpc"
    assert by_id[3]["error"]["code"] == -32601                          # unknown method
    assert by_id[4]["error"]["code"] == -32602                          # params of the wrong shape
    assert "error" in by_id[5] and "URI" in by_id[5]["error"]["message"]
    assert by_id[6] == {"jsonrpc": "2.0", "id": 6, "result": None}      # still serving after all that
    assert r.returncode == 0, r.stderr
    assert b"Traceback" not in r.stderr


def test_tcp_listens_on_loopback_by_default(tmp_path):
    import socket
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.Popen([sys.executable, "-m", "shapescape", "serve", "--tcp", str(port)], cwd=tmp_path,
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                conn = socket.create_connection(("127.0.0.1", port), timeout=5)
                break
            except OSError:
                assert time.monotonic() < deadline, "the server did not listen"
                time.sleep(0.1)
        with conn:
            body = json.dumps({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"capabilities": {}}})
            conn.sendall(_frame(body.encode()))
            data = b""
            while b"serverInfo" not in data:
                chunk = conn.recv(65536)
                assert chunk, "connection closed before the answer"
                data += chunk
            [reply] = _read_all(data)
            assert reply["id"] == 1 and reply["result"]["serverInfo"]["name"] == "shapescape"
    finally:
        proc.kill()
        proc.wait()
