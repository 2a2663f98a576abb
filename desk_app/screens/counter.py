"""The window around the pages: who is signed in, their unread notifications and
messages, and whether the go-live checklist should be offered. Each is one short read."""

from __future__ import annotations

from sqlalchemy.orm import Session

from desk_app.screens.base import Workspace
from desk_app.services import accounts, notifications
from desk_app.services.accounts import SignedIn
from desk_app.services.notifications import InboxLine

__all__ = [
    "InboxLine",
    "SignedIn",
    "checklist_wanted",
    "signed_in",
    "unread_messages",
    "unread_notifications",
]


def signed_in(workspace: Workspace, staff_id: int) -> SignedIn | None:
    return workspace.read(lambda session: accounts.describe(session, staff_id))


def unread_notifications(workspace: Workspace, staff_id: int, since_id: int) -> tuple[int, list[InboxLine]]:
    """How many notifications are unread, and those newer than ``since_id``."""

    def read(session: Session) -> tuple[int, list[InboxLine]]:
        return (
            notifications.unread_count(session, staff_id),
            notifications.unread_since(session, staff_id, since_id),
        )

    return workspace.read(read)


def unread_messages(workspace: Workspace, staff_id: int) -> tuple[SignedIn | None, int]:
    """Who ``staff_id`` is and how many colleagues' messages (5W1H) they have not read."""
    from desk_app.services import worklog

    def read(session: Session) -> tuple[SignedIn | None, int]:
        return accounts.describe(session, staff_id), worklog.unread_count(session, staff_id)

    return workspace.read(read)


def checklist_wanted(workspace: Workspace, staff_id: int) -> bool:
    """An administrator signed in while the go-live checklist is not complete."""
    from desk_app.services import calendar_admin
    from desk_app.services.setup_checklist import checklist_complete, setup_checklist

    def read(session: Session) -> bool:
        if not calendar_admin.is_administrator(session, staff_id):
            return False
        return not checklist_complete(setup_checklist(session))

    return workspace.read(read)
