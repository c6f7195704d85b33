"""Wording of problems with hostile or damaged input: odd files, Excel quirks, hidden characters,
rows that disagree (part of FACTS_CATALOGUE).

Entries as in `catalogue.py`: code → ((vi message, vi hint), (en message, en hint)).
"""

from __future__ import annotations

_Entry = tuple[tuple[str, str], tuple[str, str]]

INPUT: dict[str, _Entry] = {
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
