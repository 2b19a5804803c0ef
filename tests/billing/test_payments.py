"""Buying credits through the checkout page against a real localstripe; the Stripe webhook, signed, once."""

from __future__ import annotations

import hashlib
import hmac
import json
import time

import httpx
import pytest

from backend_stub import payments
from desktop.api import contract as c
from desktop.api.errors import NotFound, ServiceUnavailable
from tests.commerce import TEST_CARD, Shop


def signed(shop: Shop, body: bytes, *, at: int | None = None, secret: str | None = None) -> dict[str, str]:
    """A Stripe-Signature header for ``body`` (the scheme Stripe documents: HMAC-SHA256 of "t.body")."""
    when = int(time.time()) if at is None else at
    key = (secret or shop.stub.app.state.billing.gateway.webhook_secret).encode()
    digest = hmac.new(key, f"{when}.".encode() + body, hashlib.sha256).hexdigest()
    return {"Stripe-Signature": f"t={when},v1={digest}", "Content-Type": "application/json"}


def event(purchase: c.Purchase, event_id: str) -> bytes:
    intent = purchase.checkout_url.rsplit("/", 1)[1]
    data = {"object": {"id": intent, "object": "payment_intent", "metadata": {"purchase_id": str(purchase.id)}}}
    return json.dumps({"id": event_id, "object": "event", "type": "payment_intent.succeeded", "data": data}).encode()


def post_webhook(shop: Shop, body: bytes, headers: dict[str, str]) -> httpx.Response:
    return httpx.post(shop.stub.url + c.STRIPE_WEBHOOK, content=body, headers=headers, timeout=10)


def test_buying_a_pack_through_checkout_credits_the_account_with_a_receipt(shop: Shop) -> None:
    summary = shop.billing.summary()
    assert summary.balance == 0 and summary.payments_by == "Stripe"
    purchase = shop.billing.buy("starter")
    assert purchase.status == "pending" and purchase.checkout_url.startswith(shop.stub.url + c.CHECKOUT)
    paid = shop.buy("builder")
    assert shop.billing.summary().balance == 120
    assert paid.receipt is not None and "**** 4242" in paid.receipt and "20.00 USD" in paid.receipt
    history = shop.billing.purchases()
    assert [(p.pack_id, p.status) for p in history] == [("builder", "paid"), ("starter", "pending")]
    titles = [n.title for n in shop.billing.new_notifications()[0]]
    assert titles == ["Payment received"]


def test_a_declined_card_says_so_and_credits_nothing(shop: Shop) -> None:
    purchase = shop.billing.buy("starter")
    declined = shop.pay(purchase, {"number": "4000000000000002", "exp_month": "12", "exp_year": "2034", "cvc": "1"})
    assert declined.status_code == 422  # a 1-digit CVC is refused before Stripe is asked
    declined = shop.pay(purchase, {"number": "4000000000000341", "exp_month": "12", "exp_year": "2034", "cvc": "123"})
    assert declined.status_code == 402 and "declined" in declined.text.lower()
    fresh = shop.billing.buy("starter")
    assert shop.pay(fresh, {**TEST_CARD, "number": "4000002500003155"}).status_code == 402  # needs 3-D Secure
    assert shop.billing.wait_for_payment(purchase.id, wait=0).status == "pending"
    assert shop.billing.summary().balance == 0


def test_the_webhook_credits_once_even_when_delivered_twice(shop: Shop) -> None:
    purchase = shop.billing.buy("starter")
    body = event(purchase, "evt_twice_1")
    first = post_webhook(shop, body, signed(shop, body))
    again = post_webhook(shop, body, signed(shop, body))
    assert (first.json(), again.json()) == ({"status": "processed"}, {"status": "duplicate"})
    assert shop.billing.summary().balance == 50
    other = event(purchase, "evt_twice_2")  # another event for an already paid purchase
    assert post_webhook(shop, other, signed(shop, other)).json() == {"status": "ignored"}
    assert shop.billing.summary().balance == 50


@pytest.mark.parametrize("problem", ["forged", "stale", "missing"])
def test_forged_stale_or_unsigned_webhooks_are_rejected(shop: Shop, problem: str) -> None:
    purchase = shop.billing.buy("starter")
    body = event(purchase, f"evt_{problem}")
    headers = {
        "forged": signed(shop, body, secret="whsec_not_ours"),
        "stale": signed(shop, body, at=int(time.time()) - 3600),
        "missing": {"Content-Type": "application/json"},
    }[problem]
    answer = post_webhook(shop, body, headers)
    assert answer.status_code == 400 and answer.json()["error"] == "bad_signature"
    assert shop.billing.summary().balance == 0
    assert shop.billing.wait_for_payment(purchase.id, wait=0).status == "pending"


def test_unknown_packs_and_purchases(shop: Shop) -> None:
    with pytest.raises(NotFound, match="no credit pack"):
        shop.billing.buy("gold")
    with pytest.raises(NotFound):
        shop.billing.wait_for_payment(999)
    assert httpx.get(shop.stub.url + c.CHECKOUT + "/pi_nothing", timeout=10).status_code == 404


def test_without_stripe_configured_buying_says_payments_are_unavailable(shop: Shop) -> None:
    payments.configure(shop.stub.app, gateway=payments.StripeGateway(None, None))
    with pytest.raises(ServiceUnavailable):
        shop.billing.buy("starter")
    assert [p.status for p in shop.billing.purchases()] == ["failed"]
