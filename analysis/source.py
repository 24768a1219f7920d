"""Reading JavaScript sources: bytes to text, offsets to positions.

A source file is decoded as strict UTF-8 (a BOM is dropped). Anything that
cannot be decoded, is too large, or cannot be read becomes an input diagnostic
instead of an exception. Positions are 1-based lines and 1-based columns that
count code points within the line, which is what the parser reports.
"""
from __future__ import annotations

import bisect
import os
from dataclasses import dataclass
from typing import Optional

from .plan import Location

MAX_FILE_BYTES = 8 * 1024 * 1024


@dataclass
class SourceText:
    path: str          # as shown to the user
    text: str
    line_starts: list[int]

    @classmethod
    def of(cls, path: str, text: str) -> "SourceText":
        starts = [0]
        find = text.find
        i = find("\n")
        while i >= 0:
            starts.append(i + 1)
            i = find("\n", i + 1)
        return cls(path, text, starts)

    @property
    def line_count(self) -> int:
        n = len(self.line_starts)
        return n - 1 if self.text.endswith("\n") else n

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of a code-point offset."""
        offset = max(0, min(offset, len(self.text)))
        line = bisect.bisect_right(self.line_starts, offset)
        return line, offset - self.line_starts[line - 1] + 1

    def location(self, start: int, end: int) -> Location:
        line, col = self.position(start)
        eline, ecol = self.position(end)
        return Location(self.path, line, col, eline, ecol)


@dataclass
class ReadFailure:
    code: str
    message: str
    line: int = 1
    column: int = 1


def read_source(path: str, display: str, override: Optional[str] = None) -> SourceText | ReadFailure:
    """Read and decode one file. `override` is unsaved editor text for it."""
    if override is not None:
        return SourceText.of(display, override.lstrip("\ufeff"))
    try:
        size = os.path.getsize(path)
        if size > MAX_FILE_BYTES:
            return ReadFailure("file-too-large",
                               f"file is {size} bytes; the analysis accepts at most {MAX_FILE_BYTES} bytes "
                               f"({MAX_FILE_BYTES // (1024 * 1024)} MiB) per file")
        with open(path, "rb") as fh:
            data = fh.read()
    except OSError as exc:
        return ReadFailure("unreadable-file", f"cannot read file: {exc.strerror or exc}")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        line_start = data.rfind(b"\n", 0, exc.start) + 1
        col = len(data[line_start:exc.start].decode("utf-8", errors="replace")) + 1   # in characters
        return ReadFailure("not-utf8",
                           f"byte 0x{data[exc.start]:02x} at offset {exc.start} is not valid UTF-8; "
                           "save the file as UTF-8", line, col)
    if "\x00" in text:
        i = text.index("\x00")
        pre = text[:i]
        line = pre.count("\n") + 1
        col = i - (pre.rfind("\n") + 1) + 1
        return ReadFailure("not-utf8", "the file contains NUL bytes: it looks like a binary file, "
                           "not JavaScript source", line, col)
    return SourceText.of(display, text)
