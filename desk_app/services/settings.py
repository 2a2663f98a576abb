"""The administrator's settings (community name, working hours, intervals), typed,
with defaults, read from the ``setting`` table.

A malformed value in the database never crashes the program: it is reported by name
(``SettingError``) so the settings dialog can show it and the administrator can fix it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import time
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from desk_app.errors import FieldError
from desk_app.messages import msg
from desk_app.models.enums import BusinessLine
from desk_app.services.permissions import checked

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

# Issue 18: the keys and the parsing are read by a plain-SQL path that imports neither
# SQLAlchemy nor the models (``services.notice_print``): both are imported where a
# session uses them.

COMMUNITY_NAME = "community_name"
WORKING_HOURS = "working_hours"
PROGRESS_UPDATE_DAYS = "progress_update_working_days"
CALLBACK_DAYS = "callback_working_days"
TIME_ZONE = "time_zone"
#: R20: a dispatch slip's default due time, working hours per business line (专业), as
#: {"maintenance": 4, ...}; a line left out takes ``DISPATCH_DUE_HOURS_DEFAULT``.
DISPATCH_DUE_HOURS = "dispatch_due_working_hours"

#: R20 built-in defaults (working hours). Safety and repairs are quick; anything
#: else gets one working day (the 09:00–18:00 window).
DISPATCH_DUE_HOURS_BUILT_IN: dict[str, int] = {
    "security": 2,
    "maintenance": 4,
    "cleaning": 4,
    "parking": 4,
    "reception": 4,
}
#: R20: a slip without a business line, or a line not in the table: one working day of
#: the default window.
DISPATCH_DUE_HOURS_DEFAULT = 9


class SettingError(FieldError, ValueError):
    """A stored setting cannot be used; ``key`` names it (as the error's ``field``), the
    message says why. A ``FieldError``: a service that meets a bad stored setting (a
    reminder interval stored as text) refuses with a message for people, never a raw
    ``ValueError`` (issue 19, finding 9)."""

    def __init__(self, key: str, message: str) -> None:
        super().__init__(key, msg("设置项“{key}”有误：{message}", key=key, message=message))
        self.key = key


@dataclass(frozen=True)
class CommunitySettings:
    community_name: str = "物业服务中心"
    work_start: time = time(9, 0)
    work_end: time = time(18, 0)
    # R3: a progress update to the client at least every N working days.
    progress_update_working_days: int = 2
    # R6: callback within N working days of verification.
    callback_working_days: int = 2
    time_zone: str = "Asia/Shanghai"
    # R20: working hours a dispatch slip is given, per business line value.
    dispatch_due_working_hours: tuple[tuple[str, int], ...] = tuple(DISPATCH_DUE_HOURS_BUILT_IN.items())

    def dispatch_due_hours(self, business_line: str | None) -> int:
        """R20: the working hours a slip of ``business_line`` (a value) is given."""
        return dict(self.dispatch_due_working_hours).get(business_line or "", DISPATCH_DUE_HOURS_DEFAULT)

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.time_zone)


def _parse_time(key: str, text: Any) -> time:
    if not isinstance(text, str):
        raise SettingError(key, msg("时间应写作 HH:MM，收到 {text!r}", text=text))
    try:
        return time.fromisoformat(text)
    except ValueError as exc:
        raise SettingError(key, msg("时间应写作 HH:MM，收到 {text!r}", text=text)) from exc


def _positive_int(key: str, value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise SettingError(key, msg("应为正整数，收到 {value!r}", value=value))
    return value


def _dispatch_hours(value: Any) -> tuple[tuple[str, int], ...]:
    """R20: the stored per-line table over the built-in one."""
    table = dict(DISPATCH_DUE_HOURS_BUILT_IN)
    if value is None:
        return tuple(table.items())
    if not isinstance(value, dict):
        raise SettingError(DISPATCH_DUE_HOURS, msg("应为 {{专业: 工作小时数}}，收到 {value!r}", value=value))
    known = {line.value for line in BusinessLine}
    for line, hours in value.items():
        if line not in known:
            raise SettingError(DISPATCH_DUE_HOURS, msg("未知专业 {line!r}", line=line))
        table[line] = _positive_int(DISPATCH_DUE_HOURS, hours)
    return tuple(table.items())


def parse_settings(raw: dict[str, Any]) -> CommunitySettings:
    """Typed settings from the stored JSON values; missing keys take the defaults."""
    defaults = CommunitySettings()
    name = raw.get(COMMUNITY_NAME, defaults.community_name)
    if not isinstance(name, str) or not name.strip():
        raise SettingError(COMMUNITY_NAME, msg("小区名称不能为空"))
    start, end = defaults.work_start, defaults.work_end
    hours = raw.get(WORKING_HOURS)
    if hours is not None:
        if not isinstance(hours, dict):
            raise SettingError(
                WORKING_HOURS, msg("应为 {{'start': '09:00', 'end': '18:00'}}，收到 {hours!r}", hours=hours)
            )
        start = _parse_time(WORKING_HOURS, hours.get("start"))
        end = _parse_time(WORKING_HOURS, hours.get("end"))
        if start >= end:
            raise SettingError(
                WORKING_HOURS,
                msg("上班时间 {start:%H:%M} 必须早于下班时间 {end:%H:%M}", start=start, end=end),
            )
    zone = raw.get(TIME_ZONE, defaults.time_zone)
    try:
        ZoneInfo(str(zone))
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise SettingError(TIME_ZONE, msg("未知时区 {zone!r}", zone=zone)) from exc
    return CommunitySettings(
        dispatch_due_working_hours=_dispatch_hours(raw.get(DISPATCH_DUE_HOURS)),
        community_name=name.strip(),
        work_start=start,
        work_end=end,
        progress_update_working_days=_positive_int(
            PROGRESS_UPDATE_DAYS, raw.get(PROGRESS_UPDATE_DAYS, defaults.progress_update_working_days)
        ),
        callback_working_days=_positive_int(
            CALLBACK_DAYS, raw.get(CALLBACK_DAYS, defaults.callback_working_days)
        ),
        time_zone=str(zone),
    )


def load_settings(session: Session) -> CommunitySettings:
    from sqlalchemy import select

    from desk_app.models import Setting

    rows = session.execute(select(Setting.key, Setting.value)).all()
    return parse_settings({key: value for key, value in rows})


def settings_version(session: Session) -> int:
    """One number that grows whenever any setting is saved (the rows' versions summed,
    plus their count): the settings screen's optimistic lock."""
    from sqlalchemy import func, select

    from desk_app.models import Setting

    total, count = session.execute(select(func.coalesce(func.sum(Setting.version), 0), func.count())).one()
    return int(total) + int(count)


#: How many daily backups are kept (``backup.keep_setting``): only an administrator
#: changes it, and never below the floor (issue 19: a receptionist set 1, and the next
#: housekeeping pass deleted 13 of 14 daily copies).
BACKUP_KEEP = "backup_keep"
MIN_BACKUP_KEEP = 7
MAX_BACKUP_KEEP = 3650


def check_backup_keep(session: Session, value: Any) -> int:
    """``value`` as the number of daily copies to keep, set by an administrator (or the
    system at the machine); ``PermissionDeniedError`` or ``FieldError`` otherwise."""
    from desk_app.models.enums import StaffRole
    from desk_app.services import context
    from desk_app.services.errors import FieldError

    context.require_role_or_system(session, {StaffRole.ADMINISTRATOR}, msg("修改备份保留份数"))
    if (
        isinstance(value, bool)
        or not isinstance(value, int)
        or not (MIN_BACKUP_KEEP <= value <= MAX_BACKUP_KEEP)
    ):
        raise FieldError(
            BACKUP_KEEP,
            msg(
                "备份保留份数应为 {low} 至 {high} 之间的整数（收到 {value}）",
                low=MIN_BACKUP_KEEP,
                high=MAX_BACKUP_KEEP,
                value=value,
            ),
        )
    return value


@checked
def store_setting(session: Session, key: str, value: Any) -> None:
    """Write one setting (validated together with the others before it is kept)."""
    from sqlalchemy import select

    from desk_app.models import Setting

    if key == BACKUP_KEEP:
        check_backup_keep(session, value)
    current = {k: v for k, v in session.execute(select(Setting.key, Setting.value)).all()}
    current[key] = value
    parse_settings(current)  # SettingError: a FieldError naming the setting
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value
