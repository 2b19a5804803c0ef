"""Shape checks for the archive's JSON documents, so a malformed or hostile file is refused with a reason."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from desktop.domain.privacy import ConsentKind
from desktop.domain.projects import ProjectOrigin, ProjectStatus, RevisionKind
from desktop.services.portability import format as fmt

_TEXT = ("uid", "title", "description", "stack", "language", "specifications", "created_at", "updated_at")


def _is_time(value: object) -> bool:
    if not isinstance(value, str):
        return False
    try:
        datetime.fromisoformat(value)
    except ValueError:
        return False
    return True


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def check_project(folder: str, doc: Any, entries: dict[str, Any], blobs: dict[str, str]) -> list[str]:
    where = f"{folder}project.json"
    if not isinstance(doc, dict):
        return [f"{where} is not an object"]
    problems = [f"{where}: {key} must be text" for key in _TEXT if not isinstance(doc.get(key), str)]
    problems += [f"{where}: {key} is not a date" for key in ("created_at", "updated_at") if not _is_time(doc.get(key))]
    if doc.get("origin") not in {o.value for o in ProjectOrigin}:
        problems.append(f"{where}: unknown origin {doc.get('origin')!r}")
    if doc.get("status") not in {s.value for s in ProjectStatus}:
        problems.append(f"{where}: unknown status {doc.get('status')!r}")
    if not isinstance(doc.get("archived"), bool) or not _is_int(doc.get("current_revision")):
        problems.append(f"{where}: archived or current_revision has the wrong type")
    revisions, attachments = doc.get("revisions"), doc.get("attachments")
    if not isinstance(revisions, list) or not isinstance(attachments, list):
        return [*problems, f"{where}: revisions and attachments must be lists"]
    numbers = set()
    for rev in revisions:
        if not isinstance(rev, dict) or not _is_int(rev.get("number")) or rev["number"] < 1:
            problems.append(f"{where}: a revision has no valid number")
            continue
        numbers.add(rev["number"])
        if rev.get("kind") not in {k.value for k in RevisionKind} or not isinstance(rev.get("summary"), str):
            problems.append(f"{where}: revision {rev['number']} has an unknown kind or no summary")
        if not _is_time(rev.get("created_at")) or rev.get("listing") not in entries:
            problems.append(f"{where}: revision {rev['number']} has no date or no file listing")
    if len(numbers) != len(revisions):
        problems.append(f"{where}: revision numbers repeat")
    if doc.get("current_revision") and doc.get("current_revision") not in numbers:
        problems.append(f"{where}: the current revision is not in the archive")
    for att in attachments:
        if not isinstance(att, dict) or not isinstance(att.get("name"), str) or not _is_time(att.get("added_at")):
            problems.append(f"{where}: an attachment has no name or date")
        elif att.get("sha256") not in blobs:
            problems.append(f"{where}: attachment {att['name']!r} has no content in the archive")
    return problems


def check_listing(name: str, listing: Any, blobs: dict[str, str]) -> list[str]:
    if not isinstance(listing, list):
        return [f"{name} is not a list"]
    problems: list[str] = []
    seen: dict[str, str] = {}
    for item in listing:
        path = item.get("path") if isinstance(item, dict) else None
        if not isinstance(path, str):
            problems.append(f"{name}: an entry has no path")
            continue
        why = fmt.unsafe_path(path)
        if why:
            problems.append(f"{name}: {path!r} has {why}")
        folded = fmt.fold(path)
        if folded in seen:
            problems.append(f"{name}: {path!r} collides with {seen[folded]!r}")
        seen[folded] = path
        if item.get("sha256") not in blobs:
            problems.append(f"{name}: the content of {path!r} is not in the archive")
    return problems


def check_privacy(settings: Any, history: Any) -> list[str]:
    problems: list[str] = []
    if settings is not None:
        ok = isinstance(settings, dict) and isinstance(settings.get("document"), str)
        ok = ok and _is_int(settings.get("revision")) and isinstance(settings.get("dirty"), bool)
        ok = ok and _is_time(settings.get("updated_at")) and isinstance(settings.get("base"), str | None)
        if not ok:
            problems.append(f"{fmt.PRIVACY_SETTINGS} is malformed")
    if not isinstance(history, list):
        return [*problems, f"{fmt.CONSENT_HISTORY} is not a list"]
    kinds = {k.value for k in ConsentKind}
    for row in history:
        ok = isinstance(row, dict) and row.get("kind") in kinds and isinstance(row.get("granted"), bool)
        ok = (
            ok
            and isinstance(row.get("source"), str)
            and _is_time(row.get("at"))
            and isinstance(row.get("synced"), bool)
        )
        if not ok:
            problems.append(f"{fmt.CONSENT_HISTORY} has a malformed event")
            break
    return problems
