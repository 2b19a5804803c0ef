"""Unlocking the vault from a terminal or a script (``CODECRAFT_PASSPHRASE``), with no Qt."""

from __future__ import annotations

import getpass
import os
import sys

from desktop.errors import UserFacingError
from desktop.services.context import AppContext
from desktop.services.vault_session import VaultState
from desktop.storage.keys import MODE_KEYRING

PASSPHRASE_ENV = "CODECRAFT_PASSPHRASE"


class PassphraseNeeded(UserFacingError):
    title = "Passphrase needed"

    def __init__(self) -> None:
        super().__init__(
            "This vault is protected by a passphrase.",
            hint=f"Run the command in a terminal to be asked for it, or set {PASSPHRASE_ENV}.",
        )


def _passphrase(prompt: str, confirm: bool = False) -> str:
    from_env = os.environ.get(PASSPHRASE_ENV)
    if from_env:
        return from_env
    if not sys.stdin.isatty():
        raise PassphraseNeeded()
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("Repeat the passphrase: ") != first:
        raise UserFacingError("The two passphrases differ; nothing was created.")
    if not first:
        raise UserFacingError("An empty passphrase cannot protect a vault.")
    return first


def open_unlocked() -> AppContext:
    """The profile's services with its vault unlocked, creating the vault on first use."""
    ctx = AppContext.for_profile()
    session = ctx.session
    if session.state is VaultState.NO_VAULT:
        if os.environ.get(PASSPHRASE_ENV) or not ctx.session.keeper.keyring_available():
            session.create(_passphrase("New passphrase for your vault: ", confirm=True))
        else:
            recovery = session.create()
            print(
                "Created your vault; its key is in the system keyring.\n"
                f"Recovery key (write it down, it is shown once): {recovery}",
                file=sys.stderr,
            )
    elif session.key_mode() == MODE_KEYRING:
        session.unlock_with_keyring()
    else:
        session.unlock_with_passphrase(_passphrase("Vault passphrase: "))
    return ctx
