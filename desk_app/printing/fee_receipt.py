"""收费业务 receipt (issue 16): one A4 sheet in two parts, 第一联 存根 (kept by the
centre) above the cut line and 第二联 收据 (the payer takes it away) below. Each part:
the centre, 收款收据, the record's number and receipt number, date, room, payer, item,
amount in figures and in Chinese capitals (大写金额, e.g. 壹佰贰拾元整), the payment
method to tick, who received it, and the signatures."""

from __future__ import annotations

import io
from decimal import ROUND_HALF_UP, Decimal

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, KeepTogether, PageTemplate, Spacer
from sqlalchemy.orm import Session

from desk_app.messages import msg
from desk_app.models import FeeService
from desk_app.printing import common
from desk_app.printing.layout import (
    FONT_NAME,
    CutLine,
    Field,
    Title,
    boxes,
    cn_date,
    cn_datetime,
    field_table,
    para,
    register_fonts,
    render_error,
    signature_block,
    styles,
)

# -- texts ----------------------------------------------------------------------------------
TITLE = "收款收据"
PARTS = ("第一联　存根（收费处留存）", "第二联　收据（交款人收执）")
E_NOT_FOUND = "找不到收费记录（编号 {fee_id}），或已作废"
T_NUMBERS = "编号：{number}　　收据号：{receipt}"
F_AT = "收款时间"
F_ROOM = "房　　号"
F_PAYER = "交 款 人"
F_ITEM = "收费项目"
F_DESCRIPTION = "收费说明"
F_FIGURES = "金额（小写）"
F_CAPITALS = "金额（大写）"
F_METHOD = "付款方式"
METHODS = ("现金", "微信", "支付宝", "银行卡", "其他")
S_RECEIVER = "收款人"
S_PAYER = "交款人签名"
S_SEAL = "收款单位（盖章）"
T_FIGURES = "¥ {amount}"

_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_SMALL = ("", "拾", "佰", "仟")
_BIG = ("", "万", "亿", "万")


def _integer_capitals(value: int) -> str:
    text = str(value)
    length = len(text)
    out: list[str] = []
    zero = False
    for index, char in enumerate(text):
        position = length - 1 - index
        digit = int(char)
        if digit == 0:
            zero = True
        else:
            if zero and out:
                out.append("零")
            zero = False
            out.append(_DIGITS[digit] + _SMALL[position % 4])
        if position % 4 == 0 and position > 0 and int(text[max(0, index - 3) : index + 1]) > 0:
            out.append(_BIG[(position // 4) % 4])
    return "".join(out)


def amount_in_capitals(amount: Decimal) -> str:
    """人民币大写金额 as a Chinese receipt writes it: 120 → 壹佰贰拾元整, 1005.5 →
    壹仟零伍元伍角, 100.05 → 壹佰元零伍分, 0 → 零元整."""
    cents = int((amount * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))
    sign = "负" if cents < 0 else ""
    cents = abs(cents)
    yuan, jiao, fen = cents // 100, cents // 10 % 10, cents % 10
    if jiao == 0 and fen == 0:
        return f"{sign}{_integer_capitals(yuan) if yuan else '零'}元整"
    text = sign + (_integer_capitals(yuan) + "元" if yuan else "")
    if jiao:
        text += _DIGITS[jiao] + "角"
    elif yuan:
        text += "零"
    if fen:
        text += _DIGITS[fen] + "分"
    return text


def amount_in_figures(amount: Decimal) -> str:
    return T_FIGURES.format(amount=f"{amount:,.2f}")


def receipt_part(session: Session, fee: FeeService, part: str, width: float) -> Flowable:
    zone = common.zone(session)
    s = styles()
    receiver = common.staff_name(session, fee.created_by_id) or ""
    grid = field_table(
        [
            Field(F_AT, cn_datetime(fee.at, zone)),
            Field(F_ROOM, common.room_code(session, fee.room_id)),
            Field(F_PAYER, fee.payer_name or common.client_name(session, fee.client_id)),
            Field(F_ITEM, fee.item.label),
            Field(F_DESCRIPTION, fee.description, wide=True),
            Field(F_FIGURES, amount_in_figures(fee.amount)),
            Field(F_CAPITALS, amount_in_capitals(fee.amount)),
            Field(F_METHOD, boxes(METHODS, ()), wide=True),
        ],
        width,
    )
    return KeepTogether(
        [
            para(common.centre(session), s.centre),
            Title(TITLE, 18, spacing=4, space_after=2 * mm),
            para(part, s.centre),
            Spacer(1, 2 * mm),
            para(msg(T_NUMBERS, number=fee.number, receipt=fee.receipt_number or ""), s.body),
            Spacer(1, 1 * mm),
            grid,
            Spacer(1, 2 * mm),
            signature_block([(S_RECEIVER, receiver), (S_PAYER, ""), (S_SEAL, "")], width),
            Spacer(1, 2 * mm),
            para(cn_date(fee.at, zone), s.right),
        ]
    )


def render_fee_receipt(session: Session, fee_id: int) -> bytes:
    fee = session.get(FeeService, fee_id)
    if fee is None or fee.voided_at is not None:
        raise common.PrintError(msg(E_NOT_FOUND, fee_id=fee_id))
    register_fonts()
    margin = 15 * mm
    width = A4[0] - 2 * margin
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=margin,
        rightMargin=margin,
        topMargin=12 * mm,
        bottomMargin=12 * mm,
        title=f"{TITLE} {fee.number}",
        author=common.centre(session),
        creator="前台 Desk",
        initialFontName=FONT_NAME,
    )
    frame = Frame(
        doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="receipt", leftPadding=0, rightPadding=0
    )
    doc.addPageTemplates([PageTemplate(id="receipt", frames=[frame])])
    story: list[Flowable] = [
        receipt_part(session, fee, PARTS[0], width),
        Spacer(1, 8 * mm),
        CutLine(),
        Spacer(1, 8 * mm),
        receipt_part(session, fee, PARTS[1], width),
    ]
    try:
        doc.build(story)
    except Exception as exc:  # LayoutError and the like: a Chinese message, detail to the log
        raise render_error(exc, TITLE, fee.number) from exc
    return buffer.getvalue()
