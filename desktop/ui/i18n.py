"""The interface language: Qt translators for the app and for Qt's own texts, chosen from the OS's languages unless
the ``language`` setting names one, the matching default QLocale, and ``fmt`` for %1-style placeholders.

Translatable strings go through ``self.tr`` (QObject subclasses) or ``QCoreApplication.translate`` (elsewhere);
constants are marked with ``QT_TRANSLATE_NOOP`` and translated where they are shown. The catalogues are
``resources/translations/codecraft_<lang>.ts`` (``make translations`` updates them and builds the ``.qm`` files)."""

from __future__ import annotations

import functools
import re
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLibraryInfo, QLocale, QTime, QTranslator

from desktop.errors import UserFacingError
from desktop.messages import CONTEXT as MESSAGES
from desktop.messages import Message, fill
from desktop.ui.theme import resource_path

SOURCE_LANGUAGE = "en"
# (setting value, name shown in the Settings dialog); a language's own name is never translated.
LANGUAGES: tuple[tuple[str, str], ...] = (("en", "English"), ("de", "Deutsch"))
_installed: list[QTranslator] = []


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for the catalogue under ``context``; translate it where it is shown. Typed, unlike Qt's."""
    return text


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate at module level (outside any class), e.g. plurals: ``tr("%n file(s)", "", n)``. lupdate files a
    module-level ``tr()`` under the empty context and, unlike ``QCoreApplication.translate``, marks its plurals."""
    return QCoreApplication.translate("", text, disambiguation, n)


def translated(context: str, text: str) -> str:
    """A constant marked with ``QT_TRANSLATE_NOOP(context, …)``, in the interface language."""
    return QCoreApplication.translate(context, text)


def translated_message(template: str | Message, values: dict[str, object] | None = None) -> str:
    """A text of the Qt-free layers (marked with ``desktop.messages.N_``) in the interface language, filled."""
    if isinstance(template, Message):
        return translated_message(template.template, template.values)
    return fill(QCoreApplication.translate(MESSAGES, template), values or {}, _shown)


def _shown(value: object) -> object:
    return translated_message(value) if isinstance(value, Message) else value


def translated_stored(text: str, templates: tuple[str, ...]) -> str:
    """A text stored in English (a revision's summary) in the interface language, when one of ``templates`` made
    it; any other text is shown as it is."""
    for template, pattern in _patterns(templates):
        match = pattern.fullmatch(text)
        if match:
            return translated_message(template, match.groupdict())
    return text


@functools.cache
def _patterns(templates: tuple[str, ...]) -> list[tuple[str, re.Pattern[str]]]:
    def pattern(template: str) -> re.Pattern[str]:
        parts = re.split(r"\{(\w+)\}", template)  # literal, name, literal, name, ..., literal
        return re.compile("".join(re.escape(p) if i % 2 == 0 else f"(?P<{p}>.+?)" for i, p in enumerate(parts)))

    return [(template, pattern(template)) for template in templates]


def error_texts(exc: UserFacingError) -> tuple[str, str]:
    """(title, message and hint) of an error the services raised, in the interface language."""
    message = translated_message(exc.template, exc.values)
    hint = translated_message(exc.hint_template, exc.values) if exc.hint_template else ""
    return translated_message(exc.title), f"{message} {hint}".strip()


def local_date(moment: datetime | None) -> str:
    """A day as the interface language writes it (short form: 26.11.26, 11/26/26), "—" for none."""
    if moment is None:
        return "—"
    local = moment.astimezone()
    return QLocale().toString(QDate(local.year, local.month, local.day), QLocale.FormatType.ShortFormat)


def local_time(moment: datetime | None) -> str:
    """A moment (in this computer's time zone) as the interface language writes a date and a time."""
    if moment is None:
        return "—"
    local = moment.astimezone()
    when = QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
    return QLocale().toString(when, QLocale.FormatType.ShortFormat)


def fmt(template: str, *args: object) -> str:
    """``template`` with %1, %2, … replaced by ``args`` in one pass (QString::arg for Python strings)."""

    def arg(match: re.Match[str]) -> str:
        index = int(match.group(1))
        return str(args[index - 1]) if 1 <= index <= len(args) else match.group(0)

    return re.sub(r"%(\d+)", arg, template)


def translations_dir() -> Path:
    return resource_path("translations")


def resolve_language(setting: str, system: QLocale | None = None) -> str:
    """The language to show: the setting's, or the first of the OS's preferred languages the app has."""
    available = {code for code, _ in LANGUAGES}
    if setting in available:
        return setting
    for name in (system or QLocale.system()).uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in available:
            return code
    return SOURCE_LANGUAGE


def _load(translator: QTranslator, name: str, folders: list[Path]) -> bool:
    return any(translator.load(name, str(folder)) for folder in folders)


def install_translators(app: QCoreApplication, setting: str) -> str:
    """Install the translators for ``setting`` ("system" or a code), replacing earlier ones; returns the language.

    Call it before building any widget: texts are translated when a widget is made."""
    language = resolve_language(setting)
    locale = QLocale.system() if setting not in dict(LANGUAGES) else QLocale(language)
    if QLocale() != locale:  # setDefault is not thread-safe: only when it changes (before the workers start)
        QLocale.setDefault(locale)
    if _installed and _installed[0].property("codecraftLanguage") == language:
        return language  # installing again would send every widget a LanguageChange event for nothing
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    qt_folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    # English needs its catalogue too: it holds the plural forms ("1 file", "2 files") of "%n file(s)".
    catalogues = [(f"codecraft_{language}", [translations_dir()])]
    if language != SOURCE_LANGUAGE:  # Qt's own texts (standard buttons, context menus) are English already
        catalogues.insert(0, (f"qtbase_{language}", [translations_dir(), qt_folder]))
    for name, folders in catalogues:
        translator = QTranslator(app)
        translator.setProperty("codecraftLanguage", language)
        if _load(translator, name, folders):
            app.installTranslator(translator)
            _installed.append(translator)
    return language
