package vn.ddci.ranking;

import static vn.ddci.internal.Checks.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import vn.ddci.Bounds;
import vn.ddci.InsufficientDataException;
import vn.ddci.framework.RankingRule;
import vn.ddci.framework.TiePolicy;
import vn.ddci.internal.Values;

/**
 * The ranking of a block on one measure: every unit's {@link Standing} under a {@link RankingRule}.
 *
 * <p>Higher scores rank first. Units whose values are equal at the rule's precision are tied:
 * COMPETITION, DENSE and FRACTIONAL make them share a rank; ORDINAL orders them by the unrounded
 * value, then by name in Vietnamese alphabetical order ({@link Collator} for {@code vi}, then by
 * code points), so that the result never depends on the order of the input.
 *
 * <pre>{@code
 * Ranking<String> r = Ranking.of(Map.of("A", new BigDecimal("9"), "B", new BigDecimal("8"),
 *     "C", new BigDecimal("8")), RankingRule.LANG_SON);
 * r.standing("C");   // Standing[02/03, tied ×2]
 * }</pre>
 *
 * <p>A ranking is of a whole block unless it is made {@linkplain #among(Map, RankingRule, int)
 * among the listed units} of a larger block, as from a press list of 6 of 24 departments. Such a
 * ranking is {@linkplain #isPartial() partial}: it gives the order of the listed units and their
 * positions among them, but never a {@link Standing}, a leader or points to reach a rank, which
 * would pass for block ranks; those need every unit of the block.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <K> what is ranked: a unit, or a name; its {@code toString()} is its name
 */
public final class Ranking<K> {
  private static final Comparator<Object> BY_NAME = byName();

  private final RankingRule rule;
  private final int blockSize;
  private final ImmutableMap<K, BigDecimal> values;
  private final ImmutableMap<K, Standing> standings;

  private Ranking(
      RankingRule rule,
      int blockSize,
      ImmutableMap<K, BigDecimal> values,
      ImmutableMap<K, Standing> standings) {
    this.rule = rule;
    this.blockSize = blockSize;
    this.values = values;
    this.standings = standings;
  }

  /**
   * Ranks the values of a whole block: every unit of the block has a value here.
   *
   * @param <K> what is ranked
   * @param scores the exact value of each unit; at least one
   * @param rule the tie policy and precision
   * @return the ranking
   * @throws vn.ddci.DdciValidationException if there is no score
   */
  public static <K> Ranking<K> of(Map<K, BigDecimal> scores, RankingRule rule) {
    Objects.requireNonNull(scores, "scores");
    Objects.requireNonNull(rule, "rule");
    return rank(scores, rule, scores.size());
  }

  /**
   * Ranks the values of some units of a block of n: the order of the listed units and their
   * positions among them, which are not block ranks ({@link #isPartial()}).
   *
   * @param <K> what is ranked
   * @param scores the exact value of each listed unit; at least one
   * @param rule the tie policy and precision
   * @param blockSize n, the number of units in the block, listed or not
   * @return the ranking; partial when fewer than n units are listed
   * @throws vn.ddci.DdciValidationException if there is no score, or more scores than n
   */
  public static <K> Ranking<K> among(Map<K, BigDecimal> scores, RankingRule rule, int blockSize) {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(scores, "scores");
    checkArgument(
        blockSize >= 1 && blockSize <= Bounds.MAX_BLOCK_SIZE,
        "block size %s is outside 1–%s",
        blockSize,
        Bounds.MAX_BLOCK_SIZE);
    checkArgument(
        blockSize >= scores.size(),
        "%s units listed, more than the block's %s",
        scores.size(),
        blockSize);
    return rank(scores, rule, blockSize);
  }

  private static <K> Ranking<K> rank(Map<K, BigDecimal> scores, RankingRule rule, int blockSize) {
    Objects.requireNonNull(scores, "scores");
    Objects.requireNonNull(rule, "rule");
    checkArgument(!scores.isEmpty(), "nothing to rank: no score");
    checkArgument(
        scores.size() <= Bounds.MAX_BLOCK_SIZE,
        "%s units to rank, more than %s",
        scores.size(),
        Bounds.MAX_BLOCK_SIZE);
    scores.forEach(
        (k, v) -> {
          Objects.requireNonNull(k, "a unit ranked");
          Values.decimal(
              Objects.requireNonNull(v, () -> "the value of " + k), () -> "the value of " + k);
        });
    Map<K, BigDecimal> ranked = new HashMap<>();
    scores.forEach((k, v) -> ranked.put(k, rule.precision().apply(v)));
    Comparator<K> order =
        Comparator.<K, BigDecimal>comparing(ranked::get)
            .thenComparing(scores::get)
            .reversed()
            .thenComparing(BY_NAME);
    List<K> keys = new ArrayList<>(scores.keySet());
    keys.sort(order);

    int n = keys.size();
    ImmutableMap.Builder<K, BigDecimal> values = ImmutableMap.builder();
    ImmutableMap.Builder<K, Standing> standings = ImmutableMap.builder();
    int groupStart = 0;
    int denseRank = 0;
    while (groupStart < n) {
      BigDecimal value = ranked.get(keys.get(groupStart));
      int groupEnd = groupStart + 1;
      while (groupEnd < n && ranked.get(keys.get(groupEnd)).compareTo(value) == 0) {
        groupEnd++;
      }
      denseRank++;
      int tied = groupEnd - groupStart;
      for (int i = groupStart; i < groupEnd; i++) {
        K key = keys.get(i);
        values.put(key, value);
        standings.put(key, standing(rule.policy(), i + 1, groupStart + 1, denseRank, tied, n));
      }
      groupStart = groupEnd;
    }
    return new Ranking<>(rule, blockSize, values.build(), standings.build());
  }

  private static Standing standing(
      TiePolicy policy, int position, int sharedRank, int denseRank, int tied, int n) {
    switch (policy) {
      case ORDINAL:
        return Standing.of(position, n, 1, BigDecimal.valueOf(position), policy);
      case DENSE:
        return Standing.of(denseRank, n, tied, Standing.meanPosition(sharedRank, tied), policy);
      case COMPETITION:
      case FRACTIONAL:
      default:
        return Standing.of(sharedRank, n, tied, Standing.meanPosition(sharedRank, tied), policy);
    }
  }

  /**
   * Returns the rule.
   *
   * @return the tie policy and precision
   */
  public RankingRule rule() {
    return rule;
  }

  /**
   * Returns the number of units ranked here.
   *
   * @return 1 or more; n for a ranking of a whole block
   */
  public int size() {
    return standings.size();
  }

  /**
   * Returns n, the number of units in the block, ranked here or not.
   *
   * @return {@link #size()} unless the ranking is partial
   */
  public int blockSize() {
    return blockSize;
  }

  /**
   * Tells whether the ranking holds only some units of the block: then it gives positions among
   * them ({@link #position(Object)}), never block standings.
   *
   * @return true when fewer than n units are ranked
   */
  public boolean isPartial() {
    return size() < blockSize;
  }

  private void requireWhole(String what) {
    if (isPartial()) {
      throw new InsufficientDataException(
          String.format(
              "%s needs every unit of the block: this ranking holds %s of %s units, and positions"
                  + " among them are not block ranks",
              what, size(), blockSize));
    }
  }

  /**
   * Returns a unit's position among the units ranked here, under the rule's tie policy: its rank
   * when the ranking is whole, its place among the listed units when it is partial.
   *
   * @param key a unit ranked here
   * @return 1 to {@link #size()}
   * @throws vn.ddci.DdciValidationException if the unit is not ranked here
   */
  public int position(K key) {
    Objects.requireNonNull(key, "key");
    Standing standing = standings.get(key);
    checkArgument(standing != null, "'%s' is not in this ranking", key);
    return standing.rank();
  }

  /**
   * Returns the units from the best to the worst.
   *
   * @return the order
   */
  public List<K> order() {
    return standings.keySet().asList();
  }

  /**
   * Returns every unit's standing, from the best to the worst.
   *
   * @return the standings
   * @throws vn.ddci.InsufficientDataException if the ranking is partial
   */
  public Map<K, Standing> standings() {
    requireWhole("a standing in the block");
    return standings;
  }

  /**
   * Returns a unit's standing.
   *
   * @param key a unit ranked here
   * @return its standing
   * @throws vn.ddci.DdciValidationException if the unit is not ranked here
   * @throws vn.ddci.InsufficientDataException if the ranking is partial
   */
  public Standing standing(K key) {
    Objects.requireNonNull(key, "key");
    requireWhole("a standing in the block");
    Standing standing = standings.get(key);
    checkArgument(standing != null, "'%s' is not in this ranking", key);
    return standing;
  }

  /**
   * Returns the value a unit was ranked on: its score at the rule's precision.
   *
   * @param key a unit ranked here
   * @return the ranked value
   * @throws vn.ddci.DdciValidationException if the unit is not ranked here
   */
  public BigDecimal value(K key) {
    Objects.requireNonNull(key, "key");
    position(key);
    return values.get(key);
  }

  /**
   * Returns the best value (the leader's, đơn vị đứng đầu).
   *
   * @return the value at rank 1, at the rule's precision
   * @throws vn.ddci.InsufficientDataException if the ranking is partial
   */
  public BigDecimal leaderValue() {
    requireWhole("the leader's value");
    return values.get(order().get(0));
  }

  /**
   * Returns the units at rank 1 (several when tied).
   *
   * @return the leaders
   * @throws vn.ddci.InsufficientDataException if the ranking is partial
   */
  public List<K> leaders() {
    requireWhole("the leaders");
    return order().stream()
        .filter(k -> standings.get(k).rank() == 1)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the points a unit needs to reach rank k: how far its ranked value is below the value
   * that rank k takes among the other units.
   *
   * <p>Under COMPETITION and FRACTIONAL that is the k-th best value of the others: level with it,
   * the unit shares rank k. Under DENSE it is the k-th best distinct value of the others. Under
   * ORDINAL, being level is not always enough: the unrounded value, then the name, decides.
   *
   * @param key a unit ranked here
   * @param k the rank to reach, 1 to n
   * @return 0 when the unit already stands at rank k or better, otherwise the gap
   * @throws vn.ddci.DdciValidationException if the unit is not ranked here or k is outside 1–n
   * @throws vn.ddci.InsufficientDataException if the ranking is partial
   */
  public BigDecimal pointsToReach(K key, int k) {
    Objects.requireNonNull(key, "key");
    requireWhole("the points to reach a rank");
    BigDecimal own = value(key);
    checkArgument(k >= 1 && k <= size(), "rank %s is outside 1–%s", k, size());
    if (standing(key).rank() <= k) {
      return BigDecimal.ZERO;
    }
    Stream<BigDecimal> others = order().stream().filter(o -> !o.equals(key)).map(values::get);
    if (rule.policy() == TiePolicy.DENSE) {
      others = others.map(BigDecimal::stripTrailingZeros).distinct();
    }
    return others
        .skip(k - 1L)
        .findFirst()
        .map(target -> target.subtract(own).max(BigDecimal.ZERO))
        .orElse(BigDecimal.ZERO);
  }

  @Override
  public String toString() {
    if (isPartial()) {
      return "Ranking["
          + rule.policy()
          + ", "
          + size()
          + " of "
          + blockSize
          + " units (partial: positions among the listed, not block ranks)]";
    }
    return "Ranking[" + rule.policy() + ", " + size() + " units, leader " + leaders() + "]";
  }

  private static Comparator<Object> byName() {
    Collator vietnamese = Collator.getInstance(Locale.forLanguageTag("vi"));
    Comparator<Object> byCollator =
        (a, b) -> vietnamese.compare(String.valueOf(a), String.valueOf(b));
    return byCollator.thenComparing(String::valueOf);
  }
}
