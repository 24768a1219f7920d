"""`shapescape serve`: the language server (pygls 2).

A thin layer: each handler turns a request into a question for the plan of
the document's world (worlds.py, scheduler.py) and the answer into protocol
types (diagnostics.py, hover.py, inlay.py, lens.py, actions.py, build.py).
The protocol is documented in docs/server.md. stdout is the protocol channel:
logging goes to stderr and to the client's log.
"""
from __future__ import annotations

import argparse
import asyncio
import logging
import os
import sys
import uuid
from concurrent.futures import ThreadPoolExecutor
from importlib import metadata
from typing import Any, Optional

from lsprotocol import types
from pygls.lsp.server import LanguageServer

from analysis import incremental
from analysis.pipeline import run_analysis

from . import actions, build, diagnostics, hover, inlay, lens, settings as settings_mod
from .positions import Lines, path_to_uri, uri_to_path
from .protocol import Protocol, report_unreadable
from .scheduler import Scheduler
from .worlds import Result, World, Worlds, is_script

log = logging.getLogger("shapescape.server")

STATUS = "shapescape/status"
LAYOUT = "shapescape/layout"
COMMANDS = ("shapescape.build", "shapescape.run", "shapescape.showWat")


def _version() -> str:
    try:
        return metadata.version("shapescape")
    except metadata.PackageNotFoundError:
        return "0.0.0"


# The last text and tree of every file the analysis thread parsed: an edit
# re-parses only the statements around the change (analysis/incremental.py).
# Only the one analysis thread (scheduler.DeepWorker) uses it, one analysis
# after the other, which is what the cache requires.
PARSES = incremental.ParseCache()


def analyse(roots: list, overrides: dict):
    """One analysis of a world, on the deep-stack worker thread (worker.py).
    `keep` asks the pipeline for the per-read types too (hover on variables
    and property accesses)."""
    with incremental.using(PARSES):
        return run_analysis(roots, overrides, keep={})


class ShapescapeServer(LanguageServer):
    def __init__(self):
        super().__init__("shapescape", _version(), protocol_cls=Protocol)
        self.settings = settings_mod.Settings()
        self.worlds = Worlds()
        self.root: Optional[str] = None
        self.builder = ThreadPoolExecutor(max_workers=1, thread_name_prefix="shapescape-build")
        self.scheduler: Optional[Scheduler] = None

    # ------------------------------------------------------------ plumbing
    def report_server_error(self, error: Exception, source) -> None:
        if report_unreadable(self.protocol, error):
            return
        log.error("%s: %s", type(error).__name__, error)

    def log(self, message: str, kind=types.MessageType.Log) -> None:
        log.info("%s", message)
        try:
            self.window_log_message(types.LogMessageParams(type=kind, message=message))
        except Exception:   # no client attached (yet)
            pass

    def show(self, message: str, kind=types.MessageType.Info) -> None:
        self.window_show_message(types.ShowMessageParams(type=kind, message=message))

    @property
    def encoding(self) -> str:
        enc = self.workspace.position_encoding if self.protocol._workspace is not None else None
        return str(getattr(enc, "value", enc) or "utf-16")

    def sched(self) -> Scheduler:
        if self.scheduler is None:
            self.scheduler = Scheduler(self.worlds, self.open_documents, analyse, self.publish,
                                       lambda: self.settings.debounce_ms, lambda: self.encoding)
        return self.scheduler

    def open_documents(self) -> tuple[dict, dict]:
        texts, versions = {}, {}
        for uri, doc in list(self.workspace.text_documents.items()):
            path = uri_to_path(uri)
            if path is not None:
                texts[path] = doc.source
                versions[path] = doc.version
        return texts, versions

    def apply_settings(self, value: Any) -> None:
        self.settings, warnings = settings_mod.parse(value, self.settings)
        for w in warnings:
            self.log(w, types.MessageType.Warning)

    # ------------------------------------------------------------ publishing
    def publish(self, world: World, result: Result) -> None:
        log.debug("publishing: roots %s, generation %d", world.roots, result.generation)
        world.accept(result)
        gone = self.worlds.absorb(world)
        files = set(world.files)
        if world.stale:
            files |= world.good.files
        before = set(world.published)
        for g in gone:
            before |= g.published
        for path in sorted(files | before):
            if path not in files:
                if not self.worlds.containing(path):
                    self.send_diagnostics(path, [], None)
                continue
            self.publish_file(world, path)
        world.published = files

    def publish_file(self, world: World, path: str) -> None:
        diags = diagnostics.for_file(world, path, self.settings)
        version = world.current.versions.get(path) if world.current is not None else None
        self.send_diagnostics(path, diags, version)
        status = {"uri": path_to_uri(path), "version": version, "stale": world.stale}
        status.update(diagnostics.counts(world, path))
        self.protocol.notify(STATUS, status)

    def send_diagnostics(self, path: str, diags: list, version: Optional[int]) -> None:
        self.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(uri=path_to_uri(path), diagnostics=diags, version=version))

    def republish_all(self) -> None:
        for w in list(self.worlds.all):
            if w.current is not None:
                for path in sorted(w.published):
                    self.publish_file(w, path)

    # ------------------------------------------------------------ questions
    def world_for(self, uri: str) -> tuple[Optional[str], Optional[World], Optional[Result]]:
        path = uri_to_path(uri)
        if path is None:
            return None, None, None
        w = self.worlds.first(path)
        return path, w, (w.shown if w is not None else None)

    def current_text(self, uri: str, path: str) -> Optional[str]:
        doc = self.workspace.text_documents.get(uri)
        if doc is not None:
            return doc.source
        try:
            with open(path, encoding="utf-8") as fh:
                return fh.read()
        except (OSError, UnicodeDecodeError):
            return None


server = ShapescapeServer()


# ---------------------------------------------------------------- lifecycle
@server.feature(types.INITIALIZE)
def initialize(ls: ShapescapeServer, params: types.InitializeParams) -> None:
    root = None
    if params.workspace_folders:
        root = uri_to_path(params.workspace_folders[0].uri)
    elif params.root_uri:
        root = uri_to_path(params.root_uri)
    elif params.root_path:
        root = os.path.abspath(params.root_path)
    if root is not None and os.path.isdir(root):
        ls.root = root
        os.chdir(root)   # file names in messages and in shapescape/layout read as the CLI prints them
    ls.apply_settings(params.initialization_options)


@server.feature(types.WORKSPACE_DID_CHANGE_CONFIGURATION)
def did_change_configuration(ls: ShapescapeServer, params: types.DidChangeConfigurationParams) -> None:
    ls.apply_settings(params.settings)
    ls.republish_all()
    caps = ls.client_capabilities.workspace
    if caps is not None and caps.inlay_hint is not None and caps.inlay_hint.refresh_support:
        ls.workspace_inlay_hint_refresh(None)
    if caps is not None and caps.code_lens is not None and caps.code_lens.refresh_support:
        ls.workspace_code_lens_refresh(None)


@server.feature(types.SHUTDOWN)
def shutdown(ls: ShapescapeServer, *args) -> None:
    if ls.scheduler is not None:
        ls.scheduler.shutdown()
    ls.builder.shutdown(wait=False, cancel_futures=True)


# ---------------------------------------------------------------- documents
def _touch(ls: ShapescapeServer, uri: str) -> None:
    path = uri_to_path(uri)
    log.debug("changed: %s", path)
    if path is None or not is_script(path):
        return
    for w in ls.worlds.ensure(path):
        ls.sched().changed(w)


@server.feature(types.TEXT_DOCUMENT_DID_OPEN)
def did_open(ls: ShapescapeServer, params: types.DidOpenTextDocumentParams) -> None:
    _touch(ls, params.text_document.uri)


@server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
def did_change(ls: ShapescapeServer, params: types.DidChangeTextDocumentParams) -> None:
    _touch(ls, params.text_document.uri)


@server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
def did_close(ls: ShapescapeServer, params: types.DidCloseTextDocumentParams) -> None:
    path = uri_to_path(params.text_document.uri)
    if path is None:
        return
    open_paths = set(ls.open_documents()[0])
    for w in ls.worlds.containing(path):
        if w.files & open_paths:
            ls.sched().changed(w)          # the closed file is read from disk again
        else:
            ls.worlds.remove(w)
            for p in sorted(w.published):
                if not ls.worlds.containing(p):
                    ls.send_diagnostics(p, [], None)


@server.feature(types.TEXT_DOCUMENT_DID_SAVE)
async def did_save(ls: ShapescapeServer, params: types.DidSaveTextDocumentParams) -> None:
    if not ls.settings.build_on_save:
        return
    path = uri_to_path(params.text_document.uri)
    if path is None or not is_script(path):
        return
    w = ls.worlds.first(path)
    entry = w.roots[0] if w is not None else path
    await run_build(ls, entry, w, announce=True)


# ---------------------------------------------------------------- editor features
@server.feature(types.TEXT_DOCUMENT_HOVER)
def on_hover(ls: ShapescapeServer, params: types.HoverParams) -> Optional[types.Hover]:
    path, w, result = ls.world_for(params.text_document.uri)
    if result is None:
        return None
    lines = result.lines(path)
    line, column = lines.from_client(params.position)
    got = hover.hover_markdown(result, path, line, column)
    if got is None:
        return None
    text, (l, c, el, ec) = got
    if w.stale:
        text += "\n\n*stale: from the last version without syntax errors*"
    rng = types.Range(start=lines.to_client(l, c), end=lines.to_client(el, ec))
    return types.Hover(contents=types.MarkupContent(kind=types.MarkupKind.Markdown, value=text), range=rng)


@server.feature(types.TEXT_DOCUMENT_INLAY_HINT)
def on_inlay_hint(ls: ShapescapeServer, params: types.InlayHintParams) -> Optional[list]:
    if not ls.settings.inlay_hints:
        return []
    path, w, result = ls.world_for(params.text_document.uri)
    if result is None:
        return []
    return inlay.hints(result, path, params.range.start.line + 1, params.range.end.line + 1)


@server.feature(types.TEXT_DOCUMENT_CODE_LENS)
def on_code_lens(ls: ShapescapeServer, params: types.CodeLensParams) -> Optional[list]:
    if not ls.settings.code_lens:
        return []
    path, w, result = ls.world_for(params.text_document.uri)
    if result is None:
        return []
    text = ls.current_text(params.text_document.uri, path)
    return lens.lenses(result, text or "", Lines(text or "", ls.encoding))


@server.feature(types.TEXT_DOCUMENT_CODE_ACTION,
                types.CodeActionOptions(code_action_kinds=[types.CodeActionKind.QuickFix,
                                                           types.CodeActionKind.RefactorRewrite]))
def on_code_action(ls: ShapescapeServer, params: types.CodeActionParams) -> Optional[list]:
    uri = params.text_document.uri
    path, w, _ = ls.world_for(uri)
    if path is None:
        return []
    text = ls.current_text(uri, path)
    if text is None:
        return []
    doc = ls.workspace.text_documents.get(uri)
    result = w.current if w is not None and not w.stale else None
    current = result is not None and (doc is None or result.versions.get(path) == doc.version)
    return actions.code_actions(uri, path, text, ls.encoding, result, current, params)


# ---------------------------------------------------------------- layout
@server.feature(LAYOUT)
async def on_layout(ls: ShapescapeServer, params: Any) -> dict:
    uri = params.get("uri") if isinstance(params, dict) else getattr(params, "uri", None)
    if uri is not None:
        path = uri_to_path(uri)
        if path is None:
            raise ValueError(f"shapescape/layout: {uri!r} is not a file URI")
        w = ls.worlds.first(path)
        if w is not None and w.shown is not None:
            doc = dict(w.shown.plan.to_json())
            doc.update(stale=w.stale, uri=uri)
            return doc
        roots = [path]
    else:
        roots = [ls.root] if ls.root else sorted({r for w in ls.worlds.all for r in w.roots})
    texts, _ = ls.open_documents()
    loop = asyncio.get_running_loop()
    plan = await loop.run_in_executor(ls.sched().executor, analyse, roots, texts)
    doc = dict(plan.to_json())
    doc.update(stale=False, uri=uri)
    return doc


# ---------------------------------------------------------------- build, run, wat
def _entry(ls: ShapescapeServer, args: tuple) -> str:
    if not args or not isinstance(args[0], str):
        raise ValueError("the first argument must be the document URI (a string)")
    path = uri_to_path(args[0])
    if path is None:
        raise ValueError(f"{args[0]!r} is not a file URI")
    return path


async def _progress(ls: ShapescapeServer, title: str, message: str) -> Optional[str]:
    window = ls.client_capabilities.window
    if window is None or not window.work_done_progress:
        return None
    token = f"shapescape-{uuid.uuid4()}"
    try:
        await ls.work_done_progress.create_async(token)
    except Exception:
        return None
    ls.work_done_progress.begin(token, types.WorkDoneProgressBegin(title=title, message=message))
    return token


async def run_build(ls: ShapescapeServer, entry: str, world: Optional[World], announce: bool) -> dict:
    out_dir, why = settings_mod.output_folder(ls.settings, ls.root)
    if why and out_dir is not None:
        ls.log(why, types.MessageType.Warning)
    token = await _progress(ls, "shapescape build", os.path.basename(entry))
    loop = asyncio.get_running_loop()
    try:
        built = await loop.run_in_executor(ls.builder, build.build_to, entry, out_dir, ls.root, why)
    finally:
        if token is not None:
            ls.work_done_progress.end(token, types.WorkDoneProgressEnd(message="done"))
    return finish_build(ls, built, entry, world)


def finish_build(ls: ShapescapeServer, built: build.Built, entry: str, world: Optional[World]) -> dict:
    if world is None:
        world = ls.worlds.first(entry)
    unsupported = [d for d in built.diagnostics if d.code == "build-unsupported"]
    if world is not None:
        old = set(world.build_diagnostics)
        world.build_diagnostics = {}
        for d in unsupported:
            world.build_diagnostics.setdefault(os.path.abspath(d.location.file), []).append(d)
        if world.current is not None:
            for p in sorted(old | set(world.build_diagnostics)):
                ls.publish_file(world, p)
    if not built.ok:
        ls.show(f"shapescape: {built.error}", types.MessageType.Error)
        ls.log(f"shapescape build {entry}: {built.error}", types.MessageType.Error)
        result = world.current if world is not None and world.current is not None else None
        return {"error": built.error,
                "diagnostics": [_diag_json(d, result) for d in built.diagnostics]}
    if built.output is not None:
        ls.show(f"shapescape: built {built.output} ({built.size:,} bytes)")
        return {"output": built.output, "size": built.size}
    return {}


def _diag_json(d, result: Optional[Result]) -> dict:
    path = os.path.abspath(d.location.file)
    lines = result.lines(path) if result is not None else Lines("")
    rng = lines.range(d.location)
    return {"uri": path_to_uri(path), "range": {"start": {"line": rng.start.line, "character": rng.start.character},
                                                 "end": {"line": rng.end.line, "character": rng.end.character}},
            "severity": d.severity, "code": d.code, "message": d.message}


@server.command("shapescape.build")
async def cmd_build(ls: ShapescapeServer, *args) -> dict:
    entry = _entry(ls, args)
    return await run_build(ls, entry, ls.worlds.first(entry), announce=True)


@server.command("shapescape.showWat")
async def cmd_show_wat(ls: ShapescapeServer, *args) -> dict:
    entry = _entry(ls, args)
    loop = asyncio.get_running_loop()
    built = await loop.run_in_executor(ls.builder, build.show_wat, entry)
    if not built.ok:
        return finish_build(ls, built, entry, ls.worlds.first(entry))
    return {"wat": built.wat}


@server.command("shapescape.run")
async def cmd_run(ls: ShapescapeServer, *args) -> dict:
    entry = _entry(ls, args)
    if not os.path.isfile(entry):
        raise ValueError(f"{entry}: no such file (save it first: `run` reads files from disk)")
    token = await _progress(ls, "shapescape run", os.path.basename(entry))
    loop = asyncio.get_running_loop()
    try:
        ran = await loop.run_in_executor(ls.builder, build.run_program, entry, ls.settings.run_timeout, ls.root)
    finally:
        if token is not None:
            ls.work_done_progress.end(token, types.WorkDoneProgressEnd(message="done"))
    name = os.path.basename(entry)
    ls.log(f"shapescape run {name} (exit {ran.exit_code}):\n{ran.stdout}{ran.stderr}")
    if ran.timed_out:
        ls.show(f"shapescape: {name} was stopped after {ls.settings.run_timeout:g} s (runTimeout)",
                types.MessageType.Warning)
    else:
        first = (ran.stdout.strip().splitlines() or [""])[-1][:200]
        ls.show(f"shapescape: {name} exited with {ran.exit_code}" + (f": {first}" if first else ""),
                types.MessageType.Info if ran.exit_code == 0 else types.MessageType.Warning)
    return {"exitCode": ran.exit_code, "stdout": ran.stdout, "stderr": ran.stderr, "timedOut": ran.timed_out}


# ---------------------------------------------------------------- entry point
def serve(argv: Optional[list] = None) -> int:
    p = argparse.ArgumentParser(prog="shapescape serve",
                                description="The shapescape language server: LSP over stdio (default) or TCP.")
    p.add_argument("--stdio", action="store_true", help="speak LSP over stdin/stdout (the default)")
    p.add_argument("--tcp", metavar="HOST:PORT",
                   help="listen on TCP instead; HOST defaults to 127.0.0.1 (`--tcp :2087` or `--tcp 2087`)")
    p.add_argument("--log-level", default="WARNING", choices=("DEBUG", "INFO", "WARNING", "ERROR"),
                   help="logging on stderr (default WARNING)")
    args = p.parse_args(argv)
    logging.basicConfig(stream=sys.stderr, level=getattr(logging, args.log_level),
                        format="shapescape serve: %(levelname)s: %(message)s")
    # pygls logs a traceback for every message it cannot handle; each one is answered
    # with a JSON-RPC error (protocol.py) and logged in one line below, so keep its own
    # log for --log-level DEBUG
    logging.getLogger("pygls").setLevel(logging.DEBUG if args.log_level == "DEBUG" else logging.CRITICAL)
    if args.tcp:
        host, _, port = args.tcp.rpartition(":")
        try:
            port_n = int(port)
        except ValueError:
            print(f"shapescape serve: --tcp {args.tcp}: the port must be a number", file=sys.stderr)
            return 2
        server.start_tcp(host or "127.0.0.1", port_n)
    else:
        server.start_io()
    return 0
