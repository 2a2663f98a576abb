"""The owner list 业主信息表 (issue 13): importing a centre's roster from Excel or CSV,
and exporting it back in the same columns.

Reading is pure (``read_roster`` → ``RosterPlan``: the rows as they will be stored,
the rejected rows and the warnings, each with its row number as the spreadsheet shows
it); storing is ``import_roster`` on a session, or ``import_roster_file`` for a whole
unit of work (``dry_run`` rolls it back). The rules:

- a row with neither a room nor a name is skipped; a total row (合计) too;
- a row whose room cannot be read is rejected with the reason, and nothing of it is
  stored; so is a row whose room was voided;
- an unreadable optional value (a phone with letters, a date like 2021-13-45) is left
  out with a warning naming the row and the column; the rest of the row is imported;
- rooms are made as needed (``community.ensure_room``); a row with a room and no name
  (a vacant room) makes the room only;
- clients are matched by name + room: a re-import of the same file changes nothing;
  a changed non-empty value replaces the stored one, an empty cell leaves it alone;
  phones are added, never removed; no client is ever deleted. Every change is audited
  by the session's flush hooks like any other save.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from desk_app.messages import msg
from desk_app.models import Building, Client, ClientPhone, ClientRoom, Room
from desk_app.models.database import Database
from desk_app.models.enums import RoomKind, RoomRelation, StaffRole
from desk_app.models.numbering import format_number, period_of, reserve_block
from desk_app.services import context
from desk_app.services.clients import MAX_PHONES, client_name, move_in_date, name_initials, phone_digits
from desk_app.services.community import (
    BUILDING_CODE_LIMIT,
    ROOM_NUMBER_LIMIT,
    UNIT_LIMIT,
    _part,
    ensure_building,
    ensure_room,
    floor_of,
)
from desk_app.services.errors import FieldError
from desk_app.services.permissions import checked
from desk_app.services.spreadsheet import Cell, Row, Table, cell_text, clean_text, read_table
from desk_app.services.text import optional_text

#: Who may import or export the roster: the whole client archive changes or leaves.
ROSTER_ROLES = frozenset({StaffRole.SUPERVISOR, StaffRole.DEPARTMENT_HEAD, StaffRole.ADMINISTRATOR})

#: The roster's fields and the headers they go by in real files (first: the export's).
ROSTER_COLUMNS: dict[str, tuple[str, ...]] = {
    "building": ("楼栋", "栋", "幢", "楼号", "栋号", "楼栋号", "幢号", "楼宇"),
    "unit": ("单元", "单元号"),
    "room": (
        "房号",
        "房间号",
        "室",
        "室号",
        "房屋编号",
        "房间编号",
        "门牌号",
        "房间",
        "房屋",
        "户号",
        "房产",
    ),
    "name": ("业主姓名", "姓名", "业主", "客户姓名", "业主名称", "户主", "户主姓名", "业主名"),
    "phone": ("联系电话", "电话", "手机", "联系方式", "手机号", "手机号码", "电话号码", "固定电话", "座机"),
    "move_in": ("入住日期", "交房日期", "收楼日期", "入住时间", "交房时间", "收楼时间"),
    "area": ("建筑面积", "面积"),
    "hometown": ("籍贯",),
    "employer": ("工作单位",),
    "occupation": ("职业",),
    "notes": ("备注",),
}
#: The export's columns, in order (an export imports back unchanged).
EXPORT_FIELDS = tuple(ROSTER_COLUMNS)
EXPORT_HEADERS = tuple(words[0] for words in ROSTER_COLUMNS.values())

#: Text fields of the card and their column widths (None: no limit).
_TEXT_FIELDS: dict[str, int | None] = {"hometown": 64, "employer": 128, "occupation": 128, "notes": None}
#: A name cell saying the room has no owner (yet).
VACANT_MARKERS = frozenset({"空置", "空房", "空", "未售", "未入住", "无", "-", "/", "—", "--"})
#: A row starting with one of these is a total or a footer, not a household.
_FOOTER_STARTS = ("合计", "总计", "小计", "共计", "制表", "填表", "审核", "说明", "注:")
#: The width of ``room.code`` (PostgreSQL refuses a longer one).
ROOM_CODE_LIMIT = 32
#: Rooms and clients are written in batches of this many (flushes, number blocks).
BATCH = 2000
#: Up to this many new rooms are made one by one with ``community.ensure_room``; more
#: (a whole community's roster) with ``_new_rooms``, the same rooms in batches: one
#: flush per room costs ~0.7 ms, 35 s of a 50 000-room import.
BULK_ROOMS = 1000

_ALNUM = r"[0-9A-Za-z]+"
_ROOM_WORDS = re.compile(
    rf"^(?P<b>{_ALNUM})(?:号楼|栋|幢|座|#)-?(?:(?P<u>{_ALNUM})单元-?)?(?P<n>{_ALNUM})(?:室|号|房)?$"
)
_DASHES = re.compile(r"[-—–_－~]")
_BUILDING_SUFFIX = re.compile(r"(?:号楼|栋|幢|座|#|楼)$")
_UNIT_SUFFIX = re.compile(r"单元$")
_NUMBER_SUFFIX = re.compile(r"(?:室|号|房)$")
_DATE = re.compile(
    r"^(?P<y>\d{4})\s*[-/.年]\s*(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})\s*日?"
    r"(?:\s*T?\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$"
)
_COMPACT_DATE = re.compile(r"^(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})$")
_AREA = re.compile(r"^(?P<value>\d+(?:\.\d+)?)\s*(?:m2|平方米|平米|平方|㎡)?$")
_PHONE_SEPARATORS = re.compile(r"[/,，;；、|\n\r]+")
_PHONE_LABEL = re.compile(r"^(?:手机|电话|座机|固话|宅电|办公|家|tel|mobile)[:：]?", re.IGNORECASE)
#: Excel's day numbers of 1950-01-01 and 2100-01-01 (a date cell read as a number).
_SERIAL_RANGE = (18264, 73051)
_EXCEL_EPOCH = date(1899, 12, 30)


# -- reading one value ----------------------------------------------------------------


def parse_room(text: str) -> tuple[str, str, str] | None:
    """A room written in one cell, as (building, unit, number): ``3-2-1201``,
    ``3栋2单元1201室``, ``3幢2单元1201``, ``3号楼2单元1201``, ``S1-101`` (no unit);
    full-width digits are folded. None when the text is not a room."""
    compact = "".join(clean_text(text).split())
    if not compact:
        return None
    found = _ROOM_WORDS.match(compact)
    if found is not None:
        return found["b"], found["u"] or "", found["n"]
    parts = _DASHES.split(_NUMBER_SUFFIX.sub("", compact))  # 3-2-1201室
    if not all(re.fullmatch(_ALNUM, part) for part in parts):
        return None
    if len(parts) == 3:
        return parts[0], parts[1], parts[2]
    if len(parts) == 2:
        return parts[0], "", parts[1]
    return None


def _digits(text: str) -> str:
    return "".join(char for char in text if char.isdigit())


def _complete_phone(digits: str) -> bool:
    """A whole phone number: a mobile (11 digits from 1), a landline with its area code
    (10–12 digits from 0), or a local landline (7–8 digits)."""
    if digits.startswith("1"):
        return len(digits) == 11
    if digits.startswith("0"):
        return 10 <= len(digits) <= 12
    return len(digits) in (7, 8)


def split_phones(text: str) -> list[str]:
    """The phones written in one cell, as written: separated by ``/ , ， ; 、`` or
    spaces, with spaces or dashes inside a number (``138 0013 8000``, ``0571-8888 1234``)
    and landlines with an area code (``(0571)88881234``)."""
    pieces: list[str] = []
    for chunk in _PHONE_SEPARATORS.split(clean_text(text)):
        chunk = _PHONE_LABEL.sub("", chunk.strip()).replace("(", "").replace(")", "")
        tokens = chunk.split()
        held: list[str] = []
        for token in tokens:
            if held and _complete_phone(_digits("".join(held))):
                pieces.append(" ".join(held))
                held = []
            held.append(token)
            digits = _digits("".join(held))
            if len(digits) > 12 and len(held) > 1:
                # The last token does not belong to the number before it.
                pieces.append(" ".join(held[:-1]))
                held = [token]
        if held:
            pieces.append(" ".join(held))
    return [piece for piece in pieces if piece]


def parse_date(value: Cell) -> date | None:
    """A date as Excel cells and people write it: a date cell, ``2019/5/1``,
    ``2019-05-01``, ``2019.5.1``, ``2019年5月1日``, ``20190501``, or Excel's day number;
    None when it is not a real date."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int) and _SERIAL_RANGE[0] <= value <= _SERIAL_RANGE[1]:
        return _EXCEL_EPOCH + timedelta(days=value)
    text = "".join(cell_text(value).split()) if not isinstance(value, str) else clean_text(value)
    found = _DATE.match(text) or _COMPACT_DATE.match(text)
    if found is None:
        if text.isdigit() and _SERIAL_RANGE[0] <= int(text) <= _SERIAL_RANGE[1]:
            return _EXCEL_EPOCH + timedelta(days=int(text))
        return None
    try:
        return date(int(found["y"]), int(found["m"]), int(found["d"]))
    except ValueError:
        return None


def parse_area(value: Cell) -> float | None:
    """A floor area in m² (``89.5``, ``89.5㎡``, ``89.5平方米``); None when unreadable."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        number = float(value)
    else:
        found = _AREA.match("".join(cell_text(value).split()).lower())
        if found is None:
            return None
        number = float(found["value"])
    return number if 0 < number < 100_000 else None


def _strip(pattern: re.Pattern[str], text: str) -> str:
    stripped = pattern.sub("", text)
    return stripped or text


# -- the plan ---------------------------------------------------------------------------


@dataclass(frozen=True)
class RosterRow:
    """One household row as it will be stored. ``name`` None: a vacant room."""

    row: int
    building: str
    unit: str
    number: str
    name: str | None
    phones: tuple[str, ...] = ()
    move_in: date | None = None
    area_m2: float | None = None
    hometown: str | None = None
    employer: str | None = None
    occupation: str | None = None
    notes: str | None = None

    @property
    def room_code(self) -> str:
        return Room.make_code(self.building, self.unit, self.number)


@dataclass(frozen=True)
class Rejection:
    """A row not imported at all: its spreadsheet row number and the reason."""

    row: int
    reason: str
    #: The row's cells as text (for the preview).
    cells: tuple[str, ...] = ()

    def as_json(self) -> dict[str, Any]:
        return {"row": self.row, "reason": str(self.reason)}


@dataclass(frozen=True)
class RowWarning:
    """A value left out of an imported row: row number, column header, reason."""

    row: int
    column: str
    reason: str

    def as_json(self) -> dict[str, Any]:
        return {"row": self.row, "column": self.column, "reason": str(self.reason)}


@dataclass
class RosterPlan:
    """What a roster file holds, read and checked, before anything is stored."""

    rows: list[RosterRow] = field(default_factory=list)
    rejected: list[Rejection] = field(default_factory=list)
    warnings: list[RowWarning] = field(default_factory=list)
    #: Blank rows, total rows and footers passed over.
    skipped: int = 0
    header_row: int = 0
    #: field → the header it was read from.
    columns: dict[str, str] = field(default_factory=dict)
    sheet: str | None = None
    sheets: tuple[str, ...] = ()


@dataclass
class RosterImportResult:
    """What an import did (the command's ``--json`` keys), and each row's outcome."""

    rooms_created: int = 0
    clients_created: int = 0
    clients_updated: int = 0
    clients_unchanged: int = 0
    rejected: list[Rejection] = field(default_factory=list)
    warnings: list[RowWarning] = field(default_factory=list)
    #: row number → "created", "updated", "unchanged", "vacant" or "rejected".
    outcomes: dict[int, str] = field(default_factory=dict)
    #: field → the file's header (for the warnings found while storing).
    titles: dict[str, str] = field(default_factory=dict)

    def as_json(self) -> dict[str, Any]:
        return {
            "rooms_created": self.rooms_created,
            "clients_created": self.clients_created,
            "clients_updated": self.clients_updated,
            "clients_unchanged": self.clients_unchanged,
            "rejected": [item.as_json() for item in self.rejected],
            "warnings": [item.as_json() for item in self.warnings],
        }


def read_roster(path: Path | str, sheet: str | None = None) -> RosterPlan:
    """The roster in ``path`` read into a plan (nothing stored). Raises
    ``SpreadsheetError`` for an unreadable file or one without a recognisable header."""
    table = read_table(path, ROSTER_COLUMNS, sheet=sheet, required=[("room", "building"), ("name", "room")])
    return plan_roster(table)


def _is_footer(row: Row) -> bool:
    first = next((cell for cell in row.cells if cell is not None), None)
    return first is not None and "".join(cell_text(first).split()).startswith(_FOOTER_STARTS)


class _RowReader:
    """Reads one spreadsheet row of a table into a RosterRow, collecting warnings."""

    def __init__(self, table: Table) -> None:
        self.table = table
        self.columns = table.columns

    def first(self, row: Row, name: str) -> tuple[Cell, str]:
        for column in self.columns.get(name, ()):
            value = row.get(column)
            if value is not None:
                return value, self.table.title(column)
        columns = self.columns.get(name, ())
        return None, self.table.title(columns[0]) if columns else ""

    def room(self, row: Row) -> tuple[str, str, str] | str | None:
        """(building, unit, number); None: no room at all; a str: why it is unreadable."""
        building_cell, _ = self.first(row, "building")
        unit_cell, _ = self.first(row, "unit")
        room_cell, _ = self.first(row, "room")
        building = "".join(cell_text(building_cell).split())
        unit = "".join(cell_text(unit_cell).split())
        number = "".join(cell_text(room_cell).split())
        if not (building or unit or number):
            return None
        building = _strip(_BUILDING_SUFFIX, building) if building else ""
        unit = _strip(_UNIT_SUFFIX, unit) if unit else ""
        whole = parse_room(number) if number else None
        if whole is not None:
            if not building:
                return _checked_room(*whole, shown=number)
            if whole[0] == building and (not unit or not whole[1] or whole[1] == unit):
                return _checked_room(building, whole[1] or unit, whole[2], shown=number)
            if not whole[1] and not unit:  # 楼栋 3, 房号 2-1201
                return _checked_room(building, whole[0], whole[2], shown=f"{building}-{number}")
        if not building and "building" not in self.columns:
            return msg("房号“{text}”无法识别（应写成 3-2-1201、3栋2单元1201室 这样的格式）", text=number)
        if not building:
            return msg("缺少楼栋（房号 {text}）", text=number or unit)
        if not number:
            return msg("缺少房号（楼栋 {building}）", building=building)
        shown = "-".join(part for part in (building, unit, number) if part)
        return _checked_room(building, unit, _strip(_NUMBER_SUFFIX, number), shown=shown)


def _checked_room(building: str, unit: str, number: str, *, shown: str) -> tuple[str, str, str] | str:
    for part, limit in ((building, BUILDING_CODE_LIMIT), (unit, UNIT_LIMIT), (number, ROOM_NUMBER_LIMIT)):
        if part and (not part.isalnum() or len(part) > limit):
            return msg("房号“{text}”无法识别（应写成 3-2-1201、3栋2单元1201室 这样的格式）", text=shown)
    if not any(char.isdigit() for char in number):
        return msg("房号“{text}”无法识别（应写成 3-2-1201、3栋2单元1201室 这样的格式）", text=shown)
    if len(Room.make_code(building, unit, number)) > ROOM_CODE_LIMIT:
        return msg("房号“{text}”过长（最多 {limit} 个字符）", text=shown, limit=ROOM_CODE_LIMIT)
    return building, unit, number


def plan_roster(table: Table) -> RosterPlan:
    """The plan of a read table (pure: no database)."""
    plan = RosterPlan(
        header_row=table.header_row,
        columns={name: table.title(columns[0]) for name, columns in table.columns.items()},
        sheet=table.sheet,
        sheets=table.sheets,
    )
    reader = _RowReader(table)
    for row in table.rows:
        if row.is_blank or _is_footer(row):
            plan.skipped += 1
            continue
        cells = tuple(cell_text(cell) for cell in row.cells)
        name_cell, _ = reader.first(row, "name")
        name_text = cell_text(name_cell)
        name: str | None = None
        if name_text and name_text not in VACANT_MARKERS:
            try:
                name = client_name(name_text)
            except FieldError as error:
                plan.rejected.append(Rejection(row.number, error.message, cells))
                continue
        room = reader.room(row)
        if room is None:
            if name is None:
                plan.skipped += 1
                continue
            plan.rejected.append(Rejection(row.number, msg("缺少房号（业主 {name}）", name=name), cells))
            continue
        if isinstance(room, str):
            plan.rejected.append(Rejection(row.number, room, cells))
            continue
        warnings: list[RowWarning] = []
        values: dict[str, Any] = {}
        values["phones"] = _phones(row, table, warnings)
        move_in_cell, move_in_title = reader.first(row, "move_in")
        if move_in_cell is not None:
            values["move_in"] = parse_date(move_in_cell)
            if values["move_in"] is None:
                warnings.append(
                    RowWarning(
                        row.number,
                        move_in_title,
                        msg("日期“{text}”无法识别，未导入", text=cell_text(move_in_cell)),
                    )
                )
        area_cell, area_title = reader.first(row, "area")
        if area_cell is not None:
            values["area_m2"] = parse_area(area_cell)
            if values["area_m2"] is None:
                warnings.append(
                    RowWarning(
                        row.number, area_title, msg("面积“{text}”无法识别，未导入", text=cell_text(area_cell))
                    )
                )
        for key, limit in _TEXT_FIELDS.items():
            cell, title = reader.first(row, key)
            if cell is None:
                continue
            try:
                values[key] = optional_text(cell_text(cell), key, title, limit=limit)
            except FieldError as error:
                warnings.append(RowWarning(row.number, title, msg("{reason}，未导入", reason=error.message)))
        building, unit, number = room
        plan.rows.append(RosterRow(row.number, building, unit, number, name, **values))
        plan.warnings.extend(warnings)
    return plan


def _phones(row: Row, table: Table, warnings: list[RowWarning]) -> tuple[str, ...]:
    phones: list[str] = []
    for column in table.columns.get("phone", ()):
        value = row.get(column)
        if value is None:
            continue
        title = table.title(column)
        for piece in split_phones(cell_text(value)):
            try:
                digits = phone_digits(piece, "phones", msg("号码"))
            except FieldError as error:
                warnings.append(RowWarning(row.number, title, msg("{reason}，未导入", reason=error.message)))
                continue
            if digits not in phones:
                phones.append(digits)
    return tuple(phones)


# -- storing ----------------------------------------------------------------------------


@dataclass
class _Household:
    """The rows of one (name, room) merged: repeated rows count once; a later
    non-empty value wins."""

    name: str | None
    building: str
    unit: str
    number: str
    rows: list[int] = field(default_factory=list)
    phones: list[tuple[str, int]] = field(default_factory=list)
    values: dict[str, Any] = field(default_factory=dict)
    move_in_row: int = 0

    @property
    def code(self) -> str:
        return Room.make_code(self.building, self.unit, self.number)

    def add(self, row: RosterRow) -> None:
        self.rows.append(row.row)
        known = {phone for phone, _ in self.phones}
        self.phones.extend((phone, row.row) for phone in row.phones if phone not in known)
        for key in ("move_in", "area_m2", "hometown", "employer", "occupation", "notes"):
            value = getattr(row, key)
            if value is not None:
                self.values[key] = value
                if key == "move_in":
                    self.move_in_row = row.row


def _households(rows: Iterable[RosterRow]) -> dict[tuple[str | None, str], _Household]:
    found: dict[tuple[str | None, str], _Household] = {}
    for row in rows:
        key = (row.name, row.room_code)
        household = found.get(key)
        if household is None:
            household = found[key] = _Household(row.name, row.building, row.unit, row.number)
        household.add(row)
    return found


def _chunks(items: Sequence[Any], size: int = 500) -> Iterable[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def preview_roster(session: Session, plan: RosterPlan) -> dict[int, str]:
    """What storing each row would do, as far as a read can tell: row number → "new"
    (a new client), "existing" (a client already there: updated or unchanged),
    "vacant" (a room only) or "voided" (the room is voided: the row will be refused)."""
    codes = sorted({row.room_code for row in plan.rows})
    voided: set[str] = set()
    known: set[tuple[str, str]] = set()
    for chunk in _chunks(codes):
        voided.update(
            session.scalars(select(Room.code).where(Room.code.in_(chunk), Room.voided_at.is_not(None)))
        )
        pairs = session.execute(
            select(Client.name, Room.code, Client.voided_at)
            .join(ClientRoom, ClientRoom.client_id == Client.id)
            .join(Room, Room.id == ClientRoom.room_id)
            .where(Room.code.in_(chunk))
        )
        known.update((clean_text(name), code) for name, code, voided_at in pairs if voided_at is None)
    status: dict[int, str] = {}
    for row in plan.rows:
        if row.room_code in voided:
            status[row.row] = "voided"
        elif row.name is None:
            status[row.row] = "vacant"
        else:
            status[row.row] = "existing" if (row.name, row.room_code) in known else "new"
    return status


@checked
def import_roster(
    session: Session,
    plan: RosterPlan | Sequence[RosterRow],
    *,
    progress: Callable[[int, int], None] | None = None,
) -> RosterImportResult:
    """Store the plan's rows in ``session`` (the caller commits). ``progress(done,
    total)`` is called as households are stored. A person doing it must be a supervisor,
    department head or administrator (the whole archive changes); the system may."""
    if context.actor(session) is not None:
        context.require_role(session, set(ROSTER_ROLES), msg("导入业主名册"))
    if not isinstance(plan, RosterPlan):
        plan = RosterPlan(rows=list(plan))
    result = RosterImportResult(
        rejected=list(plan.rejected), warnings=list(plan.warnings), titles=dict(plan.columns)
    )
    for rejection in plan.rejected:
        result.outcomes[rejection.row] = "rejected"
    households = _households(plan.rows)
    total = len(households)
    done = 0

    def step(count: int = 1) -> None:
        nonlocal done
        done += count
        if progress is not None:
            progress(min(done, total), total)

    # The rooms: found (voided ones refuse their rows) or made.
    codes = sorted({household.code for household in households.values()})
    rooms: dict[str, Room] = {}
    for chunk in _chunks(codes):
        rooms.update((room.code, room) for room in session.scalars(select(Room).where(Room.code.in_(chunk))))
    for key, household in list(households.items()):
        room = rooms.get(household.code)
        if room is not None and room.voided_at is not None:
            for number in household.rows:
                result.rejected.append(Rejection(number, msg("房号 {code} 已作废", code=household.code)))
                result.outcomes[number] = "rejected"
            del households[key]
            step()
    missing = [household for household in households.values() if household.code not in rooms]
    if len(missing) <= BULK_ROOMS:
        buildings: dict[str, Building] = {}
        for household in missing:
            if household.code in rooms:
                continue
            room, created = ensure_room(
                session,
                household.building,
                household.unit,
                household.number,
                area_m2=household.values.get("area_m2"),
                building_cache=buildings,
            )
            rooms[household.code] = room
            result.rooms_created += created
    else:
        created_rooms = _new_rooms(session, missing)
        rooms.update(created_rooms)
        result.rooms_created += len(created_rooms)
    session.flush()
    building_codes = dict(session.execute(select(Building.id, Building.code)).all())
    room_keys = {
        code: Room.sort_key(building_codes[room.building_id], room.unit, room.number)
        for code, room in rooms.items()
    }
    # A room's area is the last one its rows give (co-owners' rows may repeat it).
    areas: dict[str, float] = {}
    for household in households.values():
        if household.values.get("area_m2") is not None:
            areas[household.code] = household.values["area_m2"]
    area_changed: set[str] = set()
    for code, area in areas.items():
        room = rooms[code]
        if room.area_m2 != area:
            room.area_m2 = area
            area_changed.add(code)

    # The clients already there, matched by name + room.
    room_ids = sorted({room.id for room in rooms.values()})
    matches: dict[tuple[str, int], int] = {}
    for chunk in _chunks(room_ids):
        # (The voided clients are left out here, not in SQL: SQLite would then walk
        # the client table by its voided index for every chunk.)
        links = session.execute(
            select(ClientRoom.room_id, Client.id, Client.name, Client.voided_at)
            .join(Client, Client.id == ClientRoom.client_id)
            .where(ClientRoom.room_id.in_(chunk))
        )
        for room_id, client_id, name, voided_at in sorted(links, key=lambda link: link[1]):
            if voided_at is None:
                matches.setdefault((clean_text(name), room_id), client_id)

    existing: list[tuple[_Household, int]] = []
    new: list[_Household] = []
    for household in households.values():
        if household.name is None:
            for number in household.rows:
                result.outcomes[number] = "vacant"
            step()
            continue
        match = matches.get((household.name, rooms[household.code].id))
        if match is None:
            new.append(household)
        else:
            existing.append((household, match))

    for chunk in _chunks(existing):
        ids = [client_id for _, client_id in chunk]
        clients = {
            client.id: client
            for client in session.scalars(
                select(Client).where(Client.id.in_(ids)).options(selectinload(Client.phones))
            )
        }
        for household, client_id in chunk:
            changed = _update_client(session, clients[client_id], household, result)
            changed = changed or household.code in area_changed
            outcome = "updated" if changed else "unchanged"
            if changed:
                result.clients_updated += 1
            else:
                result.clients_unchanged += 1
            for number in household.rows:
                result.outcomes[number] = outcome
            step()
        session.flush()

    initials: dict[str, str] = {}
    now = context.now(session)
    period = period_of(now, context.zone(session))
    # New clients in batches: the numbers reserved a block at a time, the clients
    # flushed first, then their rooms and phones by id (through the ORM, so the flush
    # hooks audit every row, but without relationship bookkeeping per row).
    for chunk in _chunks(new, BATCH):
        first = reserve_block(session, Client.NUMBER_PREFIX, period, len(chunk))
        made: list[tuple[Client, _Household]] = []
        for offset, household in enumerate(chunk):
            assert household.name is not None
            if household.name not in initials:
                initials[household.name] = name_initials(household.name)
            client = Client(
                number=format_number(Client.NUMBER_PREFIX, period, first + offset),
                created_at=now,
                name=household.name,
                name_initials=initials[household.name],
                sort_room=room_keys[household.code],
                move_in_date=_move_in(session, household, result),
                hometown=household.values.get("hometown"),
                employer=household.values.get("employer"),
                occupation=household.values.get("occupation"),
                notes=household.values.get("notes"),
                do_not_disturb=False,
            )
            made.append((client, household))
        session.add_all([client for client, _ in made])
        session.flush()
        details: list[ClientRoom | ClientPhone] = []
        for client, household in made:
            details.append(
                ClientRoom(client_id=client.id, room_id=rooms[household.code].id, relation=RoomRelation.OWNER)
            )
            details.extend(
                ClientPhone(client_id=client.id, phone=phone)
                for phone in _allowed_phones(household, 0, result)
            )
            result.clients_created += 1
            for number in household.rows:
                result.outcomes[number] = "created"
            step()
        session.add_all(details)
        session.flush()
    result.rejected.sort(key=lambda item: item.row)
    result.warnings.sort(key=lambda item: item.row)
    return result


def _new_rooms(session: Session, households: Sequence[_Household]) -> dict[str, Room]:
    """The rooms of ``households`` (none of them stored yet) made in batches: the same
    rows ``community.ensure_room`` makes (its checks, its building names, the floor
    from the number, a residence), with one flush per ``BATCH`` instead of per room."""
    buildings = {building.code: building for building in session.scalars(select(Building))}
    made: dict[str, Room] = {}
    pending = 0
    for household in households:
        code = household.code
        if code in made:
            continue
        building_code = _part("building", household.building, msg("楼栋"), BUILDING_CODE_LIMIT)
        unit = _part("unit", household.unit, msg("单元"), UNIT_LIMIT, required=False)
        number = _part("number", household.number, msg("房号"), ROOM_NUMBER_LIMIT)
        building = buildings.get(building_code)
        if building is None:
            building, _ = ensure_building(session, building_code)
            buildings[building_code] = building
        room = Room(
            building_id=building.id,
            unit=unit,
            number=number,
            code=code,
            digits=Room.digits_of(code),
            floor=floor_of(number),
            area_m2=household.values.get("area_m2"),
            kind=RoomKind.RESIDENCE,
        )
        session.add(room)
        made[code] = room
        pending += 1
        if pending >= BATCH:
            session.flush()
            pending = 0
    session.flush()
    return made


def _title(result: RosterImportResult, key: str) -> str:
    return result.titles.get(key) or dict(zip(EXPORT_FIELDS, EXPORT_HEADERS, strict=True))[key]


def _allowed_phones(household: _Household, present: int, result: RosterImportResult) -> list[str]:
    """The household's new phones up to the card's limit; the rest get a warning."""
    room = MAX_PHONES - present
    kept = [phone for phone, _ in household.phones[: max(room, 0)]]
    for phone, number in household.phones[max(room, 0) :]:
        result.warnings.append(
            RowWarning(
                number,
                _title(result, "phone"),
                msg("电话 {phone} 未导入：每位客户最多 {limit} 个电话", phone=phone, limit=MAX_PHONES),
            )
        )
    return kept


def _move_in(session: Session, household: _Household, result: RosterImportResult) -> date | None:
    value = household.values.get("move_in")
    if value is None:
        return None
    try:
        return move_in_date(session, value)
    except FieldError as error:
        result.warnings.append(
            RowWarning(
                household.move_in_row,
                _title(result, "move_in"),
                msg("{reason}，未导入", reason=error.message),
            )
        )
        return None


def _update_client(
    session: Session, client: Client, household: _Household, result: RosterImportResult
) -> bool:
    changed = False
    move_in = _move_in(session, household, result)
    if move_in is not None and client.move_in_date != move_in:
        client.move_in_date = move_in
        changed = True
    for key in ("hometown", "employer", "occupation", "notes"):
        value = household.values.get(key)
        if value is not None and getattr(client, key) != value:
            setattr(client, key, value)
            changed = True
    stored = {_digits(row.phone) for row in client.phones}
    fresh = _Household(household.name, household.building, household.unit, household.number)
    fresh.phones = [(phone, number) for phone, number in household.phones if phone not in stored]
    for phone in _allowed_phones(fresh, len(stored), result):
        client.phones.append(ClientPhone(phone=phone))
        changed = True
    return changed


def import_roster_file(
    db: Database,
    plan: RosterPlan,
    *,
    actor_id: int | None = None,
    dry_run: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> RosterImportResult:
    """The plan stored in one unit of work as ``actor_id`` (None: the system); with
    ``dry_run`` everything is rolled back, so the counts say what an import would do."""
    with db.session(actor_id) as session:
        transaction = session.begin()
        try:
            result = import_roster(session, plan, progress=progress)
        except BaseException:
            transaction.rollback()
            raise
        if dry_run:
            transaction.rollback()
        else:
            transaction.commit()
    return result


# -- the export -------------------------------------------------------------------------


def roster_rows(session: Session) -> list[tuple[Any, ...]]:
    """The roster as the export writes it: one row per client and room in natural room
    order, a vacant room as a row without a name; voided rooms and clients left out."""
    rooms = session.execute(
        select(Room.id, Building.code, Room.unit, Room.number, Room.area_m2)
        .join(Building, Building.id == Room.building_id)
        .where(Room.voided_at.is_(None))
    ).all()
    links: dict[int, list[Client]] = {}
    for room_id, client in session.execute(
        select(ClientRoom.room_id, Client)
        .join(Client, Client.id == ClientRoom.client_id)
        .where(Client.voided_at.is_(None))
        .order_by(Client.id)
    ):
        links.setdefault(room_id, []).append(client)
    phones: dict[int, list[str]] = {}
    for client_id, phone in session.execute(
        select(ClientPhone.client_id, ClientPhone.phone).order_by(ClientPhone.id)
    ):
        phones.setdefault(client_id, []).append(phone)
    out: list[tuple[Any, ...]] = []
    for room_id, building, unit, number, area in sorted(rooms, key=lambda r: Room.sort_key(r[1], r[2], r[3])):
        clients = links.get(room_id)
        if not clients:
            out.append((building, unit or None, number, None, None, None, area, None, None, None, None))
            continue
        for client in clients:
            out.append(
                (
                    building,
                    unit or None,
                    number,
                    client.name,
                    "/".join(phones.get(client.id, [])) or None,
                    client.move_in_date,
                    area,
                    client.hometown,
                    client.employer,
                    client.occupation,
                    client.notes,
                )
            )
    return out


def export_roster(session: Session, path: Path | str) -> int:
    """Write the roster to ``path`` (.xlsx) in the import's columns; returns the rows
    written. An export imports back unchanged. Like every export of the client archive,
    a person doing it must be a supervisor, department head or administrator, and the
    export is written to the audit log (in a writing session)."""
    if context.actor(session) is not None:
        context.require_role(session, set(ROSTER_ROLES), msg("导出业主名册"))
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    rows = roster_rows(session)
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(msg("业主信息表"))
    widths = (8, 8, 10, 14, 28, 12, 10, 12, 20, 12, 30)
    for index, width in enumerate(widths):
        sheet.column_dimensions[chr(ord("A") + index)].width = width
    bold = Font(bold=True)
    header = []
    for title in EXPORT_HEADERS:
        cell = WriteOnlyCell(sheet, value=title)
        cell.font = bold
        header.append(cell)
    sheet.append(header)
    for values in rows:
        cells: list[Any] = list(values)
        for index, value in enumerate(values):
            if isinstance(value, str) and value.startswith("="):
                # Text, not a formula Excel would run (a note typed as "=…").
                text = WriteOnlyCell(sheet, value=value)
                text.data_type = "s"
                cells[index] = text
        if values[5] is not None:
            moved = WriteOnlyCell(sheet, value=values[5])
            moved.number_format = "yyyy-mm-dd"
            cells[5] = moved
        sheet.append(cells)
    workbook.save(Path(path))
    if context.actor(session) is not None:
        from desk_app.services.audit import authorize_export

        authorize_export(session, "clients", rows=len(rows), target=str(path))
    return len(rows)
