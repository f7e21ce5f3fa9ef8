package vn.ddci.ranking;

import static com.google.common.base.Preconditions.checkArgument;

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
 * <p>Immutable and thread-safe.
 *
 * @param <K> what is ranked: a unit, or a name; its {@code toString()} is its name
 */
public final class Ranking<K> {
  private static final Comparator<Object> BY_NAME = byName();

  private final RankingRule rule;
  private final ImmutableMap<K, BigDecimal> values;
  private final ImmutableMap<K, Standing> standings;

  private Ranking(
      RankingRule rule, ImmutableMap<K, BigDecimal> values, ImmutableMap<K, Standing> standings) {
    this.rule = rule;
    this.values = values;
    this.standings = standings;
  }

  /**
   * Ranks values.
   *
   * @param <K> what is ranked
   * @param scores the exact value of each unit; at least one
   * @param rule the tie policy and precision
   * @return the ranking
   * @throws IllegalArgumentException if there is no score
   */
  public static <K> Ranking<K> of(Map<K, BigDecimal> scores, RankingRule rule) {
    Objects.requireNonNull(rule, "rule");
    checkArgument(!scores.isEmpty(), "nothing to rank: no score");
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
    return new Ranking<>(rule, values.build(), standings.build());
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
   * Returns n, the number of units ranked.
   *
   * @return 1 or more
   */
  public int size() {
    return standings.size();
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
   */
  public Map<K, Standing> standings() {
    return standings;
  }

  /**
   * Returns a unit's standing.
   *
   * @param key a unit ranked here
   * @return its standing
   * @throws IllegalArgumentException if the unit is not ranked here
   */
  public Standing standing(K key) {
    Standing standing = standings.get(key);
    checkArgument(standing != null, "'%s' is not in this ranking", key);
    return standing;
  }

  /**
   * Returns the value a unit was ranked on: its score at the rule's precision.
   *
   * @param key a unit ranked here
   * @return the ranked value
   * @throws IllegalArgumentException if the unit is not ranked here
   */
  public BigDecimal value(K key) {
    standing(key);
    return values.get(key);
  }

  /**
   * Returns the best value (the leader's, đơn vị đứng đầu).
   *
   * @return the value at rank 1, at the rule's precision
   */
  public BigDecimal leaderValue() {
    return values.get(order().get(0));
  }

  /**
   * Returns the units at rank 1 (several when tied).
   *
   * @return the leaders
   */
  public List<K> leaders() {
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
   * @throws IllegalArgumentException if the unit is not ranked here or k is outside 1–n
   */
  public BigDecimal pointsToReach(K key, int k) {
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
    return "Ranking[" + rule.policy() + ", " + size() + " units, leader " + leaders() + "]";
  }

  private static Comparator<Object> byName() {
    Collator vietnamese = Collator.getInstance(Locale.forLanguageTag("vi"));
    Comparator<Object> byCollator = (a, b) -> vietnamese.compare(String.valueOf(a), String.valueOf(b));
    return byCollator.thenComparing(String::valueOf);
  }
}
