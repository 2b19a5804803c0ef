"""Errors a person can act on, and redacted reports of the ones they cannot.

A ``UserFacingError`` carries a title and a plain message for the UI (translatable: see ``desktop.messages``).
Anything else is a bug: the UI shows a generic message and offers ``redacted_report`` under "Copy details", which
names where the failure happened but never carries keys, tokens, passphrases or code.
"""

from __future__ import annotations

import re
import sys
import traceback

from desktop import APP_NAME, __version__
from desktop.messages import N_, Message, fill


class UserFacingError(Exception):
    """``message`` and ``hint`` are marked texts (``desktop.messages.N_``) whose ``{name}`` placeholders take
    ``values``; the UI translates them, ``str()`` gives the English."""

    title = N_("Messages", "Something went wrong")

    def __init__(self, message: str, *, hint: str = "", **values: object) -> None:
        if isinstance(message, Message):  # a text made elsewhere: keep its template, so it still translates
            values = {**message.values, **values}
            message = message.template
        self.template, self.hint_template, self.values = message, hint, values
        self.message, self.hint = fill(message, values), fill(hint, values)
        super().__init__(self.message)

    def __str__(self) -> str:
        return f"{self.message} {self.hint}".strip()

    @property
    def text(self) -> Message:
        """The message (without the hint) as a translatable text, to pass on to the interface."""
        return Message(self.template, self.values)

    @property
    def full_text(self) -> Message:
        """Message and hint as a translatable text."""
        return Message("{message} {hint}", {"message": self.text, "hint": Message(self.hint_template, self.values)})


class OperationCancelled(UserFacingError):
    title = N_("Messages", "Cancelled")

    def __init__(self, message: str = N_("Messages", "The operation was cancelled; nothing was changed.")) -> None:
        super().__init__(message)


# Long hex or base64-like runs are keys, tokens or hashes; quoted SQL literals may be keys or code.
_SECRET_PATTERNS = [
    re.compile(r"x'[0-9a-fA-F]+'"),
    re.compile(r"\b[0-9a-fA-F]{32,}\b"),
    re.compile(r"[A-Za-z0-9+/_\-]{40,}={0,2}"),
    re.compile(r"(?i)(passphrase|password|token|secret|key)\s*[=:]\s*\S+"),
]


def redact(text: str) -> str:
    for pattern in _SECRET_PATTERNS:
        text = pattern.sub("[redacted]", text)
    return text


def redacted_report(exc: BaseException) -> str:
    """A report safe to paste into a support ticket: versions, exception type, and frame locations only."""
    import platform  # loaded only when a report is written: it is slow to import and rarely needed

    lines = [
        f"{APP_NAME} {__version__}",
        f"Python {sys.version.split()[0]} on {platform.platform()}",
        f"Error: {type(exc).__module__}.{type(exc).__qualname__}",
    ]
    if isinstance(exc, UserFacingError):
        lines.append(f"Message: {redact(exc.message)}")
    else:
        # Messages of unexpected errors may quote data (SQL, file contents); keep only their shape.
        lines.append(f"Message: {redact(str(exc))[:200]}")
    lines.append("Where:")
    for frame in traceback.extract_tb(exc.__traceback__):
        module = _module_of(frame.filename)
        lines.append(f"  {module}:{frame.lineno} in {frame.name}")
    cause = exc.__cause__ or exc.__context__
    if cause is not None and cause is not exc:
        lines.append(f"Caused by: {type(cause).__module__}.{type(cause).__qualname__}")
    return "\n".join(lines)


def _module_of(filename: str) -> str:
    # Only the path from the package root down: home folders and user names stay out of the report.
    parts = re.split(r"[\\/]", filename)
    for anchor in ("desktop", "backend_stub", "site-packages"):
        if anchor in parts:
            return "/".join(parts[parts.index(anchor) :])
    return parts[-1]
