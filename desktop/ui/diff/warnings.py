"""The banner above a file's diff with what a reviewer must know (hidden characters, line endings, ...)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel, QWidget

from desktop.services.review_warnings import ReviewWarning, WarningKind
from desktop.ui.i18n import fmt, translated_message

SEVERE = {WarningKind.BIDI, WarningKind.INVISIBLE}


class WarningBanner(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setAccessibleName(self.tr("Review warnings"))
        self.setToolTip(self.tr("Things about this file that the diff alone does not show"))
        self.setAutoFillBackground(True)
        self.setMargin(6)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.warnings: list[ReviewWarning] = []
        self.hide()

    def set_warnings(self, warnings: list[ReviewWarning]) -> None:
        self.warnings = list(warnings)
        if not warnings:
            self.clear()
            self.hide()
            return
        severe = any(w.kind in SEVERE for w in warnings)
        messages = [translated_message(w.message) for w in warnings]
        items = "".join(fmt(self.tr("<li>⚠ %1</li>"), escape(message)) for message in messages)
        heading = self.tr("%n review warning(s)", "", len(warnings))
        self.setText(f"<b>{heading}</b><ul style='margin:0'>{items}</ul>")
        self.setAccessibleDescription(" ".join(messages))
        palette = self.palette()
        window = palette.color(QPalette.ColorRole.Window)
        dark = window.lightness() < 128
        tint = QColor("#d9480f" if severe else "#b08800")
        background = QColor(
            round(window.red() + (tint.red() - window.red()) * (0.30 if dark else 0.18)),
            round(window.green() + (tint.green() - window.green()) * (0.30 if dark else 0.18)),
            round(window.blue() + (tint.blue() - window.blue()) * (0.30 if dark else 0.18)),
        )
        palette.setColor(QPalette.ColorRole.Window, background)
        self.setPalette(palette)
        self.show()

    def text_only(self) -> str:
        return " ".join(translated_message(w.message) for w in self.warnings)
