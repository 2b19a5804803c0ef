"""`codecraft generate ID [--review] | --resume`, `codecraft jobs [--json]`, `codecraft credits [--json]`,
`codecraft buy PACK`. Services (and with them the network and the vault) load only inside the handlers."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING

from desktop.domain.progress import ProgressUpdate

if TYPE_CHECKING:
    from desktop.services.billing import BillingService
    from desktop.services.generation import GenerationService


def add_commands(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    generate = subparsers.add_parser("generate", help="order a generation for a Synced project and land it")
    generate.add_argument("id", type=int, nargs="?", help="the project (see `codecraft projects list`)")
    generate.add_argument("--review", action="store_true", help="have an expert review the code before delivery")
    generate.add_argument("--resume", action="store_true", help="follow the jobs this device still waits for")
    generate.add_argument("--yes", action="store_true", help="order without asking to confirm the cost")
    generate.set_defaults(handler=run_generate)
    jobs = subparsers.add_parser("jobs", help="list your generation jobs")
    jobs.add_argument("--json", action="store_true")
    jobs.set_defaults(handler=list_jobs)
    credits = subparsers.add_parser("credits", help="show your credit balance, prices and packs")
    credits.add_argument("--json", action="store_true")
    credits.set_defaults(handler=show_credits)
    buy = subparsers.add_parser("buy", help="buy a credit pack: prints the checkout address to pay at")
    buy.add_argument("pack")
    buy.add_argument("--wait", action="store_true", help="wait until the payment has landed")
    buy.set_defaults(handler=buy_pack)


def _generation() -> GenerationService:
    from desktop.commands.unlock import open_unlocked
    from desktop.services.generation import GenerationService

    return GenerationService.for_context(open_unlocked())


def _billing() -> BillingService:
    from desktop.commands.unlock import open_unlocked
    from desktop.services.billing import BillingService

    return BillingService.for_context(open_unlocked())


def _show(update: ProgressUpdate) -> None:
    print(f"[{update.done:3d}%] {update.detail}", file=sys.stderr, flush=True)


def run_generate(args: argparse.Namespace) -> int:
    service = _generation()
    if args.resume:
        resumed = service.resume(progress=_show)
        for item in resumed:
            print(f"Project {item.project_id}: delivery landed as revision {item.revision} ({item.files} files).")
        if not resumed:
            print("No generation is waiting for delivery.")
        return 0
    if args.id is None:
        print("codecraft generate: give a project id, or --resume.", file=sys.stderr)
        return 2
    quote = service.quote(args.id, args.review)
    review = f" + {quote.review_credits} for the expert review" if args.review else ""
    print(f"Cost: {quote.generation_credits} credits{review} = {quote.total_credits}; balance {quote.balance}.")
    if quote.missing:
        print(f"{quote.missing} more credits are needed: buy a pack with `codecraft buy PACK`.", file=sys.stderr)
        return 2
    if not args.yes and sys.stdin.isatty() and input("Order? [y/N] ").strip().lower() not in ("y", "yes"):
        print("Nothing was ordered.")
        return 1
    job = service.order(args.id, args.review)
    print(f"Ordered job {job.id} (AI training on this code: {'allowed' if job.ai_training_consent else 'no'}).")
    landed = service.finish(args.id, job.id, progress=_show)
    print(f"Delivered: revision {landed.revision} of project {args.id}, {landed.files} files.")
    return 0


def list_jobs(args: argparse.Namespace) -> int:
    jobs = _generation().jobs()
    if args.json:
        print(json.dumps([job.model_dump(mode="json") for job in jobs], indent=2))
        return 0
    for job in jobs:
        extra = f" — {job.error}" if job.error else ""
        print(f"{job.id:>5}  {job.status:<10} {job.progress:>3}%  {job.project_name}{extra}")
    if not jobs:
        print("No generation jobs yet.")
    return 0


def show_credits(args: argparse.Namespace) -> int:
    from desktop.services.billing import money

    summary = _billing().summary()
    if args.json:
        print(summary.model_dump_json(indent=2))
        return 0
    print(f"Balance: {summary.balance} credits")
    print(f"A generation costs {summary.generation_credits} credits; an expert review {summary.review_credits} more.")
    for pack in summary.packs:
        print(f"  {pack.id:<10} {pack.credits:>4} credits  {money(pack.amount_cents, pack.currency)}")
    print(f"Card payments are processed by {summary.payments_by}.")
    return 0


def buy_pack(args: argparse.Namespace) -> int:
    billing = _billing()
    pack = billing.pack(args.pack)
    purchase = billing.buy(pack.id)
    print(f"Pay for {pack.credits} credits at: {purchase.checkout_url}")
    if args.wait:
        paid = billing.wait_for_payment(purchase.id, wait=20)
        print("Paid: the credits are in your balance." if paid.status == "paid" else "Not paid yet.")
    return 0
