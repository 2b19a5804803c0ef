"""What a reviewer must know about a file that the diff itself hides: Trojan Source and other invisible
characters, mixed or changed line endings, binary contents and very long lines. Pure Python, no Qt."""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass

from desktop.diff.text import decode, is_binary
from desktop.messages import N_, Message

LONG_LINE_CHARS = 1000
MAX_LISTED_LINES = 20

# Bidirectional embeddings, overrides and isolates (CVE-2021-42574, "Trojan Source").
BIDI_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
# Zero-width and other invisible characters; a BOM counts only away from the start of the file.
INVISIBLE = "\u200b\u200c\u200d\u200e\u200f\u2060\u2061\u2062\u2063\u2064\ufeff\u00ad"
_BIDI = re.compile(f"[{BIDI_CONTROLS}]")
_INVISIBLE = re.compile(f"[{INVISIBLE}]")
SUSPICIOUS = re.compile(f"[{BIDI_CONTROLS}{INVISIBLE}]")


class WarningKind(enum.StrEnum):
    BIDI = "bidi"
    INVISIBLE = "invisible"
    LINE_ENDINGS = "line-endings"
    BINARY = "binary"
    LONG_LINES = "long-lines"


@dataclass(frozen=True)
class ReviewWarning:
    kind: WarningKind
    message: str
    lines: tuple[int, ...] = ()  # 1-based lines of the new side (of the old side for a deleted file)


def line_endings(text: str) -> set[str]:
    """The kinds of line ending in ``text``: "LF", "CRLF" and/or "CR"."""
    crlf = text.count("\r\n")
    kinds = set()
    if crlf:
        kinds.add("CRLF")
    if text.count("\n") > crlf:
        kinds.add("LF")
    if text.count("\r") > crlf:
        kinds.add("CR")
    return kinds


def _lines_matching(pattern: re.Pattern[str], lines: list[str]) -> tuple[int, ...]:
    return tuple(number for number, line in enumerate(lines, 1) if pattern.search(line))


def _listed(lines: tuple[int, ...]) -> str:
    shown = ", ".join(map(str, lines[:MAX_LISTED_LINES]))
    more = len(lines) - MAX_LISTED_LINES
    return Message(N_("Messages", "{shown} and {more} more"), {"shown": shown, "more": more}) if more > 0 else shown


def file_warnings(old: bytes | None, new: bytes | None) -> list[ReviewWarning]:
    """Warnings about one file's change; checks the new contents (the old ones for a deleted file)."""
    current = new if new is not None else old
    if current is None:
        return []
    if is_binary(current) or (old is not None and is_binary(old)):
        return [
            ReviewWarning(
                WarningKind.BINARY,
                Message(N_("Messages", "Binary file: its contents are not shown and cannot be reviewed.")),
            )
        ]
    text = decode(current)
    body = text[1:] if text.startswith("\ufeff") else text  # a leading BOM is normal
    lines = body.split("\n")
    warnings: list[ReviewWarning] = []
    plain = body.isascii()  # the common case: no hidden characters possible, and no slow searches
    if not plain and _BIDI.search(body):
        found = _lines_matching(_BIDI, lines)
        warnings.append(
            ReviewWarning(
                WarningKind.BIDI,
                Message(
                    N_(
                        "Messages",
                        "Bidirectional Unicode control characters on line {lines}: the code may run differently "
                        "from how it reads (Trojan Source).",
                    ),
                    {"lines": _listed(found)},
                ),
                found,
            )
        )
    if not plain and _INVISIBLE.search(body):
        found = _lines_matching(_INVISIBLE, lines)
        warnings.append(
            ReviewWarning(
                WarningKind.INVISIBLE,
                Message(N_("Messages", "Invisible Unicode characters on line {lines}."), {"lines": _listed(found)}),
                found,
            )
        )
    endings = line_endings(text)
    old_endings = line_endings(decode(old)) if old is not None and new is not None else set()
    if len(endings) > 1:
        warnings.append(
            ReviewWarning(
                WarningKind.LINE_ENDINGS,
                Message(N_("Messages", "Mixed line endings: {endings}."), {"endings": ", ".join(sorted(endings))}),
            )
        )
    elif old_endings and endings and old_endings != endings:
        before, after = ", ".join(sorted(old_endings)), ", ".join(sorted(endings))
        warnings.append(
            ReviewWarning(
                WarningKind.LINE_ENDINGS,
                Message(
                    N_("Messages", "Line endings changed from {before} to {after}."), {"before": before, "after": after}
                ),
            )
        )
    long_lines: tuple[int, ...] = ()
    if max(map(len, lines), default=0) > LONG_LINE_CHARS:
        long_lines = tuple(number for number, line in enumerate(lines, 1) if len(line) > LONG_LINE_CHARS)
    if long_lines:
        warnings.append(
            ReviewWarning(
                WarningKind.LONG_LINES,
                Message(
                    N_(
                        "Messages",
                        "Very long lines (over {limit} characters) on line {lines}: they may hide code off screen.",
                    ),
                    {"limit": LONG_LINE_CHARS, "lines": _listed(long_lines)},
                ),
                long_lines,
            )
        )
    return warnings
