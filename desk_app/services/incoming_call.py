"""来电弹屏 caller ID: who is calling, and what of theirs is still open.

``desk-app incoming-call 13800138000`` hands the number to the running window, which
asks :func:`caller_info` and shows the caller's card, their open items and a new
work-log entry with the number filled in. No Qt here.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.messages import msg
from desk_app.models import Client, ClientPhone, Complaint, DispatchSlip, WorkLogEntry
from desk_app.models.enums import ComplaintStatus, DispatchStatus, WorkLogStatus
from desk_app.services.caller_number import normalise_phone
from desk_app.services.clients import ContactEntry, _summary
from desk_app.services.lookup import ClientMatch, client_match

CLOSED_COMPLAINT = (ComplaintStatus.VERIFIED, ComplaintStatus.CLOSED)


@dataclass(frozen=True)
class CallerInfo:
    """The number as dialled (digits only), the clients who have it on file (best first;
    usually one, several for a shared family phone) and the open items of the first."""

    phone: str
    clients: list[ClientMatch] = field(default_factory=list)
    open_items: list[ContactEntry] = field(default_factory=list)

    @property
    def client(self) -> ClientMatch | None:
        return self.clients[0] if self.clients else None


def _same_number(stored: str, dialled: str) -> bool:
    digits = "".join(ch for ch in stored if ch.isdigit())
    if digits == dialled:
        return True
    # A landline on file with its area code, shown by the box without it (or the other
    # way round): the last 7–8 digits are the subscriber's number.
    shorter, longer = sorted((digits, dialled), key=len)
    return len(shorter) >= 7 and longer.endswith(shorter)


def matching_clients(session: Session, phone: str, limit: int = 20) -> list[ClientMatch]:
    """The clients with this number on file (exactly, or a landline with/without its
    area code), in the order they were registered. Numbers are kept as typed
    (``138-0013-8000``, ``0731 8888 6666``): the last four digits narrow the search,
    the digits decide."""
    rows = session.execute(
        select(ClientPhone.client_id, ClientPhone.phone)
        .join(Client, Client.id == ClientPhone.client_id)
        .where(Client.voided_at.is_(None), ClientPhone.phone.contains(phone[-4:], autoescape=True))
        .order_by(ClientPhone.client_id)
        .limit(500)
    ).all()
    found: list[int] = []
    for client_id, stored in rows:
        if client_id not in found and _same_number(stored, phone):
            found.append(client_id)
    matches = [client_match(session, client_id) for client_id in found[:limit]]
    return [match for match in matches if match is not None]


def open_items(session: Session, client_id: int, limit: int = 20) -> list[ContactEntry]:
    """What the client is still waiting for: work-log entries not done, complaints not
    verified or closed, dispatch slips not done; most recent first."""
    items: list[ContactEntry] = []
    entries = session.execute(
        select(
            WorkLogEntry.id,
            WorkLogEntry.number,
            WorkLogEntry.received_at,
            WorkLogEntry.category,
            WorkLogEntry.content,
        )
        .where(
            WorkLogEntry.client_id == client_id,
            WorkLogEntry.voided_at.is_(None),
            WorkLogEntry.status != WorkLogStatus.DONE,
        )
        .order_by(WorkLogEntry.received_at.desc())
        .limit(limit)
    ).all()
    for record_id, number, at, category, content in entries:
        what = msg("工作信息记录（{category}）", category=category)
        items.append(ContactEntry(at, "worklog", record_id, number, what, _summary(content)))
    complaints = session.execute(
        select(Complaint.id, Complaint.number, Complaint.received_at, Complaint.status, Complaint.description)
        .where(
            Complaint.client_id == client_id,
            Complaint.voided_at.is_(None),
            Complaint.status.not_in(CLOSED_COMPLAINT),
        )
        .order_by(Complaint.received_at.desc())
        .limit(limit)
    ).all()
    for record_id, number, at, status, description in complaints:
        what = msg("投诉（{status}）", status=status)
        items.append(ContactEntry(at, "complaints", record_id, number, what, _summary(description)))
    slips = session.execute(
        select(DispatchSlip.id, DispatchSlip.number, DispatchSlip.issued_at, DispatchSlip.content)
        .join(WorkLogEntry, WorkLogEntry.id == DispatchSlip.worklog_entry_id)
        .where(
            WorkLogEntry.client_id == client_id,
            DispatchSlip.voided_at.is_(None),
            DispatchSlip.status == DispatchStatus.OPEN,
        )
        .order_by(DispatchSlip.issued_at.desc())
        .limit(limit)
    ).all()
    for record_id, number, at, content in slips:
        items.append(ContactEntry(at, "dispatch_slips", record_id, number, msg("派工单"), _summary(content)))
    items.sort(key=lambda item: item.at, reverse=True)
    return items[:limit]


def caller_info(session: Session, text: str) -> CallerInfo:
    """Who is calling from ``text`` and what of theirs is open (FieldError on a bad number)."""
    phone = normalise_phone(text)
    clients = matching_clients(session, phone)
    items = open_items(session, clients[0].client_id) if clients else []
    return CallerInfo(phone=phone, clients=clients, open_items=items)


def warm_up(session: Session) -> None:
    """Run each query of a caller lookup once, on the first client on file, reading
    nothing for anyone: the first call of a session then finds its statements compiled
    and the pages it reads in the cache (issue 18: the first pop-up of a session took
    twice as long as the next ones)."""
    matching_clients(session, "0000000000")
    first = session.scalar(select(Client.id).where(Client.voided_at.is_(None)).order_by(Client.id).limit(1))
    if first is not None:
        client_match(session, first)
        open_items(session, first)


__all__ = ["CallerInfo", "caller_info", "matching_clients", "normalise_phone", "open_items", "warm_up"]
