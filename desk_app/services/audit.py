"""The audit trail beyond single records: the administrator's searchable log of every
change, and exports of personal data, which need a role and leave an audit row.

Changes are written by ``models/tracking.py`` (one row per create, changed field,
void); this module reads them and adds the rows no flush produces (exports).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.orm import Session

from desk_app.models import Staff
from desk_app.models.admin import AuditLog
from desk_app.models.enums import AuditAction, StaffRole
from desk_app.services import context
from desk_app.services.errors import FieldError

#: Only administrators read the whole log (SPEC 1; the complaint sheet shows its own).
AUDIT_VIEWER_ROLES = frozenset({StaffRole.ADMINISTRATOR})

#: Lists whose export hands personal data out of the building: who may export them.
#: Key = the list's kind (navigation key), value = the table its rows come from.
PROTECTED_EXPORTS: dict[str, str] = {"clients": "client"}
EXPORT_ROLES = frozenset({StaffRole.SUPERVISOR, StaffRole.DEPARTMENT_HEAD, StaffRole.ADMINISTRATOR})

#: The record kinds of the log in Chinese (table name → label), for the filter and rows.
KIND_LABELS: dict[str, str] = {
    "client": "客户资料",
    "client_room": "客户房产",
    "client_phone": "客户电话",
    "family_member": "家庭成员",
    "client_importance": "重要客户类别",
    "worklog_entry": "工作记录",
    "dispatch_slip": "派工单",
    "complaint": "投诉",
    "complaint_complainant": "投诉人",
    "complaint_progress": "投诉处理进展",
    "complaint_status_change": "投诉状态变更",
    "complaint_breach": "投诉超时",
    "interview": "访谈记录",
    "interview_plan": "访谈计划",
    "interview_plan_target": "访谈计划对象",
    "dispute": "邻里纠纷",
    "dispute_step": "纠纷处理经过",
    "rectification_notice": "整改通知书",
    "notice_inspection": "整改复查",
    "reminder_case": "温馨提示案件",
    "reminder_slip": "温馨提示",
    "cleared_item": "清理物品",
    "visitor": "访客登记",
    "letter": "客户来函",
    "document_transfer": "文件资料收发",
    "media_visit": "媒体采访",
    "fee_service": "收费业务",
    "standard_reply": "统一回复口径",
    "forbidden_phrase": "禁用语",
    "daily_tally": "日盘点",
    "monthly_report_status": "月度报告",
    "setting": "系统设置",
    "calendar_override": "节假日设置",
    "staff": "工作人员",
    "department": "部门",
    "area": "片区",
    "building": "楼栋",
    "room": "房间",
}

DEFAULT_LIMIT = 500


def kind_label(table_name: str) -> str:
    return KIND_LABELS.get(table_name, table_name)


# -- exports ---------------------------------------------------------------------------------


def export_needs_permission(kind: str) -> bool:
    return kind in PROTECTED_EXPORTS


def export_allowed(session: Session, kind: str) -> bool:
    """Whether the acting person may export the ``kind`` list (nothing is written)."""
    if kind not in PROTECTED_EXPORTS:
        return True
    staff = context.actor(session)
    return staff is not None and staff.role in EXPORT_ROLES


def authorize_export(
    session: Session, kind: str, *, rows: int | None = None, target: str | None = None
) -> None:
    """Check that the acting person may export the ``kind`` list and, for a protected
    list (the client archive), write the export into the audit log (who, when, how many
    rows, to which file). Other lists pass unchecked. Raises ``PermissionDeniedError``."""
    table = PROTECTED_EXPORTS.get(kind)
    if table is None:
        return
    staff = context.require_role(session, set(EXPORT_ROLES), "导出客户资料")
    detail = f"{rows} 条" if rows is not None else None
    session.add(
        AuditLog(
            at=context.now(session),
            staff_id=staff.id,
            table_name=table,
            record_key="*",
            action=AuditAction.EXPORT,
            field=target[-64:] if target else None,
            new_value=detail,
        )
    )
    session.flush()


# -- the global log -------------------------------------------------------------------------------


@dataclass(frozen=True)
class AuditFilter:
    """What the administrator searches for; every part optional."""

    staff_id: int | None = None
    table_name: str | None = None
    start: date | None = None
    end: date | None = None
    text: str = ""


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: datetime
    staff_name: str
    table_name: str
    kind: str
    record_key: str
    record_number: str | None
    action: AuditAction
    field: str | None
    old_value: str | None
    new_value: str | None


def require_viewer(session: Session) -> Staff:
    """The acting person, who must be an administrator to read the whole log."""
    return context.require_role(session, set(AUDIT_VIEWER_ROLES), "查看全部操作日志")


def _conditions(session: Session, wanted: AuditFilter) -> list[ColumnElement[bool]]:
    if wanted.start is not None and wanted.end is not None and wanted.start > wanted.end:
        raise FieldError("end", "结束日期不能早于开始日期")
    zone = context.zone(session)
    conditions: list[ColumnElement[bool]] = []
    if wanted.staff_id is not None:
        conditions.append(AuditLog.staff_id == wanted.staff_id)
    if wanted.table_name:
        conditions.append(AuditLog.table_name == wanted.table_name)
    if wanted.start is not None:
        conditions.append(AuditLog.at >= datetime.combine(wanted.start, time(), zone))
    if wanted.end is not None:
        conditions.append(AuditLog.at < datetime.combine(wanted.end + timedelta(days=1), time(), zone))
    text = wanted.text.strip()
    if text:
        pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        conditions.append(
            or_(
                AuditLog.record_number.ilike(pattern, escape="\\"),
                AuditLog.record_key == text,
                AuditLog.field.ilike(pattern, escape="\\"),
                AuditLog.old_value.ilike(pattern, escape="\\"),
                AuditLog.new_value.ilike(pattern, escape="\\"),
            )
        )
    return conditions


def search(
    session: Session, wanted: AuditFilter, *, limit: int = DEFAULT_LIMIT, offset: int = 0
) -> list[AuditEntry]:
    """The log rows matching ``wanted``, newest first, a page at a time
    (administrators only)."""
    require_viewer(session)
    query = (
        select(AuditLog, Staff.name)
        .outerjoin(Staff, Staff.id == AuditLog.staff_id)
        .where(*_conditions(session, wanted))
        .order_by(AuditLog.at.desc(), AuditLog.id.desc())
    )
    rows = session.execute(query.limit(max(limit, 0)).offset(max(offset, 0))).all()
    return [
        AuditEntry(
            id=log.id,
            at=log.at,
            staff_name=name or "系统",
            table_name=log.table_name,
            kind=kind_label(log.table_name),
            record_key=log.record_key,
            record_number=log.record_number,
            action=log.action,
            field=log.field,
            old_value=log.old_value,
            new_value=log.new_value,
        )
        for log, name in rows
    ]


def count(session: Session, wanted: AuditFilter) -> int:
    require_viewer(session)
    query = select(func.count(AuditLog.id)).where(*_conditions(session, wanted))
    return int(session.scalar(query) or 0)


def staff_choices(session: Session) -> list[tuple[int, str]]:
    """Everybody who may appear in the log (inactive staff too), by name."""
    return [
        (staff_id, name)
        for staff_id, name in session.execute(select(Staff.id, Staff.name).order_by(Staff.name))
    ]


__all__ = [
    "AuditEntry",
    "AuditFilter",
    "authorize_export",
    "count",
    "export_allowed",
    "export_needs_permission",
    "kind_label",
    "require_viewer",
    "search",
    "staff_choices",
]
