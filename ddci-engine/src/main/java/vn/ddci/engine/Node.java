package vn.ddci.engine;

import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;
import vn.ddci.internal.Checks;
import vn.ddci.internal.DdciStyle;

/**
 * One node of an {@link IndicatorTree}: an indicator (chỉ tiêu), measured for every unit, or an
 * aggregate (a component, chỉ số thành phần; a sub-index; the index itself), computed from its
 * children.
 *
 * <pre>{@code
 * Node.indicator("LPI", "Physical").withName("Logistics Performance Index");
 * Node.builder().code("Days").kind(Node.Kind.INDICATOR).parent("TIME").direction(Direction.NEGATIVE)
 *     .name("Số ngày hoàn thành thủ tục").nameEn("Days to complete a procedure")
 *     .unitOfMeasure("days").build();
 * }</pre>
 *
 * <p>A weight is relative to the node's siblings (only ratios matter); it may be 0, which leaves a
 * child out of its parent's score, as long as a sibling has a positive weight.
 */
@Value.Immutable
@DdciStyle
public abstract class Node {
  /** What a node is. */
  public enum Kind {
    /** A measured value (chỉ tiêu), a leaf of the tree. */
    INDICATOR,
    /** A value computed from the node's children (chỉ số thành phần, chỉ số tổng hợp). */
    AGGREGATE
  }

  Node() {}

  /**
   * Starts a node.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Node}; not thread-safe. */
  public static final class Builder extends ImmutableNode.Builder {
    Builder() {}
  }

  /**
   * Returns an indicator of weight 1 and positive direction, named by its code.
   *
   * @param code the indicator's code, e.g. {@code "LPI"}
   * @param parent the code of the aggregate it belongs to
   * @return the indicator
   * @throws vn.ddci.DdciValidationException if a code is not valid
   */
  public static Node indicator(String code, String parent) {
    return builder().code(code).kind(Kind.INDICATOR).parent(parent).build();
  }

  /**
   * Returns an aggregate of weight 1 under a parent, named by its code.
   *
   * @param code the aggregate's code, e.g. {@code "Physical"}
   * @param parent the code of the aggregate one level up
   * @return the aggregate
   * @throws vn.ddci.DdciValidationException if a code is not valid
   */
  public static Node aggregate(String code, String parent) {
    return builder().code(code).kind(Kind.AGGREGATE).parent(parent).build();
  }

  /**
   * Returns the root of a tree: the index itself.
   *
   * @param code the index's code, e.g. {@code "Index"} or {@code "DDCI"}
   * @return the root
   * @throws vn.ddci.DdciValidationException if the code is not valid
   */
  public static Node root(String code) {
    return builder().code(code).kind(Kind.AGGREGATE).build();
  }

  /**
   * Returns the code, unique in its tree (mã).
   *
   * @return e.g. {@code "LPI"}
   */
  public abstract String code();

  /**
   * Returns what the node is.
   *
   * @return indicator or aggregate
   */
  public abstract Kind kind();

  /**
   * Returns the name in Vietnamese, or in the source's language (tên).
   *
   * @return the code unless set
   */
  @Value.Default
  public String name() {
    return code();
  }

  /**
   * Returns the name in English, where there is one.
   *
   * @return the English name
   */
  public abstract Optional<String> nameEn();

  /**
   * Returns the code of the parent; empty for the root.
   *
   * @return the parent's code
   */
  public abstract Optional<String> parent();

  /**
   * Returns the weight within the parent (trọng số), relative to the siblings' weights.
   *
   * @return 1 unless set; finite and not negative
   */
  @Value.Default
  public double weight() {
    return 1;
  }

  /**
   * Returns the direction; an aggregate's is informative only.
   *
   * @return {@link Direction#POSITIVE} unless set
   */
  @Value.Default
  public Direction direction() {
    return Direction.POSITIVE;
  }

  /**
   * Returns the unit of measure (đơn vị tính), informative only.
   *
   * @return e.g. "days", "%", "million VND"
   */
  public abstract Optional<String> unitOfMeasure();

  /**
   * Returns the code of the column an indicator is divided by (mẫu số), for {@link Denominate}.
   *
   * @return e.g. {@code "Population"}
   */
  public abstract Optional<String> denominator();

  /**
   * Returns an indicator's goalposts, for goalpost normalisation.
   *
   * @return the goalposts
   */
  public abstract Optional<Goalposts> goalposts();

  /**
   * Returns an indicator's target (mục tiêu), for distance-to-target normalisation.
   *
   * @return the target, in the indicator's unit
   */
  public abstract OptionalDouble target();

  /**
   * Returns this node with another weight.
   *
   * @param weight finite, not negative
   * @return the copy
   * @throws vn.ddci.DdciValidationException if the weight is negative or not finite
   */
  public Node withWeight(double weight) {
    return weight == weight() ? this : new Builder().from(this).weight(weight).build();
  }

  /**
   * Returns this node with another name.
   *
   * @param name the name in Vietnamese or in the source's language
   * @return the copy
   */
  public Node withName(String name) {
    return new Builder().from(this).name(name).build();
  }

  @Value.Check
  void check() {
    Codes.check(code(), "node");
    parent().ifPresent(p -> Codes.check(p, "node " + code() + ": parent"));
    denominator().ifPresent(d -> Codes.check(d, "node " + code() + ": denominator"));
    Checks.checkArgument(
        Double.isFinite(weight()) && weight() >= 0,
        () -> "node " + code() + ": weight " + weight() + " is negative or not finite");
    Checks.checkArgument(
        !parent().equals(Optional.of(code())), () -> "node " + code() + " is its own parent");
    if (kind() == Kind.AGGREGATE) {
      Checks.checkArgument(
          denominator().isEmpty() && goalposts().isEmpty() && target().isEmpty(),
          () ->
              "aggregate "
                  + code()
                  + ": a denominator, goalposts or a target belong to indicators");
    } else {
      Checks.checkArgument(
          parent().isPresent(), () -> "indicator " + code() + " has no parent aggregate");
    }
    target()
        .ifPresent(
            t ->
                Checks.checkArgument(
                    Double.isFinite(t),
                    () -> "indicator " + code() + ": target " + t + " is not finite"));
  }

  @Override
  public String toString() {
    return (kind() == Kind.INDICATOR ? "Indicator[" : "Aggregate[")
        + code()
        + parent().map(p -> " in " + p).orElse("")
        + (weight() == 1 ? "" : ", weight " + weight())
        + (direction() == Direction.NEGATIVE ? ", lower is better" : "")
        + "]";
  }
}
