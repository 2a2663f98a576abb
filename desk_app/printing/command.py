"""``desk-app print``: render any printout of the registry to a PDF file.

    desk-app print <kind> <record-number> [--out FILE]
    desk-app print channels [--out FILE]          (投诉受理渠道公示: no number)
    desk-app print slips <case-number>... [--out FILE] [--layout a5|a4x2]

A bad kind, an unknown number, a record the printout is not for: a Chinese message on
stderr naming the problem and exit code 2, never a traceback. Rendering is imported
only when the command runs, so the program's start-up does not pay for ReportLab.
"""

from __future__ import annotations

import argparse
import errno
import logging
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desk_app.messages import msg

if TYPE_CHECKING:
    from desk_app.printing.registry import PrintKind

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_REFUSED = 2

# -- texts ----------------------------------------------------------------------------------
HELP = (
    "print a notice, slip, sheet or letter to a PDF file (kinds: notice, notice-report, slip, "
    "slips, dispatch, complaint, developer-notice, dossier, interview, tally, channels)"
)
E_ONE_NUMBER = "“{kind}”一次只能打印一份，请只给出一个编号（批量打印温馨提示请用 slips）"
E_NO_NUMBER = "“{kind}”打印的是系统设置，不需要编号"
E_WRITE = "无法写入文件 {path}：{error}"
T_SAVED = "已生成 {title}：{path}（{pages} 页）"
W_MISSING = "警告：以下字符没有可用的字体，打印出来是空白，请核对：{chars}"
E_UNEXPECTED = "生成“{kind}”时出错，未能写出文件（详细信息已写入日志）"
E_OS_NOENT = "文件夹不存在"
E_OS_ACCESS = "没有写入权限"
E_OS_NOSPACE = "磁盘空间不足"
E_OS_READONLY = "磁盘是只读的"
E_OS_ISDIR = "这是一个文件夹，不是文件"
E_OS_NOTDIR = "路径中有一部分不是文件夹"
E_OS_NAME = "文件名太长"
E_OS_BUSY = "文件正被其他程序使用"
E_OS_OTHER = "系统错误（错误号 {number}）"
#: Why a file could not be written, by errno (the system's own text is English).
OS_ERRORS: dict[int, Callable[[], str]] = {
    errno.ENOENT: lambda: msg(E_OS_NOENT),
    errno.EACCES: lambda: msg(E_OS_ACCESS),
    errno.EPERM: lambda: msg(E_OS_ACCESS),
    errno.ENOSPC: lambda: msg(E_OS_NOSPACE),
    errno.EROFS: lambda: msg(E_OS_READONLY),
    errno.EISDIR: lambda: msg(E_OS_ISDIR),
    errno.ENOTDIR: lambda: msg(E_OS_NOTDIR),
    errno.ENAMETOOLONG: lambda: msg(E_OS_NAME),
    errno.EBUSY: lambda: msg(E_OS_BUSY),
}


def os_error_text(error: OSError) -> str:
    """A Chinese reason for an OS error (never the English strerror)."""
    known = OS_ERRORS.get(error.errno or 0)
    if known is not None:
        return known()
    return msg(E_OS_OTHER, number=error.errno if error.errno is not None else "?")


def add_print_command(subparsers: Any) -> argparse.ArgumentParser:
    """Add ``print`` to the ``desk-app`` sub-commands (``subparsers`` from
    ``add_subparsers``)."""
    parser: argparse.ArgumentParser = subparsers.add_parser("print", help=HELP, description=HELP)
    parser.add_argument("kind", help="what to print, e.g. notice, slip, slips, complaint, tally")
    parser.add_argument(
        "numbers",
        nargs="*",
        metavar="NUMBER",
        help="record number(s), e.g. ZG-202611-0001; tally: 2026-11-23; channels: none",
    )
    parser.add_argument("--out", metavar="FILE", help="PDF file to write (default: <kind>-<number>.pdf here)")
    parser.add_argument(
        "--layout",
        choices=["a5", "a4x2"],
        default=None,
        help="reminder slips: one per A5 page (a5) or two per A4 sheet (a4x2, the default for slips)",
    )
    parser.add_argument(
        "--database",
        metavar="URL",
        default=argparse.SUPPRESS,
        help="SQLAlchemy URL (default: DESK_APP_DATABASE_URL, else the SQLite file in the user data folder)",
    )
    return parser


def _page_count(pdf: bytes) -> int:
    # ReportLab writes page dictionaries uncompressed.
    return len(re.findall(rb"/Type\s*/Page(?![s\w])", pdf))


def _record_id(key: object) -> int:
    if not isinstance(key, int):
        raise TypeError(f"expected a record id, got {key!r}")
    return key


def _render_with_session(
    session: Any, kind: PrintKind | None, numbers: list[str], layout: str | None
) -> tuple[bytes, str]:
    """The PDF and its title, read on an ORM session (``Any``: printouts name no
    SQLAlchemy type, .importlinter)."""
    from desk_app.printing.registry import SLIP_CASE_LOOKUP
    from desk_app.printing.reminder_slips import SlipLayout, render_reminder_slip, render_reminder_slips
    from desk_app.screens.base import reading

    if kind is None:
        case_ids = [_record_id(SLIP_CASE_LOOKUP(session, number)) for number in numbers]
        chosen = SlipLayout(layout or SlipLayout.TWO_PER_A4.value)
        return render_reminder_slips(session, case_ids, chosen), "温馨提示"
    if kind.name == "slip" and layout:
        case_id = _record_id(kind.lookup(session, numbers[0]))
        return render_reminder_slip(session, case_id, SlipLayout(layout)), kind.title
    return kind.render_number(reading(session), numbers[0]), kind.title


def run_print_command(args: argparse.Namespace) -> int:
    """Render and write the PDF; 0 on success, 2 with a Chinese message otherwise."""
    from desk_app.printing.glyphs import collect_missing
    from desk_app.printing.registry import BATCH_SLIPS, print_kind
    from desk_app.services.command_support import command_database
    from desk_app.services.errors import DomainError

    kind_name = str(args.kind).strip().lower()
    numbers: list[str] = list(args.numbers)
    try:
        kind = None if kind_name == BATCH_SLIPS else print_kind(kind_name)
    except DomainError as exc:
        print(msg("错误：{exc}", exc=exc), file=sys.stderr)
        return EXIT_REFUSED
    if kind is not None and not kind.needs_number:
        if numbers:
            print(msg("错误：{value}", value=msg(E_NO_NUMBER, kind=kind_name)), file=sys.stderr)
            return EXIT_REFUSED
        numbers = [""]
    elif (kind is not None and len(numbers) != 1) or not numbers:
        print(msg("错误：{value}", value=msg(E_ONE_NUMBER, kind=kind_name)), file=sys.stderr)
        return EXIT_REFUSED
    url: str | None = getattr(args, "database", None)
    try:
        # Issue 18: a kind with a plain-SQL renderer (the notice) on an SQLite file at
        # this schema is read with sqlite3 alone: no SQLAlchemy, no ORM.
        rendered = _render_from_sqlite_file(url, kind, numbers)
        if rendered is None:
            with command_database(url) as db:
                if db is None:  # the reason is on stderr
                    return EXIT_REFUSED
                if kind is not None and kind.render_core is not None:
                    # PostgreSQL (or an SQLite file just upgraded): Core, still no ORM.
                    with db.read_connection() as connection, collect_missing() as missing:
                        key = kind.lookup(connection, numbers[0])
                        rendered = kind.render_core(connection, _record_id(key)), kind.title, missing
                else:
                    with db.read() as session, collect_missing() as missing:
                        pdf, title = _render_with_session(session, kind, numbers, args.layout)
                    rendered = pdf, title, missing
    except DomainError as exc:
        print(msg("错误：{exc}", exc=exc), file=sys.stderr)
        return EXIT_REFUSED
    except Exception:  # never a traceback on the command line: the detail to the log
        log.exception("desk-app print %s %s failed", kind_name, " ".join(numbers))
        print(msg("错误：{value}", value=msg(E_UNEXPECTED, kind=kind_name)), file=sys.stderr)
        return EXIT_REFUSED
    return _write_pdf(args, kind_name, kind, numbers, *rendered)


def _render_from_sqlite_file(
    url: str | None, kind: PrintKind | None, numbers: list[str]
) -> tuple[bytes, str, list[str]] | None:
    """The PDF, title and unprintable characters of a kind with ``render_core``, read
    from the SQLite file of ``url`` with ``sqlite3``; None when that cannot be done (no
    such kind, not a plain SQLite file, not at this program's schema)."""
    from desk_app.printing.glyphs import collect_missing
    from desk_app.services.plain_sql import sqlite_file_reading

    if kind is None or kind.render_core is None:
        return None
    with sqlite_file_reading(url) as raw:
        if raw is None:
            return None
        with collect_missing() as missing:
            pdf = kind.render_core(raw, _record_id(kind.lookup(raw, numbers[0])))
        return pdf, kind.title, missing


def _write_pdf(
    args: argparse.Namespace,
    kind_name: str,
    kind: PrintKind | None,
    numbers: list[str],
    pdf: bytes,
    title: str,
    missing: list[str],
) -> int:
    """Write the PDF where asked (or beside, named after the kind and number) and say so."""
    from desk_app.printing.glyphs import describe

    if kind is not None and not kind.needs_number:
        default_name = f"{kind_name}.pdf"
    elif len(numbers) == 1:
        default_name = f"{kind_name}-{numbers[0].strip()}.pdf"
    else:
        default_name = f"{kind_name}.pdf"
    path = Path(args.out) if args.out else Path(default_name)
    try:
        path.write_bytes(pdf)
    except OSError as exc:
        print(msg("错误：{value}", value=msg(E_WRITE, path=path, error=os_error_text(exc))), file=sys.stderr)
        return EXIT_REFUSED
    if missing:
        print(msg(W_MISSING, chars=describe(missing)), file=sys.stderr)
    print(msg(T_SAVED, title=title, path=path, pages=_page_count(pdf)))
    return EXIT_OK
