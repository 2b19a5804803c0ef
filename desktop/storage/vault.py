"""The one owner of the SQLCipher connection: opening with a raw key, pragmas, migrations, transactions.

Every SQLite failure is turned into a ``VaultError`` a person can act on, at this one place.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import sqlcipher3
from sqlcipher3 import dbapi2

from desktop.messages import N_
from desktop.storage.errors import (
    DataDirNotWritable,
    DiskFull,
    VaultBusy,
    VaultDamaged,
    VaultError,
    VaultLocked,
    VaultTooNew,
)
from desktop.storage.schema import MIGRATIONS, SCHEMA_VERSION

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from sqlite3 import Connection  # sqlcipher3 has no type hints; its API is the standard library's
else:
    Connection = dbapi2.Connection


def translate_error(exc: BaseException, path: Path | None = None) -> VaultError | None:
    """Map SQLite and OS failures to person-facing errors; None for anything that is a bug."""
    if isinstance(exc, VaultError):
        return exc
    if isinstance(exc, OSError):
        if exc.errno == errno.ENOSPC:
            return DiskFull()
        if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS, errno.ENOTDIR, errno.EEXIST):
            return DataDirNotWritable(str(path.parent if path else exc.filename))
        return None
    if not isinstance(exc, dbapi2.Error):
        return None
    text = str(exc).lower()
    if "disk is full" in text or "database or disk is full" in text:
        return DiskFull()
    if "file is not a database" in text or "malformed" in text or "hmac" in text:
        return VaultDamaged()
    if "readonly" in text or "unable to open" in text or "read-only" in text:
        return DataDirNotWritable(str(path.parent) if path else "the data folder")
    if "locked" in text or "busy" in text:
        return VaultBusy()
    return None


@contextlib.contextmanager
def vault_errors(path: Path | None = None) -> Iterator[None]:
    try:
        yield
    except (dbapi2.Error, OSError) as exc:
        translated = translate_error(exc, path)
        if translated is None:
            raise
        raise translated from exc


class Vault:
    """An open, unlocked vault. Thread-safe: one connection guarded by a lock.

    The UI runs vault work on one background thread; headless commands call it directly.
    """

    def __init__(self, path: Path, connection: Connection) -> None:
        self.path = path
        self._conn: Connection | None = connection
        self._lock = threading.RLock()

    @classmethod
    def open(cls, path: Path, key: bytes | bytearray, *, create: bool = False) -> Vault:
        if not create and not path.exists():
            raise VaultDamaged(N_("Messages", "The vault file is missing."))
        with vault_errors(path):
            if create:
                path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlcipher3.connect(str(path), check_same_thread=False, isolation_level=None, timeout=5)
        try:
            with vault_errors(path):
                conn.execute("PRAGMA cipher_log_level = NONE")  # failures surface as our own errors instead
                conn.execute(f"PRAGMA key = \"x'{bytes(key).hex()}'\"")
                # The first read decrypts page 1 and checks its HMAC: a wrong key or a damaged file fails here.
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
                conn.execute("PRAGMA foreign_keys = ON")
                conn.execute("PRAGMA secure_delete = ON")
                conn.execute("PRAGMA journal_mode = WAL")
                conn.execute("PRAGMA synchronous = NORMAL")
                vault = cls(path, conn)
                vault._migrate()
        except BaseException:
            conn.close()
            raise
        return vault

    @property
    def connection(self) -> Connection:
        if self._conn is None:
            raise VaultLocked()
        return self._conn

    @property
    def is_open(self) -> bool:
        return self._conn is not None

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Connection]:
        """A write transaction: everything inside commits together or not at all."""
        with self._lock, vault_errors(self.path):
            conn = self.connection
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                if conn.in_transaction:  # SQLite has already rolled back after some errors (SQLITE_FULL)
                    conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")

    @contextlib.contextmanager
    def reading(self) -> Iterator[Connection]:
        with self._lock, vault_errors(self.path):
            yield self.connection

    def schema_version(self) -> int:
        with self.reading() as conn:
            return int(conn.execute("PRAGMA user_version").fetchone()[0])

    def check_integrity(self) -> None:
        """Verify every page's HMAC and the b-tree structure; raises VaultDamaged on any failure."""
        with self.reading() as conn:
            problems = conn.execute("PRAGMA cipher_integrity_check").fetchall()
            if problems:
                raise VaultDamaged(N_("Messages", "{count} damaged page(s) found."), count=len(problems))
            result = conn.execute("PRAGMA quick_check").fetchone()[0]
            if result != "ok":
                raise VaultDamaged()

    def rekey(self, new_key: bytes | bytearray) -> None:
        with self._lock, vault_errors(self.path):
            conn = self.connection
            # Rekeying rewrites every page; fold the WAL in first so no page keeps the old key.
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.execute(f"PRAGMA rekey = \"x'{bytes(new_key).hex()}'\"")
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def compact(self) -> None:
        """Rewrite the file so freed pages of deleted data leave no trace."""
        with self._lock, vault_errors(self.path):
            conn = self.connection
            conn.execute("VACUUM")
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def close(self) -> None:
        with self._lock:
            if self._conn is None:
                return
            with contextlib.suppress(dbapi2.Error):
                self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            self._conn.close()
            self._conn = None

    def _migrate(self, target: int = SCHEMA_VERSION) -> None:
        conn = self.connection
        current = int(conn.execute("PRAGMA user_version").fetchone()[0])
        if current > SCHEMA_VERSION:
            raise VaultTooNew(current, SCHEMA_VERSION)
        for version in range(current + 1, target + 1):
            log.info("Migrating vault schema to version %d", version)
            with self.transaction() as tx:
                for statement in _split_sql(MIGRATIONS[version - 1]):
                    tx.execute(statement)
                tx.execute(f"PRAGMA user_version = {version}")


def _split_sql(script: str) -> list[str]:
    """Split a migration into statements (sqlite3's executescript would commit our transaction)."""
    statements, current = [], ""
    for line in script.splitlines(keepends=True):
        current += line
        if dbapi2.complete_statement(current):
            statements.append(current.strip())
            current = ""
    if current.strip():
        statements.append(current.strip())
    return statements
