"""Who works at the centre and what it looks after: departments, staff, areas
(片区, each with its steward), buildings and rooms."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text, UniqueConstraint, false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desk_app.models.base import Base, IdMixin, RecordMixin, UtcDateTime, enum_type
from desk_app.models.enums import RoomKind, StaffRole


class Department(IdMixin, Base):
    __tablename__ = "department"

    name: Mapped[str] = mapped_column(String(64), unique=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Staff(RecordMixin, Base):
    """A member of staff. ``cleared_to_work_alone`` is R16's 独立上岗."""

    __tablename__ = "staff"

    login: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(64), index=True)
    name_initials: Mapped[str] = mapped_column(String(64), default="", index=True)
    #: The name's full pinyin, lower case (``zhangsan``): the staff boxes sort and find
    #: people by it without loading pypinyin's 55 MB phrase dictionary (issue 18).
    name_pinyin: Mapped[str] = mapped_column(String(255), default="", server_default="")
    role: Mapped[StaffRole] = mapped_column(enum_type(StaffRole))
    department_id: Mapped[int | None] = mapped_column(ForeignKey("department.id"))
    hometown: Mapped[str | None] = mapped_column(String(64), index=True)
    phone: Mapped[str | None] = mapped_column(String(32))
    cleared_to_work_alone: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    password_hash: Mapped[str | None] = mapped_column(String(255))
    #: Sign-in must set a new password first (the first administrator's start password).
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    #: Wrong passwords in a row; five lock the account until ``locked_until``.
    failed_logins: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    locked_until: Mapped[datetime | None]

    department: Mapped[Department | None] = relationship(foreign_keys=[department_id])


class Area(IdMixin, Base):
    """片区: a group of buildings looked after by one steward (片区管家)."""

    __tablename__ = "area"

    name: Mapped[str] = mapped_column(String(64), unique=True)
    steward_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))

    #: Voided, never deleted (a structure with records keeps them); None: in use.
    voided_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    void_reason: Mapped[str | None] = mapped_column(Text)

    steward: Mapped[Staff | None] = relationship()
    buildings: Mapped[list[Building]] = relationship(back_populates="area")


class Building(IdMixin, Base):
    __tablename__ = "building"

    code: Mapped[str] = mapped_column(String(16), unique=True)
    name: Mapped[str] = mapped_column(String(64))
    area_id: Mapped[int | None] = mapped_column(ForeignKey("area.id"))
    notes: Mapped[str | None] = mapped_column(Text)
    voided_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    void_reason: Mapped[str | None] = mapped_column(Text)

    area: Mapped[Area | None] = relationship(back_populates="buildings")
    rooms: Mapped[list[Room]] = relationship(back_populates="building")


class Room(IdMixin, Base):
    """A room as building–unit–room, e.g. ``3-2-1201``; ``digits`` is ``321201`` for
    counter lookups typed without dashes."""

    __tablename__ = "room"
    __table_args__ = (UniqueConstraint("building_id", "unit", "number"),)

    building_id: Mapped[int] = mapped_column(ForeignKey("building.id"))
    unit: Mapped[str] = mapped_column(String(8))
    number: Mapped[str] = mapped_column(String(16))
    code: Mapped[str] = mapped_column(String(32), unique=True)
    digits: Mapped[str] = mapped_column(String(32), index=True)
    floor: Mapped[int | None]
    area_m2: Mapped[float | None]
    kind: Mapped[RoomKind] = mapped_column(
        enum_type(RoomKind), default=RoomKind.RESIDENCE, server_default=RoomKind.RESIDENCE.value
    )
    #: A room that has records is voided, never deleted; lookups skip voided rooms.
    voided_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    void_reason: Mapped[str | None] = mapped_column(Text)

    building: Mapped[Building] = relationship(back_populates="rooms")

    @staticmethod
    def make_code(building: str, unit: str, number: str) -> str:
        """``3-2-1201``; a room in a building without units (a shop, a villa) is ``S1-101``."""
        return f"{building}-{unit}-{number}" if unit else f"{building}-{number}"

    #: Each part of a room's sort key is zero-padded (or cut) to this many characters.
    SORT_PART = 8

    @staticmethod
    def sort_key(building: str, unit: str, number: str) -> str:
        """The room in natural order as text: ``1-1-101`` sorts before ``1-1-1001``.
        Each part is the last ``SORT_PART`` characters of it zero-padded on the left; the
        migration that filled ``client.sort_room`` (0005) does the same in SQL."""
        return "-".join(Room.sort_part(part) for part in (building, unit, number))

    @staticmethod
    def sort_part(part: str) -> str:
        """One part of a room code (a building, a unit, a number) in natural order as
        text: the last ``SORT_PART`` characters, zero-padded on the left (2 before 10,
        A2 before A10). The one definition of the natural order: the stored
        ``client.sort_room``, the structure screens and the command line sort by it."""
        width = Room.SORT_PART
        return ("0" * width + part)[-width:]

    @staticmethod
    def digits_of(code: str) -> str:
        return "".join(ch for ch in code if ch.isalnum())


Index("ix_staff_role_active", Staff.role, Staff.active)

# Issue 18, PostgreSQL only (migration 0008): room prefixes typed at the counter
# (``7-1-7``, ``717``) as ``LIKE 'prefix%'``, which only a ``text_pattern_ops`` index
# answers under a locale collation; see models/clients.py.
Index("ix_room_code_pattern", Room.code, postgresql_ops={"code": "text_pattern_ops"}).ddl_if(
    dialect="postgresql"
)
Index("ix_room_digits_pattern", Room.digits, postgresql_ops={"digits": "text_pattern_ops"}).ddl_if(
    dialect="postgresql"
)
