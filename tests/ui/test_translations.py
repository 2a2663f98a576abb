"""Translations: every text of the program is in each .ts file and translated there, the
compiled .qm files match the .ts files, no Chinese text bypasses the TEXT tables, and the
language chosen on the settings screen is the one the window speaks at the next start."""

from __future__ import annotations

import ast
import importlib.util
import re
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desk_app.models import Staff
from desk_app.models.database import Database
from desk_app.models.enums import StaffRole
from desk_app.services.errors import FieldError
from desk_app.ui import language
from desk_app.ui.desk_context import DeskContext
from desk_app.ui.main_window import MainWindow
from desk_app.ui.settings_page import SettingsPage

ROOT = Path(__file__).resolve().parents[2]
PLACEHOLDER = re.compile(r"\{\w*\}")
IDEOGRAPH = re.compile(r"[\u3400-\u9fff]")
#: Chinese literals in desk_app/ui that are deliberately not translated.
UNTRANSLATED = {
    "前台 Desk",  # the product's name
    "简体中文",  # language names are written in their own language (language.py)
    "繁體中文",
    "导出",  # list_spec's fallback export file name; every list sets its own from TEXT
}
#: Command-line modules under desk_app/ui: their messages go to a terminal with no
#: translator installed, in Chinese like the other commands' (desk_app/printing/command.py).
COMMAND_LINE_MODULES = {"incoming_call_command.py"}


def _load_script() -> ModuleType:
    name = "desk_translations_script"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / "translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def script() -> ModuleType:
    return _load_script()


@pytest.fixture(scope="module")
def code_texts(script: ModuleType) -> dict[tuple[str, str], list[str]]:
    texts: dict[tuple[str, str], list[str]] = script.extract()
    return texts


def _messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(path).getroot()
    found = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None, f"{path.name}: {name}: a message without <translation>"
            found.append((name, message.findtext("source") or "", translation))
    return found


@pytest.mark.parametrize("code", ["en", "zh_TW"])
def test_every_entry_is_translated(code: str, script: ModuleType) -> None:
    path = script.ts_path(code)
    unfinished = [
        f"{context}: {source!r}"
        for context, source, translation in _messages(path)
        if translation.get("type") != "vanished"
        and (translation.get("type") == "unfinished" or not (translation.text or "").strip())
    ]
    assert not unfinished, f"{path.name} has unfinished entries:\n" + "\n".join(unfinished[:20])


@pytest.mark.parametrize("code", ["en", "zh_TW"])
def test_every_text_of_the_code_is_in_the_ts_file(
    code: str, script: ModuleType, code_texts: dict[tuple[str, str], list[str]]
) -> None:
    """New text without a translation fails here: run scripts/translations.py update,
    translate, compile (README, Development)."""
    path = script.ts_path(code)
    present = {
        (context, source)
        for context, source, translation in _messages(path)
        if translation.get("type") != "vanished"
    }
    missing = [f"{context}: {source!r}" for context, source in code_texts if (context, source) not in present]
    assert not missing, f"{path.name} lacks:\n" + "\n".join(missing[:20])
    assert len(code_texts) > 900, "the extractor found suspiciously few texts"


@pytest.mark.parametrize("code", ["en", "zh_TW"])
def test_translations_keep_placeholders_and_shortcuts(code: str, script: ModuleType) -> None:
    wrong = []
    for context, source, translation in _messages(script.ts_path(code)):
        if translation.get("type") == "unfinished":
            continue  # reported by test_every_entry_is_translated
        text = translation.text or ""
        if set(PLACEHOLDER.findall(source)) != set(PLACEHOLDER.findall(text)):
            wrong.append(f"{context}: {source!r} -> {text!r} (placeholders)")
        if ("&" in source.replace("&&", "")) != ("&" in text.replace("&&", "")):
            wrong.append(f"{context}: {source!r} -> {text!r} (keyboard shortcut &)")
    assert not wrong, "\n".join(wrong[:20])


@pytest.mark.parametrize("code", ["en", "zh_TW"])
def test_the_qm_file_is_compiled_from_the_current_ts(code: str, script: ModuleType) -> None:
    translator = QTranslator()
    assert translator.load(str(script.qm_path(code))), f"{script.qm_path(code)} missing"
    stale = [
        f"{context}: {source!r}"
        for context, source, translation in _messages(script.ts_path(code))
        if translation.get("type") is None
        and translator.translate(context, source) != (translation.text or "")
    ]
    assert not stale, "run scripts/translations.py compile:\n" + "\n".join(stale[:20])


def test_the_extractor_resolves_a_named_context(tmp_path: Path, script: ModuleType) -> None:
    source = tmp_path / "page.py"
    source.write_text(
        'C = "SomePage"\nA = QT_TRANSLATE_NOOP(C, "保存")\nB = QT_TRANSLATE_NOOP("Other", "取消")\n',
        encoding="utf-8",
    )
    assert [key for key, _line in script.extract_file(source)] == [("SomePage", "保存"), ("Other", "取消")]


def test_the_extractor_reads_message_templates(tmp_path: Path, script: ModuleType) -> None:
    source = tmp_path / "service.py"
    source.write_text(
        'E_GONE = "找不到 {number}"\n'
        'raise FieldError("x", msg("请填写{what}", what=msg("备注")))\n'
        "raise PrintError(msg(E_GONE, number=n))\n",
        encoding="utf-8",
    )
    found = [key for key, _line in script.extract_file(source)]
    assert sorted(found) == sorted(
        [("Services", "请填写{what}"), ("Services", "备注"), ("Services", "找不到 {number}")]
    )
    source.write_text("raise FieldError('x', msg(template))\n", encoding="utf-8")
    with pytest.raises(script.ExtractionError, match="literal string"):
        script.extract_file(source)


def test_no_chinese_text_bypasses_the_text_tables() -> None:
    """Chinese strings in the screens sit in QT_TRANSLATE_NOOP (docstrings and full-width
    punctuation used as separators aside)."""
    stray = []
    for path in sorted((ROOT / "desk_app" / "ui").glob("*.py")):
        if path.name in COMMAND_LINE_MODULES:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        allowed: set[int] = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "QT_TRANSLATE_NOOP":
                allowed.update(id(child) for child in ast.walk(node))
            if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
                first = node.body[0] if node.body else None
                if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                    allowed.add(id(first.value))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and id(node) not in allowed
                and node.value not in UNTRANSLATED
                and IDEOGRAPH.search(node.value.replace("前台 Desk", ""))
            ):
                stray.append(f"{path.name}:{node.lineno}: {node.value!r}")
    assert not stray, "move these into the screen's TEXT table:\n" + "\n".join(stray)


# -- choosing the language ------------------------------------------------------------------


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    yield qapp
    language.install_language(qapp, language.SOURCE_LANGUAGE)  # other tests expect Chinese


def test_saved_language_defaults_to_simplified_chinese_and_survives_a_bad_file() -> None:
    assert language.saved_language() == "zh_CN"
    language.save_language("en")
    assert language.saved_language() == "en"
    language.language_config_file().write_text("{not json", encoding="utf-8")
    assert language.saved_language() == "zh_CN"
    language.language_config_file().write_text('{"language": "fr"}', encoding="utf-8")
    assert language.saved_language() == "zh_CN"


def test_english_chosen_shows_english_navigation_at_the_next_start(
    qtbot: QtBot, ui_db: Database, app: QApplication
) -> None:
    language.save_language("en")
    language.install_language(app, language.saved_language())  # what app.py does at start
    main = MainWindow(ui_db)
    qtbot.addWidget(main)
    assert main.navigation_item("today").text(0) == "Today"
    assert main.navigation_item("dashboard").text(0) == "Supervisor dashboard"
    assert main.menuBar().actions()[0].text() == "&File"
    assert QLocale().language() == QLocale.Language.English


def test_traditional_chinese_and_back(qtbot: QtBot, ui_db: Database, app: QApplication) -> None:
    language.install_language(app, "zh_TW")
    main = MainWindow(ui_db)
    qtbot.addWidget(main)
    assert main.navigation_item("dashboard").text(0) == "主管看板"  # same in both scripts
    assert main.navigation_item("worklog").text(0) == "工作資訊記錄"
    language.install_language(app, "zh_CN")
    again = MainWindow(ui_db)
    qtbot.addWidget(again)
    assert again.navigation_item("worklog").text(0) == "工作信息记录"
    assert len(app.findChildren(QTranslator, language.APP_TRANSLATOR_NAME)) == 0


def test_a_missing_translation_file_leaves_the_program_in_chinese(
    qtbot: QtBot, ui_db: Database, app: QApplication, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(language, "translations_dir", lambda: tmp_path)
    language.install_language(app, "en")
    main = MainWindow(ui_db)
    qtbot.addWidget(main)
    assert main.navigation_item("today").text(0) == "今日事项"


def test_the_settings_screen_saves_the_language_for_anyone(qtbot: QtBot, ui_db: Database) -> None:
    with ui_db.begin() as session:
        clerk = Staff(login="clerk", name="前台", role=StaffRole.RECEPTIONIST)
        session.add(clerk)
        session.flush()
        clerk_id = clerk.id
    page = SettingsPage(DeskContext(ui_db, clerk_id))
    qtbot.addWidget(page)
    page.show()
    combo = page.language_combo
    assert combo.isEnabled(), "the interface language is not an administrator's setting"
    assert [combo.itemText(i) for i in range(combo.count())] == ["简体中文", "繁體中文", "English"]
    assert combo.currentData() == "zh_CN"
    combo.setCurrentIndex(combo.findData("en"))
    combo.activated.emit(combo.currentIndex())
    assert language.saved_language() == "en"
    assert "English" in page.language_message.text()
    assert page.language_message.isVisible()

    reopened = SettingsPage(DeskContext(ui_db, clerk_id))
    qtbot.addWidget(reopened)
    assert reopened.language_combo.currentData() == "en"


def test_start_up_installs_the_saved_language(app: QApplication) -> None:
    """app.py's configure_application reads interface.json: English from the next start."""
    from desk_app.ui.app import configure_application

    language.save_language("en")
    configure_application(app)
    assert len(app.findChildren(QTranslator, language.APP_TRANSLATOR_NAME)) == 1
    assert app.translate("Navigation", "今日事项") == "Today"
    configure_application(app)  # again (tests, a second window): still one translator
    assert len(app.findChildren(QTranslator, language.APP_TRANSLATOR_NAME)) == 1


def test_service_messages_follow_the_interface_language(app: QApplication) -> None:
    """Errors of the services (and command-line output) are written in Chinese and shown
    in the user's language, with enum values by their translated labels; what the code
    compares and keeps stays Chinese."""
    from desk_app.messages import msg
    from desk_app.models.enums import ReminderCaseStatus
    from desk_app.services.errors import RuleViolationError
    from desk_app.services.text import required_text
    from desk_app.ui.texts import enum_label

    language.install_language(app, "en")
    with pytest.raises(FieldError) as caught:
        required_text("notes", "  ", msg("备注"), rule="R14")
    shown = str(caught.value)
    assert shown == "Please fill in remarks (R14)"
    assert caught.value.message == "请填写备注"
    refused = RuleViolationError(
        msg(
            "温馨提示案件 {number} 已“{status}”，不能再检查", number="TX-1", status=ReminderCaseStatus.CLEARED
        )
    )
    shown = str(refused)
    assert "TX-1" in shown and enum_label(ReminderCaseStatus.CLEARED) in shown and not IDEOGRAPH.search(shown)
    from desk_app.models import Complaint
    from desk_app.services import audit

    assert str(audit.field_label(Complaint, "status")) == "status"  # the history's field column
    assert str(audit.kind_label("complaint")) == "Complaint"
    assert audit.kind_label("complaint") == "投诉"  # what is compared stays Chinese
    language.install_language(app, "zh_TW")
    assert str(caught.value) == "請填寫備註（R14）"
    language.install_language(app, "zh_CN")
    assert str(caught.value) == "请填写备注（R14）"


def test_commands_print_in_the_saved_language(tmp_path: Path) -> None:
    """``desk-app backup`` (any command) speaks the language chosen in the settings."""
    import os
    import subprocess

    config = tmp_path / "config"
    (config / "desk-app").mkdir(parents=True)
    env = {**os.environ, "XDG_CONFIG_HOME": str(config), "XDG_DATA_HOME": str(tmp_path / "data")}
    database = f"sqlite:///{tmp_path / 'missing' / 'desk.sqlite3'}"
    command = [sys.executable, "-m", "desk_app", "backup", "--database", database]
    chinese = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    assert chinese.returncode == 1 and "备份失败" in chinese.stderr
    (config / "desk-app" / "interface.json").write_text('{"language": "en"}', encoding="utf-8")
    english = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    assert english.returncode == 1 and english.stderr.strip()
    assert not IDEOGRAPH.search(english.stderr.replace("前台 Desk", "")), english.stderr


def test_enum_labels_are_translated_on_screen_only(app: QApplication) -> None:
    """Lists and choices show enum labels in the user's language; ``.label`` (printouts,
    stored text) stays the Chinese of the forms."""
    from desk_app.models.enums import Channel, ComplaintStatus
    from desk_app.ui.record_list import display_value
    from desk_app.ui.texts import enum_label, list_separator

    language.install_language(app, "en")
    assert display_value(Channel.CALL) == "Call"
    assert enum_label(ComplaintStatus.CLOSED) == "Closed"
    assert Channel.CALL.label == "来电"
    assert list_separator() == ", "
