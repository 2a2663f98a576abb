"""R24 Decent hours: a callback or an interview call before 07:00, from 22:00, during
the lunch break 12:00–14:00, or on a public holiday warns first, saying why; the user
may go on with a note (kept on the record). The handbook suggests a text message
(短信) at such times instead.

"Holiday": a day off that is not an ordinary weekend — a statutory holiday of the
chinese-calendar package (the weekend days inside a holiday period included) or a day
the administrator made a day off. An ordinary Saturday or Sunday is not a holiday:
residents are at home and callbacks are usual then.

The windows are half-open like the working window: 07:00 is decent, 22:00 is not;
12:00 is lunch, 14:00 is not.
"""

from __future__ import annotations

from datetime import date, datetime, time

from chinese_calendar import constants as calendar_data

from desk_app.messages import Message, msg
from desk_app.services.calendar import WorkCalendar
from desk_app.services.errors import RuleViolationError

EARLIEST = time(7, 0)
LATEST = time(22, 0)
LUNCH = (time(12, 0), time(14, 0))


def is_holiday(cal: WorkCalendar, day: date) -> bool:
    """A statutory holiday or an administrator's day off (not an ordinary weekend)."""
    if cal.is_workday(day):
        return False
    if cal.overrides.get(day) is False:
        return True
    return day in calendar_data.holidays or day.weekday() < 5


def call_time_problem(cal: WorkCalendar, moment: datetime) -> Message | None:
    """Why ``moment`` is no time to call a client, or None when it is."""
    local = cal.localize(moment)
    clock = local.time()
    if clock < EARLIEST:
        return msg("{at:%H:%M} 早于 07:00", at=local)
    if clock >= LATEST:
        return msg("{at:%H:%M} 已过 22:00", at=local)
    if LUNCH[0] <= clock < LUNCH[1]:
        return msg("{at:%H:%M} 是午休时间（12:00–14:00）", at=local)
    if is_holiday(cal, local.date()):
        return msg("{day:%Y-%m-%d} 是节假日", day=local.date())
    return None


class CallTimeWarning(RuleViolationError):
    """R24: the call falls outside decent hours; call again with a note to go on."""

    def __init__(self, reason: str) -> None:
        super().__init__(
            msg(
                "现在致电客户不合适：{reason}。建议改发短信；如确需致电，请填写说明后再保存。",
                reason=reason,
            ),
            rule="R24",
            field="call_time_note",
        )
        self.reason = reason


def check_call_time(cal: WorkCalendar, moment: datetime, note: str | None) -> str | None:
    """The note to keep with the record ("reason — note"), None when the time is decent;
    ``CallTimeWarning`` when it is not and no note was given."""
    reason = call_time_problem(cal, moment)
    if reason is None:
        return None
    text = (note or "").strip()
    if not text:
        raise CallTimeWarning(reason)
    return f"{reason.source}；{text}"[:500]
