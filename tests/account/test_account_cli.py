"""`codecraft register/login/logout`, in process and as a real process, against the real stub."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pyotp
import pytest

from desktop import cli
from desktop.commands import account as account_commands
from desktop.services.account import AccountService
from desktop.services.context import AppContext
from tests.account.conftest import PASSWORD, next_code, registration
from tests.keyrings import MemoryKeyring
from tests.stub_server import StubServer

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def cli_ctx(ctx: AppContext, server_env: str, monkeypatch: pytest.MonkeyPatch) -> AppContext:
    monkeypatch.setattr(account_commands, "open_context", lambda: ctx)
    return ctx


def _run(monkeypatch: pytest.MonkeyPatch, stdin: str, *argv: str) -> int:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    return cli.main(list(argv))


def test_register_login_logout_with_passwords_on_stdin(
    cli_ctx: AppContext,
    memory_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    base = ["register", "--name", "Ivy", "--email", "ivy@example.org", "--username", "ivy"]
    assert _run(monkeypatch, f"{PASSWORD}\n{PASSWORD}\n", *base, "--i-am-16-or-older") == 2
    assert "privacy policy (version" in capsys.readouterr().err
    policy = AccountService(cli_ctx).policy().version
    assert _run(monkeypatch, f"{PASSWORD}\n{PASSWORD}\n", *base, "--accept-policy", policy) == 2
    assert "16 or older" in capsys.readouterr().err
    assert _run(monkeypatch, f"{PASSWORD}\nother\n", *base, "--i-am-16-or-older", "--accept-policy", policy) == 2
    assert "differ" in capsys.readouterr().err
    assert _run(monkeypatch, f"{PASSWORD}\n{PASSWORD}\n", *base, "--i-am-16-or-older", "--accept-policy", policy) == 0
    assert "Created the account ivy" in capsys.readouterr().out

    assert _run(monkeypatch, "wrong password\n", "login", "--username", "ivy") == 2
    assert "username or password is not right" in capsys.readouterr().err
    assert _run(monkeypatch, f"{PASSWORD}\n", "login", "--username", "ivy") == 0
    out, err = capsys.readouterr()
    assert "Signed in to" in out and "as ivy" in out and "sign in again" not in err
    assert AccountService(cli_ctx).is_signed_in()
    tokens = [v for (service, _), v in memory_keyring.store.items() if service.startswith("CodeCraftDesktop")]
    assert len(tokens) == 2 and not any(t in out + err for t in tokens)

    assert _run(monkeypatch, "", "logout") == 0
    assert "Signed out." in capsys.readouterr().out
    assert not any(service.startswith("CodeCraftDesktop") for service, _ in memory_keyring.store)


def test_login_with_a_two_factor_code(
    cli_ctx: AppContext, stub_server: StubServer, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    accounts = AccountService(cli_ctx)
    accounts.register(registration(accounts, "joan"))
    accounts.sign_in("joan", PASSWORD)
    totp = pyotp.TOTP(accounts.begin_totp().secret)
    codes = accounts.confirm_totp(totp.now())
    accounts.sign_out()
    assert _run(monkeypatch, f"{PASSWORD}\n", "login", "--username", "joan") == 2
    assert "two-factor code" in capsys.readouterr().err
    code = next_code(totp, stub_server)
    assert _run(monkeypatch, f"{PASSWORD}\n", "login", "--username", "joan", "--totp", code) == 0
    assert "as joan" in capsys.readouterr().out
    assert _run(monkeypatch, f"{PASSWORD}\n{codes[1]}\n", "login", "--username", "joan") == 0
    assert "as joan" in capsys.readouterr().out


def test_login_as_a_real_process_reads_the_password_from_stdin(
    accounts: AccountService, stub_server: StubServer, tmp_path: Path
) -> None:
    accounts.register(registration(accounts, "kim"))
    env = {
        **os.environ,
        "CODECRAFT_DATA_DIR": str(tmp_path / "cli-data"),
        "PYTHON_KEYRING_BACKEND": "tests.keyrings.MemoryKeyring",  # not secure: the session is not kept
        "PYTHONPATH": str(ROOT),
    }
    env.pop("CODECRAFT_SERVER", None)
    done = subprocess.run(
        [sys.executable, "-m", "desktop", "login", "--server", stub_server.url, "--username", "kim"],
        input=f"{PASSWORD}\n",
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert f"Signed in to {stub_server.url} as kim" in done.stdout
    assert "you'll need to sign in again next time" in done.stderr
    assert PASSWORD not in done.stdout + done.stderr
    settings = (tmp_path / "cli-data" / "profiles" / "default" / "settings.json").read_text()
    assert stub_server.url in settings and "token" not in settings
