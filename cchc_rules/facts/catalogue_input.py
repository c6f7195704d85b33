"""Wording of problems with hostile or damaged input: odd files, Excel quirks, hidden characters,
rows that disagree (part of FACTS_CATALOGUE).

Entries as in `catalogue.py`: code → ((vi message, vi hint), (en message, en hint)).
"""

from __future__ import annotations

_Entry = tuple[tuple[str, str], tuple[str, str]]

INPUT: dict[str, _Entry] = {
    "fact_json_too_deep": (
        ("mục bắt đầu ở dòng này lồng nhau quá sâu (danh sách hoặc nhóm trường lồng trong nhau "
         "hàng nghìn tầng) nên tệp không đọc được",
         "Tệp số liệu là một danh sách các mục phẳng, mỗi mục một nhóm trường tên: giá trị, ví dụ "
         "[{{\"ref\": \"PAKN-2026-001\", \"agency\": \"VP\"}}]. Kiểm tra phần mềm đã tạo tệp."),
        ("the item starting on this line is nested too deep (lists or objects inside one another "
         "thousands of levels deep), so the file cannot be read",
         "A data file is a list of flat items, each an object of name: value, e.g. "
         "[{{\"ref\": \"PAKN-2026-001\", \"agency\": \"VP\"}}]. Check the program that wrote it."),
    ),
    "fact_completed_after_as_of": (
        ("cảnh báo: nhiệm vụ {task} có ngày hoàn thành {date}, sau ngày xét {as_of}",
         "Kiểm tra lại ngày hoàn thành (có thể gõ nhầm ngày, tháng hoặc năm); nếu ngày đúng, chạy "
         "lại với --as-of từ ngày {date} trở đi."),
        ("warning: task {task} was completed on {date}, after the day being judged ({as_of})",
         "Check the completion date (the day, month or year may be mistyped); if it is right, "
         "run again with --as-of {date} or later."),
    ),
    "fact_percent_fraction": (
        ("cảnh báo: tỷ lệ {value}% nhỏ hơn 1%; có thể đây là phân số (viết {value} thay cho {scaled}%)",
         "Nếu ý bạn là {scaled}%, ghi {scaled}. Nếu tỷ lệ đúng là {value}%, bỏ qua cảnh báo này."),
        ("warning: {value}% is below 1%; it may be a fraction ({value} written for {scaled}%)",
         "If you mean {scaled}%, write {scaled}. If the rate really is {value}%, ignore this warning."),
    ),
    "fact_odd_character": (
        ("'{found}' có ký tự ẩn hoặc ký tự trông giống chữ, số thường nhưng là ký tự khác: {chars} "
         "(vị trí {positions})",
         "{guess}Xóa ô và gõ lại bằng bàn phím, không dán từ văn bản, trang web hay tin nhắn khác; "
         "mã và số hiệu chỉ dùng chữ Latinh và chữ số thường."),
        ("'{found}' holds hidden characters or characters that look like ordinary letters or "
         "digits but are not: {chars} (position {positions})",
         "{guess}Clear the cell and type it again, rather than pasting it from a document, web page "
         "or message; codes and ids use plain Latin letters and digits only."),
    ),
    "fact_csv_cell_too_long": (
        ("ô {cell} dài quá {limit} ký tự nên tệp không đọc được",
         "Kiểm tra ô này: thường là một dấu nháy kép (\") mở mà không đóng làm nhiều dòng dồn "
         "vào một ô. Sửa dấu nháy kép, hoặc rút gọn nội dung và để văn bản dài ở tệp riêng."),
        ("cell {cell} is longer than {limit} characters, so the file cannot be read",
         "Check this cell: usually a double quote (\") opened and never closed runs many lines "
         "into one cell. Fix the quote, or shorten the text and keep long documents elsewhere."),
    ),
    "fact_xlsx_declared_size": (
        ("cảnh báo: trang tính tự khai báo vùng dữ liệu {declared} nhưng có dữ liệu trong vùng "
         "{actual}; đã đọc mọi ô thực có ({rows} dòng số liệu)",
         "Tệp thường do một phần mềm khác Excel tạo ra. Kiểm tra số dòng đã đọc; mở tệp bằng "
         "Excel và lưu lại để sửa phần khai báo."),
        ("warning: the sheet declares its data as {declared} but holds data in {actual}; every "
         "real cell was read ({rows} data rows)",
         "The file was probably written by a program other than Excel. Check the number of rows "
         "read; open the file in Excel and save it to correct the declaration."),
    ),
    "fact_hidden_sheet": (
        ("cảnh báo: trang tính '{sheet}' đang bị ẩn nhưng {count} dòng số liệu của nó vẫn được đọc",
         "Bỏ ẩn trang tính (nhấp chuột phải vào tên trang tính, chọn Bỏ ẩn) và kiểm tra các dòng "
         "này; nếu không phải số liệu cần báo cáo, xóa trang tính."),
        ("warning: sheet '{sheet}' is hidden, but its {count} data rows are read",
         "Unhide the sheet (right-click a sheet tab, Unhide) and check these rows; if they are not "
         "data to report, delete the sheet."),
    ),
    "fact_xlsx_text_percent": (
        ("cảnh báo: ô có định dạng '{format}', trong đó dấu % chỉ là chữ; đã đọc {value} như ô "
         "hiển thị, không nhân 100",
         "Nếu ý bạn là {scaled}%, ghi {scaled} hoặc dùng định dạng phần trăm của Excel (0%, 0.0%)."),
        ("warning: the cell's format is '{format}', whose % is only text; read as {value}, as the "
         "cell shows it, not multiplied by 100",
         "If you mean {scaled}%, write {scaled} or use an Excel percent format (0%, 0.0%)."),
    ),
    "fact_formula_no_value": (
        ("ô là công thức {formula} nhưng tệp không lưu giá trị của công thức nên không đọc được",
         "Tệp được lưu mà không tính công thức (thường do phần mềm khác Excel tạo ra). Mở tệp bằng "
         "Excel rồi lưu lại để lưu giá trị, hoặc ghi giá trị vào ô thay cho công thức."),
        ("the cell is the formula {formula}, but the file holds no saved value for it, so it "
         "cannot be read",
         "The file was saved without calculating its formulas (usually by a program other than "
         "Excel). Open it in Excel and save it to store the values, or type the value instead."),
    ),
    "fact_broken_link": (
        ("'{name}' là liên kết (symlink) tới một tệp không tồn tại nên không đọc được",
         "Chép tệp số liệu thật vào thư mục này thay cho liên kết, hoặc xóa liên kết."),
        ("'{name}' is a link (symlink) to a file that does not exist, so it cannot be read",
         "Copy the real data file into this folder in place of the link, or delete the link."),
    ),
    "fact_link_outside": (
        ("'{name}' là liên kết (symlink) trỏ ra ngoài thư mục số liệu nên không được đọc",
         "Chỉ đọc các tệp nằm trong thư mục số liệu. Chép tệp vào thư mục này thay cho liên kết, "
         "hoặc xóa liên kết."),
        ("'{name}' is a link (symlink) pointing outside the data folder, so it is not read",
         "Only files inside the data folder are read. Copy the file into this folder in place of "
         "the link, or delete the link."),
    ),
    "fact_not_regular_file": (
        ("'{name}' không phải tệp thông thường (là ống dẫn FIFO, socket, thiết bị hoặc không xem "
         "được) nên không được đọc",
         "Thư mục số liệu chỉ nên chứa tệp số liệu (.csv, .xlsx, .yaml, .yml, .json); xóa '{name}' "
         "hoặc chuyển ra chỗ khác."),
        ("'{name}' is not a regular file (a FIFO, socket, device, or not accessible), so it is "
         "not read",
         "A data folder should hold only data files (.csv, .xlsx, .yaml, .yml, .json); delete "
         "'{name}' or move it elsewhere."),
    ),
    "fact_task_status_conflict": (
        ("dòng này báo tiến độ nhiệm vụ {task} năm {year} của {agency} khác với dòng {other} "
         "của {other_agency}: {values}",
         "Tiến độ của nhiệm vụ là dòng của cơ quan chủ trì ({lead}); dòng của cơ quan phối hợp chỉ "
         "được nhận khi khớp với dòng đó (cùng trạng thái, ngày hoàn thành, sản phẩm). Sửa cho khớp "
         "hoặc xóa dòng sai."),
        ("this row reports task {task} in {year} for {agency} unlike row {other} of "
         "{other_agency}: {values}",
         "A task's status is the row of its lead agency ({lead}); a co-agency's row is accepted "
         "only when it agrees with it (same status, completion date and product). Make them agree "
         "or delete the wrong row."),
    ),
}
