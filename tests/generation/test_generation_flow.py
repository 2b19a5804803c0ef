"""A generation through the real stub: paid with credits bought at checkout, followed, landed in the vault as a
revision whose own tests pass; the AI-training consent travels with the order; ownership after payment."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.domain.privacy import ConsentKind
from desktop.domain.progress import ProgressUpdate
from desktop.domain.projects import ProjectStatus, RevisionKind
from desktop.services.generation import GenerationFailed, NotSynced
from desktop.storage.privacy_store import PrivacyStore
from tests.commerce import Shop


def export(shop: Shop, pid: int, folder: Path) -> list[str]:
    project = shop.ctx.projects.get(pid)
    paths = []
    for entry in shop.ctx.projects.files(pid, project.current_revision):
        target = folder / entry.path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(shop.ctx.projects.read_file(pid, project.current_revision, entry.path))
        paths.append(entry.path)
    return paths


def run_own_tests(folder: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "unittest"], cwd=folder, capture_output=True, text=True, timeout=60, check=False
    )


def test_bought_credits_pay_for_a_generation_that_lands_as_a_delivered_revision(shop: Shop, tmp_path: Path) -> None:
    pid = shop.project("Shop Helper", "Python CLI")
    store = PrivacyStore(lambda: shop.ctx.session.vault)
    prefs = store.preferences()
    store.save(dataclasses.replace(prefs, consents={**prefs.consents, ConsentKind.AI_TRAINING: True}))
    shop.buy("starter")
    quote = shop.generation.quote(pid, expert_review=False)
    assert (quote.total_credits, quote.balance, quote.missing, quote.stack) == (10, 50, 0, "python-cli")
    updates: list[ProgressUpdate] = []
    job = shop.generation.order(pid)
    assert job.ai_training_consent is True and job.status == "queued"
    landed = shop.generation.finish(pid, job.id, progress=updates.append)
    assert updates[-1].done == 100 and updates[-1].detail.startswith("Delivered")
    project = shop.ctx.projects.get(pid)
    assert project.status is ProjectStatus.DELIVERED and project.current_revision == landed.revision == 2
    revision = shop.ctx.projects.revisions(pid)[0]
    assert revision.kind is RevisionKind.DELIVERY and f"job {job.id}" in revision.summary
    paths = export(shop, pid, tmp_path / "export")
    assert "README.md" in paths and "shop_helper/cli.py" in paths and "notes.txt" not in paths
    result = run_own_tests(tmp_path / "export")
    assert result.returncode == 0, result.stderr
    assert shop.billing.summary().balance == 40
    [owned] = shop.billing.deliveries()
    assert owned.owner == "client" and owned.paid_at is not None and "belongs to you" in owned.statement
    assert shop.generation.active_jobs() == {}
    again = shop.generation.land(pid, job.id, [("x.txt", b"x")])  # landing twice writes nothing
    assert again.already and shop.ctx.projects.get(pid).current_revision == 2
    kinds = [n.kind for n in shop.billing.new_notifications()[0]]
    assert kinds == ["service", "delivery"]


@pytest.mark.parametrize(("stack", "marker"), [("FastAPI web API", "server.py"), ("Static HTML page", "index.html")])
def test_each_stack_delivers_a_project_whose_tests_pass(shop: Shop, tmp_path: Path, stack: str, marker: str) -> None:
    pid = shop.project(f"Demo {marker}", stack, "- greet visitors\n- keep a list\n")
    shop.grant(10)
    shop.generation.generate(pid)
    paths = export(shop, pid, tmp_path / "export")
    assert any(path.endswith(marker) for path in paths) and "README.md" in paths
    result = run_own_tests(tmp_path / "export")
    assert result.returncode == 0, result.stderr


def test_an_expert_review_costs_more_and_delivers_after_the_review(shop: Shop) -> None:
    pid = shop.project("Reviewed")
    shop.grant(35)
    job = shop.generation.order(pid, expert_review=True)
    assert job.credits == 35 and job.ai_training_consent is False  # consent is off unless switched on
    client = shop.generation.client()
    after, status = 0, job.status
    while status != "in_review":
        answer = client.events(job.id, after, wait=2)
        after, status = answer.next_after, answer.job.status
    shop.call("POST", f"/_test/generation/jobs/{job.id}/review")
    assert shop.generation.finish(pid, job.id).revision == 2
    assert shop.billing.summary().balance == 0


def test_a_queued_job_can_be_cancelled_and_its_credits_come_back(shop: Shop) -> None:
    pid = shop.project("Cancelled")
    shop.grant(10)
    shop.call("POST", "/_test/generation/pause")
    job = shop.generation.order(pid)
    assert shop.billing.summary().balance == 0
    assert shop.generation.cancel_job(job.id).status == "cancelled"
    assert shop.billing.summary().balance == 10 and shop.generation.active_jobs() == {}
    with pytest.raises(GenerationFailed, match="cancelled"):
        shop.generation.follow(job.id)
    assert shop.ctx.projects.get(pid).current_revision == 1


def test_a_local_only_project_cannot_be_ordered(shop: Shop) -> None:
    pid = shop.project("Local")
    shop.sync.set_sync(pid, False)
    with pytest.raises(NotSynced, match="Local only"):
        shop.generation.quote(pid)
