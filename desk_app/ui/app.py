"""Start the window: the Qt application, its Chinese font, logging, the
unexpected-error dialog, and the database, with a clear message when it cannot be opened.

Exit codes: 0 normal; 1 an unexpected error during a smoke test; 2 the database could
not be opened.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Iterable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QWidget

from desk_app import __version__
from desk_app.bootstrap import configure_logging
from desk_app.ui.language import install_language, saved_language
from desk_app.ui.single_instance import (
    ACTION_INCOMING_CALL,
    InstanceServer,
    incoming_call_message,
    send_message,
    show_message,
)
from desk_app.ui.texts import QT_TRANSLATE_NOOP, ScreenText
from desk_app.ui.unexpected_error import install_exception_hook

if TYPE_CHECKING:
    from desk_app.screens.base import Database
    from desk_app.ui.main_window import MainWindow
    from desk_app.ui.sign_in import SignInDialog

# Issue 18: SQLAlchemy, the models, the services and the main window are imported after
# the sign-in dialog is painted (ui.database_start), never by this module.

log = logging.getLogger(__name__)

APPLICATION_NAME = "前台 Desk"
ORGANIZATION_NAME = "desk-app"

#: Simplified Chinese UI fonts, best first: Linux, the Adobe/Google family under its two
#: names, Windows, macOS. Without one, Qt may pick a font without CJK glyphs (boxes).
CHINESE_FONT_FAMILIES = (
    "WenQuanYi Micro Hei",
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "Microsoft YaHei",
    "PingFang SC",
)

#: Reading small Chinese characters all day at a counter: never below this size.
MINIMUM_POINT_SIZE = 10.0

SMOKE_TEST_MS = 500

EXIT_OK = 0
EXIT_UNEXPECTED_ERROR = 1
EXIT_DATABASE_ERROR = 2

TEXT = ScreenText(
    "Application",
    {
        "database_title": QT_TRANSLATE_NOOP("Application", "前台 Desk — 无法打开数据库"),
        "database_message": QT_TRANSLATE_NOOP(
            "Application",
            "无法打开数据库，程序不能启动。\n\n"
            "数据库：{database}\n"
            "问题：{problem}\n\n"
            "请检查数据库地址（命令行参数 --database 或环境变量 DESK_APP_DATABASE_URL）、"
            "网络和数据库服务器，或联系系统管理员。\n"
            "日志文件：{log_path}",
        ),
        "problem_connect": QT_TRANSLATE_NOOP("Application", "连接不上数据库或无法打开数据库文件（{detail}）"),
        "problem_not_sqlite": QT_TRANSLATE_NOOP(
            "Application", "这个文件不是 SQLite 数据库，或者已经损坏（{detail}）"
        ),
        "problem_database": QT_TRANSLATE_NOOP("Application", "数据库报告错误（{detail}）"),
        "problem_driver": QT_TRANSLATE_NOOP(
            "Application", "缺少数据库驱动程序 {module}，请重新安装前台 Desk"
        ),
        "problem_file": QT_TRANSLATE_NOOP("Application", "无法访问数据库文件或文件夹（{detail}）"),
        "problem_other": QT_TRANSLATE_NOOP("Application", "意外错误（{detail}）"),
    },
)


# -- the Qt application -----------------------------------------------------------------


def choose_font_family(available: Iterable[str]) -> str | None:
    """The first of ``CHINESE_FONT_FAMILIES`` that is installed, or None."""
    installed = {family.casefold() for family in available}
    for family in CHINESE_FONT_FAMILIES:
        if family.casefold() in installed:
            return family
    return None


def configure_application(app: QApplication) -> None:
    """Names (QSettings and the log folder use them) and a Simplified Chinese font."""
    app.setApplicationName(APPLICATION_NAME)
    app.setApplicationDisplayName(APPLICATION_NAME)
    app.setOrganizationName(ORGANIZATION_NAME)
    app.setApplicationVersion(__version__)
    font = QFont(app.font())
    family = choose_font_family(QFontDatabase.families())
    if family is None:
        log.warning("none of the Chinese UI fonts %s is installed", ", ".join(CHINESE_FONT_FAMILIES))
    else:
        font.setFamilies([family])
    if font.pointSizeF() < MINIMUM_POINT_SIZE:
        font.setPointSizeF(MINIMUM_POINT_SIZE)
    app.setFont(font)
    _install_qt_chinese(app)


def _install_qt_chinese(app: QApplication) -> None:
    """The interface language saved on the settings screen (Simplified Chinese unless
    changed): the program's translation, Qt's own words (OK, Cancel, Show Details…, Copy,
    Paste) and the number and date formats, whatever the system locale."""
    install_language(app, saved_language())


def ensure_application() -> QApplication:
    """The running QApplication (there is one under pytest-qt), or a new one.

    The platform plugin is Qt's choice: ``QT_QPA_PLATFORM`` is respected, never forced.
    """
    existing = QApplication.instance()
    if existing is None:
        # Only the program name: the command line has been parsed already, and Qt
        # must not read our options as its own.
        app = QApplication(sys.argv[:1])
    elif isinstance(existing, QApplication):
        app = existing
    else:
        raise RuntimeError("a non-GUI QCoreApplication is already running")
    configure_application(app)
    return app


# -- the database -------------------------------------------------------------------------


def safe_display_url(url: str | None) -> str:
    """The database the user asked for, without its password, even when the URL is
    too broken to parse."""
    from desk_app.screens.start import display_url

    return display_url(url)


def database_problem(exc: BaseException) -> str:
    """What went wrong opening the database, in Chinese, for the person at the counter."""
    from desk_app.screens.start import open_failure

    kind, detail = open_failure(exc)
    if kind == "written":
        return detail  # already written for the user
    if kind == "driver":
        return TEXT("problem_driver", module=detail)
    return TEXT(f"problem_{kind}", detail=detail)


def database_error_message(url: str | None, exc: BaseException, log_path: Path) -> str:
    return TEXT(
        "database_message", database=safe_display_url(url), problem=database_problem(exc), log_path=log_path
    )


def _open(url: str | None, log_path: Path, smoke_test: bool) -> Database | None:
    try:
        from desk_app.bootstrap import open_database

        db, _upgrade = open_database(url)
    except Exception as exc:
        _report_database_error(url, exc, log_path, smoke_test)
        return None
    return db


def _report_database_error(url: str | None, exc: BaseException, log_path: Path, smoke_test: bool) -> None:
    # Every failure to open the books (bad URL, foreign or newer schema, server down,
    # not a database file, missing driver, no permission…) ends here: a clear
    # message naming the database, never a traceback.
    log.error("cannot open the database %s", safe_display_url(url), exc_info=exc)
    message = database_error_message(url, exc, log_path)
    if smoke_test:
        print(message, file=sys.stderr)
    else:
        QMessageBox.critical(None, TEXT("database_title"), message)


# -- the program ----------------------------------------------------------------------------


def _process_events_for(milliseconds: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(milliseconds, loop.quit)
    loop.exec()


def _on_instance_message(window: MainWindow, message: dict[str, Any]) -> None:
    """A message from another ``desk-app`` process of this user (single_instance)."""
    phone = message.get("phone")
    if message.get("action") == ACTION_INCOMING_CALL and isinstance(phone, str):
        window.incoming_call(phone)
    else:
        if window.isMinimized():
            window.showNormal()
        window.raise_()
        window.activateWindow()


#: Issue 18: the start-up stages, for the benchmark (``bench/gui_child.py``): called with
#: ``"sign_in_shown"`` (the dialog, painted) and ``"window_shown"`` (the main window with
#: its first page, painted), and the widget. None in normal use.
stage_hook: Callable[[str, QWidget], None] | None = None


class _FirstPaint(QObject):
    """Calls back once, from the event loop, after ``widget`` has been painted."""

    def __init__(self, widget: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(widget)
        self._callback: Callable[[], None] | None = callback
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint and self._callback is not None:
            callback, self._callback = self._callback, None
            QTimer.singleShot(0, callback)
        return False


def after_first_paint(widget: QWidget, callback: Callable[[], None]) -> None:
    _FirstPaint(widget, callback)


#: Issue 18: after the main window's first paint, this long before the work-log page and
#: the caller lookup are prepared for the first call (``ui.incoming_call.prepare_for_calls``).
PREPARE_CALLS_DELAY_MS = 0


def _prepare_for_calls(window: QWidget) -> None:
    """The first caller pop-up after start-up built its work-log page and compiled its
    queries while the phone rang (0.3–0.7 s); done once the window is on screen instead,
    off the path of the first paint. A call that comes first does it itself."""
    if not isinstance(window, QWidget):
        return  # a test's stand-in

    def prepare() -> None:
        from desk_app.ui.incoming_call import prepare_for_calls

        context = getattr(window, "context", None)
        if context is not None and isinstance(window, QMainWindow):
            prepare_for_calls(window, context)

    QTimer.singleShot(PREPARE_CALLS_DELAY_MS, window, prepare)


def _stage(name: str, widget: QWidget) -> None:
    log.info("start-up: %s", name)
    if stage_hook is not None:
        stage_hook(name, widget)


def run_gui(url: str | None, smoke_test: bool = False, incoming_call: str | None = None) -> int:
    """Run the window until it is closed; with ``smoke_test``, open it, let it settle for
    half a second, close it and return 0 (the check a freshly built bundle runs).

    One window per user: when this user's program already runs, the start is handed to
    it (it comes forward; with ``incoming_call``, it shows the caller) and this process
    returns 0 at once. A smoke test never does either.

    Issue 18: the sign-in dialog is the first thing painted; the database is opened on
    a worker thread behind it (``ui.database_start``)."""
    app = ensure_application()
    log_path = configure_logging()
    reporter = install_exception_hook(log_path, interactive=not smoke_test)
    log.info("前台 Desk %s starting (smoke test: %s)", __version__, smoke_test)

    instance: InstanceServer | None = None
    if not smoke_test:
        message = show_message() if incoming_call is None else incoming_call_message(incoming_call)
        if send_message(message):
            log.info("handed over to the program already running")
            return EXIT_OK
        instance = InstanceServer(parent=app)
        instance.listen()

    db: Database | None = None
    try:
        staff_id: int | None = None
        if smoke_test:  # signs in nobody
            db = _open(url, log_path, smoke_test)
            if db is None:
                return EXIT_DATABASE_ERROR
        else:
            # Issue 7: somebody signs in before the window opens. On a database without a
            # usable administrator, the first one gets the start password admin and must
            # change it at this first sign-in (done by the worker).
            from desk_app.ui.database_start import STAGE_OPEN, DatabaseStart
            from desk_app.ui.sign_in import SignInDialog

            starting = DatabaseStart(url)
            dialog = SignInDialog(None, starting=starting)

            def painted(dialog: SignInDialog = dialog) -> None:
                _stage("sign_in_shown", dialog)
                starting.start()

            def ready(dialog: SignInDialog = dialog) -> None:
                if starting.error is not None:
                    dialog.reject()

            starting.finished.connect(ready)
            after_first_paint(dialog, painted)
            accepted = dialog.exec() == dialog.DialogCode.Accepted
            starting.wait()  # done already, unless the person cancelled at once
            db = starting.db
            if starting.error is not None:
                if starting.error_stage == STAGE_OPEN:
                    _report_database_error(url, starting.error, log_path, smoke_test)
                    return EXIT_DATABASE_ERROR
                error = starting.error
                reporter(type(error), error, error.__traceback__)
                return EXIT_UNEXPECTED_ERROR
            if starting.first_administrator is not None:
                log.info("first run: administrator %s got the start password", starting.first_administrator)
            if not accepted or dialog.signed_in is None or db is None:
                return EXIT_OK  # the person cancelled the sign-in: nothing to do
            staff_id = dialog.signed_in.staff_id
        try:
            from desk_app.ui.main_window import MainWindow

            window = MainWindow(
                db, log_path=log_path, staff_id=staff_id, offer_setup_checklist=not smoke_test
            )
            after_first_paint(window, partial(_stage, "window_shown", window))
            if not smoke_test:
                after_first_paint(window, partial(_prepare_for_calls, window))
            window.show()
        except Exception as exc:
            # PySide hands errors of overridden Qt methods back to this call: report
            # them like any other unexpected error (dialog, or stderr in a smoke test).
            reporter(type(exc), exc, exc.__traceback__)
            return EXIT_UNEXPECTED_ERROR
        if instance is not None:
            # messages that came during the sign-in are handled now
            instance.set_handler(partial(_on_instance_message, window))
        if incoming_call is not None:
            QTimer.singleShot(0, partial(window.incoming_call, incoming_call))
        if not smoke_test:
            code = app.exec()
            log.info("window closed; shutting down")
            return code
        _process_events_for(SMOKE_TEST_MS)
        window.close()
        window.deleteLater()
        return EXIT_UNEXPECTED_ERROR if reporter.error_count else EXIT_OK
    finally:
        if instance is not None:
            instance.close()
        if db is not None:
            db.dispose()
