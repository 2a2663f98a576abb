"""Session hooks that every unit of work gets, whoever opens it:

- new numbered records receive their number (``numbering``);
- created/updated by and at are filled from the session's actor and clock;
- a change to a record's owned child rows (a client's phones, rooms, family members,
  importance flags; a complaint's progress lines...) bumps the record's version, so a
  form saved on a stale copy is refused as a conflict instead of silently replacing
  the collection (issue 19);
- every insert, field change, void and delete of every table is written to the audit
  log, with the values, and each audit row is chained to the one before by a hash
  (``desk_app.models.audit_chain``).

They are mechanical bookkeeping, not business rules, so they live beside the models
and no code path can forget them. ``session.info`` carries ``actor_id``, ``clock``
and ``zone`` (set by ``Database``).
"""

from __future__ import annotations

import contextlib
import enum
import hashlib
import json
from collections.abc import Iterator
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Mapper, RelationshipProperty, Session, UOWTransaction
from sqlalchemy.orm.attributes import flag_modified

from desk_app.clock import DEFAULT_ZONE, SystemClock
from desk_app.messages import msg
from desk_app.models.admin import AuditChainHead, AuditLog, RecordCounter
from desk_app.models.audit_chain import append_rows, lock_chain
from desk_app.models.base import NumberedMixin, TrackedMixin, VersionedMixin, VoidableMixin
from desk_app.models.enums import AuditAction
from desk_app.models.numbering import next_number

#: The inbox (R23) is a delivery log of its own, not a record to audit; the audit log,
#: its chain head and the numbering counters are the bookkeeping itself.
_NOT_AUDITED_TABLES = frozenset(
    {AuditLog.__tablename__, RecordCounter.__tablename__, AuditChainHead.__tablename__, "notification"}
)
_BOOKKEEPING_FIELDS = frozenset({"version", "updated_at", "updated_by_id"})
#: Changed, but never written into the audit log (a password hash must not leak there).
_SECRET_FIELDS = frozenset({"password_hash"})
_SECRET_MARK = "***"


def _now(session: Session) -> datetime:
    clock = session.info.get("clock") or SystemClock()
    return clock.now()


def _owner_relationships(mapper: Mapper[Any]) -> Iterator[RelationshipProperty[Any]]:
    """The many-to-one links from a child row to the versioned record that owns it
    (whose collection of such rows cascades ``delete-orphan``)."""
    for rel in mapper.relationships:
        if rel.direction.name != "MANYTOONE" or not issubclass(rel.mapper.class_, VersionedMixin):
            continue
        if any(reverse.cascade.delete_orphan for reverse in rel._reverse_property):
            yield rel


def owner_of(session: Session, obj: Any) -> Any | None:
    """The versioned record that owns the child row ``obj`` (None for a record that is
    not a child row, or whose owner is gone)."""
    state = inspect(obj)
    for rel in _owner_relationships(state.mapper):
        parent = state.dict.get(rel.key)
        if parent is None:
            history = state.attrs[rel.key].history
            parent = next((value for value in history.deleted if value is not None), None)
        if parent is None:
            ident = []
            for local, remote in rel.local_remote_pairs:
                value = state.dict.get(state.mapper.get_property_by_column(local).key)
                if value is None:
                    break
                ident.append((remote, value))
            else:
                if ident:
                    parent = session.get(rel.mapper.class_, tuple(value for _, value in ident))
        if parent is not None:
            return parent
    return None


def _owned_collection_changed(obj: Any) -> bool:
    state = inspect(obj)
    for rel in state.mapper.relationships:
        if rel.cascade.delete_orphan and state.attrs[rel.key].history.has_changes():
            return True
    return False


_TEXT_LIMITS: dict[Mapper[Any], list[tuple[str, int | None, str]]] = {}


def _column_limits(mapper: Mapper[Any]) -> list[tuple[str, int | None, str]]:
    """(attribute, length limit or None, label) of every text column of a mapper."""
    cached = _TEXT_LIMITS.get(mapper)
    if cached is None:
        cached = []
        for attr in mapper.column_attrs:
            column = attr.columns[0]
            python_type = None
            with contextlib.suppress(NotImplementedError):
                python_type = column.type.python_type
            if python_type is str:
                length = getattr(column.type, "length", None)
                label = column.info.get("label") or attr.key
                cached.append((attr.key, length, str(label)))
        _TEXT_LIMITS[mapper] = cached
    return cached


def _check_text(session: Session) -> None:
    """A value too long for its column or holding a NUL byte is refused here, naming
    its field, the same on SQLite (which would store it) and PostgreSQL (which would
    refuse the whole unit of work with a bare database error) — issue 19."""
    from desk_app.errors import FieldError

    for obj in [*session.new, *session.dirty]:
        state = inspect(obj)
        is_new = obj in session.new
        for key, length, label in _column_limits(state.mapper):
            if not is_new and not state.attrs[key].history.has_changes():
                continue  # an old row's unchanged value is not this save's business
            value = state.dict.get(key)
            if not isinstance(value, str):
                continue
            if "\x00" in value:
                raise FieldError(key, msg("“{label}”含有无法保存的控制字符（NUL）", label=label))
            if length is not None and len(value) > length:
                raise FieldError(
                    key,
                    msg(
                        "“{label}”过长：最多 {limit} 个字，填了 {count} 个",
                        label=label,
                        limit=length,
                        count=len(value),
                    ),
                )


def _lock_chain_once(session: Session) -> None:
    """The audit chain's lock, first thing in each writing transaction (see
    ``audit_chain.lock_chain``)."""
    transaction = session.get_transaction()
    if transaction is None or session.info.get(_CHAIN_LOCKED) is transaction:
        return
    lock_chain(session.connection())
    session.info[_CHAIN_LOCKED] = transaction


_CHAIN_LOCKED = "_audit_chain_locked_by"


def _check_actor(session: Session) -> None:
    """Whoever writes must still be an active account, read from the database at this
    write (issue 19: a deactivated administrator's open window kept its powers). Every
    service that writes goes through here, whatever its own role rule says."""
    from desk_app.errors import PermissionDeniedError
    from desk_app.models.organisation import Staff

    actor_id = session.info.get("actor_id")
    if actor_id is None:
        return
    with session.no_autoflush:
        staff = session.get(Staff, actor_id)
    if staff is None or not staff.active or staff.voided_at is not None:
        raise PermissionDeniedError(msg("当前账号已停用或不存在，不能再保存任何内容；请换人登录"))


def _before_flush(session: Session, flush_context: UOWTransaction, instances: Any) -> None:
    _check_text(session)
    if session.new or session.dirty or session.deleted:
        _check_actor(session)
        _lock_chain_once(session)
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
    owners: list[Any] = []
    for obj in list(session.dirty):
        if isinstance(obj, TrackedMixin) and session.is_modified(obj, include_collections=False):
            obj.updated_at = now
            obj.updated_by_id = actor_id
        if isinstance(obj, VersionedMixin) and _owned_collection_changed(obj):
            owners.append(obj)
    changed_children = [*session.new, *session.deleted]
    changed_children += [obj for obj in session.dirty if session.is_modified(obj, include_collections=False)]
    for obj in changed_children:
        owner = owner_of(session, obj)
        if owner is not None:
            owners.append(owner)
    for owner in owners:
        # A new version for the owner: its row is updated even when only a child row
        # changed, so the version check of the next stale save sees it.
        if owner in session.new or owner in session.deleted or inspect(owner).transient:
            continue
        if isinstance(owner, TrackedMixin):
            owner.updated_at = now
            owner.updated_by_id = actor_id
            flag_modified(owner, "updated_at")


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    if isinstance(value, bytes | bytearray | memoryview):
        # A file's bytes (an attachment, a thumbnail): its size and fingerprint only.
        data = bytes(value)
        return f"<{len(data)} bytes sha256:{hashlib.sha256(data).hexdigest()}>"
    return str(value)


def _record_key(obj: Any) -> str:
    key = inspect(obj).mapper.primary_key_from_instance(obj)
    return "/".join(str(part) for part in key)


def _values(obj: Any) -> str:
    """Every column of a row, as canonical JSON text (for a created or deleted row)."""
    state = inspect(obj)
    values: dict[str, str | None] = {}
    for attr in state.mapper.column_attrs:
        if attr.key in _BOOKKEEPING_FIELDS:
            continue
        value = state.dict.get(attr.key)
        if attr.key in _SECRET_FIELDS:
            values[attr.key] = _SECRET_MARK if value is not None else None
        else:
            values[attr.key] = _text(value)
    return json.dumps(values, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _after_flush(session: Session, flush_context: UOWTransaction) -> None:
    now = _now(session)
    actor_id = session.info.get("actor_id")
    rows: list[dict[str, Any]] = []

    def row(
        obj: Any, action: AuditAction, field: str | None = None, old: Any = None, new: Any = None
    ) -> None:
        owner = owner_of(session, obj)
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
                "owner_table": owner.__tablename__ if owner is not None else None,
                "owner_key": _record_key(owner) if owner is not None else None,
            }
        )

    deleted = [
        state.obj()
        for state, (is_delete, list_only) in flush_context.states.items()
        if is_delete and not list_only and state.obj() is not None
    ]
    deleted_ids = {id(obj) for obj in deleted}
    for obj in session.new:
        if getattr(obj, "__tablename__", None) not in _NOT_AUDITED_TABLES:
            row(obj, AuditAction.CREATE, None, None, _values(obj))
    for obj in session.dirty:
        if getattr(obj, "__tablename__", None) in _NOT_AUDITED_TABLES or id(obj) in deleted_ids:
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
    for obj in deleted:
        if getattr(obj, "__tablename__", None) not in _NOT_AUDITED_TABLES:
            row(obj, AuditAction.DELETE, None, _values(obj), None)
    if rows:
        append_rows(session.connection(), rows)


class TrackedSession(Session):
    """The Session class of every ``Database``: the hooks above are attached to it once,
    at import, and hold for every session any Database opens.

    (Attaching them per sessionmaker with an ``event.contains`` guard failed now and
    then: a new sessionmaker class can reuse the id of a collected one, whose stale
    registration made the guard skip the new class, and records went out unnumbered.)
    """


event.listen(TrackedSession, "before_flush", _before_flush)
event.listen(TrackedSession, "after_flush", _after_flush)
