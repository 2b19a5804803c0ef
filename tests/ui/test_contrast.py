"""WCAG AA contrast of both themes: the palette's text on its backgrounds, and the style sheet's primary button."""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QColor, QPalette
from pytestqt.qtbot import QtBot

from desktop.ui.contrast import AA_TEXT, contrast_ratio, luminance, meets_aa, parse_hex
from desktop.ui.theme import ACCENT, ERROR_TEXT, palette_for, resource_path

R = QPalette.ColorRole
PAIRS = [
    (R.Text, R.Base),
    (R.Text, R.AlternateBase),
    (R.WindowText, R.Window),
    (R.ButtonText, R.Button),
    (R.HighlightedText, R.Highlight),
    (R.PlaceholderText, R.Base),
    (R.PlaceholderText, R.Window),  # hints and empty states are placeholder-coloured labels on the window
    (R.Link, R.Base),
    (R.ToolTipText, R.ToolTipBase),
]


def test_contrast_math_matches_wcag() -> None:
    assert parse_hex("#fff") == (255, 255, 255)
    assert luminance("#000000") == 0 and luminance("#ffffff") == 1
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21)
    assert contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)  # the classic just-failing grey
    assert contrast_ratio("#ffffff", "#777777") == contrast_ratio("#777777", "#ffffff")
    assert meets_aa("#767676", "#ffffff") and not meets_aa("#777777", "#ffffff")
    assert meets_aa("#949494", "#ffffff", large=True)
    with pytest.raises(ValueError):
        parse_hex("blue")


def seen(foreground: QColor, background: QColor) -> str:
    """The foreground as drawn over the background (Qt's placeholder colours are often translucent)."""
    alpha = foreground.alphaF()
    mixed = [
        alpha * f + (1 - alpha) * b for f, b in zip(foreground.getRgbF()[:3], background.getRgbF()[:3], strict=True)
    ]
    return QColor.fromRgbF(*mixed).name()


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_palette_text_meets_aa(qtbot: QtBot, dark: bool) -> None:
    palette = palette_for(dark)
    failing = []
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        for fg, bg in PAIRS:
            background = palette.color(group, bg)
            foreground = seen(palette.color(group, fg), background)
            ratio = contrast_ratio(foreground, background.name())
            if ratio < AA_TEXT:
                failing.append(f"{group.name} {fg.name} {foreground} on {bg.name} {background.name()}: {ratio:.2f}")
    assert failing == []


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_primary_button_and_error_text_meet_aa(qtbot: QtBot, dark: bool) -> None:
    sheet = resource_path("styles", "app.qss").read_text(encoding="utf-8")
    button = re.search(r"QPushButton#primaryButton\s*\{([^}]*)\}", sheet)
    assert button is not None
    rules = dict(re.findall(r"([\w-]+)\s*:\s*([^;]+);", button.group(1)))
    assert rules["background"] == "@ACCENT@"
    text = QColor(rules["color"]).name()
    assert contrast_ratio(text, ACCENT[dark]) >= AA_TEXT
    window = palette_for(dark).color(QPalette.ColorGroup.Active, R.Window).name()
    assert contrast_ratio(ERROR_TEXT[dark], window) >= AA_TEXT


def test_style_sheet_font_sizes_are_relative_to_the_application_font() -> None:
    sheet = resource_path("styles", "app.qss").read_text(encoding="utf-8")
    sizes = re.findall(r"font-size:\s*([^;]+);", sheet)
    assert sizes and all(re.fullmatch(r"@FONT\*[0-9.]+@", size) for size in sizes)
