"""The vault keeps code encrypted at rest and reports every way it can fail in words a person understands."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop.domain.projects import ProjectFilter
from desktop.paths import ProfilePaths
from desktop.services.context import AppContext
from desktop.storage.errors import (
    KeyMissing,
    KeyringChanged,
    NoSecureKeyring,
    NotPassphraseProtected,
    VaultDamaged,
    VaultTooNew,
    WrongPassphrase,
    WrongRecoveryKey,
)
from desktop.storage.keys import KeyKeeper
from desktop.storage.vault import Vault
from tests.keyrings import MemoryKeyring

MARKER = b"MARKER_Q7X9_SECRET_CODE"


def _vault_bytes(paths: ProfilePaths) -> bytes:
    return b"".join(p.read_bytes() for p in [paths.vault, *paths.vault_sidecars()] if p.exists())


def test_vault_and_wal_hold_no_plaintext_of_imported_code(ctx: AppContext, sample_folder: Path) -> None:
    ctx.projects.import_folder(sample_folder)
    # Before the checkpoint the new pages sit in the WAL; check both states.
    assert ctx.paths.vault_sidecars()[0].exists()
    assert MARKER not in _vault_bytes(ctx.paths)
    ctx.session.lock()
    assert MARKER not in _vault_bytes(ctx.paths)
    assert b"SQLite format 3" not in ctx.paths.vault.read_bytes()[:16]


def test_plain_sqlite_cannot_read_the_vault(ctx: AppContext, sample_folder: Path) -> None:
    ctx.projects.import_folder(sample_folder)
    ctx.session.lock()
    conn = sqlite3.connect(ctx.paths.vault)
    with pytest.raises(sqlite3.DatabaseError):
        conn.execute("SELECT * FROM sqlite_master").fetchall()
    conn.close()


def test_wrong_key_gives_the_apps_own_message(ctx: AppContext) -> None:
    ctx.session.lock()
    with pytest.raises(VaultDamaged) as info:
        Vault.open(ctx.paths.vault, b"\x01" * 32)
    assert "not a CodeCraft vault or is damaged" in info.value.message


def test_passphrase_flow_without_a_secure_keyring(profile: ProfilePaths) -> None:
    insecure = KeyKeeper(MemoryKeyring(), is_secure=lambda backend: False)
    ctx = AppContext.for_profile(profile, insecure)
    with pytest.raises(NoSecureKeyring):
        ctx.session.create()
    assert ctx.session.create("correct horse battery staple") is None
    pid = ctx.projects.create_from_requirements(_req("Passphrase project"))
    ctx.session.lock()
    with pytest.raises(WrongPassphrase):
        ctx.session.unlock_with_passphrase("wrong")
    ctx.session.unlock_with_passphrase("correct horse battery staple")
    assert ctx.projects.get(pid).name == "Passphrase project"
    assert "correct horse" not in ctx.paths.vault_meta.read_text()


def test_missing_keyring_key_is_reported_and_recovery_key_unlocks(
    profile: ProfilePaths, memory_keyring: MemoryKeyring, keeper: KeyKeeper
) -> None:
    ctx = AppContext.for_profile(profile, keeper)
    recovery = ctx.session.create()
    assert recovery is not None
    pid = ctx.projects.create_from_requirements(_req("Kept safe"))
    ctx.session.lock()
    memory_keyring.store.clear()
    with pytest.raises(KeyMissing):
        ctx.session.unlock_with_keyring()
    assert ctx.paths.vault.exists()  # never replaced by a new empty vault
    with pytest.raises(WrongRecoveryKey):
        ctx.session.unlock_with_recovery_key("AAAA-" * 12 + "AAAA")
    ctx.session.unlock_with_recovery_key(recovery.lower().replace("-", " "))
    assert ctx.projects.get(pid).name == "Kept safe"
    ctx.session.lock()
    ctx.session.unlock_with_keyring()  # the key went back into the keyring


def test_changed_keyring_backend_is_named(profile: ProfilePaths, keeper: KeyKeeper) -> None:
    ctx = AppContext.for_profile(profile, keeper)
    ctx.session.create()
    ctx.session.lock()

    class OtherKeyring(MemoryKeyring):
        pass

    other = AppContext.for_profile(profile, KeyKeeper(OtherKeyring(), is_secure=lambda b: True))
    with pytest.raises(KeyringChanged) as info:
        other.session.unlock_with_keyring()
    assert "OtherKeyring" in info.value.message


def test_switching_between_keyring_and_passphrase_rekeys(ctx: AppContext, memory_keyring: MemoryKeyring) -> None:
    pid = ctx.projects.create_from_requirements(_req("Rekeyed"))
    ctx.session.switch_to_passphrase("a long passphrase")
    assert memory_keyring.store == {}  # the old key is gone from the keyring
    ctx.session.lock()
    ctx.session.unlock_with_passphrase("a long passphrase")
    recovery = ctx.session.switch_to_keyring()
    ctx.session.lock()
    with pytest.raises(NotPassphraseProtected):
        ctx.session.unlock_with_passphrase("a long passphrase")
    ctx.session.unlock_with_keyring()
    assert ctx.session.recovery_key() == recovery
    assert ctx.projects.get(pid).name == "Rekeyed"


def test_corrupted_page_is_detected(ctx: AppContext, sample_folder: Path) -> None:
    ctx.projects.import_folder(sample_folder)
    ctx.session.lock()
    data = bytearray(ctx.paths.vault.read_bytes())
    page = 4096 * 3 + 100  # inside the fourth page, past the header page
    data[page : page + 16] = bytes(16)
    ctx.paths.vault.write_bytes(bytes(data))
    ctx.session.unlock_with_keyring()
    with pytest.raises(VaultDamaged):
        ctx.session.vault.check_integrity()


def test_a_file_that_is_not_a_vault(ctx: AppContext) -> None:
    ctx.session.lock()
    ctx.paths.vault.write_bytes(b"this is a text file, not a vault\n" * 200)
    with pytest.raises(VaultDamaged):
        ctx.session.unlock_with_keyring()
    assert ctx.paths.vault.read_bytes().startswith(b"this is a text file")


def test_vault_from_a_newer_version_is_left_alone(ctx: AppContext) -> None:
    with ctx.session.vault.transaction() as tx:
        tx.execute("PRAGMA user_version = 99")
    ctx.session.lock()
    before = ctx.paths.vault.read_bytes()
    with pytest.raises(VaultTooNew) as info:
        ctx.session.unlock_with_keyring()
    assert "99" in info.value.message
    assert ctx.paths.vault.read_bytes() == before


def test_pragmas_secure_delete_wal_and_foreign_keys(ctx: AppContext) -> None:
    with ctx.session.vault.reading() as conn:
        assert conn.execute("PRAGMA secure_delete").fetchone()[0] == 1
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert conn.execute("PRAGMA cipher_version").fetchone()[0].startswith("4.")


def test_lock_drops_the_connection(ctx: AppContext) -> None:
    ctx.session.lock()
    from desktop.storage.errors import VaultLocked

    with pytest.raises(VaultLocked):
        ctx.projects.list_ids(ProjectFilter())


def _req(title: str):  # type: ignore[no-untyped-def]
    from desktop.domain.projects import Requirements

    return Requirements(title=title)
