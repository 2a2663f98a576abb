"""The CJK font of the monthly reports.

TODO(printing): merge with ``desk_app.printing.layout.register_fonts`` once the shared
layout module and ``resources/fonts`` have settled; this helper exists so the reports
did not wait for them. It registers the same face under the same name, so PDFs from
both modules embed one font.
"""

from __future__ import annotations

import threading
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONT_NAME = "WQYMicroHei"
#: Shipped with the program first, then the system's copy (Debian/Ubuntu fonts-wqy-microhei).
FONT_PATHS = (
    Path(__file__).resolve().parents[2] / "resources" / "fonts" / "wqy-microhei.ttc",
    Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
)

_lock = threading.Lock()


class FontMissingError(RuntimeError):
    """No copy of the report font was found."""


def font_path() -> Path:
    for path in FONT_PATHS:
        if path.is_file():
            return path
    raise FontMissingError("找不到中文字体 wqy-microhei.ttc（" + "、".join(str(p) for p in FONT_PATHS) + "）")


def register_report_font() -> str:
    """Register the TrueType CJK font once (embedded as a subset, never STSong-Light);
    returns its ReportLab name."""
    with _lock:
        if FONT_NAME not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(FONT_NAME, str(font_path()), subfontIndex=0))
            pdfmetrics.registerFontFamily(
                FONT_NAME, normal=FONT_NAME, bold=FONT_NAME, italic=FONT_NAME, boldItalic=FONT_NAME
            )
    return FONT_NAME
