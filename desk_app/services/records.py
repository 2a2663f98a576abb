"""What every record shares: it is voided with a reason, never deleted (SPEC 2).

Kinds with their own voiding rules keep their own function (``complaints.void_complaint``,
``interviews.void_interview``); every other record is voided here.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from desk_app.models.base import Base, VoidableMixin
from desk_app.services import context
from desk_app.services.errors import NotFoundError, RuleViolationError
from desk_app.services.text import required_text


def void_record(session: Session, model: type[Base], record_id: int, reason: str) -> Any:
    """Void one record with a reason, naming the acting staff member; the record.

    Refused without a signed-in staff member, without a reason (``FieldError`` on
    ``void_reason``), for a record that does not exist, or one already voided.
    """
    if not issubclass(model, VoidableMixin):
        raise TypeError(f"{model.__name__} records cannot be voided")
    staff = context.actor(session)
    if staff is None:
        raise RuleViolationError("请先选择值班人员，再作废记录")
    text = required_text("void_reason", reason, "作废原因")
    record = session.get(model, record_id)
    if record is None:
        raise NotFoundError(f"找不到这条记录（编号 {record_id}）")
    assert isinstance(record, VoidableMixin)
    if record.voided_at is not None:
        raise RuleViolationError("这条记录已经作废")
    record.void_reason = text
    record.voided_at = context.now(session)
    record.voided_by_id = staff.id
    return record


__all__ = ["void_record"]
