"""整改通知书 with its tear-off receipt (回执), and the report letter to the authorities
for an overdue notice with the notice history attached (SPEC 2.6, R15)."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer
from sqlalchemy.orm import Session

from desk_app.messages import msg
from desk_app.models import RectificationNotice
from desk_app.models.enums import NoticeStatus, ServiceResult
from desk_app.printing import common
from desk_app.printing.layout import (
    CutLine,
    Field,
    PageHeader,
    build_form_pdf,
    cn_date,
    cn_datetime,
    content_width,
    field_table,
    para,
    ruled_table,
    signature_block,
    styles,
    text_or_dash,
)
from desk_app.services.notices import NoticeHistory, notice_history
from desk_app.services.settings import load_settings

# -- texts ----------------------------------------------------------------------------------
TITLE_NOTICE = "整改通知书"
TITLE_RECEIPT = "回　　执"
TITLE_REPORT = "关于逾期未整改情况的报告"
T_ADDRESSEE = "{room}业主/住户{client}："
T_OPENING = "　　经我中心巡查发现，您使用的房屋（{room}）存在以下问题，现通知如下："
T_CLOSING = (
    "　　上述行为违反了《物业管理条例》和本小区《管理规约》的有关规定。请您在接到本通知后，"
    "于{deadline}前按上述要求整改完毕，并将整改情况告知我中心。逾期未整改的，我中心将报请有关"
    "行政主管部门依法处理，由此产生的一切后果由您自行承担。感谢您的理解与配合！"
)
T_CONTACT = "联系人：{name}　　联系电话：{phone}"
T_SEAL = "{issuer}（盖章）"
F_ROOM = "房　　号"
F_CLIENT = "业主/住户"
F_ISSUE = "问题类别"
F_DEADLINE = "整改期限"
F_DESCRIPTION = "存在的问题"
F_ACTION = "整改要求"
F_NUMBER = "通知书编号"
F_ISSUED = "发出日期"
T_RECEIPT = (
    "　　本人已收到{issuers}于{issued}发出的《整改通知书》（编号：{number}），"
    "知悉其中所列问题、整改要求及整改期限。"
)
S_CLIENT = "业主/住户签名"
S_DATE = "签收日期"
S_SERVER = "送达人"
S_WITNESS = "见证人"
T_REPORT_TO = "{to}："
T_REPORT_TO_BLANK = "＿＿＿＿＿＿＿＿＿＿："
T_REPORT_BODY = (
    "　　{community}{room}{client}存在{issue}问题：{description}。"
    "{issuers}于{issued}向其发出《整改通知书》（编号：{number}），要求其于{deadline}前{action}。"
)
T_SERVED_SIGNED = "该通知书已于{at}由业主/住户签收。"
T_SERVED_REFUSED = "送达时业主/住户拒绝签收，已{evidence}。"
T_SERVED_PENDING = "该通知书已张贴/送达。"
T_REPORT_LATE = (
    "　　截至{today}，已逾期{days}天，经我中心{inspections}次复查，仍未整改。"
    "根据《物业管理条例》的有关规定，物业服务企业对违反规定的行为应予以制止并及时向有关行政主管部门"
    "报告。现将有关情况报告贵单位，恳请依法予以处理。"
)
T_REPORT_ATTACH = "　　附件：整改通知书处理记录（见下表）"
T_HISTORY = "附：整改通知书处理记录"
H_HISTORY = ("序号", "时间", "事项", "经办人", "情况")
E_NOT_OVERDUE = "整改通知书 {number} 的整改期限（{deadline}）尚未过，不能打印逾期情况报告"
E_RECTIFIED = "整改通知书 {number} 已整改完毕，无需打印逾期情况报告"
T_PHOTO = "拍照取证（{path}）"
T_WITNESS = "由{who}到场见证"


def _issuer_seals(history: NoticeHistory, on: str) -> list[Flowable]:
    s = styles()
    lines: list[Flowable] = [Spacer(1, 6 * mm)]
    for issuer in history.issuers:
        lines.append(para(T_SEAL.format(issuer=issuer), s.right))
    lines.append(para(on, s.right))
    return lines


def notice_story(session: Session, history: NoticeHistory) -> list[Flowable]:
    """The notice and its receipt as flowables (also used by the report letter)."""
    s = styles()
    zone = common.zone(session)
    width = content_width()
    room = history.room or ""
    client = history.client_name or ""
    deadline = cn_date(history.deadline)
    issued = cn_date(history.issued_at, zone)
    story: list[Flowable] = [
        para(T_ADDRESSEE.format(room=room, client=client), s.letter),
        para(T_OPENING.format(room=room or "—"), s.letter),
        Spacer(1, 2 * mm),
        field_table(
            [
                Field(F_ROOM, room),
                Field(F_CLIENT, client),
                Field(F_ISSUE, history.issue.label),
                Field(F_DEADLINE, deadline),
                Field(F_DESCRIPTION, history.issue_description, wide=True, height=16 * mm),
                Field(F_ACTION, history.required_action, wide=True, height=16 * mm),
            ],
            width,
        ),
        Spacer(1, 2 * mm),
        para(T_CLOSING.format(deadline=deadline), s.letter),
    ]
    phone = common.staff_phone(session, _issued_by_id(session, history))
    story.append(
        para(T_CONTACT.format(name=text_or_dash(history.issued_by), phone=text_or_dash(phone)), s.body)
    )
    story.extend(_issuer_seals(history, issued))
    receipt: list[Flowable] = [
        CutLine(),
        para(TITLE_RECEIPT, s.centre),
        Spacer(1, 2 * mm),
        field_table(
            [
                Field(F_NUMBER, history.number),
                Field(F_ISSUED, issued),
                Field(F_ROOM, room),
                Field(F_CLIENT, client),
                Field(F_ISSUE, history.issue.label),
                Field(F_DEADLINE, deadline),
            ],
            width,
        ),
        Spacer(1, 2 * mm),
        para(
            T_RECEIPT.format(issuers="、".join(history.issuers), issued=issued, number=history.number),
            s.letter,
        ),
        signature_block([(S_CLIENT, ""), (S_DATE, "　　年　　月　　日")], width),
        signature_block([(S_SERVER, ""), (S_WITNESS, "")], width),
    ]
    story.append(KeepTogether(receipt))
    return story


def _issued_by_id(session: Session, history: NoticeHistory) -> int | None:
    notice = session.get(RectificationNotice, history.notice_id)
    return notice.issued_by_id if notice is not None else None


def render_rectification_notice(session: Session, notice_id: int) -> bytes:
    """整改通知书 (A4) with the tear-off receipt at the foot."""
    history = notice_history(session, notice_id)
    header = PageHeader(
        community=common.centre(session),
        title=TITLE_NOTICE,
        number=history.number,
        date_text=cn_date(history.issued_at, common.zone(session)),
    )
    return build_form_pdf(notice_story(session, history), header)


def _service_sentence(session: Session, history: NoticeHistory) -> str:
    zone = common.zone(session)
    if history.service_result is ServiceResult.SIGNED:
        return T_SERVED_SIGNED.format(at=cn_date(history.served_at, zone))
    if history.service_result is ServiceResult.REFUSED:
        evidence = [
            T_PHOTO.format(path=history.refusal_photo_path) if history.refusal_photo_path else "",
            T_WITNESS.format(who=history.refusal_witness) if history.refusal_witness else "",
        ]
        return T_SERVED_REFUSED.format(evidence="并".join(part for part in evidence if part))
    return T_SERVED_PENDING


def history_table(session: Session, history: NoticeHistory) -> Flowable:
    zone = common.zone(session)
    rows: list[list[object]] = [list(H_HISTORY)]
    for index, event in enumerate(history.events, start=1):
        rows.append(
            [str(index), cn_datetime(event.at, zone), event.kind.label, text_or_dash(event.staff), event.text]
        )
    width = content_width()
    return ruled_table(rows, [10 * mm, 38 * mm, 14 * mm, 20 * mm, width - 82 * mm])


def render_report_letter(session: Session, notice_id: int) -> bytes:
    """R15: the report to the authorities for a notice past its deadline and not
    rectified, with the notice history attached."""
    history = notice_history(session, notice_id)
    today = common.today(session)
    if history.status is NoticeStatus.RECTIFIED:
        raise common.PrintError(msg(E_RECTIFIED, number=history.number), rule="R15")
    if history.status is NoticeStatus.ISSUED and history.deadline >= today:
        raise common.PrintError(
            msg(E_NOT_OVERDUE, number=history.number, deadline=cn_date(history.deadline)), rule="R15"
        )
    s = styles()
    zone = common.zone(session)
    community = load_settings(session).community_name
    addressee = T_REPORT_TO.format(to=history.escalated_to) if history.escalated_to else T_REPORT_TO_BLANK
    body = T_REPORT_BODY.format(
        community=community,
        room=history.room or "",
        client=f"业主/住户{history.client_name}" if history.client_name else "业主/住户",
        issue=history.issue.label,
        description=history.issue_description.rstrip("。"),
        issuers="、".join(history.issuers),
        issued=cn_date(history.issued_at, zone),
        number=history.number,
        deadline=cn_date(history.deadline),
        action=history.required_action.rstrip("。"),
    )
    late = T_REPORT_LATE.format(
        today=cn_date(today),
        days=(today - history.deadline).days,
        inspections=len(history.inspections),
    )
    story: list[Flowable] = [
        para(addressee, s.letter),
        para(body + _service_sentence(session, history), s.letter),
        para(late, s.letter),
        para(T_REPORT_ATTACH, s.letter),
    ]
    story.extend(_issuer_seals(history, cn_date(today)))
    story.extend([Spacer(1, 6 * mm), para(T_HISTORY, s.heading), history_table(session, history)])
    header = PageHeader(
        community=common.centre(session), title=TITLE_REPORT, number=history.number, date_text=cn_date(today)
    )
    return build_form_pdf(story, header)
