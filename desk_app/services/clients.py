"""Client archive 业主资料卡 (SPEC 2.1): the profile card with its derived classes
(R13), the do-not-disturb flag (R12), and the pinyin initials the counter looks
clients up by (``zs`` finds 张三)."""

from __future__ import annotations

import unicodedata
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, tzinfo

from dateutil.relativedelta import relativedelta
from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session

from desk_app.messages import msg
from desk_app.models import (
    Client,
    ClientImportance,
    ClientPhone,
    ClientRoom,
    Complaint,
    ComplaintComplainant,
    FamilyMember,
    Interview,
    Room,
    WorkLogEntry,
)
from desk_app.models.enums import ImportanceCategory, RelationshipClass, ResidencyPeriod, RoomRelation
from desk_app.services import context
from desk_app.services.errors import FieldError, NotFoundError
from desk_app.services.permissions import checked
from desk_app.services.records import check_version
from desk_app.services.references import find_room
from desk_app.services.text import name_pinyin as name_pinyin  # re-exported
from desk_app.services.text import optional_text, required_text

__all__ = [
    "COMPOUND_SURNAME_INITIALS",
    "SURNAME_INITIALS",
    "ClientCard",
    "ClientProfile",
    "ContactEntry",
    "FamilyMemberInput",
    "RelationshipClass",
    "ResidencyPeriod",
    "clear_do_not_disturb",
    "client_card",
    "client_profile",
    "contact_history",
    "contact_warning",
    "create_client",
    "do_not_disturb_text",
    "last_complaint_date",
    "load_client",
    "name_initials",
    "relationship_class",
    "residency_on",
    "residency_period",
    "set_do_not_disturb",
    "update_client",
    "update_client_details",
]


def residency_period(move_in: date, today: date) -> ResidencyPeriod:
    """R13: < 6 calendar months 新客户, 6–12 磨合期, 12–24 稳定期, ≥ 24 老客户."""
    if today < move_in:
        raise ValueError(msg("入住日期 {move_in} 晚于今天 {today}", move_in=move_in, today=today))
    months = relativedelta(today, move_in)
    elapsed = months.years * 12 + months.months
    if elapsed < 6:
        return ResidencyPeriod.NEW
    if elapsed < 12:
        return ResidencyPeriod.SETTLING_IN
    if elapsed < 24:
        return ResidencyPeriod.STABLE
    return ResidencyPeriod.LONG_STANDING


def residency_on(move_in: date | None, today: date) -> ResidencyPeriod | None:
    """R13's residency period on ``today`` (the community's local date); None when no
    move-in date is recorded or it lies after ``today`` (not moved in yet)."""
    if move_in is None or move_in > today:
        return None
    return residency_period(move_in, today)


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
        raise NotFoundError(msg("找不到客户（编号 {client_id}），或已作废", client_id=client_id))
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
    period = residency_on(move_in, today)
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


@checked
def set_do_not_disturb(session: Session, client_id: int, reason: str | None) -> Client:
    """R12: the client objected to callbacks or interviews; the reason is required.
    Changing the reason of a client already flagged keeps the original date."""
    text = required_text("do_not_disturb_reason", reason, msg("客户拒绝回访或访谈的原因"), rule="R12")
    client = load_client(session, client_id)
    if not client.do_not_disturb or client.do_not_disturb_since is None:
        client.do_not_disturb_since = context.now(session)
    client.do_not_disturb = True
    client.do_not_disturb_reason = text
    return client


@checked
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
    since = (
        msg("（{day} 登记）", day=client.do_not_disturb_since.astimezone(zone).date().isoformat())
        if client.do_not_disturb_since is not None
        else ""
    )
    because = (
        msg("，原因：{reason}", reason=client.do_not_disturb_reason) if client.do_not_disturb_reason else ""
    )
    return msg(
        "客户 {name} 曾表示不愿接受回访或访谈{since}{because}。安排或记录访谈、回访前请先确认。",
        name=client.name,
        since=since,
        because=because,
    )


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
        entries.append(
            ContactEntry(
                at, "worklog", record_id, number, msg("{category}", category=category), _summary(content)
            )
        )
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
        entries.append(ContactEntry(at, "complaints", record_id, number, msg("投诉"), _summary(description)))
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
            ContactEntry(
                at, "interviews", record_id, number, msg("访谈（{form}）", form=form), _summary(needs)
            )
        )
    entries.sort(key=lambda entry: entry.at, reverse=True)
    return entries[:limit]


@checked
def update_client_details(
    session: Session,
    client_id: int,
    *,
    occupation: str | None,
    employer: str | None,
    hometown: str | None,
    notes: str | None,
    importance: Iterable[ImportanceCategory],
    expected_version: int | None = None,
) -> Client:
    """The details a receptionist keeps up to date on the card (SPEC 2.1): occupation,
    employer, hometown (籍贯), notes and the importance categories. The name, rooms,
    phones, move-in date and family are edited with ``update_client``."""
    client = load_client(session, client_id)
    check_version(client, expected_version)
    client.occupation = optional_text(occupation, "occupation", msg("职业"), limit=128)
    client.employer = optional_text(employer, "employer", msg("工作单位"), limit=128)
    client.hometown = optional_text(hometown, "hometown", msg("籍贯"), limit=64)
    client.notes = optional_text(notes, "notes", msg("备注"))
    wanted = set(importance)
    for row in list(client.importance):
        if row.category not in wanted:
            client.importance.remove(row)
    present = set(client.importance_categories)
    for category in ImportanceCategory:
        if category in wanted and category not in present:
            client.importance.append(ClientImportance(category=category))
    return client


# -- creating a client and editing the whole card (SPEC 2.1) ------------------------------

#: At most this many phones and rooms on one card; more is a typing slip, not a family.
MAX_PHONES = 5
MAX_ROOMS = 10
MAX_FAMILY = 20
PHONE_DIGITS = (7, 20)
#: Move-in dates before this are typing slips (the oldest estates date from the 1950s).
EARLIEST_MOVE_IN = date(1950, 1, 1)
_PHONE_CHARS = frozenset("0123456789- ")


@dataclass(frozen=True)
class FamilyMemberInput:
    """One family member as typed on the card (SPEC 2.1: 姓名, 关系, 电话)."""

    name: str
    relation: str | None = None
    phone: str | None = None
    notes: str | None = None


def client_name(value: str | None) -> str:
    """The client's name, trimmed; a FieldError on "name" when it is empty, too long,
    has no letter at all, or holds control characters that cannot be stored or shown."""
    text = required_text("name", value, msg("客户姓名"), limit=64)
    if any(unicodedata.category(char) in ("Cc", "Cs", "Co", "Cn") for char in text):
        raise FieldError("name", msg("客户姓名含有无法保存的控制字符"))
    if not any(char.isalpha() for char in text):
        raise FieldError("name", msg("客户姓名“{text}”里没有文字，请填写姓名", text=text))
    return text


def phone_digits(value: str, field: str = "phones", what: str = "电话") -> str:
    """A phone as typed (digits with optional dashes or spaces; full-width digits are
    folded) reduced to its digits, which is how it is stored so the counter lookup finds
    it by any part; a FieldError on ``field`` when it is not a phone number."""
    typed = unicodedata.normalize("NFKC", value).strip()
    if not typed or any(char not in _PHONE_CHARS for char in typed):
        raise FieldError(
            field,
            msg(
                "{what}“{value}”不是电话号码（只能填数字，可用 - 或空格分隔）", what=what, value=value.strip()
            ),
        )
    digits = "".join(char for char in typed if char.isdigit())
    low, high = PHONE_DIGITS
    if not low <= len(digits) <= high:
        raise FieldError(
            field,
            msg(
                "{what}“{value}”应为 {low}–{high} 位数字", what=what, value=value.strip(), low=low, high=high
            ),
        )
    return digits


def client_phones(values: Iterable[str]) -> list[str]:
    """The card's phones as digits, in the order typed; blanks are skipped; a
    FieldError on "phones" for a bad number, a number typed twice or too many."""
    phones: list[str] = []
    for value in values:
        if not value.strip():
            continue
        digits = phone_digits(value)
        if digits in phones:
            raise FieldError("phones", msg("电话 {value} 重复填写了", value=value.strip()))
        phones.append(digits)
    if len(phones) > MAX_PHONES:
        raise FieldError("phones", msg("电话最多填 {max_phones} 个", max_phones=MAX_PHONES))
    return phones


def client_rooms(session: Session, codes: Iterable[str], keep: Collection[int] = ()) -> list[Room]:
    """The rooms typed as ``3-2-1201`` or ``321201`` (the same room typed twice counts
    once); a FieldError on "rooms" for an unknown room, a voided one (unless its id is in
    ``keep``: the card already had it), none at all, or too many."""
    rooms: list[Room] = []
    for code in codes:
        if not code.strip():
            continue
        room = find_room(session, code, "rooms", required=True, keep=keep)
        if room is not None and room not in rooms:
            rooms.append(room)
    if not rooms:
        raise FieldError("rooms", msg("请填写房号（如 3-2-1201）"))
    if len(rooms) > MAX_ROOMS:
        raise FieldError("rooms", msg("房号最多填 {max_rooms} 个", max_rooms=MAX_ROOMS))
    return rooms


def move_in_date(session: Session, value: date | None) -> date | None:
    """The move-in date, or None when unknown. A date after tomorrow is refused (the
    card records who lives here, not who will); so is one before 1950."""
    if value is None:
        return None
    latest = _local_today(session) + relativedelta(days=1)
    if value > latest:
        raise FieldError("move_in", msg("入住日期 {value} 晚于今天，请核对", value=value.isoformat()))
    if value < EARLIEST_MOVE_IN:
        raise FieldError(
            "move_in",
            msg(
                "入住日期 {value} 早于 {year} 年，请核对", value=value.isoformat(), year=EARLIEST_MOVE_IN.year
            ),
        )
    return value


def family_members(members: Iterable[FamilyMemberInput]) -> list[FamilyMemberInput]:
    """The family rows, trimmed; rows left wholly blank are skipped; a FieldError on
    "family" naming the row when a name is missing or a phone is not a phone."""
    cleaned: list[FamilyMemberInput] = []
    for row, member in enumerate(members, start=1):
        parts = (member.name, member.relation, member.phone, member.notes)
        if not any(part and part.strip() for part in parts):
            continue
        where = f"家庭成员第 {row} 行"
        if not member.name or not member.name.strip():
            raise FieldError("family", msg("{where}：请填写姓名", where=where))
        try:
            name = client_name(member.name)
        except FieldError as error:
            raise FieldError("family", f"{where}：{error}") from None
        phone = None
        if member.phone and member.phone.strip():
            phone = phone_digits(member.phone, "family", msg("{where}的电话", where=where))
        cleaned.append(
            FamilyMemberInput(
                name=name,
                relation=optional_text(
                    member.relation, "family", msg("{where}的关系", where=where), limit=32
                ),
                phone=phone,
                notes=optional_text(member.notes, "family", msg("{where}的备注", where=where)),
            )
        )
    if len(cleaned) > MAX_FAMILY:
        raise FieldError("family", msg("家庭成员最多填 {max_family} 人", max_family=MAX_FAMILY))
    return cleaned


def _apply_card(
    session: Session,
    client: Client,
    *,
    name: str,
    room_codes: Iterable[str],
    phones: Iterable[str],
    move_in: date | None,
    hometown: str | None,
    occupation: str | None,
    employer: str | None,
    family: Iterable[FamilyMemberInput],
    notes: str | None,
    importance: Iterable[ImportanceCategory],
    relation: RoomRelation,
) -> Client:
    """Check every field first (so a refusal changes nothing), then write through the
    ORM: rows that stay are kept, so the audit log shows only what really changed."""
    new_name = client_name(name)
    rooms = client_rooms(session, room_codes, keep={link.room_id for link in client.rooms})
    new_phones = client_phones(phones)
    new_move_in = move_in_date(session, move_in)
    new_family = family_members(family)
    new_occupation = optional_text(occupation, "occupation", msg("职业"), limit=128)
    new_employer = optional_text(employer, "employer", msg("工作单位"), limit=128)
    new_hometown = optional_text(hometown, "hometown", msg("籍贯"), limit=64)
    new_notes = optional_text(notes, "notes", msg("备注"))

    if client.name != new_name:
        client.name = new_name
    initials = name_initials(new_name)
    if client.name_initials != initials:
        client.name_initials = initials
    if client.move_in_date != new_move_in:
        client.move_in_date = new_move_in
    client.occupation = new_occupation
    client.employer = new_employer
    client.hometown = new_hometown
    client.notes = new_notes

    wanted_rooms = {room.id for room in rooms}
    for room_link in list(client.rooms):
        if room_link.room_id not in wanted_rooms:
            client.rooms.remove(room_link)
    linked = {room_link.room_id for room_link in client.rooms}
    for room in rooms:
        if room.id not in linked:
            client.rooms.append(ClientRoom(room=room, relation=relation))
    sort_room = min(Room.sort_key(room.building.code, room.unit, room.number) for room in rooms)
    if client.sort_room != sort_room:
        client.sort_room = sort_room

    # A stored phone with the same digits stays as it is (older rows may keep dashes):
    # saving the card rewrites no phone the receptionist did not change.
    kept = [row for row in client.phones if "".join(filter(str.isdigit, row.phone)) in new_phones]
    for phone_row in list(client.phones):
        if phone_row not in kept:
            client.phones.remove(phone_row)
    present = {"".join(filter(str.isdigit, phone_row.phone)) for phone_row in kept}
    for phone in new_phones:
        if phone not in present:
            client.phones.append(ClientPhone(phone=phone))

    # Family rows are matched by position: editing a row changes it in place.
    existing = sorted(client.family_members, key=lambda member: member.id or 0)
    for stored, member in zip(existing, new_family, strict=False):
        stored.name, stored.relation = member.name, member.relation
        stored.phone, stored.notes = member.phone, member.notes
    for stored in existing[len(new_family) :]:
        client.family_members.remove(stored)
    for member in new_family[len(existing) :]:
        client.family_members.append(
            FamilyMember(name=member.name, relation=member.relation, phone=member.phone, notes=member.notes)
        )

    wanted = set(importance)
    for category_link in list(client.importance):
        if category_link.category not in wanted:
            client.importance.remove(category_link)
    chosen = set(client.importance_categories)
    for category in ImportanceCategory:
        if category in wanted and category not in chosen:
            client.importance.append(ClientImportance(category=category))
    return client


@checked
def create_client(
    session: Session,
    *,
    name: str,
    room_codes: list[str],
    phones: list[str],
    move_in: date | None,
    hometown: str | None,
    occupation: str | None,
    employer: str | None,
    family: list[FamilyMemberInput],
    notes: str | None,
    importance: set[ImportanceCategory],
    relation: RoomRelation = RoomRelation.OWNER,
) -> Client:
    """A new client card (an owner or tenant moving in, SPEC 2.1); ``relation`` is how
    the client holds the rooms. Every refusal is a FieldError naming the card's field
    ("name", "rooms", "phones", "move_in", "family", ...)."""
    client = Client(name="", name_initials="")
    _apply_card(
        session,
        client,
        name=name,
        room_codes=room_codes,
        phones=phones,
        move_in=move_in,
        hometown=hometown,
        occupation=occupation,
        employer=employer,
        family=family,
        notes=notes,
        importance=importance,
        relation=relation,
    )
    session.add(client)
    session.flush()
    return client


@checked
def update_client(
    session: Session,
    client_id: int,
    *,
    name: str,
    room_codes: list[str],
    phones: list[str],
    move_in: date | None,
    hometown: str | None,
    occupation: str | None,
    employer: str | None,
    family: list[FamilyMemberInput],
    notes: str | None,
    importance: set[ImportanceCategory],
    relation: RoomRelation = RoomRelation.OWNER,
    expected_version: int | None = None,
) -> Client:
    """The whole card edited at the counter: name (initials recomputed), rooms, phones,
    move-in date, family and the details of ``update_client_details``. Rooms the
    client keeps keep their relation; rooms added get ``relation``."""
    client = load_client(session, client_id)
    check_version(client, expected_version)
    _apply_card(
        session,
        client,
        name=name,
        room_codes=room_codes,
        phones=phones,
        move_in=move_in,
        hometown=hometown,
        occupation=occupation,
        employer=employer,
        family=family,
        notes=notes,
        importance=importance,
        relation=relation,
    )
    session.flush()
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
    # pypinyin is imported here, not at the top: its phrase dictionary takes a quarter
    # of a second to load, and only saving a name needs it (not the program's start).
    from pypinyin.constants import RE_HANS

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
    from pypinyin import Style, lazy_pinyin

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
