"""Save-triggered build and the build/run/showWat commands over stdio."""
from __future__ import annotations

import asyncio
import os
import time

from lsprotocol import types

from lsp_session import Session

PROGRAM = "class P { constructor(x) { this.x = x; } }\nconst p = new P(41);\nconsole.log(p.x + 1);\n"


async def test_save_builds_into_the_output_folder_with_progress_and_a_message(tmp_path):
    async with Session(tmp_path) as s:
        await s.open("src/main.js", PROGRAM)
        await s.diagnostics("src/main.js", version=1)
        s.save("src/main.js", PROGRAM)
        out = tmp_path / "build" / "src" / "main.wasm"
        msg = await s.until(lambda: next((m for m in s.client.messages if "built" in m.message), None),
                            "the build message", timeout=60)
        assert out.read_bytes()[:4] == b"\0asm"
        assert str(out) in msg.message and f"{out.stat().st_size:,} bytes" in msg.message
        kinds = [[v.kind for v in reports] for reports in s.client.progress_reports.values()]
        assert ["begin", "end"] in kinds


async def test_build_run_and_show_wat_commands(tmp_path):
    async with Session(tmp_path, {"debounceMs": 0, "buildOnSave": False, "outputDir": "out/wasm"}) as s:
        await s.open("main.js", PROGRAM)
        got = await s.command("shapescape.build", s.uri("main.js"))
        assert got["output"] == str(tmp_path / "out" / "wasm" / "main.wasm")
        assert got["size"] == os.path.getsize(got["output"])
        ran = await s.command("shapescape.run", s.uri("main.js"))
        assert ran == {"exitCode": 0, "stdout": "42\n", "stderr": "", "timedOut": False}
        assert any("exited with 0" in m.message for m in s.client.messages)
        assert any("42" in m.message for m in s.client.log_messages)
        wat = await s.command("shapescape.showWat", s.uri("main.js"))
        assert wat["wat"].lstrip().startswith("(module") and "$js.P" in wat["wat"]


async def test_a_runaway_program_is_stopped_and_the_server_keeps_answering(tmp_path):
    async with Session(tmp_path, {"debounceMs": 0, "runTimeout": 1}) as s:
        await s.open("loop.js", "const o = { n: 0 };\nwhile (true) { o.n++; }\n")
        await s.diagnostics("loop.js", version=1)
        t0 = time.monotonic()
        run = asyncio.ensure_future(s.command("shapescape.run", s.uri("loop.js")))
        await asyncio.sleep(0.3)
        hover = await s.hover("loop.js", s.pos("loop.js", "{ n"))    # answered while the program runs
        assert "struct" in hover or "scalar" in hover
        assert not run.done()
        ran = await run
        assert ran["timedOut"] is True and ran["exitCode"] == 124
        assert time.monotonic() - t0 < 15
        assert any("stopped after 1 s" in m.message for m in s.client.messages)


async def test_a_refused_build_reports_the_construct_and_writes_nothing(tmp_path):
    src = "function* ids() { yield 1; }\nconsole.log([...ids()]);\n"
    async with Session(tmp_path, {"debounceMs": 0, "buildOnSave": False}) as s:
        await s.open("gen.js", src)
        await s.diagnostics("gen.js", version=1)
        n = len(s.published)
        got = await s.command("shapescape.build", s.uri("gen.js"))
        assert got["error"].startswith("build refused") and "generators" in got["error"]
        [d] = got["diagnostics"]
        assert d["code"] == "build-unsupported" and d["uri"] == s.uri("gen.js") and d["range"]["start"]["line"] == 0
        shown = await s.until(lambda: next((p for p in s.published[n:] if any(x.code == "build-unsupported"
                                                                               for x in p.diagnostics)), None),
                              "build-unsupported published")
        assert shown.uri == s.uri("gen.js")
        assert any(m.type == types.MessageType.Error and "refused" in m.message for m in s.client.messages)
        assert not (tmp_path / "build").exists()


async def test_an_output_folder_outside_the_workspace_is_refused(tmp_path):
    ws = tmp_path / "ws"
    ws.mkdir()
    async with Session(ws, {"debounceMs": 0, "outputDir": "../escape"}) as s:
        await s.open("main.js", PROGRAM)
        got = await s.command("shapescape.build", s.uri("main.js"))
        assert got["output"] == str(ws / "build" / "main.wasm")
        assert not (tmp_path / "escape").exists()
        assert any("outputDir" in m.message for m in s.client.log_messages)
