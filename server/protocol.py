"""JSON-RPC hardening on top of pygls: every broken message gets an answer.

pygls answers an unknown request with MethodNotFound (-32601) itself, but a
body that is not JSON, a message that is not a JSON-RPC object, or a request
whose params do not fit the method's types only reach its error log: a client
waiting for the response would wait forever. Here they are answered as the
JSON-RPC 2.0 specification says: -32700 "Parse error" (id null) for bytes that
are not JSON, -32600 "Invalid Request" for JSON that is not a request, and
-32602 "Invalid params" (with the request's id) for params of the wrong shape.

It also stops a leak: pygls files the future of every notification handled
by a generator or coroutine (didOpen, didChange, didSave...) under a fresh id
in its table of request futures, and only responses to requests remove
entries, so every edit left a future behind (about 1 KB, measured with
tracemalloc in benchmarks/lsp_latency.py's memory run). Here a notification's
entry is removed once its handler is done.
"""
from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from typing import Any

from pygls.exceptions import JsonRpcException
from pygls.protocol import LanguageServerProtocol

log = logging.getLogger("shapescape.server")

PARSE_ERROR = -32700
INVALID_REQUEST = -32600
INVALID_PARAMS = -32602


@dataclass
class Rejected:
    """A request pygls could not read: answered with an error, never dispatched."""
    id: Any
    code: int
    message: str


class Protocol(LanguageServerProtocol):
    def structure_message(self, data: dict[str, Any]):
        try:
            return super().structure_message(data)
        except JsonRpcException as exc:
            if isinstance(data, dict) and "id" in data and "method" in data:
                return Rejected(data["id"], INVALID_PARAMS,
                                f"invalid params for {data.get('method')!r}: {exc.message or 'they do not fit the method'}")
            raise

    def handle_message(self, message):
        if isinstance(message, Rejected):
            self.send_error(message.id, message.code, message.message)
            return
        if not hasattr(message, "jsonrpc"):
            # JSON, but not a JSON-RPC message (no "jsonrpc" member, an array, a number...)
            msg_id = message.get("id") if isinstance(message, dict) else None
            if isinstance(message, dict) and "method" in message and "id" not in message:
                log.warning("ignoring a notification that is not JSON-RPC 2.0: %r", message.get("method"))
                return
            self.send_error(msg_id if isinstance(msg_id, (int, str)) else None, INVALID_REQUEST,
                            "invalid request: not a JSON-RPC 2.0 message (it needs \"jsonrpc\": \"2.0\" and a method)")
            return
        super().handle_message(message)

    def _execute_handler(self, msg_id, handler, callback, args=None, kwargs=None):
        super()._execute_handler(msg_id, handler, callback, args, kwargs)
        if callback != self._check_handler_result:
            return   # a request: its entry goes when the response is sent
        future = self._request_futures.get(msg_id)
        if future is None:
            return
        if future.done():
            self._request_futures.pop(msg_id, None)
        else:
            future.add_done_callback(lambda _f, futures=self._request_futures: futures.pop(msg_id, None))

    def send_error(self, msg_id, code: int, message: str) -> None:
        self._send_data({"jsonrpc": "2.0", "id": msg_id, "error": {"code": code, "message": message}})


def report_unreadable(protocol: Protocol, error: Exception) -> bool:
    """Answer a message the reader could not decode; True when answered."""
    if isinstance(error, json.JSONDecodeError) or isinstance(error, UnicodeDecodeError):
        protocol.send_error(None, PARSE_ERROR, f"parse error: the message body is not JSON ({error})")
        return True
    return False
