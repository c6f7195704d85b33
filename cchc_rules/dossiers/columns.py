"""The header-alias table of the dossier exports: which columns each input kind has, as data.

Stage: facts (reading). One table per input kind: canonical column name → (value type, required,
the headers the one-stop-shop systems and the portal write for it). `sources.py` maps a file's
headers through it (case-, space- and accent-form-insensitively); the SQL of `aggregate.py` uses
only the canonical names. Value types: text, int (a whole number ≥ 0), flag (0/1, also
có/không, true/false), channel (1 direct, 2 online, 3 postal; empty = 1), paid (0, 1 DVCQG,
2 local portal), time (a timestamp or a date: yyyy-mm-dd[ hh:mm[:ss]], dd/mm/yyyy[ hh:mm[:ss]]),
hours (a decimal number of hours ≥ 0), money (a decimal amount ≥ 0); level, online and time_unit
are read through the value tables at the end.
"""

from __future__ import annotations

from typing import NamedTuple


class Column(NamedTuple):
    name: str
    type: str
    required: bool
    aliases: tuple[str, ...]


def _c(name: str, type_: str, required: bool, *aliases: str) -> Column:
    return Column(name, type_, required, (name, *aliases))


# One row per dossier (hồ sơ). The status history is flattened: one timestamp column per end
# status, so "the first end state in priority order" is coalesce(processed, returned, stopped).
DOSSIER: tuple[Column, ...] = (
    _c("dossier_code", "text", True, "MaHoSo", "Mã hồ sơ", "code"),
    _c("procedure_code", "text", True, "MaTTHC", "Mã TTHC", "Mã thủ tục", "procedure"),
    _c("unit", "text", True, "MaDonVi", "MaCoQuan", "Mã đơn vị", "Đơn vị xử lý", "agency"),
    _c("province", "text", False, "MaTinh", "Mã tỉnh", "province_code"),
    _c("level", "level", False, "CapThucHien", "Cấp thực hiện", "agency_level"),
    _c("channel", "channel", False, "KenhThucHien", "Kênh thực hiện"),
    _c("submitted_at", "time", False, "NgayNopHoSo", "Ngày nộp hồ sơ", "submitted"),
    _c("received_at", "time", False, "NgayTiepNhan", "Ngày tiếp nhận", "received"),
    _c("due_at", "time", False, "NgayHenTra", "Ngày hẹn trả", "due"),
    _c("processed_at", "time", False, "NgayXuLyXong", "Ngày đã xử lý xong", "NgayKetThucXuLy",
       "Ngày kết thúc xử lý", "finished_at"),
    _c("returned_at", "time", False, "NgayTraKetQua", "Ngày đã trả kết quả", "NgayTra"),
    _c("stopped_at", "time", False, "NgayDungXuLy", "Ngày dừng xử lý", "NgayTuChoi", "NgayRutHoSo",
       "withdrawn_at", "rejected_at"),
    _c("supplement_count", "int", False, "SoLanYeuCauBoSung", "Số lần yêu cầu bổ sung",
       "SoLanBoSung", "supplement_requests"),
    _c("supplement_hours", "hours", False, "ThoiGianBoSung", "Thời gian bổ sung (giờ)",
       "SoGioBoSung", "supplement_time_hours"),
    _c("supplement_waiting_since", "time", False, "NgayYeuCauBoSungChuaXong",
       "Ngày yêu cầu bổ sung đang chờ", "waiting_supplement_since"),
    _c("result_code", "text", False, "MaKetQua", "Mã kết quả"),
    _c("result_file", "text", False, "DuongDanTepTinKetQua", "Đường dẫn tệp kết quả", "result_link"),
    _c("component_files", "int", False, "SoTepThanhPhan", "Số tệp thành phần hồ sơ",
       "component_file_count"),
    _c("reused", "flag", False, "HoSoCoThanhPhanSoHoa", "DuocSoHoa", "Tái sử dụng dữ liệu số hóa",
       "reused_digitised"),
    _c("from_store", "flag", False, "DuocLayTuKhoDMQG", "Lấy từ kho dữ liệu", "from_data_store"),
    _c("pushed_to_store", "flag", False, "DayKetQuaVaoKho", "Đẩy kết quả vào kho dữ liệu",
       "result_to_store"),
    _c("vneid", "flag", False, "TaiKhoanDuocXacThucVoiVNeID", "Xác thực VNeID", "vneid_account"),
    _c("population_code", "text", False, "MaDinhDanhCSDLDC", "Mã định danh dân cư", "citizen_id_code"),
    _c("paid_online", "paid", False, "DuocThanhToanTrucTuyen", "Thanh toán trực tuyến", "paid"),
    _c("fee_total", "money", False, "TongPhiLePhi", "DanhSachPhiLePhi.Gia", "Tổng phí, lệ phí", "fees"),
    _c("synced", "flag", False, "DongBoDVCQG", "Đồng bộ Cổng DVCQG", "DaDongBo", "sync"),
    _c("likes", "int", False, "SoLuotThich", "Lượt thích", "like"),
    _c("dislikes", "int", False, "SoLuotKhongThich", "Lượt không thích", "dislike"),
    _c("unsatisfied", "flag", False, "KhongHaiLong", "Không hài lòng", "rated_unsatisfied"),
    _c("petition_code", "text", False, "MaPAKN", "PAKN liên quan", "linked_petition"),
)

# One row per PAKN (phản ánh, kiến nghị).
PETITION: tuple[Column, ...] = (
    _c("petition_code", "text", True, "MaPAKN", "Mã PAKN", "Mã phản ánh", "code"),
    _c("unit", "text", True, "MaDonVi", "Mã đơn vị", "Đơn vị xử lý", "agency"),
    _c("province", "text", False, "MaTinh", "Mã tỉnh", "province_code"),
    _c("sent_at", "time", True, "NgayGui", "Ngày gửi", "sent"),
    _c("transferred_at", "time", False, "NgayChuyenGanNhat", "Ngày chuyển", "NgayChuyen", "transferred"),
    _c("received", "flag", False, "DaTiepNhan", "Đã tiếp nhận"),
    _c("in_competence", "flag", False, "ThuocThamQuyen", "Thuộc thẩm quyền", "within_competence"),
    _c("rejected_at", "time", False, "NgayTuChoi", "Ngày từ chối", "rejected"),
    _c("info_requested_at", "time", False, "NgayYeuCauBoSungThongTin", "Ngày yêu cầu thông tin",
       "first_info_request_at"),
    _c("processed_at", "time", False, "NgayXuLy", "Ngày xử lý xong", "processed"),
    _c("published_at", "time", False, "NgayCongKhai", "Ngày công khai", "published"),
    _c("likes", "int", False, "SoLuotThich", "Lượt thích", "like"),
    _c("dislikes", "int", False, "SoLuotKhongThich", "Lượt không thích", "dislike"),
    _c("reraised", "flag", False, "PhanAnhLai", "Phản ánh lại", "re_raised"),
)

# One row per TTHC of the catalogue (CSDL TTHC).
PROCEDURE: tuple[Column, ...] = (
    _c("procedure_code", "text", True, "MaTTHC", "Mã TTHC", "Mã thủ tục", "code"),
    _c("level", "level", False, "CapThucHien", "Cấp thực hiện"),
    _c("paper_result", "flag", False, "YeuCauKetQuaGiay", "Kết quả bản giấy", "KetQuaBanGiay"),
    _c("fee_bearing", "flag", False, "CoPhiLePhi", "Có phí, lệ phí", "has_fee"),
    _c("online_level", "online", False, "MucDoDVC", "Mức độ DVC trực tuyến", "online_service"),
    _c("individual_applicant", "flag", False, "DoiTuongCaNhan", "Đối tượng cá nhân", "for_individuals"),
    _c("max_time", "hours", False, "ThoiHanGiaiQuyet", "Thời hạn giải quyết", "max_processing_time"),
    _c("max_time_unit", "time_unit", False, "DonViTinh", "Đơn vị tính", "time_unit"),
)

# Values of CapThucHien / MucDoDVC / DonViTinh as the catalogue writes them (folded).
LEVEL_ALIASES = {"xa": "xa", "xã": "xa", "phường": "xa", "commune": "xa", "cấp xã": "xa",
                 "tinh": "tinh", "tỉnh": "tinh", "province": "tinh", "cấp tỉnh": "tinh",
                 "so": "so", "sở": "so", "department": "so"}
ONLINE_LEVELS = {"toan_trinh": "full", "toàn trình": "full", "full": "full",
                 "mot_phan": "partial", "một phần": "partial", "partial": "partial"}
TIME_UNITS = {"ngày": "day", "ngay": "day", "day": "day", "days": "day",
              "ngày làm việc": "working_day", "ngay_lam_viec": "working_day", "working_day": "working_day",
              "working days": "working_day", "giờ": "hour", "gio": "hour", "hour": "hour", "hours": "hour"}

KINDS: dict[str, tuple[Column, ...]] = {"dossier": DOSSIER, "petition": PETITION, "procedure": PROCEDURE}
