"""A ``ReportDocument`` as an A4 PDF (ReportLab platypus; charts with
reportlab.graphics), the CJK font embedded as a subset."""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, TableStyle
from reportlab.platypus import Table as PdfTable

from desk_app.printing.layout import escape, register_fonts, render_error
from desk_app.reports.document import BarChart, Cell, ReportDocument, Table

MARGIN = 18 * mm
ACCENT = colors.HexColor("#1f5f99")
GRID = colors.HexColor("#9aa5b1")
HEADER_FILL = colors.HexColor("#e4ebf3")
BAR_FILL = colors.HexColor("#1f5f99")

T_SEAL = "{seal}（盖章）"
T_DATE_LINE = "　　　　年　　月　　日"

#: Called with (done, total) sections while rendering (the reports dialog's progress).
Progress = Callable[[int, int], None]


def _styles(font: str) -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("base", fontName=font, fontSize=10.5, leading=16, wordWrap="CJK")
    return {
        "title": ParagraphStyle("title", parent=base, fontSize=18, leading=26, alignment=TA_CENTER),
        "subtitle": ParagraphStyle(
            "subtitle", parent=base, fontSize=11, alignment=TA_CENTER, textColor=colors.grey
        ),
        "heading": ParagraphStyle(
            "heading", parent=base, fontSize=13, leading=20, textColor=ACCENT, spaceBefore=8, keepWithNext=1
        ),
        "body": ParagraphStyle("body", parent=base, firstLineIndent=21),
        "caption": ParagraphStyle(
            "caption", parent=base, fontSize=10, textColor=colors.HexColor("#52606d"), keepWithNext=1
        ),
        "cell": ParagraphStyle("cell", parent=base, fontSize=9, leading=12),
    }


def _cell_text(value: Cell) -> str:
    return "" if value is None else str(value)


#: A cell text this short is never wrapped: its column is widened to hold it.
SHORT_CELL = 6
CELL_PADDING = 13.0


def _fit_widths(table: Table, widths: list[float], style: ParagraphStyle) -> list[float]:
    """Column widths in which no short cell (a number, a date, a status) wraps a
    character onto a second line: a column narrower than its longest short text is
    widened, the wide text columns give the room back."""
    columns = len(widths)
    needed = [0.0] * columns
    for row in [table.header, *table.rows]:
        for index, value in enumerate(row):
            text = _cell_text(value)
            if len(text) <= SHORT_CELL and index < columns:
                width = stringWidth(text, style.fontName, style.fontSize) + CELL_PADDING
                needed[index] = max(needed[index], width)
    total = sum(widths)
    fitted = [max(width, need) for width, need in zip(widths, needed, strict=True)]
    excess = sum(fitted) - total
    if excess <= 0:
        return fitted
    spare = [width - need for width, need in zip(fitted, needed, strict=True)]
    room = sum(max(0.0, value) for value in spare)
    if room <= excess:
        return widths  # nothing to give: keep the proportions
    return [width - excess * max(0.0, free) / room for width, free in zip(fitted, spare, strict=True)]


def _table(table: Table, styles: dict[str, ParagraphStyle], width: float) -> list[Any]:
    columns = len(table.header)
    weights = table.widths or tuple(1.0 for _ in range(columns))
    widths = [width * weight / sum(weights) for weight in weights]
    cell = styles["cell"]
    data = [[Paragraph(escape(text), cell) for text in table.header]]
    for row in table.rows:
        data.append([Paragraph(escape(_cell_text(value)), cell) for value in row])
    if not table.rows:
        data.append([Paragraph("（无）", cell)] + [Paragraph("", cell) for _ in range(columns - 1)])
    pdf_table = PdfTable(data, colWidths=_fit_widths(table, widths, cell), repeatRows=1, splitInRow=1)
    pdf_table.setStyle(
        TableStyle(
            [
                # the cells are paragraphs in the CJK font; the table's own default
                # (Helvetica, never embedded) must not reach the PDF either
                ("FONTNAME", (0, 0), (-1, -1), cell.fontName),
                ("GRID", (0, 0), (-1, -1), 0.5, GRID),
                ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return [
        Paragraph(escape(table.title), styles["caption"]),
        Spacer(1, 2 * mm),
        pdf_table,
        Spacer(1, 4 * mm),
    ]


def _chart(chart: BarChart, font: str, width: float) -> Drawing:
    height = 62 * mm
    drawing = Drawing(width, height)
    drawing.initialFontName = font  # the renderer's starting font (else Helvetica, not embedded)
    drawing.add(String(width / 2, height - 12, chart.title, fontName=font, fontSize=10, textAnchor="middle"))
    bars = VerticalBarChart()
    bars.x, bars.y = 30, 28
    bars.width, bars.height = width - 45, height - 55
    bars.data = [list(chart.values) or [0]]
    bars.categoryAxis.categoryNames = list(chart.labels) or [""]
    bars.categoryAxis.labels.fontName = font
    bars.categoryAxis.labels.fontSize = 7.5 if len(chart.labels) > 8 else 8.5
    bars.categoryAxis.labels.boxAnchor = "n"
    bars.valueAxis.labels.fontName = font
    bars.valueAxis.labels.fontSize = 8
    bars.valueAxis.valueMin = 0
    top = max(chart.values, default=0)
    bars.valueAxis.valueMax = max(4, int(top * 1.2) + 1)
    bars.valueAxis.valueStep = max(1, bars.valueAxis.valueMax // 4)
    bars.bars[0].fillColor = BAR_FILL
    bars.bars[0].strokeColor = None
    bars.barLabelFormat = "%d"
    bars.barLabels.fontName = font
    bars.barLabels.fontSize = 8
    bars.barLabels.nudge = 7
    drawing.add(bars)
    return drawing


def _footer(font: str, title: str) -> Callable[[Any, Any], None]:
    def draw(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(font, 8)
        canvas.setFillColor(colors.grey)
        canvas.drawCentredString(A4[0] / 2, 10 * mm, f"{title}　第 {doc.page} 页")
        canvas.restoreState()

    return draw


def render_pdf(document: ReportDocument, progress: Progress | None = None) -> bytes:
    font = register_fonts()  # the printouts' font, registered once per process
    styles = _styles(font)
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=f"{document.title} {document.subtitle}",
        author="前台 Desk",
        initialFontName=font,  # else each page starts in Helvetica, a font not embedded
    )
    width = A4[0] - 2 * MARGIN
    story: list[Any] = [
        Paragraph(escape(document.title), styles["title"]),
        Paragraph(escape(document.subtitle), styles["subtitle"]),
        Spacer(1, 6 * mm),
    ]
    total = len(document.sections)
    for index, section in enumerate(document.sections, start=1):
        head: list[Any] = [Paragraph(escape(section.heading), styles["heading"])]
        head.extend(Paragraph(escape(text), styles["body"]) for text in section.paragraphs)
        head.append(Spacer(1, 3 * mm))
        charts = [[_chart(chart, font, width), Spacer(1, 3 * mm)] for chart in section.charts]
        if charts:  # the heading never ends a page alone: it goes with the first chart
            charts[0] = [*head, *charts[0]]
        else:
            story.extend(head)  # the heading's keepWithNext holds it to the first table
        story.extend(KeepTogether(block) for block in charts)
        for table in section.tables:
            story.extend(_table(table, styles, width))
        if progress is not None:
            progress(index, total + 1)
    foot: list[Any] = []
    if document.signatures:
        line = "　　　　".join(f"{name}：＿＿＿＿＿＿" for name in document.signatures)
        foot.extend([Spacer(1, 10 * mm), Paragraph(escape(line), styles["caption"])])
    if document.seal:
        right = ParagraphStyle("seal", parent=styles["body"], firstLineIndent=0, alignment=TA_RIGHT)
        foot.extend(
            [
                Spacer(1, 8 * mm),
                Paragraph(escape(T_SEAL.format(seal=document.seal)), right),
                Paragraph(escape(T_DATE_LINE), right),
            ]
        )
    if foot:
        story.append(KeepTogether(foot))
    try:
        doc.build(
            story, onFirstPage=_footer(font, document.title), onLaterPages=_footer(font, document.title)
        )
    except Exception as exc:  # a Chinese message naming the report, the detail to the log
        raise render_error(exc, document.title, document.subtitle) from exc
    if progress is not None:
        progress(total + 1, total + 1)
    return buffer.getvalue()
