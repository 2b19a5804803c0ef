"""Patience diff: anchor on lines that occur once in each range, recurse into the gaps, Myers for the rest.

Items are any hashable keys. Most of the work on a large range is done by C-level builtins (Counter, set,
dict, zip, compress, map); Python loops only visit the gaps between anchors. Small or anchor-less ranges go
to the cost-bounded Myers algorithm.
"""

from __future__ import annotations

import bisect
import operator
from collections import Counter
from collections.abc import Hashable, Sequence
from itertools import compress, islice

from desktop.diff.myers import Block, cost_limit, myers_blocks, trim_common

SMALL_RANGE = 48  # below this many items (both sides together) Myers alone is faster than anchoring
RARE_COUNT = 8  # lines repeated up to this often can still anchor a range that has no unique common line


def diff_range(
    a: Sequence[Hashable], a_lo: int, a_hi: int, b: Sequence[Hashable], b_lo: int, b_hi: int, out: list[Block]
) -> None:
    a_lo, a_hi, b_lo, b_hi, suffix = trim_common(a, a_lo, a_hi, b, b_lo, b_hi, out)
    if a_lo < a_hi and b_lo < b_hi:
        if (a_hi - a_lo) + (b_hi - b_lo) < SMALL_RANGE:
            myers_blocks(a, a_lo, a_hi, b, b_lo, b_hi, out, cost_limit(a_hi - a_lo, b_hi - b_lo))
        else:
            _anchored(a, a_lo, a_hi, b, b_lo, b_hi, out)
    if suffix:
        out.append((a_hi, b_hi, suffix))


def _anchored(
    a: Sequence[Hashable], a_lo: int, a_hi: int, b: Sequence[Hashable], b_lo: int, b_hi: int, out: list[Block]
) -> None:
    old_anchors, new_anchors = _unique_anchors(a, a_lo, a_hi, b, b_lo, b_hi)
    if not old_anchors:
        old_anchors, new_anchors = _rare_anchors(a, a_lo, a_hi, b, b_lo, b_hi)
    if not old_anchors:
        if _mostly_shared(a, a_lo, a_hi, b, b_lo, b_hi):
            myers_blocks(a, a_lo, a_hi, b, b_lo, b_hi, out, cost_limit(a_hi - a_lo, b_hi - b_lo))
        # Otherwise a rewritten region whose only common lines are frequent ones (blank lines, "return",
        # braces): it is shown as replaced rather than spending Myers' time on matching those.
        return
    diff_range(a, a_lo, old_anchors[0], b, b_lo, new_anchors[0], out)
    # Anchors k and k + 1 are adjacent in both files unless the sum of their steps differs from 2.
    steps = map(
        operator.add,
        map(operator.sub, islice(old_anchors, 1, None), old_anchors),
        map(operator.sub, islice(new_anchors, 1, None), new_anchors),
    )
    gaps = compress(range(len(old_anchors) - 1), map((2).__ne__, steps))
    block_old, block_new = old_anchors[0], new_anchors[0]
    for k in gaps:
        i0, j0 = old_anchors[k] + 1, new_anchors[k] + 1
        i1, j1 = old_anchors[k + 1], new_anchors[k + 1]
        if i1 - i0 == j1 - j0 and a[i0:i1] == b[j0:j1]:
            continue  # repeated lines between anchors that match as they are: the block goes on
        out.append((block_old, block_new, i0 - block_old))
        diff_range(a, i0, i1, b, j0, j1, out)
        block_old, block_new = i1, j1
    end_old, end_new = old_anchors[-1] + 1, new_anchors[-1] + 1
    out.append((block_old, block_new, end_old - block_old))
    diff_range(a, end_old, a_hi, b, end_new, b_hi, out)


def _unique_anchors(
    a: Sequence[Hashable], a_lo: int, a_hi: int, b: Sequence[Hashable], b_lo: int, b_hi: int
) -> tuple[list[int], list[int]]:
    """Positions of lines occurring exactly once in each range, reduced to an increasing common subsequence."""
    old_slice = a[a_lo:a_hi]
    new_slice = b[b_lo:b_hi]
    old_counts = Counter(old_slice)
    new_counts = Counter(new_slice)
    once_old = set(compress(old_counts, map((1).__eq__, old_counts.values())))
    once_new = compress(new_counts, map((1).__eq__, new_counts.values()))
    common = once_old.intersection(once_new)
    if not common:
        return [], []
    new_position = dict(zip(new_slice, range(b_lo, b_hi), strict=True))
    old_anchors = list(compress(range(a_lo, a_hi), map(common.__contains__, old_slice)))
    new_anchors = list(map(new_position.__getitem__, map(a.__getitem__, old_anchors)))
    if not all(map(operator.lt, new_anchors, islice(new_anchors, 1, None))):
        old_anchors, new_anchors = _longest_increasing(old_anchors, new_anchors)
    return old_anchors, new_anchors


def _mostly_shared(a: Sequence[Hashable], a_lo: int, a_hi: int, b: Sequence[Hashable], b_lo: int, b_hi: int) -> bool:
    """Whether most lines of each range occur somewhere in the other one."""
    old_set, new_set = set(a[a_lo:a_hi]), set(b[b_lo:b_hi])
    old_shared = sum(map(new_set.__contains__, a[a_lo:a_hi]))
    new_shared = sum(map(old_set.__contains__, b[b_lo:b_hi]))
    return 2 * old_shared >= a_hi - a_lo and 2 * new_shared >= b_hi - b_lo


def _rare_anchors(
    a: Sequence[Hashable], a_lo: int, a_hi: int, b: Sequence[Hashable], b_lo: int, b_hi: int
) -> tuple[list[int], list[int]]:
    """Anchors for a range without unique common lines: lines occurring equally often (at most RARE_COUNT
    times) in both ranges, the k-th occurrence in one paired with the k-th in the other, as in histogram diff.
    """
    old_counts = Counter(a[a_lo:a_hi])
    new_counts = Counter(b[b_lo:b_hi])
    eligible = {line for line, count in old_counts.items() if count <= RARE_COUNT and new_counts.get(line) == count}
    if not eligible:
        return [], []
    new_positions: dict[Hashable, list[int]] = {}
    for j in range(b_lo, b_hi):
        if b[j] in eligible:
            new_positions.setdefault(b[j], []).append(j)
    taken: Counter[Hashable] = Counter()
    old_anchors: list[int] = []
    new_anchors: list[int] = []
    for i in range(a_lo, a_hi):
        line = a[i]
        if line in eligible:
            old_anchors.append(i)
            new_anchors.append(new_positions[line][taken[line]])
            taken[line] += 1
    return _longest_increasing(old_anchors, new_anchors)


def _longest_increasing(old_anchors: list[int], new_anchors: list[int]) -> tuple[list[int], list[int]]:
    """The longest subsequence of anchor pairs whose new positions increase (patience sorting)."""
    pile_tops: list[int] = []  # new position on top of each pile
    pile_top_index: list[int] = []  # anchor index on top of each pile
    previous = [-1] * len(new_anchors)
    for index, position in enumerate(new_anchors):
        pile = bisect.bisect_left(pile_tops, position)
        if pile == len(pile_tops):
            pile_tops.append(position)
            pile_top_index.append(index)
        else:
            pile_tops[pile] = position
            pile_top_index[pile] = index
        previous[index] = pile_top_index[pile - 1] if pile else -1
    chain: list[int] = []
    index = pile_top_index[-1]
    while index != -1:
        chain.append(index)
        index = previous[index]
    chain.reverse()
    return [old_anchors[i] for i in chain], [new_anchors[i] for i in chain]


def merge_adjacent(blocks: list[Block]) -> list[Block]:
    merged: list[Block] = []
    for a, b, size in blocks:
        if not size:
            continue
        if merged:
            last_a, last_b, last_size = merged[-1]
            if last_a + last_size == a and last_b + last_size == b:
                merged[-1] = (last_a, last_b, last_size + size)
                continue
        merged.append((a, b, size))
    return merged
