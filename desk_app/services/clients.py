"""Client archive 业主资料卡 (SPEC 2.1): the profile card with its derived classes
(R13), the do-not-disturb flag (R12), and the pinyin initials the counter looks
clients up by (``zs`` finds 张三)."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, tzinfo

from dateutil.relativedelta import relativedelta
from pypinyin import Style, lazy_pinyin
from pypinyin.constants import RE_HANS
from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session

from desk_app.models import (
    Client,
    ClientImportance,
    ClientRoom,
    Complaint,
    ComplaintComplainant,
    Interview,
    Room,
    WorkLogEntry,
)
from desk_app.models.enums import ImportanceCategory, RelationshipClass, ResidencyPeriod
from desk_app.services import context
from desk_app.services.errors import NotFoundError
from desk_app.services.text import optional_text, required_text

__all__ = [
    "COMPOUND_SURNAME_INITIALS",
    "SURNAME_INITIALS",
    "ClientCard",
    "ClientProfile",
    "ContactEntry",
    "RelationshipClass",
    "ResidencyPeriod",
    "clear_do_not_disturb",
    "client_card",
    "client_profile",
    "contact_history",
    "contact_warning",
    "do_not_disturb_text",
    "last_complaint_date",
    "load_client",
    "name_initials",
    "relationship_class",
    "residency_period",
    "set_do_not_disturb",
    "update_client_details",
]


def residency_period(move_in: date, today: date) -> ResidencyPeriod:
    """R13: < 6 calendar months 新客户, 6–12 磨合期, 12–24 稳定期, ≥ 24 老客户."""
    if today < move_in:
        raise ValueError(f"入住日期 {move_in} 晚于今天 {today}")
    months = relativedelta(today, move_in)
    elapsed = months.years * 12 + months.months
    if elapsed < 6:
        return ResidencyPeriod.NEW
    if elapsed < 12:
        return ResidencyPeriod.SETTLING_IN
    if elapsed < 24:
        return ResidencyPeriod.STABLE
    return ResidencyPeriod.LONG_STANDING


def relationship_class(has_contact: bool, last_complaint: date | None, today: date) -> RelationshipClass:
    """R13: no recorded contact yet → 首次接触; a complaint in the last 6 months →
    抱怨客户; else 友好客户."""
    if last_complaint is not None and last_complaint >= today - relativedelta(months=6):
        return RelationshipClass.COMPLAINING
    if not has_contact and last_complaint is None:
        return RelationshipClass.FIRST_CONTACT
    return RelationshipClass.FRIENDLY


# -- the profile card ------------------------------------------------------------------


@dataclass(frozen=True)
class ClientProfile:
    """What the counter shows on the client's card (SPEC 2.1) with the R13 classes."""

    client_id: int
    number: str
    name: str
    rooms: tuple[str, ...]
    phones: tuple[str, ...]
    importance: tuple[str, ...]
    hometown: str | None
    move_in_date: date | None
    #: None when no move-in date is recorded, or it lies after ``today`` (not moved in yet).
    residency_period: ResidencyPeriod | None
    relationship_class: RelationshipClass
    last_complaint: date | None
    do_not_disturb: bool
    do_not_disturb_reason: str | None
    do_not_disturb_since: datetime | None


def load_client(session: Session, client_id: int) -> Client:
    client = session.get(Client, client_id)
    if client is None or client.voided_at is not None:
        raise NotFoundError(f"找不到客户（编号 {client_id}），或已作废")
    return client


def _local_today(session: Session) -> date:
    return context.now(session).astimezone(context.zone(session)).date()


def _has_contact(session: Session, client_id: int) -> bool:
    """R13 首次接触 ends with the first recorded contact of any kind: a work-log entry,
    a complaint (also as a further complainant, R8) or an interview."""
    contacts = (
        exists().where(WorkLogEntry.client_id == client_id, WorkLogEntry.voided_at.is_(None)),
        exists().where(Complaint.client_id == client_id, Complaint.voided_at.is_(None)),
        exists().where(
            ComplaintComplainant.client_id == client_id,
            ComplaintComplainant.complaint_id == Complaint.id,
            Complaint.voided_at.is_(None),
        ),
        exists().where(Interview.client_id == client_id, Interview.voided_at.is_(None)),
    )
    return any(session.scalar(select(condition)) for condition in contacts)


def last_complaint_date(session: Session, client_id: int) -> date | None:
    """The local date of the client's latest complaint, as complainant or as a further
    complainant of the same event (R8); voided complaints never count."""
    own = session.scalar(
        select(func.max(Complaint.received_at)).where(
            Complaint.client_id == client_id, Complaint.voided_at.is_(None)
        )
    )
    joined = session.scalar(
        select(func.max(ComplaintComplainant.joined_at))
        .join(Complaint, ComplaintComplainant.complaint_id == Complaint.id)
        .where(ComplaintComplainant.client_id == client_id, Complaint.voided_at.is_(None))
    )
    moments = [moment for moment in (own, joined) if moment is not None]
    if not moments:
        return None
    return max(moments).astimezone(context.zone(session)).date()


def client_profile(session: Session, client_id: int, today: date | None = None) -> ClientProfile:
    """The client's card with the R13 residency period and relationship class as of
    ``today`` (the community's local date by default)."""
    client = load_client(session, client_id)
    today = today or _local_today(session)
    rooms = session.scalars(
        select(Room.code)
        .join(ClientRoom, ClientRoom.room_id == Room.id)
        .where(ClientRoom.client_id == client.id)
        .order_by(Room.code)
    ).all()
    move_in = client.move_in_date
    period = residency_period(move_in, today) if move_in is not None and move_in <= today else None
    last_complaint = last_complaint_date(session, client.id)
    return ClientProfile(
        client_id=client.id,
        number=client.number,
        name=client.name,
        rooms=tuple(rooms),
        phones=tuple(phone.phone for phone in sorted(client.phones, key=lambda p: p.id)),
        importance=tuple(
            category.label for category in ImportanceCategory if category in client.importance_categories
        ),
        hometown=client.hometown,
        move_in_date=move_in,
        residency_period=period,
        relationship_class=relationship_class(_has_contact(session, client.id), last_complaint, today),
        last_complaint=last_complaint,
        do_not_disturb=client.do_not_disturb,
        do_not_disturb_reason=client.do_not_disturb_reason,
        do_not_disturb_since=client.do_not_disturb_since,
    )


# -- R12 do not disturb ----------------------------------------------------------------


def set_do_not_disturb(session: Session, client_id: int, reason: str | None) -> Client:
    """R12: the client objected to callbacks or interviews; the reason is required.
    Changing the reason of a client already flagged keeps the original date."""
    text = required_text("do_not_disturb_reason", reason, "客户拒绝回访或访谈的原因", rule="R12")
    client = load_client(session, client_id)
    if not client.do_not_disturb or client.do_not_disturb_since is None:
        client.do_not_disturb_since = context.now(session)
    client.do_not_disturb = True
    client.do_not_disturb_reason = text
    return client


def clear_do_not_disturb(session: Session, client_id: int) -> Client:
    """R12: the client agrees to be contacted again (the audit log keeps the old flag)."""
    client = load_client(session, client_id)
    client.do_not_disturb = False
    client.do_not_disturb_reason = None
    client.do_not_disturb_since = None
    return client


def do_not_disturb_text(client: Client, zone: tzinfo) -> str | None:
    """R12 warning for a loaded client, or None when the client may be contacted."""
    if not client.do_not_disturb:
        return None
    since = ""
    if client.do_not_disturb_since is not None:
        since = f"（{client.do_not_disturb_since.astimezone(zone).date().isoformat()} 登记）"
    because = f"，原因：{client.do_not_disturb_reason}" if client.do_not_disturb_reason else ""
    return f"客户 {client.name} 曾表示不愿接受回访或访谈{since}{because}。安排或记录访谈、回访前请先确认。"


def contact_warning(session: Session, client_id: int) -> str | None:
    """R12: the warning a form shows before a callback or an interview is scheduled or
    recorded for this client; None when the client has not objected."""
    client = load_client(session, client_id)
    return do_not_disturb_text(client, context.zone(session))


# -- the whole card: details, family, contact history -------------------------------------


@dataclass(frozen=True)
class ContactEntry:
    """One line of a client's contact history (SPEC 2.1): a work-log entry, a
    complaint or an interview. ``kind`` is the navigation key of the screen that
    opens it (``"worklog"``, ``"complaints"``, ``"interviews"``)."""

    at: datetime
    kind: str
    record_id: int
    number: str
    what: str
    summary: str


@dataclass(frozen=True)
class ClientCard:
    """Everything the archive card shows: the profile (with R12/R13), the details a
    receptionist keeps up to date, the family and the rooms with the relation."""

    profile: ClientProfile
    gender: str | None
    occupation: str | None
    employer: str | None
    notes: str | None
    importance: tuple[ImportanceCategory, ...]
    #: (room code, relation label)
    rooms: tuple[tuple[str, str], ...]
    #: (name, relation, phone, notes)
    family: tuple[tuple[str, str, str, str], ...]


def client_card(session: Session, client_id: int, today: date | None = None) -> ClientCard:
    client = load_client(session, client_id)
    rooms = session.execute(
        select(Room.code, ClientRoom.relation)
        .join(ClientRoom, ClientRoom.room_id == Room.id)
        .where(ClientRoom.client_id == client.id)
        .order_by(Room.code)
    ).all()
    return ClientCard(
        profile=client_profile(session, client_id, today),
        gender=client.gender,
        occupation=client.occupation,
        employer=client.employer,
        notes=client.notes,
        importance=tuple(
            category for category in ImportanceCategory if category in client.importance_categories
        ),
        rooms=tuple((code, relation.label) for code, relation in rooms),
        family=tuple(
            (member.name, member.relation or "", member.phone or "", member.notes or "")
            for member in sorted(client.family_members, key=lambda m: m.id)
        ),
    )


def _summary(text: str | None, limit: int = 60) -> str:
    flat = " ".join((text or "").split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def contact_history(session: Session, client_id: int, limit: int = 100) -> list[ContactEntry]:
    """The client's work-log entries, complaints (also as a further complainant, R8) and
    interviews, most recent first; voided records are left out."""
    entries: list[ContactEntry] = []
    worklog = session.execute(
        select(
            WorkLogEntry.id,
            WorkLogEntry.number,
            WorkLogEntry.received_at,
            WorkLogEntry.category,
            WorkLogEntry.content,
        )
        .where(WorkLogEntry.client_id == client_id, WorkLogEntry.voided_at.is_(None))
        .order_by(WorkLogEntry.received_at.desc())
        .limit(limit)
    ).all()
    for record_id, number, at, category, content in worklog:
        entries.append(ContactEntry(at, "worklog", record_id, number, category.label, _summary(content)))
    further = select(ComplaintComplainant.complaint_id).where(ComplaintComplainant.client_id == client_id)
    complaints = session.execute(
        select(Complaint.id, Complaint.number, Complaint.received_at, Complaint.description)
        .where(
            (Complaint.client_id == client_id) | Complaint.id.in_(further),
            Complaint.voided_at.is_(None),
        )
        .order_by(Complaint.received_at.desc())
        .limit(limit)
    ).all()
    for record_id, number, at, description in complaints:
        entries.append(ContactEntry(at, "complaints", record_id, number, "投诉", _summary(description)))
    zone = context.zone(session)
    interviews = session.execute(
        select(
            Interview.id, Interview.number, Interview.interview_date, Interview.form, Interview.client_needs
        )
        .where(Interview.client_id == client_id, Interview.voided_at.is_(None))
        .order_by(Interview.interview_date.desc())
        .limit(limit)
    ).all()
    for record_id, number, day, form, needs in interviews:
        at = datetime.combine(day, time(12, 0), tzinfo=zone)
        entries.append(
            ContactEntry(at, "interviews", record_id, number, f"访谈（{form.label}）", _summary(needs))
        )
    entries.sort(key=lambda entry: entry.at, reverse=True)
    return entries[:limit]


def update_client_details(
    session: Session,
    client_id: int,
    *,
    occupation: str | None,
    employer: str | None,
    hometown: str | None,
    notes: str | None,
    importance: Iterable[ImportanceCategory],
) -> Client:
    """The details a receptionist keeps up to date on the card (SPEC 2.1): occupation,
    employer, hometown (籍贯), notes and the importance categories. The name, rooms and
    phones come from the property roll and are not changed here."""
    client = load_client(session, client_id)
    client.occupation = optional_text(occupation, "occupation", "职业", limit=128)
    client.employer = optional_text(employer, "employer", "工作单位", limit=128)
    client.hometown = optional_text(hometown, "hometown", "籍贯", limit=64)
    client.notes = optional_text(notes, "notes", "备注")
    wanted = set(importance)
    for row in list(client.importance):
        if row.category not in wanted:
            client.importance.remove(row)
    present = set(client.importance_categories)
    for category in ImportanceCategory:
        if category in wanted and category not in present:
            client.importance.append(ClientImportance(category=category))
    return client


# -- pinyin initials for the counter lookup ----------------------------------------------

#: Compound surnames whose reading pypinyin gets wrong or might get wrong in a name
#: (长孙 is zhǎngsūn "eldest grandson" as a word, Chángsūn as a surname).
COMPOUND_SURNAME_INITIALS: dict[str, str] = {
    "长孙": "cs",
    "单于": "cy",
    "尉迟": "yc",
    "万俟": "mq",
    "澹台": "tt",
}

#: Single-character surnames read differently from the character's everyday reading,
#: where the first letter differs (曾 is Zēng as a surname, céng in 曾经). pypinyin
#: 0.55 has no surname mode (python-pinyin issues #120 and #297 are still open), so the
#: table lives here. 乐 (Lè / Yuè) is genuinely both and keeps pypinyin's reading.
SURNAME_INITIALS: dict[str, str] = {
    "曾": "z",
    "单": "s",
    "覃": "q",
    "解": "x",
    "仇": "q",
    "查": "z",
    "翟": "z",
    "区": "o",
    "秘": "b",
    "种": "c",
    "重": "c",
    "繁": "p",
    "折": "s",
    "句": "g",
    "隗": "w",
    "长": "c",
    "召": "s",
    "祭": "z",
    "阚": "k",
    "佴": "n",
    "粘": "n",
    "乜": "n",
    "藏": "z",
}


def _is_han(char: str) -> bool:
    return RE_HANS.match(char) is not None


def _letter_of(char: str) -> str:
    """A non-Chinese character's lower-case ASCII letter (accents dropped, full-width
    folded: ``Ｚ`` → ``z``, ``é`` → ``e``), or "" for digits, punctuation and the rest."""
    if not char.isalpha():
        return ""  # "ⓐ" and "㎏" fold to letters but are symbols
    folded = unicodedata.normalize("NFKD", char)
    for part in folded:
        if part.isascii() and part.isalpha():
            return part.lower()
        if not unicodedata.combining(part):
            break
    return ""


def _han_initials(run: str) -> str:
    """First letters of a run of Chinese characters, one per character (pypinyin sees
    the whole run, so words inside a given name get their reading in context)."""
    letters = lazy_pinyin(run, style=Style.FIRST_LETTER, errors="ignore")
    return "".join(_letter_of(item[:1]) for item in letters)


def _initials(text: str) -> str:
    parts: list[str] = []
    run: list[str] = []
    for char in text:
        if _is_han(char):
            run.append(char)
            continue
        if run:
            parts.append(_han_initials("".join(run)))
            run = []
        parts.append(_letter_of(char))
    if run:
        parts.append(_han_initials("".join(run)))
    return "".join(parts)


def name_initials(name: str) -> str:
    """The counter's lookup key for a name: one lower-case ASCII letter per Chinese
    character (its pinyin initial) or Latin letter; digits, spaces and punctuation
    are dropped. ``张三`` → ``zs``, ``曾小霞`` → ``zxx`` (surname reading),
    ``Anna 王`` → ``annaw``. Every letter of a Latin word is kept, so a foreign name
    is found by typing it."""
    text = name.strip()
    for surname, letters in COMPOUND_SURNAME_INITIALS.items():
        if text.startswith(surname):
            return letters + _initials(text[len(surname) :])
    if text[:1] in SURNAME_INITIALS:
        return SURNAME_INITIALS[text[0]] + _initials(text[1:])
    return _initials(text)
