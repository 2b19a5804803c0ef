"""The `codecraft` command: starts the app, or runs a headless command without importing Qt.

Each module listed in ``desktop.commands.COMMAND_MODULES`` exposes ``add_commands(subparsers)`` and sets a
``handler(args) -> int`` default on each subparser it adds.
"""

from __future__ import annotations

import argparse
import importlib
import sys

from desktop import APP_NAME, __version__, collector
from desktop.commands import COMMAND_MODULES
from desktop.errors import UserFacingError, redacted_report


def build_parser(with_commands: bool = True) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="codecraft", description=f"{APP_NAME}, headless and graphical.")
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument("--self-test", action="store_true", help="check the installation and exit")
    parser.add_argument("--profile", help="profile name (default: 'default' or $CODECRAFT_PROFILE)")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    if with_commands:
        for module_name in COMMAND_MODULES:
            importlib.import_module(module_name).add_commands(subparsers)
    return parser


def _names_a_command(argv: list[str]) -> bool:
    """Whether the arguments may name a subcommand; starting the app or --self-test then skips loading them all."""
    return any(not arg.startswith("-") for arg in argv) or bool({"-h", "--help"} & set(argv))


def run() -> int:
    """The program's entry point: the `codecraft` script and `python -m desktop`."""
    collector.pause_for_start_up()
    try:
        return main()
    finally:
        collector.start_up_done()


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    parser = build_parser(with_commands=_names_a_command(argv))
    args = parser.parse_args(argv)
    if args.profile:
        import os

        os.environ["CODECRAFT_PROFILE"] = args.profile
    if args.self_test:
        from desktop.self_test import run_self_test

        return run_self_test()
    handler = getattr(args, "handler", None)
    if handler is None:
        from desktop.ui.app import run_app

        return run_app(sys.argv[:1])
    collector.start_up_done()  # a command may run long and make garbage of its own
    try:
        return int(handler(args))
    except UserFacingError as exc:
        print(f"codecraft: {exc.title}: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("codecraft: interrupted; nothing was changed.", file=sys.stderr)
        return 130
    except Exception as exc:  # a bug: say so without leaking data, and give a report to send
        print("codecraft: an unexpected error happened. Report for support:", file=sys.stderr)
        print(redacted_report(exc), file=sys.stderr)
        return 3


if __name__ == "__main__":
    sys.exit(run())
