"""`codecraft privacy ...` in process against the real stub, and the import cost it adds to `codecraft --version`."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from desktop import cli
from desktop.api import contract as c
from desktop.commands import unlock
from desktop.services.account import AccountService
from desktop.services.context import AppContext
from tests.privacy.conftest import back_office, service_settings, sign_up
from tests.stub_server import StubServer

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def cli_ctx(ctx: AppContext, accounts: AccountService, monkeypatch: pytest.MonkeyPatch) -> AppContext:
    monkeypatch.setattr(unlock, "open_unlocked", lambda: ctx)
    return ctx


def test_set_and_show_work_offline_then_reach_the_service_once_signed_in(
    cli_ctx: AppContext, accounts: AccountService, stub_server: StubServer, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["privacy", "set", "dnt", "on"]) == 0
    assert "Kept on this computer (not signed in)" in capsys.readouterr().out
    assert cli.main(["privacy", "show", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["do_not_track"] and shown["pending"] and shown["consents"]["ai_training"] is False
    assert shown["consents"]["essential"] is True

    sign_up(accounts)
    assert cli.main(["privacy", "set", "analytics", "on"]) == 0
    assert "sent to CodeCraft" in capsys.readouterr().out
    on_service = service_settings(stub_server)
    assert on_service.do_not_track and on_service.consents["analytics"]

    assert cli.main(["privacy", "show"]) == 0
    out = capsys.readouterr().out
    assert "Do Not Track: on" in out and "analytics: on" in out and "essential: on" in out


def test_requests_are_filed_and_listed(
    cli_ctx: AppContext,
    accounts: AccountService,
    signed_in: c.UserProfile,
    stub_server: StubServer,
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert cli.main(["privacy", "request", "ccpa_opt_out_of_sale", "--details", "no sale please"]) == 0
    assert "received; CodeCraft answers by" in capsys.readouterr().out
    assert cli.main(["privacy", "request", "correction", "--correct", "company=Ledger Ltd"]) == 0
    capsys.readouterr()
    back_office(stub_server, c.TEST_PRIVACY_ADVANCE.format(request_id=1), {})
    assert cli.main(["privacy", "requests", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(r["type"], r["status"]) for r in listed] == [
        ("ccpa_opt_out_of_sale", "in_progress"),
        ("correction", "received"),
    ]
    assert cli.main(["privacy", "requests"]) == 0
    assert "in_progress" in capsys.readouterr().out


def test_requests_without_an_account_explain_why(cli_ctx: AppContext, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["privacy", "request", "access"]) == 2
    assert "need an account" in capsys.readouterr().err


def test_registering_the_command_imports_no_network_vault_or_service_code() -> None:
    code = (
        "import sys, argparse; from desktop.commands import privacy; "
        "privacy.add_commands(argparse.ArgumentParser().add_subparsers()); "
        "print(sorted(m for m in ('httpx', 'sqlcipher3', 'desktop.services.privacy', 'pydantic') if m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
