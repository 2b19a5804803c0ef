"""Privacy center vocabulary for the client: consent kinds, email categories, rights requests, retention classes,
and the privacy settings document the app keeps in its vault and syncs to the service.

Plain enums and dataclasses, no Qt and no HTTP. The values equal the wire values in ``desktop.api.contract``
(a test keeps them in step). "§" numbers refer to the CodeCraft privacy policy.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import StrEnum


class ConsentKind(StrEnum):
    ESSENTIAL = "essential"  # listed, never switchable (§13.1)
    AI_TRAINING = "ai_training"  # off until explicitly switched on (§4.2, §12)
    ANALYTICS = "analytics"  # usage and performance data (§2.2, §13.1)
    MARKETING = "marketing"  # §13.1
    PREFERENCES = "preferences"  # remembering settings and choices (§13.1)

    @property
    def switchable(self) -> bool:
        return self is not ConsentKind.ESSENTIAL


OPTIONAL_CONSENTS: tuple[ConsentKind, ...] = tuple(kind for kind in ConsentKind if kind.switchable)


class EmailCategory(StrEnum):  # §7.2
    PROJECT_UPDATES = "project_updates"
    DELIVERY_NOTIFICATIONS = "delivery_notifications"
    PRODUCT_NEWS = "product_news"
    MARKETING = "marketing"


class RightsRequestType(StrEnum):  # §7.1, §11 (CCPA), §12 (GDPR)
    ACCESS = "access"
    CORRECTION = "correction"
    DELETION = "deletion"
    PORTABILITY = "portability"
    RESTRICTION = "restriction"
    OBJECTION = "objection"
    WITHDRAW_CONSENT = "withdraw_consent"
    OBJECT_AUTOMATED_DECISIONS = "object_automated_decisions"
    CCPA_KNOW = "ccpa_know"
    CCPA_OPT_OUT_OF_SALE = "ccpa_opt_out_of_sale"

    @property
    def is_ccpa(self) -> bool:
        return self.value.startswith("ccpa_")

    @property
    def response_days(self) -> int:
        """How long the service has to answer: 45 days (CCPA), otherwise one month (shown as ~30 days)."""
        return 45 if self.is_ccpa else 30

    @property
    def produces_archive(self) -> bool:
        return self in (RightsRequestType.ACCESS, RightsRequestType.PORTABILITY, RightsRequestType.CCPA_KNOW)


class RightsRequestStatus(StrEnum):
    RECEIVED = "received"
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    REJECTED = "rejected"

    @property
    def is_final(self) -> bool:
        return self in (RightsRequestStatus.COMPLETED, RightsRequestStatus.REJECTED)


class RetentionClass(StrEnum):  # §9
    ACCOUNT_DATA = "account_data"
    PROJECT_CODE = "project_code"
    PAYMENT_RECORDS = "payment_records"
    ANALYTICS = "analytics"
    MARKETING = "marketing"


def _default_emails() -> dict[EmailCategory, bool]:
    return {
        EmailCategory.PROJECT_UPDATES: True,
        EmailCategory.DELIVERY_NOTIFICATIONS: True,
        EmailCategory.PRODUCT_NEWS: False,
        EmailCategory.MARKETING: False,
    }


@dataclass(frozen=True)
class PrivacyPreferences:
    """The privacy settings document as the app keeps it (in the vault) and syncs it.

    ``revision`` is the service revision this copy is based on; ``pending`` marks local changes not yet
    accepted by the service (changed while offline, or refused as stale).
    """

    revision: int = 0
    do_not_track: bool = False
    consents: dict[ConsentKind, bool] = field(default_factory=lambda: dict.fromkeys(OPTIONAL_CONSENTS, False))
    emails: dict[EmailCategory, bool] = field(default_factory=_default_emails)
    pending: bool = False

    def with_consent(self, kind: ConsentKind, granted: bool) -> PrivacyPreferences:
        if not kind.switchable:
            raise ValueError("essential processing cannot be switched off")
        return replace(self, consents={**self.consents, kind: granted}, pending=True)

    def with_email(self, category: EmailCategory, enabled: bool) -> PrivacyPreferences:
        return replace(self, emails={**self.emails, category: enabled}, pending=True)

    def with_do_not_track(self, enabled: bool) -> PrivacyPreferences:
        return replace(self, do_not_track=enabled, pending=True)
