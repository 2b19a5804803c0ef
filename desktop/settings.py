"""Every setting of the app, declared once with its type, default and description.

Settings live in the profile's ``settings.json``. Reading never fails: a missing, corrupt or out-of-range
value falls back to the default. Writes go to a temporary file that replaces the old one, so a crash never
leaves half a file. Listeners are plain callables; the UI bridges them to Qt signals.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.messages import N_, Message

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Setting:
    name: str
    type: type
    default: Any
    description: str
    choices: tuple[Any, ...] = ()
    minimum: int | None = None
    maximum: int | None = None

    def coerce(self, value: Any) -> Any:
        """Return ``value`` if it is valid for this setting, else raise ValueError."""
        if self.type is bool and not isinstance(value, bool):
            raise ValueError(Message(N_("Messages", "{name} must be true or false"), {"name": self.name}))
        if self.type is int and (isinstance(value, bool) or not isinstance(value, int)):
            raise ValueError(Message(N_("Messages", "{name} must be a whole number"), {"name": self.name}))
        if self.type is str and not isinstance(value, str):
            raise ValueError(Message(N_("Messages", "{name} must be text"), {"name": self.name}))
        if self.choices and value not in self.choices:
            raise ValueError(
                Message(
                    N_("Messages", "{name} must be one of {choices}"),
                    {"name": self.name, "choices": ", ".join(map(str, self.choices))},
                )
            )
        if self.minimum is not None and value < self.minimum:
            raise ValueError(
                Message(
                    N_("Messages", "{name} must be at least {minimum}"), {"name": self.name, "minimum": self.minimum}
                )
            )
        if self.maximum is not None and value > self.maximum:
            raise ValueError(
                Message(
                    N_("Messages", "{name} must be at most {maximum}"), {"name": self.name, "maximum": self.maximum}
                )
            )
        return value


SETTINGS: tuple[Setting, ...] = (
    Setting(
        "theme",
        str,
        "system",
        "Colour theme: follow the system, or always light or dark.",
        choices=("system", "light", "dark"),
    ),
    Setting(
        "auto_lock_minutes",
        int,
        10,
        "Lock the vault after this many minutes without keyboard or mouse input (0 turns auto-lock off).",
        minimum=0,
        maximum=24 * 60,
    ),
    Setting(
        "import_max_file_kb",
        int,
        1024,
        "Files larger than this are skipped when importing a folder.",
        minimum=1,
        maximum=100 * 1024,
    ),
    Setting(
        "server_url",
        str,
        "http://127.0.0.1:8765",
        "The CodeCraft service this profile talks to ($CODECRAFT_SERVER overrides it).",
    ),
    Setting("language", str, "system", "Language of the interface: follow the system, or a language code."),
    Setting("first_run_done", bool, False, "Whether the welcome screen has been completed."),
)

_BY_NAME = {s.name: s for s in SETTINGS}

Listener = Callable[[str, Any], None]


class Settings:
    def __init__(self, path: Path | None) -> None:
        """``path=None`` keeps settings in memory only (tests, self-test)."""
        self._path = path
        self._values: dict[str, Any] = {}
        self._listeners: list[Listener] = []
        self._load()

    def get(self, name: str) -> Any:
        setting = _BY_NAME[name]
        return self._values.get(name, setting.default)

    def set(self, name: str, value: Any) -> None:
        setting = _BY_NAME[name]
        value = setting.coerce(value)
        if self.get(name) == value:
            return
        self._values[name] = value
        self._save()
        for listener in list(self._listeners):
            listener(name, value)

    def reset(self, name: str) -> None:
        self.set(name, _BY_NAME[name].default)

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    def as_dict(self) -> dict[str, Any]:
        return {s.name: self.get(s.name) for s in SETTINGS}

    def server_url(self) -> str:
        return os.environ.get("CODECRAFT_SERVER") or str(self.get("server_url"))

    def _load(self) -> None:
        if self._path is None or not self._path.exists():
            return
        try:
            raw = json.loads(self._path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            log.warning("Settings file unreadable (%s); using defaults", type(exc).__name__)
            return
        if not isinstance(raw, dict):
            return
        for name, value in raw.items():
            setting = _BY_NAME.get(name)
            if setting is None:
                continue
            try:
                self._values[name] = setting.coerce(value)
            except ValueError:
                log.warning("Ignoring invalid value for setting %s", name)

    def _save(self) -> None:
        if self._path is None:
            return
        self._path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".settings-", dir=self._path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(self._values, handle, indent=2, sort_keys=True)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, self._path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
