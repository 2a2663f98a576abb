"""顾客投诉处理记录表 (SPEC 2.3): the complaint, its class and cause, the handler and the
clocks, the progress log, the resolution, its verification, the callback and the closure."""

from __future__ import annotations

from datetime import datetime

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer
from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.messages import Message
from desk_app.models import Complaint, ComplaintComplainant, ComplaintProgress, ComplaintStatusChange
from desk_app.models.enums import ComplaintClass
from desk_app.printing import common
from desk_app.printing.layout import (
    Field,
    PageHeader,
    build_form_pdf,
    cn_date,
    cn_datetime,
    content_width,
    field_table,
    heading,
    para,
    ruled_table,
    signature_block,
    styles,
    text_or_dash,
    yes_no,
)
from desk_app.services.complaints import explain_due_times, load_complaint

# -- texts ----------------------------------------------------------------------------------
TITLE = "顾客投诉处理记录表"
H_COMPLAINT = "一、投诉受理"
H_HANDLING = "二、分类与处理"
H_PROGRESS = "三、处理过程记录"
H_RESULT = "四、处理结果与验证"
H_CALLBACK = "五、回访与关闭"
F_RECEIVED = "受理时间"
F_CHANNEL = "投诉方式"
F_CLIENT = "投 诉 人"
F_ROOM = "房　　号"
F_PHONE = "联系电话"
F_RECEPTION = "受 理 人"
F_OTHERS = "其他投诉人"
F_COUNTS = "人数/次数"
F_HEAT = "跟帖数"
F_FLAGS = "匿名/敏感"
F_DESCRIPTION = "投诉内容"
F_CLASS = "投诉类别"
F_LINE = "所属专业"
F_CAUSE = "根本原因"
F_SEVERITY = "严重程度"
F_HANDLER = "指定处理人"
F_DEPARTMENT = "处理部门"
F_FIRST_DUE = "首次回应期限"
F_FIRST_AT = "首次回应时间"
F_FIRST_TEXT = "首次回应内容"
F_EXTERNAL = "协调单位"
F_EXTERNAL_REPORT = "书面报告"
F_DEVELOPER = "知会地产公司"
F_RESOLUTION = "处理结果"
F_RESOLVED = "完成时间"
F_ON_SPOT = "现场解决"
F_VERIFIED = "验证时间"
F_VERIFIER = "验 证 人"
F_VERIFY_NOTE = "验证意见"
F_CALLBACK_AT = "回访时间"
F_CALLBACK_BY = "回 访 人"
F_CALLBACK_FORM = "回访方式"
F_SATISFIED = "是否满意"
F_COMMENTS = "客户意见"
F_EXEMPTION = "免回访原因"
F_CLOSED = "关闭时间"
F_CLOSURE = "关闭方式"
F_STATUS = "当前状态"
F_REOPENS = "重新处理次数"
H_LOG = ("序号", "时间", "处理人", "处理情况", "告知客户")
T_NO_PROGRESS = "（暂无处理记录）"
T_ANONYMOUS = "匿名"
T_DEVELOPER_SENT = "{at}以{method}发出"
T_DEVELOPER_DUE = "未发出（应于{due}前发出）"
T_SATISFIED = "满意"
T_DISSATISFIED = "不满意"
S_HANDLER = "处理人"
S_VERIFIER = "验证人"
S_HEAD = "部门负责人"
H_STATUS = ("时间", "状态变化", "经办人", "原因")
T_STATUS_CHANGE = "{old} → {new}"


def _complainants(session: Session, complaint: Complaint) -> str:
    rows = session.scalars(
        select(ComplaintComplainant)
        .where(ComplaintComplainant.complaint_id == complaint.id)
        .order_by(ComplaintComplainant.joined_at)
    ).all()
    names: list[str] = []
    for row in rows:
        name = row.name or common.client_name(session, row.client_id) or ""
        room = common.room_code(session, row.room_id)
        names.append(f"{name}（{room}）" if room else name)
    return "、".join(name for name in names if name)


def complaint_story(
    session: Session, complaint: Complaint, *, with_signatures: bool = True
) -> list[Flowable]:
    zone = common.zone(session)
    width = content_width()
    entry_taker = complaint.worklog_entry.taken_by_id if complaint.worklog_entry is not None else None
    client = T_ANONYMOUS if complaint.anonymous else common.client_name(session, complaint.client_id)
    phone = None if complaint.anonymous else common.client_phone(session, complaint.client_id)
    story: list[Flowable] = [
        heading(H_COMPLAINT),
        field_table(
            [
                Field(F_RECEIVED, cn_datetime(complaint.received_at, zone)),
                Field(F_CHANNEL, complaint.channel.label),
                Field(F_CLIENT, client),
                Field(F_ROOM, common.room_code(session, complaint.room_id)),
                Field(F_PHONE, phone),
                Field(F_RECEPTION, common.staff_name(session, entry_taker or complaint.created_by_id)),
                Field(F_COUNTS, f"{complaint.people_count} 人 / {complaint.times_count} 次"),
                Field(F_FLAGS, f"{yes_no(complaint.anonymous)} / {yes_no(complaint.sensitive)}"),
                *([Field(F_HEAT, str(complaint.web_heat))] if complaint.web_heat else []),
                *(
                    [Field(F_OTHERS, _complainants(session, complaint), wide=True)]
                    if complaint.people_count > 1
                    else []
                ),
                Field(F_DESCRIPTION, complaint.description, wide=True, height=18 * mm),
            ],
            width,
        ),
        heading(H_HANDLING),
    ]
    handling = [
        Field(F_CLASS, complaint.complaint_class.label if complaint.complaint_class else None),
        Field(F_LINE, complaint.business_line.label if complaint.business_line else None),
        Field(
            F_CAUSE,
            f"{complaint.root_cause.group.label}—{complaint.root_cause.label}"
            if complaint.root_cause
            else None,
        ),
        Field(F_SEVERITY, complaint.severity.label),
        Field(F_HANDLER, common.staff_name(session, complaint.handler_id)),
        Field(F_DEPARTMENT, common.department_name(session, complaint.handler_department_id)),
        Field(F_FIRST_DUE, cn_datetime(complaint.first_response_due, zone)),
        Field(F_FIRST_AT, cn_datetime(complaint.first_response_at, zone)),
        Field(F_FIRST_TEXT, complaint.first_response_text, wide=True),
    ]
    if complaint.complaint_class is ComplaintClass.DEVELOPER:
        if complaint.developer_notice_sent_at is not None:
            sent = T_DEVELOPER_SENT.format(
                at=cn_datetime(complaint.developer_notice_sent_at, zone),
                method=complaint.developer_notice_method or "书面",
            )
        else:
            sent = T_DEVELOPER_DUE.format(due=cn_datetime(complaint.developer_notice_due, zone))
        handling.append(Field(F_DEVELOPER, sent, wide=True))
    if complaint.complaint_class is ComplaintClass.EXTERNAL:
        handling.append(Field(F_EXTERNAL, complaint.external_body, wide=True))
        if complaint.external_report:
            handling.append(Field(F_EXTERNAL_REPORT, complaint.external_report, wide=True))
    story.append(field_table(handling, width))
    story.extend(due_explanations(session, complaint))
    story.append(heading(H_PROGRESS))
    story.append(progress_table(session, complaint))
    story.append(heading(H_RESULT))
    story.append(
        field_table(
            [
                Field(F_RESOLUTION, complaint.resolution, wide=True, height=14 * mm),
                Field(F_RESOLVED, cn_datetime(complaint.resolved_at, zone)),
                # Nothing resolved yet: the box stays blank, not a 否 that has not happened.
                Field(F_ON_SPOT, yes_no(complaint.resolved_on_the_spot) if complaint.resolved_at else None),
                Field(F_VERIFIED, cn_datetime(complaint.verified_at, zone)),
                Field(F_VERIFIER, common.staff_name(session, complaint.verified_by_id)),
                Field(F_VERIFY_NOTE, complaint.verification_note, wide=True),
            ],
            width,
        )
    )
    story.append(heading(H_CALLBACK))
    satisfied = (
        None
        if complaint.callback_satisfied is None
        else T_SATISFIED
        if complaint.callback_satisfied
        else T_DISSATISFIED
    )
    closing = [
        Field(F_CALLBACK_AT, cn_datetime(complaint.callback_at, zone)),
        Field(F_CALLBACK_BY, common.staff_name(session, complaint.callback_by_id)),
        Field(F_CALLBACK_FORM, complaint.callback_form.label if complaint.callback_form else None),
        Field(F_SATISFIED, satisfied),
        Field(F_COMMENTS, complaint.callback_comments, wide=True),
    ]
    if complaint.callback_exemption is not None:
        note = complaint.callback_exemption_note
        closing.append(
            Field(
                F_EXEMPTION, complaint.callback_exemption.label + (f"（{note}）" if note else ""), wide=True
            )
        )
    closing.extend(
        [
            Field(F_CLOSED, cn_datetime(complaint.closed_at, zone)),
            Field(F_CLOSURE, complaint.closure_kind.label if complaint.closure_kind else None),
            Field(F_STATUS, complaint.status.label),
            Field(F_REOPENS, str(complaint.reopen_count)),
        ]
    )
    story.append(field_table(closing, width))
    if with_signatures:
        story.append(Spacer(1, 4 * mm))
        story.append(signature_block([(S_HANDLER, ""), (S_VERIFIER, ""), (S_HEAD, "")], width))
    return story


#: What each due time is, as the explanation under the handling table names it.
DUE_NAMES = {
    "first_response_due": "首次回应（R1）",
    "handler_due": "指定专人（R3）",
    "next_update_due": "进展告知（R3）",
    "developer_notice_due": "知会地产公司（R4）",
    "callback_due": "回访（R6）",
    "auto_close_at": "自动关闭（R7）",
}
T_DUE_EXPLAINED = "时限计算："


def due_explanations(session: Session, complaint: Complaint) -> list[Flowable]:
    """Issue 15: how each due time on the sheet was reached, printed under the handling
    table (on screen it is a line under each due time), in the forms' Simplified Chinese
    whatever the interface language."""
    steps = explain_due_times(session, complaint)
    if not steps:
        return []
    small = styles().small
    flowables: list[Flowable] = [Spacer(1, 1.5 * mm), para(T_DUE_EXPLAINED, small)]
    for key, lines in steps.items():
        text = "；".join(_chinese(line) for line in lines)
        flowables.append(para(f"{DUE_NAMES.get(key, key)}：{text}", small))
    return flowables


def _chinese(line: str) -> str:
    """A service message in the Chinese the forms print (``Message.source``)."""
    return line.source if isinstance(line, Message) else str(line)


def progress_entries(
    session: Session, complaint: Complaint, *, before: datetime | None = None
) -> list[ComplaintProgress]:
    """The complaint's progress log in order, voided entries left out, each entry once
    (an entry saved twice — same minute, same person, same text — is one line); with
    ``before``, only what was done before that instant (a letter lists what had been
    done when it was written, not the letter itself or later work)."""
    query = select(ComplaintProgress).where(
        ComplaintProgress.complaint_id == complaint.id, ComplaintProgress.voided_at.is_(None)
    )
    if before is not None:
        query = query.where(ComplaintProgress.at < before)
    seen: set[tuple[object, ...]] = set()
    entries: list[ComplaintProgress] = []
    for entry in session.scalars(query.order_by(ComplaintProgress.at, ComplaintProgress.id)):
        key = (entry.at.replace(second=0, microsecond=0), entry.staff_id, " ".join(entry.action.split()))
        if key not in seen:
            seen.add(key)
            entries.append(entry)
    return entries


def progress_table(session: Session, complaint: Complaint) -> Flowable:
    zone = common.zone(session)
    width = content_width()
    rows: list[list[object]] = [list(H_LOG)]
    entries = progress_entries(session, complaint)
    for index, entry in enumerate(entries, start=1):
        rows.append(
            [
                str(index),
                cn_datetime(entry.at, zone),
                common.staff_name(session, entry.staff_id),
                entry.action,
                yes_no(entry.client_informed),
            ]
        )
    if not entries:
        rows.append(["", "", "", T_NO_PROGRESS, ""])
    return ruled_table(rows, [10 * mm, 40 * mm, 20 * mm, width - 88 * mm, 18 * mm])


def status_table(session: Session, complaint: Complaint) -> Flowable:
    zone = common.zone(session)
    width = content_width()
    rows: list[list[object]] = [list(H_STATUS)]
    changes = session.scalars(
        select(ComplaintStatusChange)
        .where(ComplaintStatusChange.complaint_id == complaint.id)
        .order_by(ComplaintStatusChange.at, ComplaintStatusChange.id)
    ).all()
    for change in changes:
        old = change.from_status.label if change.from_status else "—"
        rows.append(
            [
                cn_datetime(change.at, zone),
                T_STATUS_CHANGE.format(old=old, new=change.to_status.label),
                text_or_dash(common.staff_name(session, change.staff_id)),
                text_or_dash(change.reason),
            ]
        )
    return ruled_table(rows, [40 * mm, 36 * mm, 22 * mm, width - 98 * mm])


def render_complaint_sheet(session: Session, complaint_id: int) -> bytes:
    complaint = load_complaint(session, complaint_id)
    header = PageHeader(
        community=common.centre(session),
        title=TITLE,
        number=complaint.number,
        date_text=cn_date(complaint.received_at, common.zone(session)),
    )
    return build_form_pdf(complaint_story(session, complaint), header)
