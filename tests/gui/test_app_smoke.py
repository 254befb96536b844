"""The real program, started as a user would, in a child process."""

from __future__ import annotations

import os
import subprocess
import sys

from engagedesk.store import Store

ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


def launch(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "engagedesk", *args, "--quit-after-shown"],
                          capture_output=True, text=True, timeout=60, env=ENV)


def test_starts_with_a_throwaway_database_and_quits(tmp_path):
    result = launch("--temp")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("shown "), result.stdout  # the moment the window was painted


def test_a_second_copy_on_the_same_database_says_so_and_exits(tmp_path):
    db = tmp_path / "shared.db"
    with Store.open(db):
        result = launch("--db", str(db))
    assert result.returncode == 1
    assert "already open" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_file_that_is_not_a_database_is_refused_and_left_alone(tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_text("shopping list\n")
    result = launch("--db", str(notes))
    assert result.returncode == 1
    assert "not an EngageDesk database" in result.stderr
    assert notes.read_text() == "shopping list\n"
