"""Client archive 业主资料卡 (SPEC 2.1)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Index, String, Text, UniqueConstraint, func, literal_column
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desk_app.models.base import Base, IdMixin, NumberedRecordMixin, enum_type
from desk_app.models.enums import ImportanceCategory, RoomRelation
from desk_app.models.organisation import Room


class Client(NumberedRecordMixin, Base):
    NUMBER_PREFIX = "KH"
    __tablename__ = "client"

    name: Mapped[str] = mapped_column(String(64), index=True)
    # Pinyin initials of the name ("zs" for 张三), kept by the clients service.
    name_initials: Mapped[str] = mapped_column(String(64), default="", index=True)
    # The client's first room in natural order (Room.sort_key; None: no room), kept by
    # the clients service and the demo generator: the list's default order, indexed.
    sort_room: Mapped[str | None] = mapped_column(String(32), index=True)
    gender: Mapped[str | None] = mapped_column(String(8))
    move_in_date: Mapped[date | None] = mapped_column(Date, index=True)
    occupation: Mapped[str | None] = mapped_column(String(128))
    employer: Mapped[str | None] = mapped_column(String(128))
    hometown: Mapped[str | None] = mapped_column(String(64))
    notes: Mapped[str | None] = mapped_column(Text)
    # R12: the client objected to callbacks or interviews.
    do_not_disturb: Mapped[bool] = mapped_column(Boolean, default=False)
    do_not_disturb_reason: Mapped[str | None] = mapped_column(Text)
    do_not_disturb_since: Mapped[datetime | None]

    rooms: Mapped[list[ClientRoom]] = relationship(back_populates="client", cascade="all, delete-orphan")
    phones: Mapped[list[ClientPhone]] = relationship(back_populates="client", cascade="all, delete-orphan")
    family_members: Mapped[list[FamilyMember]] = relationship(
        back_populates="client", cascade="all, delete-orphan"
    )
    importance: Mapped[list[ClientImportance]] = relationship(
        back_populates="client", cascade="all, delete-orphan"
    )

    @property
    def importance_categories(self) -> list[ImportanceCategory]:
        return [row.category for row in self.importance]


class ClientRoom(IdMixin, Base):
    __tablename__ = "client_room"
    __table_args__ = (UniqueConstraint("client_id", "room_id"),)

    client_id: Mapped[int] = mapped_column(ForeignKey("client.id"), index=True)
    room_id: Mapped[int] = mapped_column(ForeignKey("room.id"), index=True)
    relation: Mapped[RoomRelation] = mapped_column(enum_type(RoomRelation), default=RoomRelation.OWNER)

    client: Mapped[Client] = relationship(back_populates="rooms")
    room: Mapped[Room] = relationship()


class ClientPhone(IdMixin, Base):
    __tablename__ = "client_phone"

    client_id: Mapped[int] = mapped_column(ForeignKey("client.id"), index=True)
    phone: Mapped[str] = mapped_column(String(32), index=True)
    label: Mapped[str | None] = mapped_column(String(32))

    client: Mapped[Client] = relationship(back_populates="phones")


class FamilyMember(IdMixin, Base):
    __tablename__ = "family_member"

    client_id: Mapped[int] = mapped_column(ForeignKey("client.id"), index=True)
    name: Mapped[str] = mapped_column(String(64))
    relation: Mapped[str | None] = mapped_column(String(32))
    phone: Mapped[str | None] = mapped_column(String(32))
    notes: Mapped[str | None] = mapped_column(Text)

    client: Mapped[Client] = relationship(back_populates="family_members")


class ClientImportance(IdMixin, Base):
    __tablename__ = "client_importance"
    __table_args__ = (UniqueConstraint("client_id", "category"),)

    client_id: Mapped[int] = mapped_column(ForeignKey("client.id"), index=True)
    category: Mapped[ImportanceCategory] = mapped_column(enum_type(ImportanceCategory), index=True)

    client: Mapped[Client] = relationship(back_populates="importance")


Index("ix_client_voided_name", Client.voided_at, Client.name)

# Issue 18, PostgreSQL only (migration 0011; SQLite has its own ways, see
# ``services.lookup``). The lookup's prefixes of phone numbers and pinyin initials: an
# index in byte order ("C") reads ``LIKE 'prefix%'`` as a range in the order the lookup
# takes them (0008's ``text_pattern_ops`` indexes found the rows but not in that order,
# so PostgreSQL walked the whole ordinary index instead). Its "contains" searches: the
# characters of a name (GIN over ``string_to_array(name, NULL)``: a name containing
# "沈兰" contains 沈 and 兰, which the index finds among 50 000 names at once; trigrams
# need three characters, and names are typed one or two at a time) and the trigrams of
# a phone number (pg_trgm), for four digits or more anywhere in it.
# (The collation is written as the column's "operator class" so that Alembic, which
# reflects the index as one on the plain column, compares it as such.)
BYTE_ORDER = 'COLLATE "C"'
Index("ix_client_phone_phone_c", ClientPhone.phone, postgresql_ops={"phone": BYTE_ORDER}).ddl_if(
    dialect="postgresql"
)
Index("ix_client_initials_c", Client.name_initials, postgresql_ops={"name_initials": BYTE_ORDER}).ddl_if(
    dialect="postgresql"
)
Index(
    "ix_client_name_chars", func.string_to_array(Client.name, literal_column("NULL")), postgresql_using="gin"
).ddl_if(dialect="postgresql")
Index(
    "ix_client_phone_phone_trgm",
    ClientPhone.phone,
    postgresql_using="gin",
    postgresql_ops={"phone": "gin_trgm_ops"},
).ddl_if(dialect="postgresql")
