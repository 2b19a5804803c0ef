"""The vault key: 32 random bytes in the OS keyring, or derived from a passphrase with Argon2id.

``vault.json`` beside the vault records how the key is kept (never the key itself): the key mode, the keyring
backend that holds it, the Argon2id salt and cost, and a key-check value (an HMAC of a constant under the key)
that tells a wrong passphrase apart from a damaged file.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import hmac
import importlib
import json
import os
import secrets
import sys
import tempfile
import uuid
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import keyring
from argon2.low_level import Type, hash_secret_raw
from keyring.backend import KeyringBackend
from keyring.backends.fail import Keyring as FailKeyring
from keyring.util import platform_

from desktop import __version__
from desktop.messages import N_
from desktop.storage.errors import (
    KeyMissing,
    KeyringChanged,
    NoSecureKeyring,
    NotPassphraseProtected,
    VaultDamaged,
    WrongPassphrase,
    WrongRecoveryKey,
)

KEY_BYTES = 32
KEYRING_SERVICE = "CodeCraft Desktop vault"
MODE_KEYRING = "keyring"
MODE_PASSPHRASE = "passphrase"

# Backends that keep secrets encrypted by the OS. Anything else (fail, null, plaintext files) is refused.
_SECURE_BACKEND_MODULES = (
    "keyring.backends.SecretService",
    "keyring.backends.libsecret",
    "keyring.backends.kwallet",
    "keyring.backends.macOS",
    "keyring.backends.Windows",
)


def backend_name(backend: KeyringBackend) -> str:
    return f"{type(backend).__module__}.{type(backend).__qualname__}"


def _effective_backend(backend: KeyringBackend) -> KeyringBackend:
    inner = getattr(backend, "backends", None)  # keyring's ChainerBackend writes to its first backend
    return inner[0] if inner else backend


def is_secure_backend(backend: KeyringBackend) -> bool:
    return type(_effective_backend(backend)).__module__.startswith(_SECURE_BACKEND_MODULES)


@dataclass(frozen=True)
class KdfParams:
    salt: str  # base64
    time_cost: int = 3
    memory_kib: int = 64 * 1024
    parallelism: int = 2

    def derive(self, passphrase: str) -> bytearray:
        raw = hash_secret_raw(
            passphrase.encode("utf-8"),
            base64.b64decode(self.salt),
            time_cost=self.time_cost,
            memory_cost=self.memory_kib,
            parallelism=self.parallelism,
            hash_len=KEY_BYTES,
            type=Type.ID,
        )
        return bytearray(raw)

    @classmethod
    def fresh(cls) -> KdfParams:
        return cls(salt=base64.b64encode(secrets.token_bytes(16)).decode())


@dataclass
class VaultMeta:
    key_mode: str
    key_check: str
    keyring_backend: str = ""
    keyring_user: str = ""
    kdf: KdfParams | None = None
    created_with: str = __version__
    format: int = 1
    extra: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> str:
        return json.dumps(asdict(self), indent=2, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> VaultMeta:
        try:
            data = json.loads(text)
            kdf = KdfParams(**data.pop("kdf")) if data.get("kdf") else None
            data.pop("kdf", None)
            return cls(kdf=kdf, **data)
        except (ValueError, TypeError, KeyError) as exc:
            raise VaultDamaged(N_("Messages", "Its settings file (vault.json) is unreadable.")) from exc


def key_check_value(key: bytes | bytearray) -> str:
    return hmac.new(bytes(key), b"codecraft-vault-key-check-v1", hashlib.sha256).hexdigest()[:32]


def format_recovery_key(key: bytes | bytearray) -> str:
    text = base64.b32encode(bytes(key)).decode().rstrip("=")
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def parse_recovery_key(text: str) -> bytearray:
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum())
    try:
        raw = base64.b32decode(cleaned + "=" * (-len(cleaned) % 8))
    except ValueError as exc:
        raise WrongRecoveryKey() from exc
    if len(raw) != KEY_BYTES:
        raise WrongRecoveryKey()
    return bytearray(raw)


def read_meta(path: Path) -> VaultMeta:
    try:
        return VaultMeta.from_json(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise VaultDamaged(N_("Messages", "Its settings file (vault.json) cannot be read.")) from exc


def write_meta(path: Path, meta: VaultMeta) -> None:
    fd, tmp = tempfile.mkstemp(prefix=".vault-meta-", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(meta.to_json())
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


# The secure backend of each platform, tried in order. Asking only for these spares keyring's discovery of every
# plugin, which on Linux also loads the macOS backend and runs the C compiler to look for its library (0.2 s).
_PLATFORM_BACKENDS = {
    "linux": [("keyring.backends.SecretService", "Keyring"), ("keyring.backends.libsecret", "Keyring"),
              ("keyring.backends.kwallet", "DBusKeyring")],
    "darwin": [("keyring.backends.macOS", "Keyring")],
    "win32": [("keyring.backends.Windows", "WinVaultKeyring")],
}  # fmt: skip


def system_keyring() -> KeyringBackend:
    """The platform's secure keyring; keyring's own choice when the person configured one."""
    configured = os.environ.get("PYTHON_KEYRING_BACKEND") or Path(platform_.config_root(), "keyringrc.cfg").exists()
    if not configured:
        for module_name, class_name in _PLATFORM_BACKENDS.get(sys.platform, []):
            try:
                backend_class = getattr(importlib.import_module(module_name), class_name)
                if backend_class.viable:
                    return backend_class()
            except Exception:  # a backend that cannot load here is simply not this system's keyring
                continue
        if sys.platform in _PLATFORM_BACKENDS:
            return FailKeyring()  # no secure keyring here: other backends would not be trusted with the key anyway
    return keyring.get_keyring()


class KeyKeeper:
    """Creates, finds and changes the vault key. Holds no key itself."""

    def __init__(
        self,
        backend: KeyringBackend | None = None,
        is_secure: Callable[[KeyringBackend], bool] = is_secure_backend,
    ) -> None:
        self._backend = backend
        self._is_secure = is_secure

    @property
    def backend(self) -> KeyringBackend:
        if self._backend is None:
            self._backend = system_keyring()
        return self._backend

    def keyring_available(self) -> bool:
        try:
            return self._is_secure(self.backend)
        except Exception:  # a broken backend plugin must not stop the app; it just is not usable
            return False

    def keyring_description(self) -> str:
        return backend_name(_effective_backend(self.backend))

    def new_keyring_key(self) -> tuple[bytearray, VaultMeta]:
        if not self.keyring_available():
            raise NoSecureKeyring(self.keyring_description())
        key = bytearray(secrets.token_bytes(KEY_BYTES))
        return key, self.store_in_keyring(key)

    def store_in_keyring(self, key: bytearray) -> VaultMeta:
        if not self.keyring_available():
            raise NoSecureKeyring(self.keyring_description())
        user = f"vault-{uuid.uuid4()}"
        self.backend.set_password(KEYRING_SERVICE, user, bytes(key).hex())
        return VaultMeta(
            key_mode=MODE_KEYRING,
            key_check=key_check_value(key),
            keyring_backend=self.keyring_description(),
            keyring_user=user,
        )

    @staticmethod
    def new_passphrase_key(passphrase: str) -> tuple[bytearray, VaultMeta]:
        kdf = KdfParams.fresh()
        key = kdf.derive(passphrase)
        return key, VaultMeta(key_mode=MODE_PASSPHRASE, key_check=key_check_value(key), kdf=kdf)

    def key_from_keyring(self, meta: VaultMeta) -> bytearray:
        current = self.keyring_description()
        if current != meta.keyring_backend:
            raise KeyringChanged(meta.keyring_backend, current)
        try:
            stored = self.backend.get_password(KEYRING_SERVICE, meta.keyring_user)
        except Exception as exc:  # backends raise their own error types when locked or unreachable
            raise KeyMissing(current) from exc
        if not stored:
            raise KeyMissing(current)
        try:
            key = bytearray(bytes.fromhex(stored))
        except ValueError as exc:
            raise KeyMissing(current) from exc
        if not hmac.compare_digest(key_check_value(key), meta.key_check):
            raise KeyMissing(current)
        return key

    @staticmethod
    def key_from_passphrase(meta: VaultMeta, passphrase: str) -> bytearray:
        if meta.key_mode != MODE_PASSPHRASE:
            raise NotPassphraseProtected()
        if meta.kdf is None:
            raise VaultDamaged(N_("Messages", "Its settings file has no passphrase parameters."))
        key = meta.kdf.derive(passphrase)
        if not hmac.compare_digest(key_check_value(key), meta.key_check):
            raise WrongPassphrase()
        return key

    @staticmethod
    def key_from_recovery(meta: VaultMeta, recovery: str) -> bytearray:
        key = parse_recovery_key(recovery)
        if not hmac.compare_digest(key_check_value(key), meta.key_check):
            raise WrongRecoveryKey()
        return key

    def forget(self, meta: VaultMeta) -> None:
        """Remove the key from the keyring (crypto-shredding, or after switching to a passphrase)."""
        if meta.key_mode != MODE_KEYRING or not meta.keyring_user:
            return
        with contextlib.suppress(keyring.errors.PasswordDeleteError):
            self.backend.delete_password(KEYRING_SERVICE, meta.keyring_user)
