"""``count_rows`` takes shortcuts (no display joins, live = all − voided); on every
list of the program, with every filter choice and a search, it must give exactly
the count of the rows the list shows."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from sqlalchemy import func, select, update

from desk_app.demo import generate_demo
from desk_app.models.database import Database
from desk_app.screens.complaint_sheet import complaint_list
from desk_app.screens.list_spec import Column, ListSpec
from desk_app.screens.lists import _harmless_joins, build_select, count_rows, list_conditions
from desk_app.ui.clients_page import client_list_spec
from desk_app.ui.desk_context import DeskContext
from desk_app.ui.dispatch_slips_page import dispatch_list
from desk_app.ui.fee_services_page import fee_list
from desk_app.ui.interview_page import interview_list
from desk_app.ui.rectification_notice_page import notice_list
from desk_app.ui.visitors_page import visitor_list
from desk_app.ui.worklog_page import worklog_list

NOW = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)


def _reference(session: Any, spec: ListSpec, conditions: list[Any]) -> int:
    """The plain count: every row the list's own query returns."""
    inner = build_select(spec, conditions).order_by(None).subquery()
    return int(session.scalar(select(func.count()).select_from(inner)) or 0)


@pytest.fixture
def demo(db: Database) -> Database:
    generate_demo(db, clients=40, months=2, seed=3, now=NOW)
    return db


def _specs(db: Database) -> list[ListSpec]:
    return [
        worklog_list(DeskContext(db)),
        complaint_list(DeskContext(db).workspace),
        dispatch_list(),
        visitor_list(),
        fee_list(),
        interview_list(),
        notice_list(),
        client_list_spec(DeskContext(db)),
    ]


def test_counts_equal_the_rows_of_every_list(demo: Database) -> None:
    specs = _specs(demo)
    with demo.begin() as session:  # some voided rows, so "live = all - voided" is tested
        for spec in specs:
            model: Any = spec.model
            session.execute(
                update(model).where(model.id % 5 == 0).values(voided_at=NOW, void_reason="测试作废")
            )
    checked = 0
    with demo.read() as session:
        for spec in specs:
            choices: list[list[Any]] = [[]]
            for spec_filter in spec.filters:
                choices.extend([clause] for _label, clause in spec_filter.choices if clause is not None)
            for chosen in choices:
                for search in ("", "1", "号"):
                    conditions = list_conditions(spec, search, chosen)
                    assert count_rows(session, spec, conditions) == _reference(session, spec, conditions), (
                        spec.kind,
                        chosen,
                        search,
                    )
                    checked += 1
            shown = list_conditions(spec) if not spec.show_voided else []
            assert count_rows(session, spec, shown) > 0, spec.kind
    assert checked > 100


def test_only_outer_joins_on_a_primary_key_are_left_out() -> None:
    from desk_app.models import Room, WorkLogEntry

    def spec(query: Any) -> ListSpec:
        return ListSpec(
            kind="t", model=WorkLogEntry, columns=(Column("编号", WorkLogEntry.number),), query=query
        )

    assert _harmless_joins(spec(None))
    assert _harmless_joins(spec(lambda q: q.outerjoin(Room, Room.id == WorkLogEntry.room_id)))
    assert not _harmless_joins(spec(lambda q: q.join(Room, Room.id == WorkLogEntry.room_id)))
    # a join on something other than the joined table's key can repeat or drop rows
    assert not _harmless_joins(spec(lambda q: q.outerjoin(Room, Room.code == WorkLogEntry.contact_name)))
