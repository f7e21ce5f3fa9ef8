package vn.ddci.engine;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import vn.ddci.internal.DdciStyle;

/**
 * The data after one step, and what the step did (bước xử lý): COINr's {@code Raw}, {@code
 * Denominated}, {@code Imputed}, {@code Screened}, {@code Treated}, {@code Normalised}, {@code
 * Aggregated}.
 */
@Value.Immutable
@DdciStyle
public abstract class Stage {
  Stage() {}

  static ImmutableStage.Builder builder() {
    return ImmutableStage.builder();
  }

  /** The stage a step made: its name, the data after it and what it did. */
  static Stage of(Step step, Dataset data, List<AuditEntry> audit) {
    return builder().name(step.stageName()).step(step).dataset(data).audit(audit).build();
  }

  /**
   * Returns the stage's name.
   *
   * @return e.g. "Treated"
   */
  public abstract String name();

  /**
   * Returns the step that made it; empty for the raw data.
   *
   * @return the step
   */
  public abstract Optional<Step> step();

  /**
   * Returns the data after the step.
   *
   * @return the dataset
   */
  public abstract Dataset dataset();

  /**
   * Returns what the step did, in order.
   *
   * @return the audit entries
   */
  public abstract List<AuditEntry> audit();

  /**
   * Returns, for an outlier treatment, what it did to each indicator.
   *
   * @return one record per indicator; empty for other steps
   */
  public abstract List<Treatment> treatments();

  @Override
  public String toString() {
    return "Stage[" + name() + ": " + dataset() + ", " + audit().size() + " audit entries]";
  }
}
