package vn.ddci.assessment;

import static vn.ddci.internal.Checks.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Predicate;
import org.immutables.value.Value;
import vn.ddci.InsufficientDataException;
import vn.ddci.framework.Component;
import vn.ddci.framework.Framework;
import vn.ddci.framework.Measure;
import vn.ddci.internal.DdciStyle;
import vn.ddci.internal.Values;
import vn.ddci.ranking.MedianClass;
import vn.ddci.ranking.Standing;
import vn.ddci.result.PublishedFigures;
import vn.ddci.result.PublishedStanding;
import vn.ddci.result.ResultTable;
import vn.ddci.result.Score;
import vn.ddci.result.Unit;

/**
 * The assessment of a unit for a year against the previous one: the total and every component
 * (section II of a plan, "Đánh giá kết quả thực hiện DDCI").
 *
 * <p>Built from a unit's {@linkplain #of(PublishedStanding) published standing} (what a unit
 * usually receives) or from {@linkplain #of(ResultTable, ResultTable, String) two block tables},
 * whole or partial. A component whose standing was not published and cannot be computed is not
 * assessed ({@link #missingComponents()}); the total always is. It names the unit's strengths
 * (components above the median rank), weaknesses (below it) and priorities (below the median, or
 * whose score declined), among the components assessed.
 *
 * <pre>{@code
 * UnitAssessment a = UnitAssessment.of(standing2023);
 * a.strengths();                 // [TIME_COST, EQUAL_COMPETITION, LEGAL_INSTITUTIONS, LEADERSHIP]
 * a.total().gapToLeader();       // Optional[7.32]
 * }</pre>
 */
@Value.Immutable
@DdciStyle
public abstract class UnitAssessment {

  UnitAssessment() {}

  /**
   * Starts an assessment from parts.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link UnitAssessment}; not thread-safe. */
  public static final class Builder extends ImmutableUnitAssessment.Builder {
    Builder() {}

    /**
     * Builds the value.
     *
     * @return the UnitAssessment
     * @throws vn.ddci.DdciValidationException if a required attribute is missing, a value is not
     *     valid, or a key of a map is given twice
     */
    @Override
    public UnitAssessment build() {
      return vn.ddci.internal.Checks.building(super::build, "assessment: a component's assessment");
    }
  }

  /**
   * Assesses a unit from its published standing alone.
   *
   * <p>Ranks come from the standing; a rank change is computed where both years' ranks are given,
   * and the leader's score of a component is the unit's own when it ranks first.
   *
   * @param standing what the unit received
   * @return the assessment
   */
  public static UnitAssessment of(PublishedStanding standing) {
    Objects.requireNonNull(standing, "standing");
    Builder builder = builder().unit(standing.unit()).year(standing.year());
    builder.lastYear(standing.year().minusYears(1));
    builder.total(assess(Measure.total(), standing.total(), standing, standing.medianScore()));
    for (Map.Entry<Component, PublishedFigures> e : standing.components().entrySet()) {
      builder.putComponents(
          e.getKey(), assess(Measure.of(e.getKey()), e.getValue(), standing, Optional.empty()));
    }
    return builder.build();
  }

  /**
   * Assesses a unit from two tables of its block, whole or partial, under the block's ranking rule
   * (as {@link YearOverYear#of(ResultTable, ResultTable)}) with names matched tolerantly; see
   * {@link YearOverYear} for another rule and aliases.
   *
   * @param thisYear the block's results this year
   * @param lastYear the block's results last year
   * @param unitName the unit's name as written
   * @return the assessment
   * @throws vn.ddci.DdciValidationException if the unit is not in this year's table (naming the
   *     nearest names), or the tables do not fit together
   * @throws vn.ddci.InsufficientDataException if the unit's total rank this year was not published
   *     and cannot be computed
   */
  public static UnitAssessment of(ResultTable thisYear, ResultTable lastYear, String unitName) {
    Objects.requireNonNull(thisYear, "thisYear");
    Objects.requireNonNull(lastYear, "lastYear");
    Objects.requireNonNull(unitName, "unitName");
    return YearOverYear.of(thisYear, lastYear).assess(unitName);
  }

  private static MeasureAssessment assess(
      Measure measure,
      PublishedFigures f,
      PublishedStanding standing,
      Optional<Score> medianScore) {
    int n = standing.blockSize();
    Optional<Score> leader = f.leaderScore().or(() -> f.rank() == 1 ? f.score() : Optional.empty());
    OptionalInt rankChange =
        f.lastRank().isPresent()
            ? OptionalInt.of(f.lastRank().getAsInt() - f.rank())
            : OptionalInt.empty();
    Optional<Standing> improvementRank =
        f.improvementRank().isPresent()
            ? Optional.of(Standing.of(f.improvementRank().getAsInt(), n))
            : Optional.empty();
    Optional<Standing> last =
        f.lastRank().isPresent()
            ? Optional.of(Standing.of(f.lastRank().getAsInt(), standing.lastBlockSize()))
            : Optional.empty();
    return MeasureAssessment.builder()
        .measure(measure)
        .publishedDecimals(standing.framework().publishedDecimals())
        .standing(Standing.of(f.rank(), n, f.tiedCount()))
        .score(f.score())
        .lastStanding(last)
        .improvement(Improvement.of(f.change(), rankChange, improvementRank))
        .leaderScore(leader)
        .medianScore(medianScore)
        .build();
  }

  /**
   * Returns the unit assessed.
   *
   * @return the unit
   */
  public abstract Unit unit();

  /**
   * Returns the year assessed.
   *
   * @return this year
   */
  public abstract Year year();

  /**
   * Returns the year compared with.
   *
   * @return last year
   */
  public abstract Year lastYear();

  /**
   * Returns the assessment of the total.
   *
   * @return the total's assessment
   */
  public abstract MeasureAssessment total();

  /**
   * Returns the assessment of every component assessed, in the framework's order.
   *
   * @return one entry per component whose standing is known
   */
  public abstract Map<Component, MeasureAssessment> components();

  /**
   * Returns the components that are not assessed: their rank was not published and could not be
   * computed.
   *
   * @return the components of the framework missing from {@link #components()}, in order
   */
  public List<Component> missingComponents() {
    return unit().block().framework().components().stream()
        .filter(c -> !components().containsKey(c))
        .collect(ImmutableList.toImmutableList());
  }

  @Value.Check
  UnitAssessment normalize() {
    Framework f = unit().block().framework();
    String where = "unit '" + unit().name() + "', year " + year();
    Values.year(year(), () -> "unit '" + unit().name() + "': year");
    Values.year(lastYear(), () -> where + ": last year");
    checkArgument(
        lastYear().isBefore(year()), "%s: last year %s is not before it", where, lastYear());
    checkScale(where, total(), f);
    checkArgument(
        total().measure().isTotal(),
        "%s: the total's assessment is of %s",
        where,
        total().measure());
    ImmutableMap.Builder<Component, MeasureAssessment> ordered = ImmutableMap.builder();
    for (Component c : f.components()) {
      MeasureAssessment a = components().get(c);
      if (a == null) {
        continue;
      }
      checkScale(where, a, f);
      checkArgument(
          a.standing().outOf() == total().standing().outOf(),
          "%s: component %s is ranked of %s units, the total of %s",
          where,
          c,
          a.standing().outOf(),
          total().standing().outOf());
      checkArgument(
          a.measure().equals(Measure.of(c)),
          "%s: the assessment filed under %s is of %s",
          where,
          c,
          a.measure());
      ordered.put(c, a);
    }
    ImmutableMap<Component, MeasureAssessment> inOrder = ordered.build();
    checkArgument(
        components().size() == inOrder.size(),
        "%s: components outside framework '%s': %s",
        where,
        f.name(),
        components().keySet());
    if (ImmutableList.copyOf(components().keySet()).equals(inOrder.keySet().asList())) {
      return this;
    }
    return new Builder().from(this).components(inOrder).build();
  }

  /** Every score of a measure (this year's, last year's, the leader's, the median) in its scale. */
  private static void checkScale(String where, MeasureAssessment a, Framework f) {
    java.math.BigDecimal max = f.max(a.measure());
    List<Optional<Score>> scores =
        List.of(a.score(), a.lastScore(), a.leaderScore(), a.medianScore());
    for (Optional<Score> s : scores) {
      if (s.isPresent() && s.get().value().compareTo(max) > 0) {
        throw new vn.ddci.DdciValidationException(
            where
                + ", "
                + a.measure().code()
                + ": score "
                + s.get()
                + " is outside 0–"
                + max.toPlainString());
      }
    }
  }

  /**
   * Returns the assessment of one component.
   *
   * @param component a component of the unit's framework
   * @return its assessment
   * @throws vn.ddci.DdciValidationException if the component is not in the framework
   * @throws vn.ddci.InsufficientDataException if the component is not assessed
   */
  public MeasureAssessment component(Component component) {
    Objects.requireNonNull(component, "component");
    checkArgument(
        unit().block().framework().contains(component),
        "unit '%s': no component %s in framework '%s'",
        unit().name(),
        component,
        unit().block().framework().name());
    MeasureAssessment a = components().get(component);
    if (a == null) {
      throw new InsufficientDataException(
          "unit '"
              + unit().name()
              + "', "
              + year()
              + ": component "
              + component.code()
              + " is not assessed: its rank was not published and could not be computed");
    }
    return a;
  }

  /**
   * Returns the assessment of one component by code or name.
   *
   * @param codeOrName e.g. {@code "TRANSPARENCY"} or "Tính minh bạch và tiếp cận thông tin"
   * @return its assessment
   * @throws vn.ddci.DdciValidationException if the framework has no such component
   * @throws vn.ddci.InsufficientDataException if the component is not assessed
   */
  public MeasureAssessment component(String codeOrName) {
    Objects.requireNonNull(codeOrName, "codeOrName");
    return component(unit().block().framework().component(codeOrName));
  }

  /**
   * Returns the assessment of a measure.
   *
   * @param measure the total or a component
   * @return its assessment
   */
  public MeasureAssessment measure(Measure measure) {
    Objects.requireNonNull(measure, "measure");
    return measure.component().map(this::component).orElseGet(this::total);
  }

  /**
   * Returns this assessment with the confidence of some measures (the total, components), as an
   * uncertainty analysis of the survey gives it.
   *
   * @param confidences by measure
   * @return the assessment
   * @throws vn.ddci.DdciValidationException if a measure is not assessed here
   */
  public UnitAssessment withConfidence(Map<Measure, Confidence> confidences) {
    Objects.requireNonNull(confidences, "confidences");
    Builder b = builder().from(this);
    Map<Component, MeasureAssessment> parts = new java.util.LinkedHashMap<>(components());
    for (Map.Entry<Measure, Confidence> e : confidences.entrySet()) {
      Measure m = e.getKey();
      if (m.isTotal()) {
        b.total(total().withConfidence(e.getValue()));
      } else {
        Component c = m.component().orElseThrow();
        checkArgument(parts.containsKey(c), "%s is not assessed for %s", c.code(), unit().name());
        parts.put(c, parts.get(c).withConfidence(e.getValue()));
      }
    }
    return b.components(parts).build();
  }

  /**
   * Returns the strengths: components ranked above the median ("trên trung vị").
   *
   * @return the components, in the framework's order
   */
  public List<Component> strengths() {
    return componentsWhere(a -> a.medianClass() == MedianClass.ABOVE);
  }

  /**
   * Returns the weaknesses: components ranked below the median ("dưới trung vị").
   *
   * @return the components, in the framework's order
   */
  public List<Component> weaknesses() {
    return componentsWhere(a -> a.medianClass() == MedianClass.BELOW);
  }

  /**
   * Returns the priorities for next year's plan: components below the median, or whose score
   * declined (even when ranked well, as the seed says of Chi phí thời gian at 02/25 and −1.29).
   *
   * @return the components, in the framework's order
   */
  public List<Component> priorities() {
    return componentsWhere(a -> a.medianClass() == MedianClass.BELOW || a.improvement().declined());
  }

  private List<Component> componentsWhere(Predicate<MeasureAssessment> test) {
    return components().entrySet().stream()
        .filter(e -> test.test(e.getValue()))
        .map(Map.Entry::getKey)
        .collect(ImmutableList.toImmutableList());
  }

  @Override
  public String toString() {
    return "UnitAssessment["
        + unit().name()
        + " "
        + year()
        + " vs "
        + lastYear()
        + ": total "
        + total().standing().format()
        + ", "
        + strengths().size()
        + "/"
        + unit().block().framework().components().size()
        + " above the median"
        + (missingComponents().isEmpty() ? "" : ", " + missingComponents().size() + " not assessed")
        + "]";
  }
}
