"""部门 departments screen: the list, whether this person may change it, and its three
changes (add, rename, deactivate/reactivate), each one unit of work."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from desk_app.models import Department
from desk_app.screens.base import Workspace
from desk_app.services import departments
from desk_app.services.departments import DepartmentRow

__all__ = ["Changed", "DepartmentRow", "DepartmentsScreen", "DepartmentsSheet"]


@dataclass(frozen=True)
class DepartmentsSheet:
    rows: tuple[DepartmentRow, ...]
    #: the signed-in person may add, rename and deactivate (administrators)
    may_manage: bool


@dataclass(frozen=True)
class Changed:
    """The department a change touched, as stored after it."""

    id: int
    name: str
    active: bool


def _changed(department: Department) -> Changed:
    return Changed(department.id, department.name, department.active)


class DepartmentsScreen:
    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace

    def read(self) -> DepartmentsSheet:
        def read(session: Session) -> DepartmentsSheet:
            rows = tuple(departments.list_departments(session))
            return DepartmentsSheet(rows, departments.may_manage(session, self.workspace.actor_id))

        return self.workspace.read(read)

    def add(self, name: str) -> Changed:
        return self.workspace.write(lambda session: _changed(departments.create_department(session, name)))

    def rename(self, department_id: int, name: str, loaded_name: str | None = None) -> Changed:
        """``loaded_name``: the name as the list showed it (a rename since is a conflict)."""
        return self.workspace.write(
            lambda session: _changed(departments.rename_department(session, department_id, name, loaded_name))
        )

    def set_active(self, department_id: int, active: bool) -> Changed:
        return self.workspace.write(
            lambda session: _changed(departments.set_department_active(session, department_id, active))
        )
