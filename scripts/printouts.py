"""Render one of each printout into docs/printouts/ as PNG pages (for reviews).

    .venv/bin/python scripts/printouts.py [--output DIR] [--keep-pdf]

A throw-away demo community (200 clients, fixed seed and date) is generated, a few
records are added through the services (a high-altitude-throwing slip signed by three
parties, a second slip, an overdue joint notice), and every kind of the printing
registry is rendered to PDF, then to ``<kind>-<page>.png`` at 80 dpi with poppler's
``pdftoppm`` (a developer tool: ``apt-get install poppler-utils``; the program itself
never needs it).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import select

from desk_app.bootstrap import open_database
from desk_app.clock import FixedClock
from desk_app.demo.generator import generate_demo
from desk_app.models import (
    Client,
    Complaint,
    DailyTally,
    DispatchSlip,
    Interview,
    RectificationNotice,
    ReminderCase,
    Room,
    Staff,
)
from desk_app.models.enums import (
    ComplaintClass,
    DispatchKind,
    NoticeIssue,
    NoticeStatus,
    ReminderKind,
    ServiceResult,
    Severity,
    StaffRole,
)
from desk_app.printing import registry
from desk_app.printing.reminder_slips import SlipLayout, render_reminder_slips
from desk_app.services import notices

NOW = datetime(2026, 11, 23, 2, 0, tzinfo=UTC)  # Monday 10:00 in Shanghai
ROOT = Path(__file__).resolve().parents[1]


def _first(session: object, statement: object) -> str:
    number = session.scalars(statement).first()  # type: ignore[attr-defined]
    if number is None:
        raise SystemExit(f"the demo has no record for {statement}")
    return str(number)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--output", type=Path, default=ROOT / "docs" / "printouts")
    parser.add_argument("--keep-pdf", action="store_true", help="also write the PDF files")
    args = parser.parse_args(argv)
    if shutil.which("pdftoppm") is None:
        print("pdftoppm not found: apt-get install poppler-utils", file=sys.stderr)
        return 2

    with tempfile.TemporaryDirectory() as folder:
        clock = FixedClock(NOW)
        db, _ = open_database(f"sqlite:///{Path(folder) / 'demo.sqlite3'}", clock=clock)
        generate_demo(db, clients=200, months=6, seed=1, now=NOW)
        with db.begin() as session:
            staff = session.scalars(select(Staff.id).where(Staff.role == StaffRole.RECEPTIONIST)).first()
        with db.begin(actor_id=staff) as session:
            room = session.scalars(select(Room).order_by(Room.id).offset(40)).first()
            client = session.scalars(select(Client).order_by(Client.id).offset(40)).first()
            assert room is not None and client is not None
            throwing = notices.open_case(
                session, ReminderKind.HIGH_ALTITUDE_THROWING, location="6栋南侧绿化带上方"
            )
            clutter = notices.open_case(session, ReminderKind.CORRIDOR_CLUTTER, location="2栋1单元9楼楼道")
            notice = notices.issue_notice(
                session,
                room_id=room.id,
                client_id=client.id,
                issue=NoticeIssue.ILLEGAL_CONSTRUCTION,
                issue_description="在屋顶露台私自搭建钢结构阳光房约20平方米，未办理任何报批手续。",
                required_action="自行拆除阳光房，恢复露台原状，并清运建筑垃圾。",
                deadline=date(2026, 11, 30),
                joint_with_owners_committee=True,
            )
            notices.record_service(session, notice.id, ServiceResult.SIGNED)
            throwing_id, clutter_id, notice_id = throwing.id, clutter.id, notice.id
        clock.advance(timedelta(days=3))
        with db.begin(actor_id=staff) as session:
            notices.record_check(session, clutter_id, False)
        clock.advance(timedelta(days=9))
        with db.begin(actor_id=staff) as session:
            notices.record_inspection(session, notice_id, False, "阳光房仍未拆除，业主表示正在联系施工队")

        jobs: dict[str, tuple[str, str]] = {}
        with db.read() as session:
            case = session.get(ReminderCase, throwing_id)
            assert case is not None
            jobs["slip-high-altitude"] = ("slip", case.number)
            notice_row = session.get(RectificationNotice, notice_id)
            assert notice_row is not None and notice_row.status is NoticeStatus.ISSUED
            jobs["notice"] = ("notice", notice_row.number)
            jobs["notice-report"] = ("notice-report", notice_row.number)
            jobs["dispatch"] = (
                "dispatch",
                _first(
                    session, select(DispatchSlip.number).where(DispatchSlip.kind == DispatchKind.DISPATCH)
                ),
            )
            jobs["coordination"] = (
                "dispatch",
                _first(
                    session, select(DispatchSlip.number).where(DispatchSlip.kind == DispatchKind.COORDINATION)
                ),
            )
            jobs["complaint"] = (
                "complaint",
                _first(
                    session,
                    select(Complaint.number)
                    .where(Complaint.handler_id.is_not(None), Complaint.callback_at.is_not(None))
                    .order_by(Complaint.id),
                ),
            )
            jobs["developer-notice"] = (
                "developer-notice",
                _first(
                    session,
                    select(Complaint.number).where(Complaint.complaint_class == ComplaintClass.DEVELOPER),
                ),
            )
            jobs["dossier"] = (
                "dossier",
                _first(session, select(Complaint.number).where(Complaint.severity == Severity.MAJOR)),
            )
            jobs["interview"] = (
                "interview",
                _first(session, select(Interview.number).where(Interview.client_needs.is_not(None))),
            )
            day = session.scalars(select(DailyTally.day).order_by(DailyTally.day.desc())).first()
            assert day is not None
            jobs["tally"] = ("tally", day.isoformat())

            pdfs = {
                name: registry.print_kind(kind).render_number(session, number)
                for name, (kind, number) in jobs.items()
            }
            pdfs["slips-batch-a4"] = render_reminder_slips(
                session, [clutter_id, throwing_id], SlipLayout.TWO_PER_A4
            )
        db.dispose()

        args.output.mkdir(parents=True, exist_ok=True)
        for old in args.output.glob("*.png"):
            old.unlink()
        for name, pdf in pdfs.items():
            pdf_path = Path(folder) / f"{name}.pdf"
            pdf_path.write_bytes(pdf)
            subprocess.run(
                ["pdftoppm", "-png", "-r", "80", str(pdf_path), str(args.output / name)], check=True
            )
            if args.keep_pdf:
                shutil.copyfile(pdf_path, args.output / f"{name}.pdf")
            print(f"{name}: {jobs.get(name, ('slips', ''))[1]}")
    for png in sorted(args.output.glob("*.png")):
        print(png.relative_to(ROOT) if png.is_relative_to(ROOT) else png)
    return 0


if __name__ == "__main__":
    sys.exit(main())
