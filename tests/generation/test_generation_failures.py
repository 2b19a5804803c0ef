"""What goes wrong, said clearly, with the vault left as it was: no credits, a failed job, unsafe or oversized
deliveries, and the service going away mid-job (following resumes later)."""

from __future__ import annotations

from typing import Any

import pytest

from desktop.api.errors import PaymentRequired
from desktop.domain.generation import DeliveryRejected, check_delivery, path_problem
from desktop.services.generation import FollowInterrupted, GenerationFailed
from tests.commerce import Shop


def vault_state(shop: Shop, pid: int) -> tuple[Any, ...]:
    project = shop.ctx.projects.get(pid)
    files = shop.sync.state.current_files(pid)
    return project.status, project.current_revision, len(shop.ctx.projects.revisions(pid)), files


def test_ordering_without_enough_credits_says_how_many_are_missing(shop: Shop) -> None:
    pid = shop.project("Broke")
    before = vault_state(shop, pid)
    quote = shop.generation.quote(pid, expert_review=True)
    assert (quote.total_credits, quote.missing) == (35, 35)
    shop.grant(5)
    with pytest.raises(PaymentRequired, match="30 more credits are needed") as caught:
        shop.generation.order(pid, expert_review=True)
    assert caught.value.title == "Payment required"
    assert vault_state(shop, pid) == before and shop.generation.active_jobs() == {}
    assert shop.billing.summary().balance == 5 and shop.generation.jobs() == []


def test_a_failed_job_says_why_refunds_and_leaves_the_vault_alone(shop: Shop) -> None:
    pid = shop.project("Doomed")
    before = vault_state(shop, pid)
    shop.grant(10)
    shop.set_mode("fail")
    with pytest.raises(GenerationFailed, match="cannot build yet") as caught:
        shop.generation.generate(pid)
    assert "given back" in caught.value.hint
    assert vault_state(shop, pid) == before and shop.generation.active_jobs() == {}
    assert shop.billing.summary().balance == 10
    [job] = shop.generation.jobs()
    assert job.status == "failed" and job.error


@pytest.mark.parametrize(("mode", "message"), [("traversal", "outside the project"), ("oversize", "at most 2 MB")])
def test_unsafe_or_oversized_deliveries_are_refused_whole(shop: Shop, mode: str, message: str) -> None:
    pid = shop.project(f"Bad {mode}")
    before = vault_state(shop, pid)
    shop.grant(10)
    shop.set_mode(mode)
    with pytest.raises(DeliveryRejected, match=message) as caught:
        shop.generation.generate(pid)
    assert "unchanged" in caught.value.hint
    assert vault_state(shop, pid) == before


@pytest.mark.parametrize(
    "path",
    ["../x", "a/../../x", "/etc/passwd", "C:/x", "a\\b", "nul\x00.txt", "dir/CON", "lpt1.txt", "a//b", "./a", ""],
)
def test_unsafe_names_are_named_as_such(path: str) -> None:
    assert path_problem(path) is not None
    with pytest.raises(DeliveryRejected):
        check_delivery([(path, 1)])


def test_safe_names_and_the_total_size_limit() -> None:
    assert path_problem("src/app/main.py") is None and path_problem(".github/workflows/ci.yml") is None
    with pytest.raises(DeliveryRejected, match="20 MB"):
        check_delivery([(f"f{i}.bin", 2 * 1024 * 1024) for i in range(11)])
    with pytest.raises(DeliveryRejected, match="twice"):
        check_delivery([("a.txt", 1), ("A.TXT", 1)])


def test_the_service_going_down_mid_job_is_said_clearly_and_following_resumes(shop: Shop) -> None:
    pid = shop.project("Interrupted")
    shop.grant(35)
    job = shop.generation.order(pid, expert_review=True)
    client = shop.generation.client()
    after, status = 0, job.status
    while status != "in_review":
        answer = client.events(job.id, after, wait=2)
        after, status = answer.next_after, answer.job.status
    before = vault_state(shop, pid)
    shop.stub.set_fault("drop", path_prefix="/v1/jobs", count=8)  # the connection goes, every retry too
    with pytest.raises(FollowInterrupted, match="stopped answering") as caught:
        shop.generation.follow(job.id)
    assert "resumes" in caught.value.hint
    assert vault_state(shop, pid) == before
    assert shop.generation.active_jobs() == {shop.ctx.projects.get(pid).uid: job.id}
    shop.stub.clear_faults()
    shop.stub.advance_clock(25 * 3600)  # meanwhile the expert finished the review
    [landed] = shop.generation.resume()
    assert (landed.project_id, landed.job_id, landed.revision) == (pid, job.id, 2)
    assert shop.generation.active_jobs() == {}
