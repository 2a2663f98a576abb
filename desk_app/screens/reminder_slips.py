"""温馨提示 reminder-slip cases (SPEC 2.7, R14): the screen's unit of work.

``ReminderScreen`` reads a case as a frozen ``ReminderSheet`` (the form's values, the
slips posted and the items cleared, the signatories, and every step's state from
``reminder_cases.GUARDS``), opens a new case, and runs one step of a saved one (a check
heeded or not, clearing the items, closing without clearance, a signed claim), each in
one unit of work. R14's legal-risk warning before a clearance is returned as
``NeedsConfirmation`` (nothing written) until the step is run again confirmed.

The printouts print what this screen reads: ``printable_slips`` gives the latest slip
of each case (one case, or a batch of the listed ones).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, tzinfo
from typing import Any

from sqlalchemy import exists, select
from sqlalchemy.orm import Session, selectinload

from desk_app.messages import msg
from desk_app.models import ReminderCase, ReminderSlip, Room
from desk_app.models.enums import ReminderCaseStatus, ReminderKind
from desk_app.screens.base import ActionState, Ask, NeedsConfirmation, SessionFormScreen, action_states
from desk_app.screens.list_spec import Column, EnumText, Filter, ListSpec, Text
from desk_app.services import context, disputes, references, reminder_cases
from desk_app.services.disputes import DisputeLink
from desk_app.services.errors import FieldError, NotFoundError, RuleViolationError

__all__ = [
    "LIST_TEXT_KEYS",
    "STEPS",
    "BatchCase",
    "ItemLine",
    "ReminderScreen",
    "ReminderSheet",
    "SlipData",
    "SlipLine",
    "parse_items",
    "printable_slips",
    "reminder_list",
    "reminder_sheet",
]

#: A saved case is not retyped (as a saved line of a book is not).
READ_ONLY = msg("已保存的登记不能改写；后续情况请用表单下方的按钮登记，写错的记录请作废后重新登记。")

#: the steps of a saved case (``reminder_cases.GUARDS``), in the order of the buttons
STEPS = reminder_cases.STEPS

#: what the widget labels the list with: ``text(key)`` for these keys
LIST_TEXT_KEYS = (
    "col_number",
    "col_kind",
    "col_location",
    "col_opened",
    "col_status",
    "col_next",
    "filter_status",
    "filter_all",
    "filter_open",
    "export",
)


def reminder_list(text: Text, enum_text: EnumText) -> ListSpec:
    """The list of cases, labelled by ``text`` (keys ``LIST_TEXT_KEYS``)."""
    return ListSpec(
        kind="reminder_slips",
        model=ReminderCase,
        columns=(
            Column(text("col_number"), ReminderCase.number),
            Column(text("col_kind"), ReminderCase.kind),
            Column(text("col_location"), ReminderCase.location),
            Column(text("col_opened"), ReminderCase.opened_at),
            Column(text("col_status"), ReminderCase.status),
            Column(text("col_next"), ReminderCase.next_check_at),
        ),
        search=(ReminderCase.number, ReminderCase.location, Room.code),
        filters=(
            Filter(
                text("filter_status"),
                (
                    (text("filter_all"), None),
                    (
                        text("filter_open"),
                        ReminderCase.status.not_in(list(reminder_cases.CLOSED_CASE_STATUSES)),
                    ),
                    *((enum_text(status), ReminderCase.status == status) for status in ReminderCaseStatus),
                ),
            ),
        ),
        default_order=ReminderCase.opened_at.desc(),
        query=lambda select_: select_.outerjoin(Room, Room.id == ReminderCase.room_id),
        export_name=text("export"),
    )


# -- the sheet ------------------------------------------------------------------------------


@dataclass(frozen=True)
class SlipLine:
    """One slip posted, as the form lists it (instants in the community's zone)."""

    sequence: int
    posted: datetime
    checked: datetime | None
    #: None: not checked yet
    heeded: bool | None


@dataclass(frozen=True)
class ItemLine:
    """One cleared item with its claim."""

    item_id: int
    number: str
    description: str
    storage_place: str
    claimed: datetime | None
    claimant: str


@dataclass(frozen=True)
class SlipData:
    """The latest slip of a case as the printout prints it."""

    case_number: str
    kind: ReminderKind
    location: str
    sequence: int
    text: str
    posted_at: datetime
    signatories: tuple[str, ...]


@dataclass(frozen=True)
class ReminderSheet:
    """A saved case as the form shows it."""

    record_id: int
    number: str
    version: int
    #: the form's values (what ``collect()`` gives), read back from the case
    values: Mapping[str, Any]
    kind: ReminderKind
    status: ReminderCaseStatus
    location: str
    #: the next check, in the community's zone (None: none due)
    next_check: datetime | None
    #: the cleared case this one repeats (R14: may be cleared at once), "" if none
    repeat_of: str
    notes: str
    #: who signs the latest slip (R14: three parties for high-altitude throwing)
    signatories: tuple[str, ...]
    three_party: bool
    slips: tuple[SlipLine, ...]
    items: tuple[ItemLine, ...]
    #: the first cleared item not claimed yet ("" when none waits)
    waiting_item: str
    #: the third slip is out: an unheeded check now ends the slips
    last_slip: bool
    #: the dispute this case is part of, and the dispute's other records (issue 14)
    links: tuple[DisputeLink, ...]
    #: every step of ``STEPS``: enabled exactly when the service would take it
    actions: Mapping[str, ActionState] = field(default_factory=dict)


def _local(moment: datetime | None, zone: tzinfo) -> datetime | None:
    return moment.astimezone(zone) if moment is not None else None


def reminder_sheet(session: Session, record_id: int) -> ReminderSheet:
    """The case ``record_id`` for the session's actor (refused when it is missing or
    voided)."""
    case = reminder_cases.load_case(session, record_id)
    zone = context.zone(session)
    slips = [slip for slip in case.slips if slip.voided_at is None]
    latest = slips[-1] if slips else None
    repeat_of = session.get(ReminderCase, case.repeat_of_case_id) if case.repeat_of_case_id else None
    items = tuple(
        ItemLine(
            item.id,
            item.item_number,
            item.description,
            item.storage_place,
            _local(item.claimed_at, zone),
            item.claimant_name or "",
        )
        for item in case.cleared_items
        if item.voided_at is None
    )
    values = {
        "kind": case.kind.value,
        "room_id": references.room_code(session, case.room_id),
        "location": case.location,
        "text": latest.text if latest is not None else "",
        "items": "",
        "notes": "",
        "item_number": next((item.number for item in items if item.claimed is None), ""),
        "claimant_name": "",
        "claimant_signature": "",
    }
    return ReminderSheet(
        record_id=case.id,
        number=case.number,
        version=int(case.version or 0),
        values=values,
        kind=case.kind,
        status=case.status,
        location=case.location,
        next_check=_local(case.next_check_at, zone),
        repeat_of=repeat_of.number if repeat_of is not None else "",
        notes=case.notes or "",
        signatories=tuple(latest.signatories or ()) if latest is not None else (),
        three_party=case.kind is ReminderKind.HIGH_ALTITUDE_THROWING,
        slips=tuple(
            SlipLine(
                slip.sequence, slip.posted_at.astimezone(zone), _local(slip.checked_at, zone), slip.heeded
            )
            for slip in slips
        ),
        items=items,
        waiting_item=str(values["item_number"]),
        last_slip=case.status is ReminderCaseStatus.THIRD_SLIP,
        links=tuple(disputes.links_of(session, case)),
        actions=action_states(reminder_cases.GUARDS.verdicts(session, case, STEPS)),
    )


# -- printing -------------------------------------------------------------------------------


def _slip_data(case: ReminderCase) -> SlipData:
    slips = [slip for slip in case.slips if slip.voided_at is None]
    if not slips:
        raise NotFoundError(msg("温馨提示案件 {number} 还没有张贴过提示", number=case.number), rule="R14")
    slip = max(slips, key=lambda row: row.sequence)
    return SlipData(
        case_number=case.number,
        kind=case.kind,
        location=case.location,
        sequence=slip.sequence,
        text=slip.text,
        posted_at=slip.posted_at,
        signatories=tuple(slip.signatories or ()),
    )


def printable_slips(session: Session, case_ids: Sequence[int]) -> list[SlipData]:
    """The latest slip of each case, in the order given (a batch of 500 in a few
    statements: the cases with their slips, 500 at a time)."""
    found: dict[int, ReminderCase] = {}
    for start in range(0, len(case_ids), 500):
        chunk = list(case_ids[start : start + 500])
        rows = session.scalars(
            select(ReminderCase).where(ReminderCase.id.in_(chunk)).options(selectinload(ReminderCase.slips))
        )
        found.update({case.id: case for case in rows})
    result: list[SlipData] = []
    for case_id in case_ids:
        case = found.get(case_id)
        if case is None or case.voided_at is not None:
            raise NotFoundError(
                msg("找不到温馨提示案件（编号 {case_id}），或已作废", case_id=case_id), rule="R14"
            )
        result.append(_slip_data(case))
    return result


@dataclass(frozen=True)
class BatchCase:
    """A listed case with a slip, for the batch print's chooser."""

    case_id: int
    number: str
    kind: ReminderKind
    location: str
    status: ReminderCaseStatus

    @property
    def open(self) -> bool:
        return self.status not in reminder_cases.CLOSED_CASE_STATUSES


# -- the form's values ----------------------------------------------------------------------


def parse_items(text: str) -> list[tuple[str, str]]:
    """The cleared-items box: one item a line, "what / where" (a full-width ／ too)."""
    items: list[tuple[str, str]] = []
    for index, line in enumerate((line for line in text.splitlines() if line.strip()), start=1):
        what, slash, where = line.replace("／", "/").partition("/")
        if not slash:
            raise FieldError(
                "items", msg("第{index}行请写成“物品名称和特征 / 存放地点”", index=index), rule="R14"
            )
        items.append((what.strip(), where.strip()))
    return items


class ReminderScreen(SessionFormScreen):
    """The case form's reads, saves and steps (see the module docstring)."""

    # -- reading -----------------------------------------------------------------------

    def read(self, record_id: int) -> ReminderSheet:
        return self.workspace.read(lambda session: reminder_sheet(session, record_id))

    def read_in(self, session: Session, record_id: int) -> dict[str, Any]:
        sheet = reminder_sheet(session, record_id)
        return {**sheet.values, "_version": sheet.version}

    def signatories(self, kind: ReminderKind) -> list[str]:
        """Who would sign a new slip of ``kind`` (R14); refused when the settings name
        the same party twice."""
        return self.workspace.read(lambda session: reminder_cases.slip_signatories(session, kind))

    def printable(self, case_ids: Sequence[int]) -> list[SlipData]:
        return self.workspace.read(lambda session: printable_slips(session, case_ids))

    def listed_cases(self, spec: ListSpec, conditions: Sequence[Any]) -> list[BatchCase]:
        """The cases the list shows (its search and filters, ``conditions``) that have
        a slip, for the batch print."""
        posted = exists().where(ReminderSlip.case_id == ReminderCase.id, ReminderSlip.voided_at.is_(None))

        def read(session: Session) -> list[BatchCase]:
            query: Any = select(
                ReminderCase.id,
                ReminderCase.number,
                ReminderCase.kind,
                ReminderCase.location,
                ReminderCase.status,
            )
            if spec.query is not None:  # the list's joins, which its search may use
                query = spec.query(query)
            rows = session.execute(query.where(*conditions, posted).order_by(ReminderCase.id)).all()
            return [BatchCase(row[0], row[1] or "", row[2], row[3] or "", row[4]) for row in rows]

        return self.workspace.read(read)

    # -- saving ------------------------------------------------------------------------

    def save_in(
        self, session: Session, record_id: int | None, values: dict[str, Any], expected_version: int | None
    ) -> int:
        if record_id is not None:
            # A saved case is not retyped: its later steps have their own buttons.
            raise RuleViolationError(READ_ONLY)
        room = references.find_room(session, values.get("room_id"), "room_id")
        text = str(values.get("text") or "").strip()
        case = reminder_cases.open_case(
            session,
            ReminderKind(values.get("kind") or ReminderKind.CORRIDOR_CLUTTER),
            location=values.get("location"),
            room_id=room.id if room is not None else None,
            text=text or None,
        )
        return case.id

    # -- the steps ---------------------------------------------------------------------

    def run(
        self, record_id: int, step: str, args: Mapping[str, Any], confirmed: bool = False
    ) -> NeedsConfirmation | None:
        """One step of the case (``args``: the form's values) in one unit of work; its
        refusal raises. R14: clearing returns the legal-risk ``NeedsConfirmation``
        (nothing written) until ``confirmed``."""
        if step not in STEPS:
            raise ValueError(f"no such step of a reminder case: {step}")
        return self.workspace.write_or_ask(
            lambda session: self._step_in(session, record_id, step, args, confirmed)
        )

    @staticmethod
    def _step_in(
        session: Session, record_id: int, step: str, values: Mapping[str, Any], confirmed: bool
    ) -> None:
        if step in ("heeded", "unheeded"):
            reminder_cases.record_check(session, record_id, step == "heeded")
        elif step == "clear":
            items = parse_items(str(values.get("items") or ""))
            try:
                reminder_cases.clear_items(session, record_id, items, confirm_legal_risk=confirmed)
            except reminder_cases.LegalRiskWarning as warning:
                if confirmed:
                    raise
                raise Ask(NeedsConfirmation(str(warning), msg("清理物品的法律风险"))) from None
        elif step == "close":
            reminder_cases.close_without_clearance(session, record_id, str(values.get("notes") or ""))
        elif step == "claim":
            item = reminder_cases.find_cleared_item(session, str(values.get("item_number") or ""))
            reminder_cases.claim_item(
                session,
                item.id,
                str(values.get("claimant_name") or ""),
                str(values.get("claimant_signature") or ""),
            )
        else:
            reminder_cases.void_case(session, record_id, str(values.get("void_reason") or ""))
