# language: vi
Tính năng: Kiểm tra quý trên số liệu mẫu của xã Trường Xuân năm 2026
  Mỗi quý của số liệu kèm theo cho đúng các phát hiện và các cơ quan chậm trễ dưới đây.
  Một phát hiện thừa hay thiếu (vì một quy tắc bị xóa, một ngưỡng hay một cơ quan chủ trì bị đổi) làm kịch bản không đạt.

  Bối cảnh:
    Cho số liệu mẫu kèm theo bộ quy tắc

  Kịch bản: Quý I/2026: chưa báo cáo một chỉ số
    Khi kiểm tra quý "2026-Q1"
    Thì có đúng các phát hiện:
      | mã                                               | cơ quan | giải trình |
      | 2026-Q1/indicator-not-reported/hai-long-giao-duc | VHXH    | —          |
    Và các cơ quan chậm trễ là:
      | cơ quan |
      | VHXH    |

  Kịch bản: Quý II/2026: báo cáo thiếu, chỉ tiêu số hóa chưa đạt, nhiệm vụ trễ hạn
    Khi kiểm tra quý "2026-Q2"
    Thì có đúng các phát hiện:
      | mã                                                | cơ quan | giải trình           |
      | 2026-Q2/report-missing/bao-cao-dinh-ky.KT.2026-H1 | KT      | còn nợ               |
      | 2026-Q2/target-missed/so-hoa-ho-so                | TTPVHCC | được chấp nhận       |
      | 2026-Q2/task-done-late/22.0.2026                  | KT      | không được chấp nhận |
      | 2026-Q2/task-overdue/2.0.2026                     | VP      | được chấp nhận       |
    Và các cơ quan chậm trễ là:
      | cơ quan |
      | KT      |
      | TTPVHCC |
      | VP      |

  Kịch bản: Quý III/2026: PAKN quá hạn, báo cáo trễ, hai chỉ tiêu chưa đạt
    Khi kiểm tra quý "2026-Q3"
    Thì có đúng các phát hiện:
      | mã                                             | cơ quan | giải trình           |
      | 2026-Q3/pakn-overdue/PAKN-2026-017             | KT      | —                    |
      | 2026-Q3/report-late/bao-cao-dinh-ky.VP.2026-Q3 | VP      | không được chấp nhận |
      | 2026-Q3/target-missed/hai-long-tthc            | TTPVHCC | được chấp nhận       |
      | 2026-Q3/target-missed/xu-ly-pakn               | VP      | còn nợ               |
      | 2026-Q3/task-done-late/2.0.2026                | VP      | được chấp nhận       |
      | 2026-Q3/task-overdue/21.0.2026                 | KT      | còn nợ               |
    Và các cơ quan chậm trễ là:
      | cơ quan |
      | KT      |
      | TTPVHCC |
      | VP      |

  Kịch bản: Quý IV/2026: cảnh báo sớm, PAKN trễ, nhiệm vụ không có sản phẩm
    Khi kiểm tra quý "2026-Q4"
    Thì có đúng các phát hiện:
      | mã                                                                | cơ quan | giải trình     |
      | 2026-Q4/check.canh-bao-som-hai-long-tthc/hai-long-giai-quyet-tthc | TTPVHCC | —              |
      | 2026-Q4/pakn-late/PAKN-2026-017                                   | KT      | —              |
      | 2026-Q4/task-done-late/21.0.2026                                  | KT      | được chấp nhận |
      | 2026-Q4/task-no-product/28.0.2026                                 | VHXH    | —              |
    Và các cơ quan chậm trễ là:
      | cơ quan |
      | KT      |
      | VHXH    |
