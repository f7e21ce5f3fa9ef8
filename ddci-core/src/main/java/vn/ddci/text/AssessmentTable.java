package vn.ddci.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.ddci.assessment.MeasureAssessment;
import vn.ddci.assessment.UnitAssessment;
import vn.ddci.framework.Component;

/**
 * Section II as a table (bảng đánh giá): a row for the total and one per component of the
 * framework, in its order, each figure at its published precision; what is not known is a dash.
 */
final class AssessmentTable extends PlanWords {
  static final String NONE = "–";

  AssessmentTable(Language language, Optional<String> label) {
    super(language, label);
  }

  List<List<String>> table(UnitAssessment a) {
    Objects.requireNonNull(a, "a");
    List<List<String>> rows = new ArrayList<>();
    rows.add(
        List.of(
            w("Chỉ số", "Measure"),
            w("Điểm " + a.year(), "Score " + a.year()),
            w("Xếp hạng", "Rank"),
            w("Điểm " + a.lastYear(), "Score " + a.lastYear()),
            w("Xếp hạng " + a.lastYear(), "Rank " + a.lastYear()),
            w("Mức độ cải thiện", "Score change"),
            w("Thay đổi thứ hạng", "Rank change"),
            w("So với trung vị", "Against the median")));
    rows.add(row(w("Tổng điểm", "Total"), Optional.of(a.total())));
    for (Component c : a.unit().block().framework().components()) {
      rows.add(row(name(c), Optional.ofNullable(a.components().get(c))));
    }
    return Collections.unmodifiableList(rows);
  }

  private List<String> row(String name, Optional<MeasureAssessment> measure) {
    if (measure.isEmpty()) {
      return List.of(name, NONE, NONE, NONE, NONE, NONE, NONE, w("chưa đánh giá", "not assessed"));
    }
    MeasureAssessment m = measure.get();
    int decimals = m.publishedDecimals();
    return List.of(
        name,
        m.score().map(s -> style.figure(s.value(), decimals)).orElse(NONE),
        m.standing().format() + (m.standing().isTied() ? w(" (đồng vị trí)", " (tied)") : ""),
        m.lastScore().map(s -> style.figure(s.value(), decimals)).orElse(NONE),
        m.lastStanding().map(s -> s.format()).orElse(NONE),
        m.improvement().change().map(c -> style.signed(c, decimals)).orElse(NONE),
        m.improvement().rankChange().isPresent()
            ? style.signed(m.improvement().rankChange().getAsInt())
            : NONE,
        medianClass(m));
  }

  private String medianClass(MeasureAssessment m) {
    switch (m.medianClass()) {
      case ABOVE:
        return w("trên trung vị", "above the median");
      case AT:
        return w("bằng trung vị", "at the median");
      default:
        return w("dưới trung vị", "below the median");
    }
  }
}
