"""A real localstripe (fake, stateful Stripe server) in a subprocess on a free port, for payment tests.

    # in a package's conftest.py: re-export the fixture
    from tests.localstripe_server import localstripe
    __all__ = ["localstripe"]

``localstripe`` is session-scoped (one process for the run); ``running_localstripe()`` works outside pytest.
It always starts ``--from-scratch``: it never loads another run's saved state.
"""

from __future__ import annotations

import socket
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager

import httpx
import pytest

STARTUP_TIMEOUT = 20.0
POLL_SECONDS = 0.1


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_for_http(url: str, process: subprocess.Popen[bytes], timeout: float = STARTUP_TIMEOUT) -> None:
    """Until ``url`` answers; waits on the process between attempts, so a crash at start fails at once."""
    attempts = int(timeout / POLL_SECONDS)
    for _ in range(attempts):
        try:
            httpx.get(url, timeout=1.0)
            return
        except httpx.TransportError:
            pass
        try:
            code = process.wait(timeout=POLL_SECONDS)
        except subprocess.TimeoutExpired:
            continue
        raise RuntimeError(f"{url} stopped at start (exit {code})")
    raise RuntimeError(f"{url} did not answer within {timeout:.0f} s")


@contextmanager
def running_localstripe() -> Iterator[str]:
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "localstripe", "--port", str(port), "--from-scratch"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_for_http(url + "/v1/balance", process)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture(scope="session")
def localstripe() -> Iterator[str]:
    """The URL of a running localstripe."""
    with running_localstripe() as url:
        yield url
