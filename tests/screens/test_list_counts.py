"""Issue 18: a list counts up to ``COUNT_LIMIT`` rows; the audit of a protected export
(the client archive) still names the exact number of rows it writes. SQLite and
PostgreSQL."""

from __future__ import annotations

import pytest
from sqlalchemy import insert, select

from desk_app.models import AuditLog, Client, Staff
from desk_app.models.database import Database
from desk_app.models.enums import AuditAction, StaffRole
from desk_app.screens import lists
from desk_app.screens.base import Workspace
from desk_app.screens.list_spec import Column, ListSpec

CLIENTS = ListSpec(
    kind="clients", model=Client, columns=(Column("姓名", Client.name),), default_order=Client.id
)


def test_the_export_audit_counts_every_row_past_the_limit(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(lists, "COUNT_LIMIT", 2)
    with db.begin() as session:
        boss = Staff(login="zhu", name="朱主管", role=StaffRole.SUPERVISOR, active=True)
        session.add(boss)
        session.flush()
        boss_id = boss.id
        # Core rows, a test's seed past the session's audit
        session.connection().execute(
            insert(Client.__table__),
            [
                {"number": f"KH-{n:04d}", "name": f"客户{n}", "name_initials": "kh", "version": 1}
                for n in range(7)
            ],
        )
    screen = lists.RecordList(Workspace(db, boss_id), CLIENTS)
    conditions = screen.conditions()
    page = screen.read(conditions, None)
    assert (page.total, page.exact, len(page.rows)) == (7, True, 7)  # one short page: the count is exact
    with db.read() as session:
        assert lists.count_rows(session, CLIENTS, conditions) == 3  # "more than 2"
    screen.authorize_export(conditions, "客户.xlsx")
    with db.read() as session:
        detail = session.scalars(
            select(AuditLog.new_value).where(
                AuditLog.action == AuditAction.EXPORT, AuditLog.table_name == "client"
            )
        ).one()
    assert detail == "7 条"


@pytest.mark.parametrize(
    ("total", "exact", "loaded", "page_was_full", "expected"),
    [
        # an exact count is kept while full pages come
        (450, True, 200, True, (450, True)),
        # a short page ends the list: its rows are the count (some voided meanwhile)
        (450, True, 440, False, (440, True)),
        # "more than 1000": not reached yet, still "more than"
        (1001, False, 800, True, (1001, False)),
        # "more than 1000" reached by full pages: one past the rows, there may be more
        (1001, False, 1200, True, (1201, False)),
        # "more than 1000" and a short page: the end, now exact
        (1201, False, 1250, False, (1250, True)),
    ],
)
def test_the_count_after_reading_a_page(
    total: int, exact: bool, loaded: int, page_was_full: bool, expected: tuple[int, bool]
) -> None:
    assert lists.count_after_reading(total, exact, loaded, page_was_full) == expected
