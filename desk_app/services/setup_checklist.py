"""上线检查清单 (issue 13, going live): what a new centre still has to enter before the
counter can log a call from a real room. Each item says whether it is done and why, and
names the screen that does it (``target``: a navigation key, or ``roster_import`` for
the roster import wizard). ``desk-app setup`` prints it; the administrator sees it after
signing in until everything is done (or the box 不再自动显示 is ticked).

Read-only: nothing here writes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk_app.messages import msg
from desk_app.models import CalendarOverride, Client, Department, Room, Setting, Staff
from desk_app.models.enums import StaffRole
from desk_app.services import context
from desk_app.services.calendar import package_years
from desk_app.services.centre import DEVELOPER_CENTRE, load_centre_settings
from desk_app.services.replies import forbidden_phrases
from desk_app.services.settings import COMMUNITY_NAME, WORKING_HOURS, CommunitySettings
from desk_app.services.signatories import SIGNATORY_CENTRE

# Item keys.
COMMUNITY = "community"
CALENDAR = "calendar"
STRUCTURE = "structure"
ROSTER = "roster"
DEPARTMENTS = "departments"
STAFF = "staff"
SETTINGS = "settings"

#: What opens the roster import (a wizard, not a navigation page).
ROSTER_IMPORT = "roster_import"


@dataclass(frozen=True)
class ChecklistItem:
    key: str
    title: str
    done: bool
    #: one sentence: what is there, or what is missing
    detail: str
    #: the screen that does it: a navigation key or ``ROSTER_IMPORT``
    target: str


def _community(session: Session) -> ChecklistItem:
    row = session.get(Setting, COMMUNITY_NAME)
    name = row.value.strip() if row is not None and isinstance(row.value, str) else ""
    hours = session.get(Setting, WORKING_HOURS) is not None
    named = bool(name) and name != CommunitySettings().community_name
    missing = []
    if not named:
        missing.append(msg("小区名称"))
    if not hours:
        missing.append(msg("工作时间"))
    if missing:
        detail = msg("尚未设置：{items}", items="、".join(missing))
    else:
        value = row.value if row is not None else ""
        detail = msg("小区名称：{name}；工作时间已设置", name=value)
    return ChecklistItem(COMMUNITY, msg("小区名称和工作时间"), not missing, detail, "settings")


def calendar_years_lacking(session: Session, first: int, last: int) -> list[int]:
    """Years in [first, last] the holiday calendar package does not know and for which
    the administrator has entered no override."""
    lacking = []
    for year in range(first, last + 1):
        if year in package_years():
            continue
        entered = session.scalar(
            select(func.count())
            .select_from(CalendarOverride)
            .where(CalendarOverride.day >= date(year, 1, 1), CalendarOverride.day <= date(year, 12, 31))
        )
        if not entered:
            lacking.append(year)
    return lacking


def _calendar(session: Session, year: int) -> ChecklistItem:
    lacking = calendar_years_lacking(session, year, year + 1)
    if lacking:
        detail = msg(
            "{years} 年的法定节假日安排尚未载入，请在系统设置的“节假日调整”中逐日登记",
            years="、".join(str(item) for item in lacking),
        )
    else:
        detail = msg("{first} 年和 {last} 年的节假日安排均已载入", first=year, last=year + 1)
    return ChecklistItem(CALENDAR, msg("节假日日历"), not lacking, detail, "settings")


def _structure(session: Session) -> ChecklistItem:
    rooms = int(session.scalar(select(func.count()).select_from(Room).where(Room.voided_at.is_(None))) or 0)
    detail = msg("已有 {count} 间房", count=rooms) if rooms else msg("尚未录入楼栋、单元和房间")
    return ChecklistItem(STRUCTURE, msg("小区结构（楼栋、单元、房间）"), rooms > 0, detail, "structure")


def _roster(session: Session) -> ChecklistItem:
    clients = int(session.scalar(select(func.count()).select_from(Client)) or 0)
    detail = msg("已有 {count} 户客户", count=clients) if clients else msg("尚未导入业主名册")
    return ChecklistItem(ROSTER, msg("业主名册"), clients > 0, detail, ROSTER_IMPORT)


def _departments(session: Session) -> ChecklistItem:
    count = int(
        session.scalar(select(func.count()).select_from(Department).where(Department.active.is_(True))) or 0
    )
    detail = msg("已有 {count} 个在用部门", count=count) if count else msg("尚未建立部门")
    return ChecklistItem(DEPARTMENTS, msg("部门"), count > 0, detail, "departments")


def _staff(session: Session) -> ChecklistItem:
    count = int(
        session.scalar(
            select(func.count())
            .select_from(Staff)
            .where(Staff.active.is_(True), Staff.role != StaffRole.ADMINISTRATOR)
        )
        or 0
    )
    detail = (
        msg("已有 {count} 个员工账号（不含系统管理员）", count=count)
        if count
        else msg("除系统管理员外尚无员工账号")
    )
    return ChecklistItem(STAFF, msg("员工账号"), count > 0, detail, "staff")


def _settings(session: Session) -> ChecklistItem:
    centre = load_centre_settings(session)
    community = session.get(Setting, COMMUNITY_NAME)
    missing = []
    if not centre.value(SIGNATORY_CENTRE) and community is None:
        missing.append(msg("物业服务中心署名"))
    if not centre.value(DEVELOPER_CENTRE):
        missing.append(msg("地产公司客户关系中心"))
    if not centre.channels.published:
        missing.append(msg("投诉受理渠道"))
    phrases = len(forbidden_phrases(session))
    if missing:
        detail = msg("尚未设置：{items}", items="、".join(missing))
    else:
        detail = msg("署名：{centre}；服务禁语 {phrases} 条", centre=centre.centre_name, phrases=phrases)
    return ChecklistItem(SETTINGS, msg("署名、地产公司和投诉受理渠道"), not missing, detail, "settings")


def setup_checklist(session: Session, year: int | None = None) -> list[ChecklistItem]:
    """The checklist, in the order a centre goes live. ``year``: the current year (by
    default from the program's clock, in the community's zone)."""
    if year is None:
        year = context.now(session).astimezone(context.zone(session)).year
    return [
        _community(session),
        _calendar(session, year),
        _structure(session),
        _roster(session),
        _departments(session),
        _staff(session),
        _settings(session),
    ]


def checklist_complete(items: list[ChecklistItem]) -> bool:
    return all(item.done for item in items)


def has_rooms(session: Session) -> bool:
    return session.scalars(select(Room.id).where(Room.voided_at.is_(None)).limit(1)).first() is not None


__all__ = [
    "CALENDAR",
    "COMMUNITY",
    "DEPARTMENTS",
    "ROSTER",
    "ROSTER_IMPORT",
    "SETTINGS",
    "STAFF",
    "STRUCTURE",
    "ChecklistItem",
    "calendar_years_lacking",
    "checklist_complete",
    "has_rooms",
    "setup_checklist",
]
