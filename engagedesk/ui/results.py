"""A list of people found at the desk: a thin model over plain results, drawn large."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from engagedesk.services.desk import DeskMatch
from engagedesk.ui import appearance

DetailRole = Qt.ItemDataRole.UserRole + 1
MatchRole = Qt.ItemDataRole.UserRole + 2


class MatchesModel(QAbstractListModel):
    def __init__(self, *, public: bool = False) -> None:
        super().__init__()
        self._matches: list[DeskMatch] = []
        self.public = public  # kiosk: first name and last initial only, nothing else

    def set_matches(self, matches: list[DeskMatch]) -> None:
        self.beginResetModel()
        self._matches = list(matches)
        self.endResetModel()

    def match(self, row: int) -> DeskMatch | None:  # type: ignore[override]
        return self._matches[row] if 0 <= row < len(self._matches) else None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._matches)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._matches):
            return None
        match = self._matches[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return match.person.short_name if self.public else match.person.display_name
        if role == DetailRole:
            return "" if self.public else self._detail(match)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            name = self.data(index)
            detail = self.data(index, DetailRole)
            return f"{name}, {detail}" if detail else name
        if role == MatchRole:
            return match
        return None

    def _detail(self, match: DeskMatch) -> str:
        if match.signed_in_at:
            return self.tr("Already signed in at {time}").format(time=match.signed_in_at[11:16])
        parts = []
        if match.times == 1:
            parts.append(self.tr("1 meeting in this series"))
        elif match.times:
            parts.append(self.tr("{count} meetings in this series").format(count=match.times))
        elif match.expected:
            parts.append(self.tr("Signed in tonight"))
        else:
            parts.append(self.tr("On the roster"))
        if match.person.email:
            parts.append(match.person.email)
        elif match.person.phone:
            parts.append(match.person.phone)
        return " · ".join(parts)


class MatchDelegate(QStyledItemDelegate):
    """Name in large type, with a smaller second line under it."""

    def __init__(self, name_points: float = 20, detail_points: float = 13, parent=None) -> None:
        super().__init__(parent)
        self.name_points = name_points
        self.detail_points = detail_points

    def _fonts(self, base: QFont) -> tuple[QFont, QFont]:
        name, detail = QFont(base), QFont(base)
        name.setPointSizeF(appearance.points(self.name_points))
        name.setBold(True)
        detail.setPointSizeF(appearance.points(self.detail_points))
        return name, detail

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        name, detail = self._fonts(option.font)
        height = QFontMetrics(name).height() + 14
        if index.data(DetailRole):
            height += QFontMetrics(detail).height()
        return QSize(200, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        self.initStyleOption(option, index)
        widget = option.widget
        style = widget.style() if widget else None
        option.text = ""
        if style:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        text_color = palette.highlightedText().color() if selected else palette.text().color()
        name_font, detail_font = self._fonts(option.font)
        rect: QRect = option.rect.adjusted(14, 6, -14, -6)
        painter.save()
        painter.setPen(text_color)
        painter.setFont(name_font)
        name_height = QFontMetrics(name_font).height()
        name = QFontMetrics(name_font).elidedText(str(index.data() or ""), Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(QRect(rect.left(), rect.top(), rect.width(), name_height),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), name)
        detail = index.data(DetailRole)
        if detail:
            painter.setFont(detail_font)
            detail = QFontMetrics(detail_font).elidedText(str(detail), Qt.TextElideMode.ElideRight, rect.width())
            painter.drawText(QRect(rect.left(), rect.top() + name_height, rect.width(), rect.height() - name_height),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop), detail)
        painter.restore()
