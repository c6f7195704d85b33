# language: vi
Tính năng: Kiểm tra số liệu các cơ quan báo cáo hằng quý
  Là cán bộ Phòng Văn hóa - Xã hội (cơ quan thường trực cải cách hành chính của xã),
  sau hạn báo cáo mỗi quý tôi chạy "cchc-rules evaluate" trên thư mục số liệu các cơ quan gửi về
  (tiến độ nhiệm vụ, giá trị chỉ số, báo cáo đã nhận, phản ánh kiến nghị, giải trình) để biết
  việc nào chậm, thiếu, không đạt; cơ quan nào phải giải trình và đến hạn nào (mục VI.1.c);
  cơ quan nào chậm trễ hai quý liền phải báo Chủ tịch UBND xã (mục VI.2.c).
  Lệnh kết thúc với mã 0 khi đã kiểm tra được, mã 2 khi số liệu có lỗi (không ghi kết quả).

  "Số liệu quý mà mọi cơ quan báo cáo đầy đủ, đúng hạn" nghĩa là: 31 nhiệm vụ của Phụ lục đều đã
  hoàn thành ngày 05/01 và ghi sản phẩm; 13 chỉ số đều đạt chỉ tiêu của năm (chỉ tiêu "= 100%" đạt
  100%, chỉ tiêu "tối thiểu" vượt 2 điểm phần trăm, với chỉ tiêu năm 2030 là mốc lộ trình của năm);
  mọi báo cáo định kỳ của quý nhận đúng ngày chốt số liệu; không có phản ánh, kiến nghị nào, không
  có giải trình nào. Các bảng trong kịch bản sửa dòng đã có (cùng nhiệm vụ, chỉ số, báo cáo) hoặc
  thêm dòng mới.

  Khung kịch bản: Quý mọi cơ quan làm đủ, đúng hạn thì không có phát hiện nào
    Cho số liệu quý <quý> mà mọi cơ quan báo cáo đầy đủ, đúng hạn
    Khi tôi kiểm tra quý <quý>
    Thì lệnh kiểm tra quý kết thúc với mã 0
    Và không có phát hiện nào
    Và không có cơ quan chậm trễ nào
    Và ngày xét của kết quả là <ngày xét>
    Và lệnh báo "Đã đọc 49 dòng: dùng 49, loại 0, trùng 0."

    Dữ liệu:
      | quý     | ngày xét   |
      | 2026-Q1 | 19/03/2026 |
      | 2026-Q2 | 18/06/2026 |
      | 2026-Q3 | 18/09/2026 |
      | 2026-Q4 | 18/12/2026 |

  Kịch bản: Nhiệm vụ quá hạn mà chưa hoàn thành
    Cho số liệu quý 2026-Q2 mà mọi cơ quan báo cáo đầy đủ, đúng hạn
    Nhưng tiến độ nhiệm vụ quý 2026-Q2 có các dòng sau:
      | nhiệm vụ | trạng thái     | ngày hoàn thành | sản phẩm |
      | 2        | Đang thực hiện |                 |          |
    Khi tôi kiểm tra quý 2026-Q2
    Thì lệnh kiểm tra quý kết thúc với mã 0
    Và kết quả có đúng các phát hiện sau:
      | mã phát hiện                  | cơ quan | loại         |
      | 2026-Q2/task-overdue/2.0.2026 | VP      | task_overdue |
    Và thông báo của phát hiện "2026-Q2/task-overdue/2.0.2026" có câu "đến hạn 31/03/2026 nhưng chưa hoàn thành (trạng thái: đang thực hiện)"

  Kịch bản: Nhiệm vụ đến hạn mà không có dòng tiến độ cũng là quá hạn
    Cho số liệu quý 2026-Q3 mà mọi cơ quan báo cáo đầy đủ, đúng hạn
    Nhưng tiến độ nhiệm vụ quý 2026-Q3 không có dòng của nhiệm vụ 21
    Khi tôi kiểm tra quý 2026-Q3
    Thì kết quả có đúng các phát hiện sau:
      | mã phát hiện                   | cơ quan | loại         |
      | 2026-Q3/task-overdue/21.0.2026 | KT      | task_overdue |
    Và thông báo của phát hiện "2026-Q3/task-overdue/21.0.2026" có câu "đến hạn 30/06/2026 nhưng chưa hoàn thành"
    Và lệnh báo "Đã đọc 48 dòng: dùng 48, loại 0, trùng 0."

  Kịch bản: Nhiệm vụ hoàn thành trễ hạn chỉ bị báo ở lần kiểm tra đầu tiên sau khi hoàn thành
    Cho số liệu quý 2026-Q2 mà mọi cơ quan báo cáo đầy đủ, đúng hạn
    Và số liệu quý 2026-Q3 mà mọi cơ quan báo cáo đầy đủ, đúng hạn
    Nhưng tiến độ nhiệm vụ quý 2026-Q2 có các dòng sau:
      | nhiệm vụ | trạng thái    | ngày hoàn thành | sản phẩm                            |
      | 22       | Đã hoàn thành | 10/04/2026      | Báo cáo số 45/BC-KT ngày 10/04/2026 |
    Và tiến độ nhiệm vụ quý 2026-Q3 có các dòng sau:
      | nhiệm vụ | trạng thái    | ngày hoàn thành | sản phẩm                            |
      | 22       | Đã hoàn thành | 10/04/2026      | Báo cáo số 45/BC-KT ngày 10/04/2026 |
    Khi tôi kiểm tra quý 2026-Q2
    Thì kết quả có đúng các phát hiện sau:
      | mã phát hiện                     | cơ quan | loại           |
      | 2026-Q2/task-done-late/22.0.2026 | KT      | task_done_late |
    Và thông báo của phát hiện "2026-Q2/task-done-late/22.0.2026" có câu "hoàn thành ngày 10/04/2026, trễ 10 ngày so với hạn 31/03/2026"
    Khi tôi kiểm tra quý 2026-Q3
    Thì không có phát hiện nào

  Kịch bản: Nhiệm vụ báo hoàn thành nhưng không ghi sản phẩm
    Cho số liệu quý 2026-Q2 mà mọi cơ quan báo cáo đầy đủ, đúng hạn
    Nhưng tiến độ nhiệm vụ quý 2026-Q2 có các dòng sau:
      | nhiệm vụ | trạng thái    | ngày hoàn thành | sản phẩm |
      | 22       | Đã hoàn thành | 20/03/2026      |          |
    Khi tôi kiểm tra quý 2026-Q2
    Thì kết quả có đúng các phát hiện sau:
      | mã phát hiện                      | cơ quan | loại            |
      | 2026-Q2/task-no-product/22.0.2026 | KT      | task_no_product |
    Và phát hiện "2026-Q2/task-no-product/22.0.2026" không phải giải trình

  Kịch bản: Cơ quan không gửi báo cáo 6 tháng
    Cho số liệu quý 2026-Q2 mà mọi cơ quan báo cáo đầy đủ, đúng hạn
    Nhưng cơ quan "KT" chưa gửi báo cáo "bao-cao-dinh-ky" kỳ 2026-H1
    Khi tôi kiểm tra quý 2026-Q2
    Thì kết quả có đúng các phát hiện sau:
      | mã phát hiện                                      | cơ quan | loại           |
      | 2026-Q2/report-missing/bao-cao-dinh-ky.KT.2026-H1 | KT      | report_missing |
    Và thông báo của phát hiện "2026-Q2/report-missing/bao-cao-dinh-ky.KT.2026-H1" có câu "Phòng Kinh tế chưa gửi"
    Và thông báo của phát hiện "2026-Q2/report-missing/bao-cao-dinh-ky.KT.2026-H1" có câu "6 tháng đầu năm 2026 (hạn 16/06/2026)"

  Kịch bản: Cơ quan gửi báo cáo quý sau hạn
    Cho số liệu quý 2026-Q3 mà mọi cơ quan báo cáo đầy đủ, đúng hạn
    Nhưng báo cáo đã nhận quý 2026-Q3 có các dòng sau:
      | cơ quan | báo cáo         | kỳ      | ngày nhận  |
      | VP      | bao-cao-dinh-ky | 2026-Q3 | 21/09/2026 |
    Khi tôi kiểm tra quý 2026-Q3
    Thì kết quả có đúng các phát hiện sau:
      | mã phát hiện                                   | cơ quan | loại        |
      | 2026-Q3/report-late/bao-cao-dinh-ky.VP.2026-Q3 | VP      | report_late |
    Và thông báo của phát hiện "2026-Q3/report-late/bao-cao-dinh-ky.VP.2026-Q3" có câu "ngày 21/09/2026, trễ 5 ngày so với hạn 16/09/2026"

  Kịch bản: Chỉ số không đạt chỉ tiêu
    Cho số liệu quý 2026-Q2 mà mọi cơ quan báo cáo đầy đủ, đúng hạn
    Nhưng giá trị chỉ số quý 2026-Q2 có các dòng sau:
      | chỉ số            | giá trị |
      | so-hoa-ho-so-tthc | 92      |
    Khi tôi kiểm tra quý 2026-Q2
    Thì kết quả có đúng các phát hiện sau:
      | mã phát hiện                       | cơ quan | loại          | điều khoản |
      | 2026-Q2/target-missed/so-hoa-ho-so | TTPVHCC | target_missed | II.2.b     |
    Và thông báo của phát hiện "2026-Q2/target-missed/so-hoa-ho-so" có câu "đạt 92 %, chưa đạt chỉ tiêu năm 2026 (= 100 %); cách 8 điểm phần trăm"

  Khung kịch bản: Chỉ tiêu năm 2030 được xét theo mốc lộ trình năm 2026
    Chỉ tiêu "ho-so-truc-tuyen" (tối thiểu 90% hồ sơ TTHC trực tuyến) phải đạt vào năm 2030;
    năm 2026 xét theo mốc lộ trình 70%.

    Cho số liệu quý 2026-Q2 mà mọi cơ quan báo cáo đầy đủ, đúng hạn
    Nhưng giá trị chỉ số quý 2026-Q2 có các dòng sau:
      | chỉ số                | giá trị   |
      | ho-so-tthc-truc-tuyen | <giá trị> |
    Khi tôi kiểm tra quý 2026-Q2
    Thì kết quả <có hay không> phát hiện "2026-Q2/target-missed/ho-so-truc-tuyen"

    Dữ liệu:
      | giá trị | có hay không |
      | 72      | không có     |
      | 70      | không có     |
      | 69,9    | có           |
      | 65      | có           |

  Kịch bản: Thông báo chỉ tiêu chưa đạt nêu mốc lộ trình của năm là mức do bộ quy tắc giả định
    Cho số liệu quý 2026-Q2 mà mọi cơ quan báo cáo đầy đủ, đúng hạn
    Nhưng giá trị chỉ số quý 2026-Q2 có các dòng sau:
      | chỉ số                | giá trị |
      | ho-so-tthc-truc-tuyen | 65      |
    Khi tôi kiểm tra quý 2026-Q2
    Thì kết quả có các phát hiện sau:
      | mã phát hiện                           | cơ quan | loại          |
      | 2026-Q2/target-missed/ho-so-truc-tuyen | TTPVHCC | target_missed |
    Và thông báo của phát hiện "2026-Q2/target-missed/ho-so-truc-tuyen" có câu "đạt 65 %, chưa đạt mức năm 2026 theo giả định của bộ quy tắc: 70 %; mục tiêu đến 2030: 90 % (mục II.2.e); cách 5 điểm phần trăm"

  Kịch bản: Chỉ số không được báo cáo
    Cho số liệu quý 2026-Q1 mà mọi cơ quan báo cáo đầy đủ, đúng hạn
    Nhưng giá trị chỉ số quý 2026-Q1 không có dòng của chỉ số "hai-long-giao-duc-cong"
    Khi tôi kiểm tra quý 2026-Q1
    Thì kết quả có đúng các phát hiện sau:
      | mã phát hiện                                     | cơ quan | loại                   |
      | 2026-Q1/indicator-not-reported/hai-long-giao-duc | VHXH    | indicator_not_reported |
    Và phát hiện "2026-Q1/indicator-not-reported/hai-long-giao-duc" không phải giải trình
    Và lệnh báo "Đã đọc 48 dòng: dùng 48, loại 0, trùng 0."

  Kịch bản: Phản ánh, kiến nghị quá hạn mà chưa xử lý
    Cho số liệu quý 2026-Q3 mà mọi cơ quan báo cáo đầy đủ, đúng hạn
    Và phản ánh, kiến nghị quý 2026-Q3 có các dòng sau:
      | số phản ánh   | đơn vị xử lý | ngày tiếp nhận | hạn xử lý  | ngày xử lý |
      | PAKN-2026-016 | TTPVHCC      | 20/07/2026     | 10/08/2026 | 05/08/2026 |
      | PAKN-2026-017 | KT           | 05/08/2026     | 26/08/2026 |            |
    Khi tôi kiểm tra quý 2026-Q3
    Thì kết quả có đúng các phát hiện sau:
      | mã phát hiện                       | cơ quan | loại         |
      | 2026-Q3/pakn-overdue/PAKN-2026-017 | KT      | pakn_overdue |
    Và thông báo của phát hiện "2026-Q3/pakn-overdue/PAKN-2026-017" là "PAKN PAKN-2026-017 tiếp nhận ngày 05/08/2026, quá hạn xử lý 26/08/2026 mà chưa xử lý"

  Kịch bản: Phản ánh, kiến nghị được xử lý sau hạn
    Cho số liệu quý 2026-Q4 mà mọi cơ quan báo cáo đầy đủ, đúng hạn
    Và phản ánh, kiến nghị quý 2026-Q4 có các dòng sau:
      | số phản ánh   | đơn vị xử lý  | ngày tiếp nhận | hạn xử lý  | ngày xử lý |
      | PAKN-2026-017 | Phòng Kinh tế | 05/08/2026     | 26/08/2026 | 06/10/2026 |
    Khi tôi kiểm tra quý 2026-Q4
    Thì kết quả có đúng các phát hiện sau:
      | mã phát hiện                    | cơ quan | loại      |
      | 2026-Q4/pakn-late/PAKN-2026-017 | KT      | pakn_late |
    Và thông báo của phát hiện "2026-Q4/pakn-late/PAKN-2026-017" là "PAKN PAKN-2026-017 xử lý ngày 06/10/2026, trễ 41 ngày so với hạn 26/08/2026"

  Kịch bản: Cơ quan chưa giải trình thì còn nợ giải trình, có hạn nộp
    Cho số liệu quý 2026-Q2 mà mọi cơ quan báo cáo đầy đủ, đúng hạn
    Nhưng tiến độ nhiệm vụ quý 2026-Q2 có các dòng sau:
      | nhiệm vụ | trạng thái     | ngày hoàn thành | sản phẩm |
      | 2        | Đang thực hiện |                 |          |
    Khi tôi kiểm tra quý 2026-Q2
    Thì phát hiện "2026-Q2/task-overdue/2.0.2026" còn nợ giải trình, chậm nhất ngày 02/07/2026
    Và giải trình của phát hiện "2026-Q2/task-overdue/2.0.2026" ghi "Còn nợ giải trình, chậm nhất ngày 02/07/2026"
    Và cơ quan "VP" phải giải trình:
      | phát hiện                     | hạn        |
      | 2026-Q2/task-overdue/2.0.2026 | 02/07/2026 |

  Kịch bản: Giải trình vì nguyên nhân khách quan được chấp nhận
    Cho số liệu quý 2026-Q2 mà mọi cơ quan báo cáo đầy đủ, đúng hạn
    Nhưng tiến độ nhiệm vụ quý 2026-Q2 có các dòng sau:
      | nhiệm vụ | trạng thái     | ngày hoàn thành | sản phẩm |
      | 2        | Đang thực hiện |                 |          |
    Và giải trình quý 2026-Q2 có các dòng sau:
      | mã phát hiện                  | đơn vị | nguyên nhân | nội dung giải trình                                       | ngày gửi   |
      | 2026-Q2/task-overdue/2.0.2026 | VP     | Khách quan  | Chờ Kế hoạch của UBND thành phố, ban hành ngày 28/05/2026 | 24/06/2026 |
    Khi tôi kiểm tra quý 2026-Q2
    Thì kết quả có đúng các phát hiện sau:
      | mã phát hiện                  | cơ quan | loại         | mức độ    |
      | 2026-Q2/task-overdue/2.0.2026 | VP      | task_overdue | violation |
    Và phát hiện "2026-Q2/task-overdue/2.0.2026" đã được giải trình ngày 24/06/2026, nguyên nhân khách quan: được chấp nhận
    Và danh sách cơ quan chậm trễ là:
      | cơ quan | số phát hiện | chậm cả quý trước |
      | VP      | 1            | không có dữ liệu  |

  Kịch bản: Giải trình vì nguyên nhân chủ quan không được chấp nhận, phát hiện vẫn còn
    Cho số liệu quý 2026-Q2 mà mọi cơ quan báo cáo đầy đủ, đúng hạn
    Nhưng tiến độ nhiệm vụ quý 2026-Q2 có các dòng sau:
      | nhiệm vụ | trạng thái    | ngày hoàn thành | sản phẩm                            |
      | 22       | Đã hoàn thành | 10/04/2026      | Báo cáo số 45/BC-KT ngày 10/04/2026 |
    Và giải trình quý 2026-Q2 có các dòng sau:
      | mã phát hiện                     | đơn vị        | nguyên nhân | nội dung giải trình                                     | ngày gửi   |
      | 2026-Q2/task-done-late/22.0.2026 | Phòng Kinh tế | Chủ quan    | Công chức phụ trách kiêm nhiệm, chưa tập trung tổng hợp | 25/06/2026 |
    Khi tôi kiểm tra quý 2026-Q2
    Thì kết quả có đúng các phát hiện sau:
      | mã phát hiện                     | cơ quan | loại           | mức độ    |
      | 2026-Q2/task-done-late/22.0.2026 | KT      | task_done_late | violation |
    Và phát hiện "2026-Q2/task-done-late/22.0.2026" đã được giải trình ngày 25/06/2026, nguyên nhân chủ quan: không được chấp nhận
    Và danh sách cơ quan chậm trễ là:
      | cơ quan | số phát hiện |
      | KT      | 1            |

  Kịch bản: Kiểm tra tùy chỉnh do Phòng Văn hóa - Xã hội đặt thêm
    Cho một bản sao của bộ quy tắc Trường Xuân 2026 - 2030 đi kèm
    Và tôi thêm vào tệp checks.yaml của bản sao kiểm tra tùy chỉnh sau:
      | mã            | tên            | áp dụng cho | điều kiện                           | thông báo                            | mức độ    | điều khoản |
      | sipas-duoi-99 | SIPAS dưới 99% | indicator   | value < 99 and indicator == "sipas" | Chỉ số SIPAS dưới 99%: cần cải thiện | violation | II.2.c     |
    Và số liệu quý 2026-Q2 mà mọi cơ quan báo cáo đầy đủ, đúng hạn
    Nhưng giá trị chỉ số quý 2026-Q2 có các dòng sau:
      | chỉ số | giá trị |
      | sipas  | 96,5    |
    Khi tôi kiểm tra quý 2026-Q2
    Thì kết quả có đúng các phát hiện sau:
      | mã phát hiện                      | cơ quan | loại   | mức độ    | điều khoản |
      | 2026-Q2/check.sipas-duoi-99/sipas | VHXH    | custom | violation | II.2.c     |
    Và thông báo của phát hiện "2026-Q2/check.sipas-duoi-99/sipas" là "Chỉ số SIPAS dưới 99%: cần cải thiện"
    Và danh sách cơ quan chậm trễ là:
      | cơ quan | số phát hiện |
      | VHXH    | 1            |

  Kịch bản: Kiểm tra tùy chỉnh không bị kích hoạt khi điều kiện sai
    Cho một bản sao của bộ quy tắc Trường Xuân 2026 - 2030 đi kèm
    Và tôi thêm vào tệp checks.yaml của bản sao kiểm tra tùy chỉnh sau:
      | mã            | tên            | áp dụng cho | điều kiện                           | thông báo             | mức độ    | điều khoản |
      | sipas-duoi-99 | SIPAS dưới 99% | indicator   | value < 99 and indicator == "sipas" | Chỉ số SIPAS dưới 99% | violation | II.2.c     |
    Và số liệu quý 2026-Q2 mà mọi cơ quan báo cáo đầy đủ, đúng hạn
    Nhưng giá trị chỉ số quý 2026-Q2 có các dòng sau:
      | chỉ số | giá trị |
      | sipas  | 99,2    |
    Khi tôi kiểm tra quý 2026-Q2
    Thì không có phát hiện nào

  Kịch bản: Cơ quan chậm trễ hai quý liền được báo Chủ tịch UBND xã
    Cho số liệu quý 2026-Q1 mà mọi cơ quan báo cáo đầy đủ, đúng hạn
    Và số liệu quý 2026-Q2 mà mọi cơ quan báo cáo đầy đủ, đúng hạn
    Nhưng giá trị chỉ số quý 2026-Q1 có các dòng sau:
      | chỉ số            | giá trị |
      | so-hoa-ho-so-tthc | 95      |
    Và cơ quan "KT" chưa gửi báo cáo "bao-cao-dinh-ky" kỳ 2026-Q1
    Và giá trị chỉ số quý 2026-Q2 có các dòng sau:
      | chỉ số            | giá trị |
      | so-hoa-ho-so-tthc | 92      |
    Và báo cáo đã nhận quý 2026-Q2 có các dòng sau:
      | cơ quan | báo cáo         | kỳ      | ngày nhận  |
      | VP      | bao-cao-dinh-ky | 2026-H1 | 19/06/2026 |
    Khi tôi kiểm tra quý 2026-Q2
    Thì danh sách cơ quan chậm trễ là:
      | cơ quan | số phát hiện | chậm cả quý trước | báo cáo lên |
      | TTPVHCC | 1            | có                | CT_UBND     |
      | VP      | 1            | không             |             |
    Khi tôi kiểm tra quý 2026-Q1
    Thì danh sách cơ quan chậm trễ là:
      | cơ quan | số phát hiện | chậm cả quý trước | báo cáo lên |
      | KT      | 1            | không có dữ liệu  |             |
      | TTPVHCC | 1            | không có dữ liệu  |             |

  Khung kịch bản: Ngày xét quyết định việc gì đã đến hạn
    Cho số liệu quý 2026-Q2 mà mọi cơ quan báo cáo đầy đủ, đúng hạn
    Nhưng tiến độ nhiệm vụ quý 2026-Q2 có các dòng sau:
      | nhiệm vụ | trạng thái     | ngày hoàn thành | sản phẩm |
      | 21       | Đang thực hiện |                 |          |
    Và cơ quan "KT" chưa gửi báo cáo "bao-cao-dinh-ky" kỳ 2026-H1
    Và phản ánh, kiến nghị quý 2026-Q2 có các dòng sau:
      | số phản ánh   | đơn vị xử lý | ngày tiếp nhận | hạn xử lý  | ngày xử lý |
      | PAKN-2026-012 | VP           | 22/05/2026     | 12/06/2026 |            |
    Khi tôi kiểm tra quý 2026-Q2 tính đến ngày <ngày xét>
    Thì lệnh kiểm tra quý kết thúc với mã 0
    Và ngày xét của kết quả là <ngày xét>
    Và kết quả <PAKN còn hạn> phát hiện "2026-Q2/check.pakn-tiep-nhan-gan-cuoi-ky/PAKN-2026-012"
    Và kết quả <PAKN quá hạn> phát hiện "2026-Q2/pakn-overdue/PAKN-2026-012"
    Và kết quả <báo cáo thiếu> phát hiện "2026-Q2/report-missing/bao-cao-dinh-ky.KT.2026-H1"
    Và kết quả <nhiệm vụ quá hạn> phát hiện "2026-Q2/task-overdue/21.0.2026"

    Dữ liệu:
      | ngày xét   | PAKN còn hạn | PAKN quá hạn | báo cáo thiếu | nhiệm vụ quá hạn |
      | 10/06/2026 | có           | không có     | không có      | không có         |
      | 15/06/2026 | không có     | có           | không có      | không có         |
      | 16/06/2026 | không có     | có           | có            | không có         |
      | 01/07/2026 | không có     | có           | có            | có               |

  Kịch bản: Số liệu có dòng sai thì không kiểm tra, báo tệp và dòng sai
    Cho số liệu quý 2026-Q2 mà mọi cơ quan báo cáo đầy đủ, đúng hạn
    Nhưng tiến độ nhiệm vụ quý 2026-Q2 có các dòng sau:
      | nhiệm vụ | trạng thái    | ngày hoàn thành | sản phẩm                            |
      | 22       | Đã hoàn thành | 31/02/2026      | Báo cáo số 30/BC-KT ngày 27/02/2026 |
      | 45       | Đã hoàn thành | 10/03/2026      | Kế hoạch số 20/KH-UBND              |
    Khi tôi kiểm tra quý 2026-Q2
    Thì lệnh kiểm tra quý kết thúc với mã 2
    Và lệnh báo đúng các lỗi số liệu sau:
      | vị trí                             | trường          | thông báo                                                  |
      | du-lieu/2026-Q2/task_status.csv:23 | ngày hoàn thành | ngày 31/02/2026 không có thật: tháng 2/2026 chỉ có 28 ngày |
      | du-lieu/2026-Q2/task_status.csv:33 | nhiệm vụ        | không có nhiệm vụ số 45 trong kế hoạch                     |
    Và lệnh báo "2 lỗi, 0 cảnh báo"
    Và lệnh báo "Đã đọc 50 dòng: dùng 48, loại 2, trùng 0."
    Và không có tệp kết quả nào được ghi

  Khung kịch bản: Các sai sót cài sẵn trong số liệu mẫu năm 2026 được phát hiện
    Cho số liệu mẫu năm 2026 của xã Trường Xuân đi kèm
    Khi tôi kiểm tra quý <quý>
    Thì lệnh kiểm tra quý kết thúc với mã 0
    Và kết quả có các phát hiện sau:
      | mã phát hiện   | cơ quan   | loại   |
      | <mã phát hiện> | <cơ quan> | <loại> |

    Dữ liệu:
      | quý     | mã phát hiện                                      | cơ quan | loại                   |
      | 2026-Q1 | 2026-Q1/indicator-not-reported/hai-long-giao-duc  | VHXH    | indicator_not_reported |
      | 2026-Q2 | 2026-Q2/task-overdue/2.0.2026                     | VP      | task_overdue           |
      | 2026-Q2 | 2026-Q2/task-done-late/22.0.2026                  | KT      | task_done_late         |
      | 2026-Q2 | 2026-Q2/report-missing/bao-cao-dinh-ky.KT.2026-H1 | KT      | report_missing         |
      | 2026-Q2 | 2026-Q2/target-missed/so-hoa-ho-so                | TTPVHCC | target_missed          |
      | 2026-Q3 | 2026-Q3/task-overdue/21.0.2026                    | KT      | task_overdue           |
      | 2026-Q3 | 2026-Q3/task-done-late/2.0.2026                   | VP      | task_done_late         |
      | 2026-Q3 | 2026-Q3/report-late/bao-cao-dinh-ky.VP.2026-Q3    | VP      | report_late            |
      | 2026-Q3 | 2026-Q3/target-missed/hai-long-tthc               | TTPVHCC | target_missed          |
      | 2026-Q3 | 2026-Q3/pakn-overdue/PAKN-2026-017                | KT      | pakn_overdue           |
      | 2026-Q3 | 2026-Q3/target-missed/xu-ly-pakn                  | VP      | target_missed          |
      | 2026-Q4 | 2026-Q4/task-done-late/21.0.2026                  | KT      | task_done_late         |
      | 2026-Q4 | 2026-Q4/task-no-product/28.0.2026                 | VHXH    | task_no_product        |
      | 2026-Q4 | 2026-Q4/pakn-late/PAKN-2026-017                   | KT      | pakn_late              |

  Khung kịch bản: Số liệu mẫu: giải trình và cơ quan chậm trễ từng quý
    Cho số liệu mẫu năm 2026 của xã Trường Xuân đi kèm
    Khi tôi kiểm tra quý <quý>
    Thì các cơ quan chậm trễ là "<cơ quan chậm trễ>"
    Và giải trình của phát hiện "<phát hiện>" có tình trạng "<tình trạng>"

    Dữ liệu:
      | quý     | cơ quan chậm trễ | phát hiện                                         | tình trạng           |
      | 2026-Q2 | KT, TTPVHCC, VP  | 2026-Q2/report-missing/bao-cao-dinh-ky.KT.2026-H1 | còn nợ               |
      | 2026-Q2 | KT, TTPVHCC, VP  | 2026-Q2/task-done-late/22.0.2026                  | không được chấp nhận |
      | 2026-Q3 | KT, TTPVHCC, VP  | 2026-Q3/target-missed/hai-long-tthc               | được chấp nhận       |
      | 2026-Q3 | KT, TTPVHCC, VP  | 2026-Q3/task-overdue/21.0.2026                    | còn nợ               |
      | 2026-Q4 | KT, VHXH         | 2026-Q4/task-done-late/21.0.2026                  | được chấp nhận       |

  Khung kịch bản: Số liệu mẫu: không báo điều không sai
    Cho số liệu mẫu năm 2026 của xã Trường Xuân đi kèm
    Khi tôi kiểm tra quý <quý>
    Thì kết quả không có phát hiện "<mã phát hiện>"

    Dữ liệu:
      | quý     | mã phát hiện                                     | vì sao                                   |
      | 2026-Q3 | 2026-Q3/task-done-late/22.0.2026                 | đã báo ở quý II, không báo lại           |
      | 2026-Q4 | 2026-Q4/task-done-late/2.0.2026                  | đã báo ở quý III, không báo lại          |
      | 2026-Q2 | 2026-Q2/target-missed/tthc-truc-tuyen-toan-trinh | 81–86% đạt mốc lộ trình 80% của năm 2026 |
      | 2026-Q3 | 2026-Q3/target-missed/tthc-truc-tuyen-toan-trinh | 81–86% đạt mốc lộ trình 80% của năm 2026 |

  Kịch bản: Báo cáo tổng hợp của Phòng Văn hóa - Xã hội có hạn riêng 4 ngày làm việc
    Cho số liệu quý 2026-Q2 mà mọi cơ quan báo cáo đầy đủ, đúng hạn
    Nhưng cơ quan "VHXH" chưa gửi báo cáo "bao-cao-tong-hop" kỳ 2026-H1
    Khi tôi kiểm tra quý 2026-Q2 tính đến ngày 18/06/2026
    Thì kết quả có đúng các phát hiện sau:
      | mã phát hiện                                         | cơ quan | loại           |
      | 2026-Q2/report-missing/bao-cao-tong-hop.VHXH.2026-H1 | VHXH    | report_missing |
    Và thông báo của phát hiện "2026-Q2/report-missing/bao-cao-tong-hop.VHXH.2026-H1" có câu "6 tháng đầu năm 2026 (hạn 18/06/2026)"

  # Lỗi đã biết (kịch bản viết theo cách đúng, đang đánh dấu xfail trong tests/bdd/test_scenarios.py).

  Kịch bản: Báo cáo tổng hợp không gửi thì bị báo thiếu ở ngày xét mặc định
    Cho số liệu quý 2026-Q2 mà mọi cơ quan báo cáo đầy đủ, đúng hạn
    Và số liệu quý 2026-Q3 mà mọi cơ quan báo cáo đầy đủ, đúng hạn
    Nhưng cơ quan "VHXH" chưa gửi báo cáo "bao-cao-tong-hop" kỳ 2026-H1
    Khi tôi kiểm tra quý 2026-Q2
    Và tôi kiểm tra quý 2026-Q3
    Thì một trong các lần kiểm tra trên có phát hiện "report_missing" về "bao-cao-tong-hop.VHXH.2026-H1"

  Kịch bản: Số quý chậm trễ liền nhau phải báo Chủ tịch UBND xã lấy theo bộ quy tắc
    Cho một bản sao của bộ quy tắc Trường Xuân 2026 - 2030 đi kèm
    Và tôi đổi số quý chậm trễ liền nhau phải báo Chủ tịch UBND xã (repeat_quarters) thành 3
    Và số liệu quý 2026-Q1 mà mọi cơ quan báo cáo đầy đủ, đúng hạn
    Và số liệu quý 2026-Q2 mà mọi cơ quan báo cáo đầy đủ, đúng hạn
    Nhưng giá trị chỉ số quý 2026-Q1 có các dòng sau:
      | chỉ số            | giá trị |
      | so-hoa-ho-so-tthc | 95      |
    Và giá trị chỉ số quý 2026-Q2 có các dòng sau:
      | chỉ số            | giá trị |
      | so-hoa-ho-so-tthc | 92      |
    Khi tôi kiểm tra quý 2026-Q2
    Thì danh sách cơ quan chậm trễ là:
      | cơ quan | số phát hiện | chậm cả quý trước | báo cáo lên |
      | TTPVHCC | 1            | có                |             |

  Kịch bản: Giải trình ghi mã phát hiện không có thì được báo, không bị bỏ qua lặng lẽ
    Cho số liệu quý 2026-Q2 mà mọi cơ quan báo cáo đầy đủ, đúng hạn
    Nhưng cơ quan "KT" chưa gửi báo cáo "bao-cao-dinh-ky" kỳ 2026-H1
    Và giải trình quý 2026-Q2 có các dòng sau:
      | mã phát hiện                                      | đơn vị | nguyên nhân | nội dung giải trình                   | ngày gửi   |
      | 2026-Q2/report-missing/bao-cao-dinh-ky.KT.2026-Q2 | KT     | Khách quan  | Hệ thống văn bản điện tử bị gián đoạn | 26/06/2026 |
    Khi tôi kiểm tra quý 2026-Q2
    Thì lệnh có báo các vấn đề sau:
      | vị trí                             | trường  |
      | du-lieu/2026-Q2/explanations.csv:2 | finding |

  Kịch bản: Tệp số liệu đặt tên lạ được cảnh báo, không bị bỏ qua lặng lẽ
    Cho số liệu quý 2026-Q2 mà mọi cơ quan báo cáo đầy đủ, đúng hạn
    Nhưng cơ quan "KT" chưa gửi báo cáo "bao-cao-dinh-ky" kỳ 2026-H1
    Và thư mục số liệu quý 2026-Q2 có thêm tệp "bao-cao-6-thang-KT.csv" gồm các dòng:
      | cơ quan | báo cáo         | kỳ      | ngày nhận  |
      | KT      | bao-cao-dinh-ky | 2026-H1 | 15/06/2026 |
    Khi tôi kiểm tra quý 2026-Q2
    Thì lệnh có báo các vấn đề sau:
      | vị trí                                 | trường | thông báo                                                                                    |
      | du-lieu/2026-Q2/bao-cao-6-thang-KT.csv | (tệp)  | cảnh báo: tệp 'bao-cao-6-thang-KT.csv' không được đọc vì tên tệp không phải một loại số liệu |

  Kịch bản: Kiểm tra tùy chỉnh về giá trị không áp dụng cho chỉ số chưa được báo cáo
    Cho một bản sao của bộ quy tắc Trường Xuân 2026 - 2030 đi kèm
    Và tôi thêm vào tệp checks.yaml của bản sao kiểm tra tùy chỉnh sau:
      | mã            | tên            | áp dụng cho | điều kiện                           | thông báo             | mức độ    | điều khoản |
      | sipas-duoi-99 | SIPAS dưới 99% | indicator   | value < 99 and indicator == "sipas" | Chỉ số SIPAS dưới 99% | violation | II.2.c     |
    Và số liệu quý 2026-Q2 mà mọi cơ quan báo cáo đầy đủ, đúng hạn
    Nhưng giá trị chỉ số quý 2026-Q2 không có dòng của chỉ số "sipas"
    Khi tôi kiểm tra quý 2026-Q2
    Thì kết quả có đúng các phát hiện sau:
      | mã phát hiện                                               | cơ quan | loại                   |
      | 2026-Q2/indicator-not-reported/hai-long-co-quan-hanh-chinh | VHXH    | indicator_not_reported |

  Kịch bản: Dòng tiến độ của cơ quan phối hợp trái với dòng của cơ quan chủ trì là lỗi nêu cả hai dòng
    Cho số liệu quý 2026-Q4 mà mọi cơ quan báo cáo đầy đủ, đúng hạn
    Và thư mục số liệu quý 2026-Q4 có thêm tệp "Tiến độ nhiệm vụ.csv" gồm các dòng:
      | nhiệm vụ | cơ quan | trạng thái     | ngày hoàn thành |
      | 2        | KT      | Đang thực hiện |                 |
    Khi tôi kiểm tra quý 2026-Q4
    Thì lệnh kiểm tra quý kết thúc với mã 2
    Và lệnh báo "du-lieu/2026-Q4/Tiến độ nhiệm vụ.csv:2: trạng thái: dòng này báo tiến độ nhiệm vụ 2 năm 2026 của KT khác với dòng du-lieu/2026-Q4/task_status.csv:3 của VP: trạng thái 'Đang thực hiện' ≠ 'Đã hoàn thành'; ngày hoàn thành — ≠ '05/01/2026'"
    Và lệnh báo "1 lỗi, 0 cảnh báo"
    Và không có tệp kết quả nào được ghi
