"""Closing an account (§7.1 deletion) with a 30-day grace period (§9 account data), and cancelling it.

``POST /v1/account/closure`` needs the password again (and a two-factor code when it is on). It files a
``deletion`` rights request with the privacy service and schedules the closure 30 days out. Until then the
person can still sign in, sees the pending closure, and can cancel it (``DELETE``), which rejects the request.
When the date passes, ``sweep`` completes the request (synced projects, files, analytics, optional consents
and email subscriptions go) and closes the account: sign-in details are scrubbed and every session ends.
Payment records are not touched: the law requires keeping them for 7 years (§9).
"""

from __future__ import annotations

import secrets
import sqlite3
from datetime import datetime, timedelta

from fastapi import APIRouter, Depends, Request

from backend_stub import accounts, privacy_rights
from backend_stub.auth import Auth, Ctx
from backend_stub.context import ServiceError, StubContext
from desktop.api import contract as c
from desktop.api.account_closure import (
    ACCOUNT_CLOSURE,
    ERR_CLOSURE_PENDING,
    ERR_NO_CLOSURE,
    GRACE_DAYS,
    ClosureRequest,
    ClosureStatus,
)

GRACE = timedelta(days=GRACE_DAYS)
TEST_CLOSURE_SWEEP = "/_test/account/closure-sweep"
DELETES = [
    "your synced projects and their files",
    "your usage data (analytics) and optional consents",
    "your email subscriptions",
    "your profile and sign-in details, 30 days after closure",
]
KEEPS = ["payment records, for 7 years as the law requires"]
_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS account_closures (user_id INTEGER PRIMARY KEY REFERENCES users(id), "
    "request_id INTEGER NOT NULL, requested_at TEXT NOT NULL, effective_at TEXT NOT NULL, closed_at TEXT)"
)


def _row(conn: sqlite3.Connection, user_id: int) -> sqlite3.Row | None:
    conn.execute(_SCHEMA)
    found: sqlite3.Row | None = conn.execute("SELECT * FROM account_closures WHERE user_id = ?", (user_id,)).fetchone()
    return found


def status(conn: sqlite3.Connection, user_id: int) -> ClosureStatus:
    row = _row(conn, user_id)
    if row is None:
        return ClosureStatus(pending=False, deletes=DELETES, keeps=KEEPS)
    return ClosureStatus(
        pending=row["closed_at"] is None,
        requested_at=row["requested_at"],
        effective_at=row["effective_at"],
        rights_request_id=row["request_id"],
        deletes=DELETES,
        keeps=KEEPS,
    )


def request(ctx: StubContext, conn: sqlite3.Connection, user_id: int, req: ClosureRequest) -> ClosureStatus:
    user = accounts.get_user(conn, user_id)
    if not accounts.verify_password(ctx, user, req.password):
        raise ServiceError(403, "bad_credentials", "Your password is not right.")
    if user["totp_secret"] is not None and not accounts.check_second_factor(ctx, conn, user, req.totp_code, None):
        raise ServiceError(403, c.ERR_TOTP_INVALID, "Enter a current code from your authenticator app.")
    if _row(conn, user_id) is not None:
        raise ServiceError(409, ERR_CLOSURE_PENDING, "Closing this account is already scheduled.")
    details = "Close my account (requested in CodeCraft Desktop)."
    filed = privacy_rights.create(ctx, conn, user_id, c.RightsRequestCreate(type="deletion", details=details))
    now = ctx.clock.now_dt()
    conn.execute(
        "INSERT INTO account_closures (user_id, request_id, requested_at, effective_at) VALUES (?, ?, ?, ?)",
        (user_id, filed.id, now.isoformat(), (now + GRACE).isoformat()),
    )
    return status(conn, user_id)


def cancel(ctx: StubContext, conn: sqlite3.Connection, user_id: int) -> ClosureStatus:
    row = _row(conn, user_id)
    if row is None or row["closed_at"] is not None:
        raise ServiceError(409, ERR_NO_CLOSURE, "No account closure is scheduled.")
    note = "Cancelled by the account holder during the grace period."
    privacy_rights.advance(ctx, conn, int(row["request_id"]), "rejected", note)
    conn.execute("DELETE FROM account_closures WHERE user_id = ?", (user_id,))
    return status(conn, user_id)


def sweep(ctx: StubContext) -> list[int]:
    """Close every account whose grace period has ended; returns their ids."""
    now = ctx.clock.now_dt()
    closed = []
    with ctx.db.transaction() as conn:
        conn.execute(_SCHEMA)
        for row in conn.execute("SELECT * FROM account_closures WHERE closed_at IS NULL").fetchall():
            if datetime.fromisoformat(row["effective_at"]) > now:
                continue
            request_id, user_id = int(row["request_id"]), int(row["user_id"])
            state = privacy_rights.get(conn, user_id, request_id).status
            if state == "received":
                privacy_rights.advance(ctx, conn, request_id, "in_progress", None)
            if state in ("received", "in_progress"):
                privacy_rights.advance(ctx, conn, request_id, "completed", None)
            _scrub(ctx, conn, user_id)
            conn.execute("UPDATE account_closures SET closed_at = ? WHERE user_id = ?", (now.isoformat(), user_id))
            closed.append(user_id)
    return closed


def _scrub(ctx: StubContext, conn: sqlite3.Connection, user_id: int) -> None:
    conn.execute(
        "UPDATE users SET username = ?, email = ?, name = '', company = NULL, password_hash = ?, totp_secret = NULL, "
        "totp_pending_secret = NULL, github = NULL, linkedin = NULL, expertise = NULL WHERE id = ?",
        (f"closed-{user_id}", f"closed-{user_id}@closed.invalid", ctx.hasher.hash(secrets.token_hex(16)), user_id),
    )
    conn.execute(
        "UPDATE sessions SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL", (ctx.clock.iso(), user_id)
    )


def _test_mode(request: Request) -> None:
    if getattr(request.app.state, "recorder", None) is None:
        raise ServiceError(404, "not_found", "Not Found")


router = APIRouter(tags=["accounts"])


@router.get(ACCOUNT_CLOSURE)
def get_closure(principal: Auth, ctx: Ctx) -> ClosureStatus:
    with ctx.db.transaction() as conn:
        return status(conn, principal.user_id)


@router.post(ACCOUNT_CLOSURE, status_code=201)
def post_closure(req: ClosureRequest, principal: Auth, ctx: Ctx) -> ClosureStatus:
    with ctx.db.transaction() as conn:
        return request(ctx, conn, principal.user_id, req)


@router.delete(ACCOUNT_CLOSURE)
def delete_closure(principal: Auth, ctx: Ctx) -> ClosureStatus:
    with ctx.db.transaction() as conn:
        return cancel(ctx, conn, principal.user_id)


@router.post(TEST_CLOSURE_SWEEP, include_in_schema=False, dependencies=[Depends(_test_mode)])
def run_sweep(ctx: Ctx) -> dict[str, list[int]]:
    return {"closed": sweep(ctx)}
