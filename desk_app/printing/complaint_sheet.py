"""顾客投诉处理记录表 (SPEC 2.3): the complaint, its class and cause, the handler and the
clocks, the progress log, the resolution, its verification, the callback and the closure.

Rendered from the complaint's printout (``desk_app.screens.complaint_sheet``: the sheet
the screen shows, and what paper adds to it); nothing here reads the database."""

from __future__ import annotations

from datetime import datetime

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from desk_app.messages import Message
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
from desk_app.screens.complaint_sheet import ComplaintPrintout, ProgressLine
from desk_app.screens.enums import ComplaintClass

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


def _blank(text: str | None) -> str | None:
    """A name the sheet leaves empty is a box left blank on paper."""
    return text or None


def complaint_story(printout: ComplaintPrintout, *, with_signatures: bool = True) -> list[Flowable]:
    sheet = printout.sheet
    zone = printout.zone
    width = content_width()
    client = T_ANONYMOUS if printout.anonymous else printout.client_name
    phone = None if printout.anonymous else printout.client_phone
    story: list[Flowable] = [
        heading(H_COMPLAINT),
        field_table(
            [
                Field(F_RECEIVED, cn_datetime(printout.received_at, zone)),
                Field(F_CHANNEL, sheet.channel.label),
                Field(F_CLIENT, client),
                Field(F_ROOM, printout.room),
                Field(F_PHONE, phone),
                Field(F_RECEPTION, printout.received_by),
                Field(F_COUNTS, f"{sheet.people_count} 人 / {sheet.times_count} 次"),
                Field(F_FLAGS, f"{yes_no(printout.anonymous)} / {yes_no(printout.sensitive)}"),
                *([Field(F_HEAT, str(sheet.web_heat))] if sheet.web_heat else []),
                *([Field(F_OTHERS, "、".join(printout.others), wide=True)] if sheet.people_count > 1 else []),
                Field(F_DESCRIPTION, printout.description, wide=True, height=18 * mm),
            ],
            width,
        ),
        heading(H_HANDLING),
    ]
    cause = printout.root_cause
    handling = [
        Field(F_CLASS, sheet.complaint_class.label if sheet.complaint_class else None),
        Field(F_LINE, printout.business_line.label if printout.business_line else None),
        Field(F_CAUSE, f"{cause.group.label}—{cause.label}" if cause else None),
        Field(F_SEVERITY, sheet.severity.label),
        Field(F_HANDLER, _blank(sheet.handler_name)),
        Field(F_DEPARTMENT, _blank(sheet.handler_department)),
        Field(F_FIRST_DUE, cn_datetime(sheet.due_line("first_response_due").due, zone)),
        Field(F_FIRST_AT, cn_datetime(sheet.first_response_at, zone)),
        Field(F_FIRST_TEXT, sheet.first_response_text, wide=True),
    ]
    if sheet.class_2:
        if sheet.developer_notice_sent_at is not None:
            sent = T_DEVELOPER_SENT.format(
                at=cn_datetime(sheet.developer_notice_sent_at, zone),
                method=sheet.developer_notice_method or "书面",
            )
        else:
            due = sheet.due_line("developer_notice_due").due
            sent = T_DEVELOPER_DUE.format(due=cn_datetime(due, zone))
        handling.append(Field(F_DEVELOPER, sent, wide=True))
    if sheet.complaint_class is ComplaintClass.EXTERNAL:
        handling.append(Field(F_EXTERNAL, printout.external_body, wide=True))
        if printout.external_report:
            handling.append(Field(F_EXTERNAL_REPORT, printout.external_report, wide=True))
    story.append(field_table(handling, width))
    story.extend(due_explanations(printout))
    story.append(heading(H_PROGRESS))
    story.append(progress_table(printout))
    story.append(heading(H_RESULT))
    story.append(
        field_table(
            [
                Field(F_RESOLUTION, sheet.resolution, wide=True, height=14 * mm),
                Field(F_RESOLVED, cn_datetime(sheet.resolved_at, zone)),
                # Nothing resolved yet: the box stays blank, not a 否 that has not happened.
                Field(F_ON_SPOT, yes_no(printout.resolved_on_the_spot) if sheet.resolved_at else None),
                Field(F_VERIFIED, cn_datetime(sheet.verified_at, zone)),
                Field(F_VERIFIER, _blank(sheet.verified_by)),
                Field(F_VERIFY_NOTE, sheet.verification_note, wide=True),
            ],
            width,
        )
    )
    story.append(heading(H_CALLBACK))
    satisfied = (
        None
        if sheet.callback_satisfied is None
        else T_SATISFIED
        if sheet.callback_satisfied
        else T_DISSATISFIED
    )
    closing = [
        Field(F_CALLBACK_AT, cn_datetime(sheet.callback_at, zone)),
        Field(F_CALLBACK_BY, _blank(sheet.callback_by)),
        Field(F_CALLBACK_FORM, sheet.callback_form.label if sheet.callback_form else None),
        Field(F_SATISFIED, satisfied),
        Field(F_COMMENTS, sheet.callback_comments, wide=True),
    ]
    if sheet.callback_exemption is not None:
        note = sheet.callback_exemption_note
        closing.append(
            Field(F_EXEMPTION, sheet.callback_exemption.label + (f"（{note}）" if note else ""), wide=True)
        )
    closing.extend(
        [
            Field(F_CLOSED, cn_datetime(sheet.closed_at, zone)),
            Field(F_CLOSURE, sheet.closure_kind.label if sheet.closure_kind else None),
            Field(F_STATUS, sheet.status.label),
            Field(F_REOPENS, str(sheet.reopen_count)),
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


def due_explanations(printout: ComplaintPrintout) -> list[Flowable]:
    """Issue 15: how each due time on the sheet was reached, printed under the handling
    table (on screen it is a line under each due time), in the forms' Simplified Chinese
    whatever the interface language."""
    lines = [line for line in printout.sheet.due if line.steps]
    if not lines:
        return []
    small = styles().small
    flowables: list[Flowable] = [Spacer(1, 1.5 * mm), para(T_DUE_EXPLAINED, small)]
    for line in lines:
        text = "；".join(_chinese(step) for step in line.steps)
        flowables.append(para(f"{DUE_NAMES.get(line.key, line.key)}：{text}", small))
    return flowables


def _chinese(line: str) -> str:
    """A service message in the Chinese the forms print (``Message.source``)."""
    return line.source if isinstance(line, Message) else str(line)


def progress_entries(printout: ComplaintPrintout, *, before: datetime | None = None) -> list[ProgressLine]:
    """The complaint's progress log in order, each entry once (an entry saved twice —
    same minute, same person, same text — is one line); with ``before``, only what was
    done before that instant (a letter lists what had been done when it was written,
    not the letter itself or later work)."""
    seen: set[tuple[object, ...]] = set()
    entries: list[ProgressLine] = []
    for entry in sorted(printout.sheet.progress, key=lambda line: line.at):
        if before is not None and entry.at >= before:
            continue
        key = (entry.at.replace(second=0, microsecond=0), entry.staff_name, " ".join(entry.action.split()))
        if key not in seen:
            seen.add(key)
            entries.append(entry)
    return entries


def progress_table(printout: ComplaintPrintout) -> Flowable:
    zone = printout.zone
    width = content_width()
    rows: list[list[object]] = [list(H_LOG)]
    entries = progress_entries(printout)
    for index, entry in enumerate(entries, start=1):
        rows.append(
            [
                str(index),
                cn_datetime(entry.at, zone),
                entry.staff_name,
                entry.action,
                yes_no(entry.client_informed),
            ]
        )
    if not entries:
        rows.append(["", "", "", T_NO_PROGRESS, ""])
    return ruled_table(rows, [10 * mm, 40 * mm, 20 * mm, width - 88 * mm, 18 * mm])


def status_table(printout: ComplaintPrintout) -> Flowable:
    zone = printout.zone
    width = content_width()
    rows: list[list[object]] = [list(H_STATUS)]
    for change in printout.status_history:
        old = change.old.label if change.old else "—"
        rows.append(
            [
                cn_datetime(change.at, zone),
                T_STATUS_CHANGE.format(old=old, new=change.new.label),
                text_or_dash(change.staff_name or None),
                text_or_dash(change.reason),
            ]
        )
    return ruled_table(rows, [40 * mm, 36 * mm, 22 * mm, width - 98 * mm])


def render_complaint_sheet(printout: ComplaintPrintout) -> bytes:
    header = PageHeader(
        community=printout.centre,
        title=TITLE,
        number=printout.sheet.number,
        date_text=cn_date(printout.received_at, printout.zone),
    )
    return build_form_pdf(complaint_story(printout), header)
