"""The only database reads of the placeholder screens: how many records a screen will
list, and (through the settings service) the community's name for the title bar.

Kept in one small module so the widgets never build queries; each function is one short
read-only unit of work, and the counts load no rows. The real screens will get their data from
``desk_app.services`` instead.
"""

from __future__ import annotations

import logging

from sqlalchemy import func, select

from desk_app.models import (
    Appointment,
    Client,
    Complaint,
    DailyTally,
    DispatchSlip,
    Dispute,
    DocumentTransfer,
    FeeService,
    Interview,
    InterviewPlan,
    Letter,
    MediaVisit,
    MonthlyReportStatus,
    RectificationNotice,
    ReminderCase,
    StandardReply,
    Visitor,
    WorkLogEntry,
)
from desk_app.models.base import Base, VoidableMixin
from desk_app.screens.base import Database, Workspace
from desk_app.services.settings import SettingError, load_settings

log = logging.getLogger(__name__)

#: the record class each navigation destination lists (its count is shown beside it)
COUNTED: dict[str, type[Base]] = {
    "worklog": WorkLogEntry,
    "complaints": Complaint,
    "interviews": Interview,
    "interview_plans": InterviewPlan,
    "disputes": Dispute,
    "rectification_notices": RectificationNotice,
    "reminder_slips": ReminderCase,
    "visitors": Visitor,
    "letters": Letter,
    "documents": DocumentTransfer,
    "media_visits": MediaVisit,
    "fee_services": FeeService,
    "dispatch_slips": DispatchSlip,
    "appointments": Appointment,
    "clients": Client,
    "standard_replies": StandardReply,
    "daily_tally": DailyTally,
    "monthly_reports": MonthlyReportStatus,
}


def record_count(db: Database, counted: str | type[Base]) -> int:
    """How many records a destination (its key) or a record class lists; voided ones are
    not counted (SPEC 2: records are voided, never deleted, and a voided record is no
    longer in the books)."""
    model = COUNTED[counted] if isinstance(counted, str) else counted
    statement = select(func.count()).select_from(model)
    if issubclass(model, VoidableMixin):
        statement = statement.where(model.voided_at.is_(None))
    return Workspace(db).read(lambda session: session.scalar(statement) or 0)


def community_name(db: Database) -> str | None:
    """The community's name from the settings (its default when unset), or None when a
    stored setting is malformed: the title bar is no place to report that; the settings
    screen is."""
    try:
        return Workspace(db).read(lambda session: load_settings(session).community_name)
    except SettingError:
        log.warning("the settings are malformed; the title bar shows the default name", exc_info=True)
        return None
