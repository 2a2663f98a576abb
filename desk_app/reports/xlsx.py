"""A ``ReportDocument`` as an Excel workbook (openpyxl): a 概要 sheet with the title
and the paragraphs, one sheet per section with its tables, and each chart as a native
Excel bar chart next to its data."""

from __future__ import annotations

import io
import re
from collections.abc import Callable

from openpyxl import Workbook
from openpyxl.chart import BarChart as XlBarChart
from openpyxl.chart import Reference
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from desk_app.reports.document import ReportDocument, Section

FONT = "Microsoft YaHei"
HEADER_FILL = PatternFill("solid", fgColor="E4EBF3")
THIN = Side(style="thin", color="9AA5B1")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)

Progress = Callable[[int, int], None]


def _sheet_name(heading: str, used: set[str]) -> str:
    # Excel: at most 31 characters, none of []:*?/\ .
    name = re.sub(r"[\[\]:*?/\\]", "", re.sub(r"^[一二三四五六七八九十]+、", "", heading))[:28] or "Sheet"
    candidate, number = name, 2
    while candidate in used:
        candidate, number = f"{name[:26]}{number}", number + 1
    used.add(candidate)
    return candidate


def _write_section(sheet: Worksheet, section: Section) -> None:
    sheet.append([section.heading])
    sheet.cell(row=sheet.max_row, column=1).font = Font(name=FONT, bold=True, size=13)
    for paragraph in section.paragraphs:
        sheet.append([paragraph])
    widths: dict[int, int] = {}
    for table in section.tables:
        sheet.append([])
        sheet.append([table.title])
        sheet.cell(row=sheet.max_row, column=1).font = Font(name=FONT, bold=True)
        sheet.append(list(table.header))
        header_row = sheet.max_row
        for column in range(1, len(table.header) + 1):
            cell = sheet.cell(row=header_row, column=column)
            cell.fill = HEADER_FILL
            cell.border = BORDER
            cell.font = Font(name=FONT, bold=True)
        for row in table.rows:
            sheet.append(list(row))
            for column in range(1, len(row) + 1):
                cell = sheet.cell(row=sheet.max_row, column=column)
                cell.border = BORDER
                cell.alignment = Alignment(wrap_text=True, vertical="top")
        for column, text in enumerate(table.header, start=1):
            longest = max([len(str(text)), *(len(str(row[column - 1] or "")) for row in table.rows)])
            widths[column] = max(widths.get(column, 8), min(50, longest * 2 + 2))
    for column, width in widths.items():
        sheet.column_dimensions[get_column_letter(column)].width = width
    chart_column = max(widths, default=1) + 2
    for chart in section.charts:
        # The chart's data goes to the right of the tables, the chart below it.
        start = 1
        sheet.cell(row=start, column=chart_column, value=chart.title)
        for offset, (label, value) in enumerate(zip(chart.labels, chart.values, strict=True), start=1):
            sheet.cell(row=start + offset, column=chart_column, value=label)
            sheet.cell(row=start + offset, column=chart_column + 1, value=value)
        excel_chart = XlBarChart()
        excel_chart.title = chart.title
        excel_chart.legend = None
        data = Reference(
            sheet, min_col=chart_column + 1, min_row=start + 1, max_row=start + len(chart.values)
        )
        labels = Reference(sheet, min_col=chart_column, min_row=start + 1, max_row=start + len(chart.labels))
        excel_chart.add_data(data, titles_from_data=False)
        excel_chart.set_categories(labels)
        excel_chart.width, excel_chart.height = 16, 8
        sheet.add_chart(excel_chart, f"{get_column_letter(chart_column + 3)}{start}")
        chart_column += 12


def render_xlsx(document: ReportDocument, progress: Progress | None = None) -> bytes:
    book = Workbook()
    summary = book.active
    assert summary is not None
    summary.title = "概要"
    summary.append([document.title])
    summary["A1"].font = Font(name=FONT, bold=True, size=16)
    summary.append([document.subtitle])
    summary.append([])
    summary.column_dimensions["A"].width = 100
    for section in document.sections:
        summary.append([section.heading])
        summary.cell(row=summary.max_row, column=1).font = Font(name=FONT, bold=True)
        for paragraph in section.paragraphs:
            summary.append([paragraph])
            summary.cell(row=summary.max_row, column=1).alignment = Alignment(wrap_text=True)
    used = {"概要"}
    total = len(document.sections)
    for index, section in enumerate(document.sections, start=1):
        if section.tables or section.charts:
            _write_section(book.create_sheet(_sheet_name(section.heading, used)), section)
        if progress is not None:
            progress(index, total)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
