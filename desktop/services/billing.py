"""Credits and payments for screens and commands: balance and packs, buying a pack (a checkout URL to open in
the browser; Stripe takes the card, §5.1), payment history with receipts, ownership of each delivery (§4.1),
and the notification feed. Network only: nothing here touches the vault."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from desktop.api import contract as c
from desktop.errors import UserFacingError
from desktop.messages import N_

if TYPE_CHECKING:
    from desktop.api.billing_client import BillingClient
    from desktop.api.client import ApiClient
    from desktop.api.generation_client import GenerationClient
    from desktop.services.context import AppContext


def money(cents: int, currency: str) -> str:
    return f"{cents / 100:.2f} {currency.upper()}"


class BillingService:
    def __init__(self, api: Callable[[], ApiClient]) -> None:
        self._api = api
        self.notifications_after = 0  # the feed's cursor: notifications up to it were already handed out

    @classmethod
    def for_context(cls, ctx: AppContext) -> BillingService:
        return cls(ctx.api)

    def _billing(self) -> BillingClient:
        from desktop.api.billing_client import BillingClient

        return BillingClient(self._api())

    def _generation(self) -> GenerationClient:
        from desktop.api.generation_client import GenerationClient

        return GenerationClient(self._api())

    def is_signed_in(self) -> bool:
        return self._api().tokens.access_token() is not None

    # -- credits and payments ----------------------------------------------------------------------------

    def summary(self) -> c.BillingSummary:
        return self._billing().summary()

    def pack(self, pack_id: str) -> c.CreditPack:
        packs = self.summary().packs
        for pack in packs:
            if pack.id == pack_id:
                return pack
        names = ", ".join(p.id for p in packs)
        raise UserFacingError(
            N_("Messages", "There is no credit pack “{pack_id}”."),
            hint=N_("Messages", "The packs are: {names}."),
            pack_id=pack_id,
            names=names,
        )

    def buy(self, pack_id: str) -> c.Purchase:
        """Start buying a pack; open ``checkout_url`` in the browser to pay. Credits arrive when Stripe confirms."""
        return self._billing().buy(pack_id)

    def purchases(self) -> list[c.Purchase]:
        return self._billing().purchases()

    def wait_for_payment(self, purchase_id: int, wait: float = 20.0) -> c.Purchase:
        return self._billing().purchase(purchase_id, wait=wait)

    def deliveries(self) -> list[c.DeliveryOwnership]:
        return self._generation().deliveries()

    # -- notifications -----------------------------------------------------------------------------------

    def new_notifications(self) -> tuple[list[c.Notification], int]:
        """Notifications not handed out before (every page), and how many are unread in all."""
        found: list[c.Notification] = []
        client = self._generation()
        while True:
            page = client.notifications(self.notifications_after)
            found += page.notifications
            self.notifications_after = page.next_after
            if not page.notifications:
                return found, page.unread

    def mark_all_read(self) -> int:
        return self._generation().mark_read(up_to=self.notifications_after)
