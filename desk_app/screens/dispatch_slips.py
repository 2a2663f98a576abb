"""派工单 / 协调单 dispatch and coordination slips (SPEC 2.2, R18, R20, R6): the screen's
unit of work.

``DispatchScreen`` reads a slip as a frozen ``DispatchSheet`` (the form's values, where
the slip stands, the explanation of its due time, and every step's state from
``dispatch.GUARDS``), issues a new slip, and runs one step of a saved one (assign,
accept, arrive, complete, callback, reopen), each in one unit of work. Ctrl+S on a saved
slip runs the step its state allows (``save``): an open slip keeps its assignment and is
completed when 完成情况 is filled in; a done one takes its callback, or is opened again.
R12: a callback to a client who objected returns ``NeedsConfirmation`` until confirmed.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, tzinfo
from typing import Any

from sqlalchemy.orm import Session

from desk_app.models import Department, DispatchSlip, Room, Staff
from desk_app.models.enums import BusinessLine, ContactForm, DispatchKind, DispatchStatus
from desk_app.screens.base import ActionState, Ask, NeedsConfirmation, SessionFormScreen, action_states
from desk_app.screens.list_spec import Column, EnumText, Filter, ListSpec, Text
from desk_app.services import context, dispatch, references
from desk_app.services.complaints import DoNotDisturbWarning

__all__ = [
    "LIST_TEXT_KEYS",
    "STEPS",
    "DispatchScreen",
    "DispatchSheet",
    "dispatch_list",
    "dispatch_sheet",
]

#: the steps of a saved slip (``dispatch.GUARDS``), in the order of the form's buttons
STEPS = ("assign", "accept", "arrive", "complete", "callback", "reopen")

#: what the widget labels the list with: ``text(key)`` for these keys
LIST_TEXT_KEYS = (
    "col_number",
    "col_kind",
    "col_issued",
    "col_room",
    "col_content",
    "col_due",
    "col_status",
    "col_completed",
    "filter_status",
    "filter_kind",
    "filter_all",
    "export",
)


@dataclass(frozen=True)
class DispatchSheet:
    """A saved slip as the form shows it."""

    record_id: int
    number: str
    #: the form's values (what ``collect()`` gives), read back from the slip
    values: Mapping[str, Any]
    kind: DispatchKind
    room: str
    contact_name: str
    contact_phone: str
    content: str
    result: str
    #: who sent it out: the receptionist who logged its work-log line, else who made it
    issuer: str
    department: str
    assignee: str
    #: instants in the community's zone (None: not yet, or no due time)
    issued: datetime
    due: datetime | None
    completed: datetime | None
    #: where the slip stands (``dispatch.stage``): 待接单, 已到场，已逾期, 已完成，待回访 …
    stage: str
    #: where its due time comes from (R20)
    due_line: str
    #: when it was done, local text; "" while open
    completed_at: str
    #: the R6 callback owed by, local text; "" when none is owed
    callback_due: str
    #: the work-log line it came from, if any
    source: str
    #: the technician's times already reported (their boxes stay shown)
    accepted: bool
    arrived: bool
    done: bool
    #: every step of ``STEPS``: enabled exactly when the service would take it
    actions: Mapping[str, ActionState] = field(default_factory=dict)


def dispatch_list(text: Text, enum_text: EnumText) -> ListSpec:
    """The list of slips, labelled by ``text`` (keys ``LIST_TEXT_KEYS``)."""
    return ListSpec(
        kind="dispatch_slips",
        model=DispatchSlip,
        columns=(
            Column(text("col_number"), DispatchSlip.number),
            Column(text("col_kind"), DispatchSlip.kind),
            Column(text("col_issued"), DispatchSlip.issued_at),
            Column(text("col_room"), Room.code),
            Column(text("col_content"), DispatchSlip.content),
            Column(text("col_due"), DispatchSlip.due_at),
            Column(text("col_status"), DispatchSlip.status),
            Column(text("col_completed"), DispatchSlip.completed_at),
        ),
        search=(DispatchSlip.number, DispatchSlip.content, DispatchSlip.contact_name, Room.code),
        filters=(
            Filter(
                text("filter_status"),
                (
                    (text("filter_all"), None),
                    *((enum_text(status), DispatchSlip.status == status) for status in DispatchStatus),
                ),
            ),
            Filter(
                text("filter_kind"),
                ((text("filter_all"), None), *((enum_text(k), DispatchSlip.kind == k) for k in DispatchKind)),
            ),
        ),
        default_order=DispatchSlip.issued_at.desc(),
        query=lambda select_: select_.outerjoin(Room, Room.id == DispatchSlip.room_id),
        export_name=text("export"),
    )


def _local(moment: datetime | None, zone: tzinfo) -> str:
    return "" if moment is None else f"{moment.astimezone(zone):%Y-%m-%d %H:%M}"


def _aware(value: Any, zone: tzinfo) -> datetime | None:
    """A collected date-time (ISO text in the community's local time) as an instant."""
    if not value:
        return None
    moment = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=zone)


def dispatch_sheet(session: Session, record_id: int) -> DispatchSheet:
    """The slip ``record_id`` for the session's actor (refused when it is missing or
    voided)."""
    slip = dispatch.load_dispatch_slip(session, record_id)
    now = context.now(session)
    zone = context.zone(session)
    values = {
        "kind": slip.kind.value,
        "issued_at": slip.issued_at,
        "room_id": references.room_code(session, slip.room_id),
        "contact_name": slip.contact_name,
        "contact_phone": slip.contact_phone,
        "content": slip.content,
        "business_line": slip.business_line.value if slip.business_line else None,
        "urgent": slip.urgent,
        "assigned_department_id": slip.assigned_department_id,
        "assigned_staff_id": slip.assigned_staff_id,
        "due_by_hand": slip.due_set_by_hand,
        "due_at": slip.due_at,
        # a time not reported yet is offered as now
        "accepted_at": slip.accepted_at or now,
        "arrived_at": slip.arrived_at or now,
        "result": slip.result,
        "materials": slip.materials,
        "confirmed_on_the_spot": slip.confirmed_on_the_spot,
        "callback_form": slip.callback_form.value if slip.callback_form else None,
        "callback_satisfied": None
        if slip.callback_satisfied is None
        else ("yes" if slip.callback_satisfied else "no"),
        "callback_comments": slip.callback_comments,
        "reopen_reason": "",
        "call_time_note": slip.callback_call_time_note,
    }
    owed = slip.callback_due is not None and slip.callback_at is None
    entry = slip.worklog_entry
    issuer_id = entry.taken_by_id if entry is not None else slip.created_by_id
    issuer = session.get(Staff, issuer_id) if issuer_id is not None else None
    department = session.get(Department, slip.assigned_department_id) if slip.assigned_department_id else None
    assignee = session.get(Staff, slip.assigned_staff_id) if slip.assigned_staff_id else None
    return DispatchSheet(
        record_id=slip.id,
        number=slip.number,
        values=values,
        kind=slip.kind,
        room=references.room_code(session, slip.room_id),
        contact_name=slip.contact_name or "",
        contact_phone=slip.contact_phone or "",
        content=slip.content,
        result=slip.result or "",
        issuer=issuer.name if issuer is not None else "",
        department=department.name if department is not None else "",
        assignee=assignee.name if assignee is not None else "",
        issued=slip.issued_at.astimezone(zone),
        due=slip.due_at.astimezone(zone) if slip.due_at is not None else None,
        completed=slip.completed_at.astimezone(zone) if slip.completed_at is not None else None,
        stage=dispatch.stage(slip, now).label,
        due_line=dispatch.explain_due(session, slip),
        completed_at=_local(slip.completed_at, zone),
        callback_due=_local(slip.callback_due, zone) if owed else "",
        source=slip.worklog_entry.number if slip.worklog_entry is not None else "",
        accepted=slip.accepted_at is not None,
        arrived=slip.arrived_at is not None,
        done=slip.status is DispatchStatus.DONE,
        actions=action_states(dispatch.GUARDS.verdicts(session, slip, STEPS)),
    )


def _line(values: Mapping[str, Any]) -> BusinessLine | None:
    return BusinessLine(values["business_line"]) if values.get("business_line") else None


def _typed_due(values: Mapping[str, Any], zone: tzinfo) -> datetime | None:
    return _aware(values.get("due_at"), zone) if values.get("due_by_hand") else None


class DispatchScreen(SessionFormScreen):
    """The slip form's reads, saves and steps (see the module docstring)."""

    def staff_choices(self) -> list[tuple[int, str]]:
        return self.workspace.read(references.staff_choices)

    def department_choices(self) -> list[tuple[int, str]]:
        return self.workspace.read(references.department_choices)

    # -- reading -----------------------------------------------------------------------

    def read(self, record_id: int) -> DispatchSheet:
        return self.workspace.read(lambda session: dispatch_sheet(session, record_id))

    def read_in(self, session: Session, record_id: int) -> dict[str, Any]:
        return dict(dispatch_sheet(session, record_id).values)

    # -- saving ------------------------------------------------------------------------

    def save_in(
        self, session: Session, record_id: int | None, values: dict[str, Any], expected_version: int | None
    ) -> int:
        if record_id is None:
            return self._issue(session, values)
        # Ctrl+S on a saved slip: the step its state allows (the table decides).
        slip = dispatch.load_dispatch_slip(session, record_id)
        allowed = dispatch.available_steps(session, slip)
        if allowed["assign"]:
            self._step_in(session, record_id, "assign", values)
            if str(values.get("result") or "").strip():
                self._step_in(session, record_id, "complete", values)
        elif allowed["callback"] and not str(values.get("reopen_reason") or "").strip():
            self._step_in(session, record_id, "callback", values)
        else:
            self._step_in(session, record_id, "reopen", values)
        return record_id

    @staticmethod
    def _issue(session: Session, values: Mapping[str, Any]) -> int:
        zone = context.zone(session)
        room = references.find_room(session, values.get("room_id"), "room_id")
        slip = dispatch.create_dispatch_slip(
            session,
            content=str(values.get("content") or ""),
            issued_at=_aware(values.get("issued_at"), zone) or context.now(session),
            kind=DispatchKind(values.get("kind") or DispatchKind.DISPATCH),
            room_id=room.id if room is not None else None,
            contact_name=str(values.get("contact_name") or "").strip() or None,
            contact_phone=str(values.get("contact_phone") or "").strip() or None,
            assigned_department_id=values.get("assigned_department_id"),
            assigned_staff_id=values.get("assigned_staff_id"),
            business_line=_line(values),
            urgent=bool(values.get("urgent")),
            due_at=_typed_due(values, zone),
        )
        session.flush()
        return slip.id

    # -- the steps ---------------------------------------------------------------------

    def run(
        self, record_id: int, step: str, args: Mapping[str, Any], confirmed: bool = False
    ) -> NeedsConfirmation | None:
        """One step of the slip (``args``: the form's values) in one unit of work; its
        refusal raises. R12: a callback to a client who objected returns
        ``NeedsConfirmation`` (nothing written) until ``confirmed``."""
        if step not in STEPS:
            raise ValueError(f"no such step of a dispatch slip: {step}")

        def work(session: Session) -> None:
            try:
                self._step_in(session, record_id, step, args, confirmed=confirmed)
            except DoNotDisturbWarning as warning:
                if confirmed:
                    raise
                raise Ask(NeedsConfirmation(str(warning))) from None

        return self.workspace.write_or_ask(work)

    @staticmethod
    def _step_in(
        session: Session, record_id: int, step: str, values: Mapping[str, Any], *, confirmed: bool = False
    ) -> None:
        zone = context.zone(session)
        if step == "assign":
            dispatch.assign_dispatch_slip(
                session,
                record_id,
                assigned_department_id=values.get("assigned_department_id"),
                assigned_staff_id=values.get("assigned_staff_id"),
                business_line=_line(values),
                urgent=bool(values.get("urgent")),
                due_at=_typed_due(values, zone),
            )
        elif step == "accept":
            dispatch.record_accepted(session, record_id, _aware(values.get("accepted_at"), zone))
        elif step == "arrive":
            dispatch.record_arrived(session, record_id, _aware(values.get("arrived_at"), zone))
        elif step == "complete":
            dispatch.complete_dispatch_slip(
                session,
                record_id,
                str(values.get("result") or ""),
                materials=str(values.get("materials") or ""),
                confirmed_on_the_spot=bool(values.get("confirmed_on_the_spot")),
            )
        elif step == "callback":
            form = values.get("callback_form")
            dispatch.record_callback(
                session,
                record_id,
                form=ContactForm(form) if form else ContactForm.PHONE,
                satisfied=values.get("callback_satisfied") == "yes",
                comments=str(values.get("callback_comments") or ""),
                call_time_note=str(values.get("call_time_note") or "") or None,
                confirm_do_not_disturb=confirmed,
            )
        else:
            dispatch.reopen_dispatch_slip(session, record_id, str(values.get("reopen_reason") or ""))
