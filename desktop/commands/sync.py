"""`codecraft sync [--project ID] [--status]` and `codecraft projects set-sync|sync-preview|sync-file`."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING

from desktop.domain.progress import ProgressUpdate
from desktop.domain.sync import FileDecision

if TYPE_CHECKING:
    from desktop.services.sync import SyncService


def add_commands(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    sync = subparsers.add_parser("sync", help="send and receive the changes of Synced projects")
    sync.add_argument("--project", type=int, metavar="ID", help="send only this project's changes")
    sync.add_argument("--status", action="store_true", help="show the sync status instead of syncing")
    sync.add_argument("--json", action="store_true")
    sync.set_defaults(handler=run_sync)


def add_set_sync(actions: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Called by `codecraft projects` to add its sync actions."""
    mode = actions.add_parser("set-sync", help="make a project Synced or Local only")
    mode.add_argument("id", type=int)
    mode.add_argument("mode", choices=["synced", "local"])
    mode.set_defaults(handler=set_sync)

    preview = actions.add_parser("sync-preview", help="show what turning sync on would upload")
    preview.add_argument("id", type=int)
    preview.add_argument("--json", action="store_true")
    preview.set_defaults(handler=show_preview)

    decide = actions.add_parser("sync-file", help="exclude a file from sync, or allow one flagged as a secret")
    decide.add_argument("id", type=int)
    decide.add_argument("path")
    decide.add_argument("decision", choices=["exclude", "allow", "undecided"])
    decide.set_defaults(handler=decide_file)


def _service() -> SyncService:
    from desktop.commands.unlock import open_unlocked  # the vault and the network load only when used
    from desktop.services.sync import SyncService

    return SyncService.for_context(open_unlocked())


def run_sync(args: argparse.Namespace) -> int:
    service = _service()
    if args.status:
        overall = service.overall_status()
        data = {
            "state": overall.state.value,
            "synced_projects": overall.synced_projects,
            "pending": overall.pending,
            "conflicts": overall.conflicts,
            "errors": overall.errors,
            "last_sync_at": overall.last_sync_at.isoformat() if overall.last_sync_at else None,
            "last_error": overall.last_error,
        }
        print(json.dumps(data, indent=2) if args.json else "\n".join(f"{k}: {v}" for k, v in data.items()))
        return 0

    def show(update: ProgressUpdate) -> None:
        if sys.stderr.isatty():
            total = f"/{update.total}" if update.total else ""
            print(f"\r{update.detail} {update.done}{total} ({update.done_bytes} bytes)", end="", file=sys.stderr)

    report = service.sync(progress=show, project_id=args.project)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    if args.json:
        print(json.dumps({"pushed": report.pushed, "pulled": report.pulled, "conflicts": report.conflicts}))
    else:
        print(f"Sent {report.pushed} changes ({report.pushed_bytes} bytes), received {report.pulled}.")
        if report.conflicts:
            print(f"{report.conflicts} conflict(s): open the project to choose which version to keep.")
        if report.held_back:
            print(f"Not sent until you exclude or allow them (possible secrets): {', '.join(report.held_back)}")
    return 0


def set_sync(args: argparse.Namespace) -> int:
    _service().set_sync(args.id, args.mode == "synced")
    print(f"Project {args.id} is now {'Synced' if args.mode == 'synced' else 'Local only'}.")
    return 0


def show_preview(args: argparse.Namespace) -> int:
    preview = _service().preview(args.id)
    if args.json:
        files = [
            {
                "path": f.path,
                "size": f.size,
                "uploads": f.uploads,
                "decision": f.decision.value if f.decision else None,
                "findings": [{"rule": x.rule, "line": x.line, "excerpt": x.excerpt} for x in f.findings],
            }
            for f in preview.files
        ]
        print(json.dumps({"title": preview.title, "upload_bytes": preview.upload_bytes, "files": files}, indent=2))
        return 0
    print(f"{preview.title}: {len(preview.uploaded_files)} files, {preview.upload_bytes} bytes would be uploaded")
    for f in preview.files:
        mark = "excluded" if f.decision is FileDecision.EXCLUDE else "REVIEW" if f.unresolved else "upload"
        print(f"  {mark:<8} {f.path}  ({f.size} bytes)")
        for finding in f.findings:
            print(f"           {finding.rule} (line {finding.line}): {finding.excerpt}")
    if preview.attachments_kept_local:
        print(f"  {preview.attachments_kept_local} attachment(s) stay on this computer.")
    return 0


def decide_file(args: argparse.Namespace) -> int:
    decision = None if args.decision == "undecided" else FileDecision(args.decision)
    _service().set_file_decision(args.id, args.path, decision)
    print(f"{args.path}: {args.decision}.")
    return 0
