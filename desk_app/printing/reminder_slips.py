"""温馨提示 reminder slips (SPEC 2.7, R14): one per A5 page, or two per A4 sheet (A4
landscape, two A5 halves with a cut line between); a whole case list in one PDF.

The text printed is the slip's own text (made by ``services.reminder_cases`` from the
editable templates in ``resources/slip_texts.json`` when the slip was posted); the
signatories are the slip's (R14: a high-altitude-throwing slip carries 居委会/社区工作站,
业委会 and 物业服务中心 together). What is printed is what the screen reads
(``screens.reminder_slips.printable_slips``): this module only lays it out.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from datetime import tzinfo
from enum import StrEnum
from typing import Any

from reportlab.lib.pagesizes import A4, A5, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, FrameBreak, KeepInFrame, PageTemplate, Spacer

from desk_app.messages import msg
from desk_app.printing.errors import PrintError
from desk_app.printing.layout import (
    FONT_NAME,
    Title,
    cn_date,
    issuer_row,
    para,
    register_fonts,
    render_error,
    styles,
)
from desk_app.screens.reminder_slips import SlipData, printable_slips
from desk_app.services import context
from desk_app.services.errors import NotFoundError

# -- texts ----------------------------------------------------------------------------------
TITLE = "温馨提示"
T_SEQUENCE = {1: "", 2: "（第二次提示）", 3: "（第三次提示）"}
T_FOOTER = "编号：{number}-{sequence}　　张贴日期：{posted}\n张贴地点：{location}"
T_JOINT = "联合署名："
E_NO_CASES = "没有要打印的温馨提示"

#: Characters of slip text that always fit one A5 slip at the slip's type size.
FITS_WITHOUT_SHRINKING = 200
#: Beyond this a slip's text is not shrunk (it would be unreadable): it runs on.
SHRINK_AT_MOST = 600
#: The slip is read on a corridor wall: body text well above a letter's 12 pt.
SLIP_TEXT_SIZE = 16.0


class SlipLayout(StrEnum):
    """One slip per A5 page, or two per A4 sheet."""

    A5 = "a5"
    TWO_PER_A4 = "a4x2"


class PrintCancelledError(Exception):
    """The person cancelled a batch print."""


def slips_data(session: Any, case_ids: Sequence[int]) -> list[SlipData]:
    """The latest slip of each case, in the order given, as the screen reads it
    (``session``: an ORM session; ``Any``, printouts name no SQLAlchemy type)."""
    try:
        return printable_slips(session, case_ids)
    except NotFoundError as error:
        raise PrintError(error.message, rule=error.rule) from None


def _slip_story(
    data: SlipData, zone: tzinfo, width: float, height: float, title_size: float
) -> list[Flowable]:
    s = styles()
    story: list[Flowable] = [Title(TITLE, title_size, spacing=title_size / 4, space_after=2 * mm)]
    tag = T_SEQUENCE.get(data.sequence, "")
    if tag:
        story.append(para(tag, s.centre))
    story.append(Spacer(1, 3 * mm))
    body = _slip_style()
    for line in data.text.splitlines():
        if line.strip():
            story.append(para(line, body))
    story.append(Spacer(1, 8 * mm))
    if len(data.signatories) > 1:
        # Joint issuers side by side, none above another (避免主次不分).
        story.append(para(T_JOINT, s.body))
        story.append(issuer_row(data.signatories, width))
        story.append(para(cn_date(data.posted_at, zone), s.right))
    else:
        for name in data.signatories:
            story.append(para(name, s.right))
        story.append(para(cn_date(data.posted_at, zone), s.right))
    story.append(Spacer(1, 6 * mm))
    story.append(
        para(
            T_FOOTER.format(
                number=data.case_number,
                sequence=data.sequence,
                location=data.location,
                posted=cn_date(data.posted_at, zone),
            ),
            s.small,
        )
    )
    if len(data.text) <= FITS_WITHOUT_SHRINKING or len(data.text) > SHRINK_AT_MOST:
        # Laying a slip out twice (KeepInFrame measures, then draws) doubles the time
        # of a 500-slip batch; a template-length text always fits the half sheet. A
        # text too long to be read shrunk onto one slip flows on over further slips.
        return story
    return [KeepInFrame(width, height, story, mode="shrink")]


_slip_body: ParagraphStyle | None = None


def _slip_style() -> ParagraphStyle:
    global _slip_body
    if _slip_body is None:
        _slip_body = ParagraphStyle(
            "desk-slip", parent=styles().letter, fontSize=SLIP_TEXT_SIZE, leading=SLIP_TEXT_SIZE * 1.6
        )
    return _slip_body


def _cut_line_between(canvas: Canvas, doc: BaseDocTemplate) -> None:
    width, height = doc.pagesize
    canvas.saveState()
    canvas.setDash(4, 3)
    canvas.setLineWidth(0.5)
    canvas.line(width / 2, 8 * mm, width / 2, height - 8 * mm)
    canvas.restoreState()


ProgressCallback = Callable[[int, int], None]


class _Laid(Flowable):  # type: ignore[misc]
    """Zero-size marker after each slip: reports progress, honours a cancel."""

    def __init__(
        self, done: int, total: int, progress: ProgressCallback | None, cancelled: Callable[[], bool] | None
    ) -> None:
        super().__init__()
        self.done = done
        self.total = total
        self.progress = progress
        self.cancelled = cancelled

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        if self.cancelled is not None and self.cancelled():
            raise PrintCancelledError
        if self.progress is not None:
            self.progress(self.done, self.total)


def render_slip_batch(
    slips: Sequence[SlipData],
    zone: tzinfo,
    layout: SlipLayout = SlipLayout.TWO_PER_A4,
    *,
    progress: ProgressCallback | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> bytes:
    """The slips as one PDF. ``progress(done, total)`` is called as slips are laid out;
    ``cancelled()`` returning True stops the work with ``PrintCancelledError``."""
    if not slips:
        raise PrintError(msg(E_NO_CASES), rule="R14")
    register_fonts()
    margin = 14 * mm
    if layout is SlipLayout.A5:
        pagesize = A5
        frames = [Frame(margin, margin, A5[0] - 2 * margin, A5[1] - 2 * margin, id="slip")]
        on_page = None
    else:
        pagesize = landscape(A4)
        half = pagesize[0] / 2
        frames = [
            Frame(
                index * half + margin, margin, half - 2 * margin, pagesize[1] - 2 * margin, id=f"slip{index}"
            )
            for index in range(2)
        ]
        on_page = _cut_line_between
    frame_width = frames[0]._width - frames[0]._leftPadding - frames[0]._rightPadding
    frame_height = frames[0]._height - frames[0]._topPadding - frames[0]._bottomPadding
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer, pagesize=pagesize, title=TITLE, creator="前台 Desk", initialFontName=FONT_NAME
    )
    template = (
        PageTemplate(id="slips", frames=frames, onPage=on_page)
        if on_page
        else PageTemplate(id="slips", frames=frames)
    )
    doc.addPageTemplates([template])
    total = len(slips)
    story: list[Flowable] = []
    for index, data in enumerate(slips):
        if cancelled is not None and cancelled():
            raise PrintCancelledError
        story.extend(_slip_story(data, zone, frame_width, frame_height, 30))
        story.append(_Laid(index + 1, total, progress, cancelled))
        if index < total - 1:
            story.append(FrameBreak())
    try:
        doc.build(story)
    except PrintCancelledError:
        raise
    except Exception as exc:  # a Chinese message, the detail to the log
        raise render_error(exc, TITLE, slips[0].case_number if len(slips) == 1 else None) from exc
    if progress is not None:
        progress(total, total)
    return buffer.getvalue()


def render_reminder_slip(session: Any, case_id: int, layout: SlipLayout = SlipLayout.A5) -> bytes:
    """The latest slip of one case, on an A5 page."""
    return render_slip_batch(slips_data(session, [case_id]), context.zone(session), layout)


def render_reminder_slips(
    session: Any,
    case_ids: Sequence[int],
    layout: SlipLayout = SlipLayout.TWO_PER_A4,
    *,
    progress: ProgressCallback | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> bytes:
    """A batch: the latest slip of every case in ``case_ids``."""
    return render_slip_batch(
        slips_data(session, case_ids), context.zone(session), layout, progress=progress, cancelled=cancelled
    )
