"""The typed ORM of every record of SPEC section 2 (SQLAlchemy 2.x).

The models are imported on first use (PEP 562), not with the package: ``desk_app.models.enums``
is imported by ``messages`` and the first screen, and must not bring the ORM with it
(issue 18, start-up). Asking this package for any model, or opening a ``Database``
(``models.database`` calls :func:`load_all`), imports every model module, so every table
is on ``Base.metadata`` and every relationship can be resolved.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desk_app.models.admin import (
        AuditChainHead,
        AuditLog,
        CalendarOverride,
        DailyTally,
        MonthlyReportStatus,
        RecordCounter,
        Setting,
    )
    from desk_app.models.attachments import Attachment, AttachmentOwner
    from desk_app.models.base import Base, NaiveDatetimeError
    from desk_app.models.clients import Client, ClientImportance, ClientPhone, ClientRoom, FamilyMember
    from desk_app.models.complaints import (
        Complaint,
        ComplaintBreach,
        ComplaintComplainant,
        ComplaintProgress,
        ComplaintStatusChange,
    )
    from desk_app.models.disputes import Dispute, DisputeStep
    from desk_app.models.interviews import Interview, InterviewPlan, InterviewPlanTarget
    from desk_app.models.notices import (
        ClearedItem,
        NoticeInspection,
        RectificationNotice,
        ReminderCase,
        ReminderSlip,
    )
    from desk_app.models.notifications import Notification
    from desk_app.models.organisation import Area, Building, Department, Room, Staff
    from desk_app.models.reception import DocumentTransfer, FeeService, Letter, MediaVisit, Visitor
    from desk_app.models.replies import ForbiddenPhrase, StandardReply
    from desk_app.models.worklog import Appointment, DispatchSlip, WorkLogEntry

#: name -> the module that defines it
_WHERE: dict[str, str] = {
    "AuditChainHead": "desk_app.models.admin",
    "AuditLog": "desk_app.models.admin",
    "CalendarOverride": "desk_app.models.admin",
    "DailyTally": "desk_app.models.admin",
    "MonthlyReportStatus": "desk_app.models.admin",
    "RecordCounter": "desk_app.models.admin",
    "Setting": "desk_app.models.admin",
    "Attachment": "desk_app.models.attachments",
    "AttachmentOwner": "desk_app.models.attachments",
    "Base": "desk_app.models.base",
    "NaiveDatetimeError": "desk_app.models.base",
    "Client": "desk_app.models.clients",
    "ClientImportance": "desk_app.models.clients",
    "ClientPhone": "desk_app.models.clients",
    "ClientRoom": "desk_app.models.clients",
    "FamilyMember": "desk_app.models.clients",
    "Complaint": "desk_app.models.complaints",
    "ComplaintBreach": "desk_app.models.complaints",
    "ComplaintComplainant": "desk_app.models.complaints",
    "ComplaintProgress": "desk_app.models.complaints",
    "ComplaintStatusChange": "desk_app.models.complaints",
    "Dispute": "desk_app.models.disputes",
    "DisputeStep": "desk_app.models.disputes",
    "Interview": "desk_app.models.interviews",
    "InterviewPlan": "desk_app.models.interviews",
    "InterviewPlanTarget": "desk_app.models.interviews",
    "ClearedItem": "desk_app.models.notices",
    "NoticeInspection": "desk_app.models.notices",
    "RectificationNotice": "desk_app.models.notices",
    "ReminderCase": "desk_app.models.notices",
    "ReminderSlip": "desk_app.models.notices",
    "Notification": "desk_app.models.notifications",
    "Area": "desk_app.models.organisation",
    "Building": "desk_app.models.organisation",
    "Department": "desk_app.models.organisation",
    "Room": "desk_app.models.organisation",
    "Staff": "desk_app.models.organisation",
    "DocumentTransfer": "desk_app.models.reception",
    "FeeService": "desk_app.models.reception",
    "Letter": "desk_app.models.reception",
    "MediaVisit": "desk_app.models.reception",
    "Visitor": "desk_app.models.reception",
    "ForbiddenPhrase": "desk_app.models.replies",
    "StandardReply": "desk_app.models.replies",
    "Appointment": "desk_app.models.worklog",
    "DispatchSlip": "desk_app.models.worklog",
    "WorkLogEntry": "desk_app.models.worklog",
}

_MODULES = tuple(dict.fromkeys(_WHERE.values()))


def load_all() -> None:
    """Import every model module (idempotent): all tables registered, mappers resolvable."""
    for module in _MODULES:
        importlib.import_module(module)


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    load_all()
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


__all__ = [
    "Appointment",
    "Area",
    "Attachment",
    "AttachmentOwner",
    "AuditChainHead",
    "AuditLog",
    "Base",
    "Building",
    "CalendarOverride",
    "ClearedItem",
    "Client",
    "ClientImportance",
    "ClientPhone",
    "ClientRoom",
    "Complaint",
    "ComplaintBreach",
    "ComplaintComplainant",
    "ComplaintProgress",
    "ComplaintStatusChange",
    "DailyTally",
    "Department",
    "DispatchSlip",
    "Dispute",
    "DisputeStep",
    "DocumentTransfer",
    "FamilyMember",
    "FeeService",
    "ForbiddenPhrase",
    "Interview",
    "InterviewPlan",
    "InterviewPlanTarget",
    "Letter",
    "MediaVisit",
    "MonthlyReportStatus",
    "NaiveDatetimeError",
    "NoticeInspection",
    "Notification",
    "RecordCounter",
    "RectificationNotice",
    "ReminderCase",
    "ReminderSlip",
    "Room",
    "Setting",
    "Staff",
    "StandardReply",
    "Visitor",
    "WorkLogEntry",
]
