"""What a printed 整改通知书 shows (SPEC 2.6, R15), read with plain SQL: the notice, its
room, client and issuer, and who signs it.

Issue 18: ``desk-app print notice N`` spent most of its time importing SQLAlchemy and
declaring every model to read one notice; this read needs neither (``plain_sql``: on a
``sqlite3`` connection it imports nothing of them). The screens print through the same
read on their session, so a notice prints the same from either. The signatories follow
the rules of ``signatories``, as the ORM services do; ``tests/services/test_notice_print.py``
compares the read with ``notices.notice_history``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from desk_app.messages import msg
from desk_app.models.enums import NoticeIssue
from desk_app.services.errors import NotFoundError
from desk_app.services.plain_sql import day, instant, json_value, query_on
from desk_app.services.settings import COMMUNITY_NAME
from desk_app.services.signatories import (
    SIGNATORY_CENTRE,
    SIGNATORY_OWNERS_COMMITTEE,
    centre_name_from,
    owners_committee_from,
)

if TYPE_CHECKING:
    from desk_app.services.plain_sql import Query, Source

E_NOT_FOUND = "找不到整改通知书（编号 {notice_id}），或已作废"


@dataclass(frozen=True)
class NoticePrint:
    """The fields of the notice and its receipt."""

    notice_id: int
    number: str
    room: str | None
    client_name: str | None
    issue: NoticeIssue
    issue_description: str
    required_action: str
    deadline: date
    issued_at: datetime
    issued_by: str | None
    issued_by_phone: str | None
    #: The centre as it heads the page and signs.
    centre: str
    #: The issuing parties as printed: the centre, and the owners' committee when joint.
    issuers: tuple[str, ...]


_NOTICE = (
    "SELECT n.number, n.voided_at, n.issue, n.issue_description, n.required_action, n.deadline,"
    " n.issued_at, n.joint_with_owners_committee, r.code, c.name, s.name, s.phone"
    " FROM rectification_notice n"
    " LEFT JOIN room r ON r.id = n.room_id"
    " LEFT JOIN client c ON c.id = n.client_id"
    " LEFT JOIN staff s ON s.id = n.issued_by_id"
    " WHERE n.id = :notice_id"
)


def setting_values(query: Query, keys: tuple[str, ...]) -> dict[str, Any]:
    """The stored values of the settings ``keys`` (a key not stored is left out)."""
    names = {f"key{index}": key for index, key in enumerate(keys)}
    listed = ", ".join(f":{name}" for name in names)
    rows = query(f'SELECT "key", CAST(value AS TEXT) FROM setting WHERE "key" IN ({listed})', names)
    return {str(key): json_value(value) for key, value in rows}


def read_notice_print(source: Source, notice_id: int) -> NoticePrint:
    """The notice as printed; ``NotFoundError`` when there is none or it was voided."""
    query = query_on(source)
    rows = query(_NOTICE, {"notice_id": notice_id})
    if not rows or rows[0][1] is not None:
        raise NotFoundError(msg(E_NOT_FOUND, notice_id=notice_id), rule="R15")
    number, _voided, issue, description, action, deadline, issued_at, joint, room, client, by, phone = rows[0]
    values = setting_values(query, (SIGNATORY_CENTRE, COMMUNITY_NAME, SIGNATORY_OWNERS_COMMITTEE))
    centre = centre_name_from(values.get(SIGNATORY_CENTRE), values.get(COMMUNITY_NAME))
    issuers = (centre, owners_committee_from(values.get(SIGNATORY_OWNERS_COMMITTEE))) if joint else (centre,)
    due, issued = day(deadline), instant(issued_at)
    assert due is not None and issued is not None  # NOT NULL columns
    return NoticePrint(
        notice_id=notice_id,
        number=str(number),
        room=room,
        client_name=client,
        issue=NoticeIssue(issue),
        issue_description=str(description),
        required_action=str(action),
        deadline=due,
        issued_at=issued,
        issued_by=by,
        issued_by_phone=phone,
        centre=centre,
        issuers=issuers,
    )


__all__ = ["E_NOT_FOUND", "NoticePrint", "read_notice_print", "setting_values"]
