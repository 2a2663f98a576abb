"""What the user sees when the program itself fails: a calm Chinese dialog with the
log file's path and the details folded away, never a raw traceback, never a crash."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from desk_app.secrecy import scrub
from desk_app.ui.texts import QT_TRANSLATE_NOOP, ScreenText

log = logging.getLogger(__name__)

TEXT = ScreenText(
    "UnexpectedError",
    {
        "title": QT_TRANSLATE_NOOP("UnexpectedError", "前台 Desk — 出错了"),
        "text": QT_TRANSLATE_NOOP(
            "UnexpectedError", "程序遇到意外错误……刚才的操作可能没有完成，请核对后再试一次。"
        ),
        "informative": QT_TRANSLATE_NOOP(
            "UnexpectedError",
            "程序没有关闭，您可以继续工作。如果问题反复出现，请把下面的日志文件发给系统管理员：\n{log_path}",
        ),
        "console": QT_TRANSLATE_NOOP(
            "UnexpectedError", "前台 Desk：程序遇到意外错误，详细记录见日志文件 {log_path}"
        ),
    },
)


def error_dialog(log_path: Path, details: str) -> QMessageBox:
    """The dialog for one unexpected error; ``details`` is the traceback, shown only when
    the user asks for it."""
    box = QMessageBox(QApplication.activeWindow())
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(TEXT("title"))
    box.setText(TEXT("text"))
    box.setInformativeText(TEXT("informative", log_path=log_path))
    box.setDetailedText(details)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    return box


class UnexpectedErrorReporter(QObject):
    """A ``sys.excepthook``: logs the traceback, then shows ``error_dialog`` on the GUI
    thread (queued there if the error happened on a worker thread).

    With ``interactive=False`` (smoke tests, no one at the screen) it writes a line to
    stderr instead of opening a dialog; ``error_count`` says how many errors there were.
    """

    _reported = Signal(str)

    def __init__(self, log_path: Path, *, interactive: bool = True) -> None:
        super().__init__()
        self.log_path = log_path
        self.interactive = interactive
        self.error_count = 0
        self._showing = False
        self._reported.connect(self._show)

    def __call__(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        try:
            self.error_count += 1
            # What the dialog shows and the console prints passes the log's scrubbing
            # too (issue 19: a refused staff save carries the password hash in its SQL
            # parameters, and a user copies the details into a chat).
            details = scrub("".join(traceback.format_exception(exc_type, exc, tb)))
            log.critical("unhandled exception", exc_info=(exc_type, exc, tb))
            if self.interactive and self._has_gui():
                self._reported.emit(details)
            else:
                print(TEXT("console", log_path=self.log_path), file=sys.stderr)
                print(details, file=sys.stderr)
        except BaseException:  # an exception hook must never raise
            sys.__excepthook__(exc_type, exc, tb)

    @staticmethod
    def _has_gui() -> bool:
        app = QApplication.instance()
        return isinstance(app, QApplication) and not app.closingDown()

    def _show(self, details: str) -> None:
        # A second error while the dialog is open (its event loop runs slots) is logged
        # above but gets no second dialog on top of the first.
        if self._showing:
            return
        self._showing = True
        try:
            error_dialog(self.log_path, details).exec()
        except Exception:
            log.exception("could not show the unexpected-error dialog")
            print(TEXT("console", log_path=self.log_path), file=sys.stderr)
        finally:
            self._showing = False


def install_exception_hook(log_path: Path, *, interactive: bool = True) -> UnexpectedErrorReporter:
    """Make ``UnexpectedErrorReporter`` the process's ``sys.excepthook``."""
    reporter = UnexpectedErrorReporter(log_path, interactive=interactive)
    sys.excepthook = reporter
    return reporter
