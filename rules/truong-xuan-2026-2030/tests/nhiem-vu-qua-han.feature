# language: vi
Tính năng: Mọi nhiệm vụ có thời hạn đều bị phát hiện khi quá hạn mà chưa hoàn thành
  Đến hết giai đoạn 2026 - 2030 mà không cơ quan nào báo cáo, mỗi nhiệm vụ có mốc thời hạn (một lần, hằng năm,
  theo giai đoạn) là một phát hiện "quá hạn" của cơ quan chủ trì. Nhiệm vụ "thường xuyên" hoặc "khi có sự kiện"
  không có hạn để kiểm tra (nhiệm vụ 1, 5 - 12, 23).

  Kịch bản: Quý IV/2030, xét ngày 05/01/2031, không có số liệu nào
    Cho quý "2030-Q4" không có tệp số liệu nào
    Khi kiểm tra quý "2030-Q4" vào ngày "05/01/2031"
    Thì có các phát hiện:
      | mã                             | cơ quan |
      | 2030-Q4/task-overdue/13.1.2030 | VHXH    |
      | 2030-Q4/task-overdue/14.0.2030 | VHXH    |
      | 2030-Q4/task-overdue/15.0.2026 | VHXH    |
      | 2030-Q4/task-overdue/16.0.2030 | VHXH    |
      | 2030-Q4/task-overdue/17.0.2030 | VHXH    |
      | 2030-Q4/task-overdue/18.0.2030 | VHXH    |
      | 2030-Q4/task-overdue/19.0.2030 | VHXH    |
      | 2030-Q4/task-overdue/2.0.2026  | VP      |
      | 2030-Q4/task-overdue/2.1.2030  | VP      |
      | 2030-Q4/task-overdue/20.0.2030 | VHXH    |
      | 2030-Q4/task-overdue/21.0.2030 | KT      |
      | 2030-Q4/task-overdue/22.0.2030 | KT      |
      | 2030-Q4/task-overdue/24.0.2030 | TTPVHCC |
      | 2030-Q4/task-overdue/25.0.2030 | TTPVHCC |
      | 2030-Q4/task-overdue/26.0.2030 | VHXH    |
      | 2030-Q4/task-overdue/27.0.2030 | VHXH    |
      | 2030-Q4/task-overdue/28.0.2030 | VHXH    |
      | 2030-Q4/task-overdue/29.0.2030 | VHXH    |
      | 2030-Q4/task-overdue/3.0.2030  | VP      |
      | 2030-Q4/task-overdue/30.0.2026 | VHXH    |
      | 2030-Q4/task-overdue/31.0.2030 | VHXH    |
      | 2030-Q4/task-overdue/4.0.2030  | TTPVHCC |
    Và có các phát hiện:
      | mã                                                    | cơ quan |
      | 2030-Q4/report-missing/bao-cao-dinh-ky.KT.2030-Y      | KT      |
      | 2030-Q4/report-missing/bao-cao-dinh-ky.TTPVHCC.2030-Y | TTPVHCC |
      | 2030-Q4/report-missing/bao-cao-dinh-ky.VHXH.2030-Y    | VHXH    |
      | 2030-Q4/report-missing/bao-cao-dinh-ky.VP.2030-Y      | VP      |
      | 2030-Q4/report-missing/bao-cao-tong-hop.VHXH.2030-Y   | VHXH    |
