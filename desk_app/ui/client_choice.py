"""A client box for the record forms: type a room (``3-2-1201``), phone digits, a name
or pinyin initials; the matches (``screens.client_lookup``) fill the list next
to it, the first one chosen. Enter in the search box moves on to the list; the R12
"refuses callbacks/interviews" flag of the chosen client shows under it in red.

Also the small date-time helpers the complaint, interview and dispute forms share.
"""

from __future__ import annotations

from datetime import UTC, datetime, tzinfo
from typing import Any

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desk_app.clock import DEFAULT_ZONE
from desk_app.screens.client_lookup import ClientLookupScreen, ClientMatch
from desk_app.ui import operations
from desk_app.ui.desk_context import DeskContext
from desk_app.ui.texts import QT_TRANSLATE_NOOP, ScreenText

TEXT = ScreenText(
    "ClientChoice",
    {
        "hint": QT_TRANSLATE_NOOP("ClientChoice", "房号、电话、姓名或拼音首字母"),
        "none": QT_TRANSLATE_NOOP("ClientChoice", "（未选客户）"),
        "no_match": QT_TRANSLATE_NOOP("ClientChoice", "（没有找到）"),
        "dnd": QT_TRANSLATE_NOOP("ClientChoice", "该客户不愿接受回访或访谈（R12）：{reason}"),
        "dnd_no_reason": QT_TRANSLATE_NOOP("ClientChoice", "未注明原因"),
    },
)

DATETIME_FORMAT = "yyyy-MM-dd HH:mm"
WARNING_STYLE = "color: #b3261e;"
SEARCH_DELAY_MS = 250


def match_text(match: ClientMatch) -> str:
    room = match.room_code or "—"
    phone = f"  {match.phones[0]}" if match.phones else ""
    return f"{room}  {match.name}{phone}"


class ClientChoice(QWidget):
    """Search box + matches; ``client_id()`` is the chosen client (or None)."""

    #: the chosen client changed (its id, or -1 for none)
    clientChanged = Signal(int)  # noqa: N815 - Qt signal naming

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.lookups = ClientLookupScreen(context.workspace)
        self.search_box = QLineEdit()
        self.search_box.setPlaceholderText(TEXT("hint"))
        self.search_box.setClearButtonEnabled(True)
        self.matches = QComboBox()
        self.matches.setMinimumContentsLength(18)
        self.matches.addItem(TEXT("none"), None)
        self.warning = QLabel()
        self.warning.setStyleSheet(WARNING_STYLE)
        self.warning.setWordWrap(True)
        self.warning.hide()
        self._found: dict[int, ClientMatch] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search_now)
        self.search_box.textEdited.connect(lambda _text: self._timer.start())
        self.search_box.returnPressed.connect(self._enter)
        self.matches.currentIndexChanged.connect(self._chosen)

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.search_box, 2)
        row.addWidget(self.matches, 3)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addLayout(row)
        column.addWidget(self.warning)
        self.setFocusProxy(self.search_box)

    def client_id(self) -> int | None:
        value = self.matches.currentData()
        return int(value) if value is not None else None

    def room_id(self) -> int | None:
        chosen = self._found.get(self.client_id() or -1)
        return chosen.room_id if chosen is not None else None

    def chosen(self) -> ClientMatch | None:
        return self._found.get(self.client_id() or -1)

    def search_now(self) -> None:
        self._timer.stop()
        text = self.search_box.text().strip()
        if not text:
            return
        found = operations.run(self, lambda: self.lookups.find(text, limit=20))
        if found is not None:
            self._fill(found, TEXT("no_match"))

    def set_client(self, client_id: int | None, room_id: int | None = None) -> None:
        """Show a saved record's client (no search text)."""
        self._timer.stop()
        self.search_box.clear()
        if client_id is None:
            self._fill([], TEXT("none"))
            return
        match = operations.run(self, lambda: self.lookups.match(client_id, room_id))
        self._fill([match] if match is not None else [], TEXT("none"))

    def clear(self) -> None:
        self.set_client(None)

    def _fill(self, found: list[ClientMatch], empty: str) -> None:
        previous = self.client_id()
        self._found = {match.client_id: match for match in found}
        self.matches.blockSignals(True)
        self.matches.clear()
        if not found:
            self.matches.addItem(empty, None)
        for match in found:
            self.matches.addItem(match_text(match), match.client_id)
        self.matches.setCurrentIndex(0)
        self.matches.blockSignals(False)
        self._show_warning()
        if self.client_id() != previous:
            self.clientChanged.emit(self.client_id() if self.client_id() is not None else -1)

    def _chosen(self, _index: int) -> None:
        self._show_warning()
        self.clientChanged.emit(self.client_id() if self.client_id() is not None else -1)

    def _show_warning(self) -> None:
        chosen = self.chosen()
        if chosen is not None and chosen.do_not_disturb:
            self.warning.setText(TEXT("dnd", reason=chosen.do_not_disturb_reason or TEXT("dnd_no_reason")))
            self.warning.show()
        else:
            self.warning.hide()

    def _enter(self) -> None:
        self.search_now()
        self.matches.setFocus(Qt.FocusReason.TabFocusReason)


# -- date-time boxes ---------------------------------------------------------------------


def zone_of(context: DeskContext) -> tzinfo:
    zone: tzinfo = context.workspace.zone
    return zone


def datetime_box() -> QDateTimeEdit:
    box = QDateTimeEdit()
    box.setDisplayFormat(DATETIME_FORMAT)
    box.setCalendarPopup(True)
    return box


def set_local(box: QDateTimeEdit, moment: datetime, zone: tzinfo) -> None:
    """Show an aware instant as the community's local wall time."""
    local = moment.astimezone(zone)
    box.setDateTime(QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute)))


def local_iso(box: QDateTimeEdit) -> str:
    """The box's wall time as ISO text (no zone: the community's local time)."""
    value = box.dateTime()
    day, time = value.date(), value.time()
    return f"{day.year():04d}-{day.month():02d}-{day.day():02d}T{time.hour():02d}:{time.minute():02d}:00"


def aware(text: Any, zone: tzinfo = DEFAULT_ZONE) -> datetime | None:
    """A collected date-time (ISO text) as an aware datetime, naive read in ``zone``;
    None when empty."""
    if not text:
        return None
    moment = datetime.fromisoformat(str(text))
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=zone)


def local_text(moment: datetime | None, zone: tzinfo = DEFAULT_ZONE) -> str:
    """``2026-11-23 09:30`` in the community's zone; empty for None. A naive value is
    UTC, as the database keeps instants (``models.base.UtcDateTime``)."""
    if moment is None:
        return ""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return f"{moment.astimezone(zone):%Y-%m-%d %H:%M}"
