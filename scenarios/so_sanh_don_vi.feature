# language: vi
Tính năng: So sánh, xếp hạng Chỉ số cải cách hành chính của nhiều xã, phường một lượt
  Là chuyên viên Sở Nội vụ thành phố, cuối năm tôi chạy "cchc-rules batch" trên một thư mục chứa
  số liệu của mọi xã, phường (mỗi đơn vị một thư mục con, tên bắt đầu bằng mã đơn vị hành chính
  5 chữ số, có thể kèm tệp unit.yaml ghi tên đơn vị) để có bảng xếp hạng theo tổng điểm tự đánh
  giá, biết đơn vị nào có số liệu lỗi (và lỗi gì), mà một đơn vị lỗi không làm dừng cả lượt.

  Bối cảnh:
    Cho thư mục số liệu có các đơn vị sau, chép từ số liệu mẫu của xã Trường Xuân:
      | thư mục              | tên trong unit.yaml | thay đổi                                    |
      | 31294-xa-truong-xuan |                     |                                             |
      | 31297-xa-thanh-an    | Xã Thạnh An         | bỏ tài liệu kiểm chứng năm 2026             |
      | 31300-phuong-an-binh | Phường An Bình      |                                             |
      | 31301-xa-du-lieu-loi |                     | ngày hoàn thành 31/02/2026 trong quý 2026-Q4 |
      | khong-co-ma          |                     |                                             |

  Kịch bản: Các đơn vị được xếp hạng theo tổng điểm; bằng điểm thì đồng hạng
    Khi tôi chạy so sánh các đơn vị năm 2026 với 1 tiến trình
    Thì bảng xếp hạng là:
      | hạng | mã    | tên            | đồng hạng | xếp loại |
      | 1    | 31294 | xã Trường Xuân | có        | Tốt      |
      | 1    | 31300 | Phường An Bình | có        | Tốt      |
      | 3    | 31297 | Xã Thạnh An    | không     | Yếu      |
    Và kết quả của mỗi đơn vị mang mã và tên của chính đơn vị đó

  Kịch bản: Đơn vị có tệp số liệu lỗi được liệt kê kèm lỗi, các đơn vị khác vẫn được xếp hạng
    Khi tôi chạy so sánh các đơn vị năm 2026 với 1 tiến trình
    Thì các thư mục bị bỏ qua là:
      | thư mục              | mã    | lý do                      |
      | 31301-xa-du-lieu-loi | 31301 | số liệu có lỗi             |
      | khong-co-ma          |       | thư mục không có mã đơn vị |
    Và lỗi của đơn vị 31301 chỉ ra tệp "2026-Q4/task_status.csv" dòng 3 có giá trị "31/02/2026"
    Và phần tóm tắt ghi tìm thấy 5 đơn vị, chấm điểm 3, bỏ qua 2

  Kịch bản: Chạy song song cho kết quả giống hệt chạy một tiến trình
    Khi tôi chạy so sánh các đơn vị năm 2026 với 1 tiến trình
    Và tôi chạy so sánh các đơn vị năm 2026 với 2 tiến trình
    Thì hai lần chạy ghi ra hai tệp JSON giống hệt nhau từng byte
