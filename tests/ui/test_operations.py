"""ui.operations: the one runner between widgets and screens."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desk_app.screens.base import NeedsConfirmation
from desk_app.services.errors import DomainError, FieldError
from desk_app.ui import operations


def test_run_gives_the_result_or_the_refusal() -> None:
    seen: list[object] = []
    assert operations.run(None, lambda: 7, on_success=seen.append) == 7
    refusal = FieldError("name", "请填写姓名")

    def refuse() -> int:
        raise refusal

    assert operations.run(None, refuse, on_failure=seen.append) is None
    assert seen == [7, refusal]


def test_a_bug_below_is_reported_as_an_internal_error_not_a_crash() -> None:
    failures: list[DomainError] = []

    def buggy() -> int:
        raise KeyError("status")

    assert operations.run(None, buggy, on_failure=failures.append) is None
    assert len(failures) == 1 and "KeyError" in str(failures[0]) and "内部错误" in str(failures[0])


def test_a_step_that_needs_confirmation_runs_again_only_when_confirmed() -> None:
    calls: list[bool] = []

    def step(confirmed: bool) -> NeedsConfirmation | str:
        calls.append(confirmed)
        return "done" if confirmed else NeedsConfirmation("客户不愿接受回访，仍要登记吗？")

    done: list[str] = []
    asked: list[str] = []

    def say_no(_parent: QWidget | None, question: NeedsConfirmation) -> bool:
        asked.append(question.question)
        return False

    assert operations.run_step(None, step, on_success=done.append, ask=say_no) is False
    assert calls == [False] and done == [] and asked == ["客户不愿接受回访，仍要登记吗？"]
    assert operations.run_step(None, step, on_success=done.append, ask=lambda _p, _q: True) is True
    assert calls == [False, False, True] and done == ["done"]


def test_background_work_reports_on_the_gui_thread(qtbot: QtBot) -> None:
    gui = threading.get_ident()
    worker: list[int] = []
    results: list[tuple[int, int]] = []
    failures: list[DomainError] = []

    def work() -> int:
        worker.append(threading.get_ident())
        return 42

    def failing() -> int:
        raise DomainError("读取失败")

    operations.run_in_background(
        None, work, on_success=lambda value: results.append((value, threading.get_ident()))
    )
    operations.run_in_background(None, failing, on_success=lambda _v: None, on_failure=failures.append)
    qtbot.waitUntil(lambda: bool(results) and bool(failures), timeout=10_000)
    assert results == [(42, gui)]
    assert worker and worker[0] != gui
    assert str(failures[0]) == "读取失败"
    assert operations.pending() == 0


def test_a_step_that_returns_nothing_ran() -> None:
    """A step that ran and has nothing to report (most screens' ``run``) is not a
    failure: ``run``'s None for a refusal is told apart from the step's own None."""
    done: list[object] = []
    assert operations.run_step(None, lambda _confirmed: None, on_success=done.append) is True
    assert done == [None]
    failures: list[DomainError] = []

    def refuse(_confirmed: bool) -> None:
        raise DomainError("不行")

    assert operations.run_step(None, refuse, on_failure=failures.append) is False
    assert [str(error) for error in failures] == ["不行"]
