"""The client-side API layer stays free of Qt, and the contract stays free of HTTP."""

from __future__ import annotations

import subprocess
import sys

CHECK = """
import sys
import desktop.api.client, desktop.api.tokens, desktop.api.transport
qt = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'PyQt5', 'PyQt6', 'shiboken6'))
assert not qt, qt
"""


def test_desktop_api_imports_no_qt() -> None:
    subprocess.run([sys.executable, "-c", CHECK], check=True)


def test_contract_imports_no_http_client() -> None:
    code = "import sys, desktop.api.contract; assert 'httpx' not in sys.modules"
    subprocess.run([sys.executable, "-c", code], check=True)
