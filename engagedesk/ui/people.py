"""The People screen: the roster, search as you type, and the person form with their history.

The list is a thin model over an array of rowids (8 bytes a person), fetched once on the store
thread; the people of the rows on screen are fetched 200 at a time as the view asks for them,
and only the last few dozen pages are kept.  Nothing here touches SQLite: every read and write
is a service run on the store thread with ``worker.run``.
"""

from __future__ import annotations

from array import array
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Coroutine
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel, QEvent, QModelIndex, QPersistentModelIndex, Qt, Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractItemView, QBoxLayout, QHeaderView, QLabel, QPushButton, QStackedWidget, QStyle,
    QStyledItemDelegate, QStyleOptionViewItem, QTableView, QVBoxLayout, QWidget,
)

from engagedesk.domain.i18n import count_text, format_number
from engagedesk.domain.errors import ValidationError
from engagedesk.domain.models import Person
from engagedesk.store.worker import StoreWorker
from engagedesk.ui import appearance
from engagedesk.ui.tasks import run_task

if TYPE_CHECKING:
    from engagedesk.services.roster import PersonFile
    from engagedesk.ui.person_form import PersonForm, Values
from engagedesk.ui.widgets import (
    FlowLayout, LazyPage, SearchField, available_width, language_name, shortcut, size_to_current_page,
)

PersonRole = Qt.ItemDataRole.UserRole + 1
RowidRole = Qt.ItemDataRole.UserRole + 2

MAX_CACHED_PAGES = 64   # 12,800 people in memory at most
MAX_WAITING_PAGES = 12  # pages asked for while scrolling fast; older asks are dropped (re-asked if still on screen)
DO_NOT_CONTACT_BACKGROUND = QColor("#fde3e1")
DO_NOT_CONTACT_TEXT = QColor("#8f0d12")

PageLoader = Callable[[list[int]], Awaitable[dict[int, Person]]]
Scheduler = Callable[[Coroutine[Any, Any, Any]], Any]


PAGE_SIZE = 200  # people fetched at a time as rows are drawn


def _roster():  # noqa: ANN202 - engagedesk.services.roster, loaded after the window is painted
    from engagedesk.services import roster

    return roster


class RosterModel(QAbstractTableModel):
    """Rows over an array of rowids; the people themselves are fetched a page at a time.

    ``load_page(rowids)`` is awaited for the people of a page (on the store thread);
    ``schedule(coroutine)`` runs it.  A page asked for while the rowids are replaced is thrown
    away when it arrives.
    """

    NAME, EMAIL, PHONE, LANGUAGE, CONTACT = range(5)
    page_loaded = Signal(int)  # page number, once its people are in

    def __init__(self, load_page: PageLoader, schedule: Scheduler, parent: Any = None) -> None:
        super().__init__(parent)
        self._load_page = load_page
        self._schedule = schedule
        self._ids = array("q")
        self._pages: OrderedDict[int, dict[int, Person]] = OrderedDict()
        self._waiting: list[int] = []  # most recent ask last
        self._loading: int | None = None
        self._loading_generation = -1
        self._generation = 0
        self._bold = QFont()
        self._bold.setBold(True)
        self.headers = (self.tr("Name"), self.tr("E-mail"), self.tr("Phone"), self.tr("Language"),
                        self.tr("Contact"))

    # ------------------------------------------------------------------ the rows

    def set_ids(self, ids: array) -> None:
        self.beginResetModel()
        self._ids = ids
        self._pages.clear()
        self._waiting.clear()
        self._generation += 1
        self.endResetModel()

    def ids(self) -> array:
        return self._ids

    def rowid(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, rowid: int) -> int:
        try:
            return self._ids.index(rowid)
        except ValueError:
            return -1

    def person(self, row: int) -> Person | None:
        """The person on this row, or None while their page is being fetched (it is asked for)."""
        if not 0 <= row < len(self._ids):
            return None
        page_number = row // PAGE_SIZE
        page = self._pages.get(page_number)
        if page is None:
            self._ask(page_number)
            return None
        self._pages.move_to_end(page_number)
        return page.get(self._ids[row])

    def is_loaded(self, row: int) -> bool:
        return row // PAGE_SIZE in self._pages

    def is_idle(self) -> bool:
        return self._loading is None and not self._waiting

    def forget_pages(self) -> None:
        """Fetch the people again as they are drawn (after an edit), keeping the rows."""
        self._pages.clear()
        self._generation += 1
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, len(self.headers) - 1))

    # ------------------------------------------------------------------ fetching pages

    def _ask(self, page_number: int) -> None:
        if page_number == self._loading and self._loading_generation == self._generation:
            return  # on its way (a page asked for before the rows changed is asked for again)
        if page_number in self._waiting:
            self._waiting.remove(page_number)
        self._waiting.append(page_number)
        del self._waiting[:-MAX_WAITING_PAGES]
        if self._loading is None:
            self._loading = -1  # taken: one fetch at a time, the latest ask first
            self._schedule(self._fetch())

    async def _fetch(self) -> None:
        try:
            while self._waiting:
                page_number = self._waiting.pop()
                if page_number in self._pages:
                    continue
                generation = self._loading_generation = self._generation
                self._loading = page_number
                start = page_number * PAGE_SIZE
                rowids = self._ids[start:start + PAGE_SIZE].tolist()
                people = await self._load_page(rowids)
                if generation != self._generation:
                    continue  # the rows were replaced meanwhile
                self._pages[page_number] = people
                while len(self._pages) > MAX_CACHED_PAGES:
                    self._pages.popitem(last=False)
                last = min(start + PAGE_SIZE, len(self._ids)) - 1
                self.dataChanged.emit(self.index(start, 0), self.index(last, len(self.headers) - 1))
                self.page_loaded.emit(page_number)
        finally:
            self._loading = None

    # ------------------------------------------------------------------ Qt's model interface

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.headers):
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return self.headers[section]
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid():
            return None
        row, column = index.row(), index.column()
        if not 0 <= row < len(self._ids) or not 0 <= column < len(self.headers):
            return None
        if role == RowidRole:
            return self._ids[row]
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole,
                        Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole,
                        PersonRole):
            return None
        person = self.person(row)
        if role == PersonRole:
            return person
        if person is None:
            if role == Qt.ItemDataRole.DisplayRole:
                return "…" if column == self.NAME else ""
            if role == Qt.ItemDataRole.AccessibleTextRole and column == self.NAME:
                return self.tr("Loading")
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(person, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(person, column)
        if not person.do_not_contact or appearance.high_contrast():
            return None  # in high contrast the theme's own colours (the Contact column says it)
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(DO_NOT_CONTACT_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(DO_NOT_CONTACT_TEXT)
        if role == Qt.ItemDataRole.FontRole and column == self.CONTACT:
            return self._bold
        return None

    # ------------------------------------------------------------------ what a row says

    def _text(self, person: Person, column: int) -> str:
        if column == self.NAME:
            name = _list_name(person)
            return name or self.tr("(no name)")
        if column == self.EMAIL:
            return person.email
        if column == self.PHONE:
            return person.phone
        if column == self.LANGUAGE:
            return language_name(person.language)
        return self.contact_text(person)

    def contact_text(self, person: Person) -> str:
        if person.do_not_contact:
            return self.tr("Do not contact")
        if person.may_contact:
            return self.tr("OK to contact")
        return "—"

    def _tooltip(self, person: Person, column: int) -> str | None:
        if column == self.CONTACT and person.do_not_contact:
            since = person.do_not_contact_since or self.tr("an unknown date")
            text = self.tr("Asked not to be contacted on {date}.").format(date=since)
            if person.do_not_contact_reason:
                text += " " + self.tr("Reason: {reason}").format(reason=person.do_not_contact_reason)
            return text
        if column == self.LANGUAGE and person.language:
            return person.language
        if column == self.EMAIL and person.email:
            return person.email
        if column == self.NAME and person.preferred_name and person.preferred_name != person.given_name:
            return self.tr("Goes by {name}").format(name=person.preferred_name)
        return None

class _Note(QLabel):
    """A line of text under the search field that takes no room while it has nothing to say."""

    def __init__(self, name: str, accessible: str) -> None:
        super().__init__()
        self.setObjectName(name)
        self.setWordWrap(True)
        self.setAccessibleName(accessible)
        self.hide()

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        super().setText(text)
        self.setVisible(bool(text))

    def clear(self) -> None:
        self.setText("")


def _list_name(person: Person) -> str:
    """Family name first, as the roster is sorted: "García, José"."""
    given = person.preferred_name or person.given_name
    if person.family_name and given:
        return f"{person.family_name}, {given}"
    return person.family_name or given


class _RowDelegate(QStyledItemDelegate):
    """Draws cells without the focus frame of the current cell: whole rows are chosen."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        option.state &= ~QStyle.StateFlag.State_HasFocus


class RosterView(QTableView):
    """The roster table.  Letters typed here go to the search field: Qt's own type-ahead would
    read every row of the model, a million of them."""

    def __init__(self, send_text: Callable[[str], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._send_text = send_text
        self.setItemDelegate(_RowDelegate(self))

    def changeEvent(self, event: QEvent) -> None:
        # Rows as tall as the text: the app's style sheet sets the font after this is made.
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        super().changeEvent(event)

    def keyboardSearch(self, search: str) -> None:
        self._send_text(search)

    def moveCursor(self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier) -> QModelIndex:
        # Whole rows are chosen, so Home and End go to the first and last person, not column.
        if action in (QAbstractItemView.CursorAction.MoveHome, QAbstractItemView.CursorAction.MoveEnd):
            modifiers = modifiers | Qt.KeyboardModifier.ControlModifier
        return super().moveCursor(action, modifiers)


class PeopleScreen(QWidget):
    """The roster, a search field above it, and the person form (Ctrl+N to add, Enter to edit)."""

    loaded = Signal()          # the list shows what the database holds (after a refresh or a search)
    form_opened = Signal(object)  # PersonFile, or None for a new person
    saved = Signal(object)     # PersonFile, after a save

    def __init__(self, worker: StoreWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        appearance.style(self, PEOPLE_STYLE)  # before the children, so each is styled once
        self.worker = worker
        self.setObjectName("peopleScreen")
        self.setAccessibleName(self.tr("People"))
        self.drafts: dict[str, Values] = {}   # unsaved forms, by person id ("" for a new person)
        self._draft_names: dict[str, str] = {}
        self._query_number = 0
        self._open_number = 0
        self._all_ids: array | None = None
        self._saving = False
        self._focus_before_form: QWidget | None = None

        self.model = RosterModel(self._load_page, lambda coroutine: run_task(self, coroutine), self)

        heading = QLabel(self.tr("People"))
        heading.setObjectName("screenHeading")
        self.count_label = QLabel()
        self.count_label.setObjectName("peopleCount")
        self.count_label.setAccessibleName(self.tr("How many people are listed"))
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.new_button = QPushButton(self.tr("New person (Ctrl+N)"))
        self.new_button.setObjectName("newPerson")
        self.new_button.setAccessibleName(self.tr("Add a new person"))
        self.new_button.clicked.connect(self.new_person)
        self.import_button = QPushButton(self.tr("Import…"))
        self.import_button.setAccessibleName(self.tr("Import people from a spreadsheet (Ctrl+I)"))
        self.import_button.setToolTip(self.tr("Import people from a CSV file (Ctrl+I)"))
        self.import_button.clicked.connect(self.import_people)
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setAccessibleName(self.tr("Export people to a spreadsheet (Ctrl+E)"))
        self.export_button.setToolTip(self.tr("Save people as CSV or Excel (Ctrl+E)"))
        self.export_button.clicked.connect(self.export_people)
        self.duplicates_button = QPushButton(self.tr("Duplicates…"))
        self.duplicates_button.setAccessibleName(self.tr("Find and merge duplicate people (Ctrl+Shift+D)"))
        self.duplicates_button.setToolTip(self.tr("Find people entered twice and merge them (Ctrl+Shift+D)"))
        self.duplicates_button.clicked.connect(self.find_duplicates)
        self.dialog: QWidget | None = None  # the import, export or duplicates window last opened

        self.table = RosterView(self._type_into_search)
        for corner in self.table.findChildren(QAbstractButton):  # Qt's "select all" corner
            corner.setAccessibleName(self.tr("Select all"))
        self.table.setObjectName("rosterTable")
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Roster"))
        self.table.setAccessibleDescription(self.tr("Enter opens the chosen person; Ctrl+N adds a new one"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.setCornerButtonEnabled(False)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 12)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(RosterModel.EMAIL, QHeaderView.ResizeMode.Stretch)
        # widths in characters of the table's text, so they grow with the text size
        for column, characters in ((RosterModel.NAME, 21.5), (RosterModel.PHONE, 14.5), (RosterModel.LANGUAGE, 10.5),
                                   (RosterModel.CONTACT, 16)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, appearance.text_width(characters))
        self.table.activated.connect(lambda index: self.open_row(index.row()))

        self.search = SearchField(self.table)
        self.search.setObjectName("peopleSearch")
        self.search.setPlaceholderText(self.tr("Search by name, e-mail, phone or street"))
        self.search.setAccessibleName(self.tr("Search the roster"))
        self.search.setAccessibleDescription(self.tr("Results follow each key; Up and Down choose, Enter opens"))
        self.search.textChanged.connect(self._text_changed)
        self.search.submitted.connect(lambda: self.open_row(max(0, self.table.currentIndex().row())))

        self.hint = _Note("hint", self.tr("Search hint"))
        self.feedback = _Note("feedback", self.tr("What just happened"))
        self.drafts_label = QLabel()
        self.drafts_label.setObjectName("draftsNote")
        self.drafts_label.setWordWrap(True)
        self.drafts_label.setAccessibleName(self.tr("Unsaved changes kept"))
        self.drafts_label.hide()

        self._form_page = LazyPage(self._make_form)  # built when first opened: a quicker start

        # in a row; one under the other when large text leaves no room
        self._top = top = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(self.count_label)
        # the buttons in a row under the heading, wrapping onto a second line with large text
        self._actions = actions = FlowLayout(spacing=10)
        for button in (self.new_button, self.import_button, self.export_button, self.duplicates_button):
            actions.addWidget(button)

        list_page = QWidget()
        list_layout = QVBoxLayout(list_page)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.setSpacing(8)
        list_layout.addWidget(self.search)
        list_layout.addWidget(self.hint)
        list_layout.addWidget(self.feedback)
        list_layout.addWidget(self.drafts_label)
        list_layout.addWidget(self.table, 1)

        self.pages = QStackedWidget()
        self.pages.addWidget(list_page)
        self.pages.addWidget(self._form_page)
        size_to_current_page(self.pages)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addLayout(actions)
        layout.addWidget(self.pages, 1)

        shortcut("Ctrl+N", self, self.new_person)
        shortcut("Ctrl+F", self, self.focus_search)
        shortcut("Ctrl+I", self, self.import_people)
        shortcut("Ctrl+E", self, self.export_people)
        shortcut("Ctrl+Shift+D", self, self.find_duplicates)
        QWidget.setTabOrder(self.search, self.table)
        QWidget.setTabOrder(self.table, self.new_button)
        QWidget.setTabOrder(self.new_button, self.import_button)
        QWidget.setTabOrder(self.import_button, self.export_button)
        QWidget.setTabOrder(self.export_button, self.duplicates_button)
        self.setFocusProxy(self.search)
        self._show_drafts()

    # ------------------------------------------------------------------ loading the list


    def resizeEvent(self, event) -> None:  # noqa: ANN001 - QResizeEvent
        super().resizeEvent(event)
        wide = available_width(self) >= appearance.text_width(40)
        self._top.setDirection(QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom)
        self._top.setAlignment(self.count_label, Qt.AlignmentFlag(0) if wide else Qt.AlignmentFlag.AlignLeft)
    def _make_form(self) -> PersonForm:
        from engagedesk.ui.person_form import PersonForm  # built the first time a person is opened

        form = PersonForm()
        form.save_requested.connect(self.save)
        form.back_requested.connect(self.back_to_list)
        form.discard_requested.connect(self.discard)
        return form

    @property
    def form(self) -> PersonForm:
        return self._form_page.screen()  # type: ignore[return-value]

    @property
    def history(self):  # noqa: ANN201 - the form's history list
        return self.form.history

    def refresh(self) -> None:
        """(Re)load the list from the database, keeping the search typed; never blocks."""
        self._all_ids = None
        self.model.forget_pages()
        self._ask_reload()

    # ------------------------------------------------------------------ spreadsheets and duplicates

    def import_people(self) -> None:
        from engagedesk.ui.import_people import open_import

        self.dialog = dialog = open_import(self, self.worker)
        dialog.finished_import.connect(lambda _report: self.refresh())

    def export_people(self) -> None:
        from engagedesk.ui.export_dialog import open_export

        self.dialog = open_export(self, self.worker, "people")

    def find_duplicates(self) -> None:
        from engagedesk.ui.duplicates import open_duplicates

        self.dialog = dialog = open_duplicates(self, self.worker)
        dialog.merged.connect(lambda _survivor, _merged: self.refresh())

    def focus_search(self) -> None:
        if self.pages.currentIndex() != 0:
            self.back_to_list()
        self.search.setFocus()
        self.search.selectAll()

    async def _load_page(self, rowids: list[int]) -> dict[int, Person]:
        return await self.worker.run(_roster().people_page, rowids)

    def _text_changed(self, text: str) -> None:
        self.feedback.clear()
        self._ask_reload()

    def _ask_reload(self) -> None:
        # Numbered as the key is pressed: whatever is asked later makes this ask moot.
        self._query_number += 1
        run_task(self, self._reload(self._query_number, self.search.text()))

    def _type_into_search(self, text: str) -> None:
        self.search.setFocus()
        self.search.insert(text)

    async def _reload(self, number: int, text: str, select_rowid: int | None = None) -> None:
        """Show the roster or the people matching ``text``, unless a newer ask (``number``) came."""

        def unless_stale(function: Callable[..., Any], *args: Any) -> Callable[..., Any]:
            # Checked on the store thread: a search overtaken by more typing is never run.
            return lambda store: None if number != self._query_number else function(store, *args)

        if text.strip():
            matches = await self.worker.run(unless_stale(_roster().search_ids, text))
            if matches is None or number != self._query_number:
                return
            self._show_ids(matches.rowids, select_rowid)
            self.count_label.setText(self._found_text(matches.total))
            if not matches.total:
                self.hint.setText(self.tr("Nobody found. Check the spelling, try part of the name, "
                                          "or press Ctrl+N to add them."))
            elif not matches.sorted:
                self.hint.setText(self.tr("Too many to sort by name; keep typing to narrow down."))
            else:
                self.hint.setText("")
        else:
            ids = self._all_ids
            if ids is None:
                ids = await self.worker.run(unless_stale(_roster().roster_ids))
                if ids is None or number != self._query_number:
                    return
                self._all_ids = ids
            self._show_ids(ids, select_rowid)
            self.count_label.setText(self._people_text(len(ids)))
            self.hint.setText("" if ids else self.tr("The roster is empty. Press Ctrl+N to add the first person."))
        self.loaded.emit()

    def _show_ids(self, ids: array, select_rowid: int | None) -> None:
        same = ids == self.model.ids() if len(ids) < 100_000 else ids is self.model.ids()
        if not same:
            self.model.set_ids(ids)
        row = self.model.row_of(select_rowid) if select_rowid is not None else -1
        if row < 0 and not same:
            row = 0
        if row >= 0 and self.model.rowCount():
            index = self.model.index(row, 0)
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter if select_rowid
                                else QAbstractItemView.ScrollHint.EnsureVisible)

    def _people_text(self, count: int) -> str:
        if count == 1:
            return self.tr("1 person")
        return self.tr("{count} people").format(count=format_number(count))

    def _found_text(self, count: int) -> str:
        return count_text(count, self.tr("1 found"), self.tr("{count} found"), count=format_number(count))

    # ------------------------------------------------------------------ the form

    def open_row(self, row: int) -> None:
        rowid = self.model.rowid(row)
        if rowid is not None:
            run_task(self, self._open(rowid))

    async def _open(self, rowid: int) -> None:
        self._open_number += 1
        number = self._open_number
        file = await self.worker.run(_roster().person_file_at, rowid)
        if number != self._open_number:
            return
        if file is None:
            self.feedback.setText(self.tr("This person is no longer on the roster (deleted, perhaps on "
                                          "another laptop). The list was brought up to date."))
            self.refresh()
            return
        self._show_form(file)

    def new_person(self) -> None:
        if self.pages.currentIndex() == 1 and self.form.is_new:
            self.form.fields["given_name"].setFocus()
            return
        self._show_form(None)

    def _show_form(self, file: PersonFile | None) -> None:
        if self.pages.currentIndex() == 1:
            self._keep_draft()
        else:
            self._focus_before_form = self.focus_widget_inside()
        key = file.person.id if file else ""
        self.form.open(file, self.drafts.get(key))
        self._show_page(1)
        self.form.fields["given_name"].setFocus()
        self.form_opened.emit(file)

    def focus_widget_inside(self) -> QWidget | None:
        focused = self.focusWidget()
        return focused if focused in (self.search, self.table) else None

    def _keep_draft(self) -> None:
        """What the form holds stays, unless it is what was stored."""
        key = self.form.key()
        if self.form.is_dirty():
            self.drafts[key] = self.form.values()
            values = self.drafts[key]
            name = " ".join(part for part in (values["given_name"], values["family_name"]) if part.strip())
            self._draft_names[key] = name or (self.tr("a new person") if not key else self.tr("(no name)"))
        else:
            self.drafts.pop(key, None)
            self._draft_names.pop(key, None)
        self._show_drafts()

    def _show_drafts(self) -> None:
        if not self.drafts:
            self.drafts_label.hide()
            return
        names = ", ".join(self._draft_names.get(key, "") for key in self.drafts)
        self.drafts_label.setText(self.tr("Unsaved changes kept for: {names}. Open them again to save "
                                          "or discard (Ctrl+N for a new person).").format(names=names))
        self.drafts_label.show()

    def unsaved_drafts(self) -> int:
        """How many forms hold changes not saved yet (the window may ask before quitting)."""
        open_form = 1 if self.pages.currentIndex() == 1 and self.form.is_dirty() and self.form.key() not in self.drafts else 0
        return len(self.drafts) + open_form

    def back_to_list(self) -> None:
        """Esc: back to the list; what was typed is kept as a draft, nothing is asked."""
        if self.pages.currentIndex() != 1:
            return
        self._keep_draft()
        self.feedback.clear()
        self._show_page(0)
        self._restore_focus()

    def discard(self) -> None:
        key = self.form.key()
        self.drafts.pop(key, None)
        self._draft_names.pop(key, None)
        self._show_drafts()
        self.form.open(self.form.file)
        self._show_page(0)
        self.feedback.setText(self.tr("Changes discarded."))
        self._restore_focus()

    def _show_page(self, number: int) -> None:
        self.pages.setCurrentIndex(number)
        self.count_label.setVisible(number == 0)

    def _restore_focus(self) -> None:
        target = self._focus_before_form or self.table
        if target is self.table and not self.model.rowCount():
            target = self.search
        target.setFocus()

    def save(self) -> None:
        if self.pages.currentIndex() == 1:
            run_task(self, self._save())

    async def _save(self) -> None:
        if self._saving:
            return
        self._saving = True
        typed = self.form.values()
        key, new = self.form.key(), self.form.is_new
        person, address = self.form.person_and_address()
        try:
            file = await self.worker.run(_roster().save_person, person, address, new=new)
        except ValidationError as problem:
            self.form.show_problems(problem)  # every field keeps what was typed
            return
        finally:
            self._saving = False
        self.drafts.pop(key, None)
        self._draft_names.pop(key, None)
        self._show_drafts()
        if self.pages.currentIndex() == 1 and self.form.key() == key and self.form.values() != typed:
            # Typed into while saving: show the saved person with the newer typing still in the form.
            self.form.open(file, self.form.values())
        else:
            self.form.open(file)
            self._show_page(0)
            self._restore_focus()
        self.feedback.setText(self.tr("Saved {name}.").format(name=file.person.display_name))
        self._all_ids = None
        self.model.forget_pages()
        self._query_number += 1
        await self._reload(self._query_number, self.search.text(), select_rowid=file.rowid)
        self.saved.emit(file)


PEOPLE_STYLE = """
QLabel#peopleCount { font-size: 18pt; }
QLabel#hint { color: #444; }
QLabel#feedback { color: #185c37; font-weight: bold; }
QLabel#draftsNote { color: #7a4b00; background: #fff4d6; border: 1px solid #e0b64a; padding: 6px 10px; }
QLabel#formHeading { font-size: 20pt; font-weight: bold; }
QLabel#formSection { font-size: 16pt; font-weight: bold; color: #1f3a4d; padding: 12px 0 0 0; }
QLabel#formStatus[tone="problem"] { color: #b00020; font-weight: bold; }
QLabel#formStatus[tone="draft"] { color: #7a4b00; }
QLabel#fieldProblem { color: #b00020; font-weight: bold; }
QLineEdit, QComboBox, QPlainTextEdit { padding: 4px; }
QLineEdit[problem="true"], QComboBox[problem="true"], QPlainTextEdit[problem="true"] { border: 2px solid #b00020; }
QTableView#rosterTable { border: 1px solid #9aa7b1; }
QTableView#rosterTable:focus, QPlainTextEdit:focus, QComboBox:focus, QListWidget#historyList:focus {
    border: 3px solid #1a73e8; }
QTableView#rosterTable { selection-background-color: #1f3a4d; selection-color: white; }
QHeaderView::section { font-weight: bold; padding: 6px; border: none; border-bottom: 2px solid #9aa7b1;
                       background: #eef2f5; }
QCheckBox::indicator { width: 22px; height: 22px; }
QListWidget#historyList::item { padding: 6px 4px; border-bottom: 1px solid #dde3e8; }
"""
