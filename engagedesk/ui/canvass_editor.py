"""The campaign editor: name, dates, script, outcomes, and survey questions of every kind."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QBoxLayout, QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPlainTextEdit,
    QPushButton, QVBoxLayout, QWidget,
)

from engagedesk.domain.models import DEFAULT_OUTCOMES, Campaign, Question, QuestionKind
from engagedesk.services import canvassing
from engagedesk.ui import appearance
from engagedesk.ui.widgets import FlowLayout

KINDS = (QuestionKind.YES_NO, QuestionKind.SINGLE_CHOICE, QuestionKind.MULTIPLE_CHOICE, QuestionKind.SCALE,
         QuestionKind.FREE_TEXT)


class CampaignEditor(QWidget):
    save_requested = Signal(object, object)   # Campaign, list[Question]

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.campaign = Campaign(name="")
        self.questions: list[Question] = []
        self._row = -1
        self._loading = False

        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Campaign name"))
        self.starts = QLineEdit()
        self.starts.setPlaceholderText("2026-11-22")
        self.starts.setAccessibleName(self.tr("First day of the campaign"))
        self.starts.setAccessibleDescription(self.tr("A date like 2026-11-22; may be left empty"))
        self.ends = QLineEdit()
        self.ends.setPlaceholderText("2026-12-20")
        self.ends.setAccessibleName(self.tr("Last day of the campaign"))
        self.ends.setAccessibleDescription(self.tr("A date like 2026-12-20; may be left empty"))
        self.script = QPlainTextEdit()
        self.script.setAccessibleName(self.tr("Script: talking points"))
        self.script.setPlaceholderText(self.tr("Talking points; lines starting with - are key points"))
        self.outcomes = QPlainTextEdit()
        self.outcomes.setAccessibleName(self.tr("Outcomes, one per line"))
        explained = self.tr("One per line, at most 9 (keys 1–9). The first is the one where someone answered.")
        self.outcomes.setToolTip(explained)
        self.outcomes.setAccessibleDescription(explained)
        outcomes_hint = QLabel(explained)
        outcomes_hint.setObjectName("hint")
        outcomes_hint.setWordWrap(True)
        outcomes = QVBoxLayout()
        outcomes.setContentsMargins(0, 0, 0, 0)
        outcomes.addWidget(self.outcomes, 1)
        outcomes.addWidget(outcomes_hint)
        self._outcomes_label = outcomes_label = QLabel(self.tr("Outcomes, one per line"))
        outcomes_label.setWordWrap(True)
        outcomes_label.setBuddy(self.outcomes)
        dates = QHBoxLayout()
        dates.addWidget(self.starts)
        dates.addWidget(QLabel(self.tr("to")))
        dates.addWidget(self.ends)
        dates.addStretch(1)
        self.form = form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Dates"), dates)
        form.addRow(self.tr("Script"), self.script)
        form.addRow(outcomes_label, outcomes)

        self.question_list = QListWidget()
        self.question_list.setAccessibleName(self.tr("Survey questions, in order"))
        self.question_list.currentRowChanged.connect(self._select)
        self.add_button = QPushButton(self.tr("Add question"))
        self.add_button.clicked.connect(self.add_question)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Answers already given are kept in the results."))
        self.remove_button.clicked.connect(self.remove_question)
        self.up_button = QPushButton(self.tr("Up"))
        self.up_button.clicked.connect(lambda: self.move_question(-1))
        self.down_button = QPushButton(self.tr("Down"))
        self.down_button.clicked.connect(lambda: self.move_question(1))
        buttons = FlowLayout()  # wraps onto a second line with large text
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)

        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind of question"))
        labels = {QuestionKind.YES_NO: self.tr("Yes / no"), QuestionKind.SINGLE_CHOICE: self.tr("One choice"),
                  QuestionKind.MULTIPLE_CHOICE: self.tr("Several choices"), QuestionKind.SCALE: self.tr("Scale 1–5"),
                  QuestionKind.FREE_TEXT: self.tr("Free text")}
        for kind in KINDS:
            self.kind.addItem(labels[kind], kind.value)
        self.prompt = QLineEdit()
        self.prompt.setAccessibleName(self.tr("Question"))
        self.options = QPlainTextEdit()
        self.options.setAccessibleName(self.tr("Choices, one per line"))
        self.ask_if = QComboBox()
        self.ask_if.setAccessibleName(self.tr("Ask only if"))
        # Long questions are cut short in the box (the list above shows them whole).
        self.ask_if.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.ask_if.setMinimumContentsLength(10)
        self.ask_answer = QLineEdit()
        self.ask_answer.setAccessibleName(self.tr("the answer was"))
        self.ask_answer.setPlaceholderText(self.tr("the answer, e.g. yes"))
        condition = QHBoxLayout()
        condition.addWidget(self.ask_if, 2)
        condition.addWidget(QLabel(self.tr("was")))
        condition.addWidget(self.ask_answer, 1)
        self.detail = detail = QFormLayout()
        detail.addRow(self.tr("Kind"), self.kind)
        detail.addRow(self.tr("Question"), self.prompt)
        detail.addRow(self.tr("Choices"), self.options)
        detail.addRow(self.tr("Ask only if"), condition)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        for edit in (self.prompt, self.ask_answer):
            edit.textEdited.connect(lambda _text: self._store_form())
        self.options.textChanged.connect(self._store_form)
        self.ask_if.currentIndexChanged.connect(lambda _i: self._store_form())

        survey = QGroupBox(self.tr("Survey"))
        survey_layout = QVBoxLayout(survey)
        survey_layout.addWidget(self.question_list, 1)
        survey_layout.addLayout(buttons)
        survey_layout.addLayout(detail)

        self.save_button = QPushButton(self.tr("Save campaign"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.request_save)
        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(self.save_button)
        # The form beside the survey when there is room; with large text the survey goes under
        # the form, labels above their fields, and the screen scrolls down instead of sideways.
        self._layout = layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        layout.addLayout(left, 1)
        layout.addWidget(survey, 1)
        self._wide: bool | None = None
        self.set_wide(True)
        self._fit_to_text()
        appearance.on_change(self._fit_to_text)
        self._enable_detail()

    # ------------------------------------------------------------------ layout

    @property
    def wide(self) -> bool:
        return bool(self._wide)

    def set_wide(self, wide: bool) -> None:
        if wide == self._wide:
            return
        self._wide = wide
        self._layout.setDirection(QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom)
        policy = QFormLayout.RowWrapPolicy.DontWrapRows if wide else QFormLayout.RowWrapPolicy.WrapAllRows
        for form in (self.form, self.detail):
            form.setRowWrapPolicy(policy)
        self._fit_to_text()

    def _fit_to_text(self) -> None:
        """Sizes that hold text follow the text size (now, and when it changes)."""
        digits = QFontMetrics(appearance.font()).horizontalAdvance("2026-12-20")
        for field in (self.starts, self.ends):  # room for a whole date at any text size
            field.setMinimumWidth(digits + 24)
        self.options.setMaximumHeight(appearance.lines_height(3.5))
        tall = not self._wide
        # Beside its field the long label wraps onto lines of about the other labels' width.
        self._outcomes_label.setMaximumWidth(16777215 if tall else appearance.text_width(10))
        self.script.setMinimumHeight(appearance.lines_height(4) if tall else 0)
        self.outcomes.setMinimumHeight(appearance.lines_height(4) if tall else 0)
        self.question_list.setMinimumHeight(appearance.lines_height(4) if tall else 0)

    # ------------------------------------------------------------------ loading and saving

    def load(self, campaign: Campaign | None, questions: list[Question] | tuple[Question, ...] = ()) -> None:
        self._loading = True
        self.campaign = campaign or Campaign(name="", outcomes=DEFAULT_OUTCOMES)
        self.questions = list(questions)
        self.name.setText(self.campaign.name)
        self.starts.setText(self.campaign.starts_on or "")
        self.ends.setText(self.campaign.ends_on or "")
        self.script.setPlainText(self.campaign.script)
        self.outcomes.setPlainText("\n".join(canvassing.outcome_label(o) for o in self.campaign.outcomes))
        self._row = -1
        self._refresh_list()
        self._loading = False
        self.question_list.setCurrentRow(0 if self.questions else -1)
        self._enable_detail()

    def draft(self) -> tuple[Campaign, list[Question]]:
        self._store_form()
        campaign = dataclasses.replace(
            self.campaign, name=self.name.text(), starts_on=self.starts.text().strip() or None,
            ends_on=self.ends.text().strip() or None, script=self.script.toPlainText(),
            outcomes=tuple(canvassing.outcome_from_label(line) for line in self.outcomes.toPlainText().splitlines()
                           if line.strip()))
        return campaign, [dataclasses.replace(q, campaign_id=campaign.id, position=i) for i, q in enumerate(self.questions)]

    def request_save(self) -> None:
        self.save_requested.emit(*self.draft())

    # ------------------------------------------------------------------ questions

    def _refresh_list(self) -> None:
        row = self.question_list.currentRow()
        self._loading = True
        self.question_list.clear()
        for number, question in enumerate(self.questions, start=1):
            condition = ""
            if question.ask_if_question_id:
                earlier = next((i for i, q in enumerate(self.questions, start=1) if q.id == question.ask_if_question_id), None)
                condition = f"   [if Q{earlier} = {question.ask_if_answer}]" if earlier else ""
            self.question_list.addItem(f"Q{number}. {question.prompt or self.tr('(new question)')}{condition}")
        self._loading = False
        if 0 <= row < len(self.questions):
            self.question_list.setCurrentRow(row)

    def add_question(self) -> None:
        self._store_form()
        self.questions.append(Question(campaign_id=self.campaign.id, position=len(self.questions),
                                       kind=QuestionKind.YES_NO, prompt=""))
        self._refresh_list()
        self.question_list.setCurrentRow(len(self.questions) - 1)
        self.prompt.setFocus()

    def remove_question(self) -> None:
        row = self.question_list.currentRow()
        if not 0 <= row < len(self.questions):
            return
        removed = self.questions.pop(row)
        self.questions = [dataclasses.replace(q, ask_if_question_id=None, ask_if_answer=None)
                          if q.ask_if_question_id == removed.id else q for q in self.questions]
        self._row = -1
        self._refresh_list()
        self.question_list.setCurrentRow(min(row, len(self.questions) - 1))
        self._enable_detail()

    def move_question(self, step: int) -> None:
        row = self.question_list.currentRow()
        target = row + step
        if not (0 <= row < len(self.questions) and 0 <= target < len(self.questions)):
            return
        self._store_form()
        self.questions[row], self.questions[target] = self.questions[target], self.questions[row]
        self._row = -1
        self._refresh_list()
        self.question_list.setCurrentRow(target)

    def _select(self, row: int) -> None:
        if self._loading:
            return
        if self._row != row:
            self._store_form()
        self._row = row
        self._enable_detail()
        if not 0 <= row < len(self.questions):
            return
        question = self.questions[row]
        self._loading = True
        self.kind.setCurrentIndex(KINDS.index(QuestionKind(question.kind)))
        self.prompt.setText(question.prompt)
        self.options.setPlainText("\n".join(question.options))
        self.ask_if.clear()
        self.ask_if.addItem(self.tr("(always asked)"), None)
        for number, earlier in enumerate(self.questions[:row], start=1):
            self.ask_if.addItem(f"Q{number}. {earlier.prompt[:40]}", earlier.id)
        index = self.ask_if.findData(question.ask_if_question_id) if question.ask_if_question_id else 0
        self.ask_if.setCurrentIndex(max(0, index))
        self.ask_answer.setText(question.ask_if_answer or "")
        self._loading = False
        self._kind_changed()

    def _kind_changed(self) -> None:
        kind = QuestionKind(self.kind.currentData())
        self.options.setEnabled(kind in (QuestionKind.SINGLE_CHOICE, QuestionKind.MULTIPLE_CHOICE))
        self._store_form()

    def _enable_detail(self) -> None:
        has = 0 <= self.question_list.currentRow() < len(self.questions)
        for widget in (self.kind, self.prompt, self.options, self.ask_if, self.ask_answer, self.remove_button,
                       self.up_button, self.down_button):
            widget.setEnabled(has)
        if has:
            kind = QuestionKind(self.kind.currentData())
            self.options.setEnabled(kind in (QuestionKind.SINGLE_CHOICE, QuestionKind.MULTIPLE_CHOICE))

    def _store_form(self) -> None:
        row = self._row
        if self._loading or not 0 <= row < len(self.questions):
            return
        kind = QuestionKind(self.kind.currentData())
        options = tuple(line.strip() for line in self.options.toPlainText().splitlines() if line.strip())
        ask_if = self.ask_if.currentData()
        changed = dataclasses.replace(
            self.questions[row], kind=kind, prompt=self.prompt.text(),
            options=options if kind in (QuestionKind.SINGLE_CHOICE, QuestionKind.MULTIPLE_CHOICE) else (),
            ask_if_question_id=ask_if, ask_if_answer=self.ask_answer.text().strip() if ask_if else None)
        if changed != self.questions[row]:
            self.questions[row] = changed
            item = self.question_list.item(row)
            if item is not None:
                item.setText(f"Q{row + 1}. {changed.prompt or self.tr('(new question)')}")
