package vn.ddci.survey;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.ddci.engine.Direction;

/**
 * An <b>illustrative</b> Lạng Sơn-like DDCI survey (khảo sát minh hoạ): 64 items over the eight
 * components of the department block, written from what the seed plan and public DDCI material say
 * each component measures. <b>It is not the official questionnaire</b>, which is not public; every
 * output made from it says "minh hoạ" (illustrative).
 *
 * <p>Each item is a yes/no question (1 có, 0 không, 98 không biết), a 5-point Likert item (1 rất
 * không đồng ý … 5 rất đồng ý, 99 không biết), a number with its unit, or one select-multiple
 * question; each is scored by one {@link IndicatorDefinition}: the share answering yes, the Likert
 * mean rescaled to 0–100, the median or trimmed mean of a number, the share of a number above a
 * threshold, or the share choosing given options.
 */
public final class IllustrativeDdci {
  /** What every output made from this survey says. */
  public static final String LABEL =
      "khảo sát minh hoạ, không phải bảng hỏi chính thức (illustrative)";

  /** The least number of respondents a unit needs for an indicator. */
  public static final int MIN_RESPONDENTS = 10;

  /** The items: component | name | kind | direction | label. */
  private static final String ITEMS =
      String.join(
          "\n",
          "TRANSPARENCY|tm1|YN|+|Đơn vị công khai đầy đủ thủ tục hành chính trên cổng thông tin"
              + " điện tử",
          "TRANSPARENCY|tm2|L5|+|Dễ dàng tiếp cận văn bản, tài liệu của đơn vị",
          "TRANSPARENCY|tm3|L5|+|Thông tin trên trang điện tử của đơn vị được cập nhật kịp thời",
          "TRANSPARENCY|tm4|YN|-|Cần có mối quan hệ để tiếp cận tài liệu của đơn vị",
          "TRANSPARENCY|tm5|L5|+|Hướng dẫn hồ sơ, thủ tục rõ ràng, dễ hiểu",
          "TRANSPARENCY|tm6|YN|+|Doanh nghiệp được góp ý văn bản, chính sách của đơn vị",
          "TRANSPARENCY|tm7|L5|+|Hài lòng với phản hồi khi đề nghị cung cấp thông tin",
          "TRANSPARENCY|tm8|N:ngày|-|Số ngày chờ được cung cấp thông tin theo đề nghị (ngày)",
          "TIME_COST|tg1|N:ngày|-|Số ngày thực tế để hoàn thành thủ tục (ngày)",
          "TIME_COST|tg2|YN|+|Thủ tục được giải quyết đúng hoặc sớm hơn thời hạn",
          "TIME_COST|tg3|N:%|-|Tỷ lệ thời gian của lãnh đạo doanh nghiệp dành cho thủ tục với đơn"
              + " vị (%)",
          "TIME_COST|tg4|N:lần|-|Số lần phải đi lại để hoàn thành một thủ tục (lần)",
          "TIME_COST|tg5|L5|+|Cán bộ giải quyết công việc hiệu quả",
          "TIME_COST|tg6|YN|-|Phải bổ sung hồ sơ nhiều lần",
          "TIME_COST|tg7|L5|+|Thời gian chờ tại bộ phận một cửa hợp lý",
          "TIME_COST|tg8|YN|+|Nộp được hồ sơ trực tuyến",
          "INFORMAL_CHARGES|cp1|YN|-|Phải trả chi phí không chính thức khi làm thủ tục",
          "INFORMAL_CHARGES|cp2|N:%|-|Chi phí không chính thức so với doanh thu (%)",
          "INFORMAL_CHARGES|cp3|YN|-|Nhũng nhiễu khi giải quyết thủ tục là phổ biến",
          "INFORMAL_CHARGES|cp4|YN|+|Công việc được giải quyết đúng như mong đợi",
          "INFORMAL_CHARGES|cp5|L5|+|Đơn vị có biện pháp hiệu quả phòng, chống tham nhũng",
          "INFORMAL_CHARGES|cp6|YN|-|Cán bộ gợi ý, đòi hỏi bồi dưỡng",
          "INFORMAL_CHARGES|cp7|N:triệu đồng|-|Khoản chi phí không chính thức đã trả trong năm"
              + " (triệu đồng)",
          "INFORMAL_CHARGES|cp8|L5|+|Tin tưởng vào sự liêm chính của cán bộ",
          "EQUAL_COMPETITION|cb1|YN|-|Doanh nghiệp nhà nước được ưu ái hơn khi làm thủ tục",
          "EQUAL_COMPETITION|cb2|YN|-|Doanh nghiệp có vốn nước ngoài được ưu tiên hơn doanh nghiệp"
              + " trong nước",
          "EQUAL_COMPETITION|cb3|YN|-|Doanh nghiệp thân quen với lãnh đạo được hưởng ưu đãi",
          "EQUAL_COMPETITION|cb4|L5|+|Các doanh nghiệp được đối xử bình đẳng khi làm thủ tục",
          "EQUAL_COMPETITION|cb5|L5|+|Tiếp cận các chương trình hỗ trợ công bằng",
          "EQUAL_COMPETITION|cb6|YN|-|Hợp đồng, dự án của đơn vị dành cho doanh nghiệp có quan hệ",
          "EQUAL_COMPETITION|cb7|L5|+|Khiếu nại được xử lý công bằng",
          "EQUAL_COMPETITION|cb8|YN|+|Cơ hội hợp tác với đơn vị được công bố công khai",
          "BUSINESS_SUPPORT|ht1|YN|+|Doanh nghiệp đã sử dụng dịch vụ hỗ trợ của đơn vị",
          "BUSINESS_SUPPORT|ht2|L5|+|Chất lượng dịch vụ hỗ trợ tốt",
          "BUSINESS_SUPPORT|ht3|YN|+|Sẽ tiếp tục sử dụng dịch vụ hỗ trợ",
          "BUSINESS_SUPPORT|ht4|L5|+|Thông tin thị trường đáp ứng nhu cầu",
          "BUSINESS_SUPPORT|ht5|L5|+|Hỗ trợ xúc tiến thương mại, đầu tư hiệu quả",
          "BUSINESS_SUPPORT|ht6|SM|+|Kênh đã nhận hỗ trợ của đơn vị",
          "BUSINESS_SUPPORT|ht7|L5|+|Đơn vị hỗ trợ doanh nghiệp chuyển đổi số",
          "BUSINESS_SUPPORT|ht8|N:lần|+|Số lần được đơn vị hỗ trợ trong năm (lần)",
          "LEGAL_INSTITUTIONS|pl1|L5|+|Tin tưởng cơ chế pháp lý bảo vệ quyền lợi doanh nghiệp",
          "LEGAL_INSTITUTIONS|pl2|YN|+|Khiếu nại, kiến nghị được giải quyết đúng hạn",
          "LEGAL_INSTITUTIONS|pl3|N:ngày|-|Số ngày giải quyết khiếu nại, kiến nghị (ngày)",
          "LEGAL_INSTITUTIONS|pl4|L5|+|Kết quả thanh tra, kiểm tra được công khai",
          "LEGAL_INSTITUTIONS|pl5|YN|-|Bị thanh tra, kiểm tra trùng lặp",
          "LEGAL_INSTITUTIONS|pl6|L5|+|Văn bản của đơn vị phù hợp với thực tiễn",
          "LEGAL_INSTITUTIONS|pl7|YN|+|Sẽ dùng kênh pháp lý khi có tranh chấp",
          "LEGAL_INSTITUTIONS|pl8|L5|+|Cán bộ am hiểu pháp luật, hướng dẫn rõ ràng",
          "LEADERSHIP|ld1|L5|+|Người đứng đầu tiếp thu, phản hồi ý kiến doanh nghiệp",
          "LEADERSHIP|ld2|YN|+|Người đứng đầu đối thoại với doanh nghiệp trong năm",
          "LEADERSHIP|ld3|L5|+|Người đứng đầu quyết liệt chỉ đạo cải cách hành chính",
          "LEADERSHIP|ld4|L5|+|Người đứng đầu xử lý nghiêm cán bộ vi phạm",
          "LEADERSHIP|ld5|YN|+|Kiến nghị gửi người đứng đầu được trả lời",
          "LEADERSHIP|ld6|L5|+|Người đứng đầu sáng tạo trong tháo gỡ vướng mắc",
          "LEADERSHIP|ld7|L5|+|Người đứng đầu sẵn sàng tiếp doanh nghiệp",
          "LEADERSHIP|ld8|N:ngày|-|Số ngày chờ người đứng đầu phản hồi kiến nghị (ngày)",
          "DYNAMISM|nd1|L5|+|Đơn vị chủ động tháo gỡ khó khăn cho doanh nghiệp",
          "DYNAMISM|nd2|L5|+|Đơn vị sáng tạo trong thực thi chính sách",
          "DYNAMISM|nd3|YN|-|Chính sách của tỉnh tốt nhưng đơn vị thực hiện chưa tốt",
          "DYNAMISM|nd4|L5|+|Phối hợp giữa đơn vị với các sở, ngành khác hiệu quả",
          "DYNAMISM|nd5|YN|-|Đơn vị né tránh trách nhiệm, đùn đẩy công việc",
          "DYNAMISM|nd6|L5|+|Ứng dụng công nghệ thông tin trong giải quyết công việc",
          "DYNAMISM|nd7|L5|+|Cán bộ nhiệt tình, thân thiện",
          "DYNAMISM|nd8|L5|+|Hài lòng chung với chất lượng phục vụ của đơn vị");

  /** One item of the survey. */
  static final class Item {
    final String component;
    final String name;
    final String kind;
    final Direction direction;
    final String label;

    Item(String line) {
      String[] f = line.split("\\|", -1);
      this.component = f[0];
      this.name = f[1];
      this.kind = f[2];
      this.direction = f[3].equals("+") ? Direction.POSITIVE : Direction.NEGATIVE;
      this.label = f[4];
    }

    boolean isNumber() {
      return kind.startsWith("N:");
    }

    String unitOfMeasure() {
      return kind.substring(2);
    }
  }

  static final ImmutableList<Item> ITEM_LIST =
      ITEMS.lines().map(Item::new).collect(ImmutableList.toImmutableList());

  private IllustrativeDdci() {}

  /**
   * Returns the indicator of each item, component by component: yes/no → share answering yes;
   * Likert → mean rescaled to 0–100; days and times → median; a share of time → mean trimmed 10 %;
   * money paid → share above 0; the channels → share choosing online or telephone. Each needs
   * {@value #MIN_RESPONDENTS} respondents.
   *
   * @return the definitions by component code, in the framework's order
   */
  public static Map<String, List<IndicatorDefinition>> indicators() {
    Map<String, List<IndicatorDefinition>> m = new LinkedHashMap<>();
    for (Item i : ITEM_LIST) {
      m.computeIfAbsent(i.component, k -> new ArrayList<>()).add(definition(i));
    }
    Map<String, List<IndicatorDefinition>> frozen = new LinkedHashMap<>();
    m.forEach((k, v) -> frozen.put(k, ImmutableList.copyOf(v)));
    return ImmutableMap.copyOf(frozen);
  }

  /** The question naming the unit rated. */
  public static final String UNIT_QUESTION = "don_vi";

  /** The respondent attributes asked, by question name. */
  public static final List<String> ATTRIBUTES = List.of("loai_hinh", "quy_mo", "nganh", "dia_ban");

  /**
   * Returns the survey as a questionnaire (XLSForm-ready: {@link XlsForm#write}): a group
   * "thong_tin" with the unit rated and the firm's attributes, then one group per component with
   * its items. Lists: "co_khong" (1 có, 0 không, 98 không biết), "muc_do" (1 rất không đồng ý … 5
   * rất đồng ý, 99 không biết), "kenh" (channels), "don_vi" (the units).
   *
   * @param units the units' names, coded {@link SyntheticSurvey#unitCode(int) U01, U02, …}
   * @return the questionnaire, titled as illustrative
   */
  public static Questionnaire questionnaire(List<String> units) {
    ChoiceList yesNo =
        ChoiceList.of(
            "co_khong",
            Choice.of("1", "Có"),
            Choice.of("0", "Không"),
            Choice.of("98", "Không biết"));
    ChoiceList agree =
        ChoiceList.of(
            "muc_do",
            Choice.of("1", "Rất không đồng ý"),
            Choice.of("2", "Không đồng ý"),
            Choice.of("3", "Bình thường"),
            Choice.of("4", "Đồng ý"),
            Choice.of("5", "Rất đồng ý"),
            Choice.of("99", "Không biết"));
    ChoiceList channels =
        ChoiceList.of(
            "kenh",
            Choice.of("truc_tuyen", "Trực tuyến"),
            Choice.of("dien_thoai", "Điện thoại"),
            Choice.of("truc_tiep", "Trực tiếp tại đơn vị"),
            Choice.of("hoi_thao", "Hội thảo, tập huấn"),
            Choice.of("khong_biet", "Không biết"));
    List<Choice> unitChoices = new ArrayList<>();
    for (int k = 0; k < units.size(); k++) {
      unitChoices.add(Choice.of(SyntheticSurvey.unitCode(k), units.get(k)));
    }
    ChoiceList unitList = ChoiceList.of(UNIT_QUESTION, unitChoices);
    Map<String, ChoiceList> attributeLists = new LinkedHashMap<>();
    attributeLists.put(
        "loai_hinh",
        ChoiceList.of(
            "loai_hinh",
            Choice.of("dntn", "Doanh nghiệp tư nhân"),
            Choice.of("tnhh", "Công ty TNHH"),
            Choice.of("co_phan", "Công ty cổ phần"),
            Choice.of("htx", "Hợp tác xã"),
            Choice.of("ho_kinh_doanh", "Hộ kinh doanh")));
    attributeLists.put(
        "quy_mo",
        ChoiceList.of(
            "quy_mo",
            Choice.of("sieu_nho", "Siêu nhỏ"),
            Choice.of("nho", "Nhỏ"),
            Choice.of("vua", "Vừa"),
            Choice.of("lon", "Lớn")));
    attributeLists.put(
        "nganh",
        ChoiceList.of(
            "nganh",
            Choice.of("nong_nghiep", "Nông, lâm, thuỷ sản"),
            Choice.of("cong_nghiep_xay_dung", "Công nghiệp, xây dựng"),
            Choice.of("thuong_mai_dich_vu", "Thương mại, dịch vụ")));
    attributeLists.put(
        "dia_ban",
        ChoiceList.of("dia_ban", Choice.of("thanh_pho", "Thành phố"), Choice.of("huyen", "Huyện")));
    Questionnaire.Builder b =
        Questionnaire.builder()
            .title("Khảo sát DDCI minh hoạ (illustrative, không phải bảng hỏi chính thức)")
            .formId("ddci_minh_hoa")
            .putChoiceLists(yesNo.name(), yesNo)
            .putChoiceLists(agree.name(), agree)
            .putChoiceLists(channels.name(), channels)
            .putChoiceLists(unitList.name(), unitList)
            .putAllChoiceLists(attributeLists)
            .addGroups(Group.of("thong_tin", "Thông tin chung"));
    b.addQuestions(
        Question.selectOne(UNIT_QUESTION, "Đơn vị được đánh giá", unitList).withGroup("thong_tin"));
    b.addQuestions(
        Question.selectOne("loai_hinh", "Loại hình doanh nghiệp", attributeLists.get("loai_hinh"))
            .withGroup("thong_tin"));
    b.addQuestions(
        Question.selectOne("quy_mo", "Quy mô doanh nghiệp", attributeLists.get("quy_mo"))
            .withGroup("thong_tin"));
    b.addQuestions(
        Question.selectOne("nganh", "Ngành kinh doanh chính", attributeLists.get("nganh"))
            .withGroup("thong_tin"));
    b.addQuestions(
        Question.selectOne("dia_ban", "Địa bàn hoạt động", attributeLists.get("dia_ban"))
            .withGroup("thong_tin"));
    String group = null;
    for (Item i : ITEM_LIST) {
      String g = i.component.toLowerCase(java.util.Locale.ROOT);
      if (!g.equals(group)) {
        b.addGroups(Group.of(g, i.component));
        group = g;
      }
      Question q;
      switch (i.kind) {
        case "YN":
          q = Question.selectOne(i.name, i.label, yesNo);
          break;
        case "L5":
          q = Question.selectOne(i.name, i.label, agree);
          break;
        case "SM":
          q = Question.selectMultiple(i.name, i.label, channels);
          break;
        default:
          q = Question.of(i.name, QuestionKind.DECIMAL, i.label);
      }
      b.addQuestions(q.withGroup(g));
    }
    return b.build();
  }

  private static IndicatorDefinition definition(Item i) {
    String code = i.name.toUpperCase(java.util.Locale.ROOT);
    IndicatorDefinition d;
    switch (i.kind) {
      case "YN":
        d = IndicatorDefinition.share(code, i.name, i.direction, "1");
        break;
      case "L5":
        d = IndicatorDefinition.mean(code, i.name, i.direction).rescaledTo(0, 100);
        break;
      case "SM":
        d = IndicatorDefinition.share(code, i.name, i.direction, "truc_tuyen", "dien_thoai");
        break;
      default:
        switch (i.unitOfMeasure()) {
          case "%":
            d = IndicatorDefinition.trimmedMean(code, i.name, i.direction, 0.1);
            break;
          case "triệu đồng":
            d = IndicatorDefinition.shareAbove(code, i.name, i.direction, 0);
            break;
          default:
            d = IndicatorDefinition.median(code, i.name, i.direction);
        }
    }
    return d.withName(i.label).withMinRespondents(MIN_RESPONDENTS);
  }
}
