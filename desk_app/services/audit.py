"""The audit trail beyond single records: the administrator's searchable log of every
change, and exports of personal data, which need a role and leave an audit row.

Changes are written by ``models/tracking.py`` (one row per create, changed field,
void); this module reads them and adds the rows no flush produces (exports).
"""

from __future__ import annotations

import enum
import json
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import ColumnElement, TypeDecorator, and_, func, or_, select
from sqlalchemy.orm import Session

from desk_app.messages import msg
from desk_app.models import DocumentTransfer, Room, Staff, tracking
from desk_app.models.admin import AuditLog
from desk_app.models.base import Base
from desk_app.models.enums import AuditAction, LabelledEnum, StaffRole
from desk_app.services import context, reception
from desk_app.services.errors import FieldError, NotFoundError, PermissionDeniedError
from desk_app.services.permissions import checked

#: Only administrators read the whole log (SPEC 1; the complaint sheet shows its own).
AUDIT_VIEWER_ROLES = frozenset({StaffRole.ADMINISTRATOR})

#: Lists whose export hands personal data out of the building: who may export them.
#: Key = the list's kind (navigation key), value = the table its rows come from.
PROTECTED_EXPORTS: dict[str, str] = {"clients": "client"}
EXPORT_ROLES = frozenset({StaffRole.SUPERVISOR, StaffRole.DEPARTMENT_HEAD, StaffRole.ADMINISTRATOR})

#: The record kinds of the log in Chinese (table name → label), for the filter and rows.
KIND_LABELS: dict[str, str] = {
    "client": msg("客户资料"),
    "client_room": msg("客户房产"),
    "client_phone": msg("客户电话"),
    "family_member": msg("家庭成员"),
    "client_importance": msg("重要客户类别"),
    "worklog_entry": msg("工作记录"),
    "dispatch_slip": msg("派工单"),
    "complaint": msg("投诉"),
    "complaint_complainant": msg("投诉人"),
    "complaint_progress": msg("投诉处理进展"),
    "complaint_status_change": msg("投诉状态变更"),
    "complaint_breach": msg("投诉超时"),
    "interview": msg("访谈记录"),
    "interview_plan": msg("访谈计划"),
    "interview_plan_target": msg("访谈计划对象"),
    "dispute": msg("邻里纠纷"),
    "dispute_step": msg("纠纷处理经过"),
    "rectification_notice": msg("整改通知书"),
    "notice_inspection": msg("整改复查"),
    "reminder_case": msg("温馨提示案件"),
    "reminder_slip": msg("温馨提示"),
    "cleared_item": msg("清理物品"),
    "visitor": msg("访客登记"),
    "letter": msg("客户来函"),
    "document_transfer": msg("文件资料收发"),
    "media_visit": msg("媒体采访"),
    "fee_service": msg("收费业务"),
    "standard_reply": msg("统一回复口径"),
    "forbidden_phrase": msg("禁用语"),
    "daily_tally": msg("日盘点"),
    "monthly_report_status": msg("月度报告"),
    "setting": msg("系统设置"),
    "calendar_override": msg("节假日设置"),
    "staff": msg("工作人员"),
    "department": msg("部门"),
    "area": msg("片区"),
    "building": msg("楼栋"),
    "room": msg("房间"),
    # not a table: the whole database (``desk-app restore``)
    "database": msg("数据库"),
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


@checked
def authorize_export(
    session: Session, kind: str, *, rows: int | None = None, target: str | None = None
) -> None:
    """Check that the acting person may export the ``kind`` list and, for a protected
    list (the client archive), write the export into the audit log (who, when, how many
    rows, to which file). Other lists pass unchecked. Raises ``PermissionDeniedError``."""
    table = PROTECTED_EXPORTS.get(kind)
    if table is None:
        return
    context.require_role(session, set(EXPORT_ROLES), msg("导出客户资料"))
    detail = f"{rows} 条" if rows is not None else None
    # Through the audit chain (issue 19: a bare row added here was outside the chain,
    # and the daily check then called the log broken after every export).
    field = target[-64:] if target else None
    tracking.record_event(session, table, "*", AuditAction.EXPORT, field, None, detail)


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
    #: The field's name and the values as people read them (enum labels, 是/否, local
    #: time), as the record's own history shows them; the raw ones above are searched.
    field_label: str = ""
    old_shown: str = ""
    new_shown: str = ""


def _models_by_table() -> dict[str, type[Base]]:
    return {mapper.class_.__tablename__: mapper.class_ for mapper in Base.registry.mappers}


def require_viewer(session: Session) -> Staff:
    """The acting person, who must be an administrator to read the whole log."""
    return context.require_role(session, set(AUDIT_VIEWER_ROLES), msg("查看全部操作日志"))


def _conditions(session: Session, wanted: AuditFilter) -> list[ColumnElement[bool]]:
    if wanted.start is not None and wanted.end is not None and wanted.start > wanted.end:
        raise FieldError("end", msg("结束日期不能早于开始日期"))
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
    models = _models_by_table()
    entries = []
    for log, name in rows:
        model = models.get(log.table_name)
        entries.append(
            AuditEntry(
                id=log.id,
                at=log.at,
                staff_name=name or SYSTEM_NAME,
                table_name=log.table_name,
                kind=kind_label(log.table_name),
                record_key=log.record_key,
                record_number=log.record_number,
                action=log.action,
                field=log.field,
                old_value=log.old_value,
                new_value=log.new_value,
                field_label=field_label(model, log.field),
                old_shown=readable_value(session, model, log.field, log.old_value),
                new_shown=readable_value(session, model, log.field, log.new_value),
            )
        )
    return entries


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


# -- one record's history ---------------------------------------------------------------------

#: Chinese names of the fields most records share, for a record's history; a column's
#: own ``info={"label": ...}`` wins, and a field found in neither shows its raw name.
FIELD_LABELS: dict[str, str] = {
    # child rows of a client card (issue 19: shown in the client's history)
    "relation": msg("关系"),
    "category": msg("类别"),
    "label": msg("说明"),
    "number": msg("编号"),
    "status": msg("状态"),
    "content": msg("内容"),
    "summary": msg("摘要"),
    "description": msg("内容说明"),
    "note": msg("备注"),
    "name": msg("姓名"),
    "phone": msg("电话"),
    "kind": msg("类别"),
    "channel": msg("渠道"),
    "room_id": msg("房号"),
    "client_id": msg("客户"),
    "department_id": msg("部门"),
    "staff_id": msg("工作人员"),
    "created_at": msg("创建时间"),
    "created_by_id": msg("创建人"),
    "voided_at": msg("作废时间"),
    "voided_by_id": msg("作废人"),
    "void_reason": msg("作废原因"),
    "received_at": msg("接收时间"),
    "due_at": msg("期限"),
    "closed_at": msg("关闭时间"),
    "result": msg("结果"),
    # reception books
    "visitor_name": msg("来访人"),
    "visitor_phone": msg("来访人电话"),
    "id_document": msg("证件"),
    "party_size": msg("人数"),
    "visiting_room_id": msg("被访房号"),
    "host_name": msg("被访人"),
    "host_contacted": msg("已联系被访人"),
    "host_agreed": msg("被访人同意"),
    "purpose": msg("来访事由"),
    "arrived_at": msg("到达时间"),
    "left_at": msg("离开时间"),
    "sender": msg("来函人"),
    "action_taken": msg("处理情况"),
    "is_fax": msg("传真"),
    "from_party": msg("发件方"),
    "to_party": msg("收件方"),
    "addressee_staff_id": msg("收件人"),
    "addressee_room_id": msg("收件房号"),
    "recipient_contact": msg("收件人联系方式"),
    "handed_over_at": msg("交接时间"),
    "signed_by": msg("签收人"),
    "amount": msg("金额"),
    # kept by the program from other fields (search and list order)
    "name_initials": msg("姓名拼音首字母"),
    "name_pinyin": msg("姓名拼音"),
    "sort_room": msg("排序用房号"),
}

BOOLEAN_TEXT = {True: msg("是"), False: msg("否")}
SYSTEM_NAME = msg("系统")
HISTORY_LIMIT = 500


@dataclass(frozen=True)
class HistoryLine:
    """One row of a record's history, ready to show: who did what, when, to which
    field (its Chinese label in ``field_label``), old and new value as people read them."""

    at: datetime
    staff_name: str
    action: AuditAction
    field: str | None
    field_label: str
    old_value: str
    new_value: str


def field_label(model: type[Base] | None, field: str | None) -> str:
    """The Chinese name of ``model.field`` for the history (empty for no field)."""
    if not field:
        return ""
    column = model.__table__.columns.get(field) if model is not None else None
    if column is not None:
        label = column.info.get("label")
        if isinstance(label, str) and label:
            return label
    return FIELD_LABELS.get(field, field)


def readable_value(session: Session, model: type[Base] | None, field: str | None, value: str | None) -> str:
    """A stored audit value (``tracking._text``) as people read it: an enum code as its
    label, a boolean as 是/否, a moment in the community's time; else unchanged."""
    if value is None:
        return ""
    column = model.__table__.columns.get(field) if field and model is not None else None
    if column is None:
        return value
    kind = column.type
    if isinstance(kind, TypeDecorator):  # UtcDateTime says ``object``; its impl knows
        kind = kind.impl_instance
    try:
        python_type = kind.python_type
    except NotImplementedError:
        return value
    if issubclass(python_type, enum.Enum):
        try:
            member = python_type(value)
        except ValueError:
            return value
        return member.label if isinstance(member, LabelledEnum) else str(member.value)
    if python_type is bool:
        return {"True": BOOLEAN_TEXT[True], "False": BOOLEAN_TEXT[False]}.get(value, value)
    if python_type is datetime:
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            return value
        if moment.tzinfo is not None:
            moment = moment.astimezone(context.zone(session))
        return moment.strftime("%Y-%m-%d %H:%M")
    return value


def _check_history_reader(session: Session, model: type[Base], record_id: int) -> None:
    staff = context.actor(session)
    if staff is None:
        raise PermissionDeniedError(msg("请先选择值班人员，再查看修改历史"))
    if session.get(model, record_id) is None:
        raise NotFoundError(msg("找不到这条记录（编号 {record_id}）", record_id=record_id))
    if model is DocumentTransfer:
        # Raises PermissionDeniedError for anyone who may not read the contents (SPEC 2.8).
        reception.document_details(session, record_id)


def record_history(
    session: Session, model: type[Base], record_id: int, *, limit: int = HISTORY_LIMIT
) -> list[HistoryLine]:
    """The audit log of one record, newest first, for any signed-in staff member
    (a document's only for those who may read its contents). Raises
    ``PermissionDeniedError`` when nobody is signed in or the reader may not see it."""
    _check_history_reader(session, model, record_id)
    table, key = model.__tablename__, str(record_id)
    rows = session.execute(
        select(AuditLog, Staff.name)
        .outerjoin(Staff, Staff.id == AuditLog.staff_id)
        .where(
            or_(
                and_(AuditLog.table_name == table, AuditLog.record_key == key),
                and_(AuditLog.owner_table == table, AuditLog.owner_key == key),
            )
        )
        .order_by(AuditLog.at.desc(), AuditLog.id.desc())
        .limit(max(limit, 0))
    ).all()
    models = _models_by_table()
    lines = []
    for log, name in rows:
        if log.table_name == table:
            # A field's change as its two values; the record's own creation (all its
            # values at once, canonical JSON in the log) spelled out like a child row's.
            if log.field is None:
                own_old = readable_row(session, model, log.old_value)
                own_new = readable_row(session, model, log.new_value)
            else:
                own_old = readable_value(session, model, log.field, log.old_value)
                own_new = readable_value(session, model, log.field, log.new_value)
            lines.append(
                HistoryLine(
                    at=log.at,
                    staff_name=name or SYSTEM_NAME,
                    action=log.action,
                    field=log.field,
                    field_label=field_label(model, log.field),
                    old_value=own_old,
                    new_value=own_new,
                )
            )
            continue
        # A child row of the record (a phone, a family member…): named by its kind, its
        # values spelled out (issue 19: the history shows child-row changes).
        child = models.get(log.table_name)
        label = kind_label(log.table_name)
        if log.field:
            label = msg("{kind}·{field}", kind=label, field=field_label(child, log.field))
            old = readable_value(session, child, log.field, log.old_value)
            new = readable_value(session, child, log.field, log.new_value)
        else:
            old = readable_row(session, child, log.old_value)
            new = readable_row(session, child, log.new_value)
        lines.append(
            HistoryLine(
                at=log.at,
                staff_name=name or SYSTEM_NAME,
                action=log.action,
                field=log.field,
                field_label=label,
                old_value=old,
                new_value=new,
            )
        )
    return lines


#: Columns of a child row that say nothing to a reader (keys and bookkeeping).
_HIDDEN_IN_ROW = frozenset({"id", "created_at", "created_by_id", "voided_by_id"})


def readable_row(session: Session, model: type[Base] | None, values: str | None) -> str:
    """A created or deleted row's values (canonical JSON in the audit log) as
    "电话：13800001111" — keys to other records left out, room ids as room codes."""
    if not values:
        return ""
    try:
        data = json.loads(values)
    except ValueError:
        return values
    if not isinstance(data, dict):
        return values
    parts = []
    for field, value in data.items():
        if value in (None, "") or field in _HIDDEN_IN_ROW:
            continue
        if field == "room_id":
            room = session.get(Room, int(value)) if str(value).isdigit() else None
            shown = room.code if room is not None else str(value)
        elif field.endswith("_id"):
            continue
        else:
            shown = readable_value(session, model, field, str(value))
        parts.append(msg("{label}：{value}", label=field_label(model, field), value=shown))
    return msg("；").join(parts)


__all__ = [
    "AuditEntry",
    "AuditFilter",
    "HistoryLine",
    "authorize_export",
    "count",
    "export_allowed",
    "export_needs_permission",
    "field_label",
    "kind_label",
    "readable_row",
    "readable_value",
    "record_history",
    "require_viewer",
    "search",
    "staff_choices",
]
