"""Photos and scans of a record printed as figures (issue 16): every photo, then the
first pages of every PDF scan, numbered 附图1, 附图2 …, scaled for printing, framed,
with a caption (the attachment's caption, or its file name) and who filed it when; two
figures a row. Used by the letter to the authorities; ``figures_section`` is what
another printout (the complaint dossier) adds to its story. The files are read by the
caller (``screens.attachments.printed_attachments``): nothing here reads."""

from __future__ import annotations

import io
import logging
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Image, KeepTogether, Spacer, Table, TableStyle

from desk_app.printing.layout import cn_date, content_width, para, register_fonts, styles
from desk_app.screens.attachments import PrintedAttachment
from desk_app.services import attachments
from desk_app.services.attachments import AttachmentInfo

log = logging.getLogger(__name__)

# -- texts ----------------------------------------------------------------------------------
T_FIGURE = "附图{n}　{caption}"
T_FIGURE_SCAN = "附图{n}　{caption}（第{page}页，共{pages}页）"
T_FIGURE_SOURCE = "{name}　{date}由{who}存档"
T_FIGURE_SOURCE_NOBODY = "{name}　{date}存档"
T_FIGURE_MISSING = "（附图{n}“{name}”无法打印，请从系统中另行打印原件）"
T_SCAN_MORE = "（“{name}”共{pages}页，此处印出前{shown}页，其余请从系统中另行打印）"

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
class Figure:
    number: int
    caption: str
    source: str
    image: bytes | None
    size: tuple[int, int]
    file_name: str


def _decode(data: bytes) -> object:
    """A stored photo decoded for print: a JPEG at the smallest scale still at least
    ``PRINT_PIXELS`` (a 12-megapixel photo decodes four times faster), upright. The file
    was checked when it was attached."""
    from PIL import Image as PILImage
    from PIL import ImageOps

    image = PILImage.open(io.BytesIO(data))
    image.draft("RGB", (PRINT_PIXELS, PRINT_PIXELS))
    image.load()
    upright = ImageOps.exif_transpose(image) or image
    if upright.mode not in ("RGB", "RGBA"):
        upright = upright.convert("RGBA" if "transparency" in upright.info else "RGB")
    return upright


def _print_jpeg(image: object) -> tuple[bytes, tuple[int, int]]:
    from PIL import Image as PILImage

    assert isinstance(image, PILImage.Image)
    picture = image  # decoded for this printout alone: scaled in place
    picture.thumbnail((PRINT_PIXELS, PRINT_PIXELS))
    if picture.mode != "RGB":
        flat = PILImage.new("RGB", picture.size, "white")
        flat.paste(picture, mask=picture.getchannel("A") if "A" in picture.getbands() else None)
        picture = flat
    buffer = io.BytesIO()
    picture.save(buffer, format="JPEG", quality=82, optimize=True)
    return buffer.getvalue(), picture.size


def _source(item: PrintedAttachment) -> str:
    info = item.info
    date_text = cn_date(item.filed_on)
    if info.created_by:
        return T_FIGURE_SOURCE.format(name=info.file_name, date=date_text, who=info.created_by)
    return T_FIGURE_SOURCE_NOBODY.format(name=info.file_name, date=date_text)


def _caption(info: AttachmentInfo) -> str:
    return info.caption or info.file_name.rsplit(".", 1)[0]


def attachment_figures(items: Sequence[PrintedAttachment]) -> tuple[list[Figure], list[str]]:
    """Every photo, then every scan's first pages, numbered 附图1, 2 …; notes for what
    could not be printed."""
    figures: list[Figure] = []
    notes: list[str] = []
    for item in [item for item in items if item.info.is_image] + [item for item in items if item.info.is_pdf]:
        info, data = item.info, item.data
        source = _source(item)
        try:
            if info.is_image:
                picture, size = _print_jpeg(_decode(data))
                figures.append(
                    Figure(
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
            for index, page in enumerate(
                attachments.pdf_page_images(data, limit=SCAN_PAGES, max_side=PRINT_PIXELS), start=1
            ):
                picture, size = _print_jpeg(page)
                caption = T_FIGURE_SCAN.format(
                    n=len(figures) + 1, caption=_caption(info), page=index, pages=pages
                )
                figures.append(Figure(len(figures) + 1, caption, source, picture, size, info.file_name))
            if pages > SCAN_PAGES:
                notes.append(T_SCAN_MORE.format(name=info.file_name, pages=pages, shown=SCAN_PAGES))
        except Exception:  # one unreadable file must not stop the letter: it says so
            log.warning("attachment %s cannot be printed", info.attachment_id, exc_info=True)
            figures.append(Figure(len(figures) + 1, "", source, None, (0, 0), info.file_name))
    return figures, notes


_small_centre: ParagraphStyle | None = None


def _centred_small() -> ParagraphStyle:
    global _small_centre
    if _small_centre is None:
        _small_centre = ParagraphStyle("desk-small-centre", parent=styles().small, alignment=TA_CENTER)
    return _small_centre


def _figure_cell(figure: Figure, width: float) -> list[Flowable]:
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


def figure_rows(figures: list[Figure]) -> list[Table]:
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


def figures_section(items: Sequence[PrintedAttachment], heading: str) -> list[Flowable]:
    """``heading`` and the figures of a record's photos and scans ``items`` (the heading
    kept with the first row); an empty list when there is no photo or scan."""
    figures, notes = attachment_figures(items)
    if not figures:
        return []
    s = styles()
    rows = figure_rows(figures)
    story: list[Flowable] = [Spacer(1, 6 * mm), KeepTogether([para(heading, s.heading), rows[0]])]
    story.extend(rows[1:])
    story.extend(para(note, s.small) for note in notes)
    return story


__all__ = ["Figure", "attachment_figures", "figure_rows", "figures_section"]
