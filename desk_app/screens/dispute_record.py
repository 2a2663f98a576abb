"""邻里纠纷处理记录表 neighbour dispute record (SPEC 2.5): the screen's unit of work.

``DisputeScreen`` reads a dispute as a frozen ``DisputeSheet`` (the form's values, the
process log, the linked reminder cases and notices, the closure, and the state of every
action from ``disputes.GUARDS``), saves the form (``FormScreen``) and runs one step of
the dispute (``run``: add a step, add a participant, close, reopen, link, unlink), each
in one unit of work. Closing asks first: ``run(..., "close", ...)`` returns
``NeedsConfirmation`` once every check has passed, and nothing is written until it is
run again with ``confirmed=True``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, tzinfo
from typing import Any

from sqlalchemy.orm import Session, aliased

from desk_app.messages import msg
from desk_app.models import AttachmentOwner, Client, Dispute, Room, Staff
from desk_app.models.enums import DisputeParticipant, DisputeStatus, DisputeType
from desk_app.screens.base import ActionState, Ask, NeedsConfirmation, SessionFormScreen, action_states
from desk_app.screens.list_spec import Column, EnumText, Filter, ListSpec, Text
from desk_app.services import context, disputes, references
from desk_app.services.disputes import CLOSED_STATUSES_ORDERED, DisputeLink

__all__ = [
    "ATTACHMENTS",
    "CLOSED_STATUSES_ORDERED",
    "LIST_TEXT_KEYS",
    "STEPS",
    "DisputeLink",
    "DisputeScreen",
    "DisputeSheet",
    "LogLine",
    "dispute_list",
    "dispute_sheet",
]

#: whose photos and scans the form's attachments panel shows
ATTACHMENTS = AttachmentOwner.DISPUTE

#: the steps ``run`` takes, each a step of ``disputes.GUARDS``
STEPS = ("add_step", "add_participant", "close", "reopen", "link", "unlink")

#: what the widget labels the list with: ``text(key)`` for these keys
LIST_TEXT_KEYS = (
    "col_number",
    "col_opened",
    "col_type",
    "col_complainant",
    "col_respondent",
    "col_status",
    "col_handler",
    "filter_status",
    "filter_type",
    "all",
    "export",
)


@dataclass(frozen=True)
class LogLine:
    """One line of the process log, as the table shows it."""

    step_id: int
    #: local time, ``2026-11-23 09:30``
    at: str
    #: the same instant, in the community's zone
    moment: datetime
    who: str
    action: str
    participants: tuple[DisputeParticipant, ...]
    result: str


@dataclass(frozen=True)
class DisputeSheet:
    """A dispute as the form shows it; ``record_id`` None for a new, unsaved one."""

    record_id: int | None
    number: str = ""
    status: DisputeStatus | None = None
    dispute_type: DisputeType | None = None
    #: registered, in the community's zone
    opened: datetime | None = None
    #: the names of the steward in charge and of the parties ("" when not given)
    handler: str = ""
    complainant_room: str = ""
    complainant: str = ""
    respondent_room: str = ""
    respondent: str = ""
    description: str = ""
    #: when it was closed, local text; "" while open
    closed_at: str = ""
    #: the same instant, in the community's zone; None while open
    closed_on: datetime | None = None
    outcome: str = ""
    steps: tuple[LogLine, ...] = ()
    links: tuple[DisputeLink, ...] = ()
    #: every step of ``STEPS``: enabled exactly when the service would take it
    actions: Mapping[str, ActionState] = field(default_factory=dict)

    @property
    def closed(self) -> bool:
        return self.status in disputes.CLOSED_STATUSES


def _local(moment: datetime | None, zone: tzinfo) -> str:
    return "" if moment is None else f"{moment.astimezone(zone):%Y-%m-%d %H:%M}"


def new_sheet() -> DisputeSheet:
    """The sheet of a form not saved yet: no step can be taken before the first save."""
    return DisputeSheet(record_id=None, actions={step: ActionState(False) for step in STEPS})


def _staff_name(session: Session, ident: int | None) -> str:
    found = session.get(Staff, ident) if ident is not None else None
    return found.name if found is not None else ""


def _client_name(session: Session, ident: int | None) -> str:
    found = session.get(Client, ident) if ident is not None else None
    return found.name if found is not None else ""


def dispute_sheet(session: Session, record_id: int) -> DisputeSheet:
    """The dispute ``record_id`` for the session's actor (refused when it is missing or
    voided): what the screen shows and the 邻里纠纷处理记录表 prints."""
    dispute = disputes.load_dispute(session, record_id)
    zone = context.zone(session)
    live = sorted(
        (step for step in dispute.steps if step.voided_at is None), key=lambda step: (step.at, step.id)
    )
    steps = tuple(
        LogLine(
            step_id=step.id,
            at=_local(step.at, zone),
            moment=step.at.astimezone(zone),
            who=step.staff.name if step.staff is not None else "",
            action=step.action,
            participants=tuple(DisputeParticipant(code) for code in step.participants),
            result=step.result or "",
        )
        for step in live
    )
    closed = dispute.status in disputes.CLOSED_STATUSES
    verdicts = disputes.GUARDS.verdicts(session, dispute, STEPS)
    return DisputeSheet(
        record_id=dispute.id,
        number=dispute.number,
        status=dispute.status,
        dispute_type=dispute.dispute_type,
        opened=dispute.opened_at.astimezone(zone),
        handler=_staff_name(session, dispute.handler_id),
        complainant_room=references.room_code(session, dispute.complainant_room_id),
        complainant=_client_name(session, dispute.complainant_client_id),
        respondent_room=references.room_code(session, dispute.respondent_room_id),
        respondent=_client_name(session, dispute.respondent_client_id),
        description=dispute.description,
        closed_at=_local(dispute.closed_at, zone) if closed else "",
        closed_on=dispute.closed_at.astimezone(zone) if closed and dispute.closed_at is not None else None,
        outcome=(dispute.outcome or "") if closed else "",
        steps=steps,
        links=tuple(disputes.dispute_links(session, dispute.id)),
        actions=action_states(verdicts),
    )


def dispute_list(text: Text, enum_text: EnumText) -> ListSpec:
    """The list of disputes, labelled by ``text`` (keys ``LIST_TEXT_KEYS``)."""
    complainant = aliased(Room)
    respondent = aliased(Room)
    statuses: list[tuple[str, Any]] = [(text("all"), None)]
    statuses += [(enum_text(status), Dispute.status == status) for status in DisputeStatus]
    types: list[tuple[str, Any]] = [(text("all"), None)]
    types += [(enum_text(kind), Dispute.dispute_type == kind) for kind in DisputeType]
    return ListSpec(
        kind="disputes",
        model=Dispute,
        columns=(
            Column(text("col_number"), Dispute.number, width=130),
            Column(text("col_opened"), Dispute.opened_at, width=130),
            Column(text("col_type"), Dispute.dispute_type, width=110),
            Column(text("col_complainant"), complainant.code, width=80),
            Column(text("col_respondent"), respondent.code, width=80),
            Column(text("col_status"), Dispute.status, width=60),
            Column(text("col_handler"), Staff.name, width=70),
        ),
        search=(Dispute.number, complainant.code, respondent.code, Dispute.description),
        filters=(Filter(text("filter_status"), tuple(statuses)), Filter(text("filter_type"), tuple(types))),
        default_order=Dispute.opened_at.desc(),
        query=lambda select_: (
            select_.outerjoin(complainant, complainant.id == Dispute.complainant_room_id)
            .outerjoin(respondent, respondent.id == Dispute.respondent_room_id)
            .outerjoin(Staff, Staff.id == Dispute.handler_id)
        ),
        export_name=text("export"),
    )


def _aware(value: Any, zone: tzinfo) -> datetime | None:
    """A collected date-time (ISO text in the community's local time) as an instant."""
    if not value:
        return None
    moment = datetime.fromisoformat(str(value))
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=zone)


class DisputeScreen(SessionFormScreen):
    """The dispute form's reads, saves and steps (see the module docstring)."""

    # -- reading -----------------------------------------------------------------------

    def staff_choices(self) -> list[tuple[int, str]]:
        """The 负责人 box: active staff, by name."""
        return self.workspace.read(references.staff_choices)

    def sheet_in(self, session: Session, record_id: int) -> DisputeSheet:
        return dispute_sheet(session, record_id)

    def read(self, record_id: int) -> DisputeSheet:
        """The dispute as the form shows it, for the signed-in person."""
        return self.workspace.read(lambda session: self.sheet_in(session, record_id))

    def read_in(self, session: Session, record_id: int) -> dict[str, Any]:
        dispute = disputes.load_dispute(session, record_id)
        zone = context.zone(session)
        return {
            "dispute_type": dispute.dispute_type.value,
            "opened_at": dispute.opened_at.astimezone(zone).replace(tzinfo=None).isoformat(),
            "complainant_room": references.room_code(session, dispute.complainant_room_id),
            "complainant_client_id": dispute.complainant_client_id,
            "respondent_room": references.room_code(session, dispute.respondent_room_id),
            "respondent_client_id": dispute.respondent_client_id,
            "description": dispute.description,
            "handler_id": dispute.handler_id,
            "_sheet": self.sheet_in(session, record_id),
            "_version": dispute.version,
        }

    # -- saving ------------------------------------------------------------------------

    def save_in(
        self, session: Session, record_id: int | None, values: dict[str, Any], expected_version: int | None
    ) -> int:
        arguments: dict[str, Any] = {
            "dispute_type": values.get("dispute_type") or "",
            "description": values.get("description") or "",
            "complainant_room": values.get("complainant_room"),
            "respondent_room": values.get("respondent_room"),
            "complainant_client_id": values.get("complainant_client_id"),
            "respondent_client_id": values.get("respondent_client_id"),
            "opened_at": _aware(values.get("opened_at"), context.zone(session)),
            "handler_id": values.get("handler_id"),
        }
        if record_id is None:
            return disputes.record_dispute(session, **arguments).id
        return disputes.update_dispute(session, record_id, expected_version=expected_version, **arguments).id

    # -- the steps ---------------------------------------------------------------------

    def run(
        self, record_id: int, step: str, args: Mapping[str, Any], confirmed: bool = False
    ) -> NeedsConfirmation | None:
        """One step of the dispute in one unit of work; its refusal raises. ``close``
        returns ``NeedsConfirmation`` (nothing written) until ``confirmed``."""
        if step not in STEPS:
            raise ValueError(f"no such step of a dispute: {step}")

        def work(session: Session) -> None:
            self._step_in(session, record_id, step, args)
            if step == "close" and not confirmed:
                dispute = disputes.load_dispute(session, record_id)
                raise Ask(
                    NeedsConfirmation(
                        msg(
                            "确定以“{status}”结案 {number} 吗？\n处理结果：{outcome}",
                            status=DisputeStatus(args.get("status", DisputeStatus.RESOLVED)),
                            number=dispute.number,
                            outcome=str(args.get("outcome") or "").strip(),
                        )
                    )
                )

        return self.workspace.write_or_ask(work)

    @staticmethod
    def _step_in(session: Session, record_id: int, step: str, args: Mapping[str, Any]) -> None:
        if step == "add_step":
            participants: Iterable[str] = args.get("participants") or ()
            disputes.add_step(
                session,
                record_id,
                str(args.get("action") or ""),
                participants=list(participants),
                result=str(args.get("result") or "") or None,
            )
        elif step == "add_participant":
            disputes.add_participant(session, int(args["step_id"]), str(args.get("participant") or ""))
        elif step == "close":
            status = args.get("status", DisputeStatus.RESOLVED)
            disputes.close_dispute(session, record_id, str(args.get("outcome") or ""), status=status)
        elif step == "reopen":
            disputes.reopen_dispute(session, record_id, str(args.get("reason") or ""))
        elif step == "link":
            disputes.link_to_dispute(session, record_id, str(args.get("number") or ""))
        else:
            disputes.unlink_from_dispute(session, record_id, str(args.get("number") or ""))
