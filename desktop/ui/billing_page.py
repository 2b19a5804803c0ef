"""The Billing section: balance, credit packs with Buy (pays in the browser), payment history with receipts,
ownership of each delivery (§4.1), and notifications. Network only, on the network TaskRunner; while the page
is visible it refreshes every few seconds, so a payment made in the browser shows up by itself."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.api import contract as c
from desktop.api.errors import AuthenticationFailed
from desktop.services.billing import BillingService, money
from desktop.ui.error_dialog import describe
from desktop.ui.i18n import fmt, local_time
from desktop.ui.notifications import NotificationCenter, NotificationList
from desktop.ui.tasks import TaskHandle, TaskRunner
from desktop.ui.theme import style_as

REFRESH_MS = 5_000
Loaded = tuple[c.BillingSummary, list[c.Purchase], list[c.DeliveryOwnership]]


def _table(headers: list[str], name: str, description: str) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
    table.setHorizontalHeaderLabels(headers)
    table.setAccessibleName(name)
    table.setAccessibleDescription(description)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for col, text in enumerate(row):
            table.setItem(r, col, QTableWidgetItem(text))
    table.resizeColumnsToContents()


def _day(value: object) -> str:
    return local_time(value) if isinstance(value, datetime) else "—"


def _payment_row(p: c.Purchase) -> list[str]:
    return [_day(p.created_at), p.pack_id.capitalize(), str(p.credits), money(p.amount_cents, p.currency),
            p.status.capitalize()]  # fmt: skip


def _delivery_row(d: c.DeliveryOwnership) -> list[str]:
    owner = (
        QCoreApplication.translate("BillingPage", "You")
        if d.owner == "client"
        else QCoreApplication.translate("BillingPage", "CodeCraft (until paid)")
    )
    return [d.project_name, _day(d.delivered_at), _day(d.paid_at), owner, d.statement]


class BillingPage(QWidget):
    loaded = Signal()
    checkout_opened = Signal(str)  # the checkout URL

    def __init__(
        self,
        billing: BillingService,
        network: TaskRunner,
        notifications: NotificationCenter | None = None,
        parent: QWidget | None = None,
        open_url: Callable[[str], object] | None = None,
        refresh_ms: int = REFRESH_MS,
    ) -> None:
        super().__init__(parent)
        self.billing, self.network = billing, network
        self.notifications = notifications or NotificationCenter(billing, network, parent=self)
        self._open_url = open_url or (lambda url: QDesktopServices.openUrl(QUrl(url)))
        self.purchases: list[c.Purchase] = []
        self._pending: TaskHandle | None = None
        heading = QLabel(self.tr("Billing"))
        style_as(heading, "pageTitle")
        self.balance_label = QLabel(self.tr("Balance: …"))
        self.balance_label.setAccessibleName(self.tr("Credit balance"))
        font = self.balance_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.balance_label.setFont(font)
        self.prices_label = QLabel()
        self.prices_label.setWordWrap(True)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        style_as(self.notice, "emptyState")
        self.packs_row = QHBoxLayout()
        self.pack_buttons: dict[str, QPushButton] = {}
        self.payments = _table(
            [self.tr("Date"), self.tr("Pack"), self.tr("Credits"), self.tr("Amount"), self.tr("Status")],
            self.tr("Payment history"),
            self.tr("Your credit purchases, newest first"),
        )
        self.payments.itemSelectionChanged.connect(self._show_receipt)
        self.receipt = QPlainTextEdit()
        self.receipt.setReadOnly(True)
        self.receipt.setAccessibleName(self.tr("Receipt"))
        self.receipt.setAccessibleDescription(self.tr("The receipt of the purchase selected above, read-only"))
        self.receipt.setPlaceholderText(self.tr("Select a paid purchase to see its receipt."))
        self.receipt.setMaximumHeight(130)
        self.deliveries = _table(
            [self.tr("Project"), self.tr("Delivered"), self.tr("Paid"), self.tr("Owner"), self.tr("Ownership")],
            self.tr("Deliveries and ownership"),
            self.tr("Generated projects delivered to you and who owns their code"),
        )
        payments_tab = QWidget()
        payments_layout = QVBoxLayout(payments_tab)
        payments_layout.addWidget(self.payments, 1)
        payments_layout.addWidget(self.receipt)
        self.tabs = QTabWidget()
        self.tabs.addTab(payments_tab, self.tr("Payments"))
        self.tabs.addTab(self.deliveries, self.tr("Deliveries"))
        self.tabs.addTab(NotificationList(self.notifications), self.tr("Notifications"))
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.balance_label)
        layout.addWidget(self.prices_label)
        layout.addLayout(self.packs_row)
        layout.addWidget(self.notice)
        layout.addWidget(self.tabs, 1)
        self.timer = QTimer(self)
        self.timer.setInterval(refresh_ms)
        self.timer.timeout.connect(self.refresh)

    @classmethod
    def for_context(cls, billing: BillingService, network: TaskRunner, center: NotificationCenter) -> BillingPage:
        return cls(billing, network, center)

    # -- refreshing --------------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.timer.start()
        self.refresh()

    def hideEvent(self, event: QHideEvent) -> None:
        self.timer.stop()
        super().hideEvent(event)

    def refresh(self) -> None:
        if self._pending is not None and not self._pending.finished:
            return
        self._pending = self.network.run(self._load, owner=self, on_done=self._show, on_error=self._load_failed)

    def _load(self) -> Loaded:
        return self.billing.summary(), self.billing.purchases(), self.billing.deliveries()

    def _show(self, loaded: Loaded) -> None:
        summary, purchases, deliveries = loaded
        self.balance_label.setText(fmt(self.tr("Balance: %1 credits"), summary.balance))
        self.prices_label.setText(
            fmt(
                self.tr("A generation costs %1 credits; an expert review %2 more. Card payments are processed by %3."),
                summary.generation_credits,
                summary.review_credits,
                summary.payments_by,
            )
        )
        self._show_packs(summary.packs)
        if self.notice.text().startswith("Sign in"):
            self.notice.clear()
        if any(
            p.status == "paid" for p in purchases if p.id in {q.id for q in self.purchases if q.status == "pending"}
        ):
            self.notice.setText(self.tr("Payment received: the credits are in your balance."))
        self.purchases = purchases
        _fill(self.payments, [_payment_row(p) for p in purchases])
        _fill(self.deliveries, [_delivery_row(d) for d in deliveries])
        self.loaded.emit()

    def _show_packs(self, packs: list[c.CreditPack]) -> None:
        for pack in packs:
            if pack.id in self.pack_buttons:
                continue
            button = QPushButton(
                fmt(self.tr("Buy %1: %2 credits, %3"), pack.name, pack.credits, money(pack.amount_cents, pack.currency))
            )
            button.setAccessibleName(fmt(self.tr("Buy %1"), pack.name))
            button.clicked.connect(lambda _=False, pack_id=pack.id: self.buy(pack_id))
            self.pack_buttons[pack.id] = button
            self.packs_row.addWidget(button)
        last = self.packs_row.itemAt(self.packs_row.count() - 1)
        if packs and last is not None and last.widget() is not None:
            self.packs_row.addStretch(1)

    def _load_failed(self, exc: BaseException) -> None:
        if isinstance(exc, AuthenticationFailed):
            self.notice.setText(self.tr("Sign in on the Account page to see your credits and buy packs."))
        else:
            self.notice.setText(fmt(self.tr("Billing could not be loaded: %1"), describe(exc)[1]))

    def _show_receipt(self) -> None:
        rows = {index.row() for index in self.payments.selectedIndexes()}
        purchase = self.purchases[min(rows)] if rows and min(rows) < len(self.purchases) else None
        self.receipt.setPlainText(purchase.receipt or self.tr("Not paid yet: no receipt.") if purchase else "")

    # -- buying ------------------------------------------------------------------------------------------

    def buy(self, pack_id: str) -> None:
        for button in self.pack_buttons.values():
            button.setEnabled(False)
        self.network.run(self.billing.buy, pack_id, owner=self, on_done=self._bought, on_error=self._buy_failed)

    def _bought(self, purchase: c.Purchase) -> None:
        self._enable_buttons()
        self._open_url(purchase.checkout_url)
        self.notice.setText(
            self.tr("Finish the payment in your browser; the balance updates here once it has gone through.")
        )
        self.checkout_opened.emit(purchase.checkout_url)
        self.refresh()

    def _buy_failed(self, exc: BaseException) -> None:
        self._enable_buttons()
        self.notice.setText(describe(exc)[1])

    def _enable_buttons(self) -> None:
        for button in self.pack_buttons.values():
            button.setEnabled(True)
