"""The typed ORM of every record of SPEC section 2 (SQLAlchemy 2.x).

Importing this package registers every table on ``Base.metadata``.
"""

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
from desk_app.models.organisation import Area, Building, Department, Room, Staff
from desk_app.models.reception import DocumentTransfer, FeeService, Letter, MediaVisit, Visitor
from desk_app.models.replies import ForbiddenPhrase, StandardReply
from desk_app.models.worklog import DispatchSlip, WorkLogEntry

__all__ = [
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
