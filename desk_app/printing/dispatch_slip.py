"""派工单 (repair) and 协调单 (coordination) (SPEC 2.2, R18): the upper part filled by
the counter, the lower part left for the worker and the client to fill in by hand.

It prints the sheet the dispatch slip screen shows (``screens.dispatch_slips``), read by
the caller (``printing.registry``): no query of its own."""

from __future__ import annotations

from datetime import datetime

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from desk_app.printing.layout import (
    Field,
    PageHeader,
    boxes,
    build_form_pdf,
    cn_date,
    cn_datetime,
    content_width,
    field_table,
    heading,
    signature_block,
)
from desk_app.screens.dispatch_slips import DispatchSheet
from desk_app.screens.enums import DispatchKind

# -- texts ----------------------------------------------------------------------------------
E_NOT_FOUND = "找不到派工单（编号 {slip_id}），或已作废"
TITLES = {DispatchKind.DISPATCH: "派　工　单", DispatchKind.COORDINATION: "协　调　单"}
F_ISSUED = "派单时间"
F_SOURCE = "来源记录"
F_ROOM = "房　　号"
F_CONTACT = "联 系 人"
F_PHONE = "联系电话"
F_DEPARTMENT = "接单部门"
F_STAFF = "接单人员"
F_DUE = "要求完成"
F_CONTENT = {DispatchKind.DISPATCH: "维修内容", DispatchKind.COORDINATION: "协调事项"}
F_STATUS = "状　　态"
H_RESULT = {
    DispatchKind.DISPATCH: "维修情况（由维修人员填写）",
    DispatchKind.COORDINATION: "协调结果（由协调部门填写）",
}
F_ARRIVED = "到场时间"
F_COMPLETED = "完成时间"
F_RESULT = "处理结果"
F_MATERIALS = "材料/费用"
F_OPINION = "客户意见"
OPINIONS = ("满意", "基本满意", "不满意")
H_RETURN = "回访（由客服中心填写）"
F_CALLBACK = "回访情况"
S_WORKER = {DispatchKind.DISPATCH: "维修人员", DispatchKind.COORDINATION: "协调部门经办人"}
S_CLIENT = "客户签名"
S_ISSUER = "派单人"
S_CALLBACK = "回访人"
S_DATE = "日期"
BLANK_TIME = "　　月　　日　　时　　分"


def _when(moment: datetime | None) -> str | None:
    """``2026年11月23日 14:05``: the sheet's instants are in the community's zone."""
    return cn_datetime(moment, moment.tzinfo) if moment is not None and moment.tzinfo is not None else None


def dispatch_story(sheet: DispatchSheet) -> list[Flowable]:
    width = content_width()
    top = field_table(
        [
            Field(F_ISSUED, _when(sheet.issued)),
            Field(F_SOURCE, sheet.source or None),
            Field(F_ROOM, sheet.room or None),
            Field(F_CONTACT, sheet.contact_name or None),
            Field(F_PHONE, sheet.contact_phone or None),
            Field(F_DUE, _when(sheet.due)),
            Field(F_DEPARTMENT, sheet.department or None),
            Field(F_STAFF, sheet.assignee or None),
            Field(F_CONTENT[sheet.kind], sheet.content, wide=True, height=24 * mm),
        ],
        width,
    )
    bottom = field_table(
        [
            Field(F_ARRIVED, BLANK_TIME),
            Field(F_COMPLETED, _when(sheet.completed) or BLANK_TIME),
            Field(F_RESULT, sheet.result, wide=True, height=24 * mm),
            Field(F_MATERIALS, "", wide=True, height=10 * mm),
            Field(F_OPINION, boxes(OPINIONS, ()), wide=True),
        ],
        width,
    )
    callback = field_table([Field(F_CALLBACK, "", wide=True, height=14 * mm)], width)
    return [
        top,
        Spacer(1, 2 * mm),
        signature_block([(S_ISSUER, sheet.issuer), (S_DATE, cn_date(sheet.issued))], width),
        Spacer(1, 5 * mm),
        heading(H_RESULT[sheet.kind]),
        bottom,
        Spacer(1, 2 * mm),
        signature_block([(S_WORKER[sheet.kind], ""), (S_CLIENT, "")], width),
        Spacer(1, 5 * mm),
        heading(H_RETURN),
        callback,
        signature_block([(S_CALLBACK, ""), (S_DATE, "　　年　　月　　日")], width),
    ]


def render_dispatch_slip(sheet: DispatchSheet, community: str) -> bytes:
    """The 派工单 or 协调单 of ``sheet``, headed by the centre's name ``community``."""
    header = PageHeader(
        community=community,
        title=TITLES[sheet.kind],
        number=sheet.number,
        date_text=cn_date(sheet.issued),
    )
    return build_form_pdf(dispatch_story(sheet), header)
