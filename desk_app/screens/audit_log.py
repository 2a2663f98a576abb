"""操作日志 without Qt: the administrator's view of the whole audit trail (issue 7), each
call one read unit of work of the workspace; ``services.audit`` refuses everyone but an
administrator (``PermissionDeniedError``), so the screen shows the refusal.

    log = AuditLogScreen(workspace)
    opening = log.open()                       # who may appear in it, and today
    found = log.search(AuditFilter(text="FK-"))   # the newest rows and how many match
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, tzinfo

from sqlalchemy.orm import Session

from desk_app.screens.base import Workspace
from desk_app.services import audit, context
from desk_app.services.audit import KIND_LABELS, AuditEntry, AuditFilter

__all__ = ["KIND_LABELS", "AuditEntry", "AuditFilter", "AuditLogOpening", "AuditLogScreen", "AuditSearch"]


@dataclass(frozen=True)
class AuditLogOpening:
    """What the log's filters offer when it opens."""

    people: list[tuple[int, str]]
    today: date


@dataclass(frozen=True)
class AuditSearch:
    """The newest rows matching a filter, how many match in all, and the zone the
    times are shown in."""

    entries: list[AuditEntry]
    total: int
    zone: tzinfo


class AuditLogScreen:
    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace

    def open(self) -> AuditLogOpening:
        """The filters' choices (refused to anyone but an administrator)."""

        def read(session: Session) -> AuditLogOpening:
            audit.require_viewer(session)
            today = context.now(session).astimezone(context.zone(session)).date()
            return AuditLogOpening(audit.staff_choices(session), today)

        return self.workspace.read(read)

    def search(self, wanted: AuditFilter) -> AuditSearch:
        def read(session: Session) -> AuditSearch:
            total = audit.count(session, wanted)
            return AuditSearch(audit.search(session, wanted), total, context.zone(session))

        return self.workspace.read(read)
