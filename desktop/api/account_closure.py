"""Closing the account (§7.1 deletion, §9 retention) and reading the payment history, on an ``ApiClient``.

Kept apart from the ``contract`` package so the feature is one module on each side: ``backend_stub/account_closure.py``
serves these paths with these models.

    POST   /v1/account/closure  {password, totp_code?}  -> ClosureStatus (201): closes after a 30-day grace period
    GET    /v1/account/closure                          -> ClosureStatus
    DELETE /v1/account/closure                          -> ClosureStatus: the pending closure is cancelled
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from desktop.api import errors
from desktop.api.client import ApiClient, _parse

ACCOUNT_CLOSURE = "/v1/account/closure"
PAYMENT_HISTORY = "/v1/billing/purchases"  # issue 4's purchase history; absent on services without billing
GRACE_DAYS = 30
ERR_CLOSURE_PENDING = "closure_pending"
ERR_NO_CLOSURE = "no_closure_pending"


class ClosureRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    password: str = Field(min_length=1, max_length=1024)
    totp_code: str | None = Field(default=None, max_length=16)


class ClosureStatus(BaseModel):
    model_config = ConfigDict(extra="ignore")

    pending: bool
    requested_at: datetime | None = None
    effective_at: datetime | None = None  # the account and its data are deleted from then on
    rights_request_id: int | None = None  # the deletion request filed with the privacy service
    deletes: list[str] = []
    keeps: list[str] = []


class AccountClosureClient:
    def __init__(self, api: ApiClient) -> None:
        self.api = api

    def status(self) -> ClosureStatus:
        return _parse(ClosureStatus, self.api.authed("GET", ACCOUNT_CLOSURE).data)

    def request(self, password: str, totp_code: str | None = None) -> ClosureStatus:
        """Ask for the account to be closed; the password (and code) prove it is really the account holder."""
        body = ClosureRequest(password=password, totp_code=totp_code or None).model_dump()
        return _parse(ClosureStatus, self.api.authed("POST", ACCOUNT_CLOSURE, json_body=body).data)

    def cancel(self) -> ClosureStatus:
        return _parse(ClosureStatus, self.api.authed("DELETE", ACCOUNT_CLOSURE).data)

    def payment_history(self) -> list[Any] | None:
        """The account's payments as the service sends them; None when this service keeps no payments."""
        try:
            data = self.api.authed("GET", PAYMENT_HISTORY).data
        except errors.NotFound:
            return None
        if isinstance(data, dict):
            found = data.get("purchases", data.get("payments", []))
            return list(found) if isinstance(found, list) else []
        return list(data) if isinstance(data, list) else []
