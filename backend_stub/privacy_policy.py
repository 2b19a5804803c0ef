"""Policy versions (§14), security incident notices (§6.2), processors (§5.1) and privacy contacts (§15, §12).

A new policy version must be announced at least ``MIN_POLICY_NOTICE_DAYS`` before it takes effect; each account
records which version it accepted and when (also mirrored on the account's profile). A security notice goes to
the accounts it names (or every account), and stays listed to each until that account acknowledges it.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta

from backend_stub.context import ServiceError, StubContext
from desktop.api import contract as c

BASE_POLICY_DATE = datetime(2025, 6, 1, tzinfo=UTC)
BASE_POLICY_SUMMARY = "The policy in force when this service started."

PROCESSORS = c.ProcessorList(
    processors=[
        c.Processor(
            category="Payments",
            names=["Stripe", "EcommPay"],
            receives="Only what a payment needs: card and billing details. They never see project code.",
        ),
        c.Processor(
            category="Hosting",
            names=["Amazon Web Services", "Google Cloud Platform"],
            receives="Encrypted copies of account and project data, stored and run on our behalf.",
        ),
        c.Processor(
            category="Analytics",
            names=["Google Analytics", "Mixpanel"],
            receives="Anonymised usage and performance figures, and only with your analytics consent.",
        ),
        c.Processor(
            category="Email and support",
            names=["SendGrid", "Intercom"],
            receives="Your name and email address, to send emails and answer support conversations.",
        ),
        c.Processor(
            category="Expert reviewers",
            names=["Vetted reviewers bound by a confidentiality agreement"],
            receives="The code and requirements of the projects they review, and nothing else.",
        ),
    ]
)

CONTACT = c.PrivacyContact(
    data_protection_officer=c.ContactPoint(
        role="Data Protection Officer",
        organisation="CodeCraft AI, Inc.",
        email="privacy@codecraft.ai",
        phone="+1 (415) 555-0100",
        address=["548 Market Street, Suite 35410", "San Francisco, CA 94104-5401", "United States"],
    ),
    eu_representative=c.ContactPoint(
        role="EU representative",
        organisation="CodeCraft EU Data Representative",
        email="eu-privacy@codecraft.ai",
        address=["Dublin", "Ireland"],
    ),
    support_email="support@codecraft.ai",
    complaint_right=(
        "If you think we handle your data unlawfully you may complain to a data protection supervisory "
        "authority, for example the one where you live or work. You do not have to contact us first."
    ),
    supervisory_authorities_url="https://edpb.europa.eu/about-edpb/about-edpb/members_en",
)


def _version(row: sqlite3.Row) -> c.PolicyVersion:
    return c.PolicyVersion(
        version=row["version"],
        summary=row["summary"],
        announced_at=row["announced_at"],
        effective_at=row["effective_at"],
    )


def versions(ctx: StubContext, conn: sqlite3.Connection) -> list[c.PolicyVersion]:
    """Every known version, oldest effective date first, starting with the one the service started with."""
    base = c.PolicyVersion(
        version=ctx.policy_version,
        summary=BASE_POLICY_SUMMARY,
        announced_at=BASE_POLICY_DATE,
        effective_at=BASE_POLICY_DATE,
    )
    rows = conn.execute("SELECT * FROM policy_versions ORDER BY effective_at").fetchall()
    return [base, *(_version(row) for row in rows if row["version"] != ctx.policy_version)]


def announce(ctx: StubContext, conn: sqlite3.Connection, ann: c.PolicyAnnouncement) -> c.PolicyVersion:
    now = ctx.clock.now_dt()
    effective = ann.effective_at if ann.effective_at.tzinfo else ann.effective_at.replace(tzinfo=UTC)
    if effective < now + timedelta(days=c.MIN_POLICY_NOTICE_DAYS):
        raise ServiceError(
            422,
            "notice_too_short",
            f"A new policy version must be announced at least {c.MIN_POLICY_NOTICE_DAYS} days before it applies.",
        )
    if any(v.version == ann.version for v in versions(ctx, conn)):
        raise ServiceError(409, "version_exists", f"Policy version {ann.version} already exists.")
    conn.execute(
        "INSERT INTO policy_versions (version, summary, announced_at, effective_at) VALUES (?, ?, ?, ?)",
        (ann.version, ann.summary, now.isoformat(), effective.isoformat()),
    )
    return c.PolicyVersion(version=ann.version, summary=ann.summary, announced_at=now, effective_at=effective)


def status(ctx: StubContext, conn: sqlite3.Connection, user_id: int) -> c.PolicyStatus:
    known = versions(ctx, conn)
    now = ctx.clock.now_dt()
    in_effect = [v for v in known if v.effective_at <= now][-1]
    user = conn.execute("SELECT policy_version, policy_accepted_at FROM users WHERE id = ?", (user_id,)).fetchone()
    accepted = {
        row["version"]
        for row in conn.execute("SELECT version FROM policy_acceptances WHERE user_id = ?", (user_id,)).fetchall()
    } | {user["policy_version"]}
    current = next((v for v in known if v.version == user["policy_version"]), known[0])
    pending = [v for v in known if v.version not in accepted and v.effective_at > current.effective_at]
    return c.PolicyStatus(
        in_effect=in_effect.version,
        accepted_version=user["policy_version"],
        accepted_at=user["policy_accepted_at"],
        pending=pending,
        versions=known,
    )


def accept(ctx: StubContext, conn: sqlite3.Connection, user_id: int, version: str) -> c.PolicyStatus:
    if not any(v.version == version for v in versions(ctx, conn)):
        raise ServiceError(404, "not_found", f"There is no policy version {version}.")
    now = ctx.clock.iso()
    conn.execute(
        "INSERT OR REPLACE INTO policy_acceptances (user_id, version, accepted_at) VALUES (?, ?, ?)",
        (user_id, version, now),
    )
    conn.execute("UPDATE users SET policy_version = ?, policy_accepted_at = ? WHERE id = ?", (version, now, user_id))
    return status(ctx, conn, user_id)


# ----- security incident notices (§6.2) -----


def announce_notice(ctx: StubContext, conn: sqlite3.Connection, req: c.SecurityNoticeCreate) -> int:
    if req.usernames is None:
        user_ids = [row["id"] for row in conn.execute("SELECT id FROM users").fetchall()]
    else:
        found = conn.execute(
            f"SELECT id FROM users WHERE username IN ({','.join('?' * len(req.usernames))})", req.usernames
        ).fetchall()
        if len(found) != len(set(req.usernames)):
            raise ServiceError(422, "unknown_user", "Some of those accounts do not exist.")
        user_ids = [row["id"] for row in found]
    cur = conn.execute(
        "INSERT INTO security_notices (title, description, impact, mitigation, detected_at, published_at) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (req.title, req.description, req.impact, req.mitigation, req.detected_at.isoformat(), ctx.clock.iso()),
    )
    notice_id = int(cur.lastrowid or 0)
    conn.executemany(
        "INSERT INTO notice_recipients (notice_id, user_id) VALUES (?, ?)", [(notice_id, uid) for uid in user_ids]
    )
    return notice_id


def open_notices(conn: sqlite3.Connection, user_id: int) -> c.SecurityNoticeList:
    rows = conn.execute(
        "SELECT n.* FROM security_notices n JOIN notice_recipients r ON r.notice_id = n.id "
        "WHERE r.user_id = ? AND r.acked_at IS NULL ORDER BY n.id",
        (user_id,),
    ).fetchall()
    return c.SecurityNoticeList(notices=[c.SecurityNotice.model_validate(dict(row)) for row in rows])


def acknowledge(ctx: StubContext, conn: sqlite3.Connection, user_id: int, notice_id: int) -> None:
    cur = conn.execute(
        "UPDATE notice_recipients SET acked_at = COALESCE(acked_at, ?) WHERE notice_id = ? AND user_id = ?",
        (ctx.clock.iso(), notice_id, user_id),
    )
    if cur.rowcount == 0:
        raise ServiceError(404, "not_found", "There is no such notice for your account.")
