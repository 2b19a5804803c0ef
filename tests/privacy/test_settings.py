"""Privacy settings offline first: kept in the vault, honoured at once, synced with stale-revision merging."""

from __future__ import annotations

import pytest

from desktop.api import contract as c
from desktop.api.privacy_client import PrivacyClient
from desktop.domain.privacy import ConsentKind, EmailCategory
from desktop.services.account import AccountService
from desktop.services.context import AppContext
from desktop.services.privacy import PrivacyService
from desktop.services.privacy_analytics import AccountNeeded
from tests.privacy.conftest import service_settings, sign_up
from tests.stub_server import StubServer


def test_a_new_account_has_ai_training_off_and_a_withdrawal_reaches_the_service(
    privacy: PrivacyService, signed_in: c.UserProfile, stub_server: StubServer
) -> None:
    prefs = privacy.sync_settings()
    assert not privacy.ai_training_consent() and not prefs.pending
    assert not service_settings(stub_server).consents["ai_training"]

    privacy.set_consent(ConsentKind.AI_TRAINING, True)
    assert privacy.ai_training_consent()
    privacy.sync_settings()
    assert service_settings(stub_server).consents["ai_training"]

    privacy.set_consent(ConsentKind.AI_TRAINING, False)
    assert not privacy.ai_training_consent()
    assert not privacy.sync_settings().pending
    assert not service_settings(stub_server).consents["ai_training"]
    history = [(r.kind, r.granted, r.synced) for r in privacy.consent_history()]
    assert history == [(ConsentKind.AI_TRAINING, True, True), (ConsentKind.AI_TRAINING, False, True)]


def test_settings_changed_offline_stay_in_the_vault_and_reach_the_service_at_the_next_sync(
    ctx: AppContext, accounts: AccountService, stub_server: StubServer
) -> None:
    privacy = PrivacyService.for_context(ctx, accounts.api)
    privacy.set_consent(ConsentKind.ANALYTICS, True)
    privacy.set_do_not_track(True)
    privacy.set_email(EmailCategory.PRODUCT_NEWS, True)
    with pytest.raises(AccountNeeded):
        privacy.sync_settings()
    assert [r.synced for r in privacy.consent_history()] == [False]

    ctx.session.lock()  # the app closes; the settings wait in the vault
    ctx.session.unlock_with_keyring()
    again = PrivacyService.for_context(ctx, accounts.api)
    prefs = again.preferences()
    assert prefs.pending and prefs.do_not_track and prefs.consents[ConsentKind.ANALYTICS]

    sign_up(accounts)
    synced = again.sync_settings()
    assert not synced.pending and synced.revision > 0
    on_service = service_settings(stub_server)
    assert on_service.do_not_track and on_service.consents["analytics"] and on_service.communications.product_news
    assert [(r.kind, r.granted, r.synced) for r in again.consent_history()] == [(ConsentKind.ANALYTICS, True, True)]


def test_a_stale_copy_is_merged_field_by_field_and_sent_again(
    ctx: AppContext, privacy: PrivacyService, signed_in: c.UserProfile, stub_server: StubServer
) -> None:
    privacy.sync_settings()
    other_device = PrivacyClient(ctx.api())
    other_device.set_consent(ConsentKind.MARKETING, True)  # changed elsewhere after our last sync
    other_device.set_do_not_track(True)

    privacy.set_consent(ConsentKind.ANALYTICS, True)  # changed here, offline, on the old revision
    prefs = privacy.sync_settings()

    assert not prefs.pending
    assert prefs.consents[ConsentKind.ANALYTICS] and prefs.consents[ConsentKind.MARKETING] and prefs.do_not_track
    on_service = service_settings(stub_server)
    assert on_service.consents["analytics"] and on_service.consents["marketing"] and on_service.do_not_track
    assert on_service.revision == prefs.revision


def test_changes_made_while_a_sync_was_in_flight_stay_pending(
    privacy: PrivacyService, signed_in: c.UserProfile, stub_server: StubServer
) -> None:
    privacy.set_consent(ConsentKind.PREFERENCES, True)
    outcome = privacy.exchange_settings(privacy.preferences(), privacy.store.base())
    privacy.set_consent(ConsentKind.ANALYTICS, True)  # while the answer was on its way
    prefs = privacy.store_outcome(outcome)
    assert prefs.pending and prefs.consents[ConsentKind.ANALYTICS] and prefs.consents[ConsentKind.PREFERENCES]
    assert not privacy.sync_settings().pending
    assert service_settings(stub_server).consents["analytics"]


def test_marketing_email_needs_the_marketing_consent_and_unsubscribe_all_turns_everything_off(
    privacy: PrivacyService, signed_in: c.UserProfile, stub_server: StubServer
) -> None:
    from desktop.errors import UserFacingError

    with pytest.raises(UserFacingError, match="marketing consent"):
        privacy.set_email(EmailCategory.MARKETING, True)
    privacy.set_consent(ConsentKind.MARKETING, True)
    privacy.set_email(EmailCategory.MARKETING, True)
    privacy.sync_settings()
    assert service_settings(stub_server).communications.marketing

    prefs = privacy.unsubscribe_all()
    assert not any(prefs.emails.values()) and not prefs.consents[ConsentKind.MARKETING]
    privacy.sync_settings()
    on_service = service_settings(stub_server)
    assert not any(on_service.communications.model_dump().values()) and not on_service.consents["marketing"]


def test_essential_processing_cannot_be_switched_off(privacy: PrivacyService) -> None:
    with pytest.raises(ValueError, match="essential"):
        privacy.set_consent(ConsentKind.ESSENTIAL, False)
