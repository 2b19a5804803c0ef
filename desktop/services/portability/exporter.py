"""Writing the export archive: streamed from the vault one file at a time, with progress, cancel and checksums.

Layout (docs/export-format.md): each project's current files under ``projects/<slug>-<id>/files/``, every
revision as a JSON listing of (path, SHA-256, size), contents of earlier revisions once each under
``blobs/<sha[:2]>/<sha>``, metadata as JSON, and ``manifest.json`` last with the SHA-256 of every entry.
"""

from __future__ import annotations

import hashlib
import json
import time
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, BinaryIO

import pyzipper

from desktop import __version__
from desktop.collector import long_lived_objects_skipped
from desktop.domain.progress import CancelToken, ProgressSink, ProgressUpdate, ignore_progress
from desktop.services.portability import format as fmt
from desktop.services.portability.atomic import atomic_output
from desktop.services.portability.service_data import ServiceData
from desktop.storage.export_reader import ExportReader
from desktop.storage.vault import Vault


@dataclass(frozen=True)
class ExportOptions:
    project_ids: list[int] | None = None  # None: every project
    history: bool = True  # earlier revisions too
    privacy: bool = True  # consents and their history, privacy settings
    settings: bool = True
    password: str | None = None  # AES-256 (WinZip AE-2) when set
    compress_level: int = 1  # deflate: level 1 is fast and code still shrinks 3-5x


@dataclass
class ExportResult:
    path: Path
    projects: int = 0
    files: int = 0
    content_bytes: int = 0
    archive_bytes: int = 0
    seconds: float = 0.0
    service_note: str = fmt.NOT_SIGNED_IN
    encrypted: bool = False


@dataclass
class _Writer:
    zf: pyzipper.ZipFile
    progress: ProgressSink
    cancel: CancelToken
    total_bytes: int
    entries: dict[str, tuple[str, int]] = field(default_factory=dict)  # name -> (sha256, size)
    blobs: dict[str, str] = field(default_factory=dict)  # sha256 -> the entry holding that content
    done_bytes: int = 0
    files: int = 0

    def write(self, name: str, data: bytes, content: bool = False) -> str:
        return self.write_chunks(name, (data[i : i + fmt.CHUNK] for i in range(0, len(data), fmt.CHUNK)), content)

    def write_chunks(self, name: str, chunks: Iterable[bytes], content: bool = False) -> str:
        self.cancel.raise_if_cancelled()
        info = self.zf.zipinfo_cls(name, fmt.ZIP_DATE)
        info.compress_type = pyzipper.ZIP_DEFLATED
        info.external_attr = 0o644 << 16
        digest, size = hashlib.sha256(), 0
        with self.zf.open(info, "w", force_zip64=True) as out:
            for chunk in chunks:
                digest.update(chunk)
                out.write(chunk)
                size += len(chunk)
                if content:
                    self.done_bytes += len(chunk)
                    self.cancel.raise_if_cancelled()
        sha = digest.hexdigest()
        self.entries[name] = (sha, size)
        if content:
            self.files += 1
            self.blobs.setdefault(sha, name)
            self.progress(ProgressUpdate(self.done_bytes, self.total_bytes, name, self.done_bytes, self.total_bytes))
        return sha

    def write_json(self, name: str, data: Any) -> None:
        self.write(name, json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False).encode())


def export_archive(
    vault: Vault,
    destination: Path,
    options: ExportOptions,
    *,
    settings: dict[str, Any] | None = None,
    service: ServiceData | None = None,
    progress: ProgressSink = ignore_progress,
    cancel: CancelToken | None = None,
) -> ExportResult:
    """Write the archive to ``destination``; it appears there only when complete (never a partial file)."""
    cancel = cancel or CancelToken()
    service = service or ServiceData()
    started = time.monotonic()
    result = ExportResult(destination, service_note=service.note, encrypted=bool(options.password))
    with long_lived_objects_skipped(), atomic_output(destination) as handle, ExportReader.snapshot(vault) as reader:
        ids = reader.project_ids(options.project_ids)
        writer = _Writer(_open_zip(handle, options), progress, cancel, 0)
        writer.total_bytes = reader.total_bytes(ids, options.history)
        with writer.zf:
            listed = [_write_project(writer, reader, pid, options.history) for pid in ids]
            if options.privacy:
                writer.write_json(fmt.PRIVACY_SETTINGS, reader.privacy_settings())
                writer.write_json(fmt.CONSENT_HISTORY, reader.consent_history())
            if options.settings and settings is not None:
                writer.write_json(fmt.SETTINGS, settings)
            for name, data in sorted(service.sections.items()):
                writer.write_json(fmt.SERVICE_DIR + name, data)
            writer.write_chunks(fmt.MANIFEST, _manifest(writer, listed, options, service))
            del writer.entries[fmt.MANIFEST]
        result.projects, result.files, result.content_bytes = len(ids), writer.files, writer.done_bytes
        result.archive_bytes = handle.tell()
    result.seconds = time.monotonic() - started
    return result


def _open_zip(handle: BinaryIO, options: ExportOptions) -> pyzipper.ZipFile:
    level = max(zlib.Z_BEST_SPEED, min(options.compress_level, zlib.Z_BEST_COMPRESSION))
    if not options.password:
        return pyzipper.ZipFile(handle, "w", compression=pyzipper.ZIP_DEFLATED, compresslevel=level)
    zf = pyzipper.AESZipFile(handle, "w", compression=pyzipper.ZIP_DEFLATED, compresslevel=level)
    zf.setpassword(options.password.encode("utf-8"))
    zf.setencryption(pyzipper.WZ_AES, nbits=256)
    return zf


def _write_project(writer: _Writer, reader: ExportReader, project_id: int, history: bool) -> dict[str, Any]:
    project = reader.project(project_id)
    folder = fmt.project_dir(project["title"], project_id)
    revisions = reader.revisions(project_id)
    current = [r for r in revisions if r["number"] == project["current_revision"]]
    documents = []
    for revision in current + ([r for r in revisions if r not in current] if history else []):
        files = reader.files(revision["id"])
        is_current = revision in current
        for row in files:
            if is_current:
                writer.write(f"{folder}files/{row.path}", reader.blob(row.blob_id), content=True)
            elif row.sha256 not in writer.blobs:
                writer.write(fmt.blob_entry(row.sha256), reader.blob(row.blob_id), content=True)
        listing = f"{folder}revisions/{revision['number']}.json"
        writer.write_json(listing, [{"path": f.path, "sha256": f.sha256, "size": f.size} for f in files])
        documents.append({k: revision[k] for k in ("number", "kind", "summary", "created_at")} | {"listing": listing})
    attachments = []
    for index, att in enumerate(reader.attachments(project_id), start=1):
        entry = f"{folder}attachments/{index}-{fmt.slug(att.name)}"
        writer.write(entry, reader.blob(att.blob_id), content=True)
        attachments.append({"name": att.name, "added_at": att.added_at, "sha256": att.sha256, "entry": entry})
    document = {k: v for k, v in project.items() if k != "id"}
    document |= {"revisions": sorted(documents, key=lambda d: d["number"]), "attachments": attachments}
    writer.write_json(f"{folder}project.json", document)
    return {"dir": folder, "uid": project["uid"], "title": project["title"]}


def _manifest(
    writer: _Writer, projects: list[dict[str, Any]], options: ExportOptions, service: ServiceData
) -> Iterator[bytes]:
    """The manifest, streamed line by line: tens of thousands of entries make no large object (nor GC pause)."""
    head = {
        "format": fmt.FORMAT_NAME,
        "format_version": fmt.FORMAT_VERSION,
        "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "app_version": __version__,
        "encrypted": bool(options.password),
        "contents": {
            "projects": projects,
            "history": options.history,
            "privacy": options.privacy,
            "settings": fmt.SETTINGS in writer.entries,
            "service": {"included": service.included, "note": service.note},
        },
    }
    text = json.dumps(head, indent=2, sort_keys=True, ensure_ascii=False)
    yield (text[:-2] + ',\n  "entries": {\n').encode()
    names = sorted(writer.entries)
    for index, name in enumerate(names):
        sha, size = writer.entries[name]
        comma = "," if index < len(names) - 1 else ""
        yield f'    {json.dumps(name, ensure_ascii=False)}: {{"sha256": "{sha}", "size": {size}}}{comma}\n'.encode()
    yield b'  },\n  "blobs": {\n'
    digests = sorted(writer.blobs)
    for index, sha in enumerate(digests):
        comma = "," if index < len(digests) - 1 else ""
        yield f'    "{sha}": {json.dumps(writer.blobs[sha], ensure_ascii=False)}{comma}\n'.encode()
    yield b"  }\n}\n"
