"""`codecraft register`, `codecraft login` and `codecraft logout`: the account from a terminal or a script.

Passwords are asked for without echo in a terminal; when standard input is not a terminal they are read from
it, one per line (password, then the repeat for ``register``, then a two-factor code for ``login``). No vault
is opened: an account is never needed to work offline.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable

from desktop.api import contract as c
from desktop.api.client import TotpRequired
from desktop.errors import UserFacingError
from desktop.services.account import SESSION_NOT_KEPT, AccountService
from desktop.services.context import AppContext

open_context: Callable[[], AppContext] = AppContext.for_profile


def add_commands(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    reg = subparsers.add_parser("register", help="create a CodeCraft account")
    reg.add_argument("--server", help="address of the CodeCraft service (remembered for this profile)")
    reg.add_argument("--name")
    reg.add_argument("--email")
    reg.add_argument("--username")
    reg.add_argument("--company", help="optional")
    reg.add_argument("--i-am-16-or-older", dest="age_ok", action="store_true", help="confirm you are 16 or older")
    reg.add_argument("--accept-policy", metavar="VERSION", help="accept this version of the privacy policy")
    reg.set_defaults(handler=register)

    login = subparsers.add_parser("login", help="sign in to CodeCraft")
    login.add_argument("--server", help="address of the CodeCraft service (remembered for this profile)")
    login.add_argument("--username")
    login.add_argument("--totp", metavar="CODE", help="the code from your authenticator app")
    login.add_argument("--recovery-code", metavar="CODE", help="one of your two-factor recovery codes")
    login.set_defaults(handler=login_command)

    logout = subparsers.add_parser("logout", help="sign out of CodeCraft on this computer")
    logout.set_defaults(handler=logout_command)


class InputNeeded(UserFacingError):
    title = "More input needed"


def _interactive() -> bool:
    return sys.stdin.isatty()


def _line(prompt: str, what: str) -> str:
    if _interactive():
        return input(prompt).strip()
    line = sys.stdin.readline()
    if not line:
        raise InputNeeded(f"Expected {what} on standard input.")
    return line.rstrip("\r\n")


def _secret(prompt: str, what: str) -> str:
    if _interactive():
        return getpass.getpass(prompt)
    return _line(prompt, what)


def _value(given: str | None, prompt: str, option: str, required: bool = True) -> str:
    if given is not None:
        return given.strip()
    if not _interactive():
        if required:
            raise InputNeeded(f"Give {option} (standard input is kept for the password).")
        return ""
    value = input(prompt).strip()
    if required and not value:
        raise InputNeeded(f"{option.lstrip('-').capitalize()} is required.")
    return value


def _confirm(question: str) -> bool:
    return _interactive() and input(f"{question} [y/N] ").strip().lower() in {"y", "yes"}


def _service(server: str | None) -> AccountService:
    accounts = AccountService(open_context())
    if server:
        accounts.set_server_url(server)
        if accounts.server_url() != server.rstrip("/"):
            print("Note: $CODECRAFT_SERVER is set and is used instead of --server.", file=sys.stderr)
    return accounts


def register(args: argparse.Namespace) -> int:
    accounts = _service(args.server)
    policy = accounts.policy()
    name = _value(args.name, "Your name: ", "--name")
    email = _value(args.email, "Email: ", "--email")
    username = _value(args.username, "Username: ", "--username")
    company = _value(args.company, "Company (optional): ", "--company", required=False)
    if not (args.age_ok or _confirm("Are you 16 or older?")):
        raise UserFacingError("CodeCraft accounts are for people aged 16 or older; nothing was created.")
    accepted = args.accept_policy or (
        policy.version
        if _confirm(f"Do you accept the privacy policy (version {policy.version}, {policy.url})?")
        else ""
    )
    if not accepted:
        raise UserFacingError(
            f"Please read and accept the privacy policy (version {policy.version}): {policy.url}",
            hint=f"Pass --accept-policy {policy.version} to accept it.",
        )
    password = _secret("Password: ", "the password")
    if _secret("Repeat the password: ", "the password again") != password:
        raise UserFacingError("The two passwords differ; nothing was created.")
    profile = accounts.register(
        c.RegisterRequest(
            name=name,
            email=email,
            username=username,
            password=password,
            company=company or None,
            confirm_age_16=True,
            accepted_policy_version=accepted,
        )
    )
    print(f"Created the account {profile.username}. Sign in with: codecraft login --username {profile.username}")
    return 0


def login_command(args: argparse.Namespace) -> int:
    accounts = _service(args.server)
    username = _value(args.username, "Username: ", "--username")
    password = _secret("Password: ", "the password")
    result = accounts.sign_in(username, password)
    if isinstance(result, TotpRequired):
        result = _second_factor(accounts, result, args.totp, args.recovery_code)
    print(f"Signed in to {accounts.server_url()} as {result.username} ({result.name}).")
    if not accounts.remembers_sign_in:
        print(SESSION_NOT_KEPT, file=sys.stderr)
    return 0


def _second_factor(
    accounts: AccountService, pending: TotpRequired, code: str | None, recovery: str | None
) -> c.UserProfile:
    if not code and not recovery:
        answer = _line("Code from your authenticator app (or a recovery code): ", "a two-factor code").strip()
        digits = answer.replace(" ", "")
        code, recovery = (digits, None) if digits.isdigit() else (None, answer)
    return accounts.finish_sign_in(pending, code=code, recovery_code=recovery)


def logout_command(args: argparse.Namespace) -> int:
    accounts = _service(None)
    if not accounts.is_signed_in():
        print("You are not signed in.")
        return 0
    if accounts.sign_out():
        print("Signed out.")
    else:
        print("Signed out on this computer; the service could not be reached, so the session ends when it expires.")
    return 0
