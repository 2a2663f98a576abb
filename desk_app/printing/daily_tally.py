"""日盘点表 (R10): the complaints and repair reports received on one working day with
their status, and the responsible person's confirmation. Its record number is the day
(``2026-11-23``). It prints the day as the tally screen reads it
(``screens.daily_tally.tally_day``): no query of its own."""

from __future__ import annotations

from datetime import date, tzinfo

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from desk_app.messages import msg
from desk_app.printing import common
from desk_app.printing.layout import (
    PageHeader,
    build_form_pdf,
    cn_date,
    cn_datetime,
    content_width,
    para,
    ruled_table,
    signature_block,
    styles,
)
from desk_app.screens.daily_tally import TallyDay, TallyKind

# -- texts ----------------------------------------------------------------------------------
TITLE = "日盘点表"
H_ITEMS = ("序号", "类别", "编号", "受理时间", "房号", "内容摘要", "状态")
T_SUMMARY = "{day}共受理投诉 {complaints} 件、报修 {repairs} 件，其中未完结 {open} 件。"
T_NONE = "（当日无投诉、报修）"
T_CONFIRMED = "已于{at}由{who}确认。"
T_CONFIRMED_LATER = "已于{at}由{who}确认；其后受理的 {count} 件（序号标 ※）不在确认范围内，须另行确认。"
T_AFTER = "※{index}"
E_FUTURE = "{day}还没有到，不能打印该日的日盘点表"
T_NOTE = "备注：{note}"
S_MAKER = "制表人"
S_CONFIRM = "负责人确认"
S_DATE = "日期"


def tally_number(day: date) -> str:
    return day.isoformat()


def render_daily_tally(tally: TallyDay, centre: str, zone: tzinfo) -> bytes:
    """The tally of one day; a day still to come is refused (a signable empty sheet
    would confirm what has not happened). Entries received after the confirmation are
    marked, so the confirmation does not vouch for them."""
    day = tally.sheet.day
    if day > tally.today:
        raise common.PrintError(msg(E_FUTURE, day=cn_date(day)), rule="R10")
    width = content_width()
    s = styles()
    items = tally.sheet.items
    confirmation = tally.sheet.confirmation
    confirmed_at = confirmation.at if confirmation is not None else None
    later = 0
    rows: list[list[object]] = [list(H_ITEMS)]
    for index, item in enumerate(items, start=1):
        after = confirmed_at is not None and item.received_at > confirmed_at
        later += after
        rows.append(
            [
                T_AFTER.format(index=index) if after else str(index),
                item.kind.label,
                item.number,
                f"{item.received_at:%H:%M}",
                item.room or "",
                item.summary,
                item.status.label,
            ]
        )
    if not items:
        rows.append(["", "", "", "", "", T_NONE, ""])
    complaints = sum(1 for item in items if item.kind is TallyKind.COMPLAINT)
    story: list[Flowable] = [
        para(
            T_SUMMARY.format(
                day=cn_date(day),
                complaints=complaints,
                repairs=len(items) - complaints,
                open=sum(1 for item in items if item.is_open),
            ),
            s.body,
        ),
        Spacer(1, 2 * mm),
        ruled_table(rows, [12 * mm, 13 * mm, 32 * mm, 17 * mm, 22 * mm, width - 116 * mm, 20 * mm]),
        Spacer(1, 4 * mm),
    ]
    confirmer = ""
    confirmed_on = "　　年　　月　　日"
    if confirmation is not None:
        confirmer = confirmation.by or ""
        confirmed_on = cn_date(confirmation.at, zone)
        at = cn_datetime(confirmation.at, zone)
        story.append(
            para(
                T_CONFIRMED_LATER.format(at=at, who=confirmer, count=later)
                if later
                else T_CONFIRMED.format(at=at, who=confirmer),
                s.body,
            )
        )
        if confirmation.note:
            story.append(para(T_NOTE.format(note=confirmation.note), s.body))
    story.append(Spacer(1, 4 * mm))
    story.append(signature_block([(S_MAKER, ""), (S_CONFIRM, confirmer), (S_DATE, confirmed_on)], width))
    header = PageHeader(community=centre, title=TITLE, number=tally_number(day), date_text=cn_date(day))
    return build_form_pdf(story, header)
