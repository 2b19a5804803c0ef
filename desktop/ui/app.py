"""Starting the graphical app: one QApplication, the profile's services, the main window."""

from __future__ import annotations

import logging
import logging.handlers
import sys
from types import TracebackType

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from desktop import APP_ID, APP_NAME, __version__, collector
from desktop.errors import redact
from desktop.paths import ProfilePaths
from desktop.services.context import AppContext
from desktop.ui.error_dialog import show_error
from desktop.ui.i18n import install_translators
from desktop.ui.main_window import MainWindow
from desktop.ui.single_instance import AppInstance
from desktop.ui.tasks import TaskRunner
from desktop.ui.theme import apply_theme, icon
from desktop.ui.unix_signals import quit_on_signals

log = logging.getLogger(__name__)


class _RedactingFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


def setup_logging(paths: ProfilePaths) -> None:
    try:
        paths.logs.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            paths.logs / "codecraft.log", maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        handler = logging.StreamHandler()
    handler.setFormatter(_RedactingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.basicConfig(level=logging.INFO, handlers=[handler], force=True)


def create_application(argv: list[str]) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication(argv)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName("CodeCraft")
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(icon("codecraft"))
    app.setStyle("Fusion")
    return app


def build_main_window(app: QApplication, ctx: AppContext) -> MainWindow:
    install_translators(app, str(ctx.settings.get("language")))  # before any widget: texts translate when made
    tasks = TaskRunner()
    apply_theme(app, ctx.settings.get("theme"))
    app.styleHints().colorSchemeChanged.connect(lambda _: apply_theme(app, ctx.settings.get("theme")))
    ctx.settings.subscribe(lambda name, value: apply_theme(app, str(value)) if name == "theme" else None)
    window = MainWindow(ctx, tasks)
    tasks.setParent(window)

    def excepthook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        show_error(window, exc.with_traceback(tb))

    sys.excepthook = excepthook
    return window


def run_app(argv: list[str]) -> int:
    ctx = AppContext.for_profile()
    instance = AppInstance(ctx.paths.instance)
    if not instance.claim():
        print(f"{APP_NAME} is already running with this profile: its window comes to the front.", file=sys.stderr)
        return 0
    setup_logging(ctx.paths)
    app = create_application(argv)
    window = build_main_window(app, ctx)
    instance.watch()
    instance.raise_requested.connect(lambda: bring_to_front(window))
    quit_on_signals(app.closeAllWindows, app)  # Ctrl+C or `kill`: windows close, the vault locks, the app ends
    window.show()
    QTimer.singleShot(0, collector.start_up_done)  # once the event loop runs: the window is being painted
    log.info("%s %s started", APP_NAME, __version__)
    try:
        return app.exec()
    finally:
        instance.release()


def bring_to_front(window: QWidget) -> None:
    log.info("Another start of the app brought this window to the front")
    if window.isMinimized():
        window.showNormal()
    else:
        window.show()
    window.raise_()
    window.activateWindow()
