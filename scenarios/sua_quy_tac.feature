# language: vi
Tính năng: Xem ảnh hưởng của một sửa đổi quy tắc và chạy kịch bản của bộ quy tắc trước khi ban hành
  Là cán bộ Phòng Văn hóa - Xã hội sửa bộ quy tắc hằng năm (một chỉ tiêu nâng lên, một nhiệm vụ
  giao cho cơ quan khác), trước khi ban hành tôi muốn biết sửa đổi làm thay đổi những phát hiện,
  điểm và cơ quan chậm trễ nào của số liệu thật, do sửa đổi nào; và bộ quy tắc còn làm đúng điều
  chúng tôi định hay không, theo các kịch bản đi kèm bộ quy tắc.

  Bối cảnh:
    Cho bộ quy tắc Trường Xuân đi kèm và một bản sao để sửa

  Kịch bản: Nâng chỉ tiêu hài lòng lên 98% và giao nhiệm vụ 22 cho Văn phòng
    Khi tôi đổi ngưỡng của chỉ tiêu "hai-long-tthc" trong bản sao từ 97 thành 98
    Và tôi đổi cơ quan chủ trì của nhiệm vụ 22 trong bản sao từ "KT" thành "VP"
    Và tôi so sánh hai bộ quy tắc trên số liệu mẫu
    Thì lệnh của cán bộ soạn quy tắc kết thúc với mã 0
    Và có đúng các sửa đổi:
      | sửa đổi                             | trường    | cũ | mới |
      | tasks.yaml:tasks/22                 | lead      | KT | VP  |
      | targets.yaml:targets/hai-long-tthc  | threshold | 97 | 98  |
    Và mỗi trường sửa đổi có vị trí tệp:dòng ở cả hai bản
    Và có đúng các ảnh hưởng:
      | kỳ      | loại            | đối tượng                                                 | do                                 |
      | 2026-Q2 | finding_changed | 2026-Q2/task-done-late/22.0.2026                          | tasks.yaml:tasks/22                |
      | 2026-Q3 | finding_changed | 2026-Q3/target-missed/hai-long-tthc                       | targets.yaml:targets/hai-long-tthc |
      | 2026-Q4 | finding_added   | 2026-Q4/target-missed/hai-long-tthc                       | targets.yaml:targets/hai-long-tthc |
      | 2026-Q4 | lagging_gained  | TTPVHCC                                                   | targets.yaml:targets/hai-long-tthc |

  Kịch bản: Bộ quy tắc đi kèm đạt mọi kịch bản của nó, không quy tắc nào thiếu kịch bản
    Khi tôi chạy các kịch bản của bản sao, đòi đủ độ phủ
    Thì lệnh của cán bộ soạn quy tắc kết thúc với mã 0
    Và dòng cuối cùng in ra là "8/8 kịch bản đạt; độ phủ quy tắc 100 % (101/101)"

  Kịch bản: Nâng ngưỡng một chỉ tiêu làm kịch bản kiểm tra ngưỡng đó không đạt, ở đúng dòng
    Khi tôi đổi ngưỡng của chỉ tiêu "hai-long-tthc" trong bản sao từ 97 thành 98
    Và tôi chạy các kịch bản của bản sao, đòi đủ độ phủ
    Thì lệnh của cán bộ soạn quy tắc kết thúc với mã 1
    Và kết quả in ra có dòng "tests/chi-tieu-2026.feature:28: không mong đợi nhưng có 2026-Q4/target-missed/hai-long-tthc"
    Và dòng cuối cùng in ra là "6/8 kịch bản đạt; độ phủ quy tắc 100 % (101/101)"
