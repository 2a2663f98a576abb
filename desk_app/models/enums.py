"""Every closed list of SPEC.md: stable English codes in the database, Chinese labels
for people.

The labels are the user-facing text of the enums, kept in this one place (the
``LABELS`` tables) so the translation files can find them.
"""

from __future__ import annotations

from enum import StrEnum


class LabelledEnum(StrEnum):
    """A StrEnum whose members carry a Chinese label (``member.label``)."""

    @property
    def label(self) -> str:
        return _LABELS[type(self).__name__][self.value]

    @classmethod
    def from_label(cls, label: str) -> LabelledEnum:
        for member in cls:
            if member.label == label:
                return member
        raise ValueError(f"{cls.__name__}: no member labelled {label!r}")


class Channel(LabelledEnum):
    """How an item reached the counter (SPEC 2.2)."""

    CALL = "call"
    VISIT = "visit"
    LETTER = "letter"
    EMAIL = "email"
    WEB = "web"
    FORWARDED = "forwarded"
    MEDIA = "media"


class Category(LabelledEnum):
    """What a work-log entry is about (SPEC 2.2)."""

    ENQUIRY = "enquiry"
    REPAIR = "repair"
    COMPLAINT = "complaint"
    SUGGESTION = "suggestion"
    PRAISE = "praise"
    HELP = "help"
    OTHER = "other"


class WorkLogStatus(LabelledEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"


class ComplaintClass(LabelledEnum):
    """R2: 一类 property service; 二类 house quality / developer; 三类 external."""

    PROPERTY_SERVICE = "class_1"
    DEVELOPER = "class_2"
    EXTERNAL = "class_3"


class BusinessLine(LabelledEnum):
    """专业 (SPEC 2.3)."""

    SECURITY = "security"
    MAINTENANCE = "maintenance"
    CLEANING = "cleaning"
    GREENING = "greening"
    PARKING = "parking"
    FEES = "fees"
    RECEPTION = "reception"
    RENOVATION = "renovation"
    OTHER = "other"


class RootCauseGroup(LabelledEnum):
    """R9, first level: 人机料法环."""

    PEOPLE = "people"
    FACILITIES = "facilities"
    MATERIALS = "materials"
    METHODS = "methods"
    ENVIRONMENT = "environment"


class RootCause(LabelledEnum):
    """R9, second level. 法 and 环 have no sub-causes: their only member is the group."""

    SERVICE_ATTITUDE = "service_attitude"
    SERVICE_STANDARD = "service_standard"
    SERVICE_SKILL = "service_skill"
    APPEARANCE = "appearance"
    QUALITY = "quality"
    FUNCTIONALITY = "functionality"
    DURABILITY = "durability"
    ECONOMY = "economy"
    ACCURACY = "accuracy"
    METHODS = "methods"
    ENVIRONMENT = "environment"

    @property
    def group(self) -> RootCauseGroup:
        return _ROOT_CAUSE_GROUPS[self]


_ROOT_CAUSE_GROUPS: dict[RootCause, RootCauseGroup] = {
    RootCause.SERVICE_ATTITUDE: RootCauseGroup.PEOPLE,
    RootCause.SERVICE_STANDARD: RootCauseGroup.PEOPLE,
    RootCause.SERVICE_SKILL: RootCauseGroup.PEOPLE,
    RootCause.APPEARANCE: RootCauseGroup.FACILITIES,
    RootCause.QUALITY: RootCauseGroup.FACILITIES,
    RootCause.FUNCTIONALITY: RootCauseGroup.FACILITIES,
    RootCause.DURABILITY: RootCauseGroup.MATERIALS,
    RootCause.ECONOMY: RootCauseGroup.MATERIALS,
    RootCause.ACCURACY: RootCauseGroup.MATERIALS,
    RootCause.METHODS: RootCauseGroup.METHODS,
    RootCause.ENVIRONMENT: RootCauseGroup.ENVIRONMENT,
}


class Severity(LabelledEnum):
    GENERAL = "general"
    MAJOR = "major"


class ComplaintStatus(LabelledEnum):
    """Where a complaint stands. Reopening returns it to HANDLING (R7)."""

    RECEIVED = "received"
    HANDLING = "handling"
    RESOLVED = "resolved"
    VERIFIED = "verified"
    CLOSED = "closed"


class ContactForm(LabelledEnum):
    """Form of a callback (R6) or an interview (SPEC 2.4)."""

    PHONE = "phone"
    HOME_VISIT = "home_visit"
    WEB_REPLY = "web_reply"
    QUESTIONNAIRE = "questionnaire"


class CallbackExemption(LabelledEnum):
    """R6 (a)–(d): why a resolved complaint needs no callback."""

    RESOLVED_ON_THE_SPOT = "resolved_on_the_spot"
    ANONYMOUS = "anonymous"
    UNREACHABLE_WEB_POSTER = "unreachable_web_poster"
    SENSITIVE = "sensitive"
    REFUSES_CONTACT = "refuses_contact"
    #: R20: a repair with nobody to call back (a common part, no client, no phone).
    NO_CONTACT = "no_contact"


class ClosureKind(LabelledEnum):
    """R7: closed at a satisfied callback, or automatically after 7 calendar days."""

    CALLBACK_SATISFIED = "callback_satisfied"
    AUTOMATIC = "automatic"


class StaffRole(LabelledEnum):
    RECEPTIONIST = "receptionist"
    SERVICE_STAFF = "service_staff"
    SUPERVISOR = "supervisor"
    DEPARTMENT_HEAD = "department_head"
    ADMINISTRATOR = "administrator"


class ImportanceCategory(LabelledEnum):
    """Client importance categories (SPEC 2.1)."""

    GOVERNMENT_OR_MEDIA = "government_or_media"
    COMMITTEE_OR_ASSOCIATION = "committee_or_association"
    GROUP_EMPLOYEE = "group_employee"
    KEY_COMPLAINANT = "key_complainant"
    MAJOR_CLIENT = "major_client"
    FORUM_ACTIVE = "forum_active"


class RoomRelation(LabelledEnum):
    OWNER = "owner"
    TENANT = "tenant"
    OCCUPANT = "occupant"


class RoomKind(LabelledEnum):
    """What a room is (SPEC 2.1, issue 13): the structure screen's 类型."""

    RESIDENCE = "residence"
    SHOP = "shop"
    CLUBHOUSE = "clubhouse"
    OTHER = "other"


class InterviewTopic(LabelledEnum):
    SECURITY = "security"
    MAINTENANCE = "maintenance"
    CLEANING = "cleaning"
    COMPLAINT_HANDLING = "complaint_handling"
    RECEPTION_ETIQUETTE = "reception_etiquette"
    SURROUNDINGS = "surroundings"


class Satisfaction(LabelledEnum):
    """Five levels, best first."""

    VERY_SATISFIED = "very_satisfied"
    SATISFIED = "satisfied"
    NEUTRAL = "neutral"
    DISSATISFIED = "dissatisfied"
    VERY_DISSATISFIED = "very_dissatisfied"


class SafetyAdvice(LabelledEnum):
    """The safety checklist of an interview (SPEC 2.4)."""

    HOME_ALARM = "home_alarm"
    CLOSE_DOORS_WINDOWS = "close_doors_windows"
    REGISTER_DOMESTIC_STAFF = "register_domestic_staff"
    CHANGE_LOCKS = "change_locks"
    WINDOW_GUARDS = "window_guards"
    BEWARE_TAILGATING = "beware_tailgating"
    REPORT_SUSPICIOUS = "report_suspicious"


class DisputeType(LabelledEnum):
    PETS = "pets"
    CLUTTER = "clutter"
    ILLEGAL_CONSTRUCTION = "illegal_construction"
    NOISE = "noise"
    SCAVENGING = "scavenging"
    HIGH_ALTITUDE_THROWING = "high_altitude_throwing"
    OTHER = "other"


class DisputeParticipant(LabelledEnum):
    RESIDENTS_COMMITTEE = "residents_committee"
    OWNERS_COMMITTEE = "owners_committee"
    SUBDISTRICT_OFFICE = "subdistrict_office"
    CITY_MANAGEMENT = "city_management"
    POLICE_STATION = "police_station"


class DisputeStatus(LabelledEnum):
    OPEN = "open"
    RESOLVED = "resolved"
    REFERRED = "referred"


class NoticeIssue(LabelledEnum):
    """What a rectification notice is about (SPEC 2.6)."""

    ILLEGAL_CONSTRUCTION = "illegal_construction"
    RENOVATION_VIOLATION = "renovation_violation"
    COMMON_AREA_OCCUPATION = "common_area_occupation"
    FIRE_SAFETY = "fire_safety"
    OTHER = "other"


class ServiceResult(LabelledEnum):
    """How a rectification notice was served (R15)."""

    PENDING = "pending"
    SIGNED = "signed"
    REFUSED = "refused"


class NoticeStatus(LabelledEnum):
    ISSUED = "issued"
    RECTIFIED = "rectified"
    ESCALATED = "escalated"


class ReminderKind(LabelledEnum):
    """温馨提示 kinds (SPEC 2.7)."""

    CORRIDOR_CLUTTER = "corridor_clutter"
    HIGH_ALTITUDE_THROWING = "high_altitude_throwing"
    PETS = "pets"
    NOISE = "noise"
    RENOVATION = "renovation"
    OTHER = "other"


class ReminderCaseStatus(LabelledEnum):
    """R14: up to three slips, then clearance may be allowed."""

    FIRST_SLIP = "first_slip"
    SECOND_SLIP = "second_slip"
    THIRD_SLIP = "third_slip"
    CLEARANCE_ALLOWED = "clearance_allowed"
    CLEARED = "cleared"
    RESOLVED = "resolved"


class DispatchKind(LabelledEnum):
    DISPATCH = "dispatch"
    COORDINATION = "coordination"


class DispatchStatus(LabelledEnum):
    OPEN = "open"
    DONE = "done"


class AppointmentStatus(LabelledEnum):
    """R22: an appointment is booked, then kept or cancelled."""

    BOOKED = "booked"
    KEPT = "kept"
    CANCELLED = "cancelled"


class NotificationEvent(LabelledEnum):
    """R23: what a notification tells of."""

    MESSAGE = "message"
    COMPLAINT_LETTER = "complaint_letter"
    GROUP_COMPLAINT = "group_complaint"
    MAJOR_COMPLAINT = "major_complaint"
    EXTREME_RISK = "extreme_risk"
    MEDIA = "media"
    DEADLINE = "deadline"
    NOTICE_NO_FOLLOW_UP = "notice_no_follow_up"
    WEB_REPLY_APPROVAL = "web_reply_approval"
    AUDIT_BROKEN = "audit_broken"


class LetterKind(LabelledEnum):
    """R18: what a letter is, which decides where it goes."""

    REPORT = "report"
    COMPLAINT = "complaint"
    PRAISE = "praise"
    OTHER = "other"


class MediaContactMode(LabelledEnum):
    VISIT = "visit"
    PHONE = "phone"


class FeeItem(LabelledEnum):
    ACCESS_CARD = "access_card"
    PARKING_CARD = "parking_card"
    DECORATION_DEPOSIT = "decoration_deposit"
    OTHER = "other"


class ReportKind(LabelledEnum):
    """R11's monthly reports."""

    STATISTICS = "statistics"
    OWNER_SUMMARY = "owner_summary"
    COMPLAINT_ANALYSIS = "complaint_analysis"
    INTERVIEW_ANALYSIS = "interview_analysis"


class ComplaintClock(LabelledEnum):
    """The clocks of a complaint whose breaches are recorded (SPEC section 3)."""

    FIRST_RESPONSE = "first_response"
    DESIGNATED_HANDLER = "designated_handler"
    PROGRESS_UPDATE = "progress_update"
    DEVELOPER_NOTICE = "developer_notice"
    CALLBACK = "callback"


class ResidencyPeriod(LabelledEnum):
    """R13: how long the client has lived here (derived from the move-in date)."""

    NEW = "new"
    SETTLING_IN = "settling_in"
    STABLE = "stable"
    LONG_STANDING = "long_standing"


class RelationshipClass(LabelledEnum):
    """R13: the relationship with the centre (derived from the contact history)."""

    FIRST_CONTACT = "first_contact"
    COMPLAINING = "complaining"
    FRIENDLY = "friendly"


class AuditAction(LabelledEnum):
    CREATE = "create"
    UPDATE = "update"
    VOID = "void"
    EXPORT = "export"
    DELETE = "delete"
    #: ``desk-app restore`` replaced every row (issue 19: one row says so, by the system)
    RESTORE = "restore"


_LABELS: dict[str, dict[str, str]] = {
    "Channel": {
        "call": "来电",
        "visit": "来访",
        "letter": "来函",
        "email": "电子邮件",
        "web": "网络/论坛",
        "forwarded": "上级/相关单位转办",
        "media": "媒体",
    },
    "Category": {
        "enquiry": "咨询",
        "repair": "报修",
        "complaint": "投诉",
        "suggestion": "建议",
        "praise": "表扬",
        "help": "求助",
        "other": "其他",
    },
    "WorkLogStatus": {"open": "待处理", "in_progress": "处理中", "done": "已完成"},
    "ComplaintClass": {"class_1": "一类", "class_2": "二类", "class_3": "三类"},
    "BusinessLine": {
        "security": "安全",
        "maintenance": "维修/工程",
        "cleaning": "清洁",
        "greening": "绿化",
        "parking": "停车",
        "fees": "收费",
        "reception": "客服/接待",
        "renovation": "装修管理",
        "other": "其他",
    },
    "RootCauseGroup": {
        "people": "人",
        "facilities": "机",
        "materials": "料",
        "methods": "法",
        "environment": "环",
    },
    "RootCause": {
        "service_attitude": "服务态度",
        "service_standard": "服务规范",
        "service_skill": "服务技能",
        "appearance": "外观完好性",
        "quality": "质量合格性",
        "functionality": "功能适用性",
        "durability": "耐用性",
        "economy": "经济性",
        "accuracy": "准确性",
        "methods": "方法/流程",
        "environment": "环境",
    },
    "Severity": {"general": "一般", "major": "重大"},
    "ComplaintStatus": {
        "received": "待响应",
        "handling": "处理中",
        "resolved": "已解决待验证",
        "verified": "已验证待回访",
        "closed": "已关闭",
    },
    "ContactForm": {
        "phone": "电话",
        "home_visit": "上门",
        "web_reply": "网上回帖",
        "questionnaire": "调查问卷",
    },
    "CallbackExemption": {
        "resolved_on_the_spot": "现场解决且客户确认满意",
        "anonymous": "匿名投诉",
        "unreachable_web_poster": "网络投诉无法联系发帖人",
        "sensitive": "敏感投诉",
        "refuses_contact": "客户拒绝回访",
        "no_contact": "无可回访的客户（公共部位、无联系方式）",
    },
    "AppointmentStatus": {"booked": "已预约", "kept": "已赴约", "cancelled": "已取消"},
    "NotificationEvent": {
        "message": "留言",
        "complaint_letter": "投诉来函",
        "group_complaint": "群体投诉",
        "major_complaint": "重大投诉",
        "extreme_risk": "过激行为风险",
        "media": "媒体来访/来电",
        "deadline": "即将到期",
        "notice_no_follow_up": "上报后未跟进",
        "web_reply_approval": "网络回帖待审批",
        "audit_broken": "操作日志校验未通过",
    },
    "ClosureKind": {"callback_satisfied": "回访满意关闭", "automatic": "七日自动关闭"},
    "StaffRole": {
        "receptionist": "前台接待员",
        "service_staff": "客服人员/管家",
        "supervisor": "客服主管",
        "department_head": "部门负责人",
        "administrator": "系统管理员",
    },
    "ImportanceCategory": {
        "government_or_media": "政府机关/新闻媒体工作者",
        "committee_or_association": "业委会成员或社团负责人",
        "group_employee": "本集团员工",
        "key_complainant": "重点投诉客户",
        "major_client": "大客户(学校、商户)",
        "forum_active": "网络论坛活跃份子",
    },
    "RoomRelation": {"owner": "业主", "tenant": "租户", "occupant": "住户"},
    "RoomKind": {"residence": "住宅", "shop": "商铺", "clubhouse": "会所", "other": "其他"},
    "InterviewTopic": {
        "security": "安全管理",
        "maintenance": "维修",
        "cleaning": "清洁",
        "complaint_handling": "投诉处理",
        "reception_etiquette": "接待礼仪",
        "surroundings": "外围环境",
    },
    "Satisfaction": {
        "very_satisfied": "非常满意",
        "satisfied": "满意",
        "neutral": "一般",
        "dissatisfied": "不满意",
        "very_dissatisfied": "非常不满意",
    },
    "SafetyAdvice": {
        "home_alarm": "开通居家报警",
        "close_doors_windows": "关好门窗",
        "register_domestic_staff": "家政人员资料备案",
        "change_locks": "换人时更换门锁",
        "window_guards": "装内置窗花",
        "beware_tailgating": "谨防尾随",
        "report_suspicious": "发现可疑及时报警",
    },
    "DisputeType": {
        "pets": "养宠物",
        "clutter": "楼道/商业街乱摆放",
        "illegal_construction": "违章搭建",
        "noise": "晨练/麻将噪音",
        "scavenging": "捡垃圾",
        "high_altitude_throwing": "高空抛物",
        "other": "其他",
    },
    "DisputeParticipant": {
        "residents_committee": "居委会/社区工作站",
        "owners_committee": "业委会",
        "subdistrict_office": "街道办",
        "city_management": "城管",
        "police_station": "派出所",
    },
    "DisputeStatus": {"open": "处理中", "resolved": "已解决", "referred": "已移交"},
    "NoticeIssue": {
        "illegal_construction": "违章搭建",
        "renovation_violation": "违规装修",
        "common_area_occupation": "占用公共部位",
        "fire_safety": "消防隐患",
        "other": "其他",
    },
    "ServiceResult": {"pending": "未送达", "signed": "客户已签收", "refused": "客户拒签"},
    "NoticeStatus": {"issued": "已发出", "rectified": "已整改", "escalated": "已上报"},
    "ReminderKind": {
        "corridor_clutter": "楼道堆物",
        "high_altitude_throwing": "高空抛物",
        "pets": "宠物",
        "noise": "噪音",
        "renovation": "装修",
        "other": "其他",
    },
    "ReminderCaseStatus": {
        "first_slip": "已发第一次提示",
        "second_slip": "已发第二次提示",
        "third_slip": "已发第三次提示",
        "clearance_allowed": "可清理",
        "cleared": "已清理",
        "resolved": "已解决",
    },
    "DispatchKind": {"dispatch": "派工单", "coordination": "协调单"},
    "DispatchStatus": {"open": "未完成", "done": "已完成"},
    "LetterKind": {"report": "报事", "complaint": "投诉", "praise": "表扬", "other": "其他工作联系"},
    "MediaContactMode": {"visit": "来访", "phone": "来电"},
    "FeeItem": {
        "access_card": "门禁卡",
        "parking_card": "停车卡",
        "decoration_deposit": "装修押金",
        "other": "其他",
    },
    "ReportKind": {
        "statistics": "投诉/建议统计",
        "owner_summary": "业主公示汇总",
        "complaint_analysis": "投诉分析报告",
        "interview_analysis": "访谈分析",
    },
    "ComplaintClock": {
        "first_response": "首次回应",
        "designated_handler": "指定专人",
        "progress_update": "进展告知",
        "developer_notice": "知会地产公司",
        "callback": "回访",
    },
    "ResidencyPeriod": {
        "new": "新客户",
        "settling_in": "磨合期",
        "stable": "稳定期",
        "long_standing": "老客户",
    },
    "RelationshipClass": {"first_contact": "首次接触", "complaining": "抱怨客户", "friendly": "友好客户"},
    "AuditAction": {
        "create": "新建",
        "update": "修改",
        "void": "作废",
        "export": "导出",
        "delete": "删除",
        "restore": "恢复",
    },
}
