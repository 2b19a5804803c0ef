"""Shape checks for the archive's JSON documents, so a malformed or hostile file is refused with a reason."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from desktop.domain.privacy import ConsentKind
from desktop.domain.projects import ProjectOrigin, ProjectStatus, RevisionKind
from desktop.messages import N_, Message
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


def check_project(folder: str, doc: Any, entries: dict[str, Any], blobs: dict[str, str]) -> list[Message]:
    where = f"{folder}project.json"
    if not isinstance(doc, dict):
        return [Message(N_("Messages", "{where} is not an object"), {"where": where})]
    problems = [
        Message(N_("Messages", "{where}: {key} must be text"), {"where": where, "key": key})
        for key in _TEXT
        if not isinstance(doc.get(key), str)
    ]
    problems += [
        Message(N_("Messages", "{where}: {key} is not a date"), {"where": where, "key": key})
        for key in ("created_at", "updated_at")
        if not _is_time(doc.get(key))
    ]
    if doc.get("origin") not in {o.value for o in ProjectOrigin}:
        problems.append(
            Message(
                N_("Messages", "{where}: unknown origin {value}"), {"where": where, "value": repr(doc.get("origin"))}
            )
        )
    if doc.get("status") not in {s.value for s in ProjectStatus}:
        problems.append(
            Message(
                N_("Messages", "{where}: unknown status {value}"), {"where": where, "value": repr(doc.get("status"))}
            )
        )
    if not isinstance(doc.get("archived"), bool) or not _is_int(doc.get("current_revision")):
        problems.append(
            Message(N_("Messages", "{where}: archived or current_revision has the wrong type"), {"where": where})
        )
    revisions, attachments = doc.get("revisions"), doc.get("attachments")
    if not isinstance(revisions, list) or not isinstance(attachments, list):
        return [
            *problems,
            Message(N_("Messages", "{where}: revisions and attachments must be lists"), {"where": where}),
        ]
    numbers = set()
    for rev in revisions:
        if not isinstance(rev, dict) or not _is_int(rev.get("number")) or rev["number"] < 1:
            problems.append(Message(N_("Messages", "{where}: a revision has no valid number"), {"where": where}))
            continue
        numbers.add(rev["number"])
        if rev.get("kind") not in {k.value for k in RevisionKind} or not isinstance(rev.get("summary"), str):
            problems.append(
                Message(
                    N_("Messages", "{where}: revision {name} has an unknown kind or no summary"),
                    {"where": where, "name": rev["number"]},
                )
            )
        if not _is_time(rev.get("created_at")) or rev.get("listing") not in entries:
            problems.append(
                Message(
                    N_("Messages", "{where}: revision {name} has no date or no file listing"),
                    {"where": where, "name": rev["number"]},
                )
            )
    if len(numbers) != len(revisions):
        problems.append(Message(N_("Messages", "{where}: revision numbers repeat"), {"where": where}))
    if doc.get("current_revision") and doc.get("current_revision") not in numbers:
        problems.append(
            Message(N_("Messages", "{where}: the current revision is not in the archive"), {"where": where})
        )
    for att in attachments:
        if not isinstance(att, dict) or not isinstance(att.get("name"), str) or not _is_time(att.get("added_at")):
            problems.append(Message(N_("Messages", "{where}: an attachment has no name or date"), {"where": where}))
        elif att.get("sha256") not in blobs:
            problems.append(
                Message(
                    N_("Messages", "{where}: attachment {name} has no content in the archive"),
                    {"where": where, "name": repr(att["name"])},
                )
            )
    return problems


def check_listing(name: str, listing: Any, blobs: dict[str, str]) -> list[Message]:
    if not isinstance(listing, list):
        return [Message(N_("Messages", "{name} is not a list"), {"name": name})]
    problems: list[Message] = []
    seen: dict[str, str] = {}
    for item in listing:
        path = item.get("path") if isinstance(item, dict) else None
        if not isinstance(path, str):
            problems.append(Message(N_("Messages", "{name}: an entry has no path"), {"name": name}))
            continue
        why = fmt.unsafe_path(path)
        if why:
            problems.append(
                Message(N_("Messages", "{name}: {path} has {why}"), {"name": name, "path": repr(path), "why": why})
            )
        folded = fmt.fold(path)
        if folded in seen:
            problems.append(
                Message(
                    N_("Messages", "{name}: {path} collides with {other}"),
                    {"name": name, "path": repr(path), "other": repr(seen[folded])},
                )
            )
        seen[folded] = path
        if item.get("sha256") not in blobs:
            problems.append(
                Message(
                    N_("Messages", "{name}: the content of {path} is not in the archive"),
                    {"name": name, "path": repr(path)},
                )
            )
    return problems


def check_privacy(settings: Any, history: Any) -> list[Message]:
    problems: list[Message] = []
    if settings is not None:
        ok = isinstance(settings, dict) and isinstance(settings.get("document"), str)
        ok = ok and _is_int(settings.get("revision")) and isinstance(settings.get("dirty"), bool)
        ok = ok and _is_time(settings.get("updated_at")) and isinstance(settings.get("base"), str | None)
        if not ok:
            problems.append(
                Message(N_("Messages", "{PRIVACY_SETTINGS} is malformed"), {"PRIVACY_SETTINGS": fmt.PRIVACY_SETTINGS})
            )
    if not isinstance(history, list):
        return [
            *problems,
            Message(N_("Messages", "{CONSENT_HISTORY} is not a list"), {"CONSENT_HISTORY": fmt.CONSENT_HISTORY}),
        ]
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
            problems.append(
                Message(
                    N_("Messages", "{CONSENT_HISTORY} has a malformed event"), {"CONSENT_HISTORY": fmt.CONSENT_HISTORY}
                )
            )
            break
    return problems
