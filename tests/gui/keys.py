"""Typing into widgets in tests."""

from __future__ import annotations


def type_text(qtbot, widget, text: str) -> None:
    """Type like a person: any character, accents and other scripts included.

    QTest's keyClicks aborts on characters outside ASCII, so those are sent as key events
    that carry the text, the way an input method delivers them.
    """
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def show_active(qtbot, window, timeout: int = 3000) -> None:
    """Show a window and make it the active one, as a person's click would.

    Keyboard shortcuts reach only the active window.  Under load the offscreen platform now and
    then drops an activation request; then the window is made active directly.
    """
    from PySide6.QtWidgets import QApplication

    window.show()
    window.activateWindow()
    try:
        qtbot.waitUntil(window.isActiveWindow, timeout=timeout)
    except Exception:  # noqa: BLE001 - pytest-qt's TimeoutError
        import warnings

        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            QApplication.setActiveWindow(window)
        qtbot.waitUntil(window.isActiveWindow, timeout=timeout)
