"""Screenshots of the main screens in both themes and both languages: docs/screenshots/<screen>-<theme>-<lang>.png.

    .venv/bin/python docs/screenshots/make_screenshots.py

Runs offscreen over a throwaway profile with demo projects (its vault keyed in an in-memory keyring) and no
CodeCraft service, so the account screens show the signed-out state."""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from keyring.backend import KeyringBackend  # noqa: E402
from PySide6.QtCore import QDeadlineTimer, QEventLoop  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from desktop.domain.projects import Requirements, RevisionKind  # noqa: E402
from desktop.paths import ProfilePaths  # noqa: E402
from desktop.services.context import AppContext  # noqa: E402
from desktop.storage.keys import KeyKeeper  # noqa: E402
from desktop.ui.app import build_main_window, create_application  # noqa: E402
from desktop.ui.diff_window import DiffWindow  # noqa: E402
from desktop.ui.main_window import MainWindow  # noqa: E402
from desktop.ui.settings_dialog import SettingsDialog  # noqa: E402

OUT = Path(__file__).resolve().parent
SIZE = (1200, 760)
DEMO_FILES = {
    "README.md": "# Invoice generator\n\nTurns a CSV of hours into PDF invoices.\n",
    "invoices/__init__.py": "",
    "invoices/model.py": (
        "from dataclasses import dataclass\n\n\n@dataclass\nclass Line:\n    description: str\n    hours: float\n"
        "    rate: float\n\n    @property\n    def total(self) -> float:\n        return self.hours * self.rate\n"
    ),
    "invoices/cli.py": (
        "import csv\nimport sys\n\nfrom invoices.model import Line\n\n\ndef main() -> None:\n"
        "    with open(sys.argv[1]) as handle:\n        lines = [Line(r['task'], float(r['hours']), 80.0) "
        "for r in csv.DictReader(handle)]\n    print(sum(line.total for line in lines))\n"
    ),
}


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.store.pop((service, username), None)


def wait_until(done: Callable[[], bool], timeout_ms: int = 10_000) -> None:
    deadline = QDeadlineTimer(timeout_ms)
    while not done():
        if deadline.hasExpired():
            raise TimeoutError("the screen did not settle")
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


def settle(window: MainWindow) -> None:
    wait_until(lambda: not window.tasks.is_busy())
    QApplication.processEvents()


def demo_profile(root: Path, theme: str, language: str) -> AppContext:
    ctx = AppContext.for_profile(ProfilePaths(root / "profile"), KeyKeeper(MemoryKeyring(), is_secure=lambda b: True))
    ctx.session.create()
    folder = root / "invoice-generator"
    for path, text in DEMO_FILES.items():
        (folder / path).parent.mkdir(parents=True, exist_ok=True)
        (folder / path).write_text(text, encoding="utf-8")
    report = ctx.projects.import_folder(folder, "Invoice generator")
    store = ctx.projects.store
    files = {
        e.path: ctx.projects.read_file(report.project_id, 1, e.path) for e in ctx.projects.files(report.project_id, 1)
    }
    files["invoices/model.py"] += (
        b"\n    def vat(self, rate: float = 0.19) -> float:\n        return self.total * rate\n"
    )
    with store.vault.transaction() as tx:
        store.add_revision(tx, report.project_id, RevisionKind.IMPORT, "VAT", sorted(files.items()))
    for title in ("Recipe planner", "Budget tracker", "Team chat bot"):
        ctx.projects.create_from_requirements(Requirements(title, "A small demo project."))
    for name, value in (("first_run_done", True), ("theme", theme), ("language", language)):
        ctx.settings.set(name, value)
    ctx.settings.set("server_url", "http://127.0.0.1:9")  # nothing listens: signed out at once
    ctx.session.lock()
    return ctx


def shoot(widget: QWidget, screen: str, theme: str, language: str) -> None:
    QApplication.processEvents()
    widget.grab().save(str(OUT / f"{screen}-{theme}-{language}.png"))


def screens(app: QApplication, theme: str, language: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        ctx = demo_profile(Path(tmp), theme, language)
        window = build_main_window(app, ctx)
        window.resize(*SIZE)
        window.show()
        wait_until(lambda: window.central.currentWidget() is window.workspace)
        page = window.projects_page
        wait_until(lambda: page.model.rowCount() == 4)
        page.table.selectRow(page.model.row_of(1))
        wait_until(lambda: page.detail.project is not None)
        settle(window)
        shoot(window, "projects", theme, language)
        files = page.detail.files
        files.tree.setCurrentIndex(files.find_file("invoices/model.py"))
        wait_until(lambda: files.viewer.editor().toPlainText() != "" and not files.viewer.is_highlighting())
        settle(window)
        shoot(window, "code-viewer", theme, language)
        diff = DiffWindow(ctx.projects, window.tasks, window)
        diff.compare(ctx.projects.get(1), 1, 2)
        diff.resize(*SIZE)
        wait_until(lambda: not diff.viewer.is_loading() and not diff.viewer.is_highlighting())
        settle(window)
        shoot(diff, "diff-viewer", theme, language)
        diff.close()
        account = window.account_page
        for index, screen in ((4, "account"), (3, "privacy"), (2, "billing")):
            window.go_to(index)
            wait_until(lambda: account.stack.currentWidget() is account.signed_out_page)
            settle(window)
            shoot(window, screen, theme, language)
        window.go_to(0)
        settings = SettingsDialog(ctx, window.tasks, window)
        settings.show()
        shoot(settings, "settings", theme, language)
        settings.close()
        window.lock()
        wait_until(lambda: window.central.currentWidget() is window.gate)
        shoot(window, "vault-gate", theme, language)
        window.close()


def main() -> int:
    app = create_application(sys.argv[:1])
    for language in ("en", "de"):
        for theme in ("light", "dark"):
            screens(app, theme, language)
            print(f"{theme} {language}: done")
    return 0


if __name__ == "__main__":
    sys.exit(main())
