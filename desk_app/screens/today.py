"""今日事项: what the signed-in person has to do today, and their notifications (R23).

One read gives the page everything (``services.today.today_for`` and the person's
inbox, ``services.notifications.inbox``) in one unit of work; opening a notification
marks it read, 标为已办 takes it off (each one short write as that person)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from desk_app.screens.base import Workspace
from desk_app.services import notifications, today
from desk_app.services.notifications import InboxLine
from desk_app.services.today import TodayItem, TodayView

__all__ = ["InboxLine", "TodayItem", "TodayScreen", "TodaySheet", "TodayView"]


@dataclass(frozen=True)
class TodaySheet:
    """The person's day as of ``view.as_of`` and their notifications, newest first."""

    view: TodayView
    inbox: tuple[InboxLine, ...]

    @property
    def unread(self) -> int:
        return sum(1 for line in self.inbox if not line.read)


class TodayScreen:
    """The today page of the workspace's actor."""

    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace

    def read(self, staff_id: int) -> TodaySheet:
        def read(session: Session) -> TodaySheet:
            return TodaySheet(
                today.today_for(session, staff_id), tuple(notifications.inbox(session, staff_id))
            )

        return self.workspace.read(read)

    def mark_read(self, staff_id: int, notification_id: int) -> int:
        """The person opened one of their notifications; its id."""
        return self.workspace.write(
            lambda session: notifications.mark_read(session, staff_id, notification_id).id
        )

    def mark_done(self, staff_id: int, notification_id: int) -> int:
        """The person took one of their notifications off the list (and read it); its id."""
        return self.workspace.write(
            lambda session: notifications.mark_done(session, staff_id, notification_id).id
        )
