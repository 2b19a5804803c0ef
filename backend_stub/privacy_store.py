"""Per-account privacy state: consents with history, Do Not Track, email preferences, processing flags, and
analytics ingestion that honours all of them.

Every change to the settings document (optional consents, Do Not Track, email preferences) bumps the account's
``revision`` so a client that changed settings offline can push them later and detect a stale copy.
All functions take an open connection: callers own the transaction.
"""

from __future__ import annotations

import sqlite3
from typing import get_args

from backend_stub.context import ServiceError, StubContext
from desktop.api import contract as c

OPTIONAL_CONSENTS: tuple[c.OptionalConsent, ...] = get_args(c.OptionalConsent)
EMAIL_CATEGORIES: tuple[c.EmailCategory, ...] = get_args(c.EmailCategory)

# (title, what it covers). Our own wording; the policy sections are noted for reviewers.
CONSENT_INFO: dict[c.ConsentKind, tuple[str, str]] = {
    "essential": (
        "Essential processing",
        "What the service needs to run your account at all: signing in, keeping your projects, billing and "
        "security checks. It cannot be switched off; closing the account is the way to end it.",  # §13.1, §3.1
    ),
    "ai_training": (
        "Use my code to train AI models",
        "Lets CodeCraft use code and requirements from your projects to improve its AI models. Off unless you "
        "switch it on; you can switch it off again at any time.",  # §4.2, §12
    ),
    "analytics": (
        "Usage and performance data",
        "Lets the app send which features you use, how long operations take and error rates, so we can find "
        "slow or broken parts.",  # §2.2, §13.1
    ),
    "marketing": (
        "Marketing",
        "Lets CodeCraft use your contact details and activity for offers and targeted advertising.",  # §13.1
    ),
    "preferences": (
        "Remember my preferences",
        "Lets the service keep your display and workflow choices between sessions and devices.",  # §13.1
    ),
}


def _flag(value: object) -> bool:
    return bool(value)


def ensure_account(conn: sqlite3.Connection, user_id: int) -> sqlite3.Row:
    """The account's privacy row, created on first use (all optional processing off: privacy by default)."""
    conn.execute("INSERT OR IGNORE INTO privacy_accounts (user_id) VALUES (?)", (user_id,))
    row: sqlite3.Row = conn.execute("SELECT * FROM privacy_accounts WHERE user_id = ?", (user_id,)).fetchone()
    return row


def _bump(ctx: StubContext, conn: sqlite3.Connection, user_id: int) -> None:
    ensure_account(conn, user_id)
    conn.execute(
        "UPDATE privacy_accounts SET revision = revision + 1, updated_at = ? WHERE user_id = ?",
        (ctx.clock.iso(), user_id),
    )


# ----- consents -----


def _history(conn: sqlite3.Connection, user_id: int) -> dict[str, list[c.ConsentEvent]]:
    rows = conn.execute(
        "SELECT kind, granted, source, at FROM consent_events WHERE user_id = ? ORDER BY id", (user_id,)
    ).fetchall()
    found: dict[str, list[c.ConsentEvent]] = {}
    for row in rows:
        found.setdefault(row["kind"], []).append(
            c.ConsentEvent(granted=_flag(row["granted"]), source=row["source"], at=row["at"])
        )
    return found


def consent_states(conn: sqlite3.Connection, user_id: int) -> list[c.ConsentState]:
    history = _history(conn, user_id)
    states = []
    for kind, (title, description) in CONSENT_INFO.items():
        events = history.get(kind, [])
        last = events[-1] if events else None
        states.append(
            c.ConsentState(
                kind=kind,
                granted=True if kind == "essential" else bool(last and last.granted),
                required=kind == "essential",
                title=title,
                description=description,
                changed_at=last.at if last else None,
                source=last.source if last else None,
                history=events,
            )
        )
    return states


def consents(conn: sqlite3.Connection, user_id: int) -> dict[c.OptionalConsent, bool]:
    history = _history(conn, user_id)
    return {kind: bool(history.get(kind)) and history[kind][-1].granted for kind in OPTIONAL_CONSENTS}


def set_consent(
    ctx: StubContext, conn: sqlite3.Connection, user_id: int, kind: c.ConsentKind, granted: bool, source: str
) -> bool:
    """Record a change (only a real change lands in the history); return whether anything changed."""
    if kind == "essential":
        if granted:
            return False
        raise ServiceError(
            400,
            c.ERR_ESSENTIAL_CONSENT,
            "Essential processing cannot be switched off: the service cannot run your account without it. "
            "To end it, ask for your account to be deleted.",
        )
    if consents(conn, user_id)[kind] == granted:
        return False
    conn.execute(
        "INSERT INTO consent_events (user_id, kind, granted, source, at) VALUES (?, ?, ?, ?, ?)",
        (user_id, kind, int(granted), source, ctx.clock.iso()),
    )
    if kind == "marketing" and not granted:  # marketing email depends on the marketing consent (§7.2)
        _write_email(ctx, conn, user_id, {"marketing": False})
    _bump(ctx, conn, user_id)
    return True


def withdraw_all(ctx: StubContext, conn: sqlite3.Connection, user_id: int, source: str) -> None:
    """Withdraw every optional consent at once (§12)."""
    for kind in OPTIONAL_CONSENTS:
        set_consent(ctx, conn, user_id, kind, False, source)


# ----- email preferences (§7.2) -----


def communications(conn: sqlite3.Connection, user_id: int) -> c.CommunicationPreferences:
    rows = conn.execute("SELECT category, enabled FROM email_preferences WHERE user_id = ?", (user_id,)).fetchall()
    return c.CommunicationPreferences.model_validate({row["category"]: _flag(row["enabled"]) for row in rows})


def _write_email(ctx: StubContext, conn: sqlite3.Connection, user_id: int, values: dict[str, bool]) -> None:
    conn.executemany(
        "INSERT INTO email_preferences (user_id, category, enabled, updated_at) VALUES (?, ?, ?, ?) "
        "ON CONFLICT(user_id, category) DO UPDATE SET enabled = excluded.enabled, updated_at = excluded.updated_at",
        [(user_id, category, int(enabled), ctx.clock.iso()) for category, enabled in values.items()],
    )


def _check_marketing(prefs: c.CommunicationPreferences, marketing_consent: bool) -> None:
    if prefs.marketing and not marketing_consent:
        raise ServiceError(409, "consent_needed", "Marketing email needs the marketing consent: switch that on first.")


def set_communications(
    ctx: StubContext, conn: sqlite3.Connection, user_id: int, prefs: c.CommunicationPreferences
) -> c.CommunicationPreferences:
    _check_marketing(prefs, consents(conn, user_id)["marketing"])
    if prefs != communications(conn, user_id):
        _write_email(ctx, conn, user_id, prefs.model_dump())
        _bump(ctx, conn, user_id)
    return communications(conn, user_id)


def unsubscribe_all(ctx: StubContext, conn: sqlite3.Connection, user_id: int) -> c.CommunicationPreferences:
    """Every email category off, and the marketing consent withdrawn with it."""
    set_consent(ctx, conn, user_id, "marketing", False, "unsubscribe")
    off = c.CommunicationPreferences(
        project_updates=False, delivery_notifications=False, product_news=False, marketing=False
    )
    return set_communications(ctx, conn, user_id, off)


# ----- Do Not Track (§7.3) and the whole settings document -----


def set_do_not_track(ctx: StubContext, conn: sqlite3.Connection, user_id: int, enabled: bool) -> None:
    if _flag(ensure_account(conn, user_id)["do_not_track"]) != enabled:
        conn.execute("UPDATE privacy_accounts SET do_not_track = ? WHERE user_id = ?", (int(enabled), user_id))
        _bump(ctx, conn, user_id)


def settings(conn: sqlite3.Connection, user_id: int) -> c.PrivacySettings:
    row = ensure_account(conn, user_id)
    return c.PrivacySettings(
        revision=row["revision"],
        do_not_track=_flag(row["do_not_track"]),
        consents=consents(conn, user_id),
        communications=communications(conn, user_id),
        updated_at=row["updated_at"],
    )


class StaleRevision(Exception):
    def __init__(self, current: c.PrivacySettings) -> None:
        super().__init__("stale revision")
        self.current = current


def put_settings(
    ctx: StubContext, conn: sqlite3.Connection, user_id: int, update: c.PrivacySettingsUpdate
) -> c.PrivacySettings:
    """Apply a full document written against ``base_revision``; raise ``StaleRevision`` if it moved on."""
    current = settings(conn, user_id)
    if update.base_revision != current.revision:
        raise StaleRevision(current)
    wanted = {kind: update.consents.get(kind, current.consents[kind]) for kind in OPTIONAL_CONSENTS}
    _check_marketing(update.communications, wanted["marketing"])
    for kind, granted in wanted.items():
        set_consent(ctx, conn, user_id, kind, granted, "settings_sync")
    set_do_not_track(ctx, conn, user_id, update.do_not_track)
    set_communications(ctx, conn, user_id, update.communications)
    return settings(conn, user_id)


# ----- processing flags (restriction and objections, §7.1, §11, §12) -----


def flags(conn: sqlite3.Connection, user_id: int) -> c.ProcessingFlags:
    row = ensure_account(conn, user_id)
    return c.ProcessingFlags(
        restricted=_flag(row["restricted"]),
        objected=_flag(row["objected"]),
        automated_decisions_objected=_flag(row["automated_objected"]),
        sale_opt_out=_flag(row["sale_opt_out"]),
        updated_at=row["updated_at"],
    )


FLAG_COLUMNS = {
    "restriction": "restricted",
    "objection": "objected",
    "object_automated_decisions": "automated_objected",
    "ccpa_opt_out_of_sale": "sale_opt_out",
}


def set_flag(ctx: StubContext, conn: sqlite3.Connection, user_id: int, request_type: str, on: bool) -> None:
    column = FLAG_COLUMNS[request_type]  # a fixed column name, never user input
    ensure_account(conn, user_id)
    conn.execute(
        f"UPDATE privacy_accounts SET {column} = ?, updated_at = ? WHERE user_id = ?",
        (int(on), ctx.clock.iso(), user_id),
    )
