"""Every printable kind by name: how its record is found by number, how it is rendered,
its Chinese title. The ``desk-app print`` command and the program's screens share it.

A record is named by its number (``ZG-202611-0001``); the daily tally by its day
(``2026-11-23``); the 投诉受理渠道公示 (``channels``) prints the settings and takes no
number.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.messages import msg
from desk_app.models import (
    Complaint,
    DispatchSlip,
    Dispute,
    FeeService,
    Interview,
    RectificationNotice,
    ReminderCase,
)
from desk_app.models.base import NumberedRecordMixin
from desk_app.printing import common
from desk_app.printing.common import PrintError
from desk_app.printing.complaint_channels import render_complaint_channels
from desk_app.printing.complaint_dossier import render_complaint_dossier
from desk_app.printing.complaint_sheet import render_complaint_sheet
from desk_app.printing.daily_tally import render_daily_tally
from desk_app.printing.developer_notice import render_developer_notice
from desk_app.printing.dispatch_slip import render_dispatch_slip
from desk_app.printing.dispute_record import render_dispute_record
from desk_app.printing.fee_receipt import render_fee_receipt
from desk_app.printing.interview_sheet import render_interview_sheet
from desk_app.printing.rectification_notice import render_rectification_notice
from desk_app.printing.reminder_slips import render_reminder_slip
from desk_app.printing.report_letter import render_report_letter
from desk_app.screens.daily_tally import tally_day
from desk_app.screens.reception_books import FEE_SERVICES, book_sheet

RecordKey = int | date

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
    lookup: Callable[[Session, str], RecordKey]
    render: Callable[[Session, RecordKey], bytes]
    #: False for a printout of the settings, not of a record (no number to give).
    needs_number: bool = True

    def render_number(self, session: Session, number: str) -> bytes:
        return self.render(session, self.lookup(session, number))


def _by_number(model: type[NumberedRecordMixin], record: str) -> Callable[[Session, str], RecordKey]:
    prefix = model.NUMBER_PREFIX

    def lookup(session: Session, number: str) -> RecordKey:
        text = number.strip().upper()
        if not text:
            raise PrintError(msg(E_EMPTY_NUMBER, title=record))
        if not text.startswith(prefix + "-"):
            raise PrintError(msg(E_WRONG_PREFIX, number=number, title=record, prefix=prefix))
        row = session.execute(
            select(model.id, model.voided_at, model.void_reason).where(model.number == text)
        ).first()
        if row is None:
            raise PrintError(msg(E_NOT_FOUND, number=text, title=record))
        record_id, voided_at, reason = row
        if voided_at is not None:
            raise PrintError(msg(E_VOIDED, title=record, number=text, reason=reason or ""))
        return int(record_id)

    return lookup


def _day(session: Session, number: str) -> RecordKey:
    del session
    try:
        return date.fromisoformat(number.strip())
    except ValueError as exc:
        raise PrintError(msg(E_BAD_DAY, number=number)) from exc


def _with_id(render: Callable[[Session, int], bytes]) -> Callable[[Session, RecordKey], bytes]:
    def call(session: Session, key: RecordKey) -> bytes:
        if not isinstance(key, int):
            raise TypeError(f"expected a record id, got {key!r}")
        return render(session, key)

    return call


def _with_day(session: Session, key: RecordKey) -> bytes:
    if not isinstance(key, date):
        raise TypeError(f"expected a day, got {key!r}")
    return render_daily_tally(tally_day(session, key), common.centre(session), common.zone(session))


def _fee_receipt(session: Session, fee_id: int) -> bytes:
    # The receipt prints the fee's sheet as the fee screen reads it.
    sheet = book_sheet(FEE_SERVICES, session, fee_id)
    return render_fee_receipt(sheet, common.centre(session), common.zone(session))


def _no_record(session: Session, number: str) -> RecordKey:
    del session, number
    return 0


def _settings_printout(render: Callable[[Session], bytes]) -> Callable[[Session, RecordKey], bytes]:
    def call(session: Session, key: RecordKey) -> bytes:
        del key
        return render(session)

    return call


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
            _by_number(RectificationNotice, _NOTICE),
            _with_id(render_rectification_notice),
        ),
        PrintKind(
            "notice-report",
            "逾期未整改情况报告（附处理记录）",
            _NOTICE,
            "ZG-202611-0001",
            _by_number(RectificationNotice, _NOTICE),
            _with_id(render_report_letter),
        ),
        PrintKind(
            "slip",
            "温馨提示（A5）",
            "温馨提示案件",
            "TX-202611-0001",
            _by_number(ReminderCase, "温馨提示案件"),
            _with_id(render_reminder_slip),
        ),
        PrintKind(
            "dispatch",
            "派工单/协调单",
            "派工单",
            "PG-202611-0001",
            _by_number(DispatchSlip, "派工单"),
            _with_id(render_dispatch_slip),
        ),
        PrintKind(
            "complaint",
            "顾客投诉处理记录表",
            _COMPLAINT,
            "TS-202611-0001",
            _by_number(Complaint, _COMPLAINT),
            _with_id(render_complaint_sheet),
        ),
        PrintKind(
            "developer-notice",
            "知会函（二类投诉）",
            _COMPLAINT,
            "TS-202611-0001",
            _by_number(Complaint, _COMPLAINT),
            _with_id(render_developer_notice),
        ),
        PrintKind(
            "dossier",
            "重大投诉档案",
            _COMPLAINT,
            "TS-202611-0001",
            _by_number(Complaint, _COMPLAINT),
            _with_id(render_complaint_dossier),
        ),
        PrintKind(
            "interview",
            "顾客访谈记录表",
            "顾客访谈记录",
            "FT-202611-0001",
            _by_number(Interview, "顾客访谈记录"),
            _with_id(render_interview_sheet),
        ),
        PrintKind(
            "dispute",
            "邻里纠纷处理记录表",
            "邻里纠纷",
            "JF-202611-0001",
            _by_number(Dispute, "邻里纠纷"),
            _with_id(render_dispute_record),
        ),
        PrintKind(
            "receipt",
            "收款收据（存根/收据）",
            "收费记录",
            "SF-202611-0001",
            _by_number(FeeService, "收费记录"),
            _with_id(_fee_receipt),
        ),
        PrintKind("tally", "日盘点表", "日盘点", "2026-11-23", _day, _with_day),
        PrintKind(
            "channels",
            "投诉受理渠道公示",
            "系统设置",
            "",
            _no_record,
            _settings_printout(render_complaint_channels),
            needs_number=False,
        ),
    ]
}

#: The batch of reminder slips has its own command form (several case numbers).
BATCH_SLIPS = "slips"
SLIP_CASE_LOOKUP = _by_number(ReminderCase, "温馨提示案件")

#: The record each numbered kind prints (for the number in a saved PDF's file name).
_RECORD_MODELS: dict[str, type[NumberedRecordMixin]] = {
    "notice": RectificationNotice,
    "notice-report": RectificationNotice,
    "slip": ReminderCase,
    "dispatch": DispatchSlip,
    "complaint": Complaint,
    "developer-notice": Complaint,
    "dossier": Complaint,
    "interview": Interview,
}


def record_number(session: Session, kind: str, record_id: int) -> str | None:
    """The number of the record ``kind`` prints for ``record_id`` (``TS-202612-0003``),
    or None (a kind without numbered records, or no such record)."""
    model = _RECORD_MODELS.get(kind)
    if model is None:
        return None
    number: str | None = session.scalar(select(model.number).where(model.id == record_id))
    return number


def has_record_number(kind: str) -> bool:
    """Whether printout ``kind`` prints a numbered record (``record_number`` finds it)."""
    return kind in _RECORD_MODELS


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
