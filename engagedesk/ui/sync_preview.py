"""The preview shown before bundles are imported: what each would change, from which laptop and
its fingerprint; a laptop seen for the first time is accepted here, an organisation joined only
on purpose, a passphrase typed when a bundle is protected."""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox, QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton, QScrollArea, QVBoxLayout, QWidget,
)

from engagedesk.ui.sync_ops import Checked, Verdict, counts_text, local_time
from engagedesk.ui.widgets import shortcut


@dataclass(frozen=True)
class Chosen:
    """A bundle the user asked to import, with what they agreed to."""

    checked: Checked
    accept: bool
    join: bool


def _label(text: str = "", name: str = "", accessible: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)  # names come from other laptops' files: never markup
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if name:
        label.setObjectName(name)
    if accessible:
        label.setAccessibleName(accessible)
    return label


class BundleEntry(QFrame):
    """One bundle in the preview."""

    def __init__(self, checked: Checked, accept_box: QCheckBox | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.checked = checked
        self.setObjectName("bundleEntry")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(4)
        self.title = _label(self._title(), "entryTitle")
        self.title.setAccessibleName(self.tr("Bundle"))
        layout.addWidget(self.title)
        if checked.fingerprint:
            made = local_time(checked.created_at)
            origin = self.tr("Made {when} on “{laptop}”, whose key fingerprint is {fingerprint}.")
            self.origin = _label(origin.format(
                when=made, laptop=html.escape(checked.source_name),
                fingerprint=f"<b>{html.escape(checked.fingerprint)}</b>"),
                accessible=self.tr("Where the bundle comes from"))
            self.origin.setTextFormat(Qt.TextFormat.RichText)
            layout.addWidget(self.origin)
        self.summary = _label(self._summary(), "entrySummary", self.tr("What importing would change"))
        layout.addWidget(self.summary)  # in the layout before it is hidden: a label without a parent is a window
        self.summary.setVisible(bool(self.summary.text()))
        if checked.joining and checked.preview is not None:
            layout.addWidget(_label(self.tr(
                "This laptop has not joined an organisation yet: importing this bundle joins “{name}”.").format(
                name=checked.organisation_name), "hint", self.tr("Joining")))
        self.problem = _label(checked.message, "hint" if checked.verdict in (Verdict.ALREADY, Verdict.OWN)
                              else "fieldProblem", self.tr("Why this bundle needs attention"))
        layout.addWidget(self.problem)
        self.problem.setVisible(bool(checked.message))
        self.accept_box = accept_box
        if checked.importable and checked.new_laptop:
            if accept_box is not None:
                layout.addWidget(_label(self.tr(
                    "First bundle from “{laptop}”. On that laptop, open Sync and check that it shows the key "
                    "fingerprint {fingerprint}. Accept it only if they match.").format(
                    laptop=checked.source_name, fingerprint=checked.fingerprint), "newLaptop",
                    self.tr("A laptop seen for the first time")))
                layout.addWidget(accept_box)
            else:
                layout.addWidget(_label(self.tr("From the same new laptop as above: accept it there."), "hint"))
        self.join_box: QCheckBox | None = None
        if checked.verdict is Verdict.OTHER_ORGANISATION and checked.preview is not None:
            self.join_box = QCheckBox(self.tr("Join “{name}” anyway: bring its data into this database").format(
                name=checked.organisation_name))
            self.join_box.setObjectName("joinOrganisation")
            self.join_box.setAccessibleName(self.tr("Join the other organisation “{name}”").format(
                name=checked.organisation_name))
            layout.addWidget(self.join_box)

    def _title(self) -> str:
        c = self.checked
        if c.source_name and c.fingerprint:
            return self.tr("From “{laptop}”: {file}").format(laptop=c.source_name, file=c.path.name)
        return c.path.name

    def _summary(self) -> str:
        report = self.checked.preview
        if report is None or report.already_imported:
            return ""
        text = self.tr("Importing would bring: {counts}.").format(counts=counts_text(report.merge))
        if report.gaps:
            text += " " + self.tr("Some earlier changes from other laptops seem to be missing; ask for a full "
                                  "export too.")
        return text

    def chosen(self) -> Chosen | None:
        """What to import from this entry, or None while it is not ready."""
        if not self.checked.importable:
            return None
        accept = not self.checked.new_laptop or (self.accept_box is not None and self.accept_box.isChecked())
        join = self.join_box is not None and self.join_box.isChecked()
        if not accept or (self.checked.verdict is Verdict.OTHER_ORGANISATION and not join):
            return None
        return Chosen(self.checked, accept=self.checked.new_laptop, join=join)


class PreviewPanel(QWidget):
    import_requested = Signal(list)   # [Chosen]
    passphrase_given = Signal(str)
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entries: list[BundleEntry] = []
        self.accept_boxes: dict[str, QCheckBox] = {}
        self.heading = QLabel(self.tr("Check before importing"))
        self.heading.setObjectName("sectionHeading")
        self.intro = _label(self.tr("Nothing has changed yet. This is what importing would do."), "hint")
        self.skipped = _label("", "hint", self.tr("Bundles skipped"))

        self.list_widget = QWidget()
        self.list_widget.setObjectName("previewList")
        self.list_layout = QVBoxLayout(self.list_widget)
        self.list_layout.setContentsMargins(0, 0, 8, 0)
        self.list_layout.setSpacing(10)
        self.list_layout.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setObjectName("previewScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(self.list_widget)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.passphrase_row = QWidget()
        row = QHBoxLayout(self.passphrase_row)
        row.setContentsMargins(0, 0, 0, 0)
        passphrase_label = QLabel(self.tr("&Passphrase:"))
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("importPassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase of the protected bundles"))
        passphrase_label.setBuddy(self.passphrase)
        self.open_button = QPushButton(self.tr("&Open with this passphrase"))
        self.open_button.setObjectName("openWithPassphrase")
        self.open_button.setAccessibleName(self.tr("Open the protected bundles with this passphrase"))
        self.open_button.clicked.connect(self._give_passphrase)
        self.passphrase.returnPressed.connect(self._give_passphrase)
        row.addWidget(passphrase_label)
        row.addWidget(self.passphrase, 1)
        row.addWidget(self.open_button)

        self.waiting = _label("", "hint", self.tr("What still needs your choice"))
        self.import_button = QPushButton()
        self.import_button.setObjectName("importNow")
        self.import_button.setAccessibleName(self.tr("Import the bundles shown"))
        self.import_button.clicked.connect(self._import)
        self.close_button = QPushButton(self.tr("&Do not import (Esc)"))
        self.close_button.setObjectName("closePreview")
        self.close_button.setAccessibleName(self.tr("Close the preview without importing"))
        self.close_button.clicked.connect(self.closed.emit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.close_button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.skipped)
        layout.addWidget(self.passphrase_row)
        layout.addWidget(self.waiting)
        layout.addLayout(buttons)
        shortcut("Ctrl+Return", self, self._import)

    def show_bundles(self, bundles: list[Checked], skipped: list[Checked]) -> None:
        for entry in self.entries:
            entry.setParent(None)
            entry.deleteLater()
        self.entries = []
        self.accept_boxes = {}
        for checked in bundles:
            box = None
            if checked.importable and checked.new_laptop and checked.fingerprint not in self.accept_boxes:
                box = QCheckBox(self.tr("I checked: &accept “{laptop}”").format(laptop=checked.source_name))
                box.setObjectName("acceptLaptop")
                box.setAccessibleName(self.tr("Accept the laptop “{laptop}” with fingerprint {fingerprint}").format(
                    laptop=checked.source_name, fingerprint=checked.fingerprint))
                box.toggled.connect(self._update)
                self.accept_boxes[checked.fingerprint] = box
            entry = BundleEntry(checked, box, self.list_widget)
            if entry.join_box is not None:
                entry.join_box.toggled.connect(self._update)
            self.entries.append(entry)
            self.list_layout.insertWidget(self.list_layout.count() - 1, entry)
        # Later entries from a laptop accepted above follow its box.
        for entry in self.entries:
            if entry.accept_box is None and entry.checked.new_laptop:
                entry.accept_box = self.accept_boxes.get(entry.checked.fingerprint)
        already = sum(1 for c in skipped if c.verdict is Verdict.ALREADY)
        own = sum(1 for c in skipped if c.verdict is Verdict.OWN)
        parts = []
        if already:
            parts.append(self.tr("1 bundle already imported") if already == 1
                         else self.tr("{count} bundles already imported").format(count=already))
        if own:
            parts.append(self.tr("%n made on this laptop", "", own))
        self.skipped.setText(self.tr("Skipped: {what}.").format(what="; ".join(parts)) if parts else "")
        self.skipped.setVisible(bool(parts))
        needs_passphrase = any(c.verdict is Verdict.PASSPHRASE for c in bundles)
        self.passphrase_row.setVisible(needs_passphrase)
        self._update()

    def chosen(self) -> list[Chosen]:
        return [chosen for entry in self.entries if (chosen := entry.chosen()) is not None]

    def first_focus(self) -> QWidget:
        if self.passphrase_row.isVisibleTo(self):
            return self.passphrase
        for box in self.accept_boxes.values():
            if not box.isChecked():
                return box
        for entry in self.entries:
            if entry.join_box is not None:
                return entry.join_box
        return self.import_button if self.import_button.isEnabled() else self.close_button

    def _update(self) -> None:
        ready = len(self.chosen())
        importable = sum(1 for entry in self.entries if entry.checked.importable)
        if ready == 1:
            self.import_button.setText(self.tr("&Import this bundle (Ctrl+Enter)"))
        elif ready:
            self.import_button.setText(self.tr("&Import {count} bundles (Ctrl+Enter)").format(count=ready))
        else:
            self.import_button.setText(self.tr("&Import (nothing ready)"))
        self.import_button.setEnabled(ready > 0)
        waiting = importable - ready
        self.waiting.setText("" if not waiting else self.tr(
            "1 bundle waits for your choice above; it is not imported until then.") if waiting == 1 else self.tr(
            "{count} bundles wait for your choice above; they are not imported until then.").format(count=waiting))
        self.waiting.setVisible(bool(waiting))

    def _import(self) -> None:
        if self.isVisible() and self.import_button.isEnabled():
            self.import_requested.emit(self.chosen())

    def _give_passphrase(self) -> None:
        if self.passphrase.text():
            self.passphrase_given.emit(self.passphrase.text())
