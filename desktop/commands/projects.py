"""`codecraft projects import|list|show` and `codecraft search`."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.commands.portability import add_delete
from desktop.commands.sync import add_set_sync
from desktop.domain.progress import ProgressUpdate
from desktop.domain.projects import ProjectFilter, ProjectSummary

if TYPE_CHECKING:
    from desktop.services.context import AppContext


def add_commands(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    projects = subparsers.add_parser("projects", help="list, show and import projects")
    actions = projects.add_subparsers(dest="action", metavar="ACTION", required=True)

    imp = actions.add_parser("import", help="import a folder as a new project (Manual Entry)")
    imp.add_argument("folder", type=Path)
    imp.add_argument("--name", help="project name (default: the folder's name)")
    imp.set_defaults(handler=import_folder)

    lst = actions.add_parser("list", help="list projects")
    lst.add_argument("--json", action="store_true")
    lst.add_argument("--archived", action="store_true", help="list archived projects instead")
    lst.set_defaults(handler=list_projects)

    show = actions.add_parser("show", help="show one project")
    show.add_argument("id", type=int)
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=show_project)

    add_set_sync(actions)
    add_delete(actions)

    search = subparsers.add_parser("search", help="full-text search over names, requirements and code")
    search.add_argument("term")
    search.add_argument("--json", action="store_true")
    search.set_defaults(handler=search_projects)


def open_unlocked() -> AppContext:
    # Imported here so that `codecraft --version` and the parser stay fast: the vault stack loads on use.
    from desktop.commands.unlock import open_unlocked as open_profile

    return open_profile()


def _summary_dict(s: ProjectSummary) -> dict[str, Any]:
    return {
        "id": s.id,
        "name": s.name,
        "status": s.status.value,
        "archived": s.archived,
        "files": s.file_count,
        "updated_at": s.updated_at.isoformat(),
    }


def _print_table(rows: list[ProjectSummary]) -> None:
    for s in rows:
        print(f"{s.id:>6}  {s.status.label:<10} {s.file_count:>6} files  {s.name}")


def import_folder(args: argparse.Namespace) -> int:
    ctx = open_unlocked()
    max_bytes = int(ctx.settings.get("import_max_file_kb")) * 1024

    def show(update: ProgressUpdate) -> None:
        if sys.stderr.isatty() and update.total:
            print(f"\r{update.done}/{update.total} files", end="", file=sys.stderr, flush=True)

    report = ctx.projects.import_folder(args.folder, args.name, max_file_bytes=max_bytes, progress=show)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    print(f"Imported {report.imported} files ({report.imported_bytes} bytes) as project {report.project_id}.")
    if report.skipped:
        print(f"Skipped {len(report.skipped)}:")
        for item in report.skipped:
            print(f"  {item.path}: {item.reason}")
    return 0


def list_projects(args: argparse.Namespace) -> int:
    ctx = open_unlocked()
    ids = ctx.projects.list_ids(ProjectFilter(archived=args.archived))
    rows = ctx.projects.summaries(ids)
    if args.json:
        print(json.dumps([_summary_dict(s) for s in rows], indent=2))
    else:
        _print_table(rows)
    return 0


def show_project(args: argparse.Namespace) -> int:
    ctx = open_unlocked()
    project = ctx.projects.get(args.id)
    revisions = ctx.projects.revisions(project.id)
    files = ctx.projects.files(project.id, project.current_revision) if project.current_revision else []
    data = {
        "id": project.id,
        "uid": project.uid,
        "name": project.name,
        "description": project.requirements.description,
        "stack": project.requirements.stack,
        "language": project.requirements.language,
        "specifications": project.requirements.specifications,
        "origin": project.origin.value,
        "status": project.status.value,
        "archived": project.archived,
        "created_at": project.created_at.isoformat(),
        "updated_at": project.updated_at.isoformat(),
        "revision": project.current_revision,
        "revisions": [
            {
                "number": r.number,
                "kind": r.kind.value,
                "summary": r.summary,
                "created_at": r.created_at.isoformat(),
                "files": r.file_count,
                "bytes": r.total_bytes,
            }
            for r in revisions
        ],
        "files": [{"path": f.path, "size": f.size, "sha256": f.sha256} for f in files],
    }
    if args.json:
        print(json.dumps(data, indent=2))
        return 0
    print(f"{project.name}  (project {project.id}, {project.status.label})")
    for key in ("stack", "language", "description"):
        if data[key]:
            print(f"  {key.capitalize()}: {data[key]}")
    print(f"  Revision {project.current_revision} of {len(revisions)}; {len(files)} files")
    for f in files:
        print(f"    {f.path}  ({f.size} bytes)")
    return 0


def search_projects(args: argparse.Namespace) -> int:
    ctx = open_unlocked()
    hits = ctx.projects.search(args.term)
    if args.json:
        print(json.dumps([{**_summary_dict(s), "rank": rank} for s, rank in hits], indent=2))
    else:
        _print_table([s for s, _ in hits])
        if not hits:
            print(f"No project matches {args.term!r}.")
    return 0
