"""The rules of the house (ARCHITECTURE.md), checked on the source with ``ast``.

- Only ``engagedesk/ui/`` and ``engagedesk/app.py`` import Qt (PySide6, qasync).
- ``domain/`` imports nothing else of the project; ``store/`` imports only ``domain/``.
- ``services/``, ``sync/``, ``printing/``, ``io/`` never import ``ui/`` (or ``app``).
- No SQL outside ``store/`` (and ``sync/``): no ``.execute``-style calls, no SQL statements in text.
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "engagedesk"

QT_MODULES = ("PySide6", "shiboken6", "qasync", "PyQt5", "PyQt6", "PySide2")
QT_ALLOWED = ("engagedesk/ui/", "engagedesk/app.py")
SQL_ALLOWED = ("engagedesk/store/", "engagedesk/sync/")
NEVER_UI = ("engagedesk/services/", "engagedesk/sync/", "engagedesk/printing/", "engagedesk/io/")
SQL_CALLS = {"execute", "executemany", "executescript", "query", "query_one", "scalar"}
SQL_TEXT = re.compile(
    r"\b(SELECT\b.+\bFROM|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|CREATE\s+(TABLE|INDEX|"
    r"TRIGGER|VIEW|VIRTUAL)|DROP\s+(TABLE|INDEX|TRIGGER)|ALTER\s+TABLE|PRAGMA\s+\w+|VACUUM)\b",
    re.DOTALL,
)


@dataclass(frozen=True)
class Source:
    name: str  # "engagedesk/store/people.py"
    module: str  # "engagedesk.store.people"
    tree: ast.Module


def parse(name: str, text: str) -> Source:
    parts = name.removesuffix(".py").split("/")
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return Source(name, ".".join(parts), ast.parse(text, filename=name))


def sources() -> list[Source]:
    return [parse(path.relative_to(ROOT).as_posix(), path.read_text(encoding="utf-8"))
            for path in sorted(PACKAGE.rglob("*.py"))]


def imports(source: Source) -> list[tuple[int, str]]:
    """Every module a file imports (at the top or inside a function), as absolute names."""
    package = source.module if source.name.endswith("__init__.py") else source.module.rpartition(".")[0]
    found = []
    for node in ast.walk(source.tree):
        if isinstance(node, ast.Import):
            found.extend((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                stem = ".".join(base + ([node.module] if node.module else []))
            else:
                stem = node.module or ""
            found.append((node.lineno, stem))
            # "from engagedesk import ui" imports the package engagedesk.ui
            found.extend((node.lineno, f"{stem}.{alias.name}") for alias in node.names if alias.name != "*")
        elif (isinstance(node, ast.Call) and isinstance(node.func, (ast.Name, ast.Attribute))
              and (getattr(node.func, "id", None) or getattr(node.func, "attr", None)) == "import_module"
              and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
            found.append((node.lineno, node.args[0].value))
    return found


def is_within(module: str, package: str) -> bool:
    return module == package or module.startswith(package + ".")


def project_packages(module: str) -> str | None:
    """'engagedesk.store.people' -> 'engagedesk.store'; 'engagedesk.paths' -> 'engagedesk.paths'."""
    if not is_within(module, "engagedesk") or module == "engagedesk":
        return None
    return ".".join(module.split(".")[:2])


def qt_problems(source: Source) -> list[str]:
    if source.name.startswith(QT_ALLOWED):
        return []
    return [f"{source.name}:{line} imports {name}" for line, name in imports(source)
            if any(is_within(name, qt) for qt in QT_MODULES)]


def layer_problems(source: Source) -> list[str]:
    problems = []
    for line, name in imports(source):
        package = project_packages(name)
        if package is None:
            continue
        where = f"{source.name}:{line} imports {name}"
        if source.name.startswith("engagedesk/domain/") and package != "engagedesk.domain":
            problems.append(f"{where}: domain/ imports nothing else of the project")
        if source.name.startswith("engagedesk/store/") and package not in ("engagedesk.domain", "engagedesk.store"):
            problems.append(f"{where}: store/ imports only domain/ and store/")
        if source.name.startswith(NEVER_UI) and package in ("engagedesk.ui", "engagedesk.app"):
            problems.append(f"{where}: only the window may import the window")
    return problems


def docstrings(tree: ast.Module) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                found.add(id(body[0].value))
    return found


def sql_problems(source: Source) -> list[str]:
    if source.name.startswith(SQL_ALLOWED):
        return []
    problems = []
    skip = docstrings(source.tree)
    for node in ast.walk(source.tree):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and node.func.attr in SQL_CALLS):
            problems.append(f"{source.name}:{node.lineno} calls .{node.func.attr}(): SQL belongs in store/")
        elif (isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skip
              and SQL_TEXT.search(node.value)):
            problems.append(f"{source.name}:{node.lineno} has SQL in text: {node.value[:40]!r}")
    return problems


ALL = sources()


def test_the_package_was_found():
    names = {source.name for source in ALL}
    assert {"engagedesk/cli.py", "engagedesk/store/store.py", "engagedesk/domain/models.py"} <= names


@pytest.mark.parametrize("check", [qt_problems, layer_problems, sql_problems], ids=lambda f: f.__name__)
def test_the_rules_of_the_house(check):
    problems = [problem for source in ALL for problem in check(source)]
    assert problems == []


# ------------------------------------------------------------------ the checks catch what they should

@pytest.mark.parametrize("name, text, check", [
    ("engagedesk/services/people.py", "from PySide6.QtCore import QObject", qt_problems),
    ("engagedesk/cli.py", "def f():\n    import qasync", qt_problems),
    ("engagedesk/store/people.py", "import importlib\nimportlib.import_module('PySide6.QtGui')", qt_problems),
    ("engagedesk/domain/models.py", "from engagedesk.store import Store", layer_problems),
    ("engagedesk/domain/models.py", "from ..services import people", layer_problems),
    ("engagedesk/store/people.py", "from engagedesk.services.people import add_person", layer_problems),
    ("engagedesk/store/people.py", "from engagedesk import paths", layer_problems),
    ("engagedesk/services/people.py", "from engagedesk.ui import dialogs", layer_problems),
    ("engagedesk/printing/sheet.py", "from engagedesk import ui", layer_problems),
    ("engagedesk/io/csv.py", "import engagedesk.ui.main_window", layer_problems),
    ("engagedesk/services/people.py", "def f(store):\n    store.query('SELECT 1')", sql_problems),
    ("engagedesk/ui/people.py", "def f(store):\n    store.conn.execute(x)", sql_problems),
    ("engagedesk/services/people.py", "Q = 'SELECT id FROM people WHERE deleted = 0'", sql_problems),
    ("engagedesk/cli.py", "Q = '''UPDATE people\n SET x = 1'''", sql_problems),
])
def test_a_broken_rule_is_caught(name, text, check):
    assert check(parse(name, text)) != []


@pytest.mark.parametrize("name, text", [
    ("engagedesk/ui/main_window.py", "from PySide6.QtWidgets import QMainWindow"),
    ("engagedesk/app.py", "import qasync"),
    ("engagedesk/store/people.py", "from engagedesk.domain.models import Person\nfrom . import rows"),
    ("engagedesk/store/people.py", "def f(conn):\n    conn.execute('SELECT 1 FROM people')"),
    ("engagedesk/services/people.py", '"""Select the people who came, from the roster."""\nfrom engagedesk.store import people'),
    ("engagedesk/services/people.py", "MESSAGE = 'Select a person from the list, then update their details.'"),
])
def test_what_is_allowed_passes(name, text):
    assert qt_problems(parse(name, text)) + layer_problems(parse(name, text)) + sql_problems(parse(name, text)) == []


def test_the_unit_tests_do_not_import_qt():
    here = Path(__file__).parent
    problems = [problem for path in sorted(here.glob("*.py"))
                for problem in qt_problems(parse(f"tests/unit/{path.name}", path.read_text(encoding="utf-8")))]
    assert problems == []


def test_everything_but_the_window_loads_without_qt():
    modules = [source.module for source in ALL
               if not source.name.startswith(QT_ALLOWED) and not source.name.endswith("__main__.py")]
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        f"loaded = sorted(m for m in sys.modules if m.split('.')[0] in {QT_MODULES!r})\n"
        "print(loaded)\n"
        "sys.exit(1 if loaded else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "engagedesk.cli" in modules and "engagedesk.store.worker" in modules
