# language: vi
Tính năng: Biểu mẫu Excel cho từng cơ quan và sổ tính kết quả kiểm tra quý
  Là cán bộ Phòng Văn hóa - Xã hội (cơ quan thường trực cải cách hành chính của xã),
  đầu mỗi quý tôi chạy "cchc-rules template" để gửi mỗi cơ quan một biểu mẫu Excel liệt kê đúng
  các nhiệm vụ, chỉ số và báo cáo cơ quan đó phải báo cáo trong quý; các cơ quan điền xong gửi lại,
  tôi đặt các tệp vào thư mục số liệu của quý và chạy "cchc-rules evaluate --data" mà không phải sửa gì.
  Sau khi kiểm tra, "cchc-rules evaluate --format xlsx" ghi kết quả ra một sổ tính để gửi các cơ quan.

  Kịch bản: Mỗi cơ quan phải báo cáo có một biểu mẫu, cơ quan không phải báo cáo thì không có
    Khi tôi lập biểu mẫu quý 2026-Q3 cho mọi cơ quan
    Thì lệnh lập biểu mẫu kết thúc với mã 0
    Và thư mục biểu mẫu quý 2026-Q3 có đúng các tệp sau:
      | tệp                   |
      | bieu-mau-KT.xlsx      |
      | bieu-mau-TTPVHCC.xlsx |
      | bieu-mau-VHXH.xlsx    |
      | bieu-mau-VP.xlsx      |

  Kịch bản: Biểu mẫu của một cơ quan liệt kê đúng việc cơ quan đó phải báo cáo
    Khi tôi lập biểu mẫu quý 2026-Q3 cho cơ quan "KT"
    Thì biểu mẫu của cơ quan "KT" có các trang tính "Hướng dẫn, Tiến độ nhiệm vụ, Báo cáo đã gửi"
    Và trang "Tiến độ nhiệm vụ" của biểu mẫu "KT" liệt kê các dòng sau:
      | Nhiệm vụ số | Cơ quan chủ trì | Hạn trong kỳ |
      | 21          | KT              | 30/06/2026   |
      | 22          | KT              | 31/03/2026   |
      | 23          | KT              |              |
    Và trang "Báo cáo đã gửi" của biểu mẫu "KT" liệt kê các dòng sau:
      | Cơ quan gửi | Loại báo cáo    | Kỳ báo cáo | Hạn gửi    |
      | KT          | bao-cao-dinh-ky | 2026-Q3    | 16/09/2026 |

  Kịch bản: Cơ quan không có trong bộ quy tắc thì được gợi ý mã đúng
    Khi tôi lập biểu mẫu quý 2026-Q3 cho cơ quan "VHX"
    Thì lệnh lập biểu mẫu kết thúc với mã 2
    Và lệnh lập biểu mẫu báo "Có phải ý bạn là 'VHXH'?"

  Kịch bản: Biểu mẫu chưa điền nạp lại được, mọi việc trong đó được ghi nhận là chưa báo cáo
    Cho biểu mẫu quý 2026-Q3 của cơ quan "KT", chưa điền gì
    Khi tôi kiểm tra quý 2026-Q3 trên thư mục biểu mẫu
    Thì lệnh kiểm tra biểu mẫu kết thúc với mã 0
    Và lệnh kiểm tra biểu mẫu báo "Đã đọc 0 dòng: dùng 0, loại 0, trùng 0."
    Và lệnh kiểm tra biểu mẫu báo "cảnh báo: 3 dòng chỉ có mã, chưa điền số liệu (dòng 2–4): coi là chưa báo cáo"
    Và cơ quan "KT" có đúng các phát hiện sau:
      | mã phát hiện                                              |
      | 2026-Q3/report-missing/bao-cao-dinh-ky.KT.2026-Q3         |
      | 2026-Q3/task-overdue/21.0.2026                            |
      | 2026-Q3/task-overdue/22.0.2026                            |

  Kịch bản: Biểu mẫu của một cơ quan điền xong nạp lại được
    Cho biểu mẫu quý 2026-Q3 của cơ quan "KT", chưa điền gì
    Và cơ quan "KT" điền trang "Tiến độ nhiệm vụ" như sau:
      | Nhiệm vụ số | Tình trạng (*) | Ngày hoàn thành | Số, ngày văn bản                    |
      | 21          | Đang thực hiện |                 |                                     |
      | 22          | Đã hoàn thành  | 10/04/2026      | Báo cáo số 28/BC-KT ngày 10/04/2026 |
      | 23          | Đang thực hiện |                 |                                     |
    Và cơ quan "KT" điền trang "Báo cáo đã gửi" như sau:
      | Loại báo cáo    | Ngày gửi (*) | Số ký hiệu                          |
      | bao-cao-dinh-ky | 15/09/2026   | Báo cáo số 96/BC-KT ngày 15/09/2026 |
    Khi tôi kiểm tra quý 2026-Q3 trên thư mục biểu mẫu
    Thì lệnh kiểm tra biểu mẫu kết thúc với mã 0
    Và lệnh kiểm tra biểu mẫu báo "Đã đọc 4 dòng: dùng 4, loại 0, trùng 0."
    Và cơ quan "KT" có đúng các phát hiện sau:
      | mã phát hiện                                    |
      | 2026-Q3/task-overdue/21.0.2026                  |

  Kịch bản: Sổ tính kết quả quý có năm trang tính và ghi hạn nộp giải trình bằng ô ngày
    Khi tôi ghi kết quả kiểm tra quý 2026-Q3 của số liệu đi kèm ra sổ tính
    Thì sổ tính có các trang tính "Phát hiện, Cơ quan chậm trễ, Giải trình phải nộp, Dữ liệu đầu vào, Phụ lục kỹ thuật"
    Và trang "Giải trình phải nộp" của sổ tính có các dòng sau:
      | Cơ quan                                           | Phát hiện                                                                                                                                         | Hạn nộp giải trình | Đã nhận? |
      | Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã | Phát hiện 2 (Báo cáo định kỳ hằng quý, 6 tháng và năm về kết quả thực hiện công tác CCHC — Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã — Quý III/2026) | 02/10/2026         | có       |
      | Trung tâm Phục vụ hành chính công                 | Phát hiện 3 (Mức độ hài lòng của người dân, tổ chức trong tiếp nhận, giải quyết TTHC)                                                            | 02/10/2026         | có       |
      | Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã | Phát hiện 4 (Tỷ lệ phản ánh, kiến nghị (PAKN) của cá nhân, tổ chức đối với TTHC thuộc thẩm quyền được tiếp nhận, xử lý)                         | 02/10/2026         | không    |
      | Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã | Phát hiện 5 (Nhiệm vụ 2: Ban hành, triển khai Kế hoạch theo dõi thi hành pháp luật)                                                              | 02/10/2026         | có       |
      | Phòng Kinh tế                                     | Phát hiện 6 (Nhiệm vụ 21: Báo cáo giai đoạn tình hình thực hiện công tác tự chủ về tài chính trên địa bàn xã)                                    | 02/10/2026         | không    |
