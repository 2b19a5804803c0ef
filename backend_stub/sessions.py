"""Sessions: short-lived access tokens, rotating refresh tokens with reuse detection, login rate limits.

A session is a refresh-token *family*. Refreshing marks the presented refresh token used and issues a new
pair in the same family; presenting a used refresh token again revokes the whole family. Tokens are random
and stored only as SHA-256 hashes, so the database never holds a usable token.
"""

from __future__ import annotations

import hashlib
import secrets
import sqlite3
from dataclasses import dataclass

from backend_stub.context import (
    ACCESS_TTL_SECONDS,
    REFRESH_TTL_SECONDS,
    ServiceError,
    StubContext,
)
from desktop.api import contract as c


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


@dataclass(frozen=True)
class Principal:
    user_id: int
    username: str
    role: str
    family: str


def unauthorized(code: str, message: str) -> ServiceError:
    return ServiceError(401, code, message, headers={"WWW-Authenticate": "Bearer"})


def start_session(ctx: StubContext, conn: sqlite3.Connection, user_id: int) -> c.TokenPair:
    family = secrets.token_hex(16)
    conn.execute(
        "INSERT INTO sessions (family, user_id, created_at) VALUES (?, ?, ?)",
        (family, user_id, ctx.clock.iso()),
    )
    return _issue_pair(ctx, conn, family)


def _issue_pair(ctx: StubContext, conn: sqlite3.Connection, family: str) -> c.TokenPair:
    now = ctx.clock.now()
    access, refresh = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
    conn.execute(
        "INSERT INTO access_tokens (token_hash, family, expires_at) VALUES (?, ?, ?)",
        (token_hash(access), family, now + ACCESS_TTL_SECONDS),
    )
    conn.execute(
        "INSERT INTO refresh_tokens (token_hash, family, expires_at) VALUES (?, ?, ?)",
        (token_hash(refresh), family, now + REFRESH_TTL_SECONDS),
    )
    return c.TokenPair(access_token=access, refresh_token=refresh, expires_in=ACCESS_TTL_SECONDS)


def authenticate(ctx: StubContext, conn: sqlite3.Connection, authorization: str | None) -> Principal:
    if not authorization or not authorization.lower().startswith("bearer "):
        raise unauthorized(c.ERR_TOKEN_INVALID, "Please sign in to continue.")
    row = conn.execute(
        "SELECT a.expires_at, a.family, s.revoked_at, u.id, u.username, u.role "
        "FROM access_tokens a JOIN sessions s ON s.family = a.family JOIN users u ON u.id = s.user_id "
        "WHERE a.token_hash = ?",
        (token_hash(authorization[7:].strip()),),
    ).fetchone()
    if row is None or row["revoked_at"] is not None:
        raise unauthorized(c.ERR_TOKEN_INVALID, "Your session has ended. Please sign in again.")
    if row["expires_at"] <= ctx.clock.now():
        raise unauthorized(c.ERR_TOKEN_EXPIRED, "Your session needs to be refreshed.")
    return Principal(row["id"], row["username"], row["role"], row["family"])


def rotate(ctx: StubContext, conn: sqlite3.Connection, refresh_token: str) -> c.TokenPair:
    row = conn.execute(
        "SELECT r.family, r.expires_at, r.used, s.revoked_at FROM refresh_tokens r "
        "JOIN sessions s ON s.family = r.family WHERE r.token_hash = ?",
        (token_hash(refresh_token),),
    ).fetchone()
    if row is None or row["revoked_at"] is not None or row["expires_at"] <= ctx.clock.now():
        raise unauthorized(c.ERR_TOKEN_INVALID, "Your session has ended. Please sign in again.")
    if row["used"]:
        revoke_family(ctx, conn, row["family"])
        raise unauthorized(
            c.ERR_TOKEN_INVALID,
            "This sign-in was already refreshed elsewhere, so it has been ended for safety. Please sign in again.",
        )
    conn.execute("UPDATE refresh_tokens SET used = 1 WHERE token_hash = ?", (token_hash(refresh_token),))
    return _issue_pair(ctx, conn, row["family"])


def revoke_family(ctx: StubContext, conn: sqlite3.Connection, family: str) -> None:
    conn.execute(
        "UPDATE sessions SET revoked_at = ? WHERE family = ? AND revoked_at IS NULL",
        (ctx.clock.iso(), family),
    )
    conn.execute("DELETE FROM access_tokens WHERE family = ?", (family,))


def revoke_other_sessions(ctx: StubContext, conn: sqlite3.Connection, user_id: int, keep: str) -> None:
    families = conn.execute(
        "SELECT family FROM sessions WHERE user_id = ? AND family != ? AND revoked_at IS NULL",
        (user_id, keep),
    ).fetchall()
    for row in families:
        revoke_family(ctx, conn, row["family"])
