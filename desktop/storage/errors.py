"""Vault failures a person can understand and act on. Messages never contain keys or passphrases."""

from __future__ import annotations

from desktop.errors import UserFacingError


class VaultError(UserFacingError):
    title = "Vault problem"


class WrongPassphrase(VaultError):
    title = "Wrong passphrase"

    def __init__(self) -> None:
        super().__init__("That passphrase does not unlock this vault. Nothing was changed; try again.")


class WrongRecoveryKey(VaultError):
    title = "Wrong recovery key"

    def __init__(self) -> None:
        super().__init__("That recovery key does not unlock this vault. Check it and try again.")


class KeyMissing(VaultError):
    title = "Vault key not found"

    def __init__(self, backend: str) -> None:
        super().__init__(
            f"The key of your vault is no longer in the system keyring ({backend}). Your vault is untouched.",
            hint="Unlock it with your recovery key; the app will then store the key again.",
        )


class KeyringChanged(VaultError):
    title = "Keyring changed"

    def __init__(self, recorded: str, current: str) -> None:
        super().__init__(
            f"Your vault key was stored in {recorded}, but this system now offers {current}. Your vault is untouched.",
            hint="Unlock it with your recovery key, or switch to a passphrase.",
        )


class NoSecureKeyring(VaultError):
    title = "No secure keyring"

    def __init__(self, backend: str) -> None:
        super().__init__(
            f"This system has no secure keyring (found: {backend}), so the vault key cannot be kept there.",
            hint="Protect the vault with a passphrase instead.",
        )


class VaultDamaged(VaultError):
    title = "Vault damaged"

    def __init__(self, detail: str = "") -> None:
        super().__init__(
            "The vault file is not a CodeCraft vault or is damaged (its integrity check failed). "
            "The app has not changed or replaced it." + (f" {detail}" if detail else ""),
            hint="Restore the file from a backup, or move it aside to start a new vault.",
        )


class VaultTooNew(VaultError):
    title = "Vault from a newer version"

    def __init__(self, found: int, supported: int) -> None:
        super().__init__(
            f"This vault was written by a newer CodeCraft Desktop (format {found}; this version reads up to "
            f"{supported}). It has not been changed.",
            hint="Update CodeCraft Desktop to open it.",
        )


class DataDirNotWritable(VaultError):
    title = "Cannot write data"

    def __init__(self, path: str) -> None:
        super().__init__(
            f"CodeCraft Desktop cannot write to its data folder: {path}.",
            hint="Check the folder's permissions, or set CODECRAFT_DATA_DIR to a folder you can write.",
        )


class DiskFull(VaultError):
    title = "Disk full"

    def __init__(self) -> None:
        super().__init__(
            "The disk is full, so the last change could not be saved. Your vault still holds everything "
            "saved before it.",
            hint="Free some space and try again.",
        )


class VaultLocked(VaultError):
    title = "Vault locked"

    def __init__(self) -> None:
        super().__init__("The vault is locked.", hint="Unlock it to continue.")


class VaultBusy(VaultError):
    title = "Vault in use"

    def __init__(self) -> None:
        super().__init__(
            "Another CodeCraft Desktop window or command is writing to this vault right now.",
            hint="Close it or wait a moment, then try again.",
        )


class NoVault(VaultError):
    title = "No vault yet"

    def __init__(self) -> None:
        super().__init__("This profile has no vault yet.", hint="Start the app once to create it.")


class NotPassphraseProtected(VaultError):
    title = "No passphrase on this vault"

    def __init__(self) -> None:
        super().__init__(
            "This vault's key is kept in the system keyring; it has no passphrase.",
            hint="Unlock it with the keyring or with your recovery key.",
        )
