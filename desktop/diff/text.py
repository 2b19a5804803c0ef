"""Reading file contents as lines: decoding that round-trips any bytes, "\\n"-only splitting, binary detection."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from desktop.diff.model import WhitespaceMode

BINARY_SNIFF_BYTES = 8000  # git looks for a NUL byte in the first 8000 bytes


def is_binary(data: bytes) -> bool:
    return b"\0" in data[:BINARY_SNIFF_BYTES]


def decode(data: bytes) -> str:
    """UTF-8 with surrogateescape, so that encode() gives back the exact bytes whatever the encoding was."""
    return data.decode("utf-8", "surrogateescape")


def encode(text: str) -> bytes:
    return text.encode("utf-8", "surrogateescape")


@dataclass(slots=True)
class Lines:
    """A text split on "\\n" only (a "\\r" stays part of its line, as in git)."""

    lines: list[str]
    ends_with_newline: bool  # False only when the last line has no "\n"; True for an empty text

    @classmethod
    def from_text(cls, text: str) -> Lines:
        lines = text.split("\n")
        if lines[-1] == "":
            lines.pop()
            return cls(lines, True)
        return cls(lines, False)

    def to_text(self) -> str:
        if not self.lines:
            return ""
        return "\n".join(self.lines) + ("\n" if self.ends_with_newline else "")

    def missing_newline_at(self, index: int) -> bool:
        return not self.ends_with_newline and index == len(self.lines) - 1


_ASCII_SPACE = " \t\v\f\r"  # what git's XDL_ISSPACE accepts inside a line
_SPACE_RUN = re.compile(r"[ \t\v\f\r]+")


def whitespace_normalizer(mode: WhitespaceMode) -> Callable[[str], str] | None:
    """A str -> str function making lines equal when they differ only in ignored whitespace, or None."""
    if mode is WhitespaceMode.EXACT:
        return None
    if mode is WhitespaceMode.IGNORE_AT_EOL:
        return lambda line: line.rstrip(_ASCII_SPACE)
    if mode is WhitespaceMode.IGNORE_CHANGE:
        return lambda line: _SPACE_RUN.sub(" ", line.rstrip(_ASCII_SPACE))
    return lambda line: _SPACE_RUN.sub("", line)
