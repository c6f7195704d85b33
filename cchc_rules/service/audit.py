"""The audit log: who uploaded, changed, answered, accepted or ran what, and when. Rows are only
ever added (the database refuses UPDATE and DELETE on the table, see the first migration)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy.orm import Session

from cchc_rules.service.db import AuditEntry

ACTIONS_VI = {
    "login": "Đăng nhập", "login_failed": "Đăng nhập không thành công", "logout": "Đăng xuất",
    "user_added": "Tạo tài khoản", "unit_added": "Thêm đơn vị", "pack_uploaded": "Tải lên bộ quy tắc",
    "pack_refused": "Bộ quy tắc bị từ chối", "data_uploaded": "Tải lên số liệu quý",
    "data_refused": "Số liệu quý bị từ chối", "form_saved": "Nhập số liệu trên biểu mẫu",
    "explanation_sent": "Gửi giải trình", "explanation_decided": "Xem xét giải trình",
    "run": "Chạy kiểm tra quý", "rerun": "Chạy lại lần kiểm tra đã lưu",
    "round_entry_saved": "Lưu tự đánh giá tiêu chí", "round_evidence_added": "Đính kèm tài liệu kiểm chứng",
    "round_evidence_removed": "Gỡ tài liệu kiểm chứng",
    "round_submitted": "Gửi bản tự đánh giá để thẩm định", "round_marked": "Cho điểm thẩm định",
    "round_reply_requested": "Đề nghị giải trình, bổ sung tài liệu", "round_replied": "Gửi giải trình, bổ sung tài liệu",
    "round_reply_closed": "Kết thúc giải trình", "round_finalised": "Hoàn thành thẩm định",
}


def record(db: Session, username: str, action: str, unit: str | None = None, **detail: Any) -> None:
    """Add one entry (in the caller's transaction: it is kept exactly when the change is)."""
    db.add(AuditEntry(at=dt.datetime.now(dt.UTC).replace(tzinfo=None), username=username, action=action,
                      unit_code=unit, detail=detail))
