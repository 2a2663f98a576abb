"""Departments 部门 (issue 13, going live): the administrator creates, renames,
deactivates and reactivates them. A department is never deleted: staff, dispatch slips
and complaints keep pointing at it; a deactivated one is no longer offered in the forms'
department boxes (``references.department_choices`` lists active ones only).

Administrators only (like staff accounts), or the system itself for ``desk-app
department`` (``context.SYSTEM_JOB``).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk_app.messages import msg
from desk_app.models import Department, Staff
from desk_app.models.enums import StaffRole
from desk_app.services import context
from desk_app.services.errors import FieldError, NotFoundError
from desk_app.services.permissions import checked
from desk_app.services.records import check_unchanged
from desk_app.services.text import required_text

#: Who manages departments (the administrator, who also keeps the staff accounts).
DEPARTMENT_ROLES = frozenset({StaffRole.ADMINISTRATOR})
NAME_LIMIT = 64


@dataclass(frozen=True)
class DepartmentRow:
    id: int
    name: str
    active: bool
    #: active staff members in the department
    staff_count: int


def _require(session: Session, action: str) -> None:
    context.require_role_or_system(session, set(DEPARTMENT_ROLES), action)


def _name(session: Session, name: str | None, department_id: int | None = None) -> str:
    text = required_text("name", name, msg("部门名称"), limit=NAME_LIMIT)
    query = select(Department.id, Department.active).where(func.lower(Department.name) == text.lower())
    for found_id, active in session.execute(query):
        if found_id != department_id:
            if active:
                raise FieldError("name", msg("已有名为“{name}”的部门", name=text))
            raise FieldError("name", msg("已有名为“{name}”的部门（已停用，可重新启用）", name=text))
    return text


def _load(session: Session, department_id: int) -> Department:
    department = session.get(Department, department_id)
    if department is None:
        raise NotFoundError(msg("找不到部门（编号 {department_id}）", department_id=department_id))
    return department


def list_departments(session: Session, *, include_inactive: bool = True) -> list[DepartmentRow]:
    """Every department, active ones first, by name, with its count of active staff.
    Anyone may read the list (the staff form and the checklist read it)."""
    counts = dict(
        session.execute(
            select(Staff.department_id, func.count())
            .where(Staff.active.is_(True), Staff.department_id.is_not(None))
            .group_by(Staff.department_id)
        ).all()
    )
    query = select(Department).order_by(Department.active.desc(), Department.name, Department.id)
    if not include_inactive:
        query = query.where(Department.active.is_(True))
    return [
        DepartmentRow(row.id, row.name, bool(row.active), int(counts.get(row.id, 0)))
        for row in session.scalars(query)
    ]


@checked
def create_department(session: Session, name: str) -> Department:
    """A new, active department; the name is required and unique (``FieldError`` on
    ``name``)."""
    _require(session, msg("新建部门"))
    department = Department(name=_name(session, name), active=True)
    session.add(department)
    session.flush()
    return department


@checked
def rename_department(
    session: Session, department_id: int, name: str, loaded_name: str | None = None
) -> Department:
    """``loaded_name``: the name the list showed; ``ConflictError`` when someone renamed
    the department since (issue 19: no silent lost update; the table has no version)."""
    _require(session, msg("修改部门名称"))
    department = _load(session, department_id)
    if loaded_name is not None:
        check_unchanged(department, {"name": loaded_name}, ("name",))
    department.name = _name(session, name, department.id)
    session.flush()
    return department


@checked
def set_department_active(session: Session, department_id: int, active: bool) -> Department:
    """Deactivate (no longer offered in the forms; its staff and records keep it) or
    reactivate a department."""
    _require(session, msg("停用部门") if not active else msg("启用部门"))
    department = _load(session, department_id)
    department.active = active
    session.flush()
    return department


@checked
def deactivate_department(session: Session, department_id: int) -> Department:
    return set_department_active(session, department_id, False)


@checked
def reactivate_department(session: Session, department_id: int) -> Department:
    return set_department_active(session, department_id, True)


def may_manage(session: Session, staff_id: int | None) -> bool:
    """Whether this staff member may change departments (the screen is read-only else)."""
    if staff_id is None:
        return False
    staff = session.get(Staff, staff_id)
    return staff is not None and staff.active and staff.voided_at is None and staff.role in DEPARTMENT_ROLES


__all__ = [
    "DEPARTMENT_ROLES",
    "DepartmentRow",
    "create_department",
    "deactivate_department",
    "list_departments",
    "may_manage",
    "reactivate_department",
    "rename_department",
    "set_department_active",
]
