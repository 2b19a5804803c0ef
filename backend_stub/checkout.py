"""The local checkout page (localstripe only): ``GET /checkout/{intent}`` shows the pack and a test-card form;
``POST`` confirms the PaymentIntent with that card against localstripe, server side. Stripe then sends the
``payment_intent.succeeded`` webhook, which is what credits the account."""

from __future__ import annotations

import html
from urllib.parse import parse_qs

import stripe
from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse
from pydantic import ValidationError
from starlette.concurrency import run_in_threadpool

from backend_stub.auth import Ctx
from desktop.api import contract as c

router = APIRouter(tags=["checkout"], include_in_schema=False)

PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>CodeCraft checkout</title>
<style>body{{font:16px/1.5 system-ui,sans-serif;max-width:32rem;margin:3rem auto;color:#1d2330}}
label{{display:block;margin:.6rem 0 .2rem}}input{{font:inherit;padding:.4rem;width:100%}}
.row{{display:flex;gap:1rem}}button{{margin-top:1rem;padding:.6rem 1.2rem;font:inherit;background:#3056d3;
color:#fff;border:0;border-radius:6px}}.note{{color:#555;font-size:.9rem}}.error{{color:#b00020}}</style></head>
<body><h1>{title}</h1>{body}<p class="note">Test checkout: payments go to a local Stripe stand-in; no real
card is charged. Card payments are processed by Stripe.</p></body></html>"""


def _page(title: str, body: str, status: int = 200) -> HTMLResponse:
    return HTMLResponse(PAGE.format(title=html.escape(title), body=body), status_code=status)


def _purchase(ctx: Ctx, intent: str) -> dict[str, object] | None:
    with ctx.db.transaction() as conn:
        row = conn.execute("SELECT * FROM purchases WHERE stripe_ref = ?", (intent,)).fetchone()
    return dict(row) if row is not None else None


def _form(purchase: dict[str, object], intent: str, error: str = "") -> str:
    amount = f"{int(str(purchase['amount_cents'])) / 100:.2f} {str(purchase['currency']).upper()}"
    problem = f'<p class="error">{html.escape(error)}</p>' if error else ""
    return (
        f"<p>{purchase['credits']} credits for <b>{amount}</b>.</p>{problem}"
        f'<form method="post" action="{c.CHECKOUT}/{html.escape(intent)}">'
        '<label for="number">Card number</label><input id="number" name="number" value="4242424242424242" '
        'autocomplete="cc-number"><div class="row"><div><label for="exp_month">Month</label>'
        '<input id="exp_month" name="exp_month" value="12"></div><div><label for="exp_year">Year</label>'
        '<input id="exp_year" name="exp_year" value="2034"></div><div><label for="cvc">CVC</label>'
        '<input id="cvc" name="cvc" value="123"></div></div><button type="submit">Pay</button></form>'
    )


@router.get(c.CHECKOUT + "/{intent}")
def show(intent: str, ctx: Ctx) -> HTMLResponse:
    if intent in ("done", "cancelled"):
        text = "Payment complete. You can close this window." if intent == "done" else "Checkout cancelled."
        return _page("CodeCraft checkout", f"<p>{text}</p>")
    purchase = _purchase(ctx, intent)
    if purchase is None:
        return _page("Checkout not found", "<p>This checkout link is not valid.</p>", 404)
    if purchase["status"] == "paid":
        return _page("Already paid", "<p>This pack is paid; the credits are in your balance.</p>")
    return _page("Buy CodeCraft credits", _form(purchase, intent))


@router.post(c.CHECKOUT + "/{intent}")
async def pay(intent: str, request: Request, ctx: Ctx) -> HTMLResponse:
    from backend_stub.payments import get_billing

    purchase = _purchase(ctx, intent)
    if purchase is None:
        return _page("Checkout not found", "<p>This checkout link is not valid.</p>", 404)
    fields = {k: v[0].replace(" ", "") for k, v in parse_qs((await request.body()).decode()).items() if v}
    try:
        card = c.CheckoutCard.model_validate(fields)
    except ValidationError:
        return _page("Buy CodeCraft credits", _form(purchase, intent, "Please check the card details."), 422)
    gateway = get_billing(request).gateway
    try:
        confirmed = await run_in_threadpool(gateway.pay_with_card, intent, card)
    except stripe.CardError as exc:
        message = exc.user_message or "The card was declined."
        return _page("Buy CodeCraft credits", _form(purchase, intent, message), 402)
    except stripe.StripeError:
        return _page("Payment problem", "<p>The payment service could not take the payment; try again.</p>", 503)
    if confirmed.status not in ("succeeded", "processing"):
        message = "This card needs a verification step the test checkout cannot do; please use another card."
        return _page("Buy CodeCraft credits", _form(purchase, intent, message), 402)
    return _page("Payment accepted", "<p>Thank you. Your credits arrive in a moment; you can close this window.</p>")
