"""邻里纠纷处理记录表 (issue 16): the log that proves the centre acted on a neighbour
dispute — its type, the two parties' rooms, every step of the process with its date, the
outside bodies that took part (居委会/社区工作站, 业委会, 街道办, 城管, 派出所), what was
done and its result, the outcome, and the signatures.

The step log is a ruled table whose rows split across pages with the header repeated; the
signatures stay together at the end. An open dispute prints its outcome box blank (nothing
is asserted that has not happened yet)."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer
from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.messages import msg
from desk_app.models import Dispute, DisputeStep
from desk_app.models.enums import DisputeParticipant, DisputeStatus, DisputeType
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
    ruled_table,
    signature_block,
)

# -- texts ----------------------------------------------------------------------------------
TITLE = "邻里纠纷处理记录表"
E_NOT_FOUND = "找不到邻里纠纷记录（编号 {dispute_id}），或已作废"
F_TYPE = "纠纷类型"
F_OPENED = "受理时间"
F_HANDLER = "处理人员"
F_STATUS = "当前状态"
F_COMPLAINANT_ROOM = "反映方房号"
F_COMPLAINANT = "反映方"
F_RESPONDENT_ROOM = "被反映方房号"
F_RESPONDENT = "被反映方"
F_DESCRIPTION = "纠纷情况"
H_STEPS = "处理过程记录"
H_LOG = ("序号", "日期时间", "经办人", "参与单位", "处理情况", "结果")
T_NO_STEPS = "（尚无处理记录）"
H_OUTCOME = "处理结果"
F_OUTCOME = "处理结果"
F_FINAL = "结案情况"
F_CLOSED = "结案时间"
F_OPINION = "双方意见"
OPINIONS = ("双方认可", "一方有异议", "双方均有异议")
S_HANDLER = "经办人"
S_HEAD = "客服主管"
S_DATE = "日期"
BLANK_DATE = "　　年　　月　　日"
#: the short names of the outside bodies, as a Chinese form writes them in a narrow column
PARTICIPANTS_SHORT = {
    DisputeParticipant.RESIDENTS_COMMITTEE: "居委会/社区工作站",
    DisputeParticipant.OWNERS_COMMITTEE: "业委会",
    DisputeParticipant.SUBDISTRICT_OFFICE: "街道办",
    DisputeParticipant.CITY_MANAGEMENT: "城管",
    DisputeParticipant.POLICE_STATION: "派出所",
}
#: the closing states a form ticks (resolved / referred)
FINAL_STATES = (DisputeStatus.RESOLVED, DisputeStatus.REFERRED)


def participants_text(values: list[str] | None) -> str:
    """The outside bodies of a step, in the enum's order; unknown codes as they are."""
    names: list[str] = []
    for value in values or []:
        try:
            names.append(PARTICIPANTS_SHORT[DisputeParticipant(value)])
        except ValueError:
            names.append(str(value))
    return "、".join(names)


def dispute_steps(session: Session, dispute: Dispute) -> list[DisputeStep]:
    return list(
        session.scalars(
            select(DisputeStep)
            .where(DisputeStep.dispute_id == dispute.id, DisputeStep.voided_at.is_(None))
            .order_by(DisputeStep.at, DisputeStep.id)
        )
    )


def steps_table(session: Session, dispute: Dispute) -> Flowable:
    zone = common.zone(session)
    width = content_width()
    rows: list[list[object]] = [list(H_LOG)]
    steps = dispute_steps(session, dispute)
    for index, step in enumerate(steps, start=1):
        rows.append(
            [
                str(index),
                cn_datetime(step.at, zone),
                common.staff_name(session, step.staff_id),
                participants_text(step.participants),
                step.action,
                step.result,
            ]
        )
    if not steps:
        rows.append(["", "", "", "", T_NO_STEPS, ""])
    fixed = 11 * mm + 38 * mm + 16 * mm + 26 * mm
    rest = width - fixed
    return ruled_table(
        rows,
        [11 * mm, 38 * mm, 16 * mm, 26 * mm, rest * 0.6, rest * 0.4],
        ident=H_STEPS,
    )


def dispute_story(session: Session, dispute: Dispute) -> list[Flowable]:
    zone = common.zone(session)
    width = content_width()
    closed = dispute.status in FINAL_STATES
    top = field_table(
        [
            Field(
                F_TYPE, boxes([kind.label for kind in DisputeType], [dispute.dispute_type.label]), wide=True
            ),
            Field(F_OPENED, cn_datetime(dispute.opened_at, zone)),
            Field(F_HANDLER, common.staff_name(session, dispute.handler_id)),
            Field(F_COMPLAINANT_ROOM, common.room_code(session, dispute.complainant_room_id)),
            Field(F_COMPLAINANT, common.client_name(session, dispute.complainant_client_id)),
            Field(F_RESPONDENT_ROOM, common.room_code(session, dispute.respondent_room_id)),
            Field(F_RESPONDENT, common.client_name(session, dispute.respondent_client_id)),
            Field(F_DESCRIPTION, dispute.description, wide=True, height=18 * mm),
        ],
        width,
    )
    outcome = field_table(
        [
            Field(F_OUTCOME, dispute.outcome if closed else "", wide=True, height=18 * mm),
            Field(
                F_FINAL,
                boxes([state.label for state in FINAL_STATES], [dispute.status.label] if closed else []),
            ),
            Field(F_CLOSED, cn_datetime(dispute.closed_at, zone) if closed and dispute.closed_at else ""),
            Field(F_OPINION, boxes(OPINIONS, ()), wide=True),
        ],
        width,
    )
    handler = common.staff_name(session, dispute.handler_id) or ""
    return [
        top,
        Spacer(1, 4 * mm),
        heading(H_STEPS),
        steps_table(session, dispute),
        Spacer(1, 4 * mm),
        KeepTogether(
            [
                heading(H_OUTCOME),
                outcome,
                Spacer(1, 3 * mm),
                signature_block([(S_HANDLER, handler), (S_HEAD, ""), (S_DATE, BLANK_DATE)], width),
            ]
        ),
    ]


def render_dispute_record(session: Session, dispute_id: int) -> bytes:
    dispute = session.get(Dispute, dispute_id)
    if dispute is None or dispute.voided_at is not None:
        raise common.PrintError(msg(E_NOT_FOUND, dispute_id=dispute_id))
    header = PageHeader(
        community=common.centre(session),
        title=TITLE,
        number=dispute.number,
        date_text=cn_date(dispute.opened_at, common.zone(session)),
    )
    return build_form_pdf(dispute_story(session, dispute), header)
