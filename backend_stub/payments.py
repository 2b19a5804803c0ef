"""Billing endpoints: balance and packs, buying a pack (Stripe checkout), payment history with receipts, and
the Stripe webhook that credits an account exactly once per event.

Configure with ``configure(app, api_base=...)`` (``python -m backend_stub --stripe-api-base URL``); without it
the gateway comes from the environment (``STRIPE_API_KEY`` or ``CODECRAFT_STRIPE_API_BASE``).
"""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from dataclasses import dataclass, field
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Header, Query, Request
from starlette.concurrency import run_in_threadpool

from backend_stub import checkout, credits, notifications
from backend_stub.auth import ClientAuth, Ctx
from backend_stub.context import ServiceError, StubContext
from backend_stub.stripe_gateway import StripeGateway
from desktop.api import contract as c

SUCCEEDED = "payment_intent.succeeded"


@dataclass
class Billing:
    gateway: StripeGateway
    changed: threading.Condition = field(default_factory=threading.Condition)


def configure(app: Any, *, api_base: str | None = None, gateway: StripeGateway | None = None) -> Billing:
    app.state.billing = Billing(gateway or StripeGateway.from_env(api_base))
    return app.state.billing  # type: ignore[no-any-return]


def get_billing(request: Request) -> Billing:
    billing: Billing | None = getattr(request.app.state, "billing", None)
    return billing or configure(request.app)


BillingDep = Annotated[Billing, Depends(get_billing)]
router = APIRouter(tags=["billing"])
router.include_router(checkout.router)


def receipt(row: sqlite3.Row) -> str | None:
    if row["status"] != "paid":
        return None
    pack = credits.pack(row["pack_id"])
    lines = [
        f"CodeCraft receipt no. {row['id']}",
        f"{pack.name} credit pack: {row['credits']} credits",
        f"Amount paid: {row['amount_cents'] / 100:.2f} {row['currency'].upper()}",
        f"Paid on: {row['paid_at']}",
        f"Card: **** {row['card_last4']}" if row["card_last4"] else "Card: on file with Stripe",
        f"Processed by Stripe, reference {row['stripe_ref']}",
    ]
    return "\n".join(lines)


def to_purchase(row: sqlite3.Row) -> c.Purchase:
    return c.Purchase(
        id=row["id"],
        pack_id=row["pack_id"],
        credits=row["credits"],
        amount_cents=row["amount_cents"],
        currency=row["currency"],
        status=row["status"],
        checkout_url=row["checkout_url"],
        created_at=row["created_at"],
        paid_at=row["paid_at"],
        receipt=receipt(row),
    )


@router.get(c.BILLING)
def summary(principal: ClientAuth, ctx: Ctx) -> c.BillingSummary:
    with ctx.db.transaction() as conn:
        balance = credits.balance(conn, principal.user_id)
    return c.BillingSummary(
        balance=balance,
        generation_credits=credits.GENERATION_CREDITS,
        review_credits=credits.REVIEW_CREDITS,
        packs=credits.PACKS,
        payments_by="Stripe",
    )


@router.post(c.BILLING_PURCHASES, status_code=201)
def buy(req: c.PurchaseCreate, request: Request, principal: ClientAuth, ctx: Ctx, billing: BillingDep) -> c.Purchase:
    pack = credits.pack(req.pack_id)
    with ctx.db.transaction() as conn:
        cursor = conn.execute(
            "INSERT INTO purchases (user_id, pack_id, credits, amount_cents, currency, status, stripe_ref, "
            "checkout_url, created_at) VALUES (?, ?, ?, ?, ?, 'pending', ?, '', ?)",
            (principal.user_id, pack.id, pack.credits, pack.amount_cents, pack.currency, f"new-{time.time_ns()}",
             ctx.clock.iso()),
        )  # fmt: skip
        purchase_id = int(cursor.lastrowid or 0)
    try:
        session = billing.gateway.create_checkout(pack, purchase_id, str(request.base_url).rstrip("/"))
    except ServiceError:
        with ctx.db.transaction() as conn:
            conn.execute("UPDATE purchases SET status = 'failed' WHERE id = ?", (purchase_id,))
        raise
    with ctx.db.transaction() as conn:
        conn.execute(
            "UPDATE purchases SET stripe_ref = ?, checkout_url = ? WHERE id = ?",
            (session.reference, session.url, purchase_id),
        )
        return to_purchase(conn.execute("SELECT * FROM purchases WHERE id = ?", (purchase_id,)).fetchone())


@router.get(c.BILLING_PURCHASES)
def history(principal: ClientAuth, ctx: Ctx) -> c.PurchaseList:
    with ctx.db.transaction() as conn:
        rows = conn.execute(
            "SELECT * FROM purchases WHERE user_id = ? ORDER BY id DESC", (principal.user_id,)
        ).fetchall()
    return c.PurchaseList(purchases=[to_purchase(row) for row in rows])


@router.get(c.BILLING_PURCHASES + "/{purchase_id}")
def one(
    purchase_id: int,
    principal: ClientAuth,
    ctx: Ctx,
    billing: BillingDep,
    wait: Annotated[float, Query(ge=0, le=c.MAX_EVENTS_WAIT_SECONDS)] = 0,
) -> c.Purchase:
    """One purchase; with ``wait`` the answer waits (long polling) while it is still pending."""
    deadline = time.monotonic() + wait
    while True:
        with ctx.db.transaction() as conn:
            row = conn.execute(
                "SELECT * FROM purchases WHERE id = ? AND user_id = ?", (purchase_id, principal.user_id)
            ).fetchone()
        if row is None:
            raise ServiceError(404, "not_found", "That purchase does not exist or is not yours.")
        remaining = deadline - time.monotonic()
        if row["status"] != "pending" or remaining <= 0:
            return to_purchase(row)
        with billing.changed:
            billing.changed.wait(min(remaining, 0.5))


@router.post(c.STRIPE_WEBHOOK)
async def stripe_webhook(
    request: Request,
    ctx: Ctx,
    billing: BillingDep,
    stripe_signature: Annotated[str | None, Header(alias="Stripe-Signature")] = None,
) -> dict[str, str]:
    payload = await request.body()
    event = billing.gateway.verify(payload, stripe_signature)
    obj = json.loads(payload)["data"]["object"]  # verified above; plain JSON, not StripeObjects
    last4 = await run_in_threadpool(billing.gateway.card_last4, obj) if event.type == SUCCEEDED else None
    outcome = record_event(ctx, event.id, event.type, obj, last4)
    with billing.changed:
        billing.changed.notify_all()
    return {"status": outcome}


def record_event(ctx: StubContext, event_id: str, kind: str, obj: Any, last4: str | None = None) -> str:
    """Apply one verified event once: a replayed event id changes nothing."""
    with ctx.db.transaction() as conn:
        seen = conn.execute("SELECT 1 FROM stripe_events WHERE event_id = ?", (event_id,)).fetchone()
        if seen is not None:
            return "duplicate"
        stamp = ctx.clock.iso()
        conn.execute(
            "INSERT INTO stripe_events (event_id, type, received_at) VALUES (?, ?, ?)", (event_id, kind, stamp)
        )
        if kind != SUCCEEDED:
            return "ignored"
        metadata = obj.get("metadata") or {}
        row = conn.execute(
            "SELECT * FROM purchases WHERE stripe_ref = ? OR id = ?",
            (obj.get("id"), int(metadata.get("purchase_id") or 0)),
        ).fetchone()
        if row is None or row["status"] == "paid":
            return "ignored"
        conn.execute(
            "UPDATE purchases SET status = 'paid', paid_at = ?, stripe_event_id = ?, card_last4 = ? WHERE id = ?",
            (ctx.clock.iso(), event_id, last4, row["id"]),
        )
        credits.add(ctx, conn, row["user_id"], row["credits"], "purchase", purchase_id=row["id"])
        notifications.post(
            ctx, conn, row["user_id"], "service", "Payment received",
            f"{row['credits']} credits were added to your balance. Your receipt is on the Billing page.",
        )  # fmt: skip
        return "processed"
