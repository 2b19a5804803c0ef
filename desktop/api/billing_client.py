"""Typed billing calls (issue 4) on an ``ApiClient``: balance and packs, buying a pack (the answer carries the
checkout URL to open in a browser), and the payment history with receipts. Stripe processes the card (§5.1)."""

from __future__ import annotations

from desktop.api import contract as c
from desktop.api.client import ApiClient, _parse


class BillingClient:
    def __init__(self, api: ApiClient) -> None:
        self.api = api

    def summary(self) -> c.BillingSummary:
        return _parse(c.BillingSummary, self.api.authed("GET", c.BILLING).data)

    def buy(self, pack_id: str) -> c.Purchase:
        body = c.PurchaseCreate(pack_id=pack_id).model_dump()
        return _parse(c.Purchase, self.api.authed("POST", c.BILLING_PURCHASES, json_body=body).data)

    def purchases(self) -> list[c.Purchase]:
        return _parse(c.PurchaseList, self.api.authed("GET", c.BILLING_PURCHASES).data).purchases

    def purchase(self, purchase_id: int, wait: float = 0) -> c.Purchase:
        """One purchase; with ``wait`` the service answers as soon as it is paid (or after ``wait`` seconds)."""
        reply = self.api.authed("GET", f"{c.BILLING_PURCHASES}/{purchase_id}", params={"wait": wait})
        return _parse(c.Purchase, reply.data)
