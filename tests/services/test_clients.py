"""R13: residency periods (calendar months) and relationship classes; the pinyin
initials the counter looks clients up by (SPEC 2.1)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pypinyin.constants import RE_HANS

from desk_app.services.clients import (
    RelationshipClass,
    ResidencyPeriod,
    name_initials,
    relationship_class,
    residency_period,
)


@pytest.mark.parametrize(
    ("move_in", "today", "label"),
    [
        ("2026-05-24", "2026-11-23", "新客户"),  # 5 months 30 days
        ("2026-05-23", "2026-11-23", "磨合期"),  # exactly 6 calendar months
        ("2025-11-24", "2026-11-23", "磨合期"),
        ("2025-11-23", "2026-11-23", "稳定期"),  # exactly 12
        ("2024-11-24", "2026-11-23", "稳定期"),
        ("2024-11-23", "2026-11-23", "老客户"),  # exactly 24
        ("2024-02-29", "2024-08-29", "磨合期"),  # leap day, calendar months
        ("2026-11-23", "2026-11-23", "新客户"),
    ],
)
def test_residency_period(move_in: str, today: str, label: str) -> None:
    period = residency_period(date.fromisoformat(move_in), date.fromisoformat(today))
    assert period.label == label


def test_move_in_in_the_future_is_an_error() -> None:
    with pytest.raises(ValueError, match="入住日期"):
        residency_period(date(2026, 12, 1), date(2026, 11, 23))


@given(
    move_in=st.dates(min_value=date(1990, 1, 1), max_value=date(2030, 1, 1)),
    first=st.integers(min_value=0, max_value=20000),
    second=st.integers(min_value=0, max_value=20000),
)
def test_residency_only_moves_forward(move_in: date, first: int, second: int) -> None:
    from datetime import timedelta

    order = list(ResidencyPeriod)
    early, late = sorted([first, second])
    assert order.index(residency_period(move_in, move_in + timedelta(days=early))) <= order.index(
        residency_period(move_in, move_in + timedelta(days=late))
    )


@pytest.mark.parametrize(
    ("has_contact", "last_complaint", "expected"),
    [
        (False, None, RelationshipClass.FIRST_CONTACT),
        (True, None, RelationshipClass.FRIENDLY),
        (True, "2026-06-01", RelationshipClass.COMPLAINING),
        (True, "2026-05-23", RelationshipClass.COMPLAINING),  # exactly 6 months ago
        (True, "2026-05-22", RelationshipClass.FRIENDLY),
    ],
)
def test_relationship_class(
    has_contact: bool, last_complaint: str | None, expected: RelationshipClass
) -> None:
    complaint = date.fromisoformat(last_complaint) if last_complaint else None
    assert relationship_class(has_contact, complaint, date(2026, 11, 23)) is expected


# -- pinyin initials for the counter lookup (SPEC 2.1) ------------------------------------


@pytest.mark.parametrize(
    ("name", "initials"),
    [
        ("张三", "zs"),
        ("李小龙", "lxl"),
        ("欧阳娜娜", "oynn"),
        # Surname readings pypinyin does not know (曾经 céng, 姓曾 Zēng).
        ("曾小霞", "zxx"),
        ("曾国藩", "zgf"),
        ("单田芳", "stf"),
        ("解缙", "xj"),
        ("翟志刚", "zzg"),
        ("区小明", "oxm"),
        ("长孙无忌", "cswj"),  # compound surname, not 长孙 zhǎngsūn "eldest grandson"
        ("单于明", "cym"),  # compound 单于 wins over the single surname 单
        ("王曾", "wc"),  # only the surname gets the surname reading
        # Latin letters are kept, lower-case; digits, spaces and punctuation dropped.
        ("Anna 王", "annaw"),
        ("王2号", "wh"),
        ("张·三", "zs"),
        ("  张三  ", "zs"),
        ("ＺＳ", "zs"),  # full-width letters folded
        ("José 李", "josel"),  # accents dropped
        ("ⓐ王", "w"),  # a symbol that folds to a letter is still a symbol
        ("", ""),
        ("123-456", ""),
    ],
)
def test_name_initials(name: str, initials: str) -> None:
    assert name_initials(name) == initials


def _letter_or_han(char: str) -> bool:
    return char.isalpha() or RE_HANS.match(char) is not None


@given(
    st.text(
        alphabet=st.one_of(
            st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF),  # CJK unified ideographs
            st.sampled_from("曾单长孙解翟区覃仇查欧阳尉迟万俟"),
            st.characters(codec="utf-8"),
        ),
        max_size=12,
    )
)
def test_name_initials_are_lower_case_ascii_letters(name: str) -> None:
    """Whatever is typed into the name box: only a–z, at most one letter per letter or
    Chinese character of the name, and a pure function of the trimmed name."""
    initials = name_initials(name)
    assert all("a" <= char <= "z" for char in initials), initials
    assert len(initials) <= sum(1 for char in name if _letter_or_han(char))
    assert name_initials(f" {name} ") == initials
