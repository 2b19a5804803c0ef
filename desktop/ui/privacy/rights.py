"""Your rights (§7.1, §11, §12): file any request, follow its status against the legal deadline, and save the
archive of a completed access or portability request."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.api import contract as c
from desktop.domain.privacy import RightsRequestType
from desktop.services.privacy_facts import REQUEST_TEXT
from desktop.ui.i18n import QT_TRANSLATE_NOOP, fmt, local_date, translated, translated_message
from desktop.ui.privacy.controller import PrivacyController
from desktop.ui.privacy.widgets import button, note, pane, table, text

Index = QModelIndex | QPersistentModelIndex
COLUMNS = (
    "#",
    QT_TRANSLATE_NOOP("Rights", "Request"),
    QT_TRANSLATE_NOOP("Rights", "Status"),
    QT_TRANSLATE_NOOP("Rights", "Filed"),
    QT_TRANSLATE_NOOP("Rights", "Updated"),
    QT_TRANSLATE_NOOP("Rights", "Answer due by"),
    QT_TRANSLATE_NOOP("Rights", "Outcome"),
)
STATUS = {
    "received": QT_TRANSLATE_NOOP("Rights", "Received"),
    "in_progress": QT_TRANSLATE_NOOP("Rights", "In progress"),
    "completed": QT_TRANSLATE_NOOP("Rights", "Completed"),
    "rejected": QT_TRANSLATE_NOOP("Rights", "Rejected"),
}


def deadline(kind: RightsRequestType) -> str:
    return (
        QCoreApplication.translate("Rights", "45 days (CCPA)")
        if kind.is_ccpa
        else QCoreApplication.translate("Rights", "one month (GDPR)")
    )


class RequestsModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.requests: list[c.RightsRequest] = []

    def set_requests(self, requests: list[c.RightsRequest]) -> None:
        self.beginResetModel()
        self.requests = sorted(requests, key=lambda r: r.id, reverse=True)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.requests)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translated("Rights", COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        r = self.requests[index.row()]
        kind = RightsRequestType(r.type)
        outcome = r.resolution or ""
        if r.archive_available:
            outcome = fmt(self.tr("%1 Archive ready."), outcome).strip()
        values = (
            str(r.id),
            translated_message(REQUEST_TEXT[kind][0]),
            translated("Rights", STATUS[r.status]),
            local_date(r.created_at),
            local_date(r.updated_at),
            f"{local_date(r.due_at)} ({deadline(kind)})",
            outcome,
        )
        return values[index.column()]


class RightsPane(QWidget):
    def __init__(self, controller: PrivacyController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        body, layout = pane(
            self.tr("Your rights"),
            self.tr(
                "Ask CodeCraft for a copy of your data, a correction, deletion, an export, or to limit or object to "
                "processing; California residents also have the CCPA rights to know and to opt out of sale. "
                "CodeCraft must answer within one month (45 days for CCPA requests)."
            ),
        )
        self.account_note = note("", self.tr("Account needed"))
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Request type"))
        self.kind.setToolTip(self.tr("Which right you want to use"))
        for kind in RightsRequestType:
            self.kind.addItem(translated_message(REQUEST_TEXT[kind][0]), kind)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.explanation = text("", self.tr("What this request does"))
        self.details = QPlainTextEdit()
        self.details.setAccessibleName(self.tr("Details"))
        self.details.setToolTip(self.tr("Anything the privacy team should know (optional)"))
        self.details.setPlaceholderText(self.tr("Anything the privacy team should know (optional)"))
        self.details.setMaximumHeight(70)
        self.corrections = {name: QLineEdit() for name in ("name", "email", "company")}
        self.form = form = QFormLayout()
        form.addRow(self.tr("Request:"), self.kind)
        form.addRow("", self.explanation)
        form.addRow(self.tr("Details:"), self.details)
        for name, field in self.corrections.items():
            field.setAccessibleName(fmt(self.tr("Correct %1"), name))
            field.setToolTip(fmt(self.tr("The right %1; leave empty to keep it"), name))
            form.addRow(fmt(self.tr("Correct %1:"), name), field)
        self.submit = button(
            self.tr("Submit request"), self.tr("Send this request to CodeCraft's privacy team"), primary=True
        )
        self.submit.clicked.connect(self.submit_request)
        self.model = RequestsModel()
        self.view = table(self.tr("Your privacy requests"), self.tr("The requests you made and where each stands"))
        self.view.setModel(self.model)
        for column, width in enumerate((40, 190, 90, 90, 90, 190)):
            self.view.setColumnWidth(column, width)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.refresh = button(self.tr("Refresh"), self.tr("Ask CodeCraft for the latest status of your requests"))
        self.refresh.clicked.connect(lambda: controller.reload_requests())
        self.download = button(self.tr("Download archive…"), self.tr("Save the ZIP of the selected completed request"))
        self.download.clicked.connect(self.choose_archive_path)
        self.status = note("", self.tr("Request status message"))
        actions = QHBoxLayout()
        for widget in (self.submit, self.refresh, self.download):
            actions.addWidget(widget)
        actions.addStretch(1)
        layout.addWidget(self.account_note)
        layout.addLayout(form)
        layout.addLayout(actions)
        layout.addWidget(self.status)
        layout.addWidget(self.view, 1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(body)
        controller.requests_changed.connect(self.model.set_requests)
        controller.requests_changed.connect(lambda _: self._selection_changed())
        controller.signed_in_changed.connect(self.show_signed_in)
        self._kind_changed()
        self.show_signed_in(controller.signed_in)

    def _kind_changed(self) -> None:
        kind = self.selected_kind()
        self.explanation.setText(
            translated_message(REQUEST_TEXT[kind][1]) + fmt(self.tr(" Answer due within %1."), deadline(kind))
        )
        for field in self.corrections.values():
            self.form.setRowVisible(field, kind is RightsRequestType.CORRECTION)

    def selected_kind(self) -> RightsRequestType:
        return RightsRequestType(self.kind.currentData())

    def show_signed_in(self, signed_in: bool) -> None:
        self.account_note.setText(
            ""
            if signed_in
            else self.tr(
                "Requests go to CodeCraft's privacy team, so they need an account: sign in on the Account page. "
                "Your consents and Do Not Track work without one."
            )
        )
        self.account_note.setVisible(not signed_in)
        for widget in (self.submit, self.refresh, self.kind, self.details):
            widget.setEnabled(signed_in)
        self._selection_changed()

    def selected_request(self) -> c.RightsRequest | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.requests[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        request = self.selected_request()
        self.download.setEnabled(bool(self.controller.signed_in and request and request.archive_available))

    def submit_request(self) -> None:
        kind = self.selected_kind()
        details = self.details.toPlainText().strip() or None
        corrections = {k: f.text().strip() for k, f in self.corrections.items() if f.text().strip()}
        self.submit.setEnabled(False)
        self.controller.chain(
            [(self.controller.network, lambda _: self.controller.service.file_request(kind, details, corrections))],
            self._filed,
            self._failed,
        )

    def _filed(self, request: c.RightsRequest) -> None:
        self.submit.setEnabled(True)
        self.details.clear()
        for field in self.corrections.values():
            field.clear()
        self.status.setText(
            fmt(self.tr("Request %1 received. CodeCraft answers by %2."), request.id, local_date(request.due_at))
        )
        self.controller.reload_requests()

    def _failed(self, exc: BaseException) -> None:
        self.submit.setEnabled(self.controller.signed_in)
        self.controller.error.emit(exc)

    def choose_archive_path(self) -> None:
        request = self.selected_request()
        if request is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save your data archive"), f"codecraft-data-{request.id}.zip", self.tr("ZIP archives (*.zip)")
        )
        if path:
            self.download_archive(request.id, Path(path))

    def download_archive(self, request_id: int, destination: Path) -> None:
        self.status.setText(self.tr("Downloading the archive…"))
        self.controller.chain(
            [(self.controller.network, lambda _: self.controller.service.download_archive(request_id, destination))],
            lambda saved: self.status.setText(fmt(self.tr("Saved the archive to %1."), saved)),
        )
