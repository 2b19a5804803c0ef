"""WCAG 2.x colour contrast, without Qt: relative luminance and contrast ratio of sRGB colours ("#rrggbb").

AA asks for 4.5:1 between normal text and its background (3:1 for large text and for the parts of controls)."""

from __future__ import annotations

AA_TEXT = 4.5
AA_LARGE_TEXT = 3.0


def parse_hex(colour: str) -> tuple[int, int, int]:
    """``#rrggbb`` or ``#rgb`` as (r, g, b) in 0-255."""
    value = colour.strip().lstrip("#")
    if len(value) == 3:
        value = "".join(c * 2 for c in value)
    if len(value) != 6:
        raise ValueError(f"not an sRGB colour: {colour!r}")
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


def _linear(channel: int) -> float:
    c = channel / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def luminance(colour: str) -> float:
    """The relative luminance (0 for black, 1 for white) of WCAG 2.x."""
    r, g, b = (_linear(c) for c in parse_hex(colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(foreground: str, background: str) -> float:
    """From 1 (the same colour) to 21 (black on white); the order of the two colours does not matter."""
    lighter, darker = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def meets_aa(foreground: str, background: str, *, large: bool = False) -> bool:
    return contrast_ratio(foreground, background) >= (AA_LARGE_TEXT if large else AA_TEXT)
