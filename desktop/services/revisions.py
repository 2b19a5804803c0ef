"""Adding a revision from a complete set of files (the review workflow's result), next to ProjectService."""

from __future__ import annotations

from collections.abc import Mapping

from desktop.domain.projects import RevisionKind
from desktop.services.projects import ProjectService


def add_revision_from_files(
    projects: ProjectService,
    project_id: int,
    files: Mapping[str, bytes],
    summary: str,
    kind: RevisionKind = RevisionKind.RESTORE,
) -> int:
    """A new revision of ``project_id`` holding exactly ``files`` (path -> content); returns its number.

    There is no "review" revision kind yet, so the default is RESTORE (a revision made from earlier contents);
    the summary says what happened.
    """
    status = projects.get(project_id).status
    store = projects.store
    with store.vault.transaction() as tx:
        return store.add_revision(tx, project_id, kind, summary, sorted(files.items()), status)
