"""``desk-app report <kind> --month 2026-10 --out FILE`` (PDF or Excel by the suffix),
and ``generate_report`` which the reports dialog calls off the GUI thread."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any, TextIO

from desk_app.messages import msg
from desk_app.reports.data import build_document, parse_month
from desk_app.screens.base import Database, Workspace
from desk_app.screens.enums import ReportKind
from desk_app.services.errors import DomainError
from desk_app.services.report_figures import report_figures
from desk_app.services.report_status import ReportStatus, mark_report_done

FORMATS = (".pdf", ".xlsx")
Progress = Callable[[int, int], None]


def render(
    db: Database,
    kind: ReportKind,
    month: date,
    suffix: str,
    measures: str | None = None,
    progress: Progress | None = None,
) -> bytes:
    """The report's file content: one read-only unit of work for the figures (a database
    that cannot be read is a ``StorageError``), then the rendering (outside the session)."""
    suffix = suffix.lower()
    if suffix not in FORMATS:
        raise DomainError(msg("不支持的文件格式“{suffix}”：请用 .pdf 或 .xlsx", suffix=suffix))
    figures = Workspace(db).read(lambda session: report_figures(session, kind, month, measures))
    document = build_document(figures)
    # ReportLab and openpyxl load here, not with the module: every `desk-app` command
    # (the caller-ID pop-up too) builds its parser from this file.
    if suffix == ".pdf":
        from desk_app.reports.pdf import render_pdf

        return render_pdf(document, progress)
    from desk_app.reports.xlsx import render_xlsx

    return render_xlsx(document, progress)


def generate_report(
    db: Database,
    kind: ReportKind,
    month: date,
    out: Path,
    *,
    measures: str | None = None,
    progress: Progress | None = None,
) -> Path:
    out.write_bytes(render(db, kind, month, out.suffix, measures, progress))
    return out


def mark_done(
    db: Database,
    staff_id: int,
    kind: ReportKind,
    month: date,
    file_name: str | None,
    measures: str | None = None,
) -> ReportStatus:
    """R11: the report is done (clears its dashboard tile)."""
    with db.begin(actor_id=staff_id) as session:
        return mark_report_done(session, kind, month, file_name=file_name, measures=measures)


def add_report_command(
    subparsers: Any, database_option: Callable[[argparse.ArgumentParser], None] | None = None
) -> None:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "report", help="write a monthly report (R11) as PDF or Excel"
    )
    if database_option is not None:
        database_option(parser)
    parser.add_argument("kind", choices=[kind.value for kind in ReportKind], help="which report")
    parser.add_argument("--month", required=True, help="the month reported on, e.g. 2026-10")
    parser.add_argument("--out", required=True, type=Path, help="output file; .pdf or .xlsx")
    parser.add_argument(
        "--measures", default=None, help="measures text (complaint analysis, owners' summary)"
    )
    parser.add_argument(
        "--done-by", metavar="LOGIN", default=None, help="also mark the report done (R11) as this supervisor"
    )


def run_report_command(url: str | None, args: argparse.Namespace, stdin: TextIO | None = None) -> int:
    from desk_app.bootstrap import open_database

    try:
        month = parse_month(args.month)
    except DomainError as error:
        print(error, file=sys.stderr)
        return 2
    out: Path = args.out
    if out.suffix.lower() not in FORMATS:
        print(msg("输出文件须以 .pdf 或 .xlsx 结尾（收到 {name}）", name=out.name), file=sys.stderr)
        return 2
    db, _ = open_database(url)
    try:
        kind = ReportKind(args.kind)
        staff_id = None
        if args.done_by:
            from desk_app.services.worklog_command import signed_in_for_command

            # Acting for a person needs that person's password, checked before anything
            # is written (issue 19: the audit would otherwise name a supervisor who
            # never signed anything).
            staff_id = signed_in_for_command(db, args.done_by, stdin)
        generate_report(db, kind, month, out, measures=args.measures)
        print(msg("已生成 {out}", out=out))
        if staff_id is not None:
            status = mark_done(db, staff_id, kind, month, out.name, args.measures)
            print(
                msg("已登记完成：{kind} {month:%Y-%m}（{state}）", kind=kind, month=month, state=status.state)
            )
    except DomainError as error:
        print(error, file=sys.stderr)
        return 2
    finally:
        db.dispose()
    return 0
