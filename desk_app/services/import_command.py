"""``desk-app import roster|staff FILE`` and ``desk-app export roster FILE`` (issue 13).

The commands act as the system (no signed-in person; the audit log shows the system),
like ``demo`` and ``backup``. Exit 0 when the import ran (rejected rows included), 1
when nothing could be read (an unreadable file, no header, no such sheet), 2 when the
database cannot be used. Building the parser imports nothing heavy: the services (and
openpyxl) are loaded when a command runs.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from desk_app.messages import msg
from desk_app.services.command_support import EXIT_DATABASE, command_database

if TYPE_CHECKING:
    from desk_app.models.database import Database
    from desk_app.services.roster import Rejection, RowWarning

EXIT_OK = 0
EXIT_UNREADABLE = 1


def add_import_commands(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    database_option: Callable[[argparse.ArgumentParser], None],
) -> None:
    importing = commands.add_parser("import", help="导入业主信息表或工作人员名单（Excel .xlsx 或 CSV）")
    database_option(importing)
    kinds = importing.add_subparsers(dest="import_kind", metavar="KIND", required=True)
    for kind, what in (
        ("roster", "业主信息表（楼栋、单元、房号、业主姓名、联系电话…）"),
        ("staff", "工作人员名单（姓名、登录名、角色、部门…）"),
    ):
        parser = kinds.add_parser(kind, help=f"导入{what}")
        database_option(parser)
        parser.add_argument(
            "file", metavar="FILE", type=Path, help=".xlsx 或 .csv 文件（CSV 可为 GBK 或 UTF-8）"
        )
        parser.add_argument("--sheet", metavar="NAME", help="Excel 的工作表（默认：第一个）")
        parser.add_argument("--dry-run", action="store_true", help="只检查，不保存任何内容")
        parser.add_argument("--json", action="store_true", help="结果以一个 JSON 对象输出")
    exporting = commands.add_parser("export", help="导出业主信息表（.xlsx，列与导入相同）")
    database_option(exporting)
    targets = exporting.add_subparsers(dest="export_kind", metavar="KIND", required=True)
    roster = targets.add_parser("roster", help="导出业主信息表")
    database_option(roster)
    roster.add_argument("file", metavar="FILE", type=Path, help="要写入的 .xlsx 文件")


def _problems(rejected: list[Rejection], warnings: list[RowWarning], out: TextIO) -> None:
    if rejected:
        print(msg("未导入的行（{count}）：", count=len(rejected)), file=out)
        for item in rejected:
            print(msg("  第 {row} 行：{reason}", row=item.row, reason=item.reason), file=out)
    if warnings:
        print(msg("警告（{count}）：", count=len(warnings)), file=out)
        for warning in warnings:
            print(
                msg(
                    "  第 {row} 行“{column}”：{reason}",
                    row=warning.row,
                    column=warning.column,
                    reason=warning.reason,
                ),
                file=out,
            )


def _json(data: dict[str, Any], out: TextIO) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2), file=out)


def run_import_command(url: str | None, args: argparse.Namespace, out: TextIO | None = None) -> int:
    from desk_app.services.spreadsheet import SpreadsheetError

    out = out or sys.stdout
    kind: str = args.import_kind
    try:
        if kind == "roster":
            from desk_app.services.roster import read_roster

            plan: Any = read_roster(args.file, args.sheet)
        else:
            from desk_app.services.staff_import import read_staff

            plan = read_staff(args.file, args.sheet)
    except SpreadsheetError as error:
        print(msg("无法导入：{error}。没有保存任何内容。", error=error), file=sys.stderr)
        return EXIT_UNREADABLE
    from sqlalchemy.exc import SQLAlchemyError

    from desk_app.services.errors import DomainError

    with command_database(url) as db:
        if db is None:
            return EXIT_DATABASE
        try:
            if kind == "roster":
                return _roster(db, plan, args, out)
            return _staff(db, plan, args, out)
        except DomainError as error:
            print(msg("无法导入：{error}。没有保存任何内容。", error=error), file=sys.stderr)
            return EXIT_UNREADABLE
        except SQLAlchemyError as error:
            detail = str(error).splitlines()[0]
            print(msg("数据库错误，没有保存任何内容：{error}", error=detail), file=sys.stderr)
            return EXIT_DATABASE


def _roster(db: Database, plan: Any, args: argparse.Namespace, out: TextIO) -> int:
    from desk_app.services.roster import import_roster_file

    result = import_roster_file(db, plan, dry_run=args.dry_run)
    if args.json:
        _json(result.as_json(), out)
        return EXIT_OK
    print(
        msg(
            "读取 {file}：表头在第 {header} 行，{rows} 行可导入",
            file=args.file.name,
            header=plan.header_row,
            rows=len(plan.rows),
        ),
        file=out,
    )
    print(
        msg(
            "新建房间 {rooms} 间；新建客户 {created} 位，更新 {updated} 位，未变 {unchanged} 位",
            rooms=result.rooms_created,
            created=result.clients_created,
            updated=result.clients_updated,
            unchanged=result.clients_unchanged,
        ),
        file=out,
    )
    _problems(result.rejected, result.warnings, out)
    if args.dry_run:
        print(msg("（试运行：没有保存任何内容）"), file=out)
    return EXIT_OK


def _staff(db: Database, plan: Any, args: argparse.Namespace, out: TextIO) -> int:
    from desk_app.services.staff_import import import_staff_file

    result = import_staff_file(db, plan, dry_run=args.dry_run)
    if args.json:
        _json(result.as_json(), out)
        return EXIT_OK
    if result.created:
        print(msg("新建账号 {count} 个（首次登录时必须修改初始密码）：", count=len(result.created)), file=out)
        for account in result.created:
            print(
                msg(
                    "  第 {row} 行  {name}  登录名 {login}  {role}  初始密码 {password}",
                    row=account.row,
                    name=account.name,
                    login=account.login,
                    role=account.role,
                    password=account.password or msg("（试运行，未生成）"),
                ),
                file=out,
            )
    for row, login, name in result.existing:
        print(
            msg("  第 {row} 行  {name}：登录名 {login} 已存在，未改动", row=row, name=name, login=login),
            file=out,
        )
    if result.departments_created:
        print(msg("新建部门：{names}", names="、".join(result.departments_created)), file=out)
    _problems(result.rejected, result.warnings, out)
    if args.dry_run:
        print(msg("（试运行：没有保存任何内容）"), file=out)
    return EXIT_OK


def run_export_command(url: str | None, args: argparse.Namespace, out: TextIO | None = None) -> int:
    from desk_app.services.roster import export_roster

    out = out or sys.stdout
    with command_database(url) as db:
        if db is None:
            return EXIT_DATABASE
        try:
            with db.read() as session:
                count = export_roster(session, args.file)
        except OSError as error:
            problem = error.strerror or str(error)
            print(msg("无法写入 {path}：{error}", path=args.file, error=problem), file=sys.stderr)
            return EXIT_UNREADABLE
    print(msg("已导出 {count} 行到 {path}", count=count, path=args.file), file=out)
    return EXIT_OK
