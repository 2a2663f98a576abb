"""What every record shares: it is voided with a reason, never deleted (SPEC 2).

Kinds with their own voiding rules keep their own function (``complaints.void_complaint``,
``interviews.void_interview``); every other record is voided here.

``VOID_GUARDS`` is the rule of the void step for every kind: someone signed in, a
supervisor or department head (``VOIDING_ROLES``), a record not voided yet.
``void_record`` refuses through it and the screens ask it whether to offer 作废
(``desk_app.screens.records.Voider``), so the button and the rule never disagree; the
kinds with their own void function hold the same roles (their property test says so).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy.orm import Session, object_session

from desk_app.messages import msg
from desk_app.models.base import Base, VoidableMixin
from desk_app.models.enums import StaffRole
from desk_app.models.organisation import Staff
from desk_app.services import context
from desk_app.services.errors import ConflictError, DomainError, NotFoundError, RuleViolationError
from desk_app.services.guards import GuardTable, Step, roles
from desk_app.services.permissions import checked
from desk_app.services.text import required_text

#: Who may void a record (issue 7): a supervisor or a department head, never the person
#: at the counter alone, so nothing disappears from the books unseen.
VOIDING_ROLES = frozenset({StaffRole.SUPERVISOR, StaffRole.DEPARTMENT_HEAD})


def require_voiding_role(session: Session, what: str = msg("作废记录")) -> Staff:
    """The acting staff member, who must be a supervisor or department head."""
    return context.require_role(session, set(VOIDING_ROLES), what)


def _signed_in(session: Session, _record: object) -> DomainError | None:
    try:
        staff = context.actor(session)
    except DomainError as error:  # a deactivated account
        return error
    if staff is None:
        return RuleViolationError(msg("请先选择值班人员，再作废记录"))
    return None


def _not_voided(_session: Session, record: VoidableMixin) -> DomainError | None:
    if record.voided_at is not None:
        return RuleViolationError(msg("这条记录已经作废"))
    return None


#: The void step of every record (see the module docstring).
VOID_GUARDS = GuardTable[VoidableMixin](
    {"void": Step(checks=(_signed_in, roles(VOIDING_ROLES, msg("作废记录")), _not_voided))}
)


@checked
def void_record(session: Session, model: type[Base], record_id: int, reason: str) -> Any:
    """Void one record with a reason, naming the acting staff member; the record.

    Refused without a signed-in staff member, without a reason (``FieldError`` on
    ``void_reason``), to anyone but a supervisor or department head
    (``PermissionDeniedError``), for a record that does not exist, or one already voided.
    """
    if not issubclass(model, VoidableMixin):
        raise TypeError(f"{model.__name__} records cannot be voided")
    refusal = _signed_in(session, None)
    if refusal is not None:
        raise refusal
    text = required_text("void_reason", reason, msg("作废原因"))
    require_voiding_role(session)  # the role before the record is looked at (permissions.py)
    record = session.get(model, record_id)
    if record is None:
        raise NotFoundError(msg("找不到这条记录（编号 {record_id}）", record_id=record_id))
    assert isinstance(record, VoidableMixin)
    VOID_GUARDS.require(session, "void", record)
    staff = context.actor(session)
    assert staff is not None
    record.void_reason = text
    record.voided_at = context.now(session)
    record.voided_by_id = staff.id
    return record


def check_version(record: Any, loaded_version: int | None) -> None:
    """Refuse to overwrite a record someone else saved after it was loaded.

    Services load the row fresh in a new session, so SQLAlchemy's own version check
    (``version_id_col``) only catches a save racing this one; the form's loaded version
    is compared here. ``loaded_version`` None (a caller that did not load the record
    first, such as a script) skips the check. Raises ``ConflictError`` naming who saved
    last.
    """
    if loaded_version is None:
        return
    current = getattr(record, "version", None)
    if current is None or int(current) == int(loaded_version):
        return
    changed_by = None
    staff_id = getattr(record, "updated_by_id", None)
    session = object_session(record)
    if staff_id is not None and session is not None:
        staff = session.get(Staff, staff_id)
        changed_by = staff.name if staff is not None else None
    who = changed_by if changed_by else msg("其他人")
    raise ConflictError(
        msg("这条记录在您打开之后已被{who}修改并保存，本次保存未生效", who=who),
        current_version=int(current),
        changed_by=changed_by,
    )


def _same_value(stored: Any, loaded: Any) -> bool:
    if stored in (None, "") and loaded in (None, ""):
        return True
    if isinstance(stored, (int, float)) and isinstance(loaded, (int, float)) and not isinstance(loaded, bool):
        return float(stored) == float(loaded)
    return bool(stored == loaded)


def check_unchanged(record: Any, loaded: Mapping[str, Any] | None, fields: Sequence[str]) -> None:
    """``check_version`` for a record without a version column (an area, a building, a
    room of the community's structure): refuse to save over ``fields`` when any of them
    is no longer what the form loaded (``loaded``: field → value as read; other keys are
    ignored; None skips the check, as for a script). Raises ``ConflictError``."""
    if not loaded:
        return
    changed = [
        field
        for field in fields
        if field in loaded and not _same_value(getattr(record, field), loaded[field])
    ]
    if changed:
        raise ConflictError(msg("这条记录在您打开之后已被{who}修改并保存，本次保存未生效", who=msg("其他人")))


__all__ = [
    "VOIDING_ROLES",
    "VOID_GUARDS",
    "check_unchanged",
    "check_version",
    "require_voiding_role",
    "void_record",
]
