"""What a new database starts with so a centre can go live on day one (issue 13): the
phrases staff must never say, after the handbook's 《你的服务用语专业吗？——不能对客户说的
21句话》, each with what to say instead. The administrator edits the list afterwards
(统一回复口径 → 服务禁语); the demo community uses the same list.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk_app.models import Setting
from desk_app.models.replies import ForbiddenPhrase
from desk_app.services.permissions import checked

#: (phrase never to say, what to say instead)
FORBIDDEN_PHRASES: tuple[tuple[str, str], ...] = (
    ("这不归我们管", "这个问题由相关单位负责，我马上帮您联系，并跟进处理结果告诉您。"),
    ("我不知道", "这个问题我需要核实一下，半小时内给您回复。"),
    ("你去找开发商", "房屋质量问题我们会书面知会地产公司客户关系中心，并跟进进度及时告诉您。"),
    (
        "这是规定，我也没办法",
        "根据《业主公约》的约定需要这样办理，给您带来不便请谅解，我们看看还能怎么帮您。",
    ),
    ("你自己看公告", "公告内容是这样的……我给您简单讲一下。"),
    ("没空，等一下", "请您稍等，我处理完手头这件事马上为您办理。"),
    ("下班了，明天再说", "我先帮您登记下来，如紧急我马上联系值班人员处理。"),
    ("你听清楚了没有", "不知道我是否解释清楚了，有不明白的地方请随时问我。"),
    ("不可能，我们没这样做过", "感谢您的反映，我们马上核实情况后给您答复。"),
    ("你去投诉好了", "非常抱歉给您带来不便，您的意见我已记录，我们会认真处理。"),
    ("怎么又是你", "您好，请问有什么可以帮您？"),
    ("不是跟你说过了吗", "我再给您详细说明一下。"),
    ("有意见找领导去", "您的意见我会如实向主管汇报，并尽快给您答复。"),
    ("这么简单都不会", "我来帮您操作一下，下次您就方便了。"),
    ("我很忙，你找别人", "请您稍等，我马上为您联系负责的同事。"),
    ("急什么，慢慢等", "非常理解您着急的心情，我们正在抓紧处理，有进展马上通知您。"),
    ("这事解决不了", "这件事确实有些难度，我们会尽力想办法，并及时把进展告诉您。"),
    ("我不清楚，你自己去问", "这件事我帮您问清楚，稍后回复您。"),
    ("你怎么这么多事", "您提的意见对我们很重要，我们会认真处理。"),
    ("我就是这个态度", "如果我刚才有做得不好的地方，请您多包涵，我们一起看看怎么解决。"),
    ("反正不是我们的责任", "我们先一起看看问题出在哪里，属于我们的责任一定负责到底。"),
)

#: Set once the list was written, so a list the administrator emptied stays empty.
SEEDED = "seeded_forbidden_phrases"


@checked
def seed_forbidden_phrases(session: Session) -> int:
    """Write the handbook's forbidden phrases into a database that never had any; the
    number written (0 when there were phrases already or they were seeded before)."""
    if session.get(Setting, SEEDED) is not None:
        return 0
    if session.scalar(select(func.count()).select_from(ForbiddenPhrase)):
        return 0
    for phrase, better in FORBIDDEN_PHRASES:
        session.add(ForbiddenPhrase(phrase=phrase, better_alternative=better))
    session.add(Setting(key=SEEDED, value=True))
    session.flush()
    return len(FORBIDDEN_PHRASES)


@checked
def first_start(session: Session) -> None:
    """What every new database gets at its first start (the window's and the going-live
    commands'): the seed lists. Safe to call at every start."""
    seed_forbidden_phrases(session)


__all__ = ["FORBIDDEN_PHRASES", "SEEDED", "first_start", "seed_forbidden_phrases"]
