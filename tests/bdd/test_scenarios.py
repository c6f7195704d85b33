"""Scenarios in policy staff's words (scenarios/*.feature), run with pytest-bdd.

Feature paths are relative to `bdd_features_base_dir` ("scenarios" under the rootdir, set in
pyproject.toml), not to this file.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from pytest_bdd import scenario, scenarios

from steps.bao_cao_html_steps import *  # noqa: F403 - step definitions are fixtures
from steps.bieu_mau_steps import *  # noqa: F403 - step definitions are fixtures
from steps.cham_diem_steps import *  # noqa: F403 - step definitions are fixtures
from steps.chi_so_766_steps import *  # noqa: F403 - step definitions are fixtures
from steps.danh_muc_quy_tac_steps import *  # noqa: F403 - step definitions are fixtures
from steps.dich_vu_web_steps import *  # noqa: F403 - step definitions are fixtures
from steps.ghi_ket_qua_steps import *  # noqa: F403 - step definitions are fixtures
from steps.ho_so_766_steps import *  # noqa: F403 - step definitions are fixtures
from steps.kiem_tra_quy_steps import *  # noqa: F403 - step definitions are fixtures
from steps.kiem_tra_quy_tac_steps import *  # noqa: F403 - step definitions are fixtures
from steps.so_sanh_don_vi_steps import *  # noqa: F403 - step definitions are fixtures
from steps.sua_quy_tac_steps import *  # noqa: F403 - step definitions are fixtures
from steps.van_ban_steps import *  # noqa: F403 - step definitions are fixtures

FEATURE = "kiem_tra_quy_tac.feature"
ROOT = Path(__file__).resolve().parents[2]


@scenario(FEATURE, "Lỗi định dạng không che các lỗi khác trong cùng tệp")
def test_shape_error_does_not_hide_other_mistakes_in_the_file() -> None:
    pass


scenarios(FEATURE)

QUARTER = "kiem_tra_quy.feature"


@scenario(QUARTER, "Báo cáo tổng hợp không gửi thì bị báo thiếu ở ngày xét mặc định")
def test_missing_summary_report_is_reported_at_default_dates() -> None:
    pass


@scenario(QUARTER, "Số quý chậm trễ liền nhau phải báo Chủ tịch UBND xã lấy theo bộ quy tắc")
def test_repeat_quarters_is_read_from_the_pack() -> None:
    pass


@scenario(QUARTER, "Giải trình ghi mã phát hiện không có thì được báo, không bị bỏ qua lặng lẽ")
def test_explanation_for_unknown_finding_is_reported() -> None:
    pass


@scenario(QUARTER, "Tệp số liệu đặt tên lạ được cảnh báo, không bị bỏ qua lặng lẽ")
def test_warnings_about_the_data_are_shown() -> None:
    pass


@scenario(QUARTER, "Kiểm tra tùy chỉnh về giá trị không áp dụng cho chỉ số chưa được báo cáo")
def test_custom_check_on_value_skips_unreported_indicator() -> None:
    pass


scenarios(QUARTER)

scenarios("giai_trinh.feature")

scenarios("cham_diem.feature")
scenarios("diem_thuong_khong_ap_dung_khao_sat.feature")

scenarios("chi_so_766.feature")

scenarios("bieu_mau_co_quan.feature")

scenarios("bao_cao_html.feature")

scenarios("danh_muc_quy_tac.feature")

scenarios("so_sanh_don_vi.feature")

scenarios("sua_quy_tac.feature")

scenarios("dich_vu_web.feature")


def test_feature_and_step_files_are_nfc() -> None:
    files = [*(ROOT / "scenarios").glob("*.feature"), *Path(__file__).parent.rglob("*.py")]
    assert files
    for path in files:
        text = path.read_text(encoding="utf-8")
        assert unicodedata.is_normalized("NFC", text), f"{path} is not NFC"

scenarios("ghi_ket_qua.feature")

scenarios("ho_so_766.feature")

scenarios("van_ban_nguoi_doc.feature")
