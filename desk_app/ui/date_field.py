"""The date box of every form (issue 15): a line to type into, not a spin box.

It reads ``20261220``, ``2026-12-20``, ``12-20``, ``+7`` (working days, by the working
calendar) and the other forms of ``services.typed_dates``; on leaving the box the date
is shown as ``2026-12-20`` with its weekday in the tooltip. An empty box is an empty date.
Text that is not a date stays as typed (nothing is lost), marked, with the reason in the
tooltip; the form's save then names the field.

Alt+Down or F4 (or the button at the right) opens a calendar at the box's date, else
today, with the statutory holidays in red and the make-up working days (调休) in blue.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QDate, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QColor, QKeyEvent, QTextCharFormat
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QStyle, QVBoxLayout, QWidget

from desk_app.screens.base import Database
from desk_app.screens.common import calendar_days, local_today
from desk_app.services.typed_dates import TypedDateError, parse_typed_date
from desk_app.ui.texts import QT_TRANSLATE_NOOP, ScreenText

TEXT = ScreenText(
    "DateField",
    {
        "placeholder": QT_TRANSLATE_NOOP("DateField", "如 20261220、12-20、+7"),
        "open_calendar": QT_TRANSLATE_NOOP("DateField", "打开日历（Alt+↓ 或 F4）"),
        "holiday": QT_TRANSLATE_NOOP("DateField", "法定节假日"),
        "makeup": QT_TRANSLATE_NOOP("DateField", "调休上班"),
        "weekday": QT_TRANSLATE_NOOP("DateField", "{day}（{weekday}）"),
        "monday": QT_TRANSLATE_NOOP("DateField", "星期一"),
        "tuesday": QT_TRANSLATE_NOOP("DateField", "星期二"),
        "wednesday": QT_TRANSLATE_NOOP("DateField", "星期三"),
        "thursday": QT_TRANSLATE_NOOP("DateField", "星期四"),
        "friday": QT_TRANSLATE_NOOP("DateField", "星期五"),
        "saturday": QT_TRANSLATE_NOOP("DateField", "星期六"),
        "sunday": QT_TRANSLATE_NOOP("DateField", "星期日"),
    },
)
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
INVALID_STYLE = "QLineEdit { border: 1px solid #b3261e; background: #fdecea; }"


def _to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _from_qdate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class CalendarPopup(QWidget):
    """The pop-up calendar; ``picked`` carries the chosen day (Enter or a click)."""

    picked = Signal(object)

    def __init__(self, parent: QWidget, is_workday: Callable[[date], bool]) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.is_workday = is_workday
        self.calendar = QCalendarWidget(self)
        self.calendar.setGridVisible(True)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(1, 1, 1, 1)
        layout.addWidget(self.calendar)
        self.calendar.activated.connect(self._pick)
        self.calendar.clicked.connect(self._pick)
        self.calendar.currentPageChanged.connect(self.mark_month)

    def open_at(self, day: date, where: QPoint) -> None:
        self.calendar.setSelectedDate(_to_qdate(day))
        self.mark_month(day.year, day.month)
        self.move(where)
        self.show()
        self.calendar.setFocus(Qt.FocusReason.PopupFocusReason)

    def mark_month(self, year: int, month: int) -> None:
        """Holidays on working weekdays in red, make-up working weekend days in blue,
        for the six weeks the calendar shows."""
        first = date(year, month, 1)
        start = first - timedelta(days=first.weekday() + 7)
        for offset in range(49):
            day = start + timedelta(days=offset)
            weekend = day.weekday() >= 5
            workday = self.is_workday(day)
            style = QTextCharFormat()
            if not weekend and not workday:
                style.setForeground(QColor("#c62828"))
                style.setFontWeight(700)
                style.setToolTip(TEXT("holiday"))
            elif weekend and workday:
                style.setForeground(QColor("#1565c0"))
                style.setFontWeight(700)
                style.setToolTip(TEXT("makeup"))
            elif weekend:
                style.setForeground(QColor("#c62828"))
            self.calendar.setDateTextFormat(_to_qdate(day), style)

    def _pick(self, day: QDate) -> None:
        self.picked.emit(_from_qdate(day))
        self.close()


class DateField(QLineEdit):
    """A typed date; see the module docstring. ``today`` and ``is_workday`` come from
    the program's clock and working calendar (Monday–Friday without one)."""

    #: the box's date changed by the program or the calendar (typing: ``textEdited``)
    dateChanged = Signal(object)  # noqa: N815 - Qt signal naming

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
        is_workday: Callable[[date], bool] | None = None,
    ) -> None:
        super().__init__(parent)
        self._today = today
        self._is_workday = is_workday
        self.setPlaceholderText(TEXT("placeholder"))
        # a date is short: the box need not stretch across a wide form
        self.setMaximumWidth(max(240, self.fontMetrics().horizontalAdvance(self.placeholderText()) + 48))
        self.calendar_action = QAction(self)
        self.calendar_action.setIcon(
            self.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogDetailedView)
        )
        self.calendar_action.setToolTip(TEXT("open_calendar"))
        self.calendar_action.triggered.connect(self.open_calendar)
        self.addAction(self.calendar_action, QLineEdit.ActionPosition.TrailingPosition)
        self.popup: CalendarPopup | None = None
        self.editingFinished.connect(self.normalise)
        self.textChanged.connect(self._clear_mark)

    # -- reading -------------------------------------------------------------------------

    def is_workday(self, day: date) -> bool:
        return self._is_workday(day) if self._is_workday is not None else day.weekday() < 5

    def typed_date(self) -> date | None:
        """The date typed; None for an empty box; ``TypedDateError`` when it is no date."""
        return parse_typed_date(self.text(), self._today(), self.is_workday)

    def is_valid(self) -> bool:
        try:
            self.typed_date()
        except TypedDateError:
            return False
        return True

    def value_text(self) -> str | None:
        """The date as ISO text, None when empty, or the text as typed when it is no date
        (kept for the draft; the save refuses it with the field named)."""
        try:
            day = self.typed_date()
        except TypedDateError:
            return self.text()
        return day.isoformat() if day is not None else None

    # -- writing -------------------------------------------------------------------------

    def set_date(self, day: date | None) -> None:
        self.setText(day.isoformat() if day is not None else "")
        self._show_valid(day)
        self.dateChanged.emit(day)

    def set_value(self, value: object) -> None:
        """A date, ISO text, None, or text as once typed (a draft)."""
        if isinstance(value, date) or value is None or value == "":
            self.set_date(value if isinstance(value, date) else None)
            return
        self.setText(str(value))
        self.normalise()

    def normalise(self) -> None:
        """On leaving the box: a date is shown as ``2026-12-20``; anything else stays as
        typed and is marked, with the reason as tooltip."""
        try:
            day = self.typed_date()
        except TypedDateError as error:
            self.setStyleSheet(INVALID_STYLE)
            self.setToolTip(str(error))
            return
        text = day.isoformat() if day is not None else ""
        if text != self.text():
            self.setText(text)
            self.dateChanged.emit(day)
        self._show_valid(day)

    def _show_valid(self, day: date | None) -> None:
        self.setStyleSheet("")
        if day is None:
            self.setToolTip("")
        else:
            self.setToolTip(TEXT("weekday", day=day.isoformat(), weekday=TEXT(_WEEKDAYS[day.weekday()])))

    def _clear_mark(self) -> None:
        if self.styleSheet():
            self.setStyleSheet("")

    # -- the calendar ----------------------------------------------------------------------

    def open_calendar(self) -> CalendarPopup:
        try:
            start = self.typed_date() or self._today()
        except TypedDateError:
            start = self._today()
        if self.popup is None:
            self.popup = CalendarPopup(self, self.is_workday)
            self.popup.picked.connect(self._picked)
        self.popup.open_at(start, self.mapToGlobal(QPoint(0, self.height())))
        return self.popup

    def _picked(self, day: date) -> None:
        self.set_date(day)
        self.textEdited.emit(self.text())  # a choice of the person: the form is dirty
        self.setFocus(Qt.FocusReason.PopupFocusReason)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        alt_down = event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier
        if alt_down or event.key() == Qt.Key.Key_F4:
            self.open_calendar()
            event.accept()
            return
        super().keyPressEvent(event)


def date_field_for(db: Database, parent: QWidget | None = None) -> DateField:
    return DateField(parent, today=local_today(db), is_workday=calendar_days(db))


__all__ = ["CalendarPopup", "DateField", "calendar_days", "date_field_for", "local_today"]
