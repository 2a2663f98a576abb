"""The user's folders of the program (platformdirs), without importing the database
layer: the first screen and ``desk-app incoming-call`` need them before SQLAlchemy is
loaded (issue 18). ``models.database`` re-exports them."""

from __future__ import annotations

from pathlib import Path

import platformdirs

APP_NAME = "desk-app"


def user_config_dir() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def user_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def user_log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


__all__ = ["APP_NAME", "user_config_dir", "user_data_dir", "user_log_dir"]
