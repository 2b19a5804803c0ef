"""Vault failures a person can understand and act on. Messages never contain keys or passphrases."""

from __future__ import annotations

from desktop.errors import UserFacingError
from desktop.messages import N_, Message


class VaultError(UserFacingError):
    title = N_("Messages", "Vault problem")


class WrongPassphrase(VaultError):
    title = N_("Messages", "Wrong passphrase")

    def __init__(self) -> None:
        super().__init__(N_("Messages", "That passphrase does not unlock this vault. Nothing was changed; try again."))


class WrongRecoveryKey(VaultError):
    title = N_("Messages", "Wrong recovery key")

    def __init__(self) -> None:
        super().__init__(N_("Messages", "That recovery key does not unlock this vault. Check it and try again."))


class KeyMissing(VaultError):
    title = N_("Messages", "Vault key not found")

    def __init__(self, backend: str) -> None:
        super().__init__(
            N_(
                "Messages",
                "The key of your vault is no longer in the system keyring ({backend}). Your vault is untouched.",
            ),
            hint=N_("Messages", "Unlock it with your recovery key; the app will then store the key again."),
            backend=backend,
        )


class KeyringChanged(VaultError):
    title = N_("Messages", "Keyring changed")

    def __init__(self, recorded: str, current: str) -> None:
        super().__init__(
            N_(
                "Messages",
                "Your vault key was stored in {recorded}, but this system now offers {current}. "
                "Your vault is untouched.",
            ),
            hint=N_("Messages", "Unlock it with your recovery key, or switch to a passphrase."),
            recorded=recorded,
            current=current,
        )


class NoSecureKeyring(VaultError):
    title = N_("Messages", "No secure keyring")

    def __init__(self, backend: str) -> None:
        super().__init__(
            N_(
                "Messages",
                "This system has no secure keyring (found: {backend}), so the vault key cannot be kept there.",
            ),
            hint=N_("Messages", "Protect the vault with a passphrase instead."),
            backend=backend,
        )


class VaultDamaged(VaultError):
    title = N_("Messages", "Vault damaged")

    def __init__(self, detail: str = "", **values: object) -> None:
        """``detail``: a marked sentence saying what is wrong, with ``values`` for its placeholders."""
        super().__init__(
            N_(
                "Messages",
                "The vault file is not a CodeCraft vault or is damaged (its integrity check failed). "
                "The app has not changed or replaced it. {detail}",
            ),
            hint=N_("Messages", "Restore the file from a backup, or move it aside to start a new vault."),
            detail=Message(detail, values),
        )


class VaultTooNew(VaultError):
    title = N_("Messages", "Vault from a newer version")

    def __init__(self, found: int, supported: int) -> None:
        super().__init__(
            N_(
                "Messages",
                "This vault was written by a newer CodeCraft Desktop (format {found}; this version reads up to "
                "{supported}). It has not been changed.",
            ),
            hint=N_("Messages", "Update CodeCraft Desktop to open it."),
            found=found,
            supported=supported,
        )


class DataDirNotWritable(VaultError):
    title = N_("Messages", "Cannot write data")

    def __init__(self, path: str) -> None:
        super().__init__(
            N_("Messages", "CodeCraft Desktop cannot write to its data folder: {path}."),
            hint=N_("Messages", "Check the folder's permissions, or set CODECRAFT_DATA_DIR to a folder you can write."),
            path=path,
        )


class DiskFull(VaultError):
    title = N_("Messages", "Disk full")

    def __init__(self) -> None:
        super().__init__(
            N_(
                "Messages",
                "The disk is full, so the last change could not be saved. Your vault still holds everything "
                "saved before it.",
            ),
            hint=N_("Messages", "Free some space and try again."),
        )


class VaultLocked(VaultError):
    title = N_("Messages", "Vault locked")

    def __init__(self) -> None:
        super().__init__(N_("Messages", "The vault is locked."), hint=N_("Messages", "Unlock it to continue."))


class VaultBusy(VaultError):
    title = N_("Messages", "Vault in use")

    def __init__(self) -> None:
        super().__init__(
            N_("Messages", "Another CodeCraft Desktop window or command is writing to this vault right now."),
            hint=N_("Messages", "Close it or wait a moment, then try again."),
        )


class NoVault(VaultError):
    title = N_("Messages", "No vault yet")

    def __init__(self) -> None:
        super().__init__(
            N_("Messages", "This profile has no vault yet."), hint=N_("Messages", "Start the app once to create it.")
        )


class NotPassphraseProtected(VaultError):
    title = N_("Messages", "No passphrase on this vault")

    def __init__(self) -> None:
        super().__init__(
            N_("Messages", "This vault's key is kept in the system keyring; it has no passphrase."),
            hint=N_("Messages", "Unlock it with the keyring or with your recovery key."),
        )
