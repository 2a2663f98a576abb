"""Every due time of the complaint sheet explains itself (tooltips): the start, the
rule, the working time counted day by day, the due time."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from desk_app.services import deadlines
from desk_app.services.calendar import WorkCalendar

SH = ZoneInfo("Asia/Shanghai")
CAL = WorkCalendar()
FRIDAY_16 = datetime(2026, 11, 20, 16, 0, tzinfo=SH)


def test_designated_handler_and_developer_notice_walk_the_weekend() -> None:
    for explain, rule in (
        (deadlines.explain_designated_handler, "R3"),
        (deadlines.explain_developer_notice, "R4"),
    ):
        steps = explain(FRIDAY_16, CAL)
        text = "\n".join(steps)
        assert rule in text
        assert "11月20日 周五 计 2 小时" in text
        assert "11月21日 周六 非工作日，不计" in text
        assert "11月23日 周一 计 7 小时" in text
        assert steps[-1].startswith("应于 2026-11-23 周一 16:00 前")


def test_progress_update_and_callback_count_their_working_days() -> None:
    steps = deadlines.explain_progress_update(FRIDAY_16, CAL, working_days=3)
    assert "3 个工作日 = 27 小时" in "\n".join(steps)
    assert steps[-1] == "应于 2026-11-25 周三 16:00 前向客户通报进展"
    steps = deadlines.explain_callback(datetime(2026, 11, 21, 11, 0, tzinfo=SH), CAL)
    assert "从下一个工作时段开始计时：2026-11-23 周一 09:00" in steps[1]
    assert steps[-1] == "应于 2026-11-24 周二 18:00 前完成回访"


def test_auto_close_counts_calendar_days() -> None:
    steps = deadlines.explain_auto_close(FRIDAY_16, CAL)
    assert steps[-1] == "将于 2026-11-27 周五 16:00 自动关闭"
    assert any("R7" in step for step in steps)


def test_first_response_explanation_unchanged() -> None:
    steps = deadlines.explain_first_response(FRIDAY_16, deadlines.Channel.CALL, CAL)
    assert steps[-1] == "应于 2026-11-23 周一 16:00 前首次回应"
    assert "11月23日 周一 计 7 小时" in steps
