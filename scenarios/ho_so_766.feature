# language: vi
Tính năng: Số liệu Bộ chỉ số 766 tính từ tệp hồ sơ và tệp PAKN xuất từ hệ thống một cửa
  Là cán bộ Bộ phận Một cửa của xã, tôi đưa tệp hồ sơ xuất từ hệ thống một cửa vào và nhận lại tử số,
  mẫu số của từng chỉ số theo tháng, quý, năm dương lịch, tính đúng các quy tắc đúng hạn của
  Cổng Dịch vụ công quốc gia, để tự kiểm tra từng hồ sơ trước khi Cổng công bố điểm.

  Kịch bản: Hồ sơ bị yêu cầu bổ sung từ lần thứ hai trở đi thì tính là trễ hạn dù trả trước hẹn
    Cho tệp hồ sơ của đơn vị 31120 thuộc tỉnh 92:
      | MaHoSo | MaTTHC | NgayTiepNhan     | NgayHenTra       | NgayXuLyXong     | SoLanYeuCauBoSung |
      | H1     | T1     | 2026-07-01 08:00 | 2026-07-10 17:00 | 2026-07-05 10:00 | 2                 |
      | H2     | T1     | 2026-07-01 08:00 | 2026-07-10 17:00 | 2026-07-05 10:00 | 1                 |
    Khi tôi tính số liệu chỉ số 766 kỳ 2026-Q3
    Thì chỉ số DOSSIER_ON_TIME của đơn vị 31120 kỳ 2026-Q3 có tử số 1 và mẫu số 2

  Kịch bản: Thời gian người dân bổ sung hồ sơ được trừ khỏi thời gian giải quyết
    Cho tệp hồ sơ của đơn vị 31120 thuộc tỉnh 92:
      | MaHoSo | MaTTHC | NgayTiepNhan     | NgayHenTra       | NgayXuLyXong     | SoLanYeuCauBoSung | ThoiGianBoSung |
      | H1     | T1     | 2026-07-01 08:00 | 2026-07-10 17:00 | 2026-07-11 20:00 | 1                 | 30             |
      | H2     | T1     | 2026-07-01 08:00 | 2026-07-10 17:00 | 2026-07-11 20:00 | 1                 | 2              |
    Khi tôi tính số liệu chỉ số 766 kỳ 2026-Q3
    Thì chỉ số DOSSIER_ON_TIME của đơn vị 31120 kỳ 2026-Q3 có tử số 1 và mẫu số 2

  Kịch bản: Hồ sơ chưa xong được xét tại ngày cuối kỳ, nên cùng hồ sơ đúng hạn trong tháng mà trễ trong quý
    Cho tệp hồ sơ của đơn vị 31120 thuộc tỉnh 92:
      | MaHoSo | MaTTHC | NgayTiepNhan     | NgayHenTra       | NgayXuLyXong     |
      | H1     | T1     | 2026-07-20 08:00 | 2026-08-10 17:00 | 2026-08-12 09:00 |
      | H2     | T1     | 2026-09-20 08:00 | 2026-10-05 17:00 |                  |
      | H3     | T1     | 2026-09-01 08:00 | 2026-09-25 17:00 |                  |
    Khi tôi tính số liệu chỉ số 766 kỳ 2026-07, 2026-Q3
    Thì chỉ số DOSSIER_ON_TIME của đơn vị 31120 kỳ 2026-07 có tử số 1 và mẫu số 1
    Và chỉ số DOSSIER_ON_TIME của đơn vị 31120 kỳ 2026-Q3 có tử số 1 và mẫu số 3

  Kịch bản: Hồ sơ chuyển sang từ kỳ trước mà chưa xong vẫn được tính vào kỳ này
    Cho tệp hồ sơ của đơn vị 31120 thuộc tỉnh 92:
      | MaHoSo | MaTTHC | NgayTiepNhan     | NgayHenTra       | NgayXuLyXong     |
      | H1     | T1     | 2026-06-25 08:00 | 2026-07-03 17:00 | 2026-07-02 09:00 |
      | H2     | T1     | 2026-06-10 08:00 | 2026-06-20 17:00 | 2026-06-19 09:00 |
    Khi tôi tính số liệu chỉ số 766 kỳ 2026-Q3
    Thì chỉ số DOSSIER_ON_TIME của đơn vị 31120 kỳ 2026-Q3 có tử số 1 và mẫu số 1
    Và chỉ số DOSSIER_SYNC của đơn vị 31120 kỳ 2026-Q3 có tử số 0 và mẫu số 0

  Kịch bản: Trạng thái kết thúc được lấy theo thứ tự đã xử lý xong, đã trả kết quả, dừng xử lý
    Cho tệp hồ sơ của đơn vị 31120 thuộc tỉnh 92:
      | MaHoSo | MaTTHC | NgayTiepNhan     | NgayHenTra       | NgayXuLyXong     | NgayTraKetQua    | NgayDungXuLy     |
      | H1     | T1     | 2026-07-01 08:00 | 2026-07-10 17:00 | 2026-07-09 09:00 | 2026-07-20 09:00 |                  |
      | H2     | T1     | 2026-07-01 08:00 | 2026-07-10 17:00 |                  | 2026-07-12 09:00 | 2026-07-03 09:00 |
      | H3     | T1     | 2026-07-01 08:00 | 2026-07-10 17:00 |                  |                  | 2026-07-04 09:00 |
    Khi tôi tính số liệu chỉ số 766 kỳ 2026-Q3
    Thì chỉ số DOSSIER_ON_TIME của đơn vị 31120 kỳ 2026-Q3 có tử số 2 và mẫu số 3

  Kịch bản: Hồ sơ đang chờ người dân bổ sung được xét tại lúc yêu cầu bổ sung
    Cho tệp hồ sơ của đơn vị 31120 thuộc tỉnh 92:
      | MaHoSo | MaTTHC | NgayTiepNhan     | NgayHenTra       | SoLanYeuCauBoSung | NgayYeuCauBoSungChuaXong |
      | H1     | T1     | 2026-09-01 08:00 | 2026-09-10 17:00 | 1                 | 2026-09-05 09:00         |
      | H2     | T1     | 2026-09-01 08:00 | 2026-09-10 17:00 | 1                 | 2026-09-12 09:00         |
    Khi tôi tính số liệu chỉ số 766 kỳ 2026-Q3
    Thì chỉ số DOSSIER_ON_TIME của đơn vị 31120 kỳ 2026-Q3 có tử số 1 và mẫu số 2

  Kịch bản: Hạn xử lý PAKN tính theo ngày làm việc, ngày lễ 2/9 không tính
    Cho tệp PAKN của đơn vị 31120 thuộc tỉnh 92:
      | MaPAKN | NgayGui          | NgayXuLy         | NgayCongKhai     |
      | P1     | 2026-08-28 10:00 | 2026-09-21 10:00 | 2026-09-22 10:00 |
      | P2     | 2026-08-28 10:00 | 2026-09-22 10:00 | 2026-09-22 10:00 |
    Và ngày lễ 02/09/2026
    Khi tôi tính số liệu chỉ số 766 kỳ 2026-Q3
    Thì chỉ số PETITION_PROCESSING_ON_TIME của đơn vị 31120 kỳ 2026-Q3 có tử số 1 và mẫu số 2

  Kịch bản: Không có ngày lễ thì PAKN xử lý vào ngày làm việc thứ 16 là trễ hạn
    Cho tệp PAKN của đơn vị 31120 thuộc tỉnh 92:
      | MaPAKN | NgayGui          | NgayXuLy         | NgayCongKhai     |
      | P1     | 2026-08-28 10:00 | 2026-09-21 10:00 | 2026-09-22 10:00 |
    Khi tôi tính số liệu chỉ số 766 kỳ 2026-Q3
    Thì chỉ số PETITION_PROCESSING_ON_TIME của đơn vị 31120 kỳ 2026-Q3 có tử số 0 và mẫu số 1

  Kịch bản: Xã dùng số liệu công bố TTHC của tỉnh
    Cho tệp hồ sơ của đơn vị 31120 thuộc tỉnh 92:
      | MaHoSo | MaTTHC | NgayTiepNhan     | NgayHenTra       | NgayXuLyXong     |
      | H1     | T1     | 2026-07-01 08:00 | 2026-07-10 17:00 | 2026-07-05 10:00 |
    Và tệp metric_counts:
      | đơn vị | kỳ      | chỉ số          | tử số | mẫu số |
      | 92     | 2026-Q3 | PUBLISH_ON_TIME | 47    | 50     |
    Khi tôi tính số liệu chỉ số 766 kỳ 2026-Q3
    Thì chỉ số PUBLISH_ON_TIME của đơn vị 31120 kỳ 2026-Q3 có tử số 47 và mẫu số 50
    Và chỉ số PUBLISH_ON_TIME của đơn vị 31120 kỳ 2026-Q3 lấy từ tỉnh 92

  Kịch bản: Dòng hồ sơ sai được báo đúng tệp, đúng dòng, không dòng nào bị bỏ qua
    Cho tệp hồ sơ của đơn vị 31120 thuộc tỉnh 92:
      | MaHoSo | MaTTHC | NgayTiepNhan     | NgayHenTra       | KenhThucHien |
      | H1     | T1     | 2026-07-01 08:00 | 2026-07-10 17:00 | 2            |
      | H2     | T1     | 31/06/2026       | 2026-07-10 17:00 | 4            |
    Khi tôi tính số liệu chỉ số 766 kỳ 2026-Q3
    Thì việc tính bị dừng với lỗi "ho_so.csv:3: NgayTiepNhan: giá trị '31/06/2026' không đọc được"
    Và việc tính bị dừng với lỗi "ho_so.csv:3: KenhThucHien: giá trị '4' không đọc được; cần 1 (trực tiếp), 2 (trực tuyến) hoặc 3 (bưu chính)"

  Kịch bản: Mã chỉ số viết sai trong metric_counts được gợi ý mã đúng
    Cho tệp metric_counts:
      | unit  | period  | metric          | numerator | denominator |
      | 31120 | 2026-Q3 | DOSIER_ON_TIME  | 90        | 100         |
    Khi tôi tính số liệu chỉ số 766 kỳ 2026-Q3
    Thì việc tính bị dừng với lỗi "metric_counts.csv:2: metric: mã chỉ số 'DOSIER_ON_TIME' không có trong Bộ chỉ số 766"
    Và việc tính bị dừng với lỗi "Có phải ý bạn là 'DOSSIER_ON_TIME'?"

  Kịch bản: Hồ sơ không có ngày hẹn trả được xét theo thời hạn giải quyết của TTHC
    Cho tệp danh mục TTHC:
      | MaTTHC | ThoiHanGiaiQuyet | DonViTinh     |
      | T1     | 3                | ngày làm việc |
      | T2     | 8                | giờ           |
    Và tệp hồ sơ của đơn vị 31120 thuộc tỉnh 92:
      | MaHoSo | MaTTHC | NgayTiepNhan     | NgayXuLyXong     |
      | H1     | T1     | 2026-07-03 08:00 | 2026-07-08 16:00 |
      | H2     | T1     | 2026-07-03 08:00 | 2026-07-09 08:00 |
      | H3     | T2     | 2026-07-06 08:00 | 2026-07-06 15:00 |
      | H4     | T2     | 2026-07-06 08:00 | 2026-07-06 17:00 |
    Khi tôi tính số liệu chỉ số 766 kỳ 2026-Q3
    Thì chỉ số DOSSIER_ON_TIME của đơn vị 31120 kỳ 2026-Q3 có tử số 2 và mẫu số 4

  Kịch bản: Hồ sơ trực tuyến của TTHC trả kết quả bản giấy chỉ được tính khi có kết quả điện tử
    Cho tệp danh mục TTHC:
      | MaTTHC | YeuCauKetQuaGiay |
      | T1     | 1                |
    Và tệp hồ sơ của đơn vị 31120 thuộc tỉnh 92:
      | MaHoSo | MaTTHC | KenhThucHien | NgayTiepNhan     | DuongDanTepTinKetQua | SoTepThanhPhan |
      | H1     | T1     | 2            | 2026-07-01 08:00 | https://kq.vn/1      | 2              |
      | H2     | T1     | 2            | 2026-07-01 08:00 |                      | 2              |
      | H3     | T1     |              | 2026-07-01 08:00 | https://kq.vn/3      | 0              |
    Khi tôi tính số liệu chỉ số 766 kỳ 2026-Q3
    Thì chỉ số DVCTT_ONLINE_DOSSIER của đơn vị 31120 kỳ 2026-Q3 có tử số 1 và mẫu số 3
    Và chỉ số ORIGINAL_RESULT_AVAILABLE của đơn vị 31120 kỳ 2026-Q3 có tử số 2 và mẫu số 3
    Và chỉ số SO_HOA_GIAY_TO_GIAI_QUYET của đơn vị 31120 kỳ 2026-Q3 có tử số 1 và mẫu số 3

  Kịch bản: Hồ sơ có mọi khoản phí bằng 0 không vào mẫu số thanh toán trực tuyến
    Cho tệp danh mục TTHC:
      | MaTTHC | CoPhiLePhi |
      | T1     | 1          |
      | T2     | 0          |
    Và tệp hồ sơ của đơn vị 31120 thuộc tỉnh 92:
      | MaHoSo | MaTTHC | NgayTiepNhan     | TongPhiLePhi | DuocThanhToanTrucTuyen |
      | H1     | T1     | 2026-07-01 08:00 | 50000        | 1                      |
      | H2     | T1     | 2026-07-01 08:00 | 50000        | 0                      |
      | H3     | T1     | 2026-07-01 08:00 | 0            | 0                      |
      | H4     | T2     | 2026-07-01 08:00 |              | 2                      |
    Khi tôi tính số liệu chỉ số 766 kỳ 2026-Q3
    Thì chỉ số PAYMENT_DOSSIER_ONLINE của đơn vị 31120 kỳ 2026-Q3 có tử số 1 và mẫu số 2
    Và chỉ số PAYMENT_FORMALITY_PAID của đơn vị 31120 kỳ 2026-Q3 có tử số 1 và mẫu số 1

  Kịch bản: Giải thích một chỉ số 766 chỉ ra phép tính và các hồ sơ được tính, không được tính, kèm tệp:dòng và lý do
    Cho tệp hồ sơ của đơn vị 31120 thuộc tỉnh 92:
      | MaHoSo | MaTTHC | NgayTiepNhan     | NgayHenTra       | NgayXuLyXong     | SoLanYeuCauBoSung |
      | H1     | T1     | 2026-07-01 08:00 | 2026-07-10 17:00 | 2026-07-05 10:00 | 0                 |
      | H2     | T1     | 2026-07-01 08:00 | 2026-07-10 17:00 | 2026-07-15 10:00 | 0                 |
      | H3     | T1     | 2026-07-01 08:00 | 2026-07-10 17:00 | 2026-07-05 10:00 | 2                 |
      | H4     | T1     | 2026-07-02 08:00 | 2026-07-10 17:00 | 2026-07-06 10:00 | 1                 |
    Khi tôi xin giải thích chỉ số DOSSIER_ON_TIME của đơn vị 31120 kỳ 2026-Q3
    Thì phần giải thích có dòng "Tử số / mẫu số: 2 / 4"
    Và phần giải thích có dòng "Tỷ lệ: 50 %"
    Và phần giải thích có dòng "tính theo tỷ lệ min(20, 20 × 0,5000) = 10"
    Và phần giải thích có dòng "Hồ sơ được tính vào tử số (2 đầu tiên):"
    Và phần giải thích có dòng "ho_so.csv:2  H1  đúng hạn"
    Và phần giải thích có dòng "ho_so.csv:5  H4  đúng hạn"
    Và phần giải thích có dòng "ho_so.csv:3  H2  trễ hạn"
    Và phần giải thích có dòng "ho_so.csv:4  H3  trễ hạn vì bị yêu cầu bổ sung từ lần thứ hai"

  Kịch bản: Mã hồ sơ trùng trong một tệp hoặc giữa hai tệp chỉ được tính một lần, mỗi dòng trùng được báo
    Cho tệp hồ sơ ho_so_thang7.csv của đơn vị 31120 thuộc tỉnh 92:
      | MaHoSo | MaTTHC | NgayTiepNhan     | NgayHenTra       | NgayXuLyXong     |
      | H1     | T1     | 2026-07-01 08:00 | 2026-07-10 17:00 | 2026-07-05 10:00 |
      | H2     | T1     | 2026-07-01 08:00 | 2026-07-10 17:00 | 2026-07-15 10:00 |
      | H1     | T1     | 2026-07-01 08:00 | 2026-07-10 17:00 | 2026-07-05 10:00 |
    Và tệp hồ sơ ho_so_thang8.csv của đơn vị 31120 thuộc tỉnh 92:
      | MaHoSo | MaTTHC | NgayTiepNhan     | NgayHenTra       | NgayXuLyXong     |
      | H2     | T1     | 2026-07-01 08:00 | 2026-07-10 17:00 | 2026-07-15 10:00 |
      | H3     | T1     | 2026-08-01 08:00 | 2026-08-10 17:00 | 2026-08-05 10:00 |
    Khi tôi tính số liệu chỉ số 766 kỳ 2026-Q3
    Thì chỉ số DOSSIER_ON_TIME của đơn vị 31120 kỳ 2026-Q3 có tử số 2 và mẫu số 3
    Và có cảnh báo "ho_so_thang7.csv:4: MaHoSo: mã 'H1' đã có ở ho_so_thang7.csv:2: chỉ lần xuất hiện đầu được tính, dòng này không được tính lần nữa"
    Và có cảnh báo "ho_so_thang8.csv:2: MaHoSo: mã 'H2' đã có ở ho_so_thang7.csv:3"
    Và có cảnh báo "Xóa dòng trùng"
