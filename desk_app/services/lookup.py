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

from sqlalchemy import (
    ColumnElement,
    Integer,
    Select,
    String,
    Text,
    func,
    literal,
    null,
    select,
    true,
    union_all,
)
from sqlalchemy import cast as sql_cast
from sqlalchemy.orm import Session

from desk_app.models import Client, ClientImportance, ClientPhone, ClientRoom, Room
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


def _in_byte_order(session: Session, column: Any) -> Any:
    """PostgreSQL: ``column COLLATE "C"``, which migration 0011's index of the phone
    numbers and of the pinyin initials reads as a range for ``LIKE 'prefix%'`` *in*
    the order the part is cut by: under the database's collation (C.UTF-8 included)
    PostgreSQL walked the whole index in order to find "zs…" at its end (0.1–0.2 s a
    keystroke on a busy server; issue 18). Digits and the letters of pinyin initials
    sort the same either way. SQLite: the column (its own range, ``_starts_with``)."""
    return column.collate("C") if session.get_bind().dialect.name == "postgresql" else column


def _has_characters(text: str) -> ColumnElement[bool]:
    """PostgreSQL: the client's name has every character of ``text`` (implied by the
    name containing ``text``), as ``string_to_array(name, NULL)`` — the characters of
    the name — in the GIN index of migration 0011 can answer."""
    from sqlalchemy.dialects.postgresql import ARRAY, array

    characters = func.string_to_array(Client.name, null(), type_=ARRAY(Text))
    return characters.contains(sql_cast(array(list(dict.fromkeys(text))), ARRAY(Text)))


#: What a candidate row matched on (the first column of ``_candidates``).
_ROOM, _PHONE, _NAME, _INITIALS = 0, 1, 2, 3


def _candidates(session: Session, query: str, wide: int) -> list[Select[Any]]:
    """One small indexed query per kind of match for ``query``, each at most ``wide``
    rows: (kind, client id, the matched text, the room's digits, the room id)."""
    live = Client.voided_at.is_(None)
    parts: list[Select[Any]] = []

    def row(kind: int, client_id: Any, matched: Any, digits: Any = None, room_id: Any = None) -> Select[Any]:
        return select(
            literal(kind).label("kind"),
            client_id.label("client_id"),
            matched.label("matched"),
            (sql_cast(null(), String) if digits is None else digits).label("digits"),
            (sql_cast(null(), Integer) if room_id is None else room_id).label("room_id"),
        )

    if _is_room_like(query):
        code = _normalise_room(query)
        digits = _digits(query)
        parts.append(
            row(_ROOM, ClientRoom.client_id, Room.code, Room.digits, Room.id)
            .join(Room, Room.id == ClientRoom.room_id)
            .join(Client, Client.id == ClientRoom.client_id)
            .where(
                live,
                Room.voided_at.is_(None),
                _starts_with(session, Room.code, code) | _starts_with(session, Room.digits, digits),
            )
            .order_by(Room.code, ClientRoom.client_id)
            .limit(wide)
        )
        if len(digits) >= MIN_PHONE_DIGITS:
            phone = _in_byte_order(session, ClientPhone.phone)
            parts.append(
                row(_PHONE, ClientPhone.client_id, ClientPhone.phone)
                .join(Client, Client.id == ClientPhone.client_id)
                .where(live, _starts_with(session, phone, digits))
                .order_by(phone, ClientPhone.id)
                .limit(wide)
            )
        if len(digits) >= MIN_PHONE_CONTAINS_DIGITS:
            # SQLite reads only the phone index to find the numbers (no table rows) and
            # stops once it has enough of them; PostgreSQL the trigram index of 0011.
            inside = (
                select(ClientPhone.id)
                .where(ClientPhone.phone.contains(digits, autoescape=True))
                .order_by(ClientPhone.phone, ClientPhone.id)
                .limit(wide * 2)
                .scalar_subquery()
            )
            parts.append(
                row(_PHONE, ClientPhone.client_id, ClientPhone.phone)
                .join(Client, Client.id == ClientPhone.client_id)
                .where(live, ClientPhone.id.in_(inside))
                .order_by(ClientPhone.phone, ClientPhone.id)
                .limit(wide)
            )
    else:
        client_id: Any = Client.id
        name: Any = Client.name
        condition: ColumnElement[bool] = live
        if session.get_bind().dialect.name == "postgresql":
            # The names with every character typed, from the GIN index of migration
            # 0011, then the exact "contains" on those few. OFFSET 0 has PostgreSQL plan
            # this part on its own: with both conditions it guessed too few names and
            # walked the whole name index instead (issue 18).
            named = select(Client.id, Client.name).where(live, _has_characters(query)).offset(0).subquery()
            client_id, name, condition = named.c.id, named.c.name, true()
        parts.append(
            row(_NAME, client_id, name)
            .where(condition, name.contains(query, autoescape=True))
            .order_by(name, client_id)
            .limit(wide)
        )
        if _is_initials_like(query):
            initials = _in_byte_order(session, Client.name_initials)
            parts.append(
                row(_INITIALS, Client.id, Client.name_initials)
                .where(live, initials.startswith(query.lower(), autoescape=True))
                .order_by(initials, Client.id)
                .limit(wide)
            )
    return parts


def find_clients(session: Session, text: str, limit: int = 20) -> list[ClientMatch]:
    """Clients matching ``text`` by room, phone, name or pinyin initials, best first.

    Issue 18: three statements a keystroke — the candidates of every kind in one
    ``UNION ALL`` (each part its own indexed query with its own limit, as before), then
    the clients and their rooms, phones and importance as plain rows — instead of up to
    eight (a query per kind and four to load the clients as objects). With eight
    counters on one PostgreSQL server each statement is a round trip through a busy
    CPU; ``tests/services/test_lookup.py`` checks the same matches as the query-per-kind
    reading."""
    query = text.strip()
    if not query or limit <= 0:
        return []
    # (client id) -> (rank, kind, matched room id)
    found: dict[int, tuple[int, MatchKind, int | None]] = {}

    def note(client_id: int, rank: int, kind: MatchKind, room_id: int | None = None) -> None:
        previous = found.get(client_id)
        if previous is None or rank < previous[0]:
            found[client_id] = (rank, kind, room_id)

    parts = [part.subquery() for part in _candidates(session, query, limit * 3)]
    rows = session.execute(union_all(*(select(*part.c) for part in parts))).all()
    code, digits, letters = _normalise_room(query), _digits(query), query.lower()
    for kind, client_id, matched, room_digits, room_id in rows:
        if kind == _ROOM:
            exact = matched == code or room_digits == digits
            note(client_id, 0 if exact else 2, MatchKind.ROOM, room_id)
        elif kind == _PHONE:
            phone_digits = _digits(matched)
            rank = 0 if phone_digits == digits else 1 if phone_digits.startswith(digits) else 3
            note(client_id, rank, MatchKind.PHONE)
        elif kind == _NAME:
            rank = 0 if matched == query else 1 if matched.startswith(query) else 3
            note(client_id, rank, MatchKind.NAME)
        else:
            note(client_id, 0 if matched == letters else 2, MatchKind.INITIALS)
    if not found:
        return []
    matches = _matches(
        session, {client_id: (kind, room_id) for client_id, (_r, kind, room_id) in found.items()}
    )
    matches.sort(key=lambda m: (found[m.client_id][0], m.matched_on, m.room_code or "~", m.name, m.client_id))
    return matches[:limit]


def _matches(session: Session, wanted: dict[int, tuple[MatchKind, int | None]]) -> list[ClientMatch]:
    """The lookup lines of the clients ``wanted`` (client id -> what matched, the room
    that matched), read as plain rows in two statements."""
    ids = list(wanted)
    clients = session.execute(
        select(
            Client.id, Client.number, Client.name, Client.do_not_disturb, Client.do_not_disturb_reason
        ).where(Client.id.in_(ids))
    ).all()
    if not clients:
        return []
    no_flag = literal(False)
    details = session.execute(
        union_all(
            select(literal(_ROOM), ClientRoom.client_id, Room.id, Room.code, Room.voided_at.is_not(None))
            .join(Room, Room.id == ClientRoom.room_id)
            .where(ClientRoom.client_id.in_(ids)),
            select(literal(_PHONE), ClientPhone.client_id, ClientPhone.id, ClientPhone.phone, no_flag).where(
                ClientPhone.client_id.in_(ids)
            ),
            select(
                literal(_INITIALS),
                ClientImportance.client_id,
                ClientImportance.id,
                sql_cast(ClientImportance.category, String),
                no_flag,
            ).where(ClientImportance.client_id.in_(ids)),
        )
    ).all()
    rooms: dict[int, list[tuple[str, int, bool]]] = {}
    phones: dict[int, list[tuple[int, str]]] = {}
    importance: dict[int, list[ImportanceCategory]] = {}
    for kind, client_id, row_id, value, voided in details:
        if kind == _ROOM:
            rooms.setdefault(client_id, []).append((value, row_id, bool(voided)))
        elif kind == _PHONE:
            phones.setdefault(client_id, []).append((row_id, value))
        else:
            importance.setdefault(client_id, []).append(ImportanceCategory(value))
    matches = []
    for client_id, number, name, do_not_disturb, reason in clients:
        kind, room_id = wanted[client_id]
        # A voided room is no longer offered (issue 13), unless it is the one asked
        # for (a saved record's room shown again).
        every_room = sorted(rooms.get(client_id, []))
        live_rooms = [room for room in every_room if not room[2]]
        chosen = next(
            (room for room in every_room if room[1] == room_id), live_rooms[0] if live_rooms else None
        )
        matches.append(
            ClientMatch(
                client_id=client_id,
                number=number,
                name=name,
                room_id=chosen[1] if chosen is not None else None,
                room_code=chosen[0] if chosen is not None else None,
                rooms=tuple(room[0] for room in live_rooms),
                phones=tuple(phone for _id, phone in sorted(phones.get(client_id, []))),
                importance=tuple(sorted(importance.get(client_id, []))),
                do_not_disturb=bool(do_not_disturb),
                do_not_disturb_reason=reason,
                matched_on=kind,
            )
        )
    return matches


def client_match(session: Session, client_id: int, room_id: int | None = None) -> ClientMatch | None:
    """The lookup line of one client (to show a saved entry's client again), with
    ``room_id`` as its room when it is one of theirs."""
    matches = _matches(session, {client_id: (MatchKind.NAME, room_id)})
    return matches[0] if matches else None
