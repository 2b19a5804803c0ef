"""Account endpoints: policy, register, login (+ TOTP), refresh, logout, password, profile."""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Callable
from typing import Annotated

from fastapi import APIRouter, Depends, Header, Request, Response

from backend_stub import accounts, sessions
from backend_stub.context import CHALLENGE_TTL_SECONDS, ServiceError, StubContext, client_ip, get_ctx
from desktop.api import contract as c

Ctx = Annotated[StubContext, Depends(get_ctx)]


def current_principal(ctx: Ctx, authorization: Annotated[str | None, Header()] = None) -> sessions.Principal:
    with ctx.db.transaction() as conn:
        return sessions.authenticate(ctx, conn, authorization)


Auth = Annotated[sessions.Principal, Depends(current_principal)]


def require_role(role: str) -> Callable[[sessions.Principal], sessions.Principal]:
    """A dependency that lets only accounts with ``role`` through (403 for the others)."""

    def check(principal: Auth) -> sessions.Principal:
        if principal.role != role:
            raise ServiceError(403, "forbidden", f"This is only available to {role} accounts.")
        return principal

    return check


ClientAuth = Annotated[sessions.Principal, Depends(require_role("client"))]
ExpertAuth = Annotated[sessions.Principal, Depends(require_role("expert"))]

router = APIRouter(tags=["accounts"])


@router.get(c.POLICY)
def policy(ctx: Ctx) -> c.PolicyInfo:
    return c.PolicyInfo(version=ctx.policy_version, url=ctx.policy_url)


@router.post(c.REGISTER, status_code=201)
def register(req: c.RegisterRequest, ctx: Ctx) -> c.UserProfile:
    with ctx.db.transaction() as conn:
        user_id = accounts.create_user(ctx, conn, req)
        return accounts.profile(accounts.get_user(conn, user_id))


def _challenge_hash(challenge: str) -> str:
    return hashlib.sha256(challenge.encode()).hexdigest()


@router.post(c.LOGIN)
def login(req: c.LoginRequest, request: Request, ctx: Ctx) -> c.LoginResponse:
    ip = client_ip(request)
    ctx.limiter.check(req.username, ip)
    with ctx.db.transaction() as conn:
        row = accounts.find_user(conn, req.username)
        if not accounts.verify_password(ctx, row, req.password) or row is None:
            ctx.limiter.record_failure(req.username, ip)
            raise ServiceError(401, "bad_credentials", "The username or password is not right.")
        if row["totp_secret"] is not None:
            challenge = secrets.token_urlsafe(24)
            conn.execute(
                "INSERT INTO totp_challenges (challenge_hash, user_id, expires_at) VALUES (?, ?, ?)",
                (_challenge_hash(challenge), row["id"], ctx.clock.now() + CHALLENGE_TTL_SECONDS),
            )
            return c.LoginResponse(status="totp_required", totp_challenge=challenge)
        ctx.limiter.reset(req.username, ip)
        return c.LoginResponse(status="ok", tokens=sessions.start_session(ctx, conn, row["id"]))


@router.post(c.TOTP_VERIFY)
def verify_totp(req: c.TotpVerifyRequest, request: Request, ctx: Ctx) -> c.TokenPair:
    ip = client_ip(request)
    with ctx.db.transaction() as conn:
        found = conn.execute(
            "SELECT user_id FROM totp_challenges WHERE challenge_hash = ? AND expires_at > ?",
            (_challenge_hash(req.challenge), ctx.clock.now()),
        ).fetchone()
        if found is None:
            raise ServiceError(401, "challenge_expired", "This sign-in took too long. Please start again.")
        row = accounts.get_user(conn, found["user_id"])
    ctx.limiter.check(row["username"], ip)
    with ctx.db.transaction() as conn:
        row = accounts.get_user(conn, found["user_id"])
        if accounts.check_second_factor(ctx, conn, row, req.code, req.recovery_code):
            conn.execute("DELETE FROM totp_challenges WHERE challenge_hash = ?", (_challenge_hash(req.challenge),))
            ctx.limiter.reset(row["username"], ip)
            return sessions.start_session(ctx, conn, row["id"])
    ctx.limiter.record_failure(row["username"], ip)
    raise ServiceError(401, c.ERR_TOTP_INVALID, "That code is not right, or it was already used.")


@router.post(c.TOTP_ENROLL)
def enroll_totp(principal: Auth, ctx: Ctx) -> c.TotpEnrollment:
    with ctx.db.transaction() as conn:
        return accounts.begin_totp(conn, accounts.get_user(conn, principal.user_id))


@router.post(c.TOTP_CONFIRM)
def confirm_totp(req: c.TotpConfirmRequest, principal: Auth, ctx: Ctx) -> c.RecoveryCodes:
    with ctx.db.transaction() as conn:
        row = accounts.get_user(conn, principal.user_id)
        return c.RecoveryCodes(recovery_codes=accounts.confirm_totp(ctx, conn, row, req.code))


@router.post(c.REFRESH)
def refresh(req: c.RefreshRequest, ctx: Ctx) -> c.TokenPair:
    # Reuse detection must persist even though the answer is an error, so rotate outside the rollback.
    with ctx.db.transaction() as conn:
        try:
            return sessions.rotate(ctx, conn, req.refresh_token)
        except ServiceError as exc:
            error = exc
    raise error


@router.post(c.LOGOUT, status_code=204)
def logout(principal: Auth, ctx: Ctx) -> Response:
    with ctx.db.transaction() as conn:
        sessions.revoke_family(ctx, conn, principal.family)
    return Response(status_code=204)


@router.post(c.PASSWORD, status_code=204)
def change_password(req: c.ChangePasswordRequest, principal: Auth, ctx: Ctx) -> Response:
    with ctx.db.transaction() as conn:
        row = accounts.get_user(conn, principal.user_id)
        if not accounts.verify_password(ctx, row, req.current_password):
            raise ServiceError(403, "bad_credentials", "Your current password is not right.")
        accounts.check_new_password(req.new_password, row["username"])
        accounts.set_password(ctx, conn, row["id"], req.new_password)
        sessions.revoke_other_sessions(ctx, conn, row["id"], keep=principal.family)
    return Response(status_code=204)


@router.get(c.ME)
def me(principal: Auth, ctx: Ctx) -> c.UserProfile:
    with ctx.db.transaction() as conn:
        return accounts.profile(accounts.get_user(conn, principal.user_id))


@router.get(c.EXPERT_PROFILE)
def get_expert_profile(principal: ExpertAuth, ctx: Ctx) -> c.ExpertProfile:
    with ctx.db.transaction() as conn:
        found = accounts.expert_profile(accounts.get_user(conn, principal.user_id))
    return found or c.ExpertProfile()


@router.put(c.EXPERT_PROFILE)
def put_expert_profile(req: c.ExpertProfile, principal: ExpertAuth, ctx: Ctx) -> c.ExpertProfile:
    with ctx.db.transaction() as conn:
        accounts.save_expert_profile(conn, principal.user_id, req)
        found = accounts.expert_profile(accounts.get_user(conn, principal.user_id))
    return found or c.ExpertProfile()
