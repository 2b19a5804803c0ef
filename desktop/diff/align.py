"""Aligning two lists of line keys (strings): the entry point of the line diff.

Speed on large texts in pure Python comes from touching each line object as few times as possible:

* A large text is first cut into paragraphs at its blank lines (one C-level ``str.split`` on the joined keys,
  so an insertion does not shift the paragraphs after it). The paragraph sequences are diffed, and only the line
  ranges between matching paragraphs are diffed line by line.
* A large range without that structure is interned to ints first (dict operations on fresh, sequentially
  allocated ints are about twice as fast as on scattered strings), then diffed by ``patience.diff_range``.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from itertools import accumulate, islice, repeat

from desktop.diff.model import Opcode
from desktop.diff.myers import Block
from desktop.diff.patience import diff_range, merge_adjacent

LARGE_RANGE = 2000  # from this many lines (both sides together) the tricks above pay off
MAX_PARAGRAPH_LINES = 64  # average paragraph length above which paragraphs are too coarse to help


def match_blocks(old: list[str], new: list[str]) -> list[Block]:
    """Matching blocks ``(old_start, new_start, length)``, increasing, none adjacent to the next.

    Keys are lines without "\\n"; give the last line of a text lacking a final newline a trailing "\\n" so that
    it matches no complete line.
    """
    blocks: list[Block] = []
    if not old or not new:
        return blocks
    if len(old) + len(new) < LARGE_RANGE or not _diff_paragraphs(old, new, blocks):
        diff_lines_range(old, 0, len(old), new, 0, len(new), blocks)
    return merge_adjacent(blocks)


def opcodes_from_blocks(blocks: list[Block], old_len: int, new_len: int) -> list[Opcode]:
    opcodes: list[Opcode] = []
    i = j = 0
    for a, b, size in [*blocks, (old_len, new_len, 0)]:
        if i < a and j < b:
            opcodes.append(Opcode("replace", i, a, j, b))
        elif i < a:
            opcodes.append(Opcode("delete", i, a, j, j))
        elif j < b:
            opcodes.append(Opcode("insert", i, i, j, b))
        if size:
            opcodes.append(Opcode("equal", a, a + size, b, b + size))
        i, j = a + size, b + size
    return opcodes


def diff_lines_range(
    a: Sequence[Hashable], a_lo: int, a_hi: int, b: Sequence[Hashable], b_lo: int, b_hi: int, out: list[Block]
) -> None:
    if (a_hi - a_lo) + (b_hi - b_lo) < LARGE_RANGE:
        diff_range(a, a_lo, a_hi, b, b_lo, b_hi, out)
        return
    ids: dict[Hashable, int] = {}
    old_ids = list(map(ids.setdefault, islice(a, a_lo, a_hi), range(a_hi - a_lo)))
    new_ids = list(map(ids.setdefault, islice(b, b_lo, b_hi), range(a_hi - a_lo, a_hi - a_lo + b_hi - b_lo)))
    local: list[Block] = []
    diff_range(old_ids, 0, len(old_ids), new_ids, 0, len(new_ids), local)
    out.extend((i + a_lo, j + b_lo, size) for i, j, size in local)


def _diff_paragraphs(old: list[str], new: list[str], out: list[Block]) -> bool:
    """Diff paragraph by paragraph, then the lines between matching paragraphs; False if too few paragraphs."""
    old_paragraphs = "\n".join(old).split("\n\n")
    new_paragraphs = "\n".join(new).split("\n\n")
    if (len(old) + len(new)) > MAX_PARAGRAPH_LINES * (len(old_paragraphs) + len(new_paragraphs)):
        return False
    ids: dict[str, int] = {}
    old_keys = _paragraph_ids(old_paragraphs, ids, 0)
    new_keys = _paragraph_ids(new_paragraphs, ids, len(old_paragraphs) + 1)
    old_starts = _paragraph_starts(old_paragraphs, len(old))
    new_starts = _paragraph_starts(new_paragraphs, len(new))
    paragraph_blocks: list[Block] = []
    diff_range(old_keys, 0, len(old_keys), new_keys, 0, len(new_keys), paragraph_blocks)
    pi = pj = 0
    for pa, pb, size in [*merge_adjacent(paragraph_blocks), (len(old_keys), len(new_keys), 0)]:
        diff_lines_range(old, old_starts[pi], old_starts[pa], new, new_starts[pj], new_starts[pb], out)
        if size:
            out.append((old_starts[pa], new_starts[pb], old_starts[pa + size] - old_starts[pa]))
        pi, pj = pa + size, pb + size
    return True


def _paragraph_ids(paragraphs: list[str], ids: dict[str, int], first_id: int) -> list[int]:
    """Intern paragraphs; ids in ``ids`` are all below first_id, so a new paragraph gets a fresh one.

    Every paragraph but the first owns the blank line before it, so the first one (which has none) gets its own
    id space: a first paragraph only ever matches the other text's first paragraph.
    """
    keys = list(map(ids.setdefault, paragraphs, range(first_id, first_id + len(paragraphs))))
    # No paragraph contains "\n\n": this key space is the first paragraphs' own.
    keys[0] = ids.setdefault("\n\n" + paragraphs[0], first_id + len(paragraphs))
    return keys


def _paragraph_starts(paragraphs: list[str], line_count: int) -> list[int]:
    """First line of each paragraph (a paragraph after the first starts at its blank line), then line_count."""
    sizes = map(int.__add__, map(str.count, islice(paragraphs, 1, None), repeat("\n")), repeat(2))
    starts = list(accumulate(sizes, initial=paragraphs[0].count("\n") + 1))
    starts[-1] = line_count  # the key of a last line lacking its newline ends with an extra "\n"
    starts.insert(0, 0)
    return starts
