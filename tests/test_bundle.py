"""The PyInstaller bundle, built for real (Linux): it starts, passes its self-test and carries no unused Qt.

Slow (a full build, about a minute on two cores). Skip it with ``-m "not bundle"``.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop import APP_NAME, __version__

ROOT = Path(__file__).resolve().parent.parent
MAX_BUNDLE_BYTES = 150 * 1024 * 1024
QT_LIBS_ALLOWED = {"Core", "Gui", "Widgets", "Svg", "DBus", "OpenGL", "XcbQpa", "WaylandClient", "WlShellIntegration"}
PYSIDE_MODULES_ALLOWED = {"QtCore", "QtGui", "QtWidgets", "QtSvg"}

pytestmark = [
    pytest.mark.bundle,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the bundle test builds the Linux bundle"),
    pytest.mark.timeout(900),
]


def build_bundle(out: Path) -> tuple[Path, float]:
    """Build build.spec into ``out`` (dist and work folders); return the app folder and the build time."""
    start = time.perf_counter()
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN", "--distpath"]
    command += [str(out / "dist"), "--workpath", str(out / "work"), str(ROOT / "build.spec")]
    subprocess.run(command, cwd=ROOT, check=True)
    return out / "dist" / "codecraft", time.perf_counter() - start


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    app, seconds = build_bundle(tmp_path_factory.mktemp("bundle"))
    print(f"bundle built in {seconds:.1f} s")
    return app


@pytest.fixture
def run(bundle: Path, tmp_path: Path) -> Callable[..., subprocess.CompletedProcess[str]]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CODECRAFT_DATA_DIR": str(tmp_path / "data")}
    env.pop("PYTHONPATH", None)  # the bundle must not lean on the source tree or the venv

    def run_bundle(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(bundle / "codecraft"), *args], env=env, cwd=tmp_path, capture_output=True, text=True, timeout=120
        )

    return run_bundle


def bundle_bytes(app: Path) -> int:
    return sum(p.lstat().st_size for p in app.rglob("*") if p.is_file() and not p.is_symlink())


def test_version_comes_from_the_package(run: Callable[..., subprocess.CompletedProcess[str]]) -> None:
    result = run("--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"{APP_NAME} {__version__}"


def test_self_test_passes_in_the_bundle(run: Callable[..., subprocess.CompletedProcess[str]]) -> None:
    result = run("--self-test")
    assert result.returncode == 0, result.stdout + result.stderr
    out = result.stdout
    assert "ok    vault: SQLCipher 4" in out
    assert "ok    keyring:" in out and "SecretService" in out  # the backends and their entry points are bundled
    assert "ok    lexer: pygments Python lexer" in out
    assert "ok    window: main window rendered" in out and "offscreen" in out
    assert "ok    helper: the diff viewer's helper process starts" in out  # multiprocessing.freeze_support() works
    assert "self-test passed" in out


def test_bundle_has_its_resources_and_no_unused_qt(bundle: Path, record_property: Callable[..., None]) -> None:
    internal = bundle / "_internal"
    for needed in ("desktop/ui/resources/icons/codecraft.svg", "desktop/ui/resources/styles/app.qss"):
        assert (internal / needed).is_file(), needed
    assert list(internal.glob("certifi/cacert.pem"))
    assert list(internal.glob("keyring-*.dist-info/entry_points.txt"))
    qt_libs = {p.name.split(".so")[0].removeprefix("libQt6") for p in internal.rglob("libQt6*.so*")}
    assert qt_libs <= QT_LIBS_ALLOWED, f"unused Qt libraries bundled: {sorted(qt_libs - QT_LIBS_ALLOWED)}"
    modules = {p.name.split(".")[0] for p in (internal / "PySide6").glob("Qt*.so")}
    assert modules <= PYSIDE_MODULES_ALLOWED, f"unused PySide6 modules bundled: {sorted(modules)}"
    assert not list(internal.rglob("*WebEngine*")) and not list(internal.rglob("*Qml*"))
    assert not list(internal.rglob("backend_stub")), "the local service is not part of the app"
    size = bundle_bytes(bundle)
    record_property("bundle_bytes", size)
    print(f"bundle size {size / 2**20:.1f} MiB ({size / 1e6:.1f} MB)")
    assert size <= MAX_BUNDLE_BYTES, f"bundle is {size / 2**20:.1f} MiB"
