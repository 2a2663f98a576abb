"""The R11 monthly reports as documents (no Qt, no rendering, no reading): each built
from the figures ``desk_app.services.report_figures`` reads in one unit of work.

- 投诉/建议统计 (``statistics``, for leadership, by the 25th): the month's complaint
  figures (R8, R9) with each complaint's measures and result, and the suggestions;
- 业主公示汇总 (``owner_summary``, for all owners, by the 30th): counts only — complaints
  by business line and neighbour disputes by type, handled or not — and the
  supervisor's measures with phone numbers, room numbers and every resident's name
  blanked (``report_figures.redact``). No description is printed, because free text is
  where names, rooms and phones hide; an approval line, the centre's seal and a date
  close it;
- 投诉分析报告 (``complaint_analysis``): totals, trend by month (12 months), by class, by
  business line, by root cause 人机料法环 with sub-causes, closure and reopen rates,
  typical cases and the supervisor's measures;
- 访谈分析 (``interview_analysis``, by the 5th of the next month): the month's
  interviews by form, topic and satisfaction, safety advice given, quotas (R13q).
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from desk_app.messages import msg
from desk_app.reports.document import BarChart, Cell, ReportDocument, Section, table
from desk_app.screens.enums import ReportKind, RootCause, RootCauseGroup
from desk_app.services.errors import FieldError
from desk_app.services.report_figures import (
    ComplaintAnalysisFigures,
    Figures,
    InterviewFigures,
    OwnerSummaryFigures,
    StatisticsFigures,
)
from desk_app.services.statistics import ComplaintCounts

SUMMARY_LENGTH = 60
NOT_SET = "—"

REPORT_TITLES: dict[ReportKind, str] = {
    ReportKind.STATISTICS: "投诉/建议统计报告",
    ReportKind.OWNER_SUMMARY: "业主投诉及邻里纠纷处理情况公示",
    ReportKind.COMPLAINT_ANALYSIS: "投诉分析报告",
    ReportKind.INTERVIEW_ANALYSIS: "顾客访谈分析报告",
}


def parse_month(text: str) -> date:
    """``2026-10`` → 1 October 2026."""
    match = re.fullmatch(r"\s*(\d{4})-(\d{1,2})\s*", text)
    if match is None or not 1 <= int(match.group(2)) <= 12:
        raise FieldError("month", msg("月份格式应为 2026-10（收到“{text}”）", text=text))
    return date(int(match.group(1)), int(match.group(2)), 1)


def _summary(text: str | None, length: int = SUMMARY_LENGTH) -> str:
    stripped = " ".join((text or "").split())
    return stripped if len(stripped) <= length else stripped[: length - 1] + "…"


def _percent(rate: float | None) -> str:
    return NOT_SET if rate is None else f"{rate * 100:.1f}%"


def _label(member: Any) -> str:
    return member.label if member is not None else NOT_SET


# -- documents -------------------------------------------------------------------------------


def _subtitle(community: str, month: date) -> str:
    return f"{community}　{month:%Y年%m月}"


def _count_rows(counts: dict[Any, int], total: int) -> list[list[Cell]]:
    rows: list[list[Cell]] = []
    for member, count in counts.items():
        if member is None and count == 0:
            continue
        label = member.label if member is not None else "未填写"
        rows.append([label, count, _percent(count / total) if total else NOT_SET])
    return rows


def _counts_section(counts: ComplaintCounts) -> list[Any]:
    tables = []
    for title, header, mapping in (
        ("按投诉类别", "类别", counts.by_class),
        ("按专业", "专业", counts.by_business_line),
        ("按根因（人机料法环）", "根因", counts.by_root_cause_group),
    ):
        rows = _count_rows(dict(mapping), counts.total)
        tables.append(table(title, (header, "件数", "占比"), rows, (3, 1, 1)))
    return tables


def _chart(title: str, mapping: dict[Any, int]) -> BarChart:
    items = [(member, count) for member, count in mapping.items() if member is not None or count]
    return BarChart(
        title,
        tuple(member.label if member is not None else "未填写" for member, _ in items),
        tuple(count for _, count in items),
    )


def _overview(counts: ComplaintCounts, month: date) -> str:
    return (
        f"{month:%Y年%m月}共受理投诉 {counts.total} 件（涉及 {counts.people} 人次、{counts.times} 次），"
        f"已关闭 {counts.closed} 件，关闭率 {_percent(counts.closure_rate)}；"
        f"重新处理 {counts.reopened} 件（{counts.reopens} 次），重开率 {_percent(counts.reopen_rate)}；"
        f"重大投诉 {counts.major} 件。"
    )


def statistics_document(figures: StatisticsFigures) -> ReportDocument:
    counts = figures.counts
    complaint_rows = [
        [
            line.number,
            f"{line.received:%m-%d}",
            _label(line.complaint_class),
            _label(line.business_line),
            _label(line.root_cause),
            line.status.label,
            _summary(line.resolution, 40) if line.resolution else "处理中",
        ]
        for line in figures.complaints
    ]
    suggestion_rows = [
        [
            line.number,
            f"{line.received:%m-%d}",
            _summary(line.content, 40),
            _summary(line.result, 30) or NOT_SET,
            line.status_label,
        ]
        for line in figures.suggestions
    ]
    return ReportDocument(
        title=REPORT_TITLES[ReportKind.STATISTICS],
        subtitle=_subtitle(figures.community, figures.month),
        sections=(
            Section(
                "一、投诉概况",
                paragraphs=(_overview(counts, figures.month),),
                tables=tuple(_counts_section(counts)),
                charts=(_chart("投诉专业分布", dict(counts.by_business_line)),),
            ),
            Section(
                "二、投诉处理措施及结果",
                tables=(
                    table(
                        "本月投诉明细",
                        ("编号", "日期", "类别", "专业", "根因", "状态", "处理措施及结果"),
                        complaint_rows,
                        (2.4, 1, 1, 1.3, 1.4, 1.1, 4.2),
                    ),
                ),
            ),
            Section(
                "三、建议及表扬",
                paragraphs=(f"本月收到建议 {len(figures.suggestions)} 条，表扬 {figures.praise} 次。",),
                tables=(
                    table(
                        "建议明细",
                        ("编号", "日期", "建议内容", "处理结果", "状态"),
                        suggestion_rows,
                        (2.4, 1, 4.5, 3, 1.2),
                    ),
                ),
            ),
        ),
        signatures=("制表人", "客服主管", "部门负责人审核"),
    )


def owner_summary_document(figures: OwnerSummaryFigures) -> ReportDocument:
    line_rows: list[list[Cell]] = [
        [member.label if member is not None else "其他（未分专业）", received, handled, received - handled]
        for member, (received, handled) in figures.by_line.items()
    ]
    dispute_rows: list[list[Cell]] = [
        [kind.label, opened, settled, opened - settled]
        for kind, (opened, settled) in figures.by_dispute_type.items()
    ]
    paragraphs = [
        "尊敬的各位业主、住户：",
        f"现将{figures.month:%Y年%m月}物业服务中心受理的涉及公共部位、公共利益的投诉及邻里纠纷处理情况公示如下。"
        f"本月共受理此类投诉 {figures.complaints} 件，已处理完毕 {figures.complaints_handled} 件，"
        f"其余 {figures.complaints - figures.complaints_handled} 件正在跟进处理中；"
        f"受理邻里纠纷 {figures.disputes} 起，已调处 {figures.disputes_settled} 起。",
        "为保护业主隐私，本公示不列出投诉人姓名、房号及联系方式。欢迎各位业主继续对我们的工作提出宝贵意见。",
    ]
    sections = [
        Section(
            "一、投诉处理情况",
            paragraphs=tuple(paragraphs),
            tables=(table("按专业统计", ("专业", "受理", "已处理", "跟进中"), line_rows, (3, 1, 1, 1)),),
        ),
        Section(
            "二、邻里纠纷调处情况",
            tables=(
                table("按纠纷类型统计", ("类型", "受理", "已调处", "跟进中"), dispute_rows, (3, 1, 1, 1)),
            ),
        ),
    ]
    if figures.measures:
        sections.append(Section("三、改进措施", paragraphs=tuple(figures.measures.splitlines())))
    return ReportDocument(
        title=REPORT_TITLES[ReportKind.OWNER_SUMMARY],
        subtitle=_subtitle(figures.community, figures.month),
        sections=tuple(sections),
        signatures=("部门负责人审批",),
        seal=figures.centre,
    )


def complaint_analysis_document(figures: ComplaintAnalysisFigures) -> ReportDocument:
    counts = figures.counts
    cause_rows: list[list[Cell]] = []
    for group in RootCauseGroup:
        for cause in RootCause:
            if cause.group is group:
                count = counts.by_root_cause[cause]
                cause_rows.append(
                    [
                        group.label,
                        cause.label,
                        count,
                        _percent(count / counts.total) if counts.total else NOT_SET,
                    ]
                )
    unset = counts.by_root_cause[None]
    if unset:
        cause_rows.append(["未填写", "未填写", unset, _percent(unset / counts.total)])
    trend_rows: list[list[Cell]] = [[f"{month:%Y-%m}", total] for month, total in figures.trend]
    typical_rows: list[list[Cell]] = [
        [
            line.number,
            _label(line.business_line),
            _label(line.root_cause),
            line.severity.label,
            line.reopen_count,
            _summary(line.description, 40),
            _summary(line.resolution, 30) if line.resolution else "处理中",
        ]
        for line in figures.typical
    ]
    measures = tuple(figures.measures.splitlines()) if figures.measures else ("（主管尚未填写本月改进措施）",)
    return ReportDocument(
        title=REPORT_TITLES[ReportKind.COMPLAINT_ANALYSIS],
        subtitle=_subtitle(figures.community, figures.month),
        sections=(
            Section(
                "一、投诉总量及趋势",
                paragraphs=(_overview(counts, figures.month),),
                tables=(table("近 12 个月投诉数", ("月份", "件数"), trend_rows, (2, 1)),),
                charts=(
                    BarChart(
                        "近 12 个月投诉数",
                        tuple(f"{month:%m}月" for month, _ in figures.trend),
                        tuple(total for _, total in figures.trend),
                    ),
                ),
            ),
            Section(
                "二、投诉分类",
                tables=tuple(_counts_section(counts)[:2]),
                charts=(
                    _chart("按投诉类别", dict(counts.by_class)),
                    _chart("按专业", dict(counts.by_business_line)),
                ),
            ),
            Section(
                "三、投诉根因分析（人机料法环）",
                tables=(
                    table("根因及细分原因", ("根因", "细分原因", "件数", "占比"), cause_rows, (1.2, 2, 1, 1)),
                ),
                charts=(_chart("按根因", dict(counts.by_root_cause_group)),),
            ),
            Section(
                "四、关闭率与重开率",
                paragraphs=(
                    f"关闭率 {_percent(counts.closure_rate)}"
                    f"（已关闭 {counts.closed} / 受理 {counts.total}）；"
                    f"重开率 {_percent(counts.reopen_rate)}"
                    f"（重新处理 {counts.reopened} 件，共 {counts.reopens} 次）。",
                ),
            ),
            Section(
                "五、典型案例",
                tables=(
                    table(
                        "典型案例",
                        ("编号", "专业", "根因", "程度", "重开次数", "投诉内容", "处理结果"),
                        typical_rows,
                        (2.4, 1.3, 1.5, 0.9, 1.1, 3.7, 3),
                    ),
                ),
            ),
            Section("六、改进措施", paragraphs=measures),
        ),
        signatures=("编制", "客服主管", "部门负责人审批"),
    )


def interview_document(figures: InterviewFigures) -> ReportDocument:
    def rows(mapping: dict[Any, int]) -> list[list[Cell]]:
        return [
            [
                member.label if member is not None else "未评价",
                count,
                _percent(count / figures.total) if figures.total else NOT_SET,
            ]
            for member, count in mapping.items()
            if member is not None or count
        ]

    quota_rows: list[list[Cell]] = [
        [line.name, line.role.label, line.quota, line.done, line.shortfall] for line in figures.quotas
    ]
    return ReportDocument(
        title=REPORT_TITLES[ReportKind.INTERVIEW_ANALYSIS],
        subtitle=_subtitle(figures.community, figures.month),
        sections=(
            Section(
                "一、访谈概况",
                paragraphs=(
                    f"{figures.month:%Y年%m月}共完成顾客访谈 {figures.total} 次，"
                    f"其中乔迁拜访 {figures.move_in_visits} 次；"
                    f"满意度（很满意及满意）{_percent(figures.satisfaction_rate)}。",
                ),
                tables=(
                    table("按访谈形式", ("形式", "次数", "占比"), rows(figures.by_form), (3, 1, 1)),
                    table("按访谈主题", ("主题", "次数", "占比"), rows(figures.by_topic), (3, 1, 1)),
                ),
                charts=(_chart("访谈主题", dict(figures.by_topic)),),
            ),
            Section(
                "二、顾客满意度",
                tables=(
                    table("总体满意度", ("满意度", "次数", "占比"), rows(figures.by_satisfaction), (3, 1, 1)),
                ),
                charts=(_chart("总体满意度", dict(figures.by_satisfaction)),),
            ),
            Section(
                "三、安全提示",
                tables=(
                    table(
                        "安全提示次数", ("提示内容", "次数", "占比"), rows(figures.safety_advice), (3, 1, 1)
                    ),
                ),
            ),
            Section(
                "四、访谈指标完成情况（R13q）",
                tables=(
                    table(
                        "每人访谈数", ("姓名", "岗位", "指标", "完成", "差额"), quota_rows, (2, 2, 1, 1, 1)
                    ),
                ),
            ),
        ),
        signatures=("编制", "客服主管"),
    )


def build_document(figures: Figures) -> ReportDocument:
    """The document of the report the figures are of."""
    if isinstance(figures, StatisticsFigures):
        return statistics_document(figures)
    if isinstance(figures, OwnerSummaryFigures):
        return owner_summary_document(figures)
    if isinstance(figures, ComplaintAnalysisFigures):
        return complaint_analysis_document(figures)
    return interview_document(figures)
