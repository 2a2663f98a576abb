"""Roster files as centres keep them, written for the import tests (issue 13)."""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Sequence
from datetime import date
from pathlib import Path

HEADER = [
    "楼栋",
    "单元",
    "房号",
    "业主姓名",
    "联系电话",
    "入住日期",
    "建筑面积",
    "籍贯",
    "工作单位",
    "职业",
    "备注",
]


def write_csv(path: Path, rows: Sequence[Sequence[object]], encoding: str = "gbk") -> Path:
    text = io.StringIO()
    csv.writer(text, lineterminator="\r\n").writerows(rows)
    data = text.getvalue().encode(encoding.replace("-bom", ""))
    if encoding.endswith("-bom"):
        data = codecs.BOM_UTF8 + data
    path.write_bytes(data)
    return path


def write_xlsx(path: Path, rows: Sequence[Sequence[object]], sheet: str = "业主信息") -> Path:
    from openpyxl import Workbook

    workbook = Workbook()
    worksheet = workbook.active
    assert worksheet is not None
    worksheet.title = sheet
    for number, row in enumerate(rows, start=1):
        for column, value in enumerate(row, start=1):
            if value is not None and value != "":
                worksheet.cell(row=number, column=column, value=value)
    workbook.save(path)
    return path


def title_xlsx(path: Path) -> Path:
    return write_xlsx(
        path,
        [
            ["阳光花园业主信息表"],
            [],
            ["制表日期：2024年3月"],
            HEADER,
            [3, 2, 1201, "张三", 13800138000, date(2019, 5, 1), 89.5, "浙江杭州", "市一医院", "医生", ""],
            [3, 2, 1201, "李梅", "13900139000", date(2019, 5, 1), 89.5, None, None, None, "张三之妻"],
            [3, 2, 1202, None, None, None, 120, None, None, None, None],
            [],
            [
                "3栋",
                "2单元",
                "1301室",
                "王五",
                "0571-88881234",
                "2020年1月2日",
                "95.5㎡",
                None,
                None,
                None,
                None,
            ],
            [],
            ["合计", None, None, "3户", None, None, 395, None, None, None, None],
            [],
        ],
    )


QUIRKS = [
    ["幸福小区业主名册", "", "", ""],
    ["房屋编号", "业主", "联系方式", "交房日期"],
    ["3-2-1201", "张三", "13800138000/13900139000", "2019/5/1"],
    ["3栋2单元1202室", "李四", "138 0013 8001，0571-8888 1234", "2019-05-01"],
    ["3幢2单元1203", "王五", "13800138002, 13800138003;13800138004", "2019.5.1"],
    ["３－２－１２０４", "赵六", "13800138005、(0571)88881235", "2019年5月1日"],
    ["3号楼2单元1205", "孙七", "13800138006 13800138007", "43586"],
    ["S1-101", "钱八", "", ""],
    ["3-2-1201", "周九", "13600136000", "2019/5/1"],  # co-owner of 1201
    ["3-2-1206", "", "", ""],  # vacant
    ["3-2-1201", "张三", "13800138000/13900139000", "2019/5/1"],  # repeated row
    ["", "", "", ""],
    ["合计", "", "", ""],
]
