"""What reaches users: the wheel carries every package and the shipped resources."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def test_every_package_folder_is_listed_for_the_wheel():
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"])
    found = {".".join(init.parent.relative_to(ROOT).parts) for init in (ROOT / "engagedesk").rglob("__init__.py")}
    assert found | {"engagedesk.resources"} == listed


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """The project built as a wheel and unpacked into a folder of its own."""
    work = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(work), str(ROOT)],
                   check=True, capture_output=True, timeout=300)
    wheel = next(work.glob("engagedesk-*.whl"))
    target = work / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "--quiet", "--target", str(target), str(wheel)],
                   check=True, capture_output=True, timeout=300)
    return target


def test_resources_are_found_from_an_installed_wheel(installed, tmp_path):
    script = (
        "import sys; sys.path.insert(0, sys.argv[1])\n"
        "import engagedesk, engagedesk.resources_path as r\n"
        "assert sys.argv[1] in engagedesk.__file__, engagedesk.__file__\n"
        "with r.resource_file('README.md') as path: print(path.read_text()[:11])\n"
    )
    # -I: no source tree, no user site, no PYTHONPATH: only the installed copy can answer.
    done = subprocess.run([sys.executable, "-I", "-c", script, str(installed)], cwd=tmp_path,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "# resources"


def test_the_window_icon_is_read_from_an_installed_wheel(installed, tmp_path):
    script = (
        "import sys; sys.path.insert(0, sys.argv[1])\n"
        "from PySide6.QtGui import QGuiApplication\n"
        "app = QGuiApplication([])\n"
        "import engagedesk.ui.icons as icons\n"
        "assert sys.argv[1] in icons.__file__, icons.__file__\n"
        "print(sorted(size.width() for size in icons.app_icon().availableSizes()))\n"
    )
    done = subprocess.run([sys.executable, "-I", "-c", script, str(installed)], cwd=tmp_path, capture_output=True,
                          text=True, timeout=60, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[16, 24, 32, 48, 64, 128, 256]"


@pytest.mark.bundle
def test_the_bundle_builds_and_passes_its_smoke_test(tmp_path, request):
    """packaging/build end to end (its own smoke test runs the window and the command line)."""
    if "bundle" not in (request.config.getoption("markexpr") or ""):
        pytest.skip("builds the bundle (about a minute): run with  -m bundle")
    done = subprocess.run([sys.executable, str(ROOT / "packaging" / "build"), "--dist", str(tmp_path / "dist"),
                           "--work", str(tmp_path / "work")], capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert "smoke test passed" in done.stdout
    inside = tmp_path / "dist" / "engagedesk" / "_internal"
    assert (inside / "engagedesk" / "resources" / "icons" / "engagedesk-16.png").is_file()
    assert (inside / "engagedesk" / "resources" / "fonts" / "DejaVuSans.ttf").is_file()
    unused = [p.name for p in inside.rglob("*") if re.search(r"Qt6(Network|Qml|Quick|OpenGL|Pdf)|tkinter|libgtk",
                                                              p.name)]
    assert unused == [], f"the bundle carries what the program never uses: {unused}"


def test_the_program_finds_its_files_only_through_importlib_resources():
    # A frozen bundle and a wheel then behave alike: no bundle-only paths in the program.
    offenders = [str(path.relative_to(ROOT)) for path in (ROOT / "engagedesk").rglob("*.py")
                 if re.search(r"_MEIPASS|sys\.frozen|getattr\(sys, ['\"]frozen", path.read_text(encoding="utf-8"))]
    assert offenders == []
