"""Where the files of ``resources/`` are at run time (fonts, slip texts, icons).

``resources/`` lives at the root of the repository, beside ``desk_app/``. It is found,
in this order:

1. ``DESK_APP_RESOURCES`` — an explicit folder (an installation that keeps its own
   edited slip texts, or a test);
2. ``sys._MEIPASS/resources`` — inside a PyInstaller bundle (the spec file adds the
   folder as data under the name ``resources``);
3. ``<repository root>/resources`` — a source checkout or an editable install;
4. ``<sys.prefix>/share/desk-app/resources`` — an installed wheel
   (``[tool.setuptools.data-files]`` in pyproject.toml puts the folder there).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from desk_app.messages import msg

ENV_RESOURCES = "DESK_APP_RESOURCES"
_PACKAGE = Path(__file__).resolve().parent


def _candidates() -> list[Path]:
    found: list[Path] = []
    configured = os.environ.get(ENV_RESOURCES, "").strip()
    if configured:
        found.append(Path(configured))
    bundle = getattr(sys, "_MEIPASS", None)
    if isinstance(bundle, str):
        found.append(Path(bundle) / "resources")
    found.append(_PACKAGE.parent / "resources")
    found.append(Path(sys.prefix) / "share" / "desk-app" / "resources")
    return found


def resources_dir() -> Path:
    """The first existing resources folder (see the module docstring)."""
    candidates = _candidates()
    for folder in candidates:
        if folder.is_dir():
            return folder
    tried = "、".join(str(folder) for folder in candidates)
    raise FileNotFoundError(msg("找不到程序资源文件夹 resources（已查找：{tried}）", tried=tried))


def resource_path(*parts: str) -> Path:
    """A file under the resources folder, e.g. ``resource_path("fonts", "x.ttc")``."""
    return resources_dir().joinpath(*parts)
