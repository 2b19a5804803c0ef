"""`codecraft diff OLD NEW` and `codecraft apply PATCH DIR` (headless; no Qt)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from desktop.diff.apply import apply_patch
from desktop.diff.files import diff_files
from desktop.diff.model import FileDiff, WhitespaceMode
from desktop.diff.patch import PatchError
from desktop.diff.text import decode, encode
from desktop.diff.textdiff import DEFAULT_CONTEXT
from desktop.diff.trees import diff_trees
from desktop.diff.unified import format_unified

EXIT_SAME, EXIT_DIFFERENT, EXIT_TROUBLE = 0, 1, 2  # as diff(1)


def add_commands(subparsers: Any) -> None:
    diff = subparsers.add_parser("diff", help="print the unified diff of two files or two folders")
    diff.add_argument("old", type=Path, help="old file or folder")
    diff.add_argument("new", type=Path, help="new file or folder")
    spaces = diff.add_mutually_exclusive_group()
    spaces.add_argument(
        "-w",
        "--ignore-whitespace",
        "--ignore-all-space",
        dest="whitespace",
        action="store_const",
        const=WhitespaceMode.IGNORE_ALL,
        help="ignore all whitespace when comparing lines",
    )
    spaces.add_argument(
        "-b",
        "--ignore-space-change",
        dest="whitespace",
        action="store_const",
        const=WhitespaceMode.IGNORE_CHANGE,
        help="ignore changes in the amount of whitespace",
    )
    spaces.add_argument(
        "--ignore-space-at-eol",
        dest="whitespace",
        action="store_const",
        const=WhitespaceMode.IGNORE_AT_EOL,
        help="ignore whitespace at the end of lines",
    )
    diff.add_argument("-U", "--unified", type=int, default=DEFAULT_CONTEXT, metavar="N", help="lines of context")
    diff.add_argument("--no-renames", action="store_true", help="do not detect renamed files between folders")
    diff.set_defaults(handler=run_diff, whitespace=WhitespaceMode.EXACT)

    apply = subparsers.add_parser("apply", help="apply a unified diff to a folder (all or nothing)")
    apply.add_argument("patch", type=Path, help="the patch file, or - for standard input")
    apply.add_argument("dir", type=Path, help="the folder to patch")
    apply.add_argument("-p", dest="strip", type=int, default=1, metavar="N", help="strip N leading path parts")
    apply.add_argument("--check", action="store_true", help="only check that the patch applies")
    apply.set_defaults(handler=run_apply)


def run_diff(args: argparse.Namespace) -> int:
    old, new = Path(args.old), Path(args.new)
    if args.unified < 0:
        return _fail("diff: context must not be negative", EXIT_TROUBLE)
    try:
        diffs: list[FileDiff]
        if old.is_dir() and new.is_dir():
            diffs = diff_trees(
                old, new, whitespace=args.whitespace, context=args.unified, detect_renames=not args.no_renames
            )
        elif old.is_file() and new.is_file():
            diffs = [diff_files(old, new, whitespace=args.whitespace, context=args.unified)]
        else:
            return _fail(f"diff: {old} and {new} must be two files or two folders", EXIT_TROUBLE)
        text = format_unified(diffs)
    except OSError as error:
        return _fail(f"diff: {error}", EXIT_TROUBLE)
    sys.stdout.flush()
    sys.stdout.buffer.write(encode(text))
    sys.stdout.buffer.flush()
    return EXIT_DIFFERENT if text else EXIT_SAME


def run_apply(args: argparse.Namespace) -> int:
    target = Path(args.dir)
    if not target.is_dir():
        return _fail(f"apply: {target} is not a folder", EXIT_DIFFERENT)
    try:
        data = sys.stdin.buffer.read() if str(args.patch) == "-" else Path(args.patch).read_bytes()
        changed = apply_patch(decode(data), target, strip=args.strip, dry_run=args.check)
    except PatchError as error:
        return _fail(f"apply: refused, {target} is unchanged: {error}", EXIT_DIFFERENT)
    except OSError as error:
        return _fail(f"apply: {error}", EXIT_DIFFERENT)
    verb = "would change" if args.check else "changed"
    print(f"{verb} {len(changed)} file{'s' if len(changed) != 1 else ''}")
    return EXIT_SAME


def _fail(message: str, code: int) -> int:
    print(message, file=sys.stderr)
    return code
