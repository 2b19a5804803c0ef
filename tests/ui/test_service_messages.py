"""Texts of the Qt-free layers (errors, hints, privacy explanations, progress) reach the catalogue and are shown in
the interface language, while the command line and the logs keep the English."""

from __future__ import annotations

import ast
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.api.errors import RateLimited
from desktop.messages import CONTEXT, N_, Message
from desktop.services.portability.validate import ArchiveRefused
from desktop.services.privacy_facts import CONSENT_TEXT
from desktop.storage.errors import VaultDamaged, VaultTooNew, WrongPassphrase
from desktop.ui.error_dialog import ErrorDialog
from desktop.ui.i18n import error_texts, install_translators, local_date, translated_message

ROOT = Path(__file__).resolve().parents[2]
CATALOGUE = ROOT / "resources" / "translations" / "codecraft_de.ts"


def marked_texts() -> Iterator[tuple[str, int, str]]:
    """(file, line, text) of every ``N_("Messages", …)`` in the app's code."""
    for path in sorted((ROOT / "desktop").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "N_":
                context, text = node.args
                assert isinstance(context, ast.Constant) and context.value == CONTEXT, f"{path}:{node.lineno}"
                assert isinstance(text, ast.Constant), f"{path}:{node.lineno}: mark a literal, not an expression"
                yield str(path.relative_to(ROOT)), node.lineno, text.value


def catalogue_sources(context: str) -> set[str]:
    root = ET.parse(CATALOGUE).getroot()
    return {m.findtext("source") or "" for c in root.iter("context") if c.findtext("name") == context
            for m in c.iter("message")}  # fmt: skip


def test_every_marked_text_is_in_the_catalogue() -> None:
    """A text marked in the code but missing here means `make translations` was not run after changing it."""
    sources = catalogue_sources(CONTEXT)
    marked = list(marked_texts())
    assert len(marked) > 250
    missing = [f"{file}:{line}: {text!r}" for file, line, text in marked if text not in sources]
    assert missing == []


@pytest.fixture
def german(qtbot: QtBot) -> Iterator[None]:
    app = QApplication.instance()
    assert app is not None
    install_translators(app, "de")
    yield
    install_translators(app, "en")


def test_a_service_error_is_shown_in_german_and_stays_english_on_the_command_line(german: None) -> None:
    error = VaultTooNew(6, 5)
    title, message = error_texts(error)
    assert title != VaultTooNew.title and "Tresor" in title
    assert "6" in message and "5" in message and "newer" not in message
    assert str(error).startswith("This vault was written by a newer CodeCraft Desktop (format 6;")

    wrong = WrongPassphrase()
    assert error_texts(wrong)[1] != str(wrong) and "Passphrase" in error_texts(wrong)[1]


def test_nested_and_listed_texts_are_translated_piece_by_piece(german: None) -> None:
    damaged = VaultDamaged(N_("Messages", "{count} damaged page(s) found."), count=3)
    assert "3" in error_texts(damaged)[1] and "damaged" not in error_texts(damaged)[1]
    assert str(damaged).endswith("3 damaged page(s) found. Restore the file from a backup, or move it aside to "
                                 "start a new vault.")  # fmt: skip

    refused = ArchiveRefused([Message(N_("Messages", "{name} is a symbolic link"), {"name": "'a'"}),
                              Message(N_("Messages", "its manifest has no entry list"))])  # fmt: skip
    shown = error_texts(refused)[1]
    assert "'a'" in shown and "; " in shown and "symbolic link" not in shown and "manifest has" not in shown
    assert "symbolic link; its manifest has no entry list" in str(refused)

    limited = RateLimited(N_("Messages", "Please sign in to continue."), retry_after=7)
    assert "7" in error_texts(limited)[1] and "Try again" not in error_texts(limited)[1]


def test_privacy_explanations_and_dates_follow_the_language(german: None) -> None:
    title, explanation = (translated_message(text) for text in CONSENT_TEXT[next(iter(CONSENT_TEXT))])
    assert (title, explanation) != CONSENT_TEXT[next(iter(CONSENT_TEXT))]
    assert local_date(datetime(2026, 11, 26, 12, tzinfo=UTC)) == "26.11.26"


def test_the_error_dialog_shows_the_translated_message(german: None, qtbot: QtBot) -> None:
    dialog = ErrorDialog(WrongPassphrase())
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == error_texts(WrongPassphrase())[0] != WrongPassphrase.title
    assert dialog.message.text() == error_texts(WrongPassphrase())[1]


def test_a_message_is_the_english_text_and_remembers_its_template() -> None:
    text = Message(N_("Messages", "{name} is a symbolic link"), {"name": "link"})
    assert text == "link is a symbolic link" and text.template == "{name} is a symbolic link"
    assert f"{text}!" == "link is a symbolic link!"
    assert translated_message("not a marked text") == "not a marked text"


def test_an_error_made_from_a_message_keeps_its_template(german: None) -> None:
    from desktop.services.sync_resolve import NoSuchConflict, _not_in_conflict

    error = NoSuchConflict(_not_in_conflict("src/app.py"))
    assert str(error) == "src/app.py of this project is not in conflict."
    assert "src/app.py" in error_texts(error)[1] and "not in conflict" not in error_texts(error)[1]


def test_stored_revision_notes_are_shown_translated(german: None) -> None:
    from desktop.domain.projects import RevisionNote
    from desktop.ui.i18n import translated_stored

    stored = str(Message(RevisionNote.MANY_FROM_REVISION, {"count": 3, "new": 4, "old": 2}))
    assert stored == "Applied 3 accepted changes from revision 4 to revision 2"  # what the vault keeps
    shown = translated_stored(stored, RevisionNote.templates())
    assert shown != stored and all(number in shown for number in "342")
    assert translated_stored("A summary someone wrote", RevisionNote.templates()) == "A summary someone wrote"
