"""What a service call knows about its unit of work: the clock, the acting staff member,
the community's zone and working calendar. ``Database`` puts them in ``session.info``;
services read them from here so every "now" comes from one injectable clock."""

from __future__ import annotations

from datetime import datetime, tzinfo

from sqlalchemy.orm import Session

from desk_app.clock import DEFAULT_ZONE, Clock, SystemClock
from desk_app.messages import msg
from desk_app.models import Staff, tracking
from desk_app.models.enums import StaffRole
from desk_app.services.calendar import WorkCalendar
from desk_app.services.errors import NotFoundError, PermissionDeniedError

_CALENDAR_KEY = "work_calendar"


def now(session: Session) -> datetime:
    clock: Clock = session.info.get("clock") or SystemClock()
    return clock.now()


def zone(session: Session) -> tzinfo:
    value: tzinfo = session.info.get("zone", DEFAULT_ZONE)
    return value


def calendar(session: Session) -> WorkCalendar:
    """The administrator's working calendar, read once per unit of work."""
    cached = session.info.get(_CALENDAR_KEY)
    if cached is None:
        cached = WorkCalendar.from_settings(session)
        session.info[_CALENDAR_KEY] = cached
    assert isinstance(cached, WorkCalendar)
    return cached


def actor(session: Session) -> Staff | None:
    """The staff member doing this unit of work (None for system jobs), read from the
    database in this unit of work: a window left open by an account since deactivated
    acts no more (issue 19), and a demoted one only with its new role."""
    actor_id = session.info.get("actor_id")
    if actor_id is None:
        return None
    staff = tracking.acting_staff(session)
    if staff is None:
        raise NotFoundError(msg("找不到当前操作人员（编号 {actor_id}）", actor_id=actor_id))
    if not staff.active or staff.voided_at is not None:
        raise PermissionDeniedError(
            msg("账号“{name}”已停用，不能再办理任何事项；请换人登录", name=staff.name)
        )
    return staff


def require_role(session: Session, roles: set[StaffRole], action: str, rule: str | None = None) -> Staff:
    """The acting staff member, who must hold one of ``roles`` to do ``action``."""
    staff = actor(session)
    if staff is None or staff.role not in roles:
        allowed = "、".join(role.label for role in roles)
        raise PermissionDeniedError(
            msg("只有{allowed}可以{action}", allowed=allowed, action=action), rule=rule
        )
    return staff


#: ``session.info`` flag of a command the administrator runs at the machine
#: (``desk-app settings set``, ``desk-app department add``): nobody is signed in and the
#: system itself acts. Screens never set it.
SYSTEM_JOB = "system_job"


def require_role_or_system(session: Session, roles: set[StaffRole], action: str) -> Staff | None:
    """Like ``require_role``, but a system job (``SYSTEM_JOB`` set, nobody signed in)
    may act too; then None."""
    if session.info.get(SYSTEM_JOB) and session.info.get("actor_id") is None:
        return None
    return require_role(session, roles, action)
