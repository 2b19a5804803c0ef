"""Account records: registration checks, password hashing, profiles, TOTP and recovery codes."""

from __future__ import annotations

import contextlib
import hashlib
import json
import re
import secrets
import sqlite3

import pyotp
from argon2.exceptions import InvalidHashError, VerificationError

from backend_stub.context import ServiceError, StubContext
from desktop.api import contract as c

USERNAME_RE = re.compile(r"^[a-z0-9][a-z0-9_.-]{2,31}$")
EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
MIN_PASSWORD_LENGTH = 10
RECOVERY_CODE_COUNT = 10
TOTP_ISSUER = "CodeCraft"


def invalid(code: str, message: str) -> ServiceError:
    return ServiceError(422, code, message)


def check_new_password(password: str, username: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise invalid("weak_password", f"Choose a password of at least {MIN_PASSWORD_LENGTH} characters.")
    if password.lower() == username.lower():
        raise invalid("weak_password", "Your password must differ from your username.")


def create_user(ctx: StubContext, conn: sqlite3.Connection, req: c.RegisterRequest) -> int:
    username = req.username.strip().lower()
    if not req.confirm_age_16:
        raise invalid("age_not_confirmed", "You must confirm that you are at least 16 years old.")
    if req.accepted_policy_version != ctx.policy_version:
        raise invalid(
            "policy_outdated",
            f"Please read and accept the current privacy policy (version {ctx.policy_version}).",
        )
    if not USERNAME_RE.match(username):
        raise invalid(
            "invalid_username",
            "Usernames are 3-32 characters: lowercase letters, digits, '.', '_' or '-'.",
        )
    if not EMAIL_RE.match(req.email.strip()):
        raise invalid("invalid_email", "Please enter a valid email address.")
    check_new_password(req.password, username)
    if conn.execute("SELECT 1 FROM users WHERE username = ?", (username,)).fetchone():
        raise ServiceError(409, "username_taken", "That username is already taken.")
    if conn.execute("SELECT 1 FROM users WHERE email = ?", (req.email.strip().lower(),)).fetchone():
        raise ServiceError(409, "email_taken", "An account with that email address already exists.")
    now = ctx.clock.iso()
    cur = conn.execute(
        "INSERT INTO users (username, email, name, company, role, password_hash, policy_version, "
        "policy_accepted_at, age_confirmed_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            username,
            req.email.strip().lower(),
            req.name.strip(),
            req.company,
            req.role,
            ctx.hasher.hash(req.password),
            req.accepted_policy_version,
            now,
            now,
            now,
        ),
    )
    return int(cur.lastrowid or 0)


def get_user(conn: sqlite3.Connection, user_id: int) -> sqlite3.Row:
    row: sqlite3.Row | None = conn.execute("SELECT * FROM users WHERE id = ?", (user_id,)).fetchone()
    if row is None:
        raise ServiceError(404, "not_found", "This account no longer exists.")
    return row


def find_user(conn: sqlite3.Connection, username: str) -> sqlite3.Row | None:
    row: sqlite3.Row | None = conn.execute(
        "SELECT * FROM users WHERE username = ?", (username.strip().lower(),)
    ).fetchone()
    return row


_DUMMY_HASH: dict[int, str] = {}


def verify_password(ctx: StubContext, row: sqlite3.Row | None, password: str) -> bool:
    """Constant-work check: an unknown user still costs one Argon2 verification."""
    if row is None:
        dummy = _DUMMY_HASH.setdefault(id(ctx), ctx.hasher.hash(secrets.token_hex(8)))
        with contextlib.suppress(VerificationError, InvalidHashError):
            ctx.hasher.verify(dummy, password)
        return False
    try:
        return bool(ctx.hasher.verify(row["password_hash"], password))
    except (VerificationError, InvalidHashError):
        return False


def set_password(ctx: StubContext, conn: sqlite3.Connection, user_id: int, password: str) -> None:
    conn.execute("UPDATE users SET password_hash = ? WHERE id = ?", (ctx.hasher.hash(password), user_id))


def expert_profile(row: sqlite3.Row) -> c.ExpertProfile | None:
    if row["role"] != "expert":
        return None
    return c.ExpertProfile(
        github=row["github"], linkedin=row["linkedin"], expertise=json.loads(row["expertise"] or "[]")
    )


def profile(row: sqlite3.Row) -> c.UserProfile:
    return c.UserProfile(
        id=row["id"],
        username=row["username"],
        name=row["name"],
        email=row["email"],
        company=row["company"],
        role=row["role"],
        totp_enabled=row["totp_secret"] is not None,
        policy_version=row["policy_version"],
        policy_accepted_at=row["policy_accepted_at"],
        age_confirmed_at=row["age_confirmed_at"],
        created_at=row["created_at"],
        expert_profile=expert_profile(row),
    )


def save_expert_profile(conn: sqlite3.Connection, user_id: int, data: c.ExpertProfile) -> None:
    conn.execute(
        "UPDATE users SET github = ?, linkedin = ?, expertise = ? WHERE id = ?",
        (data.github, data.linkedin, json.dumps(data.expertise), user_id),
    )


# ----- TOTP -----


def begin_totp(conn: sqlite3.Connection, row: sqlite3.Row) -> c.TotpEnrollment:
    if row["totp_secret"] is not None:
        raise ServiceError(409, "totp_already_enabled", "Two-step sign-in is already turned on.")
    secret = pyotp.random_base32()
    conn.execute("UPDATE users SET totp_pending_secret = ? WHERE id = ?", (secret, row["id"]))
    uri = pyotp.TOTP(secret).provisioning_uri(name=row["username"], issuer_name=TOTP_ISSUER)
    return c.TotpEnrollment(secret=secret, otpauth_uri=uri)


def _matching_counter(ctx: StubContext, secret: str, code: str) -> int | None:
    totp = pyotp.TOTP(secret)
    now = ctx.clock.now()
    code = code.strip().replace(" ", "")
    for drift in (-1, 0, 1):
        moment = now + drift * totp.interval
        if secrets.compare_digest(totp.at(moment), code):
            return int(moment // totp.interval)
    return None


def confirm_totp(ctx: StubContext, conn: sqlite3.Connection, row: sqlite3.Row, code: str) -> list[str]:
    secret = row["totp_pending_secret"]
    if secret is None:
        raise ServiceError(409, "totp_not_started", "Start setting up two-step sign-in first.")
    counter = _matching_counter(ctx, secret, code)
    if counter is None:
        raise invalid(c.ERR_TOTP_INVALID, "That code is not right. Check your authenticator app's clock.")
    codes = [f"{secrets.token_hex(4)}-{secrets.token_hex(4)}" for _ in range(RECOVERY_CODE_COUNT)]
    conn.execute("DELETE FROM recovery_codes WHERE user_id = ?", (row["id"],))
    conn.executemany(
        "INSERT INTO recovery_codes (user_id, code_hash) VALUES (?, ?)",
        [(row["id"], _code_hash(code)) for code in codes],
    )
    conn.execute(
        "UPDATE users SET totp_secret = ?, totp_pending_secret = NULL, totp_last_counter = ? WHERE id = ?",
        (secret, counter, row["id"]),
    )
    return codes


def _code_hash(code: str) -> str:
    # Recovery codes carry 64 random bits, so a fast hash is enough to keep them unusable at rest.
    return hashlib.sha256(code.strip().lower().encode()).hexdigest()


def check_second_factor(
    ctx: StubContext, conn: sqlite3.Connection, row: sqlite3.Row, code: str | None, recovery: str | None
) -> bool:
    """Accept a fresh TOTP code (each time step once) or an unused recovery code (once)."""
    if code:
        counter = _matching_counter(ctx, row["totp_secret"], code)
        if counter is None or counter <= row["totp_last_counter"]:
            return False
        conn.execute("UPDATE users SET totp_last_counter = ? WHERE id = ?", (counter, row["id"]))
        return True
    if recovery:
        cur = conn.execute(
            "UPDATE recovery_codes SET used_at = ? WHERE user_id = ? AND code_hash = ? AND used_at IS NULL",
            (ctx.clock.iso(), row["id"], _code_hash(recovery)),
        )
        return cur.rowcount == 1
    return False
