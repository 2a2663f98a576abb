"""主管看板 (SPEC section 6): one tile per rule with its count, coloured by urgency; a
click lists the tile's records (double-click or Enter opens one); three charts.

The data comes from ``services.dashboard.collect`` in one read-only unit of work on a
pool thread (``desk_app.screens.dashboard``), so a refresh never freezes the window; the result
comes back on the GUI thread through a queued signal. Refreshes run on a timer
(``REFRESH_INTERVAL_SECONDS``), on demand (F5 / the button) and shortly after any
screen saves a record. A new media alert (R17) or a new first-response breach (R1)
since the last refresh raises a system-tray message.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import date, datetime

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QColor, QFontMetrics, QKeyEvent, QKeySequence, QPainter, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QStyle,
    QSystemTrayIcon,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.screens.base import Workspace
from desk_app.screens.dashboard import read_dashboard, tile_handlers
from desk_app.services import work_list
from desk_app.services.dashboard import ChartBar, Dashboard, Tile, TileKey, Urgency
from desk_app.services.errors import DomainError
from desk_app.ui.desk_context import DeskContext
from desk_app.ui.style import page_title
from desk_app.ui.texts import QT_TRANSLATE_NOOP, ScreenText, list_separator

log = logging.getLogger(__name__)

#: The dashboard refreshes itself this often (there is no setting for it yet).
REFRESH_INTERVAL_SECONDS = 60
#: After a screen saves a record, refresh this much later (several saves, one query).
SAVED_REFRESH_DELAY_MS = 800
#: Tiles per row.
TILE_COLUMNS = 6

CONTEXT = "DashboardPage"
TEXT = ScreenText(
    CONTEXT,
    {
        "month_label": QT_TRANSLATE_NOOP("DashboardPage", "{month}月"),
        "title": QT_TRANSLATE_NOOP("DashboardPage", "主管看板"),
        "refresh": QT_TRANSLATE_NOOP("DashboardPage", "刷新(F5)"),
        "loading": QT_TRANSLATE_NOOP("DashboardPage", "正在刷新…"),
        "as_of": QT_TRANSLATE_NOOP("DashboardPage", "截至 {time}，每 {seconds} 秒自动刷新"),
        "failed": QT_TRANSLATE_NOOP("DashboardPage", "刷新失败：{error}"),
        "tile_tip": QT_TRANSLATE_NOOP("DashboardPage", "{rule}：{title}。点击或按回车查看明细。"),
        "chart_month": QT_TRANSLATE_NOOP("DashboardPage", "近 12 个月投诉数"),
        "chart_class": QT_TRANSLATE_NOOP("DashboardPage", "投诉类别（近 12 个月）"),
        "chart_cause": QT_TRANSLATE_NOOP("DashboardPage", "投诉根因 人机料法环（近 12 个月）"),
        "list_title": QT_TRANSLATE_NOOP("DashboardPage", "{title}（{count}）"),
        "col_ref": QT_TRANSLATE_NOOP("DashboardPage", "编号/对象"),
        "col_summary": QT_TRANSLATE_NOOP("DashboardPage", "摘要"),
        "col_due": QT_TRANSLATE_NOOP("DashboardPage", "时限"),
        "col_handler": QT_TRANSLATE_NOOP("DashboardPage", "处理人"),
        "col_late": QT_TRANSLATE_NOOP("DashboardPage", "逾期多久"),
        "list_hint": QT_TRANSLATE_NOOP("DashboardPage", "双击或按回车打开记录。"),
        "close": QT_TRANSLATE_NOOP("DashboardPage", "关闭"),
        "list_hint_none": QT_TRANSLATE_NOOP("DashboardPage", "这些条目没有单独的记录可打开。"),
        "tray_media": QT_TRANSLATE_NOOP("DashboardPage", "新的媒体来访/来电：{refs}"),
        "tray_first": QT_TRANSLATE_NOOP("DashboardPage", "首次回应已逾期：{refs}"),
        "tray_title": QT_TRANSLATE_NOOP("DashboardPage", "前台 Desk 主管看板"),
        TileKey.MEDIA_ALERTS: QT_TRANSLATE_NOOP("DashboardPage", "媒体来访/来电"),
        TileKey.FIRST_RESPONSE_OVERDUE: QT_TRANSLATE_NOOP("DashboardPage", "首次回应逾期"),
        TileKey.FIRST_RESPONSE_DUE_SOON: QT_TRANSLATE_NOOP("DashboardPage", "首次回应 1 小时内到期"),
        TileKey.HANDLER_MISSING: QT_TRANSLATE_NOOP("DashboardPage", "难点投诉未指定专人"),
        TileKey.CLIENTS_NOT_UPDATED: QT_TRANSLATE_NOOP("DashboardPage", "未按时通报进展"),
        TileKey.DEVELOPER_NOTICES_OVERDUE: QT_TRANSLATE_NOOP("DashboardPage", "二类知会函逾期"),
        TileKey.CALLBACKS_OVERDUE: QT_TRANSLATE_NOOP("DashboardPage", "回访逾期"),
        TileKey.CALLBACKS_DUE: QT_TRANSLATE_NOOP("DashboardPage", "待回访"),
        TileKey.CLOSED_AUTOMATICALLY_TODAY: QT_TRANSLATE_NOOP("DashboardPage", "今日自动关闭"),
        TileKey.DISPATCH_OVERDUE: QT_TRANSLATE_NOOP("DashboardPage", "派工单逾期"),
        TileKey.DISPATCH_CALLBACKS_OVERDUE: QT_TRANSLATE_NOOP("DashboardPage", "维修回访逾期"),
        TileKey.DISPATCH_CALLBACKS_DUE: QT_TRANSLATE_NOOP("DashboardPage", "维修待回访"),
        TileKey.REPLIES_LATE: QT_TRANSLATE_NOOP("DashboardPage", "承诺答复逾期"),
        TileKey.REPLIES_DUE: QT_TRANSLATE_NOOP("DashboardPage", "今日待答复"),
        TileKey.APPOINTMENTS_LATE: QT_TRANSLATE_NOOP("DashboardPage", "预约未按时赴约"),
        TileKey.APPOINTMENTS_DUE: QT_TRANSLATE_NOOP("DashboardPage", "今日预约"),
        TileKey.RECTIFICATION_OVERDUE: QT_TRANSLATE_NOOP("DashboardPage", "整改通知书逾期"),
        TileKey.REMINDER_CASES_DUE: QT_TRANSLATE_NOOP("DashboardPage", "温馨提示待检查/清理"),
        TileKey.MISSING_TALLIES: QT_TRANSLATE_NOOP("DashboardPage", "日盘点未确认"),
        TileKey.REPORTS_OVERDUE: QT_TRANSLATE_NOOP("DashboardPage", "月度报告逾期"),
        TileKey.REPORTS_DUE: QT_TRANSLATE_NOOP("DashboardPage", "月度报告即将到期"),
        TileKey.INTERVIEW_QUOTA_LAST_MONTH: QT_TRANSLATE_NOOP("DashboardPage", "上月访谈未达标"),
        TileKey.INTERVIEW_QUOTA_THIS_MONTH: QT_TRANSLATE_NOOP("DashboardPage", "本月访谈尚差"),
        TileKey.MISSED_MOVE_IN_VISITS: QT_TRANSLATE_NOOP("DashboardPage", "乔迁拜访逾期"),
        TileKey.CALENDAR_WARNING: QT_TRANSLATE_NOOP("DashboardPage", "节假日日历未载入"),
    },
)

#: (background, border, count colour) per urgency; a zero count is always "ok".
_OK = ("#f4f6f9", "#dde2e8", "#7b8794")
_COLOURS: dict[Urgency, tuple[str, str, str]] = {
    Urgency.ALERT: ("#fde8e8", "#c81e1e", "#9b1c1c"),
    Urgency.OVERDUE: ("#fdf0ef", "#e8a29b", "#b42318"),
    Urgency.DUE: ("#fff8e8", "#f0d08a", "#8a5a00"),
    Urgency.INFO: ("#eef4fb", "#b9cfe8", "#1f5f99"),
}
_CHART_COLOURS = ("#1f5f99", "#2f855a", "#b7791f")


def tile_colours(tile: Tile) -> tuple[str, str, str]:
    return _COLOURS[tile.urgency] if tile.count else _OK


def _due_text(value: datetime | date | None) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return f"{value:%Y-%m-%d %H:%M}"
    return f"{value:%Y-%m-%d}"


# -- the worker -------------------------------------------------------------------------------


class _Signals(QObject):
    # Only the generation crosses threads; the result stays on the job (a Python
    # object through a queued signal has tripped PySide's reference counting).
    finished = Signal(int)
    failed = Signal(int, str)


class _CollectJob(QRunnable):
    """The dashboard's read on a pool thread (its own read-only unit of work)."""

    def __init__(self, workspace: Workspace, generation: int) -> None:
        super().__init__()
        self.workspace = workspace
        self.generation = generation
        self.signals = _Signals()
        self.result: Dashboard | None = None

    def run(self) -> None:
        try:
            self.result = read_dashboard(self.workspace)
        except Exception as exc:  # reported on the page, logged with the traceback
            log.exception("dashboard refresh failed")
            self.signals.failed.emit(self.generation, str(exc))
        else:
            self.signals.finished.emit(self.generation)


# -- tiles ------------------------------------------------------------------------------------


class TileButton(QPushButton):
    """A tile: the count, big, and the title under it."""

    def __init__(self, key: TileKey, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName(f"tile_{key.value}")
        self.setMinimumSize(150, 84)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(0)
        self.count_label = QLabel("–")
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        font = self.count_label.font()
        font.setPointSizeF(font.pointSizeF() * 2.0)
        font.setBold(True)
        self.count_label.setFont(font)
        self.title_label = QLabel(TEXT(key))
        self.title_label.setWordWrap(True)
        for label in (self.count_label, self.title_label):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            layout.addWidget(label)
        self.tile: Tile | None = None
        self.setAutoDefault(False)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        """Enter opens the tile's list (a push button only answers Space outside a
        dialog); the arrows move between tiles (the page places them)."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.click()
            return
        page = self.parent()
        while page is not None and not isinstance(page, DashboardPage):
            page = page.parent()
        if isinstance(page, DashboardPage) and page.move_tile_focus(self, event.key()):
            return
        super().keyPressEvent(event)

    def show_tile(self, tile: Tile) -> None:
        self.tile = tile
        background, border, ink = tile_colours(tile)
        self.count_label.setText(str(tile.count))
        self.setStyleSheet(
            f"QPushButton#{self.objectName()} {{ background: {background}; border: 1px solid {border};"
            f" border-radius: 6px; text-align: left; }}"
            f"QPushButton#{self.objectName()}:focus {{ border: 2px solid {border}; }}"
        )
        self.count_label.setStyleSheet(f"color: {ink};")
        self.title_label.setStyleSheet("color: #1f2933;")
        self.setToolTip(TEXT("tile_tip", rule=tile.spec.rule, title=TEXT(tile.key)))
        self.setAccessibleName(f"{TEXT(tile.key)} {tile.count}")


class TileListDialog(QDialog):
    """The records behind one tile: number, summary, due time. Double-click or Enter
    asks the main window to open the record."""

    def __init__(
        self,
        tile: Tile,
        context: DeskContext,
        parent: QWidget | None = None,
        *,
        now: datetime | None = None,
        place: int | None = None,
    ) -> None:
        """``now``: the moment "how late" is counted from (the dashboard's as-of time);
        ``place``: the record to select (where the list was left, issue 15)."""
        super().__init__(parent)
        self.tile = tile
        self.context = context
        self.setWindowTitle(TEXT("list_title", title=TEXT(tile.key), count=tile.count))
        self.resize(860, 420)
        layout = QVBoxLayout(self)
        moment: datetime | None
        try:
            handlers, moment = tile_handlers(context.workspace, tile.spec.open_kind, tile.record_ids, now)
        except DomainError:
            log.warning("could not read the handlers of the tile's records", exc_info=True)
            handlers, moment = {}, now
        self.table = QTableWidget(len(tile.items), 5, self)
        self.table.setHorizontalHeaderLabels(
            [TEXT("col_ref"), TEXT("col_summary"), TEXT("col_handler"), TEXT("col_due"), TEXT("col_late")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column in (2, 3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        ink = QColor(_COLOURS[tile.urgency][2])
        start = 0
        for row, item in enumerate(tile.items):
            late = "" if moment is None else str(work_list.lateness(item.due, moment))  # str(): translated
            handler = handlers.get(item.record_id, "") if item.record_id is not None else ""
            cells = (item.ref, str(item.summary), handler, _due_text(item.due), late)
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.ItemDataRole.UserRole, item.record_id)
                cell.setToolTip(text)
                if column in (3, 4):
                    cell.setForeground(ink)
                self.table.setItem(row, column, cell)
            if place is not None and item.record_id == place:
                start = row
        if tile.items:
            self.table.selectRow(start)
            self.table.setCurrentCell(start, 0)
        self.opened_id: int | None = None
        self.table.itemActivated.connect(lambda cell: self.open_row(cell.row()))
        layout.addWidget(self.table)
        openable = tile.spec.open_kind is not None and bool(tile.record_ids)
        hint = QLabel(TEXT("list_hint") if openable else TEXT("list_hint_none"))
        hint.setObjectName("countCaption")
        layout.addWidget(hint)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(TEXT("close"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.table.currentRow() >= 0:
            self.open_row(self.table.currentRow())
            return
        super().keyPressEvent(event)

    def open_row(self, row: int) -> None:
        if not 0 <= row < len(self.tile.items):
            return
        item = self.tile.items[row]
        kind = self.tile.spec.open_kind
        if item.record_id is None or kind is None:
            return
        self.opened_id = item.record_id
        self.accept()
        self.context.request_open(kind, item.record_id)


# -- charts -----------------------------------------------------------------------------------


class BarChart(QChartView):
    """One bar series with category labels (QtCharts)."""

    def __init__(self, title: str, colour: str, parent: QWidget | None = None) -> None:
        chart = QChart()
        chart.setTitle(title)
        chart.legend().hide()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setBackgroundRoundness(4)
        chart.setMargins(chart.margins() * 0)
        super().__init__(chart, parent)
        self.colour = colour
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(240)
        self.bars: tuple[ChartBar, ...] = ()
        #: The category names are set at a slant (they do not fit side by side).
        self.slanted = False
        self._shown: tuple[Sequence[ChartBar], bool, bool] | None = None

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if self._shown is not None and event.oldSize().width() != event.size().width():
            self.show_bars(*self._shown)

    def show_bars(
        self, bars: Sequence[ChartBar], short_labels: bool = False, drop_last_zero: bool = False
    ) -> None:
        """``drop_last_zero``: leave out the trailing "not filled in" bar when it is 0."""
        self._shown = (bars, short_labels, drop_last_zero)
        if drop_last_zero and bars and bars[-1].value == 0:
            bars = bars[:-1]
        self.bars = tuple(bars)
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        values = QBarSet("")
        values.setColor(QColor(self.colour))
        values.setLabelColor(QColor("#1f2933"))
        for bar in bars:
            values.append(bar.value)
        series = QBarSeries()
        series.append(values)
        series.setLabelsVisible(True)
        series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
        chart.addSeries(series)
        labels = [
            TEXT("month_label", month=bar.label[5:]) if short_labels else str(bar.label) for bar in bars
        ]
        categories = QBarCategoryAxis()
        categories.append(labels)
        font = categories.labelsFont()
        font.setPointSizeF(font.pointSizeF() * 0.8)
        categories.setLabelsFont(font)
        # Issue 15: long names (English above all) were cut to "Eq…"; when they do not
        # fit side by side they are set at a slant, whole.
        widest = max((QFontMetrics(font).horizontalAdvance(label) for label in labels), default=0)
        room = max(1, self.width() - 60) / max(1, len(labels))
        self.slanted = widest > room
        categories.setLabelsAngle(-90 if self.slanted else 0)
        # every bar's full name and figure, whatever room the axis has
        self.setToolTip("\n".join(f"{label}: {bar.value}" for label, bar in zip(labels, bars, strict=True)))
        chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(categories)
        axis = QValueAxis()
        top = max((bar.value for bar in bars), default=0)
        axis.setRange(0, max(4, int(top * 1.15) + 1))
        axis.applyNiceNumbers()
        axis.setLabelFormat("%d")
        chart.addAxis(axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis)


# -- the page ---------------------------------------------------------------------------------


class DashboardPage(QWidget):
    #: A refresh finished and the tiles show its result.
    refreshed = Signal()
    #: A refresh failed (the message).
    refreshFailed = Signal(str)  # noqa: N815 - Qt signal naming

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.dashboard: Dashboard | None = None
        self.last_notification: str | None = None
        self._generation = 0
        self._running = False
        self._pending = False
        self._jobs: dict[int, _CollectJob] = {}
        self._tray: QSystemTrayIcon | None = None
        self._seen: dict[TileKey, set[int]] | None = None
        self.list_dialog: TileListDialog | None = None
        #: Per tile, the record last opened from its list: the list reopens there.
        self.places: dict[TileKey, int] = {}
        self._last_tile: TileKey | None = None
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)

        outer = QVBoxLayout(self)
        header = QHBoxLayout()
        header.addWidget(page_title(TEXT("title")))
        header.addStretch(1)
        self.status_label = QLabel(TEXT("loading"))
        self.status_label.setObjectName("countCaption")
        header.addWidget(self.status_label)
        self.refresh_button = QPushButton(TEXT("refresh"))
        self.refresh_button.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.refresh_button.clicked.connect(self.refresh)
        header.addWidget(self.refresh_button)
        outer.addLayout(header)

        body = QWidget()
        content = QVBoxLayout(body)
        grid = QGridLayout()
        grid.setSpacing(8)
        self.tiles: dict[TileKey, TileButton] = {}
        for index, key in enumerate(TileKey):
            button = TileButton(key)
            button.clicked.connect(lambda _=False, k=key: self.open_tile(k))
            grid.addWidget(button, index // TILE_COLUMNS, index % TILE_COLUMNS)
            self.tiles[key] = button
        content.addLayout(grid)
        charts = QHBoxLayout()
        self.month_chart = BarChart(TEXT("chart_month"), _CHART_COLOURS[0])
        self.class_chart = BarChart(TEXT("chart_class"), _CHART_COLOURS[1])
        self.cause_chart = BarChart(TEXT("chart_cause"), _CHART_COLOURS[2])
        charts.addWidget(self.month_chart, 2)
        charts.addWidget(self.class_chart, 1)
        charts.addWidget(self.cause_chart, 1)
        content.addLayout(charts)
        content.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        outer.addWidget(scroll)

        self.refresh_timer = QTimer(self)
        self.refresh_timer.setInterval(REFRESH_INTERVAL_SECONDS * 1000)
        self.refresh_timer.timeout.connect(self.refresh)
        self.refresh_timer.start()
        self._saved_timer = QTimer(self)
        self._saved_timer.setSingleShot(True)
        self._saved_timer.setInterval(SAVED_REFRESH_DELAY_MS)
        self._saved_timer.timeout.connect(self.refresh)
        context.recordSaved.connect(lambda _kind, _id: self._saved_timer.start())
        QTimer.singleShot(0, self.refresh)

    # -- refreshing --------------------------------------------------------------------------

    def refresh(self) -> None:
        """Start a refresh on the pool thread; while one runs, one more is queued."""
        if self._running:
            self._pending = True
            return
        self._running = True
        self._generation += 1
        self.status_label.setText(TEXT("loading"))
        job = _CollectJob(self.context.workspace, self._generation)
        job.setAutoDelete(False)
        job.signals.finished.connect(self._on_finished, Qt.ConnectionType.QueuedConnection)
        job.signals.failed.connect(self._on_failed, Qt.ConnectionType.QueuedConnection)
        self._jobs[job.generation] = job
        self.pool.start(job)

    def _done(self, generation: int) -> None:
        self._jobs.pop(generation, None)
        self._running = False
        if self._pending:
            self._pending = False
            QTimer.singleShot(0, self.refresh)

    def _on_finished(self, generation: int) -> None:
        job = self._jobs.get(generation)
        self._done(generation)
        if job is None or job.result is None:
            return
        self.show_dashboard(job.result)
        self.refreshed.emit()

    def _on_failed(self, generation: int, message: str) -> None:
        self._done(generation)
        self.status_label.setText(TEXT("failed", error=message))
        self.refreshFailed.emit(message)

    def show_dashboard(self, dashboard: Dashboard) -> None:
        self._notify_new(dashboard)
        self.dashboard = dashboard
        for tile in dashboard.tiles:
            self.tiles[tile.key].show_tile(tile)
        self.month_chart.show_bars(dashboard.charts.per_month, short_labels=True)
        self.class_chart.show_bars(dashboard.charts.by_class, drop_last_zero=True)
        self.cause_chart.show_bars(dashboard.charts.by_root_cause, drop_last_zero=True)
        self.status_label.setText(
            TEXT("as_of", time=f"{dashboard.as_of:%Y-%m-%d %H:%M}", seconds=REFRESH_INTERVAL_SECONDS)
        )

    # -- tray ----------------------------------------------------------------------------------

    def _notify_new(self, dashboard: Dashboard) -> None:
        """R17 and R1: a media alert or a first-response breach not on the previous
        refresh. The first refresh only takes note (the tiles show what was there)."""
        watched = (TileKey.MEDIA_ALERTS, TileKey.FIRST_RESPONSE_OVERDUE)
        current = {key: set(dashboard.tile(key).record_ids) for key in watched}
        previous, self._seen = self._seen, current
        if previous is None:
            return
        lines = []
        for key, text_key in (
            (TileKey.MEDIA_ALERTS, "tray_media"),
            (TileKey.FIRST_RESPONSE_OVERDUE, "tray_first"),
        ):
            new = current[key] - previous[key]
            if new:
                refs = list_separator().join(
                    item.ref for item in dashboard.tile(key).items if item.record_id in new
                )
                lines.append(TEXT(text_key, refs=refs))
        if not lines:
            return
        self.last_notification = "\n".join(lines)
        if not QSystemTrayIcon.isSystemTrayAvailable():
            return
        if self._tray is None:
            icon = QApplication.windowIcon()
            if icon.isNull():
                icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            self._tray = QSystemTrayIcon(icon, self)
            self._tray.show()
        urgent = bool(current[TileKey.MEDIA_ALERTS] - previous[TileKey.MEDIA_ALERTS])
        self._tray.showMessage(
            TEXT("tray_title"),
            self.last_notification,
            QSystemTrayIcon.MessageIcon.Critical if urgent else QSystemTrayIcon.MessageIcon.Warning,
        )

    # -- lists ---------------------------------------------------------------------------------

    def move_tile_focus(self, tile: TileButton, key: int) -> bool:
        """Arrow keys between tiles, in the grid's rows and columns."""
        steps = {
            Qt.Key.Key_Left: -1,
            Qt.Key.Key_Right: 1,
            Qt.Key.Key_Up: -TILE_COLUMNS,
            Qt.Key.Key_Down: TILE_COLUMNS,
        }
        step = steps.get(Qt.Key(key))
        if step is None:
            return False
        order = list(self.tiles.values())
        target = order.index(tile) + step
        if 0 <= target < len(order):
            order[target].setFocus(Qt.FocusReason.TabFocusReason)
        return True

    def open_tile(self, key: TileKey) -> TileListDialog | None:
        if self.dashboard is None:
            return None
        self._last_tile = key
        dialog = TileListDialog(
            self.dashboard.tile(key), self.context, self, now=self.dashboard.as_of, place=self.places.get(key)
        )
        dialog.setModal(True)
        dialog.accepted.connect(lambda: self._remember(key, dialog))
        dialog.show()
        self.list_dialog = dialog
        return dialog

    def _remember(self, key: TileKey, dialog: TileListDialog) -> None:
        if dialog.opened_id is not None:
            self.places[key] = dialog.opened_id

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        """Coming here (Ctrl+2): the cursor on the tile last opened, else the first."""
        super().showEvent(event)
        key = self._last_tile if self._last_tile is not None else next(iter(self.tiles))
        self.tiles[key].setFocus(Qt.FocusReason.OtherFocusReason)
