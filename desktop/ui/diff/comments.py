"""Comment threads beside the diff: a composer (Markdown with preview, optional suggested change shown as a
mini diff) and one card per thread with replies, resolve/reopen, and "Apply suggestion".

The panel only shows and asks: the viewer changes the ``ReviewSession`` and hands the threads back.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.review import CommentThread, LineAnchor, Side, Suggestion
from desktop.ui.i18n import fmt, local_time


def anchor_text(anchor: LineAnchor) -> str:
    """Where a comment sits, e.g. "app.py, lines 3–5 (new)", in the interface language."""
    side = (
        QCoreApplication.translate("Comments", "new")
        if anchor.side is Side.NEW
        else QCoreApplication.translate("Comments", "old")
    )
    if anchor.start == anchor.end:
        return fmt(QCoreApplication.translate("Comments", "%1, line %2 (%3)"), anchor.path, anchor.start, side)
    lines = QCoreApplication.translate("Comments", "%1, lines %2–%3 (%4)")
    return fmt(lines, anchor.path, anchor.start, anchor.end, side)


def thread_markdown(thread: CommentThread) -> str:
    parts = []
    for comment in thread.comments:
        stamp = local_time(comment.created_at)
        parts.append(f"**{comment.author}** · {stamp}\n\n{comment.body}")
        if comment is thread.first and thread.suggestion is not None:
            parts.append(
                fmt(
                    QCoreApplication.translate("Comments", "Suggested change:\n\n```diff\n%1\n```"),
                    thread.suggestion.mini_diff(),
                )
            )
    return "\n\n---\n\n".join(parts)


def _button(text: str, tip: str) -> QPushButton:
    button = QPushButton(text)
    button.setAccessibleName(text.replace("&", ""))
    button.setToolTip(tip)
    return button


class Composer(QFrame):
    submitted = Signal(object, str, object)  # LineAnchor, body, Suggestion | None
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.anchor: LineAnchor | None = None
        self.original: tuple[str, ...] = ()
        self.where = QLabel()
        self.body = QPlainTextEdit()
        self.body.setAccessibleName(self.tr("Comment text"))
        self.body.setToolTip(self.tr("Your comment, in Markdown (Ctrl+Enter to add it)"))
        self.body.setPlaceholderText(self.tr("Leave a comment (Markdown)"))
        self.preview = QTextBrowser()
        self.preview.setAccessibleName(self.tr("Comment preview"))
        self.preview.setAccessibleDescription(self.tr("The comment as it will read once formatted"))
        self.tabs = QTabWidget()
        self.tabs.addTab(self.body, self.tr("Write"))
        self.tabs.addTab(self.preview, self.tr("Preview"))
        self.tabs.currentChanged.connect(self._update_preview)
        self.suggest = QCheckBox(self.tr("Suggest a change"))
        self.suggest.setToolTip(
            self.tr("Write the selected lines as they should be; shown to the author as a small diff")
        )
        self.suggestion = QPlainTextEdit()
        self.suggestion.setAccessibleName(self.tr("Suggested lines"))
        self.suggestion.setToolTip(self.tr("The selected lines as you suggest them"))
        self.suggestion_diff = QTextBrowser()
        self.suggestion_diff.setAccessibleName(self.tr("Suggested change preview"))
        self.suggestion_diff.setAccessibleDescription(self.tr("Your suggestion as a diff against the selected lines"))
        self.suggestion_diff.setMaximumHeight(110)
        self.suggest.toggled.connect(self._toggle_suggestion)
        self.suggestion.textChanged.connect(self._update_suggestion_diff)
        self.add = _button(self.tr("&Comment"), self.tr("Add this comment (Ctrl+Enter)"))
        self.add.clicked.connect(self._submit)
        cancel = _button(self.tr("Cancel"), self.tr("Discard this comment (Esc)"))
        cancel.clicked.connect(self.close_composer)
        QShortcut(
            QKeySequence("Ctrl+Return"), self, self._submit, context=Qt.ShortcutContext.WidgetWithChildrenShortcut
        )
        QShortcut(QKeySequence("Esc"), self, self.close_composer, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(cancel)
        buttons.addWidget(self.add)
        layout = QVBoxLayout(self)
        for widget in (self.where, self.tabs, self.suggest, self.suggestion, self.suggestion_diff):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        self._toggle_suggestion(False)
        self.hide()

    def start(self, anchor: LineAnchor, lines: list[str], *, suggest: bool = False) -> None:
        self.anchor = anchor
        self.original = tuple(lines)
        self.where.setText(fmt(self.tr("New comment on %1"), anchor_text(anchor)))
        self.body.clear()
        self.tabs.setCurrentIndex(0)
        self.suggestion.setPlainText("\n".join(lines))
        self.suggest.setChecked(suggest)
        self.suggest.setEnabled(anchor.side.value == "new")
        self.show()
        self.body.setFocus()

    def current_suggestion(self) -> Suggestion | None:
        if not self.suggest.isChecked():
            return None
        text = self.suggestion.toPlainText()
        return Suggestion(self.original, tuple(text.split("\n")) if text else ())

    def _toggle_suggestion(self, on: bool) -> None:
        self.suggestion.setVisible(on)
        self.suggestion_diff.setVisible(on)
        self._update_suggestion_diff()

    def _update_suggestion_diff(self) -> None:
        suggestion = self.current_suggestion()
        if suggestion is not None:
            self.suggestion_diff.setMarkdown(f"```diff\n{suggestion.mini_diff()}\n```")

    def _update_preview(self, index: int) -> None:
        if index == 1:
            self.preview.setMarkdown(self.body.toPlainText() or self.tr("*Nothing to preview*"))

    def _submit(self) -> None:
        suggestion = self.current_suggestion()
        if self.anchor is None or (not self.body.toPlainText().strip() and suggestion is None):
            return
        self.submitted.emit(self.anchor, self.body.toPlainText(), suggestion)
        self.hide()

    def close_composer(self) -> None:
        self.hide()
        self.cancelled.emit()


class ThreadCard(QFrame):
    def __init__(self, thread: CommentThread, panel: CommentsPanel, can_apply: bool) -> None:
        super().__init__()
        self.thread_id = thread.id
        self.setFrameShape(QFrame.Shape.StyledPanel)
        state = self.tr(" · resolved") if thread.resolved else ""
        title = QPushButton(f"{anchor_text(thread.anchor)}{state}")
        title.setFlat(True)
        title.setAccessibleName(fmt(self.tr("Go to comment on %1"), anchor_text(thread.anchor)))
        title.setToolTip(self.tr("Show these lines in the diff"))
        title.clicked.connect(lambda: panel.jump_requested.emit(thread.id))
        self.text = QTextBrowser()
        self.text.setAccessibleName(self.tr("Comment thread"))
        self.text.setMarkdown(thread_markdown(thread))
        self.text.setMaximumHeight(60 if thread.resolved else 180)
        self.reply = QLineEdit()
        self.reply.setPlaceholderText(self.tr("Reply…"))
        self.reply.setAccessibleName(self.tr("Reply"))
        self.reply.setToolTip(self.tr("Your reply, in Markdown (Enter to send)"))
        self.reply.returnPressed.connect(self._send)
        self.resolve = _button(
            self.tr("Reopen") if thread.resolved else self.tr("Resolve"), self.tr("Mark this thread as settled or not")
        )
        self.resolve.clicked.connect(lambda: panel.resolve_requested.emit(thread.id, not thread.resolved))
        row = QHBoxLayout()
        row.addWidget(self.reply, 1)
        row.addWidget(self.resolve)
        layout = QVBoxLayout(self)
        layout.addWidget(title, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.text)
        layout.addLayout(row)
        self.apply = _button(self.tr("Apply suggestion"), self.tr("Make a new revision with this suggested change"))
        self.apply.setVisible(thread.suggestion is not None)
        self.apply.setEnabled(can_apply and not thread.resolved)
        self.apply.clicked.connect(lambda: panel.apply_requested.emit(thread.id))
        layout.addWidget(self.apply, 0, Qt.AlignmentFlag.AlignRight)
        self._panel = panel

    def _send(self) -> None:
        if self.reply.text().strip():
            self._panel.reply_requested.emit(self.thread_id, self.reply.text())


class CommentsPanel(QWidget):
    reply_requested = Signal(int, str)
    resolve_requested = Signal(int, bool)
    apply_requested = Signal(int)
    jump_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Comments"))
        self.composer = Composer()
        self.heading = QLabel(self.tr("No comments on this file. Select lines and press C to comment."))
        self.heading.setWordWrap(True)
        self._cards = QVBoxLayout()
        holder = QWidget()
        holder_layout = QVBoxLayout(holder)
        holder_layout.addLayout(self._cards)
        holder_layout.addStretch()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(holder)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.composer)
        layout.addWidget(self.heading)
        layout.addWidget(scroll, 1)
        self.cards: list[ThreadCard] = []

    def set_threads(self, threads: list[CommentThread], *, can_apply: bool) -> None:
        for card in self.cards:
            self._cards.removeWidget(card)
            card.deleteLater()
        self.cards = [ThreadCard(thread, self, can_apply) for thread in threads]
        for card in self.cards:
            self._cards.addWidget(card)
        open_count = sum(not thread.resolved for thread in threads)
        self.heading.setText(
            fmt(self.tr("%n comment thread(s) on this file, %1 open", "", len(threads)), open_count)
            if threads
            else self.tr("No comments on this file. Select lines and press C to comment.")
        )
