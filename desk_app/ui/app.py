"""Start the window: the Qt application, its Chinese font, logging, the
unexpected-error dialog, and the database, with a clear message when it cannot be opened.

Exit codes: 0 normal; 1 an unexpected error during a smoke test; 2 the database could
not be opened.
"""

from __future__ import annotations

import logging
import re
import sys
from collections.abc import Iterable
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import make_url
from sqlalchemy.exc import DatabaseError, OperationalError

from desk_app import __version__
from desk_app.bootstrap import configure_logging, open_database
from desk_app.models.database import Database, DatabaseUrlError, default_database_url
from desk_app.models.schema import SchemaError
from desk_app.services import accounts, seed_data
from desk_app.ui.language import install_language, saved_language
from desk_app.ui.main_window import MainWindow
from desk_app.ui.sign_in import ask_sign_in
from desk_app.ui.single_instance import (
    ACTION_INCOMING_CALL,
    InstanceServer,
    incoming_call_message,
    send_message,
    show_message,
)
from desk_app.ui.texts import QT_TRANSLATE_NOOP, ScreenText
from desk_app.ui.unexpected_error import install_exception_hook

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
    raw = url or default_database_url()
    try:
        return make_url(raw).render_as_string(hide_password=True)
    except Exception:
        return re.sub(r"(://[^:/@]*:)[^@]*@", r"\1***@", raw)


def _first_line(exc: BaseException) -> str:
    original = getattr(exc, "orig", None)
    text = str(original if original is not None else exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def database_problem(exc: BaseException) -> str:
    """What went wrong opening the database, in Chinese, for the person at the counter."""
    if isinstance(exc, DatabaseUrlError | SchemaError):
        return str(exc)  # already written for the user
    if isinstance(exc, OperationalError):
        return TEXT("problem_connect", detail=_first_line(exc))
    if isinstance(exc, DatabaseError):
        detail = _first_line(exc)
        if "not a database" in detail:
            return TEXT("problem_not_sqlite", detail=detail)
        return TEXT("problem_database", detail=detail)
    if isinstance(exc, ImportError):
        return TEXT("problem_driver", module=exc.name or _first_line(exc))
    if isinstance(exc, OSError):
        return TEXT("problem_file", detail=_first_line(exc))
    return TEXT("problem_other", detail=f"{type(exc).__name__}: {_first_line(exc)}")


def database_error_message(url: str | None, exc: BaseException, log_path: Path) -> str:
    return TEXT(
        "database_message", database=safe_display_url(url), problem=database_problem(exc), log_path=log_path
    )


def _open(url: str | None, log_path: Path, smoke_test: bool) -> Database | None:
    try:
        db, _upgrade = open_database(url)
    except Exception as exc:
        # Every failure to open the books (bad URL, foreign or newer schema, server down,
        # not a database file, missing driver, no permission…) ends here: a clear
        # message naming the database, never a traceback.
        log.error("cannot open the database %s", safe_display_url(url), exc_info=True)
        message = database_error_message(url, exc, log_path)
        if smoke_test:
            print(message, file=sys.stderr)
        else:
            QMessageBox.critical(None, TEXT("database_title"), message)
        return None
    return db


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


def run_gui(url: str | None, smoke_test: bool = False, incoming_call: str | None = None) -> int:
    """Run the window until it is closed; with ``smoke_test``, open it, let it settle for
    half a second, close it and return 0 (the check a freshly built bundle runs).

    One window per user: when this user's program already runs, the start is handed to
    it (it comes forward; with ``incoming_call``, it shows the caller) and this process
    returns 0 at once. A smoke test never does either."""
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

    db = _open(url, log_path, smoke_test)
    if db is None:
        if instance is not None:
            instance.close()
        return EXIT_DATABASE_ERROR
    try:
        staff_id: int | None = None
        if not smoke_test:
            # Issue 7: somebody signs in before the window opens (the smoke test signs in
            # nobody). On a database without a usable administrator, the first one gets
            # the start password admin and must change it at this first sign-in.
            try:
                with db.begin() as session:
                    first = accounts.ensure_first_administrator(session)
                    seed_data.first_start(session)  # issue 13: the handbook's forbidden phrases
                if first is not None:
                    log.info("first run: administrator %s got the start password", first)
                signed_in = ask_sign_in(db)
            except Exception as exc:
                reporter(type(exc), exc, exc.__traceback__)
                return EXIT_UNEXPECTED_ERROR
            if signed_in is None:
                return EXIT_OK  # the person cancelled the sign-in: nothing to do
            staff_id = signed_in.staff_id
        try:
            window = MainWindow(
                db, log_path=log_path, staff_id=staff_id, offer_setup_checklist=not smoke_test
            )
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
            return app.exec()
        _process_events_for(SMOKE_TEST_MS)
        window.close()
        window.deleteLater()
        return EXIT_UNEXPECTED_ERROR if reporter.error_count else EXIT_OK
    finally:
        if instance is not None:
            instance.close()
        db.dispose()
