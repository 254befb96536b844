"""Results of a campaign or a turf: figures, and bar charts drawn with QPainter (no QtCharts)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter
from PySide6.QtWidgets import QGridLayout, QLabel, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from engagedesk.services import canvassing
from engagedesk.ui import appearance
from engagedesk.services.canvassing import Results

BAR = QColor("#2f6f9f")


class BarChart(QWidget):
    """Horizontal bars, one per (label, count), with the count written after each bar."""

    ROW = 24

    def __init__(self, title: str, rows: list[tuple[str, int]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.rows = rows
        self.setAccessibleName(title)
        self.setAccessibleDescription("; ".join(f"{label}: {count}" for label, count in rows))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(self.sizeHint().height())

    def sizeHint(self) -> QSize:
        return QSize(420, 30 + self.ROW * max(1, len(self.rows)))

    def paintEvent(self, event) -> None:  # noqa: ANN001
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetrics(self.font())
        text = self.palette().windowText().color()
        bold = self.font()
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(text)
        painter.drawText(QRectF(0, 0, self.width(), 24), int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                         QFontMetrics(bold).elidedText(self.title, Qt.TextElideMode.ElideRight, self.width()))
        painter.setFont(self.font())
        label_width = min(max((metrics.horizontalAdvance(label) for label, _ in self.rows), default=0) + 12,
                          self.width() // 3)
        count_width = metrics.horizontalAdvance("00000") + 8
        most = max((count for _, count in self.rows), default=0) or 1
        room = max(10, self.width() - label_width - count_width)
        for row, (label, count) in enumerate(self.rows):
            top = 28 + row * self.ROW
            painter.setPen(text)
            painter.drawText(QRectF(0, top, label_width - 8, self.ROW - 4),
                             int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                             metrics.elidedText(label, Qt.TextElideMode.ElideRight, label_width - 8))
            length = room * count / most
            painter.fillRect(QRectF(label_width, top + 3, length, self.ROW - 10), BAR)
            painter.drawText(QRectF(label_width + length + 6, top, count_width, self.ROW - 4),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), f"{count:,}")
        painter.end()


class ResultsPanel(QScrollArea):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
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
        heading.setObjectName("screenHeading")
        layout.addWidget(heading)
        grid = QGridLayout()
        self.figures = {}
        figures = (
            ("doors", self.tr("Doors"), f"{results.doors:,}"),
            ("knocked", self.tr("Doors knocked"), f"{results.knocked:,}"),
            ("contact_rate", self.tr("Contact rate"), f"{results.contact_rate:.0%}"),
            ("knocks", self.tr("Knocks"), f"{results.knocks:,}"),
            ("doors_left", self.tr("Doors left"), f"{results.doors_left:,}"),
            ("do_not_contact", self.tr("Do not contact"), f"{results.do_not_contact:,}"),
        )
        for column, (key, label, value) in enumerate(figures):
            number = QLabel(value)
            appearance.style(number, "QLabel { font-size: 20pt; font-weight: bold; }")
            number.setAccessibleName(label)
            grid.addWidget(number, 0, column)
            grid.addWidget(QLabel(label), 1, column)
            self.figures[key] = number
        layout.addLayout(grid)
        self.charts = [BarChart(self.tr("Outcomes (knocks)"),
                                [(canvassing.outcome_label(name), count) for name, count in results.outcomes])]
        parts: list[QWidget] = [self.charts[0]]
        for found in results.questions:
            title = found.question.prompt + (self.tr(" (removed from the script)") if found.removed else "")
            title += "  " + self.tr("— {n} answered").format(n=found.answered)
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
            progress = "\n".join(self.tr("{name}: {knocked} of {doors} doors of their turfs knocked, {knocks} knocks, "
                                         "{contacted} contacts").format(name=p.canvasser, knocked=p.knocked,
                                                                        doors=p.doors, knocks=p.knocks,
                                                                        contacted=p.contacted)
                                 for p in results.canvassers)
            self.progress = QLabel(progress)
            self.progress.setTextFormat(Qt.TextFormat.PlainText)
        for part in parts:
            layout.addWidget(part)
        if results.canvassers:
            layout.addWidget(self.progress)
        layout.addStretch(1)
        self.setWidget(body)
        self._body = body
