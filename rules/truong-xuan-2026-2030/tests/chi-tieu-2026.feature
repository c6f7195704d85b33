# language: vi
Tính năng: Ngưỡng của từng chỉ tiêu năm 2026
  Mỗi chỉ số báo cáo đúng bằng ngưỡng của chỉ tiêu thì chỉ tiêu đạt; thấp hơn ngưỡng 0,1 điểm phần trăm thì chưa đạt.
  Kiểm tra tùy chỉnh: cảnh báo sớm khi mức hài lòng từ 97 % đến dưới 98 %, và PAKN còn trong hạn chưa xử lý.
  Nâng một ngưỡng làm kịch bản "đúng bằng ngưỡng" không đạt; hạ một ngưỡng làm kịch bản "thấp hơn ngưỡng" không đạt.

  Kịch bản: Mọi chỉ số đúng bằng ngưỡng: các chỉ tiêu đều đạt
    Cho quý "2026-Q4" không có tệp số liệu nào
    Và tệp "2026-Q4/indicator_values.csv" có:
      | indicator                                        | value |
      | ty-le-nhiem-vu-thanh-pho-giao                    | 100   |
      | hai-long-giai-quyet-tthc                         | 97    |
      | hai-long-giai-quyet-tthc-dat-dai-xay-dung-dau-tu | 95    |
      | tthc-khong-phu-thuoc-dia-gioi                    | 100   |
      | so-hoa-ho-so-tthc                                | 100   |
      | pakn-tiep-nhan-xu-ly                             | 100   |
      | tthc-thanh-toan-truc-tuyen                       | 100   |
      | giao-dich-thanh-toan-truc-tuyen                  | 80    |
      | sipas                                            | 95    |
      | hai-long-y-te-cong                               | 90    |
      | hai-long-giao-duc-cong                           | 90    |
      | tthc-du-dieu-kien-truc-tuyen-toan-trinh          | 80    |
      | ho-so-tthc-truc-tuyen                            | 70    |
    Và tệp "2026-Q4/pakn.csv" có:
      | ref        | agency | received_on | due_on     | handled_on | content                |
      | PAKN-T-001 | VP     | 10/12/2026  | 31/12/2026 |            | Phản ánh còn trong hạn |
    Khi kiểm tra quý "2026-Q4"
    Thì không có các phát hiện:
      | mã                                                          |
      | 2026-Q4/target-missed/nhiem-vu-thanh-pho-giao               |
      | 2026-Q4/target-missed/hai-long-tthc                         |
      | 2026-Q4/target-missed/hai-long-tthc-dat-dai-xay-dung-dau-tu |
      | 2026-Q4/target-missed/tthc-khong-phu-thuoc-dia-gioi         |
      | 2026-Q4/target-missed/so-hoa-ho-so                          |
      | 2026-Q4/target-missed/xu-ly-pakn                            |
      | 2026-Q4/target-missed/tthc-thanh-toan-truc-tuyen            |
      | 2026-Q4/target-missed/giao-dich-thanh-toan-truc-tuyen       |
      | 2026-Q4/target-missed/hai-long-co-quan-hanh-chinh           |
      | 2026-Q4/target-missed/hai-long-y-te                         |
      | 2026-Q4/target-missed/hai-long-giao-duc                     |
      | 2026-Q4/target-missed/tthc-truc-tuyen-toan-trinh            |
      | 2026-Q4/target-missed/ho-so-truc-tuyen                      |
    Và có các phát hiện:
      | mã                                                                | cơ quan |
      | 2026-Q4/check.canh-bao-som-hai-long-tthc/hai-long-giai-quyet-tthc | TTPVHCC |
      | 2026-Q4/check.pakn-tiep-nhan-gan-cuoi-ky/PAKN-T-001               | VP      |

  Kịch bản: Mọi chỉ số thấp hơn ngưỡng: các chỉ tiêu đều chưa đạt
    Cho quý "2026-Q4" không có tệp số liệu nào
    Và tệp "2026-Q4/indicator_values.csv" có:
      | indicator                                        | value |
      | ty-le-nhiem-vu-thanh-pho-giao                    | 99.9  |
      | hai-long-giai-quyet-tthc                         | 96.9  |
      | hai-long-giai-quyet-tthc-dat-dai-xay-dung-dau-tu | 94.9  |
      | tthc-khong-phu-thuoc-dia-gioi                    | 99.9  |
      | so-hoa-ho-so-tthc                                | 99.9  |
      | pakn-tiep-nhan-xu-ly                             | 99.9  |
      | tthc-thanh-toan-truc-tuyen                       | 99.9  |
      | giao-dich-thanh-toan-truc-tuyen                  | 79.9  |
      | sipas                                            | 94.9  |
      | hai-long-y-te-cong                               | 89.9  |
      | hai-long-giao-duc-cong                           | 89.9  |
      | tthc-du-dieu-kien-truc-tuyen-toan-trinh          | 79.9  |
      | ho-so-tthc-truc-tuyen                            | 69.9  |
    Khi kiểm tra quý "2026-Q4"
    Thì có các phát hiện:
      | mã                                                          |
      | 2026-Q4/target-missed/nhiem-vu-thanh-pho-giao               |
      | 2026-Q4/target-missed/hai-long-tthc                         |
      | 2026-Q4/target-missed/hai-long-tthc-dat-dai-xay-dung-dau-tu |
      | 2026-Q4/target-missed/tthc-khong-phu-thuoc-dia-gioi         |
      | 2026-Q4/target-missed/so-hoa-ho-so                          |
      | 2026-Q4/target-missed/xu-ly-pakn                            |
      | 2026-Q4/target-missed/tthc-thanh-toan-truc-tuyen            |
      | 2026-Q4/target-missed/giao-dich-thanh-toan-truc-tuyen       |
      | 2026-Q4/target-missed/hai-long-co-quan-hanh-chinh           |
      | 2026-Q4/target-missed/hai-long-y-te                         |
      | 2026-Q4/target-missed/hai-long-giao-duc                     |
      | 2026-Q4/target-missed/tthc-truc-tuyen-toan-trinh            |
      | 2026-Q4/target-missed/ho-so-truc-tuyen                      |
    Và không có các phát hiện:
      | mã                                                                |
      | 2026-Q4/check.canh-bao-som-hai-long-tthc/hai-long-giai-quyet-tthc |
