"""业主资料卡 (SPEC 2.1): the client archive's list and card, and their unit of work.

The card reads the client as the counter shows it (``services.clients.client_card`` with
the R13 classes, the contact history) and saves what the receptionist typed (rooms and
phones on one line, the move-in date as text) through ``create_client`` /
``update_client`` and the R12 flag, in one transaction with the version it was read at.

The list (``client_list_spec``) shows each client's first room in natural order, phones,
importance categories, the R12 flag and the R13 residency period *as of the workspace's
clock, in the community's zone* (it was worked out on the computer's clock and zone).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from datetime import date, datetime
from typing import Any

from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session

from desk_app.messages import msg
from desk_app.models import Building, Client, ClientImportance, ClientPhone, ClientRoom, Room
from desk_app.models.enums import ImportanceCategory, ResidencyPeriod, RoomRelation
from desk_app.screens.base import SessionFormScreen, Workspace
from desk_app.screens.list_spec import Column, EnumText, Filter, ListSpec, Text
from desk_app.services import clients
from desk_app.services.errors import FieldError

__all__ = [
    "LIST_TEXT_KEYS",
    "ClientCardScreen",
    "client_list_spec",
    "importance_labels",
    "residency_text",
    "split_list",
    "split_phones",
]

#: how a list of labels is joined on screen ("、" in Chinese)
Join = Callable[[Iterable[str]], str]

#: what the widget labels the list with: ``text(key)`` for these keys
LIST_TEXT_KEYS = (
    "room",
    "name",
    "phones",
    "importance",
    "dnd_column",
    "period",
    "filter_importance",
    "filter_dnd",
    "all",
    "important",
    "refuses",
    "accepts",
    "not_moved_in",
    "export_name",
)


# -- typed text ------------------------------------------------------------------------

#: What separates several rooms or phones typed on one line.
_LIST_SEPARATORS = re.compile(r"[、,，;；/／\n]+")


def split_list(text: str) -> list[str]:
    """Rooms typed on one line: separated by 、, commas, semicolons or spaces."""
    return [part for piece in _LIST_SEPARATORS.split(text) for part in piece.split()]


def split_phones(text: str) -> list[str]:
    """Phones typed on one line, like ``split_list``; but a space inside one number
    (``0755 8888 1234``) stays: a piece splits at spaces only when every part is a
    whole phone number on its own."""
    phones: list[str] = []
    for piece in _LIST_SEPARATORS.split(text):
        parts = piece.split()
        shortest = clients.PHONE_DIGITS[0]
        if len(parts) > 1 and all(sum(ch.isdigit() for ch in part) >= shortest for part in parts):
            phones.extend(parts)
        elif parts:
            phones.append(" ".join(parts))
    return phones


def _date_or_none(text: str) -> date | None:
    """The move-in box's value; text that is no date is refused naming the field."""
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise FieldError("move_in", msg("入住日期“{text}”不是日期（例：2019-05-01）", text=text)) from None


# -- the card --------------------------------------------------------------------------


def _local(moment: datetime | None, workspace: Workspace, minutes: bool = True) -> str:
    if moment is None:
        return ""
    local = moment.astimezone(workspace.zone)
    return f"{local:%Y-%m-%d %H:%M}" if minutes else f"{local:%Y-%m-%d}"


class ClientCardScreen(SessionFormScreen):
    """The card's reads and saves (``FormScreen``).

    ``read_values`` gives the edited fields and, under ``"card"``, what the card shows
    but does not edit: the number, the rooms with how they are held, the R13 classes
    (``period``/``relationship`` as enum values, labelled by the widget), the contact
    history (newest first: when, what, number, summary, screen key, record id)."""

    def read_in(self, session: Session, record_id: int) -> dict[str, Any]:
        today = self.workspace.now().astimezone(self.workspace.zone).date()
        card = clients.client_card(session, record_id, today)
        profile = card.profile
        history = clients.contact_history(session, record_id)
        return {
            "card": {
                "number": profile.number,
                "name": profile.name,
                "gender": card.gender or "",
                "rooms": [f"{code}（{relation}）" for code, relation in card.rooms],
                "phones": list(profile.phones),
                "move_in": profile.move_in_date.isoformat() if profile.move_in_date else "",
                "period": profile.residency_period.value if profile.residency_period else "",
                "relationship": profile.relationship_class.value,
                "last_complaint": profile.last_complaint.isoformat() if profile.last_complaint else "",
                "dnd_since": _local(profile.do_not_disturb_since, self.workspace, minutes=False),
                "family": [list(member) for member in card.family],
                "history": [
                    [
                        _local(entry.at, self.workspace, minutes=entry.kind != "interviews"),
                        str(entry.what),  # translated (a message of the services)
                        entry.number,
                        entry.summary,
                        entry.kind,
                        entry.record_id,
                    ]
                    for entry in history
                ],
            },
            "name": profile.name,
            "rooms": "、".join(code for code, _relation in card.rooms),
            "phones": "、".join(profile.phones),
            "move_in": profile.move_in_date.isoformat() if profile.move_in_date else "",
            "relation": RoomRelation.OWNER.value,
            "family": [list(member) for member in card.family],
            "occupation": card.occupation or "",
            "employer": card.employer or "",
            "hometown": profile.hometown or "",
            "notes": card.notes or "",
            "importance": [category.value for category in card.importance],
            "do_not_disturb": profile.do_not_disturb,
            "do_not_disturb_reason": profile.do_not_disturb_reason or "",
            "_version": clients.load_client(session, record_id).version,
        }

    def save_in(
        self, session: Session, record_id: int | None, values: dict[str, Any], expected_version: int | None
    ) -> int:
        """A new card (``record_id`` None) or the card's changes; then the R12 flag."""
        card = {
            "name": values.get("name", ""),
            "room_codes": split_list(values.get("rooms", "")),
            "phones": split_phones(values.get("phones", "")),
            "move_in": _date_or_none(values.get("move_in", "")),
            "hometown": values.get("hometown", ""),
            "occupation": values.get("occupation", ""),
            "employer": values.get("employer", ""),
            "family": [
                clients.FamilyMemberInput(*(str(part) for part in [*row, "", "", "", ""][:4]))
                for row in values.get("family", [])
            ],
            "notes": values.get("notes", ""),
            "importance": {ImportanceCategory(code) for code in values.get("importance", [])},
            "relation": RoomRelation(values.get("relation") or RoomRelation.OWNER.value),
        }
        if record_id is None:
            client_id = clients.create_client(session, **card).id
        else:
            client_id = record_id
            clients.update_client(session, record_id, expected_version=expected_version, **card)
        if values.get("do_not_disturb"):
            clients.set_do_not_disturb(session, client_id, values.get("do_not_disturb_reason"))
        else:
            clients.clear_do_not_disturb(session, client_id)
        return client_id


# -- the list --------------------------------------------------------------------------


def _room_codes() -> Any:
    """The client's first room in natural order (1-1-201 before 1-1-1001), as the list
    is ordered by ``Client.sort_room``: shorter parts first, then by text."""
    return (
        select(Room.code)
        .join(ClientRoom, ClientRoom.room_id == Room.id)
        .join(Building, Building.id == Room.building_id)
        .where(ClientRoom.client_id == Client.id)
        .correlate(Client)
        .order_by(
            func.length(Building.code),
            Building.code,
            func.length(Room.unit),
            Room.unit,
            func.length(Room.number),
            Room.number,
        )
        .limit(1)
        .scalar_subquery()
    )


def _all_room_codes() -> Any:
    return (
        select(func.aggregate_strings(Room.code, " "))
        .join(ClientRoom, ClientRoom.room_id == Room.id)
        .where(ClientRoom.client_id == Client.id)
        .correlate(Client)
        .scalar_subquery()
    )


def _phones() -> Any:
    return (
        select(func.aggregate_strings(ClientPhone.phone, " "))
        .where(ClientPhone.client_id == Client.id)
        .correlate(Client)
        .scalar_subquery()
    )


def _importance_codes() -> Any:
    return (
        select(func.aggregate_strings(ClientImportance.category, ","))
        .where(ClientImportance.client_id == Client.id)
        .correlate(Client)
        .scalar_subquery()
    )


def importance_labels(codes: str | None, enum_text: EnumText, join: Join) -> str:
    """Stored category codes (``"major_client,key_complainant"``) as their labels."""
    if not codes:
        return ""
    chosen = set(codes.split(","))
    return join(enum_text(category) for category in ImportanceCategory if category.value in chosen)


def residency_text(workspace: Workspace, text: Text, enum_text: EnumText) -> Callable[[date | None], str]:
    """The list cell of a move-in date: its R13 residency period as of today by the
    workspace's clock in the community's zone (``clients.residency_on``)."""

    def label(move_in: date | None) -> str:
        if move_in is None:
            return ""
        period: ResidencyPeriod | None = clients.residency_on(
            move_in, workspace.now().astimezone(workspace.zone).date()
        )
        return text("not_moved_in") if period is None else enum_text(period)

    return label


def client_list_spec(workspace: Workspace, text: Text, enum_text: EnumText, join: Join) -> ListSpec:
    """The archive's list, labelled by ``text`` (keys ``LIST_TEXT_KEYS``)."""
    has_importance = exists().where(ClientImportance.client_id == Client.id)
    by_category = tuple(
        (
            enum_text(category),
            exists().where(ClientImportance.client_id == Client.id, ClientImportance.category == category),
        )
        for category in ImportanceCategory
    )
    refuses = text("refuses")
    return ListSpec(
        kind="clients",
        model=Client,
        columns=(
            # the header sorts by the stored first room, in the natural order it shows
            Column(text("room"), _room_codes(), width=90, sort_by=Client.sort_room),
            Column(text("name"), Client.name, width=80),
            Column(text("phones"), _phones(), width=175),
            Column(
                text("importance"),
                _importance_codes(),
                format=lambda codes: importance_labels(codes, enum_text, join),
                width=110,
            ),
            Column(
                text("dnd_column"), Client.do_not_disturb, format=lambda on: refuses if on else "", width=90
            ),
            Column(
                text("period"),
                Client.move_in_date,
                format=residency_text(workspace, text, enum_text),
                width=70,
            ),
        ),
        search=(Client.name, Client.name_initials, Client.number, _all_room_codes(), _phones()),
        filters=(
            Filter(
                text("filter_importance"),
                ((text("all"), None), (text("important"), has_importance), *by_category),
            ),
            Filter(
                text("filter_dnd"),
                (
                    (text("all"), None),
                    (refuses, Client.do_not_disturb.is_(True)),
                    (text("accepts"), Client.do_not_disturb.is_(False)),
                ),
            ),
        ),
        # The stored, indexed first room (natural order): the first page reads the index
        # instead of computing every client's rooms and sorting them all.
        default_order=Client.sort_room.asc(),
        export_name=text("export_name"),
    )
