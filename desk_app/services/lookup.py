"""Client lookup at the counter (SPEC 2.1): by room as typed (``3-2-1201``,
``321201`` or the start of either), any part of a phone number, the name, or the
pinyin initials of the name (``zs`` finds 张三).

Each kind of match is its own small indexed query limited to a few rows; the
candidates are then ranked (exact before prefix before "somewhere inside") and cut to
``limit``. Nothing here loads the client table.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session, selectinload

from desk_app.models import Client, ClientPhone, ClientRoom, Room
from desk_app.models.enums import ImportanceCategory

#: Phone digits shorter than this would match half the community.
MIN_PHONE_DIGITS = 3
#: From this many digits on a phone also matches with the digits anywhere inside it (a
#: scan of every phone number); shorter digits match the start of a phone (an index).
MIN_PHONE_CONTAINS_DIGITS = 4


class MatchKind(IntEnum):
    """What the typed text matched; lower values rank first."""

    ROOM = 0
    PHONE = 1
    NAME = 2
    INITIALS = 3


@dataclass(frozen=True)
class ClientMatch:
    """One line of the lookup popup."""

    client_id: int
    number: str
    name: str
    #: The room that matched, else the client's first room (None: no room on file).
    room_id: int | None
    room_code: str | None
    rooms: tuple[str, ...]
    phones: tuple[str, ...]
    importance: tuple[ImportanceCategory, ...]
    do_not_disturb: bool
    do_not_disturb_reason: str | None
    matched_on: MatchKind

    @property
    def important(self) -> bool:
        return bool(self.importance)


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def _is_room_like(text: str) -> bool:
    """Digits with optional dashes (``3-2-1201``, ``321201``, ``3-2``)."""
    return (
        bool(text) and all(ch.isdigit() or ch in "-－—" for ch in text) and any(ch.isdigit() for ch in text)
    )


def _is_initials_like(text: str) -> bool:
    return text.isascii() and text.isalpha()


def _normalise_room(text: str) -> str:
    return text.replace("－", "-").replace("—", "-")


def _starts_with(session: Session, column: Any, prefix: str) -> ColumnElement[bool]:
    """``column LIKE 'prefix%'``; on SQLite also as a range on the column, which its
    index can answer (SQLite's LIKE ignores case and so never uses an ordinary index).
    Not on PostgreSQL: a locale collation orders text differently from its bytes."""
    condition: ColumnElement[bool] = column.startswith(prefix, autoescape=True)
    bind = session.get_bind()
    if bind.dialect.name == "sqlite" and prefix and ord(prefix[-1]) < 0x10FFFF:
        following = prefix[:-1] + chr(ord(prefix[-1]) + 1)
        condition = condition & (column >= prefix) & (column < following)
    return condition


def find_clients(session: Session, text: str, limit: int = 20) -> list[ClientMatch]:
    """Clients matching ``text`` by room, phone, name or pinyin initials, best first."""
    query = text.strip()
    if not query or limit <= 0:
        return []
    # (client id) -> (rank, kind, matched room id)
    found: dict[int, tuple[int, MatchKind, int | None]] = {}

    def note(client_id: int, rank: int, kind: MatchKind, room_id: int | None = None) -> None:
        previous = found.get(client_id)
        if previous is None or rank < previous[0]:
            found[client_id] = (rank, kind, room_id)

    wide = limit * 3
    live = Client.voided_at.is_(None)

    if _is_room_like(query):
        code = _normalise_room(query)
        digits = _digits(query)
        room_rows = session.execute(
            select(ClientRoom.client_id, Room.id, Room.code, Room.digits)
            .join(Room, Room.id == ClientRoom.room_id)
            .join(Client, Client.id == ClientRoom.client_id)
            .where(
                live,
                Room.voided_at.is_(None),
                _starts_with(session, Room.code, code) | _starts_with(session, Room.digits, digits),
            )
            .order_by(Room.code)
            .limit(wide)
        ).all()
        for client_id, room_id, room_code, room_digits in room_rows:
            exact = room_code == code or room_digits == digits
            note(client_id, 0 if exact else 2, MatchKind.ROOM, room_id)
        if len(digits) >= MIN_PHONE_DIGITS:
            phone_rows = list(
                session.execute(
                    select(ClientPhone.client_id, ClientPhone.phone)
                    .join(Client, Client.id == ClientPhone.client_id)
                    .where(live, _starts_with(session, ClientPhone.phone, digits))
                    .order_by(ClientPhone.phone)
                    .limit(wide)
                ).all()
            )
            if len(digits) >= MIN_PHONE_CONTAINS_DIGITS:
                # Only the phone index is read to find the numbers (no table rows), and
                # it stops once it has enough of them.
                inside = (
                    select(ClientPhone.id)
                    .where(ClientPhone.phone.contains(digits, autoescape=True))
                    .order_by(ClientPhone.phone)
                    .limit(wide * 2)
                    .scalar_subquery()
                )
                phone_rows += session.execute(
                    select(ClientPhone.client_id, ClientPhone.phone)
                    .join(Client, Client.id == ClientPhone.client_id)
                    .where(live, ClientPhone.id.in_(inside))
                    .order_by(ClientPhone.phone)
                    .limit(wide)
                ).all()
            for client_id, phone in phone_rows:
                phone_digits = _digits(phone)
                rank = 0 if phone_digits == digits else 1 if phone_digits.startswith(digits) else 3
                note(client_id, rank, MatchKind.PHONE)
    else:
        name_rows = session.execute(
            select(Client.id, Client.name)
            .where(live, Client.name.contains(query, autoescape=True))
            .order_by(Client.name)
            .limit(wide)
        ).all()
        for client_id, name in name_rows:
            rank = 0 if name == query else 1 if name.startswith(query) else 3
            note(client_id, rank, MatchKind.NAME)
        if _is_initials_like(query):
            letters = query.lower()
            initials_rows = session.execute(
                select(Client.id, Client.name_initials)
                .where(live, Client.name_initials.startswith(letters, autoescape=True))
                .order_by(Client.name_initials)
                .limit(wide)
            ).all()
            for client_id, initials in initials_rows:
                note(client_id, 0 if initials == letters else 2, MatchKind.INITIALS)

    if not found:
        return []
    clients = session.scalars(
        select(Client)
        .options(
            selectinload(Client.rooms).selectinload(ClientRoom.room),
            selectinload(Client.phones),
            selectinload(Client.importance),
        )
        .where(Client.id.in_(list(found)))
    ).all()
    matches = [_match(client, *found[client.id]) for client in clients]
    matches.sort(key=lambda m: (found[m.client_id][0], m.matched_on, m.room_code or "~", m.name, m.client_id))
    return matches[:limit]


def _match(client: Client, _rank: int, kind: MatchKind, room_id: int | None) -> ClientMatch:
    every_room = sorted((link.room for link in client.rooms), key=lambda room: room.code)
    # A voided room is no longer offered (issue 13), unless it is the one asked for (a
    # saved record's room shown again).
    rooms = [room for room in every_room if room.voided_at is None]
    chosen = next((room for room in every_room if room.id == room_id), rooms[0] if rooms else None)
    return ClientMatch(
        client_id=client.id,
        number=client.number,
        name=client.name,
        room_id=chosen.id if chosen is not None else None,
        room_code=chosen.code if chosen is not None else None,
        rooms=tuple(room.code for room in rooms),
        phones=tuple(phone.phone for phone in client.phones),
        importance=tuple(sorted(client.importance_categories)),
        do_not_disturb=client.do_not_disturb,
        do_not_disturb_reason=client.do_not_disturb_reason,
        matched_on=kind,
    )


def client_match(session: Session, client_id: int, room_id: int | None = None) -> ClientMatch | None:
    """The lookup line of one client (to show a saved entry's client again), with
    ``room_id`` as its room when it is one of theirs."""
    client = session.scalars(
        select(Client)
        .options(
            selectinload(Client.rooms).selectinload(ClientRoom.room),
            selectinload(Client.phones),
            selectinload(Client.importance),
        )
        .where(Client.id == client_id)
    ).one_or_none()
    if client is None:
        return None
    return _match(client, 0, MatchKind.NAME, room_id)
