"""Generation orders and deliveries, independent of the network: what a delivered file may be called, and how
big a delivery may be, before it goes anywhere near the vault."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from desktop.errors import UserFacingError
from desktop.messages import N_, Message

MAX_FILES = 2000
MAX_FILE_BYTES = 2 * 1024 * 1024  # the service's own limits (contract.MAX_DELIVERY_*)
MAX_TOTAL_BYTES = 20 * 1024 * 1024
MAX_PATH_CHARS = 1024
_DEVICE_NAMES = {"con", "prn", "aux", "nul"} | {f"{p}{n}" for p in ("com", "lpt") for n in range(10)}
_DRIVE = re.compile(r"^[A-Za-z]:")


class DeliveryRejected(UserFacingError):
    title = N_("Messages", "Delivery not saved")


def path_problem(path: str) -> str | None:
    """Why ``path`` cannot be a file of a project (None if it can): only plain relative POSIX paths inside it."""
    if not path or len(path) > MAX_PATH_CHARS:
        return Message(N_("Messages", "has an empty or overlong name"))
    if any(ord(ch) < 32 or ch == "\x7f" for ch in path):
        return Message(N_("Messages", "has a control character (such as NUL) in its name"))
    if "\\" in path:
        return Message(N_("Messages", "uses backslashes in its name"))
    if path.startswith("/") or _DRIVE.match(path):
        return Message(N_("Messages", "has an absolute path"))
    for part in path.split("/"):
        if part in ("", ".", ".."):
            return Message(N_("Messages", "points outside the project folder (“..”, “.” or an empty folder name)"))
        stem = part.split(".")[0].rstrip(" ").lower()
        if stem in _DEVICE_NAMES:
            return Message(N_("Messages", "uses the reserved device name “{part}”"), {"part": part})
        if part.endswith((" ", ".")):
            return Message(N_("Messages", "has a name ending in a space or a dot"))
    return None


def check_delivery(files: Iterable[tuple[str, int]]) -> None:
    """Refuse the whole delivery (``DeliveryRejected``) if any (path, size) is unsafe or it is too large."""
    seen: set[str] = set()
    total = 0
    for path, size in files:
        shown = path.encode("unicode_escape").decode()[:120]
        problem = path_problem(path)
        if problem is not None:
            raise DeliveryRejected(
                N_("Messages", "The delivery was not saved: the file “{shown}” {problem}."),
                hint=N_("Messages", "Your project is unchanged. Please contact CodeCraft support about this delivery."),
                shown=shown,
                problem=problem,
            )
        if path.casefold() in seen:
            raise DeliveryRejected(N_("Messages", "The delivery was not saved: “{shown}” appears twice."), shown=shown)
        seen.add(path.casefold())
        if size > MAX_FILE_BYTES:
            raise DeliveryRejected(
                N_("Messages", "The delivery was not saved: “{shown}” is {size} MB; files may be at most {limit} MB."),
                hint=N_("Messages", "Your project is unchanged. Please contact CodeCraft support about this delivery."),
                shown=shown,
                size=f"{size / 2**20:.1f}",
                limit=MAX_FILE_BYTES // 2**20,
            )
        total += size
    if len(seen) > MAX_FILES or total > MAX_TOTAL_BYTES:
        raise DeliveryRejected(
            N_(
                "Messages",
                "The delivery was not saved: {count} files, {size} MB in all; a delivery may have at most "
                "{max_files} files and {limit} MB.",
            ),
            hint=N_("Messages", "Your project is unchanged. Please contact CodeCraft support about this delivery."),
            count=len(seen),
            size=f"{total / 2**20:.1f}",
            max_files=MAX_FILES,
            limit=MAX_TOTAL_BYTES // 2**20,
        )


@dataclass(frozen=True)
class LandedDelivery:
    project_id: int
    job_id: int
    revision: int
    files: int
    already: bool = False  # True: this job had landed before; nothing was written again
