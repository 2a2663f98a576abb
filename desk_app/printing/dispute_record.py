"""邻里纠纷处理记录表 (issue 16): the log that proves the centre acted on a neighbour
dispute — its type, the two parties' rooms, every step of the process with its date, the
outside bodies that took part (居委会/社区工作站, 业委会, 街道办, 城管, 派出所), what was
done and its result, the outcome, and the signatures.

The step log is a ruled table whose rows split across pages with the header repeated; the
signatures stay together at the end. An open dispute prints its outcome box blank (nothing
is asserted that has not happened yet).

It prints the sheet the dispute screen shows (``screens.dispute_record``), read by the
caller (``printing.registry``): no query of its own."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

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
from desk_app.screens.dispute_record import DisputeSheet
from desk_app.screens.enums import DisputeParticipant, DisputeStatus, DisputeType

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


def participants_text(values: Iterable[DisputeParticipant | str] | None) -> str:
    """The outside bodies of a step, in the order given; unknown codes as they are."""
    names: list[str] = []
    for value in values or []:
        try:
            names.append(PARTICIPANTS_SHORT[DisputeParticipant(value)])
        except ValueError:
            names.append(str(value))
    return "、".join(names)


def _when(moment: datetime | None) -> str:
    """``2026年11月23日 14:05``: the sheet's instants are in the community's zone."""
    return cn_datetime(moment, moment.tzinfo) if moment is not None and moment.tzinfo is not None else ""


def steps_table(sheet: DisputeSheet) -> Flowable:
    width = content_width()
    rows: list[list[object]] = [list(H_LOG)]
    for index, step in enumerate(sheet.steps, start=1):
        rows.append(
            [
                str(index),
                _when(step.moment),
                step.who,
                participants_text(step.participants),
                step.action,
                step.result or None,
            ]
        )
    if not sheet.steps:
        rows.append(["", "", "", "", T_NO_STEPS, ""])
    fixed = 11 * mm + 38 * mm + 16 * mm + 26 * mm
    rest = width - fixed
    return ruled_table(
        rows,
        [11 * mm, 38 * mm, 16 * mm, 26 * mm, rest * 0.6, rest * 0.4],
        ident=H_STEPS,
    )


def dispute_story(sheet: DisputeSheet) -> list[Flowable]:
    width = content_width()
    closed = sheet.status in FINAL_STATES
    kind = [sheet.dispute_type.label] if sheet.dispute_type is not None else []
    top = field_table(
        [
            Field(F_TYPE, boxes([kind.label for kind in DisputeType], kind), wide=True),
            Field(F_OPENED, _when(sheet.opened)),
            Field(F_HANDLER, sheet.handler or None),
            Field(F_COMPLAINANT_ROOM, sheet.complainant_room or None),
            Field(F_COMPLAINANT, sheet.complainant or None),
            Field(F_RESPONDENT_ROOM, sheet.respondent_room or None),
            Field(F_RESPONDENT, sheet.respondent or None),
            Field(F_DESCRIPTION, sheet.description, wide=True, height=18 * mm),
        ],
        width,
    )
    status = [sheet.status.label] if closed and sheet.status is not None else []
    outcome = field_table(
        [
            Field(F_OUTCOME, sheet.outcome if closed else "", wide=True, height=18 * mm),
            Field(F_FINAL, boxes([state.label for state in FINAL_STATES], status)),
            Field(F_CLOSED, _when(sheet.closed_on) if closed else ""),
            Field(F_OPINION, boxes(OPINIONS, ()), wide=True),
        ],
        width,
    )
    return [
        top,
        Spacer(1, 4 * mm),
        heading(H_STEPS),
        steps_table(sheet),
        Spacer(1, 4 * mm),
        KeepTogether(
            [
                heading(H_OUTCOME),
                outcome,
                Spacer(1, 3 * mm),
                signature_block([(S_HANDLER, sheet.handler), (S_HEAD, ""), (S_DATE, BLANK_DATE)], width),
            ]
        ),
    ]


def render_dispute_record(sheet: DisputeSheet, community: str) -> bytes:
    """The 邻里纠纷处理记录表 of ``sheet``, headed by the centre's name ``community``."""
    opened = sheet.opened
    header = PageHeader(
        community=community,
        title=TITLE,
        number=sheet.number,
        date_text=cn_date(opened, opened.tzinfo) if opened is not None else cn_date(None),
    )
    return build_form_pdf(dispute_story(sheet), header)
