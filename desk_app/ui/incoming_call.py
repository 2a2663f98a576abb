"""来电弹屏: the window comes forward with the caller's card, their open items and a new
work-log entry with the number filled in (``desk-app incoming-call 13800138000``).

The pop-up is not modal: the receptionist types the entry while it is open, and
double-clicks an open item (or presses Enter on it) to open that record.
"""

from __future__ import annotations

import logging
import time
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QVBoxLayout,
    QWidget,
)

from desk_app.screens.base import StorageError
from desk_app.screens.client_lookup import CallerInfo, ClientLookupScreen
from desk_app.services.errors import FieldError
from desk_app.ui.client_choice import local_text
from desk_app.ui.client_lookup import match_label
from desk_app.ui.desk_context import DeskContext
from desk_app.ui.texts import QT_TRANSLATE_NOOP, ScreenText, enum_label, list_separator

log = logging.getLogger(__name__)

TEXT = ScreenText(
    "IncomingCall",
    {
        "title": QT_TRANSLATE_NOOP("IncomingCall", "来电 {phone}"),
        "known": QT_TRANSLATE_NOOP("IncomingCall", "来电：{phone}　{client}"),
        "unknown": QT_TRANSLATE_NOOP("IncomingCall", "来电：{phone}　（未登记的号码）"),
        "unknown_hint": QT_TRANSLATE_NOOP(
            "IncomingCall", "档案中没有这个号码，请询问来电人的姓名和房号，在客户框中查找或登记。"
        ),
        "others": QT_TRANSLATE_NOOP("IncomingCall", "同一号码的其他客户：{clients}"),
        "phones": QT_TRANSLATE_NOOP("IncomingCall", "电话：{phones}"),
        "importance": QT_TRANSLATE_NOOP("IncomingCall", "重要客户：{categories}"),
        "do_not_disturb": QT_TRANSLATE_NOOP("IncomingCall", "勿扰：{reason}"),
        "open_items": QT_TRANSLATE_NOOP("IncomingCall", "未办结事项（{count}）——双击打开："),
        "no_open_items": QT_TRANSLATE_NOOP("IncomingCall", "没有未办结事项。"),
        "item": QT_TRANSLATE_NOOP("IncomingCall", "{when}　{number}　{what}　{summary}"),
        "entry_ready": QT_TRANSLATE_NOOP(
            "IncomingCall", "已新建工作信息记录，客户和来电号码已填好（Ctrl+S 保存）。"
        ),
        "entry_ready_unknown": QT_TRANSLATE_NOOP(
            "IncomingCall", "已新建工作信息记录，来电号码已填好（Ctrl+S 保存）。"
        ),
        "entry_not_started": QT_TRANSLATE_NOOP(
            "IncomingCall", "当前记录尚未保存，没有新建记录。请先保存或放弃当前记录，再按 F2 新建。"
        ),
        "bad_number": QT_TRANSLATE_NOOP("IncomingCall", "收到无效的来电号码：{error}"),
        "lookup_failed": QT_TRANSLATE_NOOP(
            "IncomingCall", "查询来电客户时数据库出错，请在客户框中手动查找。"
        ),
    },
)

WARNING_STYLE = "color: #8a4b00;"
HEADER_STYLE = "font-size: 14pt; font-weight: bold;"


def _bring_forward(window: QWidget) -> None:
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()


class IncomingCallDialog(QDialog):
    """The caller's card and open items; not modal."""

    def __init__(self, context: DeskContext, info: CallerInfo, entry_started: bool, parent: QWidget) -> None:
        super().__init__(parent)
        self.context = context
        self.info = info
        self.setWindowTitle(TEXT("title", phone=info.phone))
        self.setModal(False)
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)

        client = info.client
        if client is None:
            header_text = TEXT("unknown", phone=info.phone)
        else:
            header_text = TEXT("known", phone=info.phone, client=match_label(client))
        self.header = QLabel(header_text)
        self.header.setStyleSheet(HEADER_STYLE)
        self.header.setWordWrap(True)
        layout.addWidget(self.header)

        self.details = QLabel(self._details())
        self.details.setWordWrap(True)
        if client is not None and client.do_not_disturb:
            self.details.setStyleSheet(WARNING_STYLE)
        layout.addWidget(self.details)

        self.items_label = QLabel(
            TEXT("open_items", count=len(info.open_items)) if info.open_items else TEXT("no_open_items")
        )
        self.items = QListWidget()
        for entry in info.open_items:
            when = local_text(entry.at, context.db.zone)  # the community's time, not the PC's
            text = TEXT("item", when=when, number=entry.number, what=entry.what, summary=entry.summary)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, (entry.kind, entry.record_id))
            self.items.addItem(item)
        self.items.itemActivated.connect(self._open_item)
        self.items.setVisible(bool(info.open_items))
        self.items_label.setVisible(client is not None)
        layout.addWidget(self.items_label)
        layout.addWidget(self.items, 1)

        ready = TEXT("entry_ready") if client is not None else TEXT("entry_ready_unknown")
        self.entry_note = QLabel(ready if entry_started else TEXT("entry_not_started"))
        self.entry_note.setWordWrap(True)
        if not entry_started:
            self.entry_note.setStyleSheet(WARNING_STYLE)
        layout.addWidget(self.entry_note)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)

    def _details(self) -> str:
        client = self.info.client
        if client is None:
            return TEXT("unknown_hint")
        lines = []
        if client.phones:
            lines.append(TEXT("phones", phones=list_separator().join(client.phones)))
        if client.importance:
            lines.append(
                TEXT("importance", categories=list_separator().join(enum_label(c) for c in client.importance))
            )
        if client.do_not_disturb:
            lines.append(TEXT("do_not_disturb", reason=client.do_not_disturb_reason or "—"))
        others = self.info.clients[1:]
        if others:
            lines.append(TEXT("others", clients="；".join(match_label(other) for other in others)))
        return "\n".join(lines)

    def item_texts(self) -> list[str]:
        return [self.items.item(row).text() for row in range(self.items.count())]

    def _open_item(self, item: QListWidgetItem) -> None:
        data = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(data, tuple) and len(data) == 2:
            kind, record_id = data
            self.context.openRequested.emit(kind, record_id)


def show_incoming_call(window: QMainWindow, context: DeskContext, phone: str) -> IncomingCallDialog | None:
    """The whole 来电弹屏 on ``window``: forward, new entry on the work-log page, pop-up.
    None when the number is not a telephone number (reported in the status bar)."""
    _bring_forward(window)
    try:
        info = ClientLookupScreen(context.workspace).caller(phone)
    except FieldError as error:
        window.statusBar().showMessage(TEXT("bad_number", error=str(error)), 15000)
        return None
    except StorageError:
        log.warning("caller lookup failed for %s", phone, exc_info=True)
        window.statusBar().showMessage(TEXT("lookup_failed"), 15000)
        digits = "".join(ch for ch in phone if ch.isdigit())
        info = CallerInfo(phone=digits)
    worklog: Any = getattr(window, "page", lambda _key: None)("worklog")
    start_call = getattr(worklog, "start_call", None)
    client = info.client
    entry_started = bool(
        start_call(info.phone, client.client_id if client else None, client.room_id if client else None)
        if callable(start_call)
        else False
    )
    previous = window.findChild(IncomingCallDialog)
    if previous is not None:
        previous.close()
        previous.deleteLater()
    dialog = IncomingCallDialog(context, info, entry_started, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    dialog.raise_()
    return dialog


def prepare_for_calls(window: QMainWindow, context: DeskContext) -> None:
    """Build now what the first pop-up of the day would build while the phone rings:
    the work-log page (the new entry goes there) and the caller lookup's statements
    (issue 18). ``run_gui`` calls it once the main window is painted; a window already
    closed is left alone."""
    if not window.isVisible():
        return
    started = time.perf_counter()
    page: Any = getattr(window, "page", None)
    if callable(page):
        page("worklog")
    try:
        ClientLookupScreen(context.workspace).warm_up()
    except StorageError:  # the first call will say so if it still fails
        log.warning("could not prepare the caller lookup", exc_info=True)
    log.info("prepared for the first call in %.2f s", time.perf_counter() - started)


__all__ = ["TEXT", "IncomingCallDialog", "prepare_for_calls", "show_incoming_call"]
