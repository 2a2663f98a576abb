"""The major-complaint dossier (R19): one PDF with the complaint record sheet, its
progress log and status history, the notice to the developer (class 2) and the
callback — archived apart from the ordinary complaints. Rendered from the complaint's
printout (``desk_app.screens.complaint_sheet``) and the figures of its photos and scans
(``desk_app.printing.figures.figures_section``, headed ``H_ATTACHMENTS``)."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer

from desk_app.messages import msg
from desk_app.printing.common import PrintError
from desk_app.printing.complaint_sheet import TITLE as SHEET_TITLE
from desk_app.printing.complaint_sheet import complaint_story, status_table
from desk_app.printing.developer_notice import TITLE as LETTER_TITLE
from desk_app.printing.developer_notice import developer_notice_story
from desk_app.printing.layout import (
    Field,
    PageHeader,
    Title,
    build_form_pdf,
    cn_date,
    cn_datetime,
    content_width,
    field_table,
    heading,
    signature_block,
)
from desk_app.screens.complaint_sheet import ComplaintPrintout

# -- texts ----------------------------------------------------------------------------------
TITLE = "重大投诉档案"
H_COVER = "档案概要"
H_HISTORY = "六、状态变化记录"
H_ATTACHMENTS = "七、照片及扫描件"
F_NUMBER = "投诉编号"
F_RECEIVED = "受理时间"
F_STATUS = "当前状态"
F_CLOSED = "关闭时间"
F_CONTENTS = "档案内容"
T_CONTENTS = "一、顾客投诉处理记录表（含处理过程记录、处理结果与验证、回访与关闭）；二、状态变化记录{letter}"
T_CONTENTS_LETTER = "；三、致地产公司知会函"
S_ARCHIVED_BY = "归档人"
S_DATE = "归档日期"
E_NOT_MAJOR = "投诉 {number} 不是重大投诉，不单独建立档案"


def render_complaint_dossier(printout: ComplaintPrintout, evidence: Sequence[Flowable] = ()) -> bytes:
    """The dossier; ``evidence``: the figures of the complaint's photos and scans (R19:
    the dossier keeps the evidence), headed ``H_ATTACHMENTS``."""
    sheet = printout.sheet
    if not sheet.major:
        raise PrintError(msg(E_NOT_MAJOR, number=sheet.number), rule="R19")
    zone = printout.zone
    width = content_width()
    story: list[Flowable] = [
        heading(H_COVER),
        field_table(
            [
                Field(F_NUMBER, sheet.number),
                Field(F_RECEIVED, cn_datetime(printout.received_at, zone)),
                Field(F_STATUS, sheet.status.label),
                Field(F_CLOSED, cn_datetime(sheet.closed_at, zone)),
                Field(
                    F_CONTENTS,
                    T_CONTENTS.format(letter=T_CONTENTS_LETTER if sheet.class_2 else ""),
                    wide=True,
                ),
            ],
            width,
        ),
        Spacer(1, 3 * mm),
        signature_block([(S_ARCHIVED_BY, ""), (S_DATE, "　　年　　月　　日")], width),
        Spacer(1, 6 * mm),
        Title(SHEET_TITLE, 16, spacing=2),
        *complaint_story(printout),
        heading(H_HISTORY),
        status_table(printout),
    ]
    if sheet.class_2:
        story.extend([PageBreak(), Title(LETTER_TITLE, 16, spacing=2), *developer_notice_story(printout)])
    story += evidence
    header = PageHeader(
        community=printout.centre,
        title=TITLE,
        number=sheet.number,
        date_text=cn_date(printout.today),
    )
    return build_form_pdf(story, header)
