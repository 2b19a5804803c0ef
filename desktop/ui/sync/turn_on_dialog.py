"""Turn on sync: exactly what will be uploaded, and a decision for every file the secret scan flagged."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QRadioButton,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.sync import FileDecision, PreviewFile, SecretFinding, SyncPreview, SyncState
from desktop.ui.error_dialog import describe
from desktop.ui.i18n import fmt, tr, translated_message
from desktop.ui.sync.sync_controller import SyncController
from desktop.ui.sync.sync_status import state_icon
from desktop.ui.theme import style_as


def size_text(size: int) -> str:
    return QLocale().formattedDataSize(size)


def upload_text(file: PreviewFile) -> str:
    if file.decision is FileDecision.EXCLUDE:
        return QCoreApplication.translate("TurnOnDialog", "Excluded")
    if file.unresolved:
        return QCoreApplication.translate("TurnOnDialog", "Needs your decision")
    return (
        QCoreApplication.translate("TurnOnDialog", "Upload (allowed)")
        if file.flagged
        else QCoreApplication.translate("TurnOnDialog", "Upload")
    )


def summary_text(preview: SyncPreview) -> str:
    files = preview.uploaded_files
    uploaded = tr("%n file(s) (%1) and the requirements (%2) will be uploaded: <b>%3</b> in all.", "", len(files))
    sizes = (sum(f.size for f in files), preview.requirements_bytes, preview.upload_bytes)
    parts = [fmt(uploaded, *(size_text(size) for size in sizes))]
    if preview.unresolved:
        parts.append(tr("%n flagged file(s) wait for your decision.", "", len(preview.unresolved)))
    excluded = sum(1 for f in preview.files if f.decision is FileDecision.EXCLUDE)
    if excluded:
        parts.append(tr("%n excluded file(s) stay on this computer.", "", excluded))
    if preview.attachments_kept_local:
        count = preview.attachments_kept_local
        parts.append(tr("%n attachment(s) never sync: they stay on this computer.", "", count))
    return " ".join(parts)


def finding_text(finding: SecretFinding) -> str:
    if not finding.line:
        return fmt(QCoreApplication.translate("TurnOnDialog", "Its name: %1"), translated_message(finding.rule))
    rule = translated_message(finding.rule)
    return fmt(QCoreApplication.translate("TurnOnDialog", "Line %1: %2 — %3"), finding.line, rule, finding.excerpt)


def upload_icon(file: PreviewFile) -> QIcon:
    if file.decision is FileDecision.EXCLUDE:
        return state_icon(SyncState.LOCAL_ONLY)
    return state_icon(SyncState.CONFLICT if file.unresolved else SyncState.SYNCED)


class FlaggedFile(QFrame):
    """One flagged file: what the scan found (masked) and Exclude / Allow upload."""

    def __init__(self, file: PreviewFile, on_decide: Callable[[str, FileDecision], None]) -> None:
        super().__init__()
        style_as(self, "banner")
        self.path = file.path
        title = QLabel(f"<b>{file.path}</b>")
        title.setTextFormat(Qt.TextFormat.RichText)
        findings = QLabel("\n".join(finding_text(f) for f in file.findings))
        findings.setTextFormat(Qt.TextFormat.PlainText)
        findings.setWordWrap(True)
        findings.setAccessibleName(fmt(self.tr("Findings in %1"), file.path))
        self.exclude = QRadioButton(self.tr("Exclude"))
        self.exclude.setAccessibleName(fmt(self.tr("Exclude %1"), file.path))
        self.exclude.setToolTip(self.tr("Never upload this file; it stays on this computer"))
        self.allow = QRadioButton(self.tr("Allow upload"))
        self.allow.setAccessibleName(fmt(self.tr("Allow upload of %1"), file.path))
        self.allow.setToolTip(
            self.tr("Upload it as it is now; if it changes and still looks secret, you are asked again")
        )
        self.group = QButtonGroup(self)
        for button in (self.exclude, self.allow):
            self.group.addButton(button)
        self.exclude.setChecked(file.decision is FileDecision.EXCLUDE)
        self.allow.setChecked(file.decision is FileDecision.ALLOW)
        self.exclude.clicked.connect(lambda: on_decide(self.path, FileDecision.EXCLUDE))
        self.allow.clicked.connect(lambda: on_decide(self.path, FileDecision.ALLOW))
        choices = QHBoxLayout()
        choices.addWidget(self.exclude)
        choices.addWidget(self.allow)
        choices.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(findings)
        layout.addLayout(choices)


class TurnOnSyncDialog(QDialog):
    def __init__(self, controller: SyncController, project_id: int, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller, self.project_id = controller, project_id
        self.setWindowTitle(fmt(self.tr("Turn on sync for “%1”"), name))
        self.setMinimumWidth(640)
        self.resize(720, 640)
        self.preview: SyncPreview | None = None
        self.flagged: dict[str, FlaggedFile] = {}
        self._saving = 0
        intro = QLabel(
            self.tr(
                "Syncing keeps this project on the CodeCraft service and on your other signed-in devices. "
                "Exactly this will be uploaded:"
            )
        )
        intro.setWordWrap(True)
        self.summary = QLabel(self.tr("Reading the project…"))
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Upload summary"))
        self.files = QTreeWidget()
        self.files.setHeaderLabels([self.tr("File"), self.tr("Size"), self.tr("Upload")])
        self.files.setRootIsDecorated(False)
        self.files.setUniformRowHeights(True)
        self.files.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.files.setAccessibleName(self.tr("Files to upload"))
        self.files.setToolTip(self.tr("Every file of the current revision and whether it will be uploaded"))
        self.files.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.files.header().setStretchLastSection(False)
        self.review_label = QLabel(
            self.tr("<b>Possible secrets.</b> Decide for each of these files before sync starts:")
        )
        self.review_box = QWidget()
        self.review_layout = QVBoxLayout(self.review_box)
        self.review_layout.setContentsMargins(0, 0, 0, 0)
        self.review_area = QScrollArea()
        self.review_area.setWidgetResizable(True)
        self.review_area.setWidget(self.review_box)
        self.review_area.setFrameShape(QFrame.Shape.NoFrame)
        self.review_area.setMinimumHeight(140)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("What is missing"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.confirm_button = buttons.addButton(self.tr("Turn on sync"), QDialogButtonBox.ButtonRole.AcceptRole)
        style_as(self.confirm_button, "primaryButton")
        self.confirm_button.setAccessibleName(self.tr("Turn on sync"))
        self.confirm_button.setEnabled(False)
        buttons.accepted.connect(self.confirm)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.summary)
        layout.addWidget(self.files, 1)
        layout.addWidget(self.review_label)
        layout.addWidget(self.review_area, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.review_label.hide()
        self.review_area.hide()
        self.load()

    def load(self) -> None:
        self.controller.run(
            self.controller.service.preview, self.project_id, owner=self, on_done=self._show, on_error=self._failed
        )

    def _show(self, preview: SyncPreview) -> None:
        self.preview = preview
        self.summary.setText(summary_text(preview))
        self.files.clear()
        requirements = QTreeWidgetItem(
            [
                self.tr("Requirements (title, description, stack…)"),
                size_text(preview.requirements_bytes),
                self.tr("Upload"),
            ]
        )
        self.files.addTopLevelItem(requirements)
        for file in preview.files:
            item = QTreeWidgetItem([file.path, size_text(file.size), upload_text(file)])
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setIcon(2, upload_icon(file))
            if file.flagged:
                item.setToolTip(
                    2,
                    "; ".join(fmt(self.tr("%1 (line %2)"), translated_message(f.rule), f.line) for f in file.findings),
                )
            self.files.addTopLevelItem(item)
        requirements.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        requirements.setIcon(2, state_icon(SyncState.SYNCED))
        self.files.resizeColumnToContents(1)
        self.files.resizeColumnToContents(2)
        flagged = [f for f in preview.files if f.flagged]
        if not self.flagged and flagged:
            for file in flagged:
                widget = FlaggedFile(file, self.decide)
                self.flagged[file.path] = widget
                self.review_layout.addWidget(widget)
            self.review_layout.addStretch(1)
            self.flagged[flagged[0].path].exclude.setFocus()
        self.review_label.setVisible(bool(flagged))
        self.review_area.setVisible(bool(flagged))
        self._update_confirm()

    def _update_confirm(self) -> None:
        unresolved = self.preview.unresolved if self.preview is not None else []
        ready = self.preview is not None and not unresolved and not self._saving
        self.confirm_button.setEnabled(ready)
        if unresolved:
            count = len(unresolved)
            text = self.tr("Choose Exclude or Allow upload for %n flagged file(s) to continue.", "", count)
            self.message.setText(text)
            self.confirm_button.setToolTip(text)
        else:
            self.message.setText("")
            self.confirm_button.setToolTip(self.tr("Make this project Synced and upload it now"))

    def decide(self, path: str, decision: FileDecision) -> None:
        self._saving += 1
        self._update_confirm()

        def saved(_: object) -> None:
            self._saving -= 1
            self.load()

        def failed(exc: BaseException) -> None:
            self._saving -= 1
            self._failed(exc)

        service = self.controller.service
        self.controller.run(
            service.set_file_decision, self.project_id, path, decision, owner=self, on_done=saved, on_error=failed
        )

    def confirm(self) -> None:
        if not self.confirm_button.isEnabled():
            return
        self.confirm_button.setEnabled(False)
        self.message.setText(self.tr("Turning sync on…"))
        self.controller.turn_on(self.project_id, self, lambda _: self.accept(), self._turn_on_failed)

    def _turn_on_failed(self, exc: BaseException) -> None:
        self._failed(exc)
        self.load()  # the files may have changed since the preview: show what needs a decision now

    def _failed(self, exc: BaseException) -> None:
        self._update_confirm()
        self.message.setText(describe(exc)[1])


def confirm_make_local(parent: QWidget | None, name: str, on_yes: Callable[[], None]) -> QMessageBox:
    """Ask before a project stops syncing; explains that the service's copy stays and how to remove it."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("TurnOnDialog", "Make local only?"),
        fmt(QCoreApplication.translate("TurnOnDialog", "Stop syncing “%1”?"), name),
        QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "TurnOnDialog",
            "Changes here are no longer sent, and changes from your other devices no longer arrive here. "
            "The project stays on this computer.\n\n"
            "The copy on the CodeCraft service stays as it is, and so do the copies on your other devices. "
            "To delete it from the service later, delete the project on a device where it still syncs "
            "(or turn sync on here again and delete it: that removes it everywhere).",
        )
    )
    yes = box.addButton(
        QCoreApplication.translate("TurnOnDialog", "Make local only"), QMessageBox.ButtonRole.AcceptRole
    )
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.buttonClicked.connect(lambda button: on_yes() if button is yes else None)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
