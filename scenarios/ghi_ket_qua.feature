# language: vi
Tính năng: Ghi kết quả ra tệp (-o) không bao giờ làm hỏng số liệu đầu vào
  Là cán bộ Phòng Văn hóa - Xã hội, tôi ghi kết quả kiểm tra quý và chấm điểm ra tệp bằng "-o".
  Gõ nhầm đường dẫn không được ghi đè lên tệp số liệu hay tệp quy tắc đang đọc, thư mục ghi chưa có
  thì phải được báo ngay trước khi chạy, và đĩa đầy giữa chừng thì không để lại tệp ghi dở.

  Kịch bản: Ghi kết quả đè lên tệp số liệu đang đọc thì bị từ chối, tệp số liệu còn nguyên
    Cho bản sao bộ quy tắc và số liệu đi kèm của xã Trường Xuân
    Khi tôi ghi kết quả kiểm tra quý 2026-Q1 ra tệp "so-lieu/2026-Q1/task_status.csv"
    Thì lệnh ghi kết quả kết thúc với mã 2
    Và lệnh ghi kết quả báo "nằm trong thư mục đầu vào đang đọc 'so-lieu'"
    Và lệnh ghi kết quả gợi ý "Chọn tệp kết quả ở một thư mục khác, ví dụ -o ket-qua/task_status.csv."
    Và không tệp đầu vào nào bị thay đổi

  Kịch bản: Ghi điểm đè lên tệp quy tắc thì bị từ chối
    Cho bản sao bộ quy tắc và số liệu đi kèm của xã Trường Xuân
    Khi tôi ghi kết quả chấm điểm năm 2026 ra tệp "quy-tac/plan.yaml"
    Thì lệnh ghi kết quả kết thúc với mã 2
    Và lệnh ghi kết quả báo "nằm trong thư mục đầu vào đang đọc 'quy-tac'"
    Và không tệp đầu vào nào bị thay đổi

  Kịch bản: Thư mục ghi kết quả chưa có thì được báo trước khi chạy
    Cho bản sao bộ quy tắc và số liệu đi kèm của xã Trường Xuân
    Khi tôi ghi kết quả kiểm tra quý 2026-Q1 ra tệp "chua-co/ket-qua.json"
    Thì lệnh ghi kết quả kết thúc với mã 2
    Và lệnh ghi kết quả báo "thư mục 'chua-co' để ghi tệp kết quả không có"
    Và lệnh ghi kết quả gợi ý "Tạo thư mục trước (mkdir -p 'chua-co') hoặc chọn tệp ở thư mục khác."

  Kịch bản: Đĩa đầy khi đang ghi thì không để lại tệp ghi dở, tệp kết quả cũ còn nguyên
    Cho bản sao bộ quy tắc và số liệu đi kèm của xã Trường Xuân
    Và tệp "ket-qua.json" đã có từ lần chạy trước
    Và ổ đĩa đầy
    Khi tôi ghi kết quả kiểm tra quý 2026-Q1 ra tệp "ket-qua.json"
    Thì lệnh ghi kết quả kết thúc với mã 2
    Và lệnh ghi kết quả báo "ổ đĩa chứa '.' đã hết chỗ trống: không ghi được 'ket-qua.json'"
    Và tệp "ket-qua.json" vẫn là bản của lần chạy trước, không có tệp ghi dở nào
