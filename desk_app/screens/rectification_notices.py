"""整改通知书 rectification notices (SPEC 2.6, R15): the screen's unit of work.

``NoticeScreen`` reads a notice as a frozen ``NoticeSheet`` (the form's values, where
it stands, how many days it is overdue, its history as the report letter prints it, and
every step's state from ``rectification_notices.GUARDS``), issues a new notice, and runs
one step of a saved one (the service, an inspection, the report to the authorities),
each in one unit of work. Two steps cannot be taken back (an inspection that finds the
notice rectified ends it; a report goes out): they return ``NeedsConfirmation`` until
run again confirmed.

The report letter prints what this screen reads (``report_letter_data``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, tzinfo
from typing import Any

from sqlalchemy.orm import Session

from desk_app.messages import msg
from desk_app.models import RectificationNotice, Room
from desk_app.models.enums import NoticeIssue, NoticeStatus, ServiceResult
from desk_app.screens.base import ActionState, Ask, NeedsConfirmation, SessionFormScreen, action_states
from desk_app.screens.list_spec import Column, EnumText, Filter, ListSpec, Text
from desk_app.services import (
    attachments,
    context,
    disputes,
    rectification_notices,
    references,
    reminder_cases,
)
from desk_app.services.disputes import DisputeLink
from desk_app.services.errors import ConflictError, DomainError, FieldError, RuleViolationError
from desk_app.services.rectification_notices import NOTICE_OWNER, NoticeHistory
from desk_app.services.settings import load_settings
from desk_app.services.typed_dates import TypedDateError, parse_typed_date

__all__ = [
    "LIST_TEXT_KEYS",
    "STEPS",
    "NoticeHistory",
    "NoticeScreen",
    "NoticeSheet",
    "ReportLetterData",
    "notice_list",
    "notice_sheet",
    "report_letter_data",
]

#: the steps of a saved notice (``rectification_notices.GUARDS``)
STEPS = rectification_notices.STEPS

#: A saved notice is not retyped; its later steps have their own buttons.
READ_ONLY = msg("已保存的登记不能改写；后续情况请用表单下方的按钮登记，写错的记录请作废后重新登记。")

#: what the widget labels the list with: ``text(key)`` for these keys
LIST_TEXT_KEYS = (
    "col_number",
    "col_room",
    "col_issue",
    "col_issued",
    "col_deadline",
    "col_service",
    "col_status",
    "filter_status",
    "filter_all",
    "export",
)


def notice_list(text: Text, enum_text: EnumText) -> ListSpec:
    """The list of notices, labelled by ``text`` (keys ``LIST_TEXT_KEYS``)."""
    return ListSpec(
        kind="rectification_notices",
        model=RectificationNotice,
        columns=(
            Column(text("col_number"), RectificationNotice.number),
            Column(text("col_room"), Room.code),
            Column(text("col_issue"), RectificationNotice.issue),
            Column(text("col_issued"), RectificationNotice.issued_at),
            Column(text("col_deadline"), RectificationNotice.deadline),
            Column(text("col_service"), RectificationNotice.service_result),
            Column(text("col_status"), RectificationNotice.status),
        ),
        search=(RectificationNotice.number, RectificationNotice.issue_description, Room.code),
        filters=(
            Filter(
                text("filter_status"),
                (
                    (text("filter_all"), None),
                    *((enum_text(status), RectificationNotice.status == status) for status in NoticeStatus),
                ),
            ),
        ),
        default_order=RectificationNotice.issued_at.desc(),
        query=lambda select_: select_.outerjoin(Room, Room.id == RectificationNotice.room_id),
        export_name=text("export"),
    )


@dataclass(frozen=True)
class NoticeSheet:
    """A saved notice as the form shows it."""

    record_id: int
    number: str
    version: int
    #: the form's values (what ``collect()`` gives), read back from the notice
    values: Mapping[str, Any]
    status: NoticeStatus
    service_result: ServiceResult
    deadline: date
    #: R15: days past the deadline and not rectified (the red flag); None when not
    days_overdue: int | None
    #: the notice, its service, inspections and escalation (what the letter prints)
    history: NoticeHistory
    #: an escalation was recorded (the report group stays shown)
    escalated: bool
    #: why the report letter cannot be printed now (R15: not before the deadline, not
    #: once rectified), or None when it can
    report_refusal: str | None
    links: tuple[DisputeLink, ...]
    #: every step of ``STEPS``: enabled exactly when the service would take it
    actions: Mapping[str, ActionState] = field(default_factory=dict)


def _reason(refusal: DomainError | None) -> str | None:
    return None if refusal is None else str(refusal)


def notice_sheet(session: Session, record_id: int) -> NoticeSheet:
    """The notice ``record_id`` for the session's actor (refused when it is missing or
    voided)."""
    notice = rectification_notices.load_notice(session, record_id)
    history = rectification_notices.notice_history(session, record_id)
    values = {
        "room_id": history.room or "",
        "client_id": notice.client_id,
        "issue": history.issue.value,
        "issue_description": history.issue_description,
        "required_action": history.required_action,
        "deadline": history.deadline,
        "joint_with_owners_committee": history.joint_with_owners_committee,
        "service_result": history.service_result.value,
        "refusal_witness": history.refusal_witness,
        "finding": "",
        "escalated_to": history.escalated_to,
    }
    return NoticeSheet(
        record_id=notice.id,
        number=notice.number,
        version=int(notice.version or 0),
        values=values,
        status=notice.status,
        service_result=notice.service_result,
        deadline=notice.deadline,
        days_overdue=rectification_notices.days_overdue(session, notice),
        history=history,
        escalated=history.escalated_at is not None,
        report_refusal=_reason(
            rectification_notices.report_refusal(
                notice.number, notice.status, notice.deadline, rectification_notices.community_today(session)
            )
        ),
        links=tuple(disputes.links_of(session, notice)),
        actions=action_states(rectification_notices.GUARDS.verdicts(session, notice, STEPS)),
    )


@dataclass(frozen=True)
class ReportLetterData:
    """What the report letter to the authorities prints (R15): the notice's history as
    the screen shows it, and the facts of the day it is printed."""

    history: NoticeHistory
    today: date
    zone: tzinfo
    community: str
    centre: str
    photos: int
    scans: int


def report_letter_data(session: Session, notice_id: int) -> ReportLetterData:
    history = rectification_notices.notice_history(session, notice_id)
    items = attachments.list_attachments(session, NOTICE_OWNER, history.notice_id, thumbnails=False)
    return ReportLetterData(
        history=history,
        today=rectification_notices.community_today(session),
        zone=context.zone(session),
        community=load_settings(session).community_name,
        centre=reminder_cases.centre_name(session),
        photos=sum(1 for item in items if item.is_image),
        scans=sum(1 for item in items if item.is_pdf),
    )


def _deadline(value: Any, today: date) -> date | None:
    """The deadline box's value (ISO text, or what was typed) as a date."""
    if not value:
        return None
    if isinstance(value, date) and not isinstance(value, datetime):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        pass
    try:
        return parse_typed_date(str(value), today)
    except TypedDateError as error:
        raise FieldError("deadline", str(error)) from None


class NoticeScreen(SessionFormScreen):
    """The notice form's reads, saves and steps (see the module docstring)."""

    def read(self, record_id: int) -> NoticeSheet:
        return self.workspace.read(lambda session: notice_sheet(session, record_id))

    def read_in(self, session: Session, record_id: int) -> dict[str, Any]:
        sheet = notice_sheet(session, record_id)
        return {**sheet.values, "_version": sheet.version}

    def history(self, record_id: int) -> NoticeHistory:
        """The history alone (the photos counted again after an attachment changed)."""
        return self.workspace.read(lambda session: rectification_notices.notice_history(session, record_id))

    def save_in(
        self, session: Session, record_id: int | None, values: dict[str, Any], expected_version: int | None
    ) -> int:
        if record_id is not None:
            # Ctrl+S after filling in the service: the service (the other steps have buttons).
            if values.get("service_result") not in (None, "", ServiceResult.PENDING.value):
                notice = rectification_notices.load_notice(session, record_id)
                if expected_version is not None and notice.version != expected_version:
                    raise ConflictError(msg("这条记录刚被其他人修改过，本次保存未生效"))
                self._step_in(session, record_id, "record_service", values, False)
                return record_id
            raise RuleViolationError(READ_ONLY)
        room = references.find_room(session, values.get("room_id"), "room_id", required=True)
        notice = rectification_notices.issue_notice(
            session,
            room_id=room.id if room is not None else 0,
            client_id=values.get("client_id"),
            issue=NoticeIssue(values.get("issue") or NoticeIssue.OTHER),
            issue_description=str(values.get("issue_description") or ""),
            required_action=str(values.get("required_action") or ""),
            deadline=_deadline(values.get("deadline"), rectification_notices.community_today(session)),
            joint_with_owners_committee=bool(values.get("joint_with_owners_committee")),
        )
        return notice.id

    def run(
        self, record_id: int, step: str, args: Mapping[str, Any], confirmed: bool = False
    ) -> NeedsConfirmation | None:
        """One step of the notice (``args``: the form's values, and ``rectified`` for
        an inspection) in one unit of work; its refusal raises. An inspection that
        finds it rectified, and the report, return ``NeedsConfirmation`` first."""
        if step not in STEPS:
            raise ValueError(f"no such step of a rectification notice: {step}")
        return self.workspace.write_or_ask(
            lambda session: self._step_in(session, record_id, step, args, confirmed)
        )

    @staticmethod
    def _step_in(
        session: Session, record_id: int, step: str, values: Mapping[str, Any], confirmed: bool
    ) -> None:
        if step == "record_service":
            result = values.get("service_result") or ServiceResult.PENDING.value
            rectification_notices.record_service(
                session, record_id, ServiceResult(result), witness=values.get("refusal_witness")
            )
        elif step == "inspect":
            rectified = bool(values.get("rectified"))
            # the refusals first (a finding is required): the question only for a step
            # that would go ahead
            rectification_notices.GUARDS.require(
                session, "inspect", rectification_notices.load_notice(session, record_id)
            )
            if rectified and not confirmed and str(values.get("finding") or "").strip():
                raise Ask(NeedsConfirmation(msg("确认复查已整改？整改通知书将就此办结，不能撤回。")))
            rectification_notices.record_inspection(
                session, record_id, rectified, str(values.get("finding") or "")
            )
        elif step == "escalate":
            to = str(values.get("escalated_to") or "").strip()
            notice = rectification_notices.load_notice(session, record_id)
            rectification_notices.GUARDS.require(session, "escalate", notice)
            if to and not confirmed:
                question = msg(
                    "确认将整改通知书 {number} 上报“{to}”？上报后不能撤回。", number=notice.number, to=to
                )
                raise Ask(NeedsConfirmation(question))
            rectification_notices.escalate(session, record_id, to)
        else:
            rectification_notices.void_notice(session, record_id, str(values.get("void_reason") or ""))
