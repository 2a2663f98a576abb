"""The one runner through which widgets reach the screens layer.

A widget never opens a database session and never catches a database exception: it
hands a screen call to ``run`` (or ``run_step`` for a lifecycle step, ``run_in_background``
for a long read) with what to do on success and on failure::

    sheet = operations.run(self, lambda: self.screen.read(record_id), on_failure=self.show_error)
    operations.run_step(self, lambda confirmed: self.screen.run(record_id, "close", {}, confirmed),
                        on_success=self.reload, on_failure=self.show_error)

Failures are ``DomainError``s (a rule's refusal, a field's problem, a conflict, a
database that cannot be reached: ``desk_app.screens.base``), each with its Chinese
message; a bug anywhere below is logged with its traceback and reported as an internal
error, never a crash of the window. A step that returns ``NeedsConfirmation`` is asked
about here (Yes/No, No the default) and run again with ``confirmed=True``.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from desk_app.screens.base import NeedsConfirmation
from desk_app.services.errors import DomainError
from desk_app.ui.texts import QT_TRANSLATE_NOOP, ScreenText

log = logging.getLogger(__name__)

T = TypeVar("T")

TEXT = ScreenText(
    "Operations",
    {
        "internal": QT_TRANSLATE_NOOP(
            "Operations", "程序内部错误（{detail}），本次操作未完成；详情已写入日志，请联系管理员。"
        ),
        "confirm_title": QT_TRANSLATE_NOOP("Operations", "请确认"),
        "failed_title": QT_TRANSLATE_NOOP("Operations", "操作未完成"),
    },
)

FailureHandler = Callable[[DomainError], None]


def _internal_error(error: BaseException) -> DomainError:
    return DomainError(TEXT("internal", detail=type(error).__name__))


def show_failure(parent: QWidget | None, error: DomainError) -> None:
    """The default failure handler: a message box with the error's Chinese message."""
    QMessageBox.warning(parent, TEXT("failed_title"), str(error))


def run(
    parent: QWidget | None,
    call: Callable[[], T],
    *,
    on_success: Callable[[T], None] | None = None,
    on_failure: FailureHandler | None = None,
) -> T | None:
    """``call()`` now; its result (also given to ``on_success``), or None after
    ``on_failure`` (default: a message box) was told why it failed."""
    try:
        result = call()
    except DomainError as error:
        (on_failure or (lambda failure: show_failure(parent, failure)))(error)
        return None
    except Exception as error:  # a bug below: logged, reported, the window survives
        log.exception("a screen operation failed")
        (on_failure or (lambda failure: show_failure(parent, failure)))(_internal_error(error))
        return None
    if on_success is not None:
        on_success(result)
    return result


def confirm(parent: QWidget | None, question: NeedsConfirmation) -> bool:
    """Ask ``question`` (Yes/No, No the default); True for Yes."""
    answer = QMessageBox.question(
        parent,
        question.title or TEXT("confirm_title"),
        question.question,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


#: how the runner asks a NeedsConfirmation (tests replace it)
Asker = Callable[[QWidget | None, NeedsConfirmation], bool]


def run_step(
    parent: QWidget | None,
    step: Callable[[bool], T | NeedsConfirmation],
    *,
    on_success: Callable[[T], None] | None = None,
    on_failure: FailureHandler | None = None,
    ask: Asker | None = None,
) -> bool:
    """Run a step that may need the user's word: ``step(False)`` first; when it returns
    ``NeedsConfirmation`` and the user says yes, ``step(True)``. True when it ran."""
    # Each result is wrapped: a step that returns None (it ran, nothing to report) is
    # told apart from ``run``'s None for a failure.
    ran = run(parent, lambda: (step(False),), on_failure=on_failure)
    if ran is None:
        return False
    outcome = ran[0]
    if isinstance(outcome, NeedsConfirmation):
        if not (ask or confirm)(parent, outcome):
            return False
        ran = run(parent, lambda: (step(True),), on_failure=on_failure)
        if ran is None or isinstance(ran[0], NeedsConfirmation):
            return False
        outcome = ran[0]
    if on_success is not None:
        on_success(outcome)
    return True


class _Signals(QObject):
    # Only the job's number crosses threads; the result stays on the job (a Python
    # object through a queued signal has tripped PySide's reference counting).
    done = Signal(int)


class _Job(QRunnable):
    def __init__(self, number: int, call: Callable[[], Any]) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.number = number
        self.call = call
        self.signals = _Signals()
        self.result: Any = None
        self.error: DomainError | None = None

    def run(self) -> None:
        try:
            self.result = self.call()
        except DomainError as error:
            self.error = error
        except Exception as error:
            log.exception("a background screen operation failed")
            self.error = _internal_error(error)
        self.signals.done.emit(self.number)


#: the jobs that have not reported yet, by number (kept alive until they report)
_running: dict[int, _Job] = {}
_numbers = itertools.count(1)


def run_in_background(
    parent: QWidget | None,
    call: Callable[[], T],
    *,
    on_success: Callable[[T], None],
    on_failure: FailureHandler | None = None,
    pool: QThreadPool | None = None,
) -> None:
    """``call()`` on a worker thread (a long read: the window keeps painting); the
    callbacks run on the GUI thread when it ends. ``call`` must not touch widgets."""
    job = _Job(next(_numbers), call)
    _running[job.number] = job

    def report(number: int) -> None:
        finished = _running.pop(number, None)
        if finished is None:
            return
        if finished.error is not None:
            (on_failure or (lambda failure: show_failure(parent, failure)))(finished.error)
        else:
            on_success(finished.result)

    job.signals.done.connect(report, Qt.ConnectionType.QueuedConnection)
    (pool or QThreadPool.globalInstance()).start(job)


def pending() -> int:
    """How many background operations have not reported yet (for tests and quitting)."""
    return len(_running)
