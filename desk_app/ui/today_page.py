"""今日事项: what the signed-in person has to do today (``screens.today``): my
notifications first (R23, ``services.notifications``: opening one marks it read, 标为已办
/ Ctrl+D takes it off), my open complaints, messages for me, callbacks and interviews
due (today and overdue), checks due by tonight. Enter or double-click opens an item's
record on its own screen; the page follows the staff selector and refreshes when any record is saved (F5 too).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QBrush, QColor, QFont, QKeySequence, QShowEvent
from PySide6.QtWidgets import QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from desk_app.screens.today import TodayItem, TodayScreen, TodaySheet
from desk_app.services.errors import DomainError
from desk_app.ui import operations
from desk_app.ui.client_choice import local_text
from desk_app.ui.desk_context import DeskContext
from desk_app.ui.texts import QT_TRANSLATE_NOOP, ScreenText, enum_label

TEXT = ScreenText(
    "TodayPage",
    {
        "title": QT_TRANSLATE_NOOP("TodayPage", "今日事项"),
        "as_of": QT_TRANSLATE_NOOP(
            "TodayPage", "{name}，截至 {when} 共 {count} 项（回车或双击打开；F5 刷新）"
        ),
        "no_staff": QT_TRANSLATE_NOOP("TodayPage", "请先在窗口底部选择值班人员，这里显示他/她今天要办的事。"),
        "read_error": QT_TRANSLATE_NOOP("TodayPage", "读取今日事项失败：{detail}"),
        "notifications": QT_TRANSLATE_NOOP("TodayPage", "通知（{count}，未读 {unread}；Ctrl+D 标为已办）"),
        "unread": QT_TRANSLATE_NOOP("TodayPage", "● {title}"),
        "done": QT_TRANSLATE_NOOP("TodayPage", "标为已办(&D)"),
        "complaints": QT_TRANSLATE_NOOP("TodayPage", "我负责的未结投诉（{count}）"),
        "messages": QT_TRANSLATE_NOOP("TodayPage", "给我的留言（{count}）"),
        "callbacks": QT_TRANSLATE_NOOP("TodayPage", "今天到期及逾期的回访（{count}）"),
        "interviews": QT_TRANSLATE_NOOP("TodayPage", "待完成的访谈计划（{count}）"),
        "promises": QT_TRANSLATE_NOOP("TodayPage", "答应客户的答复和预约（今天到期及逾期，{count}）"),
        "checks": QT_TRANSLATE_NOOP("TodayPage", "今天要检查的温馨提示和派工单（{count}）"),
        "nothing": QT_TRANSLATE_NOOP("TodayPage", "（无）"),
        "overdue": QT_TRANSLATE_NOOP("TodayPage", "已逾期"),
        "col_number": QT_TRANSLATE_NOOP("TodayPage", "编号"),
        "col_item": QT_TRANSLATE_NOOP("TodayPage", "事项"),
        "col_due": QT_TRANSLATE_NOOP("TodayPage", "时限"),
        "refresh": QT_TRANSLATE_NOOP("TodayPage", "刷新"),
        "staff_name": QT_TRANSLATE_NOOP("TodayPage", "值班人员"),
    },
)

OVERDUE = QColor("#b3261e")
ITEM_ROLE = Qt.ItemDataRole.UserRole
SECTIONS = ("notifications", "complaints", "messages", "callbacks", "promises", "interviews", "checks")
#: A notification row's data: ("notification", id, kind, record id).
NOTIFICATION = "notification"


class TodayPage(QWidget):
    def __init__(self, context: DeskContext) -> None:
        super().__init__()
        self.context = context
        self.screen_of_today = TodayScreen(context.workspace)
        title = QLabel(TEXT("title"))
        title.setStyleSheet("font-size: 15pt; font-weight: bold; padding: 2px 6px;")
        self.summary = QLabel()
        self.summary.setObjectName("todaySummary")
        self.summary.setWordWrap(True)

        self.tree = QTreeWidget()
        self.tree.setObjectName("todayTree")
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([TEXT("col_item"), TEXT("col_number"), TEXT("col_due")])
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setColumnWidth(0, 640)
        self.tree.setColumnWidth(1, 150)
        self.tree.itemActivated.connect(self._activated)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(title)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        self.setFocusProxy(self.tree)

        refresh = QAction(TEXT("refresh"), self)
        refresh.setShortcut(QKeySequence(Qt.Key.Key_F5))
        refresh.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        refresh.triggered.connect(self.refresh)
        self.addAction(refresh)
        done = QAction(TEXT("done"), self)
        done.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_D))
        done.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        done.triggered.connect(self.mark_current_done)
        self.addAction(done)

        # Read when shown (showEvent), and again on a save or a change of person only
        # while it is on screen: it is the first page, built at every start.
        context.staffChanged.connect(lambda _staff_id: self._refresh_if_shown())
        context.recordSaved.connect(lambda _kind, _record_id: self._refresh_if_shown())

    def _refresh_if_shown(self) -> None:
        if self.isVisible():
            self.refresh()

    def confirm_close(self) -> bool:
        return True

    def refresh(self) -> None:
        self.tree.clear()
        staff_id = self.context.staff_id
        if staff_id is None:
            self.summary.setText(TEXT("no_staff"))
            return
        sheet: TodaySheet | None = operations.run(
            self, lambda: self.screen_of_today.read(staff_id), on_failure=self._failed
        )
        if sheet is None:
            return
        view, inbox = sheet.view, sheet.inbox
        zone = self.context.workspace.zone
        self.summary.setText(
            TEXT(
                "as_of",
                name=view.staff_name or TEXT("staff_name"),
                when=view.as_of.astimezone(zone).strftime("%Y-%m-%d %H:%M"),
                count=view.total,
            )
        )
        bold = QFont(self.tree.font())
        bold.setBold(True)
        first_item: QTreeWidgetItem | None = None
        heading = QTreeWidgetItem(self.tree, [TEXT("notifications", count=len(inbox), unread=sheet.unread)])
        heading.setFont(0, bold)
        heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
        heading.setFirstColumnSpanned(True)
        if not inbox:
            empty = QTreeWidgetItem(heading, [TEXT("nothing")])
            empty.setFlags(Qt.ItemFlag.ItemIsEnabled)
            empty.setForeground(0, QBrush(QColor("#8a949e")))
        for line in inbox:
            shown = str(line.title)  # the title names the event (services.notifications)
            row = QTreeWidgetItem(
                heading,
                [shown if line.read else TEXT("unread", title=shown), "", local_text(line.created_at, zone)],
            )
            row.setData(0, ITEM_ROLE, (NOTIFICATION, line.notification_id, line.kind, line.record_id))
            row.setToolTip(0, f"{enum_label(line.event)}：{shown}")
            if not line.read:
                row.setFont(0, bold)
            if first_item is None:
                first_item = row
        heading.setExpanded(True)
        for section in SECTIONS[1:]:
            items: tuple[TodayItem, ...] = getattr(view, section)
            heading = QTreeWidgetItem(self.tree, [TEXT(section, count=len(items))])
            heading.setFont(0, bold)
            heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
            heading.setFirstColumnSpanned(True)
            if not items:
                empty = QTreeWidgetItem(heading, [TEXT("nothing")])
                empty.setFlags(Qt.ItemFlag.ItemIsEnabled)
                empty.setForeground(0, QBrush(QColor("#8a949e")))
            for item in items:
                due = item.due_at.astimezone(zone).strftime("%Y-%m-%d %H:%M") if item.due_at else ""
                if item.overdue:
                    due = f"{due} {TEXT('overdue')}".strip()
                title = str(item.title)  # translated when it is a message of the services
                row = QTreeWidgetItem(heading, [title, item.number, due])
                row.setData(0, ITEM_ROLE, (item.kind, item.record_id))
                row.setToolTip(0, title)
                if item.overdue:
                    for column in range(3):
                        row.setForeground(column, QBrush(OVERDUE))
                if first_item is None:
                    first_item = row
            heading.setExpanded(True)
        if first_item is not None:
            self.tree.setCurrentItem(first_item)

    def items(self, section: str) -> list[tuple[str, int, str]]:
        """(kind, record id, title) of the rows under ``section`` (for tests)."""
        index = SECTIONS.index(section)
        heading = self.tree.topLevelItem(index)
        rows: list[tuple[str, int, str]] = []
        if heading is None:
            return rows
        for child in range(heading.childCount()):
            item = heading.child(child)
            data = item.data(0, ITEM_ROLE) if item is not None else None
            if item is None:
                continue
            if data is not None and data[0] == NOTIFICATION:
                rows.append((str(data[2]), int(data[3]), item.text(0)))
            elif data is not None:
                rows.append((data[0], data[1], item.text(0)))
        return rows

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        data = item.data(0, ITEM_ROLE)
        if data is None:
            return
        if data[0] == NOTIFICATION:
            _tag, notification_id, kind, record_id = data
            self._mark(self.screen_of_today.mark_read, int(notification_id))
            self.context.request_open(str(kind), int(record_id))
            return
        kind, record_id = data
        self.context.request_open(str(kind), int(record_id))

    def _failed(self, error: DomainError) -> None:
        self.summary.setText(TEXT("read_error", detail=str(error)))

    def _mark(self, action: Callable[[int, int], int], notification_id: int) -> bool:
        staff_id = self.context.staff_id
        if staff_id is None:
            return False
        if operations.run(self, lambda: action(staff_id, notification_id), on_failure=self._failed) is None:
            return False
        self.context.notifications_changed()
        return True

    def mark_current_done(self) -> bool:
        """Ctrl+D: the chosen notification is done (off the list)."""
        item = self.tree.currentItem()
        data = item.data(0, ITEM_ROLE) if item is not None else None
        if data is None or data[0] != NOTIFICATION:
            return False
        if self._mark(self.screen_of_today.mark_done, int(data[1])):
            self.refresh()
            return True
        return False

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self.refresh()


__all__ = ["TodayPage"]
