"""Session hooks that every unit of work gets, whoever opens it:

- new numbered records receive their number (``numbering``);
- created/updated by and at are filled from the session's actor and clock;
- every insert, field change and void is written to the audit log.

They are mechanical bookkeeping, not business rules, so they live beside the models
and no code path can forget them. ``session.info`` carries ``actor_id``, ``clock``
and ``zone`` (set by ``Database``).
"""

from __future__ import annotations

import enum
from datetime import date, datetime
from decimal import Decimal
from typing import Any, cast

from sqlalchemy import Table, event, insert, inspect
from sqlalchemy.orm import Session, UOWTransaction

from desk_app.clock import DEFAULT_ZONE, SystemClock
from desk_app.models.admin import AuditLog, RecordCounter
from desk_app.models.base import NumberedMixin, TrackedMixin, VoidableMixin
from desk_app.models.enums import AuditAction
from desk_app.models.numbering import next_number

#: The inbox (R23) is a delivery log of its own, not a record to audit.
_NOT_AUDITED_TABLES = frozenset({AuditLog.__tablename__, RecordCounter.__tablename__, "notification"})
_BOOKKEEPING_FIELDS = frozenset({"version", "updated_at", "updated_by_id"})
#: Changed, but never written into the audit log (a password hash must not leak there).
_SECRET_FIELDS = frozenset({"password_hash"})
_SECRET_MARK = "***"


def _now(session: Session) -> datetime:
    clock = session.info.get("clock") or SystemClock()
    return clock.now()


def _before_flush(session: Session, flush_context: UOWTransaction, instances: Any) -> None:
    now = _now(session)
    actor_id = session.info.get("actor_id")
    zone = session.info.get("zone", DEFAULT_ZONE)
    for obj in session.new:
        if isinstance(obj, TrackedMixin):
            if obj.created_at is None:
                obj.created_at = now
            if obj.created_by_id is None:
                obj.created_by_id = actor_id
        if isinstance(obj, NumberedMixin) and not obj.number:
            at = obj.created_at if isinstance(obj, TrackedMixin) else now
            obj.number = next_number(session.connection(), type(obj).NUMBER_PREFIX, at, zone)
    for obj in session.dirty:
        if isinstance(obj, TrackedMixin) and session.is_modified(obj, include_collections=False):
            obj.updated_at = now
            obj.updated_by_id = actor_id


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value, "f")
    return str(value)


def _record_key(obj: Any) -> str:
    key = inspect(obj).mapper.primary_key_from_instance(obj)
    return "/".join(str(part) for part in key)


def _after_flush(session: Session, flush_context: UOWTransaction) -> None:
    now = _now(session)
    actor_id = session.info.get("actor_id")
    rows: list[dict[str, Any]] = []

    def row(
        obj: Any, action: AuditAction, field: str | None = None, old: Any = None, new: Any = None
    ) -> None:
        rows.append(
            {
                "at": now,
                "staff_id": actor_id,
                "table_name": obj.__tablename__,
                "record_key": _record_key(obj),
                "record_number": getattr(obj, "number", None),
                "action": action,
                "field": field,
                "old_value": _text(old),
                "new_value": _text(new),
            }
        )

    for obj in session.new:
        if getattr(obj, "__tablename__", None) not in _NOT_AUDITED_TABLES:
            row(obj, AuditAction.CREATE)
    for obj in session.dirty:
        if getattr(obj, "__tablename__", None) in _NOT_AUDITED_TABLES:
            continue
        state = inspect(obj)
        for attr in state.mapper.column_attrs:
            if attr.key in _BOOKKEEPING_FIELDS:
                continue
            history = state.attrs[attr.key].history
            if not history.has_changes():
                continue
            old = history.deleted[0] if history.deleted else None
            new = history.added[0] if history.added else None
            if old == new:
                continue
            if isinstance(obj, VoidableMixin) and attr.key == "voided_at" and old is None:
                row(obj, AuditAction.VOID, "void_reason", None, obj.void_reason)
            if attr.key in _SECRET_FIELDS:
                old = _SECRET_MARK if old is not None else None
                new = _SECRET_MARK if new is not None else None
            row(obj, AuditAction.UPDATE, attr.key, old, new)
    if rows:
        session.connection().execute(insert(cast(Table, AuditLog.__table__)), rows)


class TrackedSession(Session):
    """The Session class of every ``Database``: the hooks above are attached to it once,
    at import, and hold for every session any Database opens.

    (Attaching them per sessionmaker with an ``event.contains`` guard failed now and
    then: a new sessionmaker class can reuse the id of a collected one, whose stale
    registration made the guard skip the new class, and records went out unnumbered.)
    """


event.listen(TrackedSession, "before_flush", _before_flush)
event.listen(TrackedSession, "after_flush", _after_flush)
