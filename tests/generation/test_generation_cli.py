"""`codecraft credits`, `buy`, `generate` and `jobs` through the real CLI entry point."""

from __future__ import annotations

import json

import pytest

from desktop import cli
from desktop.commands import unlock
from desktop.services.billing import BillingService
from desktop.services.generation import GenerationService
from tests.commerce import Shop


def test_credits_buy_generate_and_jobs(
    shop: Shop, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(unlock, "open_unlocked", lambda: shop.ctx)
    monkeypatch.setattr(GenerationService, "for_context", lambda ctx: shop.generation)
    monkeypatch.setattr(BillingService, "for_context", lambda ctx: shop.billing)
    pid = shop.project("Cli Tool")
    assert cli.main(["generate", str(pid), "--yes"]) == 2
    assert "10 more credits are needed" in capsys.readouterr().err
    assert cli.main(["credits"]) == 0
    out = capsys.readouterr().out
    assert "Balance: 0 credits" in out and "starter" in out and "Stripe" in out
    assert cli.main(["buy", "starter"]) == 0
    url = capsys.readouterr().out.split("at: ", 1)[1].strip()
    [purchase] = shop.billing.purchases()
    assert url == purchase.checkout_url
    shop.pay(purchase)
    assert shop.billing.wait_for_payment(purchase.id, wait=15).status == "paid"
    assert cli.main(["generate", str(pid), "--yes"]) == 0
    captured = capsys.readouterr()
    assert "Delivered: revision 2" in captured.out and "[100%] Delivered" in captured.err
    assert cli.main(["jobs", "--json"]) == 0
    assert [job["status"] for job in json.loads(capsys.readouterr().out)] == ["delivered"]
    assert cli.main(["buy", "gold"]) == 2
    assert "no credit pack" in capsys.readouterr().err
    assert cli.main(["generate", "--resume"]) == 0
    assert "No generation is waiting" in capsys.readouterr().out
