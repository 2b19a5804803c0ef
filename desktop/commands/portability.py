"""`codecraft export`, `codecraft import`, `codecraft projects delete` and `codecraft wipe` (issue 7)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.domain.progress import ProgressUpdate
from desktop.errors import UserFacingError


def add_commands(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    exp = subparsers.add_parser("export", help="export projects, consents and settings to a portable ZIP")
    exp.add_argument("path", type=Path)
    exp.add_argument("--project", type=int, action="append", metavar="ID", help="only this project (repeatable)")
    exp.add_argument("--password-file", type=Path, metavar="F", help="encrypt (AES-256) with the password in F")
    exp.add_argument("--no-history", action="store_true", help="only each project's current files")
    exp.set_defaults(handler=export_command)

    imp = subparsers.add_parser("import", help="import an exported ZIP into the vault")
    imp.add_argument("path", type=Path)
    imp.add_argument("--password-file", type=Path, metavar="F", help="the archive's password is in F")
    imp.set_defaults(handler=import_command)

    wipe = subparsers.add_parser("wipe", help="delete ALL local data of this profile (vault key, vault, settings)")
    wipe.add_argument("--yes", action="store_true", help="confirm: this cannot be undone")
    wipe.set_defaults(handler=wipe_command)


def add_delete(actions: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """`codecraft projects delete ID [--remote]`, added to the projects command."""
    delete = actions.add_parser("delete", help="delete a project for good (the vault is compacted)")
    delete.add_argument("id", type=int)
    delete.add_argument("--remote", action="store_true", help="send a synced project's deletion to the service now")
    delete.set_defaults(handler=delete_command)


def _password(path: Path | None) -> str | None:
    if path is None:
        return None
    try:
        text = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise UserFacingError(f"Cannot read the password file {path}: {exc.strerror or exc}.") from exc
    if not text or not text[0]:
        raise UserFacingError(f"The password file {path} is empty.")
    return text[0]


def _show(update: ProgressUpdate) -> None:
    if sys.stderr.isatty() and update.total_bytes:
        print(f"\r{update.done_bytes * 100 // max(update.total_bytes, 1)}%", end="", file=sys.stderr, flush=True)


def export_command(args: argparse.Namespace) -> int:
    from desktop.commands.unlock import open_unlocked
    from desktop.services.account import AccountService
    from desktop.services.portability.exporter import ExportOptions, export_archive
    from desktop.services.portability.service_data import fetch_service_data

    password = _password(args.password_file)
    ctx = open_unlocked()
    service = fetch_service_data(AccountService(ctx).api)
    options = ExportOptions(project_ids=args.project, history=not args.no_history, password=password)
    result = export_archive(
        ctx.session.vault, args.path, options, settings=ctx.settings.as_dict(), service=service, progress=_show
    )
    print(
        f"Exported {result.projects} project(s), {result.files} files ({result.content_bytes} bytes) to {result.path}"
        f" in {result.seconds:.1f} s; {'encrypted with AES-256' if result.encrypted else 'NOT encrypted'}."
    )
    print(f"Service data: {result.service_note}.")
    return 0


def import_command(args: argparse.Namespace) -> int:
    from desktop.commands.unlock import open_unlocked
    from desktop.services.portability.importer import import_archive

    password = _password(args.password_file)
    ctx = open_unlocked()
    summary = import_archive(ctx.session.vault, args.path, password, progress=_show)
    for line in summary.lines():
        print(line)
    return 0


def delete_command(args: argparse.Namespace) -> int:
    from desktop.commands.unlock import open_unlocked
    from desktop.services.account import AccountService
    from desktop.services.deletion import DeletionService

    ctx = open_unlocked()
    report = DeletionService(ctx, AccountService(ctx).api).delete_project(args.id, remote=args.remote)
    print(f"Deleted {report.title!r} from this computer (vault compacted). On the service: {report.remote}.")
    return 0


def wipe_command(args: argparse.Namespace) -> int:
    if not args.yes:
        raise UserFacingError(
            "This deletes the vault key, the vault, settings and logs of this profile for good.",
            hint="Export first if you want a copy (codecraft export), then run `codecraft wipe --yes`.",
        )
    from desktop.services.context import AppContext
    from desktop.services.deletion import DeletionService

    report = DeletionService(AppContext.for_profile()).wipe_local_data()
    print(f"Vault key removed: {'yes' if report.key_removed else 'no key was kept in the keyring'}.")
    for path in report.removed:
        print(f"Removed {path}")
    return 0
