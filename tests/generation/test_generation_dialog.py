"""The “Order generation” dialog against the real stub: cost and balance first, then the job live to delivery."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.domain.generation import LandedDelivery
from desktop.domain.projects import ProjectStatus
from desktop.ui.generation_dialog import GenerationDialog
from desktop.ui.tasks import TaskRunner
from tests.commerce import Shop
from tests.commerce_qt import runners

__all__ = ["runners"]


def dialog_for(shop: Shop, qtbot: QtBot, runners: tuple[TaskRunner, TaskRunner], pid: int) -> GenerationDialog:
    vault, network = runners
    dialog = GenerationDialog(shop.generation, network, vault, pid)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_dialog_shows_the_cost_then_follows_the_job_to_delivery(
    shop: Shop, qtbot: QtBot, runners: tuple[TaskRunner, TaskRunner], tmp_path: Path
) -> None:
    pid = shop.project("Dialog Demo")
    shop.grant(10)
    dialog = dialog_for(shop, qtbot, runners, pid)
    qtbot.waitUntil(lambda: dialog.state == "ready", timeout=10_000)
    assert "10 credits" in dialog.cost_label.text() and dialog.balance_label.text() == "10 credits"
    assert "never used to train" in dialog.consent_label.text()
    dialog.grab().save(str(tmp_path / "generation-quote.png"))
    with qtbot.waitSignal(dialog.delivered, timeout=20_000) as delivered:
        dialog.order_button.click()
    landed = delivered.args[0]
    assert isinstance(landed, LandedDelivery) and landed.revision == 2
    assert dialog.progress.value() == 100 and "Delivered: revision 2" in dialog.message.text()
    assert shop.ctx.projects.get(pid).status is ProjectStatus.DELIVERED
    dialog.grab().save(str(tmp_path / "generation-delivered.png"))


def test_too_few_credits_and_a_failed_job_are_said_in_the_dialog(
    shop: Shop, qtbot: QtBot, runners: tuple[TaskRunner, TaskRunner], tmp_path: Path
) -> None:
    pid = shop.project("Dialog Fail")
    dialog = dialog_for(shop, qtbot, runners, pid)
    qtbot.waitUntil(lambda: "more credits" in dialog.message.text(), timeout=10_000)
    assert not dialog.order_button.isEnabled() and "10 more credits" in dialog.message.text()
    shop.grant(35)
    dialog.review_box.setChecked(True)
    qtbot.waitUntil(lambda: dialog.state == "ready", timeout=10_000)
    assert "35 credits" in dialog.cost_label.text()
    shop.set_mode("fail")
    with qtbot.waitSignal(dialog.state_changed, timeout=20_000, check_params_cb=lambda s: s == "failed"):
        dialog.order_button.click()
    assert "cannot build yet" in dialog.message.text() and "given back" in dialog.message.text()
    dialog.grab().save(str(tmp_path / "generation-failed.png"))
    revision = shop.ctx.projects.get(pid).current_revision
    assert revision == 1
