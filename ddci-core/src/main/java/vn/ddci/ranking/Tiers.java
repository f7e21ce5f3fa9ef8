package vn.ddci.ranking;

import static vn.ddci.internal.Checks.checkArgument;
import static vn.ddci.internal.Checks.format;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.ddci.internal.Values;
import vn.ddci.name.Names;

/**
 * Tiers from cut-offs: a score belongs to the best tier whose cut-off it reaches.
 *
 * <p>PCI's tiers (Rất tốt, Tốt, Khá, Trung bình, Tương đối thấp, Thấp) have cut-offs that change
 * every year; they are data, given by the user.
 *
 * <pre>{@code
 * Tiers t = Tiers.of(Tier.of("Tốt", new BigDecimal("60")), Tier.of("Khá", new BigDecimal("55")));
 * t.tierOf(new BigDecimal("58.3"));   // Optional[Tier[Khá ≥ 55]]
 * }</pre>
 */
public final class Tiers {
  private final ImmutableList<Tier> tiers;

  private Tiers(ImmutableList<Tier> tiers) {
    this.tiers = tiers;
  }

  /**
   * Creates tiers.
   *
   * @param tiers at least one tier, in any order; labels and cut-offs unique
   * @return the tiers, from the best to the worst
   * @throws vn.ddci.DdciValidationException if there is no tier, or two share a label or a cut-off
   */
  public static Tiers of(Tier... tiers) {
    Objects.requireNonNull(tiers, "tiers");
    return of(List.of(tiers));
  }

  /**
   * Creates tiers.
   *
   * @param tiers at least one tier, in any order; labels and cut-offs unique
   * @return the tiers, from the best to the worst
   * @throws vn.ddci.DdciValidationException if there is no tier, or two share a label or a cut-off
   */
  public static Tiers of(List<Tier> tiers) {
    Objects.requireNonNull(tiers, "tiers");
    checkArgument(!tiers.isEmpty(), "no tier given");
    ImmutableList<Tier> sorted =
        ImmutableList.sortedCopyOf(Comparator.comparing(Tier::lowerBound).reversed(), tiers);
    for (int i = 1; i < sorted.size(); i++) {
      Tier a = sorted.get(i - 1);
      Tier b = sorted.get(i);
      checkArgument(
          a.lowerBound().compareTo(b.lowerBound()) != 0,
          "tiers '%s' and '%s' share the cut-off %s",
          a.label(),
          b.label(),
          a.lowerBound());
    }
    checkArgument(
        sorted.stream().map(t -> Names.key(t.label())).distinct().count() == sorted.size(),
        () -> format("tier labels must be unique, read tolerantly: %s", sorted));
    return new Tiers(sorted);
  }

  /**
   * Returns the tiers from the best to the worst.
   *
   * @return the tiers
   */
  public List<Tier> tiers() {
    return tiers;
  }

  /**
   * Returns the tier of a score.
   *
   * @param score a score
   * @return the best tier whose cut-off the score reaches; empty when it is below every cut-off
   */
  public Optional<Tier> tierOf(BigDecimal score) {
    Objects.requireNonNull(score, "score");
    Values.decimal(score, "a score to tier");
    checkArgument(score.signum() >= 0, "a score to tier must not be negative, got %s", score);
    return tiers.stream().filter(t -> score.compareTo(t.lowerBound()) >= 0).findFirst();
  }

  @Override
  public String toString() {
    return "Tiers" + tiers;
  }
}
