"""Pygments tokens turned into per-line spans, for the code viewer's lexer thread and the diff viewer's helper
process alike. Pure Python, no Qt (the helper process imports it).

A line's spans are an ``array('I')`` of (start, length, type index) triples in UTF-16 units, as Qt counts them;
plain text (whitespace and untyped tokens) gets no span, and neighbouring pieces of one type merge.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable, Iterator
from typing import TypeVar

from pygments.lexer import Lexer
from pygments.token import Text, Token, Whitespace, _TokenType

_PLAIN: tuple[_TokenType, ...] = (Text, Whitespace, Token)
T = TypeVar("T")


def spans_by_line(
    lexer: Lexer, text: str, type_index: Callable[[_TokenType], int], between_tokens: Callable[[], None] | None = None
) -> Iterator[array]:
    """The spans of each line of ``text`` in turn (one array a line, the last one too). ``type_index`` numbers each
    token type (the caller keeps the list); ``between_tokens`` runs before each token (to step aside, or to stop by
    raising)."""
    wide = not text.isascii() and len(text.encode("utf-16-le")) // 2 != len(text)  # characters beyond the BMP
    current = array("I")
    column = 0
    for ttype, value in lexer.get_tokens(text):
        if between_tokens is not None:
            between_tokens()
        for index, part in enumerate(value.split("\n")):
            if index:
                yield current
                current = array("I")
                column = 0
            if not part:
                continue
            length = len(part.encode("utf-16-le")) // 2 if wide else len(part)
            if ttype not in _PLAIN:
                type_id = type_index(ttype)
                if len(current) and current[-1] == type_id and current[-3] + current[-2] == column:
                    current[-2] += length
                else:
                    current.extend((column, length, type_id))
            column += length
    yield current


def numbering(types: list[T], entry: Callable[[_TokenType], T]) -> Callable[[_TokenType], int]:
    """A ``type_index`` that appends ``entry(type)`` of each new type to ``types`` and answers its position."""
    known: dict[_TokenType, int] = {}

    def index(ttype: _TokenType) -> int:
        found = known.get(ttype)
        if found is None:
            found = known[ttype] = len(types)
            types.append(entry(ttype))
        return found

    return index
