"""The Reviews page with real widgets, the real stub and real vaults: an expert accepts the NDA, comments with a
suggestion and submits; a client opens the review and accepts a suggested change hunk by hunk."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.domain.review import HunkDecision
from desktop.services.client_review import ClientReviewService
from desktop.services.expert_review import ExpertReviewService
from desktop.ui.reviews import ReviewsPage
from desktop.ui.reviews.client_view import ClientReviewView
from desktop.ui.reviews.expert_view import PAGE_NDA, PAGE_REVIEW, ExpertReviewView
from desktop.ui.tasks import TaskRunner
from tests.reviews.conftest import MARKER, Person, Reviewing
from tests.reviews.test_review_flow import expert_service, review_with_two_suggestions

WAIT = 15_000


def shot(page: ReviewsPage, path: Path) -> None:
    """A picture of the page as it is on screen (pending layout work done first)."""
    QApplication.processEvents()
    assert page.grab().save(str(path))


@pytest.fixture
def runners(qtbot: QtBot) -> Iterator[tuple[TaskRunner, TaskRunner]]:
    tasks, network = TaskRunner(), TaskRunner(name="network")
    yield tasks, network
    network.shutdown()
    tasks.shutdown()


def page_for(qtbot: QtBot, person: Person, runners: tuple[TaskRunner, TaskRunner]) -> ReviewsPage:
    api = lambda: person.api  # noqa: E731
    expert = ExpertReviewService(lambda: person.ctx.session.vault, api)
    page = ReviewsPage(expert, ClientReviewService.for_context(person.ctx, api), *runners)
    qtbot.addWidget(page)
    page.resize(1300, 780)
    page.show()
    page.set_user(person.api.me())
    return page


def test_an_expert_accepts_the_nda_comments_and_submits(
    qtbot: QtBot, reviewing: Reviewing, runners: tuple[TaskRunner, TaskRunner], tmp_path: Path
) -> None:
    reviewing.order_reviewed()
    page = page_for(qtbot, reviewing.expert, runners)
    view = page.view
    assert isinstance(view, ExpertReviewView)
    qtbot.waitUntil(lambda: view.queue.count() == 1, timeout=WAIT)
    assert "Invoice Helper" in view.queue.item(0).text() and "NDA not accepted" in view.queue.item(0).text()
    view.queue.setCurrentRow(0)
    qtbot.waitUntil(lambda: view.stack.currentIndex() == PAGE_NDA, timeout=WAIT)
    assert "confidential" in view.nda_text.toPlainText() and view.accept_button.isEnabled()
    assert expert_service(reviewing.expert).downloaded() == []  # no code before the NDA
    shot(page, tmp_path / "expert-nda.png")
    qtbot.mouseClick(view.accept_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.stack.currentIndex() == PAGE_REVIEW, timeout=WAIT)
    viewer = view.viewer
    assert viewer is not None and not view.submit_button.isEnabled()  # a verdict first
    readme = next(row for row, pair in enumerate(viewer.files.pairs) if pair.path == "README.md")
    viewer.select_file(readme)
    qtbot.waitUntil(lambda: viewer.document is not None and viewer.document.path == "README.md", timeout=WAIT)
    assert viewer.start_comment(suggest=True)
    viewer.comments.composer.body.setPlainText("Name the **CLI** in the title.")
    viewer.comments.composer.suggestion.setPlainText("# Invoice Helper (CLI)")
    qtbot.mouseClick(viewer.comments.composer.add, Qt.MouseButton.LeftButton)
    assert len(viewer.session.threads) == 1 and len(viewer.comments.cards) == 1
    qtbot.mouseClick(view.request_changes, Qt.MouseButton.LeftButton)
    view.summary.setPlainText("One change.")
    shot(page, tmp_path / "expert-review.png")
    qtbot.mouseClick(view.submit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.notice.isVisible() and view.queue.count() == 0, timeout=WAIT)
    qtbot.waitUntil(lambda: not runners[0].is_busy(), timeout=WAIT)
    assert expert_service(reviewing.expert).downloaded() == []
    [summary] = reviewing.client.reviews.reviews()
    assert (summary.verdict, summary.thread_count, summary.suggestion_count) == ("request_changes", 1, 1)
    assert MARKER not in view.notice.text()


def test_a_client_opens_the_review_and_accepts_a_suggestion_hunk_by_hunk(
    qtbot: QtBot, reviewing: Reviewing, runners: tuple[TaskRunner, TaskRunner], tmp_path: Path
) -> None:
    pid, _ = reviewing.order_reviewed()
    expert = expert_service(reviewing.expert)
    engagement_id, session, paths = review_with_two_suggestions(expert)
    expert.submit(engagement_id, session, "request_changes", "Two **small** changes.")
    page = page_for(qtbot, reviewing.client, runners)
    view = page.view
    assert isinstance(view, ClientReviewView)
    qtbot.waitUntil(lambda: view.list.count() == 1, timeout=WAIT)
    assert "Changes requested" in view.list.item(0).text() and "2 suggestions" in view.list.item(0).text()
    view.list.setCurrentRow(0)
    qtbot.waitUntil(lambda: view.stack.currentIndex() == 1, timeout=WAIT)  # landed, compared, shown
    comments, suggestions = view.comments_viewer, view.suggestions_viewer
    assert comments is not None and suggestions is not None
    assert "Changes requested" in view.verdict.text() and view.tabs.tabText(0) == "Comments (3)"
    readme = next(row for row, pair in enumerate(comments.files.pairs) if pair.path == "README.md")
    comments.select_file(readme)
    qtbot.waitUntil(lambda: comments.document is not None and comments.document.path == "README.md", timeout=WAIT)
    assert len(comments.comments.cards) == 1 and "clearer" in comments.comments.cards[0].text.toPlainText()
    shot(page, tmp_path / "client-comments.png")
    view.tabs.setCurrentIndex(1)
    assert [pair.path for pair in suggestions.files.pairs] == sorted(paths)
    for row, decision in enumerate((HunkDecision.REJECTED, HunkDecision.ACCEPTED)):  # README.md sorts first
        suggestions.select_file(row)
        qtbot.waitUntil(lambda r=row: suggestions.document is not None and suggestions.current_row() == r, timeout=WAIT)
        qtbot.waitUntil(
            lambda: (
                suggestions.document is not None
                and suggestions.document.path == suggestions.files.pairs[suggestions.current_row()].path
            ),
            timeout=WAIT,
        )
        suggestions.decide(decision)
    shot(page, tmp_path / "client-suggestions.png")
    with qtbot.waitSignal(page.revision_created, timeout=WAIT) as created:
        qtbot.mouseClick(suggestions.controls.apply, Qt.MouseButton.LeftButton)
    assert created.args == [pid, 3]
    projects = reviewing.client.ctx.projects
    before = {e.path: projects.read_file(pid, 2, e.path) for e in projects.files(pid, 2)}
    after = {e.path: projects.read_file(pid, 3, e.path) for e in projects.files(pid, 3)}
    assert {path for path in before if before[path] != after[path]} == {paths[1]}
    assert "Revision 3" in view.status.text()


def test_signed_out_shows_a_hint_and_an_offline_moment_keeps_the_experts_screen(
    qtbot: QtBot, reviewing: Reviewing, runners: tuple[TaskRunner, TaskRunner]
) -> None:
    page = page_for(qtbot, reviewing.expert, runners)
    view = page.view
    assert isinstance(view, ExpertReviewView)
    qtbot.waitUntil(
        lambda: view.status.text().startswith("0 ") and "assigned to you" in view.status.text(), timeout=WAIT
    )
    page.set_user(None)
    assert page.stack.currentWidget() is page.signed_out and "Sign in" in page.signed_out.text()
    page.set_user(reviewing.expert.api.me())
    assert page.view is view and page.stack.currentWidget() is view
    page.set_user(reviewing.client.api.me())
    assert isinstance(page.view, ClientReviewView) and page.heading.text() == "Reviews of your deliveries"
    qtbot.waitUntil(lambda: not runners[1].is_busy(), timeout=WAIT)
