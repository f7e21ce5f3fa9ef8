package vn.ddci.uncertainty;

import static vn.ddci.internal.Checks.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.ddci.engine.Aggregate;
import vn.ddci.engine.Denominate;
import vn.ddci.engine.Impute;
import vn.ddci.engine.Normalise;
import vn.ddci.engine.Pipeline;
import vn.ddci.engine.Screen;
import vn.ddci.engine.Step;
import vn.ddci.engine.Treat;

/**
 * One uncertain method choice of a {@link MethodUncertainty} analysis (lựa chọn phương pháp): a
 * named factor, the kind of pipeline step it decides, and its alternatives, one of which each
 * replication draws, each as likely as the others.
 *
 * <pre>{@code
 * MethodChoice.replacing("normalisation", Normalise.class,
 *     Normalise.minMax(0, 100), Normalise.zScore(10, 2), Normalise.rank());
 * MethodChoice.onOrOff("imputation", Impute.class);     // the pipeline's own Impute, or none
 * MethodChoice.of("imputation", Impute.class,           // a pipeline without imputation
 *     Alternative.removed(), Alternative.added(Impute.groupMean("EurAsia_group")));
 * }</pre>
 *
 * <p>An alternative keeps the pipeline's steps of the kind, replaces every one of them by a step,
 * removes them, or adds a step of the kind to a pipeline that has none. Immutable.
 */
public final class MethodChoice {
  /** The library's steps in COINr's order: where an added step goes. */
  private static final List<Class<? extends Step>> ORDER =
      List.of(
          Denominate.class,
          Impute.class,
          Screen.class,
          Treat.class,
          Normalise.class,
          Aggregate.class);

  private final String factor;
  private final Class<? extends Step> kind;
  private final ImmutableList<Alternative> alternatives;

  private MethodChoice(
      String factor, Class<? extends Step> kind, ImmutableList<Alternative> alternatives) {
    this.factor = factor;
    this.kind = kind;
    this.alternatives = alternatives;
  }

  /**
   * Returns a factor with its alternatives.
   *
   * @param factor its name, e.g. "normalisation"
   * @param kind the kind of step it decides, e.g. {@code Normalise.class}
   * @param alternatives at least one, no two equal
   * @return the factor
   * @throws vn.ddci.DdciValidationException naming the factor if its name is blank, it has no
   *     alternative, two are equal, a step is not of the kind, or a step is added of a kind whose
   *     place in a pipeline is not known (only the library's steps can be added)
   */
  public static MethodChoice of(
      String factor, Class<? extends Step> kind, List<Alternative> alternatives) {
    Objects.requireNonNull(factor, "factor");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(alternatives, "alternatives");
    checkArgument(!factor.isBlank(), "a method choice needs a name (e.g. \"normalisation\")");
    checkArgument(
        !alternatives.isEmpty(),
        "method choice %s has no alternative: give at least one %s step, or keep the pipeline's",
        factor,
        kind.getSimpleName());
    List<Alternative> seen = new ArrayList<>();
    for (Alternative a : alternatives) {
      Objects.requireNonNull(a, "alternative");
      int same = seen.indexOf(a);
      checkArgument(
          same < 0,
          "method choice %s gives the alternative %s twice (alternatives %s and %s)",
          factor,
          a,
          same + 1,
          seen.size() + 1);
      a.step.ifPresent(
          s ->
              checkArgument(
                  kind.isInstance(s),
                  "method choice %s decides the %s step, but its alternative %s is not one",
                  factor,
                  kind.getSimpleName(),
                  s));
      checkArgument(
          a.action != Action.ADD || ORDER.contains(kind),
          "method choice %s adds a %s step, whose place in a pipeline is not known: only the"
              + " library's steps %s can be added",
          factor,
          kind.getSimpleName(),
          ORDER.stream().map(Class::getSimpleName).toList());
      seen.add(a);
    }
    return new MethodChoice(factor, kind, ImmutableList.copyOf(alternatives));
  }

  /**
   * Returns a factor with its alternatives.
   *
   * @param factor its name, e.g. "normalisation"
   * @param kind the kind of step it decides, e.g. {@code Normalise.class}
   * @param alternatives at least one, no two equal
   * @return the factor
   * @throws vn.ddci.DdciValidationException as {@link #of(String, Class, List)} does
   */
  public static MethodChoice of(
      String factor, Class<? extends Step> kind, Alternative... alternatives) {
    return of(factor, kind, Arrays.asList(alternatives));
  }

  /**
   * Returns a factor whose alternatives each replace the pipeline's steps of a kind: {@code
   * replacing("aggregation", Aggregate.class, arithmetic, geometric)}.
   *
   * @param factor its name
   * @param kind the kind of step it decides
   * @param steps at least one, each of the kind, no two equal
   * @return the factor
   * @throws vn.ddci.DdciValidationException as {@link #of(String, Class, List)} does
   */
  public static MethodChoice replacing(String factor, Class<? extends Step> kind, Step... steps) {
    List<Alternative> alternatives = new ArrayList<>();
    for (Step s : steps) {
      alternatives.add(Alternative.replacedBy(s));
    }
    return of(factor, kind, alternatives);
  }

  /**
   * Returns a factor that keeps or removes the pipeline's steps of a kind: imputation on or off.
   *
   * @param factor its name, e.g. "imputation"
   * @param kind the kind of step, e.g. {@code Impute.class}
   * @return the factor
   */
  public static MethodChoice onOrOff(String factor, Class<? extends Step> kind) {
    return of(factor, kind, Alternative.kept(), Alternative.removed());
  }

  /**
   * Returns the factor's name.
   *
   * @return e.g. "normalisation"
   */
  public String factor() {
    return factor;
  }

  /**
   * Returns the kind of step the factor decides.
   *
   * @return e.g. {@code Normalise.class}
   */
  public Class<? extends Step> kind() {
    return kind;
  }

  /**
   * Returns the alternatives, in the order given.
   *
   * @return at least one
   */
  public List<Alternative> alternatives() {
    return alternatives;
  }

  /**
   * Checks that every alternative applies to a pipeline (a step to keep or replace is there, a step
   * to add is not), and that no two alternatives make the same pipeline.
   */
  void checkApplies(Pipeline pipeline) {
    boolean has = pipeline.steps().stream().anyMatch(kind::isInstance);
    for (Alternative a : alternatives) {
      checkArgument(
          has || a.action == Action.ADD || a.action == Action.REMOVE,
          "method choice %s: the pipeline has no %s step for its alternative %s to %s (the steps"
              + " are %s); Alternative.added(step) adds one",
          factor,
          kind.getSimpleName(),
          a,
          a.action == Action.KEEP ? "keep" : "replace",
          pipeline.steps());
      checkArgument(
          !has || a.action != Action.ADD,
          "method choice %s: the pipeline already has a %s step, so its alternative %s would make"
              + " two; replace the step instead",
          factor,
          kind.getSimpleName(),
          a);
    }
    checkArgument(
        has || alternatives.stream().anyMatch(a -> a.action == Action.ADD),
        "method choice %s: the pipeline has no %s step to choose for (the steps are %s)",
        factor,
        kind.getSimpleName(),
        pipeline.steps());
    for (int a = 0; a < alternatives.size(); a++) {
      for (int b = 0; b < a; b++) {
        checkArgument(
            !apply(pipeline, a).equals(apply(pipeline, b)),
            "method choice %s: its alternatives %s (%s) and %s (%s) make the same pipeline",
            factor,
            b + 1,
            alternatives.get(b),
            a + 1,
            alternatives.get(a));
      }
    }
  }

  /** The pipeline with alternative i of this factor. */
  Pipeline apply(Pipeline pipeline, int i) {
    Alternative a = alternatives.get(i);
    List<Step> steps = new ArrayList<>();
    switch (a.action) {
      case KEEP:
        return pipeline;
      case REPLACE:
        for (Step s : pipeline.steps()) {
          steps.add(kind.isInstance(s) ? a.step.orElseThrow() : s);
        }
        break;
      case REMOVE:
        for (Step s : pipeline.steps()) {
          if (!kind.isInstance(s)) {
            steps.add(s);
          }
        }
        checkArgument(
            !steps.isEmpty(),
            "method choice %s: removing the %s steps leaves no step",
            factor,
            kind.getSimpleName());
        break;
      case ADD:
      default:
        int place = ORDER.indexOf(kind);
        boolean added = false;
        for (Step s : pipeline.steps()) {
          if (!added && later(s, place)) {
            steps.add(a.step.orElseThrow());
            added = true;
          }
          steps.add(s);
        }
        if (!added) {
          steps.add(a.step.orElseThrow());
        }
    }
    return Pipeline.of(steps);
  }

  /** Whether a step is one of the library's that comes after the place in COINr's order. */
  private static boolean later(Step s, int place) {
    for (int k = place + 1; k < ORDER.size(); k++) {
      if (ORDER.get(k).isInstance(s)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return factor + " " + alternatives;
  }

  /** What an alternative does to the pipeline's steps of its factor's kind. */
  private enum Action {
    KEEP,
    REPLACE,
    REMOVE,
    ADD
  }

  /**
   * One alternative of a method choice (phương án): keep, replace, remove or add. Equal when it
   * does the same with an equal step. Immutable.
   */
  public static final class Alternative {
    private final Action action;
    private final Optional<Step> step;

    private Alternative(Action action, Optional<Step> step) {
      this.action = action;
      this.step = step;
    }

    /**
     * Returns the alternative that keeps the pipeline's steps of the kind as they are.
     *
     * @return the alternative
     */
    public static Alternative kept() {
      return new Alternative(Action.KEEP, Optional.empty());
    }

    /**
     * Returns the alternative that replaces every step of the kind by a step.
     *
     * @param step a step of the factor's kind
     * @return the alternative
     */
    public static Alternative replacedBy(Step step) {
      return new Alternative(Action.REPLACE, Optional.of(Objects.requireNonNull(step, "step")));
    }

    /**
     * Returns the alternative that removes every step of the kind: imputation off, say.
     *
     * @return the alternative
     */
    public static Alternative removed() {
      return new Alternative(Action.REMOVE, Optional.empty());
    }

    /**
     * Returns the alternative that adds a step of the kind to a pipeline that has none, at its
     * place in COINr's order (denominate, impute, screen, treat, normalise, aggregate).
     *
     * @param step a step of the factor's kind, one of the library's
     * @return the alternative
     */
    public static Alternative added(Step step) {
      return new Alternative(Action.ADD, Optional.of(Objects.requireNonNull(step, "step")));
    }

    /**
     * Returns the step that replaces or is added.
     *
     * @return the step; empty when the alternative keeps or removes
     */
    public Optional<Step> step() {
      return step;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Alternative
          && ((Alternative) o).action == action
          && ((Alternative) o).step.equals(step);
    }

    @Override
    public int hashCode() {
      return Objects.hash(action, step);
    }

    /**
     * Returns the alternative as a report shows it: "as in the pipeline", "none", the step, or
     * "add" and the step.
     *
     * @return the label
     */
    @Override
    public String toString() {
      switch (action) {
        case KEEP:
          return "as in the pipeline";
        case REMOVE:
          return "none";
        case ADD:
          return "add " + step.orElseThrow();
        case REPLACE:
        default:
          return step.orElseThrow().toString();
      }
    }
  }
}
