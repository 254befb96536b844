"""Text size, high contrast and language, chosen in Settings and kept for this laptop."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from engagedesk import paths
from engagedesk.services import preferences
from engagedesk.ui import appearance, language
from tests.gui.main_screens import make_window, visit

SHOTS = Path(__file__).resolve().parents[2] / "shots"


@pytest.fixture(autouse=True)
def own_config(tmp_path, monkeypatch):
    """Preferences go to a folder of the test's own, and the look is reset afterwards."""
    monkeypatch.setenv(paths.CONFIG_ENV, str(tmp_path / "config"))
    yield
    appearance.set_appearance(100, preferences.STANDARD)


def test_preferences_are_kept_and_a_damaged_file_gives_the_defaults(tmp_path):
    assert preferences.load() == preferences.Preferences()
    preferences.update(language="es", text_scale=150)
    assert preferences.load() == preferences.Preferences("es", 150, preferences.STANDARD)
    assert [p.name for p in paths.config_dir().iterdir()] == ["preferences.json"]  # no temp file left
    paths.preferences_file().write_text("{not json", encoding="utf-8")
    assert preferences.load() == preferences.Preferences()
    paths.preferences_file().write_text('{"text_scale": 999, "theme": "neon"}', encoding="utf-8")
    assert preferences.load() == preferences.Preferences()


def test_the_style_sheet_follows_the_text_size_and_the_theme():
    normal = appearance.style_sheet(100, preferences.STANDARD)
    large = appearance.style_sheet(200, preferences.STANDARD)
    assert "QWidget { font-size: 15pt; }" in normal and "QWidget { font-size: 30pt; }" in large
    assert "QLabel#screenHeading { font-size: 52pt;" in large
    contrast = appearance.style_sheet(100, preferences.HIGH_CONTRAST)
    assert "background-color: #000000" in contrast and "border: 3px solid #ffff00" in contrast
    assert "#ffff00" not in normal


def test_languages_offered_are_those_shipped():
    codes = language.translation_codes()
    assert codes[0] == "en" and "es" in codes
    assert language.language_label("es") == "Español"
    assert language.resolve("", _locale("es_MX")) == "es"
    assert language.resolve("", _locale("fr_FR")) == "en"
    assert language.resolve("en", _locale("es_ES")) == "en"


def _locale(name: str):
    from PySide6.QtCore import QLocale

    return QLocale(name)


def settings_window(qtbot, worker, tmp_path, wait_tasks):
    window, meeting_id = make_window(qtbot, worker, tmp_path)
    window.start()
    wait_tasks()
    window.show_screen(window._row("settings"))
    wait_tasks()
    return window, meeting_id, window.stack.currentWidget().screen()


def test_settings_change_the_text_size_and_theme_at_once_and_keep_them(qtbot, worker, tmp_path, wait_tasks):
    window, _meeting, settings = settings_window(qtbot, worker, tmp_path, wait_tasks)
    heading_before = window.people.findChild(QLabel, "screenHeading").sizeHint().height()
    settings.text_size.setFocus()
    qtbot.keyClick(settings.text_size, Qt.Key.Key_End)  # 200 %
    assert settings.text_size.currentData() == 200
    assert "font-size: 30pt" in window.styleSheet()
    assert preferences.load().text_scale == 200
    assert window.people.findChild(QLabel, "screenHeading").sizeHint().height() > heading_before * 1.6
    qtbot.keyClick(settings.high_contrast, Qt.Key.Key_Space)
    assert preferences.load().theme == preferences.HIGH_CONTRAST
    assert "#ffff00" in window.styleSheet()
    assert settings.display_feedback.text() == "Saved and applied."


def test_the_language_is_kept_for_the_next_start_and_says_so(qtbot, worker, tmp_path, wait_tasks):
    _window, _meeting, settings = settings_window(qtbot, worker, tmp_path, wait_tasks)
    settings.language.setCurrentIndex(settings.language.findData("es"))
    assert preferences.load().language == "es"
    assert "next time" in settings.display_feedback.text() and "Español" in settings.display_feedback.text()
    settings.language.setCurrentIndex(settings.language.findData(""))
    assert preferences.load().language == ""


def clipped_texts(screen: QWidget) -> list[str]:
    """Buttons and one-line labels whose text is wider than the room they were given."""
    found = []
    for widget in screen.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QAbstractButton) and widget.text() and "\n" not in widget.text():
            room = widget.width() - 8
            if widget.fontMetrics().horizontalAdvance(widget.text().replace("&", "")) > room + 1:
                found.append(f"{type(widget).__name__} {widget.text()!r}")
        elif (isinstance(widget, QLabel) and widget.text() and not widget.wordWrap() and "<" not in widget.text()
              and "\n" not in widget.text() and type(widget).__name__ == "QLabel"):
            if widget.fontMetrics().horizontalAdvance(widget.text().replace("&", "")) > widget.width() + 1:
                found.append(f"QLabel {widget.text()!r}")
    return found


@pytest.mark.parametrize("scale, theme, prefix", [(200, preferences.STANDARD, "large"),
                                                  (100, preferences.HIGH_CONTRAST, "contrast")])
def test_screens_at_large_text_and_in_high_contrast(qtbot, worker, tmp_path, wait_tasks, shown_errors,
                                                    scale, theme, prefix):
    appearance.set_appearance(scale, theme)
    window, meeting_id = make_window(qtbot, worker, tmp_path)
    window.resize(1280, 800)
    clipped, too_wide = [], []
    for name, screen in visit(window, meeting_id, wait_tasks):
        # these reflow to the window's width (the others scroll sideways when they must)
        if name in ("people", "desk", "settings", "notes", "meetings", "summary", "sync"):
            needed, room = window.stack.minimumSizeHint().width(), window.scroller.viewport().width()
            if needed > room:
                too_wide.append(f"{name}: needs {needed} px, has {room}")
        if name in ("people", "desk", "settings", "notes", "meetings", "sync"):
            if SHOTS.is_dir():
                window.grab().save(str(SHOTS / f"{prefix}_{name}.png"))
            if name in ("people", "desk", "settings"):
                clipped += [f"{name}: {text}" for text in clipped_texts(screen)]
    assert shown_errors == []
    assert clipped == [], "\n".join(clipped)
    assert too_wide == []


def _too_wide(window, name: str) -> list[str]:
    needed, room = window.stack.minimumSizeHint().width(), window.scroller.viewport().width()
    problems = [f"{name}: needs {needed} px, has {room}"] if needed > room else []
    if window.scroller.horizontalScrollBar().maximum() > 0:
        problems.append(f"{name}: scrolls sideways")
    return problems


def _dialog_problems(dialog, name: str) -> list[str]:
    """A dialog opened at large text: no wider than the window it came from, nothing cut off."""
    problems = [f"{name}: {text}" for text in clipped_texts(dialog)]
    needed = dialog.minimumSizeHint().width()
    if needed > dialog.width() or dialog.width() > dialog.parentWidget().window().width():
        problems.append(f"{name}: needs {needed} px, is {dialog.width()} px")
    return problems


@pytest.mark.parametrize("scale, theme, prefix", [(200, preferences.STANDARD, "large"),
                                                  (200, preferences.HIGH_CONTRAST, "large_contrast")])
def test_canvassing_door_and_print_fit_at_large_text(qtbot, worker, tmp_path, wait_tasks, shown_errors,
                                                     scale, theme, prefix):
    from tests.gui.test_canvassing import setting_up

    appearance.set_appearance(scale, theme)
    window, meeting_id = make_window(qtbot, worker, tmp_path)
    worker.submit(setting_up).result()  # a campaign with questions, a turf and its doors
    window.resize(1280, 800)
    window.start()
    wait_tasks()
    problems: list[str] = []

    def look(name: str, screen) -> None:  # noqa: ANN001 - the screen shown
        qtbot.wait(50)  # the screen rearranges itself for its width
        problems.extend(_too_wide(window, name))
        problems.extend(f"{name}: {text}" for text in clipped_texts(screen))
        if SHOTS.is_dir():
            window.grab().save(str(SHOTS / f"{prefix}_{name}.png"))

    window.show_screen(window._row("canvassing"))
    wait_tasks()
    canvassing = window.stack.currentWidget().screen()
    qtbot.waitUntil(lambda: canvassing.campaigns.count() > 0 and canvassing.turfs.rowCount() > 0, timeout=5000)
    for index, name in enumerate(("canvassing", "canvassing_turfs", "canvassing_results")):
        canvassing.tabs.setCurrentIndex(index)
        wait_tasks()
        look(name, canvassing)
    if canvassing.campaigns.height() > appearance.lines_height(6):
        problems.append("canvassing: the campaign list is more than a few rows high")

    canvassing.tabs.setCurrentIndex(1)
    canvassing.pick_turf()
    picker = canvassing.picker
    qtbot.waitUntil(lambda: picker.doors.count() > 0, timeout=5000)
    problems.extend(_dialog_problems(picker, "turf picker"))
    picker.reject()

    canvassing.walk_turf()
    qtbot.waitUntil(lambda: canvassing.pages.currentWidget() is canvassing.door, timeout=5000)
    wait_tasks()
    look("door", canvassing.door)
    door = canvassing.door
    top = {part: part.mapTo(door, part.rect().topLeft()).y() for part in (door.address, door.doors)}
    if top[door.address] > top[door.doors]:
        problems.append("door: the walk list comes before the door")
    if door.heading.mapTo(window, door.heading.rect().topLeft()).x() < window.sidebar.width():
        problems.append("door: the heading is cut at the left")
    door.back_requested.emit()
    wait_tasks()

    window.show_screen(window._row("print"))
    wait_tasks()
    printing = window.stack.currentWidget().screen()
    qtbot.waitUntil(lambda: printing.pdf is not None, timeout=15000)
    wait_tasks()
    look("print", printing)
    if printing.scroll.y() <= printing.options_area.y():
        problems.append("print: the preview is not under the options")
    printing.subject.setCurrentIndex(1)  # a meeting: its filled-in sheet can be keyed in
    printing.key_in_sheet()
    dialog = printing.paper_dialog
    qtbot.waitUntil(lambda: dialog.sheet is not None, timeout=5000)
    problems.extend(_dialog_problems(dialog, "paper sign-in"))
    dialog.close()
    assert shown_errors == []
    assert problems == [], "\n".join(problems)
