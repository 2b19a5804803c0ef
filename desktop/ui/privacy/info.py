"""Data retention (§9), third parties (§5.1), the policy version (§14) and privacy contacts (§15, §12).

Each screen shows what the app knows by itself first, and the service's answer once signed in.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from desktop.api import contract as c
from desktop.domain.privacy import RetentionClass
from desktop.services.privacy_facts import (
    COMPLAINT_RIGHT,
    DPO,
    EU_REPRESENTATIVE,
    PROCESSORS,
    RETENTION_PERIODS,
    RETENTION_TITLES,
    SUPERVISORY_AUTHORITIES_URL,
    SUPPORT_EMAIL,
    ContactInfo,
    ProcessorInfo,
)
from desktop.ui.i18n import fmt, local_date, translated_message
from desktop.ui.privacy.controller import PrivacyController
from desktop.ui.privacy.widgets import button, heading, note, pane, text


def _fill(view: QTableWidget, rows: Sequence[Sequence[str]]) -> None:
    view.setRowCount(len(rows))
    for row, values in enumerate(rows):
        for column, value in enumerate(values):
            item = QTableWidgetItem(value)
            item.setToolTip(value)
            view.setItem(row, column, item)
    view.resizeRowsToContents()


def _table(name: str, columns: tuple[str, ...], widths: tuple[int, ...]) -> QTableWidget:
    view = QTableWidget(0, len(columns))
    view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
    view.setAccessibleName(name)
    view.setAccessibleDescription(", ".join(columns))
    view.setHorizontalHeaderLabels(list(columns))
    view.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    view.setWordWrap(True)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    for column, width in enumerate(widths):
        view.setColumnWidth(column, width)
    return view


def _wrap(body: QWidget, owner: QWidget) -> None:
    outer = QVBoxLayout(owner)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(body)


class RetentionPane(QWidget):
    def __init__(self, controller: PrivacyController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        body, layout = pane(
            self.tr("Data retention"),
            self.tr("How long CodeCraft keeps each kind of data, and when yours is due to be deleted."),
        )
        self.view = _table(
            self.tr("Retention periods and your deletion dates"),
            (self.tr("Data"), self.tr("Kept for"), self.tr("Yours")),
            (130, 300),
        )
        self.local = text("", self.tr("Analytics on this computer"))
        layout.addWidget(self.view, 1)
        layout.addWidget(self.local)
        _wrap(body, self)
        self.show_periods(None)
        controller.retention_changed.connect(self.show_periods)
        controller.signed_in_changed.connect(lambda signed_in: None if signed_in else self.show_periods(None))
        controller.queue_changed.connect(lambda _: self._show_local(controller))

    def show_periods(self, report: c.RetentionReport | None) -> None:
        schedule = {RetentionClass(e.data_class): e for e in report.schedule} if report else {}
        rows = []
        for kind in RetentionClass:
            entry = schedule.get(kind)
            if entry is None:
                yours = self.tr("Sign in to see the dates for your account.")
            elif entry.delete_on is not None:
                yours = fmt(self.tr("Deleted on %1. %2"), local_date(entry.delete_on), entry.note)
            else:
                yours = entry.note
            rows.append(
                (translated_message(RETENTION_TITLES[kind]), translated_message(RETENTION_PERIODS[kind]), yours)
            )
        _fill(self.view, rows)

    def _show_local(self, controller: PrivacyController) -> None:
        controller.chain(
            [(controller.vault, lambda _: controller.service.analytics_delete_on())],
            lambda when: self.local.setText(
                fmt(
                    self.tr("Analytics events queued on this computer: the oldest is deleted here on %1."),
                    local_date(when),
                )
                if when
                else self.tr("No analytics events are queued on this computer.")
            ),
        )


class ThirdPartiesPane(QWidget):
    def __init__(self, controller: PrivacyController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        body, layout = pane(
            self.tr("Third parties"),
            self.tr(
                "The companies that process data for CodeCraft, and what each of them receives. CodeCraft does not "
                "sell personal information."
            ),
        )
        self.view = _table(
            self.tr("Processors and what they receive"),
            (self.tr("Service"), self.tr("Who"), self.tr("Receives")),
            (130, 260),
        )
        layout.addWidget(self.view, 1)
        _wrap(body, self)
        _fill(self.view, [_processor_row(p) for p in PROCESSORS])
        controller.processors_changed.connect(lambda found: _fill(self.view, [_processor_row(p) for p in found]))


class PolicyPane(QWidget):
    def __init__(self, controller: PrivacyController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.pending: list[c.PolicyVersion] = []
        body, layout = pane(
            self.tr("Privacy policy"),
            self.tr(
                "Which version of the privacy policy you accepted. A new version is announced at least 30 days "
                "before it applies, with a summary of what changes."
            ),
        )
        self.accepted = text(self.tr("Sign in to see which version you accepted."), self.tr("Accepted policy version"))
        self.announcement = text("", self.tr("New policy version"))
        self.announcement.setStyleSheet("font-weight: 600;")
        self.accept = button(self.tr("Accept"), self.tr("Accept the new version of the privacy policy"), primary=True)
        self.accept.clicked.connect(self.accept_pending)
        row = QHBoxLayout()
        row.addWidget(self.accept)
        row.addStretch(1)
        for widget in (self.accepted, self.announcement):
            layout.addWidget(widget)
        layout.addLayout(row)
        layout.addStretch(1)
        _wrap(body, self)
        self.show_status(None)
        controller.policy_changed.connect(self.show_status)

    def show_status(self, status: c.PolicyStatus | None) -> None:
        self.pending = list(status.pending) if status else []
        if status is not None:
            self.accepted.setText(
                fmt(
                    self.tr("You accepted version %1 on %2. Version %3 is in effect now."),
                    status.accepted_version,
                    local_date(status.accepted_at),
                    status.in_effect,
                )
            )
        self.announcement.setText(describe_pending(self.pending))
        self.announcement.setVisible(bool(self.pending))
        self.accept.setVisible(bool(self.pending))
        if self.pending:
            self.accept.setText(fmt(self.tr("Accept version %1"), self.pending[-1].version))

    def accept_pending(self) -> None:
        if self.pending:
            self.controller.accept_policy(self.pending[-1].version)


def describe_pending(pending: list[c.PolicyVersion]) -> str:
    return "\n".join(
        fmt(
            QCoreApplication.translate("Info", "New version %1, in effect from %2: %3"),
            v.version,
            local_date(v.effective_at),
            v.summary,
        )
        for v in pending
    )


def _processor_row(processor: ProcessorInfo | c.Processor) -> tuple[str, str, str]:
    """A kind of processor as a row; the service's own wording is shown translated where the catalogue has it."""
    names = ", ".join(translated_message(name) for name in processor.names)
    return translated_message(processor.category), names, translated_message(processor.receives)


def _contact_html(point: ContactInfo | c.ContactPoint) -> str:
    lines = [
        f"<b>{translated_message(point.role)}</b>",
        point.organisation,
        fmt(QCoreApplication.translate("Info", '<a href="mailto:%1">%2</a>'), point.email, point.email),
    ]
    if point.phone:
        lines.append(point.phone)
    return "<br>".join([*lines, *point.address])


class ContactPane(QWidget):
    def __init__(self, controller: PrivacyController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        body, layout = pane(self.tr("Contact"), self.tr("Questions, requests or concerns about your privacy."))
        self.dpo = text(_contact_html(DPO), self.tr("Data Protection Officer"), rich=True)
        self.eu = text(_contact_html(EU_REPRESENTATIVE), self.tr("EU representative"), rich=True)
        self.support = note(fmt(self.tr("For anything else: %1"), SUPPORT_EMAIL), self.tr("Support email"))
        self.complaint = text(
            self._complaint(translated_message(COMPLAINT_RIGHT), SUPERVISORY_AUTHORITIES_URL),
            self.tr("Right to complain"),
            True,
        )
        for widget in (self.dpo, self.eu, self.support, heading(self.tr("Right to complain")), self.complaint):
            layout.addWidget(widget)
        layout.addStretch(1)
        _wrap(body, self)
        controller.contact_changed.connect(self.show_contact)

    @staticmethod
    def _complaint(right: str, url: str) -> str:
        return fmt(
            QCoreApplication.translate("ContactPane", '%1<br><a href="%2">Find your supervisory authority</a>'),
            right,
            url,
        )

    def show_contact(self, contact: c.PrivacyContact) -> None:
        self.dpo.setText(_contact_html(contact.data_protection_officer))
        self.eu.setText(_contact_html(contact.eu_representative))
        self.support.setText(fmt(self.tr("For anything else: %1"), contact.support_email))
        self.complaint.setText(self._complaint(contact.complaint_right, contact.supervisory_authorities_url))
