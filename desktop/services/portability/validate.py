"""Checking an archive completely before anything is written: structure, limits, manifest, checksums, JSON.

Refused: zip-slip and absolute paths, symlinks, zip bombs (entry count, total size, per-entry size and
compression ratio), duplicate or case-colliding names, bad CRCs, truncated or damaged archives, unknown format
versions, a missing or wrong password, entries the manifest does not list, and checksum mismatches.
"""

from __future__ import annotations

import hashlib
import json
import stat
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyzipper

from desktop.domain.progress import CancelToken, ProgressSink, ProgressUpdate, ignore_progress
from desktop.errors import UserFacingError
from desktop.messages import N_, Message
from desktop.services.portability import format as fmt
from desktop.services.portability.schema import check_listing, check_privacy, check_project

MAX_JSON_BYTES = 256 * 1024 * 1024


class ArchiveRefused(UserFacingError):
    title = N_("Messages", "Archive refused")

    def __init__(
        self, problems: list[Message], hint: str = N_("Messages", "Nothing was imported; your vault is unchanged.")
    ) -> None:
        shown = problems[:12]
        if len(problems) > 12:
            shown.append(Message(N_("Messages", "…and {count} more"), {"count": len(problems) - 12}))
        super().__init__(
            N_("Messages", "This archive cannot be imported: {problems}."), hint=hint, problems=tuple(shown)
        )
        self.problems = problems


class PasswordNeeded(ArchiveRefused):
    title = N_("Messages", "Password needed")

    def __init__(self) -> None:
        super().__init__(
            [Message(N_("Messages", "it is protected by a password"))],
            hint=N_("Messages", "Enter the archive's password, then try again. Nothing was imported."),
        )


class WrongPassword(ArchiveRefused):
    title = N_("Messages", "Wrong password")

    def __init__(self) -> None:
        super().__init__(
            [Message(N_("Messages", "the password is not right"))],
            hint=N_("Messages", "Check the password and try again. Nothing was imported."),
        )


@dataclass
class ProjectPlan:
    folder: str
    doc: dict[str, Any]
    listings: dict[int, list[dict[str, Any]]]  # revision number -> files


@dataclass
class ArchivePlan:
    manifest: dict[str, Any]
    projects: list[ProjectPlan] = field(default_factory=list)
    privacy_settings: dict[str, Any] | None = None
    consent_history: list[dict[str, Any]] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)  # entries kept for the person, not imported (service/, settings)

    @property
    def blobs(self) -> dict[str, str]:
        blobs: dict[str, str] = self.manifest["blobs"]
        return blobs


def open_archive(path: Path, password: str | None) -> pyzipper.AESZipFile:
    try:
        zf = pyzipper.AESZipFile(path)
    except FileNotFoundError as exc:
        raise ArchiveRefused([Message(N_("Messages", "{path} does not exist"), {"path": path})]) from exc
    except (pyzipper.BadZipFile, OSError, EOFError, ValueError) as exc:
        raise ArchiveRefused(
            [Message(N_("Messages", "it is not a ZIP archive, or it is truncated or damaged"))]
        ) from exc
    if password:
        zf.setpassword(password.encode("utf-8"))
    return zf


def check_structure(zf: pyzipper.ZipFile, limits: fmt.Limits, has_password: bool) -> None:
    """Everything that can be judged from the central directory alone, before reading any data."""
    infos = zf.infolist()
    problems: list[Message] = []
    if len(infos) > limits.max_entries:
        raise ArchiveRefused(
            [
                Message(
                    N_("Messages", "it has {count} entries (at most {max_entries} are accepted)"),
                    {"count": len(infos), "max_entries": limits.max_entries},
                )
            ]
        )
    seen: dict[str, str] = {}
    total = 0
    encrypted = False
    for info in infos:
        name = info.filename
        why = fmt.unsafe_path(name)
        if why:
            problems.append(Message(N_("Messages", "{name} has {why}"), {"name": repr(name), "why": why}))
        if stat.S_ISLNK(info.external_attr >> 16):
            problems.append(Message(N_("Messages", "{name} is a symbolic link"), {"name": repr(name)}))
        folded = fmt.fold(name)
        if folded in seen:
            kind = (
                Message(N_("Messages", "twice"))
                if seen[folded] == name
                else Message(N_("Messages", "as {name} too (names differ only in case)"), {"name": repr(seen[folded])})
            )
            problems.append(Message(N_("Messages", "{name} appears {kind}"), {"name": repr(name), "kind": kind}))
        seen[folded] = name
        total += info.file_size
        if info.file_size > limits.max_entry_bytes:
            problems.append(
                Message(
                    N_("Messages", "{name} unpacks to {file_size} bytes (too large)"),
                    {"name": repr(name), "file_size": info.file_size},
                )
            )
        if info.file_size > limits.ratio_floor and info.file_size > limits.max_ratio * max(info.compress_size, 1):
            problems.append(
                Message(
                    N_("Messages", "{name} is compressed {ratio}:1 (a zip bomb?)"),
                    {"name": repr(name), "ratio": info.file_size // max(info.compress_size, 1)},
                )
            )
        encrypted = encrypted or bool(info.flag_bits & 0x1)
    if total > limits.max_total_bytes:
        problems.append(
            Message(
                N_("Messages", "it unpacks to {total} bytes (at most {max_total_bytes} are accepted)"),
                {"total": total, "max_total_bytes": limits.max_total_bytes},
            )
        )
    if problems:
        raise ArchiveRefused(problems)
    if encrypted and not has_password:
        raise PasswordNeeded()


def read_entry(zf: pyzipper.ZipFile, name: str, cancel: CancelToken | None = None) -> tuple[bytes, str]:
    """The whole entry and its SHA-256; damaged, truncated or wrongly decrypted data raises ArchiveRefused."""
    digest, parts = hashlib.sha256(), []
    try:
        with zf.open(name) as handle:
            while chunk := handle.read(fmt.CHUNK):
                digest.update(chunk)
                parts.append(chunk)
                if cancel is not None:
                    cancel.raise_if_cancelled()
    except RuntimeError as exc:
        if "password" in str(exc).lower():
            raise WrongPassword() from exc
        raise ArchiveRefused(
            [Message(N_("Messages", "{name} cannot be read ({exc})"), {"name": repr(name), "exc": exc})]
        ) from exc
    except (pyzipper.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError) as exc:
        reason = (
            Message(N_("Messages", "bad CRC"))
            if "crc" in str(exc).lower()
            else Message(N_("Messages", "damaged or truncated"))
        )
        raise ArchiveRefused(
            [Message(N_("Messages", "{name} is {reason}"), {"name": repr(name), "reason": reason})]
        ) from exc
    return b"".join(parts), digest.hexdigest()


def _json(zf: pyzipper.ZipFile, name: str, expected: str | None = None) -> Any:
    if zf.getinfo(name).file_size > MAX_JSON_BYTES:
        raise ArchiveRefused([Message(N_("Messages", "{name} is too large for a metadata file"), {"name": repr(name)})])
    data, sha = read_entry(zf, name)
    if expected is not None and sha != expected:
        raise ArchiveRefused(
            [Message(N_("Messages", "{name} does not match its checksum in the manifest"), {"name": repr(name)})]
        )
    try:
        return json.loads(data)
    except ValueError as exc:
        raise ArchiveRefused([Message(N_("Messages", "{name} is not valid JSON"), {"name": repr(name)})]) from exc


def read_manifest(zf: pyzipper.ZipFile) -> dict[str, Any]:
    if fmt.MANIFEST not in zf.NameToInfo:
        raise ArchiveRefused(
            [Message(N_("Messages", "it has no manifest.json (it was not made by CodeCraft's export)"))]
        )
    manifest = _json(zf, fmt.MANIFEST)
    if not isinstance(manifest, dict) or manifest.get("format") != fmt.FORMAT_NAME:
        raise ArchiveRefused([Message(N_("Messages", "its manifest is not a CodeCraft export manifest"))])
    version = manifest.get("format_version")
    if version != fmt.FORMAT_VERSION:
        raise ArchiveRefused(
            [
                Message(
                    N_("Messages", "it uses export format version {version}; this app reads version {FORMAT_VERSION}"),
                    {"version": repr(version), "FORMAT_VERSION": fmt.FORMAT_VERSION},
                )
            ],
            hint=N_("Messages", "A newer CodeCraft Desktop may read it. Nothing was imported."),
        )
    entries, blobs = manifest.get("entries"), manifest.get("blobs")
    if not isinstance(entries, dict) or not isinstance(blobs, dict):
        raise ArchiveRefused([Message(N_("Messages", "its manifest has no entry list"))])
    return manifest


def inspect_archive(
    zf: pyzipper.ZipFile,
    limits: fmt.Limits,
    has_password: bool,
    *,
    progress: ProgressSink = ignore_progress,
    cancel: CancelToken | None = None,
) -> ArchivePlan:
    check_structure(zf, limits, has_password)
    manifest = read_manifest(zf)
    entries: dict[str, Any] = manifest["entries"]
    names = {i.filename for i in zf.infolist() if not i.filename.endswith("/")} - {fmt.MANIFEST}
    problems = [
        Message(N_("Messages", "{n} is not listed in the manifest"), {"n": repr(n)})
        for n in sorted(names - set(entries))
    ]
    problems += [
        Message(N_("Messages", "{n} is listed in the manifest but missing"), {"n": repr(n)})
        for n in sorted(set(entries) - names)
    ]
    for sha, entry in manifest["blobs"].items():
        if not fmt.is_sha256(sha) or entry not in entries or entries[entry].get("sha256") != sha:
            problems.append(
                Message(N_("Messages", "the manifest's content index is wrong for {entry}"), {"entry": repr(entry)})
            )
    if problems:
        raise ArchiveRefused(problems)
    total = sum(int(e.get("size", 0)) for e in entries.values())
    done = 0
    for name in sorted(names):  # every entry's CRC and SHA-256, before anything is written
        _, sha = read_entry(zf, name, cancel)
        if sha != entries[name].get("sha256"):
            problems.append(
                Message(N_("Messages", "{name} does not match its checksum in the manifest"), {"name": repr(name)})
            )
        done += zf.getinfo(name).file_size
        progress(ProgressUpdate(done, total, Message(N_("Messages", "Checking {name}"), {"name": name}), done, total))
    if problems:
        raise ArchiveRefused(problems)
    return _plan(zf, manifest)


def _plan(zf: pyzipper.ZipFile, manifest: dict[str, Any]) -> ArchivePlan:
    plan = ArchivePlan(manifest)
    problems: list[Message] = []
    projects = manifest.get("contents", {}).get("projects", [])
    for item in projects if isinstance(projects, list) else []:
        folder = item.get("dir") if isinstance(item, dict) else None
        if not isinstance(folder, str) or f"{folder}project.json" not in manifest["entries"]:
            problems.append(
                Message(
                    N_("Messages", "the manifest names a project without its project.json ({folder})"),
                    {"folder": repr(folder)},
                )
            )
            continue
        doc = _json(zf, f"{folder}project.json")
        problems += check_project(folder, doc, manifest["entries"], plan.blobs)
        if problems:
            continue
        listings = {}
        for revision in doc["revisions"]:
            listing = _json(zf, revision["listing"])
            problems += check_listing(revision["listing"], listing, plan.blobs)
            listings[revision["number"]] = listing
        plan.projects.append(ProjectPlan(folder, doc, listings))
    if fmt.PRIVACY_SETTINGS in manifest["entries"]:
        plan.privacy_settings = _json(zf, fmt.PRIVACY_SETTINGS)
    if fmt.CONSENT_HISTORY in manifest["entries"]:
        plan.consent_history = _json(zf, fmt.CONSENT_HISTORY)
    problems += check_privacy(plan.privacy_settings, plan.consent_history)
    plan.extra = sorted(n for n in manifest["entries"] if n.startswith(fmt.SERVICE_DIR) or n == fmt.SETTINGS)
    if problems:
        raise ArchiveRefused(problems)
    return plan
