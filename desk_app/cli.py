"""The ``desk-app`` command: the window by default, and sub-commands for the jobs a
script or an administrator runs (``demo``; printing, reports and backups follow)."""

from __future__ import annotations

import argparse
import contextlib
import importlib
import sys
from collections.abc import Sequence

from desk_app import __version__
from desk_app.messages import msg

#: The modules that declare the sub-commands, in the order ``--help`` lists them, with
#: the commands each declares and whether its adder takes the ``--database`` option.
#: Issue 18: they are imported only for the command given (most import SQLAlchemy and
#: the ORM, ReportLab or openpyxl): the window and ``incoming-call`` start without them.
COMMAND_ADDERS: tuple[tuple[str, str, tuple[str, ...], bool], ...] = (
    ("desk_app.services.dashboard", "add_dashboard_command", ("dashboard",), True),
    ("desk_app.reports.command", "add_report_command", ("report",), True),
    ("desk_app.printing.command", "add_print_command", ("print",), False),
    ("desk_app.services.backup", "add_backup_commands", ("backup", "restore"), True),
    ("desk_app.services.worklog_command", "add_worklog_commands", ("log", "password"), True),
    ("desk_app.services.structure_command", "add_structure_command", ("structure",), True),
    (
        "desk_app.services.setup_commands",
        "add_setup_commands",
        ("settings", "department", "calendar", "setup"),
        True,
    ),
    ("desk_app.services.import_command", "add_import_commands", ("import", "export"), True),
    ("desk_app.services.audit_verify", "add_audit_command", ("audit",), True),
)


def _database_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--database",
        metavar="URL",
        default=argparse.SUPPRESS,
        help="SQLAlchemy URL (default: DESK_APP_DATABASE_URL, else the SQLite file in the user data folder)",
    )


def _given_command(argv: Sequence[str]) -> str | None:
    """The first word that is not an option (nor ``--database``'s value): the command."""
    skip = False
    for word in argv:
        if skip:
            skip = False
        elif word == "--database":
            skip = True
        elif not word.startswith("-"):
            return word
    return None


def build_parser(command: str | None = "*") -> argparse.ArgumentParser:
    """The whole parser (``"*"``, the default), or only what ``command`` needs: a
    sub-command's module is imported only when its command is given (or is unknown, so
    the error and ``--help`` list every command)."""
    known = {name for _module, _adder, names, _db in COMMAND_ADDERS for name in names}
    known |= {"demo", "incoming-call"}
    everything = command == "*" or (command is not None and command not in known)
    parser = argparse.ArgumentParser(prog="desk-app", description="前台 Desk — 物业服务中心前台接待系统")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    _database_option(parser)
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="open the main window, process events for a moment, close and exit 0 (bundle check)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = commands.add_parser("demo", help="fill the database with a realistic demo community")
    _database_option(demo)
    demo.add_argument("--clients", type=int, default=2000, help="number of clients (default 2000)")
    demo.add_argument("--months", type=int, default=12, help="months of history (default 12)")
    demo.add_argument("--seed", type=int, default=1, help="random seed: the same seed gives the same data")
    demo.add_argument(
        "--entries", type=int, default=None, help="work-log entries in all (default: scaled to --clients)"
    )
    demo.add_argument("--quiet", action="store_true", help="no progress bar")
    for module, adder, names, with_database in COMMAND_ADDERS:
        if everything or command in names:
            add = getattr(importlib.import_module(module), adder)
            add(commands, _database_option) if with_database else add(commands)

    call = commands.add_parser(
        "incoming-call",
        help="来电弹屏: the running window shows the caller of NUMBER (for a caller-ID box or script)",
    )
    _database_option(call)
    call.add_argument("number", help="the calling number, e.g. 13800138000")
    call.add_argument(
        "--no-start",
        action="store_true",
        help="when the program is not running, print a message and exit 1 instead of starting it",
    )
    return parser


def _positive(parser: argparse.ArgumentParser, name: str, value: int | None) -> None:
    if value is not None and value <= 0:
        parser.error(str(msg("--{name} 必须是正整数（收到 {value}）", name=name, value=value)))


#: The Qt core application of a command run in another language than Simplified Chinese
#: (its translators live as long as it does).
_translating_app: object = None


def install_saved_language() -> None:
    """Print the commands' messages in the language chosen on the settings screen
    (Simplified Chinese, the text in the code, needs nothing)."""
    global _translating_app
    from desk_app.user_dirs import user_config_dir

    if not (user_config_dir() / "interface.json").exists():
        return  # never chosen: Simplified Chinese, and no Qt to load for a script's command
    from desk_app.ui.language import SOURCE_LANGUAGE, install_language, saved_language

    code = saved_language()
    if code == SOURCE_LANGUAGE:
        return
    from PySide6.QtCore import QCoreApplication

    app = QCoreApplication.instance() or QCoreApplication([])
    install_language(app, code)
    _translating_app = app


def main(argv: Sequence[str] | None = None) -> int:
    from desk_app.secrecy import private_umask

    private_umask()  # the log, database, backups and settings: 0600 / 0700 (POSIX)
    words = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(_given_command(words) if "-h" not in words and "--help" not in words else "*")
    args = parser.parse_args(words)
    url: str | None = getattr(args, "database", None)
    if args.command is None:
        return _run(parser, args, url)
    try:
        install_saved_language()
        return _run(parser, args, url)
    except KeyboardInterrupt:
        print(msg("已中断。"), file=sys.stderr)
        return 130
    except Exception as error:  # a command never ends in a traceback (issue 19)
        import logging

        logging.getLogger(__name__).debug("command %s failed", args.command, exc_info=True)
        print(msg("错误：{detail}", detail=command_error_text(error)), file=sys.stderr)
        return 1


def command_error_text(error: BaseException) -> str:
    """One line in Chinese for a command that failed, without a traceback."""
    from desk_app.secrecy import scrub
    from desk_app.services.errors import DomainError

    if isinstance(error, DomainError):
        return str(error)
    if isinstance(error, FileNotFoundError):
        return str(msg("找不到文件或文件夹：{name}", name=error.filename or error))
    if isinstance(error, PermissionError):
        return str(msg("没有权限读写：{name}", name=error.filename or error))
    if isinstance(error, OSError):
        return str(
            msg("无法读写文件 {name}：{reason}", name=error.filename or "", reason=error.strerror or error)
        )
    from sqlalchemy.exc import ArgumentError, SQLAlchemyError

    if isinstance(error, ArgumentError):
        return str(msg("数据库地址无法识别：{detail}", detail=scrub(str(error))))
    if isinstance(error, SQLAlchemyError):
        return str(msg("数据库出错（{kind}），请检查数据库是否可用", kind=type(error).__name__))
    return str(msg("命令未能完成（{kind}）：{detail}", kind=type(error).__name__, detail=scrub(str(error))))


def _run(parser: argparse.ArgumentParser, args: argparse.Namespace, url: str | None) -> int:

    if args.command == "demo":
        _positive(parser, "clients", args.clients)
        _positive(parser, "months", args.months)
        _positive(parser, "entries", args.entries)
        from desk_app.demo import run_demo_command

        return run_demo_command(
            url,
            clients=args.clients,
            months=args.months,
            seed=args.seed,
            entries=args.entries,
            quiet=args.quiet,
        )

    if args.command == "report":
        from desk_app.reports.command import run_report_command

        return run_report_command(url, args)

    if args.command == "dashboard":
        from desk_app.services.dashboard import run_dashboard_command

        return run_dashboard_command(url, at=args.at, as_json=args.json)

    if args.command == "print":
        from desk_app.printing.command import run_print_command

        return run_print_command(args)

    if args.command == "incoming-call":
        from desk_app.ui.incoming_call_command import run_incoming_call_command

        return run_incoming_call_command(url, args.number, start=not args.no_start)

    if args.command == "log":
        from desk_app.services.worklog_command import run_log_command

        return run_log_command(url, args)

    if args.command == "password":
        from desk_app.services.worklog_command import run_password_command

        return run_password_command(url, args.login)

    if args.command == "backup":
        from desk_app.services.backup import run_backup_command

        return run_backup_command(url, args.out)

    if args.command == "import":
        from desk_app.services.import_command import run_import_command

        return run_import_command(url, args)

    if args.command == "export":
        from desk_app.services.import_command import run_export_command

        return run_export_command(url, args)

    if args.command == "restore":
        from desk_app.services.backup import run_restore_command

        return run_restore_command(url, args.file, yes=args.yes)

    if args.command == "structure":
        from desk_app.services.structure_command import run_structure_command

        return run_structure_command(url, args)
    if args.command == "settings":
        from desk_app.services.setup_commands import run_settings_command

        return run_settings_command(url, args)

    if args.command == "department":
        from desk_app.services.setup_commands import run_department_command

        return run_department_command(url, args)

    if args.command == "calendar":
        from desk_app.services.setup_commands import run_calendar_command

        return run_calendar_command(url, args)

    if args.command == "audit":
        from desk_app.services.audit_verify import run_audit_command

        return run_audit_command(url, args)

    if args.command == "setup":
        from desk_app.services.setup_commands import run_setup_command

        return run_setup_command(url, as_json=args.json)

    from desk_app.ui.app import run_gui

    return run_gui(url, smoke_test=args.smoke_test)


def run() -> None:
    """The ``desk-app`` program: ``main``, then out at once (issue 18: time to quit).

    Everything that must be kept is done when ``main`` returns: the window has waited
    for its housekeeping (a backup still running is logged and finished first), the
    database is disposed. What remains is the interpreter tearing down thousands of
    Qt wrappers and ORM objects one by one — 1–2 s on a busy machine for nothing — so
    the output and the log are flushed and the process ends with ``os._exit``."""
    import logging
    import os

    code = main()
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):
            stream.flush()
    os._exit(code)


if __name__ == "__main__":
    run()
