"""Checks every free-text field of every form goes through: required or optional,
trimmed, and refused with the field named when it cannot be stored (NUL bytes)."""

from __future__ import annotations

from desk_app.messages import msg
from desk_app.services.errors import FieldError


def required_text(
    field: str, value: str | None, what: str, rule: str | None = None, limit: int | None = None
) -> str:
    """``value`` trimmed; a FieldError naming ``field`` when it is empty, unusable, or
    longer than its column (``limit``; PostgreSQL refuses longer strings)."""
    if value is None or not value.strip():
        raise FieldError(field, msg("请填写{what}", what=what), rule=rule)
    if "\x00" in value:
        raise FieldError(field, msg("{what}含有无法保存的控制字符", what=what), rule=rule)
    text = value.strip()
    if limit is not None and len(text) > limit:
        raise FieldError(field, msg("{what}过长（最多 {limit} 个字）", what=what, limit=limit), rule=rule)
    return text


def optional_text(
    value: str | None, field: str | None = None, what: str = msg("内容"), limit: int | None = None
) -> str | None:
    """``value`` trimmed, NUL bytes dropped; None when nothing is left; a FieldError
    naming ``field`` when it is longer than ``limit``."""
    if value is None:
        return None
    stripped = value.replace("\x00", "").strip()
    if limit is not None and len(stripped) > limit:
        raise FieldError(field or "text", msg("{what}过长（最多 {limit} 个字）", what=what, limit=limit))
    return stripped or None


def name_pinyin(name: str) -> str:
    """A name's full pinyin in lower case, for sorting and finding staff: ``张三`` →
    ``zhangsan``. Imports pypinyin (its phrase dictionary takes a quarter of a second
    and 55 MB), so it runs when a name is saved, and is stored (``Staff.name_pinyin``)."""
    from pypinyin import lazy_pinyin

    return "".join(lazy_pinyin(name.strip(), errors="default")).lower()[:255]
