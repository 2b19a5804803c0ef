"""German, the second language: the catalogue is complete and keeps every placeholder, and with the language set to
German no screen or main dialog shows a text of the catalogue in English."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QTabBar,
    QTableView,
    QTextEdit,
    QTreeView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desktop.services.context import AppContext
from desktop.ui.i18n import fmt, install_translators, resolve_language
from desktop.ui.main_window import MainWindow
from tests.ui.screens import screens

CATALOGUE = Path(__file__).resolve().parents[2] / "resources" / "translations" / "codecraft_de.ts"
pytestmark = pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing the keyboard")


def messages() -> list[ET.Element]:
    return list(ET.parse(CATALOGUE).getroot().iter("message"))


def translations(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    forms = translation.findall("numerusform")
    return [form.text or "" for form in forms] if forms else [translation.text or ""]


def english_sources() -> set[str]:
    """The catalogue's source texts whose German differs (a text that is the same in both is not a finding)."""
    found = set()
    for message in messages():
        source = message.findtext("source") or ""
        if message.get("numerus") != "yes" and source not in translations(message):
            found.add(source)
    return found


def test_the_german_catalogue_is_complete_and_keeps_placeholders_and_plurals() -> None:
    problems = []
    for message in messages():
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        if translation.get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{translation.get('type')}: {source!r}")
        forms = translations(message)
        if message.get("numerus") == "yes" and len(forms) != 2:
            problems.append(f"German has two plural forms: {source!r}")
        for form in forms:
            if not form.strip():
                problems.append(f"empty: {source!r}")
            if sorted(re.findall(r"%L?n|%\d", source)) != sorted(re.findall(r"%L?n|%\d", form)):
                problems.append(f"placeholders differ: {source!r} → {form!r}")
            if source.count("&") - source.count("&&") > 0 and "&" not in form:
                problems.append(f"mnemonic lost: {source!r} → {form!r}")
    assert problems == []
    assert len(messages()) > 1000


def test_language_follows_the_system_unless_the_setting_names_one() -> None:
    assert resolve_language("system", QLocale(QLocale.Language.German, QLocale.Country.Austria)) == "de"
    assert resolve_language("system", QLocale(QLocale.Language.French)) == "en"
    assert resolve_language("en", QLocale(QLocale.Language.German)) == "en"
    assert resolve_language("de", QLocale(QLocale.Language.English)) == "de"
    assert fmt("%1 of %2, %10", "a", "b") == "a of b, %10"


def shown_texts(top: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every text a person sees or hears on ``top``: labels, buttons, tabs, titles, tooltips,
    placeholders, accessible names and descriptions, combo box items, table headers and menu commands."""
    yield "window title", top.windowTitle()
    for widget in [top, *top.findChildren(QWidget)]:
        if widget.window() is not top or not widget.isVisible():
            continue
        kind = type(widget).__name__
        yield f"{kind} tooltip", widget.toolTip()
        yield f"{kind} accessible name", widget.accessibleName()
        yield f"{kind} accessible description", widget.accessibleDescription()
        if isinstance(widget, QLabel | QAbstractButton):
            yield kind, widget.text()
        if isinstance(widget, QGroupBox):
            yield kind, widget.title()
        if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
            yield f"{kind} placeholder", widget.placeholderText()
        if isinstance(widget, QTabBar):
            for index in range(widget.count()):
                yield "tab", widget.tabText(index)
                yield "tab tooltip", widget.tabToolTip(index)
        if isinstance(widget, QComboBox):
            for index in range(widget.count()):
                yield "combo item", widget.itemText(index)
        if isinstance(widget, QTableView | QTreeView) and widget.model() is not None:
            model = widget.model()
            for column in range(model.columnCount(QModelIndex())):
                yield "header", str(model.headerData(column, Qt.Orientation.Horizontal) or "")
    if isinstance(top, QMainWindow):
        for menu_action in top.menuBar().actions():
            yield "menu", menu_action.text()
            menu = menu_action.menu()
            for action in menu.actions() if menu is not None else []:
                yield "menu command", action.text()
                yield "menu tooltip", action.toolTip()


@pytest.fixture
def german(ctx: AppContext) -> Iterator[None]:
    ctx.settings.set("language", "de")
    yield
    app = QApplication.instance()
    assert app is not None
    install_translators(app, "en")


def test_every_screen_and_dialog_is_german(german: None, qtbot: QtBot, window: MainWindow, sample_folder: Path) -> None:
    assert window.account_page.sign_in_button.text() == "Anmelden…"
    english = english_sources()
    english |= {source.replace("&", "") for source in english}
    found = set()
    for name, top in screens(qtbot, window, sample_folder):
        for where, text in shown_texts(top):
            if text and text in english:
                found.add(f"{name}: {where}: {text!r}")
    assert sorted(found) == [], "\n".join(sorted(found))
