# language: vi
Tính năng: Tự đánh giá, chấm điểm Chỉ số cải cách hành chính của xã hằng năm
  Là cán bộ Phòng Văn hóa - Xã hội (cơ quan thường trực cải cách hành chính của xã),
  cuối năm tôi chạy "cchc-rules score" để tự chấm điểm Chỉ số CCHC (PAR INDEX) của xã theo bộ
  chỉ số của năm (tệp scoring/2026.yaml của bộ quy tắc): điểm từng tiêu chí, tổng điểm trên thang
  100, xếp loại, và những tài liệu kiểm chứng còn phải bổ sung trước khi gửi Sở Nội vụ.
  Số liệu năm nằm trong thư mục "2026" của thư mục số liệu: số đo, tài liệu kiểm chứng, điểm chấm
  tay; tiến độ nhiệm vụ lấy ở quý gần nhất có số liệu (2026-Q4).

  Bộ chỉ số dưới đây nhỏ, chỉ để kiểm thử: mỗi cách chấm một tiêu chí, điểm tối đa chọn cho dễ
  tính. Phần A (tự đánh giá) 60 điểm; phần B (điều tra xã hội học) 40 điểm. Chỉ tiêu chí 3.4
  cần tài liệu kiểm chứng. Điểm làm tròn đến 2 chữ số thập phân, từ 5 trở lên làm tròn lên.

  Bối cảnh:
    Cho một bản sao của bộ quy tắc Trường Xuân 2026 - 2030 đi kèm
    Và bộ chỉ số chấm điểm năm 2026 của bản sao là:
      """yaml
      rubric:
        id: bo-chi-so-kiem-thu
        title: Bộ chỉ số nhỏ để kiểm thử cách chấm điểm
        year: 2026
        model: true
        basis: Chỉ dùng trong kịch bản kiểm thử.
        total: 100
        decimals: 2
        missing_part: scale_to_100
        classification:
          - {label: Xuất sắc, min: 90}
          - {label: Tốt, min: 80, below: 90}
          - {label: Khá, min: 70, below: 80}
          - {label: Trung bình, min: 50, below: 70}
          - {label: Yếu, min: 0, below: 50}
      measures:
        - {id: co-quy-che, name: Có quy chế làm việc của UBND xã, unit: có/không}
        - {id: ty-le-hoan-thanh-ke-hoach, name: Tỷ lệ nhiệm vụ Kế hoạch CCHC năm đã hoàn thành, unit: "%"}
        - {id: ty-le-so-hoa, name: Tỷ lệ hồ sơ TTHC được số hóa, unit: "%"}
        - {id: ty-le-toan-trinh, name: Tỷ lệ TTHC đủ điều kiện được cung cấp trực tuyến toàn trình, unit: "%"}
        - {id: ty-le-ho-so-truc-tuyen, name: Tỷ lệ hồ sơ TTHC tiếp nhận và xử lý trực tuyến, unit: "%"}
        - {id: so-sang-kien, name: Số sáng kiến CCHC được công nhận, unit: số lượng}
        - {id: so-vu-vi-pham, name: "Số vụ vi phạm kỷ luật, kỷ cương hành chính", unit: số lượng}
        - {id: co-ke-hoach-tuyen-truyen, name: Có Kế hoạch tuyên truyền CCHC năm, unit: có/không}
        - {id: ty-le-hai-long, name: Tỷ lệ người dân hài lòng (SIPAS), unit: "%"}
      parts:
        - id: A
          name: Tự đánh giá
          max: 60
          criteria:
            - id: "1"
              name: Chỉ đạo, điều hành
              max: 12
              criteria:
                - id: "1.1"
                  name: Ban hành quy chế làm việc
                  max: 4
                  method: {kind: pass_fail, input: {measure: co-quy-che}}
                - id: "1.2"
                  name: Báo cáo giải ngân vốn đầu tư công đúng hạn (nhiệm vụ 22, hạn 31/03/2026)
                  max: 4
                  method: {kind: timely, input: {task: 22}, late_share: 0.5}
                - id: "1.3"
                  name: Hoàn thành Kế hoạch CCHC năm
                  max: 4
                  method: {kind: completion, input: {measure: ty-le-hoan-thanh-ke-hoach}}
            - id: "2"
              name: Cải cách thủ tục hành chính
              max: 22
              criteria:
                - id: "2.1"
                  name: Số hóa hồ sơ TTHC
                  max: 6
                  method:
                    kind: bands
                    input: {measure: ty-le-so-hoa}
                    bands: [{min: 90, points: 6}, {min: 70, points: 3}, {min: 0, points: 0}]
                - id: "2.2"
                  name: TTHC trực tuyến toàn trình
                  max: 9
                  method: {kind: ratio, input: {measure: ty-le-toan-trinh}, target: 90, zero_below: 30}
                - id: "2.3"
                  name: Hồ sơ trực tuyến so với chỉ tiêu của năm
                  max: 7
                  method: {kind: ratio, input: {measure: ty-le-ho-so-truc-tuyen}, target_of: ho-so-truc-tuyen}
            - id: "3"
              name: Công vụ, tuyên truyền
              max: 26
              criteria:
                - id: "3.1"
                  name: Sáng kiến CCHC
                  max: 6
                  method: {kind: count, input: {measure: so-sang-kien}, per_item: 2}
                - id: "3.2"
                  name: Kỷ luật, kỷ cương hành chính
                  max: 10
                  method: {kind: deduction, input: {measure: so-vu-vi-pham}, per_item: 3, floor: 1}
                - id: "3.3"
                  name: Đổi mới, sáng tạo trong CCHC
                  max: 5
                  method: {kind: manual}
                - id: "3.4"
                  name: Tuyên truyền CCHC
                  max: 5
                  method: {kind: pass_fail, input: {measure: co-ke-hoach-tuyen-truyen}}
                  evidence: [Kế hoạch tuyên truyền CCHC năm 2026]
        - id: B
          name: Điều tra xã hội học
          max: 40
          survey: true
          criteria:
            - id: "4"
              name: Sự hài lòng của người dân
              max: 40
              criteria:
                - id: "4.1"
                  name: Chỉ số hài lòng SIPAS
                  max: 20
                  method: {kind: ratio, input: {measure: ty-le-hai-long}, target: 100}
                - id: "4.2"
                  name: Kết quả điều tra xã hội học
                  max: 20
                  method: {kind: manual}
      """

  Khung kịch bản: Tiêu chí đạt thì được điểm tối đa, không đạt thì 0 điểm
    Cho số đo năm 2026 có các dòng sau:
      | số đo      | giá trị   |
      | co-quy-che | <giá trị> |
    Khi tôi chấm điểm năm 2026
    Thì điểm các tiêu chí là:
      | tiêu chí | điểm   |
      | 1.1      | <điểm> |

    Dữ liệu:
      | giá trị   | điểm |
      | có        | 4    |
      | Đạt       | 4    |
      | không     | 0    |
      | không đạt | 0    |

  Khung kịch bản: Nhiệm vụ đúng hạn được điểm tối đa, trễ hạn được một nửa, chưa hoàn thành 0 điểm
    Tiêu chí 1.2 chấm theo nhiệm vụ 22 của Phụ lục, hạn 31/03/2026; hoàn thành trễ hạn được
    late_share = 0,5 điểm tối đa. Tiến độ lấy ở quý gần nhất có số liệu (2026-Q4).

    Cho tiến độ nhiệm vụ quý 2026-Q4 có các dòng sau:
      | nhiệm vụ | trạng thái   | ngày hoàn thành   | sản phẩm   |
      | 22       | <trạng thái> | <ngày hoàn thành> | <sản phẩm> |
    Khi tôi chấm điểm năm 2026
    Thì điểm các tiêu chí là:
      | tiêu chí | điểm   | ghi chú   |
      | 1.2      | <điểm> | <ghi chú> |

    Dữ liệu:
      | trạng thái     | ngày hoàn thành | sản phẩm                            | điểm | ghi chú         |
      | Đã hoàn thành  | 20/03/2026      | Báo cáo số 12/BC-KT ngày 20/03/2026 | 4    |                 |
      | Đã hoàn thành  | 31/03/2026      | Báo cáo số 13/BC-KT ngày 31/03/2026 | 4    |                 |
      | Đã hoàn thành  | 01/04/2026      | Báo cáo số 14/BC-KT ngày 01/04/2026 | 2    | hoàn thành muộn; đúng hạn → +2 điểm |
      | Đã hoàn thành  | 10/04/2026      | Báo cáo số 45/BC-KT ngày 10/04/2026 | 2    | hoàn thành muộn; đúng hạn → +2 điểm |
      | Đang thực hiện |                 |                                     | 0    | chưa hoàn thành; hoàn thành đúng hạn → +4 điểm |

  Kịch bản: Nhiệm vụ không có dòng tiến độ nào thì chưa hoàn thành, 0 điểm
    Cho tiến độ nhiệm vụ quý 2026-Q4 có các dòng sau:
      | nhiệm vụ | trạng thái    | ngày hoàn thành | sản phẩm                            |
      | 21       | Đã hoàn thành | 20/06/2026      | Báo cáo số 30/BC-KT ngày 20/06/2026 |
    Khi tôi chấm điểm năm 2026
    Thì điểm các tiêu chí là:
      | tiêu chí | điểm | ghi chú         |
      | 1.2      | 0    | chưa hoàn thành; hoàn thành đúng hạn → +4 điểm |

  Khung kịch bản: Tỷ lệ hoàn thành 100% được điểm tối đa, từ 80% đến dưới 100% được một nửa, dưới 80% 0 điểm
    Cho số đo năm 2026 có các dòng sau:
      | số đo                     | giá trị   |
      | ty-le-hoan-thanh-ke-hoach | <tỷ lệ> |
    Khi tôi chấm điểm năm 2026
    Thì điểm các tiêu chí là:
      | tiêu chí | điểm   |
      | 1.3      | <điểm> |

    Dữ liệu:
      | tỷ lệ | điểm |
      | 100   | 4    |
      | 99,9  | 2    |
      | 85    | 2    |
      | 80    | 2    |
      | 79,99 | 0    |
      | 70    | 0    |

  Khung kịch bản: Mức điểm theo khoảng giá trị, giá trị đúng bằng mức dưới của khoảng thuộc khoảng đó
    Tiêu chí 2.1: từ 90% được 6 điểm; từ 70% đến dưới 90% được 3 điểm; dưới 70% 0 điểm.

    Cho số đo năm 2026 có các dòng sau:
      | số đo        | giá trị |
      | ty-le-so-hoa | <tỷ lệ> |
    Khi tôi chấm điểm năm 2026
    Thì điểm các tiêu chí là:
      | tiêu chí | điểm   |
      | 2.1      | <điểm> |

    Dữ liệu:
      | tỷ lệ | điểm |
      | 100   | 6    |
      | 90    | 6    |
      | 89,99 | 3    |
      | 75    | 3    |
      | 70    | 3    |
      | 69,99 | 0    |
      | 0     | 0    |

  Khung kịch bản: Điểm theo tỷ lệ so với mức 90%, tối đa không vượt điểm tối đa, dưới 30% thì 0 điểm
    Tiêu chí 2.2 (tối đa 9 điểm): điểm = 9 × tỷ lệ / 90, không quá 9; tỷ lệ dưới 30% thì 0 điểm.

    Cho số đo năm 2026 có các dòng sau:
      | số đo            | giá trị |
      | ty-le-toan-trinh | <tỷ lệ> |
    Khi tôi chấm điểm năm 2026
    Thì điểm các tiêu chí là:
      | tiêu chí | điểm   |
      | 2.2      | <điểm> |

    Dữ liệu:
      | tỷ lệ | điểm |
      | 90    | 9    |
      | 100   | 9    |
      | 45    | 4,5  |
      | 30    | 3    |
      | 29,99 | 0    |
      | 0     | 0    |

  Khung kịch bản: Điểm theo tỷ lệ so với mốc lộ trình của chỉ tiêu trong năm
    Tiêu chí 2.3 (tối đa 7 điểm) so với chỉ tiêu "ho-so-truc-tuyen" của kế hoạch (tối thiểu 90%
    vào năm 2030), năm 2026 xét theo mốc lộ trình 70%: điểm = 7 × tỷ lệ / 70, không quá 7.

    Cho chỉ tiêu "ho-so-truc-tuyen" của bản sao có mốc lộ trình năm 2026 là 70%
    Và số đo năm 2026 có các dòng sau:
      | số đo                  | giá trị |
      | ty-le-ho-so-truc-tuyen | <tỷ lệ> |
    Khi tôi chấm điểm năm 2026
    Thì điểm các tiêu chí là:
      | tiêu chí | điểm   |
      | 2.3      | <điểm> |

    Dữ liệu:
      | tỷ lệ | điểm |
      | 70    | 7    |
      | 84    | 7    |
      | 35    | 3,5  |
      | 69,3  | 6,93 |
      | 0     | 0    |

  Khung kịch bản: Điểm làm tròn đến 2 chữ số thập phân, từ 5 trở lên làm tròn lên
    Cho số đo năm 2026 có các dòng sau:
      | số đo            | giá trị |
      | ty-le-toan-trinh | <tỷ lệ> |
    Khi tôi chấm điểm năm 2026
    Thì điểm các tiêu chí là:
      | tiêu chí | điểm   |
      | 2.2      | <điểm> |

    Dữ liệu:
      | tỷ lệ  | điểm | cách tính              |
      | 33,35  | 3,34 | 9 × 33,35 / 90 = 3,335 |
      | 33,34  | 3,33 | 9 × 33,34 / 90 = 3,334 |
      | 33,355 | 3,34 | 9 × 33,355 / 90 ≈ 3,34 |
      | 66,65  | 6,67 | 9 × 66,65 / 90 = 6,665 |

  Khung kịch bản: Điểm cộng theo số lượng, không vượt điểm tối đa
    Tiêu chí 3.1 (tối đa 6 điểm): mỗi sáng kiến được 2 điểm.

    Cho số đo năm 2026 có các dòng sau:
      | số đo        | giá trị    |
      | so-sang-kien | <số lượng> |
    Khi tôi chấm điểm năm 2026
    Thì điểm các tiêu chí là:
      | tiêu chí | điểm   |
      | 3.1      | <điểm> |

    Dữ liệu:
      | số lượng | điểm |
      | 0        | 0    |
      | 1        | 2    |
      | 3        | 6    |
      | 5        | 6    |

  Khung kịch bản: Điểm trừ theo số vụ vi phạm, không thấp hơn mức sàn
    Tiêu chí 3.2 (tối đa 10 điểm): mỗi vụ vi phạm trừ 3 điểm, còn ít nhất 1 điểm.

    Cho số đo năm 2026 có các dòng sau:
      | số đo         | giá trị    |
      | so-vu-vi-pham | <số vụ> |
    Khi tôi chấm điểm năm 2026
    Thì điểm các tiêu chí là:
      | tiêu chí | điểm   |
      | 3.2      | <điểm> |

    Dữ liệu:
      | số vụ | điểm |
      | 0     | 10   |
      | 1     | 7    |
      | 3     | 1    |
      | 4     | 1    |
      | 10    | 1    |

  Khung kịch bản: Tiêu chí chấm tay lấy điểm do Hội đồng tự đánh giá chấm
    Cho điểm chấm tay năm 2026 có các dòng sau:
      | tiêu chí | điểm          | người chấm                  |
      | 3.3      | <điểm chấm> | Hội đồng tự đánh giá của xã |
    Khi tôi chấm điểm năm 2026
    Thì điểm các tiêu chí là:
      | tiêu chí | điểm   |
      | 3.3      | <điểm> |

    Dữ liệu:
      | điểm chấm | điểm |
      | 5         | 5    |
      | 3,5       | 3,5  |
      | 2,75      | 2,75 |
      | 0         | 0    |

  Kịch bản: Tiêu chí có đủ tài liệu kiểm chứng thì được chấm theo số liệu
    Cho số đo năm 2026 có các dòng sau:
      | số đo                    | giá trị |
      | co-ke-hoach-tuyen-truyen | có      |
    Và tài liệu kiểm chứng năm 2026 có các dòng sau:
      | tiêu chí | tài liệu                           | số, ký hiệu | ngày       |
      | 3.4      | Kế hoạch tuyên truyền CCHC năm 2026 | 15/KH-UBND  | 20/01/2026 |
    Khi tôi chấm điểm năm 2026
    Thì điểm các tiêu chí là:
      | tiêu chí | điểm | ghi chú |
      | 3.4      | 5    |         |
    Và không có tài liệu nào cần bổ sung

  Kịch bản: Tiêu chí thiếu tài liệu kiểm chứng thì 0 điểm và có tên trong danh sách tài liệu cần bổ sung
    Cho số đo năm 2026 có các dòng sau:
      | số đo                    | giá trị |
      | co-ke-hoach-tuyen-truyen | có      |
      | co-quy-che               | có      |
    Khi tôi chấm điểm năm 2026
    Thì điểm các tiêu chí là:
      | tiêu chí | điểm | ghi chú                                                          |
      | 3.4      | 0    | thiếu tài liệu kiểm chứng: Kế hoạch tuyên truyền CCHC năm 2026; bổ sung → tối đa +5 điểm |
      | 1.1      | 4    |                                                                  |
    Và tài liệu cần bổ sung là:
      | tiêu chí | tài liệu                            |
      | 3.4      | Kế hoạch tuyên truyền CCHC năm 2026 |

  Kịch bản: Tiêu chí không có số liệu thì 0 điểm, ghi "không có số liệu" và cách được điểm
    Cho số đo năm 2026 có các dòng sau:
      | số đo      | giá trị |
      | co-quy-che | có      |
    Khi tôi chấm điểm năm 2026
    Thì điểm các tiêu chí là:
      | tiêu chí | điểm | ghi chú          |
      | 1.1      | 4    |                  |
      | 1.3      | 0    | không có số liệu; nhập số liệu để được chấm điểm |
      | 2.1      | 0    | không có số liệu; nhập số liệu để được chấm điểm |
      | 2.2      | 0    | không có số liệu; nhập số liệu để được chấm điểm |
      | 2.3      | 0    | không có số liệu; nhập số liệu để được chấm điểm |
      | 3.1      | 0    | không có số liệu; nhập số liệu để được chấm điểm |
      | 3.2      | 0    | không có số liệu; nhập số liệu để được chấm điểm |
      | 3.3      | 0    | không có số liệu; nhập số liệu để được chấm điểm |
      | 4.1      | 0    | không có số liệu; nhập số liệu để được chấm điểm |
      | 4.2      | 0    | không có số liệu; nhập số liệu để được chấm điểm |

  Kịch bản: Phần điều tra xã hội học không có số liệu thì tổng điểm quy đổi về thang 100 từ phần còn lại
    Phần B không có số liệu nào nên không áp dụng: điểm phần A (30 trên 60) quy đổi về thang 100
    là 30 × 100 / 60 = 50, xếp loại Trung bình (từ 50 đến dưới 70).

    Cho số đo năm 2026 có các dòng sau:
      | số đo            | giá trị |
      | ty-le-toan-trinh | 90      |
      | so-sang-kien     | 3       |
      | so-vu-vi-pham    | 0       |
    Và điểm chấm tay năm 2026 có các dòng sau:
      | tiêu chí | điểm |
      | 3.3      | 5    |
    Khi tôi chấm điểm năm 2026
    Thì điểm các tiêu chí là:
      | tiêu chí | điểm |
      | A        | 30   |
      | 1        | 0    |
      | 2        | 9    |
      | 2.2      | 9    |
      | 3        | 21   |
      | 3.1      | 6    |
      | 3.2      | 10   |
      | 3.3      | 5    |
      | B        | 0    |
    Và tổng điểm được quy đổi về thang 100 từ 30 trên 60 điểm
    Và tổng điểm là 50, xếp loại "Trung bình"

  Kịch bản: Phần điều tra xã hội học có số liệu thì được tính, tiêu chí thiếu số liệu 0 điểm
    Cho số đo năm 2026 có các dòng sau:
      | số đo            | giá trị |
      | ty-le-toan-trinh | 90      |
      | so-sang-kien     | 3       |
      | so-vu-vi-pham    | 0       |
      | ty-le-hai-long   | 95      |
    Và điểm chấm tay năm 2026 có các dòng sau:
      | tiêu chí | điểm |
      | 3.3      | 5    |
    Khi tôi chấm điểm năm 2026
    Thì điểm các tiêu chí là:
      | tiêu chí | điểm |
      | A        | 30   |
      | B        | 19   |
      | 4        | 19   |
      | 4.1      | 19   |
    Và điểm các tiêu chí là:
      | tiêu chí | điểm | ghi chú          |
      | 4.2      | 0    | không có số liệu; nhập số liệu để được chấm điểm |
    Và tổng điểm không phải quy đổi
    Và tổng điểm là 49, xếp loại "Yếu"

  Khung kịch bản: Xếp loại theo tổng điểm, tổng điểm đúng bằng mức dưới thuộc loại đó
    Phần B không có số liệu: tổng điểm = điểm phần A × 100 / 60. Mọi tiêu chí phần A đạt điểm
    tối đa, trừ 2.2 (điểm = tỷ lệ / 10), 3.2 (10 điểm, trừ 3 điểm mỗi vụ, còn ít nhất 1) và 3.3
    (chấm tay, tối đa 5).

    Cho số đo năm 2026 có các dòng sau:
      | số đo                     | giá trị            |
      | co-quy-che                | có                 |
      | ty-le-hoan-thanh-ke-hoach | 100                |
      | ty-le-so-hoa              | 95                 |
      | ty-le-toan-trinh          | <tỷ lệ toàn trình> |
      | ty-le-ho-so-truc-tuyen    | 75                 |
      | so-sang-kien              | 3                  |
      | so-vu-vi-pham             | <số vụ vi phạm>    |
      | co-ke-hoach-tuyen-truyen  | có                 |
    Và tiến độ nhiệm vụ quý 2026-Q4 có các dòng sau:
      | nhiệm vụ | trạng thái    | ngày hoàn thành | sản phẩm                            |
      | 22       | Đã hoàn thành | 20/03/2026      | Báo cáo số 12/BC-KT ngày 20/03/2026 |
    Và điểm chấm tay năm 2026 có các dòng sau:
      | tiêu chí | điểm            |
      | 3.3      | <điểm chấm tay> |
    Và tài liệu kiểm chứng năm 2026 có các dòng sau:
      | tiêu chí | tài liệu                            |
      | 3.4      | Kế hoạch tuyên truyền CCHC năm 2026 |
    Khi tôi chấm điểm năm 2026
    Thì điểm các tiêu chí là:
      | tiêu chí | điểm     |
      | A        | <phần A> |
    Và tổng điểm được quy đổi về thang 100 từ <phần A> trên 60 điểm
    Và tổng điểm là <tổng điểm>, xếp loại "<xếp loại>"

    Dữ liệu:
      | tỷ lệ toàn trình | số vụ vi phạm | điểm chấm tay | phần A | tổng điểm | xếp loại   |
      | 90               | 0             | 5             | 60     | 100       | Xuất sắc   |
      | 30               | 0             | 5             | 54     | 90        | Xuất sắc   |
      | 30               | 0             | 4,99          | 53,99  | 89,98     | Tốt        |
      | 60               | 3             | 5             | 48     | 80        | Tốt        |
      | 0                | 3             | 5             | 42     | 70        | Khá        |
      | 0                | 3             | 4,99          | 41,99  | 69,98     | Trung bình |
      | 0                | 2             | 0             | 40     | 66,67     | Trung bình |
      | 0                | 5             | 0             | 37     | 61,67     | Trung bình |

  # ---- Điểm để hành động: tài liệu đã đính kèm, điểm được thêm, cách tính, thẩm định

  Kịch bản: Tài liệu kiểm chứng đã đính kèm hiện theo từng tiêu chí, với số, ngày và tệp
    Cho số đo năm 2026 có các dòng sau:
      | số đo                    | giá trị |
      | co-ke-hoach-tuyen-truyen | có      |
    Và tài liệu kiểm chứng năm 2026 có các dòng sau:
      | tiêu chí | tài liệu                            | số, ký hiệu | ngày ban hành | tệp đính kèm           |
      | 3.4      | Kế hoạch tuyên truyền CCHC năm 2026 | 12/KH-UBND  | 25/02/2026    | minh-chung/3.4-1.pdf   |
      | 3.4      | Tập tin, bài tuyên truyền CCHC      |             |               | minh-chung/3.4-2.pdf   |
    Khi tôi chấm điểm năm 2026
    Thì tài liệu đã đính kèm của tiêu chí 3.4 là:
      | tài liệu                            | số, ký hiệu | ngày       | tệp                  |
      | Kế hoạch tuyên truyền CCHC năm 2026 | 12/KH-UBND  | 25/02/2026 | minh-chung/3.4-1.pdf |
      | Tập tin, bài tuyên truyền CCHC      |             |            | minh-chung/3.4-2.pdf |
    Và điểm các tiêu chí là:
      | tiêu chí | điểm | ghi chú |
      | 3.4      | 5    |         |

  Khung kịch bản: Ghi chú nói cần đạt bao nhiêu để được thêm bao nhiêu điểm
    Cho số đo năm 2026 có các dòng sau:
      | số đo   | giá trị   |
      | <số đo> | <giá trị> |
    Khi tôi chấm điểm năm 2026
    Thì điểm các tiêu chí là:
      | tiêu chí   | điểm   | ghi chú   |
      | <tiêu chí> | <điểm> | <ghi chú> |

    Dữ liệu:
      | số đo                     | giá trị | tiêu chí | điểm | ghi chú                            |
      | ty-le-hoan-thanh-ke-hoach | 85      | 1.3      | 2    | đạt 85 %; đạt 100 % → +2 điểm       |
      | ty-le-so-hoa              | 75,5    | 2.1      | 3    | đạt 75,5 %; đạt 90 % → +3 điểm      |
      | ty-le-toan-trinh          | 60      | 2.2      | 6    | đạt 60 %; đạt 90 % → +3 điểm        |
      | so-sang-kien              | 1       | 3.1      | 2    | 1 mục; thêm 2 mục → +4 điểm         |
      | so-vu-vi-pham             | 2       | 3.2      | 4    | bị trừ 2 lần × 3 điểm; không còn vi phạm → +6 điểm |

  Kịch bản: Cách tính điểm một tiêu chí hiện phép tính, không hiện điều kiện của máy
    Cho số đo năm 2026 có các dòng sau:
      | số đo            | giá trị |
      | ty-le-toan-trinh | 64      |
    Khi tôi xem cách tính điểm tiêu chí 2.2 năm 2026
    Thì phần giải thích tiêu chí có dòng "Cách tính: 9 × 64 / 90 = 6,4 điểm"
    Và phần giải thích tiêu chí có dòng "Để đạt điểm cao hơn: đạt 64 %; đạt 90 % → +2,6 điểm"
    Và phần giải thích tiêu chí không có "status="
    Và phần giải thích tiêu chí không có "evidence="

  Kịch bản: Không có tệp thẩm định thì các cột thẩm định để trống
    Cho số đo năm 2026 có các dòng sau:
      | số đo      | giá trị |
      | co-quy-che | có      |
    Khi tôi chấm điểm năm 2026
    Thì không có cột thẩm định nào được điền

  Kịch bản: Điểm và ý kiến thẩm định lấy theo vòng thẩm định sau cùng của từng tiêu chí
    Sở Nội vụ hạ điểm tiêu chí 1.1 ở vòng 1; xã giải trình, bổ sung tài liệu; vòng 2 trả lại điểm.
    Tiêu chí 1.2 chỉ được thẩm định ở vòng 1. Các tiêu chí khác chưa thẩm định.

    Cho số đo năm 2026 có các dòng sau:
      | số đo      | giá trị |
      | co-quy-che | có      |
    Và kết quả thẩm định năm 2026 có các dòng sau:
      | tiêu chí | điểm thẩm định | ý kiến thẩm định                                | vòng |
      | 1.1      | 0              | Chưa có quyết định ban hành quy chế             | 1    |
      | 1.2      | 2              | Báo cáo gửi sau hạn                             | 1    |
      | 1.1      | 4              | Đã bổ sung Quyết định số 05/QĐ-UBND ngày 10/01/2026 | 2 |
    Khi tôi chấm điểm năm 2026
    Thì điểm thẩm định các tiêu chí là:
      | tiêu chí | điểm thẩm định | ý kiến thẩm định                                    |
      | 1.1      | 4              | Đã bổ sung Quyết định số 05/QĐ-UBND ngày 10/01/2026 |
      | 1.2      | 2              | Báo cáo gửi sau hạn                                 |
      | 1.3      |                |                                                     |
      | 1        |                |                                                     |
    Và chưa có tổng điểm thẩm định vì còn tiêu chí chưa thẩm định

  Kịch bản: Tệp thẩm định sai được báo đủ mọi lỗi, với tệp, dòng và cách sửa
    Cho kết quả thẩm định năm 2026 có các dòng sau:
      | tiêu chí | điểm thẩm định | ý kiến thẩm định | vòng |
      | 1.9      | 1              |                  | 1    |
      | 2.2      | 12             | quá điểm tối đa  | 1    |
      | 1        | 5              | không phải lá    | 1    |
    Khi tôi chấm điểm năm 2026 với số liệu có lỗi
    Thì lệnh kiểm tra quý kết thúc với mã 2
    Và lệnh báo đúng các lỗi số liệu sau:
      | vị trí                       | trường         | gợi ý                                                                                          |
      | du-lieu/2026/tham-dinh.csv:2 | tiêu chí       | Có phải ý bạn là '1.3'? Viết mã tiêu chí như trong scoring/2026.yaml, ví dụ: 1.1, 1.2, 1.3.     |
      | du-lieu/2026/tham-dinh.csv:3 | điểm thẩm định | Điểm thẩm định từ 0 đến điểm tối đa của tiêu chí (9).                                          |
      | du-lieu/2026/tham-dinh.csv:4 | tiêu chí       | Ghi một dòng cho mỗi tiêu chí con (1.1, 1.2, 1.3); điểm của tiêu chí 1 là tổng của chúng.      |
