package vn.ddci.examples;

import static vn.ddci.examples.SeedDivisions.LANH_SU;
import static vn.ddci.examples.SeedDivisions.PHONG_CHUYEN_MON;
import static vn.ddci.examples.SeedDivisions.THANH_TRA;
import static vn.ddci.examples.SeedDivisions.TRUNG_TAM;
import static vn.ddci.examples.SeedDivisions.VAN_PHONG;

import java.util.List;
import vn.ddci.assessment.UnitAssessment;
import vn.ddci.framework.Framework;
import vn.ddci.framework.Frameworks;
import vn.ddci.plan.Plan;
import vn.ddci.plan.ReportingRule;
import vn.ddci.plan.Signer;
import vn.ddci.plan.Task;

/**
 * The whole seed plan, "Kế hoạch cải thiện, nâng cao Chỉ số DDCI năm 2024" of Sở Ngoại vụ Lạng Sơn,
 * encoded with the public API: section II is the assessment of {@link SeedPlan}; section III every
 * task with its component, lead and supporting divisions as written; section IV the
 * responsibilities, the focal point and the quarterly rule, as the seed assigns them.
 *
 * <p>Numbering: the seed numbers the tasks of components 1 and 2 (1.1, 1.2, 2.1) but not the
 * others; they get numbers in the same scheme, component number then order: 3.1, 4.1, 5.1, 6.1,
 * 6.2, 7.1, 8.1 (component 5's heading "5.1. Nhiệm vụ" is its single task). Where the seed says a
 * division "chủ trì phối hợp với" others, the first leads and the others support; where it lists
 * several divisions as "Đơn vị chủ trì", all lead (in 3.1 both of its dashes: Văn phòng Sở with
 * Thanh tra Sở in support, and "các phòng chuyên môn, đơn vị"). Component 7 names only a monitoring
 * division ("Đơn vị theo dõi, tổng hợp báo cáo: Văn phòng Sở"), so task 7.1 has no lead, as
 * written.
 *
 * <p>Task titles are the seed's headings where it has them (1.1, 1.2, 2.1, 3.1); for the others,
 * and for the activities, they are short quotations or condensations of the seed's bullets. Section
 * IV.3's duty of "các phòng chuyên môn, đơn vị thuộc Sở" is filed under the group of all
 * specialised divisions.
 *
 * <p>The seed states no deadline for the quarterly reports; the rule here has them due 10 days
 * after the quarter ends, an illustrative choice.
 */
public final class SeedPlanDocument {
  /** The illustrative deadline of a quarterly report, in days after the quarter (see above). */
  public static final int ILLUSTRATIVE_DUE_DAYS = 10;

  private SeedPlanDocument() {}

  /**
   * Returns the seed plan.
   *
   * @return the plan, sections I to IV
   */
  public static Plan plan() {
    Framework f = Frameworks.LANG_SON_DEPARTMENTS;
    return Plan.builder()
        .issuingUnit(SeedPlan.SO_NGOAI_VU)
        .year(2024)
        .title("Cải thiện, nâng cao Chỉ số đánh giá năng lực cạnh tranh (DDCI) năm 2024")
        .legalBasis("Kế hoạch số 36/KH-UBND ngày 06/02/2024 của UBND tỉnh")
        .purposes(
            "Tiếp tục phát huy các kết quả đạt được trong cải thiện, nâng cao điểm chỉ số DDCI,"
                + " cải thiện các chỉ số thành phần có kết quả đánh giá thấp năm 2023.")
        .assessment(UnitAssessment.of(SeedPlan.standing2023()))
        .addTasks(
            Task.builder()
                .number("1.1")
                .title(
                    "Quản lý, duy trì, vận hành Trang thông tin điện tử của Sở đảm bảo công khai,"
                        + " minh bạch, kịp thời và thu hút doanh nghiệp dễ dàng tiếp cận thông tin")
                .addActivities(
                    "Các văn bản quy phạm pháp luật chính sách hỗ trợ nguồn vốn trong khu vực và"
                        + " quốc tế đang có hiệu lực; các diễn đàn, triển lãm, sự kiện hợp tác"
                        + " doanh nghiệp",
                    "Các thông tin, tài liệu về quy hoạch, chiến lược, kế hoạch phát triển kinh tế"
                        + " - xã hội của tỉnh",
                    "Các thông tin hoạt động quản lý nhà nước về đối ngoại và lãnh sự, bảo hộ công"
                        + " dân; đăng tải 04 TTHC của Sở",
                    "Các thông tin về hỗ trợ tư vấn đối ngoại",
                    "Phân công cán bộ phụ trách chuyên mục \"Hỏi - đáp\", \"Giải đáp thắc mắc, kiến"
                        + " nghị\", \"Lịch tiếp công dân\"",
                    "Thường xuyên duy trì, đảm bảo kỹ thuật, an toàn thông tin")
                .addComponents(f.component("TRANSPARENCY"))
                .lead(TRUNG_TAM, PHONG_CHUYEN_MON)
                .build(),
            Task.builder()
                .number("1.2")
                .title(
                    "Thực hiện tốt công tác tiếp công dân; công khai minh bạch kết quả hỗ trợ tư"
                        + " vấn cho người dân và doanh nghiệp")
                .addActivities(
                    "Thực hiện tốt công tác tiếp công dân, kịp thời giải đáp thắc mắc, cung cấp"
                        + " thông tin cho doanh nghiệp, tổ chức, cá nhân",
                    "Lưu trữ thông tin, hồ sơ giải quyết hỗ trợ doanh nghiệp phục vụ lựa chọn"
                        + " doanh nghiệp đánh giá DDCI cuối năm")
                .addComponents(f.component("TRANSPARENCY"))
                .lead(LANH_SU, TRUNG_TAM)
                .build(),
            Task.builder()
                .number("2.1")
                .title(
                    "Triển khai có hiệu quả hoạt động quản trị TTHC, cải cách TTHC, tiếp nhận hồ"
                        + " sơ và trả kết quả trực tiếp tại Sở và dịch vụ bưu chính công ích")
                .addActivities(
                    "Rà soát, đánh giá và xây dựng phương án đơn giản hóa TTHC của Sở; đẩy mạnh"
                        + " ứng dụng công nghệ thông tin và chuyển đổi số",
                    "Rà soát, bổ sung cải tiến Hệ thống quản lý chất lượng theo TCVN ISO"
                        + " 9001:2015")
                .addComponents(f.component("TIME_COST"))
                .lead(VAN_PHONG)
                .support(LANH_SU, PHONG_CHUYEN_MON)
                .build(),
            Task.builder()
                .number("3.1")
                .title(
                    "Theo dõi, giám sát việc chấp hành kỷ luật, kỷ cương hành chính, đạo đức công"
                        + " vụ đối với cán bộ, công chức, viên chức, người lao động")
                .addActivities(
                    "Tăng cường công tác kiểm tra, giám sát nội bộ nhằm phòng ngừa, phát hiện và"
                        + " xử lý kịp thời hành vi tiêu cực",
                    "Thường xuyên tuyên truyền, quán triệt các văn bản về phòng chống tham nhũng",
                    "Các phòng chuyên môn, đơn vị nắm chắc nghiệp vụ, quy định khi tiếp xúc,"
                        + " trao đổi với doanh nghiệp, người dân")
                .addComponents(f.component("INFORMAL_CHARGES"))
                .lead(VAN_PHONG, PHONG_CHUYEN_MON)
                .support(THANH_TRA)
                .build(),
            Task.builder()
                .number("4.1")
                .title(
                    "Bảo đảm nguyên tắc bình đẳng, công bằng giữa các thành phần kinh tế, các loại"
                        + " hình doanh nghiệp khi hỗ trợ doanh nghiệp")
                .addActivities(
                    "Hỗ trợ doanh nghiệp bảo đảm bình đẳng, công bằng giữa các thành phần kinh tế",
                    "Nghiên cứu, tổng hợp văn bản, chính sách hỗ trợ hợp tác, phát triển doanh"
                        + " nghiệp gắn với Đề án ngoại giao kinh tế 2021-2025")
                .addComponents(f.component("EQUAL_COMPETITION"))
                .lead(LANH_SU)
                .support(TRUNG_TAM, PHONG_CHUYEN_MON)
                .build(),
            Task.builder()
                .number("5.1")
                .title("Hỗ trợ doanh nghiệp tháo gỡ khó khăn thuộc lĩnh vực đối ngoại")
                .addActivities(
                    "Tiếp tục hỗ trợ các doanh nghiệp tháo gỡ, giải quyết khó khăn vướng mắc",
                    "Cán bộ nắm vững nghiệp vụ, cập nhật chính sách hỗ trợ của Nhà nước",
                    "Trao đổi đối ngoại thúc đẩy thông quan các cặp cửa khẩu Lạng Sơn - Quảng"
                        + " Tây, phát triển logistics qua biên giới",
                    "Tăng cường tham gia hội thảo doanh nghiệp, giới thiệu vai trò hỗ trợ của Sở")
                .addComponents(f.component("BUSINESS_SUPPORT"))
                .lead(LANH_SU)
                .support(TRUNG_TAM, PHONG_CHUYEN_MON)
                .build(),
            Task.builder()
                .number("6.1")
                .title(
                    "Cung cấp tài liệu pháp lý; công khai, tuyên truyền, phổ biến văn bản pháp luật"
                        + " cho doanh nghiệp")
                .addActivities(
                    "Tạo điều kiện thuận lợi, cung cấp tài liệu pháp lý cho doanh nghiệp, tổ"
                        + " chức, cá nhân khi có yêu cầu")
                .addComponents(f.component("LEGAL_INSTITUTIONS"))
                .lead(LANH_SU, VAN_PHONG, THANH_TRA, PHONG_CHUYEN_MON)
                .build(),
            Task.builder()
                .number("6.2")
                .title(
                    "Tăng cường hỗ trợ pháp lý, giải đáp thắc mắc, kiến nghị; công khai kết quả"
                        + " xử lý vi phạm trên Trang thông tin điện tử của Sở")
                .addActivities(
                    "Mọi phản ánh đều được ghi nhận và trả lời cho người dân và doanh nghiệp",
                    "Tổng hợp và công khai kết quả các vụ việc vi phạm thuộc quyền hạn của Sở")
                .addComponents(f.component("LEGAL_INSTITUTIONS"))
                .lead(THANH_TRA)
                .support(VAN_PHONG, TRUNG_TAM, PHONG_CHUYEN_MON)
                .build(),
            Task.builder()
                .number("7.1")
                .title("Duy trì vai trò người đứng đầu trong chỉ đạo, điều hành")
                .addActivities(
                    "Thực hiện nghiêm túc kỷ luật, kỷ cương hành chính theo chủ đề năm",
                    "Duy trì giao ban định kỳ; kịp thời chỉ đạo xử lý tiêu cực, nhũng nhiễu",
                    "Tích cực tham gia đối thoại với doanh nghiệp, tổ chức, cá nhân")
                .addComponents(f.component("LEADERSHIP"))
                .monitor(VAN_PHONG)
                .build(),
            Task.builder()
                .number("8.1")
                .title(
                    "Nâng cao năng lực đội ngũ, tham mưu tháo gỡ khó khăn xuất nhập khẩu, kết nối"
                        + " nhà đầu tư")
                .addActivities(
                    "Đào tạo, bồi dưỡng nâng cao năng lực cán bộ trực tiếp hỗ trợ doanh nghiệp",
                    "Tham mưu giải pháp tháo gỡ khó khăn xuất, nhập khẩu; kết nối nhà đầu tư,"
                        + " dịch vụ logistics",
                    "Tạo mục thông tin giới thiệu Trung tâm TTDVĐN trên Trang thông tin điện tử,"
                        + " Bản tin đối ngoại, tờ rơi")
                .addComponents(f.component("DYNAMISM"))
                .lead(LANH_SU)
                .support(TRUNG_TAM, PHONG_CHUYEN_MON)
                .build())
        .putResponsibilities(
            VAN_PHONG,
            "Là đầu mối theo dõi, đôn đốc, tham mưu Lãnh đạo Sở về kiểm tra, giám sát thực hiện"
                + " Kế hoạch; tổng hợp chung; phối hợp với Thanh tra Sở kiểm tra việc thực hiện")
        .putResponsibilities(
            LANH_SU,
            "Định kỳ tổng hợp, báo cáo kết quả thực hiện các nội dung được phân công, báo cáo"
                + " từng quý (04 quý) gửi Văn phòng Sở tổng hợp")
        .putResponsibilities(
            TRUNG_TAM,
            "Định kỳ tổng hợp, báo cáo kết quả thực hiện các nội dung được phân công, báo cáo"
                + " từng quý (04 quý) gửi Văn phòng Sở tổng hợp")
        .putResponsibilities(
            PHONG_CHUYEN_MON,
            "Trưởng các phòng chuyên môn, nghiệp vụ, Trung tâm chịu trách nhiệm trước Lãnh đạo"
                + " Sở, triển khai thực hiện nghiêm túc, hiệu quả các nhiệm vụ được giao")
        .focalPoint(VAN_PHONG)
        .reportingRule(
            ReportingRule.quarterly(List.of(LANH_SU, TRUNG_TAM), VAN_PHONG, ILLUSTRATIVE_DUE_DAYS))
        .signer(Signer.of("Giám đốc", "Trịnh Tuyết Mai"))
        .addRecipients(
            "UBND tỉnh (b/c)",
            "Sở Kế hoạch và Đầu tư",
            "Hiệp hội Doanh nghiệp tỉnh",
            "Lãnh đạo Sở",
            "Các phòng CM,NV, Trung tâm",
            "Trang TTĐT của Sở",
            "Lưu: VT, VP")
        .build();
  }
}
