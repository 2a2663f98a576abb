"""Glyph coverage of the printouts: the main font and its fallbacks, per character.

WenQuanYi Micro Hei covers the common CJK characters but almost none of CJK
Extension A/B, where real personal names live (王䶮, 𠮷). Two subsets of the Hanazono
Mincho fonts (``resources/fonts/hanazono-mincho-*-subset.ttf``, Hanazono Font License,
see ``hanazono-LICENSE.txt``) are registered as fallbacks: A covers all of Extension A,
the compatibility ideographs and the newest URO characters; B the Extension B
characters of the Chinese, Hong Kong, Macao and Japanese sources and of the 通用规范汉字表.
Both are TrueType (glyf) fonts, so ReportLab embeds the subset a document uses.

``markup(text)`` escapes a text for a ReportLab paragraph and puts every run of
characters the main font lacks into ``<font name=...>`` of the first fallback that has
them. A character no font has is kept (it prints as a blank) and recorded: inside
``collect_missing()`` the caller gets the set, so the print preview and the command
line can name it instead of printing a silent blank.
"""

from __future__ import annotations

import logging
import threading
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from desk_app.resources import resource_path

log = logging.getLogger(__name__)

MAIN_FONT = "WQYMicroHei"
FALLBACK_FONTS: tuple[tuple[str, str], ...] = (
    ("HanaMinA", "hanazono-mincho-a-subset.ttf"),
    ("HanaMinB", "hanazono-mincho-b-subset.ttf"),
)

_lock = threading.Lock()
#: (font name, the characters it has): the main font first, then the fallbacks once a
#: text needed them. Replaced whole, never changed in place (threads read it unlocked).
_charmaps: tuple[tuple[str, frozenset[int]], ...] = ()
_fallbacks_registered = False
_state = threading.local()


def _utf16_hex(code: int) -> str:
    return chr(code).encode("utf-16-be").hex().upper()


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """ReportLab's ToUnicode CMap, with characters beyond U+FFFF written as UTF-16
    surrogate pairs (ReportLab writes ``<20BB7>``, which no reader maps back to 𠮷: the
    character would print but not copy or search)."""
    text = str(_original_cmap(fontname, subset))
    if all(code <= 0xFFFF for code in subset):
        return text
    for index, code in enumerate(subset):
        if code > 0xFFFF:
            text = text.replace(f"<{index:02X}> <{code:04X}>", f"<{index:02X}> <{_utf16_hex(code)}>")
    return text


_original_cmap: Any = None


def register_main() -> None:
    """Know the main font's characters (once per process); registers the main font
    first when nothing has yet (a glyph check before any printout)."""
    global _original_cmap, _charmaps
    if _charmaps:
        return
    from reportlab.pdfbase import pdfmetrics

    if MAIN_FONT not in pdfmetrics.getRegisteredFontNames():
        from desk_app.printing.layout import register_fonts

        register_fonts()  # registers the main font, then calls back here
        return
    with _lock:
        if _charmaps:
            return
        # ReportLab is imported here, not at the top: the preview imports this module
        # and the program's start-up does not pay for ReportLab.
        from reportlab.pdfbase import pdfmetrics, ttfonts

        if _original_cmap is None:
            _original_cmap = ttfonts.makeToUnicodeCMap
            ttfonts.makeToUnicodeCMap = _to_unicode_cmap
        main = pdfmetrics.getFont(MAIN_FONT)
        _charmaps = ((MAIN_FONT, frozenset(main.face.charToGlyph)),)


def register_fallbacks() -> None:
    """Register the fallback fonts once per process, the first time a text has a
    character the main font lacks (issue 18: parsing the two fonts took a tenth of a
    second of every printout, and most never use them)."""
    global _charmaps, _fallbacks_registered
    register_main()
    with _lock:
        if _fallbacks_registered:
            return
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        maps = list(_charmaps)
        for name, file_name in FALLBACK_FONTS:
            font = TTFont(name, str(resource_path("fonts", file_name)))
            pdfmetrics.registerFont(font)
            pdfmetrics.registerFontFamily(name, normal=name, bold=name, italic=name, boldItalic=name)
            maps.append((name, frozenset(font.face.charToGlyph)))
        _charmaps = tuple(maps)
        _fallbacks_registered = True


def _needs_no_glyph(char: str) -> bool:
    # Line breaks, blanks, joiners and variation selectors draw nothing of their own.
    return char in "\n\r\t" or (unicodedata.category(char) in {"Zs", "Cc", "Cf", "Mn"} and char != "\u00ad")


def font_for(char: str) -> str | None:
    """The first font that has ``char``; None when none has it."""
    register_main()
    code = ord(char)
    if code in _charmaps[0][1]:
        return MAIN_FONT
    register_fallbacks()
    for name, charmap in _charmaps[1:]:
        if code in charmap:
            return name
    return None


def missing_characters(text: str) -> list[str]:
    """The characters of ``text`` no shipped font can print, in order, each once."""
    register_main()
    seen: dict[str, None] = {}
    for char in text:
        if char not in seen and font_for(char) is None and not _needs_no_glyph(char):
            seen[char] = None
    return list(seen)


def _escape_run(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def markup(text: str) -> str:
    """Paragraph markup of plain ``text``: escaped, runs in fallback fonts wrapped."""
    register_main()
    main_map = _charmaps[0][1]
    parts: list[str] = []
    run: list[str] = []
    run_font = MAIN_FONT
    missing = getattr(_state, "missing", None)

    def flush() -> None:
        if not run:
            return
        chunk = _escape_run("".join(run))
        parts.append(chunk if run_font == MAIN_FONT else f'<font name="{run_font}">{chunk}</font>')
        run.clear()

    for char in text:
        if ord(char) in main_map or char in "\n\r\t " or ord(char) < 0x80:
            font = MAIN_FONT
        else:
            found = font_for(char)
            if found is None:
                font = MAIN_FONT
                if not _needs_no_glyph(char) and (missing is None or char not in missing):
                    log.warning("no font of the printouts has %r (U+%04X)", char, ord(char))
                    if missing is not None:
                        missing[char] = None
            else:
                font = found
        if font != run_font:
            flush()
            run_font = font
        run.append(char)
    flush()
    return "".join(parts)


@contextmanager
def collect_missing() -> Iterator[list[str]]:
    """Collect, on this thread, the characters that could not be printed while the
    block renders; the list is filled when the block ends."""
    previous = getattr(_state, "missing", None)
    found: dict[str, None] = {}
    _state.missing = found
    result: list[str] = []
    try:
        yield result
    finally:
        _state.missing = previous
        result.extend(found)
        if previous is not None:
            for char in found:
                previous.setdefault(char, None)


def describe(chars: list[str]) -> str:
    """``“😀”（U+1F600）、“ཀ”（U+0F40）`` for a warning."""
    return "、".join(f"“{char}”（U+{ord(char):04X}）" for char in chars)
