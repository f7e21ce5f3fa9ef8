package vn.ddci.text;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Year;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.ddci.framework.Component;
import vn.ddci.framework.Measure;
import vn.ddci.goal.GainSplit;
import vn.ddci.goal.Headroom;
import vn.ddci.goal.Likelihood;
import vn.ddci.goal.Requirement;

/**
 * The words of a proposed goal table (bảng mục tiêu đề xuất): one line per measure with last year's
 * score and rank, the target, the points needed, the planned gain and its share of the total gain;
 * then the split's shortfall, the rule that shared the gain not fixed, and the note on assumed
 * weights.
 */
final class TargetWords extends PlanWords {
  private static final String SEP = " | ";

  TargetWords(Language language, Optional<String> label) {
    super(language, label);
  }

  List<String> proposedGoals(Year year, List<Requirement> requirements, GainSplit split) {
    Objects.requireNonNull(year, "year");
    Objects.requireNonNull(requirements, "requirements");
    Objects.requireNonNull(split, "split");
    int d = split.decimals();
    ImmutableList.Builder<String> lines = ImmutableList.builder();
    lines.add(labelled(w("BẢNG MỤC TIÊU ĐỀ XUẤT NĂM ", "PROPOSED GOALS FOR ") + year));
    Year last = year.minusYears(1);
    lines.add(
        String.join(
            SEP,
            w("Chỉ số", "Measure"),
            w("Năm ", "") + last + w("", " result"),
            w("Mục tiêu", "Target"),
            w("Điểm cần tăng", "Points needed"),
            w("Phân bổ tăng", "Planned gain"),
            w("Tỷ trọng trong mức tăng tổng điểm", "Share of the total gain")));
    Set<Component> listed = new LinkedHashSet<>();
    for (Requirement r : requirements) {
      Measure m = r.measure();
      m.component().ifPresent(listed::add);
      lines.add(
          String.join(
              SEP,
              measure(m),
              style.figure(r.score(), d) + " – " + r.standing().format(),
              target(r),
              needed(r),
              planned(m, split),
              share(m, split)));
    }
    split
        .gains()
        .forEach(
            (c, g) -> {
              if (!listed.contains(c) && g.signum() > 0) {
                Measure m = Measure.of(c);
                lines.add(
                    String.join(SEP, name(c), "–", "–", "–", planned(m, split), share(m, split)));
              }
            });
    split
        .shortfall()
        .ifPresent(
            s ->
                lines.add(
                    w(
                        "Dư địa của các chỉ số thành phần không đủ: còn thiếu "
                            + style.figure(s, d)
                            + " điểm tổng",
                        "The components' headroom is not enough: "
                            + style.figure(s, d)
                            + " points of the total are still missing")));
    boolean shared =
        split.gains().entrySet().stream()
            .anyMatch(e -> !split.fixed().contains(e.getKey()) && e.getValue().signum() > 0);
    if (shared) {
      boolean best = split.headroomBasis() == Headroom.BLOCK_BEST;
      lines.add(
          w(
              "* Phần tăng chưa ấn định được phân bổ cho các chỉ số thành phần theo trọng số × dư"
                  + " địa (khoảng cách tới "
                  + (best ? "điểm cao nhất của khối" : "điểm tối đa của thang đo")
                  + ")",
              "* The gain not fixed is shared among the components by weight × headroom (the"
                  + " distance to "
                  + (best ? "the block's best score" : "the scale's top")
                  + ")"));
    }
    if (split.weightsAssumed()) {
      lines.add(
          w(
              "* Trọng số các chỉ số thành phần là giả định (không được công bố): phần đóng góp"
                  + " vào tổng điểm chỉ là ước tính",
              "* The component weights are an assumption (they are not published): the"
                  + " contributions to the total are estimates"));
    }
    return lines.build();
  }

  String likelihood(Likelihood l) {
    Objects.requireNonNull(l, "l");
    String target =
        language == Language.VIETNAMESE
            ? l.target().vietnamese(l.blockSize())
            : l.target().english(l.blockSize());
    String on = l.measure().component().map(this::name).orElse(w("tổng điểm", "the total"));
    return w(
        "Khả năng đạt mục tiêu "
            + target
            + " về "
            + on
            + ": "
            + style.percentOf(l.probability())
            + " ("
            + style.number(l.replications())
            + " lần lấy mẫu lại dữ liệu khảo sát năm trước)",
        "Probability of reaching "
            + target
            + " on "
            + on
            + ": "
            + style.percentOf(l.probability())
            + " ("
            + l.replications()
            + " resamples of last year's survey)");
  }

  String noLikelihood() {
    return w(
        "Không tính được khả năng đạt mục tiêu: kết quả công bố không kèm dữ liệu khảo sát gốc.",
        "No probability of reaching the targets: the published results come without the survey's"
            + " answers.");
  }

  private String measure(Measure m) {
    return m.component().map(this::name).orElse(w("Tổng điểm", "Total"));
  }

  private String target(Requirement r) {
    return language == Language.VIETNAMESE
        ? r.target().vietnamese(r.blockSize())
        : r.target().english(r.blockSize());
  }

  private String needed(Requirement r) {
    if (!r.isReachable()) {
      return w("không thể đạt trong thang điểm", "out of reach on the scale");
    }
    if (r.isMet()) {
      return w("đã đạt", "already met");
    }
    return style.signed(r.gain().orElseThrow(), r.decimals());
  }

  private String planned(Measure m, GainSplit split) {
    BigDecimal g = m.component().map(c -> split.gains().get(c)).orElseGet(split::totalContribution);
    return g == null ? "" : style.signed(g, split.decimals());
  }

  private String share(Measure m, GainSplit split) {
    if (m.isTotal()) {
      return split.totalContribution().signum() == 0 ? "" : percent(BigDecimal.ONE);
    }
    Component c = m.component().orElseThrow();
    if (!split.contributions().containsKey(c)) {
      return "";
    }
    return percent(split.share(c));
  }

  /** A share as a percentage with one decimal always: "100,0 %", "15,0 %", "21,7 %". */
  private String percent(BigDecimal share) {
    return style.percent(share.movePointRight(2).setScale(1, RoundingMode.HALF_UP));
  }
}
