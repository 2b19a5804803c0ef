"""Stripe, through the ``stripe`` library: locally against localstripe (a fake, stateful Stripe server), or
against Stripe itself when ``STRIPE_API_KEY`` is set. Stripe processes card payments for CodeCraft (§5.1);
card numbers go to Stripe only, never into the service's database.

* localstripe: a pack is a PaymentIntent; the stub's own page ``/checkout/{intent}`` takes a test card and
  confirms the intent server side. The stub registers its webhook URL with localstripe (``/_config/webhooks``),
  which then posts the signed ``payment_intent.succeeded`` event.
* Stripe: a pack is a Checkout Session (Stripe's hosted page); Stripe posts the same event to the webhook
  configured in its dashboard, signed with ``STRIPE_WEBHOOK_SECRET``.
"""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass, field
from typing import Any

import httpx
import stripe

from backend_stub.context import ServiceError
from desktop.api import contract as c

LOCAL_KEY = "sk_test_codecraft_local"
API_BASE_ENV = "CODECRAFT_STRIPE_API_BASE"
WEBHOOK_ID = "codecraft-stub"


@dataclass(frozen=True)
class Checkout:
    reference: str  # the PaymentIntent (localstripe) or Checkout Session (Stripe) id
    url: str


@dataclass
class StripeGateway:
    api_key: str | None
    api_base: str | None  # localstripe's URL; None for Stripe itself
    webhook_secret: str = field(default_factory=lambda: "whsec_" + secrets.token_hex(24))
    _registered: str | None = None

    @classmethod
    def from_env(cls, api_base: str | None = None) -> StripeGateway:
        key = os.environ.get("STRIPE_API_KEY")
        if key:
            return cls(key, None, os.environ.get("STRIPE_WEBHOOK_SECRET", ""))
        base = api_base or os.environ.get(API_BASE_ENV)
        return cls(LOCAL_KEY if base else None, base.rstrip("/") if base else None)

    @property
    def local(self) -> bool:
        return self.api_base is not None

    def client(self) -> stripe.StripeClient:
        if not self.api_key:
            raise ServiceError(503, "payments_unavailable", "Payments are not set up on this CodeCraft service.")
        bases = {"api": self.api_base} if self.api_base else None
        return stripe.StripeClient(self.api_key, base_addresses=bases, max_network_retries=1)  # type: ignore[arg-type]

    def create_checkout(self, pack: c.CreditPack, purchase_id: int, service_url: str) -> Checkout:
        metadata = {"purchase_id": str(purchase_id), "pack_id": pack.id}
        try:
            if self.local:
                self._register_webhook(service_url)
                intent = self.client().v1.payment_intents.create(
                    params={"amount": pack.amount_cents, "currency": pack.currency, "metadata": metadata}
                )
                return Checkout(intent.id, f"{service_url}{c.CHECKOUT}/{intent.id}")
            session = self.client().v1.checkout.sessions.create(
                params={
                    "mode": "payment",
                    "line_items": [
                        {
                            "quantity": 1,
                            "price_data": {
                                "currency": pack.currency,
                                "unit_amount": pack.amount_cents,
                                "product_data": {"name": f"CodeCraft {pack.name} credits ({pack.credits})"},
                            },
                        }
                    ],
                    "payment_intent_data": {"metadata": metadata},
                    "metadata": metadata,
                    "success_url": f"{service_url}{c.CHECKOUT}/done",
                    "cancel_url": f"{service_url}{c.CHECKOUT}/cancelled",
                }
            )
        except stripe.StripeError as exc:
            raise unavailable(exc) from None
        return Checkout(session.id, session.url or "")

    def pay_with_card(self, intent_id: str, card: c.CheckoutCard) -> stripe.PaymentIntent:
        """localstripe only: the test card becomes a PaymentMethod, and the intent is confirmed with it."""
        client = self.client()
        method = client.v1.payment_methods.create(
            params={
                "type": "card",
                "card": {
                    "number": card.number,
                    "exp_month": card.exp_month,
                    "exp_year": card.exp_year,
                    "cvc": card.cvc,
                },  # type: ignore[typeddict-item]
            }
        )
        client.v1.payment_intents.update(intent_id, params={"payment_method": method.id})
        return client.v1.payment_intents.confirm(intent_id)

    def intent(self, intent_id: str) -> stripe.PaymentIntent:
        return self.client().v1.payment_intents.retrieve(intent_id)

    def card_last4(self, intent: Any) -> str | None:
        """The paying card's last four digits, for the receipt (None when Stripe cannot say)."""
        method = intent.get("payment_method")
        if not isinstance(method, str) or not method:
            return None
        try:
            card = self.client().v1.payment_methods.retrieve(method).card
        except stripe.StripeError:
            return None
        return card.last4 if card is not None else None

    def _register_webhook(self, service_url: str) -> None:
        if self._registered == service_url or self.api_base is None:
            return
        response = httpx.post(
            f"{self.api_base}/_config/webhooks/{WEBHOOK_ID}",
            data={"url": service_url + c.STRIPE_WEBHOOK, "secret": self.webhook_secret},
            timeout=10,
        )
        if response.status_code >= 300:
            raise ServiceError(503, "payments_unavailable", "The payment service refused the webhook setup.")
        self._registered = service_url

    def verify(self, payload: bytes, signature: str | None) -> stripe.Event:
        """The event, if Stripe signed it with our secret within the last five minutes; else 400."""
        if not self.webhook_secret:
            raise ServiceError(503, "payments_unavailable", "No webhook secret is configured.")
        try:
            return stripe.Webhook.construct_event(payload, signature or "", self.webhook_secret, tolerance=300)
        except stripe.SignatureVerificationError:
            raise ServiceError(400, "bad_signature", "The webhook signature is not valid or is too old.") from None
        except ValueError:
            raise ServiceError(400, "bad_payload", "The webhook body is not a Stripe event.") from None


def unavailable(exc: stripe.StripeError) -> ServiceError:
    return ServiceError(503, "payments_unavailable", f"The payment service did not answer as expected ({exc.code}).")
