# language: vi
Tính năng: Giải trình của cơ quan về việc chậm, thiếu, không đạt (mục VI.1.c)
  Là cán bộ Phòng Văn hóa - Xã hội, tôi cần biết với mỗi việc chậm, thiếu, không đạt (mỗi phát hiện
  là một dòng) cơ quan đã giải trình chưa: còn nợ và chậm nhất ngày nào; đã quá hạn; đã nhận và được
  chấp nhận (nguyên nhân khách quan); đã nhận nhưng không được chấp nhận (nguyên nhân chủ quan).
  Tình trạng giải trình là một cột của dòng phát hiện, không phải một phát hiện riêng.

  Hạn giải trình là 10 ngày làm việc kể từ lần kiểm tra đầu tiên phát hiện ra việc đó: lần kiểm tra
  định kỳ của quý (ngày xét mặc định, ví dụ 18/06/2026 của quý II) nếu lần đó đã phát hiện; nếu việc
  chỉ phát sinh sau lần kiểm tra định kỳ thì tính từ ngày xét của lần kiểm tra phát hiện ra nó.
  Giải trình còn nợ chỉ là quá hạn khi ngày xét đã qua hạn nộp.

  Kịch bản: Chưa đến hạn thì còn nợ giải trình, chưa quá hạn
    Cho số liệu quý 2026-Q2 mà mọi cơ quan báo cáo đầy đủ, đúng hạn
    Nhưng tiến độ nhiệm vụ quý 2026-Q2 có các dòng sau:
      | nhiệm vụ | trạng thái     | ngày hoàn thành | sản phẩm |
      | 2        | Đang thực hiện |                 |          |
    Khi tôi kiểm tra quý 2026-Q2
    Thì phát hiện "2026-Q2/task-overdue/2.0.2026" còn nợ giải trình, chậm nhất ngày 02/07/2026
    Và giải trình của phát hiện "2026-Q2/task-overdue/2.0.2026" ghi "Còn nợ giải trình, chậm nhất ngày 02/07/2026"
    Và hạn giải trình của phát hiện "2026-Q2/task-overdue/2.0.2026" tính từ lần kiểm tra ngày 18/06/2026
    Và tóm tắt kết quả có 1 phát hiện, 1 vi phạm; giải trình: 1 còn nợ, 0 quá hạn, 0 được chấp nhận, 0 không được chấp nhận

  Kịch bản: Qua hạn mà chưa nhận được giải trình thì quá hạn giải trình
    Cho số liệu quý 2026-Q2 mà mọi cơ quan báo cáo đầy đủ, đúng hạn
    Nhưng tiến độ nhiệm vụ quý 2026-Q2 có các dòng sau:
      | nhiệm vụ | trạng thái     | ngày hoàn thành | sản phẩm |
      | 2        | Đang thực hiện |                 |          |
    Khi tôi kiểm tra quý 2026-Q2 tính đến ngày 03/07/2026
    Thì phát hiện "2026-Q2/task-overdue/2.0.2026" quá hạn giải trình, chậm nhất ngày 02/07/2026
    Và giải trình của phát hiện "2026-Q2/task-overdue/2.0.2026" ghi "Quá hạn giải trình: chậm nhất ngày 02/07/2026 nhưng chưa nhận được"
    Và hạn giải trình của phát hiện "2026-Q2/task-overdue/2.0.2026" tính từ lần kiểm tra ngày 18/06/2026
    Và tóm tắt kết quả có 1 phát hiện, 1 vi phạm; giải trình: 0 còn nợ, 1 quá hạn, 0 được chấp nhận, 0 không được chấp nhận

  Kịch bản: Ngày cuối của hạn vẫn chưa quá hạn
    Cho số liệu quý 2026-Q2 mà mọi cơ quan báo cáo đầy đủ, đúng hạn
    Nhưng tiến độ nhiệm vụ quý 2026-Q2 có các dòng sau:
      | nhiệm vụ | trạng thái     | ngày hoàn thành | sản phẩm |
      | 2        | Đang thực hiện |                 |          |
    Khi tôi kiểm tra quý 2026-Q2 tính đến ngày 02/07/2026
    Thì phát hiện "2026-Q2/task-overdue/2.0.2026" còn nợ giải trình, chậm nhất ngày 02/07/2026

  Kịch bản: Giải trình vì nguyên nhân khách quan được chấp nhận, vẫn là một dòng
    Cho số liệu quý 2026-Q2 mà mọi cơ quan báo cáo đầy đủ, đúng hạn
    Nhưng tiến độ nhiệm vụ quý 2026-Q2 có các dòng sau:
      | nhiệm vụ | trạng thái     | ngày hoàn thành | sản phẩm |
      | 2        | Đang thực hiện |                 |          |
    Và giải trình quý 2026-Q2 có các dòng sau:
      | mã phát hiện                  | đơn vị | nguyên nhân | nội dung giải trình                                       | ngày gửi   |
      | 2026-Q2/task-overdue/2.0.2026 | VP     | Khách quan  | Chờ Kế hoạch của UBND thành phố, ban hành ngày 28/05/2026 | 24/06/2026 |
    Khi tôi kiểm tra quý 2026-Q2 tính đến ngày 10/07/2026
    Thì giải trình của phát hiện "2026-Q2/task-overdue/2.0.2026" có tình trạng "được chấp nhận"
    Và giải trình của phát hiện "2026-Q2/task-overdue/2.0.2026" ghi "Đã nhận giải trình ngày 24/06/2026: nguyên nhân khách quan, được chấp nhận"
    Và tóm tắt kết quả có 1 phát hiện, 1 vi phạm; giải trình: 0 còn nợ, 0 quá hạn, 1 được chấp nhận, 0 không được chấp nhận

  Kịch bản: Giải trình vì nguyên nhân chủ quan không được chấp nhận, phát hiện vẫn là vi phạm
    Cho số liệu quý 2026-Q2 mà mọi cơ quan báo cáo đầy đủ, đúng hạn
    Nhưng tiến độ nhiệm vụ quý 2026-Q2 có các dòng sau:
      | nhiệm vụ | trạng thái    | ngày hoàn thành | sản phẩm                            |
      | 22       | Đã hoàn thành | 10/04/2026      | Báo cáo số 45/BC-KT ngày 10/04/2026 |
    Và giải trình quý 2026-Q2 có các dòng sau:
      | mã phát hiện                     | đơn vị        | nguyên nhân | nội dung giải trình                                     | ngày gửi   |
      | 2026-Q2/task-done-late/22.0.2026 | Phòng Kinh tế | Chủ quan    | Công chức phụ trách kiêm nhiệm, chưa tập trung tổng hợp | 25/06/2026 |
    Khi tôi kiểm tra quý 2026-Q2
    Thì giải trình của phát hiện "2026-Q2/task-done-late/22.0.2026" có tình trạng "không được chấp nhận"
    Và giải trình của phát hiện "2026-Q2/task-done-late/22.0.2026" ghi "Đã nhận giải trình ngày 25/06/2026: nguyên nhân chủ quan, không được chấp nhận"
    Và tóm tắt kết quả có 1 phát hiện, 1 vi phạm; giải trình: 0 còn nợ, 0 quá hạn, 0 được chấp nhận, 1 không được chấp nhận
    Và danh sách cơ quan chậm trễ là:
      | cơ quan | số phát hiện |
      | KT      | 1            |

  Kịch bản: Việc phát sinh sau lần kiểm tra định kỳ có hạn giải trình riêng, tính từ lần kiểm tra phát hiện ra nó
    Nhiệm vụ 21 đến hạn 30/06/2026, sau lần kiểm tra định kỳ quý II (18/06/2026): lần kiểm tra ngày
    06/07/2026 là lần đầu phát hiện, nên hạn giải trình là 10 ngày làm việc sau đó. Nhiệm vụ 2 đã quá
    hạn từ lần kiểm tra định kỳ, nên hạn của nó vẫn là 02/07/2026 và nay đã quá hạn.

    Cho số liệu quý 2026-Q2 mà mọi cơ quan báo cáo đầy đủ, đúng hạn
    Nhưng tiến độ nhiệm vụ quý 2026-Q2 có các dòng sau:
      | nhiệm vụ | trạng thái     | ngày hoàn thành | sản phẩm |
      | 2        | Đang thực hiện |                 |          |
      | 21       | Đang thực hiện |                 |          |
    Khi tôi kiểm tra quý 2026-Q2 tính đến ngày 06/07/2026
    Thì phát hiện "2026-Q2/task-overdue/21.0.2026" còn nợ giải trình, chậm nhất ngày 20/07/2026
    Và hạn giải trình của phát hiện "2026-Q2/task-overdue/21.0.2026" tính từ lần kiểm tra ngày 06/07/2026
    Và phát hiện "2026-Q2/task-overdue/2.0.2026" quá hạn giải trình, chậm nhất ngày 02/07/2026
    Và tóm tắt kết quả có 2 phát hiện, 2 vi phạm; giải trình: 1 còn nợ, 1 quá hạn, 0 được chấp nhận, 0 không được chấp nhận

  Kịch bản: Nhiệm vụ báo hoàn thành mà không có sản phẩm bị phát hiện ngay trong quý báo cáo
    Nhiệm vụ 26 (kế hoạch CCHC hằng năm) đến hạn cuối năm, nhưng cơ quan đã báo hoàn thành ngày
    05/01/2026 mà không ghi sản phẩm: quý I đã phát hiện, không đợi đến quý IV.

    Cho số liệu quý 2026-Q1 mà mọi cơ quan báo cáo đầy đủ, đúng hạn
    Và số liệu quý 2026-Q2 mà mọi cơ quan báo cáo đầy đủ, đúng hạn
    Nhưng tiến độ nhiệm vụ quý 2026-Q1 có các dòng sau:
      | nhiệm vụ | trạng thái    | ngày hoàn thành | sản phẩm |
      | 26       | Đã hoàn thành | 05/01/2026      |          |
    Và tiến độ nhiệm vụ quý 2026-Q2 có các dòng sau:
      | nhiệm vụ | trạng thái    | ngày hoàn thành | sản phẩm |
      | 26       | Đã hoàn thành | 05/01/2026      |          |
    Khi tôi kiểm tra quý 2026-Q1
    Thì kết quả có đúng các phát hiện sau:
      | mã phát hiện                      | cơ quan | loại            |
      | 2026-Q1/task-no-product/26.0.2026 | VHXH    | task_no_product |
    Khi tôi kiểm tra quý 2026-Q2
    Thì kết quả có đúng các phát hiện sau:
      | mã phát hiện                      | cơ quan | loại            |
      | 2026-Q2/task-no-product/26.0.2026 | VHXH    | task_no_product |
    Và danh sách cơ quan chậm trễ là:
      | cơ quan | số phát hiện | chậm cả quý trước |
      | VHXH    | 1            | có                |
