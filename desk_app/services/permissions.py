"""Who may call each service function that changes data: one matrix (issue 19).

``tests/services/test_permission_matrix.py`` enumerates the service modules: every
public function that takes a session (or a ``Database``) is either in ``MATRIX`` with
its rule or in ``READ_ONLY``, so a new function cannot appear without a decision; a
function in ``READ_ONLY`` that writes fails the whole test suite (``tests/conftest.py``
watches every flush); every writing function is wrapped in ``checked``, so its rule is
checked before anything else it does; each role is refused exactly where its rule says;
and a deactivated account writes nothing through any of them (``checked``, and the
flush hooks re-read the acting account at every write, ``models/tracking.py``). A role
check with its own wording stays in the function (``context.require_role`` and the
helpers near each function); this table is what they must add up to.

Nobody signed in (``actor_id`` None) is the program itself: a start-up job, the
housekeeping pass, a command run at the machine (shown as 系统 in the audit).

Rules:

- a set of roles: only those roles (checked against the account as stored now);
- ``ANY_STAFF``: any active, signed-in member of staff;
- ``VOIDING``: a supervisor or department head (``records.VOIDING_ROLES``);
- ``SELF``: only the person concerned (their own password, their own inbox): a
  ``staff_id`` argument must be the person signed in;
- ``OWNER_OR_VOIDING``: the person who added it, or a supervisor or department head;
- ``STORE_SETTING``: as the screen that stores it says; ``backup_keep`` only an
  administrator (``settings.check_backup_keep``);
- ``SYSTEM``: the program itself (nobody signed in): at start, by the housekeeping
  pass, or a command at the machine; a signed-in person is refused;
- ``SIGN_IN``: whoever is at the sign-in (a wrong password counts towards the lock);
- ``WITHIN_SERVICE``: a step of other service functions (the inbox, due times), under
  the rule of the function that calls it;
- ``NOT_A_WRITE``: reads, despite its name.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from typing import Any, ParamSpec, TypeVar

from desk_app.messages import msg
from desk_app.models.enums import StaffRole

ANY_STAFF = "any active staff member"
VOIDING = frozenset({StaffRole.SUPERVISOR, StaffRole.DEPARTMENT_HEAD})
SELF = "only oneself"
OWNER_OR_VOIDING = "the person who added it, or a supervisor or department head"
STORE_SETTING = "the screen's rule; backup_keep: administrators only"
SYSTEM = "the program itself"
#: R1w: a web reply is approved by a department head (checked after the reply is found).
DEPARTMENT_HEAD_AFTER_CHECKS = "a department head (R1w), checked once the reply is found"
NOT_A_WRITE = "reads only"
SIGN_IN = "whoever is at the sign-in"
WITHIN_SERVICE = "a step of other service functions, under their rule"

Rule = frozenset[StaffRole] | str


def _roles(*roles: StaffRole) -> frozenset[StaffRole]:
    return frozenset(roles)


MATRIX: dict[str, Rule] = {
    "accounts.authenticate": SIGN_IN,
    "accounts.change_own_password": SELF,
    "accounts.change_password": SELF,
    "accounts.create_account": _roles(StaffRole.ADMINISTRATOR),
    "accounts.deactivate": _roles(StaffRole.ADMINISTRATOR),
    "accounts.ensure_first_administrator": SYSTEM,
    "accounts.first_run_login": NOT_A_WRITE,
    "accounts.reactivate": _roles(StaffRole.ADMINISTRATOR),
    "accounts.set_password": _roles(StaffRole.ADMINISTRATOR),
    "accounts.sign_in": SIGN_IN,
    "accounts.unlock": _roles(StaffRole.ADMINISTRATOR),
    "accounts.update_staff": _roles(StaffRole.ADMINISTRATOR),
    "attachments.add_attachment": ANY_STAFF,
    "attachments.add_file": ANY_STAFF,
    "attachments.void_attachment": OWNER_OR_VOIDING,
    "audit.authorize_export": _roles(
        StaffRole.SUPERVISOR, StaffRole.DEPARTMENT_HEAD, StaffRole.ADMINISTRATOR
    ),
    "audit.record_history": NOT_A_WRITE,
    "backup.backup_if_due": SYSTEM,
    "calendar_admin.remove_override": _roles(StaffRole.ADMINISTRATOR),
    "calendar_admin.save_community_settings": _roles(StaffRole.ADMINISTRATOR),
    "calendar_admin.set_override": _roles(StaffRole.ADMINISTRATOR),
    "calendar_admin.set_working_hours": _roles(StaffRole.ADMINISTRATOR),
    "centre.save_centre_settings": _roles(StaffRole.ADMINISTRATOR),
    "centre.set_setting": _roles(StaffRole.ADMINISTRATOR),
    "centre.settings_overview": NOT_A_WRITE,
    "clients.clear_do_not_disturb": ANY_STAFF,
    "clients.create_client": ANY_STAFF,
    "clients.move_in_date": NOT_A_WRITE,
    "clients.set_do_not_disturb": ANY_STAFF,
    "clients.update_client": ANY_STAFF,
    "clients.update_client_details": ANY_STAFF,
    "command_support.system_work": SYSTEM,
    "community.create_area": _roles(StaffRole.SUPERVISOR, StaffRole.ADMINISTRATOR),
    "community.create_building": _roles(StaffRole.SUPERVISOR, StaffRole.ADMINISTRATOR),
    "community.create_room": _roles(StaffRole.SUPERVISOR, StaffRole.ADMINISTRATOR),
    "community.delete_area": _roles(StaffRole.SUPERVISOR, StaffRole.ADMINISTRATOR),
    "community.delete_building": _roles(StaffRole.SUPERVISOR, StaffRole.ADMINISTRATOR),
    "community.delete_room": _roles(StaffRole.SUPERVISOR, StaffRole.ADMINISTRATOR),
    "community.ensure_building": _roles(
        StaffRole.SUPERVISOR, StaffRole.DEPARTMENT_HEAD, StaffRole.ADMINISTRATOR
    ),
    "community.ensure_room": _roles(StaffRole.SUPERVISOR, StaffRole.DEPARTMENT_HEAD, StaffRole.ADMINISTRATOR),
    "community.generate": _roles(StaffRole.SUPERVISOR, StaffRole.ADMINISTRATOR),
    "community.restore_area": _roles(StaffRole.SUPERVISOR, StaffRole.ADMINISTRATOR),
    "community.restore_building": _roles(StaffRole.SUPERVISOR, StaffRole.ADMINISTRATOR),
    "community.restore_room": _roles(StaffRole.SUPERVISOR, StaffRole.ADMINISTRATOR),
    "community.set_steward": _roles(StaffRole.SUPERVISOR, StaffRole.ADMINISTRATOR),
    "community.update_area": _roles(StaffRole.SUPERVISOR, StaffRole.ADMINISTRATOR),
    "community.update_building": _roles(StaffRole.SUPERVISOR, StaffRole.ADMINISTRATOR),
    "community.update_room": _roles(StaffRole.SUPERVISOR, StaffRole.ADMINISTRATOR),
    "community.void_area": _roles(StaffRole.SUPERVISOR, StaffRole.ADMINISTRATOR),
    "community.void_building": _roles(StaffRole.SUPERVISOR, StaffRole.ADMINISTRATOR),
    "community.void_room": _roles(StaffRole.SUPERVISOR, StaffRole.ADMINISTRATOR),
    "complaints.add_progress": ANY_STAFF,
    "complaints.approve_web_reply": DEPARTMENT_HEAD_AFTER_CHECKS,
    "complaints.classify": ANY_STAFF,
    "complaints.close": ANY_STAFF,
    "complaints.designate_handler": _roles(StaffRole.SUPERVISOR, StaffRole.DEPARTMENT_HEAD),
    "complaints.draft_web_reply": ANY_STAFF,
    "complaints.exempt_from_callback": ANY_STAFF,
    "complaints.flag_extreme_risk": ANY_STAFF,
    "complaints.link_complainant": ANY_STAFF,
    "complaints.mark_group": ANY_STAFF,
    "complaints.post_web_reply": ANY_STAFF,
    "complaints.recompute_due_times": WITHIN_SERVICE,
    "complaints.recompute_open_complaints": WITHIN_SERVICE,
    "complaints.record_callback": ANY_STAFF,
    "complaints.record_developer_notice": ANY_STAFF,
    "complaints.record_first_response": ANY_STAFF,
    "complaints.record_repeat": ANY_STAFF,
    "complaints.record_web_follow_up": ANY_STAFF,
    "complaints.register_complaint": ANY_STAFF,
    "complaints.reopen": ANY_STAFF,
    "complaints.resolve": ANY_STAFF,
    "complaints.run_automatic_closure": SYSTEM,
    "complaints.set_root_cause": ANY_STAFF,
    "complaints.set_severity": ANY_STAFF,
    "complaints.update_details": ANY_STAFF,
    "complaints.verify": ANY_STAFF,
    "complaints.void_complaint": _roles(StaffRole.SUPERVISOR, StaffRole.DEPARTMENT_HEAD),
    "departments.create_department": _roles(StaffRole.ADMINISTRATOR),
    "departments.deactivate_department": _roles(StaffRole.ADMINISTRATOR),
    "departments.reactivate_department": _roles(StaffRole.ADMINISTRATOR),
    "departments.rename_department": _roles(StaffRole.ADMINISTRATOR),
    "departments.set_department_active": _roles(StaffRole.ADMINISTRATOR),
    "dispatch.assign_dispatch_slip": ANY_STAFF,
    "dispatch.complete_dispatch_slip": ANY_STAFF,
    "dispatch.create_dispatch_slip": ANY_STAFF,
    "dispatch.record_accepted": ANY_STAFF,
    "dispatch.record_arrived": ANY_STAFF,
    "dispatch.record_callback": ANY_STAFF,
    "dispatch.reopen_dispatch_slip": ANY_STAFF,
    "disputes.add_participant": ANY_STAFF,
    "disputes.add_step": ANY_STAFF,
    "disputes.close_dispute": ANY_STAFF,
    "disputes.link_to_dispute": ANY_STAFF,
    "disputes.record_dispute": ANY_STAFF,
    "disputes.reopen_dispute": ANY_STAFF,
    "disputes.unlink_from_dispute": ANY_STAFF,
    "disputes.update_dispute": ANY_STAFF,
    "disputes.void_dispute": VOIDING,
    "housekeeping.run_housekeeping": SYSTEM,
    "incoming_call.open_items": NOT_A_WRITE,
    "interviews.move_in_visits_due": NOT_A_WRITE,
    "interviews.record_interview": ANY_STAFF,
    "interviews.save_plan": _roles(StaffRole.SUPERVISOR, StaffRole.DEPARTMENT_HEAD),
    "interviews.update_interview": ANY_STAFF,
    "interviews.void_interview": VOIDING,
    "reminder_cases.claim_item": ANY_STAFF,
    "reminder_cases.clear_items": ANY_STAFF,
    "reminder_cases.close_without_clearance": ANY_STAFF,
    "rectification_notices.escalate": ANY_STAFF,
    "rectification_notices.issue_notice": ANY_STAFF,
    "reminder_cases.open_case": ANY_STAFF,
    "reminder_cases.record_check": ANY_STAFF,
    "rectification_notices.record_inspection": ANY_STAFF,
    "rectification_notices.record_service": ANY_STAFF,
    "reminder_cases.void_case": _roles(StaffRole.SUPERVISOR, StaffRole.DEPARTMENT_HEAD),
    "rectification_notices.void_notice": _roles(StaffRole.SUPERVISOR, StaffRole.DEPARTMENT_HEAD),
    "notifications.audit_chain_broken": SYSTEM,
    "notifications.deadlines_due": SYSTEM,
    "notifications.mark_all_read": SELF,
    "notifications.mark_done": SELF,
    "notifications.mark_read": SELF,
    "notifications.notices_left_alone": SYSTEM,
    "notifications.notify": WITHIN_SERVICE,
    "notifications.on_complaint": WITHIN_SERVICE,
    "notifications.on_complaint_letter": WITHIN_SERVICE,
    "notifications.on_media": WITHIN_SERVICE,
    "notifications.on_message": WITHIN_SERVICE,
    "notifications.on_web_reply_draft": WITHIN_SERVICE,
    "notifications.sweep": SYSTEM,
    "promises.book_appointment": ANY_STAFF,
    "promises.cancel_appointment": ANY_STAFF,
    "promises.keep_appointment": ANY_STAFF,
    "promises.promise_reply": ANY_STAFF,
    "promises.record_reply_given": ANY_STAFF,
    "reception.acknowledge_media_alert": _roles(StaffRole.SUPERVISOR, StaffRole.DEPARTMENT_HEAD),
    "reception.alert_media_contact": WITHIN_SERVICE,
    "reception.hand_over_document": ANY_STAFF,
    "reception.open_media_alerts": NOT_A_WRITE,
    "reception.record_host_answer": ANY_STAFF,
    "reception.register_document": ANY_STAFF,
    "reception.register_fee_service": ANY_STAFF,
    "reception.register_letter": ANY_STAFF,
    "reception.register_media_contact": ANY_STAFF,
    "reception.register_visitor": ANY_STAFF,
    "reception.visitor_left": ANY_STAFF,
    "records.void_record": VOIDING,
    "replies.remove_phrase": _roles(StaffRole.SUPERVISOR, StaffRole.DEPARTMENT_HEAD, StaffRole.ADMINISTRATOR),
    "replies.remove_reply": _roles(StaffRole.SUPERVISOR, StaffRole.DEPARTMENT_HEAD, StaffRole.ADMINISTRATOR),
    "replies.save_phrase": _roles(StaffRole.SUPERVISOR, StaffRole.DEPARTMENT_HEAD, StaffRole.ADMINISTRATOR),
    "replies.save_reply": _roles(StaffRole.SUPERVISOR, StaffRole.DEPARTMENT_HEAD, StaffRole.ADMINISTRATOR),
    "report_status.mark_report_done": _roles(StaffRole.SUPERVISOR, StaffRole.DEPARTMENT_HEAD),
    "roster.import_roster": _roles(StaffRole.SUPERVISOR, StaffRole.DEPARTMENT_HEAD, StaffRole.ADMINISTRATOR),
    "roster.import_roster_file": _roles(
        StaffRole.SUPERVISOR, StaffRole.DEPARTMENT_HEAD, StaffRole.ADMINISTRATOR
    ),
    "seed_data.first_start": SYSTEM,
    "seed_data.seed_forbidden_phrases": SYSTEM,
    "settings.settings_version": NOT_A_WRITE,
    "settings.store_setting": STORE_SETTING,
    "setup_checklist.setup_checklist": NOT_A_WRITE,
    "staff_import.import_staff": _roles(StaffRole.ADMINISTRATOR),
    "staff_import.import_staff_file": _roles(StaffRole.ADMINISTRATOR),
    "tallies.confirm_tally": _roles(StaffRole.RECEPTIONIST, StaffRole.SUPERVISOR, StaffRole.DEPARTMENT_HEAD),
    "tally_sheet.confirmation": NOT_A_WRITE,
    "tally_sheet.record_id_by_number": NOT_A_WRITE,
    "work_list.handlers": NOT_A_WRITE,
    "worklog.mark_message_read": SELF,  # the person it was left for (worklog.MESSAGE_GUARDS)
    "worklog.record_entry": ANY_STAFF,
    "worklog.update_handling": ANY_STAFF,
    "worklog_command.signed_in_for_command": SIGN_IN,
}

#: Every other public service function that takes a session or a database: it only
#: reads (a flush with changes under one of these fails the test suite).
READ_ONLY: frozenset[str] = frozenset(
    {
        "complaints.applicable_exemptions",
        "dispatch.available_steps",
        "reminder_cases.available_steps",
        "rectification_notices.available_steps",
        "incoming_call.warm_up",
        "complaints.available_steps",
        "accounts.describe",
        "accounts.list_staff",
        "accounts.load_staff",
        "accounts.lockout_ends",
        "accounts.require_manager",
        "attachments.has_photo",
        "attachments.list_attachments",
        "attachments.photos",
        "attachments.read_attachment",
        "audit.count",
        "audit.export_allowed",
        "audit.readable_row",
        "audit.readable_value",
        "audit.require_viewer",
        "audit.search",
        "audit.staff_choices",
        "audit_verify.check_chain",
        "backup.keep_setting",
        "calendar_admin.is_administrator",
        "calendar_admin.list_overrides",
        "calendar_admin.missing_calendar_years",
        "centre.complaint_channels",
        "centre.developer_centre",
        "centre.load_centre_settings",
        "centre.require_editor",
        "clients.client_card",
        "clients.client_profile",
        "clients.client_rooms",
        "clients.contact_history",
        "clients.contact_warning",
        "clients.last_complaint_date",
        "clients.load_client",
        "community.building_rows",
        "community.load_area",
        "community.load_building",
        "community.load_room",
        "community.may_edit_structure",
        "community.require_structure_editor",
        "community.room_record_count",
        "community.room_rows",
        "community.structure_tree",
        "complaints.automatic_exemption",
        "complaints.complaint_history",
        "complaints.explain_due_times",
        "complaints.load_complaint",
        "context.actor",
        "context.calendar",
        "context.now",
        "context.require_role",
        "context.require_role_or_system",
        "context.zone",
        "dashboard.collect",
        "departments.list_departments",
        "departments.may_manage",
        "dispatch.callback_exemption",
        "dispatch.default_due",
        "dispatch.explain_due",
        "dispatch.load_dispatch_slip",
        "disputes.dispute_links",
        "disputes.links_of",
        "disputes.load_dispute",
        "incoming_call.caller_info",
        "incoming_call.matching_clients",
        "interviews.missed_move_in_visits",
        "interviews.quota_progress",
        "interviews.quota_progress_of_months",
        "interviews.suggest_interviewers",
        "lookup.client_match",
        "lookup.find_clients",
        "reminder_cases.cases_due_for_check",
        "reminder_cases.centre_name",
        "rectification_notices.community_today",
        "rectification_notices.days_overdue",
        "reminder_cases.find_cleared_item",
        "reminder_cases.load_case",
        "rectification_notices.load_notice",
        "rectification_notices.notice_history",
        "rectification_notices.overdue_notices",
        "reminder_cases.owners_committee_name",
        "reminder_cases.slip_signatories",
        "notifications.administrators",
        "notifications.department_heads",
        "notifications.inbox",
        "notifications.lead_time",
        "notifications.quality_department",
        "notifications.supervisors",
        "notifications.unread_count",
        "notifications.unread_since",
        "permissions.require",
        "promises.appointments_due",
        "promises.end_of_today",
        "promises.load_appointment",
        "promises.replies_owed",
        "reception.administration_department",
        "reception.document_details",
        "reception.document_entry",
        "reception.document_register",
        "reception.supervisors_to_notify",
        "reception.visitors_on_site",
        "records.require_voiding_role",
        "references.department_choices",
        "references.find_room",
        "references.load_record",
        "references.room_code",
        "references.staff_choices",
        "references.staff_entries",
        "replies.forbidden_phrases",
        "replies.load_phrase",
        "replies.load_reply",
        "replies.may_edit",
        "report_figures.complaint_analysis_figures",
        "report_figures.interview_figures",
        "report_figures.owner_summary_figures",
        "report_figures.report_figures",
        "report_figures.statistics_figures",
        "report_status.report_statuses",
        "roster.export_roster",
        "roster.preview_roster",
        "roster.roster_rows",
        "settings.check_backup_keep",
        "settings.load_settings",
        "setup_checklist.calendar_years_lacking",
        "setup_checklist.has_rooms",
        "setup_commands.context_today",
        "statistics.chart_counts",
        "statistics.complaint_statistics",
        "statistics.complaint_trend",
        "tallies.missing_tallies",
        "tallies.tally_items",
        "tally_sheet.tally_sheet",
        "today.checks_due",
        "today.end_of_day",
        "today.my_callbacks_due",
        "today.my_interviews_due",
        "today.my_messages",
        "today.my_open_complaints",
        "today.my_promises",
        "today.my_repair_callbacks_due",
        "today.today_for",
        "worklog.entry_state",
        "worklog.inbox",
        "worklog.linked_records",
        "worklog.load_entry",
        "worklog.load_message",
        "worklog.phone_taker",
        "worklog.unread_count",
    }
)

P = ParamSpec("P")
R = TypeVar("R")

#: The attribute ``checked`` sets on the functions it wraps (their matrix name).
CHECKED = "desk_permission_rule"


def service_name(function: Callable[..., Any]) -> str:
    """``module.function`` as the matrix names it (``complaints.classify``)."""
    return f"{function.__module__.rsplit('.', 1)[-1]}.{function.__name__}"


def is_write(name: str) -> bool:
    """Whether the matrix says ``name`` changes data."""
    rule = MATRIX.get(name)
    return rule is not None and rule != NOT_A_WRITE


def require(session: Any, name: str, arguments: dict[str, Any] | None = None) -> None:
    """The part of ``name``'s rule that holds whatever the arguments are, checked before
    the function does anything: a deactivated account is refused whatever the rule;
    ``SYSTEM`` refuses a signed-in person; ``SELF`` refuses a ``staff_id`` that is not
    the person signed in. Role sets are checked inside the function, with its own
    wording (the matrix test holds them to this table)."""
    from desk_app.services import context
    from desk_app.services.errors import PermissionDeniedError

    rule = MATRIX[name]
    staff = context.actor(session)  # PermissionDeniedError for a deactivated account
    if staff is None:
        return  # the program itself
    if rule == SYSTEM:
        raise PermissionDeniedError(msg("这项工作由程序自身在启动或定时执行，不能以个人账号执行"))
    if (
        rule == SELF
        and arguments is not None
        and "staff_id" in arguments
        and int(arguments["staff_id"]) != staff.id
    ):
        raise PermissionDeniedError(msg("只能办理本人的事项（本人的密码、本人的通知）"))


def checked(function: Callable[P, R]) -> Callable[P, R]:
    """Wrap a service function that changes data: its matrix rule is checked (``require``)
    before its first line. The function must be in ``MATRIX``: a missing rule fails at
    import."""
    name = service_name(function)
    if not is_write(name):
        raise LookupError(f"{name} has no writing rule in services/permissions.py MATRIX")
    signature = inspect.signature(function)
    wants_arguments = MATRIX[name] == SELF and "staff_id" in signature.parameters

    @functools.wraps(function)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        session = args[0] if args else kwargs["session"]
        arguments = dict(signature.bind_partial(*args, **kwargs).arguments) if wants_arguments else None
        require(session, name, arguments)
        return function(*args, **kwargs)

    wrapper.__dict__[CHECKED] = name
    return wrapper


__all__ = [
    "ANY_STAFF",
    "CHECKED",
    "DEPARTMENT_HEAD_AFTER_CHECKS",
    "MATRIX",
    "NOT_A_WRITE",
    "OWNER_OR_VOIDING",
    "READ_ONLY",
    "SELF",
    "SIGN_IN",
    "STORE_SETTING",
    "SYSTEM",
    "VOIDING",
    "WITHIN_SERVICE",
    "checked",
    "is_write",
    "require",
    "service_name",
]
