"""Which keyring the vault key goes to: the platform's secure one, or the one the person configured."""

from __future__ import annotations

import sys

import pytest
from keyring.backends.fail import Keyring as FailKeyring
from keyring.backends.null import Keyring as NullKeyring

from desktop.storage.keys import KeyKeeper, system_keyring


def test_a_configured_backend_is_respected(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
    assert isinstance(system_keyring(), NullKeyring)
    assert not KeyKeeper().keyring_available()  # a null keyring is never trusted with the vault key


@pytest.mark.skipif(sys.platform != "linux", reason="checks the Linux list of secure keyrings")
def test_without_a_secure_keyring_the_vault_falls_back_to_a_passphrase(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)  # no session bus: no Secret Service
    monkeypatch.setenv("XDG_CONFIG_HOME", "/nonexistent-config")
    backend = system_keyring()
    assert isinstance(backend, FailKeyring)
    assert not KeyKeeper(backend).keyring_available()
