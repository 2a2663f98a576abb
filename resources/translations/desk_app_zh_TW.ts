<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="zh_CN">
    <context>
        <name>Application</name>
        <message>
            <location filename="../../desk_app/ui/app.py" />
            <source>前台 Desk — 无法打开数据库</source>
            <translation>前台 Desk — 無法開啟資料庫</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/app.py" />
            <source>无法打开数据库，程序不能启动。

数据库：{database}
问题：{problem}

请检查数据库地址（命令行参数 --database 或环境变量 DESK_APP_DATABASE_URL）、网络和数据库服务器，或联系系统管理员。
日志文件：{log_path}</source>
            <translation>無法開啟資料庫，程式不能啟動。

資料庫：{database}
問題：{problem}

請檢查資料庫地址（命令列引數 --database 或環境變數 DESK_APP_DATABASE_URL）、網路和資料庫伺服器，或聯絡系統管理員。
日誌檔案：{log_path}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/app.py" />
            <source>连接不上数据库或无法打开数据库文件（{detail}）</source>
            <translation>連線不上資料庫或無法開啟資料庫檔案（{detail}）</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/app.py" />
            <source>这个文件不是 SQLite 数据库，或者已经损坏（{detail}）</source>
            <translation>這個檔案不是 SQLite 資料庫，或者已經損壞（{detail}）</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/app.py" />
            <source>数据库报告错误（{detail}）</source>
            <translation>資料庫報告錯誤（{detail}）</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/app.py" />
            <source>缺少数据库驱动程序 {module}，请重新安装前台 Desk</source>
            <translation>缺少資料庫驅動程式 {module}，請重新安裝前台 Desk</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/app.py" />
            <source>无法访问数据库文件或文件夹（{detail}）</source>
            <translation>無法存取資料庫檔案或資料夾（{detail}）</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/app.py" />
            <source>意外错误（{detail}）</source>
            <translation>意外錯誤（{detail}）</translation>
        </message>
    </context>
    <context>
        <name>AppointmentsPage</name>
        <message>
            <location filename="../../desk_app/ui/appointments_page.py" />
            <source>预约上门</source>
            <translation>預約上門</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/appointments_page.py" />
            <source>预约时间(&amp;T)</source>
            <translation>預約時間(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/appointments_page.py" />
            <source>房号(&amp;R)</source>
            <translation>房號(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/appointments_page.py" />
            <source>如 3-2-1201</source>
            <translation>如 3-2-1201</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/appointments_page.py" />
            <source>联系电话(&amp;L)</source>
            <translation>聯絡電話(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/appointments_page.py" />
            <source>赴约人(&amp;B)</source>
            <translation>赴約人(&amp;B)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/appointments_page.py" />
            <source>预约事项(&amp;W)</source>
            <translation>預約事項(&amp;W)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/appointments_page.py" />
            <source>赴约情况/取消原因(&amp;O)</source>
            <translation>赴約情況/取消原因(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/appointments_page.py" />
            <source>（请选择）</source>
            <translation>（請選擇）</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/appointments_page.py" />
            <source>登记已赴约(&amp;K)</source>
            <translation>登記已赴約(&amp;K)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/appointments_page.py" />
            <source>取消预约(&amp;C)</source>
            <translation>取消預約(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/appointments_page.py" />
            <source>已登记赴约。</source>
            <translation>已登記赴約。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/appointments_page.py" />
            <source>预约已取消。</source>
            <translation>預約已取消。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/appointments_page.py" />
            <source>状态：{status}</source>
            <translation>狀態：{status}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/appointments_page.py" />
            <source>状态：已过预约时间，尚未赴约</source>
            <translation>狀態：已過預約時間，尚未赴約</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/appointments_page.py" />
            <source>编号</source>
            <translation>編號</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/appointments_page.py" />
            <source>预约时间</source>
            <translation>預約時間</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/appointments_page.py" />
            <source>房号</source>
            <translation>房號</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/appointments_page.py" />
            <source>赴约人</source>
            <translation>赴約人</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/appointments_page.py" />
            <source>预约事项</source>
            <translation>預約事項</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/appointments_page.py" />
            <source>状态</source>
            <translation>狀態</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/appointments_page.py" />
            <source>全部</source>
            <translation>全部</translation>
        </message>
    </context>
    <context>
        <name>AttachmentsPanel</name>
        <message>
            <location filename="../../desk_app/ui/attachments_panel.py" />
            <source>附件（照片、扫描件）</source>
            <translation>附件（照片、掃描件）</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/attachments_panel.py" />
            <source>可添加 JPEG、PNG 照片或 PDF 扫描件，每个文件不超过 {limit} MB；也可把文件拖到这里。</source>
            <translation>可新增 JPEG、PNG 照片或 PDF 掃描件，每個檔案不超過 {limit} MB；也可把檔案拖到這裡。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/attachments_panel.py" />
            <source>还没有附件。</source>
            <translation>還沒有附件。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/attachments_panel.py" />
            <source>添加附件…</source>
            <translation>新增附件…</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/attachments_panel.py" />
            <source>选择一个或多个照片、扫描件（列表中按 Insert）</source>
            <translation>選擇一個或多個照片、掃描件（列表中按 Insert）</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/attachments_panel.py" />
            <source>查看</source>
            <translation>檢視</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/attachments_panel.py" />
            <source>用系统的看图/PDF 程序打开（列表中按 Enter）</source>
            <translation>用系統的看圖/PDF 程式開啟（列表中按 Enter）</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/attachments_panel.py" />
            <source>作废附件…</source>
            <translation>作廢附件…</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/attachments_panel.py" />
            <source>作废选中的附件（须填写原因；文件不会被删除）（列表中按 Delete）</source>
            <translation>作廢選中的附件（須填寫原因；檔案不會被刪除）（列表中按 Delete）</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/attachments_panel.py" />
            <source>选择照片或扫描件</source>
            <translation>選擇照片或掃描件</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/attachments_panel.py" />
            <source>照片和扫描件 (*.jpg *.jpeg *.png *.pdf *.JPG *.JPEG *.PNG *.PDF);;所有文件 (*)</source>
            <translation>照片和掃描件 (*.jpg *.jpeg *.png *.pdf *.JPG *.JPEG *.PNG *.PDF);;所有檔案 (*)</translation>
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
            <translation>照片 {width}×{height}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/attachments_panel.py" />
            <source>PDF {pages} 页</source>
            <translation>PDF {pages} 頁</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/attachments_panel.py" />
            <source>已添加 {count} 个附件。</source>
            <translation>已新增 {count} 個附件。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/attachments_panel.py" />
            <source>附件未添加</source>
            <translation>附件未新增</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/attachments_panel.py" />
            <source>以下文件没有添加：

{lines}</source>
            <translation>以下檔案沒有新增：

{lines}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/attachments_panel.py" />
            <source>请先登录，再添加或作废附件。</source>
            <translation>請先登入，再新增或作廢附件。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/attachments_panel.py" />
            <source>数据库出错（{detail}），请稍后再试。</source>
            <translation>資料庫出錯（{detail}），請稍後再試。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/attachments_panel.py" />
            <source>作废附件</source>
            <translation>作廢附件</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/attachments_panel.py" />
            <source>作废“{name}”的原因（必填）：</source>
            <translation>作廢“{name}”的原因（必填）：</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/attachments_panel.py" />
            <source>确定作废附件“{name}”吗？
原因：{reason}

作废后不再列出和打印，但仍保留备查。</source>
            <translation>確定作廢附件“{name}”嗎？
原因：{reason}

作廢後不再列出和列印，但仍保留備查。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/attachments_panel.py" />
            <source>附件“{name}”已作废。</source>
            <translation>附件“{name}”已作廢。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/attachments_panel.py" />
            <source>附件</source>
            <translation>附件</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/attachments_panel.py" />
            <source>无法打开“{name}”：系统没有能打开这种文件的程序。</source>
            <translation>無法開啟“{name}”：系統沒有能開啟這種檔案的程式。</translation>
        </message>
    </context>
    <context>
        <name>AuditPage</name>
        <message>
            <location filename="../../desk_app/ui/audit_page.py" />
            <source>操作日志</source>
            <translation>操作日誌</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/audit_page.py" />
            <source>人员(&amp;P)：</source>
            <translation>人員(&amp;P)：</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/audit_page.py" />
            <source>记录类别(&amp;K)：</source>
            <translation>記錄類別(&amp;K)：</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/audit_page.py" />
            <source>从(&amp;C)：</source>
            <translation>從(&amp;C)：</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/audit_page.py" />
            <source>到(&amp;T)：</source>
            <translation>到(&amp;T)：</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/audit_page.py" />
            <source>按日期(&amp;D)</source>
            <translation>按日期(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/audit_page.py" />
            <source>内容(&amp;X)：</source>
            <translation>內容(&amp;X)：</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/audit_page.py" />
            <source>编号、字段名、修改前后的内容</source>
            <translation>編號、欄位名、修改前後的內容</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/audit_page.py" />
            <source>查找(&amp;S)</source>
            <translation>查詢(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/audit_page.py" />
            <source>（全部人员）</source>
            <translation>（全部人員）</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/audit_page.py" />
            <source>（全部类别）</source>
            <translation>（全部類別）</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/audit_page.py" />
            <source>时间</source>
            <translation>時間</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/audit_page.py" />
            <source>人员</source>
            <translation>人員</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/audit_page.py" />
            <source>操作</source>
            <translation>操作</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/audit_page.py" />
            <source>记录类别</source>
            <translation>記錄類別</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/audit_page.py" />
            <source>记录</source>
            <translation>記錄</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/audit_page.py" />
            <source>字段</source>
            <translation>欄位</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/audit_page.py" />
            <source>修改前</source>
            <translation>修改前</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/audit_page.py" />
            <source>修改后</source>
            <translation>修改後</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/audit_page.py" />
            <source>共 {total} 条，显示最新的 {shown} 条</source>
            <translation>共 {total} 條，顯示最新的 {shown} 條</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/audit_page.py" />
            <source>共 {total} 条</source>
            <translation>共 {total} 條</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/audit_page.py" />
            <source>只有系统管理员可以查看全部操作日志。

每条投诉的修改历史可在投诉处理记录中查看。</source>
            <translation>只有系統管理員可以檢視全部操作日誌。

每條投訴的修改歷史可在投訴處理記錄中檢視。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/audit_page.py" />
            <source>无法读取操作日志：{detail}</source>
            <translation>無法讀取操作日誌：{detail}</translation>
        </message>
        <message>
            <source>从(&amp;F)：</source>
            <translation type="vanished">從(&amp;F)：</translation>
        </message>
    </context>
    <context>
        <name>BookForm</name>
        <message>
            <location filename="../../desk_app/ui/book_form.py" />
            <source>已保存的登记不能改写；后续情况请用表单下方的按钮登记，写错的记录请作废后重新登记。</source>
            <translation>已儲存的登記不能改寫；後續情況請用表單下方的按鈕登記，寫錯的記錄請作廢後重新登記。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/book_form.py" />
            <source>编号：{number}</source>
            <translation>編號：{number}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/book_form.py" />
            <source>编号：（保存后生成）</source>
            <translation>編號：（儲存後生成）</translation>
        </message>
        <message>
            <source>（未填写）</source>
            <translation type="vanished">（未填寫）</translation>
        </message>
        <message>
            <source>打印功能即将提供</source>
            <translation type="vanished">列印功能即將提供</translation>
        </message>
    </context>
    <context>
        <name>ClientChoice</name>
        <message>
            <location filename="../../desk_app/ui/client_choice.py" />
            <source>房号、电话、姓名或拼音首字母</source>
            <translation>房號、電話、姓名或拼音首字母</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/client_choice.py" />
            <source>（未选客户）</source>
            <translation>（未選客戶）</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/client_choice.py" />
            <source>（没有找到）</source>
            <translation>（沒有找到）</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/client_choice.py" />
            <source>该客户不愿接受回访或访谈（R12）：{reason}</source>
            <translation>該客戶不願接受回訪或訪談（R12）：{reason}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/client_choice.py" />
            <source>未注明原因</source>
            <translation>未註明原因</translation>
        </message>
    </context>
    <context>
        <name>ClientLookup</name>
        <message>
            <location filename="../../desk_app/ui/client_lookup.py" />
            <source>房号、电话、姓名或拼音首字母（如 3-2-1201、5678、zs）</source>
            <translation>房號、電話、姓名或拼音首字母（如 3-2-1201、5678、zs）</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/client_lookup.py" />
            <source>匿名(&amp;Y)</source>
            <translation>匿名(&amp;Y)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/client_lookup.py" />
            <source>来电/来访人不愿留名或查不到：不关联业主资料</source>
            <translation>來電/來訪人不願留名或查不到：不關聯業主資料</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/client_lookup.py" />
            <source>[重要]</source>
            <translation>[重要]</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/client_lookup.py" />
            <source>[勿扰]</source>
            <translation>[勿擾]</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/client_lookup.py" />
            <source>（无房号）</source>
            <translation>（無房號）</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/client_lookup.py" />
            <source>没有找到“{text}”，可直接填写来电人姓名和电话，或勾选匿名</source>
            <translation>沒有找到“{text}”，可直接填寫來電人姓名和電話，或勾選匿名</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/client_lookup.py" />
            <source>查询失败：{detail}</source>
            <translation>查詢失敗：{detail}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/client_lookup.py" />
            <source>电话：{phones}</source>
            <translation>電話：{phones}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/client_lookup.py" />
            <source>重要客户：{categories}</source>
            <translation>重要客戶：{categories}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/client_lookup.py" />
            <source>勿扰：{reason}（不安排回访、访谈，R12）</source>
            <translation>勿擾：{reason}（不安排回訪、訪談，R12）</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/client_lookup.py" />
            <source>未注明原因</source>
            <translation>未註明原因</translation>
        </message>
        <message>
            <source>匿名(&amp;N)</source>
            <translation type="vanished">匿名(&amp;N)</translation>
        </message>
    </context>
    <context>
        <name>ClientsPage</name>
        <message>
            <location filename="../../desk_app/ui/clients_page.py" />
            <source>业主资料卡</source>
            <translation>業主資料卡</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/clients_page.py" />
            <source>房号</source>
            <translation>房號</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/clients_page.py" />
            <source>姓名</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/clients_page.py" />
            <source>电话</source>
            <translation>電話</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/clients_page.py" />
            <source>重要客户类别</source>
            <translation>重要客戶類別</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/clients_page.py" />
            <source>拒绝回访</source>
            <translation>拒絕回訪</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/clients_page.py" />
            <source>入住时段</source>
            <translation>入住時段</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/clients_page.py" />
            <source>类别</source>
            <translation>類別</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/clients_page.py" />
            <source>回访意愿</source>
            <translation>回訪意願</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/clients_page.py" />
            <source>全部</source>
            <translation>全部</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/clients_page.py" />
            <source>重要客户</source>
            <translation>重要客戶</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/clients_page.py" />
            <source>拒绝回访/访谈</source>
            <translation>拒絕回訪/訪談</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/clients_page.py" />
            <source>可以回访</source>
            <translation>可以回訪</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/clients_page.py" />
            <source>业主资料</source>
            <translation>業主資料</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/clients_page.py" />
            <source>在左侧列表中查找客户（房号、电话、姓名或拼音首字母），按回车打开资料卡。</source>
            <translation>在左側列表中查詢客戶（房號、電話、姓名或拼音首字母），按回車開啟資料卡。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/clients_page.py" />
            <source>基本情况</source>
            <translation>基本情況</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/clients_page.py" />
            <source>档案编号</source>
            <translation>檔案編號</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/clients_page.py" />
            <source>性别</source>
            <translation>性別</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/clients_page.py" />
            <source>入住日期</source>
            <translation>入住日期</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/clients_page.py" />
            <source>关系类别</source>
            <translation>關係類別</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/clients_page.py" />
            <source>最近投诉</source>
            <translation>最近投訴</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/clients_page.py" />
            <source>个人资料</source>
            <translation>個人資料</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/clients_page.py" />
            <source>职业(&amp;O)</source>
            <translation>職業(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/clients_page.py" />
            <source>工作单位(&amp;W)</source>
            <translation>工作單位(&amp;W)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/clients_page.py" />
            <source>籍贯(&amp;J)</source>
            <translation>籍貫(&amp;J)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/clients_page.py" />
            <source>备注(&amp;R)</source>
            <translation>備註(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/clients_page.py" />
            <source>家庭成员</source>
            <translation>家庭成員</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/clients_page.py" />
            <source>关系</source>
            <translation>關係</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/clients_page.py" />
            <source>备注</source>
            <translation>備註</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/clients_page.py" />
            <source>回访与访谈意愿（R12）</source>
            <translation>回訪與訪談意願（R12）</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/clients_page.py" />
            <source>客户拒绝回访/访谈(&amp;D)</source>
            <translation>客戶拒絕回訪/訪談(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/clients_page.py" />
            <source>原因(&amp;Y)</source>
            <translation>原因(&amp;Y)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/clients_page.py" />
            <source>自 {day} 起</source>
            <translation>自 {day} 起</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/clients_page.py" />
            <source>联系记录（最近的在前；回车打开）</source>
            <translation>聯絡記錄（最近的在前；回車開啟）</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/clients_page.py" />
            <source>时间</source>
            <translation>時間</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/clients_page.py" />
            <source>类型</source>
            <translation>類型</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/clients_page.py" />
            <source>编号</source>
            <translation>編號</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/clients_page.py" />
            <source>内容</source>
            <translation>內容</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/clients_page.py" />
            <source>尚无联系记录（首次接触）。</source>
            <translation>尚無聯絡記錄（首次接觸）。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/clients_page.py" />
            <source>请先在列表中选择客户，或按 Ctrl+N 新建业主资料卡。</source>
            <translation>請先在列表中選擇客戶，或按 Ctrl+N 新建業主資料卡。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/clients_page.py" />
            <source>尚未入住</source>
            <translation>尚未入住</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/clients_page.py" />
            <source>新建业主资料卡：填写房号、姓名、电话等，按 Ctrl+S 保存。多个房号或电话用“、”、逗号或空格分开。</source>
            <translation>新建業主資料卡：填寫房號、姓名、電話等，按 Ctrl+S 儲存。多個房號或電話用“、”、逗號或空格分開。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/clients_page.py" />
            <source>房号(&amp;M)</source>
            <translation>房號(&amp;M)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/clients_page.py" />
            <source>姓名(&amp;X)</source>
            <translation>姓名(&amp;X)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/clients_page.py" />
            <source>电话(&amp;P)</source>
            <translation>電話(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/clients_page.py" />
            <source>入住日期(&amp;I)</source>
            <translation>入住日期(&amp;I)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/clients_page.py" />
            <source>未知</source>
            <translation>未知</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/clients_page.py" />
            <source>入住日期不详</source>
            <translation>入住日期不詳</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/clients_page.py" />
            <source>如 3-2-1201、3-2-1202</source>
            <translation>如 3-2-1201、3-2-1202</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/clients_page.py" />
            <source>如 13800001111、0755-88881234</source>
            <translation>如 13800001111、0755-88881234</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/clients_page.py" />
            <source>房屋身份</source>
            <translation>房屋身份</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/clients_page.py" />
            <source>新增房号登记为</source>
            <translation>新增房號登記為</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/clients_page.py" />
            <source>添加成员(&amp;A)</source>
            <translation>新增成員(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/clients_page.py" />
            <source>删除所选成员</source>
            <translation>刪除所選成員</translation>
        </message>
        <message>
            <source>入住日期“{text}”不是日期（例：2019-05-01）</source>
            <translation type="vanished">入住日期“{text}”不是日期（例：2019-05-01）</translation>
        </message>
        <message>
            <source>籍贯(&amp;H)</source>
            <translation type="vanished">籍貫(&amp;H)</translation>
        </message>
        <message>
            <source>房号(&amp;F)</source>
            <translation type="vanished">房號(&amp;F)</translation>
        </message>
        <message>
            <source>姓名(&amp;N)</source>
            <translation type="vanished">姓名(&amp;N)</translation>
        </message>
        <message>
            <source>请先在列表中选择客户。客户资料由物业档案导入，不在此新建。</source>
            <translation type="vanished">請先在列表中選擇客戶。客戶資料由物業檔案匯入，不在此新建。</translation>
        </message>
    </context>
    <context>
        <name>Common</name>
        <message>
            <location filename="../../desk_app/ui/texts.py" />
            <source>、</source>
            <translation>、</translation>
        </message>
    </context>
    <context>
        <name>ComplaintPage</name>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>顾客投诉处理记录表</source>
            <translation>顧客投訴處理記錄表</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>记录表</source>
            <translation>記錄表</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>处理过程</source>
            <translation>處理過程</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>回访与关闭</source>
            <translation>回訪與關閉</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>投诉人(R8)</source>
            <translation>投訴人(R8)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>修改历史</source>
            <translation>修改歷史</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>附件</source>
            <translation>附件</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>编号：{number}</source>
            <translation>編號：{number}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>编号：（保存后生成）</source>
            <translation>編號：（儲存後生成）</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>状态：{status}</source>
            <translation>狀態：{status}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>重大投诉（R19，单独归档）</source>
            <translation>重大投訴（R19，單獨歸檔）</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>受理时间(&amp;T)</source>
            <translation>受理時間(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>投诉渠道(&amp;C)</source>
            <translation>投訴渠道(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>投诉人(&amp;K)</source>
            <translation>投訴人(&amp;K)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>房号(&amp;R)</source>
            <translation>房號(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>如 3-2-1201</source>
            <translation>如 3-2-1201</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>匿名投诉(&amp;A)</source>
            <translation>匿名投訴(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>敏感投诉(&amp;M)</source>
            <translation>敏感投訴(&amp;M)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>投诉性质</source>
            <translation>投訴性質</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>网帖地址(&amp;U)</source>
            <translation>網帖地址(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>投诉内容(&amp;D)</source>
            <translation>投訴內容(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>投诉类别(&amp;L)</source>
            <translation>投訴類別(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>（未分类）</source>
            <translation>（未分類）</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>一类：物业服务本身；二类：地产公司房屋质量、配套设施（须一个工作日内知会地产公司，R4）；三类：外部环境、服务范围外设施或其他单位（记录协调单位）。</source>
            <translation>一類：物業服務本身；二類：地產公司房屋品質、配套設施（須一個工作日內知會地產公司，R4）；三類：外部環境、服務範圍外設施或其他單位（記錄協調單位）。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>协调单位(&amp;B)</source>
            <translation>協調單位(&amp;B)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>书面报告(&amp;W)</source>
            <translation>書面報告(&amp;W)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>所属专业(&amp;Y)</source>
            <translation>所屬專業(&amp;Y)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>最终原因(&amp;Z)</source>
            <translation>最終原因(&amp;Z)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>严重程度(&amp;J)</source>
            <translation>嚴重程度(&amp;J)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>群体投诉（通知部门负责人）</source>
            <translation>群體投訴（通知部門負責人）</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>有过激行为风险</source>
            <translation>有過激行為風險</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>看到/听到了什么（通知部门负责人和品质管理部）</source>
            <translation>看到/聽到了什麼（通知部門負責人和品質管理部）</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>打印记录表…</source>
            <translation>列印記錄表…</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>打印知会函…</source>
            <translation>列印知會函…</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>打印重大投诉档案…</source>
            <translation>列印重大投訴檔案…</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>（未选）</source>
            <translation>（未選）</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>投诉人数 {people}　投诉次数 {times}　跟帖数 {heat}　重新处理 {reopened} 次</source>
            <translation>投訴人數 {people}　投訴次數 {times}　跟帖數 {heat}　重新處理 {reopened} 次</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>计数(R8)</source>
            <translation>計數(R8)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>处理时限（鼠标停在时限上可查看计算过程）</source>
            <translation>處理時限（滑鼠停在時限上可檢視計算過程）</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>按 Tab 键移到某个时限上，这里显示它的计算过程。</source>
            <translation>按 Tab 鍵移到某個時限上，這裡顯示它的計算過程。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>首次回应(R1)</source>
            <translation>首次回應(R1)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>指定专人(R3)</source>
            <translation>指定專人(R3)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>进展通报(R3)</source>
            <translation>進展通報(R3)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>知会地产公司(R4)</source>
            <translation>知會地產公司(R4)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>回访(R6)</source>
            <translation>回訪(R6)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>自动关闭(R7)</source>
            <translation>自動關閉(R7)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>{due} 前</source>
            <translation>{due} 前</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>已于 {met} 完成</source>
            <translation>已於 {met} 完成</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>已于 {met} 完成（时限 {due}）</source>
            <translation>已於 {met} 完成（時限 {due}）</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>{due} 前 — 已逾期</source>
            <translation>{due} 前 — 已逾期</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>首次回应（R1；网络投诉须含具体措施）</source>
            <translation>首次回應（R1；網路投訴須含具體措施）</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>回应内容(&amp;Y)</source>
            <translation>回應內容(&amp;Y)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>登记首次回应</source>
            <translation>登記首次回應</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>回帖拟稿</source>
            <translation>回帖擬稿</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>审批回帖</source>
            <translation>審批回帖</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>回帖</source>
            <translation>回帖</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>回帖草稿（待部门负责人审批）：{text}</source>
            <translation>回帖草稿（待部門負責人審批）：{text}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>回帖草稿（已审批，可回帖）：{text}</source>
            <translation>回帖草稿（已審批，可回帖）：{text}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>已于 {at} 回应：{text}</source>
            <translation>已於 {at} 回應：{text}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>指定专人（R3，由主管或部门负责人指定）</source>
            <translation>指定專人（R3，由主管或部門負責人指定）</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>处理人(&amp;C)</source>
            <translation>處理人(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>部门(&amp;P)</source>
            <translation>部門(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>指定专人</source>
            <translation>指定專人</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>指定专人(&amp;D)</source>
            <translation>指定專人(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>当前处理人：{name}（{department}），{by} 于 {at} 指定</source>
            <translation>當前處理人：{name}（{department}），{by} 於 {at} 指定</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>尚未指定处理人</source>
            <translation>尚未指定處理人</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>处理进展</source>
            <translation>處理進展</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>时间</source>
            <translation>時間</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>记录人</source>
            <translation>記錄人</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>处理情况</source>
            <translation>處理情況</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>已告知客户</source>
            <translation>已告知客戶</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>本次进展(&amp;I)</source>
            <translation>本次進展(&amp;I)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>已告知客户(&amp;O)</source>
            <translation>已告知客戶(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>添加进展</source>
            <translation>新增進展</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>知会地产公司客户关系中心（R4，二类投诉）</source>
            <translation>知會地產公司客戶關係中心（R4，二類投訴）</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>发送方式(&amp;Q)</source>
            <translation>傳送方式(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>书面</source>
            <translation>書面</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>电子邮件</source>
            <translation>電子郵件</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>登记知会函已发出</source>
            <translation>登記知會函已發出</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>知会函已于 {at} 以{method}发出</source>
            <translation>知會函已於 {at} 以{method}發出</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>非二类投诉，无需知会</source>
            <translation>非二類投訴，無需知會</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>知会函尚未发出</source>
            <translation>知會函尚未發出</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>处理结果与验证（R5）</source>
            <translation>處理結果與驗證（R5）</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>处理结果(&amp;X)</source>
            <translation>處理結果(&amp;X)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>现场解决(&amp;Z)</source>
            <translation>現場解決(&amp;Z)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>客户当场确认满意(&amp;2)</source>
            <translation>客戶當場確認滿意(&amp;2)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>登记处理结果</source>
            <translation>登記處理結果</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>验证意见(&amp;3)</source>
            <translation>驗證意見(&amp;3)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>验证合格</source>
            <translation>驗證合格</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>已于 {at} 解决：{text}</source>
            <translation>已於 {at} 解決：{text}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>{who} 于 {at} 验证合格{note}</source>
            <translation>{who} 於 {at} 驗證合格{note}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>尚未解决</source>
            <translation>尚未解決</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>回访（R6：验证合格后按时回访客户）</source>
            <translation>回訪（R6：驗證合格後按時回訪客戶）</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>回访形式(&amp;W)</source>
            <translation>回訪形式(&amp;W)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>客户意见(&amp;I)</source>
            <translation>客戶意見(&amp;I)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>满意（关闭投诉）</source>
            <translation>滿意（關閉投訴）</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>不满意（重新处理）</source>
            <translation>不滿意（重新處理）</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>回访意见(&amp;O)</source>
            <translation>回訪意見(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>非适宜时段说明</source>
            <translation>非適宜時段說明</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>早7点前、晚10点后、午休或节假日致电时填写原因</source>
            <translation>早7點前、晚10點後、午休或節假日致電時填寫原因</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>登记回访</source>
            <translation>登記回訪</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>{who} 于 {at} {form}回访：{verdict}。{comments}</source>
            <translation>{who} 於 {at} {form}回訪：{verdict}。{comments}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>免回访（R6）</source>
            <translation>免回訪（R6）</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>免回访原因(&amp;X)</source>
            <translation>免回訪原因(&amp;X)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>说明(&amp;Z)</source>
            <translation>說明(&amp;Z)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>登记免回访</source>
            <translation>登記免回訪</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>以下情形无需回访：(a) 现场解决且客户当场确认满意；(b) 匿名投诉，或无法联系发帖人的网络投诉；(c) 敏感投诉；(d) 客户拒绝回访（R12）。免回访的投诉在解决 7 天后自动关闭（R7）。</source>
            <translation>以下情形無需回訪：(a) 現場解決且客戶當場確認滿意；(b) 匿名投訴，或無法聯絡發帖人的網路投訴；(c) 敏感投訴；(d) 客戶拒絕回訪（R12）。免回訪的投訴在解決 7 天后自動關閉（R7）。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>免回访：{reason}{note}</source>
            <translation>免回訪：{reason}{note}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>关闭与重新处理（R7）</source>
            <translation>關閉與重新處理（R7）</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>关闭投诉…</source>
            <translation>關閉投訴…</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>重新处理…</source>
            <translation>重新處理…</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>已于 {at} 关闭（{kind}）</source>
            <translation>已於 {at} 關閉（{kind}）</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>未关闭</source>
            <translation>未關閉</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>关闭投诉</source>
            <translation>關閉投訴</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>确定关闭投诉 {number} 吗？关闭后不能再修改记录表，只能重新处理。</source>
            <translation>確定關閉投訴 {number} 嗎？關閉後不能再修改記錄表，只能重新處理。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>重新处理</source>
            <translation>重新處理</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>请填写重新处理的原因（必填，计入重新处理统计）：</source>
            <translation>請填寫重新處理的原因（必填，計入重新處理統計）：</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>确定把投诉 {number} 退回处理中吗？
原因：{reason}</source>
            <translation>確定把投訴 {number} 退回處理中嗎？
原因：{reason}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>同一事件的其他投诉人</source>
            <translation>同一事件的其他投訴人</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>姓名</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>房号</source>
            <translation>房號</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>电话</source>
            <translation>電話</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>次数</source>
            <translation>次數</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>加入时间</source>
            <translation>加入時間</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>客户(&amp;K)</source>
            <translation>客戶(&amp;K)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>或姓名(&amp;A)</source>
            <translation>或姓名(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>电话(&amp;P)</source>
            <translation>電話(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>添加投诉人</source>
            <translation>新增投訴人</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>同一事件再次投诉（次数 +1）</source>
            <translation>同一事件再次投訴（次數 +1）</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>网络跟帖（R8：跟帖提高热度；有新内容的跟帖另立投诉）</source>
            <translation>網路跟帖（R8：跟帖提高熱度；有新內容的跟帖另立投訴）</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>新增跟帖数(&amp;T)</source>
            <translation>新增跟帖數(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>增加跟帖数</source>
            <translation>增加跟帖數</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>操作人</source>
            <translation>操作人</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>操作</source>
            <translation>操作</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>项目</source>
            <translation>項目</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>原值</source>
            <translation>原值</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>新值</source>
            <translation>新值</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>系统</source>
            <translation>系統</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>是</source>
            <translation>是</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>否</source>
            <translation>否</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>请先保存投诉记录。</source>
            <translation>請先儲存投訴記錄。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>请先在窗口底部选择值班人员。</source>
            <translation>請先在視窗底部選擇值班人員。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/complaint_page.py" />
            <source>已完成：{what}。</source>
            <translation>已完成：{what}。</translation>
        </message>
        <message>
            <source>客户不愿接受回访（R12）</source>
            <translation type="vanished">客戶不願接受回訪（R12）</translation>
        </message>
        <message>
            <source>操作失败：数据库暂时无法写入（{detail}），请稍后再试。</source>
            <translation type="vanished">操作失敗：資料庫暫時無法寫入（{detail}），請稍後再試。</translation>
        </message>
        <message>
            <source>这条投诉刚被其他人修改过，请重新打开后再操作。</source>
            <translation type="vanished">這條投訴剛被其他人修改過，請重新開啟後再操作。</translation>
        </message>
        <message>
            <source>编号</source>
            <translation type="vanished">編號</translation>
        </message>
        <message>
            <source>受理时间</source>
            <translation type="vanished">受理時間</translation>
        </message>
        <message>
            <source>投诉人</source>
            <translation type="vanished">投訴人</translation>
        </message>
        <message>
            <source>渠道</source>
            <translation type="vanished">渠道</translation>
        </message>
        <message>
            <source>类别</source>
            <translation type="vanished">類別</translation>
        </message>
        <message>
            <source>专业</source>
            <translation type="vanished">專業</translation>
        </message>
        <message>
            <source>状态</source>
            <translation type="vanished">狀態</translation>
        </message>
        <message>
            <source>程度</source>
            <translation type="vanished">程度</translation>
        </message>
        <message>
            <source>首次回应时限</source>
            <translation type="vanished">首次回應時限</translation>
        </message>
        <message>
            <source>逾期</source>
            <translation type="vanished">逾期</translation>
        </message>
        <message>
            <source>全部</source>
            <translation type="vanished">全部</translation>
        </message>
        <message>
            <source>任一时限逾期</source>
            <translation type="vanished">任一時限逾期</translation>
        </message>
        <message>
            <source>首次回应逾期</source>
            <translation type="vanished">首次回應逾期</translation>
        </message>
        <message>
            <source>待指定专人</source>
            <translation type="vanished">待指定專人</translation>
        </message>
        <message>
            <source>进展通报逾期</source>
            <translation type="vanished">進展通報逾期</translation>
        </message>
        <message>
            <source>知会地产公司逾期</source>
            <translation type="vanished">知會地產公司逾期</translation>
        </message>
        <message>
            <source>回访逾期</source>
            <translation type="vanished">回訪逾期</translation>
        </message>
        <message>
            <source>重大投诉</source>
            <translation type="vanished">重大投訴</translation>
        </message>
        <message>
            <source>顾客投诉处理记录</source>
            <translation type="vanished">顧客投訴處理記錄</translation>
        </message>
        <message>
            <source>最终原因(&amp;G)</source>
            <translation type="vanished">最終原因(&amp;G)</translation>
        </message>
        <message>
            <source>回应内容(&amp;F)</source>
            <translation type="vanished">回應內容(&amp;F)</translation>
        </message>
        <message>
            <source>处理人(&amp;H)</source>
            <translation type="vanished">處理人(&amp;H)</translation>
        </message>
        <message>
            <source>回访形式(&amp;F)</source>
            <translation type="vanished">回訪形式(&amp;F)</translation>
        </message>
        <message>
            <source>新增跟帖数(&amp;H)</source>
            <translation type="vanished">新增跟帖數(&amp;H)</translation>
        </message>
    </context>
    <context>
        <name>ConflictDialog</name>
        <message>
            <location filename="../../desk_app/ui/conflict_dialog.py" />
            <source>记录已被他人修改</source>
            <translation>記錄已被他人修改</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/conflict_dialog.py" />
            <source>您打开这条记录之后，{who}修改并保存了它，您的保存未生效。下面列出对方改动的内容和您填写的内容：</source>
            <translation>您開啟這條記錄之後，{who}修改並儲存了它，您的儲存未生效。下面列出對方改動的內容和您填寫的內容：</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/conflict_dialog.py" />
            <source>其他人</source>
            <translation>其他人</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/conflict_dialog.py" />
            <source>项目</source>
            <translation>項目</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/conflict_dialog.py" />
            <source>对方保存的值</source>
            <translation>對方儲存的值</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/conflict_dialog.py" />
            <source>您填写的值</source>
            <translation>您填寫的值</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/conflict_dialog.py" />
            <source>保留我的并重新保存</source>
            <translation>保留我的並重新儲存</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/conflict_dialog.py" />
            <source>采用对方的</source>
            <translation>採用對方的</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/conflict_dialog.py" />
            <source>取消</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/conflict_dialog.py" />
            <source>“保留我的并重新保存”用您填写的全部内容覆盖对方的修改；“采用对方的”放弃您的输入并显示对方保存的记录；“取消”回到表单，您的输入仍在，可以先核对再保存。</source>
            <translation>“保留我的並重新儲存”用您填寫的全部內容覆蓋對方的修改；“採用對方的”放棄您的輸入並顯示對方儲存的記錄；“取消”回到表單，您的輸入仍在，可以先核對再儲存。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/conflict_dialog.py" />
            <source>（空）</source>
            <translation>（空）</translation>
        </message>
    </context>
    <context>
        <name>DailyTallyPage</name>
        <message>
            <location filename="../../desk_app/ui/daily_tally_page.py" />
            <source>日盘点</source>
            <translation>日盤點</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/daily_tally_page.py" />
            <source>日期：</source>
            <translation>日期：</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/daily_tally_page.py" />
            <source>今天</source>
            <translation>今天</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/daily_tally_page.py" />
            <source>刷新</source>
            <translation>重新整理</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/daily_tally_page.py" />
            <source>类别</source>
            <translation>類別</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/daily_tally_page.py" />
            <source>投诉</source>
            <translation>投訴</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/daily_tally_page.py" />
            <source>报修</source>
            <translation>報修</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/daily_tally_page.py" />
            <source>编号</source>
            <translation>編號</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/daily_tally_page.py" />
            <source>受理时间</source>
            <translation>受理時間</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/daily_tally_page.py" />
            <source>房号</source>
            <translation>房號</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/daily_tally_page.py" />
            <source>内容摘要</source>
            <translation>內容摘要</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/daily_tally_page.py" />
            <source>状态</source>
            <translation>狀態</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/daily_tally_page.py" />
            <source>{day} 共受理投诉 {complaints} 件、报修 {repairs} 件，其中未完结 {open} 件。</source>
            <translation>{day} 共受理投訴 {complaints} 件、報修 {repairs} 件，其中未完結 {open} 件。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/daily_tally_page.py" />
            <source>（非工作日，无须盘点）</source>
            <translation>（非工作日，無須盤點）</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/daily_tally_page.py" />
            <source>已于 {at} 由 {who} 确认。</source>
            <translation>已於 {at} 由 {who} 確認。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/daily_tally_page.py" />
            <source>尚未确认。</source>
            <translation>尚未確認。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/daily_tally_page.py" />
            <source>备注（可不填）</source>
            <translation>備註（可不填）</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/daily_tally_page.py" />
            <source>确认盘点(&amp;C)</source>
            <translation>確認盤點(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/daily_tally_page.py" />
            <source>重新确认(&amp;C)</source>
            <translation>重新確認(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/daily_tally_page.py" />
            <source>以当前值班人员的名义确认本日盘点（R10）</source>
            <translation>以當前值班人員的名義確認本日盤點（R10）</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/daily_tally_page.py" />
            <source>请先在状态栏选择当前值班人员，再确认盘点。</source>
            <translation>請先在狀態列選擇當前值班人員，再確認盤點。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/daily_tally_page.py" />
            <source>打印日盘点表(&amp;P)…</source>
            <translation>列印日盤點表(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/daily_tally_page.py" />
            <source>生成日盘点表并打开打印预览</source>
            <translation>生成日盤點表並開啟列印預覽</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/daily_tally_page.py" />
            <source>日盘点表的打印功能即将提供</source>
            <translation>日盤點表的列印功能即將提供</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/daily_tally_page.py" />
            <source>已生成 {path}，请手动打开后打印。</source>
            <translation>已生成 {path}，請手動開啟後列印。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/daily_tally_page.py" />
            <source>未确认的工作日（近 30 天）</source>
            <translation>未確認的工作日（近 30 天）</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/daily_tally_page.py" />
            <source>近 30 天的盘点均已确认。</source>
            <translation>近 30 天的盤點均已確認。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/daily_tally_page.py" />
            <source>数据库出错，请稍后再试：{detail}</source>
            <translation>資料庫出錯，請稍後再試：{detail}</translation>
        </message>
        <message>
            <source>生成日盘点表 PDF 并用系统的 PDF 阅读器打开</source>
            <translation type="vanished">生成日盤點表 PDF 並用系統的 PDF 閱讀器開啟</translation>
        </message>
    </context>
    <context>
        <name>DashboardPage</name>
        <message>
            <location filename="../../desk_app/ui/dashboard_page.py" />
            <source>{month}月</source>
            <translation>{month}月</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dashboard_page.py" />
            <source>主管看板</source>
            <translation>主管看板</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dashboard_page.py" />
            <source>刷新(F5)</source>
            <translation>重新整理(F5)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dashboard_page.py" />
            <source>正在刷新…</source>
            <translation>正在重新整理…</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dashboard_page.py" />
            <source>截至 {time}，每 {seconds} 秒自动刷新</source>
            <translation>截至 {time}，每 {seconds} 秒自動重新整理</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dashboard_page.py" />
            <source>刷新失败：{error}</source>
            <translation>重新整理失敗：{error}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dashboard_page.py" />
            <source>{rule}：{title}。点击或按回车查看明细。</source>
            <translation>{rule}：{title}。點選或按回車檢視明細。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dashboard_page.py" />
            <source>近 12 个月投诉数</source>
            <translation>近 12 個月投訴數</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dashboard_page.py" />
            <source>投诉类别（近 12 个月）</source>
            <translation>投訴類別（近 12 個月）</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dashboard_page.py" />
            <source>投诉根因 人机料法环（近 12 个月）</source>
            <translation>投訴根因 人機料法環（近 12 個月）</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dashboard_page.py" />
            <source>{title}（{count}）</source>
            <translation>{title}（{count}）</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dashboard_page.py" />
            <source>编号/对象</source>
            <translation>編號/對象</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dashboard_page.py" />
            <source>摘要</source>
            <translation>摘要</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dashboard_page.py" />
            <source>时限</source>
            <translation>時限</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dashboard_page.py" />
            <source>处理人</source>
            <translation>處理人</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dashboard_page.py" />
            <source>逾期多久</source>
            <translation>逾期多久</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dashboard_page.py" />
            <source>双击或按回车打开记录。</source>
            <translation>雙擊或按回車開啟記錄。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dashboard_page.py" />
            <source>关闭</source>
            <translation>關閉</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dashboard_page.py" />
            <source>这些条目没有单独的记录可打开。</source>
            <translation>這些條目沒有單獨的記錄可開啟。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dashboard_page.py" />
            <source>新的媒体来访/来电：{refs}</source>
            <translation>新的媒體來訪/來電：{refs}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dashboard_page.py" />
            <source>首次回应已逾期：{refs}</source>
            <translation>首次回應已逾期：{refs}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dashboard_page.py" />
            <source>前台 Desk 主管看板</source>
            <translation>前台 Desk 主管看板</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dashboard_page.py" />
            <source>媒体来访/来电</source>
            <translation>媒體來訪/來電</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dashboard_page.py" />
            <source>首次回应逾期</source>
            <translation>首次回應逾期</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dashboard_page.py" />
            <source>首次回应 1 小时内到期</source>
            <translation>首次回應 1 小時內到期</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dashboard_page.py" />
            <source>难点投诉未指定专人</source>
            <translation>難點投訴未指定專人</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dashboard_page.py" />
            <source>未按时通报进展</source>
            <translation>未按時通報進展</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dashboard_page.py" />
            <source>二类知会函逾期</source>
            <translation>二類知會函逾期</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dashboard_page.py" />
            <source>回访逾期</source>
            <translation>回訪逾期</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dashboard_page.py" />
            <source>待回访</source>
            <translation>待回訪</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dashboard_page.py" />
            <source>今日自动关闭</source>
            <translation>今日自動關閉</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dashboard_page.py" />
            <source>派工单逾期</source>
            <translation>派工單逾期</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dashboard_page.py" />
            <source>维修回访逾期</source>
            <translation>維修回訪逾期</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dashboard_page.py" />
            <source>维修待回访</source>
            <translation>維修待回訪</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dashboard_page.py" />
            <source>承诺答复逾期</source>
            <translation>承諾答覆逾期</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dashboard_page.py" />
            <source>今日待答复</source>
            <translation>今日待答覆</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dashboard_page.py" />
            <source>预约未按时赴约</source>
            <translation>預約未按時赴約</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dashboard_page.py" />
            <source>今日预约</source>
            <translation>今日預約</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dashboard_page.py" />
            <source>整改通知书逾期</source>
            <translation>整改通知書逾期</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dashboard_page.py" />
            <source>温馨提示待检查/清理</source>
            <translation>溫馨提示待檢查/清理</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dashboard_page.py" />
            <source>日盘点未确认</source>
            <translation>日盤點未確認</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dashboard_page.py" />
            <source>月度报告逾期</source>
            <translation>月度報告逾期</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dashboard_page.py" />
            <source>月度报告即将到期</source>
            <translation>月度報告即將到期</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dashboard_page.py" />
            <source>上月访谈未达标</source>
            <translation>上月訪談未達標</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dashboard_page.py" />
            <source>本月访谈尚差</source>
            <translation>本月訪談尚差</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dashboard_page.py" />
            <source>乔迁拜访逾期</source>
            <translation>喬遷拜訪逾期</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dashboard_page.py" />
            <source>节假日日历未载入</source>
            <translation>節假日日曆未載入</translation>
        </message>
        <message>
            <source>{rule}：{title}。点击查看明细。</source>
            <translation type="vanished">{rule}：{title}。點選檢視明細。</translation>
        </message>
    </context>
    <context>
        <name>DateField</name>
        <message>
            <location filename="../../desk_app/ui/date_field.py" />
            <source>如 20261220、12-20、+7</source>
            <translation>如 20261220、12-20、+7</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/date_field.py" />
            <source>打开日历（Alt+↓ 或 F4）</source>
            <translation>開啟日曆（Alt+↓ 或 F4）</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/date_field.py" />
            <source>法定节假日</source>
            <translation>法定節假日</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/date_field.py" />
            <source>调休上班</source>
            <translation>調休上班</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/date_field.py" />
            <source>{day}（{weekday}）</source>
            <translation>{day}（{weekday}）</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/date_field.py" />
            <source>星期一</source>
            <translation>星期一</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/date_field.py" />
            <source>星期二</source>
            <translation>星期二</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/date_field.py" />
            <source>星期三</source>
            <translation>星期三</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/date_field.py" />
            <source>星期四</source>
            <translation>星期四</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/date_field.py" />
            <source>星期五</source>
            <translation>星期五</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/date_field.py" />
            <source>星期六</source>
            <translation>星期六</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/date_field.py" />
            <source>星期日</source>
            <translation>星期日</translation>
        </message>
    </context>
    <context>
        <name>DepartmentsPage</name>
        <message>
            <location filename="../../desk_app/ui/departments_page.py" />
            <source>部门</source>
            <translation>部門</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/departments_page.py" />
            <source>部门用于员工账号、派工单和投诉的责任部门。停用的部门不再出现在各表单的部门选项中，已有记录不受影响。</source>
            <translation>部門用於員工帳號、派工單和投訴的責任部門。停用的部門不再出現在各表單的部門選項中，已有記錄不受影響。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/departments_page.py" />
            <source>只有系统管理员可以修改部门；当前值班人员只能查看。</source>
            <translation>只有系統管理員可以修改部門；當前值班人員只能檢視。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/departments_page.py" />
            <source>部门名称</source>
            <translation>部門名稱</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/departments_page.py" />
            <source>状态</source>
            <translation>狀態</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/departments_page.py" />
            <source>在职员工</source>
            <translation>在職員工</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/departments_page.py" />
            <source>在用</source>
            <translation>在用</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/departments_page.py" />
            <source>已停用</source>
            <translation>已停用</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/departments_page.py" />
            <source>名称(&amp;M)</source>
            <translation>名稱(&amp;M)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/departments_page.py" />
            <source>如 客服中心、工程部、秩序部</source>
            <translation>如 客服中心、工程部、秩序部</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/departments_page.py" />
            <source>新建(&amp;N)</source>
            <translation>新建(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/departments_page.py" />
            <source>改名(&amp;R)</source>
            <translation>改名(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/departments_page.py" />
            <source>停用(&amp;D)</source>
            <translation>停用(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/departments_page.py" />
            <source>启用(&amp;D)</source>
            <translation>啟用(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/departments_page.py" />
            <source>已新建部门“{name}”。</source>
            <translation>已新建部門“{name}”。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/departments_page.py" />
            <source>已改名为“{name}”。</source>
            <translation>已改名為“{name}”。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/departments_page.py" />
            <source>已停用部门“{name}”。</source>
            <translation>已停用部門“{name}”。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/departments_page.py" />
            <source>已启用部门“{name}”。</source>
            <translation>已啟用部門“{name}”。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/departments_page.py" />
            <source>请先在列表中选中一个部门。</source>
            <translation>請先在列表中選中一個部門。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/departments_page.py" />
            <source>还没有部门。在下面输入名称后按回车新建。</source>
            <translation>還沒有部門。在下面輸入名稱後按回車新建。</translation>
        </message>
    </context>
    <context>
        <name>DispatchSlipsPage</name>
        <message>
            <location filename="../../desk_app/ui/dispatch_slips_page.py" />
            <source>派工单 / 协调单</source>
            <translation>派工單 / 協調單</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispatch_slips_page.py" />
            <source>单据类别(&amp;K)</source>
            <translation>單據類別(&amp;K)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispatch_slips_page.py" />
            <source>派单时间(&amp;T)</source>
            <translation>派單時間(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispatch_slips_page.py" />
            <source>房号(&amp;R)</source>
            <translation>房號(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispatch_slips_page.py" />
            <source>如 3-2-1201（公共部位可不填）</source>
            <translation>如 3-2-1201（公共部位可不填）</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispatch_slips_page.py" />
            <source>联系人(&amp;L)</source>
            <translation>聯絡人(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispatch_slips_page.py" />
            <source>联系电话(&amp;M)</source>
            <translation>聯絡電話(&amp;M)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispatch_slips_page.py" />
            <source>派工内容(&amp;W)</source>
            <translation>派工內容(&amp;W)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispatch_slips_page.py" />
            <source>派往部门(&amp;D)</source>
            <translation>派往部門(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispatch_slips_page.py" />
            <source>接单人(&amp;8)</source>
            <translation>接單人(&amp;8)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispatch_slips_page.py" />
            <source>完成情况(&amp;J)</source>
            <translation>完成情況(&amp;J)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispatch_slips_page.py" />
            <source>派工</source>
            <translation>派工</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispatch_slips_page.py" />
            <source>维修人员反馈（前台代为登记）</source>
            <translation>維修人員反饋（前臺代為登記）</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispatch_slips_page.py" />
            <source>回访</source>
            <translation>回訪</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispatch_slips_page.py" />
            <source>专业(&amp;B)</source>
            <translation>專業(&amp;B)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispatch_slips_page.py" />
            <source>紧急（1 小时内）(&amp;U)</source>
            <translation>緊急（1 小時內）(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispatch_slips_page.py" />
            <source>手工指定完成时间(&amp;I)</source>
            <translation>手工指定完成時間(&amp;I)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispatch_slips_page.py" />
            <source>要求完成(&amp;Q)</source>
            <translation>要求完成(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispatch_slips_page.py" />
            <source>接单时间(&amp;9)</source>
            <translation>接單時間(&amp;9)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispatch_slips_page.py" />
            <source>到场时间(&amp;Z)</source>
            <translation>到場時間(&amp;Z)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispatch_slips_page.py" />
            <source>所用材料(&amp;0)</source>
            <translation>所用材料(&amp;0)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispatch_slips_page.py" />
            <source>客户现场确认满意(&amp;X)</source>
            <translation>客戶現場確認滿意(&amp;X)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispatch_slips_page.py" />
            <source>回访方式(&amp;1)</source>
            <translation>回訪方式(&amp;1)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispatch_slips_page.py" />
            <source>回访结果(&amp;2)</source>
            <translation>回訪結果(&amp;2)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispatch_slips_page.py" />
            <source>回访意见(&amp;3)</source>
            <translation>回訪意見(&amp;3)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispatch_slips_page.py" />
            <source>满意</source>
            <translation>滿意</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispatch_slips_page.py" />
            <source>非适宜时段说明(&amp;7)</source>
            <translation>非適宜時段說明(&amp;7)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispatch_slips_page.py" />
            <source>早7点前、晚10点后、午休或节假日致电时填写原因</source>
            <translation>早7點前、晚10點後、午休或節假日致電時填寫原因</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispatch_slips_page.py" />
            <source>不满意（返工）</source>
            <translation>不滿意（返工）</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispatch_slips_page.py" />
            <source>保存派工(&amp;A)</source>
            <translation>儲存派工(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispatch_slips_page.py" />
            <source>登记接单(&amp;4)</source>
            <translation>登記接單(&amp;4)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispatch_slips_page.py" />
            <source>登记到场(&amp;5)</source>
            <translation>登記到場(&amp;5)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispatch_slips_page.py" />
            <source>登记回访(&amp;6)</source>
            <translation>登記回訪(&amp;6)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispatch_slips_page.py" />
            <source>派工已保存。</source>
            <translation>派工已儲存。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispatch_slips_page.py" />
            <source>已登记接单。</source>
            <translation>已登記接單。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispatch_slips_page.py" />
            <source>已登记到场。</source>
            <translation>已登記到場。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispatch_slips_page.py" />
            <source>已登记回访。</source>
            <translation>已登記回訪。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispatch_slips_page.py" />
            <source>状态：{stage}</source>
            <translation>狀態：{stage}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispatch_slips_page.py" />
            <source>回访期限：{when}</source>
            <translation>回訪期限：{when}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispatch_slips_page.py" />
            <source>要求完成</source>
            <translation>要求完成</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispatch_slips_page.py" />
            <source>完成后填写处理结果</source>
            <translation>完成後填寫處理結果</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispatch_slips_page.py" />
            <source>重新打开原因(&amp;Y)</source>
            <translation>重新開啟原因(&amp;Y)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispatch_slips_page.py" />
            <source>（未指定）</source>
            <translation>（未指定）</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispatch_slips_page.py" />
            <source>登记完成(&amp;C)</source>
            <translation>登記完成(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispatch_slips_page.py" />
            <source>重新打开(&amp;O)</source>
            <translation>重新開啟(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispatch_slips_page.py" />
            <source>已登记完成。</source>
            <translation>已登記完成。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispatch_slips_page.py" />
            <source>已重新打开。</source>
            <translation>已重新開啟。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispatch_slips_page.py" />
            <source>已于 {when} 完成</source>
            <translation>已於 {when} 完成</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispatch_slips_page.py" />
            <source>来源：工作信息记录 {number}</source>
            <translation>來源：工作資訊記錄 {number}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispatch_slips_page.py" />
            <source>编号</source>
            <translation>編號</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispatch_slips_page.py" />
            <source>类别</source>
            <translation>類別</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispatch_slips_page.py" />
            <source>派单时间</source>
            <translation>派單時間</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispatch_slips_page.py" />
            <source>房号</source>
            <translation>房號</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispatch_slips_page.py" />
            <source>派工内容</source>
            <translation>派工內容</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispatch_slips_page.py" />
            <source>状态</source>
            <translation>狀態</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispatch_slips_page.py" />
            <source>完成时间</source>
            <translation>完成時間</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispatch_slips_page.py" />
            <source>全部</source>
            <translation>全部</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispatch_slips_page.py" />
            <source>派工单</source>
            <translation>派工單</translation>
        </message>
        <message>
            <source>联系电话(&amp;P)</source>
            <translation type="vanished">聯絡電話(&amp;P)</translation>
        </message>
        <message>
            <source>接单人(&amp;E)</source>
            <translation type="vanished">接單人(&amp;E)</translation>
        </message>
        <message>
            <source>接单时间(&amp;G)</source>
            <translation type="vanished">接單時間(&amp;G)</translation>
        </message>
        <message>
            <source>所用材料(&amp;M)</source>
            <translation type="vanished">所用材料(&amp;M)</translation>
        </message>
        <message>
            <source>状态：未完成</source>
            <translation type="vanished">狀態：未完成</translation>
        </message>
        <message>
            <source>状态：已于 {when} 完成</source>
            <translation type="vanished">狀態：已於 {when} 完成</translation>
        </message>
    </context>
    <context>
        <name>DisputePage</name>
        <message>
            <location filename="../../desk_app/ui/dispute_page.py" />
            <source>邻里纠纷处理记录表</source>
            <translation>鄰里糾紛處理記錄表</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispute_page.py" />
            <source>编号：{number}　状态：{status}</source>
            <translation>編號：{number}　狀態：{status}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispute_page.py" />
            <source>打印记录表(&amp;Y)…</source>
            <translation>列印記錄表(&amp;Y)…</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispute_page.py" />
            <source>编号：（保存后生成）</source>
            <translation>編號：（儲存後生成）</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispute_page.py" />
            <source>纠纷类型(&amp;T)</source>
            <translation>糾紛類型(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispute_page.py" />
            <source>登记时间(&amp;D)</source>
            <translation>登記時間(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispute_page.py" />
            <source>纠纷双方</source>
            <translation>糾紛雙方</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispute_page.py" />
            <source>投诉方房号(&amp;R)</source>
            <translation>投訴方房號(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispute_page.py" />
            <source>投诉方客户(&amp;K)</source>
            <translation>投訴方客戶(&amp;K)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispute_page.py" />
            <source>被投诉方房号(&amp;B)</source>
            <translation>被投訴方房號(&amp;B)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispute_page.py" />
            <source>被投诉方客户(&amp;L)</source>
            <translation>被投訴方客戶(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispute_page.py" />
            <source>如 3-2-1201</source>
            <translation>如 3-2-1201</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispute_page.py" />
            <source>纠纷情况(&amp;Q)</source>
            <translation>糾紛情況(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispute_page.py" />
            <source>负责人(&amp;Z)</source>
            <translation>負責人(&amp;Z)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispute_page.py" />
            <source>（未选）</source>
            <translation>（未選）</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispute_page.py" />
            <source>处理经过（参与单位：居委会/社区工作站、业委会、街道办、城管、派出所）</source>
            <translation>處理經過（參與單位：居委會/社區工作站、業委會、街道辦、城管、派出所）</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispute_page.py" />
            <source>时间</source>
            <translation>時間</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispute_page.py" />
            <source>记录人</source>
            <translation>記錄人</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispute_page.py" />
            <source>处理经过</source>
            <translation>處理經過</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispute_page.py" />
            <source>参与单位</source>
            <translation>參與單位</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispute_page.py" />
            <source>结果</source>
            <translation>結果</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispute_page.py" />
            <source>本次经过(&amp;I)</source>
            <translation>本次經過(&amp;I)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispute_page.py" />
            <source>本次结果(&amp;U)</source>
            <translation>本次結果(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispute_page.py" />
            <source>添加经过(&amp;A)</source>
            <translation>新增經過(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispute_page.py" />
            <source>补记参与单位(&amp;P)</source>
            <translation>補記參與單位(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispute_page.py" />
            <source>补记到选中的经过</source>
            <translation>補記到選中的經過</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispute_page.py" />
            <source>请先在处理经过表中选中一条经过。</source>
            <translation>請先在處理經過表中選中一條經過。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispute_page.py" />
            <source>关联的温馨提示与整改通知书</source>
            <translation>關聯的溫馨提示與整改通知書</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispute_page.py" />
            <source>编号(&amp;X)</source>
            <translation>編號(&amp;X)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispute_page.py" />
            <source>如 TX-202611-0003 或 ZG-202611-0001</source>
            <translation>如 TX-202611-0003 或 ZG-202611-0001</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispute_page.py" />
            <source>关联(&amp;M)</source>
            <translation>關聯(&amp;M)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispute_page.py" />
            <source>取消关联(&amp;W)</source>
            <translation>取消關聯(&amp;W)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispute_page.py" />
            <source>关联</source>
            <translation>關聯</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispute_page.py" />
            <source>取消关联</source>
            <translation>取消關聯</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispute_page.py" />
            <source>处理结果</source>
            <translation>處理結果</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispute_page.py" />
            <source>处理结果(&amp;O)</source>
            <translation>處理結果(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispute_page.py" />
            <source>结案方式(&amp;J)</source>
            <translation>結案方式(&amp;J)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispute_page.py" />
            <source>结案…</source>
            <translation>結案…</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispute_page.py" />
            <source>重新处理…</source>
            <translation>重新處理…</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispute_page.py" />
            <source>已于 {at} 结案（{status}）：{outcome}</source>
            <translation>已於 {at} 結案（{status}）：{outcome}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispute_page.py" />
            <source>处理中</source>
            <translation>處理中</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispute_page.py" />
            <source>结案</source>
            <translation>結案</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispute_page.py" />
            <source>重新处理</source>
            <translation>重新處理</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispute_page.py" />
            <source>请填写重新处理的原因（必填）：</source>
            <translation>請填寫重新處理的原因（必填）：</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispute_page.py" />
            <source>请先保存纠纷记录。</source>
            <translation>請先儲存糾紛記錄。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispute_page.py" />
            <source>请先在窗口底部选择值班人员。</source>
            <translation>請先在視窗底部選擇值班人員。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispute_page.py" />
            <source>已完成：{what}。</source>
            <translation>已完成：{what}。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispute_page.py" />
            <source>编号</source>
            <translation>編號</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispute_page.py" />
            <source>登记时间</source>
            <translation>登記時間</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispute_page.py" />
            <source>类型</source>
            <translation>類型</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispute_page.py" />
            <source>投诉方</source>
            <translation>投訴方</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispute_page.py" />
            <source>被投诉方</source>
            <translation>被投訴方</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispute_page.py" />
            <source>状态</source>
            <translation>狀態</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispute_page.py" />
            <source>负责人</source>
            <translation>負責人</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispute_page.py" />
            <source>全部</source>
            <translation>全部</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dispute_page.py" />
            <source>邻里纠纷处理记录</source>
            <translation>鄰里糾紛處理記錄</translation>
        </message>
        <message>
            <source>确定以“{status}”结案 {number} 吗？
处理结果：{outcome}</source>
            <translation type="vanished">確定以“{status}”結案 {number} 嗎？
處理結果：{outcome}</translation>
        </message>
        <message>
            <source>操作失败：数据库暂时无法写入（{detail}），请稍后再试。</source>
            <translation type="vanished">操作失敗：資料庫暫時無法寫入（{detail}），請稍後再試。</translation>
        </message>
        <message>
            <source>这条记录刚被其他人修改过，请重新打开后再操作。</source>
            <translation type="vanished">這條記錄剛被其他人修改過，請重新開啟後再操作。</translation>
        </message>
        <message>
            <source>负责人(&amp;H)</source>
            <translation type="vanished">負責人(&amp;H)</translation>
        </message>
        <message>
            <source>编号(&amp;G)</source>
            <translation type="vanished">編號(&amp;G)</translation>
        </message>
    </context>
    <context>
        <name>DocumentsPage</name>
        <message>
            <location filename="../../desk_app/ui/documents_page.py" />
            <source>文件资料收发登记</source>
            <translation>檔案資料收發登記</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/documents_page.py" />
            <source>收件时间(&amp;T)</source>
            <translation>收件時間(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/documents_page.py" />
            <source>传真(&amp;X)</source>
            <translation>傳真(&amp;X)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/documents_page.py" />
            <source>文件资料内容(&amp;W)</source>
            <translation>檔案資料內容(&amp;W)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/documents_page.py" />
            <source>（内容保密：只向收件人本人、客服主管、部门负责人或系统管理员显示）</source>
            <translation>（內容保密：只向收件人本人、客服主管、部門負責人或系統管理員顯示）</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/documents_page.py" />
            <source>发件方(&amp;J)</source>
            <translation>發件方(&amp;J)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/documents_page.py" />
            <source>收件方(&amp;O)</source>
            <translation>收件方(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/documents_page.py" />
            <source>收件员工(&amp;Y)</source>
            <translation>收件員工(&amp;Y)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/documents_page.py" />
            <source>收件房号(&amp;R)</source>
            <translation>收件房號(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/documents_page.py" />
            <source>如 3-2-1201（可不填）</source>
            <translation>如 3-2-1201（可不填）</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/documents_page.py" />
            <source>收件人联系电话(&amp;C)</source>
            <translation>收件人聯絡電話(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/documents_page.py" />
            <source>签收人(&amp;Q)</source>
            <translation>簽收人(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/documents_page.py" />
            <source>交接时由收件人签名后填写</source>
            <translation>交接時由收件人簽名後填寫</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/documents_page.py" />
            <source>（无）</source>
            <translation>（無）</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/documents_page.py" />
            <source>签收交接(&amp;D)</source>
            <translation>簽收交接(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/documents_page.py" />
            <source>已于 {when} 由 {who} 签收</source>
            <translation>已於 {when} 由 {who} 簽收</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/documents_page.py" />
            <source>尚未交接</source>
            <translation>尚未交接</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/documents_page.py" />
            <source>已登记签收。</source>
            <translation>已登記簽收。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/documents_page.py" />
            <source>编号</source>
            <translation>編號</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/documents_page.py" />
            <source>收件时间</source>
            <translation>收件時間</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/documents_page.py" />
            <source>传真</source>
            <translation>傳真</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/documents_page.py" />
            <source>发件方</source>
            <translation>發件方</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/documents_page.py" />
            <source>收件方</source>
            <translation>收件方</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/documents_page.py" />
            <source>交接时间</source>
            <translation>交接時間</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/documents_page.py" />
            <source>签收人</source>
            <translation>簽收人</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/documents_page.py" />
            <source>状态</source>
            <translation>狀態</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/documents_page.py" />
            <source>全部</source>
            <translation>全部</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/documents_page.py" />
            <source>未交接</source>
            <translation>未交接</translation>
        </message>
        <message>
            <source>发件方(&amp;F)</source>
            <translation type="vanished">發件方(&amp;F)</translation>
        </message>
        <message>
            <source>收件员工(&amp;E)</source>
            <translation type="vanished">收件員工(&amp;E)</translation>
        </message>
        <message>
            <source>签收人(&amp;G)</source>
            <translation type="vanished">簽收人(&amp;G)</translation>
        </message>
        <message>
            <source>签收交接(&amp;H)</source>
            <translation type="vanished">簽收交接(&amp;H)</translation>
        </message>
    </context>
    <context>
        <name>Enums</name>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>来电</source>
            <translation>來電</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>来访</source>
            <translation>來訪</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>来函</source>
            <translation>來函</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>电子邮件</source>
            <translation>電子郵件</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>网络/论坛</source>
            <translation>網路/論壇</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>上级/相关单位转办</source>
            <translation>上級/相關單位轉辦</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>媒体</source>
            <translation>媒體</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>咨询</source>
            <translation>諮詢</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>报修</source>
            <translation>報修</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>投诉</source>
            <translation>投訴</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>建议</source>
            <translation>建議</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>表扬</source>
            <translation>表揚</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>求助</source>
            <translation>求助</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>其他</source>
            <translation>其他</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>待处理</source>
            <translation>待處理</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>处理中</source>
            <translation>處理中</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>已完成</source>
            <translation>已完成</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>一类</source>
            <translation>一類</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>二类</source>
            <translation>二類</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>三类</source>
            <translation>三類</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>安全</source>
            <translation>安全</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>维修/工程</source>
            <translation>維修/工程</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>清洁</source>
            <translation>清潔</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>绿化</source>
            <translation>綠化</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>停车</source>
            <translation>停車</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>收费</source>
            <translation>收費</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>客服/接待</source>
            <translation>客服/接待</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>装修管理</source>
            <translation>裝修管理</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>人</source>
            <translation>人</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>机</source>
            <translation>機</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>料</source>
            <translation>料</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>法</source>
            <translation>法</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>环</source>
            <translation>環</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>服务态度</source>
            <translation>服務態度</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>服务规范</source>
            <translation>服務規範</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>服务技能</source>
            <translation>服務技能</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>外观完好性</source>
            <translation>外觀完好性</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>质量合格性</source>
            <translation>品質合格性</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>功能适用性</source>
            <translation>功能適用性</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>耐用性</source>
            <translation>耐用性</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>经济性</source>
            <translation>經濟性</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>准确性</source>
            <translation>準確性</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>方法/流程</source>
            <translation>方法/流程</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>环境</source>
            <translation>環境</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>一般</source>
            <translation>一般</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>重大</source>
            <translation>重大</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>待响应</source>
            <translation>待響應</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>已解决待验证</source>
            <translation>已解決待驗證</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>已验证待回访</source>
            <translation>已驗證待回訪</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>已关闭</source>
            <translation>已關閉</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>电话</source>
            <translation>電話</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>上门</source>
            <translation>上門</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>网上回帖</source>
            <translation>網上回帖</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>调查问卷</source>
            <translation>調查問卷</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>现场解决且客户确认满意</source>
            <translation>現場解決且客戶確認滿意</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>匿名投诉</source>
            <translation>匿名投訴</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>网络投诉无法联系发帖人</source>
            <translation>網路投訴無法聯絡發帖人</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>敏感投诉</source>
            <translation>敏感投訴</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>客户拒绝回访</source>
            <translation>客戶拒絕回訪</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>无可回访的客户（公共部位、无联系方式）</source>
            <translation>無可回訪的客戶（公共部位、無聯絡方式）</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>已预约</source>
            <translation>已預約</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>已赴约</source>
            <translation>已赴約</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>已取消</source>
            <translation>已取消</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>留言</source>
            <translation>留言</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>投诉来函</source>
            <translation>投訴來函</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>群体投诉</source>
            <translation>群體投訴</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>重大投诉</source>
            <translation>重大投訴</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>过激行为风险</source>
            <translation>過激行為風險</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>媒体来访/来电</source>
            <translation>媒體來訪/來電</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>即将到期</source>
            <translation>即將到期</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>上报后未跟进</source>
            <translation>上報後未跟進</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>网络回帖待审批</source>
            <translation>網路回帖待審批</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>操作日志校验未通过</source>
            <translation>操作日誌校驗未通過</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>回访满意关闭</source>
            <translation>回訪滿意關閉</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>七日自动关闭</source>
            <translation>七日自動關閉</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>前台接待员</source>
            <translation>前臺接待員</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>客服人员/管家</source>
            <translation>客服人員/管家</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>客服主管</source>
            <translation>客服主管</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>部门负责人</source>
            <translation>部門負責人</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>系统管理员</source>
            <translation>系統管理員</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>政府机关/新闻媒体工作者</source>
            <translation>政府機關/新聞媒體工作者</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>业委会成员或社团负责人</source>
            <translation>業委會成員或社團負責人</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>本集团员工</source>
            <translation>本集團員工</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>重点投诉客户</source>
            <translation>重點投訴客戶</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>大客户(学校、商户)</source>
            <translation>大客戶(學校、商戶)</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>网络论坛活跃份子</source>
            <translation>網路論壇活躍份子</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>业主</source>
            <translation>業主</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>租户</source>
            <translation>租戶</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>住户</source>
            <translation>住戶</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>住宅</source>
            <translation>住宅</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>商铺</source>
            <translation>商鋪</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>会所</source>
            <translation>會所</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>安全管理</source>
            <translation>安全管理</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>维修</source>
            <translation>維修</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>投诉处理</source>
            <translation>投訴處理</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>接待礼仪</source>
            <translation>接待禮儀</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>外围环境</source>
            <translation>外圍環境</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>非常满意</source>
            <translation>非常滿意</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>满意</source>
            <translation>滿意</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>不满意</source>
            <translation>不滿意</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>非常不满意</source>
            <translation>非常不滿意</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>开通居家报警</source>
            <translation>開通居家報警</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>关好门窗</source>
            <translation>關好門窗</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>家政人员资料备案</source>
            <translation>家政人員資料備案</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>换人时更换门锁</source>
            <translation>換人時更換門鎖</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>装内置窗花</source>
            <translation>裝內建窗花</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>谨防尾随</source>
            <translation>謹防尾隨</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>发现可疑及时报警</source>
            <translation>發現可疑及時報警</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>养宠物</source>
            <translation>養寵物</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>楼道/商业街乱摆放</source>
            <translation>樓道/商業街亂擺放</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>违章搭建</source>
            <translation>違章搭建</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>晨练/麻将噪音</source>
            <translation>晨練/麻將噪音</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>捡垃圾</source>
            <translation>撿垃圾</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>高空抛物</source>
            <translation>高空拋物</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>居委会/社区工作站</source>
            <translation>居委會/社區工作站</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>业委会</source>
            <translation>業委會</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>街道办</source>
            <translation>街道辦</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>城管</source>
            <translation>城管</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>派出所</source>
            <translation>派出所</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>已解决</source>
            <translation>已解決</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>已移交</source>
            <translation>已移交</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>违规装修</source>
            <translation>違規裝修</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>占用公共部位</source>
            <translation>佔用公共部位</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>消防隐患</source>
            <translation>消防隱患</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>未送达</source>
            <translation>未送達</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>客户已签收</source>
            <translation>客戶已簽收</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>客户拒签</source>
            <translation>客戶拒簽</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>已发出</source>
            <translation>已發出</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>已整改</source>
            <translation>已整改</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>已上报</source>
            <translation>已上報</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>楼道堆物</source>
            <translation>樓道堆物</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>宠物</source>
            <translation>寵物</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>噪音</source>
            <translation>噪音</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>装修</source>
            <translation>裝修</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>已发第一次提示</source>
            <translation>已發第一次提示</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>已发第二次提示</source>
            <translation>已發第二次提示</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>已发第三次提示</source>
            <translation>已發第三次提示</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>可清理</source>
            <translation>可清理</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>已清理</source>
            <translation>已清理</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>派工单</source>
            <translation>派工單</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>协调单</source>
            <translation>協調單</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>未完成</source>
            <translation>未完成</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>报事</source>
            <translation>報事</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>其他工作联系</source>
            <translation>其他工作聯絡</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>门禁卡</source>
            <translation>門禁卡</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>停车卡</source>
            <translation>停車卡</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>装修押金</source>
            <translation>裝修押金</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>投诉/建议统计</source>
            <translation>投訴/建議統計</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>业主公示汇总</source>
            <translation>業主公示彙總</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>投诉分析报告</source>
            <translation>投訴分析報告</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>访谈分析</source>
            <translation>訪談分析</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>首次回应</source>
            <translation>首次回應</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>指定专人</source>
            <translation>指定專人</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>进展告知</source>
            <translation>進展告知</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>知会地产公司</source>
            <translation>知會地產公司</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>回访</source>
            <translation>回訪</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>新客户</source>
            <translation>新客戶</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>磨合期</source>
            <translation>磨合期</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>稳定期</source>
            <translation>穩定期</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>老客户</source>
            <translation>老客戶</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>首次接触</source>
            <translation>首次接觸</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>抱怨客户</source>
            <translation>抱怨客戶</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>友好客户</source>
            <translation>友好客戶</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>新建</source>
            <translation>新建</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>修改</source>
            <translation>修改</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>作废</source>
            <translation>作廢</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>导出</source>
            <translation>匯出</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>删除</source>
            <translation>刪除</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/enums.py" />
            <source>恢复</source>
            <translation>恢復</translation>
        </message>
    </context>
    <context>
        <name>FeeServicesPage</name>
        <message>
            <location filename="../../desk_app/ui/fee_services_page.py" />
            <source>收费记录</source>
            <translation>收費記錄</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/fee_services_page.py" />
            <source>收费业务登记</source>
            <translation>收費業務登記</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/fee_services_page.py" />
            <source>收费时间(&amp;T)</source>
            <translation>收費時間(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/fee_services_page.py" />
            <source>收费项目(&amp;I)</source>
            <translation>收費項目(&amp;I)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/fee_services_page.py" />
            <source>收费说明(&amp;D)</source>
            <translation>收費說明(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/fee_services_page.py" />
            <source>房号(&amp;R)</source>
            <translation>房號(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/fee_services_page.py" />
            <source>如 3-2-1201（可不填）</source>
            <translation>如 3-2-1201（可不填）</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/fee_services_page.py" />
            <source>交款人(&amp;P)</source>
            <translation>交款人(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/fee_services_page.py" />
            <source>金额（元）(&amp;A)</source>
            <translation>金額（元）(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/fee_services_page.py" />
            <source>如 50 或 50.00</source>
            <translation>如 50 或 50.00</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/fee_services_page.py" />
            <source>收据号(&amp;J)</source>
            <translation>收據號(&amp;J)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/fee_services_page.py" />
            <source>编号</source>
            <translation>編號</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/fee_services_page.py" />
            <source>收费时间</source>
            <translation>收費時間</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/fee_services_page.py" />
            <source>项目</source>
            <translation>項目</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/fee_services_page.py" />
            <source>房号</source>
            <translation>房號</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/fee_services_page.py" />
            <source>交款人</source>
            <translation>交款人</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/fee_services_page.py" />
            <source>金额</source>
            <translation>金額</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/fee_services_page.py" />
            <source>收据号</source>
            <translation>收據號</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/fee_services_page.py" />
            <source>全部</source>
            <translation>全部</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/fee_services_page.py" />
            <source>收费业务</source>
            <translation>收費業務</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/fee_services_page.py" />
            <source>打印收据(&amp;Y)…</source>
            <translation>列印收據(&amp;Y)…</translation>
        </message>
        <message>
            <source>收据号(&amp;N)</source>
            <translation type="vanished">收據號(&amp;N)</translation>
        </message>
    </context>
    <context>
        <name>FormPage</name>
        <message>
            <location filename="../../desk_app/ui/forms.py" />
            <source>尚未保存</source>
            <translation>尚未儲存</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/forms.py" />
            <source>“{title}”有尚未保存的内容。保存后再离开吗？</source>
            <translation>“{title}”有尚未儲存的內容。儲存後再離開嗎？</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/forms.py" />
            <source>恢复未保存的内容</source>
            <translation>恢復未儲存的內容</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/forms.py" />
            <source>发现 {when} 未保存的“{title}”内容（程序上次未正常关闭或未保存就离开）。
要恢复这些内容吗？选“否”将丢弃它。</source>
            <translation>發現 {when} 未儲存的“{title}”內容（程式上次未正常關閉或未儲存就離開）。
要恢復這些內容嗎？選“否”將丟棄它。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/forms.py" />
            <source>这条记录刚被其他人修改过，本次保存未生效。您填写的内容仍保留在表单上；请记下后重新打开记录再改。</source>
            <translation>這條記錄剛被其他人修改過，本次儲存未生效。您填寫的內容仍保留在表單上；請記下後重新開啟記錄再改。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/forms.py" />
            <source>{reason}。您填写的内容仍保留在表单上。</source>
            <translation>{reason}。您填寫的內容仍保留在表單上。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/forms.py" />
            <source>请先在窗口底部选择值班人员，再保存。</source>
            <translation>請先在視窗底部選擇值班人員，再儲存。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/forms.py" />
            <source>已保存。</source>
            <translation>已儲存。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/forms.py" />
            <source>是</source>
            <translation>是</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/forms.py" />
            <source>否</source>
            <translation>否</translation>
        </message>
        <message>
            <source>保存失败：数据库暂时无法写入（{detail}）。您填写的内容仍保留在表单上，请稍后再试。</source>
            <translation type="vanished">儲存失敗：資料庫暫時無法寫入（{detail}）。您填寫的內容仍保留在表單上，請稍後再試。</translation>
        </message>
        <message>
            <source>读取记录失败：数据库暂时无法读取（{detail}），请稍后再试。</source>
            <translation type="vanished">讀取記錄失敗：資料庫暫時無法讀取（{detail}），請稍後再試。</translation>
        </message>
    </context>
    <context>
        <name>HistoryDialog</name>
        <message>
            <location filename="../../desk_app/ui/history_dialog.py" />
            <source>修改历史</source>
            <translation>修改歷史</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/history_dialog.py" />
            <source>{kind} {number} 的修改历史（最新的在上）</source>
            <translation>{kind} {number} 的修改歷史（最新的在上）</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/history_dialog.py" />
            <source>这条记录还没有修改历史。</source>
            <translation>這條記錄還沒有修改歷史。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/history_dialog.py" />
            <source>时间</source>
            <translation>時間</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/history_dialog.py" />
            <source>人员</source>
            <translation>人員</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/history_dialog.py" />
            <source>操作</source>
            <translation>操作</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/history_dialog.py" />
            <source>字段</source>
            <translation>欄位</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/history_dialog.py" />
            <source>原值</source>
            <translation>原值</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/history_dialog.py" />
            <source>新值</source>
            <translation>新值</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/history_dialog.py" />
            <source>无法显示修改历史：{detail}</source>
            <translation>無法顯示修改歷史：{detail}</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <location filename="../../desk_app/ui/roster_import_wizard.py" />
            <source>导入业主信息表</source>
            <translation>匯入業主資訊表</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/roster_import_wizard.py" />
            <source>导入工作人员</source>
            <translation>匯入工作人員</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/roster_import_wizard.py" />
            <source>选择文件</source>
            <translation>選擇檔案</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/roster_import_wizard.py" />
            <source>Excel（.xlsx）或 CSV 文件（GBK 或 UTF-8 均可）。表头可在前 20 行内，常用列名：楼栋、单元、房号（或一列写 3-2-1201）、业主姓名、联系电话、入住日期、建筑面积、籍贯、工作单位、职业、备注。</source>
            <translation>Excel（.xlsx）或 CSV 檔案（GBK 或 UTF-8 均可）。表頭可在前 20 行內，常用列名：樓棟、單元、房號（或一列寫 3-2-1201）、業主姓名、聯絡電話、入住日期、建築面積、籍貫、工作單位、職業、備註。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/roster_import_wizard.py" />
            <source>Excel（.xlsx）或 CSV 文件，列名：姓名、登录名、角色、部门、电话、籍贯。每个新账号生成一个初始密码，首次登录时必须修改。</source>
            <translation>Excel（.xlsx）或 CSV 檔案，列名：姓名、登入名、角色、部門、電話、籍貫。每個新帳號生成一個初始密碼，首次登入時必須修改。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/roster_import_wizard.py" />
            <source>文件(&amp;F)：</source>
            <translation>檔案(&amp;F)：</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/roster_import_wizard.py" />
            <source>浏览(&amp;O)…</source>
            <translation>瀏覽(&amp;O)…</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/roster_import_wizard.py" />
            <source>工作表(&amp;S)：</source>
            <translation>工作表(&amp;S)：</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/roster_import_wizard.py" />
            <source>（CSV 文件只有一张表）</source>
            <translation>（CSV 檔案只有一張表）</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/roster_import_wizard.py" />
            <source>表格文件 (*.xlsx *.xlsm *.csv *.txt);;所有文件 (*)</source>
            <translation>表格檔案 (*.xlsx *.xlsm *.csv *.txt);;所有檔案 (*)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/roster_import_wizard.py" />
            <source>核对</source>
            <translation>核對</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/roster_import_wizard.py" />
            <source>每一行都按将要保存的样子列出。红色：不导入的行；黄色：有值未导入（鼠标停留看原因）。</source>
            <translation>每一行都按將要儲存的樣子列出。紅色：不匯入的行；黃色：有值未匯入（滑鼠停留看原因）。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/roster_import_wizard.py" />
            <source>正在读取 {name}…</source>
            <translation>正在讀取 {name}…</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/roster_import_wizard.py" />
            <source>无法导入：{error}。没有保存任何内容。</source>
            <translation>無法匯入：{error}。沒有儲存任何內容。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/roster_import_wizard.py" />
            <source>表头在第 {header} 行。可导入 {rows} 行（其中空房 {vacant} 行）；拒绝 {rejected} 行；警告 {warnings} 条；略过空行、合计行 {skipped} 行。</source>
            <translation>表頭在第 {header} 行。可匯入 {rows} 行（其中空房 {vacant} 行）；拒絕 {rejected} 行；警告 {warnings} 條；略過空行、合計行 {skipped} 行。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/roster_import_wizard.py" />
            <source>表头在第 {header} 行。可导入 {rows} 人；拒绝 {rejected} 行；警告 {warnings} 条。</source>
            <translation>表頭在第 {header} 行。可匯入 {rows} 人；拒絕 {rejected} 行；警告 {warnings} 條。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/roster_import_wizard.py" />
            <source>没有可导入的行。</source>
            <translation>沒有可匯入的行。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/roster_import_wizard.py" />
            <source>只看有问题的行(&amp;P)</source>
            <translation>只看有問題的行(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/roster_import_wizard.py" />
            <source>导入(&amp;I)</source>
            <translation>匯入(&amp;I)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/roster_import_wizard.py" />
            <source>导入</source>
            <translation>匯入</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/roster_import_wizard.py" />
            <source>正在导入…</source>
            <translation>正在匯入…</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/roster_import_wizard.py" />
            <source>导入失败，没有保存任何内容：{error}</source>
            <translation>匯入失敗，沒有儲存任何內容：{error}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/roster_import_wizard.py" />
            <source>导入完成：新建房间 {rooms} 间；新建客户 {created} 位，更新 {updated} 位，未变 {unchanged} 位；拒绝 {rejected} 行，警告 {warnings} 条。</source>
            <translation>匯入完成：新建房間 {rooms} 間；新建客戶 {created} 位，更新 {updated} 位，未變 {unchanged} 位；拒絕 {rejected} 行，警告 {warnings} 條。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/roster_import_wizard.py" />
            <source>导入完成：新建账号 {created} 个，已存在未改动 {existing} 个{departments}；拒绝 {rejected} 行。</source>
            <translation>匯入完成：新建帳號 {created} 個，已存在未改動 {existing} 個{departments}；拒絕 {rejected} 行。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/roster_import_wizard.py" />
            <source>，新建部门 {names}</source>
            <translation>，新建部門 {names}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/roster_import_wizard.py" />
            <source>初始密码只显示这一次，请复制、保存或打印后交给本人；首次登录时必须修改。</source>
            <translation>初始密碼只顯示這一次，請複製、儲存或列印後交給本人；首次登入時必須修改。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/roster_import_wizard.py" />
            <source>复制(&amp;C)</source>
            <translation>複製(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/roster_import_wizard.py" />
            <source>保存为文件(&amp;V)…</source>
            <translation>儲存為檔案(&amp;V)…</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/roster_import_wizard.py" />
            <source>打印(&amp;R)…</source>
            <translation>列印(&amp;R)…</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/roster_import_wizard.py" />
            <source>CSV 文件 (*.csv)</source>
            <translation>CSV 檔案 (*.csv)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/roster_import_wizard.py" />
            <source>已保存：{path}</source>
            <translation>已儲存：{path}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/roster_import_wizard.py" />
            <source>已复制到剪贴板</source>
            <translation>已複製到剪貼簿</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/roster_import_wizard.py" />
            <source>行号</source>
            <translation>行號</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/roster_import_wizard.py" />
            <source>房号</source>
            <translation>房號</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/roster_import_wizard.py" />
            <source>业主姓名</source>
            <translation>業主姓名</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/roster_import_wizard.py" />
            <source>联系电话</source>
            <translation>聯絡電話</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/roster_import_wizard.py" />
            <source>入住日期</source>
            <translation>入住日期</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/roster_import_wizard.py" />
            <source>面积(㎡)</source>
            <translation>面積(㎡)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/roster_import_wizard.py" />
            <source>籍贯 / 工作单位 / 职业 / 备注</source>
            <translation>籍貫 / 工作單位 / 職業 / 備註</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/roster_import_wizard.py" />
            <source>状态</source>
            <translation>狀態</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/roster_import_wizard.py" />
            <source>姓名</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/roster_import_wizard.py" />
            <source>登录名</source>
            <translation>登入名</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/roster_import_wizard.py" />
            <source>角色</source>
            <translation>角色</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/roster_import_wizard.py" />
            <source>部门</source>
            <translation>部門</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/roster_import_wizard.py" />
            <source>电话</source>
            <translation>電話</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/roster_import_wizard.py" />
            <source>籍贯</source>
            <translation>籍貫</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/roster_import_wizard.py" />
            <source>初始密码</source>
            <translation>初始密碼</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/roster_import_wizard.py" />
            <source>新客户</source>
            <translation>新客戶</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/roster_import_wizard.py" />
            <source>已有客户（有变化则更新）</source>
            <translation>已有客戶（有變化則更新）</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/roster_import_wizard.py" />
            <source>不导入：房号 {room} 已作废</source>
            <translation>不匯入：房號 {room} 已作廢</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/roster_import_wizard.py" />
            <source>空房（只建房间）</source>
            <translation>空房（只建房間）</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/roster_import_wizard.py" />
            <source>不导入：{reason}</source>
            <translation>不匯入：{reason}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/roster_import_wizard.py" />
            <source>导入，但 {warnings}</source>
            <translation>匯入，但 {warnings}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/roster_import_wizard.py" />
            <source>{column}：{reason}</source>
            <translation>{column}：{reason}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/roster_import_wizard.py" />
            <source>（按姓名生成）</source>
            <translation>（按姓名生成）</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/roster_import_wizard.py" />
            <source>导出业主信息表</source>
            <translation>匯出業主資訊表</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/roster_import_wizard.py" />
            <source>Excel 工作簿 (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/roster_import_wizard.py" />
            <source>业主信息表.xlsx</source>
            <translation>業主資訊表.xlsx</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/roster_import_wizard.py" />
            <source>已导出 {count} 行到 {path}</source>
            <translation>已匯出 {count} 行到 {path}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/roster_import_wizard.py" />
            <source>导出失败：{error}</source>
            <translation>匯出失敗：{error}</translation>
        </message>
    </context>
    <context>
        <name>IncomingCall</name>
        <message>
            <location filename="../../desk_app/ui/incoming_call.py" />
            <source>来电 {phone}</source>
            <translation>來電 {phone}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/incoming_call.py" />
            <source>来电：{phone}　{client}</source>
            <translation>來電：{phone}　{client}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/incoming_call.py" />
            <source>来电：{phone}　（未登记的号码）</source>
            <translation>來電：{phone}　（未登記的號碼）</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/incoming_call.py" />
            <source>档案中没有这个号码，请询问来电人的姓名和房号，在客户框中查找或登记。</source>
            <translation>檔案中沒有這個號碼，請詢問來電人的姓名和房號，在客戶框中查詢或登記。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/incoming_call.py" />
            <source>同一号码的其他客户：{clients}</source>
            <translation>同一號碼的其他客戶：{clients}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/incoming_call.py" />
            <source>电话：{phones}</source>
            <translation>電話：{phones}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/incoming_call.py" />
            <source>重要客户：{categories}</source>
            <translation>重要客戶：{categories}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/incoming_call.py" />
            <source>勿扰：{reason}</source>
            <translation>勿擾：{reason}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/incoming_call.py" />
            <source>未办结事项（{count}）——双击打开：</source>
            <translation>未辦結事項（{count}）——雙擊開啟：</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/incoming_call.py" />
            <source>没有未办结事项。</source>
            <translation>沒有未辦結事項。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/incoming_call.py" />
            <source>{when}　{number}　{what}　{summary}</source>
            <translation>{when}　{number}　{what}　{summary}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/incoming_call.py" />
            <source>已新建工作信息记录，客户和来电号码已填好（Ctrl+S 保存）。</source>
            <translation>已新建工作資訊記錄，客戶和來電號碼已填好（Ctrl+S 儲存）。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/incoming_call.py" />
            <source>已新建工作信息记录，来电号码已填好（Ctrl+S 保存）。</source>
            <translation>已新建工作資訊記錄，來電號碼已填好（Ctrl+S 儲存）。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/incoming_call.py" />
            <source>当前记录尚未保存，没有新建记录。请先保存或放弃当前记录，再按 F2 新建。</source>
            <translation>當前記錄尚未儲存，沒有新建記錄。請先儲存或放棄當前記錄，再按 F2 新建。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/incoming_call.py" />
            <source>收到无效的来电号码：{error}</source>
            <translation>收到無效的來電號碼：{error}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/incoming_call.py" />
            <source>查询来电客户时数据库出错，请在客户框中手动查找。</source>
            <translation>查詢來電客戶時資料庫出錯，請在客戶框中手動查詢。</translation>
        </message>
        <message>
            <source>档案中没有这个号码。已新建工作信息记录并填好来电号码，请询问来电人姓名和房号。</source>
            <translation type="vanished">檔案中沒有這個號碼。已新建工作資訊記錄並填好來電號碼，請詢問來電人姓名和房號。</translation>
        </message>
    </context>
    <context>
        <name>InterviewPage</name>
        <message>
            <location filename="../../desk_app/ui/interview_page.py" />
            <source>顾客访谈记录表</source>
            <translation>顧客訪談記錄表</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_page.py" />
            <source>打印访谈记录表…</source>
            <translation>列印訪談記錄表…</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_page.py" />
            <source>编号：{number}</source>
            <translation>編號：{number}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_page.py" />
            <source>编号：（保存后生成）</source>
            <translation>編號：（儲存後生成）</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_page.py" />
            <source>客户(&amp;K)</source>
            <translation>客戶(&amp;K)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_page.py" />
            <source>房号(&amp;R)</source>
            <translation>房號(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_page.py" />
            <source>默认为客户的第一个房号</source>
            <translation>預設為客戶的第一個房號</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_page.py" />
            <source>访谈人(&amp;I)</source>
            <translation>訪談人(&amp;I)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_page.py" />
            <source>陪同人(&amp;P)</source>
            <translation>陪同人(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_page.py" />
            <source>（未独立上岗的员工须有陪同人）</source>
            <translation>（未獨立上崗的員工須有陪同人）</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_page.py" />
            <source>非适宜时段说明(&amp;T)</source>
            <translation>非適宜時段說明(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_page.py" />
            <source>早7点前、晚10点后、午休或节假日致电时填写原因</source>
            <translation>早7點前、晚10點後、午休或節假日致電時填寫原因</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_page.py" />
            <source>采用推荐(&amp;J)</source>
            <translation>採用推薦(&amp;J)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_page.py" />
            <source>推荐（同乡优先，R13q）：{names}</source>
            <translation>推薦（同鄉優先，R13q）：{names}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_page.py" />
            <source>选定客户后显示推荐的访谈人（同乡优先，R13q）</source>
            <translation>選定客戶後顯示推薦的訪談人（同鄉優先，R13q）</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_page.py" />
            <source>访谈日期(&amp;D)</source>
            <translation>訪談日期(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_page.py" />
            <source>访谈形式(&amp;X)</source>
            <translation>訪談形式(&amp;X)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_page.py" />
            <source>访谈主题</source>
            <translation>訪談主題</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_page.py" />
            <source>顾客需求(&amp;Q)</source>
            <translation>顧客需求(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_page.py" />
            <source>改进措施(&amp;M)</source>
            <translation>改進措施(&amp;M)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_page.py" />
            <source>完成情况(&amp;W)</source>
            <translation>完成情況(&amp;W)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_page.py" />
            <source>回访满意度(&amp;L)</source>
            <translation>回訪滿意度(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_page.py" />
            <source>总体满意度(&amp;O)</source>
            <translation>總體滿意度(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_page.py" />
            <source>（未填）</source>
            <translation>（未填）</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_page.py" />
            <source>安全提示</source>
            <translation>安全提示</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_page.py" />
            <source>乔迁拜访（入住 7 天内，R13q）(&amp;Y)</source>
            <translation>喬遷拜訪（入住 7 天內，R13q）(&amp;Y)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_page.py" />
            <source>客户不愿接受访谈（R12）</source>
            <translation>客戶不願接受訪談（R12）</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_page.py" />
            <source>编号</source>
            <translation>編號</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_page.py" />
            <source>访谈日期</source>
            <translation>訪談日期</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_page.py" />
            <source>房号</source>
            <translation>房號</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_page.py" />
            <source>客户</source>
            <translation>客戶</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_page.py" />
            <source>访谈人</source>
            <translation>訪談人</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_page.py" />
            <source>形式</source>
            <translation>形式</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_page.py" />
            <source>总体满意度</source>
            <translation>總體滿意度</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_page.py" />
            <source>乔迁拜访</source>
            <translation>喬遷拜訪</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_page.py" />
            <source>满意度</source>
            <translation>滿意度</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_page.py" />
            <source>全部</source>
            <translation>全部</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_page.py" />
            <source>不满意及以下</source>
            <translation>不滿意及以下</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_page.py" />
            <source>顾客访谈记录</source>
            <translation>顧客訪談記錄</translation>
        </message>
        <message>
            <source>请选择客户</source>
            <translation type="vanished">請選擇客戶</translation>
        </message>
        <message>
            <source>请选择访谈人</source>
            <translation type="vanished">請選擇訪談人</translation>
        </message>
        <message>
            <source>找不到访谈记录（编号 {number}），或已作废</source>
            <translation type="vanished">找不到訪談記錄（編號 {number}），或已作廢</translation>
        </message>
        <message>
            <source>非适宜时段说明(&amp;N)</source>
            <translation type="vanished">非適宜時段說明(&amp;N)</translation>
        </message>
        <message>
            <source>访谈形式(&amp;F)</source>
            <translation type="vanished">訪談形式(&amp;F)</translation>
        </message>
        <message>
            <source>回访满意度(&amp;H)</source>
            <translation type="vanished">回訪滿意度(&amp;H)</translation>
        </message>
    </context>
    <context>
        <name>InterviewPlanPage</name>
        <message>
            <location filename="../../desk_app/ui/interview_plan_page.py" />
            <source>月度访谈计划</source>
            <translation>月度訪談計劃</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_plan_page.py" />
            <source>计划月份(&amp;M)</source>
            <translation>計劃月份(&amp;M)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_plan_page.py" />
            <source>访谈人(&amp;I)</source>
            <translation>訪談人(&amp;I)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_plan_page.py" />
            <source>（未选）</source>
            <translation>（未選）</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_plan_page.py" />
            <source>访谈对象</source>
            <translation>訪談對象</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_plan_page.py" />
            <source>类别</source>
            <translation>類別</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_plan_page.py" />
            <source>对象</source>
            <translation>對象</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_plan_page.py" />
            <source>完成情况</source>
            <translation>完成情況</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_plan_page.py" />
            <source>客户</source>
            <translation>客戶</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_plan_page.py" />
            <source>房号</source>
            <translation>房號</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_plan_page.py" />
            <source>已访谈</source>
            <translation>已訪談</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_plan_page.py" />
            <source>未访谈</source>
            <translation>未訪談</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_plan_page.py" />
            <source>客户(&amp;K)</source>
            <translation>客戶(&amp;K)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_plan_page.py" />
            <source>添加客户(&amp;C)</source>
            <translation>新增客戶(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_plan_page.py" />
            <source>房号(&amp;R)</source>
            <translation>房號(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_plan_page.py" />
            <source>如 3-2-1201</source>
            <translation>如 3-2-1201</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_plan_page.py" />
            <source>添加房号(&amp;A)</source>
            <translation>新增房號(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_plan_page.py" />
            <source>移除选中对象(&amp;X)</source>
            <translation>移除選中對象(&amp;X)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_plan_page.py" />
            <source>备注(&amp;B)</source>
            <translation>備註(&amp;B)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_plan_page.py" />
            <source>{name} 已在计划中</source>
            <translation>{name} 已在計劃中</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_plan_page.py" />
            <source>请先查找并选定客户</source>
            <translation>請先查詢並選定客戶</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_plan_page.py" />
            <source>已保存。请注意（R12）：
{lines}</source>
            <translation>已儲存。請注意（R12）：
{lines}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_plan_page.py" />
            <source>推荐访谈人</source>
            <translation>推薦訪談人</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_plan_page.py" />
            <source>本月配额</source>
            <translation>本月配額</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_plan_page.py" />
            <source>乔迁拜访</source>
            <translation>喬遷拜訪</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_plan_page.py" />
            <source>选中一个客户对象，按同乡优先（R13q）推荐访谈人：</source>
            <translation>選中一個客戶對象，按同鄉優先（R13q）推薦訪談人：</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_plan_page.py" />
            <source>姓名</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_plan_page.py" />
            <source>角色</source>
            <translation>角色</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_plan_page.py" />
            <source>籍贯</source>
            <translation>籍貫</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_plan_page.py" />
            <source>理由</source>
            <translation>理由</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_plan_page.py" />
            <source>选为访谈人(&amp;U)</source>
            <translation>選為訪談人(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_plan_page.py" />
            <source>{month} 访谈配额（R13q：部门负责人、主管每月 ≥ 2 次，服务助理 ≥ 10 次）</source>
            <translation>{month} 訪談配額（R13q：部門負責人、主管每月 ≥ 2 次，服務助理 ≥ 10 次）</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_plan_page.py" />
            <source>配额</source>
            <translation>配額</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_plan_page.py" />
            <source>已完成</source>
            <translation>已完成</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_plan_page.py" />
            <source>差额</source>
            <translation>差額</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_plan_page.py" />
            <source>入住 7 天内待拜访：</source>
            <translation>入住 7 天內待拜訪：</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_plan_page.py" />
            <source>已错过乔迁拜访（入住超过 7 天仍未访谈）：</source>
            <translation>已錯過喬遷拜訪（入住超過 7 天仍未訪談）：</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_plan_page.py" />
            <source>入住日期</source>
            <translation>入住日期</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_plan_page.py" />
            <source>拜访期限</source>
            <translation>拜訪期限</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_plan_page.py" />
            <source>说明</source>
            <translation>說明</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_plan_page.py" />
            <source>还剩 {days} 天</source>
            <translation>還剩 {days} 天</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_plan_page.py" />
            <source>逾期 {days} 天</source>
            <translation>逾期 {days} 天</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_plan_page.py" />
            <source>；{day} 补访</source>
            <translation>；{day} 補訪</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_plan_page.py" />
            <source>把选中客户加入计划(&amp;P)</source>
            <translation>把選中客戶加入計劃(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_plan_page.py" />
            <source>月份</source>
            <translation>月份</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_plan_page.py" />
            <source>访谈人</source>
            <translation>訪談人</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_plan_page.py" />
            <source>对象数</source>
            <translation>對象數</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_plan_page.py" />
            <source>备注</source>
            <translation>備註</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_plan_page.py" />
            <source>全部</source>
            <translation>全部</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_plan_page.py" />
            <source>本月</source>
            <translation>本月</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_plan_page.py" />
            <source>上月</source>
            <translation>上月</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/interview_plan_page.py" />
            <source>下月</source>
            <translation>下月</translation>
        </message>
        <message>
            <source>请选择访谈人</source>
            <translation type="vanished">請選擇訪談人</translation>
        </message>
        <message>
            <source>找不到访谈计划（编号 {number}），或已作废</source>
            <translation type="vanished">找不到訪談計劃（編號 {number}），或已作廢</translation>
        </message>
    </context>
    <context>
        <name>LettersPage</name>
        <message>
            <location filename="../../desk_app/ui/letters_page.py" />
            <source>来函</source>
            <translation>來函</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/letters_page.py" />
            <source>客户来函目录</source>
            <translation>客戶來函目錄</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/letters_page.py" />
            <source>收函时间(&amp;T)</source>
            <translation>收函時間(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/letters_page.py" />
            <source>来函人(&amp;L)</source>
            <translation>來函人(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/letters_page.py" />
            <source>房号(&amp;R)</source>
            <translation>房號(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/letters_page.py" />
            <source>如 3-2-1201（可不填）</source>
            <translation>如 3-2-1201（可不填）</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/letters_page.py" />
            <source>来函类别(&amp;K)</source>
            <translation>來函類別(&amp;K)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/letters_page.py" />
            <source>来函内容摘要(&amp;U)</source>
            <translation>來函內容摘要(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/letters_page.py" />
            <source>被表扬员工(&amp;P)</source>
            <translation>被表揚員工(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/letters_page.py" />
            <source>转交部门(&amp;D)</source>
            <translation>轉交部門(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/letters_page.py" />
            <source>（无）</source>
            <translation>（無）</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/letters_page.py" />
            <source>（按来函类别自动处理）</source>
            <translation>（按來函類別自動處理）</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/letters_page.py" />
            <source>处理情况：</source>
            <translation>處理情況：</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/letters_page.py" />
            <source>（保存后按来函类别自动处理）</source>
            <translation>（儲存後按來函類別自動處理）</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/letters_page.py" />
            <source>打开投诉记录(&amp;C)</source>
            <translation>開啟投訴記錄(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/letters_page.py" />
            <source>打开派工单(&amp;O)</source>
            <translation>開啟派工單(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/letters_page.py" />
            <source>转交部门：{name}</source>
            <translation>轉交部門：{name}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/letters_page.py" />
            <source>编号</source>
            <translation>編號</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/letters_page.py" />
            <source>收函时间</source>
            <translation>收函時間</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/letters_page.py" />
            <source>来函人</source>
            <translation>來函人</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/letters_page.py" />
            <source>房号</source>
            <translation>房號</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/letters_page.py" />
            <source>类别</source>
            <translation>類別</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/letters_page.py" />
            <source>处理情况</source>
            <translation>處理情況</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/letters_page.py" />
            <source>全部</source>
            <translation>全部</translation>
        </message>
        <message>
            <source>来函人(&amp;F)</source>
            <translation type="vanished">來函人(&amp;F)</translation>
        </message>
    </context>
    <context>
        <name>LinkedRecords</name>
        <message>
            <location filename="../../desk_app/ui/linked_records.py" />
            <source>关联记录（回车或双击打开）</source>
            <translation>關聯記錄（回車或雙擊開啟）</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/linked_records.py" />
            <source>邻里纠纷</source>
            <translation>鄰里糾紛</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/linked_records.py" />
            <source>温馨提示</source>
            <translation>溫馨提示</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/linked_records.py" />
            <source>整改通知书</source>
            <translation>整改通知書</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/linked_records.py" />
            <source>{what} {number}（{state}） {summary}</source>
            <translation>{what} {number}（{state}） {summary}</translation>
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
            <translation>{title}（{count} 條新通知）</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/main_window.py" />
            <source>前台 Desk 通知</source>
            <translation>前台 Desk 通知</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/main_window.py" />
            <source>{first}
……共 {count} 条未读通知</source>
            <translation>{first}
……共 {count} 條未讀通知</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/main_window.py" />
            <source>物业服务中心</source>
            <translation>物業服務中心</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/main_window.py" />
            <source>文件(&amp;F)</source>
            <translation>檔案(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/main_window.py" />
            <source>转到(&amp;G)</source>
            <translation>轉到(&amp;G)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/main_window.py" />
            <source>帮助(&amp;H)</source>
            <translation>幫助(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/main_window.py" />
            <source>退出(&amp;X)</source>
            <translation>退出(&amp;X)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/main_window.py" />
            <source>关于 前台 Desk(&amp;A)</source>
            <translation>關於 前台 Desk(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/main_window.py" />
            <source>关于 前台 Desk</source>
            <translation>關於 前台 Desk</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/main_window.py" />
            <source>物业服务中心前台接待系统</source>
            <translation>物業服務中心前臺接待系統</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/main_window.py" />
            <source>版本</source>
            <translation>版本</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/main_window.py" />
            <source>数据库</source>
            <translation>資料庫</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/main_window.py" />
            <source>日志文件</source>
            <translation>日誌檔案</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/main_window.py" />
            <source>Qt / PySide6</source>
            <translation>Qt / PySide6</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/main_window.py" />
            <source>数据库：{url}</source>
            <translation>資料庫：{url}</translation>
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
快捷鍵：{shortcut}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/main_window.py" />
            <source>当前用户：{name}（{role}）</source>
            <translation>當前使用者：{name}（{role}）</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/main_window.py" />
            <source>未登录</source>
            <translation>未登入</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/main_window.py" />
            <source>在此窗口登记、保存的每一条记录都记在当前登录的用户名下。切换用户：Ctrl+L</source>
            <translation>在此視窗登記、儲存的每一條記錄都記在當前登入的使用者名稱下。切換使用者：Ctrl+L</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/main_window.py" />
            <source>切换用户(&amp;U)…</source>
            <translation>切換使用者(&amp;U)…</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/main_window.py" />
            <source>新建工作信息记录(&amp;N)</source>
            <translation>新建工作資訊記錄(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/main_window.py" />
            <source>导入业主名册(&amp;I)…</source>
            <translation>匯入業主名冊(&amp;I)…</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/main_window.py" />
            <source>导出业主名册(&amp;E)…</source>
            <translation>匯出業主名冊(&amp;E)…</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/main_window.py" />
            <source>导入员工账号(&amp;M)…</source>
            <translation>匯入員工帳號(&amp;M)…</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/main_window.py" />
            <source>退出登录(&amp;O)</source>
            <translation>退出登入(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/main_window.py" />
            <source>修改密码(&amp;P)…</source>
            <translation>修改密碼(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/main_window.py" />
            <source>上线检查清单(&amp;L)…</source>
            <translation>上線檢查清單(&amp;L)…</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/main_window.py" />
            <source>{name}，您有 {count} 条未读留言：在“留言(5W1H)”中查看（Ctrl+4）。</source>
            <translation>{name}，您有 {count} 條未讀留言：在“留言(5W1H)”中檢視（Ctrl+4）。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/main_window.py" />
            <source>{name}，您没有未读留言。</source>
            <translation>{name}，您沒有未讀留言。</translation>
        </message>
        <message>
            <source>值班人员(&amp;W)：</source>
            <translation type="vanished">值班人員(&amp;W)：</translation>
        </message>
        <message>
            <source>（请选择）</source>
            <translation type="vanished">（請選擇）</translation>
        </message>
        <message>
            <source>在此窗口登记、保存的每一条记录都记在所选值班人员名下。</source>
            <translation type="vanished">在此視窗登記、儲存的每一條記錄都記在所選值班人員名下。</translation>
        </message>
    </context>
    <context>
        <name>MediaVisitsPage</name>
        <message>
            <location filename="../../desk_app/ui/media_visits_page.py" />
            <source>媒体来访记录</source>
            <translation>媒體來訪記錄</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/media_visits_page.py" />
            <source>媒体采访接待登记</source>
            <translation>媒體採訪接待登記</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/media_visits_page.py" />
            <source>媒体来访、来电一律登记并立即报告客服主管；前台不接受采访，电话采访一律不接受。</source>
            <translation>媒體來訪、來電一律登記並立即報告客服主管；前臺不接受採訪，電話採訪一律不接受。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/media_visits_page.py" />
            <source>来访/来电时间(&amp;T)</source>
            <translation>來訪/來電時間(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/media_visits_page.py" />
            <source>联系方式(&amp;M)</source>
            <translation>聯絡方式(&amp;M)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/media_visits_page.py" />
            <source>媒体名称(&amp;O)</source>
            <translation>媒體名稱(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/media_visits_page.py" />
            <source>记者姓名(&amp;R)</source>
            <translation>記者姓名(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/media_visits_page.py" />
            <source>记者电话(&amp;P)</source>
            <translation>記者電話(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/media_visits_page.py" />
            <source>已核验记者证(&amp;C)</source>
            <translation>已核驗記者證(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/media_visits_page.py" />
            <source>证件核验说明(&amp;Y)</source>
            <translation>證件核驗說明(&amp;Y)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/media_visits_page.py" />
            <source>采访主题(&amp;U)</source>
            <translation>採訪主題(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/media_visits_page.py" />
            <source>⚠ 媒体{mode}：已于 {when} 报告客服主管（{who}）。请立即电话通知主管，不要自行回答采访问题。</source>
            <translation>⚠ 媒體{mode}：已於 {when} 報告客服主管（{who}）。請立即電話通知主管，不要自行回答採訪問題。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/media_visits_page.py" />
            <source>看板已提醒</source>
            <translation>看板已提醒</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/media_visits_page.py" />
            <source>请对记者说：“{reply}”</source>
            <translation>請對記者說：“{reply}”</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/media_visits_page.py" />
            <source>电话采访不接受，已按规定婉拒。</source>
            <translation>電話採訪不接受，已按規定婉拒。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/media_visits_page.py" />
            <source>处理结果：{text}</source>
            <translation>處理結果：{text}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/media_visits_page.py" />
            <source>主管已于 {when} 确认。</source>
            <translation>主管已於 {when} 確認。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/media_visits_page.py" />
            <source>主管尚未确认。</source>
            <translation>主管尚未確認。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/media_visits_page.py" />
            <source>主管确认(&amp;A)</source>
            <translation>主管確認(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/media_visits_page.py" />
            <source>已确认媒体来访提醒。</source>
            <translation>已確認媒體來訪提醒。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/media_visits_page.py" />
            <source>编号</source>
            <translation>編號</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/media_visits_page.py" />
            <source>时间</source>
            <translation>時間</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/media_visits_page.py" />
            <source>方式</source>
            <translation>方式</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/media_visits_page.py" />
            <source>媒体</source>
            <translation>媒體</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/media_visits_page.py" />
            <source>记者</source>
            <translation>記者</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/media_visits_page.py" />
            <source>主题</source>
            <translation>主題</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/media_visits_page.py" />
            <source>报告主管时间</source>
            <translation>報告主管時間</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/media_visits_page.py" />
            <source>主管确认时间</source>
            <translation>主管確認時間</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/media_visits_page.py" />
            <source>提醒</source>
            <translation>提醒</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/media_visits_page.py" />
            <source>全部</source>
            <translation>全部</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/media_visits_page.py" />
            <source>主管未确认</source>
            <translation>主管未確認</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/media_visits_page.py" />
            <source>媒体采访接待</source>
            <translation>媒體採訪接待</translation>
        </message>
        <message>
            <source>证件核验说明(&amp;N)</source>
            <translation type="vanished">證件核驗說明(&amp;N)</translation>
        </message>
    </context>
    <context>
        <name>MessagesPage</name>
        <message>
            <location filename="../../desk_app/ui/messages_page.py" />
            <source>我的留言（5W1H）</source>
            <translation>我的留言（5W1H）</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/messages_page.py" />
            <source>请先在窗口底部选择值班人员，这里显示给他/她的留言。</source>
            <translation>請先在視窗底部選擇值班人員，這裡顯示給他/她的留言。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/messages_page.py" />
            <source>在左边选一条留言查看；查看即标为已读。</source>
            <translation>在左邊選一條留言檢視；檢視即標為已讀。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/messages_page.py" />
            <source>打开工作信息记录(&amp;O)</source>
            <translation>開啟工作資訊記錄(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/messages_page.py" />
            <source>刷新</source>
            <translation>重新整理</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/messages_page.py" />
            <source>未读 {count} 条</source>
            <translation>未讀 {count} 條</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/messages_page.py" />
            <source>状态</source>
            <translation>狀態</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/messages_page.py" />
            <source>留言时间</source>
            <translation>留言時間</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/messages_page.py" />
            <source>来电人</source>
            <translation>來電人</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/messages_page.py" />
            <source>来电单位</source>
            <translation>來電單位</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/messages_page.py" />
            <source>何事</source>
            <translation>何事</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/messages_page.py" />
            <source>需回复</source>
            <translation>需回覆</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/messages_page.py" />
            <source>全部</source>
            <translation>全部</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/messages_page.py" />
            <source>未读</source>
            <translation>未讀</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/messages_page.py" />
            <source>已读</source>
            <translation>已讀</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/messages_page.py" />
            <source>我的留言</source>
            <translation>我的留言</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/messages_page.py" />
            <source>留言 {number}</source>
            <translation>留言 {number}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/messages_page.py" />
            <source>何人 Who</source>
            <translation>何人 Who</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/messages_page.py" />
            <source>何时 When</source>
            <translation>何時 When</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/messages_page.py" />
            <source>何地 Where</source>
            <translation>何地 Where</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/messages_page.py" />
            <source>何事 What</source>
            <translation>何事 What</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/messages_page.py" />
            <source>为何 Why</source>
            <translation>為何 Why</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/messages_page.py" />
            <source>如何 How</source>
            <translation>如何 How</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/messages_page.py" />
            <source>联系电话</source>
            <translation>聯絡電話</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/messages_page.py" />
            <source>需要回复</source>
            <translation>需要回覆</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/messages_page.py" />
            <source>记录人 / 时间</source>
            <translation>記錄人 / 時間</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/messages_page.py" />
            <source>房号</source>
            <translation>房號</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/messages_page.py" />
            <source>是，请尽快回复</source>
            <translation>是，請儘快回覆</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/messages_page.py" />
            <source>否</source>
            <translation>否</translation>
        </message>
        <message>
            <source>读取留言失败：{detail}</source>
            <translation type="vanished">讀取留言失敗：{detail}</translation>
        </message>
    </context>
    <context>
        <name>MonthlyReportsPage</name>
        <message>
            <location filename="../../desk_app/ui/monthly_reports_page.py" />
            <source>月度报表</source>
            <translation>月度報表</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/monthly_reports_page.py" />
            <source>生成报告(&amp;R)…</source>
            <translation>生成報告(&amp;R)…</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/monthly_reports_page.py" />
            <source>刷新</source>
            <translation>重新整理</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/monthly_reports_page.py" />
            <source>月份</source>
            <translation>月份</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/monthly_reports_page.py" />
            <source>报告</source>
            <translation>報告</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/monthly_reports_page.py" />
            <source>截止日期</source>
            <translation>截止日期</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/monthly_reports_page.py" />
            <source>（遇休息日提前）</source>
            <translation>（遇休息日提前）</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/monthly_reports_page.py" />
            <source>状态</source>
            <translation>狀態</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/monthly_reports_page.py" />
            <source>文件</source>
            <translation>檔案</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/monthly_reports_page.py" />
            <source>（逾期完成）</source>
            <translation>（逾期完成）</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/monthly_reports_page.py" />
            <source>生成月度报告</source>
            <translation>生成月度報告</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/monthly_reports_page.py" />
            <source>报告：</source>
            <translation>報告：</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/monthly_reports_page.py" />
            <source>月份：</source>
            <translation>月份：</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/monthly_reports_page.py" />
            <source>格式：</source>
            <translation>格式：</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/monthly_reports_page.py" />
            <source>改进措施：</source>
            <translation>改進措施：</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/monthly_reports_page.py" />
            <source>投诉分析报告和业主公示中的改进措施（留空则用已登记的内容）</source>
            <translation>投訴分析報告和業主公示中的改進措施（留空則用已登記的內容）</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/monthly_reports_page.py" />
            <source>PDF 文件 (*.pdf)</source>
            <translation>PDF 檔案 (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/monthly_reports_page.py" />
            <source>Excel 工作簿 (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/monthly_reports_page.py" />
            <source>生成并保存(&amp;S)…</source>
            <translation>生成並儲存(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/monthly_reports_page.py" />
            <source>登记为已完成(&amp;D)</source>
            <translation>登記為已完成(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/monthly_reports_page.py" />
            <source>由主管或部门负责人登记，看板上的提醒随之消除（R11）</source>
            <translation>由主管或部門負責人登記，看板上的提醒隨之消除（R11）</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/monthly_reports_page.py" />
            <source>打开文件</source>
            <translation>開啟檔案</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/monthly_reports_page.py" />
            <source>关闭</source>
            <translation>關閉</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/monthly_reports_page.py" />
            <source>正在生成…</source>
            <translation>正在生成…</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/monthly_reports_page.py" />
            <source>已保存：{path}</source>
            <translation>已儲存：{path}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/monthly_reports_page.py" />
            <source>已登记完成：{kind} {month}</source>
            <translation>已登記完成：{kind} {month}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/monthly_reports_page.py" />
            <source>生成失败：{error}</source>
            <translation>生成失敗：{error}</translation>
        </message>
        <message>
            <source>请先在状态栏选择当前值班人员。</source>
            <translation type="vanished">請先在狀態列選擇當前值班人員。</translation>
        </message>
        <message>
            <source>生成报告(&amp;G)…</source>
            <translation type="vanished">生成報告(&amp;G)…</translation>
        </message>
    </context>
    <context>
        <name>Navigation</name>
        <message>
            <location filename="../../desk_app/ui/navigation.py" />
            <source>工作台</source>
            <translation>工作臺</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/navigation.py" />
            <source>今日事项</source>
            <translation>今日事項</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/navigation.py" />
            <source>汇总今天要办的事：待处理的来电来访、待回复的留言和今天到期的投诉、回访与检查。</source>
            <translation>彙總今天要辦的事：待處理的來電來訪、待回覆的留言和今天到期的投訴、回訪與檢查。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/navigation.py" />
            <source>主管看板</source>
            <translation>主管看板</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/navigation.py" />
            <source>按处理时限统计逾期首次回应、待指定专人、待回访、整改逾期等事项，定时刷新，每个数字都可点开查看明细。</source>
            <translation>按處理時限統計逾期首次回應、待指定專人、待回訪、整改逾期等事項，定時重新整理，每個數字都可點開檢視明細。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/navigation.py" />
            <source>前台登记</source>
            <translation>前臺登記</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/navigation.py" />
            <source>工作信息记录</source>
            <translation>工作資訊記錄</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/navigation.py" />
            <source>登记每一个来电、来访、来函、电子邮件和网络帖子；投诉自动生成投诉处理记录，报修打印派工单。</source>
            <translation>登記每一個來電、來訪、來函、電子郵件和網路帖子；投訴自動生成投訴處理記錄，報修列印派工單。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/navigation.py" />
            <source>留言(5W1H)</source>
            <translation>留言(5W1H)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/navigation.py" />
            <source>同事不在时，按何时、何人、何地、何事、为何、如何记下来电留言，送到该同事的留言箱。</source>
            <translation>同事不在時，按何時、何人、何地、何事、為何、如何記下來電留言，送到該同事的留言箱。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/navigation.py" />
            <source>投诉与回访</source>
            <translation>投訴與回訪</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/navigation.py" />
            <source>投诉处理记录</source>
            <translation>投訴處理記錄</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/navigation.py" />
            <source>跟踪每宗投诉从受理、指定专人、处理进展、验证到回访、关闭的全过程和各项时限。</source>
            <translation>跟蹤每宗投訴從受理、指定專人、處理進展、驗證到回訪、關閉的全過程和各項時限。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/navigation.py" />
            <source>顾客访谈记录</source>
            <translation>顧客訪談記錄</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/navigation.py" />
            <source>记录电话、上门、网上回帖或问卷形式的顾客访谈：顾客需求、改进措施、满意度和安全提示。</source>
            <translation>記錄電話、上門、網上回帖或問卷形式的顧客訪談：顧客需求、改進措施、滿意度和安全提示。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/navigation.py" />
            <source>访谈计划</source>
            <translation>訪談計劃</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/navigation.py" />
            <source>制定每月访谈计划，指定访谈人员和目标房号，并跟踪完成情况。</source>
            <translation>制定每月訪談計劃，指定訪談人員和目標房號，並跟蹤完成情況。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/navigation.py" />
            <source>社区事务</source>
            <translation>社區事務</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/navigation.py" />
            <source>邻里纠纷</source>
            <translation>鄰里糾紛</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/navigation.py" />
            <source>记录养宠物、噪音、乱摆放、违章搭建等邻里纠纷的双方、协调经过和参与单位，留下中心已尽责的凭据。</source>
            <translation>記錄養寵物、噪音、亂擺放、違章搭建等鄰里糾紛的雙方、協調經過和參與單位，留下中心已盡責的憑據。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/navigation.py" />
            <source>整改通知书</source>
            <translation>整改通知書</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/navigation.py" />
            <source>对违章搭建等问题开具整改通知书，记录送达签收或拒签、复查和升级处理。</source>
            <translation>對違章搭建等問題開具整改通知書，記錄送達簽收或拒簽、複查和升級處理。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/navigation.py" />
            <source>温馨提示</source>
            <translation>溫馨提示</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/navigation.py" />
            <source>张贴楼道堆物、高空抛物、宠物、噪音等温馨提示，按第一、二、三次跟进检查，登记清理物品。</source>
            <translation>張貼樓道堆物、高空拋物、寵物、噪音等溫馨提示，按第一、二、三次跟進檢查，登記清理物品。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/navigation.py" />
            <source>接待台账</source>
            <translation>接待臺帳</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/navigation.py" />
            <source>访客登记</source>
            <translation>訪客登記</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/navigation.py" />
            <source>登记来访人员、被访人、是否已联系并同意，以及到达和离开时间。</source>
            <translation>登記來訪人員、被訪人、是否已聯絡並同意，以及到達和離開時間。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/navigation.py" />
            <source>客户来函目录</source>
            <translation>客戶來函目錄</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/navigation.py" />
            <source>登记收到的客户来函（报事、投诉、表扬及其他工作联系）和处理情况。</source>
            <translation>登記收到的客戶來函（報事、投訴、表揚及其他工作聯絡）和處理情況。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/navigation.py" />
            <source>文件资料收发</source>
            <translation>檔案資料收發</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/navigation.py" />
            <source>登记文件和传真的来源、收件人、转交时间和签收人；内容不向第三方展示。</source>
            <translation>登記檔案和傳真的來源、收件人、轉交時間和簽收人；內容不向第三方展示。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/navigation.py" />
            <source>媒体采访接待</source>
            <translation>媒體採訪接待</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/navigation.py" />
            <source>登记来访媒体、记者、证件核查情况和采访主题，并记下通知主管的时间。</source>
            <translation>登記來訪媒體、記者、證件核查情況和採訪主題，並記下通知主管的時間。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/navigation.py" />
            <source>收费业务</source>
            <translation>收費業務</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/navigation.py" />
            <source>登记门禁卡、停车卡等收费业务的项目、金额和收据号。</source>
            <translation>登記門禁卡、停車卡等收費業務的項目、金額和收據號。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/navigation.py" />
            <source>派工单/协调单</source>
            <translation>派工單/協調單</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/navigation.py" />
            <source>开具并跟踪维修派工单和对外协调单，记录完成时间和处理结果。</source>
            <translation>開具並跟蹤維修派工單和對外協調單，記錄完成時間和處理結果。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/navigation.py" />
            <source>预约上门</source>
            <translation>預約上門</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/navigation.py" />
            <source>与客户约定的上门时间、地点、赴约人和事项，到时提醒，按时赴约后登记情况。</source>
            <translation>與客戶約定的上門時間、地點、赴約人和事項，到時提醒，按時赴約後登記情況。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/navigation.py" />
            <source>资料</source>
            <translation>資料</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/navigation.py" />
            <source>业主资料卡</source>
            <translation>業主資料卡</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/navigation.py" />
            <source>按房号、电话、姓名或姓名拼音首字母查找业主，查看家庭成员、重要客户类别和回访意愿。</source>
            <translation>按房號、電話、姓名或姓名拼音首字母查詢業主，檢視家庭成員、重要客戶類別和回訪意願。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/navigation.py" />
            <source>统一回复口径</source>
            <translation>統一回覆口徑</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/navigation.py" />
            <source>几秒内查到并复制经审定的常见问题答复，并列出服务中禁止使用的用语。</source>
            <translation>幾秒內查到並複製經審定的常見問題答覆，並列出服務中禁止使用的用語。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/navigation.py" />
            <source>管理</source>
            <translation>管理</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/navigation.py" />
            <source>日盘点</source>
            <translation>日盤點</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/navigation.py" />
            <source>每个工作日盘点当天的投诉、报修和未结事项，由负责人确认。</source>
            <translation>每個工作日盤點當天的投訴、報修和未結事項，由負責人確認。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/navigation.py" />
            <source>月度报表</source>
            <translation>月度報表</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/navigation.py" />
            <source>生成每月投诉、回访和访谈统计报表及图表，并跟踪各报表是否按时完成。</source>
            <translation>生成每月投訴、回訪和訪談統計報表及圖表，並跟蹤各報表是否按時完成。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/navigation.py" />
            <source>系统设置</source>
            <translation>系統設定</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/navigation.py" />
            <source>维护员工账号、节假日日历、工作时间、数据库连接和数据备份。</source>
            <translation>維護員工帳號、節假日日曆、工作時間、資料庫連線和資料備份。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/navigation.py" />
            <source>员工账号</source>
            <translation>員工帳號</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/navigation.py" />
            <source>新建和修改员工账号，重置密码、停用或解除锁定（仅系统管理员）。</source>
            <translation>新建和修改員工帳號，重置密碼、停用或解除鎖定（僅系統管理員）。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/navigation.py" />
            <source>部门</source>
            <translation>部門</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/navigation.py" />
            <source>新建部门、修改部门名称，停用或重新启用部门（仅系统管理员）。</source>
            <translation>新建部門、修改部門名稱，停用或重新啟用部門（僅系統管理員）。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/navigation.py" />
            <source>小区结构</source>
            <translation>小區結構</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/navigation.py" />
            <source>维护片区、楼栋和房间，批量生成房号；有记录的房间只能作废（仅系统管理员和客服主管）。</source>
            <translation>維護片區、樓棟和房間，批次生成房號；有記錄的房間只能作廢（僅系統管理員和客服主管）。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/navigation.py" />
            <source>操作日志</source>
            <translation>操作日誌</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/navigation.py" />
            <source>按人员、记录类别、日期和内容查找谁在何时新建、修改、作废或导出了什么（仅系统管理员）。</source>
            <translation>按人員、記錄類別、日期和內容查詢誰在何時新建、修改、作廢或匯出了什麼（僅系統管理員）。</translation>
        </message>
    </context>
    <context>
        <name>Operations</name>
        <message>
            <location filename="../../desk_app/ui/operations.py" />
            <source>程序内部错误（{detail}），本次操作未完成；详情已写入日志，请联系管理员。</source>
            <translation>程式內部錯誤（{detail}），本次操作未完成；詳情已寫入日誌，請聯絡管理員。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/operations.py" />
            <source>请确认</source>
            <translation>請確認</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/operations.py" />
            <source>操作未完成</source>
            <translation>操作未完成</translation>
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
            <translation>此功能正在建設中</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/placeholder_page.py" />
            <source>本页面的登记、查询和打印功能将在后续版本中提供。</source>
            <translation>本頁面的登記、查詢和列印功能將在後續版本中提供。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/placeholder_page.py" />
            <source>条记录（不含已作废）</source>
            <translation>條記錄（不含已作廢）</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/placeholder_page.py" />
            <source>…</source>
            <translation>…</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/placeholder_page.py" />
            <source>暂时无法读取</source>
            <translation>暫時無法讀取</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/placeholder_page.py" />
            <source>读取记录数时数据库出错，详情见日志文件。</source>
            <translation>讀取記錄數時資料庫出錯，詳情見日誌檔案。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/placeholder_page.py" />
            <source>快捷键：{shortcut}</source>
            <translation>快捷鍵：{shortcut}</translation>
        </message>
    </context>
    <context>
        <name>PrintButton</name>
        <message>
            <location filename="../../desk_app/ui/printing_actions.py" />
            <source>打印(&amp;P)…</source>
            <translation>列印(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/printing_actions.py" />
            <source>生成 PDF 并用系统的 PDF 阅读器打开，在其中打印</source>
            <translation>生成 PDF 並用系統的 PDF 閱讀器開啟，在其中列印</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/printing_actions.py" />
            <source>打印功能即将提供</source>
            <translation>列印功能即將提供</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/printing_actions.py" />
            <source>打印</source>
            <translation>列印</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/printing_actions.py" />
            <source>无法生成打印件：{detail}</source>
            <translation>無法生成列印件：{detail}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/printing_actions.py" />
            <source>已生成 {path}，但没有找到可以打开 PDF 的程序，请手动打开后打印。</source>
            <translation>已生成 {path}，但沒有找到可以開啟 PDF 的程式，請手動開啟後列印。</translation>
        </message>
    </context>
    <context>
        <name>PrintPreview</name>
        <message>
            <location filename="../../desk_app/ui/print_preview.py" />
            <source>打印预览 — {title}</source>
            <translation>列印預覽 — {title}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/print_preview.py" />
            <source>打印(&amp;P)…</source>
            <translation>列印(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/print_preview.py" />
            <source>另存为 PDF(&amp;S)…</source>
            <translation>另存為 PDF(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/print_preview.py" />
            <source>放大</source>
            <translation>放大</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/print_preview.py" />
            <source>缩小</source>
            <translation>縮小</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/print_preview.py" />
            <source>放大（Ctrl++）</source>
            <translation>放大（Ctrl++）</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/print_preview.py" />
            <source>缩小（Ctrl+-）</source>
            <translation>縮小（Ctrl+-）</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/print_preview.py" />
            <source>适合宽度(&amp;W)</source>
            <translation>適合寬度(&amp;W)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/print_preview.py" />
            <source>整页(&amp;A)</source>
            <translation>整頁(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/print_preview.py" />
            <source>上一页</source>
            <translation>上一頁</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/print_preview.py" />
            <source>下一页</source>
            <translation>下一頁</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/print_preview.py" />
            <source>上一页（PgUp）</source>
            <translation>上一頁（PgUp）</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/print_preview.py" />
            <source>下一页（PgDn）</source>
            <translation>下一頁（PgDn）</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/print_preview.py" />
            <source>第 {page} / {pages} 页</source>
            <translation>第 {page} / {pages} 頁</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/print_preview.py" />
            <source>关闭</source>
            <translation>關閉</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/print_preview.py" />
            <source>共 {pages} 页</source>
            <translation>共 {pages} 頁</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/print_preview.py" />
            <source>共 {pages} 页（预览前 {shown} 页；打印和保存包含全部页面）</source>
            <translation>共 {pages} 頁（預覽前 {shown} 頁；列印和儲存包含全部頁面）</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/print_preview.py" />
            <source>另存为 PDF</source>
            <translation>另存為 PDF</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/print_preview.py" />
            <source>PDF 文件 (*.pdf)</source>
            <translation>PDF 檔案 (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/print_preview.py" />
            <source>已保存到 {path}</source>
            <translation>已儲存到 {path}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/print_preview.py" />
            <source>无法保存到 {path}：{error}</source>
            <translation>無法儲存到 {path}：{error}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/print_preview.py" />
            <source>正在生成“{title}”…</source>
            <translation>正在生成“{title}”…</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/print_preview.py" />
            <source>正在生成“{title}”：{done} / {total}</source>
            <translation>正在生成“{title}”：{done} / {total}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/print_preview.py" />
            <source>取消</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/print_preview.py" />
            <source>无法打印</source>
            <translation>無法列印</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/print_preview.py" />
            <source>生成“{title}”时出错：{error}</source>
            <translation>生成“{title}”時出錯：{error}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/print_preview.py" />
            <source>已取消</source>
            <translation>已取消</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/print_preview.py" />
            <source>注意：以下字符没有可用的字体，打印出来是空白，请核对后再打印：{chars}</source>
            <translation>注意：以下字元沒有可用的字型，列印出來是空白，請核對後再列印：{chars}</translation>
        </message>
    </context>
    <context>
        <name>RecordList</name>
        <message>
            <location filename="../../desk_app/ui/record_list.py" />
            <source>查找</source>
            <translation>查詢</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/record_list.py" />
            <source>在列表中查找（Ctrl+F）</source>
            <translation>在列表中查詢（Ctrl+F）</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/record_list.py" />
            <source>输入关键字，多个词用空格分开</source>
            <translation>輸入關鍵字，多個詞用空格分開</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/record_list.py" />
            <source>共 {count} 条</source>
            <translation>共 {count} 條</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/record_list.py" />
            <source>超过 {count} 条</source>
            <translation>超過 {count} 條</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/record_list.py" />
            <source>只数到 {count} 条为止；查找或筛选缩小范围后显示准确条数，滚动仍可看到全部记录</source>
            <translation>只數到 {count} 條為止；查詢或篩選縮小範圍後顯示準確條數，滾動仍可看到全部記錄</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/record_list.py" />
            <source>是</source>
            <translation>是</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/record_list.py" />
            <source>否</source>
            <translation>否</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/record_list.py" />
            <source>导出到 Excel</source>
            <translation>匯出到 Excel</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/record_list.py" />
            <source>Excel 工作簿 (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/record_list.py" />
            <source>正在导出 {done} / {total} 条…</source>
            <translation>正在匯出 {done} / {total} 條…</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/record_list.py" />
            <source>取消</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/record_list.py" />
            <source>已导出 {count} 条到 {path}</source>
            <translation>已匯出 {count} 條到 {path}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/record_list.py" />
            <source>导出已取消，未生成文件。</source>
            <translation>匯出已取消，未生成檔案。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/record_list.py" />
            <source>导出失败：{detail}</source>
            <translation>匯出失敗：{detail}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/record_list.py" />
            <source>读取列表失败：{detail}。请按 F5 重试。</source>
            <translation>讀取列表失敗：{detail}。請按 F5 重試。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/record_list.py" />
            <source>上一次导出尚未完成。</source>
            <translation>上一次匯出尚未完成。</translation>
        </message>
        <message>
            <source>超过 {count} 条（可用查找或筛选缩小范围）</source>
            <translation type="vanished">超過 {count} 條（可用查詢或篩選縮小範圍）</translation>
        </message>
        <message>
            <source>查找(&amp;F)</source>
            <translation type="vanished">查詢(&amp;F)</translation>
        </message>
    </context>
    <context>
        <name>RecordPage</name>
        <message>
            <location filename="../../desk_app/ui/record_page.py" />
            <source>新建(&amp;N)</source>
            <translation>新建(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/record_page.py" />
            <source>新建一条记录（Ctrl+N）</source>
            <translation>新建一條記錄（Ctrl+N）</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/record_page.py" />
            <source>保存(&amp;S)</source>
            <translation>儲存(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/record_page.py" />
            <source>保存表单（Ctrl+S）</source>
            <translation>儲存表單（Ctrl+S）</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/record_page.py" />
            <source>作废(&amp;V)…</source>
            <translation>作廢(&amp;V)…</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/record_page.py" />
            <source>作废当前记录（须填写原因；记录不会被删除）</source>
            <translation>作廢當前記錄（須填寫原因；記錄不會被刪除）</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/record_page.py" />
            <source>导出Excel(&amp;E)</source>
            <translation>匯出Excel(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/record_page.py" />
            <source>把列表中符合当前筛选条件的全部记录导出到 Excel</source>
            <translation>把列表中符合當前篩選條件的全部記錄匯出到 Excel</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/record_page.py" />
            <source>刷新</source>
            <translation>重新整理</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/record_page.py" />
            <source>重新读取列表（F5）</source>
            <translation>重新讀取列表（F5）</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/record_page.py" />
            <source>修改历史</source>
            <translation>修改歷史</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/record_page.py" />
            <source>查看当前记录的修改历史：谁、何时、改了什么（Ctrl+H）</source>
            <translation>檢視當前記錄的修改歷史：誰、何時、改了什麼（Ctrl+H）</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/record_page.py" />
            <source>作废记录</source>
            <translation>作廢記錄</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/record_page.py" />
            <source>请先在列表中选中要作废的记录。</source>
            <translation>請先在列表中選中要作廢的記錄。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/record_page.py" />
            <source>请填写作废原因（必填）：</source>
            <translation>請填寫作廢原因（必填）：</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/record_page.py" />
            <source>确定作废这条记录吗？
原因：{reason}

作废后记录不再出现在列表和统计中，但仍保留备查。</source>
            <translation>確定作廢這條記錄嗎？
原因：{reason}

作廢後記錄不再出現在列表和統計中，但仍保留備查。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/record_page.py" />
            <source>表单上尚未保存的修改将被放弃。</source>
            <translation>表單上尚未儲存的修改將被放棄。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/record_page.py" />
            <source>未填写作废原因，记录没有作废。</source>
            <translation>未填寫作廢原因，記錄沒有作廢。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/record_page.py" />
            <source>记录已作废。</source>
            <translation>記錄已作廢。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/record_page.py" />
            <source>作废失败：{detail}</source>
            <translation>作廢失敗：{detail}</translation>
        </message>
        <message>
            <source>修改历史(&amp;H)</source>
            <translation type="vanished">修改歷史(&amp;H)</translation>
        </message>
    </context>
    <context>
        <name>RectificationNoticePage</name>
        <message>
            <location filename="../../desk_app/ui/rectification_notice_page.py" />
            <source>整改通知书</source>
            <translation>整改通知書</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/rectification_notice_page.py" />
            <source>房号(&amp;R)</source>
            <translation>房號(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/rectification_notice_page.py" />
            <source>如 3-2-1201</source>
            <translation>如 3-2-1201</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/rectification_notice_page.py" />
            <source>业主/住户(&amp;K)</source>
            <translation>業主/住戶(&amp;K)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/rectification_notice_page.py" />
            <source>问题类别(&amp;I)</source>
            <translation>問題類別(&amp;I)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/rectification_notice_page.py" />
            <source>存在的问题(&amp;W)</source>
            <translation>存在的問題(&amp;W)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/rectification_notice_page.py" />
            <source>整改要求(&amp;Q)</source>
            <translation>整改要求(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/rectification_notice_page.py" />
            <source>整改期限(&amp;D)</source>
            <translation>整改期限(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/rectification_notice_page.py" />
            <source>与业委会联合发出(&amp;J)</source>
            <translation>與業委會聯合發出(&amp;J)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/rectification_notice_page.py" />
            <source>送达</source>
            <translation>送達</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/rectification_notice_page.py" />
            <source>送达结果(&amp;Z)</source>
            <translation>送達結果(&amp;Z)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/rectification_notice_page.py" />
            <source>到场见证人(&amp;T)</source>
            <translation>到場見證人(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/rectification_notice_page.py" />
            <source>拒签时：见证人姓名及单位（业委会、居委会等），或在“附件”中添加拒签照片</source>
            <translation>拒簽時：見證人姓名及單位（業委會、居委會等），或在“附件”中新增拒簽照片</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/rectification_notice_page.py" />
            <source>登记送达(&amp;U)</source>
            <translation>登記送達(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/rectification_notice_page.py" />
            <source>复查</source>
            <translation>複查</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/rectification_notice_page.py" />
            <source>复查情况(&amp;C)</source>
            <translation>複查情況(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/rectification_notice_page.py" />
            <source>复查：已整改(&amp;Y)</source>
            <translation>複查：已整改(&amp;Y)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/rectification_notice_page.py" />
            <source>复查：未整改(&amp;M)</source>
            <translation>複查：未整改(&amp;M)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/rectification_notice_page.py" />
            <source>逾期上报</source>
            <translation>逾期上報</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/rectification_notice_page.py" />
            <source>上报单位(&amp;B)</source>
            <translation>上報單位(&amp;B)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/rectification_notice_page.py" />
            <source>如 街道办、城管、规划部门</source>
            <translation>如 街道辦、城管、規劃部門</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/rectification_notice_page.py" />
            <source>上报主管部门(&amp;O)…</source>
            <translation>上報主管部門(&amp;O)…</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/rectification_notice_page.py" />
            <source>打印通知书(&amp;P)</source>
            <translation>列印通知書(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/rectification_notice_page.py" />
            <source>打印上报函(&amp;L)</source>
            <translation>列印上報函(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/rectification_notice_page.py" />
            <source>已登记送达结果。</source>
            <translation>已登記送達結果。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/rectification_notice_page.py" />
            <source>已登记复查。</source>
            <translation>已登記複查。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/rectification_notice_page.py" />
            <source>已登记上报，请打印上报函（附处理记录）。</source>
            <translation>已登記上報，請列印上報函（附處理記錄）。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/rectification_notice_page.py" />
            <source>已逾期 {days} 天未整改（期限 {deadline}），可上报主管部门（R15）。</source>
            <translation>已逾期 {days} 天未整改（期限 {deadline}），可上報主管部門（R15）。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/rectification_notice_page.py" />
            <source>状态：{status}</source>
            <translation>狀態：{status}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/rectification_notice_page.py" />
            <source>处理记录：</source>
            <translation>處理記錄：</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/rectification_notice_page.py" />
            <source>发出单位：{names}</source>
            <translation>發出單位：{names}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/rectification_notice_page.py" />
            <source>编号</source>
            <translation>編號</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/rectification_notice_page.py" />
            <source>房号</source>
            <translation>房號</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/rectification_notice_page.py" />
            <source>问题类别</source>
            <translation>問題類別</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/rectification_notice_page.py" />
            <source>发出时间</source>
            <translation>發出時間</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/rectification_notice_page.py" />
            <source>整改期限</source>
            <translation>整改期限</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/rectification_notice_page.py" />
            <source>状态</source>
            <translation>狀態</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/rectification_notice_page.py" />
            <source>全部</source>
            <translation>全部</translation>
        </message>
        <message>
            <source>请确认</source>
            <translation type="vanished">請確認</translation>
        </message>
        <message>
            <source>确认复查已整改？整改通知书将就此办结，不能撤回。</source>
            <translation type="vanished">確認複查已整改？整改通知書將就此辦結，不能撤回。</translation>
        </message>
        <message>
            <source>确认将整改通知书 {number} 上报“{to}”？上报后不能撤回。</source>
            <translation type="vanished">確認將整改通知書 {number} 上報“{to}”？上報後不能撤回。</translation>
        </message>
        <message>
            <source>送达结果(&amp;S)</source>
            <translation type="vanished">送達結果(&amp;S)</translation>
        </message>
        <message>
            <source>登记送达(&amp;G)</source>
            <translation type="vanished">登記送達(&amp;G)</translation>
        </message>
        <message>
            <source>复查情况(&amp;F)</source>
            <translation type="vanished">複查情況(&amp;F)</translation>
        </message>
        <message>
            <source>复查：未整改(&amp;N)</source>
            <translation type="vanished">複查：未整改(&amp;N)</translation>
        </message>
        <message>
            <source>上报主管部门(&amp;E)…</source>
            <translation type="vanished">上報主管部門(&amp;E)…</translation>
        </message>
        <message>
            <source>拒签照片(&amp;H)</source>
            <translation type="vanished">拒簽照片(&amp;H)</translation>
        </message>
        <message>
            <source>拒签时拍照取证：照片文件位置或编号</source>
            <translation type="vanished">拒簽時拍照取證：照片檔案位置或編號</translation>
        </message>
        <message>
            <source>拒签时：见证人姓名及单位（业委会、居委会等）</source>
            <translation type="vanished">拒簽時：見證人姓名及單位（業委會、居委會等）</translation>
        </message>
    </context>
    <context>
        <name>ReminderSlipPage</name>
        <message>
            <location filename="../../desk_app/ui/reminder_slip_page.py" />
            <source>温馨提示</source>
            <translation>溫馨提示</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/reminder_slip_page.py" />
            <source>批量打印(&amp;B)…</source>
            <translation>批次列印(&amp;B)…</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/reminder_slip_page.py" />
            <source>把列表中（按当前查找和筛选）每个案件最新的一张温馨提示印在一起，每张 A4 两份</source>
            <translation>把列表中（按當前查詢和篩選）每個案件最新的一張溫馨提示印在一起，每張 A4 兩份</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/reminder_slip_page.py" />
            <source>温馨提示（批量）</source>
            <translation>溫馨提示（批次）</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/reminder_slip_page.py" />
            <source>批量打印：选择案件</source>
            <translation>批次列印：選擇案件</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/reminder_slip_page.py" />
            <source>勾选要打印的案件（默认勾选未结案的）。空格键勾选或取消，回车开始打印。</source>
            <translation>勾選要列印的案件（預設勾選未結案的）。空格鍵勾選或取消，回車開始列印。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/reminder_slip_page.py" />
            <source>只选未结案(&amp;O)</source>
            <translation>只選未結案(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/reminder_slip_page.py" />
            <source>全选(&amp;A)</source>
            <translation>全選(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/reminder_slip_page.py" />
            <source>全不选(&amp;C)</source>
            <translation>全不選(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/reminder_slip_page.py" />
            <source>打印所选(&amp;P)</source>
            <translation>列印所選(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/reminder_slip_page.py" />
            <source>已选 {chosen} / {total} 个案件</source>
            <translation>已選 {chosen} / {total} 個案件</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/reminder_slip_page.py" />
            <source>列表中没有张贴过温馨提示的案件。</source>
            <translation>列表中沒有張貼過溫馨提示的案件。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/reminder_slip_page.py" />
            <source>提示类别(&amp;K)</source>
            <translation>提示類別(&amp;K)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/reminder_slip_page.py" />
            <source>房号(&amp;R)</source>
            <translation>房號(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/reminder_slip_page.py" />
            <source>如 3-2-1201（公共部位可不填）</source>
            <translation>如 3-2-1201（公共部位可不填）</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/reminder_slip_page.py" />
            <source>张贴地点(&amp;L)</source>
            <translation>張貼地點(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/reminder_slip_page.py" />
            <source>楼栋、单元、楼层；不填则用房号</source>
            <translation>樓棟、單元、樓層；不填則用房號</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/reminder_slip_page.py" />
            <source>提示内容(&amp;T)</source>
            <translation>提示內容(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/reminder_slip_page.py" />
            <source>不填则按模板生成</source>
            <translation>不填則按模板生成</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/reminder_slip_page.py" />
            <source>署名：{names}</source>
            <translation>署名：{names}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/reminder_slip_page.py" />
            <source>高空抛物温馨提示须三方联合署名：{names}</source>
            <translation>高空拋物溫馨提示須三方聯合署名：{names}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/reminder_slip_page.py" />
            <source>清理物品</source>
            <translation>清理物品</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/reminder_slip_page.py" />
            <source>清理物品清单(&amp;I)</source>
            <translation>清理物品清單(&amp;I)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/reminder_slip_page.py" />
            <source>每行一件：物品名称和特征 / 存放地点，如：蓝色童车一辆 / 地下室储物间</source>
            <translation>每行一件：物品名稱和特徵 / 存放地點，如：藍色童車一輛 / 地下室儲物間</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/reminder_slip_page.py" />
            <source>后续处理情况(&amp;O)</source>
            <translation>後續處理情況(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/reminder_slip_page.py" />
            <source>不清理结案时填写：如已转邻里纠纷处理、已发整改通知书</source>
            <translation>不清理結案時填寫：如已轉鄰里糾紛處理、已發整改通知書</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/reminder_slip_page.py" />
            <source>物品认领</source>
            <translation>物品認領</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/reminder_slip_page.py" />
            <source>物品编号(&amp;U)</source>
            <translation>物品編號(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/reminder_slip_page.py" />
            <source>认领人姓名(&amp;M)</source>
            <translation>認領人姓名(&amp;M)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/reminder_slip_page.py" />
            <source>认领人签字(&amp;Q)</source>
            <translation>認領人簽字(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/reminder_slip_page.py" />
            <source>检查：已自行处理(&amp;Y)</source>
            <translation>檢查：已自行處理(&amp;Y)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/reminder_slip_page.py" />
            <source>检查：未处理，张贴下一次提示(&amp;X)</source>
            <translation>檢查：未處理，張貼下一次提示(&amp;X)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/reminder_slip_page.py" />
            <source>检查：第三次仍未处理(&amp;N)</source>
            <translation>檢查：第三次仍未處理(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/reminder_slip_page.py" />
            <source>清理物品(&amp;C)…</source>
            <translation>清理物品(&amp;C)…</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/reminder_slip_page.py" />
            <source>不清理结案(&amp;J)</source>
            <translation>不清理結案(&amp;J)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/reminder_slip_page.py" />
            <source>签字认领(&amp;A)</source>
            <translation>簽字認領(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/reminder_slip_page.py" />
            <source>打印温馨提示(&amp;P)</source>
            <translation>列印溫馨提示(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/reminder_slip_page.py" />
            <source>已登记检查：已自行处理，案件办结。</source>
            <translation>已登記檢查：已自行處理，案件辦結。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/reminder_slip_page.py" />
            <source>已登记检查。</source>
            <translation>已登記檢查。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/reminder_slip_page.py" />
            <source>已登记清理的物品，请按编号贴好标签。</source>
            <translation>已登記清理的物品，請按編號貼好標籤。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/reminder_slip_page.py" />
            <source>已结案。</source>
            <translation>已結案。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/reminder_slip_page.py" />
            <source>已登记认领。</source>
            <translation>已登記認領。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/reminder_slip_page.py" />
            <source>状态：{status}</source>
            <translation>狀態：{status}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/reminder_slip_page.py" />
            <source>下次检查：{when}</source>
            <translation>下次檢查：{when}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/reminder_slip_page.py" />
            <source>清理后再次违反（原案件 {number}），可当即清理</source>
            <translation>清理後再次違反（原案件 {number}），可當即清理</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/reminder_slip_page.py" />
            <source>已张贴的温馨提示：</source>
            <translation>已張貼的溫馨提示：</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/reminder_slip_page.py" />
            <source>第{sequence}次　张贴 {posted}　检查 {checked}　{result}</source>
            <translation>第{sequence}次　張貼 {posted}　檢查 {checked}　{result}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/reminder_slip_page.py" />
            <source>未检查</source>
            <translation>未檢查</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/reminder_slip_page.py" />
            <source>已处理</source>
            <translation>已處理</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/reminder_slip_page.py" />
            <source>未处理</source>
            <translation>未處理</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/reminder_slip_page.py" />
            <source>清理的物品：</source>
            <translation>清理的物品：</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/reminder_slip_page.py" />
            <source>{number}　{what}　存放：{where}　{claim}</source>
            <translation>{number}　{what}　存放：{where}　{claim}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/reminder_slip_page.py" />
            <source>已于 {when} 由 {who} 签字领回</source>
            <translation>已於 {when} 由 {who} 簽字領回</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/reminder_slip_page.py" />
            <source>待认领</source>
            <translation>待認領</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/reminder_slip_page.py" />
            <source>备注：{notes}</source>
            <translation>備註：{notes}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/reminder_slip_page.py" />
            <source>编号</source>
            <translation>編號</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/reminder_slip_page.py" />
            <source>类别</source>
            <translation>類別</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/reminder_slip_page.py" />
            <source>地点</source>
            <translation>地點</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/reminder_slip_page.py" />
            <source>首次张贴</source>
            <translation>首次張貼</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/reminder_slip_page.py" />
            <source>状态</source>
            <translation>狀態</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/reminder_slip_page.py" />
            <source>下次检查</source>
            <translation>下次檢查</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/reminder_slip_page.py" />
            <source>全部</source>
            <translation>全部</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/reminder_slip_page.py" />
            <source>未办结</source>
            <translation>未辦結</translation>
        </message>
        <message>
            <source>清理物品的法律风险</source>
            <translation type="vanished">清理物品的法律風險</translation>
        </message>
        <message>
            <source>第{index}行请写成“物品名称和特征 / 存放地点”</source>
            <translation type="vanished">第{index}行請寫成“物品名稱和特徵 / 存放地點”</translation>
        </message>
        <message>
            <source>认领人签字(&amp;G)</source>
            <translation type="vanished">認領人簽字(&amp;G)</translation>
        </message>
        <message>
            <source>检查：未处理，张贴下一次提示(&amp;N)</source>
            <translation type="vanished">檢查：未處理，張貼下一次提示(&amp;N)</translation>
        </message>
        <message>
            <source>不清理结案(&amp;E)</source>
            <translation type="vanished">不清理結案(&amp;E)</translation>
        </message>
    </context>
    <context>
        <name>Services</name>
        <message>
            <location filename="../../desk_app/cli.py" />
            <source>--{name} 必须是正整数（收到 {value}）</source>
            <translation>--{name} 必須是正整數（收到 {value}）</translation>
        </message>
        <message>
            <location filename="../../desk_app/cli.py" />
            <source>已中断。</source>
            <translation>已中斷。</translation>
        </message>
        <message>
            <location filename="../../desk_app/cli.py" />
            <source>错误：{detail}</source>
            <translation>錯誤：{detail}</translation>
        </message>
        <message>
            <location filename="../../desk_app/cli.py" />
            <source>找不到文件或文件夹：{name}</source>
            <translation>找不到檔案或資料夾：{name}</translation>
        </message>
        <message>
            <location filename="../../desk_app/cli.py" />
            <source>没有权限读写：{name}</source>
            <translation>沒有權限讀寫：{name}</translation>
        </message>
        <message>
            <location filename="../../desk_app/cli.py" />
            <source>无法读写文件 {name}：{reason}</source>
            <translation>無法讀寫檔案 {name}：{reason}</translation>
        </message>
        <message>
            <location filename="../../desk_app/cli.py" />
            <source>数据库地址无法识别：{detail}</source>
            <translation>資料庫地址無法識別：{detail}</translation>
        </message>
        <message>
            <location filename="../../desk_app/cli.py" />
            <source>数据库出错（{kind}），请检查数据库是否可用</source>
            <translation>資料庫出錯（{kind}），請檢查資料庫是否可用</translation>
        </message>
        <message>
            <location filename="../../desk_app/cli.py" />
            <source>命令未能完成（{kind}）：{detail}</source>
            <translation>命令未能完成（{kind}）：{detail}</translation>
        </message>
        <message>
            <location filename="../../desk_app/demo/command.py" />
            <location filename="../../desk_app/printing/command.py" />
            <source>错误：{exc}</source>
            <translation>錯誤：{exc}</translation>
        </message>
        <message>
            <location filename="../../desk_app/demo/generator.py" />
            <source>数据库中已有数据（{detail}），演示数据只能写入空数据库。未做任何修改；请换一个新的数据库文件或地址再运行。</source>
            <translation>資料庫中已有資料（{detail}），演示資料只能寫入空資料庫。未做任何修改；請換一個新的資料庫檔案或地址再執行。</translation>
        </message>
        <message>
            <location filename="../../desk_app/errors.py" />
            <source>{message}（{rule}）</source>
            <translation>{message}（{rule}）</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/database.py" />
            <source>文件夹不存在：{parent}</source>
            <translation>資料夾不存在：{parent}</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/database.py" />
            <source>无法连接数据库：{first}</source>
            <translation>無法連線資料庫：{first}</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/database.py" />
            <source>数据库地址无法识别：{url!s}（{exc}）</source>
            <translation>資料庫地址無法識別：{url!s}（{exc}）</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/database.py" />
            <source>不支持的数据库类型：{value}（仅支持 SQLite 与 PostgreSQL）</source>
            <translation>不支援的資料庫類型：{value}（僅支援 SQLite 與 PostgreSQL）</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/database.py" />
            <source>磁盘已满，本次保存未生效：请清理数据库所在磁盘的空间（或请管理员处理）后再保存</source>
            <translation>磁碟已滿，本次儲存未生效：請清理資料庫所在磁碟的空間（或請管理員處理）後再儲存</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/database.py" />
            <source>填写的内容含有无法处理的控制字符（NUL），请删除后再试</source>
            <translation>填寫的內容含有無法處理的控制字元（NUL），請刪除後再試</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/database.py" />
            <source>填写的内容过长，超出了数据库允许的长度，本次保存未生效</source>
            <translation>填寫的內容過長，超出了資料庫允許的長度，本次儲存未生效</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/database.py" />
            <source>日期或时间不正确（超出可保存的范围），本次保存未生效</source>
            <translation>日期或時間不正確（超出可儲存的範圍），本次儲存未生效</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/database.py" />
            <source>数字超出可保存的范围，本次保存未生效</source>
            <translation>數字超出可儲存的範圍，本次儲存未生效</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/schema.py" />
            <source>数据库结构版本记录有 {count} 条（{listed}），无法判断版本，未做修改。</source>
            <translation>資料庫結構版本記錄有 {count} 條（{listed}），無法判斷版本，未做修改。</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/schema.py" />
            <source>数据库结构版本 {current} 比本程序新，请升级前台 Desk 后再打开这个数据库。</source>
            <translation>資料庫結構版本 {current} 比本程式新，請升級前台 Desk 後再開啟這個資料庫。</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/schema.py" />
            <source>这个数据库里已有其他程序的数据表，不是前台 Desk 的数据库，未做任何修改。</source>
            <translation>這個資料庫裡已有其他程式的資料表，不是前台 Desk 的資料庫，未做任何修改。</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/tracking.py" />
            <source>“{label}”含有无法保存的控制字符（NUL）</source>
            <translation>“{label}”含有無法儲存的控制字元（NUL）</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/tracking.py" />
            <source>“{label}”过长：最多 {limit} 个字，填了 {count} 个</source>
            <translation>“{label}”過長：最多 {limit} 個字，填了 {count} 個</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/tracking.py" />
            <source>“{label}”的数字超出可保存的范围（{value}）</source>
            <translation>“{label}”的數字超出可儲存的範圍（{value}）</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/tracking.py" />
            <source>“{label}”指向的记录不存在（编号 {value}）</source>
            <translation>“{label}”指向的記錄不存在（編號 {value}）</translation>
        </message>
        <message>
            <location filename="../../desk_app/models/tracking.py" />
            <source>当前账号已停用或不存在，不能再保存任何内容；请换人登录</source>
            <translation>當前帳號已停用或不存在，不能再儲存任何內容；請換人登入</translation>
        </message>
        <message>
            <location filename="../../desk_app/printing/command.py" />
            <source>文件夹不存在</source>
            <translation>資料夾不存在</translation>
        </message>
        <message>
            <location filename="../../desk_app/printing/command.py" />
            <source>没有写入权限</source>
            <translation>沒有寫入權限</translation>
        </message>
        <message>
            <location filename="../../desk_app/printing/command.py" />
            <source>磁盘空间不足</source>
            <translation>磁碟空間不足</translation>
        </message>
        <message>
            <location filename="../../desk_app/printing/command.py" />
            <source>磁盘是只读的</source>
            <translation>磁碟是唯讀的</translation>
        </message>
        <message>
            <location filename="../../desk_app/printing/command.py" />
            <source>这是一个文件夹，不是文件</source>
            <translation>這是一個資料夾，不是檔案</translation>
        </message>
        <message>
            <location filename="../../desk_app/printing/command.py" />
            <source>路径中有一部分不是文件夹</source>
            <translation>路徑中有一部分不是資料夾</translation>
        </message>
        <message>
            <location filename="../../desk_app/printing/command.py" />
            <source>文件名太长</source>
            <translation>檔名太長</translation>
        </message>
        <message>
            <location filename="../../desk_app/printing/command.py" />
            <source>文件正被其他程序使用</source>
            <translation>檔案正被其他程式使用</translation>
        </message>
        <message>
            <location filename="../../desk_app/printing/command.py" />
            <source>系统错误（错误号 {number}）</source>
            <translation>系統錯誤（錯誤號 {number}）</translation>
        </message>
        <message>
            <location filename="../../desk_app/printing/command.py" />
            <source>错误：{value}</source>
            <translation>錯誤：{value}</translation>
        </message>
        <message>
            <location filename="../../desk_app/printing/command.py" />
            <source>“{kind}”打印的是系统设置，不需要编号</source>
            <translation>“{kind}”列印的是系統設定，不需要編號</translation>
        </message>
        <message>
            <location filename="../../desk_app/printing/command.py" />
            <source>“{kind}”一次只能打印一份，请只给出一个编号（批量打印温馨提示请用 slips）</source>
            <translation>“{kind}”一次只能列印一份，請只給出一個編號（批次列印溫馨提示請用 slips）</translation>
        </message>
        <message>
            <location filename="../../desk_app/printing/command.py" />
            <source>生成“{kind}”时出错，未能写出文件（详细信息已写入日志）</source>
            <translation>生成“{kind}”時出錯，未能寫出檔案（詳細資訊已寫入日誌）</translation>
        </message>
        <message>
            <location filename="../../desk_app/printing/command.py" />
            <source>无法写入文件 {path}：{error}</source>
            <translation>無法寫入檔案 {path}：{error}</translation>
        </message>
        <message>
            <location filename="../../desk_app/printing/command.py" />
            <source>警告：以下字符没有可用的字体，打印出来是空白，请核对：{chars}</source>
            <translation>警告：以下字元沒有可用的字型，列印出來是空白，請核對：{chars}</translation>
        </message>
        <message>
            <location filename="../../desk_app/printing/command.py" />
            <source>已生成 {title}：{path}（{pages} 页）</source>
            <translation>已生成 {title}：{path}（{pages} 頁）</translation>
        </message>
        <message>
            <location filename="../../desk_app/printing/complaint_channels.py" />
            <source>尚未设置投诉受理渠道（投诉电话、传真、电子邮箱或网上投诉论坛至少填写一项），请系统管理员在“系统设置 → 投诉受理渠道”中填写后再打印公示</source>
            <translation>尚未設定投訴受理渠道（投訴電話、傳真、電子郵箱或網上投訴論壇至少填寫一項），請系統管理員在“系統設定 → 投訴受理渠道”中填寫後再列印公示</translation>
        </message>
        <message>
            <location filename="../../desk_app/printing/complaint_dossier.py" />
            <source>投诉 {number} 不是重大投诉，不单独建立档案</source>
            <translation>投訴 {number} 不是重大投訴，不單獨建立檔案</translation>
        </message>
        <message>
            <location filename="../../desk_app/printing/daily_tally.py" />
            <source>{day}还没有到，不能打印该日的日盘点表</source>
            <translation>{day}還沒有到，不能列印該日的日盤點表</translation>
        </message>
        <message>
            <location filename="../../desk_app/printing/fee_receipt.py" />
            <source>编号：{number}　　收据号：{receipt}</source>
            <translation>編號：{number}　　收據號：{receipt}</translation>
        </message>
        <message>
            <location filename="../../desk_app/printing/layout.py" />
            <source>“{field}”一栏</source>
            <translation>“{field}”一欄</translation>
        </message>
        <message>
            <location filename="../../desk_app/printing/layout.py" />
            <location filename="../../desk_app/services/audit.py" />
            <location filename="../../desk_app/services/text.py" />
            <source>内容</source>
            <translation>內容</translation>
        </message>
        <message>
            <location filename="../../desk_app/printing/layout.py" />
            <source>无法生成“{title}”{number}：{field}排版失败，请把该栏内容分段或缩短后重试（详细信息已写入日志）</source>
            <translation>無法生成“{title}”{number}：{field}排版失敗，請把該欄內容分段或縮短後重試（詳細資訊已寫入日誌）</translation>
        </message>
        <message>
            <location filename="../../desk_app/printing/registry.py" />
            <source>请给出要打印的{title}的编号</source>
            <translation>請給出要列印的{title}的編號</translation>
        </message>
        <message>
            <location filename="../../desk_app/printing/registry.py" />
            <source>编号“{number}”不是{title}的编号（应以 {prefix}- 开头）</source>
            <translation>編號“{number}”不是{title}的編號（應以 {prefix}- 開頭）</translation>
        </message>
        <message>
            <location filename="../../desk_app/printing/registry.py" />
            <source>找不到编号为“{number}”的{title}</source>
            <translation>找不到編號為“{number}”的{title}</translation>
        </message>
        <message>
            <location filename="../../desk_app/printing/registry.py" />
            <source>{title}“{number}”已作废（{reason}），不能打印</source>
            <translation>{title}“{number}”已作廢（{reason}），不能列印</translation>
        </message>
        <message>
            <location filename="../../desk_app/printing/registry.py" />
            <source>日盘点表的编号是日期，如 2026-11-23（收到“{number}”）</source>
            <translation>日盤點表的編號是日期，如 2026-11-23（收到“{number}”）</translation>
        </message>
        <message>
            <location filename="../../desk_app/printing/registry.py" />
            <source>没有这种打印件：“{kind}”。可以打印的有：{known}</source>
            <translation>沒有這種列印件：“{kind}”。可以列印的有：{known}</translation>
        </message>
        <message>
            <location filename="../../desk_app/printing/reminder_slips.py" />
            <source>没有要打印的温馨提示</source>
            <translation>沒有要列印的溫馨提示</translation>
        </message>
        <message>
            <location filename="../../desk_app/reports/command.py" />
            <source>不支持的文件格式“{suffix}”：请用 .pdf 或 .xlsx</source>
            <translation>不支援的檔案格式“{suffix}”：請用 .pdf 或 .xlsx</translation>
        </message>
        <message>
            <location filename="../../desk_app/reports/command.py" />
            <source>输出文件须以 .pdf 或 .xlsx 结尾（收到 {name}）</source>
            <translation>輸出檔案須以 .pdf 或 .xlsx 結尾（收到 {name}）</translation>
        </message>
        <message>
            <location filename="../../desk_app/reports/command.py" />
            <source>已生成 {out}</source>
            <translation>已生成 {out}</translation>
        </message>
        <message>
            <location filename="../../desk_app/reports/command.py" />
            <source>已登记完成：{kind} {month:%Y-%m}（{state}）</source>
            <translation>已登記完成：{kind} {month:%Y-%m}（{state}）</translation>
        </message>
        <message>
            <location filename="../../desk_app/reports/data.py" />
            <source>月份格式应为 2026-10（收到“{text}”）</source>
            <translation>月份格式應為 2026-10（收到“{text}”）</translation>
        </message>
        <message>
            <location filename="../../desk_app/resources.py" />
            <source>找不到程序资源文件夹 resources（已查找：{tried}）</source>
            <translation>找不到程式資原始檔夾 resources（已查詢：{tried}）</translation>
        </message>
        <message>
            <location filename="../../desk_app/screens/base.py" />
            <location filename="../../desk_app/screens/rectification_notices.py" />
            <source>这条记录刚被其他人修改过，本次保存未生效</source>
            <translation>這條記錄剛被其他人修改過，本次儲存未生效</translation>
        </message>
        <message>
            <location filename="../../desk_app/screens/client_archive.py" />
            <source>入住日期“{text}”不是日期（例：2019-05-01）</source>
            <translation>入住日期“{text}”不是日期（例：2019-05-01）</translation>
        </message>
        <message>
            <location filename="../../desk_app/screens/complaint_sheet.py" />
            <source>请选择处理人</source>
            <translation>請選擇處理人</translation>
        </message>
        <message>
            <location filename="../../desk_app/screens/complaint_sheet.py" />
            <source>请选择免回访原因</source>
            <translation>請選擇免回訪原因</translation>
        </message>
        <message>
            <location filename="../../desk_app/screens/complaint_sheet.py" />
            <source>客户不愿接受回访（R12）</source>
            <translation>客戶不願接受回訪（R12）</translation>
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
            <translation>全部</translation>
        </message>
        <message>
            <location filename="../../desk_app/screens/complaint_sheet.py" />
            <source>未关闭</source>
            <translation>未關閉</translation>
        </message>
        <message>
            <location filename="../../desk_app/screens/complaint_sheet.py" />
            <source>（未分类）</source>
            <translation>（未分類）</translation>
        </message>
        <message>
            <location filename="../../desk_app/screens/complaint_sheet.py" />
            <source>重大投诉</source>
            <translation>重大投訴</translation>
        </message>
        <message>
            <location filename="../../desk_app/screens/complaint_sheet.py" />
            <location filename="../../desk_app/services/audit.py" />
            <source>编号</source>
            <translation>編號</translation>
        </message>
        <message>
            <location filename="../../desk_app/screens/complaint_sheet.py" />
            <location filename="../../desk_app/services/deadlines.py" />
            <source>受理时间</source>
            <translation>受理時間</translation>
        </message>
        <message>
            <location filename="../../desk_app/screens/complaint_sheet.py" />
            <location filename="../../desk_app/services/audit.py" />
            <location filename="../../desk_app/services/community.py" />
            <location filename="../../desk_app/services/roster.py" />
            <source>房号</source>
            <translation>房號</translation>
        </message>
        <message>
            <location filename="../../desk_app/screens/complaint_sheet.py" />
            <location filename="../../desk_app/services/audit.py" />
            <source>投诉人</source>
            <translation>投訴人</translation>
        </message>
        <message>
            <location filename="../../desk_app/screens/complaint_sheet.py" />
            <location filename="../../desk_app/services/audit.py" />
            <location filename="../../desk_app/services/worklog_command.py" />
            <source>渠道</source>
            <translation>渠道</translation>
        </message>
        <message>
            <location filename="../../desk_app/screens/complaint_sheet.py" />
            <location filename="../../desk_app/services/audit.py" />
            <location filename="../../desk_app/services/worklog_command.py" />
            <source>类别</source>
            <translation>類別</translation>
        </message>
        <message>
            <location filename="../../desk_app/screens/complaint_sheet.py" />
            <source>专业</source>
            <translation>專業</translation>
        </message>
        <message>
            <location filename="../../desk_app/screens/complaint_sheet.py" />
            <location filename="../../desk_app/services/audit.py" />
            <source>状态</source>
            <translation>狀態</translation>
        </message>
        <message>
            <location filename="../../desk_app/screens/complaint_sheet.py" />
            <source>程度</source>
            <translation>程度</translation>
        </message>
        <message>
            <location filename="../../desk_app/screens/complaint_sheet.py" />
            <source>首次回应时限</source>
            <translation>首次回應時限</translation>
        </message>
        <message>
            <location filename="../../desk_app/screens/complaint_sheet.py" />
            <source>逾期</source>
            <translation>逾期</translation>
        </message>
        <message>
            <location filename="../../desk_app/screens/complaint_sheet.py" />
            <source>任一时限逾期</source>
            <translation>任一時限逾期</translation>
        </message>
        <message>
            <location filename="../../desk_app/screens/complaint_sheet.py" />
            <source>首次回应逾期</source>
            <translation>首次回應逾期</translation>
        </message>
        <message>
            <location filename="../../desk_app/screens/complaint_sheet.py" />
            <source>待指定专人</source>
            <translation>待指定專人</translation>
        </message>
        <message>
            <location filename="../../desk_app/screens/complaint_sheet.py" />
            <source>进展通报逾期</source>
            <translation>進展通報逾期</translation>
        </message>
        <message>
            <location filename="../../desk_app/screens/complaint_sheet.py" />
            <source>知会地产公司逾期</source>
            <translation>知會地產公司逾期</translation>
        </message>
        <message>
            <location filename="../../desk_app/screens/complaint_sheet.py" />
            <source>回访逾期</source>
            <translation>回訪逾期</translation>
        </message>
        <message>
            <location filename="../../desk_app/screens/complaint_sheet.py" />
            <source>顾客投诉处理记录</source>
            <translation>顧客投訴處理記錄</translation>
        </message>
        <message>
            <location filename="../../desk_app/screens/dispute_record.py" />
            <source>确定以“{status}”结案 {number} 吗？
处理结果：{outcome}</source>
            <translation>確定以“{status}”結案 {number} 嗎？
處理結果：{outcome}</translation>
        </message>
        <message>
            <location filename="../../desk_app/screens/interview_plans.py" />
            <source>找不到访谈计划（编号 {number}），或已作废</source>
            <translation>找不到訪談計劃（編號 {number}），或已作廢</translation>
        </message>
        <message>
            <location filename="../../desk_app/screens/interview_plans.py" />
            <location filename="../../desk_app/screens/interview_record.py" />
            <source>请选择访谈人</source>
            <translation>請選擇訪談人</translation>
        </message>
        <message>
            <location filename="../../desk_app/screens/interview_record.py" />
            <location filename="../../desk_app/services/interviews.py" />
            <source>找不到访谈记录（编号 {interview_id}），或已作废</source>
            <translation>找不到訪談記錄（編號 {interview_id}），或已作廢</translation>
        </message>
        <message>
            <location filename="../../desk_app/screens/interview_record.py" />
            <source>请选择客户</source>
            <translation>請選擇客戶</translation>
        </message>
        <message>
            <location filename="../../desk_app/screens/reception_books.py" />
            <location filename="../../desk_app/screens/rectification_notices.py" />
            <location filename="../../desk_app/screens/reminder_slips.py" />
            <source>已保存的登记不能改写；后续情况请用表单下方的按钮登记，写错的记录请作废后重新登记。</source>
            <translation>已儲存的登記不能改寫；後續情況請用表單下方的按鈕登記，寫錯的記錄請作廢後重新登記。</translation>
        </message>
        <message>
            <location filename="../../desk_app/screens/reception_books.py" />
            <location filename="../../desk_app/services/audit.py" />
            <location filename="../../desk_app/services/reception.py" />
            <source>访客登记</source>
            <translation>訪客登記</translation>
        </message>
        <message>
            <location filename="../../desk_app/screens/reception_books.py" />
            <location filename="../../desk_app/services/audit.py" />
            <source>客户来函</source>
            <translation>客戶來函</translation>
        </message>
        <message>
            <location filename="../../desk_app/screens/reception_books.py" />
            <location filename="../../desk_app/services/reception.py" />
            <source>文件资料登记</source>
            <translation>檔案資料登記</translation>
        </message>
        <message>
            <location filename="../../desk_app/screens/reception_books.py" />
            <location filename="../../desk_app/services/reception.py" />
            <source>媒体来访记录</source>
            <translation>媒體來訪記錄</translation>
        </message>
        <message>
            <location filename="../../desk_app/screens/reception_books.py" />
            <source>收费记录</source>
            <translation>收費記錄</translation>
        </message>
        <message>
            <location filename="../../desk_app/screens/reception_books.py" />
            <source>预约</source>
            <translation>預約</translation>
        </message>
        <message>
            <location filename="../../desk_app/screens/records.py" />
            <location filename="../../desk_app/services/audit.py" />
            <location filename="../../desk_app/services/records.py" />
            <source>找不到这条记录（编号 {record_id}）</source>
            <translation>找不到這條記錄（編號 {record_id}）</translation>
        </message>
        <message>
            <location filename="../../desk_app/screens/records.py" />
            <source>请先在列表中选中要作废的记录</source>
            <translation>請先在列表中選中要作廢的記錄</translation>
        </message>
        <message>
            <location filename="../../desk_app/screens/rectification_notices.py" />
            <source>确认复查已整改？整改通知书将就此办结，不能撤回。</source>
            <translation>確認複查已整改？整改通知書將就此辦結，不能撤回。</translation>
        </message>
        <message>
            <location filename="../../desk_app/screens/rectification_notices.py" />
            <source>确认将整改通知书 {number} 上报“{to}”？上报后不能撤回。</source>
            <translation>確認將整改通知書 {number} 上報“{to}”？上報後不能撤回。</translation>
        </message>
        <message>
            <location filename="../../desk_app/screens/reminder_slips.py" />
            <source>温馨提示案件 {number} 还没有张贴过提示</source>
            <translation>溫馨提示案件 {number} 還沒有張貼過提示</translation>
        </message>
        <message>
            <location filename="../../desk_app/screens/reminder_slips.py" />
            <location filename="../../desk_app/services/reminder_cases.py" />
            <source>找不到温馨提示案件（编号 {case_id}），或已作废</source>
            <translation>找不到溫馨提示案件（編號 {case_id}），或已作廢</translation>
        </message>
        <message>
            <location filename="../../desk_app/screens/reminder_slips.py" />
            <source>第{index}行请写成“物品名称和特征 / 存放地点”</source>
            <translation>第{index}行請寫成“物品名稱和特徵 / 存放地點”</translation>
        </message>
        <message>
            <location filename="../../desk_app/screens/reminder_slips.py" />
            <source>清理物品的法律风险</source>
            <translation>清理物品的法律風險</translation>
        </message>
        <message>
            <location filename="../../desk_app/screens/staff_accounts.py" />
            <source>两次输入的密码不一致</source>
            <translation>兩次輸入的密碼不一致</translation>
        </message>
        <message>
            <location filename="../../desk_app/screens/storage.py" />
            <source>读取失败：数据库暂时无法读取（{detail}），请稍后再试</source>
            <translation>讀取失敗：資料庫暫時無法讀取（{detail}），請稍後再試</translation>
        </message>
        <message>
            <location filename="../../desk_app/screens/storage.py" />
            <source>保存失败：数据库暂时无法写入（{detail}），请稍后再试</source>
            <translation>儲存失敗：資料庫暫時無法寫入（{detail}），請稍後再試</translation>
        </message>
        <message>
            <location filename="../../desk_app/screens/worklog.py" />
            <source>请选择留言给哪位同事</source>
            <translation>請選擇留言給哪位同事</translation>
        </message>
        <message>
            <location filename="../../desk_app/screens/worklog.py" />
            <source>请选择类别（按数字键 1–7）</source>
            <translation>請選擇類別（按數字鍵 1–7）</translation>
        </message>
        <message>
            <location filename="../../desk_app/screens/worklog.py" />
            <source>受理时间无效，请重新填写</source>
            <translation>受理時間無效，請重新填寫</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/accounts.py" />
            <source>登录名或密码不正确</source>
            <translation>登入名或密碼不正確</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/accounts.py" />
            <source>登录名或密码不正确（同一账号连续输错 {failures} 次将锁定 {minutes} 分钟）</source>
            <translation>登入名或密碼不正確（同一帳號連續輸錯 {failures} 次將鎖定 {minutes} 分鐘）</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/accounts.py" />
            <source>新密码至少需要 {minimum_password_length} 个字符</source>
            <translation>新密碼至少需要 {minimum_password_length} 個字元</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/accounts.py" />
            <source>新密码的开头和结尾不能是空格</source>
            <translation>新密碼的開頭和結尾不能是空格</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/accounts.py" />
            <source>新密码不能与登录名相同</source>
            <translation>新密碼不能與登入名相同</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/accounts.py" />
            <source>请填写登录名</source>
            <translation>請填寫登入名</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/accounts.py" />
            <source>登录名不能超过 64 个字符</source>
            <translation>登入名不能超過 64 個字元</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/accounts.py" />
            <source>密码连续输错 {lockout_failures} 次，账号已锁定，请于 {local:%H:%M} 以后再试，或请系统管理员重设密码</source>
            <translation>密碼連續輸錯 {lockout_failures} 次，帳號已鎖定，請於 {local:%H:%M} 以後再試，或請系統管理員重設密碼</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/accounts.py" />
            <source>找不到工作人员（编号 {staff_id}）</source>
            <translation>找不到工作人員（編號 {staff_id}）</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/accounts.py" />
            <source>管理工作人员账号</source>
            <translation>管理工作人員帳號</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/accounts.py" />
            <source>登录名“{text}”已被使用</source>
            <translation>登入名“{text}”已被使用</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/accounts.py" />
            <source>请填写姓名</source>
            <translation>請填寫姓名</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/accounts.py" />
            <source>重设工作人员密码</source>
            <translation>重設工作人員密碼</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/accounts.py" />
            <source>停用工作人员账号</source>
            <translation>停用工作人員帳號</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/accounts.py" />
            <source>不能停用最后一个系统管理员账号</source>
            <translation>不能停用最後一個系統管理員帳號</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/accounts.py" />
            <source>不能停用自己正在使用的账号</source>
            <translation>不能停用自己正在使用的帳號</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/accounts.py" />
            <source>修改工作人员账号</source>
            <translation>修改工作人員帳號</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/accounts.py" />
            <location filename="../../desk_app/services/staff_import.py" />
            <source>姓名不能超过 64 个字符</source>
            <translation>姓名不能超過 64 個字元</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/accounts.py" />
            <source>这是最后一个在用的系统管理员账号，不能改为其他角色</source>
            <translation>這是最後一個在用的系統管理員帳號，不能改為其他角色</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/accounts.py" />
            <location filename="../../desk_app/services/departments.py" />
            <location filename="../../desk_app/services/dispatch.py" />
            <location filename="../../desk_app/services/reception.py" />
            <source>找不到部门（编号 {department_id}）</source>
            <translation>找不到部門（編號 {department_id}）</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/accounts.py" />
            <source>籍贯不能超过 64 个字符</source>
            <translation>籍貫不能超過 64 個字元</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/accounts.py" />
            <source>电话不能超过 32 个字符</source>
            <translation>電話不能超過 32 個字元</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/accounts.py" />
            <source>启用工作人员账号</source>
            <translation>啟用工作人員帳號</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/accounts.py" />
            <source>解除账号锁定</source>
            <translation>解除帳號鎖定</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/accounts.py" />
            <source>查看工作人员账号</source>
            <translation>檢視工作人員帳號</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/accounts.py" />
            <source>这个账号还没有设置密码，请系统管理员先设置密码</source>
            <translation>這個帳號還沒有設定密碼，請系統管理員先設定密碼</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/accounts.py" />
            <source>密码连续输错 {lockout_failures} 次，账号锁定 {lockout_minutes} 分钟</source>
            <translation>密碼連續輸錯 {lockout_failures} 次，帳號鎖定 {lockout_minutes} 分鐘</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/accounts.py" />
            <source>这个账号已停用，请联系系统管理员</source>
            <translation>這個帳號已停用，請聯絡系統管理員</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/accounts.py" />
            <source>只能修改自己的密码；他人的密码请系统管理员重设</source>
            <translation>只能修改自己的密碼；他人的密碼請系統管理員重設</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/accounts.py" />
            <source>原密码不正确</source>
            <translation>原密碼不正確</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/accounts.py" />
            <source>新密码不能与原密码相同</source>
            <translation>新密碼不能與原密碼相同</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/attachments.py" />
            <source>JPEG、PNG 照片或 PDF 扫描件</source>
            <translation>JPEG、PNG 照片或 PDF 掃描件</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/attachments.py" />
            <source>这类记录不能添加附件：{kind}</source>
            <translation>這類記錄不能新增附件：{kind}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/attachments.py" />
            <source>找不到要添加附件的记录（编号 {owner_id}），或已作废</source>
            <translation>找不到要新增附件的記錄（編號 {owner_id}），或已作廢</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/attachments.py" />
            <source>附件没有文件名</source>
            <translation>附件沒有檔名</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/attachments.py" />
            <source>照片“{name}”有 {width}×{height} 像素，太大（最多 {limit} 万像素）</source>
            <translation>照片“{name}”有 {width}×{height} 畫素，太大（最多 {limit} 萬畫素）</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/attachments.py" />
            <source>照片“{name}”像素太多（最多 {limit} 万像素）</source>
            <translation>照片“{name}”畫素太多（最多 {limit} 萬畫素）</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/attachments.py" />
            <source>照片“{name}”已损坏或不完整，无法打开，请重新拍摄或导出后再添加</source>
            <translation>照片“{name}”已損壞或不完整，無法開啟，請重新拍攝或匯出後再新增</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/attachments.py" />
            <source>PDF“{name}”设有密码，请去掉密码后再添加</source>
            <translation>PDF“{name}”設有密碼，請去掉密碼後再新增</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/attachments.py" />
            <source>PDF“{name}”已损坏，无法打开</source>
            <translation>PDF“{name}”已損壞，無法開啟</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/attachments.py" />
            <source>PDF“{name}”没有页面</source>
            <translation>PDF“{name}”沒有頁面</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/attachments.py" />
            <source>文件“{name}”是空的</source>
            <translation>檔案“{name}”是空的</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/attachments.py" />
            <source>文件“{name}”有 {size}，超过 {limit} MB 的上限；请压缩照片或分开扫描</source>
            <translation>檔案“{name}”有 {size}，超過 {limit} MB 的上限；請壓縮照片或分開掃描</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/attachments.py" />
            <source>文件“{name}”不是 {accepted}（按文件内容判断，与扩展名无关）</source>
            <translation>檔案“{name}”不是 {accepted}（按檔案內容判斷，與副檔名無關）</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/attachments.py" />
            <source>请先登录，再添加附件</source>
            <translation>請先登入，再新增附件</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/attachments.py" />
            <source>文件“{name}”已作为“{same}”添加到这条记录，不再重复添加</source>
            <translation>檔案“{name}”已作為“{same}”新增到這條記錄，不再重複新增</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/attachments.py" />
            <location filename="../../desk_app/services/audit.py" />
            <source>说明</source>
            <translation>說明</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/attachments.py" />
            <source>找不到文件“{path}”</source>
            <translation>找不到檔案“{path}”</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/attachments.py" />
            <source>“{path}”是文件夹，不是文件</source>
            <translation>“{path}”是資料夾，不是檔案</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/attachments.py" />
            <source>没有权限读取文件“{path}”</source>
            <translation>沒有權限讀取檔案“{path}”</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/attachments.py" />
            <source>无法读取文件“{path}”（错误代码 {code}）</source>
            <translation>無法讀取檔案“{path}”（錯誤代碼 {code}）</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/attachments.py" />
            <source>找不到附件（编号 {attachment_id}）</source>
            <translation>找不到附件（編號 {attachment_id}）</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/attachments.py" />
            <source>请先登录，再作废附件</source>
            <translation>請先登入，再作廢附件</translation>
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
            <translation>作廢原因</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/attachments.py" />
            <source>附件“{name}”已经作废</source>
            <translation>附件“{name}”已經作廢</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/attachments.py" />
            <source>附件“{name}”由他人添加，只有添加人或{allowed}可以作废</source>
            <translation>附件“{name}”由他人新增，只有添加人或{allowed}可以作廢</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/attachments.py" />
            <source>照片“{name}”是客户拒签的唯一取证照片，不能作废</source>
            <translation>照片“{name}”是客戶拒簽的唯一取證照片，不能作廢</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <source>客户资料</source>
            <translation>客戶資料</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <source>客户房产</source>
            <translation>客戶房產</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <source>客户电话</source>
            <translation>客戶電話</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <source>家庭成员</source>
            <translation>家庭成員</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <source>重要客户类别</source>
            <translation>重要客戶類別</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <source>工作记录</source>
            <translation>工作記錄</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <location filename="../../desk_app/services/incoming_call.py" />
            <location filename="../../desk_app/services/notifications.py" />
            <source>派工单</source>
            <translation>派工單</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <location filename="../../desk_app/services/clients.py" />
            <source>投诉</source>
            <translation>投訴</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <source>投诉处理进展</source>
            <translation>投訴處理進展</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <source>投诉状态变更</source>
            <translation>投訴狀態變更</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <source>投诉超时</source>
            <translation>投訴超時</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <source>访谈记录</source>
            <translation>訪談記錄</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <source>访谈计划</source>
            <translation>訪談計劃</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <source>访谈计划对象</source>
            <translation>訪談計劃對象</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <source>邻里纠纷</source>
            <translation>鄰里糾紛</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <source>纠纷处理经过</source>
            <translation>糾紛處理經過</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <source>整改通知书</source>
            <translation>整改通知書</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <source>整改复查</source>
            <translation>整改複查</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <source>温馨提示案件</source>
            <translation>溫馨提示案件</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <source>温馨提示</source>
            <translation>溫馨提示</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <source>清理物品</source>
            <translation>清理物品</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <source>文件资料收发</source>
            <translation>檔案資料收發</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <source>媒体采访</source>
            <translation>媒體採訪</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <source>收费业务</source>
            <translation>收費業務</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <source>统一回复口径</source>
            <translation>統一回覆口徑</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <source>禁用语</source>
            <translation>禁用語</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <source>日盘点</source>
            <translation>日盤點</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <source>月度报告</source>
            <translation>月度報告</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <source>系统设置</source>
            <translation>系統設定</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <source>节假日设置</source>
            <translation>節假日設定</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <source>工作人员</source>
            <translation>工作人員</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <location filename="../../desk_app/services/setup_checklist.py" />
            <location filename="../../desk_app/services/staff_import.py" />
            <source>部门</source>
            <translation>部門</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <location filename="../../desk_app/services/community.py" />
            <source>片区</source>
            <translation>片區</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <location filename="../../desk_app/services/community.py" />
            <location filename="../../desk_app/services/roster.py" />
            <source>楼栋</source>
            <translation>樓棟</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <location filename="../../desk_app/services/community.py" />
            <source>房间</source>
            <translation>房間</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <source>数据库</source>
            <translation>資料庫</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <source>导出客户资料</source>
            <translation>匯出客戶資料</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <source>查看全部操作日志</source>
            <translation>檢視全部操作日誌</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <source>结束日期不能早于开始日期</source>
            <translation>結束日期不能早於開始日期</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <source>关系</source>
            <translation>關係</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <source>摘要</source>
            <translation>摘要</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <source>内容说明</source>
            <translation>內容說明</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <location filename="../../desk_app/services/clients.py" />
            <source>备注</source>
            <translation>備註</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <source>姓名</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <source>电话</source>
            <translation>電話</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <source>客户</source>
            <translation>客戶</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <source>创建时间</source>
            <translation>建立時間</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <source>创建人</source>
            <translation>建立人</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <source>作废时间</source>
            <translation>作廢時間</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <source>作废人</source>
            <translation>作廢人</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <source>接收时间</source>
            <translation>接收時間</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <source>期限</source>
            <translation>期限</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <source>关闭时间</source>
            <translation>關閉時間</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <source>结果</source>
            <translation>結果</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <source>来访人</source>
            <translation>來訪人</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <source>来访人电话</source>
            <translation>來訪人電話</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <location filename="../../desk_app/services/reception.py" />
            <source>证件</source>
            <translation>證件</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <source>人数</source>
            <translation>人數</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <source>被访房号</source>
            <translation>被訪房號</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <location filename="../../desk_app/services/reception.py" />
            <source>被访人</source>
            <translation>被訪人</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <source>已联系被访人</source>
            <translation>已聯絡被訪人</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <source>被访人同意</source>
            <translation>被訪人同意</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <location filename="../../desk_app/services/reception.py" />
            <source>来访事由</source>
            <translation>來訪事由</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <location filename="../../desk_app/services/reception.py" />
            <source>到达时间</source>
            <translation>到達時間</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <location filename="../../desk_app/services/reception.py" />
            <source>离开时间</source>
            <translation>離開時間</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <location filename="../../desk_app/services/reception.py" />
            <source>来函人</source>
            <translation>來函人</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <source>处理情况</source>
            <translation>處理情況</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <location filename="../../desk_app/services/centre.py" />
            <source>传真</source>
            <translation>傳真</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <location filename="../../desk_app/services/reception.py" />
            <source>发件方</source>
            <translation>發件方</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <location filename="../../desk_app/services/reception.py" />
            <source>收件方</source>
            <translation>收件方</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <source>收件人</source>
            <translation>收件人</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <source>收件房号</source>
            <translation>收件房號</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <location filename="../../desk_app/services/reception.py" />
            <source>收件人联系方式</source>
            <translation>收件人聯絡方式</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <source>交接时间</source>
            <translation>交接時間</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <location filename="../../desk_app/services/reception.py" />
            <source>签收人</source>
            <translation>簽收人</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <source>金额</source>
            <translation>金額</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <source>姓名拼音首字母</source>
            <translation>姓名拼音首字母</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <source>姓名拼音</source>
            <translation>姓名拼音</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <source>排序用房号</source>
            <translation>排序用房號</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <source>是</source>
            <translation>是</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <source>否</source>
            <translation>否</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <source>系统</source>
            <translation>系統</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <source>请先选择值班人员，再查看修改历史</source>
            <translation>請先選擇值班人員，再檢視修改歷史</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <source>{kind}·{field}</source>
            <translation>{kind}·{field}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <location filename="../../desk_app/services/deadlines.py" />
            <source>{label}：{value}</source>
            <translation>{label}：{value}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit.py" />
            <source>；</source>
            <translation>；</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit_verify.py" />
            <source>审计日志完整：已核对 {count} 条记录，哈希链无断点。</source>
            <translation>審計日誌完整：已核對 {count} 條記錄，雜湊鏈無斷點。</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit_verify.py" />
            <source>内容被改动过（哈希不符）</source>
            <translation>內容被改動過（雜湊不符）</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit_verify.py" />
            <source>之前的记录被删除（序号不连续）</source>
            <translation>之前的記錄被刪除（序號不連續）</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit_verify.py" />
            <source>不在哈希链中（可能是直接插入数据库的）</source>
            <translation>不在雜湊鏈中（可能是直接插入資料庫的）</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit_verify.py" />
            <source>链尾的记录被删除，或链头被改动</source>
            <translation>鏈尾的記錄被刪除，或鏈頭被改動</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit_verify.py" />
            <source>审计日志已被篡改：第 {index} 条起{reason}。</source>
            <translation>審計日誌已被篡改：第 {index} 條起{reason}。</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit_verify.py" />
            <source>审计日志已被篡改：第一条有问题的记录是编号 {row_id}（链序号 {index}），{reason}。</source>
            <translation>審計日誌已被篡改：第一條有問題的記錄是編號 {row_id}（鏈序號 {index}），{reason}。</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/audit_verify.py" />
            <location filename="../../desk_app/services/command_support.py" />
            <source>错误：{text}</source>
            <translation>錯誤：{text}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/backup.py" />
            <source>数据库文件不存在：{database}</source>
            <translation>資料庫檔案不存在：{database}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/backup.py" />
            <source>备份文件已存在，不会覆盖：{path}</source>
            <translation>備份檔案已存在，不會覆蓋：{path}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/backup.py" />
            <source>备份失败：{error}</source>
            <translation>備份失敗：{error}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/backup.py" />
            <source>找不到备份文件：{path}</source>
            <translation>找不到備份檔案：{path}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/backup.py" />
            <source>{name} 正在被其他程序写入，请先关闭使用它的程序再试</source>
            <translation>{name} 正在被其他程式寫入，請先關閉使用它的程式再試</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/backup.py" />
            <source>无法读取 {name}：{error}</source>
            <translation>無法讀取 {name}：{error}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/backup.py" />
            <source>{name} 不是有效的数据库文件（{error}）</source>
            <translation>{name} 不是有效的資料庫檔案（{error}）</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/backup.py" />
            <source>{name} 已损坏（完整性检查：{items}）</source>
            <translation>{name} 已損壞（完整性檢查：{items}）</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/backup.py" />
            <source>{name} 不是前台 Desk 的数据库</source>
            <translation>{name} 不是前台 Desk 的資料庫</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/backup.py" />
            <source>{name} 的数据库结构版本记录有 {count} 条，无法判断版本</source>
            <translation>{name} 的資料庫結構版本記錄有 {count} 條，無法判斷版本</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/backup.py" />
            <source>{name} 的数据库结构版本（{value}）本程序不认识：它可能来自更新版本的前台 Desk</source>
            <translation>{name} 的資料庫結構版本（{value}）本程式不認識：它可能來自更新版本的前台 Desk</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/backup.py" />
            <source>{name} 的数据表与前台 Desk 不符（缺少：{missing}；多出：{extra}）</source>
            <translation>{name} 的資料表與前台 Desk 不符（缺少：{missing}；多出：{extra}）</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/backup.py" />
            <source>{name} 的数据表 {table} 缺少字段：{columns}</source>
            <translation>{name} 的資料表 {table} 缺少欄位：{columns}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/backup.py" />
            <source>{name} 有 {count} 处引用了不存在的记录（外键检查，第一处在 {table}）</source>
            <translation>{name} 有 {count} 處引用了不存在的記錄（外來鍵檢查，第一處在 {table}）</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/backup.py" />
            <source>{name} 不是完整的前台 Desk 数据库：无法升级到本程序的数据库结构（{kind}）</source>
            <translation>{name} 不是完整的前台 Desk 資料庫：無法升級到本程式的資料庫結構（{kind}）</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/backup.py" />
            <source>备份文件就是当前数据库本身，无需恢复</source>
            <translation>備份檔案就是當前資料庫本身，無需恢復</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/backup.py" />
            <source>数据库正在被其他程序使用，请关闭所有前台 Desk 窗口后再恢复</source>
            <translation>資料庫正在被其他程式使用，請關閉所有前台 Desk 視窗後再恢復</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/backup.py" />
            <source>当前数据库不是前台 Desk 的数据库，未做任何改动</source>
            <translation>當前資料庫不是前台 Desk 的資料庫，未做任何改動</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/backup.py" />
            <source>当前数据库缺少数据表 {table}，请先用本程序打开一次再恢复</source>
            <translation>當前資料庫缺少資料表 {table}，請先用本程式開啟一次再恢復</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/backup.py" />
            <source>恢复后的数据有引用不存在的记录，已撤销</source>
            <translation>恢復後的資料有引用不存在的記錄，已撤銷</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/backup.py" />
            <source>恢复失败：{error}；当前数据库没有改动</source>
            <translation>恢復失敗：{error}；當前資料庫沒有改動</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/backup.py" />
            <source>已备份到 {path}</source>
            <translation>已備份到 {path}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/backup.py" />
            <source>拒绝恢复：{error}。当前数据库没有任何改动。</source>
            <translation>拒絕恢復：{error}。當前資料庫沒有任何改動。</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/backup.py" />
            <source>备份文件检查通过：{backup}（结构版本 {revision}，投诉 {complaints} 件）</source>
            <translation>備份檔案檢查透過：{backup}（結構版本 {revision}，投訴 {complaints} 件）</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/backup.py" />
            <source>已取消，没有任何改动。</source>
            <translation>已取消，沒有任何改動。</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/backup.py" />
            <source>拒绝恢复：{error}。</source>
            <translation>拒絕恢復：{error}。</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/backup.py" />
            <source>已恢复。恢复前的数据库另存在 {safety}</source>
            <translation>已恢復。恢復前的資料庫另存在 {safety}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/calendar.py" />
            <source>上班时间 {work_start:%H:%M} 必须早于下班时间 {work_end:%H:%M}</source>
            <translation>上班時間 {work_start:%H:%M} 必須早於下班時間 {work_end:%H:%M}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/calendar.py" />
            <source>工作时长不能为负数：{delta}</source>
            <translation>工作時長不能為負數：{delta}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/calendar_admin.py" />
            <source>修改节假日设置</source>
            <translation>修改節假日設定</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/calendar_admin.py" />
            <source>修改工作时间</source>
            <translation>修改工作時間</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/calendar_admin.py" />
            <location filename="../../desk_app/services/centre.py" />
            <source>修改系统设置</source>
            <translation>修改系統設定</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/calendar_admin.py" />
            <location filename="../../desk_app/services/centre.py" />
            <source>系统设置在您打开之后已被其他人修改并保存，本次保存未生效</source>
            <translation>系統設定在您開啟之後已被其他人修改並儲存，本次儲存未生效</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/calendar_admin.py" />
            <location filename="../../desk_app/services/centre.py" />
            <location filename="../../desk_app/services/setup_checklist.py" />
            <source>小区名称</source>
            <translation>小區名稱</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/calendar_admin.py" />
            <source>下班时间必须晚于上班时间 {work_start:%H:%M}</source>
            <translation>下班時間必須晚於上班時間 {work_start:%H:%M}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/calendar_admin.py" />
            <source>处理进展告知间隔</source>
            <translation>處理進展告知間隔</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/calendar_admin.py" />
            <source>回访期限</source>
            <translation>回訪期限</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/calendar_admin.py" />
            <source>{what}应在 1 至 {max_interval_days} 个工作日之间</source>
            <translation>{what}應在 1 至 {max_interval_days} 個工作日之間</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/caller_number.py" />
            <source>来电号码无效：“{text}”（应为 5–20 位数字，例如 13800138000）</source>
            <translation>來電號碼無效：“{text}”（應為 5–20 位數字，例如 13800138000）</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/centre.py" />
            <location filename="../../desk_app/services/setup_checklist.py" />
            <source>物业服务中心署名</source>
            <translation>物業服務中心署名</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/centre.py" />
            <source>居委会/社区工作站署名</source>
            <translation>居委會/社區工作站署名</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/centre.py" />
            <source>业委会署名</source>
            <translation>業委會署名</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/centre.py" />
            <location filename="../../desk_app/services/setup_checklist.py" />
            <source>地产公司客户关系中心</source>
            <translation>地產公司客戶關係中心</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/centre.py" />
            <source>投诉电话</source>
            <translation>投訴電話</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/centre.py" />
            <source>电子邮箱</source>
            <translation>電子郵箱</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/centre.py" />
            <source>网上投诉论坛地址</source>
            <translation>網上投訴論壇地址</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/centre.py" />
            <source>邮件投递地址</source>
            <translation>郵件投遞地址</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/centre.py" />
            <source>联系人</source>
            <translation>聯絡人</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/centre.py" />
            <source>到期前提醒（分钟，R23）</source>
            <translation>到期前提醒（分鐘，R23）</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/centre.py" />
            <source>上报后跟进间隔（工作日，R23）</source>
            <translation>上報後跟進間隔（工作日，R23）</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/centre.py" />
            <source>派工单完成时限（工作小时，按专业，R20）</source>
            <translation>派工單完成時限（工作小時，按專業，R20）</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/centre.py" />
            <source>{what}应为整数，收到“{text}”</source>
            <translation>{what}應為整數，收到“{text}”</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/centre.py" />
            <source>{what}应在 1 至 {most} 之间</source>
            <translation>{what}應在 1 至 {most} 之間</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/centre.py" />
            <source>{what}应写作“维修=4，安全=2”（专业：{known}），收到“{item}”</source>
            <translation>{what}應寫作“维修=4，安全=2”（專業：{known}），收到“{item}”</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/centre.py" />
            <source>没有这个设置项：{key}</source>
            <translation>沒有這個設定項：{key}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/centre.py" />
            <location filename="../../desk_app/services/community.py" />
            <location filename="../../desk_app/services/text.py" />
            <source>{what}过长（最多 {limit} 个字）</source>
            <translation>{what}過長（最多 {limit} 個字）</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/centre.py" />
            <source>{what}只能填写数字、短横线和括号（如 027-8888 6666），收到“{text}”</source>
            <translation>{what}只能填寫數字、短橫線和括號（如 027-8888 6666），收到“{text}”</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/centre.py" />
            <source>{what}格式不对（应如 kefu@example.com），收到“{text}”</source>
            <translation>{what}格式不對（應如 kefu@example.com），收到“{text}”</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/centre.py" />
            <source>{what}只能填写一行</source>
            <translation>{what}只能填寫一行</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/centre.py" />
            <source>业委会署名不能与居委会/社区工作站署名相同（高空抛物温馨提示须三方联合署名）</source>
            <translation>業委會署名不能與居委會/社區工作站署名相同（高空拋物溫馨提示須三方聯合署名）</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/centre.py" />
            <source>“{name}”与物业服务中心署名相同（高空抛物温馨提示须三方联合署名）</source>
            <translation>“{name}”與物業服務中心署名相同（高空拋物溫馨提示須三方聯合署名）</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/centre.py" />
            <source>工作时间（如 09:00-18:00）</source>
            <translation>工作時間（如 09:00-18:00）</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/centre.py" />
            <source>投诉进展告知间隔（工作日，R3）</source>
            <translation>投訴進展告知間隔（工作日，R3）</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/centre.py" />
            <source>回访期限（工作日，R6）</source>
            <translation>回訪期限（工作日，R6）</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/centre.py" />
            <source>工作时间应写作 09:00-18:00，收到“{text}”</source>
            <translation>工作時間應寫作 09:00-18:00，收到“{text}”</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/centre.py" />
            <source>下班时间必须晚于上班时间 {start:%H:%M}</source>
            <translation>下班時間必須晚於上班時間 {start:%H:%M}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/centre.py" />
            <source>{what}应在 1 至 {max_interval_days} 之间</source>
            <translation>{what}應在 1 至 {max_interval_days} 之間</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/centre.py" />
            <source>没有这个设置项：{key}。可以设置的有：{known}</source>
            <translation>沒有這個設定項：{key}。可以設定的有：{known}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/centre.py" />
            <source>请填写小区名称</source>
            <translation>請填寫小區名稱</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/centre.py" />
            <source>小区名称过长（最多 {limit} 个字）</source>
            <translation>小區名稱過長（最多 {limit} 個字）</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/clients.py" />
            <source>入住日期 {move_in} 晚于今天 {today}</source>
            <translation>入住日期 {move_in} 晚於今天 {today}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/clients.py" />
            <location filename="../../desk_app/services/disputes.py" />
            <location filename="../../desk_app/services/interviews.py" />
            <source>找不到客户（编号 {client_id}），或已作废</source>
            <translation>找不到客戶（編號 {client_id}），或已作廢</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/clients.py" />
            <source>客户拒绝回访或访谈的原因</source>
            <translation>客戶拒絕回訪或訪談的原因</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/clients.py" />
            <source>（{day} 登记）</source>
            <translation>（{day} 登記）</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/clients.py" />
            <source>，原因：{reason}</source>
            <translation>，原因：{reason}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/clients.py" />
            <source>客户 {name} 曾表示不愿接受回访或访谈{since}{because}。安排或记录访谈、回访前请先确认。</source>
            <translation>客戶 {name} 曾表示不願接受回訪或訪談{since}{because}。安排或記錄訪談、回訪前請先確認。</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/clients.py" />
            <source>访谈（{form}）</source>
            <translation>訪談（{form}）</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/clients.py" />
            <source>职业</source>
            <translation>職業</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/clients.py" />
            <source>工作单位</source>
            <translation>工作單位</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/clients.py" />
            <source>籍贯</source>
            <translation>籍貫</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/clients.py" />
            <source>客户姓名</source>
            <translation>客戶姓名</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/clients.py" />
            <source>客户姓名含有无法保存的控制字符</source>
            <translation>客戶姓名含有無法儲存的控制字元</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/clients.py" />
            <source>客户姓名“{text}”里没有文字，请填写姓名</source>
            <translation>客戶姓名“{text}”裡沒有文字，請填寫姓名</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/clients.py" />
            <source>{what}“{value}”不是电话号码（只能填数字，可用 - 或空格分隔）</source>
            <translation>{what}“{value}”不是電話號碼（只能填數字，可用 - 或空格分隔）</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/clients.py" />
            <source>{what}“{value}”应为 {low}–{high} 位数字</source>
            <translation>{what}“{value}”應為 {low}–{high} 位數字</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/clients.py" />
            <source>电话 {value} 重复填写了</source>
            <translation>電話 {value} 重複填寫了</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/clients.py" />
            <source>电话最多填 {max_phones} 个</source>
            <translation>電話最多填 {max_phones} 個</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/clients.py" />
            <location filename="../../desk_app/services/references.py" />
            <source>请填写房号（如 3-2-1201）</source>
            <translation>請填寫房號（如 3-2-1201）</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/clients.py" />
            <source>房号最多填 {max_rooms} 个</source>
            <translation>房號最多填 {max_rooms} 個</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/clients.py" />
            <source>入住日期 {value} 晚于今天，请核对</source>
            <translation>入住日期 {value} 晚於今天，請核對</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/clients.py" />
            <source>入住日期 {value} 早于 {year} 年，请核对</source>
            <translation>入住日期 {value} 早於 {year} 年，請核對</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/clients.py" />
            <source>{where}：请填写姓名</source>
            <translation>{where}：請填寫姓名</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/clients.py" />
            <source>{where}的电话</source>
            <translation>{where}的電話</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/clients.py" />
            <source>{where}的关系</source>
            <translation>{where}的關係</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/clients.py" />
            <source>{where}的备注</source>
            <translation>{where}的備註</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/clients.py" />
            <source>家庭成员最多填 {max_family} 人</source>
            <translation>家庭成員最多填 {max_family} 人</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/command_support.py" />
            <source>无法打开数据库：{detail}</source>
            <translation>無法開啟資料庫：{detail}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/community.py" />
            <location filename="../../desk_app/services/text.py" />
            <source>请填写{what}</source>
            <translation>請填寫{what}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/community.py" />
            <source>{what}“{text}”不能含有“-”或空格</source>
            <translation>{what}“{text}”不能含有“-”或空格</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/community.py" />
            <source>楼栋名称过长（最多 {limit} 个字）</source>
            <translation>樓棟名稱過長（最多 {limit} 個字）</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/community.py" />
            <location filename="../../desk_app/services/roster.py" />
            <source>单元</source>
            <translation>單元</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/community.py" />
            <source>新增楼栋或房间</source>
            <translation>新增樓棟或房間</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/community.py" />
            <source>修改小区结构</source>
            <translation>修改小區結構</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/community.py" />
            <source>找不到{what}（编号 {record_id}）</source>
            <translation>找不到{what}（編號 {record_id}）</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/community.py" />
            <source>请填写片区名称</source>
            <translation>請填寫片區名稱</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/community.py" />
            <source>片区名称过长（最多 {limit} 个字）</source>
            <translation>片區名稱過長（最多 {limit} 個字）</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/community.py" />
            <source>已有名为“{name}”的片区</source>
            <translation>已有名為“{name}”的片區</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/community.py" />
            <source>找不到在岗的片区管家（编号 {staff_id}）</source>
            <translation>找不到在崗的片區管家（編號 {staff_id}）</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/community.py" />
            <source>请填写作废原因</source>
            <translation>請填寫作廢原因</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/community.py" />
            <source>片区“{name}”下还有 {count} 栋楼，不能删除，只能作废</source>
            <translation>片區“{name}”下還有 {count} 棟樓，不能刪除，只能作廢</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/community.py" />
            <source>找不到片区（编号 {area_id}）</source>
            <translation>找不到片區（編號 {area_id}）</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/community.py" />
            <source>片区“{name}”已作废</source>
            <translation>片區“{name}”已作廢</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/community.py" />
            <source>楼栋编号</source>
            <translation>樓棟編號</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/community.py" />
            <source>已有编号为 {code} 的楼栋</source>
            <translation>已有編號為 {code} 的樓棟</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/community.py" />
            <source>楼栋 {code} 的房间已有 {count} 条记录引用，不能删除，只能作废</source>
            <translation>樓棟 {code} 的房間已有 {count} 條記錄引用，不能刪除，只能作廢</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/community.py" />
            <source>楼层应在 1 至 {limit} 之间（收到 {value}）</source>
            <translation>樓層應在 1 至 {limit} 之間（收到 {value}）</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/community.py" />
            <source>面积应大于 0 且小于 100000 平方米（收到 {value}）</source>
            <translation>面積應大於 0 且小於 100000 平方米（收到 {value}）</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/community.py" />
            <source>楼栋 {code} 已作废</source>
            <translation>樓棟 {code} 已作廢</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/community.py" />
            <source>房号 {code} 已存在</source>
            <translation>房號 {code} 已存在</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/community.py" />
            <source>楼栋 {code} 已作废，请先恢复楼栋</source>
            <translation>樓棟 {code} 已作廢，請先恢復樓棟</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/community.py" />
            <source>房号 {code} 已有 {count} 条记录引用，不能删除，只能作废</source>
            <translation>房號 {code} 已有 {count} 條記錄引用，不能刪除，只能作廢</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/community.py" />
            <source>未分片区</source>
            <translation>未分片區</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/community.py" />
            <source>{what}“{piece}”的范围应从小到大</source>
            <translation>{what}“{piece}”的範圍應從小到大</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/community.py" />
            <source>{what}“{piece}”的范围太大</source>
            <translation>{what}“{piece}”的範圍太大</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/community.py" />
            <source>{what}“{piece}”无法识别（例：1-20 或 1,3,5-7）</source>
            <translation>{what}“{piece}”無法識別（例：1-20 或 1,3,5-7）</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/community.py" />
            <source>{what}“{piece}”不是数字</source>
            <translation>{what}“{piece}”不是數字</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/community.py" />
            <source>请填写{what}（例：1-20 或 1,3,5-7）</source>
            <translation>請填寫{what}（例：1-20 或 1,3,5-7）</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/community.py" />
            <source>{what}应在 1 至 {limit} 之间（收到 {value}）</source>
            <translation>{what}應在 1 至 {limit} 之間（收到 {value}）</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/community.py" />
            <source>楼层</source>
            <translation>樓層</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/community.py" />
            <source>跳过的楼层</source>
            <translation>跳過的樓層</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/community.py" />
            <source>跳过这些楼层后没有剩下任何楼层</source>
            <translation>跳過這些樓層後沒有剩下任何樓層</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/community.py" />
            <source>每层户数应在 1 至 {limit} 之间（收到 {value}）</source>
            <translation>每層戶數應在 1 至 {limit} 之間（收到 {value}）</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/community.py" />
            <source>一次最多生成 {limit} 间房（这个计划有 {count} 间），请分批生成</source>
            <translation>一次最多生成 {limit} 間房（這個計劃有 {count} 間），請分批生成</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/community.py" />
            <source>楼栋 {code} 已作废，请先恢复</source>
            <translation>樓棟 {code} 已作廢，請先恢復</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/complaints.py" />
            <source>客户 {name} 曾表示不愿接受回访或访谈，原因：{reason}。确认仍要记录吗？</source>
            <translation>客戶 {name} 曾表示不願接受回訪或訪談，原因：{reason}。確認仍要記錄嗎？</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/complaints.py" />
            <source>客户 {name} 曾表示不愿接受回访或访谈。确认仍要记录吗？</source>
            <translation>客戶 {name} 曾表示不願接受回訪或訪談。確認仍要記錄嗎？</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/complaints.py" />
            <source>找不到投诉记录（编号 {complaint_id}），或已作废</source>
            <translation>找不到投訴記錄（編號 {complaint_id}），或已作廢</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/complaints.py" />
            <source>投诉 {number} 当前状态为“{status}”，不能{action}</source>
            <translation>投訴 {number} 當前狀態為“{status}”，不能{action}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/complaints.py" />
            <source>投诉 {number} 已回帖</source>
            <translation>投訴 {number} 已回帖</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/complaints.py" />
            <source>投诉 {number} 已有首次回应</source>
            <translation>投訴 {number} 已有首次回應</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/complaints.py" />
            <source>网络回帖须由部门负责人审批</source>
            <translation>網路回帖須由部門負責人審批</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/complaints.py" />
            <source>请先拟写回帖内容</source>
            <translation>請先擬寫回帖內容</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/complaints.py" />
            <source>回帖内容尚未经部门负责人审批</source>
            <translation>回帖內容尚未經部門負責人審批</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/complaints.py" />
            <source>只有网络/论坛投诉需要回帖审批</source>
            <translation>只有網路/論壇投訴需要回帖審批</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/complaints.py" />
            <source>网络投诉的回帖须先拟稿，经部门负责人审批后再回帖（拟稿 → 审批 → 回帖）</source>
            <translation>網路投訴的回帖須先擬稿，經部門負責人審批後再回帖（擬稿 → 審批 → 回帖）</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/complaints.py" />
            <source>只有网络/论坛投诉才记录跟帖数</source>
            <translation>只有網路/論壇投訴才記錄跟帖數</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/complaints.py" />
            <source>只有二类投诉需要知会地产公司客户关系中心</source>
            <translation>只有二類投訴需要知會地產公司客戶關係中心</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/complaints.py" />
            <source>投诉 {number} 的知会函已于之前发出</source>
            <translation>投訴 {number} 的知會函已於之前發出</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/complaints.py" />
            <source>请先确定投诉类别（一类/二类/三类）</source>
            <translation>請先確定投訴類別（一類/二類/三類）</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/complaints.py" />
            <source>请先选择投诉所属专业</source>
            <translation>請先選擇投訴所屬專業</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/complaints.py" />
            <source>请先确定投诉的最终原因（人机料法环）</source>
            <translation>請先確定投訴的最終原因（人機料法環）</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/complaints.py" />
            <source>验证人不能为空：请以本人账号登录后验证</source>
            <translation>驗證人不能為空：請以本人帳號登入後驗證</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/complaints.py" />
            <source>投诉 {number} 当前状态为“{status}”，只有已解决的投诉才能验证</source>
            <translation>投訴 {number} 當前狀態為“{status}”，只有已解決的投訴才能驗證</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/complaints.py" />
            <source>只有已解决的投诉才能登记免回访</source>
            <translation>只有已解決的投訴才能登記免回訪</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/complaints.py" />
            <source>本投诉不符合任何免回访条件</source>
            <translation>本投訴不符合任何免回訪條件</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/complaints.py" />
            <source>投诉 {number} 当前状态为“{status}”，回访须在验证合格之后</source>
            <translation>投訴 {number} 當前狀態為“{status}”，回訪須在驗證合格之後</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/complaints.py" />
            <source>关闭投诉须先解决并验证合格（R5），再经回访或免回访</source>
            <translation>關閉投訴須先解決並驗證合格（R5），再經回訪或免回訪</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/complaints.py" />
            <source>关闭投诉须回访满意，或登记免回访原因</source>
            <translation>關閉投訴須回訪滿意，或登記免回訪原因</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/complaints.py" />
            <source>免回访的投诉须在解决七日后（{due:%Y-%m-%d %H:%M}）确认客户未再投诉，方可关闭</source>
            <translation>免回訪的投訴須在解決七日後（{due:%Y-%m-%d %H:%M}）確認客戶未再投訴，方可關閉</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/complaints.py" />
            <source>七日内同一客户就同一专业再次投诉（{number}），须重新处理，不能关闭</source>
            <translation>七日內同一客戶就同一專業再次投訴（{number}），須重新處理，不能關閉</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/complaints.py" />
            <source>投诉 {number} 仍在处理中，无需重新打开</source>
            <translation>投訴 {number} 仍在處理中，無需重新開啟</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/complaints.py" />
            <source>指定投诉处理专人</source>
            <translation>指定投訴處理專人</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/complaints.py" />
            <source>投诉 {number} 已关闭，不能再修改</source>
            <translation>投訴 {number} 已關閉，不能再修改</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/complaints.py" />
            <source>投诉 {number} 已关闭，不能重新分类</source>
            <translation>投訴 {number} 已關閉，不能重新分類</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/complaints.py" />
            <source>记录首次回应</source>
            <translation>記錄首次回應</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/complaints.py" />
            <source>拟稿</source>
            <translation>擬稿</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/complaints.py" />
            <source>审批回帖</source>
            <translation>審批回帖</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/complaints.py" />
            <source>回帖</source>
            <translation>回帖</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/complaints.py" />
            <source>指定处理人</source>
            <translation>指定處理人</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/complaints.py" />
            <source>投诉 {number} 已关闭，不能再记录进展</source>
            <translation>投訴 {number} 已關閉，不能再記錄進展</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/complaints.py" />
            <source>登记处理结果</source>
            <translation>登記處理結果</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/complaints.py" />
            <source>投诉 {number} 已关闭</source>
            <translation>投訴 {number} 已關閉</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/complaints.py" />
            <source>受理时间 {received:%Y-%m-%d %H:%M} 晚于现在，请检查</source>
            <translation>受理時間 {received:%Y-%m-%d %H:%M} 晚於現在，請檢查</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/complaints.py" />
            <location filename="../../desk_app/services/reception.py" />
            <location filename="../../desk_app/services/rectification_notices.py" />
            <location filename="../../desk_app/services/worklog.py" />
            <source>找不到客户（编号 {client_id}）</source>
            <translation>找不到客戶（編號 {client_id}）</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/complaints.py" />
            <source>投诉内容</source>
            <translation>投訴內容</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/complaints.py" />
            <source>网络帖子链接</source>
            <translation>網路帖子連結</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/complaints.py" />
            <source>请选择客户，或填写投诉人姓名或电话</source>
            <translation>請選擇客戶，或填寫投訴人姓名或電話</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/complaints.py" />
            <source>该客户已是本投诉的投诉人；同一人再次投诉同一事件请记为投诉次数</source>
            <translation>該客戶已是本投訴的投訴人；同一人再次投訴同一事件請記為投訴次數</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/complaints.py" />
            <source>跟帖数必须是正整数（收到 {posts}）</source>
            <translation>跟帖數必須是正整數（收到 {posts}）</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/complaints.py" />
            <source>负责协调的外部单位</source>
            <translation>負責協調的外部單位</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/complaints.py" />
            <source>外部单位的报告</source>
            <translation>外部單位的報告</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/complaints.py" />
            <source>过激行为风险说明</source>
            <translation>過激行為風險說明</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/complaints.py" />
            <source>回应内容</source>
            <translation>回應內容</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/complaints.py" />
            <source>回帖内容（须包含具体措施）</source>
            <translation>回帖內容（須包含具體措施）</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/complaints.py" />
            <location filename="../../desk_app/services/disputes.py" />
            <source>找不到在职员工（编号 {handler_id}）</source>
            <translation>找不到在職員工（編號 {handler_id}）</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/complaints.py" />
            <source>处理进展</source>
            <translation>處理進展</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/complaints.py" />
            <source>发送方式（书面/邮件）</source>
            <translation>傳送方式（書面/郵件）</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/complaints.py" />
            <location filename="../../desk_app/services/disputes.py" />
            <source>处理结果</source>
            <translation>處理結果</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/complaints.py" />
            <source>本投诉不符合免回访条件“{reason}”</source>
            <translation>本投訴不符合免回訪條件“{reason}”</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/complaints.py" />
            <location filename="../../desk_app/services/disputes.py" />
            <source>重新处理的原因</source>
            <translation>重新處理的原因</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/complaints.py" />
            <source>作废投诉记录</source>
            <translation>作廢投訴記錄</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/context.py" />
            <source>找不到当前操作人员（编号 {actor_id}）</source>
            <translation>找不到當前操作人員（編號 {actor_id}）</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/context.py" />
            <source>账号“{name}”已停用，不能再办理任何事项；请换人登录</source>
            <translation>帳號“{name}”已停用，不能再辦理任何事項；請換人登入</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/context.py" />
            <location filename="../../desk_app/services/guards.py" />
            <source>只有{allowed}可以{action}</source>
            <translation>只有{allowed}可以{action}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/dashboard.py" />
            <source>未分类</source>
            <translation>未分類</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/dashboard.py" />
            <source>未定根因</source>
            <translation>未定根因</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/dashboard.py" />
            <source>{room} {issue}，逾期 {days} 天</source>
            <translation>{room} {issue}，逾期 {days} 天</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/dashboard.py" />
            <source>{issue}，逾期 {days} 天</source>
            <translation>{issue}，逾期 {days} 天</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/dashboard.py" />
            <source>{kind} {location}：{due}（已贴 {posted} 张）</source>
            <translation>{kind} {location}：{due}（已貼 {posted} 張）</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/dashboard.py" />
            <source>日盘点未确认</source>
            <translation>日盤點未確認</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/dashboard.py" />
            <source>{month:%Y年%m月} {kind}</source>
            <translation>{month:%Y年%m月} {kind}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/dashboard.py" />
            <source>{role}：已访谈 {done} / {quota}，差 {shortfall}</source>
            <translation>{role}：已訪談 {done} / {quota}，差 {shortfall}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/dashboard.py" />
            <source>{moved_in:%m月%d日}入住，逾期 {days} 天（{visited:%m月%d日}补访）</source>
            <translation>{moved_in:%m月%d日}入住，逾期 {days} 天（{visited:%m月%d日}補訪）</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/dashboard.py" />
            <source>{moved_in:%m月%d日}入住，逾期 {days} 天</source>
            <translation>{moved_in:%m月%d日}入住，逾期 {days} 天</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/dashboard.py" />
            <source>{year} 年节假日日历未载入，暂按周一至周五计算</source>
            <translation>{year} 年節假日日曆未載入，暫按週一至週五計算</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/dashboard.py" />
            <source>主管看板  截至 {as_of:%Y-%m-%d %H:%M}</source>
            <translation>主管看板  截至 {as_of:%Y-%m-%d %H:%M}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/dashboard.py" />
            <source>--at 时间格式无法识别：{text}（例：2026-11-23T10:00）</source>
            <translation>--at 時間格式無法識別：{text}（例：2026-11-23T10:00）</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/deadlines.py" />
            <source>周一</source>
            <translation>週一</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/deadlines.py" />
            <source>周二</source>
            <translation>週二</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/deadlines.py" />
            <source>周三</source>
            <translation>週三</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/deadlines.py" />
            <source>周四</source>
            <translation>週四</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/deadlines.py" />
            <source>周五</source>
            <translation>週五</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/deadlines.py" />
            <source>周六</source>
            <translation>週六</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/deadlines.py" />
            <source>周日</source>
            <translation>週日</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/deadlines.py" />
            <source>{value:%Y-%m-%d} {weekday} {value:%H:%M}</source>
            <translation>{value:%Y-%m-%d} {weekday} {value:%H:%M}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/deadlines.py" />
            <source>{hours} 小时 {rest} 分</source>
            <translation>{hours} 小時 {rest} 分</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/deadlines.py" />
            <source>{hours} 小时</source>
            <translation>{hours} 小時</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/deadlines.py" />
            <source>受理时间：{value}（{channel}）</source>
            <translation>受理時間：{value}（{channel}）</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/deadlines.py" />
            <source>受理时不在工作时间（{window}），从下一个工作时段开始计时：{value}</source>
            <translation>受理時不在工作時間（{window}），從下一個工作時段開始計時：{value}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/deadlines.py" />
            <source>网络投诉（R1w）：取“开始计时 + 4 小时”（{four_hours}）与当天下班时间（{day_end}）中较早者，回复须含具体措施</source>
            <translation>網路投訴（R1w）：取“開始計時 + 4 小時”（{four_hours}）與當天下班時間（{day_end}）中較早者，回覆須含具體措施</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/deadlines.py" />
            <source>首次回应时限（R1）：1 个工作日 = {value}工作时间，只计 {window}</source>
            <translation>首次回應時限（R1）：1 個工作日 = {value}工作時間，只計 {window}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/deadlines.py" />
            <source>应于 {value} 前首次回应</source>
            <translation>應於 {value} 前首次回應</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/deadlines.py" />
            <source>{day:%m月%d日} {weekday} 计 {value}</source>
            <translation>{day:%m月%d日} {weekday} 計 {value}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/deadlines.py" />
            <source>{day:%m月%d日} {weekday} 非工作日，不计</source>
            <translation>{day:%m月%d日} {weekday} 非工作日，不計</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/deadlines.py" />
            <source>当时不在工作时间（{window}），从下一个工作时段开始计时：{value}</source>
            <translation>當時不在工作時間（{window}），從下一個工作時段開始計時：{value}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/deadlines.py" />
            <source>{rule_text}：{days} 个工作日 = {value}工作时间，只计 {window}</source>
            <translation>{rule_text}：{days} 個工作日 = {value}工作時間，只計 {window}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/deadlines.py" />
            <source>应于 {value} 前{due_text}</source>
            <translation>應於 {value} 前{due_text}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/deadlines.py" />
            <source>指定专人时限（R3）：受理后 1 个工作日内未解决的投诉须由主管或部门负责人指定专人</source>
            <translation>指定專人時限（R3）：受理後 1 個工作日內未解決的投訴須由主管或部門負責人指定專人</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/deadlines.py" />
            <source>指定处理专人</source>
            <translation>指定處理專人</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/deadlines.py" />
            <source>上次向客户通报进展（或受理、重新处理）时间</source>
            <translation>上次向客戶通報進展（或受理、重新處理）時間</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/deadlines.py" />
            <source>进展通报时限（R3）：处理中的投诉至少每 {working_days} 个工作日向客户通报一次进展</source>
            <translation>進展通報時限（R3）：處理中的投訴至少每 {working_days} 個工作日向客戶通報一次進展</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/deadlines.py" />
            <source>向客户通报进展</source>
            <translation>向客戶通報進展</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/deadlines.py" />
            <source>定为二类投诉的时间</source>
            <translation>定為二類投訴的時間</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/deadlines.py" />
            <source>知会地产公司时限（R4）：二类投诉须在定类后 1 个工作日内书面或邮件知会地产公司客户关系中心</source>
            <translation>知會地產公司時限（R4）：二類投訴須在定類後 1 個工作日內書面或郵件知會地產公司客戶關係中心</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/deadlines.py" />
            <source>发出知会函</source>
            <translation>發出知會函</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/deadlines.py" />
            <source>验证合格时间</source>
            <translation>驗證合格時間</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/deadlines.py" />
            <source>回访时限（R6）：验证合格后 {working_days} 个工作日内回访客户</source>
            <translation>回訪時限（R6）：驗證合格後 {working_days} 個工作日內回訪客戶</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/deadlines.py" />
            <source>完成回访</source>
            <translation>完成回訪</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/deadlines.py" />
            <source>解决时间：{value}</source>
            <translation>解決時間：{value}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/deadlines.py" />
            <source>免回访的投诉（R6）在解决后 7 个自然日自动关闭（R7），节假日照计</source>
            <translation>免回訪的投訴（R6）在解決後 7 個自然日自動關閉（R7），節假日照計</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/deadlines.py" />
            <source>若同一客户在这 7 天内就同一专业再次投诉，则重新处理而不关闭</source>
            <translation>若同一客戶在這 7 天內就同一專業再次投訴，則重新處理而不關閉</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/deadlines.py" />
            <source>将于 {value} 自动关闭</source>
            <translation>將於 {value} 自動關閉</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/decent_hours.py" />
            <source>{at:%H:%M} 早于 07:00</source>
            <translation>{at:%H:%M} 早於 07:00</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/decent_hours.py" />
            <source>{at:%H:%M} 已过 22:00</source>
            <translation>{at:%H:%M} 已過 22:00</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/decent_hours.py" />
            <source>{at:%H:%M} 是午休时间（12:00–14:00）</source>
            <translation>{at:%H:%M} 是午休時間（12:00–14:00）</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/decent_hours.py" />
            <source>{day:%Y-%m-%d} 是节假日</source>
            <translation>{day:%Y-%m-%d} 是節假日</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/decent_hours.py" />
            <source>现在致电客户不合适：{reason}。建议改发短信；如确需致电，请填写说明后再保存。</source>
            <translation>現在致電客戶不合適：{reason}。建議改發簡訊；如確需致電，請填寫說明後再儲存。</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/departments.py" />
            <source>部门名称</source>
            <translation>部門名稱</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/departments.py" />
            <source>已有名为“{name}”的部门</source>
            <translation>已有名為“{name}”的部門</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/departments.py" />
            <source>已有名为“{name}”的部门（已停用，可重新启用）</source>
            <translation>已有名為“{name}”的部門（已停用，可重新啟用）</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/departments.py" />
            <source>新建部门</source>
            <translation>新建部門</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/departments.py" />
            <source>修改部门名称</source>
            <translation>修改部門名稱</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/departments.py" />
            <source>停用部门</source>
            <translation>停用部門</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/departments.py" />
            <source>启用部门</source>
            <translation>啟用部門</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/dispatch.py" />
            <source>未设要求完成时间</source>
            <translation>未設要求完成時間</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/dispatch.py" />
            <source>要求完成 {due:%Y-%m-%d %H:%M}（手工指定）</source>
            <translation>要求完成 {due:%Y-%m-%d %H:%M}（手工指定）</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/dispatch.py" />
            <source>要求完成 {due:%Y-%m-%d %H:%M}（紧急：派单后 1 小时，不论是否工作时间）</source>
            <translation>要求完成 {due:%Y-%m-%d %H:%M}（緊急：派單後 1 小時，不論是否工作時間）</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/dispatch.py" />
            <source>要求完成 {due:%Y-%m-%d %H:%M}（{line}：派单后 {hours} 个工作小时）</source>
            <translation>要求完成 {due:%Y-%m-%d %H:%M}（{line}：派單後 {hours} 個工作小時）</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/dispatch.py" />
            <source>未分专业</source>
            <translation>未分專業</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/dispatch.py" />
            <source>要求完成时间必须晚于派单时间</source>
            <translation>要求完成時間必須晚於派單時間</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/dispatch.py" />
            <source>找不到接单人（员工编号 {staff_id}）</source>
            <translation>找不到接單人（員工編號 {staff_id}）</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/dispatch.py" />
            <source>{kind} {number} 已完成，不能再{action}</source>
            <translation>{kind} {number} 已完成，不能再{action}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/dispatch.py" />
            <source>{number} 已登记接单</source>
            <translation>{number} 已登記接單</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/dispatch.py" />
            <source>{number} 已登记到场</source>
            <translation>{number} 已登記到場</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/dispatch.py" />
            <source>{kind} {number} 已完成，不能重复登记完成</source>
            <translation>{kind} {number} 已完成，不能重複登記完成</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/dispatch.py" />
            <source>{number} 尚未完成，回访须在完成之后</source>
            <translation>{number} 尚未完成，回訪須在完成之後</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/dispatch.py" />
            <source>{number} 已回访</source>
            <translation>{number} 已回訪</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/dispatch.py" />
            <source>已完成，免回访：{reason}</source>
            <translation>已完成，免回訪：{reason}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/dispatch.py" />
            <source>{kind} {number} 尚未完成，无需重新打开</source>
            <translation>{kind} {number} 尚未完成，無需重新開啟</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/dispatch.py" />
            <source>改派</source>
            <translation>改派</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/dispatch.py" />
            <source>登记接单</source>
            <translation>登記接單</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/dispatch.py" />
            <source>登记到场</source>
            <translation>登記到場</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/dispatch.py" />
            <source>派工内容</source>
            <translation>派工內容</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/dispatch.py" />
            <source>找不到派工单（编号 {slip_id}），或已作废</source>
            <translation>找不到派工單（編號 {slip_id}），或已作廢</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/dispatch.py" />
            <source>时间 {when:%Y-%m-%d %H:%M} 晚于现在，请检查</source>
            <translation>時間 {when:%Y-%m-%d %H:%M} 晚於現在，請檢查</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/dispatch.py" />
            <source>时间不能早于派单时间</source>
            <translation>時間不能早於派單時間</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/dispatch.py" />
            <source>到场时间不能早于接单时间</source>
            <translation>到場時間不能早於接單時間</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/dispatch.py" />
            <source>完成情况</source>
            <translation>完成情況</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/dispatch.py" />
            <source>完成时间不能早于到场时间</source>
            <translation>完成時間不能早於到場時間</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/dispatch.py" />
            <source>所用材料</source>
            <translation>所用材料</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/dispatch.py" />
            <source>自动判定：{reason}</source>
            <translation>自動判定：{reason}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/dispatch.py" />
            <source>回访意见</source>
            <translation>回訪意見</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/dispatch.py" />
            <source>回访不满意（{form}）：{comments}</source>
            <translation>回訪不滿意（{form}）：{comments}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/dispatch.py" />
            <source>未填写意见</source>
            <translation>未填寫意見</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/dispatch.py" />
            <source>重新打开的原因</source>
            <translation>重新開啟的原因</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/dispatch.py" />
            <source>{stamp} 重新打开：{why}</source>
            <translation>{stamp} 重新開啟：{why}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/dispatch.py" />
            <source>已回访（{verdict}）</source>
            <translation>已回訪（{verdict}）</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/dispatch.py" />
            <source>满意</source>
            <translation>滿意</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/dispatch.py" />
            <source>不满意</source>
            <translation>不滿意</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/dispatch.py" />
            <source>已完成，回访逾期</source>
            <translation>已完成，回訪逾期</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/dispatch.py" />
            <source>已完成，待回访</source>
            <translation>已完成，待回訪</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/dispatch.py" />
            <source>已到场</source>
            <translation>已到場</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/dispatch.py" />
            <source>已接单</source>
            <translation>已接單</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/dispatch.py" />
            <source>待接单</source>
            <translation>待接單</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/dispatch.py" />
            <source>{label}，已逾期</source>
            <translation>{label}，已逾期</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/disputes.py" />
            <source>找不到邻里纠纷记录（编号 {dispute_id}），或已作废</source>
            <translation>找不到鄰里糾紛記錄（編號 {dispute_id}），或已作廢</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/disputes.py" />
            <source>纠纷 {number} 已结案（{status}），请先重新处理再记录经过</source>
            <translation>糾紛 {number} 已結案（{status}），請先重新處理再記錄經過</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/disputes.py" />
            <source>纠纷 {number} 已结案（{status}）</source>
            <translation>糾紛 {number} 已結案（{status}）</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/disputes.py" />
            <source>结案前请至少记录一条处理经过（经过记录是中心已尽责的凭据）</source>
            <translation>結案前請至少記錄一條處理經過（經過記錄是中心已盡責的憑據）</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/disputes.py" />
            <source>本纠纷还没有处理经过，请先添加经过</source>
            <translation>本糾紛還沒有處理經過，請先新增經過</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/disputes.py" />
            <source>纠纷 {number} 仍在处理中，无需重新处理</source>
            <translation>糾紛 {number} 仍在處理中，無需重新處理</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/disputes.py" />
            <source>本纠纷还没有关联的温馨提示或整改通知书</source>
            <translation>本糾紛還沒有關聯的溫馨提示或整改通知書</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/disputes.py" />
            <source>作废邻里纠纷记录</source>
            <translation>作廢鄰里糾紛記錄</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/disputes.py" />
            <source>时间 {local:%Y-%m-%d %H:%M} 晚于现在，请检查</source>
            <translation>時間 {local:%Y-%m-%d %H:%M} 晚於現在，請檢查</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/disputes.py" />
            <source>纠纷类型“{value}”不是可选的值</source>
            <translation>糾紛類型“{value}”不是可選的值</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/disputes.py" />
            <source>参与单位应为多选列表</source>
            <translation>參與單位應為多選列表</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/disputes.py" />
            <source>参与单位“{value}”不是可选的值</source>
            <translation>參與單位“{value}”不是可選的值</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/disputes.py" />
            <source>请填写投诉方房号（或选择投诉方客户）</source>
            <translation>請填寫投訴方房號（或選擇投訴方客戶）</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/disputes.py" />
            <source>被投诉方房号与投诉方相同，请检查</source>
            <translation>被投訴方房號與投訴方相同，請檢查</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/disputes.py" />
            <source>纠纷情况</source>
            <translation>糾紛情況</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/disputes.py" />
            <source>处理经过</source>
            <translation>處理經過</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/disputes.py" />
            <source>找不到处理经过（编号 {step_id}）</source>
            <translation>找不到處理經過（編號 {step_id}）</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/disputes.py" />
            <source>“{label}”已在参与单位中</source>
            <translation>“{label}”已在參與單位中</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/disputes.py" />
            <source>结案状态“{value}”不是可选的值</source>
            <translation>結案狀態“{value}”不是可選的值</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/disputes.py" />
            <source>结案状态应为“已解决”或“已移交”</source>
            <translation>結案狀態應為“已解決”或“已移交”</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/disputes.py" />
            <source>温馨提示或整改通知书编号</source>
            <translation>溫馨提示或整改通知書編號</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/disputes.py" />
            <source>编号 {number} 不是温馨提示（TX-…）或整改通知书（ZG-…）</source>
            <translation>編號 {number} 不是溫馨提示（TX-…）或整改通知書（ZG-…）</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/disputes.py" />
            <source>找不到编号为 {number} 的记录，或已作废</source>
            <translation>找不到編號為 {number} 的記錄，或已作廢</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/disputes.py" />
            <source>{number} 已关联邻里纠纷 {other}，请先在那里取消关联</source>
            <translation>{number} 已關聯鄰里糾紛 {other}，請先在那裡取消關聯</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/disputes.py" />
            <source>{number} 未关联本纠纷</source>
            <translation>{number} 未關聯本糾紛</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/disputes.py" />
            <source>{issue} · 期限 {deadline:%Y-%m-%d}</source>
            <translation>{issue} · 期限 {deadline:%Y-%m-%d}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/guards.py" />
            <source>这一步不适用于本记录</source>
            <translation>這一步不適用於本記錄</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/guards.py" />
            <source>请先登录，再{action}</source>
            <translation>請先登入，再{action}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/import_command.py" />
            <source>未导入的行（{count}）：</source>
            <translation>未匯入的行（{count}）：</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/import_command.py" />
            <source>  第 {row} 行：{reason}</source>
            <translation>  第 {row} 行：{reason}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/import_command.py" />
            <source>警告（{count}）：</source>
            <translation>警告（{count}）：</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/import_command.py" />
            <source>  第 {row} 行“{column}”：{reason}</source>
            <translation>  第 {row} 行“{column}”：{reason}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/import_command.py" />
            <source>无法导入：{error}。没有保存任何内容。</source>
            <translation>無法匯入：{error}。沒有儲存任何內容。</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/import_command.py" />
            <source>数据库错误，没有保存任何内容：{error}</source>
            <translation>資料庫錯誤，沒有儲存任何內容：{error}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/import_command.py" />
            <source>读取 {file}：表头在第 {header} 行，{rows} 行可导入</source>
            <translation>讀取 {file}：表頭在第 {header} 行，{rows} 行可匯入</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/import_command.py" />
            <source>新建房间 {rooms} 间；新建客户 {created} 位，更新 {updated} 位，未变 {unchanged} 位</source>
            <translation>新建房間 {rooms} 間；新建客戶 {created} 位，更新 {updated} 位，未變 {unchanged} 位</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/import_command.py" />
            <source>（试运行：没有保存任何内容）</source>
            <translation>（試執行：沒有儲存任何內容）</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/import_command.py" />
            <source>新建账号 {count} 个（首次登录时必须修改初始密码）：</source>
            <translation>新建帳號 {count} 個（首次登入時必須修改初始密碼）：</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/import_command.py" />
            <source>  第 {row} 行  {name}  登录名 {login}  {role}  初始密码 {password}</source>
            <translation>  第 {row} 行  {name}  登入名 {login}  {role}  初始密碼 {password}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/import_command.py" />
            <source>（试运行，未生成）</source>
            <translation>（試執行，未生成）</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/import_command.py" />
            <source>  第 {row} 行  {name}：登录名 {login} 已存在，未改动</source>
            <translation>  第 {row} 行  {name}：登入名 {login} 已存在，未改動</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/import_command.py" />
            <source>新建部门：{names}</source>
            <translation>新建部門：{names}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/import_command.py" />
            <source>无法写入 {path}：{error}</source>
            <translation>無法寫入 {path}：{error}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/import_command.py" />
            <source>已导出 {count} 行到 {path}</source>
            <translation>已匯出 {count} 行到 {path}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/incoming_call.py" />
            <source>工作信息记录（{category}）</source>
            <translation>工作資訊記錄（{category}）</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/incoming_call.py" />
            <source>投诉（{status}）</source>
            <translation>投訴（{status}）</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/interviews.py" />
            <location filename="../../desk_app/services/records.py" />
            <source>这条记录已经作废</source>
            <translation>這條記錄已經作廢</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/interviews.py" />
            <source>作废访谈记录</source>
            <translation>作廢訪談記錄</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/interviews.py" />
            <source>制定访谈计划</source>
            <translation>制定訪談計劃</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/interviews.py" />
            <location filename="../../desk_app/services/records.py" />
            <source>作废记录</source>
            <translation>作廢記錄</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/interviews.py" />
            <source>{what}“{value}”不是可选的值</source>
            <translation>{what}“{value}”不是可選的值</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/interviews.py" />
            <source>{what}应为多选列表</source>
            <translation>{what}應為多選列表</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/interviews.py" />
            <location filename="../../desk_app/services/reception.py" />
            <source>找不到员工（编号 {staff_id}）</source>
            <translation>找不到員工（編號 {staff_id}）</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/interviews.py" />
            <source>{name}（{role}）不做客户访谈：访谈人须为{allowed}</source>
            <translation>{name}（{role}）不做客戶訪談：訪談人須為{allowed}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/interviews.py" />
            <source>请填写访谈日期</source>
            <translation>請填寫訪談日期</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/interviews.py" />
            <source>访谈日期 {interview_date} 晚于今天，请检查</source>
            <translation>訪談日期 {interview_date} 晚於今天，請檢查</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/interviews.py" />
            <source>访谈形式</source>
            <translation>訪談形式</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/interviews.py" />
            <source>访谈主题</source>
            <translation>訪談主題</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/interviews.py" />
            <source>请至少选择一个访谈主题</source>
            <translation>請至少選擇一個訪談主題</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/interviews.py" />
            <source>安全提示</source>
            <translation>安全提示</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/interviews.py" />
            <source>回访满意度</source>
            <translation>回訪滿意度</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/interviews.py" />
            <source>总体满意度</source>
            <translation>總體滿意度</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/interviews.py" />
            <source>乔迁拜访须上门进行，并指导客户开通使用居家报警（勾选“开通居家报警”）</source>
            <translation>喬遷拜訪須上門進行，並指導客戶開通使用居家報警（勾選“開通居家報警”）</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/interviews.py" />
            <source>客户 {name} 未登记入住日期，不能记为乔迁拜访</source>
            <translation>客戶 {name} 未登記入住日期，不能記為喬遷拜訪</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/interviews.py" />
            <location filename="../../desk_app/services/promises.py" />
            <location filename="../../desk_app/services/reception.py" />
            <location filename="../../desk_app/services/worklog.py" />
            <source>找不到房号（编号 {room_id}）</source>
            <translation>找不到房號（編號 {room_id}）</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/interviews.py" />
            <source>{name} 尚未独立上岗，访谈须有陪同人员，请填写陪同人</source>
            <translation>{name} 尚未獨立上崗，訪談須有陪同人員，請填寫陪同人</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/interviews.py" />
            <source>找不到陪同人（员工编号 {ident}）</source>
            <translation>找不到陪同人（員工編號 {ident}）</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/interviews.py" />
            <source>陪同人不能是访谈人本人</source>
            <translation>陪同人不能是訪談人本人</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/interviews.py" />
            <source>陪同人 {name} 也尚未独立上岗</source>
            <translation>陪同人 {name} 也尚未獨立上崗</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/interviews.py" />
            <source>{name} 已停用，不能安排访谈</source>
            <translation>{name} 已停用，不能安排訪談</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/interviews.py" />
            <source>请至少选择一个访谈对象（客户或房号）</source>
            <translation>請至少選擇一個訪談對象（客戶或房號）</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/notice_print.py" />
            <location filename="../../desk_app/services/rectification_notices.py" />
            <source>找不到整改通知书（编号 {notice_id}），或已作废</source>
            <translation>找不到整改通知書（編號 {notice_id}），或已作廢</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/notifications.py" />
            <source>操作日志校验未通过：{text}</source>
            <translation>操作日誌校驗未通過：{text}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/notifications.py" />
            <source>留言：{caller} {what}</source>
            <translation>留言：{caller} {what}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/notifications.py" />
            <source>投诉来函 {letter} → 投诉 {number}：{text}</source>
            <translation>投訴來函 {letter} → 投訴 {number}：{text}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/notifications.py" />
            <source>群体投诉 {number}（{people} 人）：{text}</source>
            <translation>群體投訴 {number}（{people} 人）：{text}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/notifications.py" />
            <source>重大投诉 {number}：{text}</source>
            <translation>重大投訴 {number}：{text}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/notifications.py" />
            <source>过激行为风险 {number}：{note}</source>
            <translation>過激行為風險 {number}：{note}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/notifications.py" />
            <source>网络回帖待审批 {number}：{text}</source>
            <translation>網路回帖待審批 {number}：{text}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/notifications.py" />
            <source>媒体 {outlet} {reporter}：{topic}</source>
            <translation>媒體 {outlet} {reporter}：{topic}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/notifications.py" />
            <source>{what}将于 {due:%m-%d %H:%M} 到期：{number}</source>
            <translation>{what}將於 {due:%m-%d %H:%M} 到期：{number}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/notifications.py" />
            <source>首次回应</source>
            <translation>首次回應</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/notifications.py" />
            <source>回访</source>
            <translation>回訪</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/notifications.py" />
            <source>答应客户的答复</source>
            <translation>答應客戶的答覆</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/notifications.py" />
            <source>预约上门</source>
            <translation>預約上門</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/notifications.py" />
            <source>整改通知书 {number} 上报后 {days} 个工作日未跟进复查</source>
            <translation>整改通知書 {number} 上報後 {days} 個工作日未跟進複查</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/notifications.py" />
            <source>找不到这条通知（编号 {ident}）</source>
            <translation>找不到這條通知（編號 {ident}）</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/permissions.py" />
            <source>这项工作由程序自身在启动或定时执行，不能以个人账号执行</source>
            <translation>這項工作由程式自身在啟動或定時執行，不能以個人賬號執行</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/permissions.py" />
            <source>只能办理本人的事项（本人的密码、本人的通知）</source>
            <translation>只能辦理本人的事項（本人的密碼、本人的通知）</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/promises.py" />
            <source>请选择{what}</source>
            <translation>請選擇{what}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/promises.py" />
            <source>找不到工作信息记录（编号 {entry_id}）</source>
            <translation>找不到工作資訊記錄（編號 {entry_id}）</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/promises.py" />
            <source>答复时间必须晚于受理时间</source>
            <translation>答覆時間必須晚於受理時間</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/promises.py" />
            <source>答复责任人</source>
            <translation>答覆責任人</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/promises.py" />
            <source>{number} 没有约定答复时间</source>
            <translation>{number} 沒有約定答覆時間</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/promises.py" />
            <source>{number} 已答复</source>
            <translation>{number} 已答覆</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/promises.py" />
            <source>预约时间 {when:%Y-%m-%d %H:%M} 已过，请检查</source>
            <translation>預約時間 {when:%Y-%m-%d %H:%M} 已過，請檢查</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/promises.py" />
            <source>赴约人</source>
            <translation>赴約人</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/promises.py" />
            <source>预约事项</source>
            <translation>預約事項</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/promises.py" />
            <location filename="../../desk_app/services/worklog.py" />
            <source>联系电话</source>
            <translation>聯絡電話</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/promises.py" />
            <source>找不到预约（编号 {ident}），或已作废</source>
            <translation>找不到預約（編號 {ident}），或已作廢</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/promises.py" />
            <source>预约 {number} 已是“{status}”</source>
            <translation>預約 {number} 已是“{status}”</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/promises.py" />
            <source>登记赴约</source>
            <translation>登記赴約</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/promises.py" />
            <source>取消预约</source>
            <translation>取消預約</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/promises.py" />
            <source>赴约情况</source>
            <translation>赴約情況</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/promises.py" />
            <source>取消原因</source>
            <translation>取消原因</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/promises.py" />
            <source>答复 {who} · {what}</source>
            <translation>答覆 {who} · {what}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/promises.py" />
            <source>预约 {room} · {purpose}</source>
            <translation>預約 {room} · {purpose}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reception.py" />
            <source>{what}无效：{value!r}</source>
            <translation>{what}無效：{value!r}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reception.py" />
            <source>{what} {local:%Y-%m-%d %H:%M} 晚于现在，请检查</source>
            <translation>{what} {local:%Y-%m-%d %H:%M} 晚於現在，請檢查</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reception.py" />
            <source>访客姓名</source>
            <translation>訪客姓名</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reception.py" />
            <source>请填写被访房号或被访人</source>
            <translation>請填寫被訪房號或被訪人</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reception.py" />
            <source>来访人数须为整数</source>
            <translation>來訪人數須為整數</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reception.py" />
            <source>来访人数至少为 1</source>
            <translation>來訪人數至少為 1</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reception.py" />
            <source>来访人数过多（最多 {max_party_size} 人），请检查</source>
            <translation>來訪人數過多（最多 {max_party_size} 人），請檢查</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reception.py" />
            <source>尚未联系被访人，不能登记其是否同意</source>
            <translation>尚未聯絡被訪人，不能登記其是否同意</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reception.py" />
            <source>访客电话</source>
            <translation>訪客電話</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reception.py" />
            <source>访客 {visitor_name} 已于 {value} 离开</source>
            <translation>訪客 {visitor_name} 已於 {value} 離開</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reception.py" />
            <source>访客 {visitor_name} 的被访人已答复，不能重复登记</source>
            <translation>訪客 {visitor_name} 的被訪人已答覆，不能重複登記</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reception.py" />
            <source>访客 {visitor_name} 已于 {value} 登记离开，不能重复登记</source>
            <translation>訪客 {visitor_name} 已於 {value} 登記離開，不能重複登記</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reception.py" />
            <source>登记被访人意见</source>
            <translation>登記被訪人意見</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reception.py" />
            <source>登记访客离开</source>
            <translation>登記訪客離開</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reception.py" />
            <source>离开时间早于到达时间（{value}），请检查</source>
            <translation>離開時間早於到達時間（{value}），請檢查</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reception.py" />
            <source>来函类别</source>
            <translation>來函類別</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reception.py" />
            <source>来函内容摘要</source>
            <translation>來函內容摘要</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reception.py" />
            <source>收函时间</source>
            <translation>收函時間</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reception.py" />
            <source>只有表扬信可以填写被表扬员工</source>
            <translation>只有表揚信可以填寫被表揚員工</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reception.py" />
            <source>传真须登记收件人联系电话，以便电话确认</source>
            <translation>傳真須登記收件人聯絡電話，以便電話確認</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reception.py" />
            <source>文件资料内容</source>
            <translation>檔案資料內容</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reception.py" />
            <source>收件时间</source>
            <translation>收件時間</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reception.py" />
            <source>{number} 已于 {value} 由 {signed_by} 签收，不能重复签收</source>
            <translation>{number} 已於 {value} 由 {signed_by} 簽收，不能重複簽收</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reception.py" />
            <source>登记签收</source>
            <translation>登記簽收</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reception.py" />
            <source>文件资料内容只向收件人本人、客服主管、部门负责人或系统管理员显示</source>
            <translation>檔案資料內容只向收件人本人、客服主管、部門負責人或系統管理員顯示</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reception.py" />
            <source>联系方式</source>
            <translation>聯絡方式</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reception.py" />
            <source>来访/来电时间</source>
            <translation>來訪/來電時間</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reception.py" />
            <source>媒体名称</source>
            <translation>媒體名稱</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reception.py" />
            <source>记者姓名</source>
            <translation>記者姓名</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reception.py" />
            <source>采访主题</source>
            <translation>採訪主題</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reception.py" />
            <source>记者电话</source>
            <translation>記者電話</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reception.py" />
            <source>证件核验说明</source>
            <translation>證件核驗說明</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reception.py" />
            <source>{number} 的提醒已由 {name} 于 {value} 确认</source>
            <translation>{number} 的提醒已由 {name} 於 {value} 確認</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reception.py" />
            <source>{number} 的提醒已于 {value} 确认</source>
            <translation>{number} 的提醒已於 {value} 確認</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reception.py" />
            <source>确认媒体来访提醒</source>
            <translation>確認媒體來訪提醒</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reception.py" />
            <source>处理意见</source>
            <translation>處理意見</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reception.py" />
            <source>请填写金额</source>
            <translation>請填寫金額</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reception.py" />
            <source>金额格式不正确：{text}（请填写数字，如 50 或 50.00）</source>
            <translation>金額格式不正確：{text}（請填寫數字，如 50 或 50.00）</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reception.py" />
            <source>金额格式不正确：{text}</source>
            <translation>金額格式不正確：{text}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reception.py" />
            <source>金额格式不正确</source>
            <translation>金額格式不正確</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reception.py" />
            <source>金额须大于 0</source>
            <translation>金額須大於 0</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reception.py" />
            <source>金额须小于 1,000,000 元，请检查</source>
            <translation>金額須小於 1,000,000 元，請檢查</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reception.py" />
            <source>金额最多保留两位小数（角、分）</source>
            <translation>金額最多保留兩位小數（角、分）</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reception.py" />
            <source>收费项目</source>
            <translation>收費項目</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reception.py" />
            <source>收据号</source>
            <translation>收據號</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reception.py" />
            <source>收费说明</source>
            <translation>收費說明</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reception.py" />
            <source>收费项目为“其他”时请填写收费说明</source>
            <translation>收費項目為“其他”時請填寫收費說明</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reception.py" />
            <source>收据号 {receipt} 已用于 {taken}，请检查</source>
            <translation>收據號 {receipt} 已用於 {taken}，請檢查</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reception.py" />
            <source>收费时间</source>
            <translation>收費時間</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reception.py" />
            <source>交款人</source>
            <translation>交款人</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/records.py" />
            <source>请先选择值班人员，再作废记录</source>
            <translation>請先選擇值班人員，再作廢記錄</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/records.py" />
            <source>其他人</source>
            <translation>其他人</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/records.py" />
            <source>这条记录在您打开之后已被{who}修改并保存，本次保存未生效</source>
            <translation>這條記錄在您開啟之後已被{who}修改並儲存，本次儲存未生效</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/rectification_notices.py" />
            <source>整改通知书 {number} 已“{status}”，不能再登记送达</source>
            <translation>整改通知書 {number} 已“{status}”，不能再登記送達</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/rectification_notices.py" />
            <source>整改通知书 {number} 已登记送达结果“{service_result}”</source>
            <translation>整改通知書 {number} 已登記送達結果“{service_result}”</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/rectification_notices.py" />
            <source>整改通知书 {number} 已整改完毕，无需复查</source>
            <translation>整改通知書 {number} 已整改完畢，無需複查</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/rectification_notices.py" />
            <source>整改通知书 {number} 不能上报：{why}</source>
            <translation>整改通知書 {number} 不能上報：{why}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/rectification_notices.py" />
            <source>作废整改通知书</source>
            <translation>作廢整改通知書</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/rectification_notices.py" />
            <location filename="../../desk_app/services/reminder_cases.py" />
            <source>找不到房间（编号 {room_id}）</source>
            <translation>找不到房間（編號 {room_id}）</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/rectification_notices.py" />
            <source>整改通知书必须写明整改期限</source>
            <translation>整改通知書必須寫明整改期限</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/rectification_notices.py" />
            <source>整改期限 {deadline:%Y-%m-%d} 早于今天（{current:%Y-%m-%d}）</source>
            <translation>整改期限 {deadline:%Y-%m-%d} 早於今天（{current:%Y-%m-%d}）</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/rectification_notices.py" />
            <source>存在的问题</source>
            <translation>存在的問題</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/rectification_notices.py" />
            <source>整改要求</source>
            <translation>整改要求</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/rectification_notices.py" />
            <source>请选择送达结果：客户已签收或客户拒签</source>
            <translation>請選擇送達結果：客戶已簽收或客戶拒簽</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/rectification_notices.py" />
            <source>客户拒签时须拍照取证（在“附件”中添加照片）或登记到场见证人</source>
            <translation>客戶拒簽時須拍照取證（在“附件”中新增照片）或登記到場見證人</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/rectification_notices.py" />
            <source>照片路径不能超过 512 个字</source>
            <translation>照片路徑不能超過 512 個字</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/rectification_notices.py" />
            <source>见证人不能超过 128 个字</source>
            <translation>見證人不能超過 128 個字</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/rectification_notices.py" />
            <source>复查情况</source>
            <translation>複查情況</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/rectification_notices.py" />
            <source>上报单位</source>
            <translation>上報單位</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/rectification_notices.py" />
            <source>上报单位不能超过 128 个字</source>
            <translation>上報單位不能超過 128 個字</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/rectification_notices.py" />
            <source>整改通知书 {number} 已整改完毕，无需打印逾期情况报告</source>
            <translation>整改通知書 {number} 已整改完畢，無需列印逾期情況報告</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/rectification_notices.py" />
            <source>整改通知书 {number} 的整改期限（{deadline}）尚未过，不能打印逾期情况报告</source>
            <translation>整改通知書 {number} 的整改期限（{deadline}）尚未過，不能列印逾期情況報告</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/references.py" />
            <location filename="../../desk_app/services/roster.py" />
            <source>房号 {code} 已作废</source>
            <translation>房號 {code} 已作廢</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/references.py" />
            <source>找不到房号 {typed}（请按 楼栋-单元-房号 填写，如 3-2-1201）</source>
            <translation>找不到房號 {typed}（請按 樓棟-單元-房號 填寫，如 3-2-1201）</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/references.py" />
            <source>房号 {typed} 不唯一，请按 楼栋-单元-房号 完整填写</source>
            <translation>房號 {typed} 不唯一，請按 樓棟-單元-房號 完整填寫</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/references.py" />
            <source>找不到{what}（编号 {record_id}），或已作废</source>
            <translation>找不到{what}（編號 {record_id}），或已作廢</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reminder_cases.py" />
            <source>高空抛物温馨提示须由三方联合署名，但设置中的署名单位有重复（{items}），请系统管理员修改设置</source>
            <translation>高空拋物溫馨提示須由三方聯合署名，但設定中的署名單位有重複（{items}），請系統管理員修改設定</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reminder_cases.py" />
            <source>待检查</source>
            <translation>待檢查</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reminder_cases.py" />
            <source>可清理</source>
            <translation>可清理</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reminder_cases.py" />
            <source>三次提示无效，待转交处理</source>
            <translation>三次提示無效，待轉交處理</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reminder_cases.py" />
            <source>检查间隔必须大于零</source>
            <translation>檢查間隔必須大於零</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reminder_cases.py" />
            <source>应为正整数（天），收到 {days!r}</source>
            <translation>應為正整數（天），收到 {days!r}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reminder_cases.py" />
            <source>每个案件最多张贴{max_slips}次温馨提示</source>
            <translation>每個案件最多張貼{max_slips}次溫馨提示</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reminder_cases.py" />
            <source>提示内容</source>
            <translation>提示內容</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reminder_cases.py" />
            <source>找不到温馨提示案件（编号 {repeat_of_case_id}）</source>
            <translation>找不到溫馨提示案件（編號 {repeat_of_case_id}）</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reminder_cases.py" />
            <source>案件 {number} 未经清理，不能作为再次违反当即清理的依据</source>
            <translation>案件 {number} 未經清理，不能作為再次違反當即清理的依據</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reminder_cases.py" />
            <source>请填写张贴地点（楼栋、单元、楼层或房号）</source>
            <translation>請填寫張貼地點（樓棟、單元、樓層或房號）</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reminder_cases.py" />
            <source>张贴地点不能超过 255 个字</source>
            <translation>張貼地點不能超過 255 個字</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reminder_cases.py" />
            <source>温馨提示案件 {number} 已“{status}”，不能再检查</source>
            <translation>溫馨提示案件 {number} 已“{status}”，不能再檢查</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reminder_cases.py" />
            <source>案件 {number} 已可清理，不再张贴温馨提示：请确认清理，或在自行处理后登记</source>
            <translation>案件 {number} 已可清理，不再張貼溫馨提示：請確認清理，或在自行處理後登記</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reminder_cases.py" />
            <source>案件 {number} 已张贴{max_slips}次温馨提示，不能再张贴第{value}次</source>
            <translation>案件 {number} 已張貼{max_slips}次溫馨提示，不能再張貼第{value}次</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reminder_cases.py" />
            <source>第{sequence}次温馨提示给出的期限未到（{due:%Y-%m-%d %H:%M}），不能张贴下一次提示</source>
            <translation>第{sequence}次溫馨提示給出的期限未到（{due:%Y-%m-%d %H:%M}），不能張貼下一次提示</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reminder_cases.py" />
            <source>案件 {number} 不能清理物品：{why}</source>
            <translation>案件 {number} 不能清理物品：{why}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reminder_cases.py" />
            <source>只有楼道堆物可以清理</source>
            <translation>只有樓道堆物可以清理</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reminder_cases.py" />
            <source>清理须由本人账号登录后确认</source>
            <translation>清理須由本人帳號登入後確認</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reminder_cases.py" />
            <source>案件 {number} 当前为“{status}”，只有三次提示均无效的案件才能这样结案</source>
            <translation>案件 {number} 當前為“{status}”，只有三次提示均無效的案件才能這樣結案</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reminder_cases.py" />
            <source>案件 {number} 没有待认领的清理物品</source>
            <translation>案件 {number} 沒有待認領的清理物品</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reminder_cases.py" />
            <source>作废温馨提示案件</source>
            <translation>作廢溫馨提示案件</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reminder_cases.py" />
            <source>请至少登记一件清理的物品</source>
            <translation>請至少登記一件清理的物品</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reminder_cases.py" />
            <source>第{index}件物品的名称和特征</source>
            <translation>第{index}件物品的名稱和特徵</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reminder_cases.py" />
            <source>第{index}件物品的存放地点</source>
            <translation>第{index}件物品的存放地點</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reminder_cases.py" />
            <source>第{index}件物品的存放地点不能超过 128 个字</source>
            <translation>第{index}件物品的存放地點不能超過 128 個字</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reminder_cases.py" />
            <source>后续处理情况（如已转邻里纠纷处理、已发整改通知书）</source>
            <translation>後續處理情況（如已轉鄰里糾紛處理、已發整改通知書）</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reminder_cases.py" />
            <source>物品编号</source>
            <translation>物品編號</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reminder_cases.py" />
            <source>找不到编号为 {number} 的清理物品</source>
            <translation>找不到編號為 {number} 的清理物品</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reminder_cases.py" />
            <source>找不到清理物品（编号 {item_id}）</source>
            <translation>找不到清理物品（編號 {item_id}）</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reminder_cases.py" />
            <source>物品 {item_number} 已于 {claimed:%Y-%m-%d %H:%M} 由 {claimant_name} 签字领回</source>
            <translation>物品 {item_number} 已於 {claimed:%Y-%m-%d %H:%M} 由 {claimant_name} 簽字領回</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reminder_cases.py" />
            <source>认领人姓名</source>
            <translation>認領人姓名</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reminder_cases.py" />
            <source>认领人签字</source>
            <translation>認領人簽字</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reminder_cases.py" />
            <source>认领人姓名不能超过 64 个字</source>
            <translation>認領人姓名不能超過 64 個字</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/reminder_cases.py" />
            <source>认领人签字不能超过 128 个字</source>
            <translation>認領人簽字不能超過 128 個字</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/replies.py" />
            <source>找不到这条回复口径（编号 {reply_id}），或已作废</source>
            <translation>找不到這條回覆口徑（編號 {reply_id}），或已作廢</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/replies.py" />
            <source>编写统一回复口径</source>
            <translation>編寫統一回覆口徑</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/replies.py" />
            <source>主题</source>
            <translation>主題</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/replies.py" />
            <source>常见问题</source>
            <translation>常見問題</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/replies.py" />
            <source>统一答复</source>
            <translation>統一答覆</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/replies.py" />
            <source>关键词</source>
            <translation>關鍵詞</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/replies.py" />
            <source>删除统一回复口径</source>
            <translation>刪除統一回覆口徑</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/replies.py" />
            <source>从统一回复口径中删除</source>
            <translation>從統一回覆口徑中刪除</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/replies.py" />
            <source>找不到这条服务禁语（编号 {phrase_id}），或已删除</source>
            <translation>找不到這條服務禁語（編號 {phrase_id}），或已刪除</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/replies.py" />
            <source>编写服务禁语</source>
            <translation>編寫服務禁語</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/replies.py" />
            <source>禁语</source>
            <translation>禁語</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/replies.py" />
            <source>宜说</source>
            <translation>宜說</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/replies.py" />
            <source>服务禁语中已有“{text}”</source>
            <translation>服務禁語中已有“{text}”</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/replies.py" />
            <source>删除服务禁语</source>
            <translation>刪除服務禁語</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/replies.py" />
            <source>从服务禁语中删除</source>
            <translation>從服務禁語中刪除</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/report_status.py" />
            <source>未到期</source>
            <translation>未到期</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/report_status.py" />
            <source>即将到期</source>
            <translation>即將到期</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/report_status.py" />
            <source>已逾期</source>
            <translation>已逾期</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/report_status.py" />
            <source>已完成</source>
            <translation>已完成</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/report_status.py" />
            <source>原定 {nominal:%Y-%m-%d} 为休息日，提前至前一个工作日 {due:%Y-%m-%d}（R11）</source>
            <translation>原定 {nominal:%Y-%m-%d} 為休息日，提前至前一個工作日 {due:%Y-%m-%d}（R11）</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/report_status.py" />
            <source>回溯月数不能为负数，收到 {months_back}</source>
            <translation>回溯月數不能為負數，收到 {months_back}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/report_status.py" />
            <source>{month:%Y年%m月}尚未到来，不能登记其报告</source>
            <translation>{month:%Y年%m月}尚未到來，不能登記其報告</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/report_status.py" />
            <source>登记月度报告完成</source>
            <translation>登記月度報告完成</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/roster.py" />
            <source>房号“{text}”无法识别（应写成 3-2-1201、3栋2单元1201室 这样的格式）</source>
            <translation>房號“{text}”無法識別（應寫成 3-2-1201、3棟2單元1201室 這樣的格式）</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/roster.py" />
            <source>缺少楼栋（房号 {text}）</source>
            <translation>缺少樓棟（房號 {text}）</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/roster.py" />
            <source>缺少房号（楼栋 {building}）</source>
            <translation>缺少房號（樓棟 {building}）</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/roster.py" />
            <source>房号“{text}”过长（最多 {limit} 个字符）</source>
            <translation>房號“{text}”過長（最多 {limit} 個字元）</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/roster.py" />
            <source>缺少房号（业主 {name}）</source>
            <translation>缺少房號（業主 {name}）</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/roster.py" />
            <source>日期“{text}”无法识别，未导入</source>
            <translation>日期“{text}”無法識別，未匯入</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/roster.py" />
            <source>面积“{text}”无法识别，未导入</source>
            <translation>面積“{text}”無法識別，未匯入</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/roster.py" />
            <location filename="../../desk_app/services/staff_import.py" />
            <source>{reason}，未导入</source>
            <translation>{reason}，未匯入</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/roster.py" />
            <source>号码</source>
            <translation>號碼</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/roster.py" />
            <source>导入业主名册</source>
            <translation>匯入業主名冊</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/roster.py" />
            <source>电话 {phone} 未导入：每位客户最多 {limit} 个电话</source>
            <translation>電話 {phone} 未匯入：每位客戶最多 {limit} 個電話</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/roster.py" />
            <source>导出业主名册</source>
            <translation>匯出業主名冊</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/roster.py" />
            <source>业主信息表</source>
            <translation>業主資訊表</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/settings.py" />
            <source>设置项“{key}”有误：{message}</source>
            <translation>設定項“{key}”有誤：{message}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/settings.py" />
            <source>时间应写作 HH:MM，收到 {text!r}</source>
            <translation>時間應寫作 HH:MM，收到 {text!r}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/settings.py" />
            <source>应为正整数，收到 {value!r}</source>
            <translation>應為正整數，收到 {value!r}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/settings.py" />
            <source>应为 {{专业: 工作小时数}}，收到 {value!r}</source>
            <translation>應為 {{專業: 工作小時數}}，收到 {value!r}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/settings.py" />
            <source>未知专业 {line!r}</source>
            <translation>未知專業 {line!r}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/settings.py" />
            <source>小区名称不能为空</source>
            <translation>小區名稱不能為空</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/settings.py" />
            <source>应为 {{'start': '09:00', 'end': '18:00'}}，收到 {hours!r}</source>
            <translation>應為 {{'start': '09:00', 'end': '18:00'}}，收到 {hours!r}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/settings.py" />
            <source>上班时间 {start:%H:%M} 必须早于下班时间 {end:%H:%M}</source>
            <translation>上班時間 {start:%H:%M} 必須早於下班時間 {end:%H:%M}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/settings.py" />
            <source>未知时区 {zone!r}</source>
            <translation>未知時區 {zone!r}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/settings.py" />
            <source>修改备份保留份数</source>
            <translation>修改備份保留份數</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/settings.py" />
            <source>备份保留份数应为 {low} 至 {high} 之间的整数（收到 {value}）</source>
            <translation>備份保留份數應為 {low} 至 {high} 之間的整數（收到 {value}）</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/setup_checklist.py" />
            <source>工作时间</source>
            <translation>工作時間</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/setup_checklist.py" />
            <source>尚未设置：{items}</source>
            <translation>尚未設定：{items}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/setup_checklist.py" />
            <source>小区名称：{name}；工作时间已设置</source>
            <translation>小區名稱：{name}；工作時間已設定</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/setup_checklist.py" />
            <source>小区名称和工作时间</source>
            <translation>小區名稱和工作時間</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/setup_checklist.py" />
            <source>{years} 年的法定节假日安排尚未载入，请在系统设置的“节假日调整”中逐日登记</source>
            <translation>{years} 年的法定節假日安排尚未載入，請在系統設定的“節假日調整”中逐日登記</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/setup_checklist.py" />
            <source>{first} 年和 {last} 年的节假日安排均已载入</source>
            <translation>{first} 年和 {last} 年的節假日安排均已載入</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/setup_checklist.py" />
            <source>节假日日历</source>
            <translation>節假日日曆</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/setup_checklist.py" />
            <source>已有 {count} 间房</source>
            <translation>已有 {count} 間房</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/setup_checklist.py" />
            <source>尚未录入楼栋、单元和房间</source>
            <translation>尚未錄入樓棟、單元和房間</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/setup_checklist.py" />
            <source>小区结构（楼栋、单元、房间）</source>
            <translation>小區結構（樓棟、單元、房間）</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/setup_checklist.py" />
            <source>已有 {count} 户客户</source>
            <translation>已有 {count} 戶客戶</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/setup_checklist.py" />
            <source>尚未导入业主名册</source>
            <translation>尚未匯入業主名冊</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/setup_checklist.py" />
            <source>业主名册</source>
            <translation>業主名冊</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/setup_checklist.py" />
            <source>已有 {count} 个在用部门</source>
            <translation>已有 {count} 個在用部門</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/setup_checklist.py" />
            <source>尚未建立部门</source>
            <translation>尚未建立部門</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/setup_checklist.py" />
            <source>已有 {count} 个员工账号（不含系统管理员）</source>
            <translation>已有 {count} 個員工帳號（不含系統管理員）</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/setup_checklist.py" />
            <source>除系统管理员外尚无员工账号</source>
            <translation>除系統管理員外尚無員工帳號</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/setup_checklist.py" />
            <source>员工账号</source>
            <translation>員工帳號</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/setup_checklist.py" />
            <source>投诉受理渠道</source>
            <translation>投訴受理渠道</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/setup_checklist.py" />
            <source>署名：{centre}；服务禁语 {phrases} 条</source>
            <translation>署名：{centre}；服務禁語 {phrases} 條</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/setup_checklist.py" />
            <source>署名、地产公司和投诉受理渠道</source>
            <translation>署名、地產公司和投訴受理渠道</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/setup_commands.py" />
            <source>{field}：{error}</source>
            <translation>{field}：{error}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/setup_commands.py" />
            <source>已保存设置 {key}</source>
            <translation>已儲存設定 {key}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/setup_commands.py" />
            <source>（未设置，使用：{default}）</source>
            <translation>（未設定，使用：{default}）</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/setup_commands.py" />
            <source>（未设置）</source>
            <translation>（未設定）</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/setup_commands.py" />
            <source>{key}	{label}	{value}</source>
            <translation>{key}	{label}	{value}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/setup_commands.py" />
            <source>找不到名为“{name}”的部门</source>
            <translation>找不到名為“{name}”的部門</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/setup_commands.py" />
            <source>还没有部门。用 desk-app department add 名称 新建。</source>
            <translation>還沒有部門。用 desk-app department add 名稱 新建。</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/setup_commands.py" />
            <source>在用</source>
            <translation>在用</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/setup_commands.py" />
            <source>已停用</source>
            <translation>已停用</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/setup_commands.py" />
            <source>{name}	{state}	员工 {count} 人</source>
            <translation>{name}	{state}	員工 {count} 人</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/setup_commands.py" />
            <source>已新建部门“{name}”</source>
            <translation>已新建部門“{name}”</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/setup_commands.py" />
            <source>已将部门“{old}”改名为“{name}”</source>
            <translation>已將部門“{old}”改名為“{name}”</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/setup_commands.py" />
            <source>已启用部门“{name}”</source>
            <translation>已啟用部門“{name}”</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/setup_commands.py" />
            <source>已停用部门“{name}”</source>
            <translation>已停用部門“{name}”</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/setup_commands.py" />
            <source>日期“{text}”应写作 2027-01-01 或 2027-02-06..2027-02-12</source>
            <translation>日期“{text}”應寫作 2027-01-01 或 2027-02-06..2027-02-12</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/setup_commands.py" />
            <source>日期范围“{text}”有误</source>
            <translation>日期範圍“{text}”有誤</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/setup_commands.py" />
            <source>已登记 {count} 天</source>
            <translation>已登記 {count} 天</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/setup_commands.py" />
            <source>上班</source>
            <translation>上班</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/setup_commands.py" />
            <source>休息</source>
            <translation>休息</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/setup_commands.py" />
            <source>{day}	{kind}	{note}</source>
            <translation>{day}	{kind}	{note}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/setup_commands.py" />
            <source>尚未载入节假日安排的年份：{years}</source>
            <translation>尚未載入節假日安排的年份：{years}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/setup_commands.py" />
            <source>上线检查清单</source>
            <translation>上線檢查清單</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/setup_commands.py" />
            <source>✓ 已完成</source>
            <translation>✓ 已完成</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/setup_commands.py" />
            <source>✗ 未完成</source>
            <translation>✗ 未完成</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/setup_commands.py" />
            <source>{mark}	{title}：{detail}</source>
            <translation>{mark}	{title}：{detail}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/setup_commands.py" />
            <source>全部完成，可以开始接待登记。</source>
            <translation>全部完成，可以開始接待登記。</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/setup_commands.py" />
            <source>还有 {count} 项未完成。</source>
            <translation>還有 {count} 項未完成。</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/signatories.py" />
            <source>设置项“{key}”应为非空的单位名称（收到 {value!r}），请系统管理员修改设置</source>
            <translation>設定項“{key}”應為非空的單位名稱（收到 {value!r}），請系統管理員修改設定</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/spreadsheet.py" />
            <source>文件过大（{size} MB），不是一份名册</source>
            <translation>檔案過大（{size} MB），不是一份名冊</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/spreadsheet.py" />
            <source>找不到文件 {path}</source>
            <translation>找不到檔案 {path}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/spreadsheet.py" />
            <source>{path} 是一个文件夹，不是文件</source>
            <translation>{path} 是一個資料夾，不是檔案</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/spreadsheet.py" />
            <source>无法打开文件 {path}：{error}</source>
            <translation>無法開啟檔案 {path}：{error}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/spreadsheet.py" />
            <source>文件 {name} 是空的</source>
            <translation>檔案 {name} 是空的</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/spreadsheet.py" />
            <source>{name} 是旧版 Excel 文件（.xls），请在 Excel 中另存为 .xlsx 或 CSV 后再导入</source>
            <translation>{name} 是舊版 Excel 檔案（.xls），請在 Excel 中另存為 .xlsx 或 CSV 後再匯入</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/spreadsheet.py" />
            <source>{name} 不是有效的 Excel（.xlsx）文件</source>
            <translation>{name} 不是有效的 Excel（.xlsx）檔案</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/spreadsheet.py" />
            <source>无法读取 Excel 文件 {name}（{error}）</source>
            <translation>無法讀取 Excel 檔案 {name}（{error}）</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/spreadsheet.py" />
            <source>Excel 文件 {name} 里没有工作表</source>
            <translation>Excel 檔案 {name} 裡沒有工作表</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/spreadsheet.py" />
            <source>Excel 文件里没有名为“{sheet}”的工作表（有：{names}）</source>
            <translation>Excel 檔案裡沒有名為“{sheet}”的工作表（有：{names}）</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/spreadsheet.py" />
            <source>Excel 文件 {name} 的内容无法读取（{error}）</source>
            <translation>Excel 檔案 {name} 的內容無法讀取（{error}）</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/spreadsheet.py" />
            <source>文件 {name} 不是文本表格（CSV）也不是 Excel 文件，无法读取</source>
            <translation>檔案 {name} 不是文字表格（CSV）也不是 Excel 檔案，無法讀取</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/spreadsheet.py" />
            <source>CSV 文件 {name} 格式有误（{error}）</source>
            <translation>CSV 檔案 {name} 格式有誤（{error}）</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/spreadsheet.py" />
            <source>CSV 文件没有工作表，不能选择“{sheet}”</source>
            <translation>CSV 檔案沒有工作表，不能選擇“{sheet}”</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/spreadsheet.py" />
            <source>文件 {name} 里没有数据</source>
            <translation>檔案 {name} 裡沒有資料</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/spreadsheet.py" />
            <source>在文件 {name} 的前 {rows} 行里找不到表头（应有“{example}”等列名）</source>
            <translation>在檔案 {name} 的前 {rows} 行裡找不到表頭（應有“{example}”等列名）</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/staff_import.py" />
            <source>缺少姓名（登录名 {login}）</source>
            <translation>缺少姓名（登入名 {login}）</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/staff_import.py" />
            <source>请填写登录名（姓名 {name}）</source>
            <translation>請填寫登入名（姓名 {name}）</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/staff_import.py" />
            <source>登录名“{login}”不能含空格，最多 64 个字符</source>
            <translation>登入名“{login}”不能含空格，最多 64 個字元</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/staff_import.py" />
            <source>登录名“{login}”在表中重复</source>
            <translation>登入名“{login}”在表中重複</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/staff_import.py" />
            <source>角色“{text}”无法识别（可填：{labels}）</source>
            <translation>角色“{text}”無法識別（可填：{labels}）</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/staff_import.py" />
            <source>未填角色，按{role}导入</source>
            <translation>未填角色，按{role}匯入</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/staff_import.py" />
            <source>角色</source>
            <translation>角色</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/staff_import.py" />
            <source>籍贯过长（最多 64 个字），未导入</source>
            <translation>籍貫過長（最多 64 個字），未匯入</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/staff_import.py" />
            <source>部门名称过长（最多 64 个字），未导入</source>
            <translation>部門名稱過長（最多 64 個字），未匯入</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/staff_import.py" />
            <source>“{text}”无法识别（填 是 或 否），按未独立上岗导入</source>
            <translation>“{text}”無法識別（填 是 或 否），按未獨立上崗匯入</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/staff_import.py" />
            <source>导入工作人员账号</source>
            <translation>匯入工作人員帳號</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/statistics.py" />
            <source>起始月份 {first:%Y-%m} 晚于结束月份 {last:%Y-%m}</source>
            <translation>起始月份 {first:%Y-%m} 晚於結束月份 {last:%Y-%m}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/statistics.py" />
            <source>月份数应至少为 1，收到 {months}</source>
            <translation>月份數應至少為 1，收到 {months}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/structure_command.py" />
            <source>每层户数应是正整数（收到 {value}）</source>
            <translation>每層戶數應是正整數（收到 {value}）</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/structure_command.py" />
            <source>类型应是 {kinds} 之一（收到 {value}）</source>
            <translation>類型應是 {kinds} 之一（收到 {value}）</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/structure_command.py" />
            <source>房号规则应是 floor2 或 floor1（收到 {value}）</source>
            <translation>房號規則應是 floor2 或 floor1（收到 {value}）</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/structure_command.py" />
            <source>请指定操作：desk-app structure generate 或 desk-app structure list</source>
            <translation>請指定操作：desk-app structure generate 或 desk-app structure list</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/structure_command.py" />
            <source>{option}：{error}</source>
            <translation>{option}：{error}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/structure_command.py" />
            <source>预览（未写入）：将新建 {created} 间，已存在 {existing} 间，共 {count} 间；{first} … {last}</source>
            <translation>預覽（未寫入）：將新建 {created} 間，已存在 {existing} 間，共 {count} 間；{first} … {last}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/structure_command.py" />
            <source>已生成：新建 {created} 间，已存在 {existing} 间，共 {count} 间；{first} … {last}</source>
            <translation>已生成：新建 {created} 間，已存在 {existing} 間，共 {count} 間；{first} … {last}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/structure_command.py" />
            <source>还没有楼栋。可用 desk-app structure generate 批量生成。</source>
            <translation>還沒有樓棟。可用 desk-app structure generate 批次生成。</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/structure_command.py" />
            <source>{code}	{name}	{area}	{rooms} 间{voided_rooms}{voided}</source>
            <translation>{code}	{name}	{area}	{rooms} 間{voided_rooms}{voided}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/structure_command.py" />
            <source>（另有 {count} 间已作废）</source>
            <translation>（另有 {count} 間已作廢）</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/structure_command.py" />
            <source>（楼栋已作废）</source>
            <translation>（樓棟已作廢）</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/structure_command.py" />
            <source>共 {buildings} 栋，{rooms} 间在用</source>
            <translation>共 {buildings} 棟，{rooms} 間在用</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/tallies.py" />
            <source>{day:%Y-%m-%d} 尚未到来，不能确认日盘点</source>
            <translation>{day:%Y-%m-%d} 尚未到來，不能確認日盤點</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/tallies.py" />
            <source>确认日盘点</source>
            <translation>確認日盤點</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/tallies.py" />
            <source>回溯天数应至少为 1，收到 {lookback_days}</source>
            <translation>回溯天數應至少為 1，收到 {lookback_days}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/text.py" />
            <source>{what}含有无法保存的控制字符</source>
            <translation>{what}含有無法儲存的控制字元</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/today.py" />
            <source>{status} · {text}</source>
            <translation>{status} · {text}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/today.py" />
            <source>回访 · {description}</source>
            <translation>回訪 · {description}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/today.py" />
            <source>访谈 {target}</source>
            <translation>訪談 {target}</translation>
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
            <translation>維修回訪 · {content}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/typed_dates.py" />
            <source>日期“{text}”无法识别（可写 20261220、2026-12-20、12-20 或 +7 表示 7 个工作日后）</source>
            <translation>日期“{text}”無法識別（可寫 20261220、2026-12-20、12-20 或 +7 表示 7 個工作日後）</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/typed_dates.py" />
            <source>日期“{text}”的年份应在 {first}–{last} 之间</source>
            <translation>日期“{text}”的年份應在 {first}–{last} 之間</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/typed_dates.py" />
            <source>日期“{text}”不存在（{year} 年没有 {month} 月 {day} 日）</source>
            <translation>日期“{text}”不存在（{year} 年沒有 {month} 月 {day} 日）</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/typed_dates.py" />
            <source>“{text}”太远了（最多 +{most}）</source>
            <translation>“{text}”太遠了（最多 +{most}）</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/work_list.py" />
            <source>逾期 {days} 天</source>
            <translation>逾期 {days} 天</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/work_list.py" />
            <source>今天到期</source>
            <translation>今天到期</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/work_list.py" />
            <source>还有 {days} 天</source>
            <translation>還有 {days} 天</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/work_list.py" />
            <source>逾期 {days} 天 {hours} 小时</source>
            <translation>逾期 {days} 天 {hours} 小時</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/work_list.py" />
            <source>还剩 {days} 天 {hours} 小时</source>
            <translation>還剩 {days} 天 {hours} 小時</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/work_list.py" />
            <source>逾期 {hours} 小时 {minutes} 分</source>
            <translation>逾期 {hours} 小時 {minutes} 分</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/work_list.py" />
            <source>还剩 {hours} 小时 {minutes} 分</source>
            <translation>還剩 {hours} 小時 {minutes} 分</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/work_list.py" />
            <source>逾期 {minutes} 分</source>
            <translation>逾期 {minutes} 分</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/work_list.py" />
            <source>还剩 {minutes} 分</source>
            <translation>還剩 {minutes} 分</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/worklog.py" />
            <source>请选择接听人</source>
            <translation>請選擇接聽人</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/worklog.py" />
            <source>找不到在职员工（编号 {staff_id}）</source>
            <translation>找不到在職員工（編號 {staff_id}）</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/worklog.py" />
            <source>{name} 尚未独立上岗，不能登记为来电接听人，请由带教同事接听并登记</source>
            <translation>{name} 尚未獨立上崗，不能登記為來電接聽人，請由帶教同事接聽並登記</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/worklog.py" />
            <source>受理时间 {when:%Y-%m-%d %H:%M} 晚于现在，请检查</source>
            <translation>受理時間 {when:%Y-%m-%d %H:%M} 晚於現在，請檢查</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/worklog.py" />
            <source>来电/来访内容</source>
            <translation>來電/來訪內容</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/worklog.py" />
            <source>找不到员工（编号 {taker_id}）</source>
            <translation>找不到員工（編號 {taker_id}）</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/worklog.py" />
            <source>来电/来访人姓名</source>
            <translation>來電/來訪人姓名</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/worklog.py" />
            <source>找不到留言对象（员工编号 {for_staff_id}）</source>
            <translation>找不到留言對象（員工編號 {for_staff_id}）</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/worklog.py" />
            <source>留言须写明来电人姓名或电话（Who）</source>
            <translation>留言須寫明來電人姓名或電話（Who）</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/worklog.py" />
            <source>留言事项（What）</source>
            <translation>留言事項（What）</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/worklog.py" />
            <source>时间（When）</source>
            <translation>時間（When）</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/worklog.py" />
            <source>地点（Where）</source>
            <translation>地點（Where）</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/worklog.py" />
            <source>来电单位</source>
            <translation>來電單位</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/worklog.py" />
            <source>找不到留言（编号 {entry_id}）</source>
            <translation>找不到留言（編號 {entry_id}）</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/worklog.py" />
            <source>只有留言的收件人本人可以标记为已读</source>
            <translation>只有留言的收件人本人可以標記為已讀</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/worklog.py" />
            <source>找不到工作信息记录（编号 {entry_id}），或已作废</source>
            <translation>找不到工作資訊記錄（編號 {entry_id}），或已作廢</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/worklog.py" />
            <source>办结前请填写处理结果</source>
            <translation>辦結前請填寫處理結果</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/worklog.py" />
            <source>找不到员工（编号 {assigned_staff_id}）</source>
            <translation>找不到員工（編號 {assigned_staff_id}）</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/worklog_command.py" />
            <source>{what}“{typed}”无法识别（可选：{known}）</source>
            <translation>{what}“{typed}”無法識別（可選：{known}）</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/worklog_command.py" />
            <source>该房号下没有名为“{name}”的客户</source>
            <translation>該房號下沒有名為“{name}”的客戶</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/worklog_command.py" />
            <source>{login} 的密码：</source>
            <translation>{login} 的密碼：</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/worklog_command.py" />
            <source>{login} 仍在使用初始密码，请先修改：desk-app password {login}</source>
            <translation>{login} 仍在使用初始密碼，請先修改：desk-app password {login}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/worklog_command.py" />
            <source>指定客户时请同时填写房号</source>
            <translation>指定客戶時請同時填寫房號</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/worklog_command.py" />
            <source>已登记 {entry}</source>
            <translation>已登記 {entry}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/worklog_command.py" />
            <source>已生成投诉处理记录 {number}</source>
            <translation>已生成投訴處理記錄 {number}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/worklog_command.py" />
            <source>已生成派工单 {number}</source>
            <translation>已生成派工單 {number}</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/worklog_command.py" />
            <source>{login} 的原密码：</source>
            <translation>{login} 的原密碼：</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/worklog_command.py" />
            <source>新密码：</source>
            <translation>新密碼：</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/worklog_command.py" />
            <source>{who}（{login}）的密码已修改</source>
            <translation>{who}（{login}）的密碼已修改</translation>
        </message>
        <message>
            <source>找不到收费记录（编号 {fee_id}），或已作废</source>
            <translation type="vanished">找不到收費記錄（編號 {fee_id}），或已作廢</translation>
        </message>
        <message>
            <source>找不到顾客访谈记录（编号 {interview_id}），或已作废</source>
            <translation type="vanished">找不到顧客訪談記錄（編號 {interview_id}），或已作廢</translation>
        </message>
        <message>
            <source>七日内同一客户就同一专业再次投诉，已重新打开，不能关闭</source>
            <translation type="vanished">七日內同一客戶就同一專業再次投訴，已重新開啟，不能關閉</translation>
        </message>
        <message>
            <source>找不到登录名为 {done_by} 的员工</source>
            <translation type="vanished">找不到登入名為 {done_by} 的員工</translation>
        </message>
        <message>
            <source>{wrong}（再错 {left} 次账号将被锁定）</source>
            <translation type="vanished">{wrong}（再錯 {left} 次帳號將被鎖定）</translation>
        </message>
        <message>
            <source>无法打开备份文件 {name}：{error}</source>
            <translation type="vanished">無法開啟備份檔案 {name}：{error}</translation>
        </message>
        <message>
            <source>恢复失败：{error}；当前数据库的副本在 {safety}</source>
            <translation type="vanished">恢復失敗：{error}；當前資料庫的副本在 {safety}</translation>
        </message>
        <message>
            <source>投诉 {number} 不是重大投诉，不单独建立档案（R19）</source>
            <translation type="vanished">投訴 {number} 不是重大投訴，不單獨建立檔案（R19）</translation>
        </message>
        <message>
            <source>客户拒签时须拍照取证或登记到场见证人</source>
            <translation type="vanished">客戶拒簽時須拍照取證或登記到場見證人</translation>
        </message>
        <message>
            <source>错误：{error}</source>
            <translation type="vanished">錯誤：{error}</translation>
        </message>
        <message>
            <source>{number} 的提醒已{by}于 {value} 确认</source>
            <translation type="vanished">{number} 的提醒已{by}於 {value} 確認</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>系统设置</source>
            <translation>系統設定</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>小区与工作时间</source>
            <translation>小區與工作時間</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>小区名称(&amp;M)</source>
            <translation>小區名稱(&amp;M)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>上班时间(&amp;B)</source>
            <translation>上班時間(&amp;B)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>下班时间(&amp;E)</source>
            <translation>下班時間(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>进展告知间隔(&amp;P)</source>
            <translation>進展告知間隔(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>回访期限(&amp;K)</source>
            <translation>回訪期限(&amp;K)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source> 个工作日</source>
            <translation> 個工作日</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>投诉处理期间至少每隔几个工作日告知客户进展（R3）</source>
            <translation>投訴處理期間至少每隔幾個工作日告知客戶進展（R3）</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>验证后几个工作日内完成回访（R6）</source>
            <translation>驗證後幾個工作日內完成回訪（R6）</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>保存设置(&amp;S)</source>
            <translation>儲存設定(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>已保存。已按新设置重算 {count} 宗未结投诉的处理时限。</source>
            <translation>已儲存。已按新設定重算 {count} 宗未結投訴的處理時限。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>数据库中的设置有误，显示的是默认值：{detail}</source>
            <translation>資料庫中的設定有誤，顯示的是預設值：{detail}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>只有系统管理员可以修改设置；当前值班人员只能查看。</source>
            <translation>只有系統管理員可以修改設定；當前值班人員只能檢視。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>节假日调整</source>
            <translation>節假日調整</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>国家法定节假日和调休按日历包自动计算；这里登记需要另行调整的日期（调整后，未结事项的时限自动重算）。</source>
            <translation>國家法定節假日和調休按日曆包自動計算；這裡登記需要另行調整的日期（調整後，未結事項的時限自動重算）。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>注意：{years} 年的节假日安排尚未载入，这些年份只按周一至周五计算工作日。国务院公布安排后，请在下面逐日登记放假和调休上班的日期。</source>
            <translation>注意：{years} 年的節假日安排尚未載入，這些年份只按週一至週五計算工作日。國務院公佈安排後，請在下面逐日登記放假和調休上班的日期。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>{years} 年的节假日安排均已载入。</source>
            <translation>{years} 年的節假日安排均已載入。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>日期</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>安排</source>
            <translation>安排</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>说明</source>
            <translation>說明</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>放假</source>
            <translation>放假</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>上班</source>
            <translation>上班</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>日期(&amp;D)</source>
            <translation>日期(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>安排(&amp;A)</source>
            <translation>安排(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>说明(&amp;N)</source>
            <translation>說明(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>添加(&amp;T)</source>
            <translation>新增(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>删除选中(&amp;R)</source>
            <translation>刪除選中(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>删除节假日调整</source>
            <translation>刪除節假日調整</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>删除 {day} 的调整（{kind}）吗？删除后该日按法定日历计算。</source>
            <translation>刪除 {day} 的調整（{kind}）嗎？刪除後該日按法定日曆計算。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>已登记 {day} 为{kind}；重算了 {count} 宗未结投诉的时限。</source>
            <translation>已登記 {day} 為{kind}；重算了 {count} 宗未結投訴的時限。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>已删除 {day} 的调整；重算了 {count} 宗未结投诉的时限。</source>
            <translation>已刪除 {day} 的調整；重算了 {count} 宗未結投訴的時限。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>数据库连接</source>
            <translation>資料庫連線</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>当前使用：</source>
            <translation>當前使用：</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>下次启动使用：</source>
            <translation>下次啟動使用：</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>（默认：本机数据文件）</source>
            <translation>（預設：本機資料檔案）</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>新的数据库地址(&amp;U)</source>
            <translation>新的資料庫地址(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>例如 postgresql://用户名:密码@服务器:5432/数据库名，或 sqlite:////路径/desk.sqlite3</source>
            <translation>例如 postgresql://使用者名稱:密碼@伺服器:5432/資料庫名，或 sqlite:////路徑/desk.sqlite3</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>测试连接(&amp;C)</source>
            <translation>測試連線(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>保存，下次启动生效(&amp;V)</source>
            <translation>儲存，下次啟動生效(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>恢复默认</source>
            <translation>恢復預設</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>连接成功（{backend}）。</source>
            <translation>連線成功（{backend}）。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>请先填写新的数据库地址。</source>
            <translation>請先填寫新的資料庫地址。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>已保存。新的数据库地址将在下次启动程序时生效；本次仍使用当前数据库。</source>
            <translation>已儲存。新的資料庫地址將在下次啟動程式時生效；本次仍使用當前資料庫。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>已恢复默认，下次启动时使用本机数据文件。</source>
            <translation>已恢復預設，下次啟動時使用本機資料檔案。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>界面语言</source>
            <translation>介面語言</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>界面语言(&amp;L)</source>
            <translation>介面語言(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>只影响本机的当前用户；选择后在下次启动程序时生效。</source>
            <translation>隻影響本機的當前使用者；選擇後在下次啟動程式時生效。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>已保存。下次启动程序时界面使用“{language}”。</source>
            <translation>已儲存。下次啟動程式時介面使用“{language}”。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>无法保存界面语言：{detail}</source>
            <translation>無法儲存介面語言：{detail}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>署名</source>
            <translation>署名</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>通知书、温馨提示和函件的落款。物业服务中心署名留空时使用“小区名称＋物业服务中心”；高空抛物温馨提示由三方联合署名（R14）。</source>
            <translation>通知書、溫馨提示和函件的落款。物業服務中心署名留空時使用“小區名稱＋物業服務中心”；高空拋物溫馨提示由三方聯合署名（R14）。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>地产公司</source>
            <translation>地產公司</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>二类投诉（房屋质量、配套设施）的知会函发给地产公司的客户关系中心（R4）。</source>
            <translation>二類投訴（房屋品質、配套設施）的知會函發給地產公司的客戶關係中心（R4）。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>投诉受理渠道</source>
            <translation>投訴受理渠道</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>项目接管后须及时公布受理顾客投诉的渠道。至少填写投诉电话、传真、电子邮箱或论坛地址中的一项，然后打印公示张贴。</source>
            <translation>項目接管後須及時公佈受理顧客投訴的渠道。至少填寫投訴電話、傳真、電子郵箱或論壇地址中的一項，然後列印公示張貼。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>物业服务中心(&amp;O)</source>
            <translation>物業服務中心(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>居委会/社区工作站(&amp;J)</source>
            <translation>居委會/社區工作站(&amp;J)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>业委会(&amp;Y)</source>
            <translation>業委會(&amp;Y)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>客户关系中心名称(&amp;Z)</source>
            <translation>客戶關係中心名稱(&amp;Z)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>投诉电话(&amp;1)</source>
            <translation>投訴電話(&amp;1)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>传真(&amp;X)</source>
            <translation>傳真(&amp;X)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>电子邮箱(&amp;I)</source>
            <translation>電子郵箱(&amp;I)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>论坛地址(&amp;W)</source>
            <translation>論壇地址(&amp;W)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>邮件投递地址(&amp;Q)</source>
            <translation>郵件投遞地址(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>联系人</source>
            <translation>聯絡人</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>提醒与派工时限</source>
            <translation>提醒與派工時限</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>到期前多久提醒负责人（R23）；已上报的整改通知书多少个工作日无跟进就提醒（R23）；派工单按专业默认几个工作小时内完成（R20，紧急的 1 小时）。留空则用括号中的默认值。</source>
            <translation>到期前多久提醒負責人（R23）；已上報的整改通知書多少個工作日無跟進就提醒（R23）；派工單按專業預設幾個工作小時內完成（R20，緊急的 1 小時）。留空則用括號中的預設值。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>到期前提醒（分钟）(&amp;3)</source>
            <translation>到期前提醒（分鐘）(&amp;3)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>上报后跟进间隔（工作日）(&amp;4)</source>
            <translation>上報後跟進間隔（工作日）(&amp;4)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>派工单完成时限（工作小时）(&amp;5)</source>
            <translation>派工單完成時限（工作小時）(&amp;5)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>留空则为：{value}</source>
            <translation>留空則為：{value}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>保存</source>
            <translation>儲存</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>已保存。</source>
            <translation>已儲存。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>打印公示(&amp;2)…</source>
            <translation>列印公示(&amp;2)…</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" />
            <source>预览并打印《投诉受理渠道公示》（按已保存的渠道）</source>
            <translation>預覽並列印《投訴受理渠道公示》（按已儲存的渠道）</translation>
        </message>
        <message>
            <source>投诉电话(&amp;H)</source>
            <translation type="vanished">投訴電話(&amp;H)</translation>
        </message>
        <message>
            <source>打印公示(&amp;G)…</source>
            <translation type="vanished">列印公示(&amp;G)…</translation>
        </message>
        <message>
            <source>当前使用</source>
            <translation type="vanished">當前使用</translation>
        </message>
        <message>
            <source>下次启动使用</source>
            <translation type="vanished">下次啟動使用</translation>
        </message>
    </context>
    <context>
        <name>SetupChecklist</name>
        <message>
            <location filename="../../desk_app/ui/setup_checklist.py" />
            <source>上线检查清单</source>
            <translation>上線檢查清單</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/setup_checklist.py" />
            <source>新中心开始接待前，请逐项完成下列设置。点“打开”转到相应的屏幕；完成后这里自动打勾。以后可在“帮助 → 上线检查清单”中再次打开。</source>
            <translation>新中心開始接待前，請逐項完成下列設定。點“開啟”轉到相應的畫面；完成後這裡自動打勾。以後可在“幫助 → 上線檢查清單”中再次開啟。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/setup_checklist.py" />
            <source>✓ 已完成</source>
            <translation>✓ 已完成</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/setup_checklist.py" />
            <source>✗ 未完成</source>
            <translation>✗ 未完成</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/setup_checklist.py" />
            <source>打开</source>
            <translation>開啟</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/setup_checklist.py" />
            <source>转到相应的屏幕</source>
            <translation>轉到相應的畫面</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/setup_checklist.py" />
            <source>本版本还没有这个屏幕，请用命令行或稍后版本完成此项</source>
            <translation>本版本還沒有這個畫面，請用命令列或稍後版本完成此項</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/setup_checklist.py" />
            <source>全部完成，可以开始接待登记。</source>
            <translation>全部完成，可以開始接待登記。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/setup_checklist.py" />
            <source>还有 {count} 项未完成。</source>
            <translation>還有 {count} 項未完成。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/setup_checklist.py" />
            <source>不再自动显示(&amp;N)</source>
            <translation>不再自動顯示(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/setup_checklist.py" />
            <source>刷新(&amp;R)</source>
            <translation>重新整理(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/setup_checklist.py" />
            <source>无法读取检查清单：{detail}</source>
            <translation>無法讀取檢查清單：{detail}</translation>
        </message>
    </context>
    <context>
        <name>SignIn</name>
        <message>
            <location filename="../../desk_app/ui/sign_in.py" />
            <source>前台 Desk — 登录</source>
            <translation>前台 Desk — 登入</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/sign_in.py" />
            <source>请输入您的登录名和密码</source>
            <translation>請輸入您的登入名和密碼</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/sign_in.py" />
            <source>登录名(&amp;L)：</source>
            <translation>登入名(&amp;L)：</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/sign_in.py" />
            <source>密码(&amp;P)：</source>
            <translation>密碼(&amp;P)：</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/sign_in.py" />
            <source>登录</source>
            <translation>登入</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/sign_in.py" />
            <source>取消</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/sign_in.py" />
            <source>首次使用：请以登录名 {login}、初始密码 {password} 登录，随后必须设置新密码。</source>
            <translation>首次使用：請以登入名 {login}、初始密碼 {password} 登入，隨後必須設定新密碼。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/sign_in.py" />
            <source>请填写登录名</source>
            <translation>請填寫登入名</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/sign_in.py" />
            <source>修改密码</source>
            <translation>修改密碼</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/sign_in.py" />
            <source>{name}，您正在使用初始密码或管理员重设的密码，请先设置自己的新密码。</source>
            <translation>{name}，您正在使用初始密碼或管理員重設的密碼，請先設定自己的新密碼。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/sign_in.py" />
            <source>{name}，请设置新密码（至少 {length} 个字符）。</source>
            <translation>{name}，請設定新密碼（至少 {length} 個字元）。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/sign_in.py" />
            <source>原密码(&amp;O)：</source>
            <translation>原密碼(&amp;O)：</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/sign_in.py" />
            <source>新密码(&amp;N)：</source>
            <translation>新密碼(&amp;N)：</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/sign_in.py" />
            <source>再输一次(&amp;R)：</source>
            <translation>再輸一次(&amp;R)：</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/sign_in.py" />
            <source>保存新密码</source>
            <translation>儲存新密碼</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/sign_in.py" />
            <source>两次输入的新密码不一致</source>
            <translation>兩次輸入的新密碼不一致</translation>
        </message>
        <message>
            <source>暂时无法连接数据库，请稍后再试（{detail}）</source>
            <translation type="vanished">暫時無法連線資料庫，請稍後再試（{detail}）</translation>
        </message>
    </context>
    <context>
        <name>StaffPage</name>
        <message>
            <location filename="../../desk_app/ui/staff_page.py" />
            <source>员工账号</source>
            <translation>員工帳號</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/staff_page.py" />
            <source>登录名</source>
            <translation>登入名</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/staff_page.py" />
            <source>姓名</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/staff_page.py" />
            <source>角色</source>
            <translation>角色</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/staff_page.py" />
            <source>部门</source>
            <translation>部門</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/staff_page.py" />
            <source>籍贯</source>
            <translation>籍貫</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/staff_page.py" />
            <source>可独立接听</source>
            <translation>可獨立接聽</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/staff_page.py" />
            <source>在用</source>
            <translation>在用</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/staff_page.py" />
            <source>锁定至</source>
            <translation>鎖定至</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/staff_page.py" />
            <source>状态</source>
            <translation>狀態</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/staff_page.py" />
            <source>全部</source>
            <translation>全部</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/staff_page.py" />
            <source>已停用</source>
            <translation>已停用</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/staff_page.py" />
            <source>登录名(&amp;L)</source>
            <translation>登入名(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/staff_page.py" />
            <source>登录时输入，建立后不能修改</source>
            <translation>登入時輸入，建立後不能修改</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/staff_page.py" />
            <source>姓名(&amp;M)</source>
            <translation>姓名(&amp;M)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/staff_page.py" />
            <source>角色(&amp;R)</source>
            <translation>角色(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/staff_page.py" />
            <source>部门(&amp;D)</source>
            <translation>部門(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/staff_page.py" />
            <source>（无）</source>
            <translation>（無）</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/staff_page.py" />
            <source>籍贯(&amp;J)</source>
            <translation>籍貫(&amp;J)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/staff_page.py" />
            <source>电话(&amp;O)</source>
            <translation>電話(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/staff_page.py" />
            <source>可独立接听来电和来访(&amp;A)（已独立上岗）</source>
            <translation>可獨立接聽來電和來訪(&amp;A)（已獨立上崗）</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/staff_page.py" />
            <source>初始密码(&amp;W)</source>
            <translation>初始密碼(&amp;W)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/staff_page.py" />
            <source>再输一次(&amp;Y)</source>
            <translation>再輸一次(&amp;Y)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/staff_page.py" />
            <source>至少 {length} 个字符；本人首次登录时须改为自己的密码</source>
            <translation>至少 {length} 個字元；本人首次登入時須改為自己的密碼</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/staff_page.py" />
            <source>账号状态</source>
            <translation>帳號狀態</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/staff_page.py" />
            <source>密码输错次数过多，锁定至 {when}</source>
            <translation>密碼輸錯次數過多，鎖定至 {when}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/staff_page.py" />
            <source>下次登录须修改密码</source>
            <translation>下次登入須修改密碼</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/staff_page.py" />
            <source>新账号</source>
            <translation>新帳號</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/staff_page.py" />
            <source>两次输入的密码不一致</source>
            <translation>兩次輸入的密碼不一致</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/staff_page.py" />
            <source>重置密码(&amp;P)…</source>
            <translation>重置密碼(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/staff_page.py" />
            <source>给选中的员工设置临时密码（同时解除锁定），本人下次登录时须修改</source>
            <translation>給選中的員工設定臨時密碼（同時解除鎖定），本人下次登入時須修改</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/staff_page.py" />
            <source>重置密码</source>
            <translation>重置密碼</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/staff_page.py" />
            <source>为 {name}（{login}）设置临时密码。本人下次登录时须改为自己的密码。</source>
            <translation>為 {name}（{login}）設定臨時密碼。本人下次登入時須改為自己的密碼。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/staff_page.py" />
            <source>临时密码(&amp;N)</source>
            <translation>臨時密碼(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/staff_page.py" />
            <source>已为 {name} 重置密码，请把临时密码当面告诉本人。</source>
            <translation>已為 {name} 重置密碼，請把臨時密碼當面告訴本人。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/staff_page.py" />
            <source>停用(&amp;T)…</source>
            <translation>停用(&amp;T)…</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/staff_page.py" />
            <source>员工离职：停用后不能再登录，已有记录保留其姓名</source>
            <translation>員工離職：停用後不能再登入，已有記錄保留其姓名</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/staff_page.py" />
            <source>确定停用 {name}（{login}）的账号吗？
停用后不能再登录，已有记录仍保留其姓名。</source>
            <translation>確定停用 {name}（{login}）的帳號嗎？
停用後不能再登入，已有記錄仍保留其姓名。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/staff_page.py" />
            <source>{name} 的账号已停用。</source>
            <translation>{name} 的帳號已停用。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/staff_page.py" />
            <source>启用(&amp;Q)…</source>
            <translation>啟用(&amp;Q)…</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/staff_page.py" />
            <source>重新启用已停用的账号（沿用原密码）</source>
            <translation>重新啟用已停用的帳號（沿用原密碼）</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/staff_page.py" />
            <source>确定重新启用 {name}（{login}）的账号吗？
本人可用原密码登录。</source>
            <translation>確定重新啟用 {name}（{login}）的帳號嗎？
本人可用原密碼登入。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/staff_page.py" />
            <source>{name} 的账号已启用。</source>
            <translation>{name} 的帳號已啟用。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/staff_page.py" />
            <source>解除锁定(&amp;U)</source>
            <translation>解除鎖定(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/staff_page.py" />
            <source>密码连续输错被锁定时，不改密码直接解除锁定</source>
            <translation>密碼連續輸錯被鎖定時，不改密碼直接解除鎖定</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/staff_page.py" />
            <source>{name} 的账号已解除锁定。</source>
            <translation>{name} 的帳號已解除鎖定。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/staff_page.py" />
            <source>请先在列表中选中一个员工账号。</source>
            <translation>請先在列表中選中一個員工帳號。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/staff_page.py" />
            <source>操作未完成：{detail}</source>
            <translation>操作未完成：{detail}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/staff_page.py" />
            <source>只有系统管理员可以管理员工账号。

忘记密码或账号被锁定时，请联系系统管理员。</source>
            <translation>只有系統管理員可以管理員工帳號。

忘記密碼或帳號被鎖定時，請聯絡系統管理員。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/staff_page.py" />
            <source>无法读取员工账号：{detail}</source>
            <translation>無法讀取員工帳號：{detail}</translation>
        </message>
        <message>
            <source>籍贯(&amp;H)</source>
            <translation type="vanished">籍貫(&amp;H)</translation>
        </message>
        <message>
            <source>再输一次(&amp;G)</source>
            <translation type="vanished">再輸一次(&amp;G)</translation>
        </message>
        <message>
            <source>电话(&amp;P)</source>
            <translation type="vanished">電話(&amp;P)</translation>
        </message>
    </context>
    <context>
        <name>StandardRepliesPage</name>
        <message>
            <location filename="../../desk_app/ui/standard_replies_page.py" />
            <source>统一回复口径</source>
            <translation>統一回覆口徑</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/standard_replies_page.py" />
            <source>主题</source>
            <translation>主題</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/standard_replies_page.py" />
            <source>常见问题</source>
            <translation>常見問題</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/standard_replies_page.py" />
            <source>回复口径</source>
            <translation>回覆口徑</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/standard_replies_page.py" />
            <source>主题(&amp;T)</source>
            <translation>主題(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/standard_replies_page.py" />
            <source>常见问题(&amp;Q)</source>
            <translation>常見問題(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/standard_replies_page.py" />
            <source>统一答复(&amp;A)</source>
            <translation>統一答覆(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/standard_replies_page.py" />
            <source>关键词(&amp;K)</source>
            <translation>關鍵詞(&amp;K)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/standard_replies_page.py" />
            <source>查找时也会搜索这些词，用空格分开</source>
            <translation>查詢時也會搜尋這些詞，用空格分開</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/standard_replies_page.py" />
            <source>复制答复(&amp;C)</source>
            <translation>複製答覆(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/standard_replies_page.py" />
            <source>把选中的答复复制到剪贴板（在列表中按回车或 Ctrl+C）</source>
            <translation>把選中的答覆複製到剪貼簿（在列表中按回車或 Ctrl+C）</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/standard_replies_page.py" />
            <source>已复制“{topic}：{question}”的答复，可直接粘贴。</source>
            <translation>已複製“{topic}：{question}”的答覆，可直接貼上。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/standard_replies_page.py" />
            <source>请先在列表中选中一条回复口径。</source>
            <translation>請先在列表中選中一條回覆口徑。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/standard_replies_page.py" />
            <source>新增口径(&amp;N)</source>
            <translation>新增口徑(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/standard_replies_page.py" />
            <source>保存(&amp;S)</source>
            <translation>儲存(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/standard_replies_page.py" />
            <source>导出Excel(&amp;E)</source>
            <translation>匯出Excel(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/standard_replies_page.py" />
            <source>刷新</source>
            <translation>重新整理</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/standard_replies_page.py" />
            <source>回复口径由主管审定；如需修改，请联系主管。</source>
            <translation>回覆口徑由主管審定；如需修改，請聯絡主管。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/standard_replies_page.py" />
            <source>服务禁语（不得使用）</source>
            <translation>服務禁語（不得使用）</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/standard_replies_page.py" />
            <source>宜说：{text}</source>
            <translation>宜說：{text}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/standard_replies_page.py" />
            <source>查找：直接输入关键字 → ↓ 进入列表 → 回车复制答复。</source>
            <translation>查詢：直接輸入關鍵字 → ↓ 進入列表 → 回車複製答覆。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/standard_replies_page.py" />
            <source>删除口径(&amp;D)</source>
            <translation>刪除口徑(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/standard_replies_page.py" />
            <source>删除回复口径</source>
            <translation>刪除回覆口徑</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/standard_replies_page.py" />
            <source>从统一回复口径中删除“{topic}：{question}”吗？（操作日志保留记录）</source>
            <translation>從統一回覆口徑中刪除“{topic}：{question}”嗎？（操作日誌保留記錄）</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/standard_replies_page.py" />
            <source>已删除回复口径“{topic}：{question}”。</source>
            <translation>已刪除回覆口徑“{topic}：{question}”。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/standard_replies_page.py" />
            <source>禁语(&amp;Y)</source>
            <translation>禁語(&amp;Y)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/standard_replies_page.py" />
            <source>宜说(&amp;B)</source>
            <translation>宜說(&amp;B)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/standard_replies_page.py" />
            <source>添加(&amp;J)</source>
            <translation>新增(&amp;J)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/standard_replies_page.py" />
            <source>修改(&amp;U)</source>
            <translation>修改(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/standard_replies_page.py" />
            <source>删除(&amp;X)</source>
            <translation>刪除(&amp;X)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/standard_replies_page.py" />
            <source>已添加禁语“{phrase}”。</source>
            <translation>已新增禁語“{phrase}”。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/standard_replies_page.py" />
            <source>已修改禁语“{phrase}”。</source>
            <translation>已修改禁語“{phrase}”。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/standard_replies_page.py" />
            <source>已删除禁语“{phrase}”。</source>
            <translation>已刪除禁語“{phrase}”。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/standard_replies_page.py" />
            <source>请先在禁语列表中选中一条。</source>
            <translation>請先在禁語列表中選中一條。</translation>
        </message>
        <message>
            <source>修改(&amp;G)</source>
            <translation type="vanished">修改(&amp;G)</translation>
        </message>
    </context>
    <context>
        <name>StructurePage</name>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>小区结构</source>
            <translation>小區結構</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>片区、楼栋和房间。已有记录的房间只能作废，不能删除；作废的房间不能再用于新记录。</source>
            <translation>片區、樓棟和房間。已有記錄的房間只能作廢，不能刪除；作廢的房間不能再用於新記錄。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>新增片区(&amp;A)…</source>
            <translation>新增片區(&amp;A)…</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>新增楼栋(&amp;B)…</source>
            <translation>新增樓棟(&amp;B)…</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>新增房间(&amp;N)…</source>
            <translation>新增房間(&amp;N)…</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>编辑(&amp;E)…</source>
            <translation>編輯(&amp;E)…</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>作废(&amp;V)…</source>
            <translation>作廢(&amp;V)…</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>恢复(&amp;U)</source>
            <translation>恢復(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>删除(&amp;D)…</source>
            <translation>刪除(&amp;D)…</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>批量生成(&amp;P)…</source>
            <translation>批次生成(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>显示已作废(&amp;S)</source>
            <translation>顯示已作廢(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>片区 / 楼栋</source>
            <translation>片區 / 樓棟</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>{name}（{code}）：{rooms} 间在用{voided}</source>
            <translation>{name}（{code}）：{rooms} 間在用{voided}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>，{count} 间已作废</source>
            <translation>，{count} 間已作廢</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>请在左侧选择一栋楼，查看其房间。</source>
            <translation>請在左側選擇一棟樓，檢視其房間。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>{name}（管家：{steward}）</source>
            <translation>{name}（管家：{steward}）</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>{code}  {name}（{rooms} 间）</source>
            <translation>{code}  {name}（{rooms} 間）</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>【已作废】</source>
            <translation>【已作廢】</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>未定</source>
            <translation>未定</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>单元</source>
            <translation>單元</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>房号</source>
            <translation>房號</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>楼层</source>
            <translation>樓層</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>面积(m²)</source>
            <translation>面積(m²)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>类型</source>
            <translation>類型</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>状态</source>
            <translation>狀態</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>在用</source>
            <translation>在用</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>已作废：{reason}</source>
            <translation>已作廢：{reason}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>片区</source>
            <translation>片區</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>片区名称(&amp;M)</source>
            <translation>片區名稱(&amp;M)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>片区管家(&amp;K)</source>
            <translation>片區管家(&amp;K)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>（无）</source>
            <translation>（無）</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>楼栋</source>
            <translation>樓棟</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>楼栋编号(&amp;C)</source>
            <translation>樓棟編號(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>房号的第一段，如 3 或 S1；不能含“-”</source>
            <translation>房號的第一段，如 3 或 S1；不能含“-”</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>名称(&amp;M)</source>
            <translation>名稱(&amp;M)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>不填则为“编号+栋”，如 3栋</source>
            <translation>不填則為“編號+棟”，如 3棟</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>所属片区(&amp;P)</source>
            <translation>所屬片區(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>房间</source>
            <translation>房間</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>单元(&amp;T)</source>
            <translation>單元(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>没有单元的楼（商铺、别墅）不填</source>
            <translation>沒有單元的樓（商鋪、別墅）不填</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>房号(&amp;R)</source>
            <translation>房號(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>楼层(&amp;L)</source>
            <translation>樓層(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>按房号</source>
            <translation>按房號</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>面积 m²(&amp;R)</source>
            <translation>面積 m²(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>未知</source>
            <translation>未知</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>类型(&amp;Y)</source>
            <translation>類型(&amp;Y)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>作废</source>
            <translation>作廢</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>作废{what}。作废后不能再用于新记录，已有记录不受影响。</source>
            <translation>作廢{what}。作廢後不能再用於新記錄，已有記錄不受影響。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>作废原因(&amp;R)</source>
            <translation>作廢原因(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>请填写作废原因</source>
            <translation>請填寫作廢原因</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>确定作废{what}吗？
原因：{reason}</source>
            <translation>確定作廢{what}嗎？
原因：{reason}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>确定作废{what}吗？该楼所有在用的房间也一并作废。
原因：{reason}</source>
            <translation>確定作廢{what}嗎？該樓所有在用的房間也一併作廢。
原因：{reason}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>确定删除{what}吗？
只有没有任何记录引用时才能删除；删除后不能恢复。</source>
            <translation>確定刪除{what}嗎？
只有沒有任何記錄引用時才能刪除；刪除後不能恢復。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>片区“{name}”</source>
            <translation>片區“{name}”</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>楼栋 {code}（{name}）</source>
            <translation>樓棟 {code}（{name}）</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>房间 {code}</source>
            <translation>房間 {code}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>请先选中一个片区、楼栋或房间。</source>
            <translation>請先選中一個片區、樓棟或房間。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>请先在左侧选中要添加房间的楼栋。</source>
            <translation>請先在左側選中要新增房間的樓棟。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>已保存{what}。</source>
            <translation>已儲存{what}。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>已作废{what}。</source>
            <translation>已作廢{what}。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>已恢复{what}。</source>
            <translation>已恢復{what}。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>已删除{what}。</source>
            <translation>已刪除{what}。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>{what}没有作废，无需恢复。</source>
            <translation>{what}沒有作廢，無需恢復。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>批量生成完成：新建 {created} 间，已存在 {existing} 间。</source>
            <translation>批次生成完成：新建 {created} 間，已存在 {existing} 間。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>操作未完成：{detail}</source>
            <translation>操作未完成：{detail}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>只有系统管理员或客服主管可以维护小区结构。</source>
            <translation>只有系統管理員或客服主管可以維護小區結構。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>无法读取小区结构：{detail}</source>
            <translation>無法讀取小區結構：{detail}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>批量生成房间</source>
            <translation>批次生成房間</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>按楼栋 × 单元 × 楼层 × 每层户数生成房间。可写 1-20、1,3,5-7 或 A,B；已有的房间不变。</source>
            <translation>按樓棟 × 單元 × 樓層 × 每層戶數生成房間。可寫 1-20、1,3,5-7 或 A,B；已有的房間不變。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>楼栋(&amp;B)</source>
            <translation>樓棟(&amp;B)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>不填：没有单元（房号如 S1-101）</source>
            <translation>不填：沒有單元（房號如 S1-101）</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>每层户数(&amp;P)</source>
            <translation>每層戶數(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>跳过楼层(&amp;K)</source>
            <translation>跳過樓層(&amp;K)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>如 4,13,14；不跳过则不填</source>
            <translation>如 4,13,14；不跳過則不填</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>房号规则(&amp;R)</source>
            <translation>房號規則(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>楼层 + 两位（1201）</source>
            <translation>樓層 + 兩位（1201）</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>楼层 + 一位（121）</source>
            <translation>樓層 + 一位（121）</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>预览(&amp;V)</source>
            <translation>預覽(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>共 {count} 间：{first} … {last}</source>
            <translation>共 {count} 間：{first} … {last}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>……（另有 {count} 间，未逐一列出）</source>
            <translation>……（另有 {count} 間，未逐一列出）</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>生成(&amp;O)</source>
            <translation>生成(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>确定按此计划生成 {count} 间房吗？
已存在的房间保持不变。</source>
            <translation>確定按此計劃生成 {count} 間房嗎？
已存在的房間保持不變。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/structure_page.py" />
            <source>正在生成房间……</source>
            <translation>正在生成房間……</translation>
        </message>
        <message>
            <source>房号(&amp;H)</source>
            <translation type="vanished">房號(&amp;H)</translation>
        </message>
        <message>
            <source>楼层(&amp;F)</source>
            <translation type="vanished">樓層(&amp;F)</translation>
        </message>
    </context>
    <context>
        <name>TodayPage</name>
        <message>
            <location filename="../../desk_app/ui/today_page.py" />
            <source>今日事项</source>
            <translation>今日事項</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/today_page.py" />
            <source>{name}，截至 {when} 共 {count} 项（回车或双击打开；F5 刷新）</source>
            <translation>{name}，截至 {when} 共 {count} 項（回車或雙擊開啟；F5 重新整理）</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/today_page.py" />
            <source>请先在窗口底部选择值班人员，这里显示他/她今天要办的事。</source>
            <translation>請先在視窗底部選擇值班人員，這裡顯示他/她今天要辦的事。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/today_page.py" />
            <source>读取今日事项失败：{detail}</source>
            <translation>讀取今日事項失敗：{detail}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/today_page.py" />
            <source>通知（{count}，未读 {unread}；Ctrl+D 标为已办）</source>
            <translation>通知（{count}，未讀 {unread}；Ctrl+D 標為已辦）</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/today_page.py" />
            <source>● {title}</source>
            <translation>● {title}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/today_page.py" />
            <source>标为已办(&amp;D)</source>
            <translation>標為已辦(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/today_page.py" />
            <source>我负责的未结投诉（{count}）</source>
            <translation>我負責的未結投訴（{count}）</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/today_page.py" />
            <source>给我的留言（{count}）</source>
            <translation>給我的留言（{count}）</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/today_page.py" />
            <source>今天到期及逾期的回访（{count}）</source>
            <translation>今天到期及逾期的回訪（{count}）</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/today_page.py" />
            <source>待完成的访谈计划（{count}）</source>
            <translation>待完成的訪談計劃（{count}）</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/today_page.py" />
            <source>答应客户的答复和预约（今天到期及逾期，{count}）</source>
            <translation>答應客戶的答覆和預約（今天到期及逾期，{count}）</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/today_page.py" />
            <source>今天要检查的温馨提示和派工单（{count}）</source>
            <translation>今天要檢查的溫馨提示和派工單（{count}）</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/today_page.py" />
            <source>（无）</source>
            <translation>（無）</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/today_page.py" />
            <source>已逾期</source>
            <translation>已逾期</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/today_page.py" />
            <source>编号</source>
            <translation>編號</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/today_page.py" />
            <source>事项</source>
            <translation>事項</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/today_page.py" />
            <source>时限</source>
            <translation>時限</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/today_page.py" />
            <source>刷新</source>
            <translation>重新整理</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/today_page.py" />
            <source>值班人员</source>
            <translation>值班人員</translation>
        </message>
    </context>
    <context>
        <name>UnexpectedError</name>
        <message>
            <location filename="../../desk_app/ui/unexpected_error.py" />
            <source>前台 Desk — 出错了</source>
            <translation>前台 Desk — 出錯了</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/unexpected_error.py" />
            <source>程序遇到意外错误……刚才的操作可能没有完成，请核对后再试一次。</source>
            <translation>程式遇到意外錯誤……剛才的操作可能沒有完成，請核對後再試一次。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/unexpected_error.py" />
            <source>程序没有关闭，您可以继续工作。如果问题反复出现，请把下面的日志文件发给系统管理员：
{log_path}</source>
            <translation>程式沒有關閉，您可以繼續工作。如果問題反覆出現，請把下面的日誌檔案發給系統管理員：
{log_path}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/unexpected_error.py" />
            <source>前台 Desk：程序遇到意外错误，详细记录见日志文件 {log_path}</source>
            <translation>前台 Desk：程式遇到意外錯誤，詳細記錄見日誌檔案 {log_path}</translation>
        </message>
    </context>
    <context>
        <name>VisitorsPage</name>
        <message>
            <location filename="../../desk_app/ui/visitors_page.py" />
            <source>访客登记</source>
            <translation>訪客登記</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/visitors_page.py" />
            <source>来访人(&amp;W)</source>
            <translation>來訪人(&amp;W)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/visitors_page.py" />
            <source>来访人电话(&amp;P)</source>
            <translation>來訪人電話(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/visitors_page.py" />
            <source>证件(&amp;I)</source>
            <translation>證件(&amp;I)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/visitors_page.py" />
            <source>人数(&amp;C)</source>
            <translation>人數(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/visitors_page.py" />
            <source>被访房号(&amp;R)</source>
            <translation>被訪房號(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/visitors_page.py" />
            <source>如 3-2-1201</source>
            <translation>如 3-2-1201</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/visitors_page.py" />
            <source>被访人(&amp;B)</source>
            <translation>被訪人(&amp;B)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/visitors_page.py" />
            <source>来访事由(&amp;U)</source>
            <translation>來訪事由(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/visitors_page.py" />
            <source>已联系被访人(&amp;K)</source>
            <translation>已聯絡被訪人(&amp;K)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/visitors_page.py" />
            <source>被访人意见(&amp;J)</source>
            <translation>被訪人意見(&amp;J)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/visitors_page.py" />
            <source>尚未答复</source>
            <translation>尚未答覆</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/visitors_page.py" />
            <source>同意来访</source>
            <translation>同意來訪</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/visitors_page.py" />
            <source>不同意来访</source>
            <translation>不同意來訪</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/visitors_page.py" />
            <source>到达时间(&amp;A)</source>
            <translation>到達時間(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/visitors_page.py" />
            <source>离开(&amp;L)</source>
            <translation>離開(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/visitors_page.py" />
            <source>被访人同意(&amp;Y)</source>
            <translation>被訪人同意(&amp;Y)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/visitors_page.py" />
            <source>被访人不同意(&amp;O)</source>
            <translation>被訪人不同意(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/visitors_page.py" />
            <source>离开时间：{when}</source>
            <translation>離開時間：{when}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/visitors_page.py" />
            <source>访客尚未离开</source>
            <translation>訪客尚未離開</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/visitors_page.py" />
            <source>已登记离开。</source>
            <translation>已登記離開。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/visitors_page.py" />
            <source>已登记被访人意见。</source>
            <translation>已登記被訪人意見。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/visitors_page.py" />
            <source>编号</source>
            <translation>編號</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/visitors_page.py" />
            <source>来访人</source>
            <translation>來訪人</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/visitors_page.py" />
            <source>被访房号</source>
            <translation>被訪房號</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/visitors_page.py" />
            <source>被访人</source>
            <translation>被訪人</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/visitors_page.py" />
            <source>同意</source>
            <translation>同意</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/visitors_page.py" />
            <source>到达时间</source>
            <translation>到達時間</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/visitors_page.py" />
            <source>离开时间</source>
            <translation>離開時間</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/visitors_page.py" />
            <source>状态</source>
            <translation>狀態</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/visitors_page.py" />
            <source>全部</source>
            <translation>全部</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/visitors_page.py" />
            <source>未离开</source>
            <translation>未離開</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/visitors_page.py" />
            <source>已离开</source>
            <translation>已離開</translation>
        </message>
        <message>
            <source>来访人(&amp;V)</source>
            <translation type="vanished">來訪人(&amp;V)</translation>
        </message>
        <message>
            <source>被访人(&amp;H)</source>
            <translation type="vanished">被訪人(&amp;H)</translation>
        </message>
        <message>
            <source>被访人意见(&amp;G)</source>
            <translation type="vanished">被訪人意見(&amp;G)</translation>
        </message>
    </context>
    <context>
        <name>WorklogPage</name>
        <message>
            <location filename="../../desk_app/ui/worklog_page.py" />
            <source>工作信息记录表</source>
            <translation>工作資訊記錄表</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/worklog_page.py" />
            <source>新记录（F2）</source>
            <translation>新記錄（F2）</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/worklog_page.py" />
            <source>编号 {number}</source>
            <translation>編號 {number}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/worklog_page.py" />
            <source>受理时间(&amp;T)</source>
            <translation>受理時間(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/worklog_page.py" />
            <source>渠道(&amp;Q)</source>
            <translation>渠道(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/worklog_page.py" />
            <source>客户/房号(&amp;K)</source>
            <translation>客戶/房號(&amp;K)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/worklog_page.py" />
            <source>来电/来访人(&amp;R)</source>
            <translation>來電/來訪人(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/worklog_page.py" />
            <source>联系电话(&amp;P)</source>
            <translation>聯絡電話(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/worklog_page.py" />
            <source>类别(&amp;L)</source>
            <translation>類別(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/worklog_page.py" />
            <source>内容(&amp;C)</source>
            <translation>內容(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/worklog_page.py" />
            <source>来电、来访的具体内容（Tab 键离开此框）</source>
            <translation>來電、來訪的具體內容（Tab 鍵離開此框）</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/worklog_page.py" />
            <source>接听/接待人(&amp;J)</source>
            <translation>接聽/接待人(&amp;J)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/worklog_page.py" />
            <source>指派人员(&amp;Z)</source>
            <translation>指派人員(&amp;Z)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/worklog_page.py" />
            <source>指派部门(&amp;B)</source>
            <translation>指派部門(&amp;B)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/worklog_page.py" />
            <source>（无）</source>
            <translation>（無）</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/worklog_page.py" />
            <source>转达留言（5W1H，同事不在时）(&amp;M)</source>
            <translation>轉達留言（5W1H，同事不在時）(&amp;M)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/worklog_page.py" />
            <source>留言给(&amp;O)</source>
            <translation>留言給(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/worklog_page.py" />
            <source>何时 When(&amp;1)</source>
            <translation>何時 When(&amp;1)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/worklog_page.py" />
            <source>何地 Where(&amp;2)</source>
            <translation>何地 Where(&amp;2)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/worklog_page.py" />
            <source>何事 What(&amp;3)</source>
            <translation>何事 What(&amp;3)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/worklog_page.py" />
            <source>为何 Why(&amp;4)</source>
            <translation>為何 Why(&amp;4)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/worklog_page.py" />
            <source>如何 How(&amp;5)</source>
            <translation>如何 How(&amp;5)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/worklog_page.py" />
            <source>来电单位(&amp;6)</source>
            <translation>來電單位(&amp;6)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/worklog_page.py" />
            <source>需要回复(&amp;7)</source>
            <translation>需要回覆(&amp;7)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/worklog_page.py" />
            <source>何人 Who：填在上面的“来电/来访人”和“联系电话”</source>
            <translation>何人 Who：填在上面的“來電/來訪人”和“聯絡電話”</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/worklog_page.py" />
            <source>处理结果(&amp;A)</source>
            <translation>處理結果(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/worklog_page.py" />
            <source>约定答复时间(&amp;D)</source>
            <translation>約定答覆時間(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/worklog_page.py" />
            <source>答复人</source>
            <translation>答覆人</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/worklog_page.py" />
            <source>已答复(&amp;8)</source>
            <translation>已答覆(&amp;8)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/worklog_page.py" />
            <source>状态(&amp;X)</source>
            <translation>狀態(&amp;X)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/worklog_page.py" />
            <source>媒体来电/来访：一律不接受电话采访；请记下媒体名称、记者和采访主题。保存后将立即提醒主管（R17）。</source>
            <translation>媒體來電/來訪：一律不接受電話採訪；請記下媒體名稱、記者和採訪主題。儲存後將立即提醒主管（R17）。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/worklog_page.py" />
            <source>媒体来电/来访</source>
            <translation>媒體來電/來訪</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/worklog_page.py" />
            <source>已登记 {number}，并已在主管看板上发出媒体提醒（R17）。

请立即电话通知主管；不接受电话采访，来访记者请先核验证件。</source>
            <translation>已登記 {number}，並已在主管看板上發出媒體提醒（R17）。

請立即電話通知主管；不接受電話採訪，來訪記者請先核驗證件。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/worklog_page.py" />
            <source>已保存 {number}。</source>
            <translation>已儲存 {number}。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/worklog_page.py" />
            <source>已保存 {number}，并生成投诉处理记录 {complaint}（首次回应时限 {due}）。</source>
            <translation>已儲存 {number}，並生成投訴處理記錄 {complaint}（首次回應時限 {due}）。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/worklog_page.py" />
            <source>已保存 {number}，并生成派工单 {slip}，请按 Ctrl+P 打印交维修人员。</source>
            <translation>已儲存 {number}，並生成派工單 {slip}，請按 Ctrl+P 列印交維修人員。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/worklog_page.py" />
            <source>已保存 {number}，留言已送到 {recipient} 的留言箱。</source>
            <translation>已儲存 {number}，留言已送到 {recipient} 的留言箱。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/worklog_page.py" />
            <source>关联：{links}</source>
            <translation>關聯：{links}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/worklog_page.py" />
            <source>投诉 {number}</source>
            <translation>投訴 {number}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/worklog_page.py" />
            <source>派工单 {number}</source>
            <translation>派工單 {number}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/worklog_page.py" />
            <source>（{state}）</source>
            <translation>（{state}）</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/worklog_page.py" />
            <source>打印派工单（Ctrl+P）</source>
            <translation>列印派工單（Ctrl+P）</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/worklog_page.py" />
            <source>处理结果：{result}</source>
            <translation>處理結果：{result}</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/worklog_page.py" />
            <source>状态随关联的投诉/派工单自动更新</source>
            <translation>狀態隨關聯的投訴/派工單自動更新</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/worklog_page.py" />
            <source>已登记的来电/来访内容不能修改；可更新指派、处理结果和状态。</source>
            <translation>已登記的來電/來訪內容不能修改；可更新指派、處理結果和狀態。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/worklog_page.py" />
            <source>编号</source>
            <translation>編號</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/worklog_page.py" />
            <source>受理时间</source>
            <translation>受理時間</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/worklog_page.py" />
            <source>渠道</source>
            <translation>渠道</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/worklog_page.py" />
            <source>类别</source>
            <translation>類別</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/worklog_page.py" />
            <source>房号</source>
            <translation>房號</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/worklog_page.py" />
            <source>来电/来访人</source>
            <translation>來電/來訪人</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/worklog_page.py" />
            <source>内容</source>
            <translation>內容</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/worklog_page.py" />
            <source>状态</source>
            <translation>狀態</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/worklog_page.py" />
            <source>时间</source>
            <translation>時間</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/worklog_page.py" />
            <source>全部</source>
            <translation>全部</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/worklog_page.py" />
            <source>今天</source>
            <translation>今天</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/worklog_page.py" />
            <source>本周</source>
            <translation>本週</translation>
        </message>
        <message>
            <source>请选择类别（按数字键 1–7）</source>
            <translation type="vanished">請選擇類別（按數字鍵 1–7）</translation>
        </message>
        <message>
            <source>请选择留言给哪位同事</source>
            <translation type="vanished">請選擇留言給哪位同事</translation>
        </message>
        <message>
            <source>受理时间无效，请重新填写</source>
            <translation type="vanished">受理時間無效，請重新填寫</translation>
        </message>
        <message>
            <source>约定答复时间(&amp;Y)</source>
            <translation type="vanished">約定答覆時間(&amp;Y)</translation>
        </message>
        <message>
            <source>已保存 {number}，并生成派工单 {slip}，请打印交维修人员。</source>
            <translation type="vanished">已儲存 {number}，並生成派工單 {slip}，請列印交維修人員。</translation>
        </message>
    </context>
</TS>
