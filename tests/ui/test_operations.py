"""The one runner (``desk_app.ui.operations``): a step that ran is told apart from one
that failed, whatever it returns; a step that needs the user's word runs again only
after a yes."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desk_app.screens.base import NeedsConfirmation
from desk_app.services.errors import DomainError
from desk_app.ui import operations


def test_a_step_that_returns_nothing_ran(qtbot: QtBot) -> None:
    done: list[object] = []
    assert operations.run_step(None, lambda _confirmed: None, on_success=done.append)
    assert done == [None]


def test_a_refused_step_did_not_run(qtbot: QtBot) -> None:
    failures: list[DomainError] = []

    def refuse(_confirmed: bool) -> None:
        raise DomainError("不行")

    assert not operations.run_step(None, refuse, on_failure=failures.append)
    assert [str(error) for error in failures] == ["不行"]


def test_a_step_asks_first_and_runs_again_after_yes(qtbot: QtBot) -> None:
    calls: list[bool] = []

    def step(confirmed: bool) -> NeedsConfirmation | None:
        calls.append(confirmed)
        return None if confirmed else NeedsConfirmation("确定吗？")

    asked: list[str] = []
    assert not operations.run_step(None, step, ask=lambda _parent, q: asked.append(q.question) is not None)
    assert calls == [False] and asked == ["确定吗？"]
    assert operations.run_step(None, step, ask=lambda _parent, _q: True)
    assert calls == [False, False, True]
