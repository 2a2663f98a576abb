"""Where the main window can go: the left-hand navigation as data.

Every destination is one entry here (key, title, one sentence of what the screen does,
and the record class it lists, if any); the main window builds its tree, its pages, its
"转到" menu and its Ctrl+1…Ctrl+9 shortcuts from this list, never page by page.
Titles and descriptions are source text; show them through ``translated()``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from desk_app.ui.texts import QT_TRANSLATE_NOOP

CONTEXT = "Navigation"

#: Ctrl+1 … Ctrl+9 jump to the first this-many destinations, in navigation order.
SHORTCUT_SLOTS = 9


@dataclass(frozen=True)
class Destination:
    """One screen reachable from the navigation."""

    key: str
    title: str
    description: str
    #: The screen lists records whose count is shown beside it
    #: (``desk_app.screens.placeholder_counts.COUNTED`` says which).
    counted: bool = False


@dataclass(frozen=True)
class DestinationGroup:
    title: str
    destinations: tuple[Destination, ...]


def translated(text: str) -> str:
    """A navigation title or description in the user's language."""
    return QCoreApplication.translate(CONTEXT, text)


NAVIGATION: tuple[DestinationGroup, ...] = (
    DestinationGroup(
        QT_TRANSLATE_NOOP("Navigation", "工作台"),
        (
            Destination(
                "today",
                QT_TRANSLATE_NOOP("Navigation", "今日事项"),
                QT_TRANSLATE_NOOP(
                    "Navigation",
                    "汇总今天要办的事：待处理的来电来访、待回复的留言和今天到期的投诉、回访与检查。",
                ),
            ),
            Destination(
                "dashboard",
                QT_TRANSLATE_NOOP("Navigation", "主管看板"),
                QT_TRANSLATE_NOOP(
                    "Navigation",
                    "按处理时限统计逾期首次回应、待指定专人、待回访、整改逾期等事项，"
                    "定时刷新，每个数字都可点开查看明细。",
                ),
            ),
        ),
    ),
    DestinationGroup(
        QT_TRANSLATE_NOOP("Navigation", "前台登记"),
        (
            Destination(
                "worklog",
                QT_TRANSLATE_NOOP("Navigation", "工作信息记录"),
                QT_TRANSLATE_NOOP(
                    "Navigation",
                    "登记每一个来电、来访、来函、电子邮件和网络帖子；投诉自动生成投诉处理记录，"
                    "报修打印派工单。",
                ),
                counted=True,
            ),
            Destination(
                "messages",
                QT_TRANSLATE_NOOP("Navigation", "留言(5W1H)"),
                QT_TRANSLATE_NOOP(
                    "Navigation",
                    "同事不在时，按何时、何人、何地、何事、为何、如何记下来电留言，送到该同事的留言箱。",
                ),
            ),
        ),
    ),
    DestinationGroup(
        QT_TRANSLATE_NOOP("Navigation", "投诉与回访"),
        (
            Destination(
                "complaints",
                QT_TRANSLATE_NOOP("Navigation", "投诉处理记录"),
                QT_TRANSLATE_NOOP(
                    "Navigation",
                    "跟踪每宗投诉从受理、指定专人、处理进展、验证到回访、关闭的全过程和各项时限。",
                ),
                counted=True,
            ),
            Destination(
                "interviews",
                QT_TRANSLATE_NOOP("Navigation", "顾客访谈记录"),
                QT_TRANSLATE_NOOP(
                    "Navigation",
                    "记录电话、上门、网上回帖或问卷形式的顾客访谈：顾客需求、改进措施、满意度和安全提示。",
                ),
                counted=True,
            ),
            Destination(
                "interview_plans",
                QT_TRANSLATE_NOOP("Navigation", "访谈计划"),
                QT_TRANSLATE_NOOP("Navigation", "制定每月访谈计划，指定访谈人员和目标房号，并跟踪完成情况。"),
                counted=True,
            ),
        ),
    ),
    DestinationGroup(
        QT_TRANSLATE_NOOP("Navigation", "社区事务"),
        (
            Destination(
                "disputes",
                QT_TRANSLATE_NOOP("Navigation", "邻里纠纷"),
                QT_TRANSLATE_NOOP(
                    "Navigation",
                    "记录养宠物、噪音、乱摆放、违章搭建等邻里纠纷的双方、协调经过和参与单位，"
                    "留下中心已尽责的凭据。",
                ),
                counted=True,
            ),
            Destination(
                "rectification_notices",
                QT_TRANSLATE_NOOP("Navigation", "整改通知书"),
                QT_TRANSLATE_NOOP(
                    "Navigation",
                    "对违章搭建等问题开具整改通知书，记录送达签收或拒签、复查和升级处理。",
                ),
                counted=True,
            ),
            Destination(
                "reminder_slips",
                QT_TRANSLATE_NOOP("Navigation", "温馨提示"),
                QT_TRANSLATE_NOOP(
                    "Navigation",
                    "张贴楼道堆物、高空抛物、宠物、噪音等温馨提示，按第一、二、三次跟进检查，登记清理物品。",
                ),
                counted=True,
            ),
        ),
    ),
    DestinationGroup(
        QT_TRANSLATE_NOOP("Navigation", "接待台账"),
        (
            Destination(
                "visitors",
                QT_TRANSLATE_NOOP("Navigation", "访客登记"),
                QT_TRANSLATE_NOOP(
                    "Navigation", "登记来访人员、被访人、是否已联系并同意，以及到达和离开时间。"
                ),
                counted=True,
            ),
            Destination(
                "letters",
                QT_TRANSLATE_NOOP("Navigation", "客户来函目录"),
                QT_TRANSLATE_NOOP(
                    "Navigation", "登记收到的客户来函（报事、投诉、表扬及其他工作联系）和处理情况。"
                ),
                counted=True,
            ),
            Destination(
                "documents",
                QT_TRANSLATE_NOOP("Navigation", "文件资料收发"),
                QT_TRANSLATE_NOOP(
                    "Navigation", "登记文件和传真的来源、收件人、转交时间和签收人；内容不向第三方展示。"
                ),
                counted=True,
            ),
            Destination(
                "media_visits",
                QT_TRANSLATE_NOOP("Navigation", "媒体采访接待"),
                QT_TRANSLATE_NOOP(
                    "Navigation", "登记来访媒体、记者、证件核查情况和采访主题，并记下通知主管的时间。"
                ),
                counted=True,
            ),
            Destination(
                "fee_services",
                QT_TRANSLATE_NOOP("Navigation", "收费业务"),
                QT_TRANSLATE_NOOP("Navigation", "登记门禁卡、停车卡等收费业务的项目、金额和收据号。"),
                counted=True,
            ),
            Destination(
                "dispatch_slips",
                QT_TRANSLATE_NOOP("Navigation", "派工单/协调单"),
                QT_TRANSLATE_NOOP("Navigation", "开具并跟踪维修派工单和对外协调单，记录完成时间和处理结果。"),
                counted=True,
            ),
            Destination(
                "appointments",
                QT_TRANSLATE_NOOP("Navigation", "预约上门"),
                QT_TRANSLATE_NOOP(
                    "Navigation",
                    "与客户约定的上门时间、地点、赴约人和事项，到时提醒，按时赴约后登记情况。",
                ),
                counted=True,
            ),
        ),
    ),
    DestinationGroup(
        QT_TRANSLATE_NOOP("Navigation", "资料"),
        (
            Destination(
                "clients",
                QT_TRANSLATE_NOOP("Navigation", "业主资料卡"),
                QT_TRANSLATE_NOOP(
                    "Navigation",
                    "按房号、电话、姓名或姓名拼音首字母查找业主，查看家庭成员、重要客户类别和回访意愿。",
                ),
                counted=True,
            ),
            Destination(
                "standard_replies",
                QT_TRANSLATE_NOOP("Navigation", "统一回复口径"),
                QT_TRANSLATE_NOOP(
                    "Navigation", "几秒内查到并复制经审定的常见问题答复，并列出服务中禁止使用的用语。"
                ),
                counted=True,
            ),
        ),
    ),
    DestinationGroup(
        QT_TRANSLATE_NOOP("Navigation", "管理"),
        (
            Destination(
                "daily_tally",
                QT_TRANSLATE_NOOP("Navigation", "日盘点"),
                QT_TRANSLATE_NOOP("Navigation", "每个工作日盘点当天的投诉、报修和未结事项，由负责人确认。"),
                counted=True,
            ),
            Destination(
                "monthly_reports",
                QT_TRANSLATE_NOOP("Navigation", "月度报表"),
                QT_TRANSLATE_NOOP(
                    "Navigation", "生成每月投诉、回访和访谈统计报表及图表，并跟踪各报表是否按时完成。"
                ),
                counted=True,
            ),
            Destination(
                "settings",
                QT_TRANSLATE_NOOP("Navigation", "系统设置"),
                QT_TRANSLATE_NOOP("Navigation", "维护员工账号、节假日日历、工作时间、数据库连接和数据备份。"),
            ),
            Destination(
                "staff",
                QT_TRANSLATE_NOOP("Navigation", "员工账号"),
                QT_TRANSLATE_NOOP(
                    "Navigation", "新建和修改员工账号，重置密码、停用或解除锁定（仅系统管理员）。"
                ),
            ),
            Destination(
                "departments",
                QT_TRANSLATE_NOOP("Navigation", "部门"),
                QT_TRANSLATE_NOOP(
                    "Navigation", "新建部门、修改部门名称，停用或重新启用部门（仅系统管理员）。"
                ),
            ),
            Destination(
                "structure",
                QT_TRANSLATE_NOOP("Navigation", "小区结构"),
                QT_TRANSLATE_NOOP(
                    "Navigation",
                    "维护片区、楼栋和房间，批量生成房号；有记录的房间只能作废（仅系统管理员和客服主管）。",
                ),
            ),
            Destination(
                "audit_log",
                QT_TRANSLATE_NOOP("Navigation", "操作日志"),
                QT_TRANSLATE_NOOP(
                    "Navigation",
                    "按人员、记录类别、日期和内容查找谁在何时新建、修改、作废或导出了什么（仅系统管理员）。",
                ),
            ),
        ),
    ),
)


def all_destinations() -> Iterator[Destination]:
    """Every destination, in navigation order."""
    for group in NAVIGATION:
        yield from group.destinations
