"""Which widget fills which destination of the navigation.

Each entry maps a navigation key (``desk_app.ui.navigation``) to ``"module:Class"``; the
class is built as ``Class(context)`` with the window's ``DeskContext``. Destinations not
listed here show the placeholder page. Import is lazy so one broken screen module is
reported for that screen (placeholder plus a logged error) instead of stopping the
window.

A page may offer ``open_record(record_id: int) -> None`` (the main window calls it for
``DeskContext.openRequested``) and ``confirm_close() -> bool`` (asked before the window
closes: unsaved input).
"""

from __future__ import annotations

import importlib
import logging
from typing import Protocol, runtime_checkable

from PySide6.QtWidgets import QWidget

from desk_app.ui.desk_context import DeskContext

log = logging.getLogger(__name__)

PAGE_CLASSES: dict[str, str] = {
    "dashboard": "desk_app.ui.dashboard_page:DashboardPage",
    "daily_tally": "desk_app.ui.daily_tally_page:DailyTallyPage",
    "monthly_reports": "desk_app.ui.monthly_reports_page:MonthlyReportsPage",
    "worklog": "desk_app.ui.worklog_page:WorklogPage",
    "messages": "desk_app.ui.messages_page:MessagesPage",
    "today": "desk_app.ui.today_page:TodayPage",
    "complaints": "desk_app.ui.complaint_page:ComplaintPage",
    "interviews": "desk_app.ui.interview_page:InterviewPage",
    "interview_plans": "desk_app.ui.interview_plan_page:InterviewPlanPage",
    "disputes": "desk_app.ui.dispute_page:DisputePage",
    "rectification_notices": "desk_app.ui.rectification_notice_page:RectificationNoticePage",
    "reminder_slips": "desk_app.ui.reminder_slip_page:ReminderSlipPage",
    "visitors": "desk_app.ui.visitors_page:VisitorsPage",
    "letters": "desk_app.ui.letters_page:LettersPage",
    "documents": "desk_app.ui.documents_page:DocumentsPage",
    "media_visits": "desk_app.ui.media_visits_page:MediaVisitsPage",
    "fee_services": "desk_app.ui.fee_services_page:FeeServicesPage",
    "dispatch_slips": "desk_app.ui.dispatch_slips_page:DispatchSlipsPage",
    "appointments": "desk_app.ui.appointments_page:AppointmentsPage",
    "clients": "desk_app.ui.clients_page:ClientsPage",
    "standard_replies": "desk_app.ui.standard_replies_page:StandardRepliesPage",
    "settings": "desk_app.ui.settings_page:SettingsPage",
    "audit_log": "desk_app.ui.audit_page:AuditPage",
    "staff": "desk_app.ui.staff_page:StaffPage",
    "structure": "desk_app.ui.structure_page:StructurePage",
    "departments": "desk_app.ui.departments_page:DepartmentsPage",
}


@runtime_checkable
class OpensRecords(Protocol):
    def open_record(self, record_id: int) -> None: ...


@runtime_checkable
class GuardsUnsavedInput(Protocol):
    def confirm_close(self) -> bool: ...


def build_page(key: str, context: DeskContext) -> QWidget | None:
    """The real page for ``key``, or None when it has none yet (or failed to build)."""
    target = PAGE_CLASSES.get(key)
    if target is None:
        return None
    module_name, _, class_name = target.partition(":")
    try:
        page_class = getattr(importlib.import_module(module_name), class_name)
        page = page_class(context)
    except Exception:
        log.exception("could not build the page %s (%s)", key, target)
        return None
    assert isinstance(page, QWidget)
    return page
