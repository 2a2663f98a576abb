"""派工单 (repair) and 协调单 (coordination) (SPEC 2.2, R18): the upper part filled by
the counter, the lower part left for the worker and the client to fill in by hand."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer
from sqlalchemy.orm import Session

from desk_app.messages import msg
from desk_app.models import DispatchSlip, WorkLogEntry
from desk_app.models.enums import DispatchKind
from desk_app.printing import common
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

# -- texts ----------------------------------------------------------------------------------
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


def dispatch_story(session: Session, slip: DispatchSlip) -> list[Flowable]:
    zone = common.zone(session)
    width = content_width()
    entry = session.get(WorkLogEntry, slip.worklog_entry_id) if slip.worklog_entry_id else None
    issuer = common.staff_name(session, entry.taken_by_id if entry else slip.created_by_id)
    top = field_table(
        [
            Field(F_ISSUED, cn_datetime(slip.issued_at, zone)),
            Field(F_SOURCE, entry.number if entry else None),
            Field(F_ROOM, common.room_code(session, slip.room_id)),
            Field(F_CONTACT, slip.contact_name),
            Field(F_PHONE, slip.contact_phone),
            Field(F_DUE, cn_datetime(slip.due_at, zone) if slip.due_at else None),
            Field(F_DEPARTMENT, common.department_name(session, slip.assigned_department_id)),
            Field(F_STAFF, common.staff_name(session, slip.assigned_staff_id)),
            Field(F_CONTENT[slip.kind], slip.content, wide=True, height=24 * mm),
        ],
        width,
    )
    done = slip.completed_at is not None
    bottom = field_table(
        [
            Field(F_ARRIVED, BLANK_TIME),
            Field(F_COMPLETED, cn_datetime(slip.completed_at, zone) if done else BLANK_TIME),
            Field(F_RESULT, slip.result or "", wide=True, height=24 * mm),
            Field(F_MATERIALS, "", wide=True, height=10 * mm),
            Field(F_OPINION, boxes(OPINIONS, ()), wide=True),
        ],
        width,
    )
    callback = field_table([Field(F_CALLBACK, "", wide=True, height=14 * mm)], width)
    return [
        top,
        Spacer(1, 2 * mm),
        signature_block([(S_ISSUER, issuer or ""), (S_DATE, cn_date(slip.issued_at, zone))], width),
        Spacer(1, 5 * mm),
        heading(H_RESULT[slip.kind]),
        bottom,
        Spacer(1, 2 * mm),
        signature_block([(S_WORKER[slip.kind], ""), (S_CLIENT, "")], width),
        Spacer(1, 5 * mm),
        heading(H_RETURN),
        callback,
        signature_block([(S_CALLBACK, ""), (S_DATE, "　　年　　月　　日")], width),
    ]


def render_dispatch_slip(session: Session, slip_id: int) -> bytes:
    slip = session.get(DispatchSlip, slip_id)
    if slip is None or slip.voided_at is not None:
        raise common.PrintError(msg("找不到派工单（编号 {slip_id}），或已作废", slip_id=slip_id))
    header = PageHeader(
        community=common.centre(session),
        title=TITLES[slip.kind],
        number=slip.number,
        date_text=cn_date(slip.issued_at, common.zone(session)),
    )
    return build_form_pdf(dispatch_story(session, slip), header)
