"""Positions between the plan and the protocol.

The plan speaks in 1-based lines and 1-based columns counting code points;
LSP in 0-based lines and characters counted in the negotiated position
encoding (UTF-16 unless the client offers another). A `Lines` object holds
one text's lines and converts both ways; for pure ASCII text (the usual case)
the conversion is only the shift by one. Paths: the plan names files as the
command line prints them (relative to the server's working folder when
inside it), the protocol by `file://` URI.
"""
from __future__ import annotations

import os
from typing import Optional

from lsprotocol import types
from pygls.uris import from_fs_path, to_fs_path

from analysis.plan import Location


def uri_to_path(uri: str) -> Optional[str]:
    """The absolute file system path of a `file:` URI, else None."""
    if not isinstance(uri, str) or not uri.startswith("file:"):
        return None
    path = to_fs_path(uri)
    return os.path.abspath(path) if path else None


def path_to_uri(path: str) -> str:
    return from_fs_path(os.path.abspath(path)) or ("file://" + os.path.abspath(path))


def plan_path(display: str) -> str:
    """The absolute path of a file as the plan names it."""
    return os.path.abspath(display)


def _units(ch: str, encoding: str) -> int:
    o = ord(ch)
    if encoding == "utf-8":
        return 1 if o < 0x80 else 2 if o < 0x800 else 3 if o < 0x10000 else 4
    if encoding == "utf-32":
        return 1
    return 2 if o >= 0x10000 else 1


class Lines:
    """One text's lines, for converting columns."""

    def __init__(self, text: str, encoding: str = "utf-16"):
        self.encoding = str(getattr(encoding, "value", encoding) or "utf-16")
        self.simple = text.isascii() or self.encoding == "utf-32"
        self._text = text
        self._lines: Optional[list[str]] = None

    @property
    def lines(self) -> list[str]:
        if self._lines is None:
            self._lines = self._text.split("\n")
        return self._lines

    def line(self, index: int) -> str:
        lines = self.lines
        return lines[index] if 0 <= index < len(lines) else ""

    def to_client(self, line: int, column: int) -> types.Position:
        """Plan (1-based line, 1-based code-point column) -> LSP position."""
        l0, c0 = max(line - 1, 0), max(column - 1, 0)
        if self.simple:
            return types.Position(line=l0, character=c0)
        text = self.line(l0)[:c0]
        return types.Position(line=l0, character=sum(_units(ch, self.encoding) for ch in text))

    def from_client(self, pos: types.Position) -> tuple[int, int]:
        """LSP position -> plan (1-based line, 1-based code-point column)."""
        if self.simple:
            return pos.line + 1, pos.character + 1
        count = 0
        col = 0
        for ch in self.line(pos.line):
            if count >= pos.character:
                break
            count += _units(ch, self.encoding)
            col += 1
        return pos.line + 1, col + 1

    def offset(self, line: int, column: int) -> int:
        """Plan (line, column) -> code-point offset into the text."""
        lines = self.lines
        line = max(1, min(line, len(lines)))
        return sum(len(x) + 1 for x in lines[:line - 1]) + column - 1

    def range(self, loc: Location) -> types.Range:
        end_line, end_col = loc.end_line, loc.end_column
        if (end_line, end_col) < (loc.line, loc.column):
            end_line, end_col = loc.line, loc.column
        return types.Range(start=self.to_client(loc.line, loc.column), end=self.to_client(end_line, end_col))


def contains(loc: Location, line: int, column: int) -> bool:
    """Is (line, column) inside the location (start inclusive, end inclusive)?"""
    return (loc.line, loc.column) <= (line, column) <= (loc.end_line, loc.end_column)


def extent(loc: Location) -> tuple[int, int]:
    """A size for choosing the innermost of nested locations."""
    return (loc.end_line - loc.line, (loc.end_column - loc.column) if loc.end_line == loc.line else 10**6)
