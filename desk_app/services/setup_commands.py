"""The going-live commands (issue 13): a centre set up from the command line alone.

    desk-app [--database URL] settings show [--json]
    desk-app settings set KEY VALUE          (e.g. complaint_phone 027-8765-4321)
    desk-app department add NAME | list [--json] | rename NAME NEW | deactivate NAME | reactivate NAME
    desk-app setup [--json]                  (上线检查清单, exit 0)

The commands act as the system (nobody signs in: ``context.SYSTEM_JOB``). A value the
rules refuse prints the field and the reason on stderr and exits 1; nothing is written.
This module only builds the parser; the services are imported when a command runs.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any, TextIO

from desk_app.messages import msg
from desk_app.services.command_support import EXIT_DATABASE, command_database, print_error, system_work

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


EXIT_OK = 0
EXIT_REFUSED = 1


def add_setup_commands(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    database_option: Callable[[argparse.ArgumentParser], None],
) -> None:
    settings = commands.add_parser("settings", help="show or change the centre's settings (系统设置)")
    database_option(settings)
    settings_actions = settings.add_subparsers(dest="settings_action", metavar="ACTION", required=True)
    show = settings_actions.add_parser("show", help="every setting, its value and its default")
    database_option(show)
    show.add_argument("--json", action="store_true", help="print JSON")
    change = settings_actions.add_parser("set", help="change one setting (KEY as `settings show` lists it)")
    database_option(change)
    change.add_argument("key", metavar="KEY")
    change.add_argument("value", metavar="VALUE", help='the new value ("" clears an optional one)')

    department = commands.add_parser("department", help="departments (部门): add, list, rename, deactivate")
    database_option(department)
    actions = department.add_subparsers(dest="department_action", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="a new department")
    database_option(add)
    add.add_argument("name", metavar="NAME")
    listing = actions.add_parser("list", help="every department")
    database_option(listing)
    listing.add_argument("--json", action="store_true", help="print JSON")
    rename = actions.add_parser("rename", help="rename a department")
    database_option(rename)
    rename.add_argument("name", metavar="NAME")
    rename.add_argument("new_name", metavar="NEW_NAME")
    for action, text in (("deactivate", "no longer offered in the forms"), ("reactivate", "offered again")):
        parser = actions.add_parser(action, help=text)
        database_option(parser)
        parser.add_argument("name", metavar="NAME")

    calendar = commands.add_parser(
        "calendar",
        help="holiday calendar overrides (节假日调整) for years chinese-calendar does not know",
    )
    database_option(calendar)
    calendar_actions = calendar.add_subparsers(dest="calendar_action", metavar="ACTION", required=True)
    for action, text in (
        ("holiday", "DAY is a day off (a statutory holiday)"),
        ("workday", "DAY is a working day (调休, a make-up working day)"),
        ("remove", "DAY follows the PRC calendar again"),
    ):
        parser = calendar_actions.add_parser(action, help=text)
        database_option(parser)
        parser.add_argument(
            "days", nargs="+", metavar="DAY", help="2027-01-01, or a range 2027-02-06..2027-02-12"
        )
        if action != "remove":
            parser.add_argument("--note", help="e.g. 春节")
    overrides = calendar_actions.add_parser("list", help="the overrides, and the years still missing")
    database_option(overrides)
    overrides.add_argument("--json", action="store_true", help="print JSON")

    setup = commands.add_parser(
        "setup", help="the going-live checklist (上线检查清单): what is done, what not"
    )
    database_option(setup)
    setup.add_argument("--json", action="store_true", help="print JSON")


# -- running -------------------------------------------------------------------------------------


def _refused(error: Exception) -> int:
    field = getattr(error, "field", None)
    print_error(msg("{field}：{error}", field=field, error=error) if field else error)
    return EXIT_REFUSED


def run_settings_command(url: str | None, args: argparse.Namespace, out: TextIO | None = None) -> int:
    from desk_app.services.centre import set_setting, settings_overview
    from desk_app.services.errors import DomainError

    stream = out or sys.stdout
    with command_database(url) as db:
        if db is None:
            return EXIT_DATABASE
        if args.settings_action == "set":
            try:
                with system_work(db) as session:
                    set_setting(session, args.key, args.value)
            except DomainError as error:
                return _refused(error)
            print(msg("已保存设置 {key}", key=args.key), file=stream)
        with db.read() as session:
            lines = settings_overview(session)
    if args.settings_action == "show" and args.json:
        document = {
            line.key: {"label": str(line.label), "value": line.value, "default": line.default}
            for line in lines
        }
        print(json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True), file=stream)
        return EXIT_OK
    if args.settings_action == "show":
        for line in lines:
            shown = line.value or (
                msg("（未设置，使用：{default}）", default=line.default)
                if line.default
                else msg("（未设置）")
            )
            print(msg("{key}\t{label}\t{value}", key=line.key, label=line.label, value=shown), file=stream)
    return EXIT_OK


def _department_by_name(session: Session, name: str) -> int:
    from sqlalchemy import select

    from desk_app.models import Department
    from desk_app.services.errors import NotFoundError

    found = session.scalars(select(Department.id).where(Department.name == name.strip())).first()
    if found is None:
        raise NotFoundError(msg("找不到名为“{name}”的部门", name=name))
    return int(found)


def run_department_command(url: str | None, args: argparse.Namespace, out: TextIO | None = None) -> int:
    from desk_app.services import departments
    from desk_app.services.errors import DomainError

    stream = out or sys.stdout
    action: str = args.department_action
    with command_database(url) as db:
        if db is None:
            return EXIT_DATABASE
        if action == "list":
            with db.read() as session:
                rows = departments.list_departments(session)
            if args.json:
                document: list[dict[str, Any]] = [
                    {"id": row.id, "name": row.name, "active": row.active, "staff": row.staff_count}
                    for row in rows
                ]
                print(json.dumps(document, ensure_ascii=False, indent=2), file=stream)
            elif not rows:
                print(msg("还没有部门。用 desk-app department add 名称 新建。"), file=stream)
            for row in [] if args.json else rows:
                state = msg("在用") if row.active else msg("已停用")
                print(
                    msg(
                        "{name}\t{state}\t员工 {count} 人", name=row.name, state=state, count=row.staff_count
                    ),
                    file=stream,
                )
            return EXIT_OK
        try:
            with system_work(db) as session:
                if action == "add":
                    department = departments.create_department(session, args.name)
                    done = msg("已新建部门“{name}”", name=department.name)
                elif action == "rename":
                    department = departments.rename_department(
                        session, _department_by_name(session, args.name), args.new_name
                    )
                    done = msg("已将部门“{old}”改名为“{name}”", old=args.name, name=department.name)
                else:
                    active = action == "reactivate"
                    department = departments.set_department_active(
                        session, _department_by_name(session, args.name), active
                    )
                    done = (
                        msg("已启用部门“{name}”", name=department.name)
                        if active
                        else msg("已停用部门“{name}”", name=department.name)
                    )
        except DomainError as error:
            return _refused(error)
    print(done, file=stream)
    return EXIT_OK


def _days(texts: list[str]) -> list[date]:
    """``2027-01-01`` or ``2027-02-06..2027-02-12``; a ValueError naming the bad one."""
    days: list[date] = []
    for text in texts:
        first, _, last = text.partition("..")
        try:
            start = date.fromisoformat(first.strip())
            end = date.fromisoformat(last.strip()) if last else start
        except ValueError:
            raise ValueError(
                msg("日期“{text}”应写作 2027-01-01 或 2027-02-06..2027-02-12", text=text)
            ) from None
        if end < start or (end - start).days > 366:
            raise ValueError(msg("日期范围“{text}”有误", text=text))
        days.extend(start + timedelta(days=n) for n in range((end - start).days + 1))
    return days


def run_calendar_command(url: str | None, args: argparse.Namespace, out: TextIO | None = None) -> int:
    """``desk-app calendar holiday|workday|remove DAY…`` and ``calendar list``: the
    administrator's overrides of the PRC calendar, for a centre going live in a year the
    holiday package does not know yet."""
    from desk_app.services import calendar_admin
    from desk_app.services.errors import DomainError

    stream = out or sys.stdout
    try:
        days = _days(args.days) if args.calendar_action != "list" else []
    except ValueError as error:
        print_error(error)
        return EXIT_REFUSED
    with command_database(url) as db:
        if db is None:
            return EXIT_DATABASE
        if days:
            try:
                with system_work(db) as session:
                    for day in days:
                        if args.calendar_action == "remove":
                            calendar_admin.remove_override(session, day)
                        else:
                            is_workday = args.calendar_action == "workday"
                            calendar_admin.set_override(session, day, is_workday, args.note)
            except DomainError as error:
                return _refused(error)
            print(msg("已登记 {count} 天", count=len(days)), file=stream)
            return EXIT_OK
        with db.read() as session:
            rows = calendar_admin.list_overrides(session)
            today = context_today(session)
            missing = calendar_admin.missing_calendar_years(session, today.year, today.year + 1)
    if args.json:
        document = {
            "overrides": [
                {"day": row.day.isoformat(), "workday": row.is_workday, "note": row.note} for row in rows
            ],
            "missing_years": missing,
        }
        print(json.dumps(document, ensure_ascii=False, indent=2), file=stream)
        return EXIT_OK
    for row in rows:
        kind = msg("上班") if row.is_workday else msg("休息")
        print(
            msg("{day}\t{kind}\t{note}", day=row.day.isoformat(), kind=kind, note=row.note or ""), file=stream
        )
    if missing:
        years = "、".join(str(year) for year in missing)
        print(msg("尚未载入节假日安排的年份：{years}", years=years), file=stream)
    return EXIT_OK


def context_today(session: Session) -> date:
    from desk_app.services import context

    return context.now(session).astimezone(context.zone(session)).date()


def run_setup_command(url: str | None, as_json: bool, out: TextIO | None = None) -> int:
    from desk_app.services.setup_checklist import checklist_complete, setup_checklist

    stream = out or sys.stdout
    with command_database(url) as db:
        if db is None:
            return EXIT_DATABASE
        with db.read() as session:
            items = setup_checklist(session)
    if as_json:
        document = {
            "complete": checklist_complete(items),
            "items": [
                {
                    "key": item.key,
                    "title": str(item.title),
                    "done": item.done,
                    "detail": str(item.detail),
                    "open": item.target,
                }
                for item in items
            ],
        }
        print(json.dumps(document, ensure_ascii=False, indent=2), file=stream)
        return EXIT_OK
    print(msg("上线检查清单"), file=stream)
    for item in items:
        mark = msg("✓ 已完成") if item.done else msg("✗ 未完成")
        print(msg("{mark}\t{title}：{detail}", mark=mark, title=item.title, detail=item.detail), file=stream)
    if checklist_complete(items):
        print(msg("全部完成，可以开始接待登记。"), file=stream)
    else:
        left = sum(not item.done for item in items)
        print(msg("还有 {count} 项未完成。", count=left), file=stream)
    return EXIT_OK


__all__ = ["add_setup_commands", "run_department_command", "run_settings_command", "run_setup_command"]
