"""工作信息记录表 (SPEC 2.2), the front door: the work-log form's unit of work.

One save of a new line is one screen call and one transaction ("log a call"): the
entry with what came in (``worklog.record_entry``: the complaint it opens, the dispatch
slip it makes, the 5W1H message, the media alert, a promised reply), and its handling
when the receptionist filled that in at once (``worklog.update_handling``). A saved
line keeps what came in; a later save updates its handling and its R22 promise. What a
save made (the numbers of the entry, complaint and slip, the complaint's R1 due time,
the message's recipient) comes back as ``SavedEntry``, so the form can say it.

Also the work-log list (``worklog_list``: "today" and "this week" follow the
workspace's clock and zone when the list is read) and the staff and department choices
of the form's boxes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import bindparam, func
from sqlalchemy.orm import Session

from desk_app.messages import msg
from desk_app.models import Client, Room, Staff, WorkLogEntry
from desk_app.models.enums import Category, Channel, WorkLogStatus
from desk_app.screens.base import SessionFormScreen, Workspace
from desk_app.screens.list_spec import Column, EnumText, Filter, ListSpec, Text
from desk_app.services import promises, references, worklog
from desk_app.services.errors import FieldError
from desk_app.services.references import StaffChoice
from desk_app.services.worklog import Message5W1H

__all__ = [
    "CATEGORIES",
    "CHANNELS",
    "LIST_TEXT_KEYS",
    "People",
    "SavedEntry",
    "WorklogScreen",
    "period_start",
    "worklog_list",
]

CHANNELS = tuple(Channel)
CATEGORIES = tuple(Category)

#: what the widget labels the list with: ``text(key)`` for these keys
LIST_TEXT_KEYS = (
    "col_number",
    "col_received",
    "col_channel",
    "col_category",
    "col_room",
    "col_contact",
    "col_status",
    "col_content",
    "filter_channel",
    "filter_category",
    "filter_period",
    "all",
    "today",
    "this_week",
    "export",
)


@dataclass(frozen=True)
class People:
    """The choices of the form's staff and department boxes."""

    staff: tuple[StaffChoice, ...]
    departments: tuple[tuple[int, str], ...]


@dataclass(frozen=True)
class SavedEntry:
    """What one save made: the entry, and what it opened or sent."""

    entry_id: int
    number: str
    media: bool = False
    complaint_id: int | None = None
    complaint_number: str | None = None
    #: the complaint's R1 first-response due time, local ("2026-11-24 16:00"), or "—"
    complaint_due: str | None = None
    slip_id: int | None = None
    slip_number: str | None = None
    #: the colleague a 5W1H message went to (R16)
    recipient: str | None = None


def _local_iso(moment: datetime, zone: Any) -> str:
    return moment.astimezone(zone).replace(tzinfo=None).isoformat()


class WorklogScreen(SessionFormScreen):
    """The form's reads and saves (``FormScreen``), and what the last save made."""

    def people(self) -> People:
        """Active staff (by pinyin, with their department) and departments."""

        def read(session: Session) -> People:
            return People(
                tuple(references.staff_entries(session)), tuple(references.department_choices(session))
            )

        return self.workspace.read(read)

    # -- reading -----------------------------------------------------------------------

    def read_in(self, session: Session, record_id: int) -> dict[str, Any]:
        entry = worklog.load_entry(session, record_id)
        zone = self.workspace.zone
        # Issue 14: what the entry opened, with its state now (a closed complaint closes
        # the line; the entry's status follows its records, not a copy).
        linked = worklog.linked_records(session, entry.id)
        live_status, _live_result = worklog.entry_state(session, entry.id)
        return {
            "number": entry.number,
            "links": [
                {
                    "kind": record.kind,
                    "record_id": record.record_id,
                    "number": record.number,
                    "state": record.state,
                    "result": record.result or "",
                }
                for record in linked
            ],
            "received_at": _local_iso(entry.received_at, zone),
            "channel": entry.channel.value,
            "client_id": entry.client_id,
            "room_id": entry.room_id,
            "client_text": entry.room.code if entry.client_id is None and entry.room is not None else "",
            "anonymous": entry.anonymous,
            "contact_name": entry.contact_name,
            "contact_phone": entry.contact_phone,
            "category": entry.category.value,
            "content": entry.content,
            "taken_by_id": entry.taken_by_id,
            "assigned_staff_id": entry.assigned_staff_id,
            "assigned_department_id": entry.assigned_department_id,
            "message": entry.message_for_id is not None,
            "message_for_id": entry.message_for_id,
            "message_when": entry.message_when,
            "message_where": entry.message_where,
            "message_what": entry.message_what,
            "message_why": entry.message_why,
            "message_how": entry.message_how,
            "caller_company": entry.caller_company,
            "reply_needed": entry.reply_needed,
            "reply_promised": entry.reply_promised_by is not None,
            "reply_promised_by": _local_iso(entry.reply_promised_by, zone)
            if entry.reply_promised_by is not None
            else None,
            "reply_owed_by_id": entry.reply_owed_by_id,
            "reply_given": entry.reply_given_at is not None,
            "result": entry.result,
            "status": live_status.value,
            "status_follows_links": bool(linked),
            "slip_id": next((r.record_id for r in reversed(linked) if r.kind == "dispatch_slips"), None),
            "_version": entry.version,
        }

    # -- saving ------------------------------------------------------------------------

    def save_entry(
        self, record_id: int | None, values: dict[str, Any], expected_version: int | None
    ) -> SavedEntry:
        """Save the form's values in one transaction: a new line ("log a call") when
        ``record_id`` is None, else the handling of the saved line."""
        return self.workspace.write(
            lambda session: self.save_entry_in(session, record_id, values, expected_version)
        )

    def save_in(
        self, session: Session, record_id: int | None, values: dict[str, Any], expected_version: int | None
    ) -> int:
        return self.save_entry_in(session, record_id, values, expected_version).entry_id

    def save_entry_in(
        self, session: Session, record_id: int | None, values: dict[str, Any], expected_version: int | None
    ) -> SavedEntry:
        status = WorkLogStatus(values.get("status") or WorkLogStatus.OPEN.value)
        if record_id is not None:
            entry = worklog.update_handling(
                session,
                record_id,
                expected_version=expected_version,
                result=values.get("result"),
                status=status,
                assigned_staff_id=values.get("assigned_staff_id"),
                assigned_department_id=values.get("assigned_department_id"),
            )
            self._save_promise(session, entry, values)
            return SavedEntry(entry.id, entry.number)
        return self._log_call(session, values, status)

    def _promised_by(self, values: dict[str, Any]) -> datetime | None:
        if not values.get("reply_promised") or not values.get("reply_promised_by"):
            return None
        return datetime.fromisoformat(values["reply_promised_by"]).replace(tzinfo=self.workspace.zone)

    def _save_promise(self, session: Session, entry: WorkLogEntry, values: dict[str, Any]) -> None:
        """R22 on a saved line: a new or moved promise; the reply given."""
        promised = self._promised_by(values)
        owner = values.get("reply_owed_by_id")
        if promised is not None and (promised != entry.reply_promised_by or owner != entry.reply_owed_by_id):
            promises.promise_reply(session, entry.id, promised, owner)
        if promised is not None and values.get("reply_given") and entry.reply_given_at is None:
            promises.record_reply_given(session, entry.id)

    def _message(self, values: dict[str, Any]) -> Message5W1H | None:
        if not values.get("message"):
            return None
        if values.get("message_for_id") is None:
            raise FieldError("message_for_id", msg("请选择留言给哪位同事"))
        return Message5W1H(
            for_staff_id=values["message_for_id"],
            what=values.get("message_what") or "",
            when=values.get("message_when"),
            where=values.get("message_where"),
            why=values.get("message_why"),
            how=values.get("message_how"),
            caller_company=values.get("caller_company"),
            reply_needed=bool(values.get("reply_needed")),
        )

    def _due_text(self, due: datetime | None) -> str:
        return due.astimezone(self.workspace.zone).strftime("%Y-%m-%d %H:%M") if due is not None else "—"

    def _log_call(self, session: Session, values: dict[str, Any], status: WorkLogStatus) -> SavedEntry:
        """A new line: the entry and all it opens, then its handling when given."""
        if not values.get("category"):
            raise FieldError("category", msg("请选择类别（按数字键 1–7）"))
        try:
            received = datetime.fromisoformat(values["received_at"]).replace(tzinfo=self.workspace.zone)
        except (KeyError, TypeError, ValueError) as error:
            raise FieldError("received_at", msg("受理时间无效，请重新填写")) from error
        promised = self._promised_by(values)
        result = worklog.record_entry(
            session,
            channel=Channel(values.get("channel") or Channel.CALL.value),
            category=Category(values["category"]),
            content=values.get("content") or "",
            received_at=received,
            client_id=values.get("client_id"),
            room_id=values.get("room_id"),
            contact_name=values.get("contact_name"),
            contact_phone=values.get("contact_phone"),
            anonymous=bool(values.get("anonymous")),
            taken_by_id=values.get("taken_by_id"),
            assigned_staff_id=values.get("assigned_staff_id"),
            assigned_department_id=values.get("assigned_department_id"),
            message=self._message(values),
            reply_promised_by=promised,
            reply_owed_by_id=values.get("reply_owed_by_id") if promised is not None else None,
        )
        entry = result.entry
        if (values.get("result") or "").strip() or status is not WorkLogStatus.OPEN:
            worklog.update_handling(
                session,
                entry.id,
                result=values.get("result"),
                status=status,
                assigned_staff_id=values.get("assigned_staff_id"),
                assigned_department_id=values.get("assigned_department_id"),
            )
        complaint, slip = result.complaint, result.dispatch_slip
        due = complaint.first_response_due if complaint is not None else None
        recipient = None
        if entry.message_for_id is not None:
            staff = session.get(Staff, entry.message_for_id)
            recipient = staff.name if staff is not None else ""
        return SavedEntry(
            entry_id=entry.id,
            number=entry.number,
            media=entry.channel is Channel.MEDIA,
            complaint_id=complaint.id if complaint is not None else None,
            complaint_number=complaint.number if complaint is not None else None,
            complaint_due=self._due_text(due) if complaint is not None else None,
            slip_id=slip.id if slip is not None else None,
            slip_number=slip.number if slip is not None else None,
            recipient=recipient,
        )


# -- the list --------------------------------------------------------------------------


def period_start(workspace: Workspace, name: str, week: bool = False) -> Any:
    """The local midnight that starts today (or this week, Monday) by the workspace's
    clock and zone, as a parameter read when the list is read: a page left open past
    midnight moves on with the day."""

    def start() -> datetime:
        local = workspace.now().astimezone(workspace.zone)
        midnight = local.replace(hour=0, minute=0, second=0, microsecond=0)
        return midnight - timedelta(days=midnight.weekday()) if week else midnight

    return bindparam(name, callable_=start, type_=WorkLogEntry.received_at.type)


def worklog_list(workspace: Workspace, text: Text, enum_text: EnumText) -> ListSpec:
    """The list of entries, labelled by ``text`` (keys ``LIST_TEXT_KEYS``) and
    ``enum_text``; "today" and "this week" follow the workspace's clock."""
    contact = func.coalesce(Client.name, WorkLogEntry.contact_name)
    return ListSpec(
        kind="worklog",
        model=WorkLogEntry,
        columns=(
            Column(text("col_number"), WorkLogEntry.number, width=130),
            Column(text("col_received"), WorkLogEntry.received_at, width=130),
            Column(text("col_channel"), WorkLogEntry.channel, width=60),
            Column(text("col_category"), WorkLogEntry.category, width=60),
            Column(text("col_room"), Room.code, width=80),
            Column(text("col_contact"), contact, width=80),
            # issue 14: the state of what the entry opened (a closed complaint, a done slip)
            Column(text("col_status"), worklog.live_status(), width=60, sort_by=WorkLogEntry.status),
            Column(text("col_content"), WorkLogEntry.content, width=260),
        ),
        search=(
            WorkLogEntry.number,
            WorkLogEntry.content,
            WorkLogEntry.contact_name,
            WorkLogEntry.contact_phone,
            Room.code,
            Client.name,
        ),
        filters=(
            Filter(
                text("filter_channel"),
                (
                    (text("all"), None),
                    *((enum_text(channel), WorkLogEntry.channel == channel) for channel in CHANNELS),
                ),
            ),
            Filter(
                text("filter_category"),
                ((text("all"), None), *((enum_text(c), WorkLogEntry.category == c) for c in CATEGORIES)),
            ),
            Filter(
                text("filter_period"),
                (
                    (text("all"), None),
                    (text("today"), WorkLogEntry.received_at >= period_start(workspace, "day_start")),
                    (
                        text("this_week"),
                        WorkLogEntry.received_at >= period_start(workspace, "week_start", week=True),
                    ),
                ),
            ),
        ),
        default_order=WorkLogEntry.received_at.desc(),
        query=lambda query: query.outerjoin(Room, WorkLogEntry.room_id == Room.id).outerjoin(
            Client, WorkLogEntry.client_id == Client.id
        ),
        export_name=text("export"),
    )
