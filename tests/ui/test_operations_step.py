"""``operations.run_step``: a step that returns None ran (it was reported as failed);
a refusal goes to the failure handler; a question is asked before the step runs with
``confirmed=True``."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desk_app.screens.base import NeedsConfirmation
from desk_app.services.errors import DomainError, RuleViolationError
from desk_app.ui import operations


def test_a_step_with_nothing_to_report_ran(qtbot: QtBot) -> None:
    done: list[object] = []
    failed: list[DomainError] = []
    assert operations.run_step(
        None, lambda _confirmed: None, on_success=done.append, on_failure=failed.append
    )
    assert done == [None] and failed == []


def test_a_refused_step_did_not_run(qtbot: QtBot) -> None:
    def refuse(_confirmed: bool) -> None:
        raise RuleViolationError("不行")

    done: list[object] = []
    failed: list[DomainError] = []
    assert not operations.run_step(None, refuse, on_success=done.append, on_failure=failed.append)
    assert done == [] and [str(error) for error in failed] == ["不行"]


def test_a_question_is_asked_before_the_step_runs(qtbot: QtBot) -> None:
    calls: list[bool] = []

    def step(confirmed: bool) -> NeedsConfirmation | None:
        calls.append(confirmed)
        return None if confirmed else NeedsConfirmation("确定吗？")

    asked: list[str] = []
    assert not operations.run_step(
        None, step, ask=lambda _parent, question: asked.append(question.question) or False
    )
    assert calls == [False] and asked == ["确定吗？"]
    calls.clear()
    assert operations.run_step(None, step, ask=lambda _parent, _question: True)
    assert calls == [False, True]
