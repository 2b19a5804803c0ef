"""Builds hostile variants of a good export archive, at test time (``python -m ... OUT GOOD`` writes them all).

Each builder takes the good archive's entries and writes one broken archive; ``CASES`` names what the importer
must say when refusing it.
"""

from __future__ import annotations

import json
import stat
import sys
import warnings
import zipfile
from collections.abc import Callable
from pathlib import Path

import pyzipper

Entries = dict[str, bytes]
FILE = "projects/invoice-api-v2-1/files/app/core/engine.py"
LISTING = "projects/invoice-api-v2-1/revisions/3.json"


def read_entries(good: Path) -> Entries:
    with zipfile.ZipFile(good) as zf:
        return {name: zf.read(name) for name in zf.namelist()}


def write(path: Path, entries: list[tuple[str | zipfile.ZipInfo, bytes]], stored: bool = False) -> Path:
    method = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
    with warnings.catch_warnings(), zipfile.ZipFile(path, "w", compression=method) as zf:
        warnings.simplefilter("ignore")  # duplicate names are the point of one case
        for name, data in entries:
            zf.writestr(name, data)
    return path


def _manifest(entries: Entries, change: Callable[[dict[str, object]], None]) -> Entries:
    manifest = json.loads(entries["manifest.json"])
    change(manifest)
    return {**entries, "manifest.json": json.dumps(manifest).encode()}


def zip_slip(entries: Entries, out: Path) -> Path:
    return write(out, [*entries.items(), ("projects/x/files/../../../../evil.py", b"import os")])


def absolute_path(entries: Entries, out: Path) -> Path:
    return write(out, [*entries.items(), ("/etc/cron.d/evil", b"* * * * * root sh")])


def symlink(entries: Entries, out: Path) -> Path:
    info = zipfile.ZipInfo("projects/invoice-api-v2-1/files/link")
    info.create_system = 3
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    return write(out, [*entries.items(), (info, b"/etc/passwd")])


def bomb(entries: Entries, out: Path) -> Path:
    return write(out, [*entries.items(), ("projects/invoice-api-v2-1/files/zeros.py", bytes(64 * 1024 * 1024))])


def bad_crc(entries: Entries, out: Path) -> Path:
    write(out, list(entries.items()), stored=True)
    data = bytearray(out.read_bytes())
    where = data.find(entries[FILE])
    data[where] ^= 0x20  # one flipped bit in a stored file: its CRC no longer matches
    out.write_bytes(bytes(data))
    return out


def wrong_checksum(entries: Entries, out: Path) -> Path:
    return write(out, list({**entries, FILE: entries[FILE] + b"# tampered\n"}.items()))


def truncated(entries: Entries, out: Path) -> Path:
    write(out, list(entries.items()))
    data = out.read_bytes()
    out.write_bytes(data[: len(data) // 2])
    return out


def unknown_version(entries: Entries, out: Path) -> Path:
    return write(out, list(_manifest(entries, lambda m: m.update(format_version=99)).items()))


def wrong_password(entries: Entries, out: Path) -> Path:
    with pyzipper.AESZipFile(out, "w", compression=pyzipper.ZIP_DEFLATED, encryption=pyzipper.WZ_AES) as zf:
        zf.setpassword(b"the real password")
        for name, data in entries.items():
            zf.writestr(name, data)
    return out


def duplicate_name(entries: Entries, out: Path) -> Path:
    return write(out, [*entries.items(), (FILE, b"second copy")])


def case_collision(entries: Entries, out: Path) -> Path:
    return write(out, [*entries.items(), (FILE.replace("engine.py", "ENGINE.py"), b"shadow")])


def unlisted_entry(entries: Entries, out: Path) -> Path:
    return write(out, [*entries.items(), ("projects/invoice-api-v2-1/files/extra.py", b"smuggled")])


def listing_traversal(entries: Entries, out: Path) -> Path:
    listing = json.loads(entries[LISTING])
    listing[0]["path"] = "../../outside.py"
    data = json.dumps(listing).encode()
    import hashlib

    fixed = _manifest(entries, lambda m: m["entries"][LISTING].update(sha256=hashlib.sha256(data).hexdigest()))
    return write(out, list({**fixed, LISTING: data}.items()))


def not_a_zip(entries: Entries, out: Path) -> Path:
    out.write_bytes(b"this is not an archive at all" * 10)
    return out


# name -> (builder, words the refusal must contain)
CASES: dict[str, tuple[Callable[[Entries, Path], Path], str]] = {
    "zip_slip": (zip_slip, "leaves its folder"),
    "absolute_path": (absolute_path, "absolute path"),
    "symlink": (symlink, "symbolic link"),
    "bomb": (bomb, "zip bomb"),
    "bad_crc": (bad_crc, "bad CRC"),
    "wrong_checksum": (wrong_checksum, "does not match its checksum"),
    "truncated": (truncated, "truncated or damaged"),
    "unknown_version": (unknown_version, "format version 99"),
    "wrong_password": (wrong_password, "password is not right"),
    "duplicate_name": (duplicate_name, "appears twice"),
    "case_collision": (case_collision, "differ only in case"),
    "unlisted_entry": (unlisted_entry, "not listed in the manifest"),
    "listing_traversal": (listing_traversal, "leaves its folder"),
    "not_a_zip": (not_a_zip, "not a ZIP archive"),
}


def build(name: str, good: Path, folder: Path) -> Path:
    builder, _ = CASES[name]
    folder.mkdir(parents=True, exist_ok=True)
    return builder(read_entries(good), folder / f"{name}.zip")


if __name__ == "__main__":
    out_dir, good_archive = Path(sys.argv[1]), Path(sys.argv[2])
    for case in CASES:
        print(build(case, good_archive, out_dir))
