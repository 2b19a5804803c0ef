"""Run the benchmarks and write bench/results/latest.json (summarised by hand into BENCHMARKS.md)."""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import json
import pkgutil
import sys
import traceback
from pathlib import Path

import bench
from bench.harness import Figure


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench")
    parser.add_argument("names", nargs="*", help="benchmark modules to run (default: all)")
    parser.add_argument("--quick", action="store_true", help="smaller workloads, for a smoke run")
    args = parser.parse_args(argv)
    modules = sorted(m.name for m in pkgutil.iter_modules(bench.__path__) if m.name.startswith("bench_"))
    if args.names:
        modules = [m for m in modules if m in args.names or m.removeprefix("bench_") in args.names]
    results: dict[str, list[dict[str, object]]] = {}
    failed: list[str] = []
    for name in modules:
        print(f"== {name}", flush=True)
        module = importlib.import_module(f"bench.{name}")
        try:
            figures: list[Figure] = module.run(quick=args.quick)
        except Exception:  # one broken benchmark must not lose the others' figures
            traceback.print_exc()
            failed.append(name)
            continue
        for fig in figures:
            ratio = f"  ratio {fig.ratio:.2f}x vs {fig.baseline_name}" if fig.ratio is not None else ""
            verdict = "" if fig.ok is None else ("  OK" if fig.ok else "  MISSED")
            print(f"  {fig.name}: {fig.value:.4g} {fig.unit}{ratio}  target {fig.target}{verdict}", flush=True)
        results[name] = [f.as_dict() for f in figures]
    out_dir = Path(__file__).parent / "results"
    out_dir.mkdir(exist_ok=True)
    payload = {"date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"), "results": results}
    (out_dir / "latest.json").write_text(json.dumps(payload, indent=2))
    if failed:
        print(f"failed: {', '.join(failed)}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
