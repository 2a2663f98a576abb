"""The counter's simple books through one generic screen: the visitor register 访客登记,
the letters catalogue 客户来函目录 (R18), documents and faxes 文件资料收发登记, media
visits 媒体采访接待 (R17), fee services 收费业务 (SPEC 2.8) and the appointment book
预约上门 (R22).

A book is described once (``Book``): how a line is registered, how its fields read back
into the form, what the page shows below them (``details``), its later steps and their
guard table. ``BookScreen`` does the rest, each call one unit of work of the workspace::

    screen = BookScreen(workspace, VISITORS)
    record_id = screen.save(None, values, None)       # register a line (the form's values)
    sheet = screen.read(record_id)                    # number, values, details, actions
    sheet.actions["leave"]                            # ActionState from VISITOR_GUARDS
    screen.run(record_id, "leave")                    # the step, refused by the same rule

A saved line of a book is a page of the book: it is not retyped (``save`` refuses),
except where the book names an ``update`` (a document's signature, an appointment's
outcome typed into the form and saved with Ctrl+S). The list spec builders take the
screen's words (``text(key)``, the widget's translated ``TEXT``) so a column keeps its
title in the user's language.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import Any, Generic, TypeVar

from sqlalchemy.orm import Session

from desk_app.messages import msg
from desk_app.models import (
    Appointment,
    Client,
    Department,
    DocumentTransfer,
    FeeService,
    Letter,
    MediaVisit,
    Room,
    Staff,
    Visitor,
)
from desk_app.models.base import NumberedRecordMixin
from desk_app.models.enums import (
    AppointmentStatus,
    FeeItem,
    LabelledEnum,
    LetterKind,
    MediaContactMode,
)
from desk_app.screens.base import ActionState, NeedsConfirmation, SessionFormScreen, Workspace, action_states
from desk_app.screens.list_spec import Column, Filter, ListSpec
from desk_app.services import context, promises, reception, references
from desk_app.services.errors import RuleViolationError
from desk_app.services.guards import GuardTable

R = TypeVar("R", bound=NumberedRecordMixin)
D = TypeVar("D")

#: A form's values: the field names of the services, JSON-able where typed.
Values = dict[str, Any]
#: One later step of a saved line: (session, record id, its arguments).
StepFunction = Callable[[Session, int, Mapping[str, Any]], object]
#: The screen's words for a list: ``text("col_number")`` → the column's title.
Words = Callable[[str], str]
#: An enum member's label in the user's language.
Labels = Callable[[LabelledEnum], str]

#: A saved line of a book is not retyped (the paper book is not either).
READ_ONLY = msg("已保存的登记不能改写；后续情况请用表单下方的按钮登记，写错的记录请作废后重新登记。")


def _label(member: LabelledEnum) -> str:
    return member.label


def moment(session: Session, value: Any) -> datetime | None:
    """A form's date-time (ISO text as the box gives it, or a datetime) as an aware
    instant; a naive one is local time in the community's zone. None when empty."""
    if not value:
        return None
    found = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    return found if found.tzinfo is not None else found.replace(tzinfo=context.zone(session))


def _room_id(session: Session, text: Any, field_name: str) -> int | None:
    room = references.find_room(session, text, field_name)
    return room.id if room is not None else None


def _int(value: Any) -> int | None:
    return int(value) if value is not None and value != "" else None


# -- the generic screen ---------------------------------------------------------------


@dataclass(frozen=True)
class BookSheet(Generic[D]):
    """One saved line of a book, as the screen shows it."""

    record_id: int
    number: str
    version: int
    #: the form's values (what ``collect()`` gives), read back from the record
    values: Values
    #: what the page shows below the fields (each book its own)
    details: D
    #: every later step's button: enabled exactly when the service would accept it
    actions: Mapping[str, ActionState]


@dataclass(frozen=True)
class Book(Generic[R, D]):
    """One book, described (see the module docstring)."""

    kind: str
    model: type[R]
    #: the record's name in a "not found" refusal
    record_name: str
    values: Callable[[Session, R], Values]
    details: Callable[[Session, R], D]
    register: Callable[[Session, Values], int]
    guards: GuardTable[R] | None = None
    steps: Mapping[str, StepFunction] = field(default_factory=dict)
    #: Ctrl+S on a saved line whose later boxes were filled in (None: refused)
    update: Callable[[Session, int, Values], object] | None = None
    #: the record, refusing a missing or voided one (default: ``references.load_record``)
    load: Callable[[Session, int], R] | None = None


class BookScreen(SessionFormScreen, Generic[R, D]):
    """The screen of one ``Book`` (see the module docstring); also the form's
    ``FormScreen`` (``read_values``/``save``)."""

    def __init__(self, workspace: Workspace, book: Book[R, D]) -> None:
        super().__init__(workspace)
        self.book = book

    @property
    def kind(self) -> str:
        return self.book.kind

    def sheet_in(self, session: Session, record_id: int) -> BookSheet[D]:
        return book_sheet(self.book, session, record_id)

    def read(self, record_id: int) -> BookSheet[D]:
        """The saved line ``record_id`` for the signed-in person."""
        return self.workspace.read(lambda session: self.sheet_in(session, record_id))

    def read_in(self, session: Session, record_id: int) -> Values:
        sheet = self.sheet_in(session, record_id)
        return {**sheet.values, "_version": sheet.version}

    def save_in(
        self, session: Session, record_id: int | None, values: Values, expected_version: int | None
    ) -> int:
        if record_id is None:
            return self.book.register(session, values)
        if self.book.update is None:
            raise RuleViolationError(READ_ONLY)
        self.book.update(session, record_id, values)
        return record_id

    def run(
        self, record_id: int, step: str, args: Mapping[str, Any] | None = None, confirmed: bool = False
    ) -> NeedsConfirmation | None:
        """One later step of a saved line, in one write unit of work (the service
        refuses it by the same guard table the sheet's actions come from)."""
        function = self.book.steps[step]
        self.workspace.write(lambda session: function(session, record_id, args or {}))
        return None


def book_sheet(book: Book[R, D], session: Session, record_id: int) -> BookSheet[D]:
    """The sheet of ``book``'s line ``record_id`` in ``session`` (a missing or voided
    line is refused): what the screen shows and its printout prints."""
    if book.load is not None:
        record = book.load(session, record_id)
    else:
        record = references.load_record(session, book.model, record_id, book.record_name)
    actions = action_states(book.guards.verdicts(session, record)) if book.guards is not None else {}
    return BookSheet(
        record_id=record_id,
        number=str(getattr(record, "number", "") or ""),
        version=int(getattr(record, "version", 0) or 0),
        values=book.values(session, record),
        details=book.details(session, record),
        actions=actions,
    )


def staff_choices(workspace: Workspace) -> list[tuple[int, str]]:
    """Active staff as (id, "name · department") for a staff box."""
    return workspace.read(references.staff_choices)


def department_choices(workspace: Workspace) -> list[tuple[int, str]]:
    """Active departments as (id, name) for a department box."""
    return workspace.read(references.department_choices)


# -- 访客登记 visitors ------------------------------------------------------------------


@dataclass(frozen=True)
class VisitorDetails:
    left_at: datetime | None


def _visitor_values(session: Session, visitor: Visitor) -> Values:
    return {
        "visitor_name": visitor.visitor_name,
        "visitor_phone": visitor.visitor_phone,
        "id_document": visitor.id_document,
        "party_size": visitor.party_size,
        "visiting_room_id": references.room_code(session, visitor.visiting_room_id),
        "host_name": visitor.host_name,
        "purpose": visitor.purpose,
        "host_contacted": visitor.host_contacted,
        "host_agreed": visitor.host_agreed,
        "arrived_at": visitor.arrived_at,
    }


def _register_visitor(session: Session, values: Values) -> int:
    return reception.register_visitor(
        session,
        visitor_name=values["visitor_name"],
        visiting_room_id=_room_id(session, values["visiting_room_id"], "visiting_room_id"),
        host_name=values["host_name"],
        host_contacted=bool(values["host_contacted"]),
        host_agreed=values["host_agreed"],
        visitor_phone=values["visitor_phone"],
        id_document=values["id_document"],
        party_size=_int(values["party_size"]) or 0,
        purpose=values["purpose"],
        arrived_at=moment(session, values["arrived_at"]),
    ).id


VISITORS: Book[Visitor, VisitorDetails] = Book(
    kind="visitors",
    model=Visitor,
    record_name=msg("访客登记"),
    values=_visitor_values,
    details=lambda _session, visitor: VisitorDetails(visitor.left_at),
    register=_register_visitor,
    guards=reception.VISITOR_GUARDS,
    steps={
        "answer": lambda session, record_id, args: reception.record_host_answer(
            session, record_id, bool(args["agreed"])
        ),
        "leave": lambda session, record_id, _args: reception.visitor_left(session, record_id),
    },
)


def visitor_list(text: Words) -> ListSpec:
    return ListSpec(
        kind="visitors",
        model=Visitor,
        columns=(
            Column(text("col_number"), Visitor.number),
            Column(text("col_name"), Visitor.visitor_name),
            Column(text("col_room"), Room.code),
            Column(text("col_host"), Visitor.host_name),
            Column(text("col_agreed"), Visitor.host_agreed),
            Column(text("col_arrived"), Visitor.arrived_at),
            Column(text("col_left"), Visitor.left_at),
        ),
        search=(Visitor.number, Visitor.visitor_name, Visitor.host_name, Room.code),
        filters=(
            Filter(
                text("filter_state"),
                (
                    (text("filter_all"), None),
                    (text("filter_on_site"), Visitor.left_at.is_(None)),
                    (text("filter_left"), Visitor.left_at.is_not(None)),
                ),
            ),
        ),
        default_order=Visitor.arrived_at.desc(),
        query=lambda select_: select_.outerjoin(Room, Room.id == Visitor.visiting_room_id),
        export_name=text("export"),
    )


# -- 客户来函目录 letters (R18) ------------------------------------------------------------


@dataclass(frozen=True)
class LetterDetails:
    #: what R18 did with it, in Chinese (the service's words, kept on the record)
    action_taken: str | None
    department_name: str | None
    complaint_id: int | None
    dispatch_slip_id: int | None


def _letter_values(session: Session, letter: Letter) -> Values:
    return {
        "received_at": letter.received_at,
        "sender": letter.sender,
        "sender_room_id": references.room_code(session, letter.sender_room_id),
        "kind": letter.kind.value,
        "summary": letter.summary,
        "praised_staff_id": letter.praised_staff_id,
        "routed_to_department_id": letter.routed_to_department_id,
    }


def _letter_details(session: Session, letter: Letter) -> LetterDetails:
    department = (
        session.get(Department, letter.routed_to_department_id)
        if letter.routed_to_department_id is not None
        else None
    )
    return LetterDetails(
        action_taken=letter.action_taken,
        department_name=department.name if department is not None else None,
        complaint_id=letter.complaint_id,
        dispatch_slip_id=letter.dispatch_slip_id,
    )


def _register_letter(session: Session, values: Values) -> int:
    return reception.register_letter(
        session,
        sender=values["sender"],
        kind=LetterKind(values["kind"]),
        summary=values["summary"],
        received_at=moment(session, values["received_at"]),
        sender_room_id=_room_id(session, values["sender_room_id"], "sender_room_id"),
        praised_staff_id=values["praised_staff_id"],
        routed_to_department_id=values["routed_to_department_id"],
    ).letter.id


LETTERS: Book[Letter, LetterDetails] = Book(
    kind="letters",
    model=Letter,
    record_name=msg("客户来函"),
    values=_letter_values,
    details=_letter_details,
    register=_register_letter,
)


def letter_list(text: Words, label: Labels = _label) -> ListSpec:
    return ListSpec(
        kind="letters",
        model=Letter,
        columns=(
            Column(text("col_number"), Letter.number),
            Column(text("col_received"), Letter.received_at),
            Column(text("col_sender"), Letter.sender),
            Column(text("col_room"), Room.code),
            Column(text("col_kind"), Letter.kind),
            Column(text("col_action"), Letter.action_taken),
        ),
        search=(Letter.number, Letter.sender, Letter.summary, Room.code),
        filters=(
            Filter(
                text("filter_kind"),
                ((text("filter_all"), None), *((label(kind), Letter.kind == kind) for kind in LetterKind)),
            ),
        ),
        default_order=Letter.received_at.desc(),
        query=lambda select_: select_.outerjoin(Room, Room.id == Letter.sender_room_id),
        export_name=text("export"),
    )


# -- 文件资料收发登记 documents and faxes ---------------------------------------------------


@dataclass(frozen=True)
class DocumentDetails:
    #: whether the person looking may read the contents (SPEC 2.8); if not, the
    #: ``description`` value is None
    readable: bool
    handed_over_at: datetime | None
    signed_by: str | None


def _document_values(session: Session, document: DocumentTransfer) -> Values:
    # The service decides whether the person on duty may read the contents.
    entry = reception.document_entry(session, document.id)
    return {
        "received_at": entry.received_at,
        "is_fax": entry.is_fax,
        "description": entry.description,
        "from_party": entry.from_party,
        "to_party": entry.to_party,
        "addressee_staff_id": entry.addressee_staff_id,
        "addressee_room_id": references.room_code(session, entry.addressee_room_id),
        "recipient_contact": entry.recipient_contact,
        "signed_by": entry.signed_by,
    }


def _document_details(session: Session, document: DocumentTransfer) -> DocumentDetails:
    entry = reception.document_entry(session, document.id)
    return DocumentDetails(entry.description is not None, entry.handed_over_at, entry.signed_by)


def _register_document(session: Session, values: Values) -> int:
    document = reception.register_document(
        session,
        description=values["description"],
        from_party=values["from_party"],
        to_party=values["to_party"],
        addressee_staff_id=values["addressee_staff_id"],
        addressee_room_id=_room_id(session, values["addressee_room_id"], "addressee_room_id"),
        recipient_contact=values["recipient_contact"],
        is_fax=bool(values["is_fax"]),
        received_at=moment(session, values["received_at"]),
    )
    if str(values.get("signed_by") or "").strip():  # handed over at once
        reception.hand_over_document(session, document.id, values["signed_by"])
    return document.id


DOCUMENTS: Book[DocumentTransfer, DocumentDetails] = Book(
    kind="documents",
    model=DocumentTransfer,
    record_name=msg("文件资料登记"),
    values=_document_values,
    details=_document_details,
    register=_register_document,
    guards=reception.DOCUMENT_GUARDS,
    steps={
        "hand_over": lambda session, record_id, args: reception.hand_over_document(
            session, record_id, str(args.get("signed_by") or "")
        ),
    },
    # Ctrl+S after typing the signature: the hand-over.
    update=lambda session, record_id, values: reception.hand_over_document(
        session, record_id, str(values.get("signed_by") or "")
    ),
)


def document_list(text: Words) -> ListSpec:
    # SPEC 2.8: no column (and no search) shows what a document says.
    return ListSpec(
        kind="documents",
        model=DocumentTransfer,
        columns=(
            Column(text("col_number"), DocumentTransfer.number),
            Column(text("col_received"), DocumentTransfer.received_at),
            Column(text("col_fax"), DocumentTransfer.is_fax),
            Column(text("col_from"), DocumentTransfer.from_party),
            Column(text("col_to"), DocumentTransfer.to_party),
            Column(text("col_handed"), DocumentTransfer.handed_over_at),
            Column(text("col_signed"), DocumentTransfer.signed_by),
        ),
        search=(DocumentTransfer.number, DocumentTransfer.from_party, DocumentTransfer.to_party),
        filters=(
            Filter(
                text("filter_state"),
                (
                    (text("filter_all"), None),
                    (text("filter_pending"), DocumentTransfer.handed_over_at.is_(None)),
                ),
            ),
        ),
        default_order=DocumentTransfer.received_at.desc(),
        export_name=text("export"),
    )


# -- 媒体采访接待 media visits (R17) ----------------------------------------------------------


@dataclass(frozen=True)
class MediaDetails:
    mode: MediaContactMode
    supervisor_notified_at: datetime | None
    #: the supervisors alerted (a centre without one: its department heads)
    supervisors: tuple[str, ...]
    acknowledged_at: datetime | None
    outcome: str | None
    #: R17: what the counter says to the reporter (a phone interview is refused)
    reply: str


def _media_values(_session: Session, visit: MediaVisit) -> Values:
    return {
        "at": visit.at,
        "contact_mode": visit.contact_mode.value,
        "outlet": visit.outlet,
        "reporter": visit.reporter,
        "reporter_phone": visit.reporter_phone,
        "credentials_checked": visit.credentials_checked,
        "credentials_note": visit.credentials_note,
        "topic": visit.topic,
    }


def _media_details(session: Session, visit: MediaVisit) -> MediaDetails:
    return MediaDetails(
        mode=visit.contact_mode,
        supervisor_notified_at=visit.supervisor_notified_at,
        supervisors=tuple(staff.name for staff in reception.supervisors_to_notify(session)),
        acknowledged_at=visit.alert_acknowledged_at,
        outcome=visit.outcome,
        reply=reception.media_reply(visit.contact_mode),
    )


def _register_media(session: Session, values: Values) -> int:
    return reception.register_media_contact(
        session,
        contact_mode=MediaContactMode(values["contact_mode"]),
        outlet=values["outlet"],
        reporter=values["reporter"],
        topic=values["topic"],
        reporter_phone=values["reporter_phone"],
        credentials_checked=bool(values["credentials_checked"]),
        credentials_note=values["credentials_note"],
        at=moment(session, values["at"]),
    ).media_visit.id


MEDIA_VISITS: Book[MediaVisit, MediaDetails] = Book(
    kind="media_visits",
    model=MediaVisit,
    record_name=msg("媒体来访记录"),
    values=_media_values,
    details=_media_details,
    register=_register_media,
    guards=reception.MEDIA_GUARDS,
    steps={
        "acknowledge": lambda session, record_id, args: reception.acknowledge_media_alert(
            session, record_id, args.get("note")
        ),
    },
)


def media_list(text: Words) -> ListSpec:
    return ListSpec(
        kind="media_visits",
        model=MediaVisit,
        columns=(
            Column(text("col_number"), MediaVisit.number),
            Column(text("col_at"), MediaVisit.at),
            Column(text("col_mode"), MediaVisit.contact_mode),
            Column(text("col_outlet"), MediaVisit.outlet),
            Column(text("col_reporter"), MediaVisit.reporter),
            Column(text("col_topic"), MediaVisit.topic),
            Column(text("col_notified"), MediaVisit.supervisor_notified_at),
            Column(text("col_acknowledged"), MediaVisit.alert_acknowledged_at),
        ),
        search=(MediaVisit.number, MediaVisit.outlet, MediaVisit.reporter, MediaVisit.topic),
        filters=(
            Filter(
                text("filter_state"),
                (
                    (text("filter_all"), None),
                    (text("filter_open"), MediaVisit.alert_acknowledged_at.is_(None)),
                ),
            ),
        ),
        default_order=MediaVisit.at.desc(),
        export_name=text("export"),
    )


# -- 收费业务 fee services ----------------------------------------------------------------


@dataclass(frozen=True)
class FeeDetails:
    """A fee as its receipt prints it (``printing.fee_receipt``)."""

    at: datetime
    item: FeeItem
    description: str | None
    room: str
    #: who paid: the name typed, else the client's name
    payer: str
    amount: Decimal
    receipt_number: str
    #: who took the money (the member of staff who registered it)
    received_by: str


def _staff_name(session: Session, staff_id: int | None) -> str:
    staff = session.get(Staff, staff_id) if staff_id is not None else None
    return staff.name if staff is not None else ""


def _fee_details(session: Session, fee: FeeService) -> FeeDetails:
    client = session.get(Client, fee.client_id) if fee.client_id is not None else None
    return FeeDetails(
        at=fee.at,
        item=fee.item,
        description=fee.description,
        room=references.room_code(session, fee.room_id),
        payer=fee.payer_name or (client.name if client is not None else ""),
        amount=fee.amount,
        receipt_number=fee.receipt_number,
        received_by=_staff_name(session, fee.created_by_id),
    )


def _fee_values(session: Session, fee: FeeService) -> Values:
    return {
        "at": fee.at,
        "item": fee.item.value,
        "description": fee.description,
        "room_id": references.room_code(session, fee.room_id),
        "payer_name": fee.payer_name,
        "amount": f"{fee.amount:.2f}",
        "receipt_number": fee.receipt_number,
    }


def _register_fee(session: Session, values: Values) -> int:
    return reception.register_fee_service(
        session,
        item=FeeItem(values["item"]),
        amount=str(values["amount"]),  # the service parses and checks it
        receipt_number=values["receipt_number"],
        room_id=_room_id(session, values["room_id"], "room_id"),
        payer_name=values["payer_name"],
        description=values["description"],
        at=moment(session, values["at"]),
    ).id


FEE_SERVICES: Book[FeeService, FeeDetails] = Book(
    kind="fee_services",
    model=FeeService,
    record_name=msg("收费记录"),
    values=_fee_values,
    details=_fee_details,
    register=_register_fee,
)


def fee_list(text: Words, label: Labels = _label) -> ListSpec:
    return ListSpec(
        kind="fee_services",
        model=FeeService,
        columns=(
            Column(text("col_number"), FeeService.number),
            Column(text("col_at"), FeeService.at),
            Column(text("col_item"), FeeService.item),
            Column(text("col_room"), Room.code),
            Column(text("col_payer"), FeeService.payer_name),
            Column(text("col_amount"), FeeService.amount, format=lambda value: f"{value:,.2f}"),
            Column(text("col_receipt"), FeeService.receipt_number),
        ),
        search=(FeeService.number, FeeService.receipt_number, FeeService.payer_name, Room.code),
        filters=(
            Filter(
                text("filter_item"),
                ((text("filter_all"), None), *((label(item), FeeService.item == item) for item in FeeItem)),
            ),
        ),
        default_order=FeeService.at.desc(),
        query=lambda select_: select_.outerjoin(Room, Room.id == FeeService.room_id),
        export_name=text("export"),
    )


# -- 预约上门 appointments (R22) ----------------------------------------------------------


@dataclass(frozen=True)
class AppointmentDetails:
    status: AppointmentStatus
    #: booked and its time has passed
    late: bool
    kept_at: datetime | None


def _appointment_values(session: Session, row: Appointment) -> Values:
    return {
        "at": row.at,
        "room_id": references.room_code(session, row.room_id),
        "contact_phone": row.contact_phone,
        "staff_id": row.staff_id,
        "purpose": row.purpose,
        "outcome": row.outcome,
    }


def _appointment_details(session: Session, row: Appointment) -> AppointmentDetails:
    late = row.status is AppointmentStatus.BOOKED and row.at < context.now(session)
    return AppointmentDetails(row.status, late, row.kept_at)


def _book_appointment(session: Session, values: Values) -> int:
    return promises.book_appointment(
        session,
        at=moment(session, values["at"]) or context.now(session),
        staff_id=values["staff_id"],
        purpose=values["purpose"],
        room_id=_room_id(session, values["room_id"], "room_id"),
        contact_phone=str(values.get("contact_phone") or "").strip() or None,
    ).id


APPOINTMENTS: Book[Appointment, AppointmentDetails] = Book(
    kind="appointments",
    model=Appointment,
    record_name=msg("预约"),
    values=_appointment_values,
    details=_appointment_details,
    register=_book_appointment,
    guards=promises.APPOINTMENT_GUARDS,
    steps={
        "keep": lambda session, record_id, args: promises.keep_appointment(
            session, record_id, str(args.get("outcome") or "")
        ),
        "cancel": lambda session, record_id, args: promises.cancel_appointment(
            session, record_id, str(args.get("outcome") or "")
        ),
    },
    # Ctrl+S on a booked appointment with its outcome typed in: kept.
    update=lambda session, record_id, values: promises.keep_appointment(
        session, record_id, str(values.get("outcome") or "")
    ),
    load=promises.load_appointment,
)


def appointment_list(text: Words, label: Labels = _label) -> ListSpec:
    return ListSpec(
        kind="appointments",
        model=Appointment,
        columns=(
            Column(text("col_number"), Appointment.number),
            Column(text("col_at"), Appointment.at),
            Column(text("col_room"), Room.code),
            Column(text("col_staff"), Staff.name),
            Column(text("col_purpose"), Appointment.purpose),
            Column(text("col_status"), Appointment.status),
        ),
        search=(Appointment.number, Appointment.purpose, Room.code, Staff.name),
        filters=(
            Filter(
                text("filter_status"),
                (
                    (text("filter_all"), None),
                    *((label(status), Appointment.status == status) for status in AppointmentStatus),
                ),
            ),
        ),
        default_order=Appointment.at.desc(),
        query=lambda select_: select_.outerjoin(Room, Room.id == Appointment.room_id).outerjoin(
            Staff, Staff.id == Appointment.staff_id
        ),
        export_name=text("export"),
    )


__all__ = [
    "APPOINTMENTS",
    "DOCUMENTS",
    "FEE_SERVICES",
    "LETTERS",
    "MEDIA_VISITS",
    "READ_ONLY",
    "VISITORS",
    "AppointmentDetails",
    "Book",
    "BookScreen",
    "BookSheet",
    "DocumentDetails",
    "FeeDetails",
    "LetterDetails",
    "MediaDetails",
    "VisitorDetails",
    "appointment_list",
    "book_sheet",
    "department_choices",
    "document_list",
    "fee_list",
    "letter_list",
    "media_list",
    "moment",
    "staff_choices",
    "visitor_list",
]
