"""The installers' inputs: the rendered icons, the Linux desktop entry and metainfo, and the Linux tarball layout."""

from __future__ import annotations

import configparser
import struct
import sys
import tarfile
import xml.etree.ElementTree as ET
from pathlib import Path

from desktop import APP_ID, APP_NAME, __version__

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
LINUX = ROOT / "resources" / "linux"
sys.path.insert(0, str(ROOT / "installers"))
from linux_tarball import build_tarball  # noqa: E402


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_hicolor_icons_are_rendered_at_every_size() -> None:
    for size in (16, 22, 24, 32, 48, 64, 128, 256, 512):
        png = ICONS / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        assert png_size(png.read_bytes()) == (size, size), png


def test_ico_and_icns_hold_pngs() -> None:
    ico = (ICONS / "codecraft.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind) == (0, 1) and count >= 6
    sides = [ico[6 + 16 * i] or 256 for i in range(count)]
    assert 16 in sides and 256 in sides
    icns = (ICONS / "codecraft.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
    chunks, offset = {}, 8
    while offset < len(icns):
        kind_name, length = icns[offset : offset + 4], struct.unpack(">I", icns[offset + 4 : offset + 8])[0]
        chunks[kind_name] = png_size(icns[offset + 8 : offset + length])
        offset += length
    assert chunks[b"ic07"] == (128, 128) and chunks[b"ic10"] == (1024, 1024)


def test_desktop_entry_launches_the_app() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(LINUX / f"{APP_ID}.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application" and section["Name"] == APP_NAME
    assert section["Exec"].split()[0] == "codecraft" and section["Icon"] == APP_ID


def test_metainfo_names_the_app_and_this_release() -> None:
    root = ET.parse(LINUX / f"{APP_ID}.metainfo.xml").getroot()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID and root.findtext("name") == APP_NAME
    assert root.findtext("summary") and root.find("description") is not None
    assert root.findtext("launchable") == f"{APP_ID}.desktop"
    assert root.find("content_rating") is not None and root.findtext("project_license")
    assert __version__ in [r.get("version") for r in root.iter("release")]


def test_tarball_has_the_app_desktop_files_and_install_note(tmp_path: Path) -> None:
    app = tmp_path / "dist" / "codecraft"
    (app / "_internal").mkdir(parents=True)
    (app / "codecraft").write_bytes(b"\x7fELF stand-in")
    tarball = build_tarball(tmp_path / "dist")
    assert tarball.name.startswith(f"codecraft-{__version__}-linux-") and tarball.name.endswith(".tar.gz")
    with tarfile.open(tarball) as tar:
        names = set(tar.getnames())
    top = f"codecraft-{__version__}"
    for expected in (
        f"{top}/codecraft",
        f"{top}/INSTALL",
        f"{top}/share/applications/{APP_ID}.desktop",
        f"{top}/share/metainfo/{APP_ID}.metainfo.xml",
        f"{top}/share/icons/hicolor/256x256/apps/{APP_ID}.png",
    ):
        assert expected in names
