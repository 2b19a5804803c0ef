"""The vault's life: create, unlock (keyring, passphrase or recovery key), lock, and change how it is keyed.

The session keeps no copy of the key once the vault is open: SQLCipher holds it until ``lock``.
"""

from __future__ import annotations

import enum
import logging
import threading
from collections.abc import Callable

from desktop.messages import N_
from desktop.paths import ProfilePaths
from desktop.storage.errors import DataDirNotWritable, NoVault, VaultDamaged, VaultLocked
from desktop.storage.keys import (
    MODE_KEYRING,
    MODE_PASSPHRASE,
    KeyKeeper,
    VaultMeta,
    format_recovery_key,
    read_meta,
    write_meta,
)
from desktop.storage.vault import Vault, vault_errors

log = logging.getLogger(__name__)


class VaultState(enum.Enum):
    NO_VAULT = "no vault"
    LOCKED = "locked"
    UNLOCKED = "unlocked"


def _wipe(key: bytearray) -> None:
    for i in range(len(key)):
        key[i] = 0


class VaultSession:
    def __init__(self, paths: ProfilePaths, keeper: KeyKeeper) -> None:
        self.paths = paths
        self.keeper = keeper
        self._vault: Vault | None = None
        self._lock = threading.RLock()
        self._listeners: list[Callable[[VaultState], None]] = []

    # -- state -------------------------------------------------------------------------------------------

    @property
    def state(self) -> VaultState:
        if self._vault is not None:
            return VaultState.UNLOCKED
        if self.paths.vault.exists() or self.paths.vault_meta.exists():
            return VaultState.LOCKED
        return VaultState.NO_VAULT

    @property
    def vault(self) -> Vault:
        if self._vault is None:
            raise VaultLocked()
        return self._vault

    def meta(self) -> VaultMeta:
        if not self.paths.vault_meta.exists():
            if self.paths.vault.exists():
                raise VaultDamaged(N_("Messages", "Its settings file (vault.json) is missing."))
            raise NoVault()
        return read_meta(self.paths.vault_meta)

    def key_mode(self) -> str | None:
        return None if self.state is VaultState.NO_VAULT else self.meta().key_mode

    def on_state_changed(self, listener: Callable[[VaultState], None]) -> None:
        self._listeners.append(listener)

    # -- create and unlock -------------------------------------------------------------------------------

    def create(self, passphrase: str | None = None) -> str | None:
        """Create the vault, keyed by the keyring (no passphrase) or by ``passphrase``.

        Returns the recovery key for a keyring-held key (shown once to the person), else None.
        """
        if self.state is not VaultState.NO_VAULT:
            raise VaultDamaged(N_("Messages", "A vault already exists here; it was not replaced."))
        try:
            self.paths.root.mkdir(parents=True, exist_ok=True)
            self.paths.root.chmod(0o700)  # the vault is encrypted; its folder is still nobody else's business
        except OSError as exc:
            raise DataDirNotWritable(str(self.paths.root)) from exc
        if passphrase is None:
            key, meta = self.keeper.new_keyring_key()
        else:
            key, meta = self.keeper.new_passphrase_key(passphrase)
        recovery = format_recovery_key(key) if passphrase is None else None
        try:
            vault = Vault.open(self.paths.vault, key, create=True)
            with vault_errors(self.paths.vault_meta):
                write_meta(self.paths.vault_meta, meta)
        except BaseException:
            # Nothing half-made stays behind: the next start offers creation again.
            for path in (self.paths.vault, *self.paths.vault_sidecars(), self.paths.vault_meta):
                path.unlink(missing_ok=True)
            raise
        finally:
            _wipe(key)
        self._set_open(vault)
        return recovery

    def unlock_with_keyring(self) -> None:
        self._open(self.keeper.key_from_keyring(self.meta()))

    def unlock_with_passphrase(self, passphrase: str) -> None:
        self._open(self.keeper.key_from_passphrase(self.meta(), passphrase))

    def unlock_with_recovery_key(self, recovery: str) -> None:
        """Unlock with the recovery key; a keyring-keyed vault then gets its key stored in the keyring again."""
        meta = self.meta()
        key = self.keeper.key_from_recovery(meta, recovery)
        if meta.key_mode == MODE_KEYRING and self.keeper.keyring_available():
            new_meta = self.keeper.store_in_keyring(key)
            write_meta(self.paths.vault_meta, new_meta)
        self._open(key)

    def lock(self) -> None:
        with self._lock:
            vault, self._vault = self._vault, None
        if vault is not None:
            vault.close()
            self._notify()

    # -- change how the vault is keyed -------------------------------------------------------------------

    def switch_to_passphrase(self, passphrase: str) -> None:
        old = self.meta()
        key, meta = self.keeper.new_passphrase_key(passphrase)
        try:
            self.vault.rekey(key)
        finally:
            _wipe(key)
        write_meta(self.paths.vault_meta, meta)
        if old.key_mode == MODE_KEYRING:
            self.keeper.forget(old)

    def switch_to_keyring(self) -> str:
        """Rekey with a new random key kept in the keyring; returns the new recovery key."""
        key, meta = self.keeper.new_keyring_key()
        try:
            self.vault.rekey(key)
            recovery = format_recovery_key(key)
        finally:
            _wipe(key)
        old = self.meta()
        write_meta(self.paths.vault_meta, meta)
        if old.key_mode == MODE_KEYRING:
            self.keeper.forget(old)
        return recovery

    def recovery_key(self) -> str | None:
        """The recovery key of a keyring-keyed vault (read back from the keyring), else None."""
        meta = self.meta()
        if meta.key_mode != MODE_KEYRING:
            return None
        key = self.keeper.key_from_keyring(meta)
        try:
            return format_recovery_key(key)
        finally:
            _wipe(key)

    # -- internals ---------------------------------------------------------------------------------------

    def _open(self, key: bytearray) -> None:
        try:
            vault = Vault.open(self.paths.vault, key)
        finally:
            _wipe(key)
        self._set_open(vault)

    def _set_open(self, vault: Vault) -> None:
        with self._lock:
            if self._vault is not None:
                self._vault.close()
            self._vault = vault
        self._notify()

    def _notify(self) -> None:
        state = self.state
        for listener in list(self._listeners):
            listener(state)


__all__ = ["MODE_KEYRING", "MODE_PASSPHRASE", "VaultSession", "VaultState"]
