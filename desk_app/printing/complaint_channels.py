"""投诉受理渠道公示: the notice the centre posts when it takes over a community (handbook:
"项目接管后，物业服务中心须及时公布受理顾客投诉的渠道，包括……电话、传真、电子邮箱地址，
邮件投递地址和联系人，网上投诉论坛地址"). A4 portrait, large type for a notice board:
the channels set in 系统设置 → 投诉受理渠道, the working hours, the response times the
centre commits to, and the centre's name and the date at the bottom right. The settings are read by the caller
(``screens.printouts.channels_notice``)."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from desk_app.messages import msg
from desk_app.printing.errors import PrintError
from desk_app.printing.layout import (
    LABEL_FILL,
    PageHeader,
    build_form_pdf,
    cn_date,
    content_width,
    escape,
    para,
    register_fonts,
    styles,
)
from desk_app.screens.printouts import ChannelsNotice

# -- texts ----------------------------------------------------------------------------------
TITLE = "投诉受理渠道公示"
T_GREETING = "尊敬的各位业主、住户："
T_INTRO = (
    "　　为及时听取和处理您对物业服务的意见和建议，{centre}现将受理顾客投诉的渠道公布如下。"
    "您可以通过以下任一方式向我们反映问题："
)
F_VISIT = "来访地点"
F_VISIT_VALUE = "{centre}客户服务前台"
F_HOURS = "受理时间"
F_HOURS_VALUE = "工作日 {start:%H:%M}—{end:%H:%M}（法定节假日除外）"
F_PHONE = "投诉电话"
F_FAX = "传　　真"
F_EMAIL = "电子邮箱"
F_FORUM = "网上投诉论坛"
F_ADDRESS = "邮件投递地址"
F_CONTACT = "联 系 人"
T_PROMISES = "我们的承诺"
T_PROMISE_LINES = (
    "一、接到您的投诉后，我们将在一个工作日内作出处理回应；网上投诉在四小时内给予回复。",
    "二、不能即时处理完毕的，我们将指定专人跟进，并按时向您告知处理进展。",
    "三、处理完毕后，我们将及时回访，听取您对处理结果的意见。",
)
T_THANKS = "　　感谢您对我们工作的理解和支持！"
E_NO_CHANNELS = (
    "尚未设置投诉受理渠道（投诉电话、传真、电子邮箱或网上投诉论坛至少填写一项），"
    "请系统管理员在“系统设置 → 投诉受理渠道”中填写后再打印公示"
)


def _notice_style(name: str, size: float, **kwargs: object) -> ParagraphStyle:
    return ParagraphStyle(name, parent=styles().body, fontSize=size, leading=size * 1.6, **kwargs)


def _channel_table(rows: list[tuple[str, str]], width: float) -> Table:
    label_style = _notice_style("channels-label", 13, alignment=1)
    value_style = _notice_style("channels-value", 14)
    label_width = 42 * mm
    table = Table(
        [
            [Paragraph(escape(label), label_style), Paragraph(escape(value), value_style)]
            for label, value in rows
        ],
        colWidths=[label_width, width - label_width],
    )
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), register_fonts()),
                ("GRID", (0, 0), (-1, -1), 0.8, colors.black),
                ("BACKGROUND", (0, 0), (0, -1), LABEL_FILL),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 2 * mm),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2 * mm),
                ("LEFTPADDING", (0, 0), (-1, -1), 3 * mm),
            ]
        )
    )
    return table


def complaint_channels_story(notice: ChannelsNotice) -> list[Flowable]:
    channels = notice.channels
    if not channels.published:
        raise PrintError(msg(E_NO_CHANNELS))
    centre = notice.centre
    rows = [
        (label, value)
        for label, value in (
            (F_PHONE, channels.phone),
            (F_FAX, channels.fax),
            (F_EMAIL, channels.email),
            (F_FORUM, channels.forum),
            (F_ADDRESS, channels.address),
            (F_CONTACT, channels.contact),
        )
        if value
    ]
    rows.append((F_VISIT, F_VISIT_VALUE.format(centre=centre)))
    rows.append((F_HOURS, F_HOURS_VALUE.format(start=notice.work_start, end=notice.work_end)))
    width = content_width()
    letter = _notice_style("channels-letter", 13)
    heading = _notice_style("channels-heading", 14, spaceBefore=2 * mm, spaceAfter=1 * mm)
    right = _notice_style("channels-right", 13, alignment=2)
    story: list[Flowable] = [
        para(T_GREETING, letter),
        para(T_INTRO.format(centre=centre), letter),
        Spacer(1, 4 * mm),
        _channel_table(rows, width),
        Spacer(1, 4 * mm),
        para(T_PROMISES, heading),
    ]
    story.extend(para(line, letter) for line in T_PROMISE_LINES)
    story += [
        Spacer(1, 3 * mm),
        para(T_THANKS, letter),
        Spacer(1, 10 * mm),
        KeepTogether([para(centre, right), para(cn_date(notice.today), right)]),
    ]
    return story


def render_complaint_channels(notice: ChannelsNotice) -> bytes:
    story = complaint_channels_story(notice)
    header = PageHeader(community=notice.centre, title=TITLE, number=None, date_text=None)
    return build_form_pdf(story, header)


__all__ = ["TITLE", "complaint_channels_story", "render_complaint_channels"]
