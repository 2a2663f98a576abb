"""Every printable kind by name: how its record is found by number, how it is rendered,
its Chinese title. The ``desk-app print`` command and the program's screens share it.

A record is named by its number (``ZG-202611-0001``); the daily tally by its day
(``2026-11-23``); the 投诉受理渠道公示 (``channels``) prints the settings and takes no
number.

Issue 18: nothing is imported for a kind until it is printed (each printout's module
pulls in the models and the services it reads), and a number is found with plain SQL
(``services.plain_sql``). A kind with ``render_core`` (the notice) is read and drawn
without the ORM: ``desk-app print notice N`` on an SQLite file imports no SQLAlchemy.

Issue 17: a renderer is given a reader (``screens.base.Reader``: ``Workspace.read``, or
``reading(session)`` in a unit of work already open) and reads its record's sheet
through the screens' function that the record's screen shows; the printout module
only sets it in type. The reminder slip still reads on the session itself
(``_with_id``) until it renders a sheet too; the notice is read with plain SQL (above).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from desk_app.messages import msg
from desk_app.printing.errors import PrintError
from desk_app.services.plain_sql import query_on

if TYPE_CHECKING:
    from desk_app.screens.base import Reader
    from desk_app.services.plain_sql import Source

RecordKey = int | date
#: Finds a record by its number, on a session or a Core connection.
Lookup = Callable[["Source", str], RecordKey]

# -- texts ----------------------------------------------------------------------------------
E_UNKNOWN_KIND = "没有这种打印件：“{kind}”。可以打印的有：{known}"
E_EMPTY_NUMBER = "请给出要打印的{title}的编号"
E_WRONG_PREFIX = "编号“{number}”不是{title}的编号（应以 {prefix}- 开头）"
E_NOT_FOUND = "找不到编号为“{number}”的{title}"
E_VOIDED = "{title}“{number}”已作废（{reason}），不能打印"
E_BAD_DAY = "日盘点表的编号是日期，如 2026-11-23（收到“{number}”）"


@dataclass(frozen=True)
class PrintKind:
    name: str
    #: The Chinese name of the printout (as in the menus and error messages).
    title: str
    #: The Chinese name of the record it prints, and an example of its number.
    record: str
    example: str
    #: Finds the record by its number, with plain SQL (``plain_sql.Source``).
    lookup: Lookup
    #: Reads (through the reader) and renders the printout of a record.
    render: Callable[[Reader, RecordKey], bytes]
    #: False for a printout of the settings, not of a record (no number to give).
    needs_number: bool = True
    #: Renders from any ``plain_sql.Source``, without the ORM: the command reads an
    #: SQLite file with ``sqlite3`` alone for it (issue 18).
    render_core: Callable[[Source, int], bytes] | None = None

    def render_number(self, read: Reader, number: str) -> bytes:
        return self.render(read, read(lambda session: self.lookup(session, number)))


def _lazy(module: str, name: str) -> Callable[..., Any]:
    """``module.name``, imported at the first call (issue 18: start-up of the command)."""

    def call(*args: Any) -> Any:
        return getattr(importlib.import_module(module), name)(*args)

    call.__name__ = name
    call.__qualname__ = f"{module}.{name}"
    return call


#: Each numbered record a printout is of: (table, number prefix). The models carry the
#: same (``__tablename__``, ``NUMBER_PREFIX``; ``tests/printing/test_registry.py``).
NOTICE = ("rectification_notice", "ZG")
REMINDER_CASE = ("reminder_case", "TX")
DISPATCH_SLIP = ("dispatch_slip", "PG")
COMPLAINT = ("complaint", "TS")
INTERVIEW = ("interview", "FT")
DISPUTE = ("dispute", "JF")
FEE_SERVICE = ("fee_service", "SF")


def _by_number(record_table: tuple[str, str], record: str) -> Lookup:
    table, prefix = record_table
    sql = f"SELECT id, voided_at, void_reason FROM {table} WHERE number = :number"

    def lookup(source: Source, number: str) -> RecordKey:
        text = number.strip().upper()
        if not text:
            raise PrintError(msg(E_EMPTY_NUMBER, title=record))
        if not text.startswith(prefix + "-"):
            raise PrintError(msg(E_WRONG_PREFIX, number=number, title=record, prefix=prefix))
        rows = query_on(source)(sql, {"number": text})
        if not rows:
            raise PrintError(msg(E_NOT_FOUND, number=text, title=record))
        record_id, voided_at, reason = rows[0]
        if voided_at is not None:
            raise PrintError(msg(E_VOIDED, title=record, number=text, reason=reason or ""))
        return int(record_id)

    return lookup


def _day(session: Source, number: str) -> RecordKey:
    del session
    try:
        return date.fromisoformat(number.strip())
    except ValueError as exc:
        raise PrintError(msg(E_BAD_DAY, number=number)) from exc


def _with_id(render: Callable[..., Any]) -> Callable[[Reader, RecordKey], bytes]:
    """A renderer that still reads on the session itself (the notice's printouts)."""

    def call(read: Reader, key: RecordKey) -> bytes:
        record_id = _record_id(key)
        return bytes(read(lambda session: render(session, record_id)))

    return call


def _record_id(key: RecordKey) -> int:
    if not isinstance(key, int):
        raise TypeError(f"expected a record id, got {key!r}")
    return key


def _of_record(render: Callable[[Reader, int], bytes]) -> Callable[[Reader, RecordKey], bytes]:
    def call(read: Reader, key: RecordKey) -> bytes:
        return render(read, _record_id(key))

    return call


def _complaint_sheet(read: Reader, complaint_id: int) -> bytes:
    from desk_app.printing.complaint_sheet import render_complaint_sheet
    from desk_app.screens.complaint_sheet import complaint_printout

    return render_complaint_sheet(read(lambda session: complaint_printout(session, complaint_id)))


def _developer_notice(read: Reader, complaint_id: int) -> bytes:
    from desk_app.printing.developer_notice import render_developer_notice
    from desk_app.screens.complaint_sheet import complaint_printout

    return render_developer_notice(read(lambda session: complaint_printout(session, complaint_id)))


def _complaint_dossier(read: Reader, complaint_id: int) -> bytes:
    from desk_app.printing.complaint_dossier import H_ATTACHMENTS, render_complaint_dossier
    from desk_app.printing.figures import figures_section
    from desk_app.screens.attachments import printed_attachments
    from desk_app.screens.complaint_sheet import ATTACHMENT_OWNER, complaint_printout

    printout, files = read(
        lambda session: (
            complaint_printout(session, complaint_id),
            printed_attachments(session, ATTACHMENT_OWNER, complaint_id),
        )
    )
    return render_complaint_dossier(printout, figures_section(files, H_ATTACHMENTS))


def _with_day(read: Reader, key: RecordKey) -> bytes:
    if not isinstance(key, date):
        raise TypeError(f"expected a day, got {key!r}")
    from desk_app.printing.daily_tally import render_daily_tally
    from desk_app.screens.daily_tally import tally_day
    from desk_app.screens.printouts import letterhead

    # The 日盘点表 prints the day as the tally screen reads it.
    tally, heading = read(lambda session: (tally_day(session, key), letterhead(session)))
    return render_daily_tally(tally, heading.centre, heading.zone)


def _fee_receipt(read: Reader, fee_id: int) -> bytes:
    """The receipt prints the fee's sheet as the fee screen reads it."""
    from desk_app.printing.fee_receipt import render_fee_receipt
    from desk_app.screens.printouts import letterhead
    from desk_app.screens.reception_books import FEE_SERVICES, book_sheet

    sheet, heading = read(lambda session: (book_sheet(FEE_SERVICES, session, fee_id), letterhead(session)))
    return render_fee_receipt(sheet, heading.centre, heading.zone)


def _no_record(session: Source, number: str) -> RecordKey:
    del session, number
    return 0


def _sheet_and_centre(
    read: Reader, sheet_of: Callable[[Any, int], Any], record_id: int, not_found: str
) -> tuple[Any, str]:
    """The record's sheet as its screen reads it, and the centre that heads the form;
    ``not_found`` is the printout's message for a record that does not exist."""
    from desk_app.screens.printouts import letterhead
    from desk_app.services.errors import NotFoundError

    try:
        sheet, heading = read(lambda session: (sheet_of(session, record_id), letterhead(session)))
    except NotFoundError:
        raise PrintError(not_found) from None
    return sheet, heading.centre


def _interview_sheet(read: Reader, interview_id: int) -> bytes:
    """The 顾客访谈记录表 prints the sheet the interview screen shows."""
    from desk_app.printing.interview_sheet import E_NOT_FOUND, render_interview_sheet
    from desk_app.screens.interview_record import interview_sheet

    not_found = msg(E_NOT_FOUND, interview_id=interview_id)
    return render_interview_sheet(*_sheet_and_centre(read, interview_sheet, interview_id, not_found))


def _dispatch_slip(read: Reader, slip_id: int) -> bytes:
    """The 派工单/协调单 prints the sheet the dispatch slip screen shows."""
    from desk_app.printing.dispatch_slip import E_NOT_FOUND, render_dispatch_slip
    from desk_app.screens.dispatch_slips import dispatch_sheet

    not_found = msg(E_NOT_FOUND, slip_id=slip_id)
    return render_dispatch_slip(*_sheet_and_centre(read, dispatch_sheet, slip_id, not_found))


def _dispute_record(read: Reader, dispute_id: int) -> bytes:
    """The 邻里纠纷处理记录表 prints the sheet the dispute screen shows."""
    from desk_app.printing.dispute_record import E_NOT_FOUND, render_dispute_record
    from desk_app.screens.dispute_record import dispute_sheet

    not_found = msg(E_NOT_FOUND, dispute_id=dispute_id)
    return render_dispute_record(*_sheet_and_centre(read, dispute_sheet, dispute_id, not_found))


def _notice(read: Reader, notice_id: int) -> bytes:
    """整改通知书 with its receipt, read with plain SQL (``services.notice_print``) in the
    read unit of work, dates in the community's zone."""
    from desk_app.printing.rectification_notice import render_notice_from
    from desk_app.services import context

    return read(lambda session: render_notice_from(session, notice_id, context.zone(session)))


def _report_letter(read: Reader, notice_id: int) -> bytes:
    """The report letter prints the notice's history as the notice screen reads it,
    then its photos and scans (read only for a notice that may be reported)."""
    from desk_app.printing.figures import figures_section
    from desk_app.printing.report_letter import T_PICTURES, check_reportable, render_report_letter
    from desk_app.screens.attachments import PrintedAttachment, printed_attachments
    from desk_app.screens.rectification_notices import ReportLetterData, report_letter_data
    from desk_app.services.rectification_notices import NOTICE_OWNER

    def reading(session: Any) -> tuple[ReportLetterData, list[PrintedAttachment]]:
        data = report_letter_data(session, notice_id)
        check_reportable(data)
        return data, printed_attachments(session, NOTICE_OWNER, notice_id)

    data, files = read(reading)
    return render_report_letter(data, figures_section(files, T_PICTURES.format(n=2)))


def _complaint_channels(read: Reader, key: RecordKey) -> bytes:
    """The 投诉受理渠道公示 prints the settings (no record)."""
    del key
    from desk_app.printing.complaint_channels import render_complaint_channels
    from desk_app.screens.printouts import channels_notice

    return render_complaint_channels(read(channels_notice))


_P = "desk_app.printing."
_NOTICE = "整改通知书"
_COMPLAINT = "投诉"

KINDS: dict[str, PrintKind] = {
    kind.name: kind
    for kind in [
        PrintKind(
            "notice",
            "整改通知书（含回执）",
            _NOTICE,
            "ZG-202611-0001",
            _by_number(NOTICE, _NOTICE),
            _of_record(_notice),
            render_core=_lazy(_P + "rectification_notice", "render_notice_from"),
        ),
        PrintKind(
            "notice-report",
            "逾期未整改情况报告（附处理记录）",
            _NOTICE,
            "ZG-202611-0001",
            _by_number(NOTICE, _NOTICE),
            _of_record(_report_letter),
        ),
        PrintKind(
            "slip",
            "温馨提示（A5）",
            "温馨提示案件",
            "TX-202611-0001",
            _by_number(REMINDER_CASE, "温馨提示案件"),
            _with_id(_lazy(_P + "reminder_slips", "render_reminder_slip")),
        ),
        PrintKind(
            "dispatch",
            "派工单/协调单",
            "派工单",
            "PG-202611-0001",
            _by_number(DISPATCH_SLIP, "派工单"),
            _of_record(_dispatch_slip),
        ),
        PrintKind(
            "complaint",
            "顾客投诉处理记录表",
            _COMPLAINT,
            "TS-202611-0001",
            _by_number(COMPLAINT, _COMPLAINT),
            _of_record(_complaint_sheet),
        ),
        PrintKind(
            "developer-notice",
            "知会函（二类投诉）",
            _COMPLAINT,
            "TS-202611-0001",
            _by_number(COMPLAINT, _COMPLAINT),
            _of_record(_developer_notice),
        ),
        PrintKind(
            "dossier",
            "重大投诉档案",
            _COMPLAINT,
            "TS-202611-0001",
            _by_number(COMPLAINT, _COMPLAINT),
            _of_record(_complaint_dossier),
        ),
        PrintKind(
            "interview",
            "顾客访谈记录表",
            "顾客访谈记录",
            "FT-202611-0001",
            _by_number(INTERVIEW, "顾客访谈记录"),
            _of_record(_interview_sheet),
        ),
        PrintKind(
            "dispute",
            "邻里纠纷处理记录表",
            "邻里纠纷",
            "JF-202611-0001",
            _by_number(DISPUTE, "邻里纠纷"),
            _of_record(_dispute_record),
        ),
        PrintKind(
            "receipt",
            "收款收据（存根/收据）",
            "收费记录",
            "SF-202611-0001",
            _by_number(FEE_SERVICE, "收费记录"),
            _of_record(_fee_receipt),
        ),
        PrintKind("tally", "日盘点表", "日盘点", "2026-11-23", _day, _with_day),
        PrintKind(
            "channels",
            "投诉受理渠道公示",
            "系统设置",
            "",
            _no_record,
            _complaint_channels,
            needs_number=False,
        ),
    ]
}

#: The batch of reminder slips has its own command form (several case numbers).
BATCH_SLIPS = "slips"
SLIP_CASE_LOOKUP = _by_number(REMINDER_CASE, "温馨提示案件")

#: The record each numbered kind prints (for the number in a saved PDF's file name).
_RECORD_TABLES: dict[str, tuple[str, str]] = {
    "notice": NOTICE,
    "notice-report": NOTICE,
    "slip": REMINDER_CASE,
    "dispatch": DISPATCH_SLIP,
    "complaint": COMPLAINT,
    "developer-notice": COMPLAINT,
    "dossier": COMPLAINT,
    "interview": INTERVIEW,
}


def record_number(source: Source, kind: str, record_id: int) -> str | None:
    """The number of the record ``kind`` prints for ``record_id`` (``TS-202612-0003``),
    or None (a kind without numbered records, or no such record)."""
    record = _RECORD_TABLES.get(kind)
    if record is None:
        return None
    rows = query_on(source)(f"SELECT number FROM {record[0]} WHERE id = :id", {"id": record_id})
    return str(rows[0][0]) if rows and rows[0][0] is not None else None


def has_record_number(kind: str) -> bool:
    """Whether printout ``kind`` prints a numbered record (``record_number`` finds it)."""
    return kind in _RECORD_TABLES


def known_kinds() -> str:
    return (
        "、".join(f"{name}（{kind.title}）" for name, kind in KINDS.items())
        + f"、{BATCH_SLIPS}（温馨提示批量打印）"
    )


def print_kind(name: str) -> PrintKind:
    kind = KINDS.get(name.strip().lower())
    if kind is None:
        raise PrintError(msg(E_UNKNOWN_KIND, kind=name, known=known_kinds()))
    return kind
