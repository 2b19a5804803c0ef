"""Small building blocks shared by the Privacy screens."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from desktop.ui.i18n import fmt
from desktop.ui.theme import style_as


def heading(text: str) -> QLabel:
    label = QLabel(text)
    style_as(label, "privacyHeading")
    label.setAccessibleName(text)
    return label


def text(value: str = "", name: str = "", rich: bool = False) -> QLabel:
    label = QLabel(value)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if rich:
        label.setOpenExternalLinks(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
    if name:
        label.setAccessibleName(name)
    return label


def note(value: str = "", name: str = "") -> QLabel:
    label = text(value, name)
    style_as(label, "emptyState")
    return label


def button(label: str, tip: str, primary: bool = False) -> QPushButton:
    widget = QPushButton(label)
    widget.setAccessibleName(label.replace("…", ""))
    widget.setToolTip(tip)
    if primary:
        style_as(widget, "primaryButton")
    return widget


def table(name: str, description: str) -> QTableView:
    view = QTableView()
    view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
    view.setAccessibleName(name)
    view.setAccessibleDescription(description)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    view.setWordWrap(True)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return view


def pane(title: str, intro: str) -> tuple[QWidget, QVBoxLayout]:
    """A screen with a heading and an introduction; add the rest to the returned layout."""
    widget = QWidget()
    layout = QVBoxLayout(widget)
    layout.setContentsMargins(4, 0, 4, 0)
    layout.setSpacing(10)
    layout.addWidget(heading(title))
    layout.addWidget(note(intro, fmt(QCoreApplication.translate("Widgets", "%1: introduction"), title)))
    return widget, layout
