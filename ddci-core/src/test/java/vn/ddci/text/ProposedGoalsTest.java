package vn.ddci.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ddci.framework.Component;
import vn.ddci.framework.Framework;
import vn.ddci.framework.Frameworks;
import vn.ddci.framework.Measure;
import vn.ddci.goal.GainSplit;
import vn.ddci.goal.RankTarget;
import vn.ddci.goal.Requirement;
import vn.ddci.goal.WhatItTakes;
import vn.ddci.result.ResultTable;
import vn.ddci.result.Scorecard;
import vn.ddci.result.Unit;

/** The proposed goal table in Vietnamese and English, on a hand-computed block of three. */
class ProposedGoalsTest {
  private static final Framework F = Frameworks.LANG_SON_DEPARTMENTS;
  private static final Component TRANSPARENCY = F.component("TRANSPARENCY");

  // Sở A 85.00 (every component 9), Sở B 80.00 (8), Sở C 70.00 (transparency 5, the others 7)
  private static ResultTable table() {
    List<Scorecard> cards = new ArrayList<>();
    cards.add(card("Sở A", "85.00", "9.00", "9.00"));
    cards.add(card("Sở B", "80.00", "8.00", "8.00"));
    cards.add(card("Sở C", "70.00", "5.00", "7.00"));
    return ResultTable.of(Frameworks.LANG_SON_DEPARTMENT_BLOCK, Year.of(2023), cards);
  }

  private static Scorecard card(String name, String total, String transparency, String others) {
    Scorecard.Builder card =
        Scorecard.builder()
            .unit(Unit.of(name, Frameworks.LANG_SON_DEPARTMENT_BLOCK))
            .year(2023)
            .givenTotal(total);
    F.components().forEach(c -> card.score(c, c.equals(TRANSPARENCY) ? transparency : others));
    return card.build();
  }

  private static List<String> lines(PlanText text) {
    ResultTable t = table();
    Unit c = t.get("Sở C").unit();
    WhatItTakes takes = WhatItTakes.from(t);
    Requirement total = takes.requirement(c, Measure.total(), RankTarget.rank(2));
    Requirement transparency =
        takes.requirement(c, Measure.of(TRANSPARENCY), RankTarget.aboveMedian());
    // the total needs 10.00; transparency's 4.00 adds 5.00 (1.25 a point): 5.00 left for the
    // seven others, 2.00 of headroom each: 0.57 each, and one more step to the first, TIME_COST
    GainSplit split =
        GainSplit.planner(t, c)
            .fix(TRANSPARENCY, transparency.gain().orElseThrow())
            .split(total.gain().orElseThrow());
    return text.proposedGoals(Year.of(2024), List.of(total, transparency), split);
  }

  @Test
  void vietnamese() {
    List<String> lines = lines(PlanText.vietnamese());
    assertThat(lines)
        .containsExactly(
            "BẢNG MỤC TIÊU ĐỀ XUẤT NĂM 2024",
            "Chỉ số | Năm 2023 | Mục tiêu | Điểm cần tăng | Phân bổ tăng | Tỷ trọng trong mức tăng"
                + " tổng điểm",
            "Tổng điểm | 70,00 – 03/03 | 02/03 | +10,00 | +10,00 | 100,0 %",
            "Tính minh bạch và tiếp cận thông tin | 5,00 – 03/03 | trên trung vị (01/03) | +4,00 |"
                + " +4,00 | 50,0 %",
            "Chi phí thời gian | – | – | – | +0,58 | 7,3 %",
            "Chi phí không chính thức | – | – | – | +0,57 | 7,1 %",
            "Cạnh tranh bình đẳng | – | – | – | +0,57 | 7,1 %",
            "Dịch vụ hỗ trợ doanh nghiệp | – | – | – | +0,57 | 7,1 %",
            "Thiết chế pháp lý | – | – | – | +0,57 | 7,1 %",
            "Vai trò người đứng đầu | – | – | – | +0,57 | 7,1 %",
            "Tính năng động và hiệu lực của hệ thống | – | – | – | +0,57 | 7,1 %",
            "* Phần tăng chưa ấn định được phân bổ cho các chỉ số thành phần theo trọng số × dư"
                + " địa (khoảng cách tới điểm cao nhất của khối)",
            "* Trọng số các chỉ số thành phần là giả định (không được công bố): phần đóng góp vào"
                + " tổng điểm chỉ là ước tính");
  }

  @Test
  void english_withALabel() {
    List<String> lines = lines(PlanText.english().withIllustrativeLabel("illustrative data"));
    assertThat(lines.get(0)).isEqualTo("PROPOSED GOALS FOR 2024 (illustrative data)");
    assertThat(lines.get(1))
        .isEqualTo(
            "Measure | 2023 result | Target | Points needed | Planned gain | Share of the total"
                + " gain");
    assertThat(lines.get(2)).isEqualTo("Total | 70.00 – 03/03 | 02/03 | +10.00 | +10.00 | 100.0%");
    assertThat(lines.get(3))
        .isEqualTo(
            "Transparency and access to information | 5.00 – 03/03 | above the median (01/03) |"
                + " +4.00 | +4.00 | 50.0%");
    assertThat(lines.get(4)).isEqualTo("Time costs | – | – | – | +0.58 | 7.3%");
    assertThat(lines.get(lines.size() - 2))
        .isEqualTo(
            "* The gain not fixed is shared among the components by weight × headroom (the"
                + " distance to the block's best score)");
    assertThat(lines.get(lines.size() - 1))
        .isEqualTo(
            "* The component weights are an assumption (they are not published): the"
                + " contributions to the total are estimates");
  }

  @Test
  void metAndUnreachable_andAShortfall() {
    ResultTable t = table();
    Unit a = t.get("Sở A").unit();
    Unit c = t.get("Sở C").unit();
    WhatItTakes takes = WhatItTakes.from(t);
    Requirement met = takes.requirement(a, Measure.total(), RankTarget.rank(1));
    Requirement out = takes.requirement(a, Measure.total(), RankTarget.aboveMedian());
    GainSplit shortSplit =
        GainSplit.planner(t, c)
            .headroom(vn.ddci.goal.Headroom.BLOCK_BEST)
            .split(new BigDecimal("40"));

    List<String> vi = PlanText.vietnamese().proposedGoals(Year.of(2024), List.of(met), shortSplit);
    assertThat(vi.get(2)).startsWith("Tổng điểm | 85,00 – 01/03 | 01/03 | đã đạt | ");
    // headroom: transparency 4, the others 2: 1.25 × (4 + 14) = 22.5 of 40
    assertThat(vi).contains("Dư địa của các chỉ số thành phần không đủ: còn thiếu 17,50 điểm tổng");
    assertThat(out.isMet()).isTrue(); // rank 1 of 3 is above the median rank 2
    Requirement never = takes.requirement(c, Measure.of(TRANSPARENCY), RankTarget.rank(1));
    assertThat(never.isReachable()).isTrue();
    List<String> en = PlanText.english().proposedGoals(Year.of(2024), List.of(never), shortSplit);
    assertThat(en.get(2))
        .startsWith("Transparency and access to information | 5.00 – 03/03 | 01/03 | +4.00 | ");
    assertThat(en)
        .contains(
            "The components' headroom is not enough: 17.50 points of the total are still missing");
  }
}
