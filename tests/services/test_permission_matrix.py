"""Issue 19, finding 4: every service function that changes data has its role rule in
one matrix (``services/permissions.py``), and this test enumerates the service modules
to prove it: a function missing from the matrix fails; each role is refused exactly
where the matrix says; a deactivated account of any role is refused by every one.

The calls use placeholder arguments (id 1, empty text): a role check runs before the
arguments are looked at, so a refusal for the role shows whatever the arguments."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import func, select

import desk_app.services as services_package
from desk_app.models import AuditLog, Staff
from desk_app.models.database import Database
from desk_app.models.enums import StaffRole
from desk_app.services.errors import PermissionDeniedError
from desk_app.services.permissions import MATRIX, VOIDING

#: Names that say a function changes data.
WRITE_VERBS = re.compile(
    r"^(create|update|set|void|delete|add|remove|save|deactivate|reactivate|reset|mark|import|store|"
    r"assign|close|reopen|record|register|confirm|change|unlock|designate|issue|log|apply|clear|"
    r"generate|rename|move|merge|write|approve|hand|sign|upload|attach|cancel|finish|complete|"
    r"transfer|escalate|reply|accept|reject|return|start|plan|book|open|enter|undo|restore|seed|"
    r"ensure|first)"
)


class _Rollback(Exception):
    """Raised inside the unit of work so a call that went through writes nothing."""


def write_functions() -> dict[str, Callable[..., Any]]:
    """Every public service function taking a session whose name says it writes."""
    found: dict[str, Callable[..., Any]] = {}
    for module_info in pkgutil.iter_modules(services_package.__path__):
        module = importlib.import_module(f"desk_app.services.{module_info.name}")
        for name, function in inspect.getmembers(module, inspect.isfunction):
            if function.__module__ != module.__name__ or name.startswith("_"):
                continue
            parameters = list(inspect.signature(function).parameters.values())
            if parameters and parameters[0].name == "session" and WRITE_VERBS.match(name):
                found[f"{module_info.name}.{name}"] = function
    return found


def _placeholders(function: Callable[..., Any]) -> tuple[list[Any], dict[str, Any]]:
    args: list[Any] = []
    kwargs: dict[str, Any] = {}
    for parameter in list(inspect.signature(function).parameters.values())[1:]:
        if parameter.default is not inspect.Parameter.empty or parameter.kind in (
            parameter.VAR_POSITIONAL,
            parameter.VAR_KEYWORD,
        ):
            continue
        value: Any = 1 if parameter.name.endswith("_id") else ""
        if parameter.kind == parameter.KEYWORD_ONLY:
            kwargs[parameter.name] = value
        else:
            args.append(value)
    return args, kwargs


def refused(db: Database, staff_id: int, function: Callable[..., Any]) -> bool:
    """Whether calling ``function`` as ``staff_id`` is refused for the person."""
    args, kwargs = _placeholders(function)
    try:
        with db.begin(staff_id) as session:
            function(session, *args, **kwargs)
            session.flush()
            raise _Rollback
    except PermissionDeniedError:
        return True
    except Exception:
        return False
    return False


def _staff(db: Database, role: StaffRole, active: bool = True) -> int:
    with db.begin() as session:
        staff = Staff(login=f"{role.value}-{active}", name=role.label, role=role, active=active)
        session.add(staff)
        session.flush()
        return staff.id


def test_every_write_function_is_in_the_matrix() -> None:
    missing = sorted(set(write_functions()) - set(MATRIX))
    assert missing == [], f"add these to services/permissions.py MATRIX: {missing}"
    stale = sorted(set(MATRIX) - set(write_functions()))
    assert stale == [], f"no such service function any more: {stale}"


def test_each_role_is_refused_exactly_where_the_matrix_says(db: Database) -> None:
    people = {role: _staff(db, role) for role in StaffRole}
    wrong = []
    for name, function in sorted(write_functions().items()):
        rule = MATRIX[name]
        if not isinstance(rule, frozenset) or rule is VOIDING:
            continue  # no role set, or (voiding) checked after its arguments: test_permissions.py
        for role, staff_id in people.items():
            if refused(db, staff_id, function) == (role in rule):
                wrong.append(f"{name} as {role.value}")
    assert wrong == []


@pytest.mark.parametrize("role", [StaffRole.ADMINISTRATOR, StaffRole.RECEPTIONIST])
def test_a_deactivated_account_writes_nothing(db: Database, role: StaffRole) -> None:
    """Every write function called as a deactivated account (whose window is still
    open): nothing reaches the database in that person's name (every write is audited,
    so the audit log would show it)."""
    gone = _staff(db, role, active=False)
    for function in write_functions().values():
        args, kwargs = _placeholders(function)
        try:
            with db.begin(gone) as session:
                function(session, *args, **kwargs)
        except Exception:  # refused, or the placeholders were refused: either is fine
            continue
    with db.read() as session:
        written = session.scalar(select(func.count()).select_from(AuditLog).where(AuditLog.staff_id == gone))
    assert written == 0
