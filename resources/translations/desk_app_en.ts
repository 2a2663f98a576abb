<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
    <context>
        <name>Application</name>
        <message>
            <location filename="../../desk_app/ui/app.py" />
            <source>前台 Desk — 无法打开数据库</source>
            <translation>前台 Desk — cannot open the database</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/app.py" />
            <source>无法打开数据库，程序不能启动。

数据库：{database}
问题：{problem}

请检查数据库地址（命令行参数 --database 或环境变量 DESK_APP_DATABASE_URL）、网络和数据库服务器，或联系系统管理员。
日志文件：{log_path}</source>
            <translation>The database cannot be opened; the program cannot start.

Database: {database}
Problem: {problem}

Please check the database address (command-line option --database or environment variable DESK_APP_DATABASE_URL), the network and the database server, or contact the system administrator.
Log file: {log_path}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/app.py" />
            <source>连接不上数据库或无法打开数据库文件（{detail}）</source>
            <translation>Cannot connect to the database or open the database file ({detail})</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/app.py" />
            <source>这个文件不是 SQLite 数据库，或者已经损坏（{detail}）</source>
            <translation>This file is not an SQLite database, or it is damaged ({detail})</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/app.py" />
            <source>数据库报告错误（{detail}）</source>
            <translation>The database reported an error ({detail})</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/app.py" />
            <source>缺少数据库驱动程序 {module}，请重新安装前台 Desk</source>
            <translation>The database driver {module} is missing; please reinstall 前台 Desk</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/app.py" />
            <source>无法访问数据库文件或文件夹（{detail}）</source>
            <translation>Cannot access the database file or folder ({detail})</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/app.py" />
            <source>意外错误（{detail}）</source>
            <translation>Unexpected error ({detail})</translation>
        </message>
    </context>
    <context>
        <name>AppointmentsPage</name>
        <message>
            <location filename="../../desk_app/ui/appointments_page.py" />
            <source>预约上门</source>
            <translation>Appointments</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/appointments_page.py" />
            <source>预约时间(&amp;T)</source>
            <translation>Appointment &amp;time</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/appointments_page.py" />
            <source>房号(&amp;R)</source>
            <translation>&amp;Room</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/appointments_page.py" />
            <source>如 3-2-1201</source>
            <translation>e.g. 3-2-1201</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/appointments_page.py" />
            <source>联系电话(&amp;L)</source>
            <translation>Contact phone (&amp;L)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/appointments_page.py" />
            <source>赴约人(&amp;B)</source>
            <translation>Visiting staff (&amp;B)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/appointments_page.py" />
            <source>预约事项(&amp;W)</source>
            <translation>Purpose (&amp;W)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/appointments_page.py" />
            <source>赴约情况/取消原因(&amp;O)</source>
            <translation>&amp;Outcome/reason for cancelling</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/appointments_page.py" />
            <source>（请选择）</source>
            <translation>(please choose)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/appointments_page.py" />
            <source>登记已赴约(&amp;K)</source>
            <translation>Record as &amp;kept</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/appointments_page.py" />
            <source>取消预约(&amp;C)</source>
            <translation>&amp;Cancel appointment</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/appointments_page.py" />
            <source>已登记赴约。</source>
            <translation>Recorded as kept.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/appointments_page.py" />
            <source>预约已取消。</source>
            <translation>Appointment cancelled.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/appointments_page.py" />
            <source>状态：{status}</source>
            <translation>Status: {status}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/appointments_page.py" />
            <source>状态：已过预约时间，尚未赴约</source>
            <translation>Status: past the appointment time, not yet kept</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/appointments_page.py" />
            <source>编号</source>
            <translation>No.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/appointments_page.py" />
            <source>预约时间</source>
            <translation>Time</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/appointments_page.py" />
            <source>房号</source>
            <translation>Room</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/appointments_page.py" />
            <source>赴约人</source>
            <translation>Visiting staff</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/appointments_page.py" />
            <source>预约事项</source>
            <translation>Purpose</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/appointments_page.py" />
            <source>状态</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/appointments_page.py" />
            <source>全部</source>
            <translation>All</translation>
        </message>
    </context>
    <context>
        <name>AttachmentsPanel</name>
        <message>
            <location filename="../../desk_app/ui/attachments_panel.py" />
            <source>附件（照片、扫描件）</source>
            <translation>Attachments (photos, scans)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/attachments_panel.py" />
            <source>可添加 JPEG、PNG 照片或 PDF 扫描件，每个文件不超过 {limit} MB；也可把文件拖到这里。</source>
            <translation>Add JPEG or PNG photos or PDF scans, up to {limit} MB each; you can also drag files here.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/attachments_panel.py" />
            <source>还没有附件。</source>
            <translation>No attachments yet.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/attachments_panel.py" />
            <source>添加附件…</source>
            <translation>Add attachment…</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/attachments_panel.py" />
            <source>选择一个或多个照片、扫描件（列表中按 Insert）</source>
            <translation>Choose one or more photos or scans (Insert in the list)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/attachments_panel.py" />
            <source>查看</source>
            <translation>View</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/attachments_panel.py" />
            <source>用系统的看图/PDF 程序打开（列表中按 Enter）</source>
            <translation>Open with the system's image or PDF viewer (Enter in the list)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/attachments_panel.py" />
            <source>作废附件…</source>
            <translation>Void attachment…</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/attachments_panel.py" />
            <source>作废选中的附件（须填写原因；文件不会被删除）（列表中按 Delete）</source>
            <translation>Void the selected attachment (a reason is required; the file is not deleted) (Delete in the list)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/attachments_panel.py" />
            <source>选择照片或扫描件</source>
            <translation>Choose photos or scans</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/attachments_panel.py" />
            <source>照片和扫描件 (*.jpg *.jpeg *.png *.pdf *.JPG *.JPEG *.PNG *.PDF);;所有文件 (*)</source>
            <translation>Photos and scans (*.jpg *.jpeg *.png *.pdf *.JPG *.JPEG *.PNG *.PDF);;All files (*)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/attachments_panel.py" />
            <source>{name}
{kind}　{size}　{when}　{who}</source>
            <translation>{name}
{kind}　{size}　{when}　{who}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/attachments_panel.py" />
            <source>照片 {width}×{height}</source>
            <translation>Photo {width}×{height}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/attachments_panel.py" />
            <source>PDF {pages} 页</source>
            <translation>PDF, {pages} pages</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/attachments_panel.py" />
            <source>已添加 {count} 个附件。</source>
            <translation>{count} attachments added.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/attachments_panel.py" />
            <source>附件未添加</source>
            <translation>Attachments not added</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/attachments_panel.py" />
            <source>以下文件没有添加：

{lines}</source>
            <translation>These files were not added:

{lines}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/attachments_panel.py" />
            <source>请先登录，再添加或作废附件。</source>
            <translation>Sign in first to add or void attachments.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/attachments_panel.py" />
            <source>数据库出错（{detail}），请稍后再试。</source>
            <translation>Database error ({detail}); please try again later.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/attachments_panel.py" />
            <source>作废附件</source>
            <translation>Void attachment</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/attachments_panel.py" />
            <source>作废“{name}”的原因（必填）：</source>
            <translation>Reason for voiding “{name}” (required):</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/attachments_panel.py" />
            <source>确定作废附件“{name}”吗？
原因：{reason}

作废后不再列出和打印，但仍保留备查。</source>
            <translation>Void the attachment “{name}”?
Reason: {reason}

A voided attachment is no longer listed or printed, but is kept for reference.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/attachments_panel.py" />
            <source>附件“{name}”已作废。</source>
            <translation>Attachment “{name}” voided.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/attachments_panel.py" />
            <source>附件</source>
            <translation>Attachment</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/attachments_panel.py" />
            <source>无法打开“{name}”：系统没有能打开这种文件的程序。</source>
            <translation>Cannot open “{name}”: the system has no program for this kind of file.</translation>
        </message>
    </context>
    <context>
        <name>AuditPage</name>
        <message>
            <location filename="../../desk_app/ui/audit_page.py" />
            <source>操作日志</source>
            <translation>Audit log</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/audit_page.py" />
            <source>人员(&amp;P)：</source>
            <translation>&amp;Person:</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/audit_page.py" />
            <source>记录类别(&amp;K)：</source>
            <translation>Record &amp;kind:</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/audit_page.py" />
            <source>从(&amp;C)：</source>
            <translation>From (&amp;C):</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/audit_page.py" />
            <source>到(&amp;T)：</source>
            <translation>&amp;To:</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/audit_page.py" />
            <source>按日期(&amp;D)</source>
            <translation>By &amp;date</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/audit_page.py" />
            <source>内容(&amp;X)：</source>
            <translation>Te&amp;xt:</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/audit_page.py" />
            <source>编号、字段名、修改前后的内容</source>
            <translation>Record number, field name, text before or after the change</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/audit_page.py" />
            <source>查找(&amp;S)</source>
            <translation>&amp;Search</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/audit_page.py" />
            <source>（全部人员）</source>
            <translation>(everyone)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/audit_page.py" />
            <source>（全部类别）</source>
            <translation>(every kind)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/audit_page.py" />
            <source>时间</source>
            <translation>Time</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/audit_page.py" />
            <source>人员</source>
            <translation>Person</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/audit_page.py" />
            <source>操作</source>
            <translation>Action</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/audit_page.py" />
            <source>记录类别</source>
            <translation>Record kind</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/audit_page.py" />
            <source>记录</source>
            <translation>Record</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/audit_page.py" />
            <source>字段</source>
            <translation>Field</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/audit_page.py" />
            <source>修改前</source>
            <translation>Before</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/audit_page.py" />
            <source>修改后</source>
            <translation>After</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/audit_page.py" />
            <source>共 {total} 条，显示最新的 {shown} 条</source>
            <translation>{total} entries; the latest {shown} shown</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/audit_page.py" />
            <source>共 {total} 条</source>
            <translation>{total} entries</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/audit_page.py" />
            <source>只有系统管理员可以查看全部操作日志。

每条投诉的修改历史可在投诉处理记录中查看。</source>
            <translation>Only the system administrator can see the whole audit log.

The history of changes of each complaint is on its complaint record.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/audit_page.py" />
            <source>无法读取操作日志：{detail}</source>
            <translation>The audit log cannot be read: {detail}</translation>
        </message>
        <message>
            <source>从(&amp;F)：</source>
            <translation type="vanished">&amp;From:</translation>
        </message>
    </context>
    <context>
        <name>BookForm</name>
        <message>
            <location filename="../../desk_app/ui/book_form.py" />
            <source>已保存的登记不能改写；后续情况请用表单下方的按钮登记，写错的记录请作废后重新登记。</source>
            <translation>A saved entry cannot be rewritten; record what happened next with the buttons below the form, and void a wrong record and enter it again.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/book_form.py" />
            <source>编号：{number}</source>
            <translation>No.: {number}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/book_form.py" />
            <source>编号：（保存后生成）</source>
            <translation>No.: (assigned when saved)</translation>
        </message>
        <message>
            <source>（未填写）</source>
            <translation type="vanished">(not filled in)</translation>
        </message>
        <message>
            <source>打印功能即将提供</source>
            <translation type="vanished">Printing is coming soon</translation>
        </message>
    </context>
    <context>
        <name>ClientChoice</name>
        <message>
            <location filename="../../desk_app/ui/client_choice.py" />
            <source>房号、电话、姓名或拼音首字母</source>
            <translation>Room, phone, name or pinyin initials</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/client_choice.py" />
            <source>（未选客户）</source>
            <translation>(no client chosen)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/client_choice.py" />
            <source>（没有找到）</source>
            <translation>(nothing found)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/client_choice.py" />
            <source>该客户不愿接受回访或访谈（R12）：{reason}</source>
            <translation>This client does not accept callbacks or interviews (R12): {reason}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/client_choice.py" />
            <source>未注明原因</source>
            <translation>No reason given</translation>
        </message>
    </context>
    <context>
        <name>ClientLookup</name>
        <message>
            <location filename="../../desk_app/ui/client_lookup.py" />
            <source>房号、电话、姓名或拼音首字母（如 3-2-1201、5678、zs）</source>
            <translation>Room, phone, name or pinyin initials (e.g. 3-2-1201, 5678, zs)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/client_lookup.py" />
            <source>匿名(&amp;Y)</source>
            <translation>Anon&amp;ymous</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/client_lookup.py" />
            <source>来电/来访人不愿留名或查不到：不关联业主资料</source>
            <translation>The caller or visitor gives no name or cannot be found: no client record linked</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/client_lookup.py" />
            <source>[重要]</source>
            <translation>[VIP]</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/client_lookup.py" />
            <source>[勿扰]</source>
            <translation>[DND]</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/client_lookup.py" />
            <source>（无房号）</source>
            <translation>(no room)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/client_lookup.py" />
            <source>没有找到“{text}”，可直接填写来电人姓名和电话，或勾选匿名</source>
            <translation>Nothing found for “{text}”; type the caller's name and phone directly, or tick Anonymous</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/client_lookup.py" />
            <source>查询失败：{detail}</source>
            <translation>Search failed: {detail}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/client_lookup.py" />
            <source>电话：{phones}</source>
            <translation>Phone: {phones}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/client_lookup.py" />
            <source>重要客户：{categories}</source>
            <translation>Important client: {categories}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/client_lookup.py" />
            <source>勿扰：{reason}（不安排回访、访谈，R12）</source>
            <translation>Do not disturb: {reason} (no callbacks or interviews, R12)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/client_lookup.py" />
            <source>未注明原因</source>
            <translation>No reason given</translation>
        </message>
        <message>
            <source>匿名(&amp;N)</source>
            <translation type="vanished">A&amp;nonymous</translation>
        </message>
    </context>
    <context>
        <name>ClientsPage</name>
        <message>
            <location filename="../../desk_app/ui/clients_page.py" />
            <source>业主资料卡</source>
            <translation>Client cards</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/clients_page.py" />
            <source>房号</source>
            <translation>Room</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/clients_page.py" />
            <source>姓名</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/clients_page.py" />
            <source>电话</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/clients_page.py" />
            <source>重要客户类别</source>
            <translation>Important client category</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/clients_page.py" />
            <source>拒绝回访</source>
            <translation>Refuses callbacks</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/clients_page.py" />
            <source>入住时段</source>
            <translation>Residency</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/clients_page.py" />
            <source>类别</source>
            <translation>Class</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/clients_page.py" />
            <source>回访意愿</source>
            <translation>Callbacks</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/clients_page.py" />
            <source>全部</source>
            <translation>All</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/clients_page.py" />
            <source>重要客户</source>
            <translation>Important clients</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/clients_page.py" />
            <source>拒绝回访/访谈</source>
            <translation>Refuses callbacks/interviews</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/clients_page.py" />
            <source>可以回访</source>
            <translation>Callbacks welcome</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/clients_page.py" />
            <source>业主资料</source>
            <translation>Client record</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/clients_page.py" />
            <source>在左侧列表中查找客户（房号、电话、姓名或拼音首字母），按回车打开资料卡。</source>
            <translation>Find a client in the list on the left (room, phone, name or pinyin initials) and press Enter to open the card.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/clients_page.py" />
            <source>基本情况</source>
            <translation>Basic facts</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/clients_page.py" />
            <source>档案编号</source>
            <translation>File no.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/clients_page.py" />
            <source>性别</source>
            <translation>Sex</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/clients_page.py" />
            <source>入住日期</source>
            <translation>Move-in date</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/clients_page.py" />
            <source>关系类别</source>
            <translation>Relationship class</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/clients_page.py" />
            <source>最近投诉</source>
            <translation>Latest complaint</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/clients_page.py" />
            <source>个人资料</source>
            <translation>Personal details</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/clients_page.py" />
            <source>职业(&amp;O)</source>
            <translation>&amp;Occupation</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/clients_page.py" />
            <source>工作单位(&amp;W)</source>
            <translation>&amp;Workplace</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/clients_page.py" />
            <source>籍贯(&amp;J)</source>
            <translation>Hometown (&amp;J)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/clients_page.py" />
            <source>备注(&amp;R)</source>
            <translation>&amp;Remarks</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/clients_page.py" />
            <source>家庭成员</source>
            <translation>Household members</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/clients_page.py" />
            <source>关系</source>
            <translation>Relationship</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/clients_page.py" />
            <source>备注</source>
            <translation>Remarks</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/clients_page.py" />
            <source>回访与访谈意愿（R12）</source>
            <translation>Callbacks and interviews (R12)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/clients_page.py" />
            <source>客户拒绝回访/访谈(&amp;D)</source>
            <translation>Client refuses callbacks/interviews (&amp;D)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/clients_page.py" />
            <source>原因(&amp;Y)</source>
            <translation>Reason (&amp;Y)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/clients_page.py" />
            <source>自 {day} 起</source>
            <translation>since {day}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/clients_page.py" />
            <source>联系记录（最近的在前；回车打开）</source>
            <translation>Contact history (latest first; Enter opens)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/clients_page.py" />
            <source>时间</source>
            <translation>Time</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/clients_page.py" />
            <source>类型</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/clients_page.py" />
            <source>编号</source>
            <translation>No.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/clients_page.py" />
            <source>内容</source>
            <translation>Content</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/clients_page.py" />
            <source>尚无联系记录（首次接触）。</source>
            <translation>No contact yet (first contact).</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/clients_page.py" />
            <source>请先在列表中选择客户，或按 Ctrl+N 新建业主资料卡。</source>
            <translation>Choose a client in the list first, or press Ctrl+N for a new client card.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/clients_page.py" />
            <source>尚未入住</source>
            <translation>Not moved in yet</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/clients_page.py" />
            <source>新建业主资料卡：填写房号、姓名、电话等，按 Ctrl+S 保存。多个房号或电话用“、”、逗号或空格分开。</source>
            <translation>New client card: fill in the room, name, phone and so on, and press Ctrl+S to save. Separate several rooms or phones with “、”, commas or spaces.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/clients_page.py" />
            <source>房号(&amp;M)</source>
            <translation>Room (&amp;M)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/clients_page.py" />
            <source>姓名(&amp;X)</source>
            <translation>Name (&amp;X)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/clients_page.py" />
            <source>电话(&amp;P)</source>
            <translation>&amp;Phone</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/clients_page.py" />
            <source>入住日期(&amp;I)</source>
            <translation>Move-&amp;in date</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/clients_page.py" />
            <source>未知</source>
            <translation>Unknown</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/clients_page.py" />
            <source>入住日期不详</source>
            <translation>Move-in date unknown</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/clients_page.py" />
            <source>如 3-2-1201、3-2-1202</source>
            <translation>e.g. 3-2-1201, 3-2-1202</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/clients_page.py" />
            <source>如 13800001111、0755-88881234</source>
            <translation>e.g. 13800001111, 0755-88881234</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/clients_page.py" />
            <source>房屋身份</source>
            <translation>Relation to the room</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/clients_page.py" />
            <source>新增房号登记为</source>
            <translation>Register new rooms as</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/clients_page.py" />
            <source>添加成员(&amp;A)</source>
            <translation>&amp;Add member</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/clients_page.py" />
            <source>删除所选成员</source>
            <translation>Remove selected member</translation>
        </message>
        <message>
            <source>入住日期“{text}”不是日期（例：2019-05-01）</source>
            <translation type="vanished">Move-in date “{text}” is not a date (e.g. 2019-05-01)</translation>
        </message>
        <message>
            <source>籍贯(&amp;H)</source>
            <translation type="vanished">&amp;Hometown</translation>
        </message>
        <message>
            <source>房号(&amp;F)</source>
            <translation type="vanished">Room (&amp;F)</translation>
        </message>
        <message>
            <source>姓名(&amp;N)</source>
            <translation type="vanished">&amp;Name</translation>
        </message>
        <message>
            <source>请先在列表中选择客户。客户资料由物业档案导入，不在此新建。</source>
            <translation type="vanished">Choose a client in the list first. Client records are imported from the property files, not created here.</translation>
        </message>
    </context>
    <context>
        <name>Common</name>
        <message>
            <location filename="../../desk_app/ui/texts.py" />
            <source>、</source>
            <translation>, </translation>
        </message>
    </context>
    <context>
        <name>ComplaintPage</name>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>顾客投诉处理记录表</source>
            <translation>Customer complaint record</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>记录表</source>
            <translation>Record</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>处理过程</source>
            <translation>Handling</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>回访与关闭</source>
            <translation>Callback and closure</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>投诉人(R8)</source>
            <translation>Complainants (R8)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>修改历史</source>
            <translation>History of changes</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>附件</source>
            <translation>Attachments</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>编号：{number}</source>
            <translation>No.: {number}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>编号：（保存后生成）</source>
            <translation>No.: (assigned when saved)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>状态：{status}</source>
            <translation>Status: {status}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>重大投诉（R19，单独归档）</source>
            <translation>Major complaint (R19, own dossier)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>受理时间(&amp;T)</source>
            <translation>Received at (&amp;T)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>投诉渠道(&amp;C)</source>
            <translation>&amp;Channel</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>投诉人(&amp;K)</source>
            <translation>Complainant (&amp;K)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>房号(&amp;R)</source>
            <translation>&amp;Room</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>如 3-2-1201</source>
            <translation>e.g. 3-2-1201</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>匿名投诉(&amp;A)</source>
            <translation>&amp;Anonymous complaint</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>敏感投诉(&amp;M)</source>
            <translation>Sensitive complaint (&amp;M)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>投诉性质</source>
            <translation>Nature of the complaint</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>网帖地址(&amp;U)</source>
            <translation>Post &amp;URL</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>投诉内容(&amp;D)</source>
            <translation>Complaint &amp;details</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>投诉类别(&amp;L)</source>
            <translation>C&amp;lass</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>（未分类）</source>
            <translation>(not classified)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>一类：物业服务本身；二类：地产公司房屋质量、配套设施（须一个工作日内知会地产公司，R4）；三类：外部环境、服务范围外设施或其他单位（记录协调单位）。</source>
            <translation>Class 1: the property service itself; class 2: the developer's building quality or facilities (notify the developer within one working day, R4); class 3: the outside environment, facilities outside the service or other organisations (record the coordinating body).</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>协调单位(&amp;B)</source>
            <translation>Coordinating &amp;body</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>书面报告(&amp;W)</source>
            <translation>&amp;Written report</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>所属专业(&amp;Y)</source>
            <translation>Business line (&amp;Y)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>最终原因(&amp;Z)</source>
            <translation>Root cause (&amp;Z)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>严重程度(&amp;J)</source>
            <translation>Severity (&amp;J)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>群体投诉（通知部门负责人）</source>
            <translation>Group complaint (department heads are told)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>有过激行为风险</source>
            <translation>Risk of extreme behaviour</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>看到/听到了什么（通知部门负责人和品质管理部）</source>
            <translation>What was seen/heard (department heads and the quality department are told)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>打印记录表…</source>
            <translation>Print record sheet…</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>打印知会函…</source>
            <translation>Print notice to the developer…</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>打印重大投诉档案…</source>
            <translation>Print major-complaint dossier…</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>（未选）</source>
            <translation>(not chosen)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>投诉人数 {people}　投诉次数 {times}　跟帖数 {heat}　重新处理 {reopened} 次</source>
            <translation>Complainants {people}　Times {times}　Web replies {heat}　Reopened {reopened} times</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>计数(R8)</source>
            <translation>Counts (R8)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>处理时限（鼠标停在时限上可查看计算过程）</source>
            <translation>Due times (hover over a due time to see how it was computed)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>按 Tab 键移到某个时限上，这里显示它的计算过程。</source>
            <translation>Tab to a due time to see here how it was computed.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>首次回应(R1)</source>
            <translation>First response (R1)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>指定专人(R3)</source>
            <translation>Designated handler (R3)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>进展通报(R3)</source>
            <translation>Progress updates (R3)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>知会地产公司(R4)</source>
            <translation>Developer notified (R4)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>回访(R6)</source>
            <translation>Callback (R6)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>自动关闭(R7)</source>
            <translation>Automatic closure (R7)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>{due} 前</source>
            <translation>by {due}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>已于 {met} 完成</source>
            <translation>done at {met}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>已于 {met} 完成（时限 {due}）</source>
            <translation>done at {met} (due {due})</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>{due} 前 — 已逾期</source>
            <translation>by {due} — overdue</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>首次回应（R1；网络投诉须含具体措施）</source>
            <translation>First response (R1; web complaints must name concrete measures)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>回应内容(&amp;Y)</source>
            <translation>Response text (&amp;Y)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>登记首次回应</source>
            <translation>Record first response</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>回帖拟稿</source>
            <translation>Draft reply</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>审批回帖</source>
            <translation>Approve reply</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>回帖</source>
            <translation>Post reply</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>回帖草稿（待部门负责人审批）：{text}</source>
            <translation>Draft reply (awaiting a department head's approval): {text}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>回帖草稿（已审批，可回帖）：{text}</source>
            <translation>Draft reply (approved, ready to post): {text}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>已于 {at} 回应：{text}</source>
            <translation>Responded at {at}: {text}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>指定专人（R3，由主管或部门负责人指定）</source>
            <translation>Designated handler (R3, designated by the supervisor or a department head)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>处理人(&amp;C)</source>
            <translation>Handler (&amp;C)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>部门(&amp;P)</source>
            <translation>De&amp;partment</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>指定专人</source>
            <translation>Designate handler</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>指定专人(&amp;D)</source>
            <translation>&amp;Designate handler</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>当前处理人：{name}（{department}），{by} 于 {at} 指定</source>
            <translation>Current handler: {name} ({department}), designated by {by} at {at}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>尚未指定处理人</source>
            <translation>No handler designated yet</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>处理进展</source>
            <translation>Progress</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>时间</source>
            <translation>Time</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>记录人</source>
            <translation>Recorded by</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>处理情况</source>
            <translation>What was done</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>已告知客户</source>
            <translation>Client informed</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>本次进展(&amp;I)</source>
            <translation>This update (&amp;I)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>已告知客户(&amp;O)</source>
            <translation>Client inf&amp;ormed</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>添加进展</source>
            <translation>Add progress</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>知会地产公司客户关系中心（R4，二类投诉）</source>
            <translation>Notify the developer's client relations centre (R4, class 2 complaints)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>发送方式(&amp;Q)</source>
            <translation>Sent by (&amp;Q)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>书面</source>
            <translation>in writing</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>电子邮件</source>
            <translation>e-mail</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>登记知会函已发出</source>
            <translation>Record notice as sent</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>知会函已于 {at} 以{method}发出</source>
            <translation>Notice sent at {at} by {method}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>非二类投诉，无需知会</source>
            <translation>Not a class 2 complaint: no notice needed</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>知会函尚未发出</source>
            <translation>Notice not sent yet</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>处理结果与验证（R5）</source>
            <translation>Result and verification (R5)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>处理结果(&amp;X)</source>
            <translation>Result (&amp;X)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>现场解决(&amp;Z)</source>
            <translation>Solved on the spot (&amp;Z)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>客户当场确认满意(&amp;2)</source>
            <translation>Client confirmed satisfied on the spot (&amp;2)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>登记处理结果</source>
            <translation>Record result</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>验证意见(&amp;3)</source>
            <translation>Verification note (&amp;3)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>验证合格</source>
            <translation>Verified</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>已于 {at} 解决：{text}</source>
            <translation>Solved at {at}: {text}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>{who} 于 {at} 验证合格{note}</source>
            <translation>Verified by {who} at {at}{note}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>尚未解决</source>
            <translation>Not solved yet</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>回访（R6：验证合格后按时回访客户）</source>
            <translation>Callback (R6: call the client back in time after verification)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>回访形式(&amp;W)</source>
            <translation>Callback form (&amp;W)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>客户意见(&amp;I)</source>
            <translation>Client's verdict (&amp;I)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>满意（关闭投诉）</source>
            <translation>Satisfied (close the complaint)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>不满意（重新处理）</source>
            <translation>Dissatisfied (handle again)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>回访意见(&amp;O)</source>
            <translation>Callback n&amp;otes</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>非适宜时段说明</source>
            <translation>Reason for an off-hours call</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>早7点前、晚10点后、午休或节假日致电时填写原因</source>
            <translation>Say why when calling before 7:00, after 22:00, at lunchtime or on a holiday</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>登记回访</source>
            <translation>Record callback</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>{who} 于 {at} {form}回访：{verdict}。{comments}</source>
            <translation>{who} called back at {at} ({form}): {verdict}. {comments}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>免回访（R6）</source>
            <translation>No callback (R6)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>免回访原因(&amp;X)</source>
            <translation>Reason for no callback (&amp;X)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>说明(&amp;Z)</source>
            <translation>Note (&amp;Z)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>登记免回访</source>
            <translation>Record no callback</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>以下情形无需回访：(a) 现场解决且客户当场确认满意；(b) 匿名投诉，或无法联系发帖人的网络投诉；(c) 敏感投诉；(d) 客户拒绝回访（R12）。免回访的投诉在解决 7 天后自动关闭（R7）。</source>
            <translation>No callback is needed when: (a) solved on the spot and the client confirmed satisfaction there; (b) the complaint is anonymous, or a web complaint whose poster cannot be reached; (c) the complaint is sensitive; (d) the client refuses callbacks (R12). Complaints without a callback close automatically 7 days after they are solved (R7).</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>免回访：{reason}{note}</source>
            <translation>No callback: {reason}{note}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>关闭与重新处理（R7）</source>
            <translation>Closure and reopening (R7)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>关闭投诉…</source>
            <translation>Close complaint…</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>重新处理…</source>
            <translation>Reopen…</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>已于 {at} 关闭（{kind}）</source>
            <translation>Closed at {at} ({kind})</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>未关闭</source>
            <translation>Not closed</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>关闭投诉</source>
            <translation>Close complaint</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>确定关闭投诉 {number} 吗？关闭后不能再修改记录表，只能重新处理。</source>
            <translation>Close complaint {number}? A closed record cannot be edited, only reopened.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>重新处理</source>
            <translation>Reopen</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>请填写重新处理的原因（必填，计入重新处理统计）：</source>
            <translation>Reason for reopening (required; counted in the reopening statistics):</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>确定把投诉 {number} 退回处理中吗？
原因：{reason}</source>
            <translation>Send complaint {number} back to handling?
Reason: {reason}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>同一事件的其他投诉人</source>
            <translation>Other complainants about the same event</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>姓名</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>房号</source>
            <translation>Room</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>电话</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>次数</source>
            <translation>Times</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>加入时间</source>
            <translation>Added at</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>客户(&amp;K)</source>
            <translation>Client (&amp;K)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>或姓名(&amp;A)</source>
            <translation>Or n&amp;ame</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>电话(&amp;P)</source>
            <translation>&amp;Phone</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>添加投诉人</source>
            <translation>Add complainant</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>同一事件再次投诉（次数 +1）</source>
            <translation>Complained again about the same event (times +1)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>网络跟帖（R8：跟帖提高热度；有新内容的跟帖另立投诉）</source>
            <translation>Web replies (R8: replies add heat; a reply with new content is a new complaint)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>新增跟帖数(&amp;T)</source>
            <translation>New replies (&amp;T)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>增加跟帖数</source>
            <translation>Add replies</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>操作人</source>
            <translation>By</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>操作</source>
            <translation>Action</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>项目</source>
            <translation>Field</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>原值</source>
            <translation>Old value</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>新值</source>
            <translation>New value</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>系统</source>
            <translation>System</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>是</source>
            <translation>Yes</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>否</source>
            <translation>No</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>请先保存投诉记录。</source>
            <translation>Save the complaint record first.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>请先在窗口底部选择值班人员。</source>
            <translation>Choose the person on duty at the bottom of the window first.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>已完成：{what}。</source>
            <translation>Done: {what}.</translation>
        </message>
        <message>
            <source>客户不愿接受回访（R12）</source>
            <translation type="vanished">The client does not accept callbacks (R12)</translation>
        </message>
        <message>
            <source>操作失败：数据库暂时无法写入（{detail}），请稍后再试。</source>
            <translation type="vanished">Failed: the database cannot be written to right now ({detail}); please try again later.</translation>
        </message>
        <message>
            <source>这条投诉刚被其他人修改过，请重新打开后再操作。</source>
            <translation type="vanished">Someone else has just changed this complaint; reopen it and try again.</translation>
        </message>
        <message>
            <source>编号</source>
            <translation type="vanished">No.</translation>
        </message>
        <message>
            <source>受理时间</source>
            <translation type="vanished">Received</translation>
        </message>
        <message>
            <source>投诉人</source>
            <translation type="vanished">Complainant</translation>
        </message>
        <message>
            <source>渠道</source>
            <translation type="vanished">Channel</translation>
        </message>
        <message>
            <source>类别</source>
            <translation type="vanished">Class</translation>
        </message>
        <message>
            <source>专业</source>
            <translation type="vanished">Business line</translation>
        </message>
        <message>
            <source>状态</source>
            <translation type="vanished">Status</translation>
        </message>
        <message>
            <source>程度</source>
            <translation type="vanished">Severity</translation>
        </message>
        <message>
            <source>首次回应时限</source>
            <translation type="vanished">First response due</translation>
        </message>
        <message>
            <source>逾期</source>
            <translation type="vanished">Overdue</translation>
        </message>
        <message>
            <source>全部</source>
            <translation type="vanished">All</translation>
        </message>
        <message>
            <source>任一时限逾期</source>
            <translation type="vanished">Any due time overdue</translation>
        </message>
        <message>
            <source>首次回应逾期</source>
            <translation type="vanished">First response overdue</translation>
        </message>
        <message>
            <source>待指定专人</source>
            <translation type="vanished">Handler to designate</translation>
        </message>
        <message>
            <source>进展通报逾期</source>
            <translation type="vanished">Progress update overdue</translation>
        </message>
        <message>
            <source>知会地产公司逾期</source>
            <translation type="vanished">Developer notice overdue</translation>
        </message>
        <message>
            <source>回访逾期</source>
            <translation type="vanished">Callback overdue</translation>
        </message>
        <message>
            <source>重大投诉</source>
            <translation type="vanished">Major complaints</translation>
        </message>
        <message>
            <source>顾客投诉处理记录</source>
            <translation type="vanished">Customer complaint records</translation>
        </message>
        <message>
            <source>最终原因(&amp;G)</source>
            <translation type="vanished">Root cause (&amp;G)</translation>
        </message>
        <message>
            <source>回应内容(&amp;F)</source>
            <translation type="vanished">Response text (&amp;F)</translation>
        </message>
        <message>
            <source>处理人(&amp;H)</source>
            <translation type="vanished">&amp;Handler</translation>
        </message>
        <message>
            <source>回访形式(&amp;F)</source>
            <translation type="vanished">Callback &amp;form</translation>
        </message>
        <message>
            <source>新增跟帖数(&amp;H)</source>
            <translation type="vanished">New replies (&amp;H)</translation>
        </message>
    </context>
    <context>
        <name>ConflictDialog</name>
        <message>
            <location filename="../../desk_app/ui/conflict_dialog.py" />
            <source>记录已被他人修改</source>
            <translation>Record changed by someone else</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/conflict_dialog.py" />
            <source>您打开这条记录之后，{who}修改并保存了它，您的保存未生效。下面列出对方改动的内容和您填写的内容：</source>
            <translation>After you opened this record, {who} changed and saved it; your save did not take effect. Below are their changes and what you entered:</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/conflict_dialog.py" />
            <source>其他人</source>
            <translation>someone else</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/conflict_dialog.py" />
            <source>项目</source>
            <translation>Field</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/conflict_dialog.py" />
            <source>对方保存的值</source>
            <translation>Their saved value</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/conflict_dialog.py" />
            <source>您填写的值</source>
            <translation>Your value</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/conflict_dialog.py" />
            <source>保留我的并重新保存</source>
            <translation>Keep mine and save again</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/conflict_dialog.py" />
            <source>采用对方的</source>
            <translation>Take theirs</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/conflict_dialog.py" />
            <source>取消</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/conflict_dialog.py" />
            <source>“保留我的并重新保存”用您填写的全部内容覆盖对方的修改；“采用对方的”放弃您的输入并显示对方保存的记录；“取消”回到表单，您的输入仍在，可以先核对再保存。</source>
            <translation>“Keep mine and save again” overwrites their changes with everything you entered; “Take theirs” discards your input and shows the record as they saved it; “Cancel” returns to the form with your input still there, so you can check before saving.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/conflict_dialog.py" />
            <source>（空）</source>
            <translation>(empty)</translation>
        </message>
    </context>
    <context>
        <name>DailyTallyPage</name>
        <message>
            <location filename="../../desk_app/ui/daily_tally_page.py" />
            <source>日盘点</source>
            <translation>Daily tally</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/daily_tally_page.py" />
            <source>日期：</source>
            <translation>Date:</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/daily_tally_page.py" />
            <source>今天</source>
            <translation>Today</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/daily_tally_page.py" />
            <source>刷新</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/daily_tally_page.py" />
            <source>类别</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/daily_tally_page.py" />
            <source>投诉</source>
            <translation>Complaint</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/daily_tally_page.py" />
            <source>报修</source>
            <translation>Repair</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/daily_tally_page.py" />
            <source>编号</source>
            <translation>No.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/daily_tally_page.py" />
            <source>受理时间</source>
            <translation>Received</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/daily_tally_page.py" />
            <source>房号</source>
            <translation>Room</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/daily_tally_page.py" />
            <source>内容摘要</source>
            <translation>Summary</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/daily_tally_page.py" />
            <source>状态</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/daily_tally_page.py" />
            <source>{day} 共受理投诉 {complaints} 件、报修 {repairs} 件，其中未完结 {open} 件。</source>
            <translation>On {day}: {complaints} complaints and {repairs} repairs received, {open} of them still open.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/daily_tally_page.py" />
            <source>（非工作日，无须盘点）</source>
            <translation>(not a working day: no tally needed)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/daily_tally_page.py" />
            <source>已于 {at} 由 {who} 确认。</source>
            <translation>Confirmed by {who} at {at}.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/daily_tally_page.py" />
            <source>尚未确认。</source>
            <translation>Not confirmed yet.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/daily_tally_page.py" />
            <source>备注（可不填）</source>
            <translation>Remarks (optional)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/daily_tally_page.py" />
            <source>确认盘点(&amp;C)</source>
            <translation>&amp;Confirm tally</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/daily_tally_page.py" />
            <source>重新确认(&amp;C)</source>
            <translation>&amp;Confirm again</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/daily_tally_page.py" />
            <source>以当前值班人员的名义确认本日盘点（R10）</source>
            <translation>Confirm today's tally in the name of the person on duty (R10)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/daily_tally_page.py" />
            <source>请先在状态栏选择当前值班人员，再确认盘点。</source>
            <translation>Choose the person on duty in the status bar first, then confirm the tally.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/daily_tally_page.py" />
            <source>打印日盘点表(&amp;P)…</source>
            <translation>&amp;Print daily tally…</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/daily_tally_page.py" />
            <source>生成日盘点表并打开打印预览</source>
            <translation>Produce the daily tally sheet and open the print preview</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/daily_tally_page.py" />
            <source>日盘点表的打印功能即将提供</source>
            <translation>Printing the daily tally is coming soon</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/daily_tally_page.py" />
            <source>已生成 {path}，请手动打开后打印。</source>
            <translation>{path} written; please open it and print it yourself.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/daily_tally_page.py" />
            <source>未确认的工作日（近 30 天）</source>
            <translation>Working days not confirmed (last 30 days)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/daily_tally_page.py" />
            <source>近 30 天的盘点均已确认。</source>
            <translation>Every tally of the last 30 days is confirmed.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/daily_tally_page.py" />
            <source>数据库出错，请稍后再试：{detail}</source>
            <translation>Database error, please try again later: {detail}</translation>
        </message>
        <message>
            <source>生成日盘点表 PDF 并用系统的 PDF 阅读器打开</source>
            <translation type="vanished">Make the daily tally PDF and open it in the system's PDF viewer</translation>
        </message>
    </context>
    <context>
        <name>DashboardPage</name>
        <message>
            <location filename="../../desk_app/ui/dashboard_page.py" />
            <source>{month}月</source>
            <translation>{month}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dashboard_page.py" />
            <source>主管看板</source>
            <translation>Supervisor dashboard</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dashboard_page.py" />
            <source>刷新(F5)</source>
            <translation>Refresh (F5)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dashboard_page.py" />
            <source>正在刷新…</source>
            <translation>Refreshing…</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dashboard_page.py" />
            <source>截至 {time}，每 {seconds} 秒自动刷新</source>
            <translation>As of {time}; refreshes every {seconds} seconds</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dashboard_page.py" />
            <source>刷新失败：{error}</source>
            <translation>Refresh failed: {error}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dashboard_page.py" />
            <source>{rule}：{title}。点击或按回车查看明细。</source>
            <translation>{rule}: {title}. Click or press Enter for the details.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dashboard_page.py" />
            <source>近 12 个月投诉数</source>
            <translation>Complaints, last 12 months</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dashboard_page.py" />
            <source>投诉类别（近 12 个月）</source>
            <translation>Complaint classes (last 12 months)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dashboard_page.py" />
            <source>投诉根因 人机料法环（近 12 个月）</source>
            <translation>Root causes, 5M (last 12 months)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dashboard_page.py" />
            <source>{title}（{count}）</source>
            <translation>{title} ({count})</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dashboard_page.py" />
            <source>编号/对象</source>
            <translation>No./subject</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dashboard_page.py" />
            <source>摘要</source>
            <translation>Summary</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dashboard_page.py" />
            <source>时限</source>
            <translation>Due</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dashboard_page.py" />
            <source>处理人</source>
            <translation>Handler</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dashboard_page.py" />
            <source>逾期多久</source>
            <translation>Overdue by</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dashboard_page.py" />
            <source>双击或按回车打开记录。</source>
            <translation>Double-click or press Enter to open the record.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dashboard_page.py" />
            <source>关闭</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dashboard_page.py" />
            <source>这些条目没有单独的记录可打开。</source>
            <translation>These items have no record of their own to open.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dashboard_page.py" />
            <source>新的媒体来访/来电：{refs}</source>
            <translation>New media visit/call: {refs}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dashboard_page.py" />
            <source>首次回应已逾期：{refs}</source>
            <translation>First response overdue: {refs}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dashboard_page.py" />
            <source>前台 Desk 主管看板</source>
            <translation>前台 Desk supervisor dashboard</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dashboard_page.py" />
            <source>媒体来访/来电</source>
            <translation>Media visits/calls</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dashboard_page.py" />
            <source>首次回应逾期</source>
            <translation>First response overdue</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dashboard_page.py" />
            <source>首次回应 1 小时内到期</source>
            <translation>First response due within 1 hour</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dashboard_page.py" />
            <source>难点投诉未指定专人</source>
            <translation>Difficult complaints without a handler</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dashboard_page.py" />
            <source>未按时通报进展</source>
            <translation>Progress updates late</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dashboard_page.py" />
            <source>二类知会函逾期</source>
            <translation>Class 2 developer notices overdue</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dashboard_page.py" />
            <source>回访逾期</source>
            <translation>Callbacks overdue</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dashboard_page.py" />
            <source>待回访</source>
            <translation>Callbacks to make</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dashboard_page.py" />
            <source>今日自动关闭</source>
            <translation>Closing automatically today</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dashboard_page.py" />
            <source>派工单逾期</source>
            <translation>Dispatch slips overdue</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dashboard_page.py" />
            <source>维修回访逾期</source>
            <translation>Repair callbacks overdue</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dashboard_page.py" />
            <source>维修待回访</source>
            <translation>Repair callbacks to make</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dashboard_page.py" />
            <source>承诺答复逾期</source>
            <translation>Promised replies overdue</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dashboard_page.py" />
            <source>今日待答复</source>
            <translation>Replies due today</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dashboard_page.py" />
            <source>预约未按时赴约</source>
            <translation>Appointments not kept on time</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dashboard_page.py" />
            <source>今日预约</source>
            <translation>Today's appointments</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dashboard_page.py" />
            <source>整改通知书逾期</source>
            <translation>Rectification notices overdue</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dashboard_page.py" />
            <source>温馨提示待检查/清理</source>
            <translation>Reminder slips to check/clear</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dashboard_page.py" />
            <source>日盘点未确认</source>
            <translation>Daily tally not confirmed</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dashboard_page.py" />
            <source>月度报告逾期</source>
            <translation>Monthly reports overdue</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dashboard_page.py" />
            <source>月度报告即将到期</source>
            <translation>Monthly reports due soon</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dashboard_page.py" />
            <source>上月访谈未达标</source>
            <translation>Last month's interviews short of quota</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dashboard_page.py" />
            <source>本月访谈尚差</source>
            <translation>Interviews still needed this month</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dashboard_page.py" />
            <source>乔迁拜访逾期</source>
            <translation>Move-in visits overdue</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dashboard_page.py" />
            <source>节假日日历未载入</source>
            <translation>Holiday calendar not loaded</translation>
        </message>
        <message>
            <source>{rule}：{title}。点击查看明细。</source>
            <translation type="vanished">{rule}: {title}. Click for the details.</translation>
        </message>
    </context>
    <context>
        <name>DateField</name>
        <message>
            <location filename="../../desk_app/ui/date_field.py" />
            <source>如 20261220、12-20、+7</source>
            <translation>e.g. 20261220, 12-20, +7</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/date_field.py" />
            <source>打开日历（Alt+↓ 或 F4）</source>
            <translation>Open the calendar (Alt+↓ or F4)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/date_field.py" />
            <source>法定节假日</source>
            <translation>Public holiday</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/date_field.py" />
            <source>调休上班</source>
            <translation>Swapped working day</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/date_field.py" />
            <source>{day}（{weekday}）</source>
            <translation>{day} ({weekday})</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/date_field.py" />
            <source>星期一</source>
            <translation>Monday</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/date_field.py" />
            <source>星期二</source>
            <translation>Tuesday</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/date_field.py" />
            <source>星期三</source>
            <translation>Wednesday</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/date_field.py" />
            <source>星期四</source>
            <translation>Thursday</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/date_field.py" />
            <source>星期五</source>
            <translation>Friday</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/date_field.py" />
            <source>星期六</source>
            <translation>Saturday</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/date_field.py" />
            <source>星期日</source>
            <translation>Sunday</translation>
        </message>
    </context>
    <context>
        <name>DepartmentsPage</name>
        <message>
            <location filename="../../desk_app/ui/departments_page.py" />
            <source>部门</source>
            <translation>Departments</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/departments_page.py" />
            <source>部门用于员工账号、派工单和投诉的责任部门。停用的部门不再出现在各表单的部门选项中，已有记录不受影响。</source>
            <translation>Departments are used for staff accounts and as the responsible department of dispatch slips and complaints. A deactivated department is no longer offered in the forms; existing records are not affected.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/departments_page.py" />
            <source>只有系统管理员可以修改部门；当前值班人员只能查看。</source>
            <translation>Only the system administrator can change departments; the person on duty can only look.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/departments_page.py" />
            <source>部门名称</source>
            <translation>Department name</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/departments_page.py" />
            <source>状态</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/departments_page.py" />
            <source>在职员工</source>
            <translation>Active staff</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/departments_page.py" />
            <source>在用</source>
            <translation>In use</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/departments_page.py" />
            <source>已停用</source>
            <translation>Deactivated</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/departments_page.py" />
            <source>名称(&amp;M)</source>
            <translation>Na&amp;me</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/departments_page.py" />
            <source>如 客服中心、工程部、秩序部</source>
            <translation>e.g. Engineering, Security</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/departments_page.py" />
            <source>新建(&amp;N)</source>
            <translation>&amp;New</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/departments_page.py" />
            <source>改名(&amp;R)</source>
            <translation>&amp;Rename</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/departments_page.py" />
            <source>停用(&amp;D)</source>
            <translation>&amp;Deactivate</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/departments_page.py" />
            <source>启用(&amp;D)</source>
            <translation>Reactivate (&amp;D)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/departments_page.py" />
            <source>已新建部门“{name}”。</source>
            <translation>Department “{name}” created.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/departments_page.py" />
            <source>已改名为“{name}”。</source>
            <translation>Renamed to “{name}”.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/departments_page.py" />
            <source>已停用部门“{name}”。</source>
            <translation>Department “{name}” deactivated.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/departments_page.py" />
            <source>已启用部门“{name}”。</source>
            <translation>Department “{name}” reactivated.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/departments_page.py" />
            <source>请先在列表中选中一个部门。</source>
            <translation>Select a department in the list first.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/departments_page.py" />
            <source>还没有部门。在下面输入名称后按回车新建。</source>
            <translation>No departments yet. Type a name below and press Enter to create one.</translation>
        </message>
    </context>
    <context>
        <name>DispatchSlipsPage</name>
        <message>
            <location filename="../../desk_app/ui/dispatch_slips_page.py" />
            <source>派工单 / 协调单</source>
            <translation>Dispatch / coordination slips</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispatch_slips_page.py" />
            <source>单据类别(&amp;K)</source>
            <translation>Slip &amp;kind</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispatch_slips_page.py" />
            <source>派单时间(&amp;T)</source>
            <translation>Dispatched at (&amp;T)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispatch_slips_page.py" />
            <source>房号(&amp;R)</source>
            <translation>&amp;Room</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispatch_slips_page.py" />
            <source>如 3-2-1201（公共部位可不填）</source>
            <translation>e.g. 3-2-1201 (leave empty for common areas)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispatch_slips_page.py" />
            <source>联系人(&amp;L)</source>
            <translation>Contact (&amp;L)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispatch_slips_page.py" />
            <source>联系电话(&amp;M)</source>
            <translation>Contact phone (&amp;M)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispatch_slips_page.py" />
            <source>派工内容(&amp;W)</source>
            <translation>&amp;Work to do</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispatch_slips_page.py" />
            <source>派往部门(&amp;D)</source>
            <translation>&amp;Department</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispatch_slips_page.py" />
            <source>接单人(&amp;8)</source>
            <translation>Taken by (&amp;8)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispatch_slips_page.py" />
            <source>完成情况(&amp;J)</source>
            <translation>Completion notes (&amp;J)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispatch_slips_page.py" />
            <source>派工</source>
            <translation>Dispatch</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispatch_slips_page.py" />
            <source>维修人员反馈（前台代为登记）</source>
            <translation>Repair staff's report (recorded by the desk)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispatch_slips_page.py" />
            <source>回访</source>
            <translation>Callback</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispatch_slips_page.py" />
            <source>专业(&amp;B)</source>
            <translation>Business line (&amp;B)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispatch_slips_page.py" />
            <source>紧急（1 小时内）(&amp;U)</source>
            <translation>&amp;Urgent (within 1 hour)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispatch_slips_page.py" />
            <source>手工指定完成时间(&amp;I)</source>
            <translation>Set the due t&amp;ime by hand</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispatch_slips_page.py" />
            <source>要求完成(&amp;Q)</source>
            <translation>Re&amp;quired by</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispatch_slips_page.py" />
            <source>接单时间(&amp;9)</source>
            <translation>Taken at (&amp;9)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispatch_slips_page.py" />
            <source>到场时间(&amp;Z)</source>
            <translation>Arrived at (&amp;Z)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispatch_slips_page.py" />
            <source>所用材料(&amp;0)</source>
            <translation>Materials used (&amp;0)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispatch_slips_page.py" />
            <source>客户现场确认满意(&amp;X)</source>
            <translation>Client confirmed satisfied on the spot (&amp;X)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispatch_slips_page.py" />
            <source>回访方式(&amp;1)</source>
            <translation>Callback form (&amp;1)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispatch_slips_page.py" />
            <source>回访结果(&amp;2)</source>
            <translation>Callback result (&amp;2)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispatch_slips_page.py" />
            <source>回访意见(&amp;3)</source>
            <translation>Callback notes (&amp;3)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispatch_slips_page.py" />
            <source>满意</source>
            <translation>Satisfied</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispatch_slips_page.py" />
            <source>非适宜时段说明(&amp;7)</source>
            <translation>Reason for an off-hours call (&amp;7)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispatch_slips_page.py" />
            <source>早7点前、晚10点后、午休或节假日致电时填写原因</source>
            <translation>Say why when calling before 7:00, after 22:00, at lunchtime or on a holiday</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispatch_slips_page.py" />
            <source>不满意（返工）</source>
            <translation>Dissatisfied (redo the work)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispatch_slips_page.py" />
            <source>保存派工(&amp;A)</source>
            <translation>S&amp;ave dispatch</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispatch_slips_page.py" />
            <source>登记接单(&amp;4)</source>
            <translation>Record as taken (&amp;4)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispatch_slips_page.py" />
            <source>登记到场(&amp;5)</source>
            <translation>Record arrival (&amp;5)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispatch_slips_page.py" />
            <source>登记回访(&amp;6)</source>
            <translation>Record callback (&amp;6)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispatch_slips_page.py" />
            <source>派工已保存。</source>
            <translation>Dispatch saved.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispatch_slips_page.py" />
            <source>已登记接单。</source>
            <translation>Recorded as taken.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispatch_slips_page.py" />
            <source>已登记到场。</source>
            <translation>Arrival recorded.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispatch_slips_page.py" />
            <source>已登记回访。</source>
            <translation>Callback recorded.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispatch_slips_page.py" />
            <source>状态：{stage}</source>
            <translation>Status: {stage}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispatch_slips_page.py" />
            <source>回访期限：{when}</source>
            <translation>Callback due: {when}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispatch_slips_page.py" />
            <source>要求完成</source>
            <translation>Due</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispatch_slips_page.py" />
            <source>完成后填写处理结果</source>
            <translation>Fill in the result when done</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispatch_slips_page.py" />
            <source>重新打开原因(&amp;Y)</source>
            <translation>Reason for reopening (&amp;Y)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispatch_slips_page.py" />
            <source>（未指定）</source>
            <translation>(not assigned)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispatch_slips_page.py" />
            <source>登记完成(&amp;C)</source>
            <translation>Record &amp;completion</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispatch_slips_page.py" />
            <source>重新打开(&amp;O)</source>
            <translation>Re&amp;open</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispatch_slips_page.py" />
            <source>已登记完成。</source>
            <translation>Completion recorded.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispatch_slips_page.py" />
            <source>已重新打开。</source>
            <translation>Reopened.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispatch_slips_page.py" />
            <source>已于 {when} 完成</source>
            <translation>Done at {when}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispatch_slips_page.py" />
            <source>来源：工作信息记录 {number}</source>
            <translation>Source: work-log entry {number}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispatch_slips_page.py" />
            <source>编号</source>
            <translation>No.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispatch_slips_page.py" />
            <source>类别</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispatch_slips_page.py" />
            <source>派单时间</source>
            <translation>Dispatched</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispatch_slips_page.py" />
            <source>房号</source>
            <translation>Room</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispatch_slips_page.py" />
            <source>派工内容</source>
            <translation>Work</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispatch_slips_page.py" />
            <source>状态</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispatch_slips_page.py" />
            <source>完成时间</source>
            <translation>Completed</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispatch_slips_page.py" />
            <source>全部</source>
            <translation>All</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispatch_slips_page.py" />
            <source>派工单</source>
            <translation>Dispatch slips</translation>
        </message>
        <message>
            <source>联系电话(&amp;P)</source>
            <translation type="vanished">Contact &amp;phone</translation>
        </message>
        <message>
            <source>接单人(&amp;E)</source>
            <translation type="vanished">Tak&amp;en by</translation>
        </message>
        <message>
            <source>接单时间(&amp;G)</source>
            <translation type="vanished">Taken at (&amp;G)</translation>
        </message>
        <message>
            <source>所用材料(&amp;M)</source>
            <translation type="vanished">&amp;Materials used</translation>
        </message>
        <message>
            <source>状态：未完成</source>
            <translation type="vanished">Status: not done</translation>
        </message>
        <message>
            <source>状态：已于 {when} 完成</source>
            <translation type="vanished">Status: done at {when}</translation>
        </message>
    </context>
    <context>
        <name>DisputePage</name>
        <message>
            <location filename="../../desk_app/ui/dispute_page.py" />
            <source>邻里纠纷处理记录表</source>
            <translation>Neighbour dispute record</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispute_page.py" />
            <source>编号：{number}　状态：{status}</source>
            <translation>No.: {number}　Status: {status}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispute_page.py" />
            <source>打印记录表(&amp;Y)…</source>
            <translation>Print record sheet (&amp;Y)…</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispute_page.py" />
            <source>编号：（保存后生成）</source>
            <translation>No.: (assigned when saved)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispute_page.py" />
            <source>纠纷类型(&amp;T)</source>
            <translation>Dispute &amp;type</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispute_page.py" />
            <source>登记时间(&amp;D)</source>
            <translation>Recorded at (&amp;D)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispute_page.py" />
            <source>纠纷双方</source>
            <translation>Parties</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispute_page.py" />
            <source>投诉方房号(&amp;R)</source>
            <translation>Complaining party's &amp;room</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispute_page.py" />
            <source>投诉方客户(&amp;K)</source>
            <translation>Complaining party's client (&amp;K)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispute_page.py" />
            <source>被投诉方房号(&amp;B)</source>
            <translation>Other party's room (&amp;B)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispute_page.py" />
            <source>被投诉方客户(&amp;L)</source>
            <translation>Other party's client (&amp;L)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispute_page.py" />
            <source>如 3-2-1201</source>
            <translation>e.g. 3-2-1201</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispute_page.py" />
            <source>纠纷情况(&amp;Q)</source>
            <translation>Dispute details (&amp;Q)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispute_page.py" />
            <source>负责人(&amp;Z)</source>
            <translation>Person in charge (&amp;Z)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispute_page.py" />
            <source>（未选）</source>
            <translation>(not chosen)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispute_page.py" />
            <source>处理经过（参与单位：居委会/社区工作站、业委会、街道办、城管、派出所）</source>
            <translation>Handling steps (bodies involved: residents' committee/community station, owners' committee, sub-district office, city management, police station)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispute_page.py" />
            <source>时间</source>
            <translation>Time</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispute_page.py" />
            <source>记录人</source>
            <translation>Recorded by</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispute_page.py" />
            <source>处理经过</source>
            <translation>Step</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispute_page.py" />
            <source>参与单位</source>
            <translation>Bodies involved</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispute_page.py" />
            <source>结果</source>
            <translation>Result</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispute_page.py" />
            <source>本次经过(&amp;I)</source>
            <translation>This step (&amp;I)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispute_page.py" />
            <source>本次结果(&amp;U)</source>
            <translation>This result (&amp;U)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispute_page.py" />
            <source>添加经过(&amp;A)</source>
            <translation>&amp;Add step</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispute_page.py" />
            <source>补记参与单位(&amp;P)</source>
            <translation>Add bodies involved (&amp;P)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispute_page.py" />
            <source>补记到选中的经过</source>
            <translation>Add to the selected step</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispute_page.py" />
            <source>请先在处理经过表中选中一条经过。</source>
            <translation>Select a step in the handling table first.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispute_page.py" />
            <source>关联的温馨提示与整改通知书</source>
            <translation>Linked reminder slips and rectification notices</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispute_page.py" />
            <source>编号(&amp;X)</source>
            <translation>Number (&amp;X)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispute_page.py" />
            <source>如 TX-202611-0003 或 ZG-202611-0001</source>
            <translation>e.g. TX-202611-0003 or ZG-202611-0001</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispute_page.py" />
            <source>关联(&amp;M)</source>
            <translation>Link (&amp;M)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispute_page.py" />
            <source>取消关联(&amp;W)</source>
            <translation>Unlink (&amp;W)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispute_page.py" />
            <source>关联</source>
            <translation>Link</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispute_page.py" />
            <source>取消关联</source>
            <translation>Unlink</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispute_page.py" />
            <source>处理结果</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispute_page.py" />
            <source>处理结果(&amp;O)</source>
            <translation>&amp;Outcome</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispute_page.py" />
            <source>结案方式(&amp;J)</source>
            <translation>Closed as (&amp;J)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispute_page.py" />
            <source>结案…</source>
            <translation>Close…</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispute_page.py" />
            <source>重新处理…</source>
            <translation>Reopen…</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispute_page.py" />
            <source>已于 {at} 结案（{status}）：{outcome}</source>
            <translation>Closed at {at} ({status}): {outcome}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispute_page.py" />
            <source>处理中</source>
            <translation>In progress</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispute_page.py" />
            <source>结案</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispute_page.py" />
            <source>重新处理</source>
            <translation>Reopen</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispute_page.py" />
            <source>请填写重新处理的原因（必填）：</source>
            <translation>Reason for reopening (required):</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispute_page.py" />
            <source>请先保存纠纷记录。</source>
            <translation>Save the dispute record first.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispute_page.py" />
            <source>请先在窗口底部选择值班人员。</source>
            <translation>Choose the person on duty at the bottom of the window first.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispute_page.py" />
            <source>已完成：{what}。</source>
            <translation>Done: {what}.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispute_page.py" />
            <source>编号</source>
            <translation>No.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispute_page.py" />
            <source>登记时间</source>
            <translation>Recorded</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispute_page.py" />
            <source>类型</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispute_page.py" />
            <source>投诉方</source>
            <translation>Complaining party</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispute_page.py" />
            <source>被投诉方</source>
            <translation>Other party</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispute_page.py" />
            <source>状态</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispute_page.py" />
            <source>负责人</source>
            <translation>In charge</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispute_page.py" />
            <source>全部</source>
            <translation>All</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispute_page.py" />
            <source>邻里纠纷处理记录</source>
            <translation>Neighbour dispute records</translation>
        </message>
        <message>
            <source>确定以“{status}”结案 {number} 吗？
处理结果：{outcome}</source>
            <translation type="vanished">Close {number} as “{status}”?
Outcome: {outcome}</translation>
        </message>
        <message>
            <source>操作失败：数据库暂时无法写入（{detail}），请稍后再试。</source>
            <translation type="vanished">Failed: the database cannot be written to right now ({detail}); please try again later.</translation>
        </message>
        <message>
            <source>这条记录刚被其他人修改过，请重新打开后再操作。</source>
            <translation type="vanished">Someone else has just changed this record; reopen it and try again.</translation>
        </message>
        <message>
            <source>负责人(&amp;H)</source>
            <translation type="vanished">Person in charge (&amp;H)</translation>
        </message>
        <message>
            <source>编号(&amp;G)</source>
            <translation type="vanished">Number (&amp;G)</translation>
        </message>
    </context>
    <context>
        <name>DocumentsPage</name>
        <message>
            <location filename="../../desk_app/ui/documents_page.py" />
            <source>文件资料收发登记</source>
            <translation>Documents received and passed on</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/documents_page.py" />
            <source>收件时间(&amp;T)</source>
            <translation>Received at (&amp;T)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/documents_page.py" />
            <source>传真(&amp;X)</source>
            <translation>Fa&amp;x</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/documents_page.py" />
            <source>文件资料内容(&amp;W)</source>
            <translation>Document contents (&amp;W)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/documents_page.py" />
            <source>（内容保密：只向收件人本人、客服主管、部门负责人或系统管理员显示）</source>
            <translation>(Confidential: shown only to the recipient, the customer-service supervisor, a department head or the system administrator)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/documents_page.py" />
            <source>发件方(&amp;J)</source>
            <translation>From (&amp;J)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/documents_page.py" />
            <source>收件方(&amp;O)</source>
            <translation>T&amp;o</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/documents_page.py" />
            <source>收件员工(&amp;Y)</source>
            <translation>Recipient (staff) (&amp;Y)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/documents_page.py" />
            <source>收件房号(&amp;R)</source>
            <translation>Recipient's &amp;room</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/documents_page.py" />
            <source>如 3-2-1201（可不填）</source>
            <translation>e.g. 3-2-1201 (optional)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/documents_page.py" />
            <source>收件人联系电话(&amp;C)</source>
            <translation>Re&amp;cipient's phone</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/documents_page.py" />
            <source>签收人(&amp;Q)</source>
            <translation>Signed by (&amp;Q)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/documents_page.py" />
            <source>交接时由收件人签名后填写</source>
            <translation>Filled in when the recipient signs on hand-over</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/documents_page.py" />
            <source>（无）</source>
            <translation>(none)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/documents_page.py" />
            <source>签收交接(&amp;D)</source>
            <translation>Han&amp;d over</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/documents_page.py" />
            <source>已于 {when} 由 {who} 签收</source>
            <translation>Signed for by {who} at {when}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/documents_page.py" />
            <source>尚未交接</source>
            <translation>Not handed over yet</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/documents_page.py" />
            <source>已登记签收。</source>
            <translation>Hand-over recorded.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/documents_page.py" />
            <source>编号</source>
            <translation>No.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/documents_page.py" />
            <source>收件时间</source>
            <translation>Received</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/documents_page.py" />
            <source>传真</source>
            <translation>Fax</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/documents_page.py" />
            <source>发件方</source>
            <translation>From</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/documents_page.py" />
            <source>收件方</source>
            <translation>To</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/documents_page.py" />
            <source>交接时间</source>
            <translation>Handed over</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/documents_page.py" />
            <source>签收人</source>
            <translation>Signed by</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/documents_page.py" />
            <source>状态</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/documents_page.py" />
            <source>全部</source>
            <translation>All</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/documents_page.py" />
            <source>未交接</source>
            <translation>Not handed over</translation>
        </message>
        <message>
            <source>发件方(&amp;F)</source>
            <translation type="vanished">&amp;From</translation>
        </message>
        <message>
            <source>收件员工(&amp;E)</source>
            <translation type="vanished">Recipient (staff) (&amp;E)</translation>
        </message>
        <message>
            <source>签收人(&amp;G)</source>
            <translation type="vanished">Si&amp;gned by</translation>
        </message>
        <message>
            <source>签收交接(&amp;H)</source>
            <translation type="vanished">&amp;Hand over</translation>
        </message>
    </context>
    <context>
        <name>Enums</name>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>来电</source>
            <translation>Call</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>来访</source>
            <translation>Visit</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>来函</source>
            <translation>Letter</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>电子邮件</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>网络/论坛</source>
            <translation>Web/forum</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>上级/相关单位转办</source>
            <translation>Forwarded by authorities</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>媒体</source>
            <translation>Media</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>咨询</source>
            <translation>Enquiry</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>报修</source>
            <translation>Repair</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>投诉</source>
            <translation>Complaint</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>建议</source>
            <translation>Suggestion</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>表扬</source>
            <translation>Praise</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>求助</source>
            <translation>Help</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>其他</source>
            <translation>Other</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>待处理</source>
            <translation>Open</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>处理中</source>
            <translation>In progress</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>已完成</source>
            <translation>Done</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>一类</source>
            <translation>Class 1</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>二类</source>
            <translation>Class 2</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>三类</source>
            <translation>Class 3</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>安全</source>
            <translation>Security</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>维修/工程</source>
            <translation>Repairs/engineering</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>清洁</source>
            <translation>Cleaning</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>绿化</source>
            <translation>Landscaping</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>停车</source>
            <translation>Parking</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>收费</source>
            <translation>Fees</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>客服/接待</source>
            <translation>Customer service/reception</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>装修管理</source>
            <translation>Renovation control</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>人</source>
            <translation>Man</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>机</source>
            <translation>Machine</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>料</source>
            <translation>Material</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>法</source>
            <translation>Method</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>环</source>
            <translation>Environment</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>服务态度</source>
            <translation>Service attitude</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>服务规范</source>
            <translation>Service standards</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>服务技能</source>
            <translation>Service skills</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>外观完好性</source>
            <translation>Appearance</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>质量合格性</source>
            <translation>Quality</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>功能适用性</source>
            <translation>Fitness for use</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>耐用性</source>
            <translation>Durability</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>经济性</source>
            <translation>Economy</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>准确性</source>
            <translation>Accuracy</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>方法/流程</source>
            <translation>Method/procedure</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>环境</source>
            <translation>Environment</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>一般</source>
            <translation>General</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>重大</source>
            <translation>Major</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>待响应</source>
            <translation>Awaiting response</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>已解决待验证</source>
            <translation>Solved, to verify</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>已验证待回访</source>
            <translation>Verified, to call back</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>已关闭</source>
            <translation>Closed</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>电话</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>上门</source>
            <translation>Home visit</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>网上回帖</source>
            <translation>Web reply</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>调查问卷</source>
            <translation>Questionnaire</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>现场解决且客户确认满意</source>
            <translation>Solved on the spot, client satisfied</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>匿名投诉</source>
            <translation>Anonymous complaint</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>网络投诉无法联系发帖人</source>
            <translation>Web complaint, poster unreachable</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>敏感投诉</source>
            <translation>Sensitive complaint</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>客户拒绝回访</source>
            <translation>Client refuses callbacks</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>无可回访的客户（公共部位、无联系方式）</source>
            <translation>No client to call back (common area, no contact details)</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>已预约</source>
            <translation>Booked</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>已赴约</source>
            <translation>Kept</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>已取消</source>
            <translation>Cancelled</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>留言</source>
            <translation>Message</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>投诉来函</source>
            <translation>Complaint letter</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>群体投诉</source>
            <translation>Group complaint</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>重大投诉</source>
            <translation>Major complaint</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>过激行为风险</source>
            <translation>Risk of extreme behaviour</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>媒体来访/来电</source>
            <translation>Media visit/call</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>即将到期</source>
            <translation>Due soon</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>上报后未跟进</source>
            <translation>Not followed up after reporting</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>网络回帖待审批</source>
            <translation>Web reply awaiting approval</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>操作日志校验未通过</source>
            <translation>Audit log check failed</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>回访满意关闭</source>
            <translation>Closed after satisfied callback</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>七日自动关闭</source>
            <translation>Closed automatically after 7 days</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>前台接待员</source>
            <translation>Receptionist</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>客服人员/管家</source>
            <translation>Customer service staff/butler</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>客服主管</source>
            <translation>Customer service supervisor</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>部门负责人</source>
            <translation>Department head</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>系统管理员</source>
            <translation>System administrator</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>政府机关/新闻媒体工作者</source>
            <translation>Government official/journalist</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>业委会成员或社团负责人</source>
            <translation>Owners' committee member or association head</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>本集团员工</source>
            <translation>Group employee</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>重点投诉客户</source>
            <translation>Key complainant</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>大客户(学校、商户)</source>
            <translation>Major client (school, shop)</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>网络论坛活跃份子</source>
            <translation>Active web forum user</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>业主</source>
            <translation>Owner</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>租户</source>
            <translation>Tenant</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>住户</source>
            <translation>Occupant</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>住宅</source>
            <translation>Residence</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>商铺</source>
            <translation>Shop</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>会所</source>
            <translation>Clubhouse</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>安全管理</source>
            <translation>Security management</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>维修</source>
            <translation>Maintenance</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>投诉处理</source>
            <translation>Complaint handling</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>接待礼仪</source>
            <translation>Reception etiquette</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>外围环境</source>
            <translation>Surroundings</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>非常满意</source>
            <translation>Very satisfied</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>满意</source>
            <translation>Satisfied</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>不满意</source>
            <translation>Dissatisfied</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>非常不满意</source>
            <translation>Very dissatisfied</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>开通居家报警</source>
            <translation>Enable the home alarm</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>关好门窗</source>
            <translation>Close doors and windows</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>家政人员资料备案</source>
            <translation>Register domestic helpers</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>换人时更换门锁</source>
            <translation>Change the lock when staff change</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>装内置窗花</source>
            <translation>Fit inside window grilles</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>谨防尾随</source>
            <translation>Beware of tailgating</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>发现可疑及时报警</source>
            <translation>Report anything suspicious at once</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>养宠物</source>
            <translation>Pets</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>楼道/商业街乱摆放</source>
            <translation>Clutter in stairways/shopping street</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>违章搭建</source>
            <translation>Illegal building</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>晨练/麻将噪音</source>
            <translation>Morning exercise/mahjong noise</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>捡垃圾</source>
            <translation>Scavenging</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>高空抛物</source>
            <translation>Objects thrown from height</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>居委会/社区工作站</source>
            <translation>Residents' committee/community station</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>业委会</source>
            <translation>Owners' committee</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>街道办</source>
            <translation>Sub-district office</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>城管</source>
            <translation>City management</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>派出所</source>
            <translation>Police station</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>已解决</source>
            <translation>Resolved</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>已移交</source>
            <translation>Referred</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>违规装修</source>
            <translation>Illegal renovation</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>占用公共部位</source>
            <translation>Occupying common areas</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>消防隐患</source>
            <translation>Fire hazard</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>未送达</source>
            <translation>Not delivered</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>客户已签收</source>
            <translation>Signed by the client</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>客户拒签</source>
            <translation>Refused by the client</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>已发出</source>
            <translation>Issued</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>已整改</source>
            <translation>Rectified</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>已上报</source>
            <translation>Escalated</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>楼道堆物</source>
            <translation>Clutter in stairways</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>宠物</source>
            <translation>Pets</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>噪音</source>
            <translation>Noise</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>装修</source>
            <translation>Renovation</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>已发第一次提示</source>
            <translation>First slip posted</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>已发第二次提示</source>
            <translation>Second slip posted</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>已发第三次提示</source>
            <translation>Third slip posted</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>可清理</source>
            <translation>May be cleared</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>已清理</source>
            <translation>Cleared</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>派工单</source>
            <translation>Dispatch slip</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>协调单</source>
            <translation>Coordination slip</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>未完成</source>
            <translation>Not done</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>报事</source>
            <translation>Report</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>其他工作联系</source>
            <translation>Other business</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>门禁卡</source>
            <translation>Access card</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>停车卡</source>
            <translation>Parking card</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>装修押金</source>
            <translation>Renovation deposit</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>投诉/建议统计</source>
            <translation>Complaint/suggestion statistics</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>业主公示汇总</source>
            <translation>Summary for owners</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>投诉分析报告</source>
            <translation>Complaint analysis</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>访谈分析</source>
            <translation>Interview analysis</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>首次回应</source>
            <translation>First response</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>指定专人</source>
            <translation>Designated handler</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>进展告知</source>
            <translation>Progress update</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>知会地产公司</source>
            <translation>Developer notice</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>回访</source>
            <translation>Callback</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>新客户</source>
            <translation>New client</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>磨合期</source>
            <translation>Settling in</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>稳定期</source>
            <translation>Settled</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>老客户</source>
            <translation>Long-standing client</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>首次接触</source>
            <translation>First contact</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>抱怨客户</source>
            <translation>Complaining client</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>友好客户</source>
            <translation>Friendly client</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>新建</source>
            <translation>Create</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>修改</source>
            <translation>Change</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>作废</source>
            <translation>Void</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>导出</source>
            <translation>Export</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>删除</source>
            <translation>Delete</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>恢复</source>
            <translation>Restore</translation>
        </message>
    </context>
    <context>
        <name>FeeServicesPage</name>
        <message>
            <location filename="../../desk_app/ui/fee_services_page.py" />
            <source>收费记录</source>
            <translation>fee record</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/fee_services_page.py" />
            <source>收费业务登记</source>
            <translation>Fee services</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/fee_services_page.py" />
            <source>收费时间(&amp;T)</source>
            <translation>Paid at (&amp;T)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/fee_services_page.py" />
            <source>收费项目(&amp;I)</source>
            <translation>&amp;Item</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/fee_services_page.py" />
            <source>收费说明(&amp;D)</source>
            <translation>&amp;Description</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/fee_services_page.py" />
            <source>房号(&amp;R)</source>
            <translation>&amp;Room</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/fee_services_page.py" />
            <source>如 3-2-1201（可不填）</source>
            <translation>e.g. 3-2-1201 (optional)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/fee_services_page.py" />
            <source>交款人(&amp;P)</source>
            <translation>&amp;Payer</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/fee_services_page.py" />
            <source>金额（元）(&amp;A)</source>
            <translation>&amp;Amount (yuan)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/fee_services_page.py" />
            <source>如 50 或 50.00</source>
            <translation>e.g. 50 or 50.00</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/fee_services_page.py" />
            <source>收据号(&amp;J)</source>
            <translation>Receipt no. (&amp;J)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/fee_services_page.py" />
            <source>编号</source>
            <translation>No.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/fee_services_page.py" />
            <source>收费时间</source>
            <translation>Paid at</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/fee_services_page.py" />
            <source>项目</source>
            <translation>Item</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/fee_services_page.py" />
            <source>房号</source>
            <translation>Room</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/fee_services_page.py" />
            <source>交款人</source>
            <translation>Payer</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/fee_services_page.py" />
            <source>金额</source>
            <translation>Amount</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/fee_services_page.py" />
            <source>收据号</source>
            <translation>Receipt no.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/fee_services_page.py" />
            <source>全部</source>
            <translation>All</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/fee_services_page.py" />
            <source>收费业务</source>
            <translation>Fee services</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/fee_services_page.py" />
            <source>打印收据(&amp;Y)…</source>
            <translation>Print receipt (&amp;Y)…</translation>
        </message>
        <message>
            <source>收据号(&amp;N)</source>
            <translation type="vanished">Receipt &amp;no.</translation>
        </message>
    </context>
    <context>
        <name>FormPage</name>
        <message>
            <location filename="../../desk_app/ui/forms.py" />
            <source>尚未保存</source>
            <translation>Not saved</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/forms.py" />
            <source>“{title}”有尚未保存的内容。保存后再离开吗？</source>
            <translation>“{title}” has unsaved changes. Save them before leaving?</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/forms.py" />
            <source>恢复未保存的内容</source>
            <translation>Restore unsaved input</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/forms.py" />
            <source>发现 {when} 未保存的“{title}”内容（程序上次未正常关闭或未保存就离开）。
要恢复这些内容吗？选“否”将丢弃它。</source>
            <translation>Unsaved “{title}” input from {when} was found (the program did not close normally, or the page was left without saving).
Restore it? “No” discards it.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/forms.py" />
            <source>这条记录刚被其他人修改过，本次保存未生效。您填写的内容仍保留在表单上；请记下后重新打开记录再改。</source>
            <translation>Someone else has just changed this record; this save did not take effect. What you entered is still on the form; note it down, reopen the record and change it again.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/forms.py" />
            <source>{reason}。您填写的内容仍保留在表单上。</source>
            <translation>{reason}. What you entered is still on the form.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/forms.py" />
            <source>请先在窗口底部选择值班人员，再保存。</source>
            <translation>Choose the person on duty at the bottom of the window first, then save.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/forms.py" />
            <source>已保存。</source>
            <translation>Saved.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/forms.py" />
            <source>是</source>
            <translation>Yes</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/forms.py" />
            <source>否</source>
            <translation>No</translation>
        </message>
        <message>
            <source>保存失败：数据库暂时无法写入（{detail}）。您填写的内容仍保留在表单上，请稍后再试。</source>
            <translation type="vanished">Saving failed: the database cannot be written to right now ({detail}). What you entered is still on the form; please try again later.</translation>
        </message>
        <message>
            <source>读取记录失败：数据库暂时无法读取（{detail}），请稍后再试。</source>
            <translation type="vanished">Reading the record failed: the database cannot be read right now ({detail}); please try again later.</translation>
        </message>
    </context>
    <context>
        <name>HistoryDialog</name>
        <message>
            <location filename="../../desk_app/ui/history_dialog.py" />
            <source>修改历史</source>
            <translation>Change history</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/history_dialog.py" />
            <source>{kind} {number} 的修改历史（最新的在上）</source>
            <translation>Change history of {kind} {number} (newest first)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/history_dialog.py" />
            <source>这条记录还没有修改历史。</source>
            <translation>This record has no change history yet.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/history_dialog.py" />
            <source>时间</source>
            <translation>Time</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/history_dialog.py" />
            <source>人员</source>
            <translation>Staff</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/history_dialog.py" />
            <source>操作</source>
            <translation>Action</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/history_dialog.py" />
            <source>字段</source>
            <translation>Field</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/history_dialog.py" />
            <source>原值</source>
            <translation>Old value</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/history_dialog.py" />
            <source>新值</source>
            <translation>New value</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/history_dialog.py" />
            <source>无法显示修改历史：{detail}</source>
            <translation>Cannot show the change history: {detail}</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <location filename="../../desk_app/ui/roster_import_wizard.py" />
            <source>导入业主信息表</source>
            <translation>Import the owner roster</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/roster_import_wizard.py" />
            <source>导入工作人员</source>
            <translation>Import staff</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/roster_import_wizard.py" />
            <source>选择文件</source>
            <translation>Choose the file</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/roster_import_wizard.py" />
            <source>Excel（.xlsx）或 CSV 文件（GBK 或 UTF-8 均可）。表头可在前 20 行内，常用列名：楼栋、单元、房号（或一列写 3-2-1201）、业主姓名、联系电话、入住日期、建筑面积、籍贯、工作单位、职业、备注。</source>
            <translation>An Excel (.xlsx) or CSV file (GBK or UTF-8). The header row may be anywhere in the first 20 rows. Usual column names: 楼栋 (building), 单元 (unit), 房号 (room; or one column with 3-2-1201), 业主姓名 (owner), 联系电话 (phone), 入住日期 (move-in date), 建筑面积 (floor area), 籍贯 (hometown), 工作单位 (workplace), 职业 (occupation), 备注 (remarks).</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/roster_import_wizard.py" />
            <source>Excel（.xlsx）或 CSV 文件，列名：姓名、登录名、角色、部门、电话、籍贯。每个新账号生成一个初始密码，首次登录时必须修改。</source>
            <translation>An Excel (.xlsx) or CSV file with the columns 姓名 (name), 登录名 (login), 角色 (role), 部门 (department), 电话 (phone), 籍贯 (hometown). Each new account gets an initial password, which must be changed at the first sign-in.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/roster_import_wizard.py" />
            <source>文件(&amp;F)：</source>
            <translation>&amp;File:</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/roster_import_wizard.py" />
            <source>浏览(&amp;O)…</source>
            <translation>Br&amp;owse…</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/roster_import_wizard.py" />
            <source>工作表(&amp;S)：</source>
            <translation>&amp;Sheet:</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/roster_import_wizard.py" />
            <source>（CSV 文件只有一张表）</source>
            <translation>(a CSV file has only one sheet)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/roster_import_wizard.py" />
            <source>表格文件 (*.xlsx *.xlsm *.csv *.txt);;所有文件 (*)</source>
            <translation>Spreadsheets (*.xlsx *.xlsm *.csv *.txt);;All files (*)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/roster_import_wizard.py" />
            <source>核对</source>
            <translation>Check</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/roster_import_wizard.py" />
            <source>每一行都按将要保存的样子列出。红色：不导入的行；黄色：有值未导入（鼠标停留看原因）。</source>
            <translation>Every row is listed as it will be saved. Red: rows not imported; yellow: some values not imported (hover over them to see why).</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/roster_import_wizard.py" />
            <source>正在读取 {name}…</source>
            <translation>Reading {name}…</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/roster_import_wizard.py" />
            <source>无法导入：{error}。没有保存任何内容。</source>
            <translation>Cannot import: {error}. Nothing has been saved.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/roster_import_wizard.py" />
            <source>表头在第 {header} 行。可导入 {rows} 行（其中空房 {vacant} 行）；拒绝 {rejected} 行；警告 {warnings} 条；略过空行、合计行 {skipped} 行。</source>
            <translation>Header in row {header}. {rows} rows can be imported ({vacant} of them vacant rooms); {rejected} rows rejected; {warnings} warnings; {skipped} empty or total rows skipped.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/roster_import_wizard.py" />
            <source>表头在第 {header} 行。可导入 {rows} 人；拒绝 {rejected} 行；警告 {warnings} 条。</source>
            <translation>Header in row {header}. {rows} people can be imported; {rejected} rows rejected; {warnings} warnings.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/roster_import_wizard.py" />
            <source>没有可导入的行。</source>
            <translation>There are no rows to import.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/roster_import_wizard.py" />
            <source>只看有问题的行(&amp;P)</source>
            <translation>Only rows with &amp;problems</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/roster_import_wizard.py" />
            <source>导入(&amp;I)</source>
            <translation>&amp;Import</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/roster_import_wizard.py" />
            <source>导入</source>
            <translation>Import</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/roster_import_wizard.py" />
            <source>正在导入…</source>
            <translation>Importing…</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/roster_import_wizard.py" />
            <source>导入失败，没有保存任何内容：{error}</source>
            <translation>Import failed, nothing has been saved: {error}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/roster_import_wizard.py" />
            <source>导入完成：新建房间 {rooms} 间；新建客户 {created} 位，更新 {updated} 位，未变 {unchanged} 位；拒绝 {rejected} 行，警告 {warnings} 条。</source>
            <translation>Import done: {rooms} rooms created; {created} clients created, {updated} updated, {unchanged} unchanged; {rejected} rows rejected, {warnings} warnings.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/roster_import_wizard.py" />
            <source>导入完成：新建账号 {created} 个，已存在未改动 {existing} 个{departments}；拒绝 {rejected} 行。</source>
            <translation>Import done: {created} accounts created, {existing} already there and left unchanged{departments}; {rejected} rows rejected.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/roster_import_wizard.py" />
            <source>，新建部门 {names}</source>
            <translation>, departments created: {names}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/roster_import_wizard.py" />
            <source>初始密码只显示这一次，请复制、保存或打印后交给本人；首次登录时必须修改。</source>
            <translation>The initial passwords are shown only this once: copy, save or print them and hand each to its owner. They must be changed at the first sign-in.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/roster_import_wizard.py" />
            <source>复制(&amp;C)</source>
            <translation>&amp;Copy</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/roster_import_wizard.py" />
            <source>保存为文件(&amp;V)…</source>
            <translation>Sa&amp;ve to file…</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/roster_import_wizard.py" />
            <source>打印(&amp;R)…</source>
            <translation>P&amp;rint…</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/roster_import_wizard.py" />
            <source>CSV 文件 (*.csv)</source>
            <translation>CSV files (*.csv)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/roster_import_wizard.py" />
            <source>已保存：{path}</source>
            <translation>Saved: {path}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/roster_import_wizard.py" />
            <source>已复制到剪贴板</source>
            <translation>Copied to the clipboard</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/roster_import_wizard.py" />
            <source>行号</source>
            <translation>Row</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/roster_import_wizard.py" />
            <source>房号</source>
            <translation>Room</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/roster_import_wizard.py" />
            <source>业主姓名</source>
            <translation>Owner</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/roster_import_wizard.py" />
            <source>联系电话</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/roster_import_wizard.py" />
            <source>入住日期</source>
            <translation>Move-in date</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/roster_import_wizard.py" />
            <source>面积(㎡)</source>
            <translation>Area (㎡)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/roster_import_wizard.py" />
            <source>籍贯 / 工作单位 / 职业 / 备注</source>
            <translation>Hometown / workplace / occupation / remarks</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/roster_import_wizard.py" />
            <source>状态</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/roster_import_wizard.py" />
            <source>姓名</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/roster_import_wizard.py" />
            <source>登录名</source>
            <translation>Login name</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/roster_import_wizard.py" />
            <source>角色</source>
            <translation>Role</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/roster_import_wizard.py" />
            <source>部门</source>
            <translation>Department</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/roster_import_wizard.py" />
            <source>电话</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/roster_import_wizard.py" />
            <source>籍贯</source>
            <translation>Hometown</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/roster_import_wizard.py" />
            <source>初始密码</source>
            <translation>Initial password</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/roster_import_wizard.py" />
            <source>新客户</source>
            <translation>New client</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/roster_import_wizard.py" />
            <source>已有客户（有变化则更新）</source>
            <translation>Existing client (updated if changed)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/roster_import_wizard.py" />
            <source>不导入：房号 {room} 已作废</source>
            <translation>Not imported: room {room} is voided</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/roster_import_wizard.py" />
            <source>空房（只建房间）</source>
            <translation>Vacant (room only)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/roster_import_wizard.py" />
            <source>不导入：{reason}</source>
            <translation>Not imported: {reason}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/roster_import_wizard.py" />
            <source>导入，但 {warnings}</source>
            <translation>Imported, but {warnings}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/roster_import_wizard.py" />
            <source>{column}：{reason}</source>
            <translation>{column}: {reason}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/roster_import_wizard.py" />
            <source>（按姓名生成）</source>
            <translation>(made from the name)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/roster_import_wizard.py" />
            <source>导出业主信息表</source>
            <translation>Export the owner roster</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/roster_import_wizard.py" />
            <source>Excel 工作簿 (*.xlsx)</source>
            <translation>Excel workbooks (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/roster_import_wizard.py" />
            <source>业主信息表.xlsx</source>
            <translation>Owner roster.xlsx</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/roster_import_wizard.py" />
            <source>已导出 {count} 行到 {path}</source>
            <translation>{count} rows exported to {path}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/roster_import_wizard.py" />
            <source>导出失败：{error}</source>
            <translation>Export failed: {error}</translation>
        </message>
    </context>
    <context>
        <name>IncomingCall</name>
        <message>
            <location filename="../../desk_app/ui/incoming_call.py" />
            <source>来电 {phone}</source>
            <translation>Call from {phone}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/incoming_call.py" />
            <source>来电：{phone}　{client}</source>
            <translation>Call: {phone}　{client}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/incoming_call.py" />
            <source>来电：{phone}　（未登记的号码）</source>
            <translation>Call: {phone}　(unknown number)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/incoming_call.py" />
            <source>档案中没有这个号码，请询问来电人的姓名和房号，在客户框中查找或登记。</source>
            <translation>This number is not on file; ask the caller's name and room, then find or register them in the client box.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/incoming_call.py" />
            <source>同一号码的其他客户：{clients}</source>
            <translation>Other clients with this number: {clients}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/incoming_call.py" />
            <source>电话：{phones}</source>
            <translation>Phone: {phones}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/incoming_call.py" />
            <source>重要客户：{categories}</source>
            <translation>Important client: {categories}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/incoming_call.py" />
            <source>勿扰：{reason}</source>
            <translation>Do not disturb: {reason}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/incoming_call.py" />
            <source>未办结事项（{count}）——双击打开：</source>
            <translation>Open items ({count}) — double-click to open:</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/incoming_call.py" />
            <source>没有未办结事项。</source>
            <translation>No open items.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/incoming_call.py" />
            <source>{when}　{number}　{what}　{summary}</source>
            <translation>{when}　{number}　{what}　{summary}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/incoming_call.py" />
            <source>已新建工作信息记录，客户和来电号码已填好（Ctrl+S 保存）。</source>
            <translation>A new work-log entry with the client and the caller's number has been opened (Ctrl+S saves).</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/incoming_call.py" />
            <source>已新建工作信息记录，来电号码已填好（Ctrl+S 保存）。</source>
            <translation>A new work-log entry with the caller's number has been opened (Ctrl+S saves).</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/incoming_call.py" />
            <source>当前记录尚未保存，没有新建记录。请先保存或放弃当前记录，再按 F2 新建。</source>
            <translation>The current entry is not saved, so no new entry was made. Save or discard it first, then press F2 again.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/incoming_call.py" />
            <source>收到无效的来电号码：{error}</source>
            <translation>Invalid caller number received: {error}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/incoming_call.py" />
            <source>查询来电客户时数据库出错，请在客户框中手动查找。</source>
            <translation>Database error while looking up the caller; please find the client in the client box yourself.</translation>
        </message>
        <message>
            <source>档案中没有这个号码。已新建工作信息记录并填好来电号码，请询问来电人姓名和房号。</source>
            <translation type="vanished">This number is not on file. A new work-log entry with the caller's number has been opened; please ask the caller's name and room.</translation>
        </message>
    </context>
    <context>
        <name>InterviewPage</name>
        <message>
            <location filename="../../desk_app/ui/interview_page.py" />
            <source>顾客访谈记录表</source>
            <translation>Customer interview record</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_page.py" />
            <source>打印访谈记录表…</source>
            <translation>Print interview record…</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_page.py" />
            <source>编号：{number}</source>
            <translation>No.: {number}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_page.py" />
            <source>编号：（保存后生成）</source>
            <translation>No.: (assigned when saved)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_page.py" />
            <source>客户(&amp;K)</source>
            <translation>Client (&amp;K)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_page.py" />
            <source>房号(&amp;R)</source>
            <translation>&amp;Room</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_page.py" />
            <source>默认为客户的第一个房号</source>
            <translation>Defaults to the client's first room</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_page.py" />
            <source>访谈人(&amp;I)</source>
            <translation>&amp;Interviewer</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_page.py" />
            <source>陪同人(&amp;P)</source>
            <translation>Accom&amp;panied by</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_page.py" />
            <source>（未独立上岗的员工须有陪同人）</source>
            <translation>(staff not yet cleared to work alone must be accompanied)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_page.py" />
            <source>非适宜时段说明(&amp;T)</source>
            <translation>Reason for an off-hours call (&amp;T)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_page.py" />
            <source>早7点前、晚10点后、午休或节假日致电时填写原因</source>
            <translation>Say why when calling before 7:00, after 22:00, at lunchtime or on a holiday</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_page.py" />
            <source>采用推荐(&amp;J)</source>
            <translation>Use suggestion (&amp;J)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_page.py" />
            <source>推荐（同乡优先，R13q）：{names}</source>
            <translation>Suggested (same hometown first, R13q): {names}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_page.py" />
            <source>选定客户后显示推荐的访谈人（同乡优先，R13q）</source>
            <translation>Choose a client to see suggested interviewers (same hometown first, R13q)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_page.py" />
            <source>访谈日期(&amp;D)</source>
            <translation>Interview &amp;date</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_page.py" />
            <source>访谈形式(&amp;X)</source>
            <translation>Interview form (&amp;X)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_page.py" />
            <source>访谈主题</source>
            <translation>Interview topics</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_page.py" />
            <source>顾客需求(&amp;Q)</source>
            <translation>Client's needs (&amp;Q)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_page.py" />
            <source>改进措施(&amp;M)</source>
            <translation>Improvement &amp;measures</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_page.py" />
            <source>完成情况(&amp;W)</source>
            <translation>Follow-up (&amp;W)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_page.py" />
            <source>回访满意度(&amp;L)</source>
            <translation>Ca&amp;llback satisfaction</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_page.py" />
            <source>总体满意度(&amp;O)</source>
            <translation>&amp;Overall satisfaction</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_page.py" />
            <source>（未填）</source>
            <translation>(not filled in)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_page.py" />
            <source>安全提示</source>
            <translation>Safety reminders</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_page.py" />
            <source>乔迁拜访（入住 7 天内，R13q）(&amp;Y)</source>
            <translation>Move-in visit (within 7 days of moving in, R13q) (&amp;Y)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_page.py" />
            <source>客户不愿接受访谈（R12）</source>
            <translation>The client does not accept interviews (R12)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_page.py" />
            <source>编号</source>
            <translation>No.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_page.py" />
            <source>访谈日期</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_page.py" />
            <source>房号</source>
            <translation>Room</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_page.py" />
            <source>客户</source>
            <translation>Client</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_page.py" />
            <source>访谈人</source>
            <translation>Interviewer</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_page.py" />
            <source>形式</source>
            <translation>Form</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_page.py" />
            <source>总体满意度</source>
            <translation>Overall satisfaction</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_page.py" />
            <source>乔迁拜访</source>
            <translation>Move-in visit</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_page.py" />
            <source>满意度</source>
            <translation>Satisfaction</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_page.py" />
            <source>全部</source>
            <translation>All</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_page.py" />
            <source>不满意及以下</source>
            <translation>Dissatisfied or worse</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_page.py" />
            <source>顾客访谈记录</source>
            <translation>Customer interview records</translation>
        </message>
        <message>
            <source>请选择客户</source>
            <translation type="vanished">Choose a client</translation>
        </message>
        <message>
            <source>请选择访谈人</source>
            <translation type="vanished">Choose an interviewer</translation>
        </message>
        <message>
            <source>找不到访谈记录（编号 {number}），或已作废</source>
            <translation type="vanished">Interview record (no. {number}) not found, or voided</translation>
        </message>
        <message>
            <source>非适宜时段说明(&amp;N)</source>
            <translation type="vanished">Reaso&amp;n for an off-hours call</translation>
        </message>
        <message>
            <source>访谈形式(&amp;F)</source>
            <translation type="vanished">Interview &amp;form</translation>
        </message>
        <message>
            <source>回访满意度(&amp;H)</source>
            <translation type="vanished">Callback satisfaction (&amp;H)</translation>
        </message>
    </context>
    <context>
        <name>InterviewPlanPage</name>
        <message>
            <location filename="../../desk_app/ui/interview_plan_page.py" />
            <source>月度访谈计划</source>
            <translation>Monthly interview plan</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_plan_page.py" />
            <source>计划月份(&amp;M)</source>
            <translation>Plan &amp;month</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_plan_page.py" />
            <source>访谈人(&amp;I)</source>
            <translation>&amp;Interviewer</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_plan_page.py" />
            <source>（未选）</source>
            <translation>(not chosen)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_plan_page.py" />
            <source>访谈对象</source>
            <translation>Interviewees</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_plan_page.py" />
            <source>类别</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_plan_page.py" />
            <source>对象</source>
            <translation>Interviewee</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_plan_page.py" />
            <source>完成情况</source>
            <translation>Done</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_plan_page.py" />
            <source>客户</source>
            <translation>Client</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_plan_page.py" />
            <source>房号</source>
            <translation>Room</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_plan_page.py" />
            <source>已访谈</source>
            <translation>Interviewed</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_plan_page.py" />
            <source>未访谈</source>
            <translation>Not interviewed</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_plan_page.py" />
            <source>客户(&amp;K)</source>
            <translation>Client (&amp;K)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_plan_page.py" />
            <source>添加客户(&amp;C)</source>
            <translation>Add &amp;client</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_plan_page.py" />
            <source>房号(&amp;R)</source>
            <translation>&amp;Room</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_plan_page.py" />
            <source>如 3-2-1201</source>
            <translation>e.g. 3-2-1201</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_plan_page.py" />
            <source>添加房号(&amp;A)</source>
            <translation>&amp;Add room</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_plan_page.py" />
            <source>移除选中对象(&amp;X)</source>
            <translation>Remove selected (&amp;X)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_plan_page.py" />
            <source>备注(&amp;B)</source>
            <translation>Remarks (&amp;B)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_plan_page.py" />
            <source>{name} 已在计划中</source>
            <translation>{name} is already in the plan</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_plan_page.py" />
            <source>请先查找并选定客户</source>
            <translation>Find and choose a client first</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_plan_page.py" />
            <source>已保存。请注意（R12）：
{lines}</source>
            <translation>Saved. Please note (R12):
{lines}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_plan_page.py" />
            <source>推荐访谈人</source>
            <translation>Suggested interviewers</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_plan_page.py" />
            <source>本月配额</source>
            <translation>Quotas this month</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_plan_page.py" />
            <source>乔迁拜访</source>
            <translation>Move-in visits</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_plan_page.py" />
            <source>选中一个客户对象，按同乡优先（R13q）推荐访谈人：</source>
            <translation>Select a client in the plan to get interviewers suggested, same hometown first (R13q):</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_plan_page.py" />
            <source>姓名</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_plan_page.py" />
            <source>角色</source>
            <translation>Role</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_plan_page.py" />
            <source>籍贯</source>
            <translation>Hometown</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_plan_page.py" />
            <source>理由</source>
            <translation>Reason</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_plan_page.py" />
            <source>选为访谈人(&amp;U)</source>
            <translation>Choose as interviewer (&amp;U)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_plan_page.py" />
            <source>{month} 访谈配额（R13q：部门负责人、主管每月 ≥ 2 次，服务助理 ≥ 10 次）</source>
            <translation>Interview quotas for {month} (R13q: department heads and supervisors ≥ 2 a month, service assistants ≥ 10)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_plan_page.py" />
            <source>配额</source>
            <translation>Quota</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_plan_page.py" />
            <source>已完成</source>
            <translation>Done</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_plan_page.py" />
            <source>差额</source>
            <translation>Short by</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_plan_page.py" />
            <source>入住 7 天内待拜访：</source>
            <translation>Move-in visits due (moved in within 7 days):</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_plan_page.py" />
            <source>已错过乔迁拜访（入住超过 7 天仍未访谈）：</source>
            <translation>Move-in visits missed (moved in over 7 days ago, no interview yet):</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_plan_page.py" />
            <source>入住日期</source>
            <translation>Moved in</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_plan_page.py" />
            <source>拜访期限</source>
            <translation>Visit due</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_plan_page.py" />
            <source>说明</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_plan_page.py" />
            <source>还剩 {days} 天</source>
            <translation>{days} days left</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_plan_page.py" />
            <source>逾期 {days} 天</source>
            <translation>{days} days overdue</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_plan_page.py" />
            <source>；{day} 补访</source>
            <translation>; follow-up visit {day}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_plan_page.py" />
            <source>把选中客户加入计划(&amp;P)</source>
            <translation>Add the selected clients to the &amp;plan</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_plan_page.py" />
            <source>月份</source>
            <translation>Month</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_plan_page.py" />
            <source>访谈人</source>
            <translation>Interviewer</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_plan_page.py" />
            <source>对象数</source>
            <translation>Interviewees</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_plan_page.py" />
            <source>备注</source>
            <translation>Remarks</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_plan_page.py" />
            <source>全部</source>
            <translation>All</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_plan_page.py" />
            <source>本月</source>
            <translation>This month</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_plan_page.py" />
            <source>上月</source>
            <translation>Last month</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_plan_page.py" />
            <source>下月</source>
            <translation>Next month</translation>
        </message>
        <message>
            <source>请选择访谈人</source>
            <translation type="vanished">Choose an interviewer</translation>
        </message>
        <message>
            <source>找不到访谈计划（编号 {number}），或已作废</source>
            <translation type="vanished">Interview plan (no. {number}) not found, or voided</translation>
        </message>
    </context>
    <context>
        <name>LettersPage</name>
        <message>
            <location filename="../../desk_app/ui/letters_page.py" />
            <source>来函</source>
            <translation>letter</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/letters_page.py" />
            <source>客户来函目录</source>
            <translation>Letters from clients</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/letters_page.py" />
            <source>收函时间(&amp;T)</source>
            <translation>Received at (&amp;T)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/letters_page.py" />
            <source>来函人(&amp;L)</source>
            <translation>From (&amp;L)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/letters_page.py" />
            <source>房号(&amp;R)</source>
            <translation>&amp;Room</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/letters_page.py" />
            <source>如 3-2-1201（可不填）</source>
            <translation>e.g. 3-2-1201 (optional)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/letters_page.py" />
            <source>来函类别(&amp;K)</source>
            <translation>Letter &amp;kind</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/letters_page.py" />
            <source>来函内容摘要(&amp;U)</source>
            <translation>S&amp;ummary</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/letters_page.py" />
            <source>被表扬员工(&amp;P)</source>
            <translation>&amp;Praised staff</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/letters_page.py" />
            <source>转交部门(&amp;D)</source>
            <translation>Passed to &amp;department</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/letters_page.py" />
            <source>（无）</source>
            <translation>(none)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/letters_page.py" />
            <source>（按来函类别自动处理）</source>
            <translation>(handled by letter kind)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/letters_page.py" />
            <source>处理情况：</source>
            <translation>Handling:</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/letters_page.py" />
            <source>（保存后按来函类别自动处理）</source>
            <translation>(handled by letter kind when saved)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/letters_page.py" />
            <source>打开投诉记录(&amp;C)</source>
            <translation>Open &amp;complaint record</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/letters_page.py" />
            <source>打开派工单(&amp;O)</source>
            <translation>&amp;Open dispatch slip</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/letters_page.py" />
            <source>转交部门：{name}</source>
            <translation>Passed to: {name}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/letters_page.py" />
            <source>编号</source>
            <translation>No.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/letters_page.py" />
            <source>收函时间</source>
            <translation>Received</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/letters_page.py" />
            <source>来函人</source>
            <translation>From</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/letters_page.py" />
            <source>房号</source>
            <translation>Room</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/letters_page.py" />
            <source>类别</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/letters_page.py" />
            <source>处理情况</source>
            <translation>Handling</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/letters_page.py" />
            <source>全部</source>
            <translation>All</translation>
        </message>
        <message>
            <source>来函人(&amp;F)</source>
            <translation type="vanished">&amp;From</translation>
        </message>
    </context>
    <context>
        <name>LinkedRecords</name>
        <message>
            <location filename="../../desk_app/ui/linked_records.py" />
            <source>关联记录（回车或双击打开）</source>
            <translation>Linked records (Enter or double-click opens)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/linked_records.py" />
            <source>邻里纠纷</source>
            <translation>Neighbour dispute</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/linked_records.py" />
            <source>温馨提示</source>
            <translation>Reminder slip</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/linked_records.py" />
            <source>整改通知书</source>
            <translation>Rectification notice</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/linked_records.py" />
            <source>{what} {number}（{state}） {summary}</source>
            <translation>{what} {number} ({state}) {summary}</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../desk_app/ui/main_window.py" />
            <source>前台 Desk</source>
            <translation>前台 Desk</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/main_window.py" />
            <source>前台 Desk — {community}</source>
            <translation>前台 Desk — {community}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/main_window.py" />
            <source>{title}（{count} 条新通知）</source>
            <translation>{title} ({count} new notifications)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/main_window.py" />
            <source>前台 Desk 通知</source>
            <translation>前台 Desk notifications</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/main_window.py" />
            <source>{first}
……共 {count} 条未读通知</source>
            <translation>{first}
… {count} unread notifications in all</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/main_window.py" />
            <source>物业服务中心</source>
            <translation>Property service centre</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/main_window.py" />
            <source>文件(&amp;F)</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/main_window.py" />
            <source>转到(&amp;G)</source>
            <translation>&amp;Go</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/main_window.py" />
            <source>帮助(&amp;H)</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/main_window.py" />
            <source>退出(&amp;X)</source>
            <translation>E&amp;xit</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/main_window.py" />
            <source>关于 前台 Desk(&amp;A)</source>
            <translation>&amp;About 前台 Desk</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/main_window.py" />
            <source>关于 前台 Desk</source>
            <translation>About 前台 Desk</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/main_window.py" />
            <source>物业服务中心前台接待系统</source>
            <translation>Reception desk system of the property service centre</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/main_window.py" />
            <source>版本</source>
            <translation>Version</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/main_window.py" />
            <source>数据库</source>
            <translation>Database</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/main_window.py" />
            <source>日志文件</source>
            <translation>Log file</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/main_window.py" />
            <source>Qt / PySide6</source>
            <translation>Qt / PySide6</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/main_window.py" />
            <source>数据库：{url}</source>
            <translation>Database: {url}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/main_window.py" />
            <source>前台 Desk {version}</source>
            <translation>前台 Desk {version}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/main_window.py" />
            <source>{description}
快捷键：{shortcut}</source>
            <translation>{description}
Shortcut: {shortcut}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/main_window.py" />
            <source>当前用户：{name}（{role}）</source>
            <translation>Current user: {name} ({role})</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/main_window.py" />
            <source>未登录</source>
            <translation>Not signed in</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/main_window.py" />
            <source>在此窗口登记、保存的每一条记录都记在当前登录的用户名下。切换用户：Ctrl+L</source>
            <translation>Every record entered and saved in this window is recorded under the signed-in user. Switch user: Ctrl+L</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/main_window.py" />
            <source>切换用户(&amp;U)…</source>
            <translation>Switch &amp;user…</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/main_window.py" />
            <source>新建工作信息记录(&amp;N)</source>
            <translation>&amp;New work-log entry</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/main_window.py" />
            <source>导入业主名册(&amp;I)…</source>
            <translation>&amp;Import owner roster…</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/main_window.py" />
            <source>导出业主名册(&amp;E)…</source>
            <translation>&amp;Export owner roster…</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/main_window.py" />
            <source>导入员工账号(&amp;M)…</source>
            <translation>I&amp;mport staff accounts…</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/main_window.py" />
            <source>退出登录(&amp;O)</source>
            <translation>Sign &amp;out</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/main_window.py" />
            <source>修改密码(&amp;P)…</source>
            <translation>Change &amp;password…</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/main_window.py" />
            <source>上线检查清单(&amp;L)…</source>
            <translation>Going-&amp;live checklist…</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/main_window.py" />
            <source>{name}，您有 {count} 条未读留言：在“留言(5W1H)”中查看（Ctrl+4）。</source>
            <translation>{name}, you have {count} unread messages: see “Messages (5W1H)” (Ctrl+4).</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/main_window.py" />
            <source>{name}，您没有未读留言。</source>
            <translation>{name}, you have no unread messages.</translation>
        </message>
        <message>
            <source>值班人员(&amp;W)：</source>
            <translation type="vanished">On duty (&amp;W):</translation>
        </message>
        <message>
            <source>（请选择）</source>
            <translation type="vanished">(please choose)</translation>
        </message>
        <message>
            <source>在此窗口登记、保存的每一条记录都记在所选值班人员名下。</source>
            <translation type="vanished">Every record entered and saved in this window is recorded under the person on duty chosen here.</translation>
        </message>
    </context>
    <context>
        <name>MediaVisitsPage</name>
        <message>
            <location filename="../../desk_app/ui/media_visits_page.py" />
            <source>媒体来访记录</source>
            <translation>media visit record</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/media_visits_page.py" />
            <source>媒体采访接待登记</source>
            <translation>Media visits</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/media_visits_page.py" />
            <source>媒体来访、来电一律登记并立即报告客服主管；前台不接受采访，电话采访一律不接受。</source>
            <translation>Record every media visit or call and report it to the customer-service supervisor at once; the desk gives no interviews, and no telephone interviews at all.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/media_visits_page.py" />
            <source>来访/来电时间(&amp;T)</source>
            <translation>Visit/call time (&amp;T)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/media_visits_page.py" />
            <source>联系方式(&amp;M)</source>
            <translation>Contact &amp;mode</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/media_visits_page.py" />
            <source>媒体名称(&amp;O)</source>
            <translation>Media &amp;outlet</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/media_visits_page.py" />
            <source>记者姓名(&amp;R)</source>
            <translation>&amp;Reporter's name</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/media_visits_page.py" />
            <source>记者电话(&amp;P)</source>
            <translation>Reporter's &amp;phone</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/media_visits_page.py" />
            <source>已核验记者证(&amp;C)</source>
            <translation>Press &amp;card checked</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/media_visits_page.py" />
            <source>证件核验说明(&amp;Y)</source>
            <translation>Card check notes (&amp;Y)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/media_visits_page.py" />
            <source>采访主题(&amp;U)</source>
            <translation>Interview topic (&amp;U)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/media_visits_page.py" />
            <source>⚠ 媒体{mode}：已于 {when} 报告客服主管（{who}）。请立即电话通知主管，不要自行回答采访问题。</source>
            <translation>⚠ Media {mode}: reported to the customer-service supervisor ({who}) at {when}. Phone the supervisor now; do not answer the reporter's questions yourself.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/media_visits_page.py" />
            <source>看板已提醒</source>
            <translation>Alert on the dashboard</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/media_visits_page.py" />
            <source>请对记者说：“{reply}”</source>
            <translation>Tell the reporter: “{reply}”</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/media_visits_page.py" />
            <source>电话采访不接受，已按规定婉拒。</source>
            <translation>Telephone interviews are not accepted; politely declined as the rules require.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/media_visits_page.py" />
            <source>处理结果：{text}</source>
            <translation>Outcome: {text}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/media_visits_page.py" />
            <source>主管已于 {when} 确认。</source>
            <translation>Acknowledged by the supervisor at {when}.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/media_visits_page.py" />
            <source>主管尚未确认。</source>
            <translation>Not yet acknowledged by the supervisor.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/media_visits_page.py" />
            <source>主管确认(&amp;A)</source>
            <translation>Supervisor &amp;acknowledges</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/media_visits_page.py" />
            <source>已确认媒体来访提醒。</source>
            <translation>Media alert acknowledged.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/media_visits_page.py" />
            <source>编号</source>
            <translation>No.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/media_visits_page.py" />
            <source>时间</source>
            <translation>Time</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/media_visits_page.py" />
            <source>方式</source>
            <translation>Mode</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/media_visits_page.py" />
            <source>媒体</source>
            <translation>Outlet</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/media_visits_page.py" />
            <source>记者</source>
            <translation>Reporter</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/media_visits_page.py" />
            <source>主题</source>
            <translation>Topic</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/media_visits_page.py" />
            <source>报告主管时间</source>
            <translation>Reported to supervisor</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/media_visits_page.py" />
            <source>主管确认时间</source>
            <translation>Acknowledged</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/media_visits_page.py" />
            <source>提醒</source>
            <translation>Alert</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/media_visits_page.py" />
            <source>全部</source>
            <translation>All</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/media_visits_page.py" />
            <source>主管未确认</source>
            <translation>Not acknowledged</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/media_visits_page.py" />
            <source>媒体采访接待</source>
            <translation>Media visits</translation>
        </message>
        <message>
            <source>证件核验说明(&amp;N)</source>
            <translation type="vanished">Card check &amp;notes</translation>
        </message>
    </context>
    <context>
        <name>MessagesPage</name>
        <message>
            <location filename="../../desk_app/ui/messages_page.py" />
            <source>我的留言（5W1H）</source>
            <translation>My messages (5W1H)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/messages_page.py" />
            <source>请先在窗口底部选择值班人员，这里显示给他/她的留言。</source>
            <translation>Choose the person on duty at the bottom of the window first; their messages are shown here.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/messages_page.py" />
            <source>在左边选一条留言查看；查看即标为已读。</source>
            <translation>Choose a message on the left to read it; reading marks it as read.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/messages_page.py" />
            <source>打开工作信息记录(&amp;O)</source>
            <translation>&amp;Open work-log entry</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/messages_page.py" />
            <source>刷新</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/messages_page.py" />
            <source>未读 {count} 条</source>
            <translation>{count} unread</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/messages_page.py" />
            <source>状态</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/messages_page.py" />
            <source>留言时间</source>
            <translation>Left at</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/messages_page.py" />
            <source>来电人</source>
            <translation>Caller</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/messages_page.py" />
            <source>来电单位</source>
            <translation>Caller's organisation</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/messages_page.py" />
            <source>何事</source>
            <translation>What</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/messages_page.py" />
            <source>需回复</source>
            <translation>Reply needed</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/messages_page.py" />
            <source>全部</source>
            <translation>All</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/messages_page.py" />
            <source>未读</source>
            <translation>Unread</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/messages_page.py" />
            <source>已读</source>
            <translation>Read</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/messages_page.py" />
            <source>我的留言</source>
            <translation>My messages</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/messages_page.py" />
            <source>留言 {number}</source>
            <translation>Message {number}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/messages_page.py" />
            <source>何人 Who</source>
            <translation>Who</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/messages_page.py" />
            <source>何时 When</source>
            <translation>When</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/messages_page.py" />
            <source>何地 Where</source>
            <translation>Where</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/messages_page.py" />
            <source>何事 What</source>
            <translation>What</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/messages_page.py" />
            <source>为何 Why</source>
            <translation>Why</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/messages_page.py" />
            <source>如何 How</source>
            <translation>How</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/messages_page.py" />
            <source>联系电话</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/messages_page.py" />
            <source>需要回复</source>
            <translation>Reply needed</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/messages_page.py" />
            <source>记录人 / 时间</source>
            <translation>Recorded by / at</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/messages_page.py" />
            <source>房号</source>
            <translation>Room</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/messages_page.py" />
            <source>是，请尽快回复</source>
            <translation>Yes, please reply soon</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/messages_page.py" />
            <source>否</source>
            <translation>No</translation>
        </message>
        <message>
            <source>读取留言失败：{detail}</source>
            <translation type="vanished">Reading messages failed: {detail}</translation>
        </message>
    </context>
    <context>
        <name>MonthlyReportsPage</name>
        <message>
            <location filename="../../desk_app/ui/monthly_reports_page.py" />
            <source>月度报表</source>
            <translation>Monthly reports</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/monthly_reports_page.py" />
            <source>生成报告(&amp;R)…</source>
            <translation>Generate &amp;report…</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/monthly_reports_page.py" />
            <source>刷新</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/monthly_reports_page.py" />
            <source>月份</source>
            <translation>Month</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/monthly_reports_page.py" />
            <source>报告</source>
            <translation>Report</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/monthly_reports_page.py" />
            <source>截止日期</source>
            <translation>Due</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/monthly_reports_page.py" />
            <source>（遇休息日提前）</source>
            <translation> (brought forward from a day off)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/monthly_reports_page.py" />
            <source>状态</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/monthly_reports_page.py" />
            <source>文件</source>
            <translation>File</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/monthly_reports_page.py" />
            <source>（逾期完成）</source>
            <translation> (done late)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/monthly_reports_page.py" />
            <source>生成月度报告</source>
            <translation>Generate monthly report</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/monthly_reports_page.py" />
            <source>报告：</source>
            <translation>Report:</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/monthly_reports_page.py" />
            <source>月份：</source>
            <translation>Month:</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/monthly_reports_page.py" />
            <source>格式：</source>
            <translation>Format:</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/monthly_reports_page.py" />
            <source>改进措施：</source>
            <translation>Improvement measures:</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/monthly_reports_page.py" />
            <source>投诉分析报告和业主公示中的改进措施（留空则用已登记的内容）</source>
            <translation>Improvement measures for the complaint analysis and the notice to owners (empty: use those already recorded)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/monthly_reports_page.py" />
            <source>PDF 文件 (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/monthly_reports_page.py" />
            <source>Excel 工作簿 (*.xlsx)</source>
            <translation>Excel workbooks (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/monthly_reports_page.py" />
            <source>生成并保存(&amp;S)…</source>
            <translation>Generate and &amp;save…</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/monthly_reports_page.py" />
            <source>登记为已完成(&amp;D)</source>
            <translation>Mark as &amp;done</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/monthly_reports_page.py" />
            <source>由主管或部门负责人登记，看板上的提醒随之消除（R11）</source>
            <translation>Marked by the supervisor or a department head; the dashboard reminder goes away (R11)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/monthly_reports_page.py" />
            <source>打开文件</source>
            <translation>Open file</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/monthly_reports_page.py" />
            <source>关闭</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/monthly_reports_page.py" />
            <source>正在生成…</source>
            <translation>Generating…</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/monthly_reports_page.py" />
            <source>已保存：{path}</source>
            <translation>Saved: {path}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/monthly_reports_page.py" />
            <source>已登记完成：{kind} {month}</source>
            <translation>Marked as done: {kind} {month}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/monthly_reports_page.py" />
            <source>生成失败：{error}</source>
            <translation>Generation failed: {error}</translation>
        </message>
        <message>
            <source>请先在状态栏选择当前值班人员。</source>
            <translation type="vanished">Choose the person on duty in the status bar first.</translation>
        </message>
        <message>
            <source>生成报告(&amp;G)…</source>
            <translation type="vanished">&amp;Generate report…</translation>
        </message>
    </context>
    <context>
        <name>Navigation</name>
        <message>
            <location filename="../../desk_app/ui/navigation.py" />
            <source>工作台</source>
            <translation>Workbench</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/navigation.py" />
            <source>今日事项</source>
            <translation>Today</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/navigation.py" />
            <source>汇总今天要办的事：待处理的来电来访、待回复的留言和今天到期的投诉、回访与检查。</source>
            <translation>Everything to do today: calls and visits to handle, messages to answer, and complaints, callbacks and checks due today.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/navigation.py" />
            <source>主管看板</source>
            <translation>Supervisor dashboard</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/navigation.py" />
            <source>按处理时限统计逾期首次回应、待指定专人、待回访、整改逾期等事项，定时刷新，每个数字都可点开查看明细。</source>
            <translation>Counts by due time: overdue first responses, handlers to designate, callbacks to make, overdue rectifications and more, refreshed regularly; every number opens its details.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/navigation.py" />
            <source>前台登记</source>
            <translation>Front desk</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/navigation.py" />
            <source>工作信息记录</source>
            <translation>Work log</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/navigation.py" />
            <source>登记每一个来电、来访、来函、电子邮件和网络帖子；投诉自动生成投诉处理记录，报修打印派工单。</source>
            <translation>Record every call, visit, letter, e-mail and web post; complaints create a complaint record, repairs print a dispatch slip.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/navigation.py" />
            <source>留言(5W1H)</source>
            <translation>Messages (5W1H)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/navigation.py" />
            <source>同事不在时，按何时、何人、何地、何事、为何、如何记下来电留言，送到该同事的留言箱。</source>
            <translation>When a colleague is away, take the caller's message as when, who, where, what, why and how, and send it to their message box.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/navigation.py" />
            <source>投诉与回访</source>
            <translation>Complaints and callbacks</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/navigation.py" />
            <source>投诉处理记录</source>
            <translation>Complaint records</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/navigation.py" />
            <source>跟踪每宗投诉从受理、指定专人、处理进展、验证到回访、关闭的全过程和各项时限。</source>
            <translation>Follow each complaint from receipt, designated handler, progress, verification to callback and closure, with every due time.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/navigation.py" />
            <source>顾客访谈记录</source>
            <translation>Customer interviews</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/navigation.py" />
            <source>记录电话、上门、网上回帖或问卷形式的顾客访谈：顾客需求、改进措施、满意度和安全提示。</source>
            <translation>Record interviews by phone, at home, by web reply or questionnaire: the client's needs, improvement measures, satisfaction and safety reminders.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/navigation.py" />
            <source>访谈计划</source>
            <translation>Interview plans</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/navigation.py" />
            <source>制定每月访谈计划，指定访谈人员和目标房号，并跟踪完成情况。</source>
            <translation>Plan each month's interviews, name the interviewers and target rooms, and follow how far they have got.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/navigation.py" />
            <source>社区事务</source>
            <translation>Community matters</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/navigation.py" />
            <source>邻里纠纷</source>
            <translation>Neighbour disputes</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/navigation.py" />
            <source>记录养宠物、噪音、乱摆放、违章搭建等邻里纠纷的双方、协调经过和参与单位，留下中心已尽责的凭据。</source>
            <translation>Record neighbour disputes (pets, noise, clutter, illegal building…): the parties, the mediation steps and the bodies involved, as proof the centre did its part.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/navigation.py" />
            <source>整改通知书</source>
            <translation>Rectification notices</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/navigation.py" />
            <source>对违章搭建等问题开具整改通知书，记录送达签收或拒签、复查和升级处理。</source>
            <translation>Issue rectification notices for illegal building and similar problems; record delivery, signature or refusal, re-inspection and escalation.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/navigation.py" />
            <source>温馨提示</source>
            <translation>Reminder slips</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/navigation.py" />
            <source>张贴楼道堆物、高空抛物、宠物、噪音等温馨提示，按第一、二、三次跟进检查，登记清理物品。</source>
            <translation>Post reminder slips about clutter in stairways, objects thrown from height, pets, noise…; check after the first, second and third slip, and record items cleared.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/navigation.py" />
            <source>接待台账</source>
            <translation>Reception books</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/navigation.py" />
            <source>访客登记</source>
            <translation>Visitors</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/navigation.py" />
            <source>登记来访人员、被访人、是否已联系并同意，以及到达和离开时间。</source>
            <translation>Register visitors, whom they visit, whether that person was contacted and agreed, and the times of arrival and departure.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/navigation.py" />
            <source>客户来函目录</source>
            <translation>Letters from clients</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/navigation.py" />
            <source>登记收到的客户来函（报事、投诉、表扬及其他工作联系）和处理情况。</source>
            <translation>Register letters from clients (reports, complaints, praise, other business) and how they were handled.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/navigation.py" />
            <source>文件资料收发</source>
            <translation>Documents</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/navigation.py" />
            <source>登记文件和传真的来源、收件人、转交时间和签收人；内容不向第三方展示。</source>
            <translation>Register where documents and faxes come from, their recipient, hand-over time and who signed; contents are not shown to third parties.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/navigation.py" />
            <source>媒体采访接待</source>
            <translation>Media visits</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/navigation.py" />
            <source>登记来访媒体、记者、证件核查情况和采访主题，并记下通知主管的时间。</source>
            <translation>Register visiting media, reporters, the press-card check and the interview topic, and when the supervisor was told.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/navigation.py" />
            <source>收费业务</source>
            <translation>Fee services</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/navigation.py" />
            <source>登记门禁卡、停车卡等收费业务的项目、金额和收据号。</source>
            <translation>Register fee services (access cards, parking cards…): item, amount and receipt number.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/navigation.py" />
            <source>派工单/协调单</source>
            <translation>Dispatch/coordination slips</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/navigation.py" />
            <source>开具并跟踪维修派工单和对外协调单，记录完成时间和处理结果。</source>
            <translation>Issue and follow repair dispatch slips and outside coordination slips; record completion time and result.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/navigation.py" />
            <source>预约上门</source>
            <translation>Appointments</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/navigation.py" />
            <source>与客户约定的上门时间、地点、赴约人和事项，到时提醒，按时赴约后登记情况。</source>
            <translation>Home visits agreed with clients: time, place, who goes and what for; a reminder when due, and the outcome recorded after the visit.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/navigation.py" />
            <source>资料</source>
            <translation>Records</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/navigation.py" />
            <source>业主资料卡</source>
            <translation>Client cards</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/navigation.py" />
            <source>按房号、电话、姓名或姓名拼音首字母查找业主，查看家庭成员、重要客户类别和回访意愿。</source>
            <translation>Find owners by room, phone, name or pinyin initials; see household members, important-client categories and callback wishes.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/navigation.py" />
            <source>统一回复口径</source>
            <translation>Standard replies</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/navigation.py" />
            <source>几秒内查到并复制经审定的常见问题答复，并列出服务中禁止使用的用语。</source>
            <translation>Find and copy an approved answer to a common question in seconds, with the phrases never to be used in service.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/navigation.py" />
            <source>管理</source>
            <translation>Administration</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/navigation.py" />
            <source>日盘点</source>
            <translation>Daily tally</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/navigation.py" />
            <source>每个工作日盘点当天的投诉、报修和未结事项，由负责人确认。</source>
            <translation>Each working day, tally the day's complaints, repairs and open items, confirmed by the person in charge.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/navigation.py" />
            <source>月度报表</source>
            <translation>Monthly reports</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/navigation.py" />
            <source>生成每月投诉、回访和访谈统计报表及图表，并跟踪各报表是否按时完成。</source>
            <translation>Produce the monthly statistics and charts of complaints, callbacks and interviews, and follow whether each report is done on time.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/navigation.py" />
            <source>系统设置</source>
            <translation>Settings</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/navigation.py" />
            <source>维护员工账号、节假日日历、工作时间、数据库连接和数据备份。</source>
            <translation>Staff accounts, holiday calendar, working hours, database connection and backups.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/navigation.py" />
            <source>员工账号</source>
            <translation>Staff accounts</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/navigation.py" />
            <source>新建和修改员工账号，重置密码、停用或解除锁定（仅系统管理员）。</source>
            <translation>Create and change staff accounts; reset passwords, deactivate or unlock them (system administrator only).</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/navigation.py" />
            <source>部门</source>
            <translation>Departments</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/navigation.py" />
            <source>新建部门、修改部门名称，停用或重新启用部门（仅系统管理员）。</source>
            <translation>Create and rename departments, deactivate or reactivate them (system administrator only).</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/navigation.py" />
            <source>小区结构</source>
            <translation>Community structure</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/navigation.py" />
            <source>维护片区、楼栋和房间，批量生成房号；有记录的房间只能作废（仅系统管理员和客服主管）。</source>
            <translation>Maintain areas, buildings and rooms, and generate room numbers in bulk; rooms with records can only be voided (system administrator and customer service supervisor only).</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/navigation.py" />
            <source>操作日志</source>
            <translation>Audit log</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/navigation.py" />
            <source>按人员、记录类别、日期和内容查找谁在何时新建、修改、作废或导出了什么（仅系统管理员）。</source>
            <translation>Find who created, changed, voided or exported what and when, by person, record kind, date and text (system administrator only).</translation>
        </message>
    </context>
    <context>
        <name>Operations</name>
        <message>
            <location filename="../../desk_app/ui/operations.py" />
            <source>程序内部错误（{detail}），本次操作未完成；详情已写入日志，请联系管理员。</source>
            <translation>Internal error ({detail}); the operation was not completed. The details are in the log; please contact the administrator.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/operations.py" />
            <source>请确认</source>
            <translation>Please confirm</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/operations.py" />
            <source>操作未完成</source>
            <translation>Not completed</translation>
        </message>
    </context>
    <context>
        <name>PlaceholderPage</name>
        <message>
            <location filename="../../desk_app/ui/placeholder_page.py" />
            <source>{group}  ›  {title}</source>
            <translation>{group}  ›  {title}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/placeholder_page.py" />
            <source>此功能正在建设中</source>
            <translation>This function is under construction</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/placeholder_page.py" />
            <source>本页面的登记、查询和打印功能将在后续版本中提供。</source>
            <translation>Entering, finding and printing on this page will come in a later version.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/placeholder_page.py" />
            <source>条记录（不含已作废）</source>
            <translation>records (voided ones not counted)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/placeholder_page.py" />
            <source>…</source>
            <translation>…</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/placeholder_page.py" />
            <source>暂时无法读取</source>
            <translation>cannot be read right now</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/placeholder_page.py" />
            <source>读取记录数时数据库出错，详情见日志文件。</source>
            <translation>Database error while counting the records; see the log file.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/placeholder_page.py" />
            <source>快捷键：{shortcut}</source>
            <translation>Shortcut: {shortcut}</translation>
        </message>
    </context>
    <context>
        <name>PrintButton</name>
        <message>
            <location filename="../../desk_app/ui/printing_actions.py" />
            <source>打印(&amp;P)…</source>
            <translation>&amp;Print…</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/printing_actions.py" />
            <source>生成 PDF 并用系统的 PDF 阅读器打开，在其中打印</source>
            <translation>Make a PDF and open it in the system's PDF viewer to print it there</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/printing_actions.py" />
            <source>打印功能即将提供</source>
            <translation>Printing is coming soon</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/printing_actions.py" />
            <source>打印</source>
            <translation>Print</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/printing_actions.py" />
            <source>无法生成打印件：{detail}</source>
            <translation>The printout cannot be made: {detail}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/printing_actions.py" />
            <source>已生成 {path}，但没有找到可以打开 PDF 的程序，请手动打开后打印。</source>
            <translation>{path} written, but no program to open PDF files was found; please open it and print it yourself.</translation>
        </message>
    </context>
    <context>
        <name>PrintPreview</name>
        <message>
            <location filename="../../desk_app/ui/print_preview.py" />
            <source>打印预览 — {title}</source>
            <translation>Print preview — {title}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/print_preview.py" />
            <source>打印(&amp;P)…</source>
            <translation>&amp;Print…</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/print_preview.py" />
            <source>另存为 PDF(&amp;S)…</source>
            <translation>&amp;Save as PDF…</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/print_preview.py" />
            <source>放大</source>
            <translation>Zoom in</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/print_preview.py" />
            <source>缩小</source>
            <translation>Zoom out</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/print_preview.py" />
            <source>放大（Ctrl++）</source>
            <translation>Zoom in (Ctrl++)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/print_preview.py" />
            <source>缩小（Ctrl+-）</source>
            <translation>Zoom out (Ctrl+-)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/print_preview.py" />
            <source>适合宽度(&amp;W)</source>
            <translation>Fit &amp;width</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/print_preview.py" />
            <source>整页(&amp;A)</source>
            <translation>Whole p&amp;age</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/print_preview.py" />
            <source>上一页</source>
            <translation>Previous page</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/print_preview.py" />
            <source>下一页</source>
            <translation>Next page</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/print_preview.py" />
            <source>上一页（PgUp）</source>
            <translation>Previous page (PgUp)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/print_preview.py" />
            <source>下一页（PgDn）</source>
            <translation>Next page (PgDn)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/print_preview.py" />
            <source>第 {page} / {pages} 页</source>
            <translation>Page {page} of {pages}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/print_preview.py" />
            <source>关闭</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/print_preview.py" />
            <source>共 {pages} 页</source>
            <translation>{pages} pages</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/print_preview.py" />
            <source>共 {pages} 页（预览前 {shown} 页；打印和保存包含全部页面）</source>
            <translation>{pages} pages (first {shown} shown; printing and saving include every page)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/print_preview.py" />
            <source>另存为 PDF</source>
            <translation>Save as PDF</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/print_preview.py" />
            <source>PDF 文件 (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/print_preview.py" />
            <source>已保存到 {path}</source>
            <translation>Saved to {path}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/print_preview.py" />
            <source>无法保存到 {path}：{error}</source>
            <translation>Cannot save to {path}: {error}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/print_preview.py" />
            <source>正在生成“{title}”…</source>
            <translation>Making “{title}”…</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/print_preview.py" />
            <source>正在生成“{title}”：{done} / {total}</source>
            <translation>Making “{title}”: {done} / {total}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/print_preview.py" />
            <source>取消</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/print_preview.py" />
            <source>无法打印</source>
            <translation>Cannot print</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/print_preview.py" />
            <source>生成“{title}”时出错：{error}</source>
            <translation>Error while making “{title}”: {error}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/print_preview.py" />
            <source>已取消</source>
            <translation>Cancelled</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/print_preview.py" />
            <source>注意：以下字符没有可用的字体，打印出来是空白，请核对后再打印：{chars}</source>
            <translation>Note: no font has these characters, they would print as blanks; check before printing: {chars}</translation>
        </message>
    </context>
    <context>
        <name>RecordList</name>
        <message>
            <location filename="../../desk_app/ui/record_list.py" />
            <source>查找</source>
            <translation>Find</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/record_list.py" />
            <source>在列表中查找（Ctrl+F）</source>
            <translation>Find in the list (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/record_list.py" />
            <source>输入关键字，多个词用空格分开</source>
            <translation>Type keywords, separated by spaces</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/record_list.py" />
            <source>共 {count} 条</source>
            <translation>{count} records</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/record_list.py" />
            <source>超过 {count} 条</source>
            <translation>Over {count} rows</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/record_list.py" />
            <source>只数到 {count} 条为止；查找或筛选缩小范围后显示准确条数，滚动仍可看到全部记录</source>
            <translation>Counted up to {count} rows only; search or filter to see an exact count. Scrolling still shows every record.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/record_list.py" />
            <source>是</source>
            <translation>Yes</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/record_list.py" />
            <source>否</source>
            <translation>No</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/record_list.py" />
            <source>导出到 Excel</source>
            <translation>Export to Excel</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/record_list.py" />
            <source>Excel 工作簿 (*.xlsx)</source>
            <translation>Excel workbooks (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/record_list.py" />
            <source>正在导出 {done} / {total} 条…</source>
            <translation>Exporting {done} / {total}…</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/record_list.py" />
            <source>取消</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/record_list.py" />
            <source>已导出 {count} 条到 {path}</source>
            <translation>{count} records exported to {path}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/record_list.py" />
            <source>导出已取消，未生成文件。</source>
            <translation>Export cancelled; no file written.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/record_list.py" />
            <source>导出失败：{detail}</source>
            <translation>Export failed: {detail}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/record_list.py" />
            <source>读取列表失败：{detail}。请按 F5 重试。</source>
            <translation>Reading the list failed: {detail}. Press F5 to try again.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/record_list.py" />
            <source>上一次导出尚未完成。</source>
            <translation>The previous export has not finished yet.</translation>
        </message>
        <message>
            <source>超过 {count} 条（可用查找或筛选缩小范围）</source>
            <translation type="vanished">More than {count} rows (search or filter to narrow the list)</translation>
        </message>
        <message>
            <source>查找(&amp;F)</source>
            <translation type="vanished">&amp;Find</translation>
        </message>
    </context>
    <context>
        <name>RecordPage</name>
        <message>
            <location filename="../../desk_app/ui/record_page.py" />
            <source>新建(&amp;N)</source>
            <translation>&amp;New</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/record_page.py" />
            <source>新建一条记录（Ctrl+N）</source>
            <translation>Start a new record (Ctrl+N)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/record_page.py" />
            <source>保存(&amp;S)</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/record_page.py" />
            <source>保存表单（Ctrl+S）</source>
            <translation>Save the form (Ctrl+S)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/record_page.py" />
            <source>作废(&amp;V)…</source>
            <translation>&amp;Void…</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/record_page.py" />
            <source>作废当前记录（须填写原因；记录不会被删除）</source>
            <translation>Void the current record (a reason is required; the record is not deleted)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/record_page.py" />
            <source>导出Excel(&amp;E)</source>
            <translation>&amp;Export to Excel</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/record_page.py" />
            <source>把列表中符合当前筛选条件的全部记录导出到 Excel</source>
            <translation>Export every record matching the current filter to Excel</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/record_page.py" />
            <source>刷新</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/record_page.py" />
            <source>重新读取列表（F5）</source>
            <translation>Read the list again (F5)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/record_page.py" />
            <source>修改历史</source>
            <translation>History</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/record_page.py" />
            <source>查看当前记录的修改历史：谁、何时、改了什么（Ctrl+H）</source>
            <translation>Show the change history of the current record: who changed what, and when (Ctrl+H)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/record_page.py" />
            <source>作废记录</source>
            <translation>Void record</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/record_page.py" />
            <source>请先在列表中选中要作废的记录。</source>
            <translation>Select the record to void in the list first.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/record_page.py" />
            <source>请填写作废原因（必填）：</source>
            <translation>Reason for voiding (required):</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/record_page.py" />
            <source>确定作废这条记录吗？
原因：{reason}

作废后记录不再出现在列表和统计中，但仍保留备查。</source>
            <translation>Void this record?
Reason: {reason}

A voided record no longer appears in lists and statistics, but is kept for reference.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/record_page.py" />
            <source>表单上尚未保存的修改将被放弃。</source>
            <translation>Unsaved changes on the form will be discarded.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/record_page.py" />
            <source>未填写作废原因，记录没有作废。</source>
            <translation>No reason given; the record was not voided.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/record_page.py" />
            <source>记录已作废。</source>
            <translation>Record voided.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/record_page.py" />
            <source>作废失败：{detail}</source>
            <translation>Voiding failed: {detail}</translation>
        </message>
        <message>
            <source>修改历史(&amp;H)</source>
            <translation type="vanished">&amp;History</translation>
        </message>
    </context>
    <context>
        <name>RectificationNoticePage</name>
        <message>
            <location filename="../../desk_app/ui/rectification_notice_page.py" />
            <source>整改通知书</source>
            <translation>Rectification notice</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/rectification_notice_page.py" />
            <source>房号(&amp;R)</source>
            <translation>&amp;Room</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/rectification_notice_page.py" />
            <source>如 3-2-1201</source>
            <translation>e.g. 3-2-1201</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/rectification_notice_page.py" />
            <source>业主/住户(&amp;K)</source>
            <translation>Owner/occupant (&amp;K)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/rectification_notice_page.py" />
            <source>问题类别(&amp;I)</source>
            <translation>Problem k&amp;ind</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/rectification_notice_page.py" />
            <source>存在的问题(&amp;W)</source>
            <translation>The problem (&amp;W)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/rectification_notice_page.py" />
            <source>整改要求(&amp;Q)</source>
            <translation>Required rectification (&amp;Q)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/rectification_notice_page.py" />
            <source>整改期限(&amp;D)</source>
            <translation>&amp;Deadline</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/rectification_notice_page.py" />
            <source>与业委会联合发出(&amp;J)</source>
            <translation>Issued &amp;jointly with the owners' committee</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/rectification_notice_page.py" />
            <source>送达</source>
            <translation>Delivery</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/rectification_notice_page.py" />
            <source>送达结果(&amp;Z)</source>
            <translation>Delivery result (&amp;Z)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/rectification_notice_page.py" />
            <source>到场见证人(&amp;T)</source>
            <translation>Wi&amp;tness present</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/rectification_notice_page.py" />
            <source>拒签时：见证人姓名及单位（业委会、居委会等），或在“附件”中添加拒签照片</source>
            <translation>When signing is refused: the witness's name and organisation (owners' committee, residents' committee…), or add a photo of the refusal under “Attachments”</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/rectification_notice_page.py" />
            <source>登记送达(&amp;U)</source>
            <translation>Record delivery (&amp;U)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/rectification_notice_page.py" />
            <source>复查</source>
            <translation>Re-inspection</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/rectification_notice_page.py" />
            <source>复查情况(&amp;C)</source>
            <translation>Re-inspe&amp;ction findings</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/rectification_notice_page.py" />
            <source>复查：已整改(&amp;Y)</source>
            <translation>Re-inspection: rectified (&amp;Y)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/rectification_notice_page.py" />
            <source>复查：未整改(&amp;M)</source>
            <translation>Re-inspection: not rectified (&amp;M)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/rectification_notice_page.py" />
            <source>逾期上报</source>
            <translation>Escalation when overdue</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/rectification_notice_page.py" />
            <source>上报单位(&amp;B)</source>
            <translation>Report to (&amp;B)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/rectification_notice_page.py" />
            <source>如 街道办、城管、规划部门</source>
            <translation>e.g. sub-district office, city management, planning department</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/rectification_notice_page.py" />
            <source>上报主管部门(&amp;O)…</source>
            <translation>Rep&amp;ort to the authority…</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/rectification_notice_page.py" />
            <source>打印通知书(&amp;P)</source>
            <translation>&amp;Print notice</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/rectification_notice_page.py" />
            <source>打印上报函(&amp;L)</source>
            <translation>Print &amp;letter to the authority</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/rectification_notice_page.py" />
            <source>已登记送达结果。</source>
            <translation>Delivery recorded.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/rectification_notice_page.py" />
            <source>已登记复查。</source>
            <translation>Re-inspection recorded.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/rectification_notice_page.py" />
            <source>已登记上报，请打印上报函（附处理记录）。</source>
            <translation>Escalation recorded; please print the letter to the authority (with the handling record).</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/rectification_notice_page.py" />
            <source>已逾期 {days} 天未整改（期限 {deadline}），可上报主管部门（R15）。</source>
            <translation>Not rectified, {days} days overdue (deadline {deadline}); it can be reported to the authority (R15).</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/rectification_notice_page.py" />
            <source>状态：{status}</source>
            <translation>Status: {status}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/rectification_notice_page.py" />
            <source>处理记录：</source>
            <translation>Handling record:</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/rectification_notice_page.py" />
            <source>发出单位：{names}</source>
            <translation>Issued by: {names}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/rectification_notice_page.py" />
            <source>编号</source>
            <translation>No.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/rectification_notice_page.py" />
            <source>房号</source>
            <translation>Room</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/rectification_notice_page.py" />
            <source>问题类别</source>
            <translation>Problem kind</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/rectification_notice_page.py" />
            <source>发出时间</source>
            <translation>Issued</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/rectification_notice_page.py" />
            <source>整改期限</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/rectification_notice_page.py" />
            <source>状态</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/rectification_notice_page.py" />
            <source>全部</source>
            <translation>All</translation>
        </message>
        <message>
            <source>请确认</source>
            <translation type="vanished">Please confirm</translation>
        </message>
        <message>
            <source>确认复查已整改？整改通知书将就此办结，不能撤回。</source>
            <translation type="vanished">Confirm that the problem is rectified? The notice is then finished and this cannot be undone.</translation>
        </message>
        <message>
            <source>确认将整改通知书 {number} 上报“{to}”？上报后不能撤回。</source>
            <translation type="vanished">Report rectification notice {number} to “{to}”? This cannot be undone.</translation>
        </message>
        <message>
            <source>送达结果(&amp;S)</source>
            <translation type="vanished">Delivery re&amp;sult</translation>
        </message>
        <message>
            <source>登记送达(&amp;G)</source>
            <translation type="vanished">Record deliver&amp;y</translation>
        </message>
        <message>
            <source>复查情况(&amp;F)</source>
            <translation type="vanished">Re-inspection &amp;findings</translation>
        </message>
        <message>
            <source>复查：未整改(&amp;N)</source>
            <translation type="vanished">Re-inspection: &amp;not rectified</translation>
        </message>
        <message>
            <source>上报主管部门(&amp;E)…</source>
            <translation type="vanished">R&amp;eport to the authority…</translation>
        </message>
        <message>
            <source>拒签照片(&amp;H)</source>
            <translation type="vanished">P&amp;hoto of refusal</translation>
        </message>
        <message>
            <source>拒签时拍照取证：照片文件位置或编号</source>
            <translation type="vanished">When signing is refused, take a photo as evidence: its file location or number</translation>
        </message>
        <message>
            <source>拒签时：见证人姓名及单位（业委会、居委会等）</source>
            <translation type="vanished">When signing is refused: the witness's name and organisation (owners' committee, residents' committee…)</translation>
        </message>
    </context>
    <context>
        <name>ReminderSlipPage</name>
        <message>
            <location filename="../../desk_app/ui/reminder_slip_page.py" />
            <source>温馨提示</source>
            <translation>Reminder slips</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/reminder_slip_page.py" />
            <source>批量打印(&amp;B)…</source>
            <translation>&amp;Batch print…</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/reminder_slip_page.py" />
            <source>把列表中（按当前查找和筛选）每个案件最新的一张温馨提示印在一起，每张 A4 两份</source>
            <translation>Print the latest slip of every case in the list (with the current search and filters) together, two per A4 page</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/reminder_slip_page.py" />
            <source>温馨提示（批量）</source>
            <translation>Reminder slips (batch)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/reminder_slip_page.py" />
            <source>批量打印：选择案件</source>
            <translation>Batch print: choose cases</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/reminder_slip_page.py" />
            <source>勾选要打印的案件（默认勾选未结案的）。空格键勾选或取消，回车开始打印。</source>
            <translation>Tick the cases to print (open cases are ticked to begin with). Space ticks or unticks; Enter starts printing.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/reminder_slip_page.py" />
            <source>只选未结案(&amp;O)</source>
            <translation>Only &amp;open cases</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/reminder_slip_page.py" />
            <source>全选(&amp;A)</source>
            <translation>Select &amp;all</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/reminder_slip_page.py" />
            <source>全不选(&amp;C)</source>
            <translation>&amp;Clear all</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/reminder_slip_page.py" />
            <source>打印所选(&amp;P)</source>
            <translation>&amp;Print selected</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/reminder_slip_page.py" />
            <source>已选 {chosen} / {total} 个案件</source>
            <translation>{chosen} of {total} cases selected</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/reminder_slip_page.py" />
            <source>列表中没有张贴过温馨提示的案件。</source>
            <translation>No case in the list has had a slip posted.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/reminder_slip_page.py" />
            <source>提示类别(&amp;K)</source>
            <translation>Slip &amp;kind</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/reminder_slip_page.py" />
            <source>房号(&amp;R)</source>
            <translation>&amp;Room</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/reminder_slip_page.py" />
            <source>如 3-2-1201（公共部位可不填）</source>
            <translation>e.g. 3-2-1201 (leave empty for common areas)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/reminder_slip_page.py" />
            <source>张贴地点(&amp;L)</source>
            <translation>Posted at (&amp;L)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/reminder_slip_page.py" />
            <source>楼栋、单元、楼层；不填则用房号</source>
            <translation>Building, unit, floor; empty: the room</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/reminder_slip_page.py" />
            <source>提示内容(&amp;T)</source>
            <translation>Slip &amp;text</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/reminder_slip_page.py" />
            <source>不填则按模板生成</source>
            <translation>Empty: made from the template</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/reminder_slip_page.py" />
            <source>署名：{names}</source>
            <translation>Signed: {names}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/reminder_slip_page.py" />
            <source>高空抛物温馨提示须三方联合署名：{names}</source>
            <translation>A slip about objects thrown from height must be signed by three parties: {names}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/reminder_slip_page.py" />
            <source>清理物品</source>
            <translation>Items cleared</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/reminder_slip_page.py" />
            <source>清理物品清单(&amp;I)</source>
            <translation>List of cleared &amp;items</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/reminder_slip_page.py" />
            <source>每行一件：物品名称和特征 / 存放地点，如：蓝色童车一辆 / 地下室储物间</source>
            <translation>One item per line: name and description / where it is stored, e.g.: blue pushchair / basement store room</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/reminder_slip_page.py" />
            <source>后续处理情况(&amp;O)</source>
            <translation>Follow-up (&amp;O)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/reminder_slip_page.py" />
            <source>不清理结案时填写：如已转邻里纠纷处理、已发整改通知书</source>
            <translation>Fill in when closing without clearing: e.g. passed on as a neighbour dispute, rectification notice issued</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/reminder_slip_page.py" />
            <source>物品认领</source>
            <translation>Item claims</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/reminder_slip_page.py" />
            <source>物品编号(&amp;U)</source>
            <translation>Item n&amp;umber</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/reminder_slip_page.py" />
            <source>认领人姓名(&amp;M)</source>
            <translation>Claimant's na&amp;me</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/reminder_slip_page.py" />
            <source>认领人签字(&amp;Q)</source>
            <translation>Claimant signs (&amp;Q)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/reminder_slip_page.py" />
            <source>检查：已自行处理(&amp;Y)</source>
            <translation>Check: dealt with by the resident (&amp;Y)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/reminder_slip_page.py" />
            <source>检查：未处理，张贴下一次提示(&amp;X)</source>
            <translation>Check: not dealt with, post the ne&amp;xt slip</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/reminder_slip_page.py" />
            <source>检查：第三次仍未处理(&amp;N)</source>
            <translation>Check: still not dealt with after the third slip (&amp;N)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/reminder_slip_page.py" />
            <source>清理物品(&amp;C)…</source>
            <translation>&amp;Clear items…</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/reminder_slip_page.py" />
            <source>不清理结案(&amp;J)</source>
            <translation>Close without clearing (&amp;J)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/reminder_slip_page.py" />
            <source>签字认领(&amp;A)</source>
            <translation>Sign for cl&amp;aim</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/reminder_slip_page.py" />
            <source>打印温馨提示(&amp;P)</source>
            <translation>&amp;Print reminder slip</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/reminder_slip_page.py" />
            <source>已登记检查：已自行处理，案件办结。</source>
            <translation>Check recorded: dealt with by the resident; the case is closed.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/reminder_slip_page.py" />
            <source>已登记检查。</source>
            <translation>Check recorded.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/reminder_slip_page.py" />
            <source>已登记清理的物品，请按编号贴好标签。</source>
            <translation>Cleared items recorded; please label them with their numbers.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/reminder_slip_page.py" />
            <source>已结案。</source>
            <translation>Case closed.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/reminder_slip_page.py" />
            <source>已登记认领。</source>
            <translation>Claim recorded.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/reminder_slip_page.py" />
            <source>状态：{status}</source>
            <translation>Status: {status}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/reminder_slip_page.py" />
            <source>下次检查：{when}</source>
            <translation>Next check: {when}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/reminder_slip_page.py" />
            <source>清理后再次违反（原案件 {number}），可当即清理</source>
            <translation>Repeated after clearing (earlier case {number}): may be cleared at once</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/reminder_slip_page.py" />
            <source>已张贴的温馨提示：</source>
            <translation>Slips posted:</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/reminder_slip_page.py" />
            <source>第{sequence}次　张贴 {posted}　检查 {checked}　{result}</source>
            <translation>Slip {sequence}　posted {posted}　checked {checked}　{result}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/reminder_slip_page.py" />
            <source>未检查</source>
            <translation>not checked</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/reminder_slip_page.py" />
            <source>已处理</source>
            <translation>dealt with</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/reminder_slip_page.py" />
            <source>未处理</source>
            <translation>not dealt with</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/reminder_slip_page.py" />
            <source>清理的物品：</source>
            <translation>Items cleared:</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/reminder_slip_page.py" />
            <source>{number}　{what}　存放：{where}　{claim}</source>
            <translation>{number}　{what}　stored: {where}　{claim}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/reminder_slip_page.py" />
            <source>已于 {when} 由 {who} 签字领回</source>
            <translation>Claimed by {who}, signed at {when}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/reminder_slip_page.py" />
            <source>待认领</source>
            <translation>waiting to be claimed</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/reminder_slip_page.py" />
            <source>备注：{notes}</source>
            <translation>Remarks: {notes}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/reminder_slip_page.py" />
            <source>编号</source>
            <translation>No.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/reminder_slip_page.py" />
            <source>类别</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/reminder_slip_page.py" />
            <source>地点</source>
            <translation>Place</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/reminder_slip_page.py" />
            <source>首次张贴</source>
            <translation>First posted</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/reminder_slip_page.py" />
            <source>状态</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/reminder_slip_page.py" />
            <source>下次检查</source>
            <translation>Next check</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/reminder_slip_page.py" />
            <source>全部</source>
            <translation>All</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/reminder_slip_page.py" />
            <source>未办结</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>清理物品的法律风险</source>
            <translation type="vanished">Legal risk of clearing items</translation>
        </message>
        <message>
            <source>第{index}行请写成“物品名称和特征 / 存放地点”</source>
            <translation type="vanished">Write line {index} as “name and description / where it is stored”</translation>
        </message>
        <message>
            <source>认领人签字(&amp;G)</source>
            <translation type="vanished">Claimant si&amp;gns</translation>
        </message>
        <message>
            <source>检查：未处理，张贴下一次提示(&amp;N)</source>
            <translation type="vanished">Check: not dealt with, post the &amp;next slip</translation>
        </message>
        <message>
            <source>不清理结案(&amp;E)</source>
            <translation type="vanished">Clos&amp;e without clearing</translation>
        </message>
    </context>
    <context>
        <name>Services</name>
        <message>
            <location filename="../../desk_app/cli.py" />
            <source>--{name} 必须是正整数（收到 {value}）</source>
            <translation>--{name} must be a positive whole number (got {value})</translation>
        </message>
        <message>
            <location filename="../../desk_app/cli.py" />
            <source>已中断。</source>
            <translation>Interrupted.</translation>
        </message>
        <message>
            <location filename="../../desk_app/cli.py" />
            <source>错误：{detail}</source>
            <translation>Error: {detail}</translation>
        </message>
        <message>
            <location filename="../../desk_app/cli.py" />
            <source>找不到文件或文件夹：{name}</source>
            <translation>File or folder not found: {name}</translation>
        </message>
        <message>
            <location filename="../../desk_app/cli.py" />
            <source>没有权限读写：{name}</source>
            <translation>No permission to read or write: {name}</translation>
        </message>
        <message>
            <location filename="../../desk_app/cli.py" />
            <source>无法读写文件 {name}：{reason}</source>
            <translation>Cannot read or write the file {name}: {reason}</translation>
        </message>
        <message>
            <location filename="../../desk_app/cli.py" />
            <source>数据库地址无法识别：{detail}</source>
            <translation>Database address not recognised: {detail}</translation>
        </message>
        <message>
            <location filename="../../desk_app/cli.py" />
            <source>数据库出错（{kind}），请检查数据库是否可用</source>
            <translation>Database error ({kind}); please check that the database is available</translation>
        </message>
        <message>
            <location filename="../../desk_app/cli.py" />
            <source>命令未能完成（{kind}）：{detail}</source>
            <translation>The command could not finish ({kind}): {detail}</translation>
        </message>
        <message>
            <location filename="../../desk_app/demo/command.py" />
            <location filename="../../desk_app/printing/command.py" />
            <source>错误：{exc}</source>
            <translation>Error: {exc}</translation>
        </message>
        <message>
            <location filename="../../desk_app/demo/generator.py" />
            <source>数据库中已有数据（{detail}），演示数据只能写入空数据库。未做任何修改；请换一个新的数据库文件或地址再运行。</source>
            <translation>The database already contains data ({detail}); demo data can only be written to an empty database. Nothing has been changed; please run again with a new database file or address.</translation>
        </message>
        <message>
            <location filename="../../desk_app/errors.py" />
            <source>{message}（{rule}）</source>
            <translation>{message} ({rule})</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/database.py" />
            <source>文件夹不存在：{parent}</source>
            <translation>Folder does not exist: {parent}</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/database.py" />
            <source>无法连接数据库：{first}</source>
            <translation>Cannot connect to the database: {first}</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/database.py" />
            <source>数据库地址无法识别：{url!s}（{exc}）</source>
            <translation>Database address not recognised: {url!s} ({exc})</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/database.py" />
            <source>不支持的数据库类型：{value}（仅支持 SQLite 与 PostgreSQL）</source>
            <translation>Unsupported database type: {value} (only SQLite and PostgreSQL are supported)</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/database.py" />
            <source>磁盘已满，本次保存未生效：请清理数据库所在磁盘的空间（或请管理员处理）后再保存</source>
            <translation>The disk is full; this save did not take effect. Free space on the database's disk (or ask the administrator), then save again</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/database.py" />
            <source>填写的内容含有无法处理的控制字符（NUL），请删除后再试</source>
            <translation>The text contains a control character that cannot be stored (NUL); please remove it and try again</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/database.py" />
            <source>填写的内容过长，超出了数据库允许的长度，本次保存未生效</source>
            <translation>The text entered is too long for the database; this save did not take effect</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/database.py" />
            <source>日期或时间不正确（超出可保存的范围），本次保存未生效</source>
            <translation>A date or time is out of the range that can be saved; this save did not take effect</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/database.py" />
            <source>数字超出可保存的范围，本次保存未生效</source>
            <translation>A number is out of the range that can be saved; this save did not take effect</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/schema.py" />
            <source>数据库结构版本记录有 {count} 条（{listed}），无法判断版本，未做修改。</source>
            <translation>The database has {count} schema version records ({listed}), so the version cannot be determined. Nothing has been changed.</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/schema.py" />
            <source>数据库结构版本 {current} 比本程序新，请升级前台 Desk 后再打开这个数据库。</source>
            <translation>Database schema version {current} is newer than this program; please upgrade 前台 Desk before opening this database.</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/schema.py" />
            <source>这个数据库里已有其他程序的数据表，不是前台 Desk 的数据库，未做任何修改。</source>
            <translation>This database already contains tables from another program and is not a 前台 Desk database. Nothing has been changed.</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/tracking.py" />
            <source>“{label}”含有无法保存的控制字符（NUL）</source>
            <translation>“{label}” contains a control character (NUL) that cannot be saved</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/tracking.py" />
            <source>“{label}”过长：最多 {limit} 个字，填了 {count} 个</source>
            <translation>“{label}” is too long: at most {limit} characters, {count} entered</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/tracking.py" />
            <source>“{label}”的数字超出可保存的范围（{value}）</source>
            <translation>The number in “{label}” is out of the range that can be stored ({value})</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/tracking.py" />
            <source>“{label}”指向的记录不存在（编号 {value}）</source>
            <translation>The record “{label}” points to does not exist (no. {value})</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/tracking.py" />
            <source>当前账号已停用或不存在，不能再保存任何内容；请换人登录</source>
            <translation>The current account is deactivated or does not exist and can no longer save anything; please sign in as someone else</translation>
        </message>
        <message>
            <location filename="../../desk_app/printing/command.py" />
            <source>文件夹不存在</source>
            <translation>the folder does not exist</translation>
        </message>
        <message>
            <location filename="../../desk_app/printing/command.py" />
            <source>没有写入权限</source>
            <translation>no permission to write</translation>
        </message>
        <message>
            <location filename="../../desk_app/printing/command.py" />
            <source>磁盘空间不足</source>
            <translation>the disk is full</translation>
        </message>
        <message>
            <location filename="../../desk_app/printing/command.py" />
            <source>磁盘是只读的</source>
            <translation>the disk is read-only</translation>
        </message>
        <message>
            <location filename="../../desk_app/printing/command.py" />
            <source>这是一个文件夹，不是文件</source>
            <translation>this is a folder, not a file</translation>
        </message>
        <message>
            <location filename="../../desk_app/printing/command.py" />
            <source>路径中有一部分不是文件夹</source>
            <translation>part of the path is not a folder</translation>
        </message>
        <message>
            <location filename="../../desk_app/printing/command.py" />
            <source>文件名太长</source>
            <translation>the file name is too long</translation>
        </message>
        <message>
            <location filename="../../desk_app/printing/command.py" />
            <source>文件正被其他程序使用</source>
            <translation>the file is in use by another program</translation>
        </message>
        <message>
            <location filename="../../desk_app/printing/command.py" />
            <source>系统错误（错误号 {number}）</source>
            <translation>system error (error {number})</translation>
        </message>
        <message>
            <location filename="../../desk_app/printing/command.py" />
            <source>错误：{value}</source>
            <translation>Error: {value}</translation>
        </message>
        <message>
            <location filename="../../desk_app/printing/command.py" />
            <source>“{kind}”打印的是系统设置，不需要编号</source>
            <translation>“{kind}” prints the system settings and takes no number</translation>
        </message>
        <message>
            <location filename="../../desk_app/printing/command.py" />
            <source>“{kind}”一次只能打印一份，请只给出一个编号（批量打印温馨提示请用 slips）</source>
            <translation>"{kind}" can only be printed one at a time; please give just one number (to print reminder slips in bulk, use slips)</translation>
        </message>
        <message>
            <location filename="../../desk_app/printing/command.py" />
            <source>生成“{kind}”时出错，未能写出文件（详细信息已写入日志）</source>
            <translation>Producing “{kind}” failed; no file was written (details are in the log)</translation>
        </message>
        <message>
            <location filename="../../desk_app/printing/command.py" />
            <source>无法写入文件 {path}：{error}</source>
            <translation>Cannot write to file {path}: {error}</translation>
        </message>
        <message>
            <location filename="../../desk_app/printing/command.py" />
            <source>警告：以下字符没有可用的字体，打印出来是空白，请核对：{chars}</source>
            <translation>Warning: no font has these characters, they print as blanks; please check: {chars}</translation>
        </message>
        <message>
            <location filename="../../desk_app/printing/command.py" />
            <source>已生成 {title}：{path}（{pages} 页）</source>
            <translation>{title} written: {path} ({pages} pages)</translation>
        </message>
        <message>
            <location filename="../../desk_app/printing/complaint_channels.py" />
            <source>尚未设置投诉受理渠道（投诉电话、传真、电子邮箱或网上投诉论坛至少填写一项），请系统管理员在“系统设置 → 投诉受理渠道”中填写后再打印公示</source>
            <translation>The complaint channels are not set yet (fill in at least one of complaint phone, fax, e-mail or online complaint forum); please ask the system administrator to fill them in under “Settings → Complaint channels” before printing the notice</translation>
        </message>
        <message>
            <location filename="../../desk_app/printing/complaint_dossier.py" />
            <source>投诉 {number} 不是重大投诉，不单独建立档案</source>
            <translation>Complaint {number} is not a major complaint and gets no dossier of its own</translation>
        </message>
        <message>
            <location filename="../../desk_app/printing/daily_tally.py" />
            <source>{day}还没有到，不能打印该日的日盘点表</source>
            <translation>{day} has not come yet: its daily tally cannot be printed</translation>
        </message>
        <message>
            <location filename="../../desk_app/printing/fee_receipt.py" />
            <source>编号：{number}　　收据号：{receipt}</source>
            <translation>No.: {number}　　Receipt no.: {receipt}</translation>
        </message>
        <message>
            <location filename="../../desk_app/printing/layout.py" />
            <source>“{field}”一栏</source>
            <translation>the “{field}” field</translation>
        </message>
        <message>
            <location filename="../../desk_app/printing/layout.py" />
            <location filename="../../desk_app/services/audit.py" />
            <location filename="../../desk_app/services/text.py" />
            <source>内容</source>
            <translation>content</translation>
        </message>
        <message>
            <location filename="../../desk_app/printing/layout.py" />
            <source>无法生成“{title}”{number}：{field}排版失败，请把该栏内容分段或缩短后重试（详细信息已写入日志）</source>
            <translation>Cannot produce “{title}” {number}: {field} cannot be laid out; split it into paragraphs or shorten it and try again (details are in the log)</translation>
        </message>
        <message>
            <location filename="../../desk_app/printing/registry.py" />
            <source>请给出要打印的{title}的编号</source>
            <translation>Please give the number of the {title} to print</translation>
        </message>
        <message>
            <location filename="../../desk_app/printing/registry.py" />
            <source>编号“{number}”不是{title}的编号（应以 {prefix}- 开头）</source>
            <translation>"{number}" is not a {title} number (it should start with {prefix}-)</translation>
        </message>
        <message>
            <location filename="../../desk_app/printing/registry.py" />
            <source>找不到编号为“{number}”的{title}</source>
            <translation>No {title} with the number "{number}" was found</translation>
        </message>
        <message>
            <location filename="../../desk_app/printing/registry.py" />
            <source>{title}“{number}”已作废（{reason}），不能打印</source>
            <translation>{title} "{number}" has been voided ({reason}) and cannot be printed</translation>
        </message>
        <message>
            <location filename="../../desk_app/printing/registry.py" />
            <source>日盘点表的编号是日期，如 2026-11-23（收到“{number}”）</source>
            <translation>A daily tally is numbered by its date, e.g. 2026-11-23 (got "{number}")</translation>
        </message>
        <message>
            <location filename="../../desk_app/printing/registry.py" />
            <source>没有这种打印件：“{kind}”。可以打印的有：{known}</source>
            <translation>No such printout: "{kind}". Available printouts: {known}</translation>
        </message>
        <message>
            <location filename="../../desk_app/printing/reminder_slips.py" />
            <source>没有要打印的温馨提示</source>
            <translation>There are no reminder slips to print</translation>
        </message>
        <message>
            <location filename="../../desk_app/reports/command.py" />
            <source>不支持的文件格式“{suffix}”：请用 .pdf 或 .xlsx</source>
            <translation>Unsupported file format "{suffix}": please use .pdf or .xlsx</translation>
        </message>
        <message>
            <location filename="../../desk_app/reports/command.py" />
            <source>输出文件须以 .pdf 或 .xlsx 结尾（收到 {name}）</source>
            <translation>The output file must end in .pdf or .xlsx (got {name})</translation>
        </message>
        <message>
            <location filename="../../desk_app/reports/command.py" />
            <source>已生成 {out}</source>
            <translation>{out} written</translation>
        </message>
        <message>
            <location filename="../../desk_app/reports/command.py" />
            <source>已登记完成：{kind} {month:%Y-%m}（{state}）</source>
            <translation>Recorded as done: {kind} {month:%Y-%m} ({state})</translation>
        </message>
        <message>
            <location filename="../../desk_app/reports/data.py" />
            <source>月份格式应为 2026-10（收到“{text}”）</source>
            <translation>The month should be written like 2026-10 (got "{text}")</translation>
        </message>
        <message>
            <location filename="../../desk_app/resources.py" />
            <source>找不到程序资源文件夹 resources（已查找：{tried}）</source>
            <translation>Cannot find the program's resources folder (looked in: {tried})</translation>
        </message>
        <message>
            <location filename="../../desk_app/screens/base.py" />
            <location filename="../../desk_app/screens/rectification_notices.py" />
            <source>这条记录刚被其他人修改过，本次保存未生效</source>
            <translation>Someone else has just changed this record; this save did not take effect</translation>
        </message>
        <message>
            <location filename="../../desk_app/screens/client_archive.py" />
            <source>入住日期“{text}”不是日期（例：2019-05-01）</source>
            <translation>Move-in date “{text}” is not a date (e.g. 2019-05-01)</translation>
        </message>
        <message>
            <location filename="../../desk_app/screens/complaint_sheet.py" />
            <source>请选择处理人</source>
            <translation>Please choose the handler</translation>
        </message>
        <message>
            <location filename="../../desk_app/screens/complaint_sheet.py" />
            <source>请选择免回访原因</source>
            <translation>Please choose the reason for no callback</translation>
        </message>
        <message>
            <location filename="../../desk_app/screens/complaint_sheet.py" />
            <source>客户不愿接受回访（R12）</source>
            <translation>The client does not want callbacks (R12)</translation>
        </message>
        <message>
            <location filename="../../desk_app/screens/complaint_sheet.py" />
            <location filename="../../desk_app/services/clients.py" />
            <location filename="../../desk_app/services/dashboard.py" />
            <source>{category}</source>
            <translation>{category}</translation>
        </message>
        <message>
            <location filename="../../desk_app/screens/complaint_sheet.py" />
            <source>全部</source>
            <translation>All</translation>
        </message>
        <message>
            <location filename="../../desk_app/screens/complaint_sheet.py" />
            <source>未关闭</source>
            <translation>Not closed</translation>
        </message>
        <message>
            <location filename="../../desk_app/screens/complaint_sheet.py" />
            <source>（未分类）</source>
            <translation>(Unclassified)</translation>
        </message>
        <message>
            <location filename="../../desk_app/screens/complaint_sheet.py" />
            <source>重大投诉</source>
            <translation>Major complaints</translation>
        </message>
        <message>
            <location filename="../../desk_app/screens/complaint_sheet.py" />
            <location filename="../../desk_app/services/audit.py" />
            <source>编号</source>
            <translation>number</translation>
        </message>
        <message>
            <location filename="../../desk_app/screens/complaint_sheet.py" />
            <location filename="../../desk_app/services/deadlines.py" />
            <source>受理时间</source>
            <translation>Received</translation>
        </message>
        <message>
            <location filename="../../desk_app/screens/complaint_sheet.py" />
            <location filename="../../desk_app/services/audit.py" />
            <location filename="../../desk_app/services/community.py" />
            <location filename="../../desk_app/services/roster.py" />
            <source>房号</source>
            <translation>room</translation>
        </message>
        <message>
            <location filename="../../desk_app/screens/complaint_sheet.py" />
            <location filename="../../desk_app/services/audit.py" />
            <source>投诉人</source>
            <translation>Complainant</translation>
        </message>
        <message>
            <location filename="../../desk_app/screens/complaint_sheet.py" />
            <location filename="../../desk_app/services/audit.py" />
            <location filename="../../desk_app/services/worklog_command.py" />
            <source>渠道</source>
            <translation>channel</translation>
        </message>
        <message>
            <location filename="../../desk_app/screens/complaint_sheet.py" />
            <location filename="../../desk_app/services/audit.py" />
            <location filename="../../desk_app/services/worklog_command.py" />
            <source>类别</source>
            <translation>category</translation>
        </message>
        <message>
            <location filename="../../desk_app/screens/complaint_sheet.py" />
            <source>专业</source>
            <translation>Line</translation>
        </message>
        <message>
            <location filename="../../desk_app/screens/complaint_sheet.py" />
            <location filename="../../desk_app/services/audit.py" />
            <source>状态</source>
            <translation>status</translation>
        </message>
        <message>
            <location filename="../../desk_app/screens/complaint_sheet.py" />
            <source>程度</source>
            <translation>Severity</translation>
        </message>
        <message>
            <location filename="../../desk_app/screens/complaint_sheet.py" />
            <source>首次回应时限</source>
            <translation>First response due</translation>
        </message>
        <message>
            <location filename="../../desk_app/screens/complaint_sheet.py" />
            <source>逾期</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <location filename="../../desk_app/screens/complaint_sheet.py" />
            <source>任一时限逾期</source>
            <translation>Any deadline overdue</translation>
        </message>
        <message>
            <location filename="../../desk_app/screens/complaint_sheet.py" />
            <source>首次回应逾期</source>
            <translation>First response overdue</translation>
        </message>
        <message>
            <location filename="../../desk_app/screens/complaint_sheet.py" />
            <source>待指定专人</source>
            <translation>Awaiting a designated handler</translation>
        </message>
        <message>
            <location filename="../../desk_app/screens/complaint_sheet.py" />
            <source>进展通报逾期</source>
            <translation>Progress update overdue</translation>
        </message>
        <message>
            <location filename="../../desk_app/screens/complaint_sheet.py" />
            <source>知会地产公司逾期</source>
            <translation>Developer notice overdue</translation>
        </message>
        <message>
            <location filename="../../desk_app/screens/complaint_sheet.py" />
            <source>回访逾期</source>
            <translation>Callback overdue</translation>
        </message>
        <message>
            <location filename="../../desk_app/screens/complaint_sheet.py" />
            <source>顾客投诉处理记录</source>
            <translation>Customer complaint records</translation>
        </message>
        <message>
            <location filename="../../desk_app/screens/dispute_record.py" />
            <source>确定以“{status}”结案 {number} 吗？
处理结果：{outcome}</source>
            <translation>Close {number} as “{status}”?
Outcome: {outcome}</translation>
        </message>
        <message>
            <location filename="../../desk_app/screens/interview_plans.py" />
            <source>找不到访谈计划（编号 {number}），或已作废</source>
            <translation>Interview plan not found (no. {number}), or it was voided</translation>
        </message>
        <message>
            <location filename="../../desk_app/screens/interview_plans.py" />
            <location filename="../../desk_app/screens/interview_record.py" />
            <source>请选择访谈人</source>
            <translation>Please choose the interviewer</translation>
        </message>
        <message>
            <location filename="../../desk_app/screens/interview_record.py" />
            <location filename="../../desk_app/services/interviews.py" />
            <source>找不到访谈记录（编号 {interview_id}），或已作废</source>
            <translation>Interview not found (no. {interview_id}), or it has been voided</translation>
        </message>
        <message>
            <location filename="../../desk_app/screens/interview_record.py" />
            <source>请选择客户</source>
            <translation>Please choose the client</translation>
        </message>
        <message>
            <location filename="../../desk_app/screens/reception_books.py" />
            <location filename="../../desk_app/screens/rectification_notices.py" />
            <location filename="../../desk_app/screens/reminder_slips.py" />
            <source>已保存的登记不能改写；后续情况请用表单下方的按钮登记，写错的记录请作废后重新登记。</source>
            <translation>A saved entry cannot be rewritten; record what happened next with the buttons under the form, and void a wrong entry and register it again.</translation>
        </message>
        <message>
            <location filename="../../desk_app/screens/reception_books.py" />
            <location filename="../../desk_app/services/audit.py" />
            <location filename="../../desk_app/services/reception.py" />
            <source>访客登记</source>
            <translation>visitor record</translation>
        </message>
        <message>
            <location filename="../../desk_app/screens/reception_books.py" />
            <location filename="../../desk_app/services/audit.py" />
            <source>客户来函</source>
            <translation>Letter</translation>
        </message>
        <message>
            <location filename="../../desk_app/screens/reception_books.py" />
            <location filename="../../desk_app/services/reception.py" />
            <source>文件资料登记</source>
            <translation>document record</translation>
        </message>
        <message>
            <location filename="../../desk_app/screens/reception_books.py" />
            <location filename="../../desk_app/services/reception.py" />
            <source>媒体来访记录</source>
            <translation>media visit record</translation>
        </message>
        <message>
            <location filename="../../desk_app/screens/reception_books.py" />
            <source>收费记录</source>
            <translation>Fee records</translation>
        </message>
        <message>
            <location filename="../../desk_app/screens/reception_books.py" />
            <source>预约</source>
            <translation>Appointments</translation>
        </message>
        <message>
            <location filename="../../desk_app/screens/records.py" />
            <location filename="../../desk_app/services/audit.py" />
            <location filename="../../desk_app/services/records.py" />
            <source>找不到这条记录（编号 {record_id}）</source>
            <translation>Record (no. {record_id}) not found</translation>
        </message>
        <message>
            <location filename="../../desk_app/screens/records.py" />
            <source>请先在列表中选中要作废的记录</source>
            <translation>Select the record to void in the list first</translation>
        </message>
        <message>
            <location filename="../../desk_app/screens/rectification_notices.py" />
            <source>确认复查已整改？整改通知书将就此办结，不能撤回。</source>
            <translation>Confirm that the problem is rectified? The notice is then finished and this cannot be undone.</translation>
        </message>
        <message>
            <location filename="../../desk_app/screens/rectification_notices.py" />
            <source>确认将整改通知书 {number} 上报“{to}”？上报后不能撤回。</source>
            <translation>Report rectification notice {number} to “{to}”? This cannot be undone.</translation>
        </message>
        <message>
            <location filename="../../desk_app/screens/reminder_slips.py" />
            <source>温馨提示案件 {number} 还没有张贴过提示</source>
            <translation>No slips have been posted yet for reminder case {number}</translation>
        </message>
        <message>
            <location filename="../../desk_app/screens/reminder_slips.py" />
            <location filename="../../desk_app/services/reminder_cases.py" />
            <source>找不到温馨提示案件（编号 {case_id}），或已作废</source>
            <translation>Reminder case (no. {case_id}) not found, or it has been voided</translation>
        </message>
        <message>
            <location filename="../../desk_app/screens/reminder_slips.py" />
            <source>第{index}行请写成“物品名称和特征 / 存放地点”</source>
            <translation>Write line {index} as “name and description / where it is stored”</translation>
        </message>
        <message>
            <location filename="../../desk_app/screens/reminder_slips.py" />
            <source>清理物品的法律风险</source>
            <translation>Legal risk of clearing items</translation>
        </message>
        <message>
            <location filename="../../desk_app/screens/staff_accounts.py" />
            <source>两次输入的密码不一致</source>
            <translation>The two passwords differ</translation>
        </message>
        <message>
            <location filename="../../desk_app/screens/storage.py" />
            <source>读取失败：数据库暂时无法读取（{detail}），请稍后再试</source>
            <translation>Read failed: the database cannot be read at the moment ({detail}); please try again later</translation>
        </message>
        <message>
            <location filename="../../desk_app/screens/storage.py" />
            <source>保存失败：数据库暂时无法写入（{detail}），请稍后再试</source>
            <translation>Save failed: the database cannot be written at the moment ({detail}); please try again later</translation>
        </message>
        <message>
            <location filename="../../desk_app/screens/worklog.py" />
            <source>请选择留言给哪位同事</source>
            <translation>Please choose the colleague the message is for</translation>
        </message>
        <message>
            <location filename="../../desk_app/screens/worklog.py" />
            <source>请选择类别（按数字键 1–7）</source>
            <translation>Please choose a category (keys 1–7)</translation>
        </message>
        <message>
            <location filename="../../desk_app/screens/worklog.py" />
            <source>受理时间无效，请重新填写</source>
            <translation>The time received is not valid; please enter it again</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/accounts.py" />
            <source>登录名或密码不正确</source>
            <translation>Incorrect login or password</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/accounts.py" />
            <source>登录名或密码不正确（同一账号连续输错 {failures} 次将锁定 {minutes} 分钟）</source>
            <translation>Incorrect login or password ({failures} wrong attempts in a row lock the account for {minutes} minutes)</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/accounts.py" />
            <source>新密码至少需要 {minimum_password_length} 个字符</source>
            <translation>The new password must have at least {minimum_password_length} characters</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/accounts.py" />
            <source>新密码的开头和结尾不能是空格</source>
            <translation>The new password must not start or end with a space</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/accounts.py" />
            <source>新密码不能与登录名相同</source>
            <translation>The new password must not be the same as the login</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/accounts.py" />
            <source>请填写登录名</source>
            <translation>Please fill in the login</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/accounts.py" />
            <source>登录名不能超过 64 个字符</source>
            <translation>The login cannot be longer than 64 characters</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/accounts.py" />
            <source>密码连续输错 {lockout_failures} 次，账号已锁定，请于 {local:%H:%M} 以后再试，或请系统管理员重设密码</source>
            <translation>Wrong password {lockout_failures} times in a row: the account is locked; please try again after {local:%H:%M}, or ask the administrator to reset the password</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/accounts.py" />
            <source>找不到工作人员（编号 {staff_id}）</source>
            <translation>Staff member (no. {staff_id}) not found</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/accounts.py" />
            <source>管理工作人员账号</source>
            <translation>manage staff accounts</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/accounts.py" />
            <source>登录名“{text}”已被使用</source>
            <translation>The login "{text}" is already in use</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/accounts.py" />
            <source>请填写姓名</source>
            <translation>Please fill in the name</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/accounts.py" />
            <source>重设工作人员密码</source>
            <translation>reset staff passwords</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/accounts.py" />
            <source>停用工作人员账号</source>
            <translation>deactivate staff accounts</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/accounts.py" />
            <source>不能停用最后一个系统管理员账号</source>
            <translation>The last administrator account cannot be deactivated</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/accounts.py" />
            <source>不能停用自己正在使用的账号</source>
            <translation>You cannot deactivate the account you are using</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/accounts.py" />
            <source>修改工作人员账号</source>
            <translation>edit staff accounts</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/accounts.py" />
            <location filename="../../desk_app/services/staff_import.py" />
            <source>姓名不能超过 64 个字符</source>
            <translation>The name cannot be longer than 64 characters</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/accounts.py" />
            <source>这是最后一个在用的系统管理员账号，不能改为其他角色</source>
            <translation>This is the last active administrator account; its role cannot be changed</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/accounts.py" />
            <location filename="../../desk_app/services/departments.py" />
            <location filename="../../desk_app/services/dispatch.py" />
            <location filename="../../desk_app/services/reception.py" />
            <source>找不到部门（编号 {department_id}）</source>
            <translation>Department (no. {department_id}) not found</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/accounts.py" />
            <source>籍贯不能超过 64 个字符</source>
            <translation>The hometown cannot be longer than 64 characters</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/accounts.py" />
            <source>电话不能超过 32 个字符</source>
            <translation>The phone number cannot be longer than 32 characters</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/accounts.py" />
            <source>启用工作人员账号</source>
            <translation>reactivate staff accounts</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/accounts.py" />
            <source>解除账号锁定</source>
            <translation>unlock accounts</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/accounts.py" />
            <source>查看工作人员账号</source>
            <translation>view staff accounts</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/accounts.py" />
            <source>这个账号还没有设置密码，请系统管理员先设置密码</source>
            <translation>This account has no password yet; please ask the administrator to set one first</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/accounts.py" />
            <source>密码连续输错 {lockout_failures} 次，账号锁定 {lockout_minutes} 分钟</source>
            <translation>Wrong password {lockout_failures} times in a row: the account is locked for {lockout_minutes} minutes</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/accounts.py" />
            <source>这个账号已停用，请联系系统管理员</source>
            <translation>This account has been deactivated; please contact the administrator</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/accounts.py" />
            <source>只能修改自己的密码；他人的密码请系统管理员重设</source>
            <translation>You can only change your own password; the system administrator resets other people's passwords</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/accounts.py" />
            <source>原密码不正确</source>
            <translation>The current password is incorrect</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/accounts.py" />
            <source>新密码不能与原密码相同</source>
            <translation>The new password must not be the same as the old one</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/attachments.py" />
            <source>JPEG、PNG 照片或 PDF 扫描件</source>
            <translation>a JPEG or PNG photo or a PDF scan</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/attachments.py" />
            <source>这类记录不能添加附件：{kind}</source>
            <translation>This kind of record cannot have attachments: {kind}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/attachments.py" />
            <source>找不到要添加附件的记录（编号 {owner_id}），或已作废</source>
            <translation>The record to attach to (no. {owner_id}) was not found, or it has been voided</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/attachments.py" />
            <source>附件没有文件名</source>
            <translation>The attachment has no file name</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/attachments.py" />
            <source>照片“{name}”有 {width}×{height} 像素，太大（最多 {limit} 万像素）</source>
            <translation>Photo “{name}” has {width}×{height} pixels: too large (at most {limit} × 10,000 pixels)</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/attachments.py" />
            <source>照片“{name}”像素太多（最多 {limit} 万像素）</source>
            <translation>Photo “{name}” has too many pixels (at most {limit} × 10,000)</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/attachments.py" />
            <source>照片“{name}”已损坏或不完整，无法打开，请重新拍摄或导出后再添加</source>
            <translation>Photo “{name}” is damaged or incomplete and cannot be opened; take or export it again, then add it</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/attachments.py" />
            <source>PDF“{name}”设有密码，请去掉密码后再添加</source>
            <translation>PDF “{name}” is password-protected; remove the password, then add it</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/attachments.py" />
            <source>PDF“{name}”已损坏，无法打开</source>
            <translation>PDF “{name}” is damaged and cannot be opened</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/attachments.py" />
            <source>PDF“{name}”没有页面</source>
            <translation>PDF “{name}” has no pages</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/attachments.py" />
            <source>文件“{name}”是空的</source>
            <translation>File “{name}” is empty</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/attachments.py" />
            <source>文件“{name}”有 {size}，超过 {limit} MB 的上限；请压缩照片或分开扫描</source>
            <translation>File “{name}” is {size}, over the limit of {limit} MB; please compress the photo or scan in parts</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/attachments.py" />
            <source>文件“{name}”不是 {accepted}（按文件内容判断，与扩展名无关）</source>
            <translation>File “{name}” is not {accepted} (judged by its contents, not its extension)</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/attachments.py" />
            <source>请先登录，再添加附件</source>
            <translation>Please sign in before adding attachments</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/attachments.py" />
            <source>文件“{name}”已作为“{same}”添加到这条记录，不再重复添加</source>
            <translation>File “{name}” is already attached to this record as “{same}”; it is not added twice</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/attachments.py" />
            <location filename="../../desk_app/services/audit.py" />
            <source>说明</source>
            <translation>caption</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/attachments.py" />
            <source>找不到文件“{path}”</source>
            <translation>File “{path}” not found</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/attachments.py" />
            <source>“{path}”是文件夹，不是文件</source>
            <translation>“{path}” is a folder, not a file</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/attachments.py" />
            <source>没有权限读取文件“{path}”</source>
            <translation>No permission to read the file “{path}”</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/attachments.py" />
            <source>无法读取文件“{path}”（错误代码 {code}）</source>
            <translation>Cannot read the file “{path}” (error code {code})</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/attachments.py" />
            <source>找不到附件（编号 {attachment_id}）</source>
            <translation>Attachment (no. {attachment_id}) not found</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/attachments.py" />
            <source>请先登录，再作废附件</source>
            <translation>Please sign in before voiding attachments</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/attachments.py" />
            <location filename="../../desk_app/services/audit.py" />
            <location filename="../../desk_app/services/complaints.py" />
            <location filename="../../desk_app/services/disputes.py" />
            <location filename="../../desk_app/services/interviews.py" />
            <location filename="../../desk_app/services/records.py" />
            <location filename="../../desk_app/services/rectification_notices.py" />
            <location filename="../../desk_app/services/reminder_cases.py" />
            <source>作废原因</source>
            <translation>reason for voiding</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/attachments.py" />
            <source>附件“{name}”已经作废</source>
            <translation>Attachment “{name}” has already been voided</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/attachments.py" />
            <source>附件“{name}”由他人添加，只有添加人或{allowed}可以作废</source>
            <translation>Attachment “{name}” was added by someone else; only the person who added it or {allowed} can void it</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/attachments.py" />
            <source>照片“{name}”是客户拒签的唯一取证照片，不能作废</source>
            <translation>Photo “{name}” is the only photo proving the client's refusal to sign; it cannot be voided</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <source>客户资料</source>
            <translation>Client card</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <source>客户房产</source>
            <translation>Client room</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <source>客户电话</source>
            <translation>Client phone</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <source>家庭成员</source>
            <translation>Family member</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <source>重要客户类别</source>
            <translation>Important-client category</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <source>工作记录</source>
            <translation>Work log</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <location filename="../../desk_app/services/incoming_call.py" />
            <location filename="../../desk_app/services/notifications.py" />
            <source>派工单</source>
            <translation>Dispatch slip</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <location filename="../../desk_app/services/clients.py" />
            <source>投诉</source>
            <translation>Complaint</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <source>投诉处理进展</source>
            <translation>Complaint progress</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <source>投诉状态变更</source>
            <translation>Complaint status change</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <source>投诉超时</source>
            <translation>Complaint breach</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <source>访谈记录</source>
            <translation>Interview</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <source>访谈计划</source>
            <translation>Interview plan</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <source>访谈计划对象</source>
            <translation>Interview plan target</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <source>邻里纠纷</source>
            <translation>Neighbour dispute</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <source>纠纷处理经过</source>
            <translation>Dispute step</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <source>整改通知书</source>
            <translation>Rectification notice</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <source>整改复查</source>
            <translation>Rectification check</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <source>温馨提示案件</source>
            <translation>Reminder case</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <source>温馨提示</source>
            <translation>Reminder slip</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <source>清理物品</source>
            <translation>Cleared item</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <source>文件资料收发</source>
            <translation>Document handover</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <source>媒体采访</source>
            <translation>Media visit</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <source>收费业务</source>
            <translation>Fee service</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <source>统一回复口径</source>
            <translation>Standard reply</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <source>禁用语</source>
            <translation>Forbidden phrase</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <source>日盘点</source>
            <translation>Daily tally</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <source>月度报告</source>
            <translation>Monthly report</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <source>系统设置</source>
            <translation>System settings</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <source>节假日设置</source>
            <translation>Holiday settings</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <source>工作人员</source>
            <translation>Staff</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <location filename="../../desk_app/services/setup_checklist.py" />
            <location filename="../../desk_app/services/staff_import.py" />
            <source>部门</source>
            <translation>Department</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <location filename="../../desk_app/services/community.py" />
            <source>片区</source>
            <translation>Area</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <location filename="../../desk_app/services/community.py" />
            <location filename="../../desk_app/services/roster.py" />
            <source>楼栋</source>
            <translation>Building</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <location filename="../../desk_app/services/community.py" />
            <source>房间</source>
            <translation>Room</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <source>数据库</source>
            <translation>Database</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <source>导出客户资料</source>
            <translation>export the client archive</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <source>查看全部操作日志</source>
            <translation>view the whole audit log</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <source>结束日期不能早于开始日期</source>
            <translation>The end date cannot be earlier than the start date</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <source>关系</source>
            <translation>Relation</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <source>摘要</source>
            <translation>summary</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <source>内容说明</source>
            <translation>description</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <location filename="../../desk_app/services/clients.py" />
            <source>备注</source>
            <translation>remarks</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <source>姓名</source>
            <translation>name</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <source>电话</source>
            <translation>phone</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <source>客户</source>
            <translation>client</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <source>创建时间</source>
            <translation>created at</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <source>创建人</source>
            <translation>created by</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <source>作废时间</source>
            <translation>voided at</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <source>作废人</source>
            <translation>voided by</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <source>接收时间</source>
            <translation>received at</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <source>期限</source>
            <translation>due</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <source>关闭时间</source>
            <translation>closed at</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <source>结果</source>
            <translation>result</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <source>来访人</source>
            <translation>visitor</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <source>来访人电话</source>
            <translation>visitor's phone</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <location filename="../../desk_app/services/reception.py" />
            <source>证件</source>
            <translation>ID document</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <source>人数</source>
            <translation>party size</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <source>被访房号</source>
            <translation>room visited</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <location filename="../../desk_app/services/reception.py" />
            <source>被访人</source>
            <translation>person visited</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <source>已联系被访人</source>
            <translation>host contacted</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <source>被访人同意</source>
            <translation>host agreed</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <location filename="../../desk_app/services/reception.py" />
            <source>来访事由</source>
            <translation>purpose of visit</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <location filename="../../desk_app/services/reception.py" />
            <source>到达时间</source>
            <translation>arrival time</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <location filename="../../desk_app/services/reception.py" />
            <source>离开时间</source>
            <translation>departure time</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <location filename="../../desk_app/services/reception.py" />
            <source>来函人</source>
            <translation>sender</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <source>处理情况</source>
            <translation>action taken</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <location filename="../../desk_app/services/centre.py" />
            <source>传真</source>
            <translation>fax</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <location filename="../../desk_app/services/reception.py" />
            <source>发件方</source>
            <translation>sender</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <location filename="../../desk_app/services/reception.py" />
            <source>收件方</source>
            <translation>recipient</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <source>收件人</source>
            <translation>addressee</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <source>收件房号</source>
            <translation>addressee room</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <location filename="../../desk_app/services/reception.py" />
            <source>收件人联系方式</source>
            <translation>recipient's contact details</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <source>交接时间</source>
            <translation>handed over at</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <location filename="../../desk_app/services/reception.py" />
            <source>签收人</source>
            <translation>signed for by</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <source>金额</source>
            <translation>amount</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <source>姓名拼音首字母</source>
            <translation>name initials (pinyin)</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <source>姓名拼音</source>
            <translation>Name in pinyin</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <source>排序用房号</source>
            <translation>room for sorting</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <source>是</source>
            <translation>Yes</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <source>否</source>
            <translation>No</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <source>系统</source>
            <translation>System</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <source>请先选择值班人员，再查看修改历史</source>
            <translation>Please choose the staff on duty before viewing the change history</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <source>{kind}·{field}</source>
            <translation>{kind} · {field}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <location filename="../../desk_app/services/deadlines.py" />
            <source>{label}：{value}</source>
            <translation>{label}: {value}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <source>；</source>
            <translation>; </translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit_verify.py" />
            <source>审计日志完整：已核对 {count} 条记录，哈希链无断点。</source>
            <translation>The audit log is intact: {count} records checked, the hash chain is unbroken.</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit_verify.py" />
            <source>内容被改动过（哈希不符）</source>
            <translation>the content was changed (hash mismatch)</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit_verify.py" />
            <source>之前的记录被删除（序号不连续）</source>
            <translation>earlier records were deleted (the sequence numbers skip)</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit_verify.py" />
            <source>不在哈希链中（可能是直接插入数据库的）</source>
            <translation>the record is not in the hash chain (perhaps inserted directly into the database)</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit_verify.py" />
            <source>链尾的记录被删除，或链头被改动</source>
            <translation>records at the end of the chain were deleted, or its start was changed</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit_verify.py" />
            <source>审计日志已被篡改：第 {index} 条起{reason}。</source>
            <translation>The audit log has been tampered with: from record {index} on, {reason}.</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit_verify.py" />
            <source>审计日志已被篡改：第一条有问题的记录是编号 {row_id}（链序号 {index}），{reason}。</source>
            <translation>The audit log has been tampered with: the first bad record is no. {row_id} (chain position {index}): {reason}.</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit_verify.py" />
            <location filename="../../desk_app/services/command_support.py" />
            <source>错误：{text}</source>
            <translation>Error: {text}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/backup.py" />
            <source>数据库文件不存在：{database}</source>
            <translation>Database file does not exist: {database}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/backup.py" />
            <source>备份文件已存在，不会覆盖：{path}</source>
            <translation>The backup file already exists and will not be overwritten: {path}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/backup.py" />
            <source>备份失败：{error}</source>
            <translation>Backup failed: {error}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/backup.py" />
            <source>找不到备份文件：{path}</source>
            <translation>Backup file not found: {path}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/backup.py" />
            <source>{name} 正在被其他程序写入，请先关闭使用它的程序再试</source>
            <translation>{name} is being written by another program; close that program first and try again</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/backup.py" />
            <source>无法读取 {name}：{error}</source>
            <translation>Cannot read {name}: {error}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/backup.py" />
            <source>{name} 不是有效的数据库文件（{error}）</source>
            <translation>{name} is not a valid database file ({error})</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/backup.py" />
            <source>{name} 已损坏（完整性检查：{items}）</source>
            <translation>{name} is damaged (integrity check: {items})</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/backup.py" />
            <source>{name} 不是前台 Desk 的数据库</source>
            <translation>{name} is not a 前台 Desk database</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/backup.py" />
            <source>{name} 的数据库结构版本记录有 {count} 条，无法判断版本</source>
            <translation>{name} has {count} schema version records; its version cannot be determined</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/backup.py" />
            <source>{name} 的数据库结构版本（{value}）本程序不认识：它可能来自更新版本的前台 Desk</source>
            <translation>This program does not recognise the database schema version of {name} ({value}): it may come from a newer version of 前台 Desk</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/backup.py" />
            <source>{name} 的数据表与前台 Desk 不符（缺少：{missing}；多出：{extra}）</source>
            <translation>The tables of {name} do not match 前台 Desk (missing: {missing}; extra: {extra})</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/backup.py" />
            <source>{name} 的数据表 {table} 缺少字段：{columns}</source>
            <translation>Table {table} of {name} lacks columns: {columns}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/backup.py" />
            <source>{name} 有 {count} 处引用了不存在的记录（外键检查，第一处在 {table}）</source>
            <translation>{name} has {count} references to records that do not exist (foreign key check; the first in {table})</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/backup.py" />
            <source>{name} 不是完整的前台 Desk 数据库：无法升级到本程序的数据库结构（{kind}）</source>
            <translation>{name} is not a complete 前台 Desk database: it cannot be upgraded to this program's database structure ({kind})</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/backup.py" />
            <source>备份文件就是当前数据库本身，无需恢复</source>
            <translation>The backup file is the current database itself; there is nothing to restore</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/backup.py" />
            <source>数据库正在被其他程序使用，请关闭所有前台 Desk 窗口后再恢复</source>
            <translation>The database is in use by another program; please close all 前台 Desk windows before restoring</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/backup.py" />
            <source>当前数据库不是前台 Desk 的数据库，未做任何改动</source>
            <translation>The current database is not a 前台 Desk database; nothing was changed</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/backup.py" />
            <source>当前数据库缺少数据表 {table}，请先用本程序打开一次再恢复</source>
            <translation>The current database lacks the table {table}; open it once with this program, then restore</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/backup.py" />
            <source>恢复后的数据有引用不存在的记录，已撤销</source>
            <translation>The restored data refers to records that do not exist; the restore was undone</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/backup.py" />
            <source>恢复失败：{error}；当前数据库没有改动</source>
            <translation>Restore failed: {error}; the current database was not changed</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/backup.py" />
            <source>已备份到 {path}</source>
            <translation>Backed up to {path}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/backup.py" />
            <source>拒绝恢复：{error}。当前数据库没有任何改动。</source>
            <translation>Restore refused: {error}. The current database has not been changed.</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/backup.py" />
            <source>备份文件检查通过：{backup}（结构版本 {revision}，投诉 {complaints} 件）</source>
            <translation>Backup file checked: {backup} (schema version {revision}, {complaints} complaints)</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/backup.py" />
            <source>已取消，没有任何改动。</source>
            <translation>Cancelled; nothing has been changed.</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/backup.py" />
            <source>拒绝恢复：{error}。</source>
            <translation>Restore refused: {error}.</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/backup.py" />
            <source>已恢复。恢复前的数据库另存在 {safety}</source>
            <translation>Restored. The database as it was before the restore has been saved to {safety}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/calendar.py" />
            <source>上班时间 {work_start:%H:%M} 必须早于下班时间 {work_end:%H:%M}</source>
            <translation>The start time {work_start:%H:%M} must be earlier than the end time {work_end:%H:%M}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/calendar.py" />
            <source>工作时长不能为负数：{delta}</source>
            <translation>Working hours cannot be negative: {delta}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/calendar_admin.py" />
            <source>修改节假日设置</source>
            <translation>change the holiday settings</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/calendar_admin.py" />
            <source>修改工作时间</source>
            <translation>change the working hours</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/calendar_admin.py" />
            <location filename="../../desk_app/services/centre.py" />
            <source>修改系统设置</source>
            <translation>change the system settings</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/calendar_admin.py" />
            <location filename="../../desk_app/services/centre.py" />
            <source>系统设置在您打开之后已被其他人修改并保存，本次保存未生效</source>
            <translation>The settings were changed and saved by someone else after you opened them; this save did not take effect</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/calendar_admin.py" />
            <location filename="../../desk_app/services/centre.py" />
            <location filename="../../desk_app/services/setup_checklist.py" />
            <source>小区名称</source>
            <translation>community name</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/calendar_admin.py" />
            <source>下班时间必须晚于上班时间 {work_start:%H:%M}</source>
            <translation>The end time must be later than the start time {work_start:%H:%M}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/calendar_admin.py" />
            <source>处理进展告知间隔</source>
            <translation>the progress-update interval</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/calendar_admin.py" />
            <source>回访期限</source>
            <translation>the callback limit</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/calendar_admin.py" />
            <source>{what}应在 1 至 {max_interval_days} 个工作日之间</source>
            <translation>{what} must be between 1 and {max_interval_days} working days</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/caller_number.py" />
            <source>来电号码无效：“{text}”（应为 5–20 位数字，例如 13800138000）</source>
            <translation>Invalid caller number "{text}" (5–20 digits, e.g. 13800138000)</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/centre.py" />
            <location filename="../../desk_app/services/setup_checklist.py" />
            <source>物业服务中心署名</source>
            <translation>property service centre signatory</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/centre.py" />
            <source>居委会/社区工作站署名</source>
            <translation>residents' committee/community station signatory</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/centre.py" />
            <source>业委会署名</source>
            <translation>owners' committee signatory</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/centre.py" />
            <location filename="../../desk_app/services/setup_checklist.py" />
            <source>地产公司客户关系中心</source>
            <translation>developer's client relations centre</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/centre.py" />
            <source>投诉电话</source>
            <translation>complaint phone</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/centre.py" />
            <source>电子邮箱</source>
            <translation>e-mail</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/centre.py" />
            <source>网上投诉论坛地址</source>
            <translation>online complaint forum address</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/centre.py" />
            <source>邮件投递地址</source>
            <translation>postal address</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/centre.py" />
            <source>联系人</source>
            <translation>contact person</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/centre.py" />
            <source>到期前提醒（分钟，R23）</source>
            <translation>reminder lead time (minutes, R23)</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/centre.py" />
            <source>上报后跟进间隔（工作日，R23）</source>
            <translation>follow-up interval after reporting (working days, R23)</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/centre.py" />
            <source>派工单完成时限（工作小时，按专业，R20）</source>
            <translation>dispatch slip completion times (working hours, per business line, R20)</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/centre.py" />
            <source>{what}应为整数，收到“{text}”</source>
            <translation>The {what} should be a whole number, got “{text}”</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/centre.py" />
            <source>{what}应在 1 至 {most} 之间</source>
            <translation>The {what} should be between 1 and {most}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/centre.py" />
            <source>{what}应写作“维修=4，安全=2”（专业：{known}），收到“{item}”</source>
            <translation>Write the {what} as “维修=4，安全=2” (business lines: {known}), got “{item}”</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/centre.py" />
            <source>没有这个设置项：{key}</source>
            <translation>No such setting: {key}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/centre.py" />
            <location filename="../../desk_app/services/community.py" />
            <location filename="../../desk_app/services/text.py" />
            <source>{what}过长（最多 {limit} 个字）</source>
            <translation>Too long: {what} (at most {limit} characters)</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/centre.py" />
            <source>{what}只能填写数字、短横线和括号（如 027-8888 6666），收到“{text}”</source>
            <translation>The {what} may contain only digits, hyphens and brackets (e.g. 027-8888 6666), got “{text}”</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/centre.py" />
            <source>{what}格式不对（应如 kefu@example.com），收到“{text}”</source>
            <translation>The {what} is not in the right form (it should look like kefu@example.com), got “{text}”</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/centre.py" />
            <source>{what}只能填写一行</source>
            <translation>The {what} must be a single line</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/centre.py" />
            <source>业委会署名不能与居委会/社区工作站署名相同（高空抛物温馨提示须三方联合署名）</source>
            <translation>The owners' committee signatory cannot be the same as the residents' committee/community station signatory (slips about objects thrown from height are signed jointly by three parties)</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/centre.py" />
            <source>“{name}”与物业服务中心署名相同（高空抛物温馨提示须三方联合署名）</source>
            <translation>“{name}” is the same as the property service centre signatory (slips about objects thrown from height are signed jointly by three parties)</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/centre.py" />
            <source>工作时间（如 09:00-18:00）</source>
            <translation>working hours (e.g. 09:00-18:00)</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/centre.py" />
            <source>投诉进展告知间隔（工作日，R3）</source>
            <translation>complaint progress-update interval (working days, R3)</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/centre.py" />
            <source>回访期限（工作日，R6）</source>
            <translation>callback deadline (working days, R6)</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/centre.py" />
            <source>工作时间应写作 09:00-18:00，收到“{text}”</source>
            <translation>Write the working hours as 09:00-18:00, got “{text}”</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/centre.py" />
            <source>下班时间必须晚于上班时间 {start:%H:%M}</source>
            <translation>Work must end later than it begins ({start:%H:%M})</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/centre.py" />
            <source>{what}应在 1 至 {max_interval_days} 之间</source>
            <translation>The {what} should be between 1 and {max_interval_days}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/centre.py" />
            <source>没有这个设置项：{key}。可以设置的有：{known}</source>
            <translation>No such setting: {key}. Settings you can set: {known}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/centre.py" />
            <source>请填写小区名称</source>
            <translation>Please fill in the community name</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/centre.py" />
            <source>小区名称过长（最多 {limit} 个字）</source>
            <translation>The community name is too long (at most {limit} characters)</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/clients.py" />
            <source>入住日期 {move_in} 晚于今天 {today}</source>
            <translation>Move-in date {move_in} is later than today ({today})</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/clients.py" />
            <location filename="../../desk_app/services/disputes.py" />
            <location filename="../../desk_app/services/interviews.py" />
            <source>找不到客户（编号 {client_id}），或已作废</source>
            <translation>Client (no. {client_id}) not found, or it has been voided</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/clients.py" />
            <source>客户拒绝回访或访谈的原因</source>
            <translation>reason the client refuses callbacks or interviews</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/clients.py" />
            <source>（{day} 登记）</source>
            <translation> (recorded {day})</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/clients.py" />
            <source>，原因：{reason}</source>
            <translation>, reason: {reason}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/clients.py" />
            <source>客户 {name} 曾表示不愿接受回访或访谈{since}{because}。安排或记录访谈、回访前请先确认。</source>
            <translation>Client {name} has asked not to be called back or interviewed{since}{because}. Please check before planning or recording an interview or a callback.</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/clients.py" />
            <source>访谈（{form}）</source>
            <translation>Interview ({form})</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/clients.py" />
            <source>职业</source>
            <translation>occupation</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/clients.py" />
            <source>工作单位</source>
            <translation>workplace</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/clients.py" />
            <source>籍贯</source>
            <translation>hometown</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/clients.py" />
            <source>客户姓名</source>
            <translation>client name</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/clients.py" />
            <source>客户姓名含有无法保存的控制字符</source>
            <translation>The client name contains control characters that cannot be saved</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/clients.py" />
            <source>客户姓名“{text}”里没有文字，请填写姓名</source>
            <translation>The client name "{text}" contains no actual text; please fill in the name</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/clients.py" />
            <source>{what}“{value}”不是电话号码（只能填数字，可用 - 或空格分隔）</source>
            <translation>{what} "{value}" is not a phone number (digits only, optionally separated by - or spaces)</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/clients.py" />
            <source>{what}“{value}”应为 {low}–{high} 位数字</source>
            <translation>{what} "{value}" should have {low}–{high} digits</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/clients.py" />
            <source>电话 {value} 重复填写了</source>
            <translation>Phone number {value} has been entered more than once</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/clients.py" />
            <source>电话最多填 {max_phones} 个</source>
            <translation>You can enter at most {max_phones} phone numbers</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/clients.py" />
            <location filename="../../desk_app/services/references.py" />
            <source>请填写房号（如 3-2-1201）</source>
            <translation>Please fill in the room (e.g. 3-2-1201)</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/clients.py" />
            <source>房号最多填 {max_rooms} 个</source>
            <translation>At most {max_rooms} rooms</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/clients.py" />
            <source>入住日期 {value} 晚于今天，请核对</source>
            <translation>Move-in date {value} is after today, please check</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/clients.py" />
            <source>入住日期 {value} 早于 {year} 年，请核对</source>
            <translation>Move-in date {value} is before {year}, please check</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/clients.py" />
            <source>{where}：请填写姓名</source>
            <translation>{where}: please fill in the name</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/clients.py" />
            <source>{where}的电话</source>
            <translation>phone of {where}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/clients.py" />
            <source>{where}的关系</source>
            <translation>relationship of {where}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/clients.py" />
            <source>{where}的备注</source>
            <translation>notes on {where}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/clients.py" />
            <source>家庭成员最多填 {max_family} 人</source>
            <translation>At most {max_family} household members</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/command_support.py" />
            <source>无法打开数据库：{detail}</source>
            <translation>Cannot open the database: {detail}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/community.py" />
            <location filename="../../desk_app/services/text.py" />
            <source>请填写{what}</source>
            <translation>Please fill in {what}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/community.py" />
            <source>{what}“{text}”不能含有“-”或空格</source>
            <translation>“{text}” ({what}) cannot contain “-” or spaces</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/community.py" />
            <source>楼栋名称过长（最多 {limit} 个字）</source>
            <translation>The building name is too long (at most {limit} characters)</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/community.py" />
            <location filename="../../desk_app/services/roster.py" />
            <source>单元</source>
            <translation>unit</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/community.py" />
            <source>新增楼栋或房间</source>
            <translation>Add buildings or rooms</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/community.py" />
            <source>修改小区结构</source>
            <translation>change the community structure</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/community.py" />
            <source>找不到{what}（编号 {record_id}）</source>
            <translation>{what} (no. {record_id}) not found</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/community.py" />
            <source>请填写片区名称</source>
            <translation>Please fill in the area name</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/community.py" />
            <source>片区名称过长（最多 {limit} 个字）</source>
            <translation>The area name is too long (at most {limit} characters)</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/community.py" />
            <source>已有名为“{name}”的片区</source>
            <translation>There is already an area named “{name}”</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/community.py" />
            <source>找不到在岗的片区管家（编号 {staff_id}）</source>
            <translation>Active area butler (no. {staff_id}) not found</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/community.py" />
            <source>请填写作废原因</source>
            <translation>Please fill in the reason for voiding</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/community.py" />
            <source>片区“{name}”下还有 {count} 栋楼，不能删除，只能作废</source>
            <translation>Area “{name}” still has {count} buildings: it cannot be deleted, only voided</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/community.py" />
            <source>找不到片区（编号 {area_id}）</source>
            <translation>Area (no. {area_id}) not found</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/community.py" />
            <source>片区“{name}”已作废</source>
            <translation>Area “{name}” has been voided</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/community.py" />
            <source>楼栋编号</source>
            <translation>building code</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/community.py" />
            <source>已有编号为 {code} 的楼栋</source>
            <translation>There is already a building with the code {code}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/community.py" />
            <source>楼栋 {code} 的房间已有 {count} 条记录引用，不能删除，只能作废</source>
            <translation>{count} records refer to rooms of building {code}: it cannot be deleted, only voided</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/community.py" />
            <source>楼层应在 1 至 {limit} 之间（收到 {value}）</source>
            <translation>The floor should be between 1 and {limit} (got {value})</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/community.py" />
            <source>面积应大于 0 且小于 100000 平方米（收到 {value}）</source>
            <translation>The area should be more than 0 and less than 100000 m² (got {value})</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/community.py" />
            <source>楼栋 {code} 已作废</source>
            <translation>Building {code} has been voided</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/community.py" />
            <source>房号 {code} 已存在</source>
            <translation>Room {code} already exists</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/community.py" />
            <source>楼栋 {code} 已作废，请先恢复楼栋</source>
            <translation>Building {code} has been voided; restore the building first</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/community.py" />
            <source>房号 {code} 已有 {count} 条记录引用，不能删除，只能作废</source>
            <translation>{count} records refer to room {code}: it cannot be deleted, only voided</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/community.py" />
            <source>未分片区</source>
            <translation>No area</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/community.py" />
            <source>{what}“{piece}”的范围应从小到大</source>
            <translation>The range “{piece}” ({what}) should go from low to high</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/community.py" />
            <source>{what}“{piece}”的范围太大</source>
            <translation>The range “{piece}” ({what}) is too large</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/community.py" />
            <source>{what}“{piece}”无法识别（例：1-20 或 1,3,5-7）</source>
            <translation>“{piece}” ({what}) is not recognised (e.g. 1-20 or 1,3,5-7)</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/community.py" />
            <source>{what}“{piece}”不是数字</source>
            <translation>“{piece}” ({what}) is not a number</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/community.py" />
            <source>请填写{what}（例：1-20 或 1,3,5-7）</source>
            <translation>Please fill in {what} (e.g. 1-20 or 1,3,5-7)</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/community.py" />
            <source>{what}应在 1 至 {limit} 之间（收到 {value}）</source>
            <translation>The {what} should be between 1 and {limit} (got {value})</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/community.py" />
            <source>楼层</source>
            <translation>floor</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/community.py" />
            <source>跳过的楼层</source>
            <translation>skipped floors</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/community.py" />
            <source>跳过这些楼层后没有剩下任何楼层</source>
            <translation>Skipping these floors leaves no floors at all</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/community.py" />
            <source>每层户数应在 1 至 {limit} 之间（收到 {value}）</source>
            <translation>Rooms per floor should be between 1 and {limit} (got {value})</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/community.py" />
            <source>一次最多生成 {limit} 间房（这个计划有 {count} 间），请分批生成</source>
            <translation>At most {limit} rooms can be generated at a time (this plan has {count}); please generate them in batches</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/community.py" />
            <source>楼栋 {code} 已作废，请先恢复</source>
            <translation>Building {code} has been voided; restore it first</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/complaints.py" />
            <source>客户 {name} 曾表示不愿接受回访或访谈，原因：{reason}。确认仍要记录吗？</source>
            <translation>Client {name} has asked not to be called back or interviewed, reason: {reason}. Record it anyway?</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/complaints.py" />
            <source>客户 {name} 曾表示不愿接受回访或访谈。确认仍要记录吗？</source>
            <translation>Client {name} has asked not to be called back or interviewed. Record it anyway?</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/complaints.py" />
            <source>找不到投诉记录（编号 {complaint_id}），或已作废</source>
            <translation>Complaint not found (no. {complaint_id}), or it has been voided</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/complaints.py" />
            <source>投诉 {number} 当前状态为“{status}”，不能{action}</source>
            <translation>Complaint {number} is "{status}", so you cannot {action}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/complaints.py" />
            <source>投诉 {number} 已回帖</source>
            <translation>The reply to complaint {number} has already been posted</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/complaints.py" />
            <source>投诉 {number} 已有首次回应</source>
            <translation>Complaint {number} already has a first response</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/complaints.py" />
            <source>网络回帖须由部门负责人审批</source>
            <translation>A web reply must be approved by a department head</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/complaints.py" />
            <source>请先拟写回帖内容</source>
            <translation>Draft the reply text first</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/complaints.py" />
            <source>回帖内容尚未经部门负责人审批</source>
            <translation>The reply has not yet been approved by a department head</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/complaints.py" />
            <source>只有网络/论坛投诉需要回帖审批</source>
            <translation>Only web/forum complaints need reply approval</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/complaints.py" />
            <source>网络投诉的回帖须先拟稿，经部门负责人审批后再回帖（拟稿 → 审批 → 回帖）</source>
            <translation>A reply to a web complaint must first be drafted and approved by a department head, then posted (draft → approve → post)</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/complaints.py" />
            <source>只有网络/论坛投诉才记录跟帖数</source>
            <translation>Web replies are only recorded for web/forum complaints</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/complaints.py" />
            <source>只有二类投诉需要知会地产公司客户关系中心</source>
            <translation>Only class 2 complaints need a notice to the developer's client relations centre</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/complaints.py" />
            <source>投诉 {number} 的知会函已于之前发出</source>
            <translation>The developer notice for complaint {number} has already been sent</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/complaints.py" />
            <source>请先确定投诉类别（一类/二类/三类）</source>
            <translation>Please set the complaint class first (class 1/2/3)</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/complaints.py" />
            <source>请先选择投诉所属专业</source>
            <translation>Please choose the complaint's business line first</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/complaints.py" />
            <source>请先确定投诉的最终原因（人机料法环）</source>
            <translation>Please set the complaint's root cause first (man/machine/material/method/environment)</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/complaints.py" />
            <source>验证人不能为空：请以本人账号登录后验证</source>
            <translation>A verifier is required: please sign in with your own account to verify</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/complaints.py" />
            <source>投诉 {number} 当前状态为“{status}”，只有已解决的投诉才能验证</source>
            <translation>Complaint {number} is "{status}", only solved complaints can be verified</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/complaints.py" />
            <source>只有已解决的投诉才能登记免回访</source>
            <translation>No callback can be recorded only for solved complaints</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/complaints.py" />
            <source>本投诉不符合任何免回访条件</source>
            <translation>This complaint meets none of the conditions for no callback</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/complaints.py" />
            <source>投诉 {number} 当前状态为“{status}”，回访须在验证合格之后</source>
            <translation>Complaint {number} is "{status}", a callback can only follow verification</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/complaints.py" />
            <source>关闭投诉须先解决并验证合格（R5），再经回访或免回访</source>
            <translation>To close a complaint it must first be solved and verified (R5), then have a callback or be marked as needing no callback</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/complaints.py" />
            <source>关闭投诉须回访满意，或登记免回访原因</source>
            <translation>To close a complaint it needs a satisfied callback, or a recorded reason for no callback</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/complaints.py" />
            <source>免回访的投诉须在解决七日后（{due:%Y-%m-%d %H:%M}）确认客户未再投诉，方可关闭</source>
            <translation>A complaint without a callback can be closed only 7 days after it was solved ({due:%Y-%m-%d %H:%M}), once it is confirmed the client has not complained again</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/complaints.py" />
            <source>七日内同一客户就同一专业再次投诉（{number}），须重新处理，不能关闭</source>
            <translation>The same client complained again about the same line within seven days ({number}): it must be handled again and cannot be closed</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/complaints.py" />
            <source>投诉 {number} 仍在处理中，无需重新打开</source>
            <translation>Complaint {number} is still being handled, no need to reopen it</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/complaints.py" />
            <source>指定投诉处理专人</source>
            <translation>designate a complaint handler</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/complaints.py" />
            <source>投诉 {number} 已关闭，不能再修改</source>
            <translation>Complaint {number} is closed and can no longer be changed</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/complaints.py" />
            <source>投诉 {number} 已关闭，不能重新分类</source>
            <translation>Complaint {number} is closed and cannot be reclassified</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/complaints.py" />
            <source>记录首次回应</source>
            <translation>record the first response</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/complaints.py" />
            <source>拟稿</source>
            <translation>draft the reply</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/complaints.py" />
            <source>审批回帖</source>
            <translation>approve the reply</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/complaints.py" />
            <source>回帖</source>
            <translation>post the reply</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/complaints.py" />
            <source>指定处理人</source>
            <translation>designate a handler</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/complaints.py" />
            <source>投诉 {number} 已关闭，不能再记录进展</source>
            <translation>Complaint {number} is closed, no more progress can be recorded</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/complaints.py" />
            <source>登记处理结果</source>
            <translation>record the result</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/complaints.py" />
            <source>投诉 {number} 已关闭</source>
            <translation>Complaint {number} is closed</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/complaints.py" />
            <source>受理时间 {received:%Y-%m-%d %H:%M} 晚于现在，请检查</source>
            <translation>Received at {received:%Y-%m-%d %H:%M} is later than now, please check</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/complaints.py" />
            <location filename="../../desk_app/services/reception.py" />
            <location filename="../../desk_app/services/rectification_notices.py" />
            <location filename="../../desk_app/services/worklog.py" />
            <source>找不到客户（编号 {client_id}）</source>
            <translation>Client not found (no. {client_id})</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/complaints.py" />
            <source>投诉内容</source>
            <translation>complaint details</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/complaints.py" />
            <source>网络帖子链接</source>
            <translation>web post link</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/complaints.py" />
            <source>请选择客户，或填写投诉人姓名或电话</source>
            <translation>Please choose a client, or fill in the complainant's name or phone</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/complaints.py" />
            <source>该客户已是本投诉的投诉人；同一人再次投诉同一事件请记为投诉次数</source>
            <translation>This client is already a complainant on this complaint; when the same person complains again about the same matter, add to the number of times instead</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/complaints.py" />
            <source>跟帖数必须是正整数（收到 {posts}）</source>
            <translation>The number of web replies must be a positive whole number (got {posts})</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/complaints.py" />
            <source>负责协调的外部单位</source>
            <translation>external body coordinating it</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/complaints.py" />
            <source>外部单位的报告</source>
            <translation>external body's report</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/complaints.py" />
            <source>过激行为风险说明</source>
            <translation>note on the risk of extreme behaviour</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/complaints.py" />
            <source>回应内容</source>
            <translation>response text</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/complaints.py" />
            <source>回帖内容（须包含具体措施）</source>
            <translation>reply text (must state concrete measures)</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/complaints.py" />
            <location filename="../../desk_app/services/disputes.py" />
            <source>找不到在职员工（编号 {handler_id}）</source>
            <translation>Active staff member not found (no. {handler_id})</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/complaints.py" />
            <source>处理进展</source>
            <translation>progress</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/complaints.py" />
            <source>发送方式（书面/邮件）</source>
            <translation>how it was sent (in writing/e-mail)</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/complaints.py" />
            <location filename="../../desk_app/services/disputes.py" />
            <source>处理结果</source>
            <translation>result</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/complaints.py" />
            <source>本投诉不符合免回访条件“{reason}”</source>
            <translation>This complaint does not meet the no-callback condition "{reason}"</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/complaints.py" />
            <location filename="../../desk_app/services/disputes.py" />
            <source>重新处理的原因</source>
            <translation>reason for reopening</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/complaints.py" />
            <source>作废投诉记录</source>
            <translation>void complaint records</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/context.py" />
            <source>找不到当前操作人员（编号 {actor_id}）</source>
            <translation>Current operator not found (no. {actor_id})</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/context.py" />
            <source>账号“{name}”已停用，不能再办理任何事项；请换人登录</source>
            <translation>The account “{name}” is deactivated and can no longer do anything; please sign in as someone else</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/context.py" />
            <location filename="../../desk_app/services/guards.py" />
            <source>只有{allowed}可以{action}</source>
            <translation>Only {allowed} can {action}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/dashboard.py" />
            <source>未分类</source>
            <translation>Unclassified</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/dashboard.py" />
            <source>未定根因</source>
            <translation>No root cause yet</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/dashboard.py" />
            <source>{room} {issue}，逾期 {days} 天</source>
            <translation>{room} {issue}, {days} days overdue</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/dashboard.py" />
            <source>{issue}，逾期 {days} 天</source>
            <translation>{issue}, {days} days overdue</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/dashboard.py" />
            <source>{kind} {location}：{due}（已贴 {posted} 张）</source>
            <translation>{kind} {location}: {due} ({posted} posted)</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/dashboard.py" />
            <source>日盘点未确认</source>
            <translation>Daily tally not confirmed</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/dashboard.py" />
            <source>{month:%Y年%m月} {kind}</source>
            <translation>{month:%Y-%m} {kind}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/dashboard.py" />
            <source>{role}：已访谈 {done} / {quota}，差 {shortfall}</source>
            <translation>{role}: {done} / {quota} interviews, {shortfall} short</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/dashboard.py" />
            <source>{moved_in:%m月%d日}入住，逾期 {days} 天（{visited:%m月%d日}补访）</source>
            <translation>Moved in {moved_in:%d/%m}, {days} days overdue (visited late on {visited:%d/%m})</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/dashboard.py" />
            <source>{moved_in:%m月%d日}入住，逾期 {days} 天</source>
            <translation>Moved in {moved_in:%d/%m}, {days} days overdue</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/dashboard.py" />
            <source>{year} 年节假日日历未载入，暂按周一至周五计算</source>
            <translation>Holiday calendar for {year} not loaded; Monday to Friday are counted as working days for now</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/dashboard.py" />
            <source>主管看板  截至 {as_of:%Y-%m-%d %H:%M}</source>
            <translation>Supervisor dashboard  as of {as_of:%Y-%m-%d %H:%M}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/dashboard.py" />
            <source>--at 时间格式无法识别：{text}（例：2026-11-23T10:00）</source>
            <translation>--at time not recognised: {text} (e.g. 2026-11-23T10:00)</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/deadlines.py" />
            <source>周一</source>
            <translation>Mon</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/deadlines.py" />
            <source>周二</source>
            <translation>Tue</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/deadlines.py" />
            <source>周三</source>
            <translation>Wed</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/deadlines.py" />
            <source>周四</source>
            <translation>Thu</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/deadlines.py" />
            <source>周五</source>
            <translation>Fri</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/deadlines.py" />
            <source>周六</source>
            <translation>Sat</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/deadlines.py" />
            <source>周日</source>
            <translation>Sun</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/deadlines.py" />
            <source>{value:%Y-%m-%d} {weekday} {value:%H:%M}</source>
            <translation>{weekday} {value:%Y-%m-%d} {value:%H:%M}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/deadlines.py" />
            <source>{hours} 小时 {rest} 分</source>
            <translation>{hours} h {rest} min</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/deadlines.py" />
            <source>{hours} 小时</source>
            <translation>{hours} h</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/deadlines.py" />
            <source>受理时间：{value}（{channel}）</source>
            <translation>Received: {value} ({channel})</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/deadlines.py" />
            <source>受理时不在工作时间（{window}），从下一个工作时段开始计时：{value}</source>
            <translation>Received outside working hours ({window}); the clock starts with the next working period: {value}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/deadlines.py" />
            <source>网络投诉（R1w）：取“开始计时 + 4 小时”（{four_hours}）与当天下班时间（{day_end}）中较早者，回复须含具体措施</source>
            <translation>Web complaint (R1w): the earlier of "clock start + 4 hours" ({four_hours}) and the end of that working day ({day_end}); the reply must state concrete measures</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/deadlines.py" />
            <source>首次回应时限（R1）：1 个工作日 = {value}工作时间，只计 {window}</source>
            <translation>First-response limit (R1): 1 working day = {value} of working time, counting {window} only</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/deadlines.py" />
            <source>应于 {value} 前首次回应</source>
            <translation>First response due by {value}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/deadlines.py" />
            <source>{day:%m月%d日} {weekday} 计 {value}</source>
            <translation>{weekday} {day:%d/%m}: {value} counted</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/deadlines.py" />
            <source>{day:%m月%d日} {weekday} 非工作日，不计</source>
            <translation>{weekday} {day:%d/%m}: not a working day, not counted</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/deadlines.py" />
            <source>当时不在工作时间（{window}），从下一个工作时段开始计时：{value}</source>
            <translation>Outside working hours then ({window}); the clock starts with the next working period: {value}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/deadlines.py" />
            <source>{rule_text}：{days} 个工作日 = {value}工作时间，只计 {window}</source>
            <translation>{rule_text}: {days} working days = {value} of working time, counting {window} only</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/deadlines.py" />
            <source>应于 {value} 前{due_text}</source>
            <translation>Due by {value}: {due_text}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/deadlines.py" />
            <source>指定专人时限（R3）：受理后 1 个工作日内未解决的投诉须由主管或部门负责人指定专人</source>
            <translation>Designated-handler limit (R3): a complaint not resolved within 1 working day of receipt needs a handler designated by a supervisor or department head</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/deadlines.py" />
            <source>指定处理专人</source>
            <translation>designate a handler</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/deadlines.py" />
            <source>上次向客户通报进展（或受理、重新处理）时间</source>
            <translation>Client last told of progress (or received, or reopened)</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/deadlines.py" />
            <source>进展通报时限（R3）：处理中的投诉至少每 {working_days} 个工作日向客户通报一次进展</source>
            <translation>Progress-update limit (R3): the client hears of progress on an open complaint at least every {working_days} working days</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/deadlines.py" />
            <source>向客户通报进展</source>
            <translation>tell the client of progress</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/deadlines.py" />
            <source>定为二类投诉的时间</source>
            <translation>Classified as class 2</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/deadlines.py" />
            <source>知会地产公司时限（R4）：二类投诉须在定类后 1 个工作日内书面或邮件知会地产公司客户关系中心</source>
            <translation>Developer-notice limit (R4): the developer's customer-relations centre is told of a class 2 complaint in writing or by e-mail within 1 working day of classification</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/deadlines.py" />
            <source>发出知会函</source>
            <translation>send the developer notice</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/deadlines.py" />
            <source>验证合格时间</source>
            <translation>Verified</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/deadlines.py" />
            <source>回访时限（R6）：验证合格后 {working_days} 个工作日内回访客户</source>
            <translation>Callback limit (R6): call the client back within {working_days} working days of verification</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/deadlines.py" />
            <source>完成回访</source>
            <translation>complete the callback</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/deadlines.py" />
            <source>解决时间：{value}</source>
            <translation>Resolved: {value}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/deadlines.py" />
            <source>免回访的投诉（R6）在解决后 7 个自然日自动关闭（R7），节假日照计</source>
            <translation>A complaint exempt from callback (R6) closes automatically 7 calendar days after resolution (R7), holidays included</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/deadlines.py" />
            <source>若同一客户在这 7 天内就同一专业再次投诉，则重新处理而不关闭</source>
            <translation>If the same client complains again about the same line of business within these 7 days, it is reopened instead</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/deadlines.py" />
            <source>将于 {value} 自动关闭</source>
            <translation>Closes automatically at {value}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/decent_hours.py" />
            <source>{at:%H:%M} 早于 07:00</source>
            <translation>{at:%H:%M} is before 07:00</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/decent_hours.py" />
            <source>{at:%H:%M} 已过 22:00</source>
            <translation>{at:%H:%M} is past 22:00</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/decent_hours.py" />
            <source>{at:%H:%M} 是午休时间（12:00–14:00）</source>
            <translation>{at:%H:%M} is lunchtime (12:00–14:00)</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/decent_hours.py" />
            <source>{day:%Y-%m-%d} 是节假日</source>
            <translation>{day:%Y-%m-%d} is a holiday</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/decent_hours.py" />
            <source>现在致电客户不合适：{reason}。建议改发短信；如确需致电，请填写说明后再保存。</source>
            <translation>Not a good time to call the client: {reason}. Consider a text message instead; if you must call, fill in the reason before saving.</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/departments.py" />
            <source>部门名称</source>
            <translation>department name</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/departments.py" />
            <source>已有名为“{name}”的部门</source>
            <translation>There is already a department named “{name}”</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/departments.py" />
            <source>已有名为“{name}”的部门（已停用，可重新启用）</source>
            <translation>There is already a department named “{name}” (deactivated; it can be reactivated)</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/departments.py" />
            <source>新建部门</source>
            <translation>create departments</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/departments.py" />
            <source>修改部门名称</source>
            <translation>rename departments</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/departments.py" />
            <source>停用部门</source>
            <translation>deactivate departments</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/departments.py" />
            <source>启用部门</source>
            <translation>reactivate departments</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/dispatch.py" />
            <source>未设要求完成时间</source>
            <translation>No due time set</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/dispatch.py" />
            <source>要求完成 {due:%Y-%m-%d %H:%M}（手工指定）</source>
            <translation>Due {due:%Y-%m-%d %H:%M} (set by hand)</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/dispatch.py" />
            <source>要求完成 {due:%Y-%m-%d %H:%M}（紧急：派单后 1 小时，不论是否工作时间）</source>
            <translation>Due {due:%Y-%m-%d %H:%M} (urgent: 1 hour after dispatch, working hours or not)</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/dispatch.py" />
            <source>要求完成 {due:%Y-%m-%d %H:%M}（{line}：派单后 {hours} 个工作小时）</source>
            <translation>Due {due:%Y-%m-%d %H:%M} ({line}: {hours} working hours after dispatch)</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/dispatch.py" />
            <source>未分专业</source>
            <translation>No business line</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/dispatch.py" />
            <source>要求完成时间必须晚于派单时间</source>
            <translation>The due time must be after the dispatch time</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/dispatch.py" />
            <source>找不到接单人（员工编号 {staff_id}）</source>
            <translation>Assignee not found (staff no. {staff_id})</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/dispatch.py" />
            <source>{kind} {number} 已完成，不能再{action}</source>
            <translation>{kind} {number} is already done, so you can no longer {action}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/dispatch.py" />
            <source>{number} 已登记接单</source>
            <translation>{number} is already recorded as taken</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/dispatch.py" />
            <source>{number} 已登记到场</source>
            <translation>The arrival at {number} is already recorded</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/dispatch.py" />
            <source>{kind} {number} 已完成，不能重复登记完成</source>
            <translation>{kind} {number} is already done and cannot be marked done again</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/dispatch.py" />
            <source>{number} 尚未完成，回访须在完成之后</source>
            <translation>{number} is not done yet; the callback comes after completion</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/dispatch.py" />
            <source>{number} 已回访</source>
            <translation>The callback for {number} is already recorded</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/dispatch.py" />
            <source>已完成，免回访：{reason}</source>
            <translation>Done, no callback: {reason}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/dispatch.py" />
            <source>{kind} {number} 尚未完成，无需重新打开</source>
            <translation>{kind} {number} is not done yet, no need to reopen it</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/dispatch.py" />
            <source>改派</source>
            <translation>reassign it</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/dispatch.py" />
            <source>登记接单</source>
            <translation>record it as taken</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/dispatch.py" />
            <source>登记到场</source>
            <translation>record the arrival</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/dispatch.py" />
            <source>派工内容</source>
            <translation>work to do</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/dispatch.py" />
            <source>找不到派工单（编号 {slip_id}），或已作废</source>
            <translation>Dispatch slip (no. {slip_id}) not found, or it has been voided</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/dispatch.py" />
            <source>时间 {when:%Y-%m-%d %H:%M} 晚于现在，请检查</source>
            <translation>The time {when:%Y-%m-%d %H:%M} is in the future; please check it</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/dispatch.py" />
            <source>时间不能早于派单时间</source>
            <translation>The time cannot be before the dispatch time</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/dispatch.py" />
            <source>到场时间不能早于接单时间</source>
            <translation>The arrival time cannot be before the time the slip was taken</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/dispatch.py" />
            <source>完成情况</source>
            <translation>completion notes</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/dispatch.py" />
            <source>完成时间不能早于到场时间</source>
            <translation>The completion time cannot be before the arrival time</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/dispatch.py" />
            <source>所用材料</source>
            <translation>materials used</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/dispatch.py" />
            <source>自动判定：{reason}</source>
            <translation>Decided automatically: {reason}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/dispatch.py" />
            <source>回访意见</source>
            <translation>callback notes</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/dispatch.py" />
            <source>回访不满意（{form}）：{comments}</source>
            <translation>Dissatisfied at callback ({form}): {comments}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/dispatch.py" />
            <source>未填写意见</source>
            <translation>no comments given</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/dispatch.py" />
            <source>重新打开的原因</source>
            <translation>reason for reopening</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/dispatch.py" />
            <source>{stamp} 重新打开：{why}</source>
            <translation>{stamp} reopened: {why}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/dispatch.py" />
            <source>已回访（{verdict}）</source>
            <translation>Called back ({verdict})</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/dispatch.py" />
            <source>满意</source>
            <translation>satisfied</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/dispatch.py" />
            <source>不满意</source>
            <translation>dissatisfied</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/dispatch.py" />
            <source>已完成，回访逾期</source>
            <translation>Done, callback overdue</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/dispatch.py" />
            <source>已完成，待回访</source>
            <translation>Done, callback to make</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/dispatch.py" />
            <source>已到场</source>
            <translation>On site</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/dispatch.py" />
            <source>已接单</source>
            <translation>Taken</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/dispatch.py" />
            <source>待接单</source>
            <translation>Waiting to be taken</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/dispatch.py" />
            <source>{label}，已逾期</source>
            <translation>{label}, overdue</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/disputes.py" />
            <source>找不到邻里纠纷记录（编号 {dispute_id}），或已作废</source>
            <translation>Neighbour dispute not found (no. {dispute_id}), or it has been voided</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/disputes.py" />
            <source>纠纷 {number} 已结案（{status}），请先重新处理再记录经过</source>
            <translation>Dispute {number} is closed ({status}), please reopen it before recording steps</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/disputes.py" />
            <source>纠纷 {number} 已结案（{status}）</source>
            <translation>Dispute {number} is closed ({status})</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/disputes.py" />
            <source>结案前请至少记录一条处理经过（经过记录是中心已尽责的凭据）</source>
            <translation>Please record at least one handling step before closing (the steps are proof that the centre did its part)</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/disputes.py" />
            <source>本纠纷还没有处理经过，请先添加经过</source>
            <translation>This dispute has no handling steps yet; add one first</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/disputes.py" />
            <source>纠纷 {number} 仍在处理中，无需重新处理</source>
            <translation>Dispute {number} is still being handled, no need to reopen it</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/disputes.py" />
            <source>本纠纷还没有关联的温馨提示或整改通知书</source>
            <translation>This dispute has no linked reminder slip or rectification notice yet</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/disputes.py" />
            <source>作废邻里纠纷记录</source>
            <translation>void neighbour dispute records</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/disputes.py" />
            <source>时间 {local:%Y-%m-%d %H:%M} 晚于现在，请检查</source>
            <translation>Time {local:%Y-%m-%d %H:%M} is later than now, please check</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/disputes.py" />
            <source>纠纷类型“{value}”不是可选的值</source>
            <translation>Dispute type "{value}" is not one of the choices</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/disputes.py" />
            <source>参与单位应为多选列表</source>
            <translation>Bodies involved should be a multiple-choice list</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/disputes.py" />
            <source>参与单位“{value}”不是可选的值</source>
            <translation>Body involved "{value}" is not one of the choices</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/disputes.py" />
            <source>请填写投诉方房号（或选择投诉方客户）</source>
            <translation>Please fill in the complaining party's room (or choose the complaining party's client)</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/disputes.py" />
            <source>被投诉方房号与投诉方相同，请检查</source>
            <translation>The other party's room is the same as the complaining party's, please check</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/disputes.py" />
            <source>纠纷情况</source>
            <translation>dispute details</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/disputes.py" />
            <source>处理经过</source>
            <translation>handling step</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/disputes.py" />
            <source>找不到处理经过（编号 {step_id}）</source>
            <translation>Handling step not found (no. {step_id})</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/disputes.py" />
            <source>“{label}”已在参与单位中</source>
            <translation>"{label}" is already among the bodies involved</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/disputes.py" />
            <source>结案状态“{value}”不是可选的值</source>
            <translation>Closing status “{value}” is not one of the choices</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/disputes.py" />
            <source>结案状态应为“已解决”或“已移交”</source>
            <translation>The closing status must be "Resolved" or "Referred"</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/disputes.py" />
            <source>温馨提示或整改通知书编号</source>
            <translation>reminder slip or rectification notice number</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/disputes.py" />
            <source>编号 {number} 不是温馨提示（TX-…）或整改通知书（ZG-…）</source>
            <translation>{number} is not a reminder slip (TX-…) or a rectification notice (ZG-…)</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/disputes.py" />
            <source>找不到编号为 {number} 的记录，或已作废</source>
            <translation>No record numbered {number} was found, or it has been voided</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/disputes.py" />
            <source>{number} 已关联邻里纠纷 {other}，请先在那里取消关联</source>
            <translation>{number} is already linked to neighbour dispute {other}; unlink it there first</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/disputes.py" />
            <source>{number} 未关联本纠纷</source>
            <translation>{number} is not linked to this dispute</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/disputes.py" />
            <source>{issue} · 期限 {deadline:%Y-%m-%d}</source>
            <translation>{issue} · deadline {deadline:%Y-%m-%d}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/guards.py" />
            <source>这一步不适用于本记录</source>
            <translation>This step does not apply to this record</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/guards.py" />
            <source>请先登录，再{action}</source>
            <translation>Please sign in first, then {action}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/import_command.py" />
            <source>未导入的行（{count}）：</source>
            <translation>Rows not imported ({count}):</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/import_command.py" />
            <source>  第 {row} 行：{reason}</source>
            <translation>  Row {row}: {reason}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/import_command.py" />
            <source>警告（{count}）：</source>
            <translation>Warnings ({count}):</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/import_command.py" />
            <source>  第 {row} 行“{column}”：{reason}</source>
            <translation>  Row {row} “{column}”: {reason}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/import_command.py" />
            <source>无法导入：{error}。没有保存任何内容。</source>
            <translation>Cannot import: {error}. Nothing has been saved.</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/import_command.py" />
            <source>数据库错误，没有保存任何内容：{error}</source>
            <translation>Database error, nothing has been saved: {error}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/import_command.py" />
            <source>读取 {file}：表头在第 {header} 行，{rows} 行可导入</source>
            <translation>Read {file}: header in row {header}, {rows} rows can be imported</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/import_command.py" />
            <source>新建房间 {rooms} 间；新建客户 {created} 位，更新 {updated} 位，未变 {unchanged} 位</source>
            <translation>{rooms} rooms created; {created} clients created, {updated} updated, {unchanged} unchanged</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/import_command.py" />
            <source>（试运行：没有保存任何内容）</source>
            <translation>(Dry run: nothing has been saved)</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/import_command.py" />
            <source>新建账号 {count} 个（首次登录时必须修改初始密码）：</source>
            <translation>{count} accounts created (the initial password must be changed at the first sign-in):</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/import_command.py" />
            <source>  第 {row} 行  {name}  登录名 {login}  {role}  初始密码 {password}</source>
            <translation>  Row {row}  {name}  login {login}  {role}  initial password {password}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/import_command.py" />
            <source>（试运行，未生成）</source>
            <translation>(dry run, none made)</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/import_command.py" />
            <source>  第 {row} 行  {name}：登录名 {login} 已存在，未改动</source>
            <translation>  Row {row}  {name}: login {login} already exists, left unchanged</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/import_command.py" />
            <source>新建部门：{names}</source>
            <translation>Departments created: {names}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/import_command.py" />
            <source>无法写入 {path}：{error}</source>
            <translation>Cannot write {path}: {error}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/import_command.py" />
            <source>已导出 {count} 行到 {path}</source>
            <translation>{count} rows exported to {path}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/incoming_call.py" />
            <source>工作信息记录（{category}）</source>
            <translation>Work-log entry ({category})</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/incoming_call.py" />
            <source>投诉（{status}）</source>
            <translation>Complaint ({status})</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/interviews.py" />
            <location filename="../../desk_app/services/records.py" />
            <source>这条记录已经作废</source>
            <translation>This record has already been voided</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/interviews.py" />
            <source>作废访谈记录</source>
            <translation>void interview records</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/interviews.py" />
            <source>制定访谈计划</source>
            <translation>make interview plans</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/interviews.py" />
            <location filename="../../desk_app/services/records.py" />
            <source>作废记录</source>
            <translation>void records</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/interviews.py" />
            <source>{what}“{value}”不是可选的值</source>
            <translation>{what} "{value}" is not one of the choices</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/interviews.py" />
            <source>{what}应为多选列表</source>
            <translation>{what} should be a multiple-choice list</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/interviews.py" />
            <location filename="../../desk_app/services/reception.py" />
            <source>找不到员工（编号 {staff_id}）</source>
            <translation>Staff member not found (no. {staff_id})</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/interviews.py" />
            <source>{name}（{role}）不做客户访谈：访谈人须为{allowed}</source>
            <translation>{name} ({role}) does not do client interviews: the interviewer must be {allowed}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/interviews.py" />
            <source>请填写访谈日期</source>
            <translation>Please fill in the interview date</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/interviews.py" />
            <source>访谈日期 {interview_date} 晚于今天，请检查</source>
            <translation>Interview date {interview_date} is after today, please check</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/interviews.py" />
            <source>访谈形式</source>
            <translation>interview form</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/interviews.py" />
            <source>访谈主题</source>
            <translation>interview topics</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/interviews.py" />
            <source>请至少选择一个访谈主题</source>
            <translation>Please choose at least one interview topic</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/interviews.py" />
            <source>安全提示</source>
            <translation>safety advice</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/interviews.py" />
            <source>回访满意度</source>
            <translation>callback satisfaction</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/interviews.py" />
            <source>总体满意度</source>
            <translation>overall satisfaction</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/interviews.py" />
            <source>乔迁拜访须上门进行，并指导客户开通使用居家报警（勾选“开通居家报警”）</source>
            <translation>A move-in visit must be made at home, helping the client to enable and use the home alarm (tick “Enable the home alarm”)</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/interviews.py" />
            <source>客户 {name} 未登记入住日期，不能记为乔迁拜访</source>
            <translation>Client {name} has no move-in date recorded, so this cannot be a move-in visit</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/interviews.py" />
            <location filename="../../desk_app/services/promises.py" />
            <location filename="../../desk_app/services/reception.py" />
            <location filename="../../desk_app/services/worklog.py" />
            <source>找不到房号（编号 {room_id}）</source>
            <translation>Room not found (no. {room_id})</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/interviews.py" />
            <source>{name} 尚未独立上岗，访谈须有陪同人员，请填写陪同人</source>
            <translation>{name} is not yet cleared to work alone, so the interview needs an accompanying colleague; please fill in who</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/interviews.py" />
            <source>找不到陪同人（员工编号 {ident}）</source>
            <translation>Accompanying colleague not found (staff no. {ident})</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/interviews.py" />
            <source>陪同人不能是访谈人本人</source>
            <translation>The accompanying colleague cannot be the interviewer</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/interviews.py" />
            <source>陪同人 {name} 也尚未独立上岗</source>
            <translation>The accompanying colleague {name} is not cleared to work alone either</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/interviews.py" />
            <source>{name} 已停用，不能安排访谈</source>
            <translation>{name} has been deactivated, interviews cannot be planned</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/interviews.py" />
            <source>请至少选择一个访谈对象（客户或房号）</source>
            <translation>Please choose at least one interviewee (client or room)</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/notice_print.py" />
            <location filename="../../desk_app/services/rectification_notices.py" />
            <source>找不到整改通知书（编号 {notice_id}），或已作废</source>
            <translation>Cannot find the rectification notice (no. {notice_id}), or it has been voided</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/notifications.py" />
            <source>操作日志校验未通过：{text}</source>
            <translation>The audit log check failed: {text}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/notifications.py" />
            <source>留言：{caller} {what}</source>
            <translation>Message: {caller} {what}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/notifications.py" />
            <source>投诉来函 {letter} → 投诉 {number}：{text}</source>
            <translation>Complaint letter {letter} → complaint {number}: {text}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/notifications.py" />
            <source>群体投诉 {number}（{people} 人）：{text}</source>
            <translation>Group complaint {number} ({people} people): {text}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/notifications.py" />
            <source>重大投诉 {number}：{text}</source>
            <translation>Major complaint {number}: {text}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/notifications.py" />
            <source>过激行为风险 {number}：{note}</source>
            <translation>Risk of extreme behaviour {number}: {note}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/notifications.py" />
            <source>网络回帖待审批 {number}：{text}</source>
            <translation>Web reply awaiting approval {number}: {text}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/notifications.py" />
            <source>媒体 {outlet} {reporter}：{topic}</source>
            <translation>Media {outlet} {reporter}: {topic}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/notifications.py" />
            <source>{what}将于 {due:%m-%d %H:%M} 到期：{number}</source>
            <translation>{what} due at {due:%m-%d %H:%M}: {number}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/notifications.py" />
            <source>首次回应</source>
            <translation>First response</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/notifications.py" />
            <source>回访</source>
            <translation>Callback</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/notifications.py" />
            <source>答应客户的答复</source>
            <translation>Reply promised to a client</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/notifications.py" />
            <source>预约上门</source>
            <translation>Appointment</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/notifications.py" />
            <source>整改通知书 {number} 上报后 {days} 个工作日未跟进复查</source>
            <translation>Rectification notice {number}: no follow-up inspection {days} working days after it was reported</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/notifications.py" />
            <source>找不到这条通知（编号 {ident}）</source>
            <translation>Notification not found (no. {ident})</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/permissions.py" />
            <source>这项工作由程序自身在启动或定时执行，不能以个人账号执行</source>
            <translation>This work is done by the program itself at start-up or on schedule, not with a personal account</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/permissions.py" />
            <source>只能办理本人的事项（本人的密码、本人的通知）</source>
            <translation>Only one's own matters (one's own password, one's own notifications)</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/promises.py" />
            <source>请选择{what}</source>
            <translation>Please choose the {what}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/promises.py" />
            <source>找不到工作信息记录（编号 {entry_id}）</source>
            <translation>Cannot find the work-log entry (no. {entry_id})</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/promises.py" />
            <source>答复时间必须晚于受理时间</source>
            <translation>The reply time must be after the time received</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/promises.py" />
            <source>答复责任人</source>
            <translation>person who owes the reply</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/promises.py" />
            <source>{number} 没有约定答复时间</source>
            <translation>{number} has no promised reply time</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/promises.py" />
            <source>{number} 已答复</source>
            <translation>{number} has already been answered</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/promises.py" />
            <source>预约时间 {when:%Y-%m-%d %H:%M} 已过，请检查</source>
            <translation>The appointment time {when:%Y-%m-%d %H:%M} has passed; please check it</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/promises.py" />
            <source>赴约人</source>
            <translation>visiting staff member</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/promises.py" />
            <source>预约事项</source>
            <translation>purpose of the appointment</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/promises.py" />
            <location filename="../../desk_app/services/worklog.py" />
            <source>联系电话</source>
            <translation>contact phone</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/promises.py" />
            <source>找不到预约（编号 {ident}），或已作废</source>
            <translation>Appointment (no. {ident}) not found, or it has been voided</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/promises.py" />
            <source>预约 {number} 已是“{status}”</source>
            <translation>Appointment {number} is already “{status}”</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/promises.py" />
            <source>登记赴约</source>
            <translation>Record attendance</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/promises.py" />
            <source>取消预约</source>
            <translation>Cancel the appointment</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/promises.py" />
            <source>赴约情况</source>
            <translation>outcome of the visit</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/promises.py" />
            <source>取消原因</source>
            <translation>reason for cancelling</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/promises.py" />
            <source>答复 {who} · {what}</source>
            <translation>Reply to {who} · {what}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/promises.py" />
            <source>预约 {room} · {purpose}</source>
            <translation>Appointment {room} · {purpose}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reception.py" />
            <source>{what}无效：{value!r}</source>
            <translation>Invalid {what}: {value!r}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reception.py" />
            <source>{what} {local:%Y-%m-%d %H:%M} 晚于现在，请检查</source>
            <translation>{what} {local:%Y-%m-%d %H:%M} is later than now; please check</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reception.py" />
            <source>访客姓名</source>
            <translation>visitor's name</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reception.py" />
            <source>请填写被访房号或被访人</source>
            <translation>Please fill in the room visited or the person visited</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reception.py" />
            <source>来访人数须为整数</source>
            <translation>The number of visitors must be a whole number</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reception.py" />
            <source>来访人数至少为 1</source>
            <translation>The number of visitors must be at least 1</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reception.py" />
            <source>来访人数过多（最多 {max_party_size} 人），请检查</source>
            <translation>Too many visitors (at most {max_party_size}); please check</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reception.py" />
            <source>尚未联系被访人，不能登记其是否同意</source>
            <translation>The person visited has not been contacted yet, so whether they agree cannot be recorded</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reception.py" />
            <source>访客电话</source>
            <translation>visitor's phone</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reception.py" />
            <source>访客 {visitor_name} 已于 {value} 离开</source>
            <translation>Visitor {visitor_name} already left at {value}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reception.py" />
            <source>访客 {visitor_name} 的被访人已答复，不能重复登记</source>
            <translation>The host of visitor {visitor_name} has already answered; it cannot be recorded twice</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reception.py" />
            <source>访客 {visitor_name} 已于 {value} 登记离开，不能重复登记</source>
            <translation>Visitor {visitor_name} was already recorded as leaving at {value}; this cannot be recorded twice</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reception.py" />
            <source>登记被访人意见</source>
            <translation>Record the host's answer</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reception.py" />
            <source>登记访客离开</source>
            <translation>Record the visitor's departure</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reception.py" />
            <source>离开时间早于到达时间（{value}），请检查</source>
            <translation>The departure time is before the arrival time ({value}); please check</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reception.py" />
            <source>来函类别</source>
            <translation>letter type</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reception.py" />
            <source>来函内容摘要</source>
            <translation>summary of the letter</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reception.py" />
            <source>收函时间</source>
            <translation>time received</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reception.py" />
            <source>只有表扬信可以填写被表扬员工</source>
            <translation>Praised staff can only be given for a letter of praise</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reception.py" />
            <source>传真须登记收件人联系电话，以便电话确认</source>
            <translation>For a fax, record the recipient's phone number so that it can be confirmed by phone</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reception.py" />
            <source>文件资料内容</source>
            <translation>document contents</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reception.py" />
            <source>收件时间</source>
            <translation>time received</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reception.py" />
            <source>{number} 已于 {value} 由 {signed_by} 签收，不能重复签收</source>
            <translation>{number} was already signed for by {signed_by} at {value}; it cannot be signed for twice</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reception.py" />
            <source>登记签收</source>
            <translation>Record receipt</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reception.py" />
            <source>文件资料内容只向收件人本人、客服主管、部门负责人或系统管理员显示</source>
            <translation>Document contents are shown only to the recipient, the customer service supervisor, a department head or the administrator</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reception.py" />
            <source>联系方式</source>
            <translation>contact details</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reception.py" />
            <source>来访/来电时间</source>
            <translation>time of visit/call</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reception.py" />
            <source>媒体名称</source>
            <translation>media outlet</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reception.py" />
            <source>记者姓名</source>
            <translation>reporter's name</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reception.py" />
            <source>采访主题</source>
            <translation>interview subject</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reception.py" />
            <source>记者电话</source>
            <translation>reporter's phone</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reception.py" />
            <source>证件核验说明</source>
            <translation>note on the ID check</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reception.py" />
            <source>{number} 的提醒已由 {name} 于 {value} 确认</source>
            <translation>The alert for {number} was already acknowledged by {name} at {value}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reception.py" />
            <source>{number} 的提醒已于 {value} 确认</source>
            <translation>The alert for {number} was already acknowledged at {value}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reception.py" />
            <source>确认媒体来访提醒</source>
            <translation>acknowledge media alerts</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reception.py" />
            <source>处理意见</source>
            <translation>decision</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reception.py" />
            <source>请填写金额</source>
            <translation>Please fill in the amount</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reception.py" />
            <source>金额格式不正确：{text}（请填写数字，如 50 或 50.00）</source>
            <translation>Invalid amount: {text} (please enter a number, e.g. 50 or 50.00)</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reception.py" />
            <source>金额格式不正确：{text}</source>
            <translation>Invalid amount: {text}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reception.py" />
            <source>金额格式不正确</source>
            <translation>Invalid amount</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reception.py" />
            <source>金额须大于 0</source>
            <translation>The amount must be more than 0</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reception.py" />
            <source>金额须小于 1,000,000 元，请检查</source>
            <translation>The amount must be less than 1,000,000 yuan; please check</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reception.py" />
            <source>金额最多保留两位小数（角、分）</source>
            <translation>The amount can have at most two decimal places (jiao and fen)</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reception.py" />
            <source>收费项目</source>
            <translation>fee item</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reception.py" />
            <source>收据号</source>
            <translation>receipt number</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reception.py" />
            <source>收费说明</source>
            <translation>fee notes</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reception.py" />
            <source>收费项目为“其他”时请填写收费说明</source>
            <translation>Please fill in a description when the fee item is "Other"</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reception.py" />
            <source>收据号 {receipt} 已用于 {taken}，请检查</source>
            <translation>Receipt no. {receipt} is already used for {taken}; please check</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reception.py" />
            <source>收费时间</source>
            <translation>time paid</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reception.py" />
            <source>交款人</source>
            <translation>payer</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/records.py" />
            <source>请先选择值班人员，再作废记录</source>
            <translation>Please choose the staff on duty before voiding a record</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/records.py" />
            <source>其他人</source>
            <translation>someone else</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/records.py" />
            <source>这条记录在您打开之后已被{who}修改并保存，本次保存未生效</source>
            <translation>This record was changed and saved by {who} after you opened it; your changes were not saved</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/rectification_notices.py" />
            <source>整改通知书 {number} 已“{status}”，不能再登记送达</source>
            <translation>Rectification notice {number} is already "{status}"; delivery can no longer be recorded</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/rectification_notices.py" />
            <source>整改通知书 {number} 已登记送达结果“{service_result}”</source>
            <translation>Rectification notice {number} already has the delivery result "{service_result}"</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/rectification_notices.py" />
            <source>整改通知书 {number} 已整改完毕，无需复查</source>
            <translation>Rectification notice {number} has been rectified; no re-inspection is needed</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/rectification_notices.py" />
            <source>整改通知书 {number} 不能上报：{why}</source>
            <translation>Rectification notice {number} cannot be escalated: {why}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/rectification_notices.py" />
            <source>作废整改通知书</source>
            <translation>void rectification notices</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/rectification_notices.py" />
            <location filename="../../desk_app/services/reminder_cases.py" />
            <source>找不到房间（编号 {room_id}）</source>
            <translation>Room not found (no. {room_id})</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/rectification_notices.py" />
            <source>整改通知书必须写明整改期限</source>
            <translation>A rectification notice must give a deadline</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/rectification_notices.py" />
            <source>整改期限 {deadline:%Y-%m-%d} 早于今天（{current:%Y-%m-%d}）</source>
            <translation>The deadline {deadline:%Y-%m-%d} is before today ({current:%Y-%m-%d})</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/rectification_notices.py" />
            <source>存在的问题</source>
            <translation>problem</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/rectification_notices.py" />
            <source>整改要求</source>
            <translation>required rectification</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/rectification_notices.py" />
            <source>请选择送达结果：客户已签收或客户拒签</source>
            <translation>Please choose the delivery result: signed by the client or refused by the client</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/rectification_notices.py" />
            <source>客户拒签时须拍照取证（在“附件”中添加照片）或登记到场见证人</source>
            <translation>When the client refuses to sign, take a photo as evidence (add it under “Attachments”) or record a witness present</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/rectification_notices.py" />
            <source>照片路径不能超过 512 个字</source>
            <translation>The photo path cannot exceed 512 characters</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/rectification_notices.py" />
            <source>见证人不能超过 128 个字</source>
            <translation>The witness cannot exceed 128 characters</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/rectification_notices.py" />
            <source>复查情况</source>
            <translation>re-inspection findings</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/rectification_notices.py" />
            <source>上报单位</source>
            <translation>authority to report to</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/rectification_notices.py" />
            <source>上报单位不能超过 128 个字</source>
            <translation>The authority to report to cannot exceed 128 characters</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/rectification_notices.py" />
            <source>整改通知书 {number} 已整改完毕，无需打印逾期情况报告</source>
            <translation>Rectification notice {number} has already been rectified; no overdue report is needed</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/rectification_notices.py" />
            <source>整改通知书 {number} 的整改期限（{deadline}）尚未过，不能打印逾期情况报告</source>
            <translation>The rectification deadline of notice {number} ({deadline}) has not yet passed; the overdue report cannot be printed</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/references.py" />
            <location filename="../../desk_app/services/roster.py" />
            <source>房号 {code} 已作废</source>
            <translation>Room {code} has been voided</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/references.py" />
            <source>找不到房号 {typed}（请按 楼栋-单元-房号 填写，如 3-2-1201）</source>
            <translation>Cannot find room {typed} (enter it as building-unit-room, e.g. 3-2-1201)</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/references.py" />
            <source>房号 {typed} 不唯一，请按 楼栋-单元-房号 完整填写</source>
            <translation>Room {typed} is ambiguous; please enter it in full as building-unit-room</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/references.py" />
            <source>找不到{what}（编号 {record_id}），或已作废</source>
            <translation>Cannot find {what} (no. {record_id}), or it has been voided</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reminder_cases.py" />
            <source>高空抛物温馨提示须由三方联合署名，但设置中的署名单位有重复（{items}），请系统管理员修改设置</source>
            <translation>A slip about objects thrown from height must be signed jointly by three parties, but the signatories in the settings are duplicated ({items}), please ask the administrator to change the settings</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reminder_cases.py" />
            <source>待检查</source>
            <translation>To check</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reminder_cases.py" />
            <source>可清理</source>
            <translation>Can be cleared</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reminder_cases.py" />
            <source>三次提示无效，待转交处理</source>
            <translation>Three slips had no effect; to be passed on</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reminder_cases.py" />
            <source>检查间隔必须大于零</source>
            <translation>The check interval must be greater than zero</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reminder_cases.py" />
            <source>应为正整数（天），收到 {days!r}</source>
            <translation>Must be a positive whole number (days), got {days!r}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reminder_cases.py" />
            <source>每个案件最多张贴{max_slips}次温馨提示</source>
            <translation>At most {max_slips} reminder slips can be posted per case</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reminder_cases.py" />
            <source>提示内容</source>
            <translation>slip text</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reminder_cases.py" />
            <source>找不到温馨提示案件（编号 {repeat_of_case_id}）</source>
            <translation>Reminder case not found (no. {repeat_of_case_id})</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reminder_cases.py" />
            <source>案件 {number} 未经清理，不能作为再次违反当即清理的依据</source>
            <translation>Case {number} was never cleared, so it cannot justify clearing a repeat at once</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reminder_cases.py" />
            <source>请填写张贴地点（楼栋、单元、楼层或房号）</source>
            <translation>Please fill in where it is posted (building, unit, floor or room)</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reminder_cases.py" />
            <source>张贴地点不能超过 255 个字</source>
            <translation>Where it is posted cannot be longer than 255 characters</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reminder_cases.py" />
            <source>温馨提示案件 {number} 已“{status}”，不能再检查</source>
            <translation>Reminder case {number} is already "{status}" and cannot be checked again</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reminder_cases.py" />
            <source>案件 {number} 已可清理，不再张贴温馨提示：请确认清理，或在自行处理后登记</source>
            <translation>Case {number} may now be cleared, so no more reminder slips are posted: please confirm the clearance, or record that the resident dealt with it</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reminder_cases.py" />
            <source>案件 {number} 已张贴{max_slips}次温馨提示，不能再张贴第{value}次</source>
            <translation>Case {number} already has {max_slips} reminder slips, slip {value} cannot be posted</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reminder_cases.py" />
            <source>第{sequence}次温馨提示给出的期限未到（{due:%Y-%m-%d %H:%M}），不能张贴下一次提示</source>
            <translation>The deadline of reminder slip {sequence} has not passed yet ({due:%Y-%m-%d %H:%M}), the next slip cannot be posted</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reminder_cases.py" />
            <source>案件 {number} 不能清理物品：{why}</source>
            <translation>Items cannot be cleared for case {number}: {why}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reminder_cases.py" />
            <source>只有楼道堆物可以清理</source>
            <translation>Only items left in a corridor can be cleared</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reminder_cases.py" />
            <source>清理须由本人账号登录后确认</source>
            <translation>Clearing must be confirmed by someone logged in with their own account</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reminder_cases.py" />
            <source>案件 {number} 当前为“{status}”，只有三次提示均无效的案件才能这样结案</source>
            <translation>Case {number} is "{status}"; only cases where all three reminder slips had no effect can be closed this way</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reminder_cases.py" />
            <source>案件 {number} 没有待认领的清理物品</source>
            <translation>Case {number} has no cleared items waiting to be claimed</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reminder_cases.py" />
            <source>作废温馨提示案件</source>
            <translation>void reminder cases</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reminder_cases.py" />
            <source>请至少登记一件清理的物品</source>
            <translation>Please record at least one cleared item</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reminder_cases.py" />
            <source>第{index}件物品的名称和特征</source>
            <translation>name and description of item {index}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reminder_cases.py" />
            <source>第{index}件物品的存放地点</source>
            <translation>storage place of item {index}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reminder_cases.py" />
            <source>第{index}件物品的存放地点不能超过 128 个字</source>
            <translation>The storage place of item {index} cannot exceed 128 characters</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reminder_cases.py" />
            <source>后续处理情况（如已转邻里纠纷处理、已发整改通知书）</source>
            <translation>follow-up (e.g. referred as a neighbour dispute, rectification notice issued)</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reminder_cases.py" />
            <source>物品编号</source>
            <translation>item number</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reminder_cases.py" />
            <source>找不到编号为 {number} 的清理物品</source>
            <translation>Cannot find cleared item {number}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reminder_cases.py" />
            <source>找不到清理物品（编号 {item_id}）</source>
            <translation>Cannot find the cleared item (no. {item_id})</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reminder_cases.py" />
            <source>物品 {item_number} 已于 {claimed:%Y-%m-%d %H:%M} 由 {claimant_name} 签字领回</source>
            <translation>Item {item_number} was already claimed and signed for by {claimant_name} at {claimed:%Y-%m-%d %H:%M}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reminder_cases.py" />
            <source>认领人姓名</source>
            <translation>claimant's name</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reminder_cases.py" />
            <source>认领人签字</source>
            <translation>claimant's signature</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reminder_cases.py" />
            <source>认领人姓名不能超过 64 个字</source>
            <translation>The claimant's name cannot exceed 64 characters</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reminder_cases.py" />
            <source>认领人签字不能超过 128 个字</source>
            <translation>The claimant's signature cannot exceed 128 characters</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/replies.py" />
            <source>找不到这条回复口径（编号 {reply_id}），或已作废</source>
            <translation>Cannot find this standard reply (no. {reply_id}), or it has been voided</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/replies.py" />
            <source>编写统一回复口径</source>
            <translation>write standard replies</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/replies.py" />
            <source>主题</source>
            <translation>topic</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/replies.py" />
            <source>常见问题</source>
            <translation>common question</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/replies.py" />
            <source>统一答复</source>
            <translation>approved answer</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/replies.py" />
            <source>关键词</source>
            <translation>keywords</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/replies.py" />
            <source>删除统一回复口径</source>
            <translation>delete standard replies</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/replies.py" />
            <source>从统一回复口径中删除</source>
            <translation>Removed from the standard replies</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/replies.py" />
            <source>找不到这条服务禁语（编号 {phrase_id}），或已删除</source>
            <translation>Cannot find this forbidden phrase (no. {phrase_id}), or it has been deleted</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/replies.py" />
            <source>编写服务禁语</source>
            <translation>write forbidden phrases</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/replies.py" />
            <source>禁语</source>
            <translation>forbidden phrase</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/replies.py" />
            <source>宜说</source>
            <translation>what to say instead</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/replies.py" />
            <source>服务禁语中已有“{text}”</source>
            <translation>“{text}” is already in the forbidden phrases</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/replies.py" />
            <source>删除服务禁语</source>
            <translation>delete forbidden phrases</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/replies.py" />
            <source>从服务禁语中删除</source>
            <translation>Removed from the forbidden phrases</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/report_status.py" />
            <source>未到期</source>
            <translation>Not yet due</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/report_status.py" />
            <source>即将到期</source>
            <translation>Due soon</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/report_status.py" />
            <source>已逾期</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/report_status.py" />
            <source>已完成</source>
            <translation>Done</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/report_status.py" />
            <source>原定 {nominal:%Y-%m-%d} 为休息日，提前至前一个工作日 {due:%Y-%m-%d}（R11）</source>
            <translation>{nominal:%Y-%m-%d} is a day off: brought forward to the previous working day, {due:%Y-%m-%d} (R11)</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/report_status.py" />
            <source>回溯月数不能为负数，收到 {months_back}</source>
            <translation>The number of months back cannot be negative, got {months_back}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/report_status.py" />
            <source>{month:%Y年%m月}尚未到来，不能登记其报告</source>
            <translation>{month:%Y-%m} has not begun yet; its report cannot be recorded</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/report_status.py" />
            <source>登记月度报告完成</source>
            <translation>record monthly reports as done</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/roster.py" />
            <source>房号“{text}”无法识别（应写成 3-2-1201、3栋2单元1201室 这样的格式）</source>
            <translation>Room “{text}” not recognised (write it like 3-2-1201 or 3栋2单元1201室)</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/roster.py" />
            <source>缺少楼栋（房号 {text}）</source>
            <translation>Building missing (room {text})</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/roster.py" />
            <source>缺少房号（楼栋 {building}）</source>
            <translation>Room number missing (building {building})</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/roster.py" />
            <source>房号“{text}”过长（最多 {limit} 个字符）</source>
            <translation>Room “{text}” is too long (at most {limit} characters)</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/roster.py" />
            <source>缺少房号（业主 {name}）</source>
            <translation>Room missing (owner {name})</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/roster.py" />
            <source>日期“{text}”无法识别，未导入</source>
            <translation>Date “{text}” not recognised; not imported</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/roster.py" />
            <source>面积“{text}”无法识别，未导入</source>
            <translation>Area “{text}” not recognised; not imported</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/roster.py" />
            <location filename="../../desk_app/services/staff_import.py" />
            <source>{reason}，未导入</source>
            <translation>{reason}; not imported</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/roster.py" />
            <source>号码</source>
            <translation>number</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/roster.py" />
            <source>导入业主名册</source>
            <translation>import the owner roster</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/roster.py" />
            <source>电话 {phone} 未导入：每位客户最多 {limit} 个电话</source>
            <translation>Phone {phone} not imported: at most {limit} phones per client</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/roster.py" />
            <source>导出业主名册</source>
            <translation>export the owner roster</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/roster.py" />
            <source>业主信息表</source>
            <translation>Owner roster</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/settings.py" />
            <source>设置项“{key}”有误：{message}</source>
            <translation>Setting "{key}" is wrong: {message}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/settings.py" />
            <source>时间应写作 HH:MM，收到 {text!r}</source>
            <translation>Time should be written as HH:MM, got {text!r}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/settings.py" />
            <source>应为正整数，收到 {value!r}</source>
            <translation>Should be a positive whole number, got {value!r}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/settings.py" />
            <source>应为 {{专业: 工作小时数}}，收到 {value!r}</source>
            <translation>Expected {{business line: working hours}}, got {value!r}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/settings.py" />
            <source>未知专业 {line!r}</source>
            <translation>Unknown business line {line!r}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/settings.py" />
            <source>小区名称不能为空</source>
            <translation>The community name cannot be empty</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/settings.py" />
            <source>应为 {{'start': '09:00', 'end': '18:00'}}，收到 {hours!r}</source>
            <translation>Should be {{'start': '09:00', 'end': '18:00'}}, got {hours!r}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/settings.py" />
            <source>上班时间 {start:%H:%M} 必须早于下班时间 {end:%H:%M}</source>
            <translation>The start of work {start:%H:%M} must be earlier than the end of work {end:%H:%M}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/settings.py" />
            <source>未知时区 {zone!r}</source>
            <translation>Unknown time zone {zone!r}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/settings.py" />
            <source>修改备份保留份数</source>
            <translation>change the number of backups kept</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/settings.py" />
            <source>备份保留份数应为 {low} 至 {high} 之间的整数（收到 {value}）</source>
            <translation>The number of backups kept must be a whole number from {low} to {high} (got {value})</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/setup_checklist.py" />
            <source>工作时间</source>
            <translation>working hours</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/setup_checklist.py" />
            <source>尚未设置：{items}</source>
            <translation>Not set yet: {items}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/setup_checklist.py" />
            <source>小区名称：{name}；工作时间已设置</source>
            <translation>Community name: {name}; working hours set</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/setup_checklist.py" />
            <source>小区名称和工作时间</source>
            <translation>Community name and working hours</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/setup_checklist.py" />
            <source>{years} 年的法定节假日安排尚未载入，请在系统设置的“节假日调整”中逐日登记</source>
            <translation>The public holidays of {years} are not loaded yet; register them day by day under “Holiday adjustments” in the settings</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/setup_checklist.py" />
            <source>{first} 年和 {last} 年的节假日安排均已载入</source>
            <translation>The holidays of {first} and {last} are loaded</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/setup_checklist.py" />
            <source>节假日日历</source>
            <translation>Holiday calendar</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/setup_checklist.py" />
            <source>已有 {count} 间房</source>
            <translation>{count} rooms on file</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/setup_checklist.py" />
            <source>尚未录入楼栋、单元和房间</source>
            <translation>No buildings, units or rooms entered yet</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/setup_checklist.py" />
            <source>小区结构（楼栋、单元、房间）</source>
            <translation>Community structure (buildings, units, rooms)</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/setup_checklist.py" />
            <source>已有 {count} 户客户</source>
            <translation>{count} clients on file</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/setup_checklist.py" />
            <source>尚未导入业主名册</source>
            <translation>The owner roster has not been imported yet</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/setup_checklist.py" />
            <source>业主名册</source>
            <translation>Owner roster</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/setup_checklist.py" />
            <source>已有 {count} 个在用部门</source>
            <translation>{count} active departments</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/setup_checklist.py" />
            <source>尚未建立部门</source>
            <translation>No departments set up yet</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/setup_checklist.py" />
            <source>已有 {count} 个员工账号（不含系统管理员）</source>
            <translation>{count} staff accounts (not counting administrators)</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/setup_checklist.py" />
            <source>除系统管理员外尚无员工账号</source>
            <translation>No staff accounts yet besides the system administrator</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/setup_checklist.py" />
            <source>员工账号</source>
            <translation>Staff accounts</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/setup_checklist.py" />
            <source>投诉受理渠道</source>
            <translation>complaint channels</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/setup_checklist.py" />
            <source>署名：{centre}；服务禁语 {phrases} 条</source>
            <translation>Signatory: {centre}; {phrases} forbidden phrases</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/setup_checklist.py" />
            <source>署名、地产公司和投诉受理渠道</source>
            <translation>Signatories, developer and complaint channels</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/setup_commands.py" />
            <source>{field}：{error}</source>
            <translation>{field}: {error}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/setup_commands.py" />
            <source>已保存设置 {key}</source>
            <translation>Setting {key} saved</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/setup_commands.py" />
            <source>（未设置，使用：{default}）</source>
            <translation>(not set, using: {default})</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/setup_commands.py" />
            <source>（未设置）</source>
            <translation>(not set)</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/setup_commands.py" />
            <source>{key}	{label}	{value}</source>
            <translation>{key}	{label}	{value}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/setup_commands.py" />
            <source>找不到名为“{name}”的部门</source>
            <translation>No department named “{name}” was found</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/setup_commands.py" />
            <source>还没有部门。用 desk-app department add 名称 新建。</source>
            <translation>No departments yet. Create one with desk-app department add NAME.</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/setup_commands.py" />
            <source>在用</source>
            <translation>in use</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/setup_commands.py" />
            <source>已停用</source>
            <translation>deactivated</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/setup_commands.py" />
            <source>{name}	{state}	员工 {count} 人</source>
            <translation>{name}	{state}	{count} staff</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/setup_commands.py" />
            <source>已新建部门“{name}”</source>
            <translation>Department “{name}” created</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/setup_commands.py" />
            <source>已将部门“{old}”改名为“{name}”</source>
            <translation>Department “{old}” renamed to “{name}”</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/setup_commands.py" />
            <source>已启用部门“{name}”</source>
            <translation>Department “{name}” reactivated</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/setup_commands.py" />
            <source>已停用部门“{name}”</source>
            <translation>Department “{name}” deactivated</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/setup_commands.py" />
            <source>日期“{text}”应写作 2027-01-01 或 2027-02-06..2027-02-12</source>
            <translation>Write the date “{text}” as 2027-01-01 or 2027-02-06..2027-02-12</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/setup_commands.py" />
            <source>日期范围“{text}”有误</source>
            <translation>The date range “{text}” is wrong</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/setup_commands.py" />
            <source>已登记 {count} 天</source>
            <translation>{count} days registered</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/setup_commands.py" />
            <source>上班</source>
            <translation>working day</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/setup_commands.py" />
            <source>休息</source>
            <translation>day off</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/setup_commands.py" />
            <source>{day}	{kind}	{note}</source>
            <translation>{day}	{kind}	{note}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/setup_commands.py" />
            <source>尚未载入节假日安排的年份：{years}</source>
            <translation>Years whose holidays are not loaded yet: {years}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/setup_commands.py" />
            <source>上线检查清单</source>
            <translation>Going-live checklist</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/setup_commands.py" />
            <source>✓ 已完成</source>
            <translation>✓ Done</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/setup_commands.py" />
            <source>✗ 未完成</source>
            <translation>✗ Not done</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/setup_commands.py" />
            <source>{mark}	{title}：{detail}</source>
            <translation>{mark}	{title}: {detail}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/setup_commands.py" />
            <source>全部完成，可以开始接待登记。</source>
            <translation>All done: you can start taking calls and visits.</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/setup_commands.py" />
            <source>还有 {count} 项未完成。</source>
            <translation>{count} items still to do.</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/signatories.py" />
            <source>设置项“{key}”应为非空的单位名称（收到 {value!r}），请系统管理员修改设置</source>
            <translation>Setting "{key}" must be a non-empty organisation name (got {value!r}), please ask the administrator to change the settings</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/spreadsheet.py" />
            <source>文件过大（{size} MB），不是一份名册</source>
            <translation>The file is too large ({size} MB) to be a roster</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/spreadsheet.py" />
            <source>找不到文件 {path}</source>
            <translation>File {path} not found</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/spreadsheet.py" />
            <source>{path} 是一个文件夹，不是文件</source>
            <translation>{path} is a folder, not a file</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/spreadsheet.py" />
            <source>无法打开文件 {path}：{error}</source>
            <translation>Cannot open file {path}: {error}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/spreadsheet.py" />
            <source>文件 {name} 是空的</source>
            <translation>File {name} is empty</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/spreadsheet.py" />
            <source>{name} 是旧版 Excel 文件（.xls），请在 Excel 中另存为 .xlsx 或 CSV 后再导入</source>
            <translation>{name} is an old Excel file (.xls); save it as .xlsx or CSV in Excel, then import it</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/spreadsheet.py" />
            <source>{name} 不是有效的 Excel（.xlsx）文件</source>
            <translation>{name} is not a valid Excel (.xlsx) file</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/spreadsheet.py" />
            <source>无法读取 Excel 文件 {name}（{error}）</source>
            <translation>Cannot read Excel file {name} ({error})</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/spreadsheet.py" />
            <source>Excel 文件 {name} 里没有工作表</source>
            <translation>Excel file {name} has no sheets</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/spreadsheet.py" />
            <source>Excel 文件里没有名为“{sheet}”的工作表（有：{names}）</source>
            <translation>The Excel file has no sheet named “{sheet}” (it has: {names})</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/spreadsheet.py" />
            <source>Excel 文件 {name} 的内容无法读取（{error}）</source>
            <translation>The contents of Excel file {name} cannot be read ({error})</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/spreadsheet.py" />
            <source>文件 {name} 不是文本表格（CSV）也不是 Excel 文件，无法读取</source>
            <translation>File {name} is neither a text table (CSV) nor an Excel file and cannot be read</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/spreadsheet.py" />
            <source>CSV 文件 {name} 格式有误（{error}）</source>
            <translation>CSV file {name} is malformed ({error})</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/spreadsheet.py" />
            <source>CSV 文件没有工作表，不能选择“{sheet}”</source>
            <translation>A CSV file has no sheets; “{sheet}” cannot be chosen</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/spreadsheet.py" />
            <source>文件 {name} 里没有数据</source>
            <translation>File {name} has no data</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/spreadsheet.py" />
            <source>在文件 {name} 的前 {rows} 行里找不到表头（应有“{example}”等列名）</source>
            <translation>No header row found in the first {rows} rows of {name} (expected column names such as “{example}”)</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/staff_import.py" />
            <source>缺少姓名（登录名 {login}）</source>
            <translation>Name missing (login {login})</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/staff_import.py" />
            <source>请填写登录名（姓名 {name}）</source>
            <translation>Please fill in the login (name {name})</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/staff_import.py" />
            <source>登录名“{login}”不能含空格，最多 64 个字符</source>
            <translation>Login “{login}”: no spaces, at most 64 characters</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/staff_import.py" />
            <source>登录名“{login}”在表中重复</source>
            <translation>Login “{login}” appears more than once in the sheet</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/staff_import.py" />
            <source>角色“{text}”无法识别（可填：{labels}）</source>
            <translation>Role “{text}” not recognised (choices: {labels})</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/staff_import.py" />
            <source>未填角色，按{role}导入</source>
            <translation>No role given; imported as {role}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/staff_import.py" />
            <source>角色</source>
            <translation>Role</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/staff_import.py" />
            <source>籍贯过长（最多 64 个字），未导入</source>
            <translation>Hometown too long (at most 64 characters); not imported</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/staff_import.py" />
            <source>部门名称过长（最多 64 个字），未导入</source>
            <translation>Department name too long (at most 64 characters); not imported</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/staff_import.py" />
            <source>“{text}”无法识别（填 是 或 否），按未独立上岗导入</source>
            <translation>“{text}” not recognised (fill in 是 or 否, yes or no); imported as not yet working alone</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/staff_import.py" />
            <source>导入工作人员账号</source>
            <translation>import staff accounts</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/statistics.py" />
            <source>起始月份 {first:%Y-%m} 晚于结束月份 {last:%Y-%m}</source>
            <translation>The first month {first:%Y-%m} is later than the last month {last:%Y-%m}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/statistics.py" />
            <source>月份数应至少为 1，收到 {months}</source>
            <translation>The number of months should be at least 1, got {months}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/structure_command.py" />
            <source>每层户数应是正整数（收到 {value}）</source>
            <translation>Rooms per floor must be a positive whole number (got {value})</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/structure_command.py" />
            <source>类型应是 {kinds} 之一（收到 {value}）</source>
            <translation>The type must be one of {kinds} (got {value})</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/structure_command.py" />
            <source>房号规则应是 floor2 或 floor1（收到 {value}）</source>
            <translation>The room numbering must be floor2 or floor1 (got {value})</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/structure_command.py" />
            <source>请指定操作：desk-app structure generate 或 desk-app structure list</source>
            <translation>Please give an action: desk-app structure generate or desk-app structure list</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/structure_command.py" />
            <source>{option}：{error}</source>
            <translation>{option}: {error}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/structure_command.py" />
            <source>预览（未写入）：将新建 {created} 间，已存在 {existing} 间，共 {count} 间；{first} … {last}</source>
            <translation>Preview (nothing written): {created} rooms to create, {existing} already exist, {count} in all; {first} … {last}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/structure_command.py" />
            <source>已生成：新建 {created} 间，已存在 {existing} 间，共 {count} 间；{first} … {last}</source>
            <translation>Generated: {created} rooms created, {existing} already existed, {count} in all; {first} … {last}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/structure_command.py" />
            <source>还没有楼栋。可用 desk-app structure generate 批量生成。</source>
            <translation>No buildings yet. Generate them in bulk with desk-app structure generate.</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/structure_command.py" />
            <source>{code}	{name}	{area}	{rooms} 间{voided_rooms}{voided}</source>
            <translation>{code}	{name}	{area}	{rooms} rooms{voided_rooms}{voided}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/structure_command.py" />
            <source>（另有 {count} 间已作废）</source>
            <translation> ({count} more voided)</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/structure_command.py" />
            <source>（楼栋已作废）</source>
            <translation> (building voided)</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/structure_command.py" />
            <source>共 {buildings} 栋，{rooms} 间在用</source>
            <translation>{buildings} buildings, {rooms} rooms in use</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/tallies.py" />
            <source>{day:%Y-%m-%d} 尚未到来，不能确认日盘点</source>
            <translation>{day:%Y-%m-%d} has not come yet; its daily tally cannot be confirmed</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/tallies.py" />
            <source>确认日盘点</source>
            <translation>confirm daily tallies</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/tallies.py" />
            <source>回溯天数应至少为 1，收到 {lookback_days}</source>
            <translation>The number of days back should be at least 1, got {lookback_days}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/text.py" />
            <source>{what}含有无法保存的控制字符</source>
            <translation>Control characters in {what} cannot be saved</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/today.py" />
            <source>{status} · {text}</source>
            <translation>{status} · {text}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/today.py" />
            <source>回访 · {description}</source>
            <translation>Callback · {description}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/today.py" />
            <source>访谈 {target}</source>
            <translation>Interview {target}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/today.py" />
            <source>{kind} · {place} · {due}</source>
            <translation>{kind} · {place} · {due}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/today.py" />
            <source>{kind} · {text}</source>
            <translation>{kind} · {text}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/today.py" />
            <source>维修回访 · {content}</source>
            <translation>Repair callback · {content}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/typed_dates.py" />
            <source>日期“{text}”无法识别（可写 20261220、2026-12-20、12-20 或 +7 表示 7 个工作日后）</source>
            <translation>Date “{text}” not recognised (write 20261220, 2026-12-20, 12-20, or +7 for 7 working days from now)</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/typed_dates.py" />
            <source>日期“{text}”的年份应在 {first}–{last} 之间</source>
            <translation>The year of date “{text}” should be between {first} and {last}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/typed_dates.py" />
            <source>日期“{text}”不存在（{year} 年没有 {month} 月 {day} 日）</source>
            <translation>Date “{text}” does not exist (month {month} of {year} has no day {day})</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/typed_dates.py" />
            <source>“{text}”太远了（最多 +{most}）</source>
            <translation>“{text}” is too far ahead (at most +{most})</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/work_list.py" />
            <source>逾期 {days} 天</source>
            <translation>{days} d overdue</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/work_list.py" />
            <source>今天到期</source>
            <translation>Due today</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/work_list.py" />
            <source>还有 {days} 天</source>
            <translation>{days} d left</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/work_list.py" />
            <source>逾期 {days} 天 {hours} 小时</source>
            <translation>{days} d {hours} h overdue</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/work_list.py" />
            <source>还剩 {days} 天 {hours} 小时</source>
            <translation>{days} d {hours} h left</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/work_list.py" />
            <source>逾期 {hours} 小时 {minutes} 分</source>
            <translation>{hours} h {minutes} min overdue</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/work_list.py" />
            <source>还剩 {hours} 小时 {minutes} 分</source>
            <translation>{hours} h {minutes} min left</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/work_list.py" />
            <source>逾期 {minutes} 分</source>
            <translation>{minutes} min overdue</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/work_list.py" />
            <source>还剩 {minutes} 分</source>
            <translation>{minutes} min left</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/worklog.py" />
            <source>请选择接听人</source>
            <translation>Please choose who took the call</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/worklog.py" />
            <source>找不到在职员工（编号 {staff_id}）</source>
            <translation>Cannot find active staff member (no. {staff_id})</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/worklog.py" />
            <source>{name} 尚未独立上岗，不能登记为来电接听人，请由带教同事接听并登记</source>
            <translation>{name} is not yet cleared to work alone and cannot be recorded as taking calls; please have the mentoring colleague take the call and record it</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/worklog.py" />
            <source>受理时间 {when:%Y-%m-%d %H:%M} 晚于现在，请检查</source>
            <translation>The received time {when:%Y-%m-%d %H:%M} is later than now; please check</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/worklog.py" />
            <source>来电/来访内容</source>
            <translation>call/visit details</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/worklog.py" />
            <source>找不到员工（编号 {taker_id}）</source>
            <translation>Cannot find staff member (no. {taker_id})</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/worklog.py" />
            <source>来电/来访人姓名</source>
            <translation>caller's/visitor's name</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/worklog.py" />
            <source>找不到留言对象（员工编号 {for_staff_id}）</source>
            <translation>Cannot find the message recipient (staff no. {for_staff_id})</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/worklog.py" />
            <source>留言须写明来电人姓名或电话（Who）</source>
            <translation>A message must give the caller's name or phone number (Who)</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/worklog.py" />
            <source>留言事项（What）</source>
            <translation>message subject (What)</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/worklog.py" />
            <source>时间（When）</source>
            <translation>time (When)</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/worklog.py" />
            <source>地点（Where）</source>
            <translation>place (Where)</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/worklog.py" />
            <source>来电单位</source>
            <translation>caller's organisation</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/worklog.py" />
            <source>找不到留言（编号 {entry_id}）</source>
            <translation>Cannot find the message (no. {entry_id})</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/worklog.py" />
            <source>只有留言的收件人本人可以标记为已读</source>
            <translation>Only the message's addressee can mark it as read</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/worklog.py" />
            <source>找不到工作信息记录（编号 {entry_id}），或已作废</source>
            <translation>Cannot find the work-log entry (no. {entry_id}), or it has been voided</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/worklog.py" />
            <source>办结前请填写处理结果</source>
            <translation>Please fill in the result before marking it done</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/worklog.py" />
            <source>找不到员工（编号 {assigned_staff_id}）</source>
            <translation>Cannot find staff member (no. {assigned_staff_id})</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/worklog_command.py" />
            <source>{what}“{typed}”无法识别（可选：{known}）</source>
            <translation>{what} “{typed}” not recognised (choices: {known})</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/worklog_command.py" />
            <source>该房号下没有名为“{name}”的客户</source>
            <translation>There is no client named “{name}” at this room</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/worklog_command.py" />
            <source>{login} 的密码：</source>
            <translation>Password for {login}: </translation>
        </message>
        <message>
            <location filename="../../desk_app/services/worklog_command.py" />
            <source>{login} 仍在使用初始密码，请先修改：desk-app password {login}</source>
            <translation>{login} still uses the initial password; change it first: desk-app password {login}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/worklog_command.py" />
            <source>指定客户时请同时填写房号</source>
            <translation>When naming a client, give the room too</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/worklog_command.py" />
            <source>已登记 {entry}</source>
            <translation>Recorded {entry}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/worklog_command.py" />
            <source>已生成投诉处理记录 {number}</source>
            <translation>Complaint record {number} created</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/worklog_command.py" />
            <source>已生成派工单 {number}</source>
            <translation>Dispatch slip {number} created</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/worklog_command.py" />
            <source>{login} 的原密码：</source>
            <translation>Current password for {login}: </translation>
        </message>
        <message>
            <location filename="../../desk_app/services/worklog_command.py" />
            <source>新密码：</source>
            <translation>New password: </translation>
        </message>
        <message>
            <location filename="../../desk_app/services/worklog_command.py" />
            <source>{who}（{login}）的密码已修改</source>
            <translation>The password of {who} ({login}) has been changed</translation>
        </message>
        <message>
            <source>找不到收费记录（编号 {fee_id}），或已作废</source>
            <translation type="vanished">Fee record (no. {fee_id}) not found, or it has been voided</translation>
        </message>
        <message>
            <source>找不到顾客访谈记录（编号 {interview_id}），或已作废</source>
            <translation type="vanished">Customer interview record (no. {interview_id}) not found, or it has been voided</translation>
        </message>
        <message>
            <source>七日内同一客户就同一专业再次投诉，已重新打开，不能关闭</source>
            <translation type="vanished">The same client complained again about the same business line within 7 days; the complaint was reopened and cannot be closed</translation>
        </message>
        <message>
            <source>找不到登录名为 {done_by} 的员工</source>
            <translation type="vanished">No staff member with the login {done_by} was found</translation>
        </message>
        <message>
            <source>{wrong}（再错 {left} 次账号将被锁定）</source>
            <translation type="vanished">{wrong} ({left} more wrong attempts and the account will be locked)</translation>
        </message>
        <message>
            <source>无法打开备份文件 {name}：{error}</source>
            <translation type="vanished">Cannot open backup file {name}: {error}</translation>
        </message>
        <message>
            <source>恢复失败：{error}；当前数据库的副本在 {safety}</source>
            <translation type="vanished">Restore failed: {error}; a copy of the current database is at {safety}</translation>
        </message>
        <message>
            <source>投诉 {number} 不是重大投诉，不单独建立档案（R19）</source>
            <translation type="vanished">Complaint {number} is not a major complaint, so it has no separate dossier (R19)</translation>
        </message>
        <message>
            <source>客户拒签时须拍照取证或登记到场见证人</source>
            <translation type="vanished">When the client refuses to sign, take a photo as evidence or record a witness present</translation>
        </message>
        <message>
            <source>错误：{error}</source>
            <translation type="vanished">Error: {error}</translation>
        </message>
        <message>
            <source>{number} 的提醒已{by}于 {value} 确认</source>
            <translation type="vanished">The alert for {number} was already acknowledged {by}at {value}</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>系统设置</source>
            <translation>Settings</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>小区与工作时间</source>
            <translation>Community and working hours</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>小区名称(&amp;M)</source>
            <translation>Community na&amp;me</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>上班时间(&amp;B)</source>
            <translation>Work &amp;begins</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>下班时间(&amp;E)</source>
            <translation>Work &amp;ends</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>进展告知间隔(&amp;P)</source>
            <translation>&amp;Progress update interval</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>回访期限(&amp;K)</source>
            <translation>Callbac&amp;k deadline</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source> 个工作日</source>
            <translation> working days</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>投诉处理期间至少每隔几个工作日告知客户进展（R3）</source>
            <translation>While a complaint is being handled, tell the client how it stands at least every so many working days (R3)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>验证后几个工作日内完成回访（R6）</source>
            <translation>Call back within so many working days after verification (R6)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>保存设置(&amp;S)</source>
            <translation>&amp;Save settings</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>已保存。已按新设置重算 {count} 宗未结投诉的处理时限。</source>
            <translation>Saved. The due times of {count} open complaints were recomputed with the new settings.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>数据库中的设置有误，显示的是默认值：{detail}</source>
            <translation>The settings in the database are wrong; defaults are shown: {detail}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>只有系统管理员可以修改设置；当前值班人员只能查看。</source>
            <translation>Only the system administrator can change settings; the person on duty can only look.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>节假日调整</source>
            <translation>Holiday adjustments</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>国家法定节假日和调休按日历包自动计算；这里登记需要另行调整的日期（调整后，未结事项的时限自动重算）。</source>
            <translation>Public holidays and swapped working days come from the calendar package; register here the dates that need adjusting (due times of open items are recomputed afterwards).</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>注意：{years} 年的节假日安排尚未载入，这些年份只按周一至周五计算工作日。国务院公布安排后，请在下面逐日登记放假和调休上班的日期。</source>
            <translation>Note: the holidays of {years} are not loaded yet; those years count Monday to Friday as working days. When the State Council publishes them, register each holiday and swapped working day below.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>{years} 年的节假日安排均已载入。</source>
            <translation>The holidays of {years} are loaded.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>日期</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>安排</source>
            <translation>Arrangement</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>说明</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>放假</source>
            <translation>Holiday</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>上班</source>
            <translation>Working day</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>日期(&amp;D)</source>
            <translation>&amp;Date</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>安排(&amp;A)</source>
            <translation>&amp;Arrangement</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>说明(&amp;N)</source>
            <translation>&amp;Note</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>添加(&amp;T)</source>
            <translation>Add (&amp;T)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>删除选中(&amp;R)</source>
            <translation>&amp;Remove selected</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>删除节假日调整</source>
            <translation>Remove holiday adjustment</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>删除 {day} 的调整（{kind}）吗？删除后该日按法定日历计算。</source>
            <translation>Remove the adjustment of {day} ({kind})? That day then follows the official calendar.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>已登记 {day} 为{kind}；重算了 {count} 宗未结投诉的时限。</source>
            <translation>{day} registered as {kind}; due times of {count} open complaints recomputed.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>已删除 {day} 的调整；重算了 {count} 宗未结投诉的时限。</source>
            <translation>Adjustment of {day} removed; due times of {count} open complaints recomputed.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>数据库连接</source>
            <translation>Database connection</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>当前使用：</source>
            <translation>In use:</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>下次启动使用：</source>
            <translation>At next start:</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>（默认：本机数据文件）</source>
            <translation>(default: the local data file)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>新的数据库地址(&amp;U)</source>
            <translation>New database &amp;URL</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>例如 postgresql://用户名:密码@服务器:5432/数据库名，或 sqlite:////路径/desk.sqlite3</source>
            <translation>e.g. postgresql://user:password@server:5432/database, or sqlite:////path/desk.sqlite3</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>测试连接(&amp;C)</source>
            <translation>Test &amp;connection</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>保存，下次启动生效(&amp;V)</source>
            <translation>Sa&amp;ve for the next start</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>恢复默认</source>
            <translation>Restore default</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>连接成功（{backend}）。</source>
            <translation>Connected ({backend}).</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>请先填写新的数据库地址。</source>
            <translation>Fill in the new database URL first.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>已保存。新的数据库地址将在下次启动程序时生效；本次仍使用当前数据库。</source>
            <translation>Saved. The new database URL takes effect the next time the program starts; this session keeps the current database.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>已恢复默认，下次启动时使用本机数据文件。</source>
            <translation>Default restored; the local data file is used from the next start.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>界面语言</source>
            <translation>Interface language</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>界面语言(&amp;L)</source>
            <translation>Interface &amp;language</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>只影响本机的当前用户；选择后在下次启动程序时生效。</source>
            <translation>For the current user of this computer only; takes effect the next time the program starts.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>已保存。下次启动程序时界面使用“{language}”。</source>
            <translation>Saved. The interface will be in “{language}” from the next start.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>无法保存界面语言：{detail}</source>
            <translation>The interface language cannot be saved: {detail}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>署名</source>
            <translation>Signatories</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>通知书、温馨提示和函件的落款。物业服务中心署名留空时使用“小区名称＋物业服务中心”；高空抛物温馨提示由三方联合署名（R14）。</source>
            <translation>Who signs notices, reminder slips and letters. When the property service centre is left empty, the community name + “物业服务中心” (property service centre) is used; slips about objects thrown from height are signed jointly by three parties (R14).</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>地产公司</source>
            <translation>Developer</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>二类投诉（房屋质量、配套设施）的知会函发给地产公司的客户关系中心（R4）。</source>
            <translation>Notices of class 2 complaints (building quality, facilities) go to the developer's client relations centre (R4).</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>投诉受理渠道</source>
            <translation>Complaint channels</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>项目接管后须及时公布受理顾客投诉的渠道。至少填写投诉电话、传真、电子邮箱或论坛地址中的一项，然后打印公示张贴。</source>
            <translation>After taking over a community, publish promptly how clients can make complaints. Fill in at least one of complaint phone, fax, e-mail or forum address, then print the notice and post it up.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>物业服务中心(&amp;O)</source>
            <translation>Pr&amp;operty service centre</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>居委会/社区工作站(&amp;J)</source>
            <translation>Residents' committee/community station (&amp;J)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>业委会(&amp;Y)</source>
            <translation>Owners' committee (&amp;Y)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>客户关系中心名称(&amp;Z)</source>
            <translation>Client relations centre name (&amp;Z)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>投诉电话(&amp;1)</source>
            <translation>Complaint phone (&amp;1)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>传真(&amp;X)</source>
            <translation>Fa&amp;x</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>电子邮箱(&amp;I)</source>
            <translation>E-ma&amp;il</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>论坛地址(&amp;W)</source>
            <translation>&amp;Web forum address</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>邮件投递地址(&amp;Q)</source>
            <translation>Postal address (&amp;Q)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>联系人</source>
            <translation>Contact person</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>提醒与派工时限</source>
            <translation>Reminders and dispatch times</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>到期前多久提醒负责人（R23）；已上报的整改通知书多少个工作日无跟进就提醒（R23）；派工单按专业默认几个工作小时内完成（R20，紧急的 1 小时）。留空则用括号中的默认值。</source>
            <translation>How long before a due time its owner is reminded (R23); after how many working days without follow-up a reported rectification notice brings a reminder (R23); within how many working hours a dispatch slip is due by default, per business line (R20; urgent ones: 1 hour). Leave empty to use the default in brackets.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>到期前提醒（分钟）(&amp;3)</source>
            <translation>Reminder lead time (minutes) (&amp;3)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>上报后跟进间隔（工作日）(&amp;4)</source>
            <translation>Follow-up interval after reporting (working days) (&amp;4)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>派工单完成时限（工作小时）(&amp;5)</source>
            <translation>Dispatch completion time (working hours) (&amp;5)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>留空则为：{value}</source>
            <translation>If empty: {value}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>保存</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>已保存。</source>
            <translation>Saved.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>打印公示(&amp;2)…</source>
            <translation>Print public notice (&amp;2)…</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>预览并打印《投诉受理渠道公示》（按已保存的渠道）</source>
            <translation>Preview and print the notice of complaint channels (with the channels as saved)</translation>
        </message>
        <message>
            <source>投诉电话(&amp;H)</source>
            <translation type="vanished">Complaint p&amp;hone</translation>
        </message>
        <message>
            <source>打印公示(&amp;G)…</source>
            <translation type="vanished">Print public notice (&amp;G)…</translation>
        </message>
        <message>
            <source>当前使用</source>
            <translation type="vanished">In use</translation>
        </message>
        <message>
            <source>下次启动使用</source>
            <translation type="vanished">At next start</translation>
        </message>
    </context>
    <context>
        <name>SetupChecklist</name>
        <message>
            <location filename="../../desk_app/ui/setup_checklist.py" />
            <source>上线检查清单</source>
            <translation>Going-live checklist</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/setup_checklist.py" />
            <source>新中心开始接待前，请逐项完成下列设置。点“打开”转到相应的屏幕；完成后这里自动打勾。以后可在“帮助 → 上线检查清单”中再次打开。</source>
            <translation>Before a new centre starts receiving clients, complete the settings below one by one. “Open” takes you to the right screen; each item is ticked here once it is done. You can open this list again later from “Help → Going-live checklist”.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/setup_checklist.py" />
            <source>✓ 已完成</source>
            <translation>✓ Done</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/setup_checklist.py" />
            <source>✗ 未完成</source>
            <translation>✗ Not done</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/setup_checklist.py" />
            <source>打开</source>
            <translation>Open</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/setup_checklist.py" />
            <source>转到相应的屏幕</source>
            <translation>Go to the screen for this item</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/setup_checklist.py" />
            <source>本版本还没有这个屏幕，请用命令行或稍后版本完成此项</source>
            <translation>This version has no screen for this item yet; do it by command line or in a later version</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/setup_checklist.py" />
            <source>全部完成，可以开始接待登记。</source>
            <translation>All done: you can start taking calls and visits.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/setup_checklist.py" />
            <source>还有 {count} 项未完成。</source>
            <translation>{count} items still to do.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/setup_checklist.py" />
            <source>不再自动显示(&amp;N)</source>
            <translation>Do&amp;n't show automatically again</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/setup_checklist.py" />
            <source>刷新(&amp;R)</source>
            <translation>&amp;Refresh</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/setup_checklist.py" />
            <source>无法读取检查清单：{detail}</source>
            <translation>The checklist cannot be read: {detail}</translation>
        </message>
    </context>
    <context>
        <name>SignIn</name>
        <message>
            <location filename="../../desk_app/ui/sign_in.py" />
            <source>前台 Desk — 登录</source>
            <translation>前台 Desk — sign in</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/sign_in.py" />
            <source>请输入您的登录名和密码</source>
            <translation>Enter your login name and password</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/sign_in.py" />
            <source>登录名(&amp;L)：</source>
            <translation>&amp;Login name:</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/sign_in.py" />
            <source>密码(&amp;P)：</source>
            <translation>&amp;Password:</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/sign_in.py" />
            <source>登录</source>
            <translation>Sign in</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/sign_in.py" />
            <source>取消</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/sign_in.py" />
            <source>首次使用：请以登录名 {login}、初始密码 {password} 登录，随后必须设置新密码。</source>
            <translation>First use: sign in as {login} with the initial password {password}; you must then set a new password.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/sign_in.py" />
            <source>请填写登录名</source>
            <translation>Fill in the login name</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/sign_in.py" />
            <source>修改密码</source>
            <translation>Change password</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/sign_in.py" />
            <source>{name}，您正在使用初始密码或管理员重设的密码，请先设置自己的新密码。</source>
            <translation>{name}, you are using the initial password or one reset by the administrator; please set your own new password first.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/sign_in.py" />
            <source>{name}，请设置新密码（至少 {length} 个字符）。</source>
            <translation>{name}, please set a new password (at least {length} characters).</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/sign_in.py" />
            <source>原密码(&amp;O)：</source>
            <translation>&amp;Old password:</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/sign_in.py" />
            <source>新密码(&amp;N)：</source>
            <translation>&amp;New password:</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/sign_in.py" />
            <source>再输一次(&amp;R)：</source>
            <translation>&amp;Repeat it:</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/sign_in.py" />
            <source>保存新密码</source>
            <translation>Save new password</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/sign_in.py" />
            <source>两次输入的新密码不一致</source>
            <translation>The two new passwords differ</translation>
        </message>
        <message>
            <source>暂时无法连接数据库，请稍后再试（{detail}）</source>
            <translation type="vanished">The database cannot be reached right now; please try again later ({detail})</translation>
        </message>
    </context>
    <context>
        <name>StaffPage</name>
        <message>
            <location filename="../../desk_app/ui/staff_page.py" />
            <source>员工账号</source>
            <translation>Staff accounts</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/staff_page.py" />
            <source>登录名</source>
            <translation>Login name</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/staff_page.py" />
            <source>姓名</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/staff_page.py" />
            <source>角色</source>
            <translation>Role</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/staff_page.py" />
            <source>部门</source>
            <translation>Department</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/staff_page.py" />
            <source>籍贯</source>
            <translation>Hometown</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/staff_page.py" />
            <source>可独立接听</source>
            <translation>Works alone</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/staff_page.py" />
            <source>在用</source>
            <translation>Active</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/staff_page.py" />
            <source>锁定至</source>
            <translation>Locked until</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/staff_page.py" />
            <source>状态</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/staff_page.py" />
            <source>全部</source>
            <translation>All</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/staff_page.py" />
            <source>已停用</source>
            <translation>Deactivated</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/staff_page.py" />
            <source>登录名(&amp;L)</source>
            <translation>&amp;Login name</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/staff_page.py" />
            <source>登录时输入，建立后不能修改</source>
            <translation>Typed at sign-in; cannot be changed once created</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/staff_page.py" />
            <source>姓名(&amp;M)</source>
            <translation>Na&amp;me</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/staff_page.py" />
            <source>角色(&amp;R)</source>
            <translation>&amp;Role</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/staff_page.py" />
            <source>部门(&amp;D)</source>
            <translation>&amp;Department</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/staff_page.py" />
            <source>（无）</source>
            <translation>(none)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/staff_page.py" />
            <source>籍贯(&amp;J)</source>
            <translation>Hometown (&amp;J)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/staff_page.py" />
            <source>电话(&amp;O)</source>
            <translation>Ph&amp;one</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/staff_page.py" />
            <source>可独立接听来电和来访(&amp;A)（已独立上岗）</source>
            <translation>Cleared to t&amp;ake calls and visits alone</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/staff_page.py" />
            <source>初始密码(&amp;W)</source>
            <translation>Initial pass&amp;word</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/staff_page.py" />
            <source>再输一次(&amp;Y)</source>
            <translation>Repeat it (&amp;Y)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/staff_page.py" />
            <source>至少 {length} 个字符；本人首次登录时须改为自己的密码</source>
            <translation>At least {length} characters; the person must change it at their first sign-in</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/staff_page.py" />
            <source>账号状态</source>
            <translation>Account status</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/staff_page.py" />
            <source>密码输错次数过多，锁定至 {when}</source>
            <translation>Too many wrong passwords; locked until {when}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/staff_page.py" />
            <source>下次登录须修改密码</source>
            <translation>Must change the password at the next sign-in</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/staff_page.py" />
            <source>新账号</source>
            <translation>New account</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/staff_page.py" />
            <source>两次输入的密码不一致</source>
            <translation>The two passwords differ</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/staff_page.py" />
            <source>重置密码(&amp;P)…</source>
            <translation>Reset &amp;password…</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/staff_page.py" />
            <source>给选中的员工设置临时密码（同时解除锁定），本人下次登录时须修改</source>
            <translation>Give the selected staff member a temporary password (also unlocks the account); they must change it at their next sign-in</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/staff_page.py" />
            <source>重置密码</source>
            <translation>Reset password</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/staff_page.py" />
            <source>为 {name}（{login}）设置临时密码。本人下次登录时须改为自己的密码。</source>
            <translation>Set a temporary password for {name} ({login}). They must change it to their own at their next sign-in.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/staff_page.py" />
            <source>临时密码(&amp;N)</source>
            <translation>&amp;New temporary password</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/staff_page.py" />
            <source>已为 {name} 重置密码，请把临时密码当面告诉本人。</source>
            <translation>Password of {name} reset; tell them the temporary password in person.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/staff_page.py" />
            <source>停用(&amp;T)…</source>
            <translation>Deac&amp;tivate…</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/staff_page.py" />
            <source>员工离职：停用后不能再登录，已有记录保留其姓名</source>
            <translation>A staff member leaves: a deactivated account cannot sign in; existing records keep the name</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/staff_page.py" />
            <source>确定停用 {name}（{login}）的账号吗？
停用后不能再登录，已有记录仍保留其姓名。</source>
            <translation>Deactivate the account of {name} ({login})?
It can no longer sign in; existing records keep the name.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/staff_page.py" />
            <source>{name} 的账号已停用。</source>
            <translation>Account of {name} deactivated.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/staff_page.py" />
            <source>启用(&amp;Q)…</source>
            <translation>Reactivate (&amp;Q)…</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/staff_page.py" />
            <source>重新启用已停用的账号（沿用原密码）</source>
            <translation>Reactivate a deactivated account (with its old password)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/staff_page.py" />
            <source>确定重新启用 {name}（{login}）的账号吗？
本人可用原密码登录。</source>
            <translation>Reactivate the account of {name} ({login})?
They can sign in with their old password.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/staff_page.py" />
            <source>{name} 的账号已启用。</source>
            <translation>Account of {name} reactivated.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/staff_page.py" />
            <source>解除锁定(&amp;U)</source>
            <translation>&amp;Unlock</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/staff_page.py" />
            <source>密码连续输错被锁定时，不改密码直接解除锁定</source>
            <translation>Unlock an account locked after wrong passwords, without changing the password</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/staff_page.py" />
            <source>{name} 的账号已解除锁定。</source>
            <translation>Account of {name} unlocked.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/staff_page.py" />
            <source>请先在列表中选中一个员工账号。</source>
            <translation>Select a staff account in the list first.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/staff_page.py" />
            <source>操作未完成：{detail}</source>
            <translation>Not done: {detail}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/staff_page.py" />
            <source>只有系统管理员可以管理员工账号。

忘记密码或账号被锁定时，请联系系统管理员。</source>
            <translation>Only the system administrator can manage staff accounts.

If you forgot your password or your account is locked, contact the system administrator.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/staff_page.py" />
            <source>无法读取员工账号：{detail}</source>
            <translation>The staff accounts cannot be read: {detail}</translation>
        </message>
        <message>
            <source>籍贯(&amp;H)</source>
            <translation type="vanished">&amp;Hometown</translation>
        </message>
        <message>
            <source>再输一次(&amp;G)</source>
            <translation type="vanished">Repeat it (&amp;G)</translation>
        </message>
        <message>
            <source>电话(&amp;P)</source>
            <translation type="vanished">&amp;Phone</translation>
        </message>
    </context>
    <context>
        <name>StandardRepliesPage</name>
        <message>
            <location filename="../../desk_app/ui/standard_replies_page.py" />
            <source>统一回复口径</source>
            <translation>Standard replies</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/standard_replies_page.py" />
            <source>主题</source>
            <translation>Topic</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/standard_replies_page.py" />
            <source>常见问题</source>
            <translation>Common question</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/standard_replies_page.py" />
            <source>回复口径</source>
            <translation>Standard reply</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/standard_replies_page.py" />
            <source>主题(&amp;T)</source>
            <translation>&amp;Topic</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/standard_replies_page.py" />
            <source>常见问题(&amp;Q)</source>
            <translation>Common &amp;question</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/standard_replies_page.py" />
            <source>统一答复(&amp;A)</source>
            <translation>Approved &amp;answer</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/standard_replies_page.py" />
            <source>关键词(&amp;K)</source>
            <translation>&amp;Keywords</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/standard_replies_page.py" />
            <source>查找时也会搜索这些词，用空格分开</source>
            <translation>Searched too when finding; separate them with spaces</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/standard_replies_page.py" />
            <source>复制答复(&amp;C)</source>
            <translation>&amp;Copy answer</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/standard_replies_page.py" />
            <source>把选中的答复复制到剪贴板（在列表中按回车或 Ctrl+C）</source>
            <translation>Copy the selected answer to the clipboard (Enter or Ctrl+C in the list)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/standard_replies_page.py" />
            <source>已复制“{topic}：{question}”的答复，可直接粘贴。</source>
            <translation>Answer to “{topic}: {question}” copied; paste it where you need it.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/standard_replies_page.py" />
            <source>请先在列表中选中一条回复口径。</source>
            <translation>Select a standard reply in the list first.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/standard_replies_page.py" />
            <source>新增口径(&amp;N)</source>
            <translation>&amp;New reply</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/standard_replies_page.py" />
            <source>保存(&amp;S)</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/standard_replies_page.py" />
            <source>导出Excel(&amp;E)</source>
            <translation>&amp;Export to Excel</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/standard_replies_page.py" />
            <source>刷新</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/standard_replies_page.py" />
            <source>回复口径由主管审定；如需修改，请联系主管。</source>
            <translation>Standard replies are approved by the supervisor; ask the supervisor to change one.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/standard_replies_page.py" />
            <source>服务禁语（不得使用）</source>
            <translation>Forbidden phrases (never use)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/standard_replies_page.py" />
            <source>宜说：{text}</source>
            <translation>Say instead: {text}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/standard_replies_page.py" />
            <source>查找：直接输入关键字 → ↓ 进入列表 → 回车复制答复。</source>
            <translation>Find: type keywords → ↓ into the list → Enter copies the answer.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/standard_replies_page.py" />
            <source>删除口径(&amp;D)</source>
            <translation>&amp;Delete reply</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/standard_replies_page.py" />
            <source>删除回复口径</source>
            <translation>Delete standard reply</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/standard_replies_page.py" />
            <source>从统一回复口径中删除“{topic}：{question}”吗？（操作日志保留记录）</source>
            <translation>Delete “{topic}: {question}” from the standard replies? (The audit log keeps a record.)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/standard_replies_page.py" />
            <source>已删除回复口径“{topic}：{question}”。</source>
            <translation>Standard reply “{topic}: {question}” deleted.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/standard_replies_page.py" />
            <source>禁语(&amp;Y)</source>
            <translation>Forbidden phrase (&amp;Y)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/standard_replies_page.py" />
            <source>宜说(&amp;B)</source>
            <translation>Say instead (&amp;B)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/standard_replies_page.py" />
            <source>添加(&amp;J)</source>
            <translation>Add (&amp;J)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/standard_replies_page.py" />
            <source>修改(&amp;U)</source>
            <translation>Change (&amp;U)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/standard_replies_page.py" />
            <source>删除(&amp;X)</source>
            <translation>Delete (&amp;X)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/standard_replies_page.py" />
            <source>已添加禁语“{phrase}”。</source>
            <translation>Forbidden phrase “{phrase}” added.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/standard_replies_page.py" />
            <source>已修改禁语“{phrase}”。</source>
            <translation>Forbidden phrase “{phrase}” changed.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/standard_replies_page.py" />
            <source>已删除禁语“{phrase}”。</source>
            <translation>Forbidden phrase “{phrase}” deleted.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/standard_replies_page.py" />
            <source>请先在禁语列表中选中一条。</source>
            <translation>Select a phrase in the forbidden phrases list first.</translation>
        </message>
        <message>
            <source>修改(&amp;G)</source>
            <translation type="vanished">Chan&amp;ge</translation>
        </message>
    </context>
    <context>
        <name>StructurePage</name>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>小区结构</source>
            <translation>Community structure</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>片区、楼栋和房间。已有记录的房间只能作废，不能删除；作废的房间不能再用于新记录。</source>
            <translation>Areas, buildings and rooms. A room with records can only be voided, not deleted; a voided room cannot be used for new records.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>新增片区(&amp;A)…</source>
            <translation>New &amp;area…</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>新增楼栋(&amp;B)…</source>
            <translation>New &amp;building…</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>新增房间(&amp;N)…</source>
            <translation>&amp;New room…</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>编辑(&amp;E)…</source>
            <translation>&amp;Edit…</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>作废(&amp;V)…</source>
            <translation>&amp;Void…</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>恢复(&amp;U)</source>
            <translation>Restore (&amp;U)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>删除(&amp;D)…</source>
            <translation>&amp;Delete…</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>批量生成(&amp;P)…</source>
            <translation>Generate by &amp;plan…</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>显示已作废(&amp;S)</source>
            <translation>&amp;Show voided</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>片区 / 楼栋</source>
            <translation>Area / building</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>{name}（{code}）：{rooms} 间在用{voided}</source>
            <translation>{name} ({code}): {rooms} rooms in use{voided}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>，{count} 间已作废</source>
            <translation>, {count} voided</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>请在左侧选择一栋楼，查看其房间。</source>
            <translation>Choose a building on the left to see its rooms.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>{name}（管家：{steward}）</source>
            <translation>{name} (butler: {steward})</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>{code}  {name}（{rooms} 间）</source>
            <translation>{code}  {name} ({rooms} rooms)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>【已作废】</source>
            <translation> [voided]</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>未定</source>
            <translation>not assigned</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>单元</source>
            <translation>Unit</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>房号</source>
            <translation>Room</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>楼层</source>
            <translation>Floor</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>面积(m²)</source>
            <translation>Area (m²)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>类型</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>状态</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>在用</source>
            <translation>In use</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>已作废：{reason}</source>
            <translation>Voided: {reason}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>片区</source>
            <translation>Area</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>片区名称(&amp;M)</source>
            <translation>Area na&amp;me</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>片区管家(&amp;K)</source>
            <translation>Area butler (&amp;K)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>（无）</source>
            <translation>(none)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>楼栋</source>
            <translation>Building</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>楼栋编号(&amp;C)</source>
            <translation>Building &amp;code</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>房号的第一段，如 3 或 S1；不能含“-”</source>
            <translation>The first part of the room number, e.g. 3 or S1; no “-”</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>名称(&amp;M)</source>
            <translation>Na&amp;me</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>不填则为“编号+栋”，如 3栋</source>
            <translation>If empty: the code + “栋”, e.g. 3栋</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>所属片区(&amp;P)</source>
            <translation>Area (&amp;P)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>房间</source>
            <translation>Room</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>单元(&amp;T)</source>
            <translation>Uni&amp;t</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>没有单元的楼（商铺、别墅）不填</source>
            <translation>Leave empty for buildings without units (shops, villas)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>房号(&amp;R)</source>
            <translation>&amp;Room number</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>楼层(&amp;L)</source>
            <translation>F&amp;loor</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>按房号</source>
            <translation>From the room number</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>面积 m²(&amp;R)</source>
            <translation>A&amp;rea m²</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>未知</source>
            <translation>Unknown</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>类型(&amp;Y)</source>
            <translation>T&amp;ype</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>作废</source>
            <translation>Void</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>作废{what}。作废后不能再用于新记录，已有记录不受影响。</source>
            <translation>Void {what}. It can no longer be used for new records; existing records are not affected.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>作废原因(&amp;R)</source>
            <translation>&amp;Reason for voiding</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>请填写作废原因</source>
            <translation>Please fill in the reason for voiding</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>确定作废{what}吗？
原因：{reason}</source>
            <translation>Void {what}?
Reason: {reason}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>确定作废{what}吗？该楼所有在用的房间也一并作废。
原因：{reason}</source>
            <translation>Void {what}? All rooms of this building still in use are voided with it.
Reason: {reason}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>确定删除{what}吗？
只有没有任何记录引用时才能删除；删除后不能恢复。</source>
            <translation>Delete {what}?
Only what no record refers to can be deleted; a deletion cannot be undone.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>片区“{name}”</source>
            <translation>area “{name}”</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>楼栋 {code}（{name}）</source>
            <translation>building {code} ({name})</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>房间 {code}</source>
            <translation>room {code}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>请先选中一个片区、楼栋或房间。</source>
            <translation>Select an area, building or room first.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>请先在左侧选中要添加房间的楼栋。</source>
            <translation>Select the building for the new room on the left first.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>已保存{what}。</source>
            <translation>Saved: {what}.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>已作废{what}。</source>
            <translation>Voided: {what}.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>已恢复{what}。</source>
            <translation>Restored: {what}.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>已删除{what}。</source>
            <translation>Deleted: {what}.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>{what}没有作废，无需恢复。</source>
            <translation>Nothing to restore: {what} is not voided.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>批量生成完成：新建 {created} 间，已存在 {existing} 间。</source>
            <translation>Generation done: {created} rooms created, {existing} already existed.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>操作未完成：{detail}</source>
            <translation>Not done: {detail}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>只有系统管理员或客服主管可以维护小区结构。</source>
            <translation>Only the system administrator or a customer service supervisor can maintain the community structure.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>无法读取小区结构：{detail}</source>
            <translation>The community structure cannot be read: {detail}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>批量生成房间</source>
            <translation>Generate rooms</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>按楼栋 × 单元 × 楼层 × 每层户数生成房间。可写 1-20、1,3,5-7 或 A,B；已有的房间不变。</source>
            <translation>Generates the rooms of buildings × units × floors × rooms per floor. Write 1-20, 1,3,5-7 or A,B; rooms that already exist stay as they are.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>楼栋(&amp;B)</source>
            <translation>&amp;Buildings</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>不填：没有单元（房号如 S1-101）</source>
            <translation>Empty: no units (rooms like S1-101)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>每层户数(&amp;P)</source>
            <translation>Rooms &amp;per floor</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>跳过楼层(&amp;K)</source>
            <translation>S&amp;kip floors</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>如 4,13,14；不跳过则不填</source>
            <translation>e.g. 4,13,14; empty: none</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>房号规则(&amp;R)</source>
            <translation>&amp;Room numbering</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>楼层 + 两位（1201）</source>
            <translation>Floor + two digits (1201)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>楼层 + 一位（121）</source>
            <translation>Floor + one digit (121)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>预览(&amp;V)</source>
            <translation>Pre&amp;view</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>共 {count} 间：{first} … {last}</source>
            <translation>{count} rooms: {first} … {last}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>……（另有 {count} 间，未逐一列出）</source>
            <translation>… ({count} more, not listed)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>生成(&amp;O)</source>
            <translation>&amp;Generate</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>确定按此计划生成 {count} 间房吗？
已存在的房间保持不变。</source>
            <translation>Generate {count} rooms by this plan?
Rooms that already exist stay as they are.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>正在生成房间……</source>
            <translation>Generating rooms…</translation>
        </message>
        <message>
            <source>房号(&amp;H)</source>
            <translation type="vanished">Room &amp;number</translation>
        </message>
        <message>
            <source>楼层(&amp;F)</source>
            <translation type="vanished">&amp;Floor</translation>
        </message>
    </context>
    <context>
        <name>TodayPage</name>
        <message>
            <location filename="../../desk_app/ui/today_page.py" />
            <source>今日事项</source>
            <translation>Today</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/today_page.py" />
            <source>{name}，截至 {when} 共 {count} 项（回车或双击打开；F5 刷新）</source>
            <translation>{name}: {count} items as of {when} (Enter or double-click opens; F5 refreshes)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/today_page.py" />
            <source>请先在窗口底部选择值班人员，这里显示他/她今天要办的事。</source>
            <translation>Choose the person on duty at the bottom of the window first; their tasks for today are shown here.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/today_page.py" />
            <source>读取今日事项失败：{detail}</source>
            <translation>Reading today's items failed: {detail}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/today_page.py" />
            <source>通知（{count}，未读 {unread}；Ctrl+D 标为已办）</source>
            <translation>Notifications ({count}, {unread} unread; Ctrl+D marks as done)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/today_page.py" />
            <source>● {title}</source>
            <translation>● {title}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/today_page.py" />
            <source>标为已办(&amp;D)</source>
            <translation>Mark as &amp;done</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/today_page.py" />
            <source>我负责的未结投诉（{count}）</source>
            <translation>My open complaints ({count})</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/today_page.py" />
            <source>给我的留言（{count}）</source>
            <translation>Messages for me ({count})</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/today_page.py" />
            <source>今天到期及逾期的回访（{count}）</source>
            <translation>Callbacks due today or overdue ({count})</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/today_page.py" />
            <source>待完成的访谈计划（{count}）</source>
            <translation>Interview plans to finish ({count})</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/today_page.py" />
            <source>答应客户的答复和预约（今天到期及逾期，{count}）</source>
            <translation>Promised replies and appointments (due today or overdue, {count})</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/today_page.py" />
            <source>今天要检查的温馨提示和派工单（{count}）</source>
            <translation>Reminder slips and dispatch slips to check today ({count})</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/today_page.py" />
            <source>（无）</source>
            <translation>(none)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/today_page.py" />
            <source>已逾期</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/today_page.py" />
            <source>编号</source>
            <translation>No.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/today_page.py" />
            <source>事项</source>
            <translation>Item</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/today_page.py" />
            <source>时限</source>
            <translation>Due</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/today_page.py" />
            <source>刷新</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/today_page.py" />
            <source>值班人员</source>
            <translation>On duty</translation>
        </message>
    </context>
    <context>
        <name>UnexpectedError</name>
        <message>
            <location filename="../../desk_app/ui/unexpected_error.py" />
            <source>前台 Desk — 出错了</source>
            <translation>前台 Desk — something went wrong</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/unexpected_error.py" />
            <source>程序遇到意外错误……刚才的操作可能没有完成，请核对后再试一次。</source>
            <translation>The program met an unexpected error… what you just did may not have been completed; please check and try again.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/unexpected_error.py" />
            <source>程序没有关闭，您可以继续工作。如果问题反复出现，请把下面的日志文件发给系统管理员：
{log_path}</source>
            <translation>The program has not closed; you can go on working. If the problem keeps coming back, send this log file to the system administrator:
{log_path}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/unexpected_error.py" />
            <source>前台 Desk：程序遇到意外错误，详细记录见日志文件 {log_path}</source>
            <translation>前台 Desk: the program met an unexpected error; details in the log file {log_path}</translation>
        </message>
    </context>
    <context>
        <name>VisitorsPage</name>
        <message>
            <location filename="../../desk_app/ui/visitors_page.py" />
            <source>访客登记</source>
            <translation>Visitors</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/visitors_page.py" />
            <source>来访人(&amp;W)</source>
            <translation>Visitor (&amp;W)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/visitors_page.py" />
            <source>来访人电话(&amp;P)</source>
            <translation>Visitor's &amp;phone</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/visitors_page.py" />
            <source>证件(&amp;I)</source>
            <translation>&amp;ID document</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/visitors_page.py" />
            <source>人数(&amp;C)</source>
            <translation>Number of &amp;people</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/visitors_page.py" />
            <source>被访房号(&amp;R)</source>
            <translation>&amp;Room visited</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/visitors_page.py" />
            <source>如 3-2-1201</source>
            <translation>e.g. 3-2-1201</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/visitors_page.py" />
            <source>被访人(&amp;B)</source>
            <translation>Person visited (&amp;B)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/visitors_page.py" />
            <source>来访事由(&amp;U)</source>
            <translation>P&amp;urpose</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/visitors_page.py" />
            <source>已联系被访人(&amp;K)</source>
            <translation>Person visited contacted (&amp;K)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/visitors_page.py" />
            <source>被访人意见(&amp;J)</source>
            <translation>Person visited says (&amp;J)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/visitors_page.py" />
            <source>尚未答复</source>
            <translation>No answer yet</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/visitors_page.py" />
            <source>同意来访</source>
            <translation>Agrees to the visit</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/visitors_page.py" />
            <source>不同意来访</source>
            <translation>Refuses the visit</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/visitors_page.py" />
            <source>到达时间(&amp;A)</source>
            <translation>&amp;Arrived at</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/visitors_page.py" />
            <source>离开(&amp;L)</source>
            <translation>&amp;Left</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/visitors_page.py" />
            <source>被访人同意(&amp;Y)</source>
            <translation>Person visited agrees (&amp;Y)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/visitors_page.py" />
            <source>被访人不同意(&amp;O)</source>
            <translation>Person visited refuses (&amp;O)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/visitors_page.py" />
            <source>离开时间：{when}</source>
            <translation>Left at: {when}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/visitors_page.py" />
            <source>访客尚未离开</source>
            <translation>The visitor has not left yet</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/visitors_page.py" />
            <source>已登记离开。</source>
            <translation>Departure recorded.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/visitors_page.py" />
            <source>已登记被访人意见。</source>
            <translation>Answer of the person visited recorded.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/visitors_page.py" />
            <source>编号</source>
            <translation>No.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/visitors_page.py" />
            <source>来访人</source>
            <translation>Visitor</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/visitors_page.py" />
            <source>被访房号</source>
            <translation>Room visited</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/visitors_page.py" />
            <source>被访人</source>
            <translation>Person visited</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/visitors_page.py" />
            <source>同意</source>
            <translation>Agreed</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/visitors_page.py" />
            <source>到达时间</source>
            <translation>Arrived</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/visitors_page.py" />
            <source>离开时间</source>
            <translation>Left</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/visitors_page.py" />
            <source>状态</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/visitors_page.py" />
            <source>全部</source>
            <translation>All</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/visitors_page.py" />
            <source>未离开</source>
            <translation>Not left</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/visitors_page.py" />
            <source>已离开</source>
            <translation>Left</translation>
        </message>
        <message>
            <source>来访人(&amp;V)</source>
            <translation type="vanished">&amp;Visitor</translation>
        </message>
        <message>
            <source>被访人(&amp;H)</source>
            <translation type="vanished">Person visited (&amp;H)</translation>
        </message>
        <message>
            <source>被访人意见(&amp;G)</source>
            <translation type="vanished">Person visited says (&amp;G)</translation>
        </message>
    </context>
    <context>
        <name>WorklogPage</name>
        <message>
            <location filename="../../desk_app/ui/worklog_page.py" />
            <source>工作信息记录表</source>
            <translation>Work-log record</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/worklog_page.py" />
            <source>新记录（F2）</source>
            <translation>New entry (F2)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/worklog_page.py" />
            <source>编号 {number}</source>
            <translation>No. {number}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/worklog_page.py" />
            <source>受理时间(&amp;T)</source>
            <translation>Received at (&amp;T)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/worklog_page.py" />
            <source>渠道(&amp;Q)</source>
            <translation>Channel (&amp;Q)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/worklog_page.py" />
            <source>客户/房号(&amp;K)</source>
            <translation>Client/room (&amp;K)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/worklog_page.py" />
            <source>来电/来访人(&amp;R)</source>
            <translation>Caller/visito&amp;r</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/worklog_page.py" />
            <source>联系电话(&amp;P)</source>
            <translation>Contact &amp;phone</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/worklog_page.py" />
            <source>类别(&amp;L)</source>
            <translation>Kind (&amp;L)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/worklog_page.py" />
            <source>内容(&amp;C)</source>
            <translation>&amp;Content</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/worklog_page.py" />
            <source>来电、来访的具体内容（Tab 键离开此框）</source>
            <translation>What the caller or visitor said (Tab leaves this box)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/worklog_page.py" />
            <source>接听/接待人(&amp;J)</source>
            <translation>Taken by (&amp;J)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/worklog_page.py" />
            <source>指派人员(&amp;Z)</source>
            <translation>Assigned staff (&amp;Z)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/worklog_page.py" />
            <source>指派部门(&amp;B)</source>
            <translation>Assigned department (&amp;B)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/worklog_page.py" />
            <source>（无）</source>
            <translation>(none)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/worklog_page.py" />
            <source>转达留言（5W1H，同事不在时）(&amp;M)</source>
            <translation>Pass on a &amp;message (5W1H, when a colleague is away)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/worklog_page.py" />
            <source>留言给(&amp;O)</source>
            <translation>Message f&amp;or</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/worklog_page.py" />
            <source>何时 When(&amp;1)</source>
            <translation>When (&amp;1)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/worklog_page.py" />
            <source>何地 Where(&amp;2)</source>
            <translation>Where (&amp;2)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/worklog_page.py" />
            <source>何事 What(&amp;3)</source>
            <translation>What (&amp;3)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/worklog_page.py" />
            <source>为何 Why(&amp;4)</source>
            <translation>Why (&amp;4)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/worklog_page.py" />
            <source>如何 How(&amp;5)</source>
            <translation>How (&amp;5)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/worklog_page.py" />
            <source>来电单位(&amp;6)</source>
            <translation>Caller's organisation (&amp;6)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/worklog_page.py" />
            <source>需要回复(&amp;7)</source>
            <translation>Reply needed (&amp;7)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/worklog_page.py" />
            <source>何人 Who：填在上面的“来电/来访人”和“联系电话”</source>
            <translation>Who: fill in “Caller/visitor” and “Contact phone” above</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/worklog_page.py" />
            <source>处理结果(&amp;A)</source>
            <translation>Result (&amp;A)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/worklog_page.py" />
            <source>约定答复时间(&amp;D)</source>
            <translation>Reply promise&amp;d by</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/worklog_page.py" />
            <source>答复人</source>
            <translation>Reply owed by</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/worklog_page.py" />
            <source>已答复(&amp;8)</source>
            <translation>Replied (&amp;8)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/worklog_page.py" />
            <source>状态(&amp;X)</source>
            <translation>Status (&amp;X)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/worklog_page.py" />
            <source>媒体来电/来访：一律不接受电话采访；请记下媒体名称、记者和采访主题。保存后将立即提醒主管（R17）。</source>
            <translation>Media call/visit: no telephone interviews are given; write down the outlet, the reporter and the topic. The supervisor is alerted as soon as this is saved (R17).</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/worklog_page.py" />
            <source>媒体来电/来访</source>
            <translation>Media call/visit</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/worklog_page.py" />
            <source>已登记 {number}，并已在主管看板上发出媒体提醒（R17）。

请立即电话通知主管；不接受电话采访，来访记者请先核验证件。</source>
            <translation>{number} recorded, and a media alert is on the supervisor dashboard (R17).

Phone the supervisor now; no telephone interviews; check a visiting reporter's press card first.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/worklog_page.py" />
            <source>已保存 {number}。</source>
            <translation>{number} saved.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/worklog_page.py" />
            <source>已保存 {number}，并生成投诉处理记录 {complaint}（首次回应时限 {due}）。</source>
            <translation>{number} saved, and complaint record {complaint} created (first response due {due}).</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/worklog_page.py" />
            <source>已保存 {number}，并生成派工单 {slip}，请按 Ctrl+P 打印交维修人员。</source>
            <translation>{number} saved, and dispatch slip {slip} created; press Ctrl+P to print it for the repair staff.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/worklog_page.py" />
            <source>已保存 {number}，留言已送到 {recipient} 的留言箱。</source>
            <translation>{number} saved; the message is in {recipient}'s message box.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/worklog_page.py" />
            <source>关联：{links}</source>
            <translation>Linked: {links}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/worklog_page.py" />
            <source>投诉 {number}</source>
            <translation>Complaint {number}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/worklog_page.py" />
            <source>派工单 {number}</source>
            <translation>Dispatch slip {number}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/worklog_page.py" />
            <source>（{state}）</source>
            <translation> ({state})</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/worklog_page.py" />
            <source>打印派工单（Ctrl+P）</source>
            <translation>Print dispatch slip (Ctrl+P)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/worklog_page.py" />
            <source>处理结果：{result}</source>
            <translation> Result: {result}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/worklog_page.py" />
            <source>状态随关联的投诉/派工单自动更新</source>
            <translation>The status follows the linked complaint or dispatch slip</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/worklog_page.py" />
            <source>已登记的来电/来访内容不能修改；可更新指派、处理结果和状态。</source>
            <translation>The content of a recorded call or visit cannot be changed; the assignment, result and status can be updated.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/worklog_page.py" />
            <source>编号</source>
            <translation>No.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/worklog_page.py" />
            <source>受理时间</source>
            <translation>Received</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/worklog_page.py" />
            <source>渠道</source>
            <translation>Channel</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/worklog_page.py" />
            <source>类别</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/worklog_page.py" />
            <source>房号</source>
            <translation>Room</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/worklog_page.py" />
            <source>来电/来访人</source>
            <translation>Caller/visitor</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/worklog_page.py" />
            <source>内容</source>
            <translation>Content</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/worklog_page.py" />
            <source>状态</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/worklog_page.py" />
            <source>时间</source>
            <translation>Time</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/worklog_page.py" />
            <source>全部</source>
            <translation>All</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/worklog_page.py" />
            <source>今天</source>
            <translation>Today</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/worklog_page.py" />
            <source>本周</source>
            <translation>This week</translation>
        </message>
        <message>
            <source>请选择类别（按数字键 1–7）</source>
            <translation type="vanished">Choose a kind (number keys 1–7)</translation>
        </message>
        <message>
            <source>请选择留言给哪位同事</source>
            <translation type="vanished">Choose the colleague the message is for</translation>
        </message>
        <message>
            <source>受理时间无效，请重新填写</source>
            <translation type="vanished">The time received is not valid; please enter it again</translation>
        </message>
        <message>
            <source>约定答复时间(&amp;Y)</source>
            <translation type="vanished">Reply promised b&amp;y</translation>
        </message>
        <message>
            <source>已保存 {number}，并生成派工单 {slip}，请打印交维修人员。</source>
            <translation type="vanished">{number} saved, and dispatch slip {slip} created; please print it for the repair staff.</translation>
        </message>
    </context>
</TS>
