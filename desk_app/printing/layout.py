"""What every printout shares: the embedded CJK font, Chinese dates, paragraph styles,
ruled tables, signature lines, the cut line of a tear-off receipt, and the page template
(community name, title, record number, date, page numbers).

The font is WenQuanYi Micro Hei (``resources/fonts/wqy-microhei.ttc``, Apache-2.0 or
GPLv3 with the font exception, see the licence files beside it), registered as a
TrueType font: ReportLab embeds the subset of glyphs a document uses, so any printer and
any PDF viewer shows the same characters. The font has a single weight; titles are made
heavier by stroking the glyph outlines (text render mode 2).
"""

from __future__ import annotations

import io
import logging
import re
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    LayoutError,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from desk_app.messages import msg
from desk_app.printing import glyphs
from desk_app.resources import resource_path

log = logging.getLogger(__name__)

FONT_NAME = "WQYMicroHei"
FONT_FILE = ("fonts", "wqy-microhei.ttc")

# -- texts of this module -----------------------------------------------------------------
T_PAGE = "第 {page} 页　共 {pages} 页"
T_NUMBER = "编号：{number}"
T_DATE = "日期：{date}"
T_CUT = "（请沿此线剪下）"
T_BLANK_DATE = "　　　年　　月　　日"
T_YES = "是"
T_NO = "否"
T_NONE = "—"
#: What an empty box of a form to be filled by hand shows: nothing.
T_BLANK = ""
E_RENDER = "无法生成“{title}”{number}：{field}排版失败，请把该栏内容分段或缩短后重试（详细信息已写入日志）"
E_RENDER_FIELD = "“{field}”一栏"
E_RENDER_ANY = "内容"
BOX_EMPTY = "□"
BOX_TICKED = "■"

_font_lock = threading.Lock()
_font_registered = False


def register_fonts() -> str:
    """Register the shipped CJK font once per process; returns its ReportLab name."""
    global _font_registered
    with _font_lock:
        if not _font_registered:
            path = resource_path(*FONT_FILE)
            pdfmetrics.registerFont(TTFont(FONT_NAME, str(path), subfontIndex=0))
            # One weight only: <b>/<i> in paragraphs map to the same face.
            pdfmetrics.registerFontFamily(
                FONT_NAME, normal=FONT_NAME, bold=FONT_NAME, italic=FONT_NAME, boldItalic=FONT_NAME
            )
            _add_line_break_rules()
            _font_registered = True
    glyphs.register_main()  # the fallback fonts: when a text needs them
    return FONT_NAME


#: Chinese punctuation that must not begin a line (避头点). ReportLab's list knows the
#: Japanese set and the ASCII marks, not the full-width ，；：？！ of Chinese text.
NO_LINE_START = "，。、；：？！）》」』〉】〕〗”’…—％·!),.:;?]}"
#: Opening marks that must not end a line (避尾点).
NO_LINE_END = "（《「『〈【〔〖“‘([{"


def _add_line_break_rules() -> None:
    # Both line breakers read a module-level copy of the list.
    from reportlab.lib import textsplit
    from reportlab.platypus import paragraph

    for module in (textsplit, paragraph):
        missing = "".join(ch for ch in NO_LINE_START if ch not in module.ALL_CANNOT_START)
        module.ALL_CANNOT_START += missing
    paragraph.cjkFragSplit = cjk_frag_split
    paragraph.wordSplit = word_split  # the one-run paragraph's line breaker


def word_split(
    word: str | bytes, max_widths: Any, font_name: str, font_size: float, encoding: str = "utf8"
) -> Any:
    """ReportLab's breaker for a paragraph of one run (one font, no markup), with the
    Chinese rules of ``_break_point``: ``[(space left, line text), ...]``."""
    text = word.decode(encoding) if isinstance(word, bytes) else word
    widths_list = list(max_widths) if isinstance(max_widths, list | tuple) else [max_widths]
    widths = [pdfmetrics.stringWidth(char, font_name, font_size) for char in text]
    chars = list(text)
    lines: list[tuple[float, str]] = []
    start = 0
    used = 0.0
    i = 0
    max_width = widths_list[0]
    while i < len(chars):
        if used + widths[i] > max_width + 1e-8 and i > start:
            point = _break_point(chars, start, i)
            lines.append((max_width - sum(widths[start:point]), text[start:point]))
            start = i = point
            used = 0.0
            max_width = widths_list[min(len(lines), len(widths_list) - 1)]
        else:
            used += widths[i]
            i += 1
    if start < len(chars) or not lines:
        lines.append((max_width - sum(widths[start:]), text[start:]))
    return lines


def _break_point(chars: Sequence[str], start: int, end: int) -> int:
    """Where to end a line whose characters ``chars[start:end]`` fit and ``chars[end]``
    does not: the last point at which the next line does not start with a closing mark
    and this line does not end with an opening mark (any number of marks in a row),
    preferably not inside a Latin word or number (looked for in the line's second
    half). Nothing hangs into the margin; a line of marks only breaks where it must."""

    def mark_clash(at: int) -> bool:
        following, preceding = chars[at], chars[at - 1]
        return bool(following and following in NO_LINE_START) or bool(preceding and preceding in NO_LINE_END)

    def latin(char: str) -> bool:
        return len(char) == 1 and ord(char) < 0x3000 and not char.isspace()

    def inside_word(at: int) -> bool:
        return latin(chars[at]) and latin(chars[at - 1])

    half = start + max(1, (end - start) // 2)
    for point in range(end, half - 1, -1):
        if point > start and not mark_clash(point) and not inside_word(point):
            return point
    for point in range(end, start, -1):
        if not mark_clash(point):
            return point
    return end


def _make_cjk_line(
    chars: Sequence[str],
    frags: Sequence[Any],
    run_ends: Sequence[int],
    start: int,
    stop: int,
    max_width: float,
    used: float,
    extra: float,
    line_break: bool,
    calc_bounds: Any,
) -> Any:
    """ReportLab's ``makeCJKParaLine`` for ``chars[start:stop]``, faster: characters of
    one run share their fragment object, so the line is taken run by run
    (``run_ends[i]``: where the run of ``chars[i]`` ends) instead of comparing every
    character's style, which made a 10 000-character field slow. ``chars[i]`` is
    printed in ``frags[i]``."""
    from reportlab.platypus.paragraph import FragLine, getAscentDescent, imgNormV, imgVRange, sameFrag

    words: list[Any] = []
    run: list[str] = []
    current: Any = FragLine()
    max_size = max_ascent = min_descent = 0.0
    index = start
    while index < stop:
        end = min(run_ends[index], stop)
        frag = frags[index]
        font_size = frag.fontSize
        cb_defn: Any = getattr(frag, "cbDefn", None) if calc_bounds else None
        if getattr(cb_defn, "width", 0):
            descent, ascent = imgVRange(imgNormV(cb_defn.height, font_size), cb_defn.valign, font_size)
        else:
            ascent, descent = getAscentDescent(frag.fontName, font_size)
        max_size = max(max_size, font_size)
        max_ascent = max(max_ascent, ascent)
        min_descent = min(min_descent, descent)
        if not sameFrag(current, frag):
            current = current.clone()
            current.text = "".join(run)
            words.append(current)
            run = []
            current = frag
        run.extend(chars[index:end])
        index = end
    if run:
        current = current.clone()
        current.text = "".join(run)
        words.append(current)
    return FragLine(
        kind=1,
        extraSpace=extra,
        wordCount=1,
        words=words[1:],
        fontSize=max_size,
        ascent=max_ascent,
        descent=min_descent,
        maxWidth=max_width,
        currentWidth=used,
        lineBreak=line_break,
    )


#: Widths of single characters by (font, size): a long field is wrapped again at every
#: page it splits over, and measuring each character each time was most of its cost.
_char_widths: dict[tuple[str, float], dict[str, float]] = {}


def _frag_widths(frag: Any, text: str) -> list[Any]:
    """The width of each character of ``text`` in ``frag``, as ReportLab's ``cjkU``
    measures it (an image or other callback fragment: its own width, maybe relative)."""
    if hasattr(frag, "cbDefn"):
        return [getattr(frag.cbDefn, "width", 0)] * max(1, len(text))
    if not text:
        return [pdfmetrics.stringWidth(text, frag.fontName, frag.fontSize)]
    known = _char_widths.setdefault((frag.fontName, frag.fontSize), {})
    widths: list[Any] = []
    for char in text:
        width = known.get(char)
        if width is None:
            width = known[char] = pdfmetrics.stringWidth(char, frag.fontName, frag.fontSize)
        widths.append(width)
    return widths


_split_memo = threading.local()
_SPLIT_MEMO_SIZE = 4096


def cjk_frag_split(
    frags: Any,
    max_widths: Any,
    calc_bounds: Any,
    encoding: str = "utf8",
) -> Any:
    """ReportLab's CJK line breaker with the Chinese rules of ``_break_point``, with a
    memory: a table wraps each cell's paragraph several times at the same width (to
    measure, split and draw it), and the same fragments at the same widths break into
    the same lines (the memory holds the fragments, so their identity is never reused)."""
    widths = tuple(max_widths) if isinstance(max_widths, list | tuple) else (max_widths,)
    key = (id(frags), widths, bool(calc_bounds), encoding)
    memo: dict[Any, tuple[Any, Any]] | None = getattr(_split_memo, "lines", None)
    if memo is None:
        memo = _split_memo.lines = {}
    known = memo.get(key)
    if known is not None and known[0] is frags:
        return known[1]
    result = _cjk_frag_split(frags, max_widths, calc_bounds, encoding)
    if len(memo) >= _SPLIT_MEMO_SIZE:
        memo.clear()
    memo[key] = (frags, result)
    return result


def forget_line_breaks() -> None:
    """Drop this thread's memory of broken lines (after a document is built)."""
    memo = getattr(_split_memo, "lines", None)
    if memo is not None:
        memo.clear()


def _cjk_frag_split(
    frags: Any,
    max_widths: Any,
    calc_bounds: Any,
    encoding: str = "utf8",
) -> Any:
    """The line breaker itself (see ``cjk_frag_split``).

    Works on three parallel lists (character, its fragment, its width) instead of one
    ``cjkU`` object per character, with the widths cached per font and size: the same
    lines as before, several times faster on a long field."""
    from reportlab.platypus.paragraph import ParaLines

    chars: list[str] = []
    owners: list[Any] = []
    raw: list[Any] = []
    breaks: list[bool] = []
    run_ends: list[int] = []
    for frag in frags:
        text = frag.text
        if isinstance(text, bytes):
            text = text.decode(encoding)
        line_break = hasattr(frag, "lineBreak")
        size = len(text) or 1
        chars.extend(text or [text])
        owners.extend([frag] * size)
        raw.extend(_frag_widths(frag, text))
        breaks.extend([line_break] * size)
        run_ends.extend([len(chars)] * size)
    lines: list[Any] = []
    count = len(chars)
    start = 0
    max_width = max_widths[0]

    def width_at(index: int) -> float:
        w = raw[index]
        if w.__class__ is float:
            return w
        if hasattr(w, "normalizedValue"):
            w._normalizer = max_width
            w = w.normalizedValue(max_width)
        return float(w)

    i = 0
    used = 0.0
    while i < count:
        w = width_at(i)
        if breaks[i]:
            used += w
            lines.append(
                _make_cjk_line(
                    chars,
                    owners,
                    run_ends,
                    start,
                    i + 1,
                    max_width,
                    used,
                    max_width - used,
                    True,
                    calc_bounds,
                )
            )
            i += 1
            start = i
            used = 0.0
        elif used + w > max_width + 1e-8 and i > start:
            point = _break_point(chars, start, i)
            line_width = sum(width_at(index) for index in range(start, point))
            lines.append(
                _make_cjk_line(
                    chars,
                    owners,
                    run_ends,
                    start,
                    point,
                    max_width,
                    line_width,
                    max_width - line_width,
                    False,
                    calc_bounds,
                )
            )
            start = point
            i = point
            used = 0.0
        else:
            used += w
            i += 1
            continue
        try:
            max_width = max_widths[len(lines)]
        except IndexError:
            max_width = max_widths[-1]
    if start < count:
        used = sum(width_at(index) for index in range(start, count))
        lines.append(
            _make_cjk_line(
                chars, owners, run_ends, start, count, max_width, used, max_width - used, False, calc_bounds
            )
        )
    return ParaLines(kind=1, lines=lines)


# -- dates ------------------------------------------------------------------------------------


def cn_date(day: date | datetime | None, zone: tzinfo | None = None) -> str:
    """``2026年11月23日``; an aware datetime is first put in ``zone``. None → blank date."""
    if day is None:
        return T_BLANK_DATE
    if isinstance(day, datetime):
        if zone is not None and day.tzinfo is not None:
            day = day.astimezone(zone)
        day = day.date()
    return f"{day.year}年{day.month}月{day.day}日"


def cn_datetime(instant: datetime | None, zone: tzinfo) -> str:
    """``2026年11月23日 14:05`` in the community's zone; None → blank (a box of a form
    left for the pen)."""
    if instant is None:
        return T_BLANK
    local = instant.astimezone(zone) if instant.tzinfo is not None else instant
    return f"{cn_date(local)} {local:%H:%M}"


def yes_no(value: bool | None) -> str:
    """是/否; None (not known yet) → blank, never a 否 that has not happened."""
    if value is None:
        return T_BLANK
    return T_YES if value else T_NO


def text_or_dash(value: object) -> str:
    if value is None:
        return T_NONE
    text = str(value).strip()
    return text or T_NONE


def boxes(options: Sequence[str], ticked: Sequence[str] | set[str]) -> Flowable:
    """``☑满意　☐不满意``: a printed checklist with drawn boxes big enough to tick."""
    return CheckBoxes(options, ticked)


# -- styles -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    cell: ParagraphStyle
    label: ParagraphStyle
    small: ParagraphStyle
    heading: ParagraphStyle
    letter: ParagraphStyle
    right: ParagraphStyle
    centre: ParagraphStyle


def _style(name: str, size: float, **kwargs: Any) -> ParagraphStyle:
    return ParagraphStyle(
        name,
        fontName=register_fonts(),
        fontSize=size,
        leading=kwargs.pop("leading", size * 1.45),
        wordWrap="CJK",
        **kwargs,
    )


_styles: Styles | None = None


def styles() -> Styles:
    global _styles
    if _styles is None:
        _styles = Styles(
            body=_style("desk-body", 11),
            cell=_style("desk-cell", 10),
            label=_style("desk-label", 10, alignment=TA_CENTER),
            small=_style("desk-small", 8.5, textColor=colors.HexColor("#333333")),
            heading=_style("desk-heading", 13, spaceBefore=8, spaceAfter=4, keepWithNext=1),
            letter=_style("desk-letter", 12, leading=22, firstLineIndent=0),
            right=_style("desk-right", 11, alignment=TA_RIGHT),
            centre=_style("desk-centre", 11, alignment=TA_CENTER),
        )
    return _styles


def escape(text: str) -> str:
    """Text for a Paragraph: markup characters escaped, line breaks kept, characters the
    main font lacks set in a fallback font (``glyphs.markup``)."""
    register_fonts()
    text = glyphs.markup(text.replace("\r\n", "\n")).replace("\n", "<br/>")
    # ReportLab collapses the ideographic space like any blank; four no-break spaces
    # keep the width of one (indents, 年　月　日 blanks).
    return text.replace("\u3000", "\u00a0" * 4)


_indented: dict[str, ParagraphStyle] = {}


def _indented_style(style: ParagraphStyle) -> ParagraphStyle:
    derived = _indented.get(style.name)
    if derived is None:
        derived = ParagraphStyle(f"{style.name}-indent", parent=style, firstLineIndent=2 * style.fontSize)
        _indented[style.name] = derived
    return derived


def para(text: str, style: ParagraphStyle | None = None) -> Paragraph:
    """A paragraph; text opening with two ideographic spaces (the Chinese paragraph
    indent) gets a first-line indent of two characters instead, which survives the
    line breaking."""
    chosen = style or styles().body
    if text.startswith("\u3000\u3000"):
        return Paragraph(escape(text.lstrip("\u3000")), _indented_style(chosen))
    return Paragraph(escape(text), chosen)


def heading(text: str) -> Paragraph:
    return para(text, styles().heading)


# -- flowables --------------------------------------------------------------------------------


class MinHeight(Flowable):  # type: ignore[misc]
    """A flowable at least ``height`` tall (a box on a paper form left for handwriting)."""

    def __init__(self, inner: Flowable, height: float) -> None:
        super().__init__()
        self.inner = inner
        self.min_height = height

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        width, height = self.inner.wrap(avail_width, avail_height)
        self._inner_height = height
        # The table's in-row split reads .height: without it a tall cell never splits.
        self.width, self.height = width, max(height, self.min_height)
        return self.width, self.height

    def draw(self) -> None:
        top = max(self._inner_height, self.min_height)
        self.inner.drawOn(self.canv, 0, top - self._inner_height)

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        # Only the handwriting room is lost when the text itself runs over a page;
        # a text that fits whole is not split (the table then moves it on).
        parts = list(self.inner.split(avail_width, avail_height))
        if len(parts) > 1:
            return parts
        if self._inner_height <= avail_height < self.min_height:
            # The text fits, the room for the pen does not: the box goes on overleaf.
            return [
                MinHeight(self.inner, avail_height),
                MinHeight(Spacer(0, 0), self.min_height - avail_height),
            ]
        return []


class CheckBoxes(Flowable):  # type: ignore[misc]
    """Options with drawn square boxes (``BOX_SIZE``, big enough to tick by hand);
    a chosen option's box carries a tick. Options wrap onto further lines."""

    BOX_SIZE = 3.8 * mm
    FONT_SIZE = 10.0
    GAP = 1.5 * mm
    SPACING = 5 * mm
    LEADING = 6 * mm

    def __init__(self, options: Sequence[str], ticked: Sequence[str] | set[str]) -> None:
        super().__init__()
        self.options = list(options)
        self.ticked = set(ticked)
        self._places: list[tuple[float, int, str]] = []

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        font = register_fonts()
        x, line = 0.0, 0
        self._places = []
        for option in self.options:
            item = self.BOX_SIZE + self.GAP + pdfmetrics.stringWidth(option, font, self.FONT_SIZE)
            if x > 0 and x + item > avail_width:
                x, line = 0.0, line + 1
            self._places.append((x, line, option))
            x += item + self.SPACING
        self._lines = line + 1
        self.width = avail_width
        self.height = self._lines * self.LEADING
        return avail_width, self.height

    def draw(self) -> None:
        canvas: Canvas = self.canv
        font = register_fonts()
        canvas.saveState()
        canvas.setLineWidth(0.8)
        for x, line, option in self._places:
            bottom = self.height - (line + 1) * self.LEADING + (self.LEADING - self.BOX_SIZE) / 2
            canvas.rect(x, bottom, self.BOX_SIZE, self.BOX_SIZE, stroke=1, fill=0)
            if option in self.ticked:
                size = self.BOX_SIZE
                path = canvas.beginPath()
                path.moveTo(x + size * 0.2, bottom + size * 0.5)
                path.lineTo(x + size * 0.42, bottom + size * 0.22)
                path.lineTo(x + size * 0.82, bottom + size * 0.8)
                canvas.setLineWidth(1.3)
                canvas.drawPath(path, stroke=1, fill=0)
                canvas.setLineWidth(0.8)
            canvas.setFont(font, self.FONT_SIZE)
            canvas.drawString(x + self.BOX_SIZE + self.GAP, bottom + self.BOX_SIZE * 0.18, option)
        canvas.restoreState()


class CutLine(Flowable):  # type: ignore[misc]
    """A dashed line across the frame with 请沿此线剪下 in its middle."""

    def __init__(self, space: float = 6 * mm) -> None:
        super().__init__()
        self.space = space

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return avail_width, 2 * self.space

    def draw(self) -> None:
        canvas: Canvas = self.canv
        y = self.space
        font = register_fonts()
        text_width = pdfmetrics.stringWidth(T_CUT, font, 9)
        gap = text_width / 2 + 3 * mm
        middle = self.width / 2
        canvas.saveState()
        canvas.setDash(4, 3)
        canvas.setLineWidth(0.6)
        canvas.line(0, y, middle - gap, y)
        canvas.line(middle + gap, y, self.width, y)
        canvas.setFont(font, 9)
        canvas.drawCentredString(middle, y - 3, T_CUT)
        canvas.restoreState()


GRID = colors.black
LABEL_FILL = colors.HexColor("#f0f0f0")


def _cell(value: object, style: ParagraphStyle) -> object:
    """A table cell: flowables as they are, text as a wrapping paragraph; an empty
    value stays blank (a box to fill by hand, never a pre-printed “—”)."""
    if isinstance(value, list):
        return value
    if isinstance(value, Flowable):
        return [value]
    return [para("" if value is None else str(value).strip(), style)]


def ruled_table(
    rows: Sequence[Sequence[object]],
    col_widths: Sequence[float],
    *,
    header_rows: int = 1,
    repeat_header: bool = True,
    extra: Sequence[tuple[Any, ...]] = (),
    ident: str | None = None,
    top_edge: bool = True,
    bottom_edge: bool = True,
) -> Table:
    """A ruled table: every cell boxed, header rows shaded and centred; strings become
    wrapping paragraphs (so long Chinese text never overflows a cell). Rows taller than
    what is left of a page split inside the row, the header rows repeat on each page:
    a 10 000-character cell flows over as many pages as it needs. ``ident`` names the
    fields in a rendering error."""
    s = styles()
    data = [
        [_cell(value, s.label if index < header_rows else s.cell) for value in row]
        for index, row in enumerate(rows)
    ]
    table = Table(
        data,
        colWidths=list(col_widths),
        repeatRows=header_rows if repeat_header else 0,
        splitByRow=1,
        splitInRow=1,
        ident=f"{_IDENT}{ident}{_IDENT}" if ident else None,
    )
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), register_fonts()),
        ("GRID", (0, 0), (-1, -1), 0.6, GRID),
        ("LINEBEFORE", (0, 0), (0, -1), 1.2, GRID),
        ("LINEAFTER", (-1, 0), (-1, -1), 1.2, GRID),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    if top_edge:
        commands.append(("LINEABOVE", (0, 0), (-1, 0), 1.2, GRID))
    if bottom_edge:
        commands.append(("LINEBELOW", (0, -1), (-1, -1), 1.2, GRID))
    if header_rows:
        commands.append(("BACKGROUND", (0, 0), (-1, header_rows - 1), LABEL_FILL))
    commands.extend(extra)
    table.setStyle(TableStyle(commands))
    return table


@dataclass(frozen=True)
class Field:
    """One label/value pair of a form; ``wide`` takes the whole row, ``height`` keeps
    room for handwriting."""

    label: str
    value: object
    wide: bool = False
    height: float = 0.0


class Stack(Flowable):  # type: ignore[misc]
    """Flowables one below the other as one story element that splits between and
    inside its parts (the segments of a form's grid)."""

    def __init__(self, parts: Sequence[Flowable], ident: str | None = None) -> None:
        super().__init__()
        self.parts = list(parts)
        self.ident = ident
        self._sizes: list[tuple[float, float]] = []

    def identity(self, maxLen: int | None = None) -> str:  # noqa: N803  (ReportLab's name)
        # A layout error quotes this: it names the fields (see ``render_error``).
        return f"<Stack {_IDENT}{self.ident}{_IDENT}>" if self.ident else "<Stack>"

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self._sizes = [part.wrap(avail_width, avail_height) for part in self.parts]
        self.width = avail_width
        self.height = sum(height for _width, height in self._sizes)
        return self.width, self.height

    def draw(self) -> None:
        y = self.height
        for part, (_width, height) in zip(self.parts, self._sizes, strict=True):
            y -= height
            part.drawOn(self.canv, 0, y)

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        used = 0.0
        for index, part in enumerate(self.parts):
            _width, height = part.wrap(avail_width, avail_height - used)
            if used + height <= avail_height + 1e-6:
                used += height
                continue
            pieces = part.split(avail_width, avail_height - used) if avail_height - used > 0 else []
            head = self.parts[:index] + (pieces[:1] if pieces else [])
            tail = (pieces[1:] if pieces else [part]) + self.parts[index + 1 :]
            if not head:
                return []
            return [Stack(head, self.ident), Stack(tail, self.ident)]
        return [self]


def field_table(fields: Sequence[Field], width: float, label_width: float = 26 * mm) -> Flowable:
    """A paper form's grid: two label/value pairs per row, wide fields on a row of their
    own; labels shaded and centred. Built of stacked tables without spanned cells, so
    that a row of any length splits across pages at its full width."""
    s = styles()
    value_width = (width - 2 * label_width) / 2
    segments: list[tuple[bool, list[list[object]], list[str]]] = []
    pending: list[Field] = []

    def value_cell(item: Field) -> object:
        cell = _cell(item.value, s.cell)
        if item.height and isinstance(cell, list) and len(cell) == 1:
            return [MinHeight(cell[0], item.height)]
        return cell

    def add(wide: bool, row: list[object], labels: list[str]) -> None:
        if segments and segments[-1][0] == wide:
            segments[-1][1].append(row)
            segments[-1][2].extend(labels)
        else:
            segments.append((wide, [row], labels))

    def flush() -> None:
        if not pending:
            return
        first = pending[0]
        if len(pending) == 1 and first.wide:
            add(True, [para(first.label, s.label), value_cell(first)], [first.label])
        elif len(pending) == 1:
            add(False, [para(first.label, s.label), value_cell(first), "", ""], [first.label])
        else:
            second = pending[1]
            row = [
                para(first.label, s.label),
                value_cell(first),
                para(second.label, s.label),
                value_cell(second),
            ]
            add(False, row, [first.label, second.label])
        pending.clear()

    for item in fields:
        if item.wide:
            flush()
            pending.append(item)
            flush()
        else:
            pending.append(item)
            if len(pending) == 2:
                flush()
    flush()
    long_values = {item.label for item in fields if isinstance(item.value, str) and len(item.value) > 200}
    tables: list[Flowable] = []
    for index, (wide, rows, labels) in enumerate(segments):
        commands: list[tuple[Any, ...]] = [("BACKGROUND", (0, 0), (0, -1), LABEL_FILL)]
        # Values start at the top of their box (a split box then never leaves an
        # empty first part); labels stay centred.
        commands.append(("VALIGN", (1, 0), (1, -1), "TOP"))
        if not wide:
            commands.append(("BACKGROUND", (2, 0), (2, -1), LABEL_FILL))
            commands.append(("VALIGN", (3, 0), (3, -1), "TOP"))
        elif any(label in long_values for label in labels):
            # A label beside a text running over pages stays at the text's start.
            commands.append(("VALIGN", (0, 0), (0, -1), "TOP"))
        named = [label for label in labels if label in long_values] or labels
        tables.append(
            ruled_table(
                rows,
                [label_width, width - label_width]
                if wide
                else [label_width, value_width, label_width, value_width],
                header_rows=0,
                extra=commands,
                ident="、".join(named),
                top_edge=index == 0,
                bottom_edge=index == len(segments) - 1,
            )
        )
    if len(tables) == 1:
        return tables[0]
    suspects = [
        item.label for item in fields if item.label in long_values or isinstance(item.value, Flowable)
    ]
    return Stack(tables, "、".join(suspects or [item.label for item in fields if item.wide]) or None)


def issuer_row(names: Sequence[str], width: float) -> Table:
    """Joint issuers (each with its seal) side by side in equal columns: none above
    another, so none reads as the main one (避免主次不分)."""
    s = styles()
    count = max(1, len(names))
    column = width / count
    font = register_fonts()
    widest = max((pdfmetrics.stringWidth(name, font, 1) for name in names), default=1.0) or 1.0
    # Each name on one line when it can be read so (not below 8 pt); else it wraps.
    size = max(8.0, min(s.centre.fontSize, (column - 10) / widest))
    style = ParagraphStyle(f"desk-issuer-{size:.1f}", parent=s.centre, fontSize=size, leading=size * 1.4)
    table = Table([[para(name, style) for name in names]], colWidths=[column] * count)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), register_fonts()),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return table


def signature_block(items: Sequence[tuple[str, str]], width: float, *, height: float = 10 * mm) -> Table:
    """Signature and date lines: ``label：______`` for each item, side by side; the value
    (often blank) sits on the line."""
    s = styles()
    count = len(items)
    label_widths = [pdfmetrics.stringWidth(label + "：", register_fonts(), 11) + 8 for label, _ in items]
    rest = (width - sum(label_widths)) / count
    widths: list[float] = []
    row: list[object] = []
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), register_fonts()),
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), 1),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
    ]
    for index, ((label, value), label_width) in enumerate(zip(items, label_widths, strict=True)):
        widths.extend([label_width, rest])
        row.extend([para(label + "：", s.body), para(value, s.body)])
        column = 2 * index + 1
        commands.append(("LINEBELOW", (column, 0), (column, 0), 0.6, GRID))
    table = Table([row], colWidths=widths, rowHeights=[height])
    table.setStyle(TableStyle(commands))
    return table


# -- the page template --------------------------------------------------------------------------


@dataclass(frozen=True)
class PageHeader:
    """What every page of a form shows at its top."""

    community: str
    title: str
    number: str | None
    date_text: str | None


def draw_title(canvas: Canvas, x: float, y: float, text: str, size: float, *, spacing: float = 0.0) -> None:
    """A heavy centred title: the glyphs filled and stroked, letters spaced out."""
    font = register_fonts()
    width = pdfmetrics.stringWidth(text, font, size) + spacing * (len(text) - 1)
    canvas.saveState()
    text_object = canvas.beginText()
    text_object.setTextOrigin(x - width / 2, y)
    text_object.setFont(font, size)
    text_object.setCharSpace(spacing)
    text_object.setTextRenderMode(2)
    canvas.setLineWidth(size / 40)
    text_object.textOut(text)
    canvas.drawText(text_object)
    canvas.restoreState()


#: No printout has this many pages: a layout reaching it is looping.
MAX_PAGES = 400


class _NumberedCanvas(Canvas):  # type: ignore[misc]
    """Draws 第 N 页 共 M 页 once the page count is known (only when M > 1)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._saved: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802  (ReportLab's name)
        if len(self._saved) >= MAX_PAGES:
            # A layout that makes no progress would otherwise run until memory ends.
            raise LayoutError(f"more than {MAX_PAGES} pages")
        self._saved.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._saved)
        for state in self._saved:
            self.__dict__.update(state)
            if total > 1:
                width, _height = self._pagesize
                self.setFont(register_fonts(), 9)
                self.drawCentredString(width / 2, 10 * mm, T_PAGE.format(page=self._pageNumber, pages=total))
            super().showPage()
        super().save()


_IDENT = "\u2063"


def render_error(exc: BaseException, title: str, number: str | None) -> Exception:
    """The Chinese error for a printout that could not be laid out, naming the record
    and, when the failing table says so, its fields; the detail goes to the log."""
    from desk_app.printing.common import PrintError

    log.error("rendering %s %s failed", title, number or "", exc_info=exc)
    found = re.search(f"{_IDENT}(.+?){_IDENT}", str(exc))
    field = msg(E_RENDER_FIELD, field=found.group(1)) if found else msg(E_RENDER_ANY)
    return PrintError(msg(E_RENDER, title=title, number=f"（{number}）" if number else "", field=field))


HEADER_HEIGHT = 30 * mm
MARGIN = 18 * mm


def _draw_header(header: PageHeader) -> Callable[[Canvas, BaseDocTemplate], None]:
    def on_page(canvas: Canvas, doc: BaseDocTemplate) -> None:
        width, height = doc.pagesize
        font = register_fonts()
        canvas.saveState()
        canvas.setFont(font, 12)
        canvas.drawCentredString(width / 2, height - MARGIN + 2 * mm, header.community)
        draw_title(canvas, width / 2, height - MARGIN - 10 * mm, header.title, 20, spacing=3)
        canvas.setFont(font, 10)
        baseline = height - MARGIN - HEADER_HEIGHT + 8 * mm
        if header.number:
            canvas.drawString(doc.leftMargin, baseline, T_NUMBER.format(number=header.number))
        if header.date_text:
            canvas.drawRightString(width - doc.rightMargin, baseline, T_DATE.format(date=header.date_text))
        canvas.restoreState()

    return on_page


def content_width(pagesize: tuple[float, float] = A4) -> float:
    return float(pagesize[0] - 2 * MARGIN)


def build_form_pdf(
    story: list[Flowable],
    header: PageHeader,
    *,
    pagesize: tuple[float, float] = A4,
    author: str = "",
) -> bytes:
    """A form's pages: header on each page (community, title, number, date), page
    numbers when there is more than one page; returns the PDF bytes."""
    register_fonts()
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=pagesize,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN + HEADER_HEIGHT,
        bottomMargin=MARGIN,
        title=f"{header.title} {header.number or ''}".strip(),
        author=author or header.community,
        creator="前台 Desk",
        # No Helvetica in the file: every font of a printout is the embedded one.
        initialFontName=FONT_NAME,
    )
    frame = Frame(
        doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body", leftPadding=0, rightPadding=0
    )
    doc.addPageTemplates([PageTemplate(id="form", frames=[frame], onPage=_draw_header(header))])
    try:
        doc.build(story, canvasmaker=_NumberedCanvas)
    except Exception as exc:  # LayoutError and the like: a Chinese message, detail to the log
        raise render_error(exc, header.title, header.number) from exc
    finally:
        forget_line_breaks()
    return buffer.getvalue()


__all__ = [
    "BOX_EMPTY",
    "BOX_TICKED",
    "FONT_NAME",
    "MARGIN",
    "CheckBoxes",
    "CutLine",
    "Field",
    "KeepTogether",
    "MinHeight",
    "PageHeader",
    "Stack",
    "Styles",
    "Title",
    "boxes",
    "build_form_pdf",
    "cn_date",
    "cn_datetime",
    "content_width",
    "draw_title",
    "escape",
    "field_table",
    "heading",
    "issuer_row",
    "para",
    "register_fonts",
    "render_error",
    "ruled_table",
    "signature_block",
    "styles",
    "text_or_dash",
    "yes_no",
]


class Title(Flowable):  # type: ignore[misc]
    """A heavy centred title inside the page body (slips, receipts, dossier parts)."""

    def __init__(self, text: str, size: float, *, spacing: float = 0.0, space_after: float = 4 * mm) -> None:
        super().__init__()
        self.text = text
        self.size = size
        self.spacing = spacing
        self.space_after = space_after

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return avail_width, self.size * 1.3 + self.space_after

    def draw(self) -> None:
        draw_title(
            self.canv,
            self.width / 2,
            self.space_after + self.size * 0.25,
            self.text,
            self.size,
            spacing=self.spacing,
        )
