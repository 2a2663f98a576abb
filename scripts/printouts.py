"""Render one of each printout into docs/printouts/ as PNG pages (for reviews).

    make printouts
    .venv/bin/python scripts/printouts.py [--output DIR] [--edge-output DIR] [--no-edge] [--keep-pdf]

A throw-away demo community (200 clients, fixed seed and date) is generated, a few
records are added through the services (a high-altitude-throwing slip signed by three
parties, a second slip, an overdue joint notice), and every kind of the printing
registry is rendered to PDF, then to ``<kind>-<page>.png`` at 80 dpi with poppler's
``pdftoppm`` (a developer tool: ``apt-get install poppler-utils``; the program itself
never needs it; the script stops with a clear message when it is missing).

Then the edge corpus of issue 16 (``desk_app.demo.printouts``: every kind again with a
10 000-character field, clients named 王䶮 and 𠮷, 500 progress lines, 300 dispute steps)
is rendered into ``--edge-output`` (default ``.make/printouts-edge/``, not committed: it
is many pages), each PDF checked (fonts embedded, no character without a glyph).
"""

from __future__ import annotations

import argparse
import io
import shutil
import subprocess
import sys
import tempfile
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import func, select

from desk_app.bootstrap import open_database
from desk_app.clock import FixedClock
from desk_app.demo.generator import generate_demo
from desk_app.demo.printouts import Job as CorpusJob
from desk_app.demo.printouts import make_edge_records, render_job
from desk_app.models import (
    Client,
    Complaint,
    DailyTally,
    DispatchSlip,
    Dispute,
    DisputeStep,
    FeeService,
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
from desk_app.screens.base import reading
from desk_app.services import rectification_notices, reminder_cases

NOW = datetime(2026, 11, 23, 2, 0, tzinfo=UTC)  # Monday 10:00 in Shanghai
ROOT = Path(__file__).resolve().parents[1]


def fonts_of(pdf: bytes) -> list[tuple[str, bool]]:
    """(base font, embedded as TrueType) of every page's fonts (as tests/pdf_checks.py)."""
    import pypdf  # the test extra: a developer tool, like pdftoppm

    found: list[tuple[str, bool]] = []
    for page in pypdf.PdfReader(io.BytesIO(pdf)).pages:
        resources = page.get("/Resources")
        fonts = resources.get_object().get("/Font") if resources else None
        for ref in (fonts.get_object() if fonts else {}).values():
            font = ref.get_object()
            descriptor = font.get("/FontDescriptor")
            found.append(
                (
                    str(font.get("/BaseFont")),
                    descriptor is not None and "/FontFile2" in descriptor.get_object(),
                )
            )
    return found


def _first(session: object, statement: object) -> str:
    number = session.scalars(statement).first()  # type: ignore[attr-defined]
    if number is None:
        raise SystemExit(f"the demo has no record for {statement}")
    return str(number)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--output", type=Path, default=ROOT / "docs" / "printouts")
    parser.add_argument("--edge-output", type=Path, default=ROOT / ".make" / "printouts-edge")
    parser.add_argument("--no-edge", action="store_true", help="skip the edge corpus")
    parser.add_argument("--keep-pdf", action="store_true", help="also write the PDF files")
    args = parser.parse_args(argv)
    if shutil.which("pdftoppm") is None:
        print(
            "scripts/printouts.py: pdftoppm is missing, so no page images can be made.\n"
            "It comes with poppler: sudo apt-get install poppler-utils (Debian/Ubuntu), "
            "then run `make printouts` again.",
            file=sys.stderr,
        )
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
            throwing = reminder_cases.open_case(
                session, ReminderKind.HIGH_ALTITUDE_THROWING, location="6栋南侧绿化带上方"
            )
            clutter = reminder_cases.open_case(
                session, ReminderKind.CORRIDOR_CLUTTER, location="2栋1单元9楼楼道"
            )
            notice = rectification_notices.issue_notice(
                session,
                room_id=room.id,
                client_id=client.id,
                issue=NoticeIssue.ILLEGAL_CONSTRUCTION,
                issue_description="在屋顶露台私自搭建钢结构阳光房约20平方米，未办理任何报批手续。",
                required_action="自行拆除阳光房，恢复露台原状，并清运建筑垃圾。",
                deadline=date(2026, 11, 30),
                joint_with_owners_committee=True,
            )
            rectification_notices.record_service(session, notice.id, ServiceResult.SIGNED)
            throwing_id, clutter_id, notice_id = throwing.id, clutter.id, notice.id
        clock.advance(timedelta(days=3))
        with db.begin(actor_id=staff) as session:
            reminder_cases.record_check(session, clutter_id, False)
        clock.advance(timedelta(days=9))
        with db.begin(actor_id=staff) as session:
            rectification_notices.record_inspection(
                session, notice_id, False, "阳光房仍未拆除，业主表示正在联系施工队"
            )

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
            jobs["dispute"] = (
                "dispute",
                _first(
                    session,
                    select(Dispute.number)
                    .join(DisputeStep, DisputeStep.dispute_id == Dispute.id)
                    .where(Dispute.closed_at.is_not(None))
                    .group_by(Dispute.id, Dispute.number)
                    .order_by(func.count(DisputeStep.id).desc(), Dispute.id),
                ),
            )
            jobs["receipt"] = ("receipt", _first(session, select(FeeService.number).order_by(FeeService.id)))

            pdfs = {
                name: registry.print_kind(kind).render_number(reading(session), number)
                for name, (kind, number) in jobs.items()
            }
            pdfs["slips-batch-a4"] = render_reminder_slips(
                session, [clutter_id, throwing_id], SlipLayout.TWO_PER_A4
            )
        edge_pdfs: dict[str, bytes] = {}
        problems: list[str] = []
        if not args.no_edge:
            corpus = [CorpusJob(name, kind, number) for name, (kind, number) in jobs.items()]
            with db.begin() as session:
                edge_jobs = make_edge_records(session, corpus)
            with db.read() as session:
                for job in edge_jobs:
                    printout = render_job(session, job)
                    edge_pdfs[job.name] = printout.pdf
                    problems += [f"{job.name}: no glyph for {char!r}" for char in printout.missing]
                    problems += [
                        f"{job.name}: font {font} not embedded"
                        for font, embedded in fonts_of(printout.pdf)
                        if not embedded
                    ]
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
        if edge_pdfs:
            args.edge_output.mkdir(parents=True, exist_ok=True)
            for old in args.edge_output.glob("*.png"):
                old.unlink()
            for name, pdf in edge_pdfs.items():
                pdf_path = Path(folder) / f"{name}.pdf"
                pdf_path.write_bytes(pdf)
                subprocess.run(
                    ["pdftoppm", "-png", "-r", "80", str(pdf_path), str(args.edge_output / name)], check=True
                )
                pages = len(list(args.edge_output.glob(f"{name}-*.png")))
                print(f"{name}: {pages} pages")
    for png in sorted(args.output.glob("*.png")):
        print(png.relative_to(ROOT) if png.is_relative_to(ROOT) else png)
    if edge_pdfs:
        shown = (
            args.edge_output.relative_to(ROOT) if args.edge_output.is_relative_to(ROOT) else args.edge_output
        )
        print(f"edge corpus: {len(list(args.edge_output.glob('*.png')))} page images in {shown}")
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
