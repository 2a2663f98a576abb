"""Reading a table a centre keeps in Excel (.xlsx) or as CSV (issue 13: the owner list
业主信息表, the staff list), whatever the file looks like: a title row or blank rows above
the header, headers under their usual Chinese names, full-width digits, CSV saved by a
Chinese Excel in GBK.

- ``.xlsx`` is read with openpyxl (read-only, values only: an Excel date cell arrives as
  a ``datetime``); openpyxl is imported when a file is read, never to start a command.
- CSV is decoded as UTF-8 (with or without the BOM Excel writes), UTF-16 (Excel's
  "Unicode text"), else GB18030, the superset of GBK that Excel in China writes; the
  delimiter (comma, tab, semicolon) is the one that splits the first rows most evenly.
- The header is the row among the first ``HEADER_SEARCH_ROWS`` that names the most of
  the caller's fields (each field has its synonyms); every row below it is returned
  with its row number as the spreadsheet shows it (1-based, title rows included).
- Text cells are NFKC-normalised (full-width digits and letters → half-width) and
  trimmed.

Nothing here knows what a roster is; ``roster`` and ``staff_import`` say which fields
they want. An unreadable file raises ``SpreadsheetError`` with the reason.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from desk_app.messages import msg
from desk_app.services.errors import DomainError

#: The header must be within this many rows of the top (titles and notes above it).
HEADER_SEARCH_ROWS = 20
#: A file larger than this is not a roster (and would not fit a counter PC's memory).
MAX_FILE_BYTES = 200 * 1024 * 1024

XLSX_SUFFIXES = frozenset({".xlsx", ".xlsm"})
_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Excel 97–2003 .xls
_DELIMITERS = (",", "\t", ";")
#: Brackets in a header hold a unit or a hint (建筑面积(㎡), 联系电话（手机）): ignored.
_BRACKETS = re.compile(r"[(（\[【].*?[)）\]】]")
_HEADER_NOISE = re.compile(r"[\s*:：]+")

Cell = str | int | float | date | datetime | None


class SpreadsheetError(DomainError):
    """The file cannot be read as a table (unreadable, empty, no recognisable header,
    no such sheet); nothing was stored."""


def clean_text(value: str) -> str:
    """Full-width → half-width (NFKC), non-breaking and ideographic spaces → spaces,
    trimmed."""
    return unicodedata.normalize("NFKC", value).strip()


def normalise_cell(value: object) -> Cell:
    """A cell as the readers hand it on: text cleaned (empty text → None), whole floats
    as ints (Excel stores 1201 as 1201.0), dates and numbers as they are."""
    if value is None:
        return None
    if isinstance(value, str):
        text = clean_text(value)
        return text or None
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float):
        return int(value) if value.is_integer() and abs(value) < 1e15 else value
    if isinstance(value, int | date | datetime):
        return value
    return clean_text(str(value)) or None


def cell_text(value: Cell) -> str:
    """A cell as text: numbers without a trailing ``.0``, dates as ``2019-05-01``."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat(" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float):
        return format(value, "g") if abs(value) < 1e15 else str(value)
    return str(value)


def header_key(value: Cell) -> str:
    """A header cell reduced for matching: text without spaces, asterisks, colons or
    anything in brackets (``联系电话（手机）*`` → ``联系电话``)."""
    text = cell_text(value)
    return _HEADER_NOISE.sub("", _BRACKETS.sub("", text)).lower()


@dataclass(frozen=True)
class Row:
    """One row under the header: its number as the spreadsheet shows it and its cells."""

    number: int
    cells: tuple[Cell, ...]

    def get(self, column: int) -> Cell:
        return self.cells[column] if column < len(self.cells) else None

    @property
    def is_blank(self) -> bool:
        return all(cell is None for cell in self.cells)


@dataclass(frozen=True)
class Table:
    """A read table: where its header is, which columns hold which field, the rows."""

    header_row: int
    #: field → the columns (0-based) holding it, left to right (a roster may have both
    #: 手机 and 电话 columns).
    columns: Mapping[str, tuple[int, ...]]
    #: column (0-based) → the header as the file writes it.
    titles: Mapping[int, str]
    rows: Sequence[Row]
    sheet: str | None = None
    sheets: tuple[str, ...] = field(default=())

    def title(self, column: int) -> str:
        return self.titles.get(column, "")


# -- the readers --------------------------------------------------------------------------


def _check_file(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise SpreadsheetError(msg("文件过大（{size} MB），不是一份名册", size=size // (1024 * 1024)))
        with path.open("rb") as handle:
            head = handle.read(8)
    except FileNotFoundError:
        raise SpreadsheetError(msg("找不到文件 {path}", path=path)) from None
    except IsADirectoryError:
        raise SpreadsheetError(msg("{path} 是一个文件夹，不是文件", path=path)) from None
    except OSError as error:
        raise SpreadsheetError(msg("无法打开文件 {path}：{error}", path=path, error=error.strerror)) from None
    if size == 0:
        raise SpreadsheetError(msg("文件 {name} 是空的", name=path.name))
    return head


def _is_xlsx(path: Path, head: bytes) -> bool:
    if head.startswith(_OLE_MAGIC):
        raise SpreadsheetError(
            msg("{name} 是旧版 Excel 文件（.xls），请在 Excel 中另存为 .xlsx 或 CSV 后再导入", name=path.name)
        )
    if path.suffix.lower() in XLSX_SUFFIXES:
        if not head.startswith(_ZIP_MAGIC):
            raise SpreadsheetError(msg("{name} 不是有效的 Excel（.xlsx）文件", name=path.name))
        return True
    return head.startswith(_ZIP_MAGIC)


def sheet_names(path: Path) -> list[str]:
    """The workbook's sheets in order; [] for a CSV file."""
    path = Path(path)
    if not _is_xlsx(path, _check_file(path)):
        return []
    workbook = _open_workbook(path)
    try:
        return list(workbook.sheetnames)
    finally:
        workbook.close()


def _open_workbook(path: Path) -> Any:
    import zipfile

    from openpyxl import load_workbook

    try:
        return load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, TypeError, OSError) as error:
        raise SpreadsheetError(
            msg("无法读取 Excel 文件 {name}（{error}）", name=path.name, error=type(error).__name__)
        ) from None
    except Exception as error:  # openpyxl raises its own InvalidFileException and others
        raise SpreadsheetError(
            msg("无法读取 Excel 文件 {name}（{error}）", name=path.name, error=type(error).__name__)
        ) from None


def _xlsx_rows(path: Path, sheet: str | None) -> tuple[Iterator[tuple[object, ...]], str, tuple[str, ...]]:
    workbook = _open_workbook(path)
    names = tuple(workbook.sheetnames)
    if sheet is None:
        if not names:
            raise SpreadsheetError(msg("Excel 文件 {name} 里没有工作表", name=path.name))
        sheet = names[0]
    elif sheet not in names:
        workbook.close()
        raise SpreadsheetError(
            msg("Excel 文件里没有名为“{sheet}”的工作表（有：{names}）", sheet=sheet, names="、".join(names))
        )
    worksheet = workbook[sheet]

    def rows() -> Iterator[tuple[object, ...]]:
        try:
            yield from worksheet.iter_rows(values_only=True)
        except Exception as error:
            raise SpreadsheetError(
                msg("Excel 文件 {name} 的内容无法读取（{error}）", name=path.name, error=type(error).__name__)
            ) from None
        finally:
            workbook.close()

    return rows(), sheet, names


def decode_text(data: bytes, name: str = "") -> str:
    """A CSV file's bytes as text: UTF-8 (BOM or not), UTF-16 with a BOM, else GB18030
    (the superset of GBK and GB2312 Excel in China writes)."""
    if data.startswith(codecs.BOM_UTF8):
        candidates = ["utf-8-sig"]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        candidates = ["utf-16"]
    else:
        candidates = ["utf-8", "gb18030"]
    for encoding in candidates:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if "\x00" in text:
            break  # a binary file decodes as something, but never without NUL bytes
        return text
    raise SpreadsheetError(msg("文件 {name} 不是文本表格（CSV）也不是 Excel 文件，无法读取", name=name))


def _delimiter(lines: list[str]) -> str:
    """The delimiter that gives the most rows of one same width above one column."""
    best, best_score = ",", -1
    for delimiter in _DELIMITERS:
        widths: dict[int, int] = {}
        for record in csv.reader(lines, delimiter=delimiter):
            if len(record) > 1:
                widths[len(record)] = widths.get(len(record), 0) + 1
        score = max(widths.values(), default=0)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _csv_rows(path: Path) -> Iterator[tuple[object, ...]]:
    try:
        data = path.read_bytes()
    except OSError as error:
        raise SpreadsheetError(msg("无法打开文件 {path}：{error}", path=path, error=error.strerror)) from None
    text = decode_text(data, path.name)
    lines = text.splitlines()[: HEADER_SEARCH_ROWS * 3]
    delimiter = _delimiter(lines)
    try:
        records = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as error:
        raise SpreadsheetError(
            msg("CSV 文件 {name} 格式有误（{error}）", name=path.name, error=error)
        ) from None
    return iter(tuple(record) for record in records)


# -- the header -----------------------------------------------------------------------


def _match_header(
    cells: Sequence[Cell], synonyms: Mapping[str, Iterable[str]]
) -> tuple[dict[str, list[int]], dict[int, str]]:
    lookup: dict[str, str] = {}
    for name, words in synonyms.items():
        for word in words:
            lookup.setdefault(header_key(word), name)
    columns: dict[str, list[int]] = {}
    titles: dict[int, str] = {}
    for index, cell in enumerate(cells):
        key = header_key(cell)
        if key and key in lookup:
            columns.setdefault(lookup[key], []).append(index)
            titles[index] = cell_text(cell)
    return columns, titles


def read_table(
    path: Path | str,
    synonyms: Mapping[str, Iterable[str]],
    *,
    sheet: str | None = None,
    minimum_fields: int = 2,
    required: Iterable[Iterable[str]] = (),
) -> Table:
    """The table in ``path`` (``sheet`` of a workbook; the first by default) whose
    header names at least ``minimum_fields`` of ``synonyms``' fields and, for each set
    in ``required``, one of its fields. Raises ``SpreadsheetError`` saying why not."""
    path = Path(path)
    head = _check_file(path)
    names: tuple[str, ...] = ()
    chosen: str | None = None
    if _is_xlsx(path, head):
        raw, chosen, names = _xlsx_rows(path, sheet)
    else:
        if sheet:
            raise SpreadsheetError(msg("CSV 文件没有工作表，不能选择“{sheet}”", sheet=sheet))
        raw = _csv_rows(path)
    needed = [set(group) for group in required]
    header: tuple[int, dict[str, list[int]], dict[int, str]] | None = None
    best = 0
    above: list[tuple[Cell, ...]] = []
    number = 0
    for number, values in enumerate(raw, start=1):
        cells = tuple(normalise_cell(value) for value in values)
        columns, titles = _match_header(cells, synonyms)
        if len(columns) >= minimum_fields and len(columns) > best and all(g & columns.keys() for g in needed):
            header, best = (number, columns, titles), len(columns)
        above.append(cells)
        if number >= HEADER_SEARCH_ROWS or (header is not None and len(columns) < best):
            break
    if header is None:
        if number == 0 or all(all(cell is None for cell in cells) for cells in above):
            raise SpreadsheetError(msg("文件 {name} 里没有数据", name=path.name))
        raise SpreadsheetError(
            msg(
                "在文件 {name} 的前 {rows} 行里找不到表头（应有“{example}”等列名）",
                name=path.name,
                rows=HEADER_SEARCH_ROWS,
                example="、".join(_first_words(synonyms)),
            )
        )
    header_row, columns, titles = header
    rows = [Row(index, cells) for index, cells in enumerate(above[header_row:], start=header_row + 1)]
    next_number = header_row + len(rows) + 1
    for index, values in enumerate(raw, start=next_number):
        rows.append(Row(index, tuple(normalise_cell(value) for value in values)))
    return Table(
        header_row=header_row,
        columns={name: tuple(indexes) for name, indexes in columns.items()},
        titles=titles,
        rows=rows,
        sheet=chosen,
        sheets=names,
    )


def _first_words(synonyms: Mapping[str, Iterable[str]]) -> list[str]:
    return [next(iter(words)) for words in list(synonyms.values())[:4] if words]
