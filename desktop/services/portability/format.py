"""The export archive's layout, names and limits: the one place both the writer and the reader agree on.

The format itself is documented for other programs in ``docs/export-format.md``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from desktop.messages import N_, Message

FORMAT_NAME = "codecraft-export"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
SETTINGS = "settings.json"
PRIVACY_SETTINGS = "privacy/settings.json"
CONSENT_HISTORY = "privacy/consent_history.json"
SERVICE_DIR = "service/"
BLOBS_DIR = "blobs/"
PROJECTS_DIR = "projects/"
NOT_SIGNED_IN = "not signed in: service-side data not included"
CHUNK = 1024 * 1024
ZIP_DATE = (1980, 1, 1, 0, 0, 0)  # entries carry no time: created_at is in the manifest


@dataclass(frozen=True)
class Limits:
    """What an archive may hold before it is refused as a zip bomb (all checked before anything is read)."""

    max_entries: int = 500_000
    max_total_bytes: int = 16 * 1024**3
    max_entry_bytes: int = 2 * 1024**3
    max_ratio: float = 100.0  # uncompressed / compressed, for entries over ``ratio_floor`` bytes
    ratio_floor: int = 1024 * 1024


def slug(title: str) -> str:
    """A short, portable folder name from a project title ("My API!" -> "my-api")."""
    ascii_text = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    text = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return text[:40].strip("-") or "project"


def project_dir(title: str, project_id: int) -> str:
    return f"{PROJECTS_DIR}{slug(title)}-{project_id}/"


def blob_entry(sha256: str) -> str:
    return f"{BLOBS_DIR}{sha256[:2]}/{sha256}"


_DRIVE = re.compile(r"^[A-Za-z]:")
_SHA = re.compile(r"^[0-9a-f]{64}$")


def is_sha256(text: object) -> bool:
    return isinstance(text, str) and bool(_SHA.match(text))


def unsafe_path(name: str) -> str | None:
    """Why ``name`` (an entry name or a file path inside a project) is unsafe to use, or None if it is fine."""
    if not name:
        return Message(N_("Messages", "an empty name"))
    if "\0" in name or any(ord(ch) < 32 for ch in name):
        return Message(N_("Messages", "a control character in its name"))
    if "\\" in name:
        return Message(N_("Messages", "a backslash in its name"))
    if name.startswith("/") or _DRIVE.match(name):
        return Message(N_("Messages", "an absolute path"))
    parts = name.rstrip("/").split("/")
    if any(part in ("", ".", "..") for part in parts):
        return Message(N_("Messages", "a path that leaves its folder ('..', '.' or an empty part)"))
    return None


def fold(name: str) -> str:
    """The form under which two names collide on a case-insensitive, normalising file system."""
    return unicodedata.normalize("NFC", name).casefold()
