"""The one record list every screen uses: lazy, sortable, filterable, searchable,
exportable to Excel.

A screen declares a ``ListSpec`` (``desk_app.screens.list_spec``) and builds the view::

    from desk_app.screens.list_spec import Column, Filter, ListSpec
    from desk_app.ui.record_list import RecordListView

    VISITOR_LIST = ListSpec(
        kind="visitors",                      # the navigation key: recordSaved("visitors", id)
        model=Visitor,                        # refreshes this list
        columns=(
            Column("编号", Visitor.number, width=130),
            Column("来访人", Visitor.visitor_name),
            Column("房号", Room.code),                        # joined below
            Column("到达时间", Visitor.arrived_at),            # datetimes: local, 2026-11-23 09:30
            Column("已联系", Visitor.host_contacted),          # bools: 是 / 否, enums: their label
        ),
        search=(Visitor.number, Visitor.visitor_name, Room.code),
        filters=(Filter("状态", (("全部", None), ("未离开", Visitor.left_at.is_(None)))),),
        default_order=Visitor.arrived_at.desc(),
        query=lambda s: s.outerjoin(Room, Visitor.visiting_room_id == Room.id),
        export_name="访客登记",
    )

    view = RecordListView(context, VISITOR_LIST)
    view.activated.connect(form_open)         # Enter or double-click on a row: the record id
    view.selected_id()                        # the current row's id, or None
    view.refresh()                            # re-read, keeping the current row when it can
    view.set_extra_condition(on_site)         # a caller's pre-filter from its screen (or None)
    view.export_to_excel()                    # asks for a file, writes on a worker thread

What it does:

* **Lazy.** ``RecordTableModel`` reads ``PAGE_SIZE`` rows at a time through the list's
  screen (``desk_app.screens.lists.RecordList``: one short read unit of work of the
  workspace each, run by ``ui.operations``) when the view scrolls near the end (Qt's
  ``canFetchMore``/``fetchMore``); a COUNT query gives "共 N 条". No ORM objects are
  kept.
* **Sorting** by clicking a header is done by the database (``ORDER BY`` that column,
  then by id), never in memory. ``Column(sortable=False)`` turns it off for a column.
* **Search** as you type (debounced ``SEARCH_DELAY_MS``): every word typed must occur
  (case-insensitive ``LIKE``) in at least one of ``spec.search``. Enter in the search box
  moves to the first row; Down moves into the table; Esc empties the search.
* **Filters**: one combo box per ``Filter``; a choice's clause is ANDed in.
* **Voided** records are left out unless ``spec.show_voided`` (then shown greyed).
* **Values** are shown through ``Column.format`` when given, else ``display_value``:
  datetimes in the community's zone as ``2026-11-23 09:30``, dates ``2026-11-23``, bools
  是/否, labelled enums by their Chinese label, lists joined with 、.
* **Export** writes ALL filtered rows, in the list's order, streamed page by page into
  an openpyxl write-only workbook on a worker thread with a progress dialog and Cancel.
  The function doing the work, ``screens.lists.export_rows``, has no Qt in it and is
  tested on its own; this module only says how a cell reads (``cell_text``).
* It refreshes itself on ``context.recordSaved`` when the kind is ``spec.kind``.

The query helpers (``list_conditions``, ``build_select``, ``count_rows``, ``fetch_page``)
live in ``desk_app.screens.lists``.
"""

from __future__ import annotations

import enum
import logging
import threading
from datetime import date, datetime, tzinfo
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QThread,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk_app.clock import DEFAULT_ZONE
from desk_app.screens import lists as screen_lists
from desk_app.screens.enums import LabelledEnum
from desk_app.screens.list_spec import Column, ListSpec
from desk_app.screens.lists import (
    PAGE_SIZE,
    Condition,
    ExportCancelledError,
    ListRow,
    RecordList,
)
from desk_app.services.errors import DomainError
from desk_app.ui import operations
from desk_app.ui.desk_context import DeskContext
from desk_app.ui.texts import QT_TRANSLATE_NOOP, ScreenText, enum_label, list_separator

log = logging.getLogger(__name__)

TEXT = ScreenText(
    "RecordList",
    {
        "search": QT_TRANSLATE_NOOP("RecordList", "查找"),
        "search_tip": QT_TRANSLATE_NOOP("RecordList", "在列表中查找（Ctrl+F）"),
        "search_hint": QT_TRANSLATE_NOOP("RecordList", "输入关键字，多个词用空格分开"),
        "count": QT_TRANSLATE_NOOP("RecordList", "共 {count} 条"),
        "count_more": QT_TRANSLATE_NOOP("RecordList", "超过 {count} 条"),
        "count_more_tip": QT_TRANSLATE_NOOP(
            "RecordList", "只数到 {count} 条为止；查找或筛选缩小范围后显示准确条数，滚动仍可看到全部记录"
        ),
        "yes": QT_TRANSLATE_NOOP("RecordList", "是"),
        "no": QT_TRANSLATE_NOOP("RecordList", "否"),
        "export_title": QT_TRANSLATE_NOOP("RecordList", "导出到 Excel"),
        "export_filter": QT_TRANSLATE_NOOP("RecordList", "Excel 工作簿 (*.xlsx)"),
        "export_progress": QT_TRANSLATE_NOOP("RecordList", "正在导出 {done} / {total} 条…"),
        "cancel": QT_TRANSLATE_NOOP("RecordList", "取消"),
        "export_done": QT_TRANSLATE_NOOP("RecordList", "已导出 {count} 条到 {path}"),
        "export_cancelled": QT_TRANSLATE_NOOP("RecordList", "导出已取消，未生成文件。"),
        "export_failed": QT_TRANSLATE_NOOP("RecordList", "导出失败：{detail}"),
        "read_failed": QT_TRANSLATE_NOOP("RecordList", "读取列表失败：{detail}。请按 F5 重试。"),
        "busy": QT_TRANSLATE_NOOP("RecordList", "上一次导出尚未完成。"),
    },
)

#: Pause after the last keystroke before the search runs.
SEARCH_DELAY_MS = 250
#: Ceiling of rows read again by ``refresh()`` to find the current row.
REFRESH_KEEP_LIMIT = 2000

VOIDED_COLOUR = QColor("#9e9e9e")


# -- values --------------------------------------------------------------------------


def display_value(value: Any, zone: tzinfo = DEFAULT_ZONE) -> str:
    """How a database value reads in a list cell (and in Excel when no format is given)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return TEXT("yes") if value else TEXT("no")
    if isinstance(value, datetime):
        moment = value if value.tzinfo is not None else value.replace(tzinfo=zone)
        return moment.astimezone(zone).strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, LabelledEnum):
        return enum_label(value)
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, list | tuple | set | frozenset):
        return list_separator().join(display_value(item, zone) for item in value)
    return str(value)


def cell_text(column: Column, value: Any, zone: tzinfo = DEFAULT_ZONE) -> str:
    """The text of one cell: the column's own formatter, else ``display_value``."""
    if column.format is not None:
        return column.format(value)
    return display_value(value, zone)


class _ExportThread(QThread):
    """Runs the list's export (its own read unit of work); reports back by signals."""

    progressed = Signal(int, int)
    succeeded = Signal(int, str)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(
        self,
        reader: RecordList,
        zone: tzinfo,
        conditions: list[Condition],
        order: list[Any] | None,
        path: str,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.reader = reader
        self.zone = zone
        self.conditions = conditions
        self.order = order
        self.path = path
        self._stop = threading.Event()

    def cancel(self) -> None:
        self._stop.set()

    def _progress(self, done: int, total: int) -> bool:
        self.progressed.emit(done, total)
        return not self._stop.is_set()

    def run(self) -> None:
        zone = self.zone

        def text(column: Column, value: Any) -> str:
            return cell_text(column, value, zone)

        kind = self.reader.spec.kind
        try:
            count = self.reader.export(self.conditions, self.order, self.path, self._progress, text=text)
        except ExportCancelledError:
            self.cancelled.emit()
        except DomainError as error:  # the database could not be read (its own message)
            self.failed.emit(str(error))
        except OSError as error:
            log.exception("export of %s failed", kind)
            self.failed.emit(str(error) or type(error).__name__)
        except Exception as error:  # the worker must always report back
            log.exception("export of %s failed", kind)
            self.failed.emit(type(error).__name__)
        else:
            self.succeeded.emit(count, self.path)


# -- the table model ------------------------------------------------------------------


class RecordTableModel(QAbstractTableModel):
    """A page-at-a-time model over one ``ListSpec``; see the module docstring.

    ``Qt.UserRole`` of any cell is the record id.
    """

    #: a read failed; the message is for people
    readFailed = Signal(str)  # noqa: N815 - Qt signal naming
    #: the row count ("共 N 条") changed
    totalChanged = Signal(int)  # noqa: N815

    def __init__(self, context: DeskContext, spec: ListSpec, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.spec = spec
        #: the list's screen: every read goes through it
        self.reader = RecordList(context.workspace, spec)
        self.page_size = PAGE_SIZE
        self._rows: list[ListRow] = []
        self._total = 0
        self._exact = True
        self._conditions: list[Condition] = self.reader.conditions()
        self._order: list[Any] | None = None
        self._sorted: tuple[int, Qt.SortOrder] | None = None
        #: number of page queries run (tests use it to prove laziness)
        self.pages_read = 0

    # -- state -----------------------------------------------------------------------

    @property
    def total(self) -> int:
        return self._total

    @property
    def exact(self) -> bool:
        """Whether ``total`` is every matching row (else: more than ``COUNT_LIMIT``)."""
        return self._exact

    @property
    def conditions(self) -> list[Condition]:
        return list(self._conditions)

    @property
    def order(self) -> list[Any] | None:
        return None if self._order is None else list(self._order)

    def loaded_count(self) -> int:
        return len(self._rows)

    def record_id(self, row: int) -> int | None:
        if 0 <= row < len(self._rows):
            return int(self._rows[row][0])
        return None

    def row_of(self, record_id: int) -> int | None:
        for position, row in enumerate(self._rows):
            if row[0] == record_id:
                return position
        return None

    def set_conditions(self, conditions: list[Condition]) -> None:
        self._conditions = conditions
        self.reload()

    def reload(self, keep_at_least: int = 0) -> None:
        """Count again and read the first page (or as many pages as cover ``keep_at_least``)."""
        wanted = min(keep_at_least, REFRESH_KEEP_LIMIT)
        self.beginResetModel()
        self._rows = []
        self._total = 0
        self._exact = True
        try:
            page = operations.run(
                None,
                lambda: self.reader.read(self._conditions, self._order, wanted, self.page_size),
                on_failure=self._read_failed,
            )
            if page is not None:
                self._rows = page.rows
                self._total = page.total
                self._exact = page.exact
                self.pages_read += page.pages
        finally:
            self.endResetModel()
        self.totalChanged.emit(self._total)

    def _read_failed(self, error: DomainError) -> None:
        log.warning("reading the list %s failed: %s", self.spec.kind, error)
        self.readFailed.emit(TEXT("read_failed", detail=str(error)))

    # -- Qt model API ----------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.spec.columns)

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: B008, N802
        if parent.isValid() or len(self._rows) >= self._total:
            return
        rows = operations.run(
            None,
            lambda: self.reader.more(self._conditions, self._order, len(self._rows), self.page_size),
            on_failure=self._read_failed,
        )
        if rows is None:
            self._total = len(self._rows)
            return
        self.pages_read += 1
        # The total before the rows go in: the count shown on their arrival is right.
        self._total, self._exact = screen_lists.count_after_reading(
            self._total, self._exact, len(self._rows) + len(rows), len(rows) >= self.page_size
        )
        if rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.spec.columns):
            return self.spec.columns[section].title
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row = self._rows[index.row()]
        column = self.spec.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return cell_text(column, row[index.column() + 1], self.context.workspace.zone)
        if role == Qt.ItemDataRole.UserRole:
            return int(row[0])
        if role == Qt.ItemDataRole.ForegroundRole:
            has_voided = len(row) > len(self.spec.columns) + 1
            if has_voided and row[-1] is not None:
                return QBrush(VOIDED_COLOUR)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            value = row[index.column() + 1]
            if isinstance(value, int | float | Decimal) and not isinstance(value, bool):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Server-side: ORDER BY that column (then id) and read the first page again."""
        if not (0 <= column < len(self.spec.columns)) or not self.spec.columns[column].sortable:
            return
        if self._sorted == (column, order):
            return
        self._sorted = (column, order)
        self._order = self.reader.order(column, order == Qt.SortOrder.DescendingOrder)
        self.reload()


# -- the view --------------------------------------------------------------------------


class RecordListView(QWidget):
    """Search box, filters, the lazy table and "共 N 条"; see the module docstring."""

    #: Enter or double-click on a row: the record id
    activated = Signal(int)
    #: the current row changed: the record id, or -1 for none
    currentChanged = Signal(int)  # noqa: N815 - Qt signal naming
    #: an export finished: (rows written, file path)
    exported = Signal(int, str)

    def __init__(
        self,
        context: DeskContext,
        spec: ListSpec,
        parent: QWidget | None = None,
        *,
        extra: Condition | None = None,
    ) -> None:
        """``extra``: a pre-filter in force from the first read (``set_extra_condition``
        changes it later), so a filtered list is not first read unfiltered."""
        super().__init__(parent)
        self.context = context
        self.spec = spec
        self._extra: Condition | None = extra
        self._export: _ExportThread | None = None
        self._progress_dialog: QProgressDialog | None = None

        self.search_box = QLineEdit()
        self.search_box.setObjectName("listSearch")
        self.search_box.setPlaceholderText(TEXT("search_hint"))
        self.search_box.setClearButtonEnabled(True)
        search_label = QLabel(TEXT("search"))
        search_label.setBuddy(self.search_box)
        self.search_box.setToolTip(TEXT("search_tip"))
        # Ctrl+F, not Alt+F: the 文件 menu owns Alt+F on every screen (issue 15).
        self.find_shortcut = QShortcut(QKeySequence.StandardKey.Find, self)
        self.find_shortcut.activated.connect(self.focus_search)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_conditions)
        self.search_box.textChanged.connect(lambda _text: self._search_timer.start())
        self.search_box.returnPressed.connect(self._search_entered)
        self.search_box.installEventFilter(self)

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(search_label)
        top.addWidget(self.search_box, 1)

        # Filters get a row of their own so the search box keeps its width.
        filter_row = QHBoxLayout()
        filter_row.setContentsMargins(0, 0, 0, 0)
        self.filter_boxes: list[QComboBox] = []
        for spec_filter in spec.filters:
            box = QComboBox()
            # A filter may shrink below its longest choice: the list must leave the form
            # room at 1280 px in English too (issue 15).
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(6)
            for label, clause in spec_filter.choices:
                box.addItem(label, clause)
            box.currentIndexChanged.connect(lambda _index: self.apply_conditions())
            label_widget = QLabel(spec_filter.title)
            label_widget.setBuddy(box)
            filter_row.addWidget(label_widget)
            filter_row.addWidget(box)
            self.filter_boxes.append(box)
        filter_row.addStretch(1)

        self.count_label = QLabel()
        self.count_label.setObjectName("listCount")
        top.addWidget(self.count_label)

        self.model = RecordTableModel(context, spec, self)
        self.table = QTableView()
        self.table.setObjectName("recordTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        # The view calls model.sort() on a header click: ORDER BY in the database.
        self.table.setSortingEnabled(True)
        self._sort_indicator: tuple[int, Qt.SortOrder] = (-1, Qt.SortOrder.AscendingOrder)
        header.sortIndicatorChanged.connect(self._sort_indicator_changed)
        for position, column in enumerate(spec.columns):
            header.resizeSection(position, column.width or 110)
        self.table.doubleClicked.connect(self._row_activated)
        self.table.installEventFilter(self)
        self.table.selectionModel().currentRowChanged.connect(self._current_row_changed)
        self.model.totalChanged.connect(self._show_count)
        self.model.readFailed.connect(self._show_read_failure)
        self.model.rowsInserted.connect(lambda *_args: self._show_count(self.model.total))

        self.message = QLabel()
        self.message.setObjectName("listMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b3261e;")
        self.message.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        if self.filter_boxes:
            layout.addLayout(filter_row)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        self.setFocusProxy(self.search_box)

        context.recordSaved.connect(self._record_saved)
        self.apply_conditions()

    # -- public API --------------------------------------------------------------------

    def conditions(self) -> list[Condition]:
        """The WHERE clauses now in force (search, filters, extra, voided)."""
        chosen = [box.currentData() for box in self.filter_boxes]
        return self.model.reader.conditions(self.search_box.text(), chosen, self._extra)

    def apply_conditions(self) -> None:
        """Read the list again with the current search, filters and extra condition."""
        self._search_timer.stop()
        self.message.hide()
        self.model.set_conditions(self.conditions())

    def set_extra_condition(self, where: Condition | None) -> None:
        """A caller's pre-filter ANDed to the rest (a dashboard tile's "overdue" …)."""
        self._extra = where
        self.apply_conditions()

    def set_search_text(self, text: str) -> None:
        """Put ``text`` in the search box and search at once."""
        self.search_box.setText(text)
        self.apply_conditions()

    def refresh(self) -> None:
        """Read again; the current row stays current when it is still in the list."""
        current = self.selected_id()
        self.message.hide()
        self.model.reload(keep_at_least=self.model.loaded_count())
        if current is not None:
            self.select_id(current)

    def selected_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.record_id(index.row()) if index.isValid() else None

    def select_id(self, record_id: int) -> bool:
        """Make the row of ``record_id`` current if it is loaded; True when found."""
        row = self.model.row_of(record_id)
        if row is None:
            return False
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.scrollTo(index)
        return True

    def row_count(self) -> int:
        """Rows matching now (the "共 N 条" figure; above ``COUNT_LIMIT`` it means "more
        than", see ``screens.lists.counted_all``)."""
        return self.model.total

    def default_export_name(self) -> str:
        return f"{self.spec.export_name}-{QDate.currentDate().toString('yyyyMMdd')}.xlsx"

    def export_to_excel(self, path: str | None = None) -> None:
        """Ask for a file (unless ``path`` is given), then write every filtered row on a
        worker thread with a progress dialog; ``exported`` fires when done."""
        if self._export is not None:
            QMessageBox.information(self, TEXT("export_title"), TEXT("busy"))
            return
        if not self._may_export(path):
            return
        if path is None:
            chosen, _selected = QFileDialog.getSaveFileName(
                self,
                TEXT("export_title"),
                str(Path.home() / self.default_export_name()),
                TEXT("export_filter"),
            )
            if not chosen:
                return
            path = chosen if chosen.lower().endswith(".xlsx") else chosen + ".xlsx"
        if not self._authorize_export(path):
            return
        worker = _ExportThread(
            self.model.reader, self.context.workspace.zone, self.conditions(), self.model.order, path, self
        )
        dialog = QProgressDialog(TEXT("export_progress", done=0, total="…"), TEXT("cancel"), 0, 0, self)
        dialog.setWindowTitle(TEXT("export_title"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(worker.cancel)
        worker.progressed.connect(self._export_progressed)
        worker.succeeded.connect(self._export_succeeded)
        worker.failed.connect(self._export_failed)
        worker.cancelled.connect(self._export_cancelled)
        worker.finished.connect(self._export_finished)
        self._export = worker
        self._progress_dialog = dialog
        worker.start()

    def _may_export(self, path: str | None) -> bool:
        """Issue 7: refuse before asking for a file when the person may not export this
        list (the client archive); the service decides."""
        if path is not None or not self.model.reader.export_needs_permission():
            return True
        allowed = operations.run(self, self.model.reader.may_export, on_failure=self._export_refused)
        if allowed is None:
            return False
        if not allowed:
            return self._authorize_export(None)  # shows the service's refusal
        return True

    def _authorize_export(self, path: str | None) -> bool:
        """Check the role and write the audit row of a protected export (the client
        archive); the refusal in a message box."""
        if not self.model.reader.export_needs_permission():
            return True
        conditions = self.model.conditions

        def authorize() -> bool:
            self.model.reader.authorize_export(conditions, path)
            return True

        return operations.run(self, authorize, on_failure=self._export_refused) is not None

    def _export_refused(self, error: DomainError) -> None:
        QMessageBox.warning(self, TEXT("export_title"), str(error.message))

    def is_exporting(self) -> bool:
        return self._export is not None

    # -- events ------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if watched is self.table and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._row_activated(self.table.currentIndex())
                return True
            if watched is self.search_box and key == Qt.Key.Key_Down:
                self._focus_table()
                return True
            if watched is self.search_box and key == Qt.Key.Key_Escape and self.search_box.text():
                self.set_search_text("")  # Esc empties the search (a second Esc goes on up)
                return True
        return super().eventFilter(watched, event)

    def focus_search(self) -> None:
        """Ctrl+F: the cursor in the search box, its text selected to be typed over."""
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def _search_entered(self) -> None:
        if self._search_timer.isActive():
            self.apply_conditions()
        self._focus_table()

    def _focus_table(self) -> None:
        if self.model.rowCount() and not self.table.currentIndex().isValid():
            self.table.selectionModel().setCurrentIndex(
                self.model.index(0, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _row_activated(self, index: QModelIndex | QPersistentModelIndex) -> None:
        record_id = self.model.record_id(index.row()) if index.isValid() else None
        if record_id is not None:
            self.activated.emit(record_id)

    def _current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        record_id = self.model.record_id(current.row()) if current.isValid() else None
        self.currentChanged.emit(-1 if record_id is None else record_id)

    def _sort_indicator_changed(self, section: int, order: Qt.SortOrder) -> None:
        # A column that cannot be sorted keeps the arrow where the list really is sorted.
        if 0 <= section < len(self.spec.columns) and not self.spec.columns[section].sortable:
            header = self.table.horizontalHeader()
            blocked = header.blockSignals(True)
            header.setSortIndicator(*self._sort_indicator)
            header.blockSignals(blocked)
            return
        self._sort_indicator = (section, order)

    def _record_saved(self, kind: str, _record_id: int) -> None:
        if kind == self.spec.kind:
            self.refresh()

    def _show_count(self, total: int) -> None:
        if self.model.exact:
            self.count_label.setText(TEXT("count", count=total))
            self.count_label.setToolTip("")
        else:
            self.count_label.setText(TEXT("count_more", count=screen_lists.COUNT_LIMIT))
            self.count_label.setToolTip(TEXT("count_more_tip", count=screen_lists.COUNT_LIMIT))

    def _show_read_failure(self, message: str) -> None:
        self.message.setText(message)
        self.message.show()

    # -- export callbacks --------------------------------------------------------------

    def _export_progressed(self, done: int, total: int) -> None:
        if self._progress_dialog is not None:
            self._progress_dialog.setMaximum(max(total, 1))
            self._progress_dialog.setValue(min(done, max(total, 1)))
            self._progress_dialog.setLabelText(TEXT("export_progress", done=done, total=total))

    def _export_succeeded(self, count: int, path: str) -> None:
        self._close_progress()
        self.exported.emit(count, path)
        QMessageBox.information(self, TEXT("export_title"), TEXT("export_done", count=count, path=path))

    def _export_failed(self, detail: str) -> None:
        self._close_progress()
        QMessageBox.warning(self, TEXT("export_title"), TEXT("export_failed", detail=detail))

    def _export_cancelled(self) -> None:
        self._close_progress()
        QMessageBox.information(self, TEXT("export_title"), TEXT("export_cancelled"))

    def _close_progress(self) -> None:
        if self._progress_dialog is not None:
            self._progress_dialog.close()
            self._progress_dialog.deleteLater()
            self._progress_dialog = None

    def _export_finished(self) -> None:
        worker, self._export = self._export, None
        if worker is not None:
            worker.deleteLater()


__all__ = [
    "RecordListView",
    "RecordTableModel",
    "cell_text",
    "display_value",
]
