"""TokenStore over an injected keyring backend."""

from __future__ import annotations

import pytest

from desktop.api import contract as c
from desktop.api.errors import TokenStorageError
from desktop.api.tokens import TokenStore
from tests.api.conftest import InMemoryKeyring

PAIR = c.TokenPair(access_token="acc-123", refresh_token="ref-456", expires_in=900)


def test_tokens_are_keyed_by_server_and_profile(keyring_backend: InMemoryKeyring) -> None:
    work = TokenStore(keyring_backend, "https://api.codecraft.example/", "work")
    home = TokenStore(keyring_backend, "https://api.codecraft.example", "home")
    other = TokenStore(keyring_backend, "http://127.0.0.1:8765", "work")
    work.save(PAIR)
    assert (work.access_token(), work.refresh_token()) == ("acc-123", "ref-456") and work.has_session()
    assert home.access_token() is None and other.refresh_token() is None
    assert "acc-123" not in repr(work) and "ref-456" not in repr(work)


def test_clear_forgets_both_tokens_and_tolerates_missing_entries(keyring_backend: InMemoryKeyring) -> None:
    store = TokenStore(keyring_backend, "https://api.codecraft.example")
    store.clear()
    store.save(PAIR)
    store.clear()
    assert keyring_backend.entries == {} and not store.has_session()


def test_a_locked_keychain_is_a_person_facing_error(keyring_backend: InMemoryKeyring) -> None:
    store = TokenStore(keyring_backend, "https://api.codecraft.example")
    keyring_backend.broken = True
    with pytest.raises(TokenStorageError) as caught:
        store.save(PAIR)
    assert "keychain" in caught.value.message and "acc-123" not in str(caught.value)
    with pytest.raises(TokenStorageError):
        store.access_token()
    store.clear()  # signing out never fails because of the keychain
