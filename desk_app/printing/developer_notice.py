"""知会函 to the developer's customer-relations centre for a class-2 complaint (R4):
house quality or developer-supplied facilities."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from desk_app.printing.common import PrintError
from desk_app.printing.complaint_sheet import progress_entries
from desk_app.printing.layout import (
    Field,
    PageHeader,
    build_form_pdf,
    cn_date,
    cn_datetime,
    content_width,
    field_table,
    para,
    signature_block,
    styles,
)
from desk_app.screens.complaint_sheet import ComplaintPrintout

# The addressee is the setting 系统设置 → 地产公司, else 地产公司客户关系中心
# (``services.centre.developer_centre``), read with the printout.

# -- texts ----------------------------------------------------------------------------------
TITLE = "知　会　函"
T_SUBJECT = "关于业主反映房屋质量/配套设施问题的知会函"
T_TO = "{to}："
T_BODY = (
    "　　{room}{client}于{received}通过{channel}向我中心反映以下问题。经我中心核实，该问题属于"
    "房屋质量或物业配套设施问题（二类投诉），需由贵司负责处理。现将有关情况知会贵司，"
    "请贵司于收到本函后尽快安排人员核查处理，并将处理意见及进度反馈我中心，以便我们及时答复业主。"
)
T_THANKS = "　　特此知会，感谢支持与配合！"
F_NUMBER = "投诉编号"
F_RECEIVED = "受理时间"
F_ROOM = "房　　号"
F_CLIENT = "业主/住户"
F_PHONE = "联系电话"
F_LINE = "所属专业"
F_DESCRIPTION = "问题描述"
F_DONE = "我中心已做工作"
F_CONTACT = "我中心联系人"
F_CONTACT_PHONE = "联系电话"
T_SEAL = "{centre}（盖章）"
T_DONE_ITEM = "{day}，{action}"
S_RECEIVER = "地产公司签收人"
S_DATE = "签收日期"
T_CLIENT = "业主/住户{name}"
T_ANONYMOUS = "业主/住户（匿名）"
E_NOT_CLASS_2 = "投诉 {number} 不是二类投诉（地产公司房屋质量或配套设施），不需要知会函"


def letter_date(printout: ComplaintPrintout) -> str:
    """The letter is dated when it was sent, else today."""
    sent = printout.sheet.developer_notice_sent_at
    return cn_date(sent, printout.zone) if sent is not None else cn_date(printout.today)


def developer_notice_story(printout: ComplaintPrintout) -> list[Flowable]:
    sheet = printout.sheet
    if not sheet.class_2:
        raise PrintError(E_NOT_CLASS_2.format(number=sheet.number), rule="R4")
    s = styles()
    zone = printout.zone
    width = content_width()
    name = printout.client_name
    client = T_ANONYMOUS if printout.anonymous or not name else T_CLIENT.format(name=name)
    room = printout.room or ""
    # What had been done when the letter was written: not the letter itself, not the
    # work after it, each entry once.
    cutoff = sheet.developer_notice_sent_at or sheet.now
    progress = [
        T_DONE_ITEM.format(day=cn_date(row.at, zone), action=row.action.strip().rstrip("。；;"))
        for row in progress_entries(printout, before=cutoff)
    ]
    return [
        para(T_SUBJECT, s.centre),
        Spacer(1, 3 * mm),
        para(T_TO.format(to=printout.developer_centre), s.letter),
        para(
            T_BODY.format(
                room=room,
                client=client,
                received=cn_date(printout.received_at, zone),
                channel=sheet.channel.label,
            ),
            s.letter,
        ),
        Spacer(1, 2 * mm),
        field_table(
            [
                Field(F_NUMBER, sheet.number),
                Field(F_RECEIVED, cn_datetime(printout.received_at, zone)),
                Field(F_ROOM, room),
                Field(F_CLIENT, None if printout.anonymous else name),
                Field(F_PHONE, None if printout.anonymous else printout.client_phone),
                Field(F_LINE, printout.business_line.label if printout.business_line else None),
                Field(F_DESCRIPTION, printout.description, wide=True, height=20 * mm),
                Field(
                    F_DONE,
                    "\n".join(f"{index}．{item}" for index, item in enumerate(progress, start=1))
                    if progress
                    else sheet.first_response_text,
                    wide=True,
                ),
                Field(F_CONTACT, printout.contact_name),
                Field(F_CONTACT_PHONE, printout.contact_phone),
            ],
            width,
            label_width=30 * mm,
        ),
        Spacer(1, 2 * mm),
        para(T_THANKS, s.letter),
        Spacer(1, 8 * mm),
        para(T_SEAL.format(centre=printout.centre), s.right),
        para(letter_date(printout), s.right),
        Spacer(1, 10 * mm),
        signature_block([(S_RECEIVER, ""), (S_DATE, "　　年　　月　　日")], width),
    ]


def render_developer_notice(printout: ComplaintPrintout) -> bytes:
    story = developer_notice_story(printout)
    header = PageHeader(
        community=printout.centre,
        title=TITLE,
        number=printout.sheet.number,
        date_text=letter_date(printout),
    )
    return build_form_pdf(story, header)


__all__ = [
    "developer_notice_story",
    "letter_date",
    "render_developer_notice",
]
