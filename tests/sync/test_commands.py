"""`codecraft projects set-sync` and `codecraft sync`, through the real CLI entry point."""

from __future__ import annotations

import pytest

from desktop import cli
from desktop.commands import unlock
from tests.sync.conftest import Device

AWS = b'KEY = "AKIAQ3EGUHZ7XJWK4N2P"\n'


def test_set_sync_and_sync_from_the_command_line(
    alice: Device, bob_device: Device, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    pid = alice.new_project("Shop", {"app.py": b"print(1)\n", "keys.py": AWS})
    monkeypatch.setattr(unlock, "open_unlocked", lambda: alice.ctx)
    monkeypatch.setattr("desktop.services.sync.SyncService.for_context", lambda ctx: alice.sync)
    assert cli.main(["projects", "set-sync", str(pid), "synced"]) == 2
    assert "keys.py" in capsys.readouterr().err
    assert cli.main(["projects", "sync-preview", str(pid)]) == 0
    assert "REVIEW   keys.py" in capsys.readouterr().out
    assert cli.main(["projects", "sync-file", str(pid), "keys.py", "exclude"]) == 0
    assert cli.main(["projects", "set-sync", str(pid), "synced"]) == 0
    assert cli.main(["sync", "--project", str(pid)]) == 0
    assert "Sent 2 changes" in capsys.readouterr().out
    assert cli.main(["sync", "--status", "--json"]) == 0
    assert '"state": "synced"' in capsys.readouterr().out
    bob_device.sync.sync()
    assert bob_device.files(bob_device.pid(alice.ctx.projects.get(pid).uid)) == {"app.py": b"print(1)\n"}
    assert cli.main(["projects", "set-sync", str(pid), "local"]) == 0
    assert "Local only" in capsys.readouterr().out
