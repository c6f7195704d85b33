# language: vi
Tính năng: Danh mục quy tắc cho cơ quan giám sát
  Là cán bộ Phòng Văn hóa - Xã hội (cơ quan thường trực cải cách hành chính của xã), tôi chạy
  "cchc-rules catalogue" để in toàn bộ bộ quy tắc thành một tài liệu đọc được: mọi nhiệm vụ, chỉ
  tiêu, nhiệm vụ báo cáo, kiểm tra tùy chỉnh và tiêu chí chấm điểm, mỗi mục kèm điều khoản của kế
  hoạch (hoặc của bộ chỉ số) và vị trí trong tệp quy tắc (tệp:dòng), để cơ quan giám sát đối chiếu
  bộ quy tắc với Kế hoạch. Không có -o thì danh mục là Markdown in ra màn hình; -o TỆP.html ghi một
  trang HTML in được trên khổ A4.

  Bối cảnh:
    Cho một bản sao của bộ quy tắc Trường Xuân 2026 - 2030 đi kèm

  Kịch bản: Danh mục quy tắc liệt kê đủ 31 nhiệm vụ kèm điều khoản
    Khi tôi lập danh mục quy tắc dạng Markdown
    Thì danh mục có 31 nhiệm vụ, đánh số từ 1 đến 31
    Và mỗi nhiệm vụ trong danh mục ghi điều khoản và vị trí của nó trong tasks.yaml
    Và danh mục ghi các nhiệm vụ sau:
      | nhiệm vụ | chủ trì                                                | mốc kiểm tra                                         | điều khoản      |
      | 2        | Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã (VP) | Ban hành kế hoạch: chậm nhất 31/03/2026 (quý I/2026) | Phụ lục, mục 2  |
      | 5        | Trung tâm Phục vụ hành chính công (TTPVHCC)            | Thường xuyên                                         | Phụ lục, mục 5  |
      | 21       | Phòng Kinh tế (KT)                                     | Hằng năm, chậm nhất 30/06 (cuối quý II), từ 2026 đến 2030 | Phụ lục, mục 21 |
      | 31       | Phòng Văn hóa - Xã hội (VHXH)                          | Chậm nhất 31/12/2030 (năm 2030)                      | Phụ lục, mục 31 |

  Kịch bản: Danh mục quy tắc liệt kê mọi tiêu chí chấm điểm kèm điều khoản
    Khi tôi lập danh mục quy tắc dạng HTML
    Thì mỗi tiêu chí của bộ chỉ số năm 2026 có trong danh mục với điểm tối đa, cách chấm và điều khoản
    Và danh mục ghi các tiêu chí sau:
      | tiêu chí | điểm tối đa | điều khoản           | cách chấm có câu                                           |
      | 1.1.1    | 1           | Phụ lục, mục 26; IV.1 | trễ hạn → 0,5 điểm (50% điểm tối đa)                       |
      | 1.2      | 1,5         | VI.1.b; VI.2.d        | trừ 0,5 điểm cho mỗi báo cáo trễ hạn hoặc không gửi        |
      | 8.1      | 10          | II.2.c; VI.2.e        | 10 điểm × min(1, giá trị / 95). Dưới 50 → 0.               |
    Và danh mục ghi rõ bộ chỉ số năm 2026 là bộ chỉ số mô hình
    Và trang HTML không tải gì từ mạng

  Kịch bản: Danh mục lấy nội dung từ bộ quy tắc đang dùng, không từ bản đi kèm
    Khi tôi đổi cơ quan chủ trì của nhiệm vụ 7 thành "VP"
    Và tôi đổi thời hạn hoàn thành của nhiệm vụ 30 thành "Q2/2026"
    Và tôi lập danh mục quy tắc dạng Markdown
    Thì danh mục ghi các nhiệm vụ sau:
      | nhiệm vụ | chủ trì                                                | mốc kiểm tra                         | điều khoản      |
      | 7        | Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã (VP) | Thường xuyên                         | Phụ lục, mục 7  |
      | 30       | Phòng Văn hóa - Xã hội (VHXH)                          | Chậm nhất 30/06/2026 (quý II/2026)   | Phụ lục, mục 30 |
