"""The Qt binding itself must not corrupt Python's memory."""

from __future__ import annotations

import sys

from PySide6.QtCore import QAbstractListModel, QModelIndex
from PySide6.QtWidgets import QLineEdit


class _Empty(QAbstractListModel):
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0

    def data(self, index, role=0):  # noqa: ANN001
        return None


def test_calls_into_qt_do_not_drop_references_to_none(qtbot):
    # PySide6 6.12.0 dropped one reference to None on every call returning void; on Python
    # 3.11 (where None is not immortal) the program aborted after a few thousand calls.
    field = QLineEdit()
    qtbot.addWidget(field)
    model = _Empty()
    before = sys.getrefcount(None)
    for _ in range(500):
        field.setText("x")
        model.beginResetModel()
        model.endResetModel()
    assert sys.getrefcount(None) - before > -50
