"""Due times of the handling rules (SPEC section 4): R1, R1w, R3, R4, R6, R7, R11.

Every function takes the instant its clock starts from and the working calendar, and
returns an aware datetime in the calendar's zone. Due times are derived, never typed in:
the services store them and recompute them when an input changes.
"""

from __future__ import annotations

import calendar as month_calendar
from datetime import date, datetime, timedelta

from desk_app.messages import msg
from desk_app.models.enums import Channel, ReportKind
from desk_app.services.calendar import WorkCalendar

#: R1w: a web complaint gets a reply with concrete measures within 4 clock hours...
WEB_REPLY_CLOCK_HOURS = timedelta(hours=4)
#: R7: closed automatically 7 calendar days after resolution.
AUTO_CLOSE_AFTER = timedelta(days=7)

#: Monday first, as ``date.weekday()`` counts (each translated where it is shown).
_WEEKDAYS = (msg("周一"), msg("周二"), msg("周三"), msg("周四"), msg("周五"), msg("周六"), msg("周日"))


def first_response_due(received_at: datetime, channel: Channel, cal: WorkCalendar) -> datetime:
    """R1: one working day of business time after receipt. R1w (web posts): the
    earlier of the effective start + 4 clock hours and the end of that working day."""
    if channel is Channel.WEB:
        effective = cal.next_working_instant(received_at)
        return min(effective + WEB_REPLY_CLOCK_HOURS, cal.end_of_working_day(effective))
    return cal.add_working_days(received_at, 1)


def designated_handler_due(received_at: datetime, cal: WorkCalendar) -> datetime:
    """R3: not resolved within one working day of receipt → needs a designated handler."""
    return cal.add_working_days(received_at, 1)


def progress_update_due(last_update_at: datetime, cal: WorkCalendar, working_days: int = 2) -> datetime:
    """R3: the client hears of progress at least every ``working_days`` working days."""
    return cal.add_working_days(last_update_at, working_days)


def developer_notice_due(classified_at: datetime, cal: WorkCalendar) -> datetime:
    """R4: the developer's customer-relations centre is told within one working day."""
    return cal.add_working_days(classified_at, 1)


def callback_due(verified_at: datetime, cal: WorkCalendar, working_days: int = 2) -> datetime:
    """R6: the handler calls the client back within ``working_days`` working days."""
    return cal.add_working_days(verified_at, working_days)


def auto_close_at(resolved_at: datetime) -> datetime:
    """R7: a complaint exempt from callback closes 7 calendar days after resolution."""
    if resolved_at.tzinfo is None:
        raise ValueError("auto_close_at needs an aware datetime")
    return resolved_at + AUTO_CLOSE_AFTER


def shift_month(month: date, delta: int) -> date:
    """The first day of the month ``delta`` months after ``month``'s (any day of it)."""
    index = month.year * 12 + month.month - 1 + delta
    return date(index // 12, index % 12 + 1, 1)


def monthly_due_dates(year: int, month: int) -> dict[str, date]:
    """R11: statistics by the 25th; the owners' summary by the 30th (the month's last
    day when shorter); the interview analysis by the 5th of the next month."""
    last_day = month_calendar.monthrange(year, month)[1]
    next_year, next_month = (year + 1, 1) if month == 12 else (year, month + 1)
    return {
        ReportKind.STATISTICS.value: date(year, month, 25),
        ReportKind.OWNER_SUMMARY.value: date(year, month, min(30, last_day)),
        ReportKind.INTERVIEW_ANALYSIS.value: date(next_year, next_month, 5),
    }


def _moment(value: datetime) -> str:
    return msg("{value:%Y-%m-%d} {weekday} {value:%H:%M}", value=value, weekday=_WEEKDAYS[value.weekday()])


def _hours(value: timedelta) -> str:
    minutes = int(value.total_seconds() // 60)
    hours, rest = divmod(minutes, 60)
    if rest:
        return msg("{hours} 小时 {rest} 分", hours=hours, rest=rest)
    return msg("{hours} 小时", hours=hours)


def explain_first_response(received_at: datetime, channel: Channel, cal: WorkCalendar) -> list[str]:
    """How the first-response due time was reached, step by step, in Chinese (for the
    tooltip on the complaint sheet)."""
    received = cal.localize(received_at)
    due = first_response_due(received_at, channel, cal)
    window = f"{cal.work_start:%H:%M}–{cal.work_end:%H:%M}"
    steps: list[str] = [msg("受理时间：{value}（{channel}）", value=_moment(received), channel=channel)]
    effective = cal.next_working_instant(received)
    if effective != received:
        steps.append(
            msg(
                "受理时不在工作时间（{window}），从下一个工作时段开始计时：{value}",
                window=window,
                value=_moment(effective),
            )
        )
    if channel is Channel.WEB:
        end_of_day = cal.end_of_working_day(effective)
        steps.append(
            msg(
                "网络投诉（R1w）：取“开始计时 + 4 小时”（{four_hours}）与当天下班时间（{day_end}）"
                "中较早者，回复须含具体措施",
                four_hours=_moment(effective + WEB_REPLY_CLOCK_HOURS),
                day_end=_moment(end_of_day),
            )
        )
    else:
        steps.append(
            msg(
                "首次回应时限（R1）：1 个工作日 = {value}工作时间，只计 {window}",
                value=_hours(cal.working_day),
                window=window,
            )
        )
        steps.extend(_working_days_walk(effective, cal.working_day, cal))
    steps.append(msg("应于 {value} 前首次回应", value=_moment(due)))
    return steps


def _working_days_walk(effective: datetime, total: timedelta, cal: WorkCalendar) -> list[str]:
    """Day by day, how ``total`` working time is used up from ``effective`` on."""
    steps: list[str] = []
    day = effective.date()
    remaining = total
    while remaining > timedelta(0):
        if cal.is_workday(day):
            start, end = cal.window_of(day)
            begin = max(effective, start)
            used = min(remaining, max(end - begin, timedelta(0)))
            if used > timedelta(0):
                steps.append(
                    msg(
                        "{day:%m月%d日} {weekday} 计 {value}",
                        day=day,
                        weekday=_WEEKDAYS[day.weekday()],
                        value=_hours(used),
                    )
                )
                remaining -= used
        else:
            steps.append(
                msg("{day:%m月%d日} {weekday} 非工作日，不计", day=day, weekday=_WEEKDAYS[day.weekday()])
            )
        day += timedelta(days=1)
    return steps


def _explain_working_days(
    start_label: str,
    started_at: datetime,
    rule_text: str,
    days: int,
    due: datetime,
    due_text: str,
    cal: WorkCalendar,
) -> list[str]:
    """The shared explanation of an "N working days after X" due time."""
    started = cal.localize(started_at)
    window = f"{cal.work_start:%H:%M}–{cal.work_end:%H:%M}"
    steps: list[str] = [msg("{label}：{value}", label=start_label, value=_moment(started))]
    effective = cal.next_working_instant(started)
    if effective != started:
        steps.append(
            msg(
                "当时不在工作时间（{window}），从下一个工作时段开始计时：{value}",
                window=window,
                value=_moment(effective),
            )
        )
    steps.append(
        msg(
            "{rule_text}：{days} 个工作日 = {value}工作时间，只计 {window}",
            rule_text=rule_text,
            days=days,
            value=_hours(cal.working_day * days),
            window=window,
        )
    )
    steps.extend(_working_days_walk(effective, cal.working_day * days, cal))
    steps.append(msg("应于 {value} 前{due_text}", value=_moment(cal.localize(due)), due_text=due_text))
    return steps


def explain_designated_handler(received_at: datetime, cal: WorkCalendar) -> list[str]:
    """How the R3 designated-handler due time was reached (tooltip text)."""
    return _explain_working_days(
        msg("受理时间"),
        received_at,
        msg("指定专人时限（R3）：受理后 1 个工作日内未解决的投诉须由主管或部门负责人指定专人"),
        1,
        designated_handler_due(received_at, cal),
        msg("指定处理专人"),
        cal,
    )


def explain_progress_update(last_update_at: datetime, cal: WorkCalendar, working_days: int = 2) -> list[str]:
    """How the R3 progress-update due time was reached (tooltip text)."""
    return _explain_working_days(
        msg("上次向客户通报进展（或受理、重新处理）时间"),
        last_update_at,
        msg(
            "进展通报时限（R3）：处理中的投诉至少每 {working_days} 个工作日向客户通报一次进展",
            working_days=working_days,
        ),
        working_days,
        progress_update_due(last_update_at, cal, working_days),
        msg("向客户通报进展"),
        cal,
    )


def explain_developer_notice(classified_at: datetime, cal: WorkCalendar) -> list[str]:
    """How the R4 developer-notice due time was reached (tooltip text)."""
    return _explain_working_days(
        msg("定为二类投诉的时间"),
        classified_at,
        msg("知会地产公司时限（R4）：二类投诉须在定类后 1 个工作日内书面或邮件知会地产公司客户关系中心"),
        1,
        developer_notice_due(classified_at, cal),
        msg("发出知会函"),
        cal,
    )


def explain_callback(verified_at: datetime, cal: WorkCalendar, working_days: int = 2) -> list[str]:
    """How the R6 callback due time was reached (tooltip text)."""
    return _explain_working_days(
        msg("验证合格时间"),
        verified_at,
        msg("回访时限（R6）：验证合格后 {working_days} 个工作日内回访客户", working_days=working_days),
        working_days,
        callback_due(verified_at, cal, working_days),
        msg("完成回访"),
        cal,
    )


def explain_auto_close(resolved_at: datetime, cal: WorkCalendar) -> list[str]:
    """How the R7 automatic closure time was reached (tooltip text)."""
    resolved = cal.localize(resolved_at)
    closes = auto_close_at(resolved)
    return [
        msg("解决时间：{value}", value=_moment(resolved)),
        msg("免回访的投诉（R6）在解决后 7 个自然日自动关闭（R7），节假日照计"),
        msg("若同一客户在这 7 天内就同一专业再次投诉，则重新处理而不关闭"),
        msg("将于 {value} 自动关闭", value=_moment(closes)),
    ]
