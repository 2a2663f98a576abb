"""Issue 19, finding 1 at the counter: two programs open one client card; the other
adds a phone and saves; this one, still on the card as loaded, adds another phone. The
save is not silently applied over theirs: the conflict dialog shows the phones on both
sides, and taking theirs keeps the other counter's phone. SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desk_app.models.database import Database
from desk_app.services import clients
from desk_app.ui.clients_page import ClientCardForm
from desk_app.ui.conflict_dialog import ConflictChoice, ConflictRow
from desk_app.ui.desk_context import DeskContext
from desk_app.ui.forms import DraftStore
from tests.ui.reception_centre import Centre, build_centre


@pytest.fixture
def centre(db: Database) -> Centre:
    return build_centre(db)


@pytest.fixture
def other_db(db_url: str, centre: Centre) -> Iterator[Database]:
    database = Database(db_url, clock=centre.clock)
    try:
        yield database
    finally:
        database.dispose()


def _form(qtbot: QtBot, db: Database, staff_id: int, tmp_path: Path, name: str) -> ClientCardForm:
    form = ClientCardForm(DeskContext(db, staff_id))
    form.drafts = DraftStore(tmp_path / name)
    qtbot.addWidget(form)
    form.resize(1200, 800)
    return form


def test_a_phone_added_meanwhile_is_shown_not_lost(
    qtbot: QtBot, centre: Centre, other_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The card as a save leaves it (so the other save changes nothing but the phones).
    first = _form(qtbot, centre.db, centre.receptionist, tmp_path, "first")
    assert first.load(centre.zhang)
    first.notes_box.setPlainText("老业主")
    assert first.save()
    mine = _form(qtbot, centre.db, centre.receptionist, tmp_path, "mine")
    theirs = _form(qtbot, other_db, centre.steward, tmp_path, "theirs")
    assert mine.load(centre.zhang) and theirs.load(centre.zhang)
    before = theirs.phones_box.text()
    theirs.phones_box.setText(f"{before} 13911112222".strip())
    assert theirs.save()
    mine.phones_box.setText(f"{before} 13733334444".strip())
    asked: list[list[ConflictRow]] = []

    def ask(_form: ClientCardForm, rows: list[ConflictRow], _changed_by: str | None) -> ConflictChoice:
        asked.append(rows)
        return ConflictChoice.TAKE_THEIRS

    monkeypatch.setattr(ClientCardForm, "ask_conflict", ask)
    assert not mine.save()
    assert len(asked) == 1
    shown = " ".join(f"{row.theirs} | {row.mine}" for row in asked[0])
    assert "13911112222" in shown and "13733334444" in shown  # both sides of the phones
    with centre.db.read() as session:
        phones = clients.client_profile(session, centre.zhang).phones
    assert "13911112222" in phones and "13733334444" not in phones
