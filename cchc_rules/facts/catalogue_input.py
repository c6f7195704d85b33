"""Wording of problems with hostile or damaged input: odd files, Excel quirks, hidden characters,
rows that disagree (part of FACTS_CATALOGUE).

Entries as in `catalogue.py`: code → ((vi message, vi hint), (en message, en hint)).
"""

from __future__ import annotations

_Entry = tuple[tuple[str, str], tuple[str, str]]

INPUT: dict[str, _Entry] = {
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
