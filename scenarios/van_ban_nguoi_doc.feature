# language: vi
Tính năng: Văn bản người đọc được: tên thay cho mã, cách viết của Việt Nam, dòng lệnh nói tiếng Việt
  Là cán bộ Phòng Văn hóa - Xã hội, tôi gửi báo cáo kiểm tra quý và báo cáo tự đánh giá cho lãnh
  đạo ký và gửi đi. Người đọc không biết mã "KT", "CT_UBND" hay "2026-Q3": báo cáo phải gọi cơ quan,
  chỉ tiêu, kỳ bằng tên như kế hoạch viết, theo thể thức văn bản hành chính (Nghị định
  30/2020/NĐ-CP). Mã phát hiện, quy tắc và điều kiện vẫn có, ở phụ lục kỹ thuật cuối báo cáo, cho
  người cần đối chiếu. Tôi gõ kỳ như số liệu vẫn viết ("Quý III/2026"), và dòng lệnh trả lời bằng
  tiếng Việt.

  Bối cảnh:
    Cho số liệu đi kèm của xã Trường Xuân năm 2026

  Kịch bản: Báo cáo quý gọi cơ quan bằng tên, mã và điều kiện chỉ có ở phụ lục kỹ thuật
    Khi tôi lập báo cáo HTML kiểm tra quý Quý III/2026
    Thì phần chính của báo cáo ghi các cơ quan chậm trễ:
      | cơ quan                                            | số vi phạm | báo cáo lên                          |
      | Phòng Kinh tế                                      | 2          | Chủ tịch Ủy ban nhân dân xã (VI.2.c) |
      | Trung tâm Phục vụ hành chính công                  | 1          | Chủ tịch Ủy ban nhân dân xã (VI.2.c) |
      | Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã  | 3          | Chủ tịch Ủy ban nhân dân xã (VI.2.c) |
    Và phần chính của báo cáo ghi kỳ "Quý III/2026" và ngày xét "18/09/2026"
    Và phần chính của báo cáo không có mã "KT", "VP", "TTPVHCC", "CT_UBND", "2026-Q3", "2026-09-18"
    Và phụ lục kỹ thuật có mã phát hiện "2026-Q3/task-overdue/21.0.2026" với điều kiện "status != "done" and due <= as_of"

  Khung kịch bản: Báo cáo quý và báo cáo tự đánh giá theo thể thức văn bản hành chính
    Khi tôi lập báo cáo HTML <báo cáo>
    Thì đầu báo cáo ghi "ỦY BAN NHÂN DÂN", "XÃ TRƯỜNG XUÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số: …/BC-UBND", "Trường Xuân, ngày … tháng … năm 2026", "BÁO CÁO"
    Và cuối báo cáo ghi "Nơi nhận:", "Sở Nội vụ thành phố Cần Thơ;", "Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"

    Dữ liệu:
      | báo cáo                    |
      | kiểm tra quý Quý III/2026  |
      | tự đánh giá năm 2026       |

  Khung kịch bản: Kỳ viết như số liệu vẫn viết được chấp nhận
    Khi tôi gõ lệnh "evaluate --period <cách viết> --format json"
    Thì dòng lệnh kết thúc với mã 0
    Và kết quả là của kỳ <quý>

    Dữ liệu:
      | cách viết              | quý     |
      | Quý III/2026           | 2026-Q3 |
      | quý 3/2026             | 2026-Q3 |
      | Quý IV/2026            | 2026-Q4 |
      | 6 tháng đầu năm 2026   | 2026-Q2 |
      | 2026-Q1                | 2026-Q1 |

  Kịch bản: Kỳ viết sai thì lệnh nói cách viết đúng
    Khi tôi gõ lệnh "evaluate --period Quý V/2026"
    Thì dòng lệnh kết thúc với mã 2
    Và dòng lệnh báo "giá trị không hợp lệ cho --period: 'Quý V/2026' — viết dạng Quý II/2026"

  Kịch bản: Hướng dẫn và lỗi cách dùng bằng tiếng Việt
    Khi tôi gõ lệnh "--help"
    Thì dòng lệnh in "Cách dùng: cchc-rules [TÙY CHỌN] LỆNH [THAM SỐ]..."
    Và dòng lệnh in "Hiện hướng dẫn này rồi thoát."
    Và dòng lệnh không in chữ tiếng Anh nào của khung dòng lệnh ("Usage", "Options", "Show this message")
    Khi tôi gõ lệnh "evaluate"
    Thì dòng lệnh kết thúc với mã 2
    Và dòng lệnh báo "cchc-rules evaluate: thiếu tùy chọn bắt buộc --period"
    Và dòng lệnh báo "gợi ý: Thêm --period cùng giá trị của nó."

  Kịch bản: Hướng dẫn bằng tiếng Anh khi chọn tiếng Anh
    Cho tôi chọn tiếng Anh (CCHC_LANG=en)
    Khi tôi gõ lệnh "evaluate --help"
    Thì dòng lệnh in "Usage: cchc-rules evaluate [OPTIONS]"
    Và dòng lệnh in "Check a quarter: violations, lagging agencies, explanations owed."
