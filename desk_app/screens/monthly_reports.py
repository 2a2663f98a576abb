"""月度报表 (R11): where each monthly report stands, and marking one done.

The page's sheet lists every report of the current month and the three before it with
its state on the workspace's today (``services.report_status.report_statuses``). What
the dialog offers for one report (``actions``) is the report lifecycle's guard table
(``services.report_status.GUARDS``): "mark done" is enabled exactly for a supervisor or
department head and a month that has begun, as the service decides when it is pressed
(it was offered to everyone and then refused). Generating the report itself is the
reports layer's (``desk_app.reports.command``), on a worker thread of the widget.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from desk_app.models.enums import ReportKind
from desk_app.screens.base import ActionState, NeedsConfirmation, Workspace, action_states
from desk_app.services import report_status
from desk_app.services.report_status import GUARDS, ReportMonth, ReportState, ReportStatus

__all__ = ["MonthlyReportsScreen", "ReportState", "ReportStatus", "ReportsSheet"]


@dataclass(frozen=True)
class ReportsSheet:
    """The reports of the current month and the months before, most urgent first."""

    today: date
    statuses: tuple[ReportStatus, ...]


class MonthlyReportsScreen:
    """The monthly reports as the workspace's actor sees and marks them."""

    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace

    def today(self) -> date:
        """Today in the community's zone, by the program's clock."""
        return self.workspace.now().astimezone(self.workspace.zone).date()

    def last_month(self) -> date:
        """The first day of the month before this one (the report usually written)."""
        today = self.today()
        return date(today.year - 1, 12, 1) if today.month == 1 else date(today.year, today.month - 1, 1)

    def read(self) -> ReportsSheet:
        today = self.today()
        statuses = self.workspace.read(lambda session: report_status.report_statuses(session, today))
        return ReportsSheet(today, tuple(statuses))

    def actions(self, kind: ReportKind, month: date) -> Mapping[str, ActionState]:
        """What may be done with ``kind``'s report on ``month`` now, and why not."""
        report = ReportMonth(kind, month)
        return self.workspace.read(lambda session: action_states(GUARDS.verdicts(session, report)))

    def mark_done(
        self, kind: ReportKind, month: date, file_name: str | None = None, measures: str | None = None
    ) -> ReportStatus:
        """R11: the report is done (its dashboard tile clears), in one transaction."""

        def mark(session: Session) -> ReportStatus:
            return report_status.mark_report_done(
                session, kind, month, file_name=file_name, measures=measures
            )

        return self.workspace.write(mark)

    def run(
        self, report: ReportMonth, step: str, args: Mapping[str, Any] | None = None, confirmed: bool = False
    ) -> NeedsConfirmation | None:
        """One step of the report's lifecycle (``GUARDS``): ``mark_done`` with the
        optional ``file_name`` and ``measures``."""
        if step != "mark_done":
            raise KeyError(step)
        given = args or {}
        self.mark_done(report.kind, report.month, given.get("file_name"), given.get("measures"))
        return None
