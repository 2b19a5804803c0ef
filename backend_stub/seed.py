"""Demo accounts for manual runs: ``demo`` (client) and ``expert`` (expert). Safe to run repeatedly."""

from __future__ import annotations

from backend_stub import accounts
from backend_stub.context import StubContext
from desktop.api import contract as c

DEMO_ACCOUNTS = [
    c.RegisterRequest(
        name="Demo Client",
        email="demo@codecraft.example",
        username="demo",
        password="demo-client-pass",
        company="Demo Ltd",
        role="client",
        confirm_age_16=True,
        accepted_policy_version="",
    ),
    c.RegisterRequest(
        name="Demo Expert",
        email="expert@codecraft.example",
        username="expert",
        password="demo-expert-pass",
        role="expert",
        confirm_age_16=True,
        accepted_policy_version="",
    ),
]
DEMO_EXPERT_PROFILE = c.ExpertProfile(
    github="https://github.com/codecraft-demo",
    linkedin="https://www.linkedin.com/in/codecraft-demo",
    expertise=["python", "qt", "security"],
)


def seed_demo(ctx: StubContext) -> list[str]:
    """Create the demo accounts that do not exist yet; return the usernames created."""
    created = []
    with ctx.db.transaction() as conn:
        for account in DEMO_ACCOUNTS:
            if accounts.find_user(conn, account.username) is not None:
                continue
            request = account.model_copy(update={"accepted_policy_version": ctx.policy_version})
            user_id = accounts.create_user(ctx, conn, request)
            if account.role == "expert":
                accounts.save_expert_profile(conn, user_id, DEMO_EXPERT_PROFILE)
            created.append(account.username)
    return created
