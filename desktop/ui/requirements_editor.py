"""Editing requirements: the form shared by "Start Building" and a project's Requirements tab."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.projects import Attachment, Requirements
from desktop.ui.i18n import QT_TRANSLATE_NOOP, translated

STACKS = [
    QT_TRANSLATE_NOOP("RequirementsEditor", "Python CLI"),
    QT_TRANSLATE_NOOP("RequirementsEditor", "Python web API (FastAPI)"),
    QT_TRANSLATE_NOOP("RequirementsEditor", "Static web page"),
    QT_TRANSLATE_NOOP("RequirementsEditor", "React + TypeScript"),
    QT_TRANSLATE_NOOP("RequirementsEditor", "Other"),
]
PREVIEW_DELAY_MS = 250
MAX_TITLE_CHARS = 200


def human_size(size: int) -> str:
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{size / 1024:.1f} KB"
    return f"{size / 2**20:.1f} MB"


class MarkdownEditor(QTabWidget):
    """Markdown source on an "Edit" tab and its rendering on a "Preview" tab, kept current while typing."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source = QPlainTextEdit()
        self.source.setAccessibleName(self.tr("Specifications (Markdown)"))
        self.source.setToolTip(self.tr("Specifications in Markdown: headings (#), lists (-), **bold**, `code`"))
        self.source.setPlaceholderText(self.tr("# What it should do\n\n- …"))
        self.source.setTabChangesFocus(True)
        self.preview = QTextBrowser()
        self.preview.setOpenLinks(False)
        self.preview.setAccessibleName(self.tr("Specifications preview"))
        self.preview.setToolTip(self.tr("How the specifications read once formatted"))
        self.addTab(self.source, self.tr("&Edit"))
        self.addTab(self.preview, self.tr("Previe&w"))
        self.setTabToolTip(0, self.tr("Edit the Markdown source"))
        self.setTabToolTip(1, self.tr("See the formatted specifications"))
        self._render = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self._render.timeout.connect(self._update_preview)
        self.source.textChanged.connect(self._render.start)
        self.source.textChanged.connect(self.changed)
        self.currentChanged.connect(self._update_preview)

    def text(self) -> str:
        return self.source.toPlainText()

    def set_text(self, text: str) -> None:
        self.source.setPlainText(text)
        self._update_preview()

    @Slot()
    def _update_preview(self) -> None:
        self._render.stop()
        self.preview.setMarkdown(self.source.toPlainText())


class RequirementsForm(QWidget):
    """Title, description, target stack, language and specifications."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLineEdit()
        self.title.setMaxLength(MAX_TITLE_CHARS)
        self.title.setPlaceholderText(self.tr("e.g. Invoice generator"))
        describe(self.title, self.tr("Title"), self.tr("The project's name (required)"))
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(self.description.fontMetrics().lineSpacing() * 4 + 12)
        self.description.setPlaceholderText(self.tr("A few sentences about what you want built"))
        describe(self.description, self.tr("Description"), self.tr("A short description of the project"))
        self.stack = QComboBox()
        self.stack.setEditable(True)
        self.stack.addItems([translated("RequirementsEditor", stack) for stack in STACKS])
        self.stack.setCurrentIndex(-1)
        self.stack.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        if (stack_edit := self.stack.lineEdit()) is not None:
            stack_edit.setPlaceholderText(self.tr("Pick one or type your own"))
        describe(
            self.stack,
            self.tr("Target stack"),
            self.tr("What the code should be built with; pick one or type your own"),
        )
        self.language = QLineEdit()
        self.language.setPlaceholderText(self.tr("e.g. English"))
        describe(self.language, self.tr("Language"), self.tr("The language of the app's texts and documentation"))
        self.specifications = MarkdownEditor()

        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(_buddy(self.tr("&Title:"), self.title), self.title)
        form.addRow(_buddy(self.tr("&Description:"), self.description), self.description)
        form.addRow(_buddy(self.tr("Target &stack:"), self.stack), self.stack)
        form.addRow(_buddy(self.tr("&Language:"), self.language), self.language)
        form.addRow(_buddy(self.tr("S&pecifications:"), self.specifications.source), self.specifications)

        self.title.textChanged.connect(self.changed)
        self.description.textChanged.connect(self.changed)
        self.stack.currentTextChanged.connect(self.changed)
        self.language.textChanged.connect(self.changed)
        self.specifications.changed.connect(self.changed)

    def requirements(self) -> Requirements:
        return Requirements(
            title=self.title.text().strip(),
            description=self.description.toPlainText().strip(),
            stack=self.stack.currentText().strip(),
            language=self.language.text().strip(),
            specifications=self.specifications.text(),
        )

    def set_requirements(self, requirements: Requirements) -> None:
        self.title.setText(requirements.title)
        self.description.setPlainText(requirements.description)
        self.stack.setCurrentText(requirements.stack)
        self.language.setText(requirements.language)
        self.specifications.set_text(requirements.specifications)


class RequirementsEditor(QWidget):
    """The Requirements tab: the form, the project's attachments and a Save button (Ctrl+S)."""

    save_requested = Signal(object)  # Requirements

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = RequirementsForm()
        self.attachments = QListWidget()
        self.attachments.setMaximumHeight(self.attachments.fontMetrics().lineSpacing() * 4 + 12)
        describe(self.attachments, self.tr("Attachments"), self.tr("Files attached to the requirements"))
        self.save_button = QPushButton(self.tr("Save"))
        describe(self.save_button, self.tr("Save requirements"), self.tr("Save the requirements (Ctrl+S)"))
        self.revert_button = QPushButton(self.tr("Re&vert"))
        describe(self.revert_button, self.tr("Revert requirements"), self.tr("Undo the changes since the last save"))
        self.save_button.setEnabled(False)
        self.revert_button.setEnabled(False)

        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form, 1)
        layout.addWidget(_buddy(self.tr("&Attachments:"), self.attachments))
        layout.addWidget(self.attachments)
        layout.addLayout(buttons)

        self._saved = Requirements(title="")
        self._busy = False
        shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.save)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        self.form.changed.connect(self._update_buttons)

    def load(self, requirements: Requirements, attachments: list[Attachment]) -> None:
        self.form.set_requirements(requirements)
        self._saved = self.form.requirements()  # as the form normalizes it, so loading is not a change
        self.attachments.clear()
        for attachment in attachments:
            self.attachments.addItem(f"{attachment.name}  ({human_size(attachment.size)})")
        if not attachments:
            self.attachments.addItem(self.tr("No attachments"))
        self._update_buttons()

    def mark_saved(self, requirements: Requirements) -> None:
        self._saved = requirements
        self._update_buttons()

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._update_buttons()

    def is_dirty(self) -> bool:
        return self.form.requirements() != self._saved

    @Slot()
    def save(self) -> None:
        if self.save_button.isEnabled():
            self.save_requested.emit(self.form.requirements())

    @Slot()
    def revert(self) -> None:
        self.form.set_requirements(self._saved)

    @Slot()
    def _update_buttons(self) -> None:
        dirty = self.is_dirty()
        self.save_button.setEnabled(dirty and not self._busy and bool(self.form.requirements().title))
        self.revert_button.setEnabled(dirty and not self._busy)


def describe(widget: QWidget, name: str, tip: str) -> None:
    widget.setAccessibleName(name)
    widget.setToolTip(tip)


def _buddy(text: str, widget: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(widget)
    return label
