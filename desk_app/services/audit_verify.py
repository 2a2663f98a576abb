"""``desk-app audit verify``: is the audit log whole? (issue 19)

Every audit row carries a hash chained to the one before (``models.audit_chain``). The
check walks the chain and names the first row that does not fit: edited (its hash is
wrong), missing (a gap before it), slipped in outside the chain, or rows cut off at
the end. The daily housekeeping pass runs the same check and tells the administrator.

Exit codes: 0 the chain is whole, 1 it is broken, 2 the database cannot be opened.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TextIO

from desk_app.messages import msg

if TYPE_CHECKING:
    from desk_app.models.audit_chain import ChainReport
    from desk_app.models.database import Database

EXIT_OK = 0
EXIT_BROKEN = 1
EXIT_DATABASE = 2


def add_audit_command(subparsers: Any, database_option: Callable[[argparse.ArgumentParser], None]) -> None:
    audit = subparsers.add_parser("audit", help="check the audit log's hash chain (verify)")
    database_option(audit)
    actions = audit.add_subparsers(dest="audit_action", metavar="ACTION", required=True)
    verify = actions.add_parser("verify", help="check every audit row; name the first broken one")
    database_option(verify)


def check_chain(db: Database) -> ChainReport:
    from desk_app.models.audit_chain import verify

    with db.engine.execution_options(desk_read_only=True).connect() as connection:
        return verify(connection)


def describe(report: ChainReport) -> str:
    """The check's outcome in words, naming the first broken row."""
    if report.ok:
        return str(msg("审计日志完整：已核对 {count} 条记录，哈希链无断点。", count=report.checked))
    reasons = {
        "hash": msg("内容被改动过（哈希不符）"),
        "gap": msg("之前的记录被删除（序号不连续）"),
        "unchained": msg("不在哈希链中（可能是直接插入数据库的）"),
        "head": msg("链尾的记录被删除，或链头被改动"),
    }
    reason = reasons.get(report.reason, report.reason)
    if report.broken_id is None:
        return str(
            msg("审计日志已被篡改：第 {index} 条起{reason}。", index=report.broken_index, reason=reason)
        )
    return str(
        msg(
            "审计日志已被篡改：第一条有问题的记录是编号 {row_id}（链序号 {index}），{reason}。",
            row_id=report.broken_id,
            index=report.broken_index if report.broken_index is not None else "-",
            reason=reason,
        )
    )


def run_audit_command(url: str | None, args: argparse.Namespace, out: TextIO | None = None) -> int:
    from desk_app.bootstrap import open_database
    from desk_app.models.database import DatabaseUrlError
    from desk_app.models.schema import SchemaError

    stream = out or sys.stdout
    try:
        db, _ = open_database(url)
    except (DatabaseUrlError, SchemaError) as exc:
        print(msg("错误：{text}", text=exc), file=sys.stderr)
        return EXIT_DATABASE
    try:
        report = check_chain(db)
    finally:
        db.dispose()
    print(describe(report), file=stream)
    return EXIT_OK if report.ok else EXIT_BROKEN


__all__ = ["add_audit_command", "check_chain", "describe", "run_audit_command"]
