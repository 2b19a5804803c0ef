"""Pack the Linux one-folder build into dist/codecraft-<version>-linux-<arch>.tar.gz.

    .venv/bin/python packaging/linux_tarball.py [--dist DIR]

The tarball holds the build, an INSTALL note and a share/ tree (desktop entry, AppStream metainfo, hicolor icons)
laid out so that `cp -a share/. ~/.local/share/` installs them.
"""

from __future__ import annotations

import argparse
import platform
import sys
import tarfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from desktop import APP_ID, __version__  # noqa: E402

LINUX = ROOT / "resources" / "linux"
HICOLOR = ROOT / "resources" / "icons" / "hicolor"


def metainfo_versions(path: Path) -> list[str]:
    return [r.get("version", "") for r in ET.parse(path).getroot().iter("release")]


def build_tarball(dist: Path) -> Path:
    app = dist / "codecraft"
    if not (app / "codecraft").is_file():
        raise SystemExit(f"no Linux build in {app}: run pyinstaller build.spec first")
    metainfo = LINUX / f"{APP_ID}.metainfo.xml"
    if __version__ not in metainfo_versions(metainfo):
        raise SystemExit(f'{metainfo.name} has no <release version="{__version__}">: add one for this release')
    top = f"codecraft-{__version__}"
    target = dist / f"{top}-linux-{platform.machine()}.tar.gz"
    with tarfile.open(target, "w:gz", compresslevel=6) as tar:
        tar.add(app, arcname=top)
        tar.add(LINUX / "INSTALL", arcname=f"{top}/INSTALL")
        tar.add(LINUX / f"{APP_ID}.desktop", arcname=f"{top}/share/applications/{APP_ID}.desktop")
        tar.add(metainfo, arcname=f"{top}/share/metainfo/{metainfo.name}")
        for png in sorted(HICOLOR.glob(f"*/apps/{APP_ID}.png")):
            tar.add(png, arcname=f"{top}/share/icons/hicolor/{png.relative_to(HICOLOR)}")
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="linux_tarball")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="PyInstaller's dist folder")
    args = parser.parse_args(argv)
    print(build_tarball(args.dist))
    return 0


if __name__ == "__main__":
    sys.exit(main())
