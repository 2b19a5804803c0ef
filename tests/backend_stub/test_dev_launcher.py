"""`make run`'s launcher (``python -m backend_stub.dev``) as a real process: it names a taken port instead of
failing obscurely, and being stopped stops the app and both services with it (no port left taken)."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
from pathlib import Path

import psutil
import pytest

from backend_stub.dev import free_port, listening

ROOT = Path(__file__).resolve().parents[2]


def test_a_taken_port_is_named_and_nothing_is_started(tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        command = [sys.executable, "-m", "backend_stub.dev", "--port", str(port), "--data", str(tmp_path / "stub")]
        out = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert out.returncode != 0
    assert f"Port {port} is already taken" in out.stderr
    assert "Traceback" not in out.stderr
    assert not (tmp_path / "stub").exists()  # nothing was started


@pytest.mark.skipif(not hasattr(signal, "SIGTERM") or sys.platform == "win32", reason="POSIX signals")
def test_stopping_the_launcher_stops_the_app_and_both_services(tmp_path: Path) -> None:
    port = free_port()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CODECRAFT_DATA_DIR": str(tmp_path / "app")}
    command = [sys.executable, "-m", "backend_stub.dev", "--port", str(port), "--data", str(tmp_path / "stub")]
    launcher = subprocess.Popen(command, stdout=subprocess.PIPE, text=True, cwd=ROOT, env=env)
    try:
        assert launcher.stdout is not None
        for line in launcher.stdout:  # printed once both services answer, just before the app starts
            if "Local CodeCraft service at" in line:
                break
        children = psutil.Process(launcher.pid).children(recursive=True)
        assert len(children) >= 3  # localstripe, the service, the app
        assert listening(port)
        launcher.send_signal(signal.SIGTERM)
        assert launcher.wait(timeout=60) != 0
        _, alive = psutil.wait_procs(children, timeout=30)
        assert alive == [], f"left running: {[p.cmdline() for p in alive]}"
        assert not listening(port)
    finally:
        if launcher.poll() is None:
            launcher.kill()
