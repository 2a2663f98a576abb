"""desk_app.messages: Chinese in the code and in what is kept, the interface language
where a message is shown."""

from __future__ import annotations

import pickle
from collections.abc import Iterator
from datetime import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desk_app.messages import Message, localize, msg, set_localizer
from desk_app.models.enums import ComplaintStatus
from desk_app.services.errors import FieldError, RuleViolationError


@pytest.fixture(autouse=True)
def no_localizer() -> Iterator[None]:
    set_localizer(None)
    yield
    set_localizer(None)


def shout(message: Message) -> str:
    """A stand-in translation: the template upper-cased in brackets, values as given."""
    return "[" + message.template.format(**message.values) + "]"


def test_content_is_the_chinese_text_and_enums_show_their_label() -> None:
    text = msg("投诉 {number} 当前为“{status}”", number="TS-1", status=ComplaintStatus.CLOSED)
    assert text == "投诉 TS-1 当前为“已关闭”"
    assert str(text) == text.source == text
    assert text.template == "投诉 {number} 当前为“{status}”"


def test_formats_and_literal_braces() -> None:
    at = datetime(2026, 11, 23, 9, 5)  # noqa: DTZ001 - a value to format, not an instant
    assert msg("请于 {at:%H:%M} 以后再试", at=at) == "请于 09:05 以后再试"
    assert msg("用 {{number}} 表示编号") == "用 {number} 表示编号"


def test_a_localizer_translates_str_format_and_errors() -> None:
    set_localizer(shout)
    text = msg("找不到客户（编号 {client_id}）", client_id=7)
    assert str(text) == "[找不到客户（编号 7）]"
    assert f"{text}" == "[找不到客户（编号 7）]"
    assert f"{text:>20}".endswith("]")
    assert text == "找不到客户（编号 7）"  # what is compared and stored stays Chinese
    error = FieldError("client_id", text)
    assert str(error) == "[找不到客户（编号 7）]" and error.field == "client_id"


def test_the_rule_follows_the_message_in_the_interface_language() -> None:
    error = RuleViolationError(msg("已关闭"), rule="R7")
    assert str(error) == "已关闭（R7）"
    set_localizer(shout)
    assert str(error) == "[[已关闭]（R7）]"  # the outer template is translated too
    assert error.message == "已关闭" and error.rule == "R7"


def test_a_broken_translation_shows_the_chinese_message() -> None:
    def broken(message: Message) -> str:
        return "{missing}".format(**message.values)

    set_localizer(broken)
    assert str(msg("找不到客户（编号 {client_id}）", client_id=7)) == "找不到客户（编号 7）"


def test_plain_strings_pass_through() -> None:
    set_localizer(shout)
    assert localize("已保存") == "已保存"


def test_messages_survive_pickling_with_their_values() -> None:
    text = msg("投诉 {number} 当前为“{status}”", number="TS-1", status=ComplaintStatus.CLOSED)
    again = pickle.loads(pickle.dumps(text))
    assert isinstance(again, Message) and again == text and again.values == text.values


@given(st.text(), st.integers())
def test_any_value_renders_into_the_chinese_text(value: str, number: int) -> None:
    text = msg("备注：{value}（{number}）", value=value, number=number)
    assert text == f"备注：{value}（{number}）"
    assert isinstance(text, str) and localize(text) == text


def test_no_error_or_command_output_bypasses_msg() -> None:
    """Below the screens, Chinese text for people in an exception or a command's
    ``print`` goes through ``msg`` (else it could never be translated)."""
    import ast
    import re
    from pathlib import Path

    ideograph = re.compile(r"[\u4e00-\u9fff]")
    package = Path(__file__).resolve().parent.parent / "desk_app"
    stray = []
    for path in sorted(package.rglob("*.py")):
        if {"ui", "migrations"} & set(path.relative_to(package).parts):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for call in ast.walk(tree):
            if not isinstance(call, ast.Call):
                continue
            name = getattr(call.func, "id", None) or getattr(call.func, "attr", "")
            if not (name.endswith("Error") or name == "print"):
                continue
            for argument in [*call.args, *(keyword.value for keyword in call.keywords)]:
                if isinstance(argument, ast.Constant | ast.JoinedStr) and ideograph.search(
                    ast.unparse(argument)
                ):
                    stray.append(f"{path.relative_to(package)}:{call.lineno}: {ast.unparse(argument)[:60]}")
    assert not stray, "wrap these in msg():\n" + "\n".join(stray)
