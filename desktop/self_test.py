"""`codecraft --self-test`: prove an installation works, in a throwaway profile, then exit 0 (or 1).

Checks the vault (SQLCipher as bundled), the keyring detection, a pygments lexer, and renders the main window
offscreen; a bundle also starts the diff viewer's helper process. Nothing touches the person's own data.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from desktop import APP_NAME, __version__, collector
from desktop.errors import redacted_report


def _check_vault(root: Path) -> str:
    import secrets

    from desktop.domain.projects import ProjectOrigin, Requirements
    from desktop.storage.projects import ProjectStore
    from desktop.storage.vault import Vault

    path = root / "vault-check.db"
    vault = Vault.open(path, secrets.token_bytes(32), create=True)  # a raw key, as a keyring-kept vault has
    store = ProjectStore(lambda: vault)
    pid = store.create(Requirements("Self-test", specifications="selftestmarker"), ProjectOrigin.REQUIREMENTS)
    assert [s.id for s, _ in store.search("selftestmarker")] == [pid]
    vault.check_integrity()
    with vault.reading() as conn:
        version = conn.execute("PRAGMA cipher_version").fetchone()[0]
    vault.close()
    assert b"selftestmarker" not in path.read_bytes()
    return f"SQLCipher {version}"


def _check_keyring(_: Path) -> str:
    if sys.version_info >= (3, 12):
        from importlib.metadata import entry_points
    else:  # what keyring itself reads its plugins with there: no second metadata library to load
        from importlib_metadata import entry_points

    from desktop.storage.keys import KeyKeeper

    keeper = KeyKeeper()
    usable = "usable" if keeper.keyring_available() else "not secure: vaults use a passphrase"
    plugins = sorted(ep.name for ep in entry_points(group="keyring.backends"))  # empty if a bundle lost them
    return f"{keeper.keyring_description()} ({usable}); backends: {', '.join(plugins) or 'none found'}"


def _check_lexer(_: Path) -> str:
    from desktop.lexer_lookup import lexer_for_filename

    lexer = lexer_for_filename("example.py")
    tokens = list(lexer.get_tokens("def f():\n    return 1\n"))
    assert tokens
    return f"pygments {lexer.name} lexer"


def _check_window(root: Path) -> str:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from desktop.paths import ProfilePaths
    from desktop.services.context import AppContext
    from desktop.storage.keys import KeyKeeper
    from desktop.ui.app import build_main_window, create_application

    app = create_application([sys.argv[0]])
    ctx = AppContext.for_profile(ProfilePaths(root / "window-check"), KeyKeeper())
    window = build_main_window(app, ctx)
    window.show()
    app.processEvents()
    image = window.grab()
    assert not image.isNull() and image.width() > 0
    window.close()
    app.processEvents()
    collector.start_up_done()  # as the app does once its window is painted
    return f"main window rendered ({image.width()}x{image.height()}, {app.platformName()})"


def _check_helper_process(_: Path) -> str:
    from desktop.ui.diff.pool import WorkerPool

    pool = WorkerPool()
    try:
        pid = pool.submit(os.getpid).result(timeout=120)
    finally:
        pool.shutdown()
    if pid == os.getpid():
        raise RuntimeError("the diff viewer's helper process did not start (lexing would run on a thread)")
    return "the diff viewer's helper process starts"


CHECKS: list[tuple[str, Callable[[Path], str]]] = [
    ("vault", _check_vault),
    ("keyring", _check_keyring),
    ("lexer", _check_lexer),
    ("window", _check_window),
]
if getattr(sys, "frozen", False):  # only a bundle can get the helper wrong: it starts as the app's own program
    CHECKS.append(("helper", _check_helper_process))


def run_self_test() -> int:
    print(f"{APP_NAME} {__version__} self-test")
    failures = 0
    with tempfile.TemporaryDirectory(prefix="codecraft-selftest-") as tmp:
        for name, check in CHECKS:
            try:
                print(f"  ok    {name}: {check(Path(tmp))}")
            except Exception as exc:  # report every failing check, not just the first
                failures += 1
                print(f"  FAIL  {name}:\n{redacted_report(exc)}")
    print("self-test passed" if not failures else f"self-test failed ({failures} check(s))")
    return 0 if not failures else 1
