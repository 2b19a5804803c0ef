"""Typed client of the CodeCraft service: accounts and project sync, on top of ``Transport``.

Tokens live in the ``TokenStore`` only; sign-in methods return ``SignedIn``/``TotpRequired``, not tokens.
An expired access token is refreshed once, transparently, and the request retried.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from desktop.api import contract as c
from desktop.api import errors
from desktop.api.tokens import TokenStore
from desktop.api.transport import Reply, Transport
from desktop.messages import N_

M = TypeVar("M", bound=BaseModel)


@dataclass(frozen=True)
class SignedIn:
    username: str


@dataclass(frozen=True)
class TotpRequired:
    username: str
    challenge: str


LoginResult = SignedIn | TotpRequired


def _parse(model: type[M], data: Any) -> M:
    try:
        return model.model_validate(data)
    except ValidationError:
        raise errors.BadServerReply(
            N_("Messages", "The CodeCraft service sent an answer this version of the app does not understand."),
            hint=N_("Messages", "Check for an app update."),
            code="unexpected_shape",
        ) from None


class ApiClient:
    """``transport_options`` go to ``Transport`` (timeouts, retry policy, injected sleep and random)."""

    def __init__(
        self,
        base_url: str,
        token_store: TokenStore,
        *,
        transport: Transport | None = None,
        **transport_options: Any,
    ) -> None:
        self.transport = transport or Transport(base_url, **transport_options)
        self.tokens = token_store
        self._refresh_lock = threading.Lock()

    def close(self) -> None:
        self.transport.close()

    # ----- accounts -----

    def policy(self) -> c.PolicyInfo:
        return _parse(c.PolicyInfo, self.transport.request("GET", c.POLICY).data)

    def register(self, request: c.RegisterRequest) -> c.UserProfile:
        reply = self.transport.request("POST", c.REGISTER, json_body=request.model_dump(mode="json"))
        return _parse(c.UserProfile, reply.data)

    def login(self, username: str, password: str) -> LoginResult:
        body = c.LoginRequest(username=username, password=password).model_dump()
        answer = _parse(c.LoginResponse, self.transport.request("POST", c.LOGIN, json_body=body).data)
        if answer.status == "totp_required" and answer.totp_challenge:
            return TotpRequired(username, answer.totp_challenge)
        if answer.tokens is None:
            raise errors.BadServerReply(N_("Messages", "The CodeCraft service did not complete the sign-in."))
        self.tokens.save(answer.tokens)
        return SignedIn(username)

    def verify_totp(
        self, pending: TotpRequired, *, code: str | None = None, recovery_code: str | None = None
    ) -> SignedIn:
        """Finish a sign-in with an authenticator code or a one-time recovery code."""
        body = c.TotpVerifyRequest(challenge=pending.challenge, code=code, recovery_code=recovery_code)
        reply = self.transport.request("POST", c.TOTP_VERIFY, json_body=body.model_dump())
        self.tokens.save(_parse(c.TokenPair, reply.data))
        return SignedIn(pending.username)

    def enroll_totp(self) -> c.TotpEnrollment:
        return _parse(c.TotpEnrollment, self._authed("POST", c.TOTP_ENROLL).data)

    def confirm_totp(self, code: str) -> list[str]:
        reply = self._authed("POST", c.TOTP_CONFIRM, json_body={"code": code})
        return _parse(c.RecoveryCodes, reply.data).recovery_codes

    def refresh(self) -> None:
        """Swap the refresh token for a new pair; on failure the local session is wiped."""
        refresh_token = self.tokens.refresh_token()
        if refresh_token is None:
            raise errors.SessionExpired(N_("Messages", "Please sign in to continue."))
        try:
            reply = self.transport.request(
                "POST", c.REFRESH, json_body=c.RefreshRequest(refresh_token=refresh_token).model_dump()
            )
        except errors.AuthenticationFailed as exc:
            self.tokens.clear()
            raise errors.SessionExpired(exc.message, hint=N_("Messages", "Please sign in again."), status=401) from None
        self.tokens.save(_parse(c.TokenPair, reply.data))

    def logout(self) -> None:
        """End the session on the server, and always forget the tokens on this computer."""
        try:
            if self.tokens.access_token() is not None:
                self._authed("POST", c.LOGOUT)
        except errors.AuthenticationFailed:
            pass  # already ended on the server
        finally:
            self.tokens.clear()

    def change_password(self, current_password: str, new_password: str) -> None:
        body = c.ChangePasswordRequest(current_password=current_password, new_password=new_password)
        self._authed("POST", c.PASSWORD, json_body=body.model_dump())

    def me(self) -> c.UserProfile:
        return _parse(c.UserProfile, self._authed("GET", c.ME).data)

    def expert_profile(self) -> c.ExpertProfile:
        return _parse(c.ExpertProfile, self._authed("GET", c.EXPERT_PROFILE).data)

    def update_expert_profile(self, profile: c.ExpertProfile) -> c.ExpertProfile:
        reply = self._authed("PUT", c.EXPERT_PROFILE, json_body=profile.model_dump(mode="json"))
        return _parse(c.ExpertProfile, reply.data)

    # ----- project sync -----

    def push(self, changes: Sequence[c.Change | Mapping[str, Any]], idempotency_key: str) -> c.PushResponse:
        """Send one batch (at most ``contract.MAX_PUSH_CHANGES``); replaying a key changes nothing.

        A change may also be given in wire form (a ``Change``'s JSON as a mapping): sent as is, without a model
        per change. ``PackedChanges`` (what the sync outbox sends) go as a packed push, file contents raw.
        """
        if len(changes) > c.MAX_PUSH_CHANGES:
            raise ValueError(f"push at most {c.MAX_PUSH_CHANGES} changes per call, got {len(changes)}")
        if isinstance(changes, c.PackedChanges):
            packed = (changes.body(), c.PUSH_PACKED_TYPE)
            reply = self._authed("POST", c.SYNC_PUSH, content=packed, idempotency_key=idempotency_key)
            return _parse(c.PushResponse, reply.data)
        body = {
            "changes": [
                change.model_dump(mode="json", exclude_none=True) if isinstance(change, c.Change) else change
                for change in changes
            ]
        }
        reply = self._authed("POST", c.SYNC_PUSH, json_body=body, idempotency_key=idempotency_key)
        return _parse(c.PushResponse, reply.data)

    def pull(self, cursor: int = 0, limit: int = c.DEFAULT_PULL_LIMIT) -> c.PullResponse:
        reply = self._authed("GET", c.SYNC_PULL, params={"cursor": cursor, "limit": limit})
        return _parse(c.PullResponse, reply.data)

    def list_projects(self) -> c.ProjectList:
        return _parse(c.ProjectList, self._authed("GET", c.PROJECTS).data)

    def project(self, uid: str) -> c.ProjectDetail:
        return _parse(c.ProjectDetail, self._authed("GET", f"{c.PROJECTS}/{uid}").data)

    # ----- plumbing -----

    def authed(self, method: str, path: str, **options: Any) -> Reply:
        """A signed-in request with the same refresh-once handling, for feature clients built on this one."""
        return self._authed(method, path, **options)

    def _authed(self, method: str, path: str, **options: Any) -> Reply:
        token = self.tokens.access_token()
        if token is None:
            raise errors.AuthenticationFailed(N_("Messages", "Please sign in to continue."), status=401)
        try:
            return self.transport.request(method, path, headers=_bearer(token), **options)
        except errors.AuthenticationFailed as exc:
            if exc.code == c.ERR_TOKEN_INVALID:  # revoked elsewhere: this session is over
                self.tokens.clear()
                raise errors.SessionExpired(
                    exc.message, hint=N_("Messages", "Please sign in again."), status=401
                ) from None
            if exc.code != c.ERR_TOKEN_EXPIRED:
                raise
        with self._refresh_lock:
            if self.tokens.access_token() == token:  # nobody refreshed while we waited
                self.refresh()
            token = self.tokens.access_token()
        if token is None:
            raise errors.SessionExpired(N_("Messages", "Please sign in again."), status=401)
        return self.transport.request(method, path, headers=_bearer(token), **options)


def _bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}
