"""留言(5W1H): the signed-in person's inbox of messages taken for them while they were
away (SPEC 2.2, R16). Unread first; showing a message marks it read (``screens.messages``:
the message lifecycle's guard table decides who may); the message opens its work-log
line on request.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from desk_app.screens import messages
from desk_app.screens.list_spec import ListSpec
from desk_app.screens.messages import MessageCard, MessagesScreen, reader_condition
from desk_app.services.errors import DomainError
from desk_app.ui import operations
from desk_app.ui.desk_context import DeskContext
from desk_app.ui.record_list import RecordListView
from desk_app.ui.texts import QT_TRANSLATE_NOOP, ScreenText

TEXT = ScreenText(
    "MessagesPage",
    {
        "title": QT_TRANSLATE_NOOP("MessagesPage", "我的留言（5W1H）"),
        "no_staff": QT_TRANSLATE_NOOP("MessagesPage", "请先在窗口底部选择值班人员，这里显示给他/她的留言。"),
        "pick": QT_TRANSLATE_NOOP("MessagesPage", "在左边选一条留言查看；查看即标为已读。"),
        "open_entry": QT_TRANSLATE_NOOP("MessagesPage", "打开工作信息记录(&O)"),
        "refresh": QT_TRANSLATE_NOOP("MessagesPage", "刷新"),
        "unread_count": QT_TRANSLATE_NOOP("MessagesPage", "未读 {count} 条"),
        "col_state": QT_TRANSLATE_NOOP("MessagesPage", "状态"),
        "col_received": QT_TRANSLATE_NOOP("MessagesPage", "留言时间"),
        "col_caller": QT_TRANSLATE_NOOP("MessagesPage", "来电人"),
        "col_company": QT_TRANSLATE_NOOP("MessagesPage", "来电单位"),
        "col_what": QT_TRANSLATE_NOOP("MessagesPage", "何事"),
        "col_reply": QT_TRANSLATE_NOOP("MessagesPage", "需回复"),
        "filter_state": QT_TRANSLATE_NOOP("MessagesPage", "状态"),
        "all": QT_TRANSLATE_NOOP("MessagesPage", "全部"),
        "unread": QT_TRANSLATE_NOOP("MessagesPage", "未读"),
        "read": QT_TRANSLATE_NOOP("MessagesPage", "已读"),
        "export": QT_TRANSLATE_NOOP("MessagesPage", "我的留言"),
        "card_title": QT_TRANSLATE_NOOP("MessagesPage", "留言 {number}"),
        "who": QT_TRANSLATE_NOOP("MessagesPage", "何人 Who"),
        "when": QT_TRANSLATE_NOOP("MessagesPage", "何时 When"),
        "where": QT_TRANSLATE_NOOP("MessagesPage", "何地 Where"),
        "what": QT_TRANSLATE_NOOP("MessagesPage", "何事 What"),
        "why": QT_TRANSLATE_NOOP("MessagesPage", "为何 Why"),
        "how": QT_TRANSLATE_NOOP("MessagesPage", "如何 How"),
        "phone": QT_TRANSLATE_NOOP("MessagesPage", "联系电话"),
        "reply": QT_TRANSLATE_NOOP("MessagesPage", "需要回复"),
        "taken": QT_TRANSLATE_NOOP("MessagesPage", "记录人 / 时间"),
        "room": QT_TRANSLATE_NOOP("MessagesPage", "房号"),
        "yes": QT_TRANSLATE_NOOP("MessagesPage", "是，请尽快回复"),
        "no": QT_TRANSLATE_NOOP("MessagesPage", "否"),
    },
)

LABEL_CELL = "color:#52606d; padding:3px 12px 3px 0; white-space:nowrap"


def message_list() -> ListSpec:
    """The inbox list (``screens.messages``), labelled for this screen."""
    return messages.message_list(TEXT)


class MessagesPage(QWidget):
    """The inbox: list on the left, the 5W1H card on the right."""

    def __init__(self, context: DeskContext) -> None:
        super().__init__()
        self.context = context
        self.inbox = MessagesScreen(context.workspace)
        self.shown_id: int | None = None

        title = QLabel(TEXT("title"))
        title.setStyleSheet("font-size: 15pt; font-weight: bold; padding: 2px 6px;")
        self.unread_label = QLabel()
        self.unread_label.setObjectName("unreadCount")

        # read once, already narrowed to the signed-in person's messages
        self.list_view = RecordListView(context, message_list(), extra=self._staff_condition())
        self._read_since_shown = True
        self.list_view.currentChanged.connect(self._current_changed)
        self.list_view.activated.connect(self.open_record)

        self.card = QLabel(TEXT("pick"))
        self.card.setObjectName("messageCard")
        self.card.setWordWrap(True)
        self.card.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.card.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.card.setStyleSheet("background: #fffdf5; border: 1px solid #e6dcb8; padding: 12px;")
        self.open_button = QPushButton(TEXT("open_entry"))
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(self._open_entry)
        right = QWidget()
        right_column = QVBoxLayout(right)
        right_column.setContentsMargins(0, 0, 0, 0)
        right_column.addWidget(self.card, 1)
        right_column.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignRight)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.list_view)
        self.splitter.addWidget(right)
        self.splitter.setSizes([700, 520])

        heading = QVBoxLayout()
        heading.addWidget(title)
        heading.addWidget(self.unread_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(heading)
        layout.addWidget(self.splitter, 1)
        self.setFocusProxy(self.list_view)

        refresh = QAction(TEXT("refresh"), self)
        refresh.setShortcut(QKeySequence(Qt.Key.Key_F5))
        refresh.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        refresh.triggered.connect(self.refresh)
        self.addAction(refresh)

        context.staffChanged.connect(lambda _staff_id: self._follow_staff())
        context.recordSaved.connect(self._record_saved)
        self._show_staff_state()

    # -- what the main window calls ----------------------------------------------------

    def open_record(self, record_id: int) -> None:
        """Show message ``record_id`` (and mark it read)."""
        self.list_view.select_id(record_id)
        self.show_message(record_id)

    def confirm_close(self) -> bool:
        return True

    # -- behaviour ---------------------------------------------------------------------

    def _staff_condition(self) -> Any:
        return reader_condition(self.context.staff_id)

    def _follow_staff(self) -> None:
        self.list_view.set_extra_condition(self._staff_condition())
        self._show_staff_state()

    def _show_staff_state(self) -> None:
        staff_id = self.context.staff_id
        self.shown_id = None
        self.open_button.setEnabled(False)
        self.card.setText(TEXT("pick") if staff_id is not None else TEXT("no_staff"))
        self._count_unread()

    def refresh(self) -> None:
        self.list_view.refresh()
        self._count_unread()

    def _count_unread(self) -> None:
        staff_id = self.context.staff_id
        if staff_id is None:
            self.unread_label.setText("")
            return
        count = operations.run(
            self, lambda: self.inbox.unread_count(staff_id), on_failure=lambda _error: None
        )
        if count is not None:
            self.unread_label.setText(TEXT("unread_count", count=count))

    def _record_saved(self, kind: str, _record_id: int) -> None:
        if kind == "worklog":
            self.refresh()

    def _current_changed(self, record_id: int) -> None:
        if record_id >= 0:
            self.show_message(record_id)

    def show_message(self, record_id: int) -> None:
        """The 5W1H card of one message; showing it to its reader marks it read (the
        service refuses anyone else, and the refusal is shown instead)."""
        card = operations.run(self, lambda: self.inbox.show(record_id), on_failure=self._refused)
        if card is None:
            return
        self.shown_id = record_id
        self.card.setText(self._card_html(card))
        opening = card.actions["open_entry"]
        self.open_button.setEnabled(opening.enabled)
        self.open_button.setToolTip(opening.reason)
        self._count_unread()

    def _refused(self, error: DomainError) -> None:
        self.card.setText(html.escape(str(error)))

    def _card_html(self, card: MessageCard) -> str:
        who = " ".join(part for part in (card.caller, card.caller_company) if part)
        taken = " ".join(part for part in (card.taken_by, card.taken_at) if part)
        rows = [
            (TEXT("who"), who),
            (TEXT("phone"), card.phone),
            (TEXT("room"), card.room),
            (TEXT("when"), card.when),
            (TEXT("where"), card.where),
            (TEXT("what"), card.what),
            (TEXT("why"), card.why),
            (TEXT("how"), card.how),
            (TEXT("reply"), TEXT("yes") if card.reply_needed else TEXT("no")),
            (TEXT("taken"), taken),
        ]
        body = "".join(
            f"<tr><td style='{LABEL_CELL}'>{html.escape(label)}</td>"
            f"<td style='padding:3px 0'>{html.escape(value)}</td></tr>"
            for label, value in rows
        )
        title = html.escape(TEXT("card_title", number=card.number))
        return f"<h3>{title}</h3><table>{body}</table>"

    def _open_entry(self) -> None:
        if self.shown_id is not None:
            self.context.request_open("worklog", self.shown_id)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._read_since_shown:  # built just now: the list and the count are fresh
            self._read_since_shown = False
        else:
            self.refresh()


__all__ = ["MessagesPage", "message_list"]
