"""Reference data the record forms share: a room from what the receptionist typed, the
choices of staff and department boxes, a record by id. (Finding a client as you type
is ``lookup``.)

Each function is one step of a unit of work (the caller owns the session) and raises a
``FieldError`` naming the form's field, so the message lands next to the right box.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from typing import TypeVar

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from desk_app.messages import msg
from desk_app.models import Department, Room, Staff
from desk_app.models.base import NumberedRecordMixin
from desk_app.services.errors import FieldError, NotFoundError
from desk_app.services.text import name_pinyin, optional_text

_R = TypeVar("_R", bound=NumberedRecordMixin)


def find_room(
    session: Session,
    text: str | None,
    field: str = "room_id",
    *,
    required: bool = False,
    keep: Collection[int] = (),
) -> Room | None:
    """The room typed as ``3-2-1201`` (or its digits ``321201``); None when nothing was
    typed and the room is optional. An unknown room is a ``FieldError`` on ``field``; so
    is a voided room (issue 13: no new record may choose it), unless its id is in
    ``keep`` (the rooms the record being edited already has)."""
    room = _typed_room(session, text, field, required=required)
    if room is not None and room.voided_at is not None and room.id not in keep:
        raise FieldError(field, msg("房号 {code} 已作废", code=room.code))
    return room


def _typed_room(session: Session, text: str | None, field: str, *, required: bool) -> Room | None:
    typed = optional_text(text)
    if typed is None:
        if required:
            raise FieldError(field, msg("请填写房号（如 3-2-1201）"))
        return None
    digits = Room.digits_of(typed)
    rows = session.scalars(
        select(Room).where(or_(Room.code == typed, Room.digits == digits)).order_by(Room.code).limit(2)
    ).all()
    exact = [room for room in rows if room.code == typed]
    if exact:
        return exact[0]
    if len(rows) == 1:
        return rows[0]
    if not rows:
        raise FieldError(
            field, msg("找不到房号 {typed}（请按 楼栋-单元-房号 填写，如 3-2-1201）", typed=typed)
        )
    raise FieldError(field, msg("房号 {typed} 不唯一，请按 楼栋-单元-房号 完整填写", typed=typed))


def room_code(session: Session, room_id: int | None) -> str:
    """The room's code, or an empty text."""
    if room_id is None:
        return ""
    room = session.get(Room, room_id)
    return room.code if room is not None else ""


@dataclass(frozen=True)
class StaffChoice:
    """One person in a staff box: the name, the department beside it, and what typing
    finds them by (name, pinyin initials, full pinyin)."""

    staff_id: int
    name: str
    department: str | None
    initials: str
    pinyin: str

    @property
    def label(self) -> str:
        return f"{self.name} · {self.department}" if self.department else self.name

    @property
    def search_key(self) -> str:
        """Lower-case text a typed prefix is matched against, one candidate per line."""
        return "\n".join(part for part in (self.initials, self.pinyin, self.name.lower()) if part)


def staff_entries(session: Session) -> list[StaffChoice]:
    """Active staff by the pinyin of their names (张 among the Z's, not by code point;
    issue 15), each with their department. The pinyin is the one stored when the name
    was saved (``Staff.name_pinyin``): showing a staff box loads no pypinyin (issue 18:
    55 MB); only a name stored without it is spelled out here."""
    rows = session.execute(
        select(Staff.id, Staff.name, Staff.name_initials, Staff.name_pinyin, Department.name)
        .outerjoin(Department, Department.id == Staff.department_id)
        .where(Staff.active.is_(True), Staff.voided_at.is_(None))
    ).all()
    entries = [
        StaffChoice(staff_id, name, department, (initials or "").lower(), spelled or name_pinyin(name))
        for staff_id, name, initials, spelled, department in rows
    ]
    return sorted(entries, key=lambda entry: (entry.pinyin, entry.name, entry.staff_id))


def staff_choices(session: Session) -> list[tuple[int, str]]:
    """Active staff as (id, "name · department"), by pinyin, for the staff boxes."""
    return [(entry.staff_id, entry.label) for entry in staff_entries(session)]


def department_choices(session: Session) -> list[tuple[int, str]]:
    """Active departments as (id, name), by name."""
    rows = session.execute(
        select(Department.id, Department.name).where(Department.active.is_(True)).order_by(Department.name)
    ).all()
    return [(department_id, name) for department_id, name in rows]


def load_record(session: Session, model: type[_R], record_id: int, what: str) -> _R:
    """The record ``record_id`` of ``model``, not voided; else ``NotFoundError``."""
    record = session.get(model, record_id)
    if record is None or record.voided_at is not None:
        raise NotFoundError(msg("找不到{what}（编号 {record_id}），或已作废", what=what, record_id=record_id))
    return record
