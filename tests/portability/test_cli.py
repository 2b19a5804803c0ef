"""`codecraft export` and `codecraft import`, through the real CLI entry point."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from desktop import cli
from desktop.commands import unlock
from desktop.services.context import AppContext
from tests.portability.support import logical_dump


def test_export_then_import_from_the_command_line(
    source: AppContext,
    target: AppContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    secret = tmp_path / "pw.txt"
    secret.write_text("tr0ub4dor & 3 horses\n")
    out = tmp_path / "cli.zip"
    monkeypatch.setattr(unlock, "open_unlocked", lambda: source)
    assert cli.main(["export", str(out), "--password-file", str(secret)]) == 0
    printed = capsys.readouterr().out
    assert "encrypted with AES-256" in printed and "not signed in: service-side data not included" in printed
    with zipfile.ZipFile(out) as zf:
        assert all(info.flag_bits & 0x1 for info in zf.infolist())
    monkeypatch.setattr(unlock, "open_unlocked", lambda: target)
    assert cli.main(["import", str(out)]) == 2
    assert "password" in capsys.readouterr().err
    assert cli.main(["import", str(out), "--password-file", str(secret)]) == 0
    assert "Imported “Invoice API (v2)”" in capsys.readouterr().out
    assert logical_dump(target.session.vault) == logical_dump(source.session.vault)
