# language: vi
Tính năng: Điểm thưởng, điểm trừ, tiêu chí không áp dụng và phiếu khảo sát trong bộ chỉ số
  Bộ chỉ số của các tỉnh thường có điểm thưởng, điểm trừ cộng, trừ ngoài tổng 100 (mỗi phần có mức
  tối đa), tiêu chí "không áp dụng" với đơn vị không phát sinh việc (điểm được quy đổi theo cách bộ
  chỉ số quy định) và phần điều tra xã hội học chấm từ phiếu trả lời. Cán bộ Phòng Văn hóa - Xã hội
  khai báo chúng trong tệp scoring/2026.yaml, ghi số liệu trong thư mục "2026" (not_applicable.csv:
  tiêu chí, lý do, văn bản; survey_answers.csv: phiếu, nhóm, câu hỏi, phương án) và chạy
  "cchc-rules score"; "cchc-rules check" từ chối bộ chỉ số khai báo sai, chỉ rõ dòng.

  Bộ chỉ số dưới đây nhỏ, chỉ để kiểm thử: A 60 điểm, B 40 điểm; C điểm thưởng (tiêu chí cộng lại 3
  điểm) tính tối đa 2,5; D điểm trừ (tiêu chí cộng lại 3 điểm) tính tối đa 2; 2.2 có thể không áp dụng (quy đổi trong lĩnh vực, quy tắc chung), 1.1 có thể không áp
  dụng (quy đổi tổng điểm); 3.2 chấm từ phiếu khảo sát: A/B/C/D = 100/60/20/0 % điểm câu hỏi, E không
  tính, trung bình theo nhóm rồi trung bình cộng hai nhóm.

  Bối cảnh:
    Cho một bản sao của bộ quy tắc Trường Xuân 2026 - 2030 đi kèm
    Và bộ chỉ số chấm điểm năm 2026 của bản sao là:
      """yaml
      rubric:
        id: bo-chi-so-mo-rong
        title: Bộ chỉ số thử nghiệm có điểm thưởng, điểm trừ, không áp dụng và phiếu khảo sát
        year: 2026
        model: true
        basis: "Chỉ dùng để kiểm thử các dạng mở rộng của định dạng bộ chỉ số."
        total: 100
        not_applicable: {rescale: area}
        classification:
          - {label: Tốt, min: 80}
          - {label: Đạt, min: 50, below: 80}
          - {label: Chưa đạt, min: 0, below: 50}
      measures:
        - {id: so-vu-vi-pham, name: Số vụ vi phạm kỷ luật công vụ trong năm, unit: số lượng}
        - {id: co-quy-che, name: Có quy chế chi tiêu nội bộ, unit: có/không}
        - {id: ty-le-bao-cao, name: Tỷ lệ báo cáo đúng hạn, unit: "%"}
        - {id: khen-thuong, name: Được khen thưởng về CCHC, unit: có/không}
        - {id: so-mo-hinh, name: Số mô hình được nhân rộng, unit: số lượng}
        - {id: so-lan-phe-binh, name: Số lần bị phê bình về CCHC, unit: số lượng}
        - {id: so-cong-chuc-bi-ky-luat, name: Số công chức bị kỷ luật do vi phạm trong giải quyết TTHC, unit: số lượng}
      parts:
        - id: A
          name: Tự chấm
          max: 60
          criteria:
            - id: "1"
              name: Chỉ đạo, điều hành
              max: 30
              criteria:
                - id: "1.1"
                  name: Có quy chế làm việc
                  max: 10
                  method: {kind: pass_fail, input: {measure: co-quy-che}}
                  owner: VHXH
                  not_applicable: {rescale: total}
                - id: "1.2"
                  name: Báo cáo định kỳ đúng hạn
                  max: 20
                  method: {kind: ratio, input: {measure: ty-le-bao-cao}, target: 100}
                  owner: VHXH
            - id: "2"
              name: Công vụ và tài chính
              max: 30
              criteria:
                - id: "2.1"
                  name: Không có vi phạm kỷ luật
                  max: 20
                  method: {kind: deduction, input: {measure: so-vu-vi-pham}, per_item: 5}
                  owner: VHXH
                - id: "2.2"
                  name: Quy chế chi tiêu nội bộ
                  max: 10
                  method: {kind: pass_fail, input: {measure: co-quy-che}}
                  owner: KT
                  not_applicable: true
        - id: B
          name: Đo lường sự hài lòng
          max: 40
          survey: true
          criteria:
            - id: "3"
              name: Hài lòng
              max: 40
              criteria:
                - id: "3.1"
                  name: Điểm chấm tay của Sở
                  max: 25
                  method: {kind: manual}
                  owner: TTPVHCC
                - id: "3.2"
                  name: Phiếu khảo sát người dân và doanh nghiệp
                  max: 15
                  method: {kind: survey, survey: khao-sat}
                  owner: TTPVHCC
        - id: C
          name: Điểm thưởng
          kind: bonus
          max: 3
          cap: 2.5
          criteria:
            - id: C.1
              name: Được khen thưởng
              max: 2
              method: {kind: pass_fail, input: {measure: khen-thuong}}
              evidence: [Quyết định khen thưởng]
            - id: C.2
              name: Mô hình được nhân rộng
              max: 1
              method: {kind: count, input: {measure: so-mo-hinh}, per_item: 0.5}
        - id: D
          name: Điểm trừ
          kind: penalty
          max: 3
          cap: 2
          criteria:
            - id: D.1
              name: Bị phê bình
              max: 2
              method: {kind: count, input: {measure: so-lan-phe-binh}, per_item: 1}
            - id: D.2
              name: Có công chức bị kỷ luật
              max: 1
              method: {kind: count, input: {measure: so-cong-chuc-bi-ky-luat}, per_item: 0.5}
      surveys:
        - id: khao-sat
          name: Phiếu khảo sát sự hài lòng
          options:
            - {code: A, label: Rất hài lòng, weight: 100}
            - {code: B, label: Hài lòng, weight: 60}
            - {code: C, label: Bình thường, weight: 20}
            - {code: D, label: Không hài lòng, weight: 0}
            - {code: E, label: Không có ý kiến, weight: null}
          groups:
            - {id: nguoi-dan, name: Người dân}
            - {id: doanh-nghiep, name: Doanh nghiệp}
          questions:
            - {id: Q1, text: Thái độ phục vụ, points: 5}
            - {id: Q2, text: Thời gian giải quyết, points: 10}
      """
    Và số đo năm 2026 có các dòng sau:
      | số đo          | giá trị |
      | co-quy-che     | có      |
      | ty-le-bao-cao  | 100     |
      | so-vu-vi-pham  | 0       |
    Và điểm chấm tay năm 2026 có các dòng sau:
      | tiêu chí | điểm |
      | 3.1      | 25   |

  Kịch bản: Điểm thưởng được cộng, điểm trừ bị trừ ngoài tổng 100, mỗi phần không quá mức tối đa
    Cho số đo năm 2026 có các dòng sau:
      | số đo           | giá trị |
      | khen-thuong     | có      |
      | so-mo-hinh      | 3       |
      | so-lan-phe-binh | 1       |
    Và tài liệu kiểm chứng năm 2026 có các dòng sau:
      | tiêu chí | tài liệu                             |
      | C.1      | Quyết định số 12/QĐ-UBND khen thưởng |
    Và phiếu khảo sát năm 2026 có các dòng sau:
      | phiếu | nhóm      | câu hỏi | phương án |
      | P1    | nguoi-dan | Q1      | A         |
      | P1    | nguoi-dan | Q2      | A         |
    Khi tôi chấm điểm năm 2026
    Thì điểm các tiêu chí là:
      | tiêu chí | điểm | ghi chú         |
      | C.1      | 2    |                 |
      | C.2      | 1    |                 |
      | C        | 2,5  |                 |
      | D.1      | 1    | bị trừ 1 điểm   |
      | D        | 1    |                 |
    Và điểm Chỉ số trước điểm thưởng, điểm trừ là 100, điểm thưởng 2,5, điểm trừ 1
    Và tổng điểm là 101,5, xếp loại "Tốt"

  Kịch bản: Điểm thưởng không có tài liệu kiểm chứng thì không được cộng; điểm trừ vượt mức thì chỉ trừ đến mức tối đa
    Cho số đo năm 2026 có các dòng sau:
      | số đo                   | giá trị |
      | khen-thuong             | có      |
      | so-mo-hinh              | 1       |
      | so-lan-phe-binh         | 5       |
      | so-cong-chuc-bi-ky-luat | 1       |
    Khi tôi chấm điểm năm 2026
    Thì điểm các tiêu chí là:
      | tiêu chí | điểm | ghi chú                                                                 |
      | C.1      | 0    | thiếu tài liệu kiểm chứng: Quyết định khen thưởng; bổ sung → tối đa +2 điểm |
      | C        | 0,5  |                                                                         |
      | D.1      | 2    | bị trừ 2 điểm                                                           |
      | D.2      | 0,5  | bị trừ 0,5 điểm                                                         |
      | D        | 2    |                                                                         |
    Và điểm Chỉ số trước điểm thưởng, điểm trừ là 85, điểm thưởng 0,5, điểm trừ 2
    Và tổng điểm là 83,5, xếp loại "Tốt"

  Kịch bản: Tiêu chí không áp dụng thì điểm lĩnh vực được quy đổi theo các tiêu chí còn áp dụng
    Cho số đo năm 2026 có các dòng sau:
      | số đo         | giá trị |
      | so-vu-vi-pham | 1       |
    Và tiêu chí không áp dụng năm 2026 có các dòng sau:
      | tiêu chí | lý do                                  | văn bản căn cứ                     |
      | 2.2      | Xã không có nguồn thu sự nghiệp        | Báo cáo số 15/BC-UBND ngày 10/12/2026 |
    Khi tôi chấm điểm năm 2026
    Thì điểm các tiêu chí là:
      | tiêu chí | điểm | ghi chú                                              |
      | 2.1      | 15   | bị trừ 1 lần × 5 điểm; không còn vi phạm → +5 điểm |
      | 2.2      | 0    | không áp dụng: Xã không có nguồn thu sự nghiệp       |
      | 2        | 22,5 |                                                |
    Và tổng điểm không phải quy đổi

  Kịch bản: Tiêu chí không áp dụng theo quy tắc "total" thì tổng điểm được quy đổi về thang 100 từ phần còn lại
    Cho tiêu chí không áp dụng năm 2026 có các dòng sau:
      | tiêu chí | lý do                         | văn bản căn cứ                     |
      | 1.1      | Quy chế do cấp trên ban hành  | Quyết định số 20/QĐ-UBND thành phố |
    Khi tôi chấm điểm năm 2026
    Thì điểm các tiêu chí là:
      | tiêu chí | điểm |
      | 1.1      | 0    |
      | 1        | 20   |
    Và tổng điểm được quy đổi về thang 100 từ 75 trên 90 điểm
    Và tổng điểm là 83,33, xếp loại "Tốt"

  Kịch bản: Phiếu khảo sát được chấm theo phương án, trung bình theo từng nhóm đối tượng rồi kết hợp các nhóm
    Cho phiếu khảo sát năm 2026 có các dòng sau:
      | phiếu | nhóm         | câu hỏi | phương án |
      | P1    | nguoi-dan    | Q1      | A         |
      | P1    | nguoi-dan    | Q2      | B         |
      | P2    | nguoi-dan    | Q1      | C         |
      | P2    | nguoi-dan    | Q2      | E         |
      | P3    | Doanh nghiệp | Q1      | B         |
      | P3    | doanh-nghiep | Q2      | A         |
    Khi tôi chấm điểm năm 2026
    Thì điểm các tiêu chí là:
      | tiêu chí | điểm | ghi chú                            |
      | 3.2      | 11   | phiếu khảo sát đạt 11/15 điểm      |
    Và điểm của nhóm "nguoi-dan" là 9 từ 2 phiếu, nhóm "doanh-nghiep" là 13 từ 1 phiếu

  Kịch bản: Bộ chỉ số có tiêu chí điểm thưởng vượt mức tối đa của phần bị từ chối, chỉ rõ dòng
    Cho trong bộ chỉ số năm 2026 của bản sao, dòng "    cap: 2.5" được sửa thành "    cap: 1.5"
    Khi tôi kiểm tra bộ quy tắc
    Thì lệnh kết thúc với mã 1
    Và kết quả có các vấn đề sau:
      | vị trí                          | trường                   |
      | quy-tac/scoring/2026.yaml:83:14 | parts[2].criteria[0].max |
    Và thông báo cho vấn đề ở quy-tac/scoring/2026.yaml:83:14 có câu "tiêu chí C.1 được tối đa 2 điểm, vượt mức tối đa cap 1.5 của phần điểm thưởng C (scoring/2026.yaml:79)"

  Kịch bản: Các tiêu chí điểm thưởng cộng lại nhiều hơn mức tối đa thì được báo, phần vượt không được tính
    Khi tôi kiểm tra bộ quy tắc
    Thì lệnh kết thúc với mã 0
    Và kết quả có các vấn đề sau:
      | vị trí                          | trường       |
      | quy-tac/scoring/2026.yaml:79:10 | parts[2].cap |
    Và thông báo cho vấn đề ở quy-tac/scoring/2026.yaml:79:10 có câu "các tiêu chí cộng lại 3 điểm (C.1 (2), C.2 (1)), nhiều hơn mức tối đa cap 2.5; phần vượt không được tính"

  Kịch bản: Tiêu chí có thể không áp dụng mà không có quy tắc quy đổi bị từ chối, chỉ rõ dòng
    Cho trong bộ chỉ số năm 2026 của bản sao, dòng "  not_applicable: {rescale: area}" được sửa thành "  decimals: 2"
    Khi tôi kiểm tra bộ quy tắc
    Thì kết quả có các vấn đề sau:
      | vị trí                          | trường                                        |
      | quy-tac/scoring/2026.yaml:55:29 | parts[0].criteria[1].criteria[1].not_applicable |
    Và gợi ý cho vấn đề ở quy-tac/scoring/2026.yaml:55:29 có câu "not_applicable: {rescale: area}"

  Kịch bản: Câu trả lời khảo sát sai câu hỏi, phương án hay nhóm được báo từng dòng với gợi ý
    Cho phiếu khảo sát năm 2026 có các dòng sau:
      | phiếu | nhóm       | câu hỏi | phương án |
      | P1    | nguoi-dan  | Q3      | A         |
      | P2    | nguoi-dann | Q1      | F         |
    Khi tôi chấm điểm năm 2026 và có lỗi số liệu
    Thì lỗi số liệu có các dòng sau:
      | vị trí                            | thông báo                                       |
      | du-lieu/2026/survey_answers.csv:2 | không có câu hỏi khảo sát 'Q3'                   |
      | du-lieu/2026/survey_answers.csv:3 | nhóm đối tượng 'nguoi-dann' không có trong phiếu khao-sat |
      | du-lieu/2026/survey_answers.csv:3 | phương án trả lời 'F' không có trong phiếu khao-sat |
