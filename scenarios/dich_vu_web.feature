# language: vi
Tính năng: Dịch vụ web cho văn phòng xã, các cơ quan và Sở Nội vụ
  Cán bộ văn phòng xã và các cơ quan làm việc trên trình duyệt: đăng nhập, tải lên số liệu quý,
  chạy kiểm tra quý, gửi và xem xét giải trình. Mỗi người chỉ thấy đơn vị, cơ quan của mình.

  Kịch bản: Số liệu có lỗi được chỉ ra ở dòng, cột và không thay số liệu đang dùng
    Cho dịch vụ có xã Trường Xuân với số liệu mẫu và tài khoản văn phòng "vp-a"
    Khi "vp-a" tải lên tệp "pakn.csv" của quý 2026-Q3 có ngày tiếp nhận "31/02/2026" ở dòng 3
    Thì trang báo số liệu có lỗi ở tệp "pakn.csv" dòng 3, cột "Ngày tiếp nhận"
    Và số liệu quý 2026-Q3 đang dùng vẫn cho 6 phát hiện

  Kịch bản: Cơ quan chỉ thấy phát hiện của cơ quan mình
    Cho dịch vụ có xã Trường Xuân với số liệu mẫu và tài khoản văn phòng "vp-a"
    Và tài khoản "kt-a" của Phòng Kinh tế
    Khi "vp-a" chạy kiểm tra quý 2026-Q3
    Thì "kt-a" thấy các phát hiện "2026-Q3/pakn-overdue/PAKN-2026-017, 2026-Q3/task-overdue/21.0.2026" và không thấy phát hiện nào khác

  Kịch bản: Giải trình được văn phòng chấp nhận thì lần kiểm tra sau ghi được chấp nhận
    Cho dịch vụ có xã Trường Xuân với số liệu mẫu và tài khoản văn phòng "vp-a"
    Và tài khoản "kt-a" của Phòng Kinh tế
    Khi "vp-a" chạy kiểm tra quý 2026-Q3
    Và "kt-a" giải trình phát hiện "2026-Q3/task-overdue/21.0.2026" với nguyên nhân chủ quan
    Và "vp-a" ghi kết quả xem xét "Chấp nhận"
    Và "vp-a" chạy kiểm tra quý 2026-Q3
    Thì giải trình của phát hiện "2026-Q3/task-overdue/21.0.2026" ở lần kiểm tra mới ghi "được chấp nhận"

  Kịch bản: Cán bộ xã khác không thấy trang của xã mình
    Cho dịch vụ có xã Trường Xuân với số liệu mẫu và tài khoản văn phòng "vp-a"
    Và xã Thử Nghiệm với tài khoản văn phòng "vp-b"
    Thì "vp-b" mở trang của xã Trường Xuân thì nhận "Không tìm thấy trang"

  Kịch bản: Chạy lại một lần kiểm tra đã lưu cho kết quả giống hệt từng byte
    Cho dịch vụ có xã Trường Xuân với số liệu mẫu và tài khoản văn phòng "vp-a"
    Khi "vp-a" chạy kiểm tra quý 2026-Q3
    Thì chạy lại lần kiểm tra đó cho kết quả "giống hệt từng byte"

  Kịch bản: Sở Nội vụ thẩm định bản tự đánh giá Chỉ số CCHC năm, xã giải trình trước thời hạn
    Cho dịch vụ có xã Trường Xuân với số liệu mẫu và tài khoản văn phòng "vp-a"
    Và tài khoản "td" thẩm định của Sở Nội vụ
    Khi "vp-a" gửi bản tự đánh giá Chỉ số CCHC năm 2026
    Và "td" cho tiêu chí "3.1" điểm thẩm định 0 với ý kiến "Ban hành Kế hoạch trễ hạn"
    Và "td" đề nghị giải trình, thời hạn đến hết hôm nay
    Và "vp-a" giải trình tiêu chí "3.1" kèm văn bản số "25/BC-UBND"
    Và "vp-a" kết thúc giải trình
    Và "td" cho tiêu chí "3.1" điểm thẩm định 1 với ý kiến "Đã bổ sung Báo cáo số 25/BC-UBND"
    Và "td" hoàn thành thẩm định
    Thì bảng điểm năm 2026 ghi tiêu chí "3.1" điểm thẩm định 1, ý kiến "Đã bổ sung Báo cáo số 25/BC-UBND"
    Và "vp-a" không sửa được tự đánh giá tiêu chí "3.1" vì "Kết quả thẩm định đã hoàn thành"
    Và "vp-a" cho điểm thẩm định thì nhận "Không tìm thấy trang"
