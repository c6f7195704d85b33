# language: vi
Tính năng: Kiểm tra bộ quy tắc trước khi dùng
  Là cán bộ Phòng Văn hóa - Xã hội (cơ quan thường trực cải cách hành chính của xã),
  tôi sửa các tệp quy tắc của Kế hoạch CCHC bằng trình soạn thảo văn bản.
  Trước khi dùng bộ quy tắc để theo dõi tiến độ, tôi chạy "cchc-rules check" để biết
  mọi chỗ viết sai: ở tệp nào, dòng nào, cột nào, trường nào, sai thế nào và sửa ra sao.
  Lệnh kết thúc với mã 0 khi bộ quy tắc dùng được, mã 1 khi còn lỗi.

  Bối cảnh:
    Cho một bản sao của bộ quy tắc Trường Xuân 2026 - 2030 đi kèm

  Kịch bản: Bộ quy tắc đi kèm hợp lệ
    Khi tôi kiểm tra bộ quy tắc
    Thì lệnh kết thúc với mã 0
    Và không có lỗi hay cảnh báo nào được liệt kê
    Và dòng cuối cùng là "Bộ quy tắc quy-tac hợp lệ (0 lỗi, 0 cảnh báo)."

  Kịch bản: Gõ nhầm mã cơ quan chủ trì của một nhiệm vụ
    Khi tôi đổi cơ quan chủ trì của nhiệm vụ 7 thành "TTPVHC"
    Và tôi kiểm tra bộ quy tắc
    Thì lệnh kết thúc với mã 1
    Và kết quả liệt kê đúng các vấn đề sau:
      | vị trí                      | trường        | thông báo                                                 |
      | quy-tac/tasks.yaml:101:11   | tasks[6].lead | mã cơ quan 'TTPVHC' không có trong plan.yaml (agencies)   |
    Và gợi ý cho vấn đề ở quy-tac/tasks.yaml:101:11 có câu "Có phải ý bạn là 'TTPVHCC'?"
    Và dòng cuối cùng là "Bộ quy tắc quy-tac: 1 lỗi, 0 cảnh báo."

  Kịch bản: Mã cơ quan dán lẫn một ký tự ẩn được chỉ rõ ký tự và vị trí
    Khi tôi đổi cơ quan chủ trì của nhiệm vụ 7 thành "TTPVHCC" có lẫn ký tự U+200B ở cuối
    Và tôi kiểm tra bộ quy tắc
    Thì lệnh kết thúc với mã 1
    Và kết quả liệt kê đúng các vấn đề sau:
      | vị trí                    | trường        | thông báo                                                              |
      | quy-tac/tasks.yaml:101:18 | tasks[6].lead | có ký tự ẩn U+200B ZERO WIDTH SPACE ở vị trí 8 của 'TTPVHCC⟨U+200B⟩' |
    Và gợi ý cho vấn đề ở quy-tac/tasks.yaml:101:18 có câu "Xóa ký tự này"

  Khung kịch bản: Mã cơ quan gõ nhầm được gợi ý mã gần nhất
    Khi tôi đổi cơ quan chủ trì của nhiệm vụ <nhiệm vụ> thành "<mã gõ nhầm>"
    Và tôi kiểm tra bộ quy tắc
    Thì lệnh kết thúc với mã 1
    Và gợi ý cho vấn đề ở quy-tac/tasks.yaml:<dòng>:11 có câu "Có phải ý bạn là '<mã đúng>'?"

    Dữ liệu:
      | nhiệm vụ | dòng | mã gõ nhầm | mã đúng |
      | 7        | 101  | TTPVHC     | TTPVHCC |
      | 13       | 189  | VHX        | VHXH    |
      | 21       | 321  | KTT        | KT      |
      | 24       | 363  | TTPHCC     | TTPVHCC |

  Kịch bản: Ngưỡng phần trăm vượt quá 100%
    Khi tôi đổi ngưỡng của chỉ tiêu "hai-long-tthc" thành 120
    Và tôi kiểm tra bộ quy tắc
    Thì lệnh kết thúc với mã 1
    Và kết quả liệt kê đúng các vấn đề sau:
      | vị trí                       | trường               | thông báo                              |
      | quy-tac/targets.yaml:133:16  | targets[1].threshold | ngưỡng 120% nằm ngoài khoảng 0–100%    |
    Và gợi ý cho vấn đề ở quy-tac/targets.yaml:133:16 là "Tỷ lệ phần trăm phải từ 0 đến 100."

  Khung kịch bản: Ngưỡng phần trăm phải từ 0 đến 100
    Khi tôi đổi ngưỡng của chỉ tiêu "hai-long-tthc" thành <ngưỡng>
    Và tôi kiểm tra bộ quy tắc
    Thì lệnh kết thúc với mã <mã thoát>

    Dữ liệu:
      | ngưỡng | mã thoát |
      | 0      | 0        |
      | 97.5   | 0        |
      | 100    | 0        |
      | 100.5  | 1        |
      | -5     | 1        |

  Kịch bản: Tên trường gõ sai được chỉ ra kèm tên đúng
    Khi tôi gõ nhầm tên trường "lead" của nhiệm vụ 7 thành "leed"
    Và tôi kiểm tra bộ quy tắc
    Thì lệnh kết thúc với mã 1
    Và kết quả liệt kê đúng các vấn đề sau:
      | vị trí                    | trường        | thông báo                                  |
      | quy-tac/tasks.yaml:98:5   | tasks[6].lead | thiếu trường bắt buộc 'lead'               |
      | quy-tac/tasks.yaml:101:5  | tasks[6].leed | trường 'leed' không có trong định dạng     |
    Và gợi ý cho vấn đề ở quy-tac/tasks.yaml:101:5 có câu "Có phải ý bạn là 'lead'?"

  Kịch bản: Hai nhiệm vụ trùng số thứ tự
    Khi tôi đổi số thứ tự của nhiệm vụ 8 thành 7
    Và tôi kiểm tra bộ quy tắc
    Thì lệnh kết thúc với mã 1
    Và kết quả liệt kê đúng các vấn đề sau:
      | vị trí                     | trường          | thông báo                                                                |
      | quy-tac/tasks.yaml:8:3     | tasks           | cảnh báo: số thứ tự nhiệm vụ không liên tục, thiếu số 8                  |
      | quy-tac/tasks.yaml:111:13  | tasks[7].number | số thứ tự nhiệm vụ '7' bị trùng (đã khai báo ở tasks.yaml:98)            |

  Kịch bản: Chữ no không đặt trong dấu nháy bị YAML đọc thành giá trị đúng/sai
    Khi tôi viết tên gọi khác đầu tiên của cơ quan "KT" là no không có dấu nháy
    Và tôi kiểm tra bộ quy tắc
    Thì lệnh kết thúc với mã 1
    Và kết quả liệt kê đúng các vấn đề sau:
      | vị trí                  | trường                | thông báo                                                       |
      | quy-tac/plan.yaml:55:9  | agencies[2].aliases[0] | YAML đọc no thành giá trị đúng/sai, nhưng ở đây cần văn bản    |
    Và gợi ý cho vấn đề ở quy-tac/plan.yaml:55:9 là "Đặt giá trị trong dấu nháy: "no"."

  Khung kịch bản: Các chữ YAML 1.1 đọc thành đúng/sai phải đặt trong dấu nháy
    Khi tôi viết tên gọi khác đầu tiên của cơ quan "KT" là <chữ> không có dấu nháy
    Và tôi kiểm tra bộ quy tắc
    Thì lệnh kết thúc với mã 1
    Và gợi ý cho vấn đề ở quy-tac/plan.yaml:55:9 là "Đặt giá trị trong dấu nháy: "<chữ>"."

    Dữ liệu:
      | chữ  |
      | no   |
      | No   |
      | yes  |
      | on   |
      | off  |
      | TRUE |

  Kịch bản: Thời hạn nằm ngoài giai đoạn của kế hoạch
    Khi tôi đổi thời hạn hoàn thành của nhiệm vụ 2 thành "Q1/2032"
    Và tôi kiểm tra bộ quy tắc
    Thì lệnh kết thúc với mã 1
    Và kết quả có các vấn đề sau:
      | vị trí                   | trường                     |
      | quy-tac/tasks.yaml:35:15 | tasks[1].schedule.parts[0].by |
    Và thông báo cho vấn đề ở quy-tac/tasks.yaml:35:15 có câu "nằm ngoài giai đoạn của kế hoạch (2026–2030)"
    Và gợi ý cho vấn đề ở quy-tac/tasks.yaml:35:15 là "Sửa năm cho nằm trong giai đoạn, hoặc sửa 'period' trong plan.yaml."

  Kịch bản: Thông báo bằng tiếng Anh
    Khi tôi đổi cơ quan chủ trì của nhiệm vụ 7 thành "TTPVHC"
    Và tôi kiểm tra bộ quy tắc với thông báo tiếng Anh
    Thì lệnh kết thúc với mã 1
    Và kết quả liệt kê đúng các vấn đề sau:
      | vị trí                    | trường        | thông báo                                               |
      | quy-tac/tasks.yaml:101:11 | tasks[6].lead | agency code 'TTPVHC' is not in plan.yaml (agencies)     |
    Và gợi ý cho vấn đề ở quy-tac/tasks.yaml:101:11 có câu "Did you mean 'TTPVHCC'?"
    Và dòng cuối cùng là "Rule pack quy-tac: 1 error(s), 0 warning(s)."

  Kịch bản: Nhiều lỗi ở nhiều tệp được báo hết trong một lần chạy
    Khi tôi đổi cơ quan chủ trì của nhiệm vụ 7 thành "TTPVHC"
    Và tôi đổi thời hạn hoàn thành của nhiệm vụ 2 thành "Q1/2032"
    Và tôi đổi ngưỡng của chỉ tiêu "hai-long-tthc" thành 120
    Và tôi đổi cơ quan chủ trì của nhiệm vụ 13 thành "VHX"
    Và tôi kiểm tra bộ quy tắc
    Thì lệnh kết thúc với mã 1
    Và kết quả báo 4 lỗi, không dừng ở lỗi đầu tiên
    Và kết quả liệt kê đúng các vấn đề sau:
      | vị trí                       | trường                        |
      | quy-tac/targets.yaml:133:16  | targets[1].threshold          |
      | quy-tac/tasks.yaml:35:15     | tasks[1].schedule.parts[0].by |
      | quy-tac/tasks.yaml:101:11    | tasks[6].lead                 |
      | quy-tac/tasks.yaml:189:11    | tasks[12].lead                |

  Kịch bản: Lỗi định dạng không che các lỗi khác trong cùng tệp
    Khi tôi gõ nhầm tên trường "lead" của nhiệm vụ 7 thành "leed"
    Và tôi đổi cơ quan chủ trì của nhiệm vụ 13 thành "VHX"
    Và tôi kiểm tra bộ quy tắc
    Thì lệnh kết thúc với mã 1
    Và kết quả có các vấn đề sau:
      | vị trí                    | trường         |
      | quy-tac/tasks.yaml:101:5  | tasks[6].leed  |
      | quy-tac/tasks.yaml:189:11 | tasks[12].lead |

  Kịch bản: Bộ chỉ số chấm điểm không nhận ngưỡng tỷ lệ trên 100 %
    Tiêu chí 3.6 chấm theo tỷ lệ: điểm tối đa × tỷ lệ / ngưỡng. Ngưỡng 120 % không bao giờ đạt được,
    nên tiêu chí bị hạ điểm mà không ai biết.

    Khi tôi đổi ngưỡng tỷ lệ của tiêu chí "3.6" trong bộ chỉ số năm 2026 thành 120
    Và tôi kiểm tra bộ quy tắc
    Thì lệnh kết thúc với mã 1
    Và kết quả có các vấn đề sau:
      | vị trí                              | thông báo                                                                                                   |
      | quy-tac/scoring/2026.yaml:549:91    | ngưỡng 120 % của tiêu chí 3.6 vượt quá 100 %: tỷ lệ không bao giờ đạt được, điểm bị hạ mà không báo          |
    Và gợi ý cho vấn đề ở quy-tac/scoring/2026.yaml:549:91 có câu "Ghi ngưỡng từ 0 đến 100"

  Kịch bản: Điểm tối đa các phần không cộng lại thành 100 thì có cảnh báo
    Khi tôi đổi điểm tối đa của phần "B" trong bộ chỉ số năm 2026 thành 20 và tổng điểm thành 90
    Và tôi kiểm tra bộ quy tắc
    Thì kết quả có các vấn đề sau:
      | thông báo                                                                                                  |
      | cảnh báo: điểm tối đa các phần cộng lại là 90, không phải 100; điểm chưa quy đổi sẽ không theo thang 100   |
