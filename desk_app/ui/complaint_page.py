"""顾客投诉处理记录表 complaint record sheet (SPEC 2.3; rules R1–R9, R12, R19).

The sheet in the paper's order: receipt (when, how, who, which room), the complaint,
its class, business line, final root cause and severity, the counts of R8, and every
due time with a tooltip that explains it. The lifecycle lives in
``desk_app.services.complaints``; each button below is one service call in one unit of
work, enabled only where the complaint's status allows it, and a refusal shows the
rule's own message. Tabs: 处理过程 (first response, designated handler, progress log,
class-2 notice, resolution and verification), 回访与关闭 (callback, R6 exemptions,
closing, reopening), 投诉人 (R8: further complainants of the same event, repeat count,
web heat) and 修改历史 (the audit log, read-only).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, tzinfo
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import bindparam, or_
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from desk_app.models import AttachmentOwner, Client, Complaint, Room, Staff
from desk_app.screens.enums import (
    BusinessLine,
    CallbackExemption,
    Channel,
    ComplaintClass,
    ComplaintStatus,
    ContactForm,
    RootCause,
    Severity,
)
from desk_app.screens.list_spec import Column, Filter, ListSpec
from desk_app.services import complaints, references
from desk_app.services.complaints import DoNotDisturbWarning
from desk_app.services.errors import DomainError, FieldError
from desk_app.ui.attachments_panel import AttachmentsPanel
from desk_app.ui.client_choice import (
    ClientChoice,
    aware,
    datetime_box,
    local_iso,
    local_text,
    set_local,
    zone_of,
)
from desk_app.ui.desk_context import DeskContext
from desk_app.ui.forms import FormPage
from desk_app.ui.printing_actions import PrintButton
from desk_app.ui.record_page import RecordPage
from desk_app.ui.staff_finder import make_findable
from desk_app.ui.texts import QT_TRANSLATE_NOOP, ScreenText, enum_label

C = "ComplaintPage"
TEXT = ScreenText(
    C,
    {
        "title": QT_TRANSLATE_NOOP(C, "顾客投诉处理记录表"),
        # the sheet
        "tab_sheet": QT_TRANSLATE_NOOP(C, "记录表"),
        "tab_handling": QT_TRANSLATE_NOOP(C, "处理过程"),
        "tab_callback": QT_TRANSLATE_NOOP(C, "回访与关闭"),
        "tab_people": QT_TRANSLATE_NOOP(C, "投诉人(R8)"),
        "tab_history": QT_TRANSLATE_NOOP(C, "修改历史"),
        "tab_attachments": QT_TRANSLATE_NOOP(C, "附件"),
        "number": QT_TRANSLATE_NOOP(C, "编号：{number}"),
        "new_number": QT_TRANSLATE_NOOP(C, "编号：（保存后生成）"),
        "status": QT_TRANSLATE_NOOP(C, "状态：{status}"),
        "major": QT_TRANSLATE_NOOP(C, "重大投诉（R19，单独归档）"),
        "received_at": QT_TRANSLATE_NOOP(C, "受理时间(&T)"),
        "channel": QT_TRANSLATE_NOOP(C, "投诉渠道(&C)"),
        "client": QT_TRANSLATE_NOOP(C, "投诉人(&K)"),
        "room": QT_TRANSLATE_NOOP(C, "房号(&R)"),
        "room_hint": QT_TRANSLATE_NOOP(C, "如 3-2-1201"),
        "anonymous": QT_TRANSLATE_NOOP(C, "匿名投诉(&A)"),
        "sensitive": QT_TRANSLATE_NOOP(C, "敏感投诉(&M)"),
        "flags": QT_TRANSLATE_NOOP(C, "投诉性质"),
        "web_thread_url": QT_TRANSLATE_NOOP(C, "网帖地址(&U)"),
        "description": QT_TRANSLATE_NOOP(C, "投诉内容(&D)"),
        "complaint_class": QT_TRANSLATE_NOOP(C, "投诉类别(&L)"),
        "unclassified": QT_TRANSLATE_NOOP(C, "（未分类）"),
        "class_tip": QT_TRANSLATE_NOOP(
            C,
            "一类：物业服务本身；二类：地产公司房屋质量、配套设施（须一个工作日内知会地产公司，R4）；"
            "三类：外部环境、服务范围外设施或其他单位（记录协调单位）。",
        ),
        "external_body": QT_TRANSLATE_NOOP(C, "协调单位(&B)"),
        "external_report": QT_TRANSLATE_NOOP(C, "书面报告(&W)"),
        "business_line": QT_TRANSLATE_NOOP(C, "所属专业(&Y)"),
        "root_cause": QT_TRANSLATE_NOOP(C, "最终原因(&Z)"),
        "severity": QT_TRANSLATE_NOOP(C, "严重程度(&J)"),
        "group_marked": QT_TRANSLATE_NOOP(C, "群体投诉（通知部门负责人）"),
        "extreme_risk": QT_TRANSLATE_NOOP(C, "有过激行为风险"),
        "extreme_hint": QT_TRANSLATE_NOOP(C, "看到/听到了什么（通知部门负责人和品质管理部）"),
        "print_sheet": QT_TRANSLATE_NOOP(C, "打印记录表…"),
        "print_developer_notice": QT_TRANSLATE_NOOP(C, "打印知会函…"),
        "print_dossier": QT_TRANSLATE_NOOP(C, "打印重大投诉档案…"),
        "not_chosen": QT_TRANSLATE_NOOP(C, "（未选）"),
        "counts": QT_TRANSLATE_NOOP(
            C, "投诉人数 {people}　投诉次数 {times}　跟帖数 {heat}　重新处理 {reopened} 次"
        ),
        "counts_title": QT_TRANSLATE_NOOP(C, "计数(R8)"),
        "deadlines": QT_TRANSLATE_NOOP(C, "处理时限（鼠标停在时限上可查看计算过程）"),
        "due_explain_hint": QT_TRANSLATE_NOOP(C, "按 Tab 键移到某个时限上，这里显示它的计算过程。"),
        "due_first_response_due": QT_TRANSLATE_NOOP(C, "首次回应(R1)"),
        "due_handler_due": QT_TRANSLATE_NOOP(C, "指定专人(R3)"),
        "due_next_update_due": QT_TRANSLATE_NOOP(C, "进展通报(R3)"),
        "due_developer_notice_due": QT_TRANSLATE_NOOP(C, "知会地产公司(R4)"),
        "due_callback_due": QT_TRANSLATE_NOOP(C, "回访(R6)"),
        "due_auto_close_at": QT_TRANSLATE_NOOP(C, "自动关闭(R7)"),
        "due_none": QT_TRANSLATE_NOOP(C, "—"),
        "due_open": QT_TRANSLATE_NOOP(C, "{due} 前"),
        "due_done": QT_TRANSLATE_NOOP(C, "已于 {met} 完成"),
        "due_met": QT_TRANSLATE_NOOP(C, "已于 {met} 完成（时限 {due}）"),
        "due_overdue": QT_TRANSLATE_NOOP(C, "{due} 前 — 已逾期"),
        # handling
        "first_response": QT_TRANSLATE_NOOP(C, "首次回应（R1；网络投诉须含具体措施）"),
        "first_response_text": QT_TRANSLATE_NOOP(C, "回应内容(&Y)"),
        "first_response_button": QT_TRANSLATE_NOOP(C, "登记首次回应"),
        "web_draft_button": QT_TRANSLATE_NOOP(C, "回帖拟稿"),
        "web_approve_button": QT_TRANSLATE_NOOP(C, "审批回帖"),
        "web_post_button": QT_TRANSLATE_NOOP(C, "回帖"),
        "web_reply_waiting": QT_TRANSLATE_NOOP(C, "回帖草稿（待部门负责人审批）：{text}"),
        "web_reply_approved": QT_TRANSLATE_NOOP(C, "回帖草稿（已审批，可回帖）：{text}"),
        "first_response_done": QT_TRANSLATE_NOOP(C, "已于 {at} 回应：{text}"),
        "handler_group": QT_TRANSLATE_NOOP(C, "指定专人（R3，由主管或部门负责人指定）"),
        "handler": QT_TRANSLATE_NOOP(C, "处理人(&C)"),
        "department": QT_TRANSLATE_NOOP(C, "部门(&P)"),
        "handler_button": QT_TRANSLATE_NOOP(C, "指定专人"),
        "handler_button_key": QT_TRANSLATE_NOOP(C, "指定专人(&D)"),
        "handler_now": QT_TRANSLATE_NOOP(C, "当前处理人：{name}（{department}），{by} 于 {at} 指定"),
        "handler_none": QT_TRANSLATE_NOOP(C, "尚未指定处理人"),
        "progress_group": QT_TRANSLATE_NOOP(C, "处理进展"),
        "progress_when": QT_TRANSLATE_NOOP(C, "时间"),
        "progress_who": QT_TRANSLATE_NOOP(C, "记录人"),
        "progress_what": QT_TRANSLATE_NOOP(C, "处理情况"),
        "progress_informed": QT_TRANSLATE_NOOP(C, "已告知客户"),
        "action": QT_TRANSLATE_NOOP(C, "本次进展(&I)"),
        "client_informed": QT_TRANSLATE_NOOP(C, "已告知客户(&O)"),
        "progress_button": QT_TRANSLATE_NOOP(C, "添加进展"),
        "notice_group": QT_TRANSLATE_NOOP(C, "知会地产公司客户关系中心（R4，二类投诉）"),
        "notice_method": QT_TRANSLATE_NOOP(C, "发送方式(&Q)"),
        "notice_written": QT_TRANSLATE_NOOP(C, "书面"),
        "notice_email": QT_TRANSLATE_NOOP(C, "电子邮件"),
        "notice_button": QT_TRANSLATE_NOOP(C, "登记知会函已发出"),
        "notice_sent": QT_TRANSLATE_NOOP(C, "知会函已于 {at} 以{method}发出"),
        "notice_not_needed": QT_TRANSLATE_NOOP(C, "非二类投诉，无需知会"),
        "notice_pending": QT_TRANSLATE_NOOP(C, "知会函尚未发出"),
        "resolution_group": QT_TRANSLATE_NOOP(C, "处理结果与验证（R5）"),
        "resolution": QT_TRANSLATE_NOOP(C, "处理结果(&X)"),
        "on_the_spot": QT_TRANSLATE_NOOP(C, "现场解决(&Z)"),
        "confirmed": QT_TRANSLATE_NOOP(C, "客户当场确认满意(&2)"),
        "resolve_button": QT_TRANSLATE_NOOP(C, "登记处理结果"),
        "verification_note": QT_TRANSLATE_NOOP(C, "验证意见(&3)"),
        "verify_button": QT_TRANSLATE_NOOP(C, "验证合格"),
        "resolved": QT_TRANSLATE_NOOP(C, "已于 {at} 解决：{text}"),
        "verified": QT_TRANSLATE_NOOP(C, "{who} 于 {at} 验证合格{note}"),
        "not_resolved": QT_TRANSLATE_NOOP(C, "尚未解决"),
        # callback and closure
        "callback_group": QT_TRANSLATE_NOOP(C, "回访（R6：验证合格后按时回访客户）"),
        "callback_form": QT_TRANSLATE_NOOP(C, "回访形式(&W)"),
        "callback_satisfied": QT_TRANSLATE_NOOP(C, "客户意见(&I)"),
        "satisfied": QT_TRANSLATE_NOOP(C, "满意（关闭投诉）"),
        "dissatisfied": QT_TRANSLATE_NOOP(C, "不满意（重新处理）"),
        "callback_comments": QT_TRANSLATE_NOOP(C, "回访意见(&O)"),
        "call_time_note": QT_TRANSLATE_NOOP(C, "非适宜时段说明"),
        "call_time_hint": QT_TRANSLATE_NOOP(C, "早7点前、晚10点后、午休或节假日致电时填写原因"),
        "callback_button": QT_TRANSLATE_NOOP(C, "登记回访"),
        "callback_done": QT_TRANSLATE_NOOP(C, "{who} 于 {at} {form}回访：{verdict}。{comments}"),
        "exemption_group": QT_TRANSLATE_NOOP(C, "免回访（R6）"),
        "exemption": QT_TRANSLATE_NOOP(C, "免回访原因(&X)"),
        "exemption_note": QT_TRANSLATE_NOOP(C, "说明(&Z)"),
        "exemption_button": QT_TRANSLATE_NOOP(C, "登记免回访"),
        "exemption_tip": QT_TRANSLATE_NOOP(
            C,
            "以下情形无需回访：(a) 现场解决且客户当场确认满意；(b) 匿名投诉，或无法联系发帖人的网络投诉；"
            "(c) 敏感投诉；(d) 客户拒绝回访（R12）。免回访的投诉在解决 7 天后自动关闭（R7）。",
        ),
        "exempt_now": QT_TRANSLATE_NOOP(C, "免回访：{reason}{note}"),
        "closure_group": QT_TRANSLATE_NOOP(C, "关闭与重新处理（R7）"),
        "close_button": QT_TRANSLATE_NOOP(C, "关闭投诉…"),
        "reopen_button": QT_TRANSLATE_NOOP(C, "重新处理…"),
        "closed": QT_TRANSLATE_NOOP(C, "已于 {at} 关闭（{kind}）"),
        "open_now": QT_TRANSLATE_NOOP(C, "未关闭"),
        "close_title": QT_TRANSLATE_NOOP(C, "关闭投诉"),
        "close_question": QT_TRANSLATE_NOOP(
            C, "确定关闭投诉 {number} 吗？关闭后不能再修改记录表，只能重新处理。"
        ),
        "reopen_title": QT_TRANSLATE_NOOP(C, "重新处理"),
        "reopen_reason": QT_TRANSLATE_NOOP(C, "请填写重新处理的原因（必填，计入重新处理统计）："),
        "reopen_question": QT_TRANSLATE_NOOP(C, "确定把投诉 {number} 退回处理中吗？\n原因：{reason}"),
        "dnd_title": QT_TRANSLATE_NOOP(C, "客户不愿接受回访（R12）"),
        # complainants
        "people_group": QT_TRANSLATE_NOOP(C, "同一事件的其他投诉人"),
        "people_name": QT_TRANSLATE_NOOP(C, "姓名"),
        "people_room": QT_TRANSLATE_NOOP(C, "房号"),
        "people_phone": QT_TRANSLATE_NOOP(C, "电话"),
        "people_times": QT_TRANSLATE_NOOP(C, "次数"),
        "people_joined": QT_TRANSLATE_NOOP(C, "加入时间"),
        "link_client": QT_TRANSLATE_NOOP(C, "客户(&K)"),
        "link_name": QT_TRANSLATE_NOOP(C, "或姓名(&A)"),
        "link_phone": QT_TRANSLATE_NOOP(C, "电话(&P)"),
        "link_button": QT_TRANSLATE_NOOP(C, "添加投诉人"),
        "repeat_button": QT_TRANSLATE_NOOP(C, "同一事件再次投诉（次数 +1）"),
        "heat_group": QT_TRANSLATE_NOOP(C, "网络跟帖（R8：跟帖提高热度；有新内容的跟帖另立投诉）"),
        "heat": QT_TRANSLATE_NOOP(C, "新增跟帖数(&T)"),
        "heat_button": QT_TRANSLATE_NOOP(C, "增加跟帖数"),
        # history
        "history_when": QT_TRANSLATE_NOOP(C, "时间"),
        "history_who": QT_TRANSLATE_NOOP(C, "操作人"),
        "history_action": QT_TRANSLATE_NOOP(C, "操作"),
        "history_what": QT_TRANSLATE_NOOP(C, "项目"),
        "history_old": QT_TRANSLATE_NOOP(C, "原值"),
        "history_new": QT_TRANSLATE_NOOP(C, "新值"),
        "history_system": QT_TRANSLATE_NOOP(C, "系统"),
        "history_progress": QT_TRANSLATE_NOOP(C, "处理进展"),
        # messages
        "yes": QT_TRANSLATE_NOOP(C, "是"),
        "no": QT_TRANSLATE_NOOP(C, "否"),
        "save_first": QT_TRANSLATE_NOOP(C, "请先保存投诉记录。"),
        "no_staff": QT_TRANSLATE_NOOP(C, "请先在窗口底部选择值班人员。"),
        "done": QT_TRANSLATE_NOOP(C, "已完成：{what}。"),
        "failed": QT_TRANSLATE_NOOP(C, "操作失败：数据库暂时无法写入（{detail}），请稍后再试。"),
        "stale": QT_TRANSLATE_NOOP(C, "这条投诉刚被其他人修改过，请重新打开后再操作。"),
        # list
        "col_number": QT_TRANSLATE_NOOP(C, "编号"),
        "col_received": QT_TRANSLATE_NOOP(C, "受理时间"),
        "col_room": QT_TRANSLATE_NOOP(C, "房号"),
        "col_client": QT_TRANSLATE_NOOP(C, "投诉人"),
        "col_channel": QT_TRANSLATE_NOOP(C, "渠道"),
        "col_class": QT_TRANSLATE_NOOP(C, "类别"),
        "col_line": QT_TRANSLATE_NOOP(C, "专业"),
        "col_status": QT_TRANSLATE_NOOP(C, "状态"),
        "col_severity": QT_TRANSLATE_NOOP(C, "程度"),
        "col_first_due": QT_TRANSLATE_NOOP(C, "首次回应时限"),
        "filter_status": QT_TRANSLATE_NOOP(C, "状态"),
        "filter_class": QT_TRANSLATE_NOOP(C, "类别"),
        "filter_overdue": QT_TRANSLATE_NOOP(C, "逾期"),
        "all": QT_TRANSLATE_NOOP(C, "全部"),
        "not_closed": QT_TRANSLATE_NOOP(C, "未关闭"),
        "overdue_any": QT_TRANSLATE_NOOP(C, "任一时限逾期"),
        "overdue_first": QT_TRANSLATE_NOOP(C, "首次回应逾期"),
        "overdue_handler": QT_TRANSLATE_NOOP(C, "待指定专人"),
        "overdue_update": QT_TRANSLATE_NOOP(C, "进展通报逾期"),
        "overdue_notice": QT_TRANSLATE_NOOP(C, "知会地产公司逾期"),
        "overdue_callback": QT_TRANSLATE_NOOP(C, "回访逾期"),
        "major_only": QT_TRANSLATE_NOOP(C, "重大投诉"),
        "export": QT_TRANSLATE_NOOP(C, "顾客投诉处理记录"),
    },
)

DUE_KEYS = (
    "first_response_due",
    "handler_due",
    "next_update_due",
    "developer_notice_due",
    "callback_due",
    "auto_close_at",
)


# -- the list ------------------------------------------------------------------------------


def overdue_conditions(now: Callable[[], datetime]) -> dict[str, Any]:
    """The list's overdue filters (``complaints.overdue_conditions``, the dashboard's
    too), with "now" read when the query runs, not when the list was built."""
    current = bindparam("now", callable_=lambda: now().astimezone(UTC), type_=Complaint.received_at.type)
    late = complaints.overdue_conditions(current)
    return {"any": or_(*late.values()), **late}


def complaint_list(context: DeskContext) -> ListSpec:
    overdue = overdue_conditions(context.db.clock.now)
    statuses: list[tuple[str, Any]] = [
        (TEXT("all"), None),
        (TEXT("not_closed"), Complaint.status != ComplaintStatus.CLOSED),
    ]
    statuses += [(enum_label(status), Complaint.status == status) for status in ComplaintStatus]
    classes: list[tuple[str, Any]] = [
        (TEXT("all"), None),
        (TEXT("unclassified"), Complaint.complaint_class.is_(None)),
    ]
    classes += [(enum_label(cls), Complaint.complaint_class == cls) for cls in ComplaintClass]
    classes.append((TEXT("major_only"), Complaint.severity == Severity.MAJOR))
    return ListSpec(
        kind="complaints",
        model=Complaint,
        columns=(
            Column(TEXT("col_number"), Complaint.number, width=130),
            Column(TEXT("col_received"), Complaint.received_at, width=130),
            Column(TEXT("col_room"), Room.code, width=80),
            Column(TEXT("col_client"), Client.name, width=70),
            Column(TEXT("col_channel"), Complaint.channel, width=70),
            Column(TEXT("col_class"), Complaint.complaint_class, width=50),
            Column(TEXT("col_line"), Complaint.business_line, width=80),
            Column(TEXT("col_status"), Complaint.status, width=95),
            Column(TEXT("col_severity"), Complaint.severity, width=45),
            Column(TEXT("col_first_due"), Complaint.first_response_due, width=130),
        ),
        search=(Complaint.number, Room.code, Client.name, Complaint.description),
        filters=(
            Filter(TEXT("filter_status"), tuple(statuses)),
            Filter(TEXT("filter_class"), tuple(classes)),
            Filter(
                TEXT("filter_overdue"),
                (
                    (TEXT("all"), None),
                    (TEXT("overdue_any"), overdue["any"]),
                    (TEXT("overdue_first"), overdue["first"]),
                    (TEXT("overdue_handler"), overdue["handler"]),
                    (TEXT("overdue_update"), overdue["update"]),
                    (TEXT("overdue_notice"), overdue["notice"]),
                    (TEXT("overdue_callback"), overdue["callback"]),
                ),
            ),
        ),
        default_order=Complaint.received_at.desc(),
        query=lambda select_: select_.outerjoin(Room, Room.id == Complaint.room_id).outerjoin(
            Client, Client.id == Complaint.client_id
        ),
        export_name=TEXT("export"),
    )


# -- what a saved complaint shows besides its editable fields -----------------------------


@dataclass
class DueLine:
    key: str
    due: datetime | None
    met: datetime | None
    steps: list[str]


@dataclass
class SheetState:
    """Everything the sheet shows of a saved complaint, read in one session."""

    number: str
    status: ComplaintStatus
    channel: Channel
    complaint_class: ComplaintClass | None
    severity: Severity
    people_count: int
    times_count: int
    web_heat: int
    reopen_count: int
    now: datetime
    due: list[DueLine] = field(default_factory=list)
    first_response: str | None = None
    #: R1w (amended): the web reply's draft and approval, shown on the sheet.
    web_reply: str | None = None
    web_reply_approved: bool = False
    handler: str | None = None
    handler_id: int | None = None
    handler_department_id: int | None = None
    progress: list[tuple[str, str, str, bool]] = field(default_factory=list)
    developer_notice: str | None = None
    developer_notice_sent: bool = False
    resolution: str | None = None
    verification: str | None = None
    callback: str | None = None
    exemption: str | None = None
    has_exemption: bool = False
    closure: str | None = None
    complainants: list[tuple[str, str, str, str, str]] = field(default_factory=list)
    history: list[tuple[str, str, str, str, str, str]] = field(default_factory=list)


def _staff_name(session: Session, staff_id: int | None) -> str:
    if staff_id is None:
        return ""
    staff = session.get(Staff, staff_id)
    return staff.name if staff is not None else str(staff_id)


def read_state(session: Session, complaint_id: int, zone: tzinfo) -> SheetState:
    """The saved complaint as the sheet shows it (through the services)."""
    complaint = complaints.load_complaint(session, complaint_id)
    explained = complaints.explain_due_times(session, complaint)
    met = {
        "first_response_due": complaint.first_response_at,
        "handler_due": complaint.designated_at,
        "next_update_due": None,
        "developer_notice_due": complaint.developer_notice_sent_at,
        "callback_due": complaint.callback_at,
        "auto_close_at": complaint.closed_at,
    }
    state = SheetState(
        number=complaint.number,
        status=complaint.status,
        channel=complaint.channel,
        complaint_class=complaint.complaint_class,
        severity=complaint.severity,
        people_count=complaint.people_count,
        times_count=complaint.times_count,
        web_heat=complaint.web_heat,
        reopen_count=complaint.reopen_count,
        now=session.info["clock"].now() if "clock" in session.info else datetime.now(UTC),
        due=[DueLine(key, getattr(complaint, key), met[key], explained.get(key, [])) for key in DUE_KEYS],
    )
    if complaint.first_response_at is not None:
        state.first_response = TEXT(
            "first_response_done",
            at=local_text(complaint.first_response_at, zone),
            text=complaint.first_response_text or "",
        )
    if complaint.web_reply_draft and complaint.first_response_at is None:
        state.web_reply_approved = complaint.web_reply_approved_at is not None
        state.web_reply = TEXT(
            "web_reply_approved" if state.web_reply_approved else "web_reply_waiting",
            text=complaint.web_reply_draft,
        )
    if complaint.handler_id is not None:
        department = complaint.handler_department.name if complaint.handler_department else "—"
        state.handler = TEXT(
            "handler_now",
            name=_staff_name(session, complaint.handler_id),
            department=department,
            by=_staff_name(session, complaint.designated_by_id),
            at=local_text(complaint.designated_at, zone),
        )
        state.handler_id = complaint.handler_id
        state.handler_department_id = complaint.handler_department_id
    state.progress = [
        (
            local_text(entry.at, zone),
            _staff_name(session, entry.staff_id),
            entry.action,
            entry.client_informed,
        )
        for entry in complaint.progress
        if entry.voided_at is None
    ]
    if complaint.complaint_class is not ComplaintClass.DEVELOPER:
        state.developer_notice = TEXT("notice_not_needed")
    elif complaint.developer_notice_sent_at is not None:
        state.developer_notice = TEXT(
            "notice_sent",
            at=local_text(complaint.developer_notice_sent_at, zone),
            method=complaint.developer_notice_method or "",
        )
        state.developer_notice_sent = True
    else:
        state.developer_notice = TEXT("notice_pending")
    if complaint.resolved_at is not None:
        state.resolution = TEXT(
            "resolved", at=local_text(complaint.resolved_at, zone), text=complaint.resolution or ""
        )
    if complaint.verified_at is not None:
        note = f"：{complaint.verification_note}" if complaint.verification_note else ""
        state.verification = TEXT(
            "verified",
            who=_staff_name(session, complaint.verified_by_id),
            at=local_text(complaint.verified_at, zone),
            note=note,
        )
    if complaint.callback_at is not None and complaint.callback_form is not None:
        state.callback = TEXT(
            "callback_done",
            who=_staff_name(session, complaint.callback_by_id),
            at=local_text(complaint.callback_at, zone),
            form=enum_label(complaint.callback_form),
            verdict=TEXT("satisfied") if complaint.callback_satisfied else TEXT("dissatisfied"),
            comments=complaint.callback_comments or "",
        )
    if complaint.callback_exemption is not None:
        note = f"（{complaint.callback_exemption_note}）" if complaint.callback_exemption_note else ""
        state.exemption = TEXT("exempt_now", reason=enum_label(complaint.callback_exemption), note=note)
        state.has_exemption = True
    if complaint.closed_at is not None and complaint.closure_kind is not None:
        state.closure = TEXT(
            "closed", at=local_text(complaint.closed_at, zone), kind=enum_label(complaint.closure_kind)
        )
    for person in complaint.complainants:
        state.complainants.append(
            (
                person.client.name if person.client is not None else (person.name or ""),
                references.room_code(session, person.room_id),
                person.phone or "",
                str(person.times),
                local_text(person.joined_at, zone),
            )
        )
    for line in complaints.complaint_history(session, complaint_id):
        what = line.field or ""
        if line.table_name == "complaint_progress":
            what = f"{TEXT('history_progress')} {what}".strip()
        state.history.append(
            (
                local_text(line.at, zone),
                line.staff_name or TEXT("history_system"),
                line.action,
                what,
                line.old_value or "",
                line.new_value or "",
            )
        )
    return state


# -- the form --------------------------------------------------------------------------------


def _combo(choices: list[tuple[str, Any]]) -> QComboBox:
    box = QComboBox()
    for label, value in choices:
        box.addItem(label, value)
    return box


def _select(box: QComboBox, value: Any) -> None:
    index = box.findData(value)
    box.setCurrentIndex(index if index >= 0 else 0)


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    table.setAlternatingRowColors(True)
    table.horizontalHeader().setStretchLastSection(True)
    table.setMinimumHeight(140)
    return table


def _fill(table: QTableWidget, rows: list[tuple[str, ...]]) -> None:
    table.setRowCount(len(rows))
    for row, values in enumerate(rows):
        for column, value in enumerate(values):
            item = QTableWidgetItem(value)
            item.setToolTip(value)
            table.setItem(row, column, item)
    table.resizeColumnsToContents()
    header = table.horizontalHeader()
    for column in range(table.columnCount() - 1):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)


def _row_widget(layout: QHBoxLayout) -> QWidget:
    holder = QWidget()
    layout.setContentsMargins(0, 0, 0, 0)
    holder.setLayout(layout)
    return holder


def _label(text: str, buddy: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(buddy)
    return label


def _info() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _link(session: Session, complaint_id: int, **person: Any) -> object:
    """R8 link; the service's "client_id" is this tab's client box, not the sheet's."""
    try:
        return complaints.link_complainant(session, complaint_id, **person)
    except FieldError as error:
        if error.field == "client_id":
            raise FieldError("link_client_id", error.message, rule=error.rule) from error
        raise


class ComplaintForm(FormPage):
    """The complaint record sheet; see the module docstring."""

    def _turn_tab(self, step: int) -> None:
        self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % self.tabs.count())
        page = self.tabs.currentWidget()
        if page is not None:
            page.setFocus(Qt.FocusReason.TabFocusReason)
            page.focusNextChild()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """A due time reached by Tab shows how it was computed below the list (issue 15)."""
        if watched in getattr(self, "due_labels", {}).values() and isinstance(watched, QLabel):
            if event.type() == QEvent.Type.FocusIn:
                watched.setFrameShape(QFrame.Shape.Box)
                self.due_explanation.setText(watched.toolTip() or watched.text())
            elif event.type() == QEvent.Type.FocusOut:
                watched.setFrameShape(QFrame.Shape.NoFrame)
        return super().eventFilter(watched, event)

    def __init__(self, context: DeskContext) -> None:
        super().__init__(context, kind="complaints", draft_name="complaint", title=TEXT("title"))
        self.zone = zone_of(context)
        self.state: SheetState | None = None

        self.tabs = QTabWidget()
        self.tabs.addTab(self._sheet_tab(), TEXT("tab_sheet"))
        self.tabs.addTab(self._handling_tab(), TEXT("tab_handling"))
        self.tabs.addTab(self._callback_tab(), TEXT("tab_callback"))
        self.tabs.addTab(self._people_tab(), TEXT("tab_people"))
        # Issue 15: Ctrl+Tab / Ctrl+PgDn (and back) turn the sheet's tabs from any box
        # on it (a QTabWidget only sees them when it has the focus itself).
        self.tab_shortcuts: list[QShortcut] = []
        for sequence, step in (
            ("Ctrl+Tab", 1),
            ("Ctrl+PgDown", 1),
            ("Ctrl+Shift+Tab", -1),
            ("Ctrl+PgUp", -1),
        ):
            shortcut = QShortcut(QKeySequence(sequence), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda step=step: self._turn_tab(step))
            self.tab_shortcuts.append(shortcut)
        self.history_table = _table(
            [
                TEXT("history_when"),
                TEXT("history_who"),
                TEXT("history_action"),
                TEXT("history_what"),
                TEXT("history_old"),
                TEXT("history_new"),
            ]
        )
        self.tabs.addTab(self.history_table, TEXT("tab_history"))
        # Photos and scans of a saved complaint (issue 16); the tab is there once saved.
        self.attachments = AttachmentsPanel(context, AttachmentOwner.COMPLAINT)
        self.attachments_tab = self.tabs.addTab(self.attachments, TEXT("tab_attachments"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 6, 6)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)
        self.setFocusProxy(self.received_at)
        self.saved.connect(self._after_save)
        with self.loading():
            self.clear_form()

    # -- layout --------------------------------------------------------------------------

    def _sheet_tab(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        heading = QHBoxLayout()
        self.number_label = QLabel()
        self.number_label.setStyleSheet("font-weight: bold;")
        self.status_label = QLabel()
        self.major_label = QLabel(TEXT("major"))
        self.major_label.setStyleSheet(
            "color: white; background: #b3261e; padding: 2px 6px; font-weight: bold;"
        )
        heading.addWidget(self.number_label)
        heading.addSpacing(16)
        heading.addWidget(self.status_label)
        heading.addStretch(1)
        heading.addWidget(self.major_label)
        # printouts of SPEC 5 (the registry's kinds), previewed before printing
        self.print_sheet_button = PrintButton(self, "complaint", TEXT("print_sheet"))
        self.print_notice_button = PrintButton(self, "developer-notice", TEXT("print_developer_notice"))
        self.print_dossier_button = PrintButton(self, "dossier", TEXT("print_dossier"))
        for button in (self.print_sheet_button, self.print_notice_button, self.print_dossier_button):
            heading.addWidget(button)
        column.addLayout(heading)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.received_at = datetime_box()
        form.addRow(
            _label(TEXT("received_at"), self.received_at), self.field("received_at", self.received_at)
        )
        self.channel = _combo([(enum_label(channel), channel.value) for channel in Channel])
        form.addRow(_label(TEXT("channel"), self.channel), self.field("channel", self.channel))
        self.client = ClientChoice(self.context)
        self.client.clientChanged.connect(self._client_chosen)
        form.addRow(_label(TEXT("client"), self.client.search_box), self.field("client_id", self.client))
        self.room = QLineEdit()
        self.room.setPlaceholderText(TEXT("room_hint"))
        form.addRow(_label(TEXT("room"), self.room), self.field("room_id", self.room))
        flags = QHBoxLayout()
        self.anonymous = QCheckBox(TEXT("anonymous"))
        self.sensitive = QCheckBox(TEXT("sensitive"))
        flags.addWidget(self.anonymous)
        flags.addWidget(self.sensitive)
        flags.addStretch(1)
        form.addRow(TEXT("flags"), flags)
        self.web_thread_url = QLineEdit()
        form.addRow(
            _label(TEXT("web_thread_url"), self.web_thread_url),
            self.field("web_thread_url", self.web_thread_url),
        )
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(80)
        form.addRow(
            _label(TEXT("description"), self.description), self.field("description", self.description)
        )
        self.complaint_class = _combo(
            [(TEXT("unclassified"), None)] + [(enum_label(cls), cls.value) for cls in ComplaintClass]
        )
        self.complaint_class.setToolTip(TEXT("class_tip"))
        self.complaint_class.currentIndexChanged.connect(lambda _index: self._class_changed())
        form.addRow(
            _label(TEXT("complaint_class"), self.complaint_class),
            self.field("complaint_class", self.complaint_class),
        )
        self.external_body = QLineEdit()
        self.external_body_label = _label(TEXT("external_body"), self.external_body)
        form.addRow(self.external_body_label, self.field("external_body", self.external_body))
        self.external_report = QPlainTextEdit()
        self.external_report.setTabChangesFocus(True)
        self.external_report.setFixedHeight(50)
        self.external_report_label = _label(TEXT("external_report"), self.external_report)
        form.addRow(self.external_report_label, self.field("external_report", self.external_report))
        self.business_line = _combo(
            [(TEXT("not_chosen"), None)] + [(enum_label(line), line.value) for line in BusinessLine]
        )
        form.addRow(
            _label(TEXT("business_line"), self.business_line), self.field("business_line", self.business_line)
        )
        self.root_cause = _combo(
            [(TEXT("not_chosen"), None)]
            + [(f"{enum_label(cause.group)} — {enum_label(cause)}", cause.value) for cause in RootCause]
        )
        form.addRow(_label(TEXT("root_cause"), self.root_cause), self.field("root_cause", self.root_cause))
        self.severity = _combo([(enum_label(severity), severity.value) for severity in Severity])
        form.addRow(_label(TEXT("severity"), self.severity), self.field("severity", self.severity))
        # R23: a group complaint (群体) and a risk of extreme behaviour (过激) reach the
        # department head (and 品质管理部) the moment they are saved.
        self.group_marked = QCheckBox(TEXT("group_marked"))
        form.addRow("", self.field("group_marked", self.group_marked))
        self.extreme_risk = QCheckBox(TEXT("extreme_risk"))
        self.extreme_note = QLineEdit()
        self.extreme_note.setPlaceholderText(TEXT("extreme_hint"))
        risk_row = QHBoxLayout()
        risk_row.addWidget(self.extreme_risk)
        risk_row.addWidget(self.extreme_note, 1)
        form.addRow("", self.field("extreme_risk_note", _row_widget(risk_row)))
        self.counts_label = QLabel()
        form.addRow(TEXT("counts_title"), self.counts_label)
        column.addLayout(form)

        box = QGroupBox(TEXT("deadlines"))
        grid = QGridLayout(box)
        self.due_labels: dict[str, QLabel] = {}
        for row, key in enumerate(DUE_KEYS):
            name = QLabel(TEXT(f"due_{key}"))
            value = QLabel()
            value.setObjectName(f"due_{key}")
            value.setWordWrap(True)
            # Issue 15: the explanation is not only a hover tooltip: Tab reaches each
            # due time and the box below shows how it was computed.
            value.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            value.setStyleSheet("")
            value.installEventFilter(self)
            grid.addWidget(name, row, 0)
            grid.addWidget(value, row, 1)
            self.due_labels[key] = value
        self.due_explanation = QLabel(TEXT("due_explain_hint"))
        self.due_explanation.setObjectName("dueExplanation")
        self.due_explanation.setWordWrap(True)
        self.due_explanation.setStyleSheet("color: #52606d;")
        self.due_explanation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        grid.addWidget(self.due_explanation, len(DUE_KEYS), 0, 1, 2)
        grid.setColumnStretch(1, 1)
        column.addWidget(box)
        column.addStretch(1)

        self.watch(
            self.received_at,
            self.channel,
            self.room,
            self.anonymous,
            self.sensitive,
            self.web_thread_url,
            self.description,
            self.complaint_class,
            self.external_body,
            self.external_report,
            self.business_line,
            self.root_cause,
            self.severity,
            self.group_marked,
            self.extreme_risk,
            self.extreme_note,
        )
        self.client.clientChanged.connect(self.mark_dirty)
        return page

    def _handling_tab(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)

        box = QGroupBox(TEXT("first_response"))
        form = QFormLayout(box)
        self.first_response_info = _info()
        form.addRow(self.first_response_info)
        self.first_response_text = QLineEdit()
        self.first_response_button = QPushButton(TEXT("first_response_button"))
        self.first_response_button.clicked.connect(self.record_first_response)
        self.first_response_text.returnPressed.connect(self.first_response_button.click)
        row = QHBoxLayout()
        row.addWidget(self.field("first_response_text", self.first_response_text), 1)
        row.addWidget(self.first_response_button)
        # R1w (amended): a web reply is drafted, approved by a department head, posted.
        self.web_draft_button = QPushButton(TEXT("web_draft_button"))
        self.web_draft_button.clicked.connect(self.draft_web_reply)
        self.web_approve_button = QPushButton(TEXT("web_approve_button"))
        self.web_approve_button.clicked.connect(self.approve_web_reply)
        self.web_post_button = QPushButton(TEXT("web_post_button"))
        self.web_post_button.clicked.connect(self.post_web_reply)
        for button in (self.web_draft_button, self.web_approve_button, self.web_post_button):
            row.addWidget(button)
            button.hide()
        form.addRow(_label(TEXT("first_response_text"), self.first_response_text), row)
        column.addWidget(box)

        box = QGroupBox(TEXT("handler_group"))
        form = QFormLayout(box)
        self.handler_info = _info()
        form.addRow(self.handler_info)
        with self.context.db.read() as session:
            staff = references.staff_choices(session)
            departments = references.department_choices(session)
        self.handler = _combo([(TEXT("not_chosen"), None)] + [(name, ident) for ident, name in staff])
        self.department = _combo(
            [(TEXT("not_chosen"), None)] + [(name, ident) for ident, name in departments]
        )
        make_findable(self.handler)  # issue 15: type initials or a name
        self.handler_button = QPushButton(TEXT("handler_button_key"))
        self.handler_button.clicked.connect(self.designate_handler)
        row = QHBoxLayout()
        row.addWidget(self.field("handler_id", self.handler), 2)
        row.addWidget(_label(TEXT("department"), self.department))
        row.addWidget(self.department, 2)
        row.addWidget(self.handler_button)
        form.addRow(_label(TEXT("handler"), self.handler), row)
        column.addWidget(box)

        box = QGroupBox(TEXT("progress_group"))
        inner = QVBoxLayout(box)
        self.progress_table = _table(
            [TEXT("progress_when"), TEXT("progress_who"), TEXT("progress_what"), TEXT("progress_informed")]
        )
        inner.addWidget(self.progress_table)
        self.action = QLineEdit()
        self.client_informed = QCheckBox(TEXT("client_informed"))
        self.progress_button = QPushButton(TEXT("progress_button"))
        self.progress_button.clicked.connect(self.add_progress)
        self.action.returnPressed.connect(self.progress_button.click)
        row = QHBoxLayout()
        row.addWidget(_label(TEXT("action"), self.action))
        row.addWidget(self.field("action", self.action), 1)
        row.addWidget(self.client_informed)
        row.addWidget(self.progress_button)
        inner.addLayout(row)
        column.addWidget(box)

        box = QGroupBox(TEXT("notice_group"))
        form = QFormLayout(box)
        self.notice_info = _info()
        form.addRow(self.notice_info)
        self.notice_method = QComboBox()
        self.notice_method.setEditable(True)
        self.notice_method.addItems([TEXT("notice_written"), TEXT("notice_email")])
        self.notice_button = QPushButton(TEXT("notice_button"))
        self.notice_button.clicked.connect(self.record_developer_notice)
        row = QHBoxLayout()
        row.addWidget(self.field("developer_notice_method", self.notice_method), 1)
        row.addWidget(self.notice_button)
        form.addRow(_label(TEXT("notice_method"), self.notice_method), row)
        column.addWidget(box)

        box = QGroupBox(TEXT("resolution_group"))
        form = QFormLayout(box)
        self.resolution_info = _info()
        form.addRow(self.resolution_info)
        self.resolution = QPlainTextEdit()
        self.resolution.setTabChangesFocus(True)
        self.resolution.setFixedHeight(56)
        form.addRow(_label(TEXT("resolution"), self.resolution), self.field("resolution", self.resolution))
        row = QHBoxLayout()
        self.on_the_spot = QCheckBox(TEXT("on_the_spot"))
        self.confirmed = QCheckBox(TEXT("confirmed"))
        self.resolve_button = QPushButton(TEXT("resolve_button"))
        self.resolve_button.clicked.connect(self.resolve)
        row.addWidget(self.on_the_spot)
        row.addWidget(self.confirmed)
        row.addStretch(1)
        row.addWidget(self.resolve_button)
        form.addRow(row)
        self.verification_info = _info()
        form.addRow(self.verification_info)
        self.verification_note = QLineEdit()
        self.verify_button = QPushButton(TEXT("verify_button"))
        self.verify_button.clicked.connect(self.verify)
        self.verification_note.returnPressed.connect(self.verify_button.click)
        row = QHBoxLayout()
        row.addWidget(self.field("verified_by_id", self.verification_note), 1)
        row.addWidget(self.verify_button)
        form.addRow(_label(TEXT("verification_note"), self.verification_note), row)
        column.addWidget(box)
        column.addStretch(1)
        return page

    def _callback_tab(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)

        box = QGroupBox(TEXT("callback_group"))
        form = QFormLayout(box)
        self.callback_info = _info()
        form.addRow(self.callback_info)
        self.callback_form = _combo([(enum_label(form_), form_.value) for form_ in ContactForm])
        form.addRow(_label(TEXT("callback_form"), self.callback_form), self.callback_form)
        self.callback_satisfied = _combo([(TEXT("satisfied"), True), (TEXT("dissatisfied"), False)])
        form.addRow(_label(TEXT("callback_satisfied"), self.callback_satisfied), self.callback_satisfied)
        self.callback_comments = QLineEdit()
        form.addRow(_label(TEXT("callback_comments"), self.callback_comments), self.callback_comments)
        # R24: a callback outside decent hours goes on with a note.
        self.callback_time_note = QLineEdit()
        self.callback_time_note.setPlaceholderText(TEXT("call_time_hint"))
        form.addRow(
            _label(TEXT("call_time_note"), self.callback_time_note),
            self.field("call_time_note", self.callback_time_note),
        )
        self.callback_button = QPushButton(TEXT("callback_button"))
        self.callback_button.clicked.connect(self.record_callback)
        form.addRow("", self.callback_button)
        column.addWidget(box)

        box = QGroupBox(TEXT("exemption_group"))
        box.setToolTip(TEXT("exemption_tip"))
        form = QFormLayout(box)
        tip = QLabel(TEXT("exemption_tip"))
        tip.setWordWrap(True)
        tip.setStyleSheet("color: #555;")
        form.addRow(tip)
        self.exemption_info = _info()
        form.addRow(self.exemption_info)
        self.exemption = _combo(
            [
                (enum_label(reason), reason.value)
                for reason in CallbackExemption
                if reason is not CallbackExemption.NO_CONTACT
            ]
        )
        form.addRow(_label(TEXT("exemption"), self.exemption), self.exemption)
        self.exemption_note = QLineEdit()
        form.addRow(_label(TEXT("exemption_note"), self.exemption_note), self.exemption_note)
        self.exemption_button = QPushButton(TEXT("exemption_button"))
        self.exemption_button.clicked.connect(self.exempt_from_callback)
        form.addRow("", self.exemption_button)
        column.addWidget(box)

        box = QGroupBox(TEXT("closure_group"))
        row = QHBoxLayout(box)
        self.closure_info = _info()
        self.close_button = QPushButton(TEXT("close_button"))
        self.close_button.clicked.connect(self.close_complaint)
        self.reopen_button = QPushButton(TEXT("reopen_button"))
        self.reopen_button.clicked.connect(self.reopen)
        row.addWidget(self.closure_info, 1)
        row.addWidget(self.close_button)
        row.addWidget(self.reopen_button)
        column.addWidget(box)
        column.addStretch(1)
        return page

    def _people_tab(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        box = QGroupBox(TEXT("people_group"))
        inner = QVBoxLayout(box)
        self.people_table = _table(
            [
                TEXT("people_name"),
                TEXT("people_room"),
                TEXT("people_phone"),
                TEXT("people_times"),
                TEXT("people_joined"),
            ]
        )
        inner.addWidget(self.people_table)
        form = QFormLayout()
        self.link_client = ClientChoice(self.context)
        form.addRow(
            _label(TEXT("link_client"), self.link_client.search_box),
            self.field("link_client_id", self.link_client),
        )
        self.link_name = QLineEdit()
        self.link_phone = QLineEdit()
        row = QHBoxLayout()
        row.addWidget(self.link_name, 1)
        row.addWidget(_label(TEXT("link_phone"), self.link_phone))
        row.addWidget(self.link_phone, 1)
        form.addRow(_label(TEXT("link_name"), self.link_name), row)
        inner.addLayout(form)
        row = QHBoxLayout()
        self.link_button = QPushButton(TEXT("link_button"))
        self.link_button.clicked.connect(self.link_complainant)
        self.repeat_button = QPushButton(TEXT("repeat_button"))
        self.repeat_button.clicked.connect(self.record_repeat)
        row.addStretch(1)
        row.addWidget(self.link_button)
        row.addWidget(self.repeat_button)
        inner.addLayout(row)
        column.addWidget(box)

        box = QGroupBox(TEXT("heat_group"))
        row = QHBoxLayout(box)
        self.heat = QSpinBox()
        self.heat.setRange(1, 9999)
        self.heat_button = QPushButton(TEXT("heat_button"))
        self.heat_button.clicked.connect(self.record_web_follow_up)
        row.addWidget(_label(TEXT("heat"), self.heat))
        row.addWidget(self.field("web_heat", self.heat))
        row.addWidget(self.heat_button)
        row.addStretch(1)
        column.addWidget(box)
        column.addStretch(1)
        return page

    # -- FormPage ------------------------------------------------------------------------

    def collect(self) -> dict[str, Any]:
        return {
            "received_at": local_iso(self.received_at),
            "channel": self.channel.currentData(),
            "client_id": self.client.client_id(),
            "room": self.room.text(),
            "anonymous": self.anonymous.isChecked(),
            "sensitive": self.sensitive.isChecked(),
            "web_thread_url": self.web_thread_url.text(),
            "description": self.description.toPlainText(),
            "complaint_class": self.complaint_class.currentData(),
            "external_body": self.external_body.text(),
            "external_report": self.external_report.toPlainText(),
            "business_line": self.business_line.currentData(),
            "root_cause": self.root_cause.currentData(),
            "severity": self.severity.currentData(),
            "group_marked": self.group_marked.isChecked(),
            "extreme_risk": self.extreme_risk.isChecked(),
            "extreme_risk_note": self.extreme_note.text(),
        }

    def restore(self, values: dict[str, Any]) -> None:
        moment = aware(values.get("received_at"), self.zone)
        set_local(self.received_at, moment or self.context.db.clock.now(), self.zone)
        _select(self.channel, values.get("channel"))
        client_id = values.get("client_id")
        self.client.set_client(int(client_id) if client_id is not None else None)
        self.room.setText(values.get("room") or "")
        self.anonymous.setChecked(bool(values.get("anonymous")))
        self.sensitive.setChecked(bool(values.get("sensitive")))
        self.web_thread_url.setText(values.get("web_thread_url") or "")
        self.description.setPlainText(values.get("description") or "")
        _select(self.complaint_class, values.get("complaint_class"))
        self.external_body.setText(values.get("external_body") or "")
        self.external_report.setPlainText(values.get("external_report") or "")
        _select(self.business_line, values.get("business_line"))
        _select(self.root_cause, values.get("root_cause"))
        _select(self.severity, values.get("severity") or Severity.GENERAL.value)
        self.group_marked.setChecked(bool(values.get("group_marked")))
        flagged = bool(values.get("extreme_flagged"))
        self.extreme_risk.setChecked(flagged or bool(values.get("extreme_risk")))
        self.extreme_note.setText(values.get("extreme_risk_note") or "")
        self.extreme_risk.setEnabled(not flagged)  # a flag stays: what was seen is on record
        self.extreme_note.setReadOnly(flagged)
        if "_state" in values:
            self.show_state(values["_state"])
        self._class_changed()

    def clear_form(self) -> None:
        self.restore(
            {
                "received_at": None,
                "channel": Channel.CALL.value,
                "severity": Severity.GENERAL.value,
                "_state": None,
            }
        )
        for box in (self.first_response_text, self.action, self.verification_note, self.callback_comments):
            box.clear()
        self.resolution.clear()
        self.client_informed.setChecked(False)
        self.tabs.setCurrentIndex(0)

    def read_record(self, session: Session, record_id: int) -> dict[str, Any]:
        complaint = complaints.load_complaint(session, record_id)
        return {
            "received_at": complaint.received_at.astimezone(self.zone).replace(tzinfo=None).isoformat(),
            "channel": complaint.channel.value,
            "client_id": complaint.client_id,
            "room": references.room_code(session, complaint.room_id),
            "anonymous": complaint.anonymous,
            "sensitive": complaint.sensitive,
            "web_thread_url": complaint.web_thread_url or "",
            "description": complaint.description,
            "complaint_class": complaint.complaint_class.value if complaint.complaint_class else None,
            "external_body": complaint.external_body or "",
            "external_report": complaint.external_report or "",
            "business_line": complaint.business_line.value if complaint.business_line else None,
            "root_cause": complaint.root_cause.value if complaint.root_cause else None,
            "severity": complaint.severity.value,
            "group_marked": complaint.group_marked,
            "extreme_flagged": complaint.extreme_risk,
            "extreme_risk_note": complaint.extreme_risk_note or "",
            "_state": read_state(session, record_id, self.zone),
            "_version": complaint.version,
        }

    def perform_save(self, session: Session, values: dict[str, Any]) -> int:
        room = references.find_room(session, values.get("room"), "room_id")
        client_id = values.get("client_id")
        line = BusinessLine(values["business_line"]) if values.get("business_line") else None
        received = aware(values.get("received_at"), self.zone)
        assert received is not None
        common: dict[str, Any] = {
            "received_at": received,
            "channel": Channel(values["channel"]),
            "description": values.get("description") or "",
            "client_id": int(client_id) if client_id is not None else None,
            "room_id": room.id if room is not None else None,
            "anonymous": bool(values.get("anonymous")),
            "sensitive": bool(values.get("sensitive")),
            "business_line": line,
            "web_thread_url": values.get("web_thread_url") or None,
        }
        severity = Severity(values.get("severity") or Severity.GENERAL.value)
        if self.record_id is None:
            complaint = complaints.register_complaint(session, severity=severity, **common)
        else:
            complaint = complaints.update_details(
                session, self.record_id, expected_version=self.loaded_version, **common
            )
            if complaint.severity is not severity:
                complaints.set_severity(session, complaint.id, severity)
        if bool(values.get("group_marked")) != complaint.group_marked:
            complaints.mark_group(session, complaint.id, bool(values.get("group_marked")))
        if values.get("extreme_risk") and not complaint.extreme_risk:
            complaints.flag_extreme_risk(session, complaint.id, values.get("extreme_risk_note") or "")
        cause = RootCause(values["root_cause"]) if values.get("root_cause") else None
        if values.get("complaint_class"):
            complaints.classify(
                session,
                complaint.id,
                ComplaintClass(values["complaint_class"]),
                business_line=line,
                root_cause=cause,
                external_body=values.get("external_body") or None,
                external_report=values.get("external_report") or None,
            )
        elif cause is not None:
            complaints.set_root_cause(session, complaint.id, cause)
        session.flush()
        return complaint.id

    def show_error(self, error: DomainError) -> None:
        widget = self._field_widgets.get(error.field or "")
        if widget is not None:
            for index in range(self.tabs.count()):
                page = self.tabs.widget(index)
                if page is not None and page.isAncestorOf(widget):
                    self.tabs.setCurrentIndex(index)
                    break
        super().show_error(error)

    # -- the saved complaint's state -----------------------------------------------------

    def _after_save(self, record_id: int) -> None:
        try:
            with self.context.db.read() as session:
                state = read_state(session, record_id, self.zone)
        except (DomainError, SQLAlchemyError):
            return
        self.show_state(state)

    def show_state(self, state: SheetState | None) -> None:
        self.state = state
        saved = state is not None
        self.number_label.setText(TEXT("number", number=state.number) if state else TEXT("new_number"))
        self.status_label.setText(TEXT("status", status=enum_label(state.status)) if state else "")
        self.major_label.setVisible(bool(state and state.severity is Severity.MAJOR))
        printable = self.record_id if state is not None else None
        self.print_sheet_button.set_record(printable)
        developer = state is not None and state.complaint_class is ComplaintClass.DEVELOPER
        self.print_notice_button.set_record(printable if developer else None)
        self.print_notice_button.setVisible(developer)
        major = state is not None and state.severity is Severity.MAJOR
        self.print_dossier_button.set_record(printable if major else None)
        self.print_dossier_button.setVisible(major)
        self.attachments.set_record(self.record_id if state is not None else None)
        self.tabs.setTabVisible(self.attachments_tab, state is not None)
        if self.tabs.currentIndex() != self.attachments_tab:
            # QTabWidget.setTabVisible(True) shows the page even when it is not the
            # current tab: it was drawn over the record sheet.
            self.attachments.hide()
        self.counts_label.setText(
            TEXT(
                "counts",
                people=state.people_count if state else 1,
                times=state.times_count if state else 1,
                heat=state.web_heat if state else 0,
                reopened=state.reopen_count if state else 0,
            )
        )
        lines = {line.key: line for line in state.due} if state else {}
        for key, label in self.due_labels.items():
            line = lines.get(key)
            if line is not None and line.due is None and line.met is not None:
                label.setText(TEXT("due_done", met=local_text(line.met, self.zone)))
                label.setToolTip("")
                label.setStyleSheet("")
                continue
            if line is None or line.due is None:
                label.setText(TEXT("due_none"))
                label.setToolTip("")
                label.setStyleSheet("")
                continue
            due = local_text(line.due, self.zone)
            if line.met is not None:
                label.setText(TEXT("due_met", met=local_text(line.met, self.zone), due=due))
                label.setStyleSheet("")
            elif state is not None and line.due < state.now:
                label.setText(TEXT("due_overdue", due=due))
                label.setStyleSheet("color: #b3261e; font-weight: bold;")
            else:
                label.setText(TEXT("due_open", due=due))
                label.setStyleSheet("")
            label.setToolTip("\n".join(str(step) for step in line.steps))  # str(): translated
        self.first_response_info.setText((state.first_response or state.web_reply or "") if state else "")
        self.handler_info.setText((state.handler or TEXT("handler_none")) if state else "")
        # Issue 15: always the record's own handler and department, or "not chosen": a
        # complaint without a handler kept the previous complaint's person in the boxes.
        _select(self.handler, state.handler_id if state else None)
        _select(self.department, state.handler_department_id if state else None)
        _fill(
            self.progress_table,
            [
                (when, who, what, TEXT("yes") if informed else TEXT("no"))
                for when, who, what, informed in (state.progress if state else [])
            ],
        )
        self.notice_info.setText(state.developer_notice or "" if state else "")
        self.resolution_info.setText((state.resolution or TEXT("not_resolved")) if state else "")
        self.verification_info.setText(state.verification or "" if state else "")
        self.callback_info.setText(state.callback or "" if state else "")
        self.exemption_info.setText(state.exemption or "" if state else "")
        self.closure_info.setText((state.closure or TEXT("open_now")) if state else "")
        _fill(self.people_table, list(state.complainants) if state else [])
        _fill(self.history_table, list(state.history) if state else [])

        status = state.status if state else None
        is_open = status in complaints.OPEN_STATUSES
        waiting = saved and status is ComplaintStatus.RECEIVED and not (state and state.first_response)
        web = bool(state and state.channel is Channel.WEB)
        self.first_response_button.setVisible(not web)
        self.first_response_button.setEnabled(waiting and not web)
        for button in (self.web_draft_button, self.web_approve_button, self.web_post_button):
            button.setVisible(web)
        drafted = bool(state and state.web_reply)
        self.web_draft_button.setEnabled(waiting and web)
        self.web_approve_button.setEnabled(waiting and web and drafted)
        self.web_post_button.setEnabled(waiting and web and bool(state and state.web_reply_approved))
        self.handler_button.setEnabled(is_open)
        self.progress_button.setEnabled(saved and status is not ComplaintStatus.CLOSED)
        self.notice_button.setEnabled(
            bool(
                state
                and state.complaint_class is ComplaintClass.DEVELOPER
                and not state.developer_notice_sent
            )
        )
        self.resolve_button.setEnabled(is_open)
        self.verify_button.setEnabled(status is ComplaintStatus.RESOLVED)
        self.callback_button.setEnabled(status is ComplaintStatus.VERIFIED)
        self.exemption_button.setEnabled(status in (ComplaintStatus.RESOLVED, ComplaintStatus.VERIFIED))
        self.close_button.setEnabled(
            bool(state and status is ComplaintStatus.VERIFIED and state.has_exemption)
        )
        self.reopen_button.setEnabled(
            status in (ComplaintStatus.RESOLVED, ComplaintStatus.VERIFIED, ComplaintStatus.CLOSED)
        )
        self.link_button.setEnabled(saved)
        self.repeat_button.setEnabled(saved)
        self.heat_button.setEnabled(bool(state and state.channel is Channel.WEB))

    def _class_changed(self) -> None:
        external = self.complaint_class.currentData() == ComplaintClass.EXTERNAL.value
        for widget in (self.external_body_label, self.external_report_label):
            widget.setVisible(external)
        for name in ("external_body", "external_report"):
            box = self._field_widgets[name].parentWidget()
            if box is not None:
                box.setVisible(external)

    def _client_chosen(self, client_id: int) -> None:
        if self._loading or client_id < 0:
            return
        chosen = self.client.chosen()
        if chosen is not None and chosen.room_code and not self.room.text().strip():
            self.room.setText(chosen.room_code)

    # -- lifecycle buttons ---------------------------------------------------------------

    def run_action(
        self, what: str, action: Callable[[Session, int, bool], object], confirmed: bool = False
    ) -> bool:
        """One lifecycle step: save pending edits first, call the service in one unit of
        work, show the rule's message on refusal, reload the sheet on success."""
        if self.record_id is None:
            self.show_banner(TEXT("save_first"))
            return False
        if self.context.staff_id is None:
            self.show_banner(TEXT("no_staff"))
            return False
        if self.is_dirty() and not self.save():
            return False
        self.clear_errors()
        record_id = self.record_id
        try:
            with self.context.db.begin(actor_id=self.context.staff_id) as session:
                action(session, record_id, confirmed)
        except DoNotDisturbWarning as warning:
            answer = QMessageBox.question(
                self,
                TEXT("dnd_title"),
                str(warning),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer == QMessageBox.StandardButton.Yes and not confirmed:
                return self.run_action(what, action, confirmed=True)
            return False
        except DomainError as error:
            self.show_error(error)
            return False
        except StaleDataError:
            self.show_banner(TEXT("stale"))
            return False
        except SQLAlchemyError as error:
            self.show_banner(TEXT("failed", detail=type(error).__name__))
            return False
        tab = self.tabs.currentIndex()
        self.load(record_id)
        self.tabs.setCurrentIndex(tab)
        self.show_banner(TEXT("done", what=what), error=False)
        self.context.record_saved(self.kind, record_id)
        return True

    def record_first_response(self) -> bool:
        text = self.first_response_text.text()
        if self.run_action(
            TEXT("first_response_button"),
            lambda s, i, _c: complaints.record_first_response(s, i, text),
        ):
            self.first_response_text.clear()
            return True
        return False

    def draft_web_reply(self) -> bool:
        text = self.first_response_text.text()
        if self.run_action(TEXT("web_draft_button"), lambda s, i, _c: complaints.draft_web_reply(s, i, text)):
            self.first_response_text.clear()
            return True
        return False

    def approve_web_reply(self) -> bool:
        return self.run_action(
            TEXT("web_approve_button"), lambda s, i, _c: complaints.approve_web_reply(s, i)
        )

    def post_web_reply(self) -> bool:
        return self.run_action(TEXT("web_post_button"), lambda s, i, _c: complaints.post_web_reply(s, i))

    def designate_handler(self) -> bool:
        handler_id = self.handler.currentData()
        department_id = self.department.currentData()
        if handler_id is None:
            self.show_error(DomainError(TEXT("handler_none"), field="handler_id"))
            return False
        return self.run_action(
            TEXT("handler_button"),
            lambda s, i, _c: complaints.designate_handler(s, i, int(handler_id), department_id),
        )

    def add_progress(self) -> bool:
        action, informed = self.action.text(), self.client_informed.isChecked()
        if self.run_action(
            TEXT("progress_button"), lambda s, i, _c: complaints.add_progress(s, i, action, informed)
        ):
            self.action.clear()
            self.client_informed.setChecked(False)
            return True
        return False

    def record_developer_notice(self) -> bool:
        method = self.notice_method.currentText()
        return self.run_action(
            TEXT("notice_button"), lambda s, i, _c: complaints.record_developer_notice(s, i, method)
        )

    def resolve(self) -> bool:
        text = self.resolution.toPlainText()
        spot, confirmed = self.on_the_spot.isChecked(), self.confirmed.isChecked()
        if self.run_action(
            TEXT("resolve_button"),
            lambda s, i, _c: complaints.resolve(
                s, i, text, on_the_spot=spot, client_confirmed_satisfied=spot and confirmed
            ),
        ):
            self.resolution.clear()
            return True
        return False

    def verify(self) -> bool:
        note = self.verification_note.text().strip() or None
        if self.run_action(TEXT("verify_button"), lambda s, i, _c: complaints.verify(s, i, note)):
            self.verification_note.clear()
            return True
        return False

    def record_callback(self) -> bool:
        form = ContactForm(self.callback_form.currentData())
        satisfied = bool(self.callback_satisfied.currentData())
        comments = self.callback_comments.text().strip() or None
        note = self.callback_time_note.text().strip() or None
        if self.run_action(
            TEXT("callback_button"),
            lambda s, i, confirmed: complaints.record_callback(
                s,
                i,
                form=form,
                satisfied=satisfied,
                comments=comments,
                confirm_do_not_disturb=confirmed,
                call_time_note=note,
            ),
        ):
            self.callback_comments.clear()
            self.callback_time_note.clear()
            return True
        return False

    def exempt_from_callback(self) -> bool:
        reason = CallbackExemption(self.exemption.currentData())
        note = self.exemption_note.text().strip() or None
        return self.run_action(
            TEXT("exemption_button"), lambda s, i, _c: complaints.exempt_from_callback(s, i, reason, note)
        )

    def close_complaint(self) -> bool:
        number = self.state.number if self.state else ""
        answer = QMessageBox.question(
            self,
            TEXT("close_title"),
            TEXT("close_question", number=number),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        return self.run_action(TEXT("close_title"), lambda s, i, _c: complaints.close(s, i))

    def reopen(self) -> bool:
        number = self.state.number if self.state else ""
        reason, accepted = QInputDialog.getText(self, TEXT("reopen_title"), TEXT("reopen_reason"))
        if not accepted:
            return False
        answer = QMessageBox.question(
            self,
            TEXT("reopen_title"),
            TEXT("reopen_question", number=number, reason=reason.strip()),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        return self.run_action(TEXT("reopen_title"), lambda s, i, _c: complaints.reopen(s, i, reason))

    def link_complainant(self) -> bool:
        client_id, room_id = self.link_client.client_id(), self.link_client.room_id()
        name = self.link_name.text().strip() or None
        phone = self.link_phone.text().strip() or None
        if self.run_action(
            TEXT("link_button"),
            lambda s, i, _c: _link(s, i, client_id=client_id, name=name, phone=phone, room_id=room_id),
        ):
            self.link_client.clear()
            self.link_name.clear()
            self.link_phone.clear()
            return True
        return False

    def record_repeat(self) -> bool:
        return self.run_action(TEXT("repeat_button"), lambda s, i, _c: complaints.record_repeat(s, i))

    def record_web_follow_up(self) -> bool:
        posts = self.heat.value()
        return self.run_action(
            TEXT("heat_button"), lambda s, i, _c: complaints.record_web_follow_up(s, i, posts)
        )


class ComplaintPage(RecordPage):
    """投诉处理记录 (navigation key "complaints")."""

    def __init__(self, context: DeskContext) -> None:
        super().__init__(
            context,
            complaint_list(context),
            ComplaintForm(context),
            TEXT("title"),
        )


__all__ = ["ComplaintForm", "ComplaintPage", "complaint_list", "read_state"]
