"""The Billing page against the real stub and localstripe: Buy opens the checkout, the balance updates by
itself once the payment lands, receipts, deliveries with ownership, and notifications."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.ui.billing_page import BillingPage
from desktop.ui.notifications import NotificationCenter
from desktop.ui.tasks import TaskRunner
from tests.commerce import Shop
from tests.commerce_qt import runners

__all__ = ["runners"]


def test_buy_pay_in_the_browser_and_see_balance_receipt_ownership_and_notices(
    shop: Shop, qtbot: QtBot, runners: tuple[TaskRunner, TaskRunner], tmp_path: Path
) -> None:
    _, network = runners
    opened: list[str] = []
    center = NotificationCenter(shop.billing, network)
    page = BillingPage(shop.billing, network, center, open_url=opened.append, refresh_ms=100)
    qtbot.addWidget(page)
    page.resize(900, 620)
    page.show()
    qtbot.waitUntil(lambda: page.balance_label.text() == "Balance: 0 credits", timeout=10_000)
    assert set(page.pack_buttons) == {"starter", "builder", "studio"} and "Stripe" in page.prices_label.text()
    with qtbot.waitSignal(page.checkout_opened, timeout=10_000):
        page.pack_buttons["starter"].click()
    [purchase] = shop.billing.purchases()
    assert opened == [purchase.checkout_url] and "browser" in page.notice.text()
    assert shop.pay(purchase).status_code == 200
    qtbot.waitUntil(lambda: page.balance_label.text() == "Balance: 50 credits", timeout=15_000)
    qtbot.waitUntil(lambda: page.payments.item(0, 4) is not None and page.payments.item(0, 4).text() == "Paid")
    page.payments.selectRow(0)
    assert "**** 4242" in page.receipt.toPlainText()
    pid = shop.project("Owned")
    shop.generation.generate(pid)
    qtbot.waitUntil(lambda: page.deliveries.rowCount() == 1, timeout=10_000)
    assert page.deliveries.item(0, 3).text() == "You" and "belongs to you" in page.deliveries.item(0, 4).text()
    shop.call("POST", "/_test/notifications", {"title": "Maintenance tonight", "body": "Back by 02:00 UTC."})
    with qtbot.waitSignal(center.received, timeout=10_000):
        center.check_now()
    page.tabs.setCurrentIndex(2)
    notices = page.tabs.currentWidget()
    qtbot.waitUntil(lambda: notices.list.count() == 3)  # type: ignore[attr-defined]
    assert "Maintenance tonight" in notices.list.item(0).text()  # type: ignore[attr-defined]
    page.grab().save(str(tmp_path / "billing-notifications.png"))
    with qtbot.waitSignal(center.unread_changed, timeout=10_000):
        notices.read_button.click()  # type: ignore[attr-defined]
    assert center.unread == 0
    page.tabs.setCurrentIndex(0)
    page.grab().save(str(tmp_path / "billing-payments.png"))


def test_signed_out_the_page_says_to_sign_in(shop: Shop, qtbot: QtBot, runners: tuple[TaskRunner, TaskRunner]) -> None:
    shop.api.tokens.clear()
    page = BillingPage(shop.billing, runners[1], refresh_ms=10_000)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.notice.text().startswith("Sign in"), timeout=10_000)
