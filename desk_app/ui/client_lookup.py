"""The counter's client box: type a room (``3-2-1201``, ``321201``), part of a phone,
a name or pinyin initials (``zs``); matches pop up under the box as you type.

Keys: Down/Up move through the matches, Enter picks, Esc closes the list (a second
Esc is left to the dialog or page). The picked client shows as
``3-2-1201 张三 [重要] [勿扰]``; typing again drops the pick. Unknown callers stay
anonymous with the 匿名 box (Alt+N). The queries are ``screens.client_lookup``'s
(``services.lookup.find_clients``: indexed, at most ``LIMIT`` rows), run a moment after
the last key stroke.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QHideEvent, QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.screens.client_lookup import ClientLookupScreen, ClientMatch
from desk_app.services.errors import DomainError
from desk_app.ui import operations
from desk_app.ui.desk_context import DeskContext
from desk_app.ui.texts import QT_TRANSLATE_NOOP, ScreenText, enum_label, list_separator

log = logging.getLogger(__name__)

TEXT = ScreenText(
    "ClientLookup",
    {
        "hint": QT_TRANSLATE_NOOP("ClientLookup", "房号、电话、姓名或拼音首字母（如 3-2-1201、5678、zs）"),
        "anonymous": QT_TRANSLATE_NOOP("ClientLookup", "匿名(&Y)"),
        "anonymous_tip": QT_TRANSLATE_NOOP("ClientLookup", "来电/来访人不愿留名或查不到：不关联业主资料"),
        "important": QT_TRANSLATE_NOOP("ClientLookup", "[重要]"),
        "do_not_disturb": QT_TRANSLATE_NOOP("ClientLookup", "[勿扰]"),
        "no_room": QT_TRANSLATE_NOOP("ClientLookup", "（无房号）"),
        "nothing_found": QT_TRANSLATE_NOOP(
            "ClientLookup", "没有找到“{text}”，可直接填写来电人姓名和电话，或勾选匿名"
        ),
        "read_error": QT_TRANSLATE_NOOP("ClientLookup", "查询失败：{detail}"),
        "picked_detail": QT_TRANSLATE_NOOP("ClientLookup", "电话：{phones}"),
        "importance_detail": QT_TRANSLATE_NOOP("ClientLookup", "重要客户：{categories}"),
        "dnd_detail": QT_TRANSLATE_NOOP("ClientLookup", "勿扰：{reason}（不安排回访、访谈，R12）"),
        "dnd_no_reason": QT_TRANSLATE_NOOP("ClientLookup", "未注明原因"),
    },
)

WARNING_STYLE = "color: #8a4b00;"
DETAIL_STYLE = "color: #52606d;"


def match_label(match: ClientMatch) -> str:
    """``3-2-1201 张三 [重要] [勿扰]``."""
    parts = [match.room_code or TEXT("no_room"), match.name]
    if match.important:
        parts.append(TEXT("important"))
    if match.do_not_disturb:
        parts.append(TEXT("do_not_disturb"))
    return " ".join(parts)


class ClientLookup(QWidget):
    """Line edit + popup of matches + 匿名; see the module docstring."""

    #: a client was picked (ClientMatch) or the pick was dropped (None)
    picked = Signal(object)
    #: anything the form keeps changed (text, pick, anonymous)
    changed = Signal()

    LIMIT = 20
    DELAY_MS = 250

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.lookups = ClientLookupScreen(context.workspace)
        self._match: ClientMatch | None = None

        self.edit = QLineEdit()
        self.edit.setObjectName("clientLookupEdit")
        self.edit.setPlaceholderText(TEXT("hint"))
        self.edit.setClearButtonEnabled(True)
        self.edit.textEdited.connect(self._text_edited)
        self.edit.installEventFilter(self)

        self.anonymous_box = QCheckBox(TEXT("anonymous"))
        self.anonymous_box.setToolTip(TEXT("anonymous_tip"))
        self.anonymous_box.toggled.connect(self._anonymous_toggled)

        self.detail = QLabel()
        self.detail.setObjectName("clientLookupDetail")
        self.detail.setWordWrap(True)
        self.detail.setStyleSheet(DETAIL_STYLE)
        self.detail.hide()

        self.popup = QListWidget(self)  # owned by the box, shown as its own small window
        self.popup.setObjectName("clientLookupPopup")
        self.popup.setWindowFlags(
            Qt.WindowType.ToolTip | Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowDoesNotAcceptFocus
        )
        self.popup.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.popup.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.popup.setUniformItemSizes(True)
        self.popup.itemClicked.connect(self._item_clicked)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(self.DELAY_MS)
        self._timer.timeout.connect(self.search_now)

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.anonymous_box)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addLayout(row)
        column.addWidget(self.detail)
        self.setFocusProxy(self.edit)

    # -- state -------------------------------------------------------------------------

    @property
    def match(self) -> ClientMatch | None:
        return self._match

    @property
    def anonymous(self) -> bool:
        return self.anonymous_box.isChecked()

    def text(self) -> str:
        return self.edit.text()

    def set_match(self, match: ClientMatch | None) -> None:
        self._match = match
        self.popup.hide()
        if match is None:
            self.detail.hide()
        else:
            self.edit.setText(match_label(match))
            self._show_detail(match)
        self.picked.emit(match)
        self.changed.emit()

    def set_client(self, client_id: int | None, room_id: int | None = None) -> None:
        """Show a stored client again (reopened record, restored draft)."""
        if client_id is None:
            self.set_match(None)
            return

        def unreadable(error: DomainError) -> None:
            log.warning("could not read client %s: %s", client_id, error)

        match = operations.run(self, lambda: self.lookups.match(client_id, room_id), on_failure=unreadable)
        self.set_match(match)

    def set_anonymous(self, anonymous: bool) -> None:
        self.anonymous_box.setChecked(anonymous)

    def clear(self) -> None:
        self._timer.stop()
        self.popup.hide()
        self.anonymous_box.setChecked(False)
        self.edit.clear()
        self._match = None
        self.detail.hide()

    def set_read_only(self, read_only: bool) -> None:
        self.edit.setReadOnly(read_only)
        self.anonymous_box.setEnabled(not read_only)

    # -- searching ---------------------------------------------------------------------

    def search_now(self) -> None:
        """Look the typed text up and show the popup (or "nothing found")."""
        self._timer.stop()
        text = self.edit.text().strip()
        if not text or self.anonymous or self.edit.isReadOnly():
            self.popup.hide()
            return
        matches = operations.run(self, lambda: self.lookups.find(text, self.LIMIT), on_failure=self._failed)
        if matches is None:
            return
        self.popup.clear()
        if not matches:
            self.popup.hide()
            self._show_message(TEXT("nothing_found", text=text))
            return
        self.detail.hide()
        for match in matches:
            item = QListWidgetItem(self._popup_text(match))
            item.setData(Qt.ItemDataRole.UserRole, match)
            if match.do_not_disturb:
                item.setForeground(QColor("#8a4b00"))
            self.popup.addItem(item)
        self.popup.setCurrentRow(0)
        self._place_popup()
        self.popup.show()

    def _popup_text(self, match: ClientMatch) -> str:
        phones = " ".join(match.phones[:2])
        return f"{match_label(match)}    {phones}".rstrip()

    def _place_popup(self) -> None:
        corner = self.edit.mapToGlobal(QPoint(0, self.edit.height()))
        rows = min(self.popup.count(), 10)
        height = max(self.popup.sizeHintForRow(0), 20) * rows + 6
        self.popup.setGeometry(corner.x(), corner.y(), max(self.edit.width(), 360), height)

    def popup_visible(self) -> bool:
        return self.popup.isVisible()

    def popup_texts(self) -> list[str]:
        return [self.popup.item(row).text() for row in range(self.popup.count())]

    # -- events ------------------------------------------------------------------------

    def _text_edited(self, _text: str) -> None:
        if self._match is not None:
            self._match = None
            self.detail.hide()
            self.picked.emit(None)
        self.changed.emit()
        self._timer.start()

    def _anonymous_toggled(self, anonymous: bool) -> None:
        if anonymous:
            self._timer.stop()
            self.popup.hide()
            if self._match is not None:
                self._match = None
                self.edit.clear()
                self.detail.hide()
                self.picked.emit(None)
        self.edit.setEnabled(not anonymous)
        self.changed.emit()

    def _item_clicked(self, item: QListWidgetItem) -> None:
        self._pick(item)

    def _pick(self, item: QListWidgetItem | None) -> bool:
        if item is None:
            return False
        match = item.data(Qt.ItemDataRole.UserRole)
        if not isinstance(match, ClientMatch):
            return False
        self.set_match(match)
        return True

    def _show_detail(self, match: ClientMatch) -> None:
        lines = []
        if match.phones:
            lines.append(TEXT("picked_detail", phones=list_separator().join(match.phones)))
        if match.importance:
            lines.append(
                TEXT(
                    "importance_detail",
                    categories=list_separator().join(enum_label(c) for c in match.importance),
                )
            )
        if match.do_not_disturb:
            reason = match.do_not_disturb_reason or TEXT("dnd_no_reason")
            lines.append(TEXT("dnd_detail", reason=reason))
        self.detail.setStyleSheet(WARNING_STYLE if match.do_not_disturb else DETAIL_STYLE)
        self.detail.setText("\n".join(lines))
        self.detail.setVisible(bool(lines))

    def _failed(self, error: DomainError) -> None:
        log.warning("client lookup failed: %s", error)
        self._show_message(TEXT("read_error", detail=str(error)))

    def _show_message(self, message: str) -> None:
        self.detail.setStyleSheet(DETAIL_STYLE)
        self.detail.setText(message)
        self.detail.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.edit and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return self._key_pressed(event)
        if watched is self.edit and event.type() == QEvent.Type.FocusOut:
            self.popup.hide()
        return super().eventFilter(watched, event)

    def _key_pressed(self, event: QKeyEvent) -> bool:
        key = event.key()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            if not self.popup.isVisible():
                if key == Qt.Key.Key_Down and self.edit.text().strip() and self._match is None:
                    self.search_now()
                    return True
                return False
            step = 1 if key == Qt.Key.Key_Down else -1
            row = max(0, min(self.popup.count() - 1, self.popup.currentRow() + step))
            self.popup.setCurrentRow(row)
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self._timer.isActive() and self._match is None:
                self.search_now()  # Enter before the pause: look up now, pick the best
            if self.popup.isVisible():
                self._pick(self.popup.currentItem())
                return True
            return False  # the form moves on
        if key == Qt.Key.Key_Escape and self.popup.isVisible():
            self.popup.hide()
            return True
        return False

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt override
        self.popup.hide()
        super().hideEvent(event)
