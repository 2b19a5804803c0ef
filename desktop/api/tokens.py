"""Access and refresh tokens, kept only in the OS keyring, keyed by server URL and profile.

The keyring backend is passed in, so tests use an in-memory one. Tokens never go to files, settings or
logs, and ``repr`` of a store shows no token.
"""

from __future__ import annotations

import contextlib

from keyring.backend import KeyringBackend
from keyring.errors import KeyringError, PasswordDeleteError

from desktop.api import contract as c
from desktop.api.errors import TokenStorageError
from desktop.messages import N_

_ACCESS = "access_token"
_REFRESH = "refresh_token"


class TokenStore:
    def __init__(self, backend: KeyringBackend, server_url: str, profile: str = "default") -> None:
        self._backend = backend
        self.server_url = server_url.rstrip("/")
        self.profile = profile
        self.service = f"CodeCraftDesktop:{profile}:{self.server_url}"

    def __repr__(self) -> str:
        return f"TokenStore(service={self.service!r})"

    def _get(self, name: str) -> str | None:
        try:
            return self._backend.get_password(self.service, name)
        except KeyringError:
            raise TokenStorageError(
                N_("Messages", "Your sign-in could not be read from the system keychain."),
                hint=N_("Messages", "Unlock the keychain, then try again."),
            ) from None

    def access_token(self) -> str | None:
        return self._get(_ACCESS)

    def refresh_token(self) -> str | None:
        return self._get(_REFRESH)

    def has_session(self) -> bool:
        return self.refresh_token() is not None

    def save(self, pair: c.TokenPair) -> None:
        try:
            self._backend.set_password(self.service, _ACCESS, pair.access_token)
            self._backend.set_password(self.service, _REFRESH, pair.refresh_token)
        except KeyringError:
            raise TokenStorageError(
                N_("Messages", "Your sign-in could not be saved in the system keychain."),
                hint=N_("Messages", "Unlock the keychain, then sign in again."),
            ) from None

    def clear(self) -> None:
        """Forget both tokens (sign-out); missing entries are fine."""
        for name in (_ACCESS, _REFRESH):
            with contextlib.suppress(PasswordDeleteError, KeyringError):
                self._backend.delete_password(self.service, name)
