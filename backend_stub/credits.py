"""Credits: the price list, the credit packs, and each account's ledger (the balance is the ledger's sum).

A job's cost is taken when it is ordered and given back if it is cancelled while queued or if it fails, so a
person never pays for code they did not receive. All functions take an open connection: callers own the
transaction.
"""

from __future__ import annotations

import sqlite3

from backend_stub.context import ServiceError, StubContext
from desktop.api import contract as c

GENERATION_CREDITS = 10
REVIEW_CREDITS = 25
PACKS = [
    c.CreditPack(id="starter", name="Starter", credits=50, amount_cents=1000, currency="usd"),
    c.CreditPack(id="builder", name="Builder", credits=120, amount_cents=2000, currency="usd"),
    c.CreditPack(id="studio", name="Studio", credits=300, amount_cents=4500, currency="usd"),
]


def pack(pack_id: str) -> c.CreditPack:
    for candidate in PACKS:
        if candidate.id == pack_id:
            return candidate
    names = ", ".join(p.id for p in PACKS)
    raise ServiceError(404, "not_found", f"There is no credit pack called '{pack_id}' (packs: {names}).")


def cost(expert_review: bool) -> tuple[int, int]:
    """(generation credits, review credits) of one job."""
    return GENERATION_CREDITS, REVIEW_CREDITS if expert_review else 0


def balance(conn: sqlite3.Connection, user_id: int) -> int:
    row = conn.execute("SELECT coalesce(sum(delta), 0) FROM credit_ledger WHERE user_id = ?", (user_id,)).fetchone()
    return int(row[0])


def add(
    ctx: StubContext,
    conn: sqlite3.Connection,
    user_id: int,
    delta: int,
    reason: str,
    *,
    job_id: int | None = None,
    purchase_id: int | None = None,
) -> None:
    conn.execute(
        "INSERT INTO credit_ledger (user_id, delta, reason, job_id, purchase_id, at) VALUES (?, ?, ?, ?, ?, ?)",
        (user_id, delta, reason, job_id, purchase_id, ctx.clock.iso()),
    )


def charge(ctx: StubContext, conn: sqlite3.Connection, user_id: int, amount: int, job_id: int) -> None:
    """Take ``amount`` credits for a job, or answer 402 saying how many are missing."""
    have = balance(conn, user_id)
    if have < amount:
        missing = amount - have
        raise ServiceError(
            402,
            c.ERR_INSUFFICIENT_CREDITS,
            f"This order costs {amount} credits and your balance is {have}: {missing} more credits are needed. "
            "Buy a credit pack on the Billing page, then order again.",
        )
    add(ctx, conn, user_id, -amount, "job", job_id=job_id)


def refund(ctx: StubContext, conn: sqlite3.Connection, job_id: int, reason: str) -> None:
    """Give back what a job was charged (once)."""
    rows = conn.execute(
        "SELECT user_id, coalesce(sum(delta), 0) AS net FROM credit_ledger WHERE job_id = ? GROUP BY user_id",
        (job_id,),
    ).fetchall()
    for row in rows:
        if row["net"] < 0:
            add(ctx, conn, int(row["user_id"]), -int(row["net"]), reason, job_id=job_id)
