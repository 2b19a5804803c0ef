"""Every hostile archive is refused with a clear message, and the vault is byte-for-byte unchanged."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.services.context import AppContext
from desktop.services.portability import format as fmt
from desktop.services.portability.importer import import_archive
from desktop.services.portability.validate import ArchiveRefused
from tests.portability.hostile.make_corpus import CASES, build
from tests.portability.support import full_dump


@pytest.mark.parametrize("case", sorted(CASES))
def test_hostile_archive_is_refused_and_changes_nothing(
    case: str, source: AppContext, archive: Path, tmp_path: Path
) -> None:
    hostile = build(case, archive, tmp_path / "hostile")
    before = full_dump(source.session.vault)
    password = "a guess" if case == "wrong_password" else None
    with pytest.raises(ArchiveRefused) as refused:
        import_archive(source.session.vault, hostile, password)
    assert CASES[case][1] in str(refused.value), str(refused.value)
    assert "unchanged" in (refused.value.hint or "") or "Nothing was imported" in (refused.value.hint or "")
    assert full_dump(source.session.vault) == before


def test_size_and_count_limits_are_enforced(target: AppContext, archive: Path) -> None:
    with pytest.raises(ArchiveRefused, match="unpacks to"):
        import_archive(target.session.vault, archive, limits=fmt.Limits(max_total_bytes=100))
    with pytest.raises(ArchiveRefused, match="entries"):
        import_archive(target.session.vault, archive, limits=fmt.Limits(max_entries=3))
    assert target.projects.store.count() == 0
