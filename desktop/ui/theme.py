"""Light and dark themes: follow the OS colour scheme unless the person picked one."""

from __future__ import annotations

import re
import weakref
from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QWidget

RESOURCES = Path(__file__).resolve().parent.parent.parent / "resources"
ACCENT = {False: "#2457c5", True: "#2f65ca"}  # the primary button (white text on it: >= 4.5:1); by dark
ERROR_TEXT = {False: "#b3261e", True: "#f28b82"}  # error messages on the window colour: >= 4.5:1


def resource_path(*parts: str) -> Path:
    bundled = Path(__file__).resolve().parent / "resources"  # inside a frozen bundle
    base = bundled if bundled.exists() else RESOURCES
    return base.joinpath(*parts)


def icon(name: str) -> QIcon:
    return QIcon(str(resource_path("icons", f"{name}.svg")))


def is_dark(choice: str) -> bool:
    if choice == "dark":
        return True
    if choice == "light":
        return False
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def _dark_palette() -> QPalette:
    p = QPalette()
    base, window, text = QColor("#1e1f22"), QColor("#2b2d30"), QColor("#dfe1e5")
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive, QPalette.ColorGroup.Disabled):
        p.setColor(group, QPalette.ColorRole.Window, window)
        p.setColor(group, QPalette.ColorRole.WindowText, text)
        p.setColor(group, QPalette.ColorRole.Base, base)
        p.setColor(group, QPalette.ColorRole.AlternateBase, QColor("#26282b"))
        p.setColor(group, QPalette.ColorRole.Text, text)
        p.setColor(group, QPalette.ColorRole.Button, QColor("#393b40"))
        p.setColor(group, QPalette.ColorRole.ButtonText, text)
        p.setColor(group, QPalette.ColorRole.Highlight, QColor("#2f65ca"))
        p.setColor(group, QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
        p.setColor(group, QPalette.ColorRole.ToolTipBase, QColor("#393b40"))
        p.setColor(group, QPalette.ColorRole.ToolTipText, text)
        p.setColor(group, QPalette.ColorRole.PlaceholderText, QColor("#9da0a8"))
        p.setColor(group, QPalette.ColorRole.Link, QColor("#6ea6ff"))
        p.setColor(group, QPalette.ColorRole.Mid, QColor("#43454a"))
    disabled = QColor("#8c8f96")  # every role above is set for disabled widgets too, so none falls back to light
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Highlight, QColor("#43454a"))
    return p


def _light_palette() -> QPalette:
    p = QApplication.style().standardPalette()
    p.setColor(QPalette.ColorRole.Highlight, QColor("#2457c5"))
    p.setColor(QPalette.ColorRole.Link, QColor("#1a4fb4"))
    # Fusion's placeholder is the text colour at half opacity: 3.9:1 on white, below AA.
    p.setColor(QPalette.ColorRole.PlaceholderText, QColor("#5f6368"))
    return p


def palette_for(dark: bool) -> QPalette:
    return _dark_palette() if dark else _light_palette()


def error_colour() -> str:
    """The colour of error text in the current theme."""
    app = QApplication.instance()
    return ERROR_TEXT[bool(app is not None and app.property("codecraftDark"))]


def _font_sizes(sheet: str) -> str:
    """``@FONT*1.5@`` in app.qss: 1.5 times the application font's size (the OS's, so it follows its setting)."""
    base = QGuiApplication.font().pointSizeF()
    base = base if base > 0 else 9.0
    return re.sub(r"@FONT\*([0-9.]+)@", lambda m: f"{base * float(m.group(1)):.1f}pt", sheet)


# Style rules go on the few widgets that use them, not on the application: an application-wide style sheet makes
# Qt polish every widget through its (slow) style sheet engine, which cost 0.4-0.9 s at start-up here.
_styled: weakref.WeakSet[QWidget] = weakref.WeakSet()
_accent = ACCENT[False]


def _rules_for(name: str) -> str:
    style = resource_path("styles", "app.qss")
    sheet = style.read_text(encoding="utf-8") if style.exists() else ""
    blocks = re.findall(r"([^{}]+)\{([^}]*)\}", re.sub(r"/\*.*?\*/", "", sheet, flags=re.S))
    chosen = [f"{selector.strip()} {{{body}}}" for selector, body in blocks if f"#{name}" in selector]
    return _font_sizes("\n".join(chosen).replace("@ACCENT@", _accent))


def style_as(widget: QWidget, name: str) -> None:
    """Give ``widget`` the object name ``name`` and the style rules app.qss has for it."""
    widget.setObjectName(name)
    widget.setStyleSheet(_rules_for(name))
    _styled.add(widget)


def apply_theme(app: QApplication, choice: str) -> None:
    global _accent
    dark = is_dark(choice)
    app.setPalette(palette_for(dark))
    _accent = ACCENT[dark]
    for widget in list(_styled):
        if shiboken6.isValid(widget):  # a closed dialog's wrapper can outlive its widget
            widget.setStyleSheet(_rules_for(widget.objectName()))
        else:
            _styled.discard(widget)
    app.setProperty("codecraftDark", dark)
