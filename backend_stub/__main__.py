"""``python -m backend_stub [--host H] [--port P] [--data DIR] [--seed-demo] [--faults]``."""

from __future__ import annotations

import argparse
import logging
from pathlib import Path

import uvicorn

from backend_stub import payments
from backend_stub.app import FAULTS_ENV, create_app, faults_enabled_by_env
from backend_stub.context import StubContext
from backend_stub.seed import seed_demo


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="backend_stub", description="Local stand-in for the CodeCraft service.")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--data", type=Path, default=Path("stub-data"), help="directory for the SQLite database")
    parser.add_argument("--seed-demo", action="store_true", help="create the demo client and expert accounts")
    parser.add_argument(
        "--faults", action="store_true", help=f"enable the test-only /_test endpoints (or set {FAULTS_ENV}=1)"
    )
    parser.add_argument(
        "--stripe-api-base", help="URL of a localstripe server for payments (else STRIPE_API_KEY means Stripe)"
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s %(message)s")
    app = create_app(args.data, test_endpoints=args.faults or faults_enabled_by_env())
    payments.configure(app, api_base=args.stripe_api_base)
    if args.seed_demo:
        ctx: StubContext = app.state.ctx
        created = seed_demo(ctx)
        logging.getLogger("backend_stub").info("demo accounts created: %s", ", ".join(created) or "none (exist)")
    uvicorn.run(app, host=args.host, port=args.port, log_level="info")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
