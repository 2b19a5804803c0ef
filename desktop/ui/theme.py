"""Light and dark themes: follow the OS colour scheme unless the person picked one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPalette
from PySide6.QtWidgets import QApplication

RESOURCES = Path(__file__).resolve().parent.parent.parent / "resources"


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
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
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
    disabled = QColor("#8c8f96")
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Window, window)
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Base, base)
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Button, QColor("#393b40"))
    return p


def _light_palette() -> QPalette:
    p = QApplication.style().standardPalette()
    p.setColor(QPalette.ColorRole.Highlight, QColor("#2457c5"))
    p.setColor(QPalette.ColorRole.Link, QColor("#1a4fb4"))
    return p


def apply_theme(app: QApplication, choice: str) -> None:
    dark = is_dark(choice)
    app.setPalette(_dark_palette() if dark else _light_palette())
    style = resource_path("styles", "app.qss")
    sheet = style.read_text(encoding="utf-8") if style.exists() else ""
    app.setStyleSheet(sheet.replace("@ACCENT@", "#2f65ca" if dark else "#2457c5"))  # white text on it: >= 4.5:1
    app.setProperty("codecraftDark", dark)
