"""A date as a receptionist types it (issue 15): ``20261220``, ``2026-12-20``,
``2026/12/20``, ``2026.12.20``, ``2026年12月20日``, ``12-20`` or ``1220`` (this year),
``+7`` (seven working days from today, by the working calendar), ``+7天`` (calendar
days), ``今天`` / ``明天``. Full-width digits and marks are read as their ASCII forms.

Qt-free, so the rules are tested without a display; the date box of the screens
(``ui/date_field.py``) only calls ``parse_typed_date``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from datetime import date, timedelta

from desk_app.messages import msg

#: Years a form accepts: wider than any real record, narrow enough to catch a slip.
FIRST_YEAR = 1900
LAST_YEAR = 2100
#: More working days ahead than this is a typing slip, not a deadline.
MAX_OFFSET_DAYS = 3660

_FULL_DATE = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?")
_MONTH_DAY = re.compile(r"(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?")
_OFFSET = re.compile(r"\+\s*(\d{1,4})\s*(天|日|d|工作日|wd)?", re.IGNORECASE)
_WORDS = {"今天": 0, "today": 0, "明天": 1, "tomorrow": 1, "后天": 2}


class TypedDateError(ValueError):
    """What was typed is not a date; the message says what may be typed."""


def _refuse(text: str) -> TypedDateError:
    return TypedDateError(
        msg("日期“{text}”无法识别（可写 20261220、2026-12-20、12-20 或 +7 表示 7 个工作日后）", text=text)
    )


def _checked(text: str, year: int, month: int, day: int) -> date:
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise TypedDateError(
            msg("日期“{text}”的年份应在 {first}–{last} 之间", text=text, first=FIRST_YEAR, last=LAST_YEAR)
        )
    try:
        return date(year, month, day)
    except ValueError:
        raise TypedDateError(
            msg(
                "日期“{text}”不存在（{year} 年没有 {month} 月 {day} 日）",
                text=text,
                year=year,
                month=month,
                day=day,
            )
        ) from None


def add_working_days(start: date, days: int, is_workday: Callable[[date], bool]) -> date:
    """The ``days``-th working day after ``start`` (``start`` itself not counted)."""
    day = start
    counted = 0
    while counted < days:
        day += timedelta(days=1)
        if is_workday(day):
            counted += 1
    return day


def _weekday(day: date) -> bool:
    return day.weekday() < 5


def parse_typed_date(
    text: str | None, today: date, is_workday: Callable[[date], bool] | None = None
) -> date | None:
    """The date ``text`` means, typed on ``today``; None when nothing was typed.
    ``is_workday`` is the working calendar's (``WorkCalendar.is_workday``); without it,
    Monday–Friday. A ``TypedDateError`` says what cannot be read."""
    if text is None:
        return None
    typed = unicodedata.normalize("NFKC", text).strip()
    if not typed:
        return None
    lowered = typed.lower()
    if lowered in _WORDS:
        return today + timedelta(days=_WORDS[lowered])
    if match := _OFFSET.fullmatch(typed):
        count = int(match.group(1))
        unit = (match.group(2) or "").lower()
        if count > MAX_OFFSET_DAYS:
            raise TypedDateError(msg("“{text}”太远了（最多 +{most}）", text=typed, most=MAX_OFFSET_DAYS))
        if unit in ("天", "日", "d"):
            return today + timedelta(days=count)
        return add_working_days(today, count, is_workday or _weekday)
    if typed.isdigit():
        if len(typed) == 8:
            return _checked(typed, int(typed[:4]), int(typed[4:6]), int(typed[6:]))
        if len(typed) == 4:
            return _checked(typed, today.year, int(typed[:2]), int(typed[2:]))
        raise _refuse(typed)
    if match := _FULL_DATE.fullmatch(typed):
        return _checked(typed, int(match.group(1)), int(match.group(2)), int(match.group(3)))
    if match := _MONTH_DAY.fullmatch(typed):
        return _checked(typed, today.year, int(match.group(1)), int(match.group(2)))
    raise _refuse(typed)


__all__ = ["TypedDateError", "add_working_days", "parse_typed_date"]
