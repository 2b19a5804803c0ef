"""Myers' O(ND) difference algorithm in linear space (divide and conquer on the middle snake).

Sequences hold any hashable items (lines, tokens, characters). Results are matching blocks
``(old_start, new_start, length)`` appended in order to an output list.
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Sequence

Block = tuple[int, int, int]

MIN_COST_LIMIT = 64  # xdiff uses 256; Python is ~100x slower per step, and only rewritten regions get here


def cost_limit(old_len: int, new_len: int) -> int:
    """Edit count after which the search settles for a good split instead of the optimal one (as in xdiff)."""
    return max(MIN_COST_LIMIT, math.isqrt(old_len + new_len + 3))


def myers_blocks(
    a: Sequence[Hashable],
    a_lo: int,
    a_hi: int,
    b: Sequence[Hashable],
    b_lo: int,
    b_hi: int,
    out: list[Block],
    max_cost: int | None = None,
) -> None:
    """Append the matching blocks of a[a_lo:a_hi] and b[b_lo:b_hi]; optimal unless ``max_cost`` is exceeded."""
    a_lo, a_hi, b_lo, b_hi, suffix = trim_common(a, a_lo, a_hi, b, b_lo, b_hi, out)
    if a_lo < a_hi and b_lo < b_hi and not set(a[a_lo:a_hi]).isdisjoint(b[b_lo:b_hi]):
        x0, y0, x1, y1 = _middle_snake(a, a_lo, a_hi, b, b_lo, b_hi, max_cost)
        corners = ((a_lo, b_lo), (a_hi, b_hi))
        if x0 == x1 and (x0, y0) in corners:
            pass  # no usable split: treat the whole range as replaced
        else:
            myers_blocks(a, a_lo, x0, b, b_lo, y0, out, max_cost)
            if x1 > x0:
                out.append((x0, y0, x1 - x0))
            myers_blocks(a, x1, a_hi, b, y1, b_hi, out, max_cost)
    if suffix:
        out.append((a_hi, b_hi, suffix))


def trim_common(
    a: Sequence[Hashable], a_lo: int, a_hi: int, b: Sequence[Hashable], b_lo: int, b_hi: int, out: list[Block]
) -> tuple[int, int, int, int, int]:
    """Append the ranges' common prefix as a block; return the ranges without it and without their common suffix,
    and the suffix's length (the caller appends that block last, after the blocks of the middle)."""
    prefix_start = a_lo
    while a_lo < a_hi and b_lo < b_hi and a[a_lo] == b[b_lo]:
        a_lo += 1
        b_lo += 1
    if a_lo > prefix_start:
        out.append((prefix_start, b_lo - (a_lo - prefix_start), a_lo - prefix_start))
    suffix = 0
    while a_lo < a_hi - suffix and b_lo < b_hi - suffix and a[a_hi - 1 - suffix] == b[b_hi - 1 - suffix]:
        suffix += 1
    a_hi -= suffix
    b_hi -= suffix
    return a_lo, a_hi, b_lo, b_hi, suffix


def _middle_snake(
    a: Sequence[Hashable], a_lo: int, a_hi: int, b: Sequence[Hashable], b_lo: int, b_hi: int, max_cost: int | None
) -> tuple[int, int, int, int]:
    """Absolute (x0, y0, x1, y1): a snake (possibly empty) on an optimal path, or a good split past max_cost.

    Both searches keep, per diagonal k = x - y, the furthest x reached (-1: not reached). The backward search
    runs on the reversed sequences, where diagonal c corresponds to forward diagonal delta - c.
    """
    n = a_hi - a_lo
    m = b_hi - b_lo
    delta = n - m
    odd = delta & 1
    offset = n + m + 2
    forward = [-1] * (2 * offset + 1)
    backward = [-1] * (2 * offset + 1)
    forward[offset + 1] = 0
    backward[offset + 1] = 0
    for d in range((n + m + 1) // 2 + 1):
        k_lo = -d if d <= m else -m + ((d - m) & 1)
        k_hi = d if d <= n else n - ((d - n) & 1)
        for k in range(k_lo, k_hi + 1, 2):
            below = forward[offset + k - 1]
            above = forward[offset + k + 1]
            x = above if k == -d or (k != d and below < above) else below + 1
            x = min(x, n, m + k)
            y = x - k
            x_start, y_start = x, y
            while x < n and y < m and a[a_lo + x] == b[b_lo + y]:
                x += 1
                y += 1
            forward[offset + k] = x
            c = delta - k
            if odd and -(d - 1) <= c <= d - 1 and backward[offset + c] >= 0 and x + backward[offset + c] >= n:
                return a_lo + x_start, b_lo + y_start, a_lo + x, b_lo + y
        for c in range(k_lo, k_hi + 1, 2):
            below = backward[offset + c - 1]
            above = backward[offset + c + 1]
            u = above if c == -d or (c != d and below < above) else below + 1
            u = min(u, n, m + c)
            v = u - c
            u_start, v_start = u, v
            while u < n and v < m and a[a_hi - 1 - u] == b[b_hi - 1 - v]:
                u += 1
                v += 1
            backward[offset + c] = u
            k = delta - c
            if not odd and -d <= k <= d and forward[offset + k] >= 0 and u + forward[offset + k] >= n:
                return a_hi - u, b_hi - v, a_hi - u_start, b_hi - v_start
        if max_cost is not None and d >= max_cost:
            return _best_split(forward, backward, offset, k_lo, k_hi, n, m, a_lo, b_lo)
    return a_lo, b_lo, a_lo, b_lo


def _best_split(
    forward: list[int],
    backward: list[int],
    offset: int,
    k_lo: int,
    k_hi: int,
    n: int,
    m: int,
    a_lo: int,
    b_lo: int,
) -> tuple[int, int, int, int]:
    """The furthest point of either search, as an empty snake: the split xdiff takes when a diff is too costly."""
    best_forward = max(range(k_lo, k_hi + 1, 2), key=lambda k: 2 * forward[offset + k] - k)
    fx = forward[offset + best_forward]
    best_backward = max(range(k_lo, k_hi + 1, 2), key=lambda c: 2 * backward[offset + c] - c)
    bu = backward[offset + best_backward]
    if 2 * fx - best_forward >= 2 * bu - best_backward:
        x, y = fx, fx - best_forward
    else:
        x, y = n - bu, m - (bu - best_backward)
    return a_lo + x, b_lo + y, a_lo + x, b_lo + y
