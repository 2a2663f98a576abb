"""The work log from the command line (issue 13: a centre can go from nothing to logging
a call by commands alone): ``desk-app log`` records one entry as a named person, and
``desk-app password`` changes a person's password (a start password must be changed
before that person can act).

A command that acts for a person needs that person's password: from the environment
(``DESK_APP_PASSWORD``, and ``DESK_APP_NEW_PASSWORD`` for the new one), else typed at the
terminal, else one line each on standard input. Nothing here imports Qt.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TextIO

from desk_app.messages import msg
from desk_app.services.command_support import EXIT_DATABASE, command_database

if TYPE_CHECKING:  # the parser is built at every command: the ORM is imported when run
    from sqlalchemy.orm import Session

    from desk_app.models import Client
    from desk_app.models.database import Database
    from desk_app.models.enums import LabelledEnum

PASSWORD_VARIABLE = "DESK_APP_PASSWORD"
NEW_PASSWORD_VARIABLE = "DESK_APP_NEW_PASSWORD"

EXIT_OK = 0
EXIT_REFUSED = 1
EXIT_BAD_ARGUMENTS = 2


def add_worklog_commands(subparsers: Any, database_option: Callable[[argparse.ArgumentParser], None]) -> None:
    """``desk-app log …`` and ``desk-app password LOGIN``."""
    log = subparsers.add_parser(
        "log",
        help="record one work-log entry (a call, a visit …) as a named person",
        description="Record one entry of the work log 工作信息记录表 as the person --by "
        f"(password from ${PASSWORD_VARIABLE}, the terminal or standard input).",
    )
    database_option(log)
    log.add_argument("--by", required=True, metavar="LOGIN", help="who takes the call (login)")
    log.add_argument(
        "--channel",
        default="call",
        help="call/visit/letter/email/web/forwarded/media or 来电/来访… (default call)",
    )
    log.add_argument(
        "--category",
        default="enquiry",
        help="enquiry/repair/complaint/suggestion/praise/help/other, or 咨询/报修/投诉… (default enquiry)",
    )
    log.add_argument("--room", help="the room, e.g. 3-2-1201")
    log.add_argument("--client", metavar="NAME", help="the client's name (one of the room's clients)")
    log.add_argument("--phone", help="the caller's phone")
    log.add_argument("--content", required=True, help="what the caller said")
    log.add_argument("--json", action="store_true", help="print the result as JSON")

    password = subparsers.add_parser(
        "password",
        help="change a person's password (the start password must be changed first)",
        description=f"Old password from ${PASSWORD_VARIABLE}, new from ${NEW_PASSWORD_VARIABLE}; "
        "else typed at the terminal, else one line each on standard input.",
    )
    database_option(password)
    password.add_argument("login", help="the login whose password changes")


def _choice(enum_class: type[LabelledEnum], text: str, field: str, what: str) -> LabelledEnum:
    from desk_app.services.errors import FieldError

    typed = text.strip()
    for member in enum_class:
        if typed in (member.value, member.label):
            return member
    known = "、".join(f"{member.value}/{member.label}" for member in enum_class)
    raise FieldError(
        field, msg("{what}“{typed}”无法识别（可选：{known}）", what=what, typed=typed, known=known)
    )


def _read_secret(variable: str, prompt: str, stdin: TextIO) -> str:
    value = os.environ.get(variable)
    if value is not None:
        return value
    if stdin.isatty():
        return getpass.getpass(prompt)
    return stdin.readline().rstrip("\r\n")


def signed_in_for_command(db: Database, login: str, stdin: TextIO | None = None) -> int:
    """A command acting for ``login`` (``desk-app log``, ``desk-app report --done-by``):
    that person's staff id once their password is given and checked (a wrong one counts
    towards the lockout like at the window). Raises DomainError when refused."""
    return _signed_in(db, login, stdin or sys.stdin)


def _client_of_room(session: Session, room_id: int, name: str) -> Client:
    from sqlalchemy import select

    from desk_app.models import Client, ClientRoom
    from desk_app.services.errors import FieldError

    clients = session.scalars(
        select(Client)
        .join(ClientRoom, ClientRoom.client_id == Client.id)
        .where(ClientRoom.room_id == room_id, Client.voided_at.is_(None), Client.name == name.strip())
    ).all()
    if not clients:
        raise FieldError("client", msg("该房号下没有名为“{name}”的客户", name=name.strip()))
    return clients[0]


def _signed_in(db: Database, login: str, stdin: TextIO) -> int:
    """The staff id of ``login`` after checking the password; refuses a start password."""
    from desk_app.services import accounts
    from desk_app.services.errors import FieldError

    password = _read_secret(PASSWORD_VARIABLE, str(msg("{login} 的密码：", login=login)), stdin)
    signed = accounts.sign_in(db, login, password)
    if signed.must_change_password:
        raise FieldError(
            "password",
            msg("{login} 仍在使用初始密码，请先修改：desk-app password {login}", login=login),
        )
    return signed.staff_id


def run_log_command(url: str | None, args: argparse.Namespace, stdin: TextIO | None = None) -> int:
    with command_database(url) as db:
        if db is None:
            return EXIT_DATABASE
        return _log(db, args, stdin or sys.stdin)


def _log(db: Database, args: argparse.Namespace, stdin: TextIO) -> int:
    from desk_app.models.enums import Category, Channel
    from desk_app.services import worklog
    from desk_app.services.errors import DomainError, FieldError
    from desk_app.services.references import find_room

    try:
        channel = _choice(Channel, args.channel, "channel", msg("渠道"))
        category = _choice(Category, args.category, "category", msg("类别"))
        staff_id = _signed_in(db, args.by, stdin)
        with db.begin(staff_id) as session:
            room = find_room(session, args.room, "room")
            client = _client_of_room(session, room.id, args.client) if room and args.client else None
            if args.client and room is None:
                raise FieldError("room", msg("指定客户时请同时填写房号"))
            result = worklog.record_entry(
                session,
                channel=Channel(channel),
                category=Category(category),
                content=args.content,
                client_id=client.id if client else None,
                room_id=room.id if room else None,
                contact_name=client.name if client else None,
                contact_phone=args.phone,
                taken_by_id=staff_id,
            )
            out: dict[str, Any] = {
                "entry": result.entry.number,
                "complaint": result.complaint.number if result.complaint else None,
                "dispatch_slip": result.dispatch_slip.number if result.dispatch_slip else None,
                "room": room.code if room else None,
                "client": client.name if client else None,
            }
    except DomainError as error:
        print(str(error), file=sys.stderr)
        return EXIT_REFUSED
    if args.json:
        print(json.dumps(out, ensure_ascii=False))
    else:
        print(msg("已登记 {entry}", entry=out["entry"]))
        if out["complaint"]:
            print(msg("已生成投诉处理记录 {number}", number=out["complaint"]))
        if out["dispatch_slip"]:
            print(msg("已生成派工单 {number}", number=out["dispatch_slip"]))
    return EXIT_OK


def run_password_command(url: str | None, login: str, stdin: TextIO | None = None) -> int:
    with command_database(url) as db:
        if db is None:
            return EXIT_DATABASE
        return _change_password(db, login, stdin or sys.stdin)


def _change_password(db: Database, login: str, stream: TextIO) -> int:
    from desk_app.models import Staff
    from desk_app.services import accounts
    from desk_app.services.errors import DomainError

    try:
        old = _read_secret(PASSWORD_VARIABLE, str(msg("{login} 的原密码：", login=login)), stream)
        signed = accounts.sign_in(db, login, old)
        new = _read_secret(NEW_PASSWORD_VARIABLE, str(msg("新密码：")), stream)
        accounts.change_own_password(db, signed.staff_id, old, new)
        with db.read() as session:
            staff = session.get(Staff, signed.staff_id)
            who = staff.name if staff else login
    except DomainError as error:
        print(str(error), file=sys.stderr)
        return EXIT_REFUSED
    print(msg("{who}（{login}）的密码已修改", who=who, login=login))
    return EXIT_OK
