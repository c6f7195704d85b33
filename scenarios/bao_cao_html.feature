# language: vi
Tính năng: Báo cáo dạng HTML in được, tự chứa
  Là cán bộ Phòng Văn hóa - Xã hội (cơ quan thường trực cải cách hành chính của xã),
  tôi lập báo cáo kiểm tra quý ("cchc-rules evaluate --format html") và báo cáo tự đánh giá năm
  ("cchc-rules score --format html") thành một tệp HTML duy nhất để gửi lãnh đạo, mở bằng trình
  duyệt hoặc in ra khổ A4: không cần mạng, không tải phông chữ hay thư viện từ đâu cả, biểu đồ
  vẽ sẵn trong tệp, mọi chữ là tiếng Việt có dấu.

  Bối cảnh:
    Cho số liệu đi kèm của xã Trường Xuân năm 2026

  Kịch bản: Báo cáo quý dạng HTML tự chứa, không tham chiếu mạng, có biểu đồ, có mỗi phát hiện với điều khoản và hạn giải trình
    Khi tôi lập báo cáo HTML kiểm tra quý 2026-Q3
    Thì tệp báo cáo HTML không tham chiếu tới địa chỉ mạng nào
    Và tệp báo cáo HTML có các biểu đồ "Số vi phạm theo cơ quan" và "Số phát hiện theo loại"
    Và tệp báo cáo HTML có đủ 6 phát hiện của quý, trong đó:
      | mã phát hiện                                   | điều khoản      | giải trình                                                                   |
      | 2026-Q3/task-overdue/21.0.2026                 | Phụ lục, mục 21 | Còn nợ giải trình, chậm nhất ngày 02/10/2026                                 |
      | 2026-Q3/target-missed/xu-ly-pakn               | II.2.b          | Còn nợ giải trình, chậm nhất ngày 02/10/2026                                 |
      | 2026-Q3/report-late/bao-cao-dinh-ky.VP.2026-Q3 | VI.1.b          | Đã nhận giải trình ngày 23/09/2026: nguyên nhân chủ quan, không được chấp nhận |
      | 2026-Q3/pakn-overdue/PAKN-2026-017             | Phụ lục, mục 10 | —                                                                            |
    Và lập lại báo cáo HTML thì được tệp giống hệt từng byte

  Kịch bản: Báo cáo tự đánh giá năm dạng HTML có điểm từng lĩnh vực và xu hướng các quý
    Khi tôi lập báo cáo HTML tự đánh giá năm 2026
    Thì tệp báo cáo HTML không tham chiếu tới địa chỉ mạng nào
    Và tệp báo cáo HTML ghi tổng điểm "88,78" và xếp loại "Tốt"
    Và biểu đồ "Điểm đạt so với điểm tối đa theo lĩnh vực" ghi:
      | lĩnh vực                       | điểm      |
      | 1. Chỉ đạo, điều hành CCHC     | 9,25 / 11 |
      | 3. Cải cách thủ tục hành chính | 15,32 / 18 |
      | 8. Tác động của cải cách hành chính | 27,51 / 30 |
    Và biểu đồ "Số phát hiện theo quý" có các quý Quý I/2026, Quý II/2026, Quý III/2026, Quý IV/2026
