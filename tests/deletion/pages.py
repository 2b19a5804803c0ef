"""Reading a SQLCipher 4 vault's pages decrypted, free pages and WAL frames included, to look for leftovers.

SQLCipher 4 defaults: 4096-byte pages, AES-256-CBC, each page's last 80 bytes reserved for its IV (16) and
HMAC (64); page 1 starts with the 16-byte salt. A raw key is the AES key itself.
"""

from __future__ import annotations

from pathlib import Path

from Cryptodome.Cipher import AES

PAGE = 4096
RESERVE = 80
WAL_HEADER, FRAME_HEADER = 32, 24


def _decrypt_page(page: bytes, key: bytes, first: bool) -> bytes:
    start = 16 if first else 0
    iv = page[PAGE - RESERVE : PAGE - RESERVE + 16]
    return AES.new(key, AES.MODE_CBC, iv).decrypt(page[start : PAGE - RESERVE])


def decrypted_pages(vault: Path, key: bytes) -> list[bytes]:
    """Every page of the vault file and of its WAL, decrypted."""
    data = vault.read_bytes()
    pages = [_decrypt_page(data[i : i + PAGE], key, i == 0) for i in range(0, len(data) - PAGE + 1, PAGE)]
    wal = vault.with_name(vault.name + "-wal")
    if wal.exists() and wal.stat().st_size > WAL_HEADER:
        frames = wal.read_bytes()[WAL_HEADER:]
        step = FRAME_HEADER + PAGE
        for i in range(0, len(frames) - step + 1, step):
            number = int.from_bytes(frames[i : i + 4], "big")
            pages.append(_decrypt_page(frames[i + FRAME_HEADER : i + step], key, number == 1))
    return pages


def marker_in_vault(vault: Path, key: bytes, marker: bytes) -> bool:
    return any(marker in page for page in decrypted_pages(vault, key)) or marker in vault.read_bytes()
