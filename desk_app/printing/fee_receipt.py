"""收费业务 receipt (issue 16): one A4 sheet in two parts, 第一联 存根 (kept by the
centre) above the cut line and 第二联 收据 (the payer takes it away) below. Each part:
the centre, 收款收据, the record's number and receipt number, date, room, payer, item,
amount in figures and in Chinese capitals (大写金额, e.g. 壹佰贰拾元整), the payment
method to tick, who received it, and the signatures. It prints the fee's sheet as the
fee screen reads it (``screens.reception_books.FEE_SERVICES``): no query of its own."""

from __future__ import annotations

import io
from datetime import tzinfo
from decimal import ROUND_HALF_UP, Decimal

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, KeepTogether, PageTemplate, Spacer

from desk_app.messages import msg
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
from desk_app.screens.reception_books import BookSheet, FeeDetails

# -- texts ----------------------------------------------------------------------------------
TITLE = "收款收据"
PARTS = ("第一联　存根（收费处留存）", "第二联　收据（交款人收执）")
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


def receipt_part(
    sheet: BookSheet[FeeDetails], centre: str, zone: tzinfo, part: str, width: float
) -> Flowable:
    fee = sheet.details
    s = styles()
    grid = field_table(
        [
            Field(F_AT, cn_datetime(fee.at, zone)),
            Field(F_ROOM, fee.room or None),
            Field(F_PAYER, fee.payer or None),
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
            para(centre, s.centre),
            Title(TITLE, 18, spacing=4, space_after=2 * mm),
            para(part, s.centre),
            Spacer(1, 2 * mm),
            para(msg(T_NUMBERS, number=sheet.number, receipt=fee.receipt_number or ""), s.body),
            Spacer(1, 1 * mm),
            grid,
            Spacer(1, 2 * mm),
            signature_block([(S_RECEIVER, fee.received_by), (S_PAYER, ""), (S_SEAL, "")], width),
            Spacer(1, 2 * mm),
            para(cn_date(fee.at, zone), s.right),
        ]
    )


def render_fee_receipt(sheet: BookSheet[FeeDetails], centre: str, zone: tzinfo) -> bytes:
    """The receipt of the fee ``sheet`` (``screens.reception_books.book_sheet``)."""
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
        title=f"{TITLE} {sheet.number}",
        author=centre,
        creator="前台 Desk",
        initialFontName=FONT_NAME,
    )
    frame = Frame(
        doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="receipt", leftPadding=0, rightPadding=0
    )
    doc.addPageTemplates([PageTemplate(id="receipt", frames=[frame])])
    story: list[Flowable] = [
        receipt_part(sheet, centre, zone, PARTS[0], width),
        Spacer(1, 8 * mm),
        CutLine(),
        Spacer(1, 8 * mm),
        receipt_part(sheet, centre, zone, PARTS[1], width),
    ]
    try:
        doc.build(story)
    except Exception as exc:  # LayoutError and the like: a Chinese message, detail to the log
        raise render_error(exc, TITLE, sheet.number) from exc
    return buffer.getvalue()
