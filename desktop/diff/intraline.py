"""Differences inside a pair of changed lines, as character spans a viewer can highlight."""

from __future__ import annotations

import re
from typing import Literal

from desktop.diff.model import Span
from desktop.diff.myers import Block
from desktop.diff.patience import diff_range, merge_adjacent

Granularity = Literal["word", "char"]

_TOKEN = re.compile(r"\w+|\s+|[^\w\s]")  # words, runs of whitespace, and each punctuation character alone


def tokenize(line: str) -> list[str]:
    return _TOKEN.findall(line)


def intraline_spans(old: str, new: str, granularity: Granularity = "word") -> tuple[list[Span], list[Span]]:
    """Spans of ``old`` that were removed or changed, and spans of ``new`` that were added or changed.

    With "word", whole tokens (words, whitespace runs, punctuation) change; with "char", single characters.
    Touching spans are merged.
    """
    old_tokens = tokenize(old) if granularity == "word" else list(old)
    new_tokens = tokenize(new) if granularity == "word" else list(new)
    blocks: list[Block] = []
    diff_range(old_tokens, 0, len(old_tokens), new_tokens, 0, len(new_tokens), blocks)
    blocks = merge_adjacent(blocks)
    old_offsets = _offsets(old_tokens)
    new_offsets = _offsets(new_tokens)
    old_spans: list[Span] = []
    new_spans: list[Span] = []
    i = j = 0
    for a, b, size in [*blocks, (len(old_tokens), len(new_tokens), 0)]:
        if a > i:
            old_spans.append(Span(old_offsets[i], old_offsets[a]))
        if b > j:
            new_spans.append(Span(new_offsets[j], new_offsets[b]))
        i, j = a + size, b + size
    return old_spans, new_spans


def _offsets(tokens: list[str]) -> list[int]:
    """Character offset where each token starts, then the total length."""
    offsets = [0]
    for token in tokens:
        offsets.append(offsets[-1] + len(token))
    return offsets
