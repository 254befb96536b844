"""What reaches users: the wheel carries every package and the shipped resources."""

from __future__ import annotations

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
