"""顾客访谈记录表 (SPEC 2.4): client, interviewer, form, topics, needs, measures,
completion, satisfaction and the safety advice given, as checklists like the paper form.

It prints the sheet the interview screen shows (``screens.interview_record``), read by
the caller (``printing.registry``): no query of its own."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from desk_app.printing.layout import (
    Field,
    PageHeader,
    boxes,
    build_form_pdf,
    cn_date,
    content_width,
    field_table,
    signature_block,
    yes_no,
)
from desk_app.screens.enums import ContactForm, InterviewTopic, SafetyAdvice, Satisfaction
from desk_app.screens.interview_record import InterviewSheet

# -- texts ----------------------------------------------------------------------------------
TITLE = "顾客访谈记录表"
E_NOT_FOUND = "找不到顾客访谈记录（编号 {interview_id}），或已作废"
F_CLIENT = "客户姓名"
F_ROOM = "房　　号"
F_PHONE = "联系电话"
F_DATE = "访谈日期"
F_INTERVIEWER = "访 谈 人"
F_MOVE_IN = "乔迁拜访"
F_FORM = "访谈形式"
F_TOPICS = "访谈内容"
F_NEEDS = "客户需求"
F_MEASURES = "改进措施"
F_COMPLETION = "完成情况"
F_CALLBACK = "回访满意度"
F_OVERALL = "总体满意度"
F_SAFETY = "安全提示"
S_INTERVIEWER = "访谈人"
S_CLIENT = "客户签名"
S_SUPERVISOR = "主管审核"


def interview_story(sheet: InterviewSheet) -> list[Flowable]:
    width = content_width()
    satisfaction = [level.label for level in Satisfaction]
    return [
        field_table(
            [
                Field(F_CLIENT, sheet.client_name),
                Field(F_ROOM, sheet.room),
                Field(F_PHONE, sheet.client_phone),
                Field(F_DATE, cn_date(sheet.interview_date)),
                Field(F_INTERVIEWER, sheet.interviewer),
                Field(F_MOVE_IN, yes_no(sheet.is_move_in_visit)),
                Field(F_FORM, boxes([form.label for form in ContactForm], [sheet.form.label]), wide=True),
                Field(
                    F_TOPICS,
                    boxes([topic.label for topic in InterviewTopic], [topic.label for topic in sheet.topics]),
                    wide=True,
                ),
                Field(F_NEEDS, sheet.client_needs, wide=True, height=22 * mm),
                Field(F_MEASURES, sheet.measures, wide=True, height=22 * mm),
                Field(F_COMPLETION, sheet.completion, wide=True, height=14 * mm),
                Field(
                    F_CALLBACK,
                    boxes(
                        satisfaction,
                        [sheet.callback_satisfaction.label] if sheet.callback_satisfaction else [],
                    ),
                    wide=True,
                ),
                Field(
                    F_OVERALL,
                    boxes(
                        satisfaction,
                        [sheet.overall_satisfaction.label] if sheet.overall_satisfaction else [],
                    ),
                    wide=True,
                ),
                Field(
                    F_SAFETY,
                    boxes(
                        [advice.label for advice in SafetyAdvice],
                        [advice.label for advice in sheet.safety_advice],
                    ),
                    wide=True,
                ),
            ],
            width,
        ),
        Spacer(1, 6 * mm),
        signature_block([(S_INTERVIEWER, ""), (S_CLIENT, ""), (S_SUPERVISOR, "")], width),
    ]


def render_interview_sheet(sheet: InterviewSheet, community: str) -> bytes:
    """The 顾客访谈记录表 of ``sheet``, headed by the centre's name ``community``."""
    header = PageHeader(
        community=community,
        title=TITLE,
        number=sheet.number,
        date_text=cn_date(sheet.interview_date),
    )
    return build_form_pdf(interview_story(sheet), header)
