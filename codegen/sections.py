"""Custom sections: JSON the build puts in a module for the host to read back
(the `--stats` counter table, the texts of operation sites). The module never
reads them; wasmtime ignores them."""
from __future__ import annotations

import json
from typing import Any

SITES_SECTION = "shapescape.sites"   # "file:line:column" of each operation site (ModuleBuilder.op_site)


def custom_wat(name: str, value: Any) -> str:
    """`(@custom "name" "...")`: value as compact JSON, escaped for WAT."""
    text = json.dumps(value, separators=(",", ":"))
    body = "".join(chr(b) if 0x20 <= b < 0x7f and b not in (0x22, 0x5c) else f"\\{b:02x}"
                   for b in text.encode("utf-8"))
    return f'(@custom "{name}" "{body}")'


def _leb(data: bytes, i: int) -> tuple[int, int]:
    result = shift = 0
    while True:
        b = data[i]
        i += 1
        result |= (b & 0x7f) << shift
        shift += 7
        if b < 0x80:
            return result, i


def custom_json(wasm: bytes, name: str) -> Any:
    """The JSON value of the custom section `name`, or None (no such section,
    not a module, or not JSON)."""
    if wasm[:4] != b"\0asm":
        return None
    want = name.encode()
    i = 8
    try:
        while i < len(wasm):
            sid = wasm[i]
            size, j = _leb(wasm, i + 1)
            end = j + size
            if sid == 0:
                nlen, k = _leb(wasm, j)
                if wasm[k:k + nlen] == want:
                    return json.loads(wasm[k + nlen:end].decode("utf-8"))
            i = end
    except (IndexError, ValueError):
        return None
    return None
