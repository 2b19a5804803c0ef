"""`make run`: start the local service (seeded with the demo accounts), run the app against it, stop the service.

Cross-platform on purpose (no shell job control), so Windows and macOS developers can run it too:
``python -m backend_stub.dev [--port 8765] [--data .dev/stub]``.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
import urllib.request
from pathlib import Path


def wait_until_up(url: str, process: subprocess.Popen[bytes], timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"The local service stopped at start (exit {process.returncode}); see its log.")
        try:
            with urllib.request.urlopen(f"{url}/openapi.json", timeout=1):
                return
        except OSError:
            time.sleep(0.1)
    raise SystemExit(f"The local service did not answer at {url} within {timeout:.0f} s.")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m backend_stub.dev")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--data", type=Path, default=Path(".dev/stub"))
    args = parser.parse_args(argv)
    args.data.mkdir(parents=True, exist_ok=True)
    url = f"http://127.0.0.1:{args.port}"
    log = (args.data / "service.log").open("ab")
    service = subprocess.Popen(
        [sys.executable, "-m", "backend_stub", "--port", str(args.port), "--data", str(args.data), "--seed-demo"],
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        wait_until_up(url, service)
        print(f"Local CodeCraft service at {url} (log: {args.data / 'service.log'})", flush=True)
        app = subprocess.run([sys.executable, "-m", "desktop"], env={**os.environ, "CODECRAFT_SERVER": url})
        return app.returncode
    finally:
        service.terminate()
        try:
            service.wait(timeout=10)
        except subprocess.TimeoutExpired:
            service.kill()
        log.close()


if __name__ == "__main__":
    raise SystemExit(main())
