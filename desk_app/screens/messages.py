"""留言(5W1H): the inbox of messages taken for a colleague who was away (SPEC 2.2, R16).

The card of one message is a frozen sheet: the 5W1H, who took it and when, and the
state of its actions, read from the message lifecycle's guard table
(``services.worklog.MESSAGE_GUARDS``). Showing a message to the person it was left for
marks it read in the same unit of work (``show``); anyone else is refused by the
service, not by the widget. The list shows only the reader's messages, unread first.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import case, false
from sqlalchemy.orm import Session

from desk_app.models import WorkLogEntry
from desk_app.screens.base import ActionState, NeedsConfirmation, Workspace, action_states
from desk_app.screens.list_spec import Column, Filter, ListSpec, Text
from desk_app.services import worklog
from desk_app.services.worklog import MESSAGE_GUARDS

__all__ = ["LIST_TEXT_KEYS", "MessageCard", "MessagesScreen", "message_list", "reader_condition"]


#: what the widget labels the list with: ``text(key)`` for these keys
LIST_TEXT_KEYS = (
    "col_state",
    "col_received",
    "col_caller",
    "col_company",
    "col_reply",
    "col_what",
    "filter_state",
    "all",
    "unread",
    "read",
    "export",
)


@dataclass(frozen=True)
class MessageCard:
    """One message as its card shows it."""

    entry_id: int
    number: str
    caller: str
    caller_company: str
    phone: str
    room: str
    when: str
    where: str
    what: str
    why: str
    how: str
    reply_needed: bool
    taken_by: str
    #: when the message was taken, local ("2026-11-23 09:30")
    taken_at: str
    read_at: datetime | None
    #: ``mark_read`` (the guard table's verdict) and ``open_entry`` (the work-log line)
    actions: Mapping[str, ActionState]


def reader_condition(staff_id: int | None) -> Any:
    """The list's rows for ``staff_id``: the messages left for them (none for nobody)."""
    return WorkLogEntry.message_for_id == staff_id if staff_id is not None else false()


class MessagesScreen:
    """The inbox of the workspace's actor."""

    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace

    def unread_count(self, staff_id: int) -> int:
        return self.workspace.read(lambda session: worklog.unread_count(session, staff_id))

    def _card(self, session: Session, entry: WorkLogEntry) -> MessageCard:
        local = entry.received_at.astimezone(self.workspace.zone)
        actions = action_states(MESSAGE_GUARDS.verdicts(session, entry))
        actions["open_entry"] = ActionState(enabled=entry.voided_at is None)
        return MessageCard(
            entry_id=entry.id,
            number=entry.number,
            caller=entry.contact_name or "",
            caller_company=entry.caller_company or "",
            phone=entry.contact_phone or "",
            room=entry.room.code if entry.room is not None else "",
            when=entry.message_when or "",
            where=entry.message_where or "",
            what=entry.message_what or "",
            why=entry.message_why or "",
            how=entry.message_how or "",
            reply_needed=bool(entry.reply_needed),
            taken_by=entry.taken_by.name if entry.taken_by is not None else "",
            taken_at=f"{local:%Y-%m-%d %H:%M}",
            read_at=entry.message_read_at,
            actions=actions,
        )

    def read(self, entry_id: int) -> MessageCard:
        """The card as it stands (nothing marked)."""
        return self.workspace.read(
            lambda session: self._card(session, worklog.load_message(session, entry_id))
        )

    def show(self, entry_id: int) -> MessageCard:
        """The card for its reader, marked read in the same unit of work; the service's
        refusal (``MESSAGE_GUARDS``) for anyone else."""

        def show(session: Session) -> MessageCard:
            entry = worklog.mark_message_read(session, entry_id)
            session.flush()
            return self._card(session, entry)

        return self.workspace.write(show)

    def run(
        self, entry_id: int, step: str, args: Mapping[str, Any] | None = None, confirmed: bool = False
    ) -> NeedsConfirmation | None:
        """One step of the message's lifecycle (``MESSAGE_GUARDS``) in one transaction."""
        if step != "mark_read":
            raise KeyError(step)
        self.workspace.write(lambda session: worklog.mark_message_read(session, entry_id))
        return None


def message_list(text: Text) -> ListSpec:
    """The inbox list, labelled by ``text`` (keys ``LIST_TEXT_KEYS``), unread first;
    narrowed to one reader with ``reader_condition``."""

    def state(value: object) -> str:
        return text("unread") if value is None else text("read")

    return ListSpec(
        kind="messages",
        model=WorkLogEntry,
        columns=(
            Column(text("col_state"), WorkLogEntry.message_read_at, format=state, width=50, sortable=False),
            Column(text("col_received"), WorkLogEntry.received_at, width=130),
            Column(text("col_caller"), WorkLogEntry.contact_name, width=90),
            Column(text("col_company"), WorkLogEntry.caller_company, width=100),
            Column(text("col_reply"), WorkLogEntry.reply_needed, width=50),
            Column(text("col_what"), WorkLogEntry.message_what, width=240),
        ),
        search=(
            WorkLogEntry.contact_name,
            WorkLogEntry.contact_phone,
            WorkLogEntry.caller_company,
            WorkLogEntry.message_what,
        ),
        filters=(
            Filter(
                text("filter_state"),
                (
                    (text("all"), None),
                    (text("unread"), WorkLogEntry.message_read_at.is_(None)),
                    (text("read"), WorkLogEntry.message_read_at.is_not(None)),
                ),
            ),
        ),
        default_order=case((WorkLogEntry.message_read_at.is_(None), 0), else_=1),
        export_name=text("export"),
    )
