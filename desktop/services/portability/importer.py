"""Importing an export archive: checked completely first, then written in ONE vault transaction.

A refused archive changes nothing. A project already in the vault (same uid) is not imported twice; it is
reported as skipped. Imported projects are Local only (sync is chosen again per project).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyzipper

from desktop.domain.progress import CancelToken, ProgressSink, ProgressUpdate, ignore_progress
from desktop.messages import N_, Message
from desktop.services.portability import format as fmt
from desktop.services.portability.validate import (
    ArchivePlan,
    ArchiveRefused,
    ProjectPlan,
    inspect_archive,
    open_archive,
    read_entry,
)
from desktop.storage import import_writer as w
from desktop.storage.vault import Connection, Vault


@dataclass
class ImportedProject:
    title: str
    project_id: int
    revisions: int
    files: int


@dataclass
class ImportSummary:
    imported: list[ImportedProject] = field(default_factory=list)
    skipped: list[tuple[str, Message]] = field(default_factory=list)  # (title, why)
    consents_added: int = 0
    privacy_settings: Message = field(default_factory=lambda: Message(N_("Messages", "not in the archive")))
    not_imported: list[str] = field(default_factory=list)  # kept in the archive for the person to read

    def lines(self) -> list[Message]:
        imported = N_("Messages", "Imported “{title}” as project {id}: {revisions} revisions, {files} files")
        out = [
            Message(imported, {"title": p.title, "id": p.project_id, "revisions": p.revisions, "files": p.files})
            for p in self.imported
        ]
        out += [
            Message(N_("Messages", "Skipped “{title}”: {why}"), {"title": t, "why": why}) for t, why in self.skipped
        ]
        consents = N_("Messages", "Consent history: {count} event(s) added; privacy settings {settings}")
        out.append(Message(consents, {"count": self.consents_added, "settings": self.privacy_settings}))
        if self.not_imported:
            names = ", ".join(self.not_imported)
            out.append(Message(N_("Messages", "Not imported (for reading only): {names}"), {"names": names}))
        return out


def import_archive(
    vault: Vault,
    path: Path,
    password: str | None = None,
    *,
    limits: fmt.Limits | None = None,
    progress: ProgressSink = ignore_progress,
    cancel: CancelToken | None = None,
) -> ImportSummary:
    cancel = cancel or CancelToken()
    with open_archive(path, password) as zf:
        plan = inspect_archive(zf, limits or fmt.Limits(), bool(password), progress=progress, cancel=cancel)
        summary = ImportSummary(not_imported=plan.extra)
        with vault.transaction() as tx:
            _Writer(vault, tx, zf, plan, progress, cancel).run(summary)
            cancel.raise_if_cancelled()
    return summary


@dataclass
class _Writer:
    vault: Vault
    tx: Connection
    zf: pyzipper.ZipFile
    plan: ArchivePlan
    progress: ProgressSink
    cancel: CancelToken
    known: dict[str, int] = field(default_factory=dict)  # sha256 -> blob id in the vault

    def run(self, summary: ImportSummary) -> None:
        present = w.existing_uids(self.tx, [p.doc["uid"] for p in self.plan.projects])
        every_sha = {f["sha256"] for p in self.plan.projects for files in p.listings.values() for f in files}
        self.known = w.blob_ids(
            self.tx, every_sha | {a["sha256"] for p in self.plan.projects for a in p.doc["attachments"]}
        )
        for index, project in enumerate(self.plan.projects):
            title = project.doc["title"]
            if project.doc["uid"] in present:
                summary.skipped.append(
                    (title, Message(N_("Messages", "already in this vault (same project); not imported twice")))
                )
                continue
            self.progress(
                ProgressUpdate(
                    index, len(self.plan.projects), Message(N_("Messages", "Importing {title}"), {"title": title})
                )
            )
            summary.imported.append(self._project(project))
        self._privacy(summary)

    def _project(self, project: ProjectPlan) -> ImportedProject:
        doc = project.doc
        project_id = w.insert_project(self.tx, doc)
        files = 0
        for revision in doc["revisions"]:
            revision_id = w.insert_revision(self.tx, project_id, revision)
            listing = project.listings[revision["number"]]
            w.insert_files(self.tx, revision_id, [(f["path"], self._blob(f["sha256"])) for f in listing])
            if revision["number"] == doc["current_revision"]:
                files = len(listing)
        for attachment in doc["attachments"]:
            w.insert_attachment(
                self.tx, project_id, attachment["name"], self._blob(attachment["sha256"]), attachment["added_at"]
            )
        w.finish_project(self.vault, self.tx, project_id, doc["current_revision"])
        return ImportedProject(doc["title"], project_id, len(doc["revisions"]), files)

    def _blob(self, sha256: str) -> int:
        found = self.known.get(sha256)
        if found is not None:
            return found
        self.cancel.raise_if_cancelled()
        entry = self.plan.blobs[sha256]
        content, actual = read_entry(self.zf, entry, self.cancel)
        if actual != sha256:  # the archive changed since it was checked
            raise ArchiveRefused(
                [Message(N_("Messages", "{entry} does not match its checksum"), {"entry": repr(entry)})]
            )
        self.known[sha256] = w.store_blob(self.tx, sha256, content)
        return self.known[sha256]

    def _privacy(self, summary: ImportSummary) -> None:
        settings: dict[str, Any] | None = self.plan.privacy_settings
        if settings is not None:
            if w.has_privacy_settings(self.tx):
                summary.privacy_settings = Message(N_("Messages", "kept as they are in this vault"))
            else:
                w.restore_privacy_settings(self.tx, settings)
                summary.privacy_settings = Message(N_("Messages", "restored"))
        summary.consents_added = w.merge_consent_history(self.tx, self.plan.consent_history)
