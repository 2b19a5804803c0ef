"""Render each Privacy screen offscreen against a real local stub with a demo account; write
docs/screenshots/privacy-*.png.

    .venv/bin/python docs/screenshots/make_privacy_screenshots.py
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402
from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget  # noqa: E402

from desktop.api import contract as c  # noqa: E402
from desktop.domain.privacy import ConsentKind, RightsRequestType  # noqa: E402
from desktop.paths import ProfilePaths  # noqa: E402
from desktop.services.account import AccountService  # noqa: E402
from desktop.services.context import AppContext  # noqa: E402
from desktop.services.privacy import PrivacyService  # noqa: E402
from desktop.services.privacy_analytics import EventKind  # noqa: E402
from desktop.services.vault_session import VaultState  # noqa: E402
from desktop.storage.keys import KeyKeeper  # noqa: E402
from desktop.ui.app import create_application  # noqa: E402
from desktop.ui.privacy import PrivacyPage  # noqa: E402
from desktop.ui.privacy.controller import PrivacyController  # noqa: E402
from desktop.ui.tasks import TaskRunner  # noqa: E402
from desktop.ui.theme import apply_theme  # noqa: E402
from tests.keyrings import MemoryKeyring  # noqa: E402
from tests.stub_server import running_stub  # noqa: E402

OUT = Path(__file__).resolve().parent
PASSWORD = "a-long-demo-password"


def wait(app: QApplication, done: Callable[[], bool], seconds: float = 30.0) -> None:
    """Run the event loop until ``done()`` (results arrive as queued signals that wake it), or give up."""
    ticker = QTimer()
    ticker.start(100)  # wakes the loop so the deadline is checked even when nothing arrives
    deadline = time.monotonic() + seconds
    while not done():
        if time.monotonic() > deadline:
            raise RuntimeError("the screens did not finish loading")
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    ticker.stop()


def seed(url: str, accounts: AccountService, privacy: PrivacyService) -> None:
    """A demo client with some history: consents, queued events, requests, a policy change and a notice."""
    accounts.register(
        c.RegisterRequest(
            name="Dana Demo",
            email="dana@example.org",
            username="dana",
            password=PASSWORD,
            company="Demo Ltd",
            confirm_age_16=True,
            accepted_policy_version=accounts.policy().version,
        )
    )
    accounts.sign_in("dana", PASSWORD)
    privacy.set_consent(ConsentKind.ANALYTICS, True)
    privacy.set_consent(ConsentKind.PREFERENCES, True)
    privacy.sync_settings()
    privacy.record_event(EventKind.APP_START)
    for screen in ("projects", "privacy"):
        privacy.record_event(EventKind.SCREEN_OPENED, screen)
    privacy.record_event(EventKind.OPERATION, "sync", 842.0)
    access = privacy.file_request(RightsRequestType.ACCESS, details="A copy of everything, please.")
    privacy.file_request(RightsRequestType.CCPA_OPT_OUT_OF_SALE)

    def post(path: str, body: object) -> None:
        httpx.post(url + path, json=body, timeout=10).raise_for_status()

    for step in ("in_progress", "completed"):
        post(c.TEST_PRIVACY_ADVANCE.format(request_id=access.id), {"status": step})
    effective = datetime.now(UTC) + timedelta(days=35)
    summary = "Analytics data is now kept for 18 months instead of 2 years; a new EU representative address."
    post(c.TEST_POLICY_VERSIONS, {"version": "2026-03", "summary": summary, "effective_at": effective.isoformat()})
    notice = {
        "title": "Sign-in attempts blocked",
        "description": "Repeated sign-in attempts from an unknown network were blocked on 3 March.",
        "impact": "No account data was accessed.",
        "mitigation": "If you use your CodeCraft password elsewhere, change it there too.",
        "detected_at": datetime.now(UTC).isoformat(),
        "usernames": ["dana"],
    }
    post(c.TEST_SECURITY_NOTICES, notice)


def main() -> int:
    app = create_application(sys.argv[:1])
    apply_theme(app, "light")
    with tempfile.TemporaryDirectory() as tmp, running_stub(Path(tmp) / "stub") as stub:
        keeper = KeyKeeper(MemoryKeyring(), is_secure=lambda backend: True)
        ctx = AppContext.for_profile(ProfilePaths(Path(tmp) / "profile"), keeper)
        ctx.session.create()
        ctx.settings.set("server_url", stub.url)
        accounts = AccountService(ctx)
        privacy = PrivacyService.for_context(ctx, accounts.api)
        seed(stub.url, accounts, privacy)

        vault, network = TaskRunner(), TaskRunner(name="network")
        controller = PrivacyController(privacy, vault, network, lambda: ctx.session.state is VaultState.UNLOCKED)
        page = PrivacyPage(controller)
        window = QWidget()
        window.setWindowTitle("Privacy")
        layout = QVBoxLayout(window)
        layout.addWidget(page.banner)
        layout.addWidget(page, 1)
        window.resize(1180, 860)
        window.show()
        controller.error.connect(lambda exc: print(f"error: {exc!r}", file=sys.stderr))
        controller.load()
        wait(app, lambda: page.banner.accept_button is not None and page.rights.model.rowCount() == 2)
        wait(app, lambda: not vault.is_busy() and not network.is_busy())
        # what the queue holds between two uploads
        for subject in ("projects", "reviews", "privacy"):
            controller.record(EventKind.SCREEN_OPENED, subject)
        controller.record(EventKind.OPERATION, "import_folder", 1370.0)
        wait(app, lambda: page.collected.model.rowCount() == 4)
        for label in page.panes:
            page.show_screen(label)
            app.processEvents()
            slug = label.lower().replace(" ", "-")
            window.grab().save(str(OUT / f"privacy-{slug}.png"))
            print(f"wrote privacy-{slug}.png")
        window.close()
        vault.shutdown()
        network.shutdown()
        accounts.close()
        ctx.session.lock()
    return 0


if __name__ == "__main__":
    sys.exit(main())
