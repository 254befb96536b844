"""What a Linux desktop reads about the program: the .desktop file, the AppStream metainfo, the icons.

Parsed here with the standard library; validated by the desktop's own tools when they are
installed (desktop-file-utils, appstream), skipped otherwise.
"""

from __future__ import annotations

import configparser
import shutil
import struct
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from engagedesk import __version__

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
DESKTOP = PACKAGING / "engagedesk.desktop"
METAINFO = PACKAGING / "org.engagedesk.EngageDesk.metainfo.xml"
ICONS = ROOT / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def desktop_entry() -> dict[str, str]:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive
    parser.read_string(DESKTOP.read_text(encoding="utf-8"))
    assert parser.sections() == ["Desktop Entry"]
    return dict(parser["Desktop Entry"])


def pyproject() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == PNG_SIGNATURE, "not a PNG"
    assert data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


# ------------------------------------------------------------------ the .desktop file

def test_the_desktop_file_has_what_a_launcher_needs():
    entry = desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Name"] == "EngageDesk"
    assert entry["Comment"] and entry["GenericName"]
    assert entry["Terminal"] == "false"
    # It starts the program the wheel and the bundle install, under its icon's name.
    assert entry["Exec"].split()[0] == "engagedesk" in pyproject()["project"]["gui-scripts"]
    assert entry["Icon"] == "engagedesk" and (ICONS / "engagedesk.svg").is_file()
    for key in ("Categories", "Keywords"):
        assert entry[key].endswith(";"), f"{key} is a list and ends with ';'"
    assert "Office" in entry["Categories"].split(";")


def test_the_window_names_the_same_desktop_file():
    # Wayland matches a window to its launcher by this name (QGuiApplication.setDesktopFileName).
    assert f'setDesktopFileName("{DESKTOP.stem}")' in (ROOT / "engagedesk" / "app.py").read_text(encoding="utf-8")


def test_desktop_file_validate_accepts_it():
    tool = shutil.which("desktop-file-validate")
    if tool is None:
        pytest.skip("desktop-file-validate is not installed (apt-get install desktop-file-utils)")
    done = subprocess.run([tool, str(DESKTOP)], capture_output=True, text=True, timeout=30)
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr


# ------------------------------------------------------------------ AppStream metainfo

def test_the_metainfo_is_well_formed_and_complete():
    root = ET.parse(METAINFO).getroot()
    assert root.tag == "component" and root.get("type") == "desktop-application"
    assert root.findtext("id") == METAINFO.name.removesuffix(".metainfo.xml")
    for tag in ("name", "summary", "metadata_license", "project_license"):
        assert (root.findtext(tag) or "").strip(), f"<{tag}> is missing"
    assert root.findtext("project_license") == pyproject()["project"]["license"]
    assert root.find("description/p") is not None
    launchable = root.find("launchable")
    assert launchable is not None and launchable.get("type") == "desktop-id"
    assert launchable.text == DESKTOP.name
    assert root.findtext("icon") == desktop_entry()["Icon"]
    assert root.findtext("provides/binary") == "engagedesk"


def test_the_newest_release_in_the_metainfo_is_this_version():
    releases = ET.parse(METAINFO).getroot().findall("releases/release")
    assert releases, "<releases> is empty"
    assert releases[0].get("version") == __version__, "add a <release> for the new version (newest first)"
    assert releases[0].get("date"), "each release has a date"


def test_appstreamcli_validates_the_metainfo():
    tool = shutil.which("appstreamcli")
    if tool is None:
        pytest.skip("appstreamcli is not installed (apt-get install appstream)")
    done = subprocess.run([tool, "validate", "--no-net", str(METAINFO)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stdout + done.stderr


# ------------------------------------------------------------------ icons

def test_the_icon_source_is_a_square_svg():
    root = ET.parse(ICONS / "engagedesk.svg").getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    _, _, width, height = (float(n) for n in root.get("viewBox", "").split())
    assert width == height > 0


@pytest.mark.parametrize("size", SIZES)
def test_a_png_icon_exists_at_each_size_and_is_square(size):
    path = ICONS / f"engagedesk-{size}.png"
    assert path.is_file(), f"{path.name} is missing: run packaging/make_icons"
    assert png_size(path.read_bytes()) == (size, size)


def test_the_windows_icon_holds_the_usual_sizes():
    data = (PACKAGING / "icons" / "engagedesk.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    sizes = set()
    for number in range(count):
        width, height, _, _, _, _, length, offset = struct.unpack("<BBBBHHII", data[6 + 16 * number: 22 + 16 * number])
        image = data[offset: offset + length]
        assert png_size(image) == (width or 256, height or 256)
        sizes.add(width or 256)
    assert {16, 24, 32, 48, 256} <= sizes


def test_the_macos_icon_is_a_whole_icns_file():
    data = (PACKAGING / "icons" / "engagedesk.icns").read_bytes()
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)
    at, kinds = 8, {}
    while at < len(data):
        kind, length = data[at:at + 4].decode(), struct.unpack(">I", data[at + 4:at + 8])[0]
        kinds[kind] = png_size(data[at + 8:at + length])
        at += length
    assert at == len(data)
    assert kinds["ic07"] == (128, 128) and kinds["ic09"] == (512, 512) and kinds["ic10"] == (1024, 1024)
