"""关于逾期未整改情况的报告: the letter to the authorities (街道办、城管…) about a
rectification notice past its deadline and not rectified (SPEC 2.6, R15), with the
notice's history and its photos and scans attached (issue 16, item 8).

The wording follows the facts: the number of follow-up inspections actually recorded
(none: the letter says the owner has not reported any rectification, never "0次复查"),
the way the notice was served (nothing is said when that was not recorded), Chinese
dates throughout. The photos attached to the notice are printed, scaled, with their
captions (附图1, 附图2 …); the pages of an attached PDF scan too. A file path is never
printed.
"""

from __future__ import annotations

import io
import logging
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Image, KeepTogether, Spacer, Table, TableStyle
from sqlalchemy.orm import Session

from desk_app.messages import msg
from desk_app.models.enums import NoticeStatus, ServiceResult
from desk_app.printing import common
from desk_app.printing.layout import (
    PageHeader,
    build_form_pdf,
    cn_date,
    cn_datetime,
    content_width,
    para,
    register_fonts,
    ruled_table,
    styles,
    text_or_dash,
)
from desk_app.services import attachments
from desk_app.services.attachments import AttachmentInfo
from desk_app.services.notices import NOTICE_OWNER, NoticeHistory, notice_history
from desk_app.services.settings import load_settings

log = logging.getLogger(__name__)

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
T_FIGURE = "附图{n}　{caption}"
T_FIGURE_SCAN = "附图{n}　{caption}（第{page}页，共{pages}页）"
T_FIGURE_SOURCE = "{name}　{date}由{who}存档"
T_FIGURE_SOURCE_NOBODY = "{name}　{date}存档"
T_FIGURE_MISSING = "（附图{n}“{name}”无法打印，请从系统中另行打印原件）"
T_SCAN_MORE = "（“{name}”共{pages}页，此处印出前{shown}页，其余请从系统中另行打印）"
E_NOT_OVERDUE = "整改通知书 {number} 的整改期限（{deadline}）尚未过，不能打印逾期情况报告"
E_RECTIFIED = "整改通知书 {number} 已整改完毕，无需打印逾期情况报告"
SEPARATOR = "、"

#: Printed photos are scaled to this many pixels on their long side (about 270 dpi at
#: the printed width) and stored as JPEG, so a letter with ten phone photos stays small.
PRINT_PIXELS = 1600
#: The first pages of a scan that are printed with the letter.
SCAN_PAGES = 6
FIGURE_HEIGHT = 72 * mm
GAP = 6 * mm
FRAME_PAD = 1.5
PADDINGS = ("LEFTPADDING", "RIGHTPADDING", "TOPPADDING", "BOTTOMPADDING")


@dataclass(frozen=True)
class _Figure:
    number: int
    caption: str
    source: str
    image: bytes | None
    size: tuple[int, int]
    file_name: str


def _print_jpeg(image: object) -> tuple[bytes, tuple[int, int]]:
    from PIL import Image as PILImage

    assert isinstance(image, PILImage.Image)
    picture = image.copy()
    picture.thumbnail((PRINT_PIXELS, PRINT_PIXELS))
    if picture.mode != "RGB":
        flat = PILImage.new("RGB", picture.size, "white")
        flat.paste(picture, mask=picture.getchannel("A") if "A" in picture.getbands() else None)
        picture = flat
    buffer = io.BytesIO()
    picture.save(buffer, format="JPEG", quality=82, optimize=True)
    return buffer.getvalue(), picture.size


def _source(info: AttachmentInfo, session: Session) -> str:
    date_text = cn_date(info.created_at, common.zone(session))
    if info.created_by:
        return T_FIGURE_SOURCE.format(name=info.file_name, date=date_text, who=info.created_by)
    return T_FIGURE_SOURCE_NOBODY.format(name=info.file_name, date=date_text)


def _caption(info: AttachmentInfo) -> str:
    return info.caption or info.file_name.rsplit(".", 1)[0]


def _figures(session: Session, items: list[AttachmentInfo]) -> tuple[list[_Figure], list[str]]:
    """Every photo, then every scan's first pages, numbered 附图1, 2 …; notes for what
    could not be printed."""
    figures: list[_Figure] = []
    notes: list[str] = []
    for info in [item for item in items if item.is_image] + [item for item in items if item.is_pdf]:
        data = attachments.read_attachment(session, info.attachment_id).data
        source = _source(info, session)
        try:
            if info.is_image:
                picture, size = _print_jpeg(attachments.open_image(data, info.file_name))
                figures.append(
                    _Figure(
                        len(figures) + 1,
                        T_FIGURE.format(n=len(figures) + 1, caption=_caption(info)),
                        source,
                        picture,
                        size,
                        info.file_name,
                    )
                )
                continue
            pages = info.page_count or 0
            for index, page in enumerate(attachments.pdf_page_images(data, limit=SCAN_PAGES), start=1):
                picture, size = _print_jpeg(page)
                caption = T_FIGURE_SCAN.format(
                    n=len(figures) + 1, caption=_caption(info), page=index, pages=pages
                )
                figures.append(_Figure(len(figures) + 1, caption, source, picture, size, info.file_name))
            if pages > SCAN_PAGES:
                notes.append(T_SCAN_MORE.format(name=info.file_name, pages=pages, shown=SCAN_PAGES))
        except Exception:  # one unreadable file must not stop the letter: it says so
            log.warning("attachment %s cannot be printed", info.attachment_id, exc_info=True)
            figures.append(_Figure(len(figures) + 1, "", source, None, (0, 0), info.file_name))
    return figures, notes


_small_centre: ParagraphStyle | None = None


def _centred_small() -> ParagraphStyle:
    global _small_centre
    if _small_centre is None:
        _small_centre = ParagraphStyle("desk-small-centre", parent=styles().small, alignment=TA_CENTER)
    return _small_centre


def _figure_cell(figure: _Figure, width: float) -> list[Flowable]:
    s = styles()
    if figure.image is None:
        return [para(T_FIGURE_MISSING.format(n=figure.number, name=figure.file_name), s.small)]
    pixels_wide, pixels_high = figure.size
    inner = width - 2 * FRAME_PAD
    scale = min(inner / pixels_wide, FIGURE_HEIGHT / pixels_high)
    picture = Image(io.BytesIO(figure.image), width=pixels_wide * scale, height=pixels_high * scale)
    # A thin frame: a white scanned page must not look like empty paper.
    framed = Table([[picture]])
    framed.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), register_fonts()),
                ("BOX", (0, 0), (-1, -1), 0.5, colors.HexColor("#808080")),
                *((side, (0, 0), (-1, -1), FRAME_PAD) for side in PADDINGS),
            ]
        )
    )
    framed.hAlign = "CENTER"
    return [
        framed,
        Spacer(1, 1.5 * mm),
        para(figure.caption, s.centre),
        para(figure.source, _centred_small()),
    ]


def figure_rows(figures: list[_Figure]) -> list[Table]:
    """Two figures a row, each scaled into its cell with its caption under it; one
    table a row, so a heading can be kept with the first row."""
    width = content_width()
    cell = (width - GAP) / 2
    tables: list[Table] = []
    for start in range(0, len(figures), 2):
        pair = figures[start : start + 2]
        row: list[object] = [_figure_cell(figure, cell) for figure in pair]
        if len(row) == 1:
            row.append("")
        table = Table([row], colWidths=[cell + GAP / 2, cell + GAP / 2])
        table.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), register_fonts()),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                    ("LEFTPADDING", (0, 0), (-1, -1), GAP / 4),
                    ("RIGHTPADDING", (0, 0), (-1, -1), GAP / 4),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 5 * mm),
                ]
            )
        )
        tables.append(table)
    return tables


def _service_sentence(session: Session, history: NoticeHistory, photo_figures: int) -> str:
    zone = common.zone(session)
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


def history_table(session: Session, history: NoticeHistory) -> Flowable:
    zone = common.zone(session)
    rows: list[list[object]] = [list(H_HISTORY)]
    for index, event in enumerate(history.events, start=1):
        rows.append(
            [str(index), cn_datetime(event.at, zone), event.kind.label, text_or_dash(event.staff), event.text]
        )
    width = content_width()
    return ruled_table(rows, [10 * mm, 38 * mm, 14 * mm, 20 * mm, width - 82 * mm])


def _body(session: Session, history: NoticeHistory) -> str:
    community = load_settings(session).community_name
    description = history.issue_description.strip().rstrip("。")
    template = T_REPORT_BODY_SAME if description.startswith(history.issue.label) else T_REPORT_BODY
    return template.format(
        community=community,
        room=history.room or "",
        client=f"业主/住户{history.client_name}" if history.client_name else "业主/住户",
        issue=history.issue.label,
        description=description,
        issuers=SEPARATOR.join(history.issuers),
        issued=cn_date(history.issued_at, common.zone(session)),
        number=history.number,
        deadline=cn_date(history.deadline),
        action=history.required_action.strip().rstrip("。"),
    )


def render_report_letter(session: Session, notice_id: int) -> bytes:
    """R15: the report to the authorities for a notice past its deadline and not
    rectified, with the notice history, photos and scans attached."""
    history = notice_history(session, notice_id)
    today = common.today(session)
    if history.status is NoticeStatus.RECTIFIED:
        raise common.PrintError(msg(E_RECTIFIED, number=history.number), rule="R15")
    if history.status is NoticeStatus.ISSUED and history.deadline >= today:
        raise common.PrintError(
            msg(E_NOT_OVERDUE, number=history.number, deadline=cn_date(history.deadline)), rule="R15"
        )
    s = styles()
    zone = common.zone(session)
    items = attachments.list_attachments(session, NOTICE_OWNER, history.notice_id, thumbnails=False)
    figures, notes = _figures(session, items)
    photos = sum(1 for item in items if item.is_image)
    scans = sum(1 for item in items if item.is_pdf)
    addressee = T_REPORT_TO.format(to=history.escalated_to) if history.escalated_to else T_REPORT_TO_BLANK
    today_text = cn_date(today)
    late = late_sentence(history, today_text, (today - history.deadline).days, zone)
    listed = [T_ATTACH_HISTORY]
    kinds = [T_ATTACH_PHOTOS.format(count=photos)] if photos else []
    kinds += [T_ATTACH_SCANS.format(count=scans)] if scans else []
    if kinds:
        listed.append(T_ATTACH_PICTURES.format(kinds=SEPARATOR.join(kinds)))
    attach = T_ATTACH + "；".join(f"{n}．{item}" for n, item in enumerate(listed, start=1)) + "。"
    story: list[Flowable] = [
        para(addressee, s.letter),
        para(_body(session, history) + _service_sentence(session, history, photos), s.letter),
        para(late + T_LAW, s.letter),
        para(attach, s.letter),
    ]
    seals: list[Flowable] = [Spacer(1, 6 * mm)]
    seals.extend(para(T_SEAL.format(issuer=issuer), s.right) for issuer in history.issuers)
    seals.append(para(today_text, s.right))
    story.append(KeepTogether(seals))
    story.extend([Spacer(1, 6 * mm), para(T_HISTORY.format(n=1), s.heading), history_table(session, history)])
    if figures:
        rows = figure_rows(figures)
        story.extend([Spacer(1, 6 * mm), KeepTogether([para(T_PICTURES.format(n=2), s.heading), rows[0]])])
        story.extend(rows[1:])
        story.extend(para(note, s.small) for note in notes)
    header = PageHeader(
        community=common.centre(session), title=TITLE_REPORT, number=history.number, date_text=today_text
    )
    return build_form_pdf(story, header)


__all__ = ["TITLE_REPORT", "figure_rows", "history_table", "late_sentence", "render_report_letter"]
