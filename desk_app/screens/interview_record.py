"""顾客访谈记录表 client interview record (SPEC 2.4; R12, R13q): the screen's unit of work.

``InterviewScreen`` reads an interview as a frozen ``InterviewSheet`` (the form's
values, its number, and the state of its steps from ``interviews.GUARDS``), saves the
form in one unit of work, and suggests interviewers (R13q: staff from the client's
hometown first). R12 is the service's: a client who objected to interviews makes
``save_step`` return ``NeedsConfirmation`` (nothing written) until it is called again
with ``confirmed=True``; ``save`` (the ``FormScreen`` half) raises the refusal instead.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.messages import msg
from desk_app.models import Client, ClientPhone, Interview, Room, Staff
from desk_app.models.enums import ContactForm, InterviewTopic, SafetyAdvice, Satisfaction
from desk_app.screens.base import ActionState, Ask, NeedsConfirmation, SessionFormScreen, action_states
from desk_app.screens.list_spec import Column, EnumText, Filter, ListSpec, Text
from desk_app.services import context, interviews, references
from desk_app.services.complaints import DoNotDisturbWarning
from desk_app.services.errors import FieldError, NotFoundError
from desk_app.services.interviews import Suggestion
from desk_app.services.typed_dates import TypedDateError, parse_typed_date

__all__ = [
    "LIST_TEXT_KEYS",
    "STEPS",
    "InterviewScreen",
    "InterviewSheet",
    "Suggestion",
    "interview_list",
    "interview_sheet",
]

#: the steps of a saved interview (``interviews.GUARDS``)
STEPS = ("update", "void")

#: what the widget labels the list with: ``text(key)`` for these keys
LIST_TEXT_KEYS = (
    "col_number",
    "col_date",
    "col_room",
    "col_client",
    "col_interviewer",
    "col_form",
    "col_overall",
    "col_move_in",
    "filter_form",
    "filter_satisfaction",
    "all",
    "unhappy",
    "move_in_only",
    "export",
)


@dataclass(frozen=True)
class InterviewSheet:
    """An interview as the form shows it and the 顾客访谈记录表 prints it."""

    record_id: int
    number: str
    #: the form's values (as ``collect()`` gives them), with ``_version``
    values: Mapping[str, Any]
    client_name: str
    #: the client's first phone
    client_phone: str
    room: str
    interviewer: str
    interview_date: date
    form: ContactForm
    topics: tuple[InterviewTopic, ...]
    client_needs: str
    measures: str
    completion: str
    callback_satisfaction: Satisfaction | None
    overall_satisfaction: Satisfaction | None
    safety_advice: tuple[SafetyAdvice, ...]
    is_move_in_visit: bool
    #: every step of ``STEPS`` for the signed-in person
    actions: Mapping[str, ActionState] = field(default_factory=dict)


def interview_list(text: Text, enum_text: EnumText) -> ListSpec:
    """The list of interviews, labelled by ``text`` (keys ``LIST_TEXT_KEYS``)."""
    forms: list[tuple[str, Any]] = [(text("all"), None)]
    forms += [(enum_text(form), Interview.form == form) for form in ContactForm]
    forms.append((text("move_in_only"), Interview.is_move_in_visit.is_(True)))
    unhappy = Interview.overall_satisfaction.in_([Satisfaction.DISSATISFIED, Satisfaction.VERY_DISSATISFIED])
    return ListSpec(
        kind="interviews",
        model=Interview,
        columns=(
            Column(text("col_number"), Interview.number, width=130),
            Column(text("col_date"), Interview.interview_date, width=90),
            Column(text("col_room"), Room.code, width=80),
            Column(text("col_client"), Client.name, width=70),
            Column(text("col_interviewer"), Staff.name, width=70),
            Column(text("col_form"), Interview.form, width=70),
            Column(text("col_overall"), Interview.overall_satisfaction, width=80),
            Column(text("col_move_in"), Interview.is_move_in_visit, width=60),
        ),
        search=(Interview.number, Room.code, Client.name, Staff.name),
        filters=(
            Filter(text("filter_form"), tuple(forms)),
            Filter(text("filter_satisfaction"), ((text("all"), None), (text("unhappy"), unhappy))),
        ),
        default_order=Interview.interview_date.desc(),
        query=lambda select_: (
            select_.outerjoin(Room, Room.id == Interview.room_id)
            .outerjoin(Client, Client.id == Interview.client_id)
            .outerjoin(Staff, Staff.id == Interview.interviewer_id)
        ),
        export_name=text("export"),
    )


def _date(session: Session, value: Any, name: str) -> date | None:
    """The date box's value (ISO text, or the text as typed) as a date; a FieldError
    naming ``name`` when it is no date. Typed text is read on the workspace's today."""
    if not value:
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        pass
    today = context.now(session).astimezone(context.zone(session)).date()
    try:
        return parse_typed_date(str(value), today)
    except TypedDateError as error:
        raise FieldError(name, str(error)) from None


def _values(session: Session, interview: Interview) -> dict[str, Any]:
    return {
        "client_id": interview.client_id,
        "room": references.room_code(session, interview.room_id),
        "interviewer_id": interview.interviewer_id,
        "interview_date": interview.interview_date.isoformat(),
        "form": interview.form.value,
        "topics": list(interview.topics),
        "client_needs": interview.client_needs or "",
        "measures": interview.measures or "",
        "completion": interview.completion or "",
        "callback_satisfaction": interview.callback_satisfaction.value
        if interview.callback_satisfaction
        else None,
        "overall_satisfaction": interview.overall_satisfaction.value
        if interview.overall_satisfaction
        else None,
        "safety_advice": list(interview.safety_advice),
        "is_move_in_visit": interview.is_move_in_visit,
        "companion_id": interview.companion_id,
        "call_time_note": interview.call_time_note or "",
        "_number": interview.number,
        "_version": interview.version,
    }


def interview_sheet(session: Session, record_id: int) -> InterviewSheet:
    """The interview ``record_id`` for the session's actor (refused when it is missing
    or voided): what the screen shows and the printout prints."""
    interview = session.get(Interview, record_id)
    if interview is None or interview.voided_at is not None:
        raise NotFoundError(msg("找不到访谈记录（编号 {interview_id}），或已作废", interview_id=record_id))
    client = session.get(Client, interview.client_id) if interview.client_id is not None else None
    phone = (
        session.scalars(
            select(ClientPhone.phone)
            .where(ClientPhone.client_id == interview.client_id)
            .order_by(ClientPhone.id)
            .limit(1)
        ).first()
        if client is not None
        else None
    )
    interviewer = session.get(Staff, interview.interviewer_id)
    verdicts = interviews.GUARDS.verdicts(session, interview, STEPS)
    return InterviewSheet(
        record_id=interview.id,
        number=interview.number,
        values=_values(session, interview),
        client_name=client.name if client is not None else "",
        client_phone=phone or "",
        room=references.room_code(session, interview.room_id),
        interviewer=interviewer.name if interviewer is not None else "",
        interview_date=interview.interview_date,
        form=interview.form,
        topics=tuple(InterviewTopic(code) for code in interview.topics),
        client_needs=interview.client_needs or "",
        measures=interview.measures or "",
        completion=interview.completion or "",
        callback_satisfaction=interview.callback_satisfaction,
        overall_satisfaction=interview.overall_satisfaction,
        safety_advice=tuple(SafetyAdvice(code) for code in interview.safety_advice),
        is_move_in_visit=interview.is_move_in_visit,
        actions=action_states(verdicts),
    )


class InterviewScreen(SessionFormScreen):
    """The interview form's reads and saves (see the module docstring)."""

    def staff_choices(self) -> list[tuple[int, str]]:
        """The 访谈人 and 陪同人 boxes: active staff, by name."""
        return self.workspace.read(references.staff_choices)

    def suggestions(self, client_id: int, limit: int = 3) -> list[Suggestion]:
        """R13q: interviewers for ``client_id``, staff from the client's hometown first."""
        return self.workspace.read(
            lambda session: interviews.suggest_interviewers(session, client_id, limit=limit)
        )

    def today(self) -> date:
        return self.workspace.now().astimezone(self.workspace.zone).date()

    # -- reading -----------------------------------------------------------------------

    def sheet_in(self, session: Session, record_id: int) -> InterviewSheet:
        return interview_sheet(session, record_id)

    def read(self, record_id: int) -> InterviewSheet:
        return self.workspace.read(lambda session: self.sheet_in(session, record_id))

    def read_in(self, session: Session, record_id: int) -> dict[str, Any]:
        return dict(self.sheet_in(session, record_id).values)

    # -- saving ------------------------------------------------------------------------

    def save_in(
        self, session: Session, record_id: int | None, values: dict[str, Any], expected_version: int | None
    ) -> int:
        # R12 unconfirmed: the service's DoNotDisturbWarning is the refusal.
        return self._save_in(session, record_id, values, expected_version, confirmed=False, ask=False)

    def save_step(
        self,
        record_id: int | None,
        values: dict[str, Any],
        expected_version: int | None,
        confirmed: bool = False,
    ) -> int | NeedsConfirmation:
        """Save the form; R12: ``NeedsConfirmation`` (nothing written) while the client
        objected to interviews and the user has not confirmed."""
        return self.workspace.write_or_ask(
            lambda session: self._save_in(session, record_id, values, expected_version, confirmed, ask=True)
        )

    @staticmethod
    def _save_in(
        session: Session,
        record_id: int | None,
        values: dict[str, Any],
        expected_version: int | None,
        confirmed: bool,
        *,
        ask: bool,
    ) -> int:
        room = references.find_room(session, values.get("room"), "room_id")
        client_id = values.get("client_id")
        if client_id is None:
            raise FieldError("client_id", msg("请选择客户"))
        interviewer_id = values.get("interviewer_id")
        if interviewer_id is None:
            raise FieldError("interviewer_id", msg("请选择访谈人"))
        arguments: dict[str, Any] = {
            "client_id": int(client_id),
            "interviewer_id": int(interviewer_id),
            "interview_date": _date(session, values.get("interview_date"), "interview_date"),
            "form": values.get("form") or ContactForm.HOME_VISIT.value,
            "topics": values.get("topics") or [],
            "client_needs": values.get("client_needs"),
            "measures": values.get("measures"),
            "completion": values.get("completion"),
            "callback_satisfaction": values.get("callback_satisfaction"),
            "overall_satisfaction": values.get("overall_satisfaction"),
            "safety_advice": values.get("safety_advice") or [],
            "is_move_in_visit": bool(values.get("is_move_in_visit")),
            "room_id": room.id if room is not None else None,
            "confirm_do_not_disturb": confirmed,
            "companion_id": values.get("companion_id"),
        }
        try:
            if record_id is None:
                arguments["call_time_note"] = values.get("call_time_note") or None
                return interviews.record_interview(session, **arguments).id
            return interviews.update_interview(
                session, record_id, expected_version=expected_version, **arguments
            ).id
        except DoNotDisturbWarning as warning:
            if not ask:
                raise
            # R12: every other check passed; the user is asked, nothing is written.
            raise Ask(NeedsConfirmation(str(warning))) from None
