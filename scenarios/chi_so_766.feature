# language: vi
Tính năng: Chấm Bộ chỉ số 766 từ tử số, mẫu số của từng chỉ số
  Là cán bộ Trung tâm Phục vụ hành chính công của xã, tôi chạy "cchc-rules index766" để tính điểm
  Bộ chỉ số 766 như Cổng Dịch vụ công quốc gia sẽ hiển thị, từ tử số, mẫu số của từng chỉ số
  (tệp metric_counts.csv) theo bộ chỉ số scoring/2026-766.yaml của bộ quy tắc. Điểm mỗi chỉ số
  làm tròn 2 chữ số rồi mới cộng vào nhóm.

  Bối cảnh:
    Cho bộ quy tắc Trường Xuân 2026 - 2030 có bộ chỉ số 766 năm 2026

  Kịch bản: Nhóm thanh toán trực tuyến là tổng các số hạng có trần: 6A + min(2; 2,5B) + min(2; 2,5C)
    Khi số liệu quý 2026-Q3 của xã 31294 là:
      | chỉ số                       | tử số | mẫu số |
      | PAYMENT_DOSSIER_ONLINE       | 75    | 100    |
      | PAYMENT_FORMALITY_PAID       | 9     | 10     |
      | PAYMENT_FORMALITY_INTEGRATED | 3     | 5      |
    Thì điểm các chỉ số của xã 31294 là:
      | chỉ số                       | điểm |
      | PAYMENT_DOSSIER_ONLINE       | 4,5  |
      | PAYMENT_FORMALITY_PAID       | 2    |
      | PAYMENT_FORMALITY_INTEGRATED | 1,5  |
    Và nhóm ONLINE_PAYMENT của xã 31294 được 8 điểm

  Kịch bản: Không có PAKN nào thì được đủ 6 + 6 điểm như Cổng DVCQG chấm
    Khi số liệu quý 2026-Q3 của xã 31294 là:
      | chỉ số                         | tử số | mẫu số |
      | PETITION_PROCESSING_ON_TIME    | 0     | 0      |
      | PETITION_HANDLING_SATISFACTION |       |        |
      | DOSSIER_RECEIVING_SATISFACTION | 81    | 100    |
    Thì nhóm SATISFACTION của xã 31294 được 17,4 điểm

  Kịch bản: Theo tài liệu, điểm của chỉ số PAKN rỗng được chia đều: nhóm = 18 × min(1; r/0,9)
    Cho bộ chỉ số 766 chọn phương án documented
    Khi số liệu quý 2026-Q3 của xã 31294 là:
      | chỉ số                         | tử số | mẫu số |
      | PETITION_PROCESSING_ON_TIME    | 0     | 0      |
      | PETITION_HANDLING_SATISFACTION | 0     | 0      |
      | DOSSIER_RECEIVING_SATISFACTION | 81    | 100    |
    Thì nhóm SATISFACTION của xã 31294 được 16,2 điểm
    Và chỉ số DOSSIER_RECEIVING_SATISFACTION của xã 31294 được 16,2 trên tối đa 18 điểm

  Kịch bản: Mẫu số rỗng: mỗi chỉ số theo quy tắc riêng của nó
    Khi số liệu quý 2026-Q3 của xã 31294 là:
      | chỉ số                    | tử số | mẫu số |
      | ELECTRONIC_CERTIFIED_COPY |       |        |
      | DOSSIER_ON_TIME           | 0     | 0      |
    Thì điểm các chỉ số của xã 31294 là:
      | chỉ số                    | điểm |
      | ELECTRONIC_CERTIFIED_COPY | 2    |
      | DOSSIER_ON_TIME           | 0    |

  Kịch bản: Chỉ số công khai TTHC của xã lấy số liệu của tỉnh
    Khi số liệu quý 2026-Q3 của xã 31294 là:
      | chỉ số       | tử số | mẫu số |
      | DOSSIER_SYNC | 1180  | 1204   |
    Và số liệu quý 2026-Q3 của tỉnh 92 là:
      | chỉ số          | tử số | mẫu số |
      | PUBLISH_ON_TIME | 412   | 430    |
      | DOSSIER_SYNC    | 1     | 2      |
    Thì điểm các chỉ số của xã 31294 là:
      | chỉ số          | điểm |
      | PUBLISH_ON_TIME | 5,75 |
      | DOSSIER_SYNC    | 5,88 |
    Và chỉ số PUBLISH_ON_TIME của xã 31294 ghi nguồn là số liệu của tỉnh 92

  Kịch bản: Điểm từng chỉ số làm tròn trước khi cộng vào nhóm
    Khi số liệu quý 2026-Q3 của xã 31294 là:
      | chỉ số          | tử số | mẫu số |
      | DOSSIER_SYNC    | 223   | 1200   |
      | PUBLISH_ON_TIME | 223   | 1200   |
    Thì nhóm TRANSPARENCY của xã 31294 được 2,24 điểm
