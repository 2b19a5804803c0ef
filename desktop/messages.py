"""Words the Qt-free layers (domain, storage, API client, services) give people, kept translatable without Qt.

They are written in English and marked ``N_("Messages", "…")``: `make translations` files every marked text in
the catalogue under the context ``Messages`` (lupdate reads ``N_`` as ``QT_TRANSLATE_NOOP``), and the interface
translates it where it shows it (``desktop.ui.i18n.translated_message``). Values go into ``{name}`` placeholders
filled after translating, so a translation can move them; the command line shows the English.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal

CONTEXT = "Messages"


def N_(context: Literal["Messages"], text: str) -> str:
    """Mark ``text`` for the catalogue; it is translated where it is shown."""
    return text


def fill(template: str, values: dict[str, object], show: Callable[[object], object] = str) -> str:
    """``template`` with its ``{name}`` placeholders filled with ``show(value)`` (a template without values is
    returned as is); a tuple value is a list of texts, shown joined by semicolons."""

    def shown(value: object) -> object:
        return "; ".join(str(show(item)) for item in value) if isinstance(value, tuple) else show(value)

    return template.format(**{name: shown(v) for name, v in values.items()}).strip() if values else template


class Message(str):
    """The English text of a marked template filled with values, which remembers both so the interface can show it
    translated. Being a ``str``, it goes wherever text went before (reports, the command line, comparisons)."""

    template: str
    values: dict[str, object]

    def __new__(cls, template: str, values: dict[str, object] | None = None) -> Message:
        text = super().__new__(cls, fill(template, values or {}))
        text.template, text.values = template, values or {}
        return text
