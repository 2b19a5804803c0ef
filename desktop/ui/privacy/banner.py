"""The main window's privacy banner: security incident notices (§6.2) until acknowledged, and a new policy
version (§14) with its summary and effective date until accepted."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.api import contract as c
from desktop.ui.i18n import fmt, local_date
from desktop.ui.privacy.controller import PrivacyController
from desktop.ui.privacy.widgets import button, text

NOTICE_STYLE = "QFrame#securityNotice { border: 2px solid #c62828; border-radius: 6px; }"
POLICY_STYLE = "QFrame#policyNotice { border: 1px solid palette(highlight); border-radius: 6px; }"


class PrivacyBanner(QWidget):
    def __init__(self, controller: PrivacyController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setAccessibleName(self.tr("Privacy notices"))
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(8, 8, 8, 0)
        self.notice_frames: dict[int, QFrame] = {}
        self.ack_buttons: dict[int, QPushButton] = {}
        self.policy_frame: QFrame | None = None
        self.accept_button: QPushButton | None = None
        controller.notices_changed.connect(self.show_notices)
        controller.policy_changed.connect(self.show_policy)
        controller.signed_in_changed.connect(lambda signed_in: None if signed_in else self.clear())
        self.setVisible(False)

    def _frame(self, name: str, style: str, body: QLabel, action: QPushButton, at: int = -1) -> QFrame:
        frame = QFrame()
        frame.setObjectName(name)
        frame.setStyleSheet(style)
        row = QHBoxLayout(frame)
        row.addWidget(body, 1)
        row.addWidget(action)
        self.layout_.insertWidget(at, frame)
        return frame

    def show_notices(self, notices: list[c.SecurityNotice]) -> None:
        for frame in self.notice_frames.values():
            frame.deleteLater()
        self.notice_frames.clear()
        self.ack_buttons.clear()
        for position, notice in enumerate(notices):  # security notices first, above a policy change
            body = text(
                fmt(
                    self.tr(
                        "<b>Security notice: %1</b> (detected %2)<br>%3<br><b>What it means for "
                        "you:</b> %4<br><b>What to do:</b> %5"
                    ),
                    notice.title,
                    local_date(notice.detected_at),
                    notice.description,
                    notice.impact,
                    notice.mitigation,
                ),
                fmt(self.tr("Security notice: %1"), notice.title),
                rich=True,
            )
            ack = button(self.tr("I have read this"), self.tr("Hide this notice; CodeCraft records that you saw it"))
            ack.clicked.connect(lambda _=False, i=notice.id: self._acknowledge(i))
            self.notice_frames[notice.id] = self._frame("securityNotice", NOTICE_STYLE, body, ack, position)
            self.ack_buttons[notice.id] = ack
        self._update_visibility()

    def _acknowledge(self, notice_id: int) -> None:
        self.ack_buttons[notice_id].setEnabled(False)
        self.controller.acknowledge(notice_id)

    def show_policy(self, status: c.PolicyStatus) -> None:
        if self.policy_frame is not None:
            self.policy_frame.deleteLater()
            self.policy_frame = self.accept_button = None
        if status.pending:
            latest = status.pending[-1]
            body = text(
                fmt(
                    self.tr("<b>The privacy policy changes on %1</b> (version %2). %3"),
                    local_date(latest.effective_at),
                    latest.version,
                    latest.summary,
                ),
                self.tr("Privacy policy change"),
                rich=True,
            )
            self.accept_button = button(
                self.tr("Accept"), fmt(self.tr("Accept version %1 of the privacy policy"), latest.version), True
            )
            self.accept_button.clicked.connect(lambda: self.controller.accept_policy(latest.version))
            self.policy_frame = self._frame("policyNotice", POLICY_STYLE, body, self.accept_button)
        self._update_visibility()

    def clear(self) -> None:
        self.show_notices([])
        if self.policy_frame is not None:
            self.policy_frame.deleteLater()
            self.policy_frame = self.accept_button = None
        self._update_visibility()

    def _update_visibility(self) -> None:
        self.setVisible(bool(self.notice_frames) or self.policy_frame is not None)
