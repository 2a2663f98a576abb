"""整改通知书 with its tear-off receipt (回执) (SPEC 2.6, R15). The report letter to the
authorities for an overdue notice is ``report_letter``.

Issue 18: drawn from ``services.notice_print.NoticePrint``, read with plain SQL, so
``desk-app print notice`` loads neither the ORM nor (on SQLite) SQLAlchemy."""

from __future__ import annotations

from datetime import tzinfo
from typing import TYPE_CHECKING

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from desk_app.clock import DEFAULT_ZONE
from desk_app.printing.layout import (
    CutLine,
    Field,
    PageHeader,
    build_form_pdf,
    cn_date,
    content_width,
    field_table,
    issuer_row,
    para,
    signature_block,
    styles,
    text_or_dash,
)
from desk_app.services.notice_print import NoticePrint, read_notice_print

if TYPE_CHECKING:
    from desk_app.services.plain_sql import Source

# -- texts ----------------------------------------------------------------------------------
TITLE_NOTICE = "整改通知书"
TITLE_RECEIPT = "回　　执"
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


def _issuer_seals(history: NoticePrint, on: str) -> list[Flowable]:
    """The issuers' seal positions and the date: one issuer at the right; joint issuers
    side by side in equal columns, none above another (避免主次不分)."""
    s = styles()
    lines: list[Flowable] = [Spacer(1, 6 * mm)]
    if len(history.issuers) > 1:
        lines.append(
            issuer_row([T_SEAL.format(issuer=issuer) for issuer in history.issuers], content_width())
        )
    else:
        for issuer in history.issuers:
            lines.append(para(T_SEAL.format(issuer=issuer), s.right))
    lines.append(para(on, s.right))
    return lines


def notice_story(history: NoticePrint, zone: tzinfo) -> list[Flowable]:
    """The notice and its receipt as flowables."""
    s = styles()
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
    phone = history.issued_by_phone
    # The contact line, the seals and their date stay together: never a date alone
    # at the top of a page.
    story.append(
        KeepTogether(
            [
                para(
                    T_CONTACT.format(name=text_or_dash(history.issued_by), phone=text_or_dash(phone)), s.body
                ),
                *_issuer_seals(history, issued),
            ]
        )
    )
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


def notice_pdf(history: NoticePrint, zone: tzinfo = DEFAULT_ZONE) -> bytes:
    """整改通知书 (A4) with the tear-off receipt at the foot; dates in ``zone`` (the
    community's, as the database's)."""
    header = PageHeader(
        community=history.centre,
        title=TITLE_NOTICE,
        number=history.number,
        date_text=cn_date(history.issued_at, zone),
    )
    return build_form_pdf(notice_story(history, zone), header)


def render_notice_from(source: Source, notice_id: int, zone: tzinfo = DEFAULT_ZONE) -> bytes:
    """The notice read on ``source``: the command's ``sqlite3`` connection (no ORM), or
    a screen's session (the registry's entry gives the community's zone)."""
    return notice_pdf(read_notice_print(source, notice_id), zone)
