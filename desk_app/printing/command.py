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
from typing import Any

from desk_app.messages import msg

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


def run_print_command(args: argparse.Namespace) -> int:
    """Render and write the PDF; 0 on success, 2 with a Chinese message otherwise."""
    from desk_app.bootstrap import open_database
    from desk_app.models.database import DatabaseUrlError
    from desk_app.models.schema import SchemaError
    from desk_app.printing.glyphs import collect_missing, describe
    from desk_app.printing.registry import BATCH_SLIPS, SLIP_CASE_LOOKUP, print_kind
    from desk_app.printing.reminder_slips import SlipLayout, render_reminder_slips
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
    try:
        db, _ = open_database(getattr(args, "database", None))
    except (DatabaseUrlError, SchemaError) as exc:
        print(msg("错误：{exc}", exc=exc), file=sys.stderr)
        return EXIT_REFUSED
    try:
        with db.read() as session, collect_missing() as missing:
            if kind is None:
                layout = SlipLayout(args.layout or SlipLayout.TWO_PER_A4.value)
                case_ids = [_record_id(SLIP_CASE_LOOKUP(session, number)) for number in numbers]
                pdf = render_reminder_slips(session, case_ids, layout)
                title = "温馨提示"
            else:
                if kind.name == "slip" and args.layout:
                    from desk_app.printing.reminder_slips import render_reminder_slip

                    key = kind.lookup(session, numbers[0])
                    assert isinstance(key, int)
                    pdf = render_reminder_slip(session, key, SlipLayout(args.layout))
                else:
                    pdf = kind.render_number(session, numbers[0])
                title = kind.title
    except DomainError as exc:
        print(msg("错误：{exc}", exc=exc), file=sys.stderr)
        return EXIT_REFUSED
    except Exception:  # never a traceback on the command line: the detail to the log
        log.exception("desk-app print %s %s failed", kind_name, " ".join(numbers))
        print(msg("错误：{value}", value=msg(E_UNEXPECTED, kind=kind_name)), file=sys.stderr)
        return EXIT_REFUSED
    finally:
        db.dispose()
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
