"""The interface language: Simplified Chinese (the source text), Traditional Chinese or
English, chosen on the settings screen and kept per user in ``interface.json`` in the
user config folder (beside ``database.json``). It takes effect at the next start: the
screens translate their text when they are built.

The program's translations are ``resources/translations/desk_app_<code>.qm`` (made from
the .ts files by ``scripts/translations.py``); Qt's own words (OK, Cancel, Copy…) come
from Qt's ``qtbase_<code>.qm`` when Qt ships it.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desk_app.messages import set_localizer
from desk_app.resources import resources_dir
from desk_app.ui.texts import translate_message
from desk_app.user_dirs import user_config_dir

log = logging.getLogger(__name__)

LANGUAGE_CONFIG_FILE = "interface.json"
SOURCE_LANGUAGE = "zh_CN"

#: The object names of the translators this module installs (to replace them).
APP_TRANSLATOR_NAME = "desk_app_translator"
QT_TRANSLATOR_NAME = "desk_app_qtbase_translator"


@dataclass(frozen=True)
class Language:
    code: str
    #: The language's name in that language: never translated, so that a person who
    #: cannot read the current interface still finds their own.
    name: str
    locale: QLocale


LANGUAGES: tuple[Language, ...] = (
    Language("zh_CN", "简体中文", QLocale(QLocale.Language.Chinese, QLocale.Country.China)),
    Language(
        "zh_TW",
        "繁體中文",
        QLocale(QLocale.Language.Chinese, QLocale.Script.TraditionalChineseScript, QLocale.Country.Taiwan),
    ),
    Language("en", "English", QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)),
)


def language(code: str) -> Language:
    """The language of ``code``; the source language for an unknown code."""
    for candidate in LANGUAGES:
        if candidate.code == code:
            return candidate
    return LANGUAGES[0]


def language_config_file() -> Path:
    return user_config_dir() / LANGUAGE_CONFIG_FILE


def saved_language() -> str:
    """The code saved by the settings screen; Simplified Chinese when there is none or
    the file cannot be read (never an error: the program must start)."""
    path = language_config_file()
    try:
        payload = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return SOURCE_LANGUAGE
    except (OSError, ValueError):
        log.warning("the interface settings %s cannot be read; ignored", path, exc_info=True)
        return SOURCE_LANGUAGE
    code = payload.get("language") if isinstance(payload, dict) else None
    return language(code).code if isinstance(code, str) else SOURCE_LANGUAGE


def save_language(code: str) -> Path:
    """Keep ``code`` for the next start; the file written."""
    path = language_config_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(".tmp")
    temporary.write_text(json.dumps({"language": language(code).code}), encoding="utf-8")
    temporary.replace(path)
    return path


def translations_dir() -> Path:
    return resources_dir() / "translations"


def _replace_translator(app: QCoreApplication, name: str, load: QTranslator | None) -> bool:
    old = app.findChild(QTranslator, name)
    if old is not None:
        app.removeTranslator(old)
        old.setParent(None)
        old.deleteLater()
    if load is None:
        return False
    load.setObjectName(name)
    load.setParent(app)
    return app.installTranslator(load)


def install_language(app: QCoreApplication, code: str) -> Language:
    """Make ``code`` the language of every text translated from now on: the default
    locale (number and date formats), the program's translation and Qt's own. A missing
    file is logged, never fatal: the program then speaks Simplified Chinese."""
    chosen = language(code)
    QLocale.setDefault(chosen.locale)
    # the services' messages (errors, command-line output) follow the same translators
    set_localizer(translate_message)

    program: QTranslator | None = None
    if chosen.code != SOURCE_LANGUAGE:
        program = QTranslator()
        path = translations_dir() / f"desk_app_{chosen.code}.qm"
        if not program.load(str(path)):
            log.warning("the translation %s was not found; the interface stays in Simplified Chinese", path)
            program = None
    _replace_translator(app, APP_TRANSLATOR_NAME, program)

    qt = QTranslator()
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(chosen.locale, "qtbase", "_", folder):
        _replace_translator(app, QT_TRANSLATOR_NAME, qt)
    else:
        _replace_translator(app, QT_TRANSLATOR_NAME, None)
        if chosen.code != "en":  # Qt's own words are English already
            log.warning("Qt's translation qtbase for %s was not found in %s", chosen.code, folder)
    return chosen
