"""A pytest-lsp client session with the server over stdio, for the
test_server_*.py suites: files written to a temporary workspace, documents
opened and edited by whole-text changes, and waits on what the server sends
(diagnostics with their versions, `shapescape/status`, messages).

    async with Session(tmp_path, {"debounceMs": 0}) as s:
        await s.open("a.js", "const o = {x: 1};\\n")
        diags = await s.diagnostics("a.js", version=1)
"""
from __future__ import annotations

import asyncio
import os
import sys
import time
from pathlib import Path
from typing import Any, Callable, Optional

import attrs
import pytest_lsp
from lsprotocol import types
from pygls.uris import from_fs_path
from pytest_lsp import LanguageClient
from pytest_lsp.client import DEFAULT_CLIENT_FEATURES, register_lsp_features
from pygls.protocol import default_converter

ROOT = Path(__file__).resolve().parent.parent
WAIT = 30.0


@attrs.define
class RawResponse:
    """A response whose result stays plain JSON (pygls makes unknown results
    named tuples, which rename keys such as `class`)."""
    id: Any
    jsonrpc: str
    result: Any = None


class Session:
    def __init__(self, root: Path, options: Optional[dict] = None, client: str = "visual-studio-code",
                 workspace: bool = True):
        self.root = Path(root)
        self.options = {"debounceMs": 0} if options is None else options
        self.client_name = client
        self.workspace = workspace
        self.client = LanguageClient(converter_factory=default_converter)
        register_lsp_features(self.client, {m: f for m, f in DEFAULT_CLIENT_FEATURES.items()
                                            if m != types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS})
        self.published: list[types.PublishDiagnosticsParams] = []
        self.statuses: list[dict] = []
        self.versions: dict[str, int] = {}

        @self.client.feature(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
        def _published(params: types.PublishDiagnosticsParams):
            self.client.diagnostics[params.uri] = params.diagnostics
            self.published.append(params)

        result_type = self.client.protocol.get_result_type
        self.client.protocol.get_result_type = \
            lambda method: RawResponse if method.startswith("shapescape/") else result_type(method)

        @self.client.feature("shapescape/status")
        def _status(params):
            self.statuses.append(_plain(params))

    async def __aenter__(self) -> "Session":
        env = dict(os.environ, PYTHONPATH=str(ROOT))
        await self.client.start_io(sys.executable, "-m", "shapescape", "serve", env=env, cwd=str(self.root))
        caps = pytest_lsp.client_capabilities(self.client_name)
        params = types.InitializeParams(capabilities=caps, initialization_options=self.options)
        if self.workspace:
            params.workspace_folders = [types.WorkspaceFolder(uri=self.uri_of(self.root), name="ws")]
            params.root_uri = self.uri_of(self.root)
        self.init_result = await self.client.initialize_session(params)
        return self

    async def __aexit__(self, *exc) -> None:
        try:
            await asyncio.wait_for(self.client.shutdown_session(), 10)
        finally:
            await self.client.stop()

    # ------------------------------------------------------------ files
    @staticmethod
    def uri_of(path: Path) -> str:
        return from_fs_path(str(path))

    def uri(self, name: str) -> str:
        return self.uri_of(self.root / name)

    def write(self, name: str, text: str) -> Path:
        p = self.root / name
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text, encoding="utf-8")
        return p

    async def open(self, name: str, text: Optional[str] = None) -> int:
        if text is None:
            text = (self.root / name).read_text(encoding="utf-8")
        else:
            self.write(name, text)
        self.versions[name] = 1
        self.client.text_document_did_open(types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(uri=self.uri(name), language_id="javascript", version=1, text=text)))
        return 1

    def change(self, name: str, text: str) -> int:
        self.versions[name] += 1
        v = self.versions[name]
        self.client.text_document_did_change(types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=self.uri(name), version=v),
            content_changes=[types.TextDocumentContentChangeWholeDocument(text=text)]))
        return v

    def save(self, name: str, text: str) -> None:
        self.write(name, text)
        self.client.text_document_did_save(types.DidSaveTextDocumentParams(
            text_document=types.TextDocumentIdentifier(uri=self.uri(name))))

    def close(self, name: str) -> None:
        self.client.text_document_did_close(types.DidCloseTextDocumentParams(
            text_document=types.TextDocumentIdentifier(uri=self.uri(name))))

    # ------------------------------------------------------------ waiting
    async def until(self, check: Callable[[], Any], what: str, timeout: float = WAIT) -> Any:
        end = time.monotonic() + timeout
        while True:
            got = check()
            if got:
                return got
            if time.monotonic() > end:
                raise AssertionError(f"timed out after {timeout} s waiting for {what}")
            await asyncio.sleep(0.01)

    async def diagnostics(self, name: str, version: Optional[int] = None, since: int = 0,
                          timeout: float = WAIT) -> list[types.Diagnostic]:
        """The first publish for `name` (at `version`, when given) at index >= since."""
        uri = self.uri(name)

        def find():
            for p in self.published[since:]:
                if p.uri == uri and (version is None or p.version == version):
                    return p
            return None
        p = await self.until(find, f"diagnostics for {name} version {version}", timeout)
        return list(p.diagnostics)

    async def status(self, name: str, version: Optional[int] = None, since: int = 0) -> dict:
        uri = self.uri(name)
        return await self.until(lambda: next((s for s in self.statuses[since:] if s["uri"] == uri and
                                              (version is None or s["version"] == version)), None),
                                f"shapescape/status for {name} version {version}")

    # ------------------------------------------------------------ requests
    def pos(self, name: str, needle: str, offset: int = 0, text: Optional[str] = None) -> types.Position:
        """The position of the first `needle` in the file (plus `offset` characters)."""
        text = text if text is not None else (self.root / name).read_text(encoding="utf-8")
        i = text.index(needle) + offset
        line = text.count("\n", 0, i)
        return types.Position(line=line, character=i - (text.rfind("\n", 0, i) + 1))

    async def hover(self, name: str, position: types.Position) -> Optional[str]:
        h = await self.client.text_document_hover_async(types.HoverParams(
            text_document=types.TextDocumentIdentifier(uri=self.uri(name)), position=position))
        return None if h is None else h.contents.value

    async def command(self, command: str, *arguments) -> Any:
        return await self.client.workspace_execute_command_async(types.ExecuteCommandParams(
            command=command, arguments=list(arguments)))

    async def layout(self, name: Optional[str] = None) -> dict:
        params = {"uri": self.uri(name)} if name else {}
        return await self.client.protocol.send_request_async("shapescape/layout", params)


def _plain(value: Any) -> Any:
    """Whatever the client library made of a JSON value, as plain dicts and lists."""
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if hasattr(value, "_asdict"):   # pygls gives unknown JSON objects as named tuples
        return {k: _plain(v) for k, v in value._asdict().items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if hasattr(value, "__dict__") and not isinstance(value, type):
        return {k: _plain(v) for k, v in vars(value).items()}
    return value


def codes(diags) -> list[str]:
    return sorted(str(d.code) for d in diags)
