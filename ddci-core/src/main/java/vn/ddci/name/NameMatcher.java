package vn.ddci.name;

import static vn.ddci.internal.Checks.checkArgument;
import static vn.ddci.internal.Checks.format;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Decides whether two spellings name the same unit: tolerant of diacritics, case, spacing and
 * punctuation ({@link Names#key(String)}), plus aliases given by the user (tên gọi khác), such as
 * {@code "Bắc Kạn"} = {@code "Bắc Cạn"}.
 *
 * <pre>{@code
 * NameMatcher matcher = NameMatcher.builder().alias("Bắc Kạn", "Bắc Cạn").build();
 * matcher.matches("Bac Can", "Bắc Kạn");   // true
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class NameMatcher {
  private static final NameMatcher TOLERANT = new NameMatcher(ImmutableMap.of());

  /** alias key → canonical key */
  private final ImmutableMap<String, String> aliases;

  private NameMatcher(ImmutableMap<String, String> aliases) {
    this.aliases = aliases;
  }

  /**
   * Returns the matcher without aliases: names match when their {@link Names#key keys} are equal.
   *
   * @return the tolerant matcher
   */
  public static NameMatcher tolerant() {
    return TOLERANT;
  }

  /**
   * Starts a matcher with aliases.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the canonical key of a name: its {@link Names#key key}, or the key of the name it is an
   * alias of.
   *
   * @param name a name as written
   * @return the key under which the name is matched
   */
  public String key(String name) {
    Objects.requireNonNull(name, "name");
    String key = Names.key(name);
    return aliases.getOrDefault(key, key);
  }

  /**
   * Tells whether two spellings name the same unit.
   *
   * @param a a name
   * @param b another name
   * @return true when their canonical keys are equal
   */
  public boolean matches(String a, String b) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    return key(a).equals(key(b));
  }

  /**
   * Returns the aliases, each spelling's key mapped to the key of the name it stands for.
   *
   * @return the aliases by key
   */
  public Map<String, String> aliases() {
    return aliases;
  }

  /**
   * Returns the spellings nearest to a name that does not match any of them: those whose keys are
   * fewest edits away (Levenshtein distance on the {@link Names#key keys}), within a third of the
   * key's length and at least 2, the nearest first. "Bắc Cạn" finds "Bắc Kạn".
   *
   * @param name a name that matched nothing
   * @param candidates the names it may have meant
   * @return up to three candidates, nearest first; empty when none is near
   */
  public List<String> nearest(String name, Collection<String> candidates) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(candidates, "candidates");
    String key = key(name);
    int limit = Math.max(2, key.length() / 3);
    Map<String, Integer> distances = new LinkedHashMap<>();
    for (String candidate : candidates) {
      String other = key(candidate);
      if (Math.abs(other.length() - key.length()) > limit) {
        continue; // more edits apart than the limit, whatever the letters
      }
      int d = distance(key, other, limit);
      if (d <= limit) {
        distances.putIfAbsent(candidate, d);
      }
    }
    return distances.entrySet().stream()
        .sorted(Map.Entry.comparingByValue())
        .limit(3)
        .map(Map.Entry::getKey)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the end of a message about a name that matched nothing: the nearest spellings and how
   * to declare an alias, or nothing when no spelling is near.
   *
   * @param name a name that matched nothing
   * @param candidates the names it may have meant
   * @return e.g. {@code "; nearest: 'Bắc Kạn' — add an alias (NameMatcher.builder().alias(…))"}, or
   *     ""
   */
  public String suggestion(String name, Collection<String> candidates) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(candidates, "candidates");
    List<String> nearest = nearest(name, candidates);
    if (nearest.isEmpty()) {
      return "";
    }
    return "; nearest: "
        + nearest.stream().map(n -> "'" + n + "'").collect(Collectors.joining(", "))
        + " — if it is the same unit, add an alias (NameMatcher.builder().alias(\""
        + nearest.get(0)
        + "\", \""
        + Names.clean(name)
        + "\"))";
  }

  /**
   * The Levenshtein distance of two keys, or {@code limit + 1} as soon as it is known to be more
   * than the limit (a row of the table all above it), so that long names cost no more than needed.
   */
  private static int distance(String a, String b, int limit) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      if (java.util.Arrays.stream(current).min().orElse(0) > limit) {
        return limit + 1;
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  @Override
  public String toString() {
    return aliases.isEmpty() ? "NameMatcher[tolerant]" : "NameMatcher[aliases=" + aliases + "]";
  }

  /** Collects aliases; not thread-safe. */
  public static final class Builder {
    private final Map<String, String> aliases = new HashMap<>();

    private Builder() {}

    /**
     * Declares that {@code alias} is another spelling of {@code name}.
     *
     * @param name the canonical spelling, e.g. {@code "Bắc Kạn"}
     * @param alias another spelling, e.g. {@code "Bắc Cạn"}
     * @return this builder
     * @throws vn.ddci.DdciValidationException if the alias is already declared for another name
     */
    public Builder alias(String name, String alias) {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(alias, "alias");
      String canonical = Names.key(name);
      String other = Names.key(alias);
      checkArgument(
          !canonical.equals(other),
          () ->
              format(
                  "%s and %s match already, tolerantly: no alias is needed",
                  Names.quote(name), Names.quote(alias)));
      String previous = aliases.putIfAbsent(other, canonical);
      checkArgument(
          previous == null || previous.equals(canonical),
          () ->
              format(
                  "the alias %s is already declared for another name (key '%s')",
                  Names.quote(alias), previous));
      return this;
    }

    /**
     * Builds the matcher. Chains of aliases resolve to their root: with {@code alias("A", "B")} and
     * {@code alias("B", "C")}, all three spellings match.
     *
     * @return an immutable matcher
     * @throws vn.ddci.DdciValidationException if the aliases form a cycle
     */
    public NameMatcher build() {
      ImmutableMap.Builder<String, String> resolved = ImmutableMap.builder();
      for (String alias : aliases.keySet()) {
        Set<String> seen = new LinkedHashSet<>();
        String root = alias;
        while (aliases.containsKey(root)) {
          checkArgument(seen.add(root), "the aliases form a cycle: %s", seen);
          root = aliases.get(root);
        }
        resolved.put(alias, root);
      }
      return new NameMatcher(resolved.buildOrThrow());
    }
  }
}
