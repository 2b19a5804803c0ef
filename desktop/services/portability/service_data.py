"""What the CodeCraft service holds on the account, fetched for an export when the person is signed in."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from desktop.api import errors
from desktop.services.portability.format import NOT_SIGNED_IN

if TYPE_CHECKING:
    from desktop.api.client import ApiClient


@dataclass(frozen=True)
class ServiceData:
    """``sections``: archive file name under ``service/`` -> JSON data; ``note`` says what is missing and why."""

    sections: dict[str, Any] = field(default_factory=dict)
    note: str = NOT_SIGNED_IN

    @property
    def included(self) -> bool:
        return bool(self.sections)


def _reviews(client: ApiClient) -> Any:
    """The expert reviews of this client's deliveries, each whole: verdict, threads, comments, suggestions."""
    from desktop.api.review_client import ReviewClient

    reviews = ReviewClient(client)
    return [reviews.review(summary.id).model_dump(mode="json") for summary in reviews.reviews()]


def _for_role(fetch: Callable[[], Any]) -> Any:
    """Some sections exist for client accounts only (an expert's reviews belong to the clients they reviewed)."""
    try:
        return fetch()
    except errors.PermissionDenied:
        return {"note": "not kept for this account's role"}


def fetch_service_data(api: Callable[[], ApiClient] | None) -> ServiceData:
    """Consents with history, rights requests, privacy settings, payments and reviews; never raises for offline."""
    if api is None:
        return ServiceData()
    from desktop.api.account_closure import AccountClosureClient
    from desktop.api.privacy_client import PrivacyClient

    try:
        client = api()
        if not client.tokens.has_session():
            return ServiceData()
        privacy = PrivacyClient(client)
        sections: dict[str, Any] = {
            "profile.json": client.me().model_dump(mode="json"),
            "consents.json": [s.model_dump(mode="json") for s in privacy.consents()],
            "privacy_settings.json": privacy.settings().model_dump(mode="json"),
            "rights_requests.json": _for_role(lambda: [r.model_dump(mode="json") for r in privacy.rights_requests()]),
        }
        closure = AccountClosureClient(client)
        payments = _for_role(closure.payment_history)
        sections["payments.json"] = payments if payments is not None else {"note": "this service keeps no payments"}
        sections["account_closure.json"] = _for_role(lambda: closure.status().model_dump(mode="json"))
        sections["reviews.json"] = _for_role(lambda: _reviews(client))
    except errors.SessionExpired:
        return ServiceData(note="signed out (session ended): service-side data not included")
    except errors.ApiError as exc:
        return ServiceData(note=f"the CodeCraft service could not be reached ({exc.message}): not included")
    return ServiceData(sections, note="included")
