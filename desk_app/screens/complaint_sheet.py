"""顾客投诉处理记录表: the complaint record sheet's screen (SPEC 2.3; rules R1–R9, R12, R19).

Qt-free. ``ComplaintSheetScreen`` owns the sheet's units of work:

- ``read(record_id) -> ComplaintSheet``: one read of the complaint as the sheet shows it,
  its editable values, every due time with how it was computed, the progress log, the
  further complainants (R8), and the state of every lifecycle button, taken from the
  service's guard table (``complaints.GUARDS``) for the person signed in, so a button is
  enabled exactly when the service would accept the step;
- ``save(record_id, values, expected_version) -> int``: the form's fields, in one
  transaction (register, or correct and classify);
- ``run(record_id, step, args, confirmed=False)``: one lifecycle step in one transaction;
  a callback to a client who refuses callbacks (R12) returns ``NeedsConfirmation`` first
  and runs with ``confirmed=True``;
- ``history(record_id)``: the audit log of the complaint, read only when asked for (the
  修改历史 tab), never with every reload of the sheet.

``complaint_list(workspace)`` is the list beside the sheet.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, tzinfo
from typing import Any

from sqlalchemy import bindparam, or_, select
from sqlalchemy.orm import Session

from desk_app.messages import msg
from desk_app.models import AttachmentOwner, Client, ClientPhone, Complaint, Department, Room, Staff
from desk_app.models.enums import (
    BusinessLine,
    CallbackExemption,
    Channel,
    ClosureKind,
    ComplaintClass,
    ComplaintStatus,
    ContactForm,
    RootCause,
    Severity,
)
from desk_app.screens.base import ActionState, NeedsConfirmation, SessionFormScreen, Workspace, action_states
from desk_app.screens.list_spec import Column, Filter, ListSpec
from desk_app.services import complaints, context, references
from desk_app.services.centre import developer_centre
from desk_app.services.complaints import GUARDS, DoNotDisturbWarning, HistoryLine
from desk_app.services.errors import FieldError
from desk_app.services.rectification_notices import community_today
from desk_app.services.reminder_cases import centre_name

#: The due times of a complaint, in the order the sheet shows them.
DUE_KEYS = (
    "first_response_due",
    "handler_due",
    "next_update_due",
    "developer_notice_due",
    "callback_due",
    "auto_close_at",
)

#: The sheet's lifecycle buttons: steps of ``complaints.GUARDS``, each run by ``run``.
STEPS = (
    "record_first_response",
    "draft_web_reply",
    "approve_web_reply",
    "post_web_reply",
    "designate_handler",
    "add_progress",
    "record_developer_notice",
    "resolve",
    "verify",
    "record_callback",
    "exempt_from_callback",
    "close",
    "reopen",
    "link_complainant",
    "record_repeat",
    "record_web_follow_up",
)

#: What the attachments of a complaint are filed under (issue 16).
ATTACHMENT_OWNER = AttachmentOwner.COMPLAINT


# -- the sheet -------------------------------------------------------------------------------


@dataclass(frozen=True)
class DueLine:
    """One clock of the complaint: due when, met when, late now, and how the due time
    was computed (R1 … R7; the tooltip under each due time)."""

    key: str
    due: datetime | None
    met: datetime | None
    overdue: bool
    steps: tuple[str, ...] = ()


@dataclass(frozen=True)
class ProgressLine:
    at: datetime
    staff_name: str
    action: str
    client_informed: bool


@dataclass(frozen=True)
class ComplainantLine:
    """A further person complaining about the same event (R8)."""

    name: str
    room: str
    phone: str
    times: int
    joined_at: datetime


@dataclass(frozen=True)
class ComplaintSheet:
    """Everything the sheet shows of a saved complaint, read in one unit of work."""

    id: int
    number: str
    version: int
    #: the editable fields as the form holds them (``received_at`` local ISO text …)
    values: Mapping[str, Any]
    status: ComplaintStatus
    channel: Channel
    complaint_class: ComplaintClass | None
    severity: Severity
    people_count: int
    times_count: int
    web_heat: int
    reopen_count: int
    now: datetime
    due: tuple[DueLine, ...]
    first_response_at: datetime | None
    first_response_text: str | None
    #: R1w (amended): the web reply's draft while it is not posted, and its approval
    web_reply_draft: str | None
    web_reply_approved: bool
    handler_id: int | None
    handler_name: str
    handler_department_id: int | None
    handler_department: str
    designated_by: str
    designated_at: datetime | None
    progress: tuple[ProgressLine, ...]
    developer_notice_sent_at: datetime | None
    developer_notice_method: str | None
    resolution: str | None
    resolved_at: datetime | None
    verified_by: str
    verified_at: datetime | None
    verification_note: str | None
    callback_at: datetime | None
    callback_by: str
    callback_form: ContactForm | None
    callback_satisfied: bool | None
    callback_comments: str | None
    callback_exemption: CallbackExemption | None
    callback_exemption_note: str | None
    closed_at: datetime | None
    closure_kind: ClosureKind | None
    complainants: tuple[ComplainantLine, ...]
    #: R6: the exemptions this complaint bears out (what the exemption box offers)
    exemption_choices: tuple[CallbackExemption, ...]
    #: every button of ``STEPS``: enabled exactly when the service accepts the step
    actions: Mapping[str, ActionState]

    @property
    def major(self) -> bool:
        """R19: a major complaint, archived as a dossier of its own."""
        return self.severity is Severity.MAJOR

    @property
    def class_2(self) -> bool:
        """R4: a class-2 complaint, notified to the developer."""
        return self.complaint_class is ComplaintClass.DEVELOPER

    def due_line(self, key: str) -> DueLine:
        return next(line for line in self.due if line.key == key)


@dataclass(frozen=True)
class Choices:
    """The people and departments a handler is chosen from (R3)."""

    staff: tuple[tuple[int, str], ...]
    departments: tuple[tuple[int, str], ...]


def _staff_name(session: Session, staff_id: int | None) -> str:
    if staff_id is None:
        return ""
    staff = session.get(Staff, staff_id)
    return staff.name if staff is not None else str(staff_id)


def _local_iso(moment: datetime, zone: tzinfo) -> str:
    return moment.astimezone(zone).replace(tzinfo=None).isoformat()


def _aware(text: Any, zone: tzinfo) -> datetime | None:
    """A collected date-time (ISO text, the community's wall time when naive)."""
    if not text:
        return None
    moment = datetime.fromisoformat(str(text))
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=zone)


def _values(session: Session, complaint: Complaint, zone: tzinfo) -> dict[str, Any]:
    return {
        "received_at": _local_iso(complaint.received_at, zone),
        "channel": complaint.channel.value,
        "client_id": complaint.client_id,
        "room": references.room_code(session, complaint.room_id),
        "anonymous": complaint.anonymous,
        "sensitive": complaint.sensitive,
        "web_thread_url": complaint.web_thread_url or "",
        "description": complaint.description,
        "complaint_class": complaint.complaint_class.value if complaint.complaint_class else None,
        "external_body": complaint.external_body or "",
        "external_report": complaint.external_report or "",
        "business_line": complaint.business_line.value if complaint.business_line else None,
        "root_cause": complaint.root_cause.value if complaint.root_cause else None,
        "severity": complaint.severity.value,
        "group_marked": complaint.group_marked,
        "extreme_flagged": complaint.extreme_risk,
        "extreme_risk_note": complaint.extreme_risk_note or "",
    }


def read_sheet(session: Session, complaint_id: int, *, with_actions: bool = True) -> ComplaintSheet:
    """The saved complaint as the sheet shows it, for the actor of ``session`` (without
    ``with_actions``, no button states: the printouts)."""
    complaint = complaints.load_complaint(session, complaint_id)
    zone = context.zone(session)
    now = context.now(session)
    explained = complaints.explain_due_times(session, complaint)
    met = {
        "first_response_due": complaint.first_response_at,
        "handler_due": complaint.designated_at,
        "next_update_due": None,
        "developer_notice_due": complaint.developer_notice_sent_at,
        "callback_due": complaint.callback_at,
        "auto_close_at": complaint.closed_at,
    }
    due = []
    for key in DUE_KEYS:
        when: datetime | None = getattr(complaint, key)
        due.append(
            DueLine(
                key=key,
                due=when,
                met=met[key],
                overdue=when is not None and met[key] is None and when < now,
                steps=tuple(explained.get(key, ())),
            )
        )
    department_id = complaint.handler_department_id
    department = session.get(Department, department_id) if department_id is not None else None
    posted = complaint.first_response_at is not None
    return ComplaintSheet(
        id=complaint.id,
        number=complaint.number,
        version=complaint.version,
        values=_values(session, complaint, zone),
        status=complaint.status,
        channel=complaint.channel,
        complaint_class=complaint.complaint_class,
        severity=complaint.severity,
        people_count=complaint.people_count,
        times_count=complaint.times_count,
        web_heat=complaint.web_heat,
        reopen_count=complaint.reopen_count,
        now=now,
        due=tuple(due),
        first_response_at=complaint.first_response_at,
        first_response_text=complaint.first_response_text,
        web_reply_draft=None if posted else (complaint.web_reply_draft or None),
        web_reply_approved=not posted and complaint.web_reply_approved_at is not None,
        handler_id=complaint.handler_id,
        handler_name=_staff_name(session, complaint.handler_id),
        handler_department_id=complaint.handler_department_id if complaint.handler_id else None,
        handler_department=department.name if department is not None else "",
        designated_by=_staff_name(session, complaint.designated_by_id),
        designated_at=complaint.designated_at,
        progress=tuple(
            ProgressLine(entry.at, _staff_name(session, entry.staff_id), entry.action, entry.client_informed)
            for entry in complaint.progress
            if entry.voided_at is None
        ),
        developer_notice_sent_at=complaint.developer_notice_sent_at,
        developer_notice_method=complaint.developer_notice_method,
        resolution=complaint.resolution,
        resolved_at=complaint.resolved_at,
        verified_by=_staff_name(session, complaint.verified_by_id),
        verified_at=complaint.verified_at,
        verification_note=complaint.verification_note,
        callback_at=complaint.callback_at,
        callback_by=_staff_name(session, complaint.callback_by_id),
        callback_form=complaint.callback_form,
        callback_satisfied=complaint.callback_satisfied,
        callback_comments=complaint.callback_comments,
        callback_exemption=complaint.callback_exemption,
        callback_exemption_note=complaint.callback_exemption_note,
        closed_at=complaint.closed_at,
        closure_kind=complaint.closure_kind,
        complainants=tuple(
            ComplainantLine(
                name=person.client.name if person.client is not None else (person.name or ""),
                room=references.room_code(session, person.room_id),
                phone=person.phone or "",
                times=person.times,
                joined_at=person.joined_at,
            )
            for person in complaint.complainants
        ),
        exemption_choices=tuple(complaints.applicable_exemptions(session, complaint)),
        actions=action_states(GUARDS.verdicts(session, complaint, STEPS)) if with_actions else {},
    )


# -- what the printouts add ---------------------------------------------------------------------


@dataclass(frozen=True)
class StatusLine:
    """One change of status (the dossier's 状态变化记录)."""

    at: datetime
    old: ComplaintStatus | None
    new: ComplaintStatus
    staff_name: str
    reason: str | None


@dataclass(frozen=True)
class ComplaintPrintout:
    """What the complaint's printouts show (顾客投诉处理记录表, the 知会函 of class 2 and
    the major-complaint dossier): the sheet the screen shows, and what paper adds to it
    (names, a phone, the centre, the developer's centre, the status history), read in
    one unit of work by ``complaint_printout``. The printouts query nothing themselves."""

    sheet: ComplaintSheet
    zone: tzinfo
    today: date
    #: the centre as it heads every printout, and the 知会函's addressee
    centre: str
    developer_centre: str
    received_at: datetime
    description: str
    anonymous: bool
    sensitive: bool
    business_line: BusinessLine | None
    root_cause: RootCause | None
    external_body: str | None
    external_report: str | None
    client_name: str | None
    client_phone: str | None
    room: str | None
    #: who took the complaint (the work-log line's, else who registered it)
    received_by: str | None
    #: the centre's contact on the 知会函: the handler, else who registered it
    contact_name: str | None
    contact_phone: str | None
    resolved_on_the_spot: bool
    #: further complainants as paper names them: "name（room）"
    others: tuple[str, ...]
    status_history: tuple[StatusLine, ...]


def _staff(session: Session, staff_id: int | None) -> Staff | None:
    return session.get(Staff, staff_id) if staff_id is not None else None


def complaint_printout(session: Session, complaint_id: int) -> ComplaintPrintout:
    """The complaint as its printouts show it (no button states: nobody presses paper)."""
    sheet = read_sheet(session, complaint_id, with_actions=False)
    complaint = complaints.load_complaint(session, complaint_id)
    client = session.get(Client, complaint.client_id) if complaint.client_id is not None else None
    phone = (
        session.scalars(
            select(ClientPhone.phone)
            .where(ClientPhone.client_id == client.id)
            .order_by(ClientPhone.id)
            .limit(1)
        ).first()
        if client is not None
        else None
    )
    taker = complaint.worklog_entry.taken_by_id if complaint.worklog_entry is not None else None
    received_by = _staff(session, taker or complaint.created_by_id)
    contact = _staff(session, complaint.handler_id or complaint.created_by_id)
    others = []
    for person in sorted(complaint.complainants, key=lambda person: person.joined_at):
        name = person.name or (person.client.name if person.client is not None else "")
        room = references.room_code(session, person.room_id)
        if name:
            others.append(f"{name}（{room}）" if room else name)
    return ComplaintPrintout(
        sheet=sheet,
        zone=context.zone(session),
        today=community_today(session),
        centre=centre_name(session),
        developer_centre=developer_centre(session),
        received_at=complaint.received_at,
        description=complaint.description,
        anonymous=complaint.anonymous,
        sensitive=complaint.sensitive,
        business_line=complaint.business_line,
        root_cause=complaint.root_cause,
        external_body=complaint.external_body,
        external_report=complaint.external_report,
        client_name=client.name if client is not None else None,
        client_phone=phone,
        room=references.room_code(session, complaint.room_id) or None,
        received_by=received_by.name if received_by is not None else None,
        contact_name=contact.name if contact is not None else None,
        contact_phone=contact.phone if contact is not None else None,
        resolved_on_the_spot=complaint.resolved_on_the_spot,
        others=tuple(others),
        status_history=tuple(
            StatusLine(
                change.at,
                change.from_status,
                change.to_status,
                _staff_name(session, change.staff_id),
                change.reason,
            )
            for change in sorted(complaint.status_changes, key=lambda change: (change.at, change.id))
        ),
    )


# -- one lifecycle step ----------------------------------------------------------------------


def _link(session: Session, complaint_id: int, **person: Any) -> object:
    """R8 link; the service's "client_id" is the 投诉人 tab's client box, not the sheet's."""
    try:
        return complaints.link_complainant(session, complaint_id, **person)
    except FieldError as error:
        if error.field == "client_id":
            raise FieldError("link_client_id", error.message, rule=error.rule) from error
        raise


def _nothing_chosen(session: Session, complaint_id: int, step: str, refusal: FieldError) -> FieldError:
    """A step run with nothing chosen in its box: the table's refusal comes first (who
    may, in which state), then the box's own."""
    GUARDS.require(session, step, complaints.load_complaint(session, complaint_id))
    return refusal


def _designate(session: Session, complaint_id: int, args: Mapping[str, Any]) -> object:
    handler_id = args.get("handler_id")
    if handler_id is None:
        refusal = FieldError("handler_id", msg("请选择处理人"), rule="R3")
        raise _nothing_chosen(session, complaint_id, "designate_handler", refusal)
    department_id = args.get("department_id")
    return complaints.designate_handler(
        session, complaint_id, int(handler_id), int(department_id) if department_id is not None else None
    )


def _exempt(session: Session, complaint_id: int, args: Mapping[str, Any]) -> object:
    reason = args.get("exemption")
    if reason is None:
        refusal = FieldError("exemption", msg("请选择免回访原因"), rule="R6")
        raise _nothing_chosen(session, complaint_id, "exempt_from_callback", refusal)
    return complaints.exempt_from_callback(
        session, complaint_id, CallbackExemption(reason), _optional(args, "note")
    )


def _text(args: Mapping[str, Any], name: str) -> str:
    return str(args.get(name) or "")


def _optional(args: Mapping[str, Any], name: str) -> str | None:
    return str(args.get(name) or "").strip() or None


#: step -> (session, complaint id, args, confirmed) -> anything; each is one service call
_STEP_CALLS: dict[str, Callable[[Session, int, Mapping[str, Any], bool], object]] = {
    "record_first_response": lambda s, i, a, _c: complaints.record_first_response(s, i, _text(a, "text")),
    "draft_web_reply": lambda s, i, a, _c: complaints.draft_web_reply(s, i, _text(a, "text")),
    "approve_web_reply": lambda s, i, _a, _c: complaints.approve_web_reply(s, i),
    "post_web_reply": lambda s, i, _a, _c: complaints.post_web_reply(s, i),
    "designate_handler": lambda s, i, a, _c: _designate(s, i, a),
    "add_progress": lambda s, i, a, _c: complaints.add_progress(
        s, i, _text(a, "action"), bool(a.get("client_informed"))
    ),
    "record_developer_notice": lambda s, i, a, _c: complaints.record_developer_notice(
        s, i, _text(a, "method")
    ),
    "resolve": lambda s, i, a, _c: complaints.resolve(
        s,
        i,
        _text(a, "resolution"),
        on_the_spot=bool(a.get("on_the_spot")),
        client_confirmed_satisfied=bool(a.get("on_the_spot") and a.get("client_confirmed_satisfied")),
    ),
    "verify": lambda s, i, a, _c: complaints.verify(s, i, _optional(a, "note")),
    "record_callback": lambda s, i, a, confirmed: complaints.record_callback(
        s,
        i,
        form=ContactForm(a["form"]),
        satisfied=bool(a.get("satisfied")),
        comments=_optional(a, "comments"),
        confirm_do_not_disturb=confirmed,
        call_time_note=_optional(a, "call_time_note"),
    ),
    "exempt_from_callback": lambda s, i, a, _c: _exempt(s, i, a),
    "close": lambda s, i, _a, _c: complaints.close(s, i),
    "reopen": lambda s, i, a, _c: complaints.reopen(s, i, _text(a, "reason")),
    "link_complainant": lambda s, i, a, _c: _link(
        s,
        i,
        client_id=a.get("client_id"),
        name=_optional(a, "name"),
        phone=_optional(a, "phone"),
        room_id=a.get("room_id"),
    ),
    "record_repeat": lambda s, i, _a, _c: complaints.record_repeat(s, i),
    "record_web_follow_up": lambda s, i, a, _c: complaints.record_web_follow_up(s, i, int(a.get("posts", 1))),
}

assert set(_STEP_CALLS) == set(STEPS) and set(STEPS) <= set(GUARDS.steps)


# -- the screen -------------------------------------------------------------------------------


class ComplaintSheetScreen(SessionFormScreen):
    """The complaint record sheet's units of work; see the module docstring."""

    def __init__(self, workspace: Workspace) -> None:
        super().__init__(workspace)

    # reading

    def read(self, record_id: int) -> ComplaintSheet:
        return self.workspace.read(lambda session: read_sheet(session, record_id))

    def read_in(self, session: Session, record_id: int) -> dict[str, Any]:
        """The form's values, with ``_version`` and the whole sheet as ``_sheet``."""
        sheet = read_sheet(session, record_id)
        return {**sheet.values, "_version": sheet.version, "_sheet": sheet}

    def history(self, record_id: int) -> tuple[HistoryLine, ...]:
        """The audit log of the complaint and its progress lines, newest first."""
        return tuple(self.workspace.read(lambda session: complaints.complaint_history(session, record_id)))

    def choices(self) -> Choices:
        def read(session: Session) -> Choices:
            return Choices(
                tuple(references.staff_choices(session)), tuple(references.department_choices(session))
            )

        return self.workspace.read(read)

    # saving the form's fields

    def save_in(
        self, session: Session, record_id: int | None, values: dict[str, Any], expected_version: int | None
    ) -> int:
        zone = context.zone(session)
        room = references.find_room(session, values.get("room"), "room_id")
        client_id = values.get("client_id")
        line = BusinessLine(values["business_line"]) if values.get("business_line") else None
        received = _aware(values.get("received_at"), zone) or context.now(session)
        common: dict[str, Any] = {
            "received_at": received,
            "channel": Channel(values["channel"]),
            "description": values.get("description") or "",
            "client_id": int(client_id) if client_id is not None else None,
            "room_id": room.id if room is not None else None,
            "anonymous": bool(values.get("anonymous")),
            "sensitive": bool(values.get("sensitive")),
            "business_line": line,
            "web_thread_url": values.get("web_thread_url") or None,
        }
        severity = Severity(values.get("severity") or Severity.GENERAL.value)
        if record_id is None:
            complaint = complaints.register_complaint(session, severity=severity, **common)
        else:
            complaint = complaints.update_details(
                session, record_id, expected_version=expected_version, **common
            )
            if complaint.severity is not severity:
                complaints.set_severity(session, complaint.id, severity)
        if bool(values.get("group_marked")) != complaint.group_marked:
            complaints.mark_group(session, complaint.id, bool(values.get("group_marked")))
        if values.get("extreme_risk") and not complaint.extreme_risk:
            complaints.flag_extreme_risk(session, complaint.id, values.get("extreme_risk_note") or "")
        cause = RootCause(values["root_cause"]) if values.get("root_cause") else None
        if values.get("complaint_class"):
            complaints.classify(
                session,
                complaint.id,
                ComplaintClass(values["complaint_class"]),
                business_line=line,
                root_cause=cause,
                external_body=values.get("external_body") or None,
                external_report=values.get("external_report") or None,
            )
        elif cause is not None:
            complaints.set_root_cause(session, complaint.id, cause)
        session.flush()
        return complaint.id

    # one lifecycle step

    def run(
        self, record_id: int, step: str, args: Mapping[str, Any] | None = None, confirmed: bool = False
    ) -> NeedsConfirmation | None:
        """Run ``step`` (one of ``STEPS``) on complaint ``record_id`` in one transaction,
        or say what must be confirmed first: a callback to a client who refuses callbacks
        (R12) returns ``NeedsConfirmation`` and writes nothing; ``confirmed=True`` goes on."""
        call = _STEP_CALLS[step]
        given = args or {}
        try:
            self.workspace.write(lambda session: call(session, record_id, given, confirmed))
        except DoNotDisturbWarning as warning:  # R12: rolled back; ask, then run again
            return NeedsConfirmation(str(warning), title=str(msg("客户不愿接受回访（R12）")))
        return None


# -- the list ---------------------------------------------------------------------------------


def _label(member: Any) -> str:
    """An enum's label in the interface language, for a list's filter."""
    return str(msg("{category}", category=member))


def overdue_conditions(now: Callable[[], datetime]) -> dict[str, Any]:
    """The list's overdue filters (``complaints.overdue_conditions``, the dashboard's
    too), with "now" read when the query runs, not when the list was built."""
    current = bindparam("now", callable_=lambda: now().astimezone(UTC), type_=Complaint.received_at.type)
    late = complaints.overdue_conditions(current)
    return {"any": or_(*late.values()), **late}


def complaint_list(workspace: Workspace) -> ListSpec:
    """The complaints beside the sheet: newest first, with the overdue filters."""
    overdue = overdue_conditions(workspace.now)
    every = str(msg("全部"))
    statuses: list[tuple[str, Any]] = [
        (every, None),
        (str(msg("未关闭")), Complaint.status != ComplaintStatus.CLOSED),
    ]
    statuses += [(_label(status), Complaint.status == status) for status in ComplaintStatus]
    classes: list[tuple[str, Any]] = [
        (every, None),
        (str(msg("（未分类）")), Complaint.complaint_class.is_(None)),
    ]
    classes += [(_label(cls), Complaint.complaint_class == cls) for cls in ComplaintClass]
    classes.append((str(msg("重大投诉")), Complaint.severity == Severity.MAJOR))
    return ListSpec(
        kind="complaints",
        model=Complaint,
        columns=(
            Column(str(msg("编号")), Complaint.number, width=130),
            Column(str(msg("受理时间")), Complaint.received_at, width=130),
            Column(str(msg("房号")), Room.code, width=80),
            Column(str(msg("投诉人")), Client.name, width=70),
            Column(str(msg("渠道")), Complaint.channel, width=70),
            Column(str(msg("类别")), Complaint.complaint_class, width=50),
            Column(str(msg("专业")), Complaint.business_line, width=80),
            Column(str(msg("状态")), Complaint.status, width=95),
            Column(str(msg("程度")), Complaint.severity, width=45),
            Column(str(msg("首次回应时限")), Complaint.first_response_due, width=130),
        ),
        search=(Complaint.number, Room.code, Client.name, Complaint.description),
        filters=(
            Filter(str(msg("状态")), tuple(statuses)),
            Filter(str(msg("类别")), tuple(classes)),
            Filter(
                str(msg("逾期")),
                (
                    (every, None),
                    (str(msg("任一时限逾期")), overdue["any"]),
                    (str(msg("首次回应逾期")), overdue["first"]),
                    (str(msg("待指定专人")), overdue["handler"]),
                    (str(msg("进展通报逾期")), overdue["update"]),
                    (str(msg("知会地产公司逾期")), overdue["notice"]),
                    (str(msg("回访逾期")), overdue["callback"]),
                ),
            ),
        ),
        default_order=Complaint.received_at.desc(),
        query=lambda select_: select_.outerjoin(Room, Room.id == Complaint.room_id).outerjoin(
            Client, Client.id == Complaint.client_id
        ),
        export_name=str(msg("顾客投诉处理记录")),
    )


__all__ = [
    "ATTACHMENT_OWNER",
    "DUE_KEYS",
    "STEPS",
    "Choices",
    "ComplainantLine",
    "ComplaintPrintout",
    "ComplaintSheet",
    "ComplaintSheetScreen",
    "DueLine",
    "HistoryLine",
    "ProgressLine",
    "StatusLine",
    "complaint_list",
    "complaint_printout",
    "overdue_conditions",
    "read_sheet",
]
