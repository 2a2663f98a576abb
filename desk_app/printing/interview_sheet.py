"""顾客访谈记录表 (SPEC 2.4): client, interviewer, form, topics, needs, measures,
completion, satisfaction and the safety advice given, as checklists like the paper form."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer
from sqlalchemy.orm import Session

from desk_app.messages import msg
from desk_app.models import Interview
from desk_app.models.enums import ContactForm, InterviewTopic, SafetyAdvice, Satisfaction
from desk_app.printing import common
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

# -- texts ----------------------------------------------------------------------------------
TITLE = "顾客访谈记录表"
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


def interview_story(session: Session, interview: Interview) -> list[Flowable]:
    width = content_width()
    satisfaction = [level.label for level in Satisfaction]
    return [
        field_table(
            [
                Field(F_CLIENT, common.client_name(session, interview.client_id)),
                Field(F_ROOM, common.room_code(session, interview.room_id)),
                Field(F_PHONE, common.client_phone(session, interview.client_id)),
                Field(F_DATE, cn_date(interview.interview_date)),
                Field(F_INTERVIEWER, common.staff_name(session, interview.interviewer_id)),
                Field(F_MOVE_IN, yes_no(interview.is_move_in_visit)),
                Field(F_FORM, boxes([form.label for form in ContactForm], [interview.form.label]), wide=True),
                Field(
                    F_TOPICS,
                    boxes(
                        [topic.label for topic in InterviewTopic],
                        [InterviewTopic(value).label for value in interview.topics],
                    ),
                    wide=True,
                ),
                Field(F_NEEDS, interview.client_needs or "", wide=True, height=22 * mm),
                Field(F_MEASURES, interview.measures or "", wide=True, height=22 * mm),
                Field(F_COMPLETION, interview.completion or "", wide=True, height=14 * mm),
                Field(
                    F_CALLBACK,
                    boxes(
                        satisfaction,
                        [interview.callback_satisfaction.label] if interview.callback_satisfaction else [],
                    ),
                    wide=True,
                ),
                Field(
                    F_OVERALL,
                    boxes(
                        satisfaction,
                        [interview.overall_satisfaction.label] if interview.overall_satisfaction else [],
                    ),
                    wide=True,
                ),
                Field(
                    F_SAFETY,
                    boxes(
                        [advice.label for advice in SafetyAdvice],
                        [SafetyAdvice(value).label for value in interview.safety_advice],
                    ),
                    wide=True,
                ),
            ],
            width,
        ),
        Spacer(1, 6 * mm),
        signature_block([(S_INTERVIEWER, ""), (S_CLIENT, ""), (S_SUPERVISOR, "")], width),
    ]


def render_interview_sheet(session: Session, interview_id: int) -> bytes:
    interview = session.get(Interview, interview_id)
    if interview is None or interview.voided_at is not None:
        raise common.PrintError(
            msg("找不到顾客访谈记录（编号 {interview_id}），或已作废", interview_id=interview_id)
        )
    header = PageHeader(
        community=common.centre(session),
        title=TITLE,
        number=interview.number,
        date_text=cn_date(interview.interview_date),
    )
    return build_form_pdf(interview_story(session, interview), header)
