"""员工账号 (issue 7): the administrator's staff accounts, their unit of work.

The form reads an account with its state as the services see it: active or not, the
lockout *as ``services.accounts.lockout_ends`` reads it* (the screen used to compare the
stored time with the clock itself), and whether the next sign-in must change the
password. A save creates the account (with its first password, typed twice) or updates
its details with the version it was read at. The four account steps (reset the
password, deactivate, reactivate, unlock) each run in one transaction. The services
refuse anyone but an administrator; ``check_access`` says so before the list is built.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import bindparam
from sqlalchemy.orm import Session

from desk_app.messages import msg
from desk_app.models import Department, Staff
from desk_app.models.enums import StaffRole
from desk_app.screens.base import SessionFormScreen, Workspace
from desk_app.screens.list_spec import Column, Filter, ListSpec, Text
from desk_app.services import accounts
from desk_app.services.errors import FieldError

__all__ = ["LIST_TEXT_KEYS", "STEPS", "Account", "StaffAccountsScreen", "staff_list_spec"]


#: what the widget labels the list with: ``text(key)`` for these keys
LIST_TEXT_KEYS = (
    "col_login",
    "col_name",
    "col_role",
    "col_department",
    "col_hometown",
    "col_alone",
    "col_active",
    "col_locked",
    "filter_state",
    "filter_active",
    "filter_inactive",
    "filter_all",
    "export_name",
)


@dataclass(frozen=True)
class Account:
    """Who an account step applies to, for the question and the notice."""

    staff_id: int
    name: str
    login: str


#: the account steps ``run`` takes; ``reset_password`` wants ``{"password": …}``
STEPS: Mapping[str, Callable[[Session, int, Mapping[str, Any]], object]] = {
    "reset_password": lambda session, staff_id, args: accounts.set_password(
        session, staff_id, str(args.get("password") or "")
    ),
    "deactivate": lambda session, staff_id, _args: accounts.deactivate(session, staff_id),
    "reactivate": lambda session, staff_id, _args: accounts.reactivate(session, staff_id),
    "unlock": lambda session, staff_id, _args: accounts.unlock(session, staff_id),
}


class StaffAccountsScreen(SessionFormScreen):
    """The staff accounts as the acting administrator sees and changes them."""

    def check_access(self) -> None:
        """``PermissionDeniedError`` unless the acting person manages staff accounts."""
        self.workspace.read(accounts.require_manager)

    def departments(self) -> list[tuple[int, str]]:
        """The department box's choices (id, name), by name."""
        return self.workspace.read(accounts.department_choices)

    def account(self, staff_id: int) -> Account:
        row = self.workspace.read(lambda session: accounts.load_staff(session, staff_id))
        return Account(row.id, row.name, row.login)

    def read_in(self, session: Session, record_id: int) -> dict[str, Any]:
        row = accounts.load_staff(session, record_id)
        ends = row.lockout_ends
        return {
            "login": row.login,
            "name": row.name,
            "role": row.role.value,
            "department_id": row.department_id,
            "hometown": row.hometown or "",
            "phone": row.phone or "",
            "cleared_to_work_alone": row.cleared_to_work_alone,
            # the account's state, shown not edited
            "active": row.active,
            "locked_until": f"{ends.astimezone(self.workspace.zone):%Y-%m-%d %H:%M}" if ends else "",
            "must_change_password": row.must_change_password,
            "_version": row.version,
        }

    def save_in(
        self, session: Session, record_id: int | None, values: dict[str, Any], expected_version: int | None
    ) -> int:
        """The account's details; a new account also takes ``password`` and
        ``password_again`` (never kept in the form's draft)."""
        role = StaffRole(values["role"])
        details: dict[str, Any] = {
            "name": values.get("name", ""),
            "role": role,
            "department_id": values.get("department_id"),
            "hometown": values.get("hometown"),
            "phone": values.get("phone"),
            "cleared_to_work_alone": bool(values.get("cleared_to_work_alone")),
        }
        if record_id is not None:
            return accounts.update_staff(session, record_id, expected_version=expected_version, **details).id
        login = str(values.get("login") or "")
        password = str(values.get("password") or "")
        accounts.check_new_password(password, login.strip(), field="password")
        if str(values.get("password_again") or "") != password:
            raise FieldError("password_again", msg("两次输入的密码不一致"))
        staff = accounts.create_account(
            session,
            login=login,
            name=details["name"],
            role=role,
            password=password,
            must_change_password=True,
            department_id=details["department_id"],
        )
        accounts.update_staff(session, staff.id, **details)
        return staff.id

    def run(self, staff_id: int, step: str, args: Mapping[str, Any] | None = None) -> None:
        """One account step (``STEPS``) in one transaction."""
        action = STEPS[step]
        self.workspace.write(lambda session: action(session, staff_id, args or {}))


def staff_list_spec(workspace: Workspace, text: Text) -> ListSpec:
    """The accounts' list, labelled by ``text`` (keys ``LIST_TEXT_KEYS``). 锁定至 shows
    a lockout only while it lasts, by the workspace's clock when the list is read."""
    now = bindparam("lockout_now", callable_=workspace.now, type_=Staff.locked_until.type)
    return ListSpec(
        kind="staff",
        model=Staff,
        columns=(
            Column(text("col_login"), Staff.login, width=110),
            Column(text("col_name"), Staff.name, width=80),
            Column(text("col_role"), Staff.role, width=110),
            Column(text("col_department"), Department.name, width=90),
            Column(text("col_hometown"), Staff.hometown, width=90),
            Column(text("col_alone"), Staff.cleared_to_work_alone, width=80),
            Column(text("col_active"), Staff.active, width=50),
            Column(
                text("col_locked"), accounts.lockout_ends_column(now), width=130, sort_by=Staff.locked_until
            ),
        ),
        search=(Staff.login, Staff.name, Staff.name_initials, Staff.hometown, Staff.phone),
        filters=(
            Filter(
                text("filter_state"),
                (
                    (text("filter_active"), Staff.active.is_(True)),
                    (text("filter_inactive"), Staff.active.is_(False)),
                    (text("filter_all"), None),
                ),
            ),
        ),
        default_order=Staff.login.asc(),
        query=lambda select_: select_.outerjoin(Department, Department.id == Staff.department_id),
        export_name=text("export_name"),
    )
