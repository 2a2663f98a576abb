"""Issue 19, finding 4: every service function that changes data has its role rule in
one matrix (``services/permissions.py``), and this test enumerates the service modules
to prove it:

- every public function that takes a session or a database is in the matrix with a rule
  or in ``READ_ONLY`` — a new function fails here until someone decides which (and
  ``tests/conftest.py`` fails any test in which a ``READ_ONLY`` function wrote);
- every writing function is wrapped in ``permissions.checked``, so its rule is checked
  before anything else;
- each role is refused exactly where the matrix says (``SYSTEM``: every signed-in
  person; ``SELF``: everyone but the person concerned; a role set: the roles outside
  it; any other rule: nobody);
- a deactivated account of any role is refused by every one and writes nothing.

The calls use placeholder arguments (id 1, a short text): the rule is checked before
the arguments are looked at, so a refusal for the role shows whatever the arguments."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import func, select

import desk_app.services as services_package
from desk_app.models import AuditLog, Complaint, Staff
from desk_app.models.database import Database
from desk_app.models.enums import StaffRole
from desk_app.services import permissions
from desk_app.services.errors import PermissionDeniedError
from desk_app.services.permissions import (
    CHECKED,
    MATRIX,
    NOT_A_WRITE,
    READ_ONLY,
    SELF,
    SYSTEM,
)

#: Arguments for functions whose placeholder would stop before the rule is reached.
ARGUMENTS: dict[str, tuple[tuple[Any, ...], dict[str, Any]]] = {
    # a list that is not protected passes unchecked: the client archive is the one
    "audit.authorize_export": (("clients",), {}),
    "records.void_record": ((Complaint, 1, "作废原因"), {}),
}


class _Rollback(Exception):
    """Raised inside the unit of work so a call that went through writes nothing."""


def _takes_a_database(function: Callable[..., Any]) -> bool:
    parameters = list(inspect.signature(function).parameters.values())
    if parameters and parameters[0].name in {"session", "db"}:
        return True
    return any(str(p.annotation).split(" ")[0] in {"Session", "Database"} for p in parameters)


def service_functions() -> dict[str, Callable[..., Any]]:
    """Every public function of every service module that takes a session or a
    database (where data can be changed)."""
    found: dict[str, Callable[..., Any]] = {}
    for module_info in pkgutil.iter_modules(services_package.__path__):
        module = importlib.import_module(f"desk_app.services.{module_info.name}")
        for name, function in inspect.getmembers(module, inspect.isfunction):
            if function.__module__ != module.__name__ or name.startswith("_"):
                continue
            if _takes_a_database(function):
                found[f"{module_info.name}.{name}"] = function
    return found


def write_functions() -> dict[str, Callable[..., Any]]:
    """The functions the matrix says change data."""
    return {name: f for name, f in service_functions().items() if permissions.is_write(name)}


def _session_writes() -> dict[str, Callable[..., Any]]:
    """Writing functions that take a session (those that take a ``Database`` open their
    own units of work around one of these)."""
    return {
        name: f
        for name, f in write_functions().items()
        if next(iter(inspect.signature(f).parameters)) == "session"
    }


def _placeholders(
    name: str, function: Callable[..., Any], staff_id: int | None = None
) -> tuple[list[Any], dict[str, Any]]:
    if name in ARGUMENTS:
        given_args, given_kwargs = ARGUMENTS[name]
        return list(given_args), dict(given_kwargs)
    args: list[Any] = []
    kwargs: dict[str, Any] = {}
    for parameter in list(inspect.signature(function).parameters.values())[1:]:
        if parameter.default is not inspect.Parameter.empty or parameter.kind in (
            parameter.VAR_POSITIONAL,
            parameter.VAR_KEYWORD,
        ):
            continue
        value: Any = "占位"
        if parameter.name == "staff_id" and staff_id is not None:
            value = staff_id
        elif parameter.name.endswith("_id"):
            value = 1
        if parameter.kind == parameter.KEYWORD_ONLY:
            kwargs[parameter.name] = value
        else:
            args.append(value)
    return args, kwargs


def refused(
    db: Database, staff_id: int, name: str, function: Callable[..., Any], concerned: int | None = None
) -> bool:
    """Whether calling ``function`` as ``staff_id`` is refused for the person
    (``concerned``: the ``staff_id`` argument of a ``SELF`` function)."""
    args, kwargs = _placeholders(name, function, concerned)
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


def test_every_service_function_is_classified() -> None:
    """A public service function that can reach the database is a write with its rule
    or a read: nothing in between, nothing left over."""
    found = set(service_functions())
    missing = sorted(found - set(MATRIX) - READ_ONLY)
    assert missing == [], f"add these to services/permissions.py (MATRIX or READ_ONLY): {missing}"
    stale = sorted((set(MATRIX) | READ_ONLY) - found)
    assert stale == [], f"no such service function any more: {stale}"
    both = sorted(READ_ONLY & set(MATRIX))
    assert both == [], f"both a write and a read: {both}"


def test_the_enumeration_sees_a_new_writing_function(monkeypatch: pytest.MonkeyPatch) -> None:
    """The test above fails for a new function nobody classified (it can fail)."""
    from sqlalchemy.orm import Session

    from desk_app.services import complaints

    def escalate_quietly(session: Session, complaint_id: int) -> None:
        """A new function that writes, with no rule."""

    escalate_quietly.__module__ = complaints.__name__
    monkeypatch.setattr(complaints, "escalate_quietly", escalate_quietly, raising=False)
    with pytest.raises(AssertionError, match=r"complaints\.escalate_quietly"):
        test_every_service_function_is_classified()


def test_every_write_function_checks_its_rule_first() -> None:
    unchecked = sorted(
        name for name, function in _session_writes().items() if function.__dict__.get(CHECKED) != name
    )
    assert unchecked == [], f"wrap these in @permissions.checked: {unchecked}"
    with pytest.raises(LookupError):
        permissions.checked(test_every_write_function_checks_its_rule_first)


def _expected_refusal(rule: permissions.Rule, role: StaffRole, function: Callable[..., Any]) -> bool:
    if isinstance(rule, frozenset):
        return role not in rule
    if rule == SELF:
        # Without a ``staff_id`` argument, the person concerned is read from the record
        # once it is found (a message's addressee: test_worklog.py).
        return "staff_id" in inspect.signature(function).parameters
    return rule == SYSTEM


def test_each_role_is_refused_exactly_where_the_matrix_says(db: Database) -> None:
    people = {role: _staff(db, role) for role in StaffRole}
    wrong = []
    for name, function in sorted(_session_writes().items()):
        rule = MATRIX[name]
        if rule == permissions.DEPARTMENT_HEAD_AFTER_CHECKS:
            continue  # checked once the web reply is found: test_web_reply_approval.py
        for role, staff_id in people.items():
            other = people[
                StaffRole.RECEPTIONIST if role is not StaffRole.RECEPTIONIST else StaffRole.SUPERVISOR
            ]
            if refused(db, staff_id, name, function, concerned=other) != _expected_refusal(
                rule, role, function
            ):
                wrong.append(f"{name} as {role.value}")
            if rule == SELF and refused(db, staff_id, name, function, concerned=staff_id):
                wrong.append(f"{name} as {role.value} for themselves")
    assert wrong == []


@pytest.mark.parametrize("role", [StaffRole.ADMINISTRATOR, StaffRole.RECEPTIONIST])
def test_a_deactivated_account_writes_nothing(db: Database, role: StaffRole) -> None:
    """Every write function called as a deactivated account (whose window is still
    open) is refused, and nothing reaches the database in that person's name (every
    write is audited, so the audit log would show it)."""
    gone = _staff(db, role, active=False)
    let_through = [
        name
        for name, function in sorted(_session_writes().items())
        if not refused(db, gone, name, function, gone)
    ]
    assert let_through == []
    for name, function in _session_writes().items():
        args, kwargs = _placeholders(name, function, gone)
        try:
            with db.begin(gone) as session:
                function(session, *args, **kwargs)
        except Exception:  # refused, or the placeholders were refused: either is fine
            continue
    with db.read() as session:
        written = session.scalar(select(func.count()).select_from(AuditLog).where(AuditLog.staff_id == gone))
    assert written == 0


def test_reads_are_not_writes() -> None:
    assert all(MATRIX[name] == NOT_A_WRITE for name in MATRIX if not permissions.is_write(name))


def test_a_read_that_writes_fails_the_test(db: Database) -> None:
    """``tests/conftest.py`` catches a function listed as a read that changes a row (so
    listing a writing function as a read does not escape the matrix)."""
    from desk_app.models import Department
    from tests import conftest

    def sneaky_read(session: Any) -> None:
        session.add(Department(name="悄悄新建的部门"))

    conftest._service_codes()[sneaky_read.__code__] = ("clients.load_client", True)
    try:
        with db.begin() as session:
            sneaky_read(session)
        assert any(line.startswith("clients.load_client") for line in conftest._READS_THAT_WROTE)
    finally:
        del conftest._SERVICE_CODES[sneaky_read.__code__]
        conftest._READS_THAT_WROTE.clear()
