"""关于逾期未整改情况的报告: the letter to the authorities (街道办、城管…) about a
rectification notice past its deadline and not rectified (SPEC 2.6, R15), with the
notice's history and its photos and scans attached (issue 16, item 8).

The wording follows the facts: the number of follow-up inspections actually recorded
(none: the letter says the owner has not reported any rectification, never "0次复查"),
the way the notice was served (nothing is said when that was not recorded), Chinese
dates throughout. The photos attached to the notice are printed, scaled, with their
captions (附图1, 附图2 …); the pages of an attached PDF scan too. A file path is never
printed.

What is printed is what the notice screen reads (``screens.rectification_notices.
report_letter_data``); the photos and scans come laid out (``figures.figures_section``,
which the registry's entry reads). This module reads nothing itself.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import tzinfo

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from desk_app.printing.errors import PrintError
from desk_app.printing.layout import (
    PageHeader,
    build_form_pdf,
    cn_date,
    cn_datetime,
    content_width,
    para,
    ruled_table,
    styles,
    text_or_dash,
)
from desk_app.screens.enums import ServiceResult
from desk_app.screens.rectification_notices import NoticeHistory, ReportLetterData
from desk_app.services.rectification_notices import report_refusal

# -- texts ----------------------------------------------------------------------------------
TITLE_REPORT = "关于逾期未整改情况的报告"
T_REPORT_TO = "{to}："
T_REPORT_TO_BLANK = "＿＿＿＿＿＿＿＿＿＿："
T_REPORT_BODY = (
    "　　{community}{room}{client}存在{issue}问题：{description}。"
    "{issuers}于{issued}向其发出《整改通知书》（编号：{number}），要求其于{deadline}前{action}。"
)
T_REPORT_BODY_SAME = (
    "　　{community}{room}{client}存在以下问题：{description}。"
    "{issuers}于{issued}向其发出《整改通知书》（编号：{number}），要求其于{deadline}前{action}。"
)
T_SERVED_SIGNED = "该通知书已于{at}由业主/住户签收。"
T_SERVED_REFUSED = "送达时业主/住户拒绝签收，{evidence}。"
T_PHOTOS = "已拍照取证（{figures}）"
T_PHOTO_TAKEN = "已拍照取证"
T_WITNESS = "由{who}到场见证"
T_FIGURES_ONE = "见附图1"
T_FIGURES_MANY = "见附图1至附图{last}"
T_LATE_NONE = "　　截至{today}，已逾期{days}天，业主/住户未向我中心告知整改情况。"
T_LATE_ONE = "　　截至{today}，已逾期{days}天；我中心于{last}复查，仍未整改。"
T_LATE_MANY = "　　截至{today}，已逾期{days}天；我中心先后{count}次复查（最近一次为{last}），仍未整改。"
T_LAW = (
    "根据《物业管理条例》的有关规定，物业服务企业对违反规定的行为应予以制止并及时向有关行政主管部门"
    "报告。现将有关情况报告贵单位，恳请依法予以处理。"
)
T_ATTACH = "　　附件："
T_ATTACH_HISTORY = "整改通知书处理记录"
T_ATTACH_PHOTOS = "现场照片{count}张"
T_ATTACH_SCANS = "扫描件{count}份"
T_ATTACH_PICTURES = "照片及扫描件（{kinds}）"
T_SEAL = "{issuer}（盖章）"
T_HISTORY = "附件{n}：整改通知书处理记录"
T_PICTURES = "附件{n}：照片及扫描件"
H_HISTORY = ("序号", "时间", "事项", "经办人", "情况")
SEPARATOR = "、"


def _service_sentence(history: NoticeHistory, photo_figures: int, zone: tzinfo) -> str:
    if history.service_result is ServiceResult.SIGNED:
        return T_SERVED_SIGNED.format(at=cn_date(history.served_at, zone))
    if history.service_result is ServiceResult.REFUSED:
        evidence: list[str] = []
        if photo_figures:
            figures = T_FIGURES_ONE if photo_figures == 1 else T_FIGURES_MANY.format(last=photo_figures)
            evidence.append(T_PHOTOS.format(figures=figures))
        elif history.refusal_photo_path:
            evidence.append(T_PHOTO_TAKEN)
        if history.refusal_witness:
            evidence.append(T_WITNESS.format(who=history.refusal_witness))
        return T_SERVED_REFUSED.format(evidence="并".join(evidence)) if evidence else ""
    return ""


def late_sentence(history: NoticeHistory, today_text: str, days: int, zone: object) -> str:
    """What the centre did after the deadline, as the records show it."""
    count = len(history.inspections)
    if count == 0:
        return T_LATE_NONE.format(today=today_text, days=days)
    last = cn_date(history.inspections[-1].at, zone)  # type: ignore[arg-type]
    if count == 1:
        return T_LATE_ONE.format(today=today_text, days=days, last=last)
    return T_LATE_MANY.format(today=today_text, days=days, count=count, last=last)


def history_table(history: NoticeHistory, zone: tzinfo) -> Flowable:
    rows: list[list[object]] = [list(H_HISTORY)]
    for index, event in enumerate(history.events, start=1):
        rows.append(
            [str(index), cn_datetime(event.at, zone), event.kind.label, text_or_dash(event.staff), event.text]
        )
    width = content_width()
    return ruled_table(rows, [10 * mm, 38 * mm, 14 * mm, 20 * mm, width - 82 * mm])


def _body(data: ReportLetterData) -> str:
    history = data.history
    description = history.issue_description.strip().rstrip("。")
    template = T_REPORT_BODY_SAME if description.startswith(history.issue.label) else T_REPORT_BODY
    return template.format(
        community=data.community,
        room=history.room or "",
        client=f"业主/住户{history.client_name}" if history.client_name else "业主/住户",
        issue=history.issue.label,
        description=description,
        issuers=SEPARATOR.join(history.issuers),
        issued=cn_date(history.issued_at, data.zone),
        number=history.number,
        deadline=cn_date(history.deadline),
        action=history.required_action.strip().rstrip("。"),
    )


def check_reportable(data: ReportLetterData) -> None:
    """R15: only a notice past its deadline and not rectified is reported
    (``rectification_notices.report_refusal``, the rule the notice screen offers by)."""
    history = data.history
    refusal = report_refusal(history.number, history.status, history.deadline, data.today)
    if refusal is not None:
        raise PrintError(refusal.message, rule=refusal.rule)


def render_report_letter(data: ReportLetterData, evidence: Sequence[Flowable] = ()) -> bytes:
    """R15: the report to the authorities for a notice past its deadline and not
    rectified, with the notice history attached, and ``evidence`` (the photos and scans,
    laid out under ``T_PICTURES``) after it."""
    check_reportable(data)
    history, today, zone = data.history, data.today, data.zone
    s = styles()
    addressee = T_REPORT_TO.format(to=history.escalated_to) if history.escalated_to else T_REPORT_TO_BLANK
    today_text = cn_date(today)
    late = late_sentence(history, today_text, (today - history.deadline).days, zone)
    listed = [T_ATTACH_HISTORY]
    kinds = [T_ATTACH_PHOTOS.format(count=data.photos)] if data.photos else []
    kinds += [T_ATTACH_SCANS.format(count=data.scans)] if data.scans else []
    if kinds:
        listed.append(T_ATTACH_PICTURES.format(kinds=SEPARATOR.join(kinds)))
    attach = T_ATTACH + "；".join(f"{n}．{item}" for n, item in enumerate(listed, start=1)) + "。"
    story: list[Flowable] = [
        para(addressee, s.letter),
        para(_body(data) + _service_sentence(history, data.photos, zone), s.letter),
        para(late + T_LAW, s.letter),
        para(attach, s.letter),
    ]
    seals: list[Flowable] = [Spacer(1, 6 * mm)]
    seals.extend(para(T_SEAL.format(issuer=issuer), s.right) for issuer in history.issuers)
    seals.append(para(today_text, s.right))
    story.append(KeepTogether(seals))
    story.extend([Spacer(1, 6 * mm), para(T_HISTORY.format(n=1), s.heading), history_table(history, zone)])
    story.extend(evidence)
    header = PageHeader(
        community=data.centre, title=TITLE_REPORT, number=history.number, date_text=today_text
    )
    return build_form_pdf(story, header)


__all__ = [
    "TITLE_REPORT",
    "T_PICTURES",
    "check_reportable",
    "history_table",
    "late_sentence",
    "render_report_letter",
]
