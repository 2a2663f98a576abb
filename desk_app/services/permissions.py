"""Who may call each service function that changes data: one matrix (issue 19).

``tests/services/test_permission_matrix.py`` enumerates the service modules: a function
whose name says it writes must appear here; each role is refused exactly where its rule
says; and a deactivated account writes nothing through any of them (the flush hooks
re-read the acting account at every write, ``models/tracking.py``). The checks
themselves stay in the services (``context.require_role`` and the helpers near each
function); this table is what they must add up to.

Rules:

- a set of roles: only those roles (checked against the account as stored now);
- ``ANY_STAFF``: any active, signed-in member of staff;
- ``VOIDING``: a supervisor or department head (``records.VOIDING_ROLES``);
- ``SELF``: only the person concerned (their own password, their own inbox);
- ``OWNER_OR_VOIDING``: the person who added it, or a supervisor or department head;
- ``STORE_SETTING``: as the screen that stores it says; ``backup_keep`` only an
  administrator (``settings.check_backup_keep``);
- ``SYSTEM``: the program itself at start or inside an import already checked;
- ``NOT_A_WRITE``: reads, despite its name.
"""

from __future__ import annotations

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

Rule = frozenset[StaffRole] | str


def _roles(*roles: StaffRole) -> frozenset[StaffRole]:
    return frozenset(roles)


MATRIX: dict[str, Rule] = {
    "accounts.change_password": SELF,
    "accounts.create_account": _roles(StaffRole.ADMINISTRATOR),
    "accounts.deactivate": _roles(StaffRole.ADMINISTRATOR),
    "accounts.ensure_first_administrator": SYSTEM,
    "accounts.first_run_login": NOT_A_WRITE,
    "accounts.reactivate": _roles(StaffRole.ADMINISTRATOR),
    "accounts.set_password": _roles(StaffRole.ADMINISTRATOR),
    "accounts.unlock": _roles(StaffRole.ADMINISTRATOR),
    "accounts.update_staff": _roles(StaffRole.ADMINISTRATOR),
    "attachments.add_attachment": ANY_STAFF,
    "attachments.add_file": ANY_STAFF,
    "attachments.void_attachment": OWNER_OR_VOIDING,
    "audit.record_history": NOT_A_WRITE,
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
    "community.create_area": _roles(StaffRole.SUPERVISOR, StaffRole.ADMINISTRATOR),
    "community.create_building": _roles(StaffRole.SUPERVISOR, StaffRole.ADMINISTRATOR),
    "community.create_room": _roles(StaffRole.SUPERVISOR, StaffRole.ADMINISTRATOR),
    "community.delete_area": _roles(StaffRole.SUPERVISOR, StaffRole.ADMINISTRATOR),
    "community.delete_building": _roles(StaffRole.SUPERVISOR, StaffRole.ADMINISTRATOR),
    "community.delete_room": _roles(StaffRole.SUPERVISOR, StaffRole.ADMINISTRATOR),
    "community.ensure_building": SYSTEM,
    "community.ensure_room": SYSTEM,
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
    "complaints.close": ANY_STAFF,
    "complaints.designate_handler": _roles(StaffRole.SUPERVISOR, StaffRole.DEPARTMENT_HEAD),
    "complaints.mark_group": ANY_STAFF,
    "complaints.record_callback": ANY_STAFF,
    "complaints.record_developer_notice": ANY_STAFF,
    "complaints.record_first_response": ANY_STAFF,
    "complaints.record_repeat": ANY_STAFF,
    "complaints.record_web_follow_up": ANY_STAFF,
    "complaints.register_complaint": ANY_STAFF,
    "complaints.reopen": ANY_STAFF,
    "complaints.set_root_cause": ANY_STAFF,
    "complaints.set_severity": ANY_STAFF,
    "complaints.update_details": ANY_STAFF,
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
    "disputes.record_dispute": ANY_STAFF,
    "disputes.reopen_dispute": ANY_STAFF,
    "disputes.update_dispute": ANY_STAFF,
    "disputes.void_dispute": VOIDING,
    "incoming_call.open_items": NOT_A_WRITE,
    "interviews.move_in_visits_due": NOT_A_WRITE,
    "interviews.record_interview": ANY_STAFF,
    "interviews.save_plan": _roles(StaffRole.SUPERVISOR, StaffRole.DEPARTMENT_HEAD),
    "interviews.update_interview": ANY_STAFF,
    "interviews.void_interview": VOIDING,
    "notices.clear_items": ANY_STAFF,
    "notices.close_without_clearance": ANY_STAFF,
    "notices.escalate": ANY_STAFF,
    "notices.issue_notice": ANY_STAFF,
    "notices.open_case": ANY_STAFF,
    "notices.record_check": ANY_STAFF,
    "notices.record_inspection": ANY_STAFF,
    "notices.record_service": ANY_STAFF,
    "notices.void_case": _roles(StaffRole.SUPERVISOR, StaffRole.DEPARTMENT_HEAD),
    "notices.void_notice": _roles(StaffRole.SUPERVISOR, StaffRole.DEPARTMENT_HEAD),
    "notifications.mark_all_read": SELF,
    "notifications.mark_done": SELF,
    "notifications.mark_read": SELF,
    "promises.book_appointment": ANY_STAFF,
    "promises.cancel_appointment": ANY_STAFF,
    "promises.record_reply_given": ANY_STAFF,
    "reception.hand_over_document": ANY_STAFF,
    "reception.open_media_alerts": NOT_A_WRITE,
    "reception.record_host_answer": ANY_STAFF,
    "reception.register_document": ANY_STAFF,
    "reception.register_fee_service": ANY_STAFF,
    "reception.register_letter": ANY_STAFF,
    "reception.register_media_contact": ANY_STAFF,
    "reception.register_visitor": ANY_STAFF,
    "records.void_record": VOIDING,
    "replies.remove_phrase": _roles(StaffRole.SUPERVISOR, StaffRole.DEPARTMENT_HEAD, StaffRole.ADMINISTRATOR),
    "replies.remove_reply": _roles(StaffRole.SUPERVISOR, StaffRole.DEPARTMENT_HEAD, StaffRole.ADMINISTRATOR),
    "replies.save_phrase": _roles(StaffRole.SUPERVISOR, StaffRole.DEPARTMENT_HEAD, StaffRole.ADMINISTRATOR),
    "replies.save_reply": _roles(StaffRole.SUPERVISOR, StaffRole.DEPARTMENT_HEAD, StaffRole.ADMINISTRATOR),
    "report_status.mark_report_done": _roles(StaffRole.SUPERVISOR, StaffRole.DEPARTMENT_HEAD),
    "roster.import_roster": _roles(StaffRole.SUPERVISOR, StaffRole.DEPARTMENT_HEAD, StaffRole.ADMINISTRATOR),
    "seed_data.first_start": SYSTEM,
    "seed_data.seed_forbidden_phrases": SYSTEM,
    "settings.settings_version": NOT_A_WRITE,
    "settings.store_setting": STORE_SETTING,
    "setup_checklist.setup_checklist": NOT_A_WRITE,
    "staff_import.import_staff": _roles(StaffRole.ADMINISTRATOR),
    "tallies.confirm_tally": _roles(StaffRole.RECEPTIONIST, StaffRole.SUPERVISOR, StaffRole.DEPARTMENT_HEAD),
    "tally_sheet.confirmation": NOT_A_WRITE,
    "tally_sheet.record_id_by_number": NOT_A_WRITE,
    "worklog.mark_message_read": SELF,  # the colleague it was left for (MESSAGE_GUARDS)
    "worklog.record_entry": ANY_STAFF,
    "worklog.update_handling": ANY_STAFF,
    "work_list.handlers": NOT_A_WRITE,
}

__all__ = [
    "ANY_STAFF",
    "DEPARTMENT_HEAD_AFTER_CHECKS",
    "MATRIX",
    "NOT_A_WRITE",
    "OWNER_OR_VOIDING",
    "SELF",
    "STORE_SETTING",
    "SYSTEM",
    "VOIDING",
]
