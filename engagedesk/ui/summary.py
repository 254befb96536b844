"""The summary of a meeting on screen: who came, what was talked about, decided and left open.

Everything shown comes from :func:`engagedesk.services.summary.meeting_summary` (the same data a
printed summary uses).  The theme chart is drawn with QPainter, so no charting module is needed.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QScrollArea, QSizePolicy, QVBoxLayout, QWidget,
)

from engagedesk.domain.i18n import count_text, format_number
from engagedesk.domain.models import NoteKind
from engagedesk.services.summary import MeetingSummary, meeting_summary
from engagedesk.store.worker import StoreWorker
from engagedesk.ui import appearance
from engagedesk.ui.attendance import role_labels
from engagedesk.ui.notes_timeline import kind_label
from engagedesk.ui.tasks import run_task
from engagedesk.ui.widgets import meeting_time, shortcut


class BarChart(QWidget):
    """Horizontal bars with their labels on the left and their counts at their ends."""

    def __init__(self, parent: QWidget | None = None, colour: str = "#2b6f8e") -> None:
        super().__init__(parent)
        self.bars: list[tuple[str, int]] = []
        self.colour = QColor(colour)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Chart"))

    def set_bars(self, bars: list[tuple[str, int]]) -> None:
        self.bars = list(bars)
        self.setAccessibleDescription("; ".join(f"{label}: {count}" for label, count in self.bars))
        self.updateGeometry()
        self.update()

    def _row_height(self) -> int:
        return QFontMetrics(self.font()).height() + 12

    def sizeHint(self) -> QSize:
        return QSize(360, max(1, len(self.bars)) * self._row_height() + 6)

    def minimumSizeHint(self) -> QSize:
        return QSize(200, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetrics(self.font())
        row = self._row_height()
        if not self.bars:
            painter.setPen(QColor("#555"))
            painter.drawText(self.rect(), int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                             self.tr("Nothing yet."))
            return
        width = self.width()
        label_width = min(int(width * 0.42), max(metrics.horizontalAdvance(label) for label, _ in self.bars) + 20)
        number_width = metrics.horizontalAdvance(format_number(max(count for _, count in self.bars))) + 12
        bar_space = max(10, width - label_width - number_width - 4)
        top = max(count for _, count in self.bars) or 1
        bold = QFont(self.font())
        bold.setBold(True)
        for index, (label, count) in enumerate(self.bars):
            y = index * row + 3
            painter.setPen(QColor("#1d1d1d"))
            painter.setFont(self.font())
            text = metrics.elidedText(label, Qt.TextElideMode.ElideRight, label_width - 10)
            painter.drawText(QRectF(0, y, label_width - 8, row - 4),
                             int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), text)
            length = bar_space * count / top
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self.colour)
            painter.drawRoundedRect(QRectF(label_width, y + 4, max(2.0, length), row - 12), 4, 4)
            painter.setPen(QColor("#1d1d1d"))
            painter.setFont(bold)
            painter.drawText(QRectF(label_width + length + 6, y, number_width, row - 4),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), format_number(count))
        painter.end()


def _card(title: str) -> tuple[QFrame, QVBoxLayout]:
    frame = QFrame()
    frame.setObjectName("summaryCard")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(14, 10, 14, 12)
    layout.setSpacing(6)
    heading = QLabel(title)
    heading.setObjectName("cardHeading")
    layout.addWidget(heading)
    return frame, layout


def _figure(number: int | str, label: str) -> QWidget:
    box = QFrame()
    box.setObjectName("figure")
    layout = QVBoxLayout(box)
    layout.setContentsMargins(8, 4, 8, 6)
    layout.setSpacing(0)
    shown = format_number(number) if isinstance(number, int) else number
    value = QLabel(shown)
    value.setObjectName("figureValue")
    value.setAlignment(Qt.AlignmentFlag.AlignCenter)
    caption = QLabel(label)
    caption.setObjectName("figureLabel")
    caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
    layout.addWidget(value)
    layout.addWidget(caption)
    box.setAccessibleName(f"{shown} {label}")
    return box


class SummaryScreen(QWidget):
    back_requested = Signal()
    loaded = Signal(object)   # MeetingSummary, once shown

    def __init__(self, worker: StoreWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.summary: MeetingSummary | None = None
        self.setObjectName("summaryScreen")
        self.back_button = QPushButton(self.tr("← Back"))
        self.back_button.setAccessibleName(self.tr("Back"))
        self.back_button.clicked.connect(self.back_requested)
        self.export_button = QPushButton(self.tr("Export notes…"))
        self.export_button.setAccessibleName(self.tr("Export this meeting's notes or action items (Ctrl+E)"))
        self.export_button.clicked.connect(self.export_notes)
        self.export_dialog: QWidget | None = None
        shortcut("Ctrl+E", self, self.export_notes)
        self.title = QLabel()
        self.title.setObjectName("screenHeading")
        self.title.setWordWrap(True)
        self.subtitle = QLabel()
        self.subtitle.setObjectName("hint")
        self.subtitle.setWordWrap(True)
        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        header.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignTop)
        header.addLayout(titles, 1)
        header.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignTop)

        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.body = QWidget()
        self.body.setObjectName("summaryBody")
        self.scroll.setWidget(self.body)
        self.theme_chart = BarChart()
        self.theme_chart.setAccessibleName(self.tr("Top themes"))
        self.heard_chart = BarChart(colour="#3d8b5a")
        self.heard_chart.setAccessibleName(self.tr("Did you feel heard? Answers from 1 to 5"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 10)
        layout.addLayout(header)
        layout.addWidget(self.scroll, 1)
        appearance.style(self, SUMMARY_STYLE)

    def export_notes(self) -> None:
        if self.summary is None:
            return
        from engagedesk.ui.export_dialog import open_export

        self.export_dialog = open_export(self, self.worker, "notes", meeting_id=self.summary.meeting_id)

    async def open_meeting(self, meeting_id: str) -> None:
        summary = await self.worker.run(meeting_summary, meeting_id)
        self.show_summary(summary)

    def refresh(self) -> None:
        if self.summary is not None:
            run_task(self, self.open_meeting(self.summary.meeting_id))

    # ------------------------------------------------------------------ drawing the page

    def show_summary(self, summary: MeetingSummary) -> None:
        self.summary = summary
        self.title.setText(self.tr("Summary: {title}").format(title=summary.title))
        when = meeting_time(summary.starts_at)
        if summary.ends_at:
            when += "–" + meeting_time(summary.ends_at, with_date=False)
        self.subtitle.setText(" · ".join(p for p in (when, summary.place, summary.series, summary.organisation) if p))

        body = QWidget()
        body.setObjectName("summaryBody")
        grid = QGridLayout(body)
        grid.setContentsMargins(0, 4, 8, 4)
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(12)
        left = QVBoxLayout()
        right = QVBoxLayout()
        for column in (left, right):
            column.setSpacing(12)
        left.addWidget(self._attendance(summary))
        left.addWidget(self._themes(summary))
        left.addWidget(self._notes(self.tr("Decisions"), [n.text for n in summary.decisions],
                                   self.tr("No decisions recorded.")))
        left.addWidget(self._actions(summary))
        right.addWidget(self._notes(self.tr("What people said"),
                                    [f"“{q.text}” — {q.credit}" for q in summary.quotes], self.tr("No quotes recorded.")))
        right.addWidget(self._notes(
            self.tr("Questions still open"), [q.text for q in summary.unanswered_questions],
            self.tr("No open questions.") if not summary.answered_questions else self.tr("Every question was answered.")))
        right.addWidget(self._feedback(summary))
        left.addStretch(1)
        right.addStretch(1)
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        old = self.scroll.takeWidget()
        if old is not None:
            old.deleteLater()
        self.body = body
        self.scroll.setWidget(body)
        self.loaded.emit(summary)

    def _attendance(self, summary: MeetingSummary) -> QFrame:
        frame, layout = _card(self.tr("Who came"))
        figures = QHBoxLayout()
        figures.setSpacing(8)
        for number, label in ((summary.attendance_total, self.tr("signed in")),
                              (summary.attendance_new, self.tr("new")),
                              (summary.attendance_returning, self.tr("returning")),
                              (summary.walk_ins, self.tr("walk-ins"))):
            figures.addWidget(_figure(number, label))
        layout.addLayout(figures)
        labels = role_labels(self.tr)
        roles = " · ".join(f"{labels.get(role, role)} {format_number(count)}"
                           for role, count in sorted(summary.by_role.items(), key=lambda r: -r[1]))
        if roles:
            layout.addWidget(self._text(self.tr("By role: {roles}").format(roles=roles)))
        voices = (count_text(summary.speakers, self.tr("1 person spoke."), self.tr("{n} people spoke.")) + " "
                  + count_text(summary.not_heard, self.tr("1 person who signed in was not heard."),
                               self.tr("{n} people who signed in were not heard.")))
        if summary.first_time_share is not None:
            voices += " " + self.tr("First-time attendees made {share:.0%} of the named contributions.").format(
                share=summary.first_time_share)
        layout.addWidget(self._text(voices))
        return frame

    def _themes(self, summary: MeetingSummary) -> QFrame:
        frame, layout = _card(self.tr("Top themes"))
        self.theme_chart = BarChart()
        self.theme_chart.setAccessibleName(self.tr("Top themes"))
        self.theme_chart.set_bars([(t.name, t.count) for t in summary.top_themes])
        layout.addWidget(self.theme_chart)
        kinds = " · ".join(f"{kind_label(NoteKind(kind))} {format_number(count)}"
                           for kind, count in summary.notes_by_kind.items() if count)
        notes = count_text(summary.notes_total, self.tr("1 note"), self.tr("{n} notes"))
        layout.addWidget(self._text(notes + (f": {kinds}" if kinds else ""), hint=True))
        return frame

    def _actions(self, summary: MeetingSummary) -> QFrame:
        frame, layout = _card(self.tr("Action items"))
        if not summary.actions:
            layout.addWidget(self._text(self.tr("No action items."), hint=True))
        marks = {"open": "☐", "done": "✓", "dropped": "✗"}
        for action in summary.actions:
            details = [action.owner or self.tr("no owner yet")]
            if action.due_on:
                details.append(self.tr("due {date}").format(date=action.due_on))
            if action.status != "open":
                details.append(self.tr("done here") if action.status == "done" and action.closed_here else
                               self.tr("dropped here") if action.closed_here else action.status)
            if action.carried_over:
                details.append(self.tr("from {meeting}").format(meeting=action.origin_title))
            label = self._text(f"{marks.get(action.status, '•')} {action.text}  —  " + " · ".join(details))
            if action.status != "open":
                label.setProperty("closed", True)
            layout.addWidget(label)
        return frame

    def _notes(self, title: str, lines: list[str], empty: str) -> QFrame:
        frame, layout = _card(title)
        if not lines:
            layout.addWidget(self._text(empty, hint=True))
        for line in lines:
            layout.addWidget(self._text(f"• {line}"))
        return frame

    def _feedback(self, summary: MeetingSummary) -> QFrame:
        results = summary.feedback
        frame, layout = _card(self.tr("Exit feedback"))
        if not results.responses:
            layout.addWidget(self._text(self.tr("Nobody has answered the exit questions yet."), hint=True))
            return frame
        figures = QHBoxLayout()
        average = f"{format_number(float(results.heard_average))} / 5" if results.heard_average is not None else "—"
        figures.addWidget(_figure(average, self.tr("felt heard")))
        figures.addWidget(_figure(results.responses, self.tr("answered")))
        figures.addWidget(_figure(results.again_counts.get("yes", 0), self.tr("will come again")))
        layout.addLayout(figures)
        self.heard_chart = BarChart(colour="#3d8b5a")
        self.heard_chart.setAccessibleName(self.tr("Did you feel heard? Answers from 1 to 5"))
        self.heard_chart.set_bars([(self.tr("{score} of 5").format(score=score), results.heard_counts.get(score, 0))
                                   for score in range(5, 0, -1)])
        layout.addWidget(self.heard_chart)
        again = results.again_counts
        layout.addWidget(self._text(self.tr("Coming again: yes {yes} · maybe {maybe} · no {no}").format(
            yes=again.get("yes", 0), maybe=again.get("maybe", 0), no=again.get("no", 0))))
        if results.next_steps:
            layout.addWidget(self._text(self.tr("What should we do next?"), bold=True))
            for step in results.next_steps:
                layout.addWidget(self._text(f"• {step}"))
        return frame

    def _text(self, text: str, *, hint: bool = False, bold: bool = False) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if hint:
            label.setObjectName("hint")
        if bold:
            label.setStyleSheet("font-weight: bold;")
        return label


SUMMARY_STYLE = """
QWidget#summaryBody { background: transparent; }
QFrame#summaryCard { background: white; border: 1px solid #cfd8e0; border-radius: 8px; }
QFrame#summaryCard QLabel { font-size: 14pt; }
QFrame#summaryCard QLabel#cardHeading { font-size: 17pt; font-weight: bold; color: #1f3a4d; }
QFrame#summaryCard QLabel#hint { color: #555; }
QFrame#summaryCard QLabel[closed="true"] { color: #666; }
QFrame#figure { background: #eef3f7; border-radius: 6px; }
QFrame#figure QLabel#figureValue { font-size: 24pt; font-weight: bold; color: #1f3a4d; }
QFrame#figure QLabel#figureLabel { font-size: 12pt; color: #333; }
BarChart { font-size: 13pt; }
"""
