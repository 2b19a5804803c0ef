"""`make run`: start localstripe (payments) and the local service (seeded with the demo accounts), run the app
against them, stop both.

Cross-platform on purpose (no shell job control), so Windows and macOS developers can run it too:
``python -m backend_stub.dev [--port 8765] [--data .dev/stub]``.
"""

from __future__ import annotations

import argparse
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import IO


def wait_until_up(
    url: str, process: subprocess.Popen[bytes], timeout: float = 20.0, what: str = "The local service"
) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"{what} stopped at start (exit {process.returncode}); see its log.")
        try:
            with urllib.request.urlopen(url, timeout=1):
                return
        except urllib.error.HTTPError:
            return  # it answers
        except OSError:
            time.sleep(0.1)
    raise SystemExit(f"{what} did not answer at {url} within {timeout:.0f} s.")


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_localstripe(log: IO[bytes]) -> tuple[subprocess.Popen[bytes], str]:
    """localstripe (a fake Stripe) on a free port, from scratch; returns the process and its URL."""
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "localstripe", "--port", str(port), "--from-scratch"], stdout=log, stderr=log
    )
    url = f"http://127.0.0.1:{port}"
    wait_until_up(f"{url}/v1/balance", process, what="localstripe")
    return process, url


def listening(port: int) -> bool:
    """Whether something already answers on the loopback port (a service left from an earlier run, say)."""
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.5):
            return True
    except OSError:
        return False


class _Stop:
    requested: int | None = None  # the signal that asked this launcher to stop
    deferred = False  # while the app's process is being created: stop once it exists, so it is stopped too


def _stop_on_signal(signum: int, frame: object) -> None:
    _Stop.requested = signum
    if not _Stop.deferred:
        raise SystemExit(128 + signum)  # unwinds through main's cleanup, which stops the app and both services


def stop(process: subprocess.Popen[bytes]) -> None:
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m backend_stub.dev")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--data", type=Path, default=Path(".dev/stub"))
    args = parser.parse_args(argv)
    if listening(args.port):
        raise SystemExit(
            f"Port {args.port} is already taken: is the local service of an earlier `make run` still running? "
            f"Stop it, or choose another port: python -m backend_stub.dev --port N"
        )
    # Closing the terminal or `kill` must not leave the services running (and the port taken) behind.
    for name in ("SIGTERM", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), _stop_on_signal)
    args.data.mkdir(parents=True, exist_ok=True)
    url = f"http://127.0.0.1:{args.port}"
    log = (args.data / "service.log").open("ab")
    stripe_log = (args.data / "localstripe.log").open("ab")
    payments, stripe_url = start_localstripe(stripe_log)
    command = [sys.executable, "-m", "backend_stub", "--port", str(args.port), "--data", str(args.data)]
    command += ["--seed-demo", "--stripe-api-base", stripe_url]
    service = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)
    try:
        wait_until_up(f"{url}/openapi.json", service)
        print(f"Payments: localstripe at {stripe_url} (test card 4242 4242 4242 4242)", flush=True)
        print(f"Local CodeCraft service at {url} (log: {args.data / 'service.log'})", flush=True)
        _Stop.deferred = True
        try:
            app = subprocess.Popen([sys.executable, "-m", "desktop"], env={**os.environ, "CODECRAFT_SERVER": url})
        finally:
            _Stop.deferred = False
        try:
            if _Stop.requested is not None:
                raise SystemExit(128 + _Stop.requested)
            return app.wait()
        finally:
            stop(app)  # when this launcher is stopped first: the app closes as Quit does, its vault locked
    finally:
        stop(service)
        stop(payments)
        log.close()
        stripe_log.close()


if __name__ == "__main__":
    raise SystemExit(main())
