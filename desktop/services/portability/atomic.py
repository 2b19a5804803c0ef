"""A file that appears at its destination only once it is complete.

On Linux the data goes to an anonymous file (``O_TMPFILE``) in the destination folder, which has no name until
it is linked in at the end: a cancelled export, or a crashed or killed process, leaves nothing behind. Elsewhere
a hidden temporary file in the same folder is used and removed on any failure.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

TEMP_PREFIX = ".codecraft-export-"


@contextlib.contextmanager
def atomic_output(destination: Path) -> Iterator[BinaryIO]:
    """Yield a file to write; on a clean exit it is synced and renamed to ``destination``."""
    folder = destination.parent
    folder.mkdir(parents=True, exist_ok=True)
    anonymous = hasattr(os, "O_TMPFILE") and Path("/proc/self/fd").is_dir()
    temp = folder / f"{TEMP_PREFIX}{secrets.token_hex(6)}.tmp"
    if anonymous:
        try:
            fd = os.open(folder, os.O_TMPFILE | os.O_RDWR, 0o600)
        except OSError:  # the file system does not support anonymous files
            anonymous = False
    if not anonymous:
        fd = os.open(temp, os.O_CREAT | os.O_EXCL | os.O_RDWR, 0o600)
    handle = os.fdopen(fd, "w+b")
    try:
        yield handle
        handle.flush()
        os.fsync(handle.fileno())
        if anonymous:
            _link_anonymous(handle.fileno(), temp)
        os.replace(temp, destination)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    finally:
        handle.close()


def _link_anonymous(fd: int, target: Path) -> None:
    """Give the anonymous file a name (linkat with AT_SYMLINK_FOLLOW through /proc: no privilege needed)."""
    root = os.open("/", os.O_RDONLY)
    try:  # a dir fd makes Python call linkat(), which follows the /proc link to the open file
        os.link(f"/proc/self/fd/{fd}", target, src_dir_fd=root, follow_symlinks=True)
    finally:
        os.close(root)
