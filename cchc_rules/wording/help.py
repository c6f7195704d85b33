"""The help texts of the commands and options in English, keyed by the Vietnamese text the code
carries (cli.py, cli_options.py, cli_policy.py, cli_index766.py, service/cli.py). `cli_help.HelpContext` shows these
with `--lang en` / CCHC_LANG=en; a test checks that every help text of every command has one.
"""

from __future__ import annotations

HELP_EN: dict[str, str] = {
    "cchc-rules: kế hoạch cải cách hành chính dưới dạng quy tắc (rules-as-code).":
        "cchc-rules: an administrative reform plan as rules (rules-as-code).",
    "Kiểm tra bộ quy tắc; liệt kê mọi lỗi kèm tệp:dòng:cột và cách sửa.":
        "Validate a rule pack; list every problem with file:line:column and how to fix it.",
    "Thư mục bộ quy tắc (mặc định: bộ Trường Xuân đi kèm).": "Rule pack folder (default: the bundled Trường Xuân pack).",
    "Ngôn ngữ thông báo: vi (mặc định) hoặc en.": "Language of the messages: vi (default) or en.",
    "Liệt kê cơ quan, chỉ tiêu, nhiệm vụ hoặc chế độ báo cáo của bộ quy tắc.":
        "List the agencies, targets, tasks or reporting duties of the rule pack.",
    "agencies | targets | tasks | reporting": "agencies | targets | tasks | reporting",
    "table hoặc json": "table or json",
    "Kiểm tra một quý: vi phạm, cơ quan chậm trễ, báo cáo giải trình phải nộp.":
        "Check a quarter: violations, lagging agencies, explanations owed.",
    "Quý cần kiểm tra, ví dụ \"Quý II/2026\" hoặc 2026-Q2.": "Quarter to check, e.g. 2026-Q2 or \"Quý II/2026\".",
    "Mã đơn vị hành chính (5 chữ số).": "Administrative unit code (5 digits).",
    "Thư mục số liệu của đơn vị, mỗi quý một thư mục con 2026-Q1 … (mặc định: số liệu Trường Xuân đi kèm).":
        "The unit's data folder, one sub-folder per quarter 2026-Q1 … (default: the bundled Trường Xuân data).",
    "Ngày xét (dd/mm/yyyy hoặc yyyy-mm-dd); mặc định: hạn báo cáo của kỳ.":
        "Day judged (dd/mm/yyyy or yyyy-mm-dd); default: the period's report due date.",
    "table, json, xlsx (sổ tính) hoặc html (báo cáo in được)":
        "table, json, xlsx (workbook) or html (printable report)",
    "Ghi kết quả vào tệp này.": "Write the result to this file.",
    "Tự đánh giá, chấm điểm Chỉ số CCHC năm: điểm từng tiêu chí, tổng, xếp loại, tài liệu kiểm chứng.":
        "The annual PAR INDEX self-assessment: points per criterion, total, classification, evidence.",
    "Năm tự đánh giá, ví dụ 2026.": "Year assessed, e.g. 2026.",
    "table, json, xlsx hoặc html": "table, json, xlsx or html",
    "Giải thích một phát hiện (quy tắc, điều khoản, dữ kiện tệp:dòng, phép so sánh) hoặc một tiêu chí.":
        "Explain a finding (rule, clause, facts file:row, comparison) or a criterion.",
    "Mã phát hiện (2026-Q2/task-overdue/2.0.2026, cùng --period), mã tiêu chí (3.4, cùng --year) "
    "hoặc mã chỉ số 766 (DOSSIER_ON_TIME, cùng --period, --unit)":
        "Finding id (2026-Q2/task-overdue/2.0.2026, with --period), criterion id (3.4, with --year) "
        "or 766 indicator code (DOSSIER_ON_TIME, with --period, --unit)",
    "Quý của phát hiện, ví dụ \"Quý II/2026\" hoặc 2026-Q2; kỳ của chỉ số 766.":
        "Quarter of the finding, e.g. 2026-Q2; the period of a 766 indicator.",
    "Năm của tiêu chí chấm điểm.": "Year of the scored criterion.",
    "Lập biểu mẫu Excel cho từng cơ quan: nhiệm vụ, chỉ tiêu, báo cáo phải nộp trong kỳ; điền xong nạp lại được.":
        "Make an Excel template per agency: tasks, targets, reports due in the period; filled in, it loads back.",
    "Thư mục ghi biểu mẫu (tạo nếu chưa có).": "Folder for the templates (created if missing).",
    "Chỉ lập biểu mẫu cho cơ quan này (mã, ví dụ VHXH).": "Only this agency's template (its code, e.g. VHXH).",
    "Danh mục quy tắc: mọi nhiệm vụ, chỉ tiêu, chế độ báo cáo, kiểm tra riêng, tiêu chí chấm điểm kèm điều khoản.":
        "Rule catalogue: every task, target, reporting duty, custom check and scoring criterion with its clause.",
    "Ghi danh mục vào tệp này (.html: trang in được; .md hoặc khác: Markdown).":
        "Write the catalogue to this file (.html: a printable page; .md or other: Markdown).",
    "Đánh giá và chấm điểm nhiều đơn vị một lượt, xếp hạng (Sở Nội vụ so sánh các xã, phường).":
        "Evaluate and score many units at once and rank them (the Department of Home Affairs compares communes).",
    "Năm đánh giá, ví dụ 2026.": "Year assessed, e.g. 2026.",
    "Thư mục chứa mỗi đơn vị một thư mục con (tên bắt đầu bằng mã đơn vị, ví dụ 31294-xa-truong-xuan).":
        "Folder with one sub-folder per unit (named from the unit code, e.g. 31294-xa-truong-xuan).",
    "Quý dùng cho cơ quan chậm trễ (mặc định: quý cuối có số liệu).":
        "Quarter for the lagging agencies (default: the last quarter with data).",
    "Số tiến trình song song (mặc định: số lõi).": "Parallel processes (default: the number of cores).",
    "JSON Schema của các tệp quy tắc (cho trình soạn thảo), hoặc của kết quả JSON (--outputs).":
        "JSON Schema of the rules files (for editors), or of the JSON results (--outputs).",
    "plan | tasks | targets | reporting (bỏ trống: cả bốn)": "plan | tasks | targets | reporting (empty: all four)",
    "Ghi <tên>.schema.json vào thư mục này.": "Write <name>.schema.json into this folder.",
    "JSON Schema của tài liệu JSON mà công cụ ghi ra: quarter-report, year-report, batch.":
        "JSON Schema of the JSON documents the tool writes: quarter-report, year-report, batch.",
    "So sánh hai phiên bản bộ quy tắc: sửa đổi và ảnh hưởng trên số liệu.":
        "Compare two versions of a rule pack: the edits and their effect on the data.",
    "Thư mục bộ quy tắc cũ.": "Old rule pack folder.",
    "Thư mục bộ quy tắc mới.": "New rule pack folder.",
    "Số liệu để xem ảnh hưởng (một đơn vị, hoặc thư mục nhiều đơn vị).":
        "Data to see the effect on (one unit, or a folder of many units).",
    "Chỉ xét quý này, ví dụ 2026-Q2.": "Only this quarter, e.g. 2026-Q2.",
    "Chỉ xét năm này (điểm và các quý).": "Only this year (points and quarters).",
    "table, json hoặc html": "table, json or html",
    "Chạy các kịch bản của bộ quy tắc (thư mục tests/) và báo độ phủ quy tắc.":
        "Run the rule pack's scenarios (its tests/ folder) and report rule coverage.",
    "Không đạt (mã 1) khi còn quy tắc chưa có kịch bản nào kiểm tra.": "Fail (exit 1) when a rule has no scenario.",
    "Bộ chỉ số 766 (Cổng DVCQG) từ số liệu hồ sơ: điểm từng nhóm, chỉ số, tổng, mức màu, xếp hạng.":
        "The 766 index (National Public Service Portal) from dossier data: groups, indicators, total, band, rank.",
    "Kỳ dương lịch: 2026, 2026-Q3 hoặc 2026-07.": "Calendar period: 2026, 2026-Q3 or 2026-07.",
    "Mã đơn vị; bỏ trống = mọi đơn vị, xếp hạng.": "Unit code; empty = every unit, ranked.",
    "Thư mục metric_counts*.csv (mặc định: số liệu kèm theo, chi-so-766/).":
        "Folder of metric_counts*.csv (default: the bundled data, chi-so-766/).",
    "Mã bộ chỉ số khi năm có nhiều bộ.": "Rubric id when the year has several.",
    "Mã tỉnh cho chỉ số kế thừa (mặc định: của kế hoạch).": "Province code for inherited indicators (default: the plan's).",
    "Giải thích cách tính một chỉ số, ví dụ PAYMENT_FORMALITY_PAID.":
        "Explain how one indicator is computed, e.g. PAYMENT_FORMALITY_PAID.",
    # the web service (cli_service.py) and 766 explain
    'Giải thích một phát hiện, một tiêu chí, hoặc một chỉ số 766 (phép tính, hồ sơ được tính/không, tệp:dòng).':
        'Explain a finding, a criterion or a 766 indicator (the arithmetic, dossiers counted and not, file:row).',
    'Mã đơn vị của chỉ số 766.':
        'Unit code of the 766 indicator.',
    'Chạy dịch vụ web.':
        'Run the web service.',
    'Thư mục dữ liệu của dịch vụ (CSDL SQLite, tệp tải lên).':
        "The service's data folder (SQLite database, uploaded files).",
    'URL PostgreSQL, ví dụ postgresql://user@host/db (mặc định: SQLite trong thư mục dữ liệu).':
        'PostgreSQL URL, e.g. postgresql://user@host/db (default: SQLite in the data folder).',
    'Nạp sẵn Kế hoạch và số liệu mẫu cho đơn vị mẫu và tài khoản mẫu.':
        'Preload the bundled plan and data for a demo unit, with demo accounts.',
    'Số luồng xử lý yêu cầu.':
        'Number of threads serving requests.',
    'Tài khoản người dùng của dịch vụ.':
        "The service's user accounts.",
    'Tạo tài khoản (cả tài khoản quản trị đầu tiên). Mật khẩu đọc từ CCHC_PASSWORD hoặc hỏi khi chạy.':
        'Create an account (the first admin included). The password is read from CCHC_PASSWORD or asked for.',
    'Tên đăng nhập':
        'User name',
    'admin | appraiser | office | agency | policy':
        'admin | appraiser | office | agency | policy',
    'Mã đơn vị':
        'Unit code',
    'Mã cơ quan (vai trò agency)':
        'Agency code (agency role)',
    'Mã tỉnh, thành phố (vai trò appraiser)':
        'Province or city code (appraiser role)',
    'Đơn vị (xã, phường) của dịch vụ.':
        "The service's units (communes, wards).",
    'Thêm đơn vị theo bộ quy tắc của nó (plan.yaml ghi mã, tên đơn vị).':
        "Add a unit from its rule pack (plan.yaml gives the unit's code and name).",
    'Thư mục bộ quy tắc (mặc định: bộ quy tắc kèm theo)':
        'Rule pack folder (default: the bundled pack)',
    'Thư mục số liệu các quý nạp sẵn':
        "Folder of the quarters' data to preload",
}
