"""Results of a campaign or a turf: figures, and bar charts drawn with QPainter (no QtCharts)."""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QLabel, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from engagedesk.domain.i18n import count_text, format_number
from engagedesk.services import canvassing
from engagedesk.ui import appearance
from engagedesk.services.canvassing import Results
from engagedesk.ui.widgets import FlowLayout

BAR = QColor("#2f6f9f")
CONTRAST_BAR = QColor("#ffff00")  # the high-contrast theme's colour, on black


class BarChart(QWidget):
    """Horizontal bars, one per (label, count), with the count written after each bar.

    Rows are as tall as a line of the widget's font, so the chart grows with the text size."""

    def __init__(self, title: str, rows: list[tuple[str, int]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.rows = rows
        self.setAccessibleName(title)
        self.setAccessibleDescription("; ".join(f"{label}: {count}" for label, count in rows))
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)  # a long title wraps onto more lines when narrow
        self.setSizePolicy(policy)

    @property
    def row_height(self) -> int:
        return QFontMetrics(self.font()).height() + 6

    def _bold(self) -> QFont:
        bold = QFont(self.font())
        bold.setBold(True)
        return bold

    def _title_height(self, width: int) -> int:
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap)
        room = QRect(0, 0, max(width, 1), 100000)
        return QFontMetrics(self._bold()).boundingRect(room, flags, self.title).height() + 4

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        return self._title_height(width) + self.row_height * max(1, len(self.rows)) + 4

    def sizeHint(self) -> QSize:
        return QSize(420, self.heightForWidth(420))

    def minimumSizeHint(self) -> QSize:
        width = QFontMetrics(self.font()).averageCharWidth() * 16
        return QSize(width, self.heightForWidth(max(width, self.width())))

    def changeEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt's name
        super().changeEvent(event)
        if event.type() == event.Type.FontChange:  # the style sheet's text size reached it
            self.updateGeometry()

    def paintEvent(self, event) -> None:  # noqa: ANN001
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetrics(self.font())
        text = self.palette().windowText().color()
        painter.setFont(self._bold())
        painter.setPen(text)
        row_height = self.row_height
        title_height = self._title_height(self.width())
        painter.drawText(QRectF(0, 0, self.width(), title_height),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap),
                         self.title)
        painter.setFont(self.font())
        label_width = min(max((metrics.horizontalAdvance(label) for label, _ in self.rows), default=0) + 12,
                          self.width() * 9 // 20)
        count_width = metrics.horizontalAdvance("00000") + 8
        most = max((count for _, count in self.rows), default=0) or 1
        room = max(10, self.width() - label_width - count_width)
        for row, (label, count) in enumerate(self.rows):
            top = title_height + row * row_height
            painter.setPen(text)
            painter.drawText(QRectF(0, top, label_width - 8, row_height),
                             int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                             metrics.elidedText(label, Qt.TextElideMode.ElideRight, label_width - 8))
            length = room * count / most
            bar = QRectF(label_width, top + row_height * 0.2, length, row_height * 0.6)
            painter.fillRect(bar, CONTRAST_BAR if appearance.high_contrast() else BAR)
            painter.drawText(QRectF(label_width + length + 6, top, count_width, row_height),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), format_number(count))
        painter.end()


class ResultsPanel(QScrollArea):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        # Everything in it wraps to its width: it scrolls down, never sideways.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results: Results | None = None
        self.figures: dict[str, QLabel] = {}
        self.charts: list[BarChart] = []
        self._body = QWidget()
        self._layout = QVBoxLayout(self._body)
        self.setWidget(self._body)

    def show_results(self, results: Results) -> None:
        self.results = results
        body = QWidget()
        layout = QVBoxLayout(body)
        heading = QLabel(results.campaign.name + (f" · {results.turf.name}" if results.turf else ""))
        heading.setObjectName("sectionHeading")
        heading.setWordWrap(True)
        layout.addWidget(heading)
        grid = FlowLayout(spacing=24)  # the figures wrap onto more lines with large text
        self.figures = {}
        figures = (
            ("doors", self.tr("Doors"), format_number(results.doors)),
            ("knocked", self.tr("Doors knocked"), format_number(results.knocked)),
            ("contact_rate", self.tr("Contact rate"), f"{results.contact_rate:.0%}"),
            ("knocks", self.tr("Knocks"), format_number(results.knocks)),
            ("doors_left", self.tr("Doors left"), format_number(results.doors_left)),
            ("do_not_contact", self.tr("Do not contact"), format_number(results.do_not_contact)),
        )
        for key, label, value in figures:
            number = QLabel(value)
            appearance.style(number, "QLabel { font-size: 20pt; font-weight: bold; }")
            number.setAccessibleName(label)
            figure = QWidget()
            figure_layout = QVBoxLayout(figure)
            figure_layout.setContentsMargins(0, 0, 0, 0)
            figure_layout.setSpacing(0)
            figure_layout.addWidget(number)
            figure_layout.addWidget(QLabel(label))
            grid.addWidget(figure)
            self.figures[key] = number
        layout.addLayout(grid)
        self.charts = [BarChart(self.tr("Outcomes (knocks)"),
                                [(canvassing.outcome_label(name), count) for name, count in results.outcomes])]
        parts: list[QWidget] = [self.charts[0]]
        for found in results.questions:
            title = found.question.prompt + (self.tr(" (removed from the script)") if found.removed else "")
            title += "  " + count_text(found.answered, self.tr("— 1 answered"), self.tr("— {n} answered"))
            if found.counts:
                self.charts.append(BarChart(title, list(found.counts)))
                parts.append(self.charts[-1])
            else:
                label = QLabel(title + "\n" + "\n".join(f"“{t}”" for t in found.texts[-5:]))
                label.setWordWrap(True)
                label.setTextFormat(Qt.TextFormat.PlainText)
                parts.append(label)
        if results.canvassers:
            self.charts.append(BarChart(self.tr("Knocks per canvasser"),
                                        [(p.canvasser, p.knocks) for p in results.canvassers]))
            parts.append(self.charts[-1])
            progress = "\n".join(self.tr("{name}: {knocked} of {doors} doors of their turfs knocked, {knocks}, "
                                         "{contacted}").format(
                name=p.canvasser, knocked=format_number(p.knocked), doors=format_number(p.doors),
                knocks=count_text(p.knocks, self.tr("1 knock"), self.tr("{n} knocks")),
                contacted=count_text(p.contacted, self.tr("1 contact"), self.tr("{n} contacts")))
                for p in results.canvassers)
            self.progress = QLabel(progress)
            self.progress.setTextFormat(Qt.TextFormat.PlainText)
            self.progress.setWordWrap(True)
        for part in parts:
            layout.addWidget(part)
        if results.canvassers:
            layout.addWidget(self.progress)
        layout.addStretch(1)
        self.setWidget(body)
        self._body = body
