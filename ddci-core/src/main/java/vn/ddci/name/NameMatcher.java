package vn.ddci.name;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

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
     * @throws IllegalArgumentException if the alias is already declared for another name
     */
    public Builder alias(String name, String alias) {
      String canonical = Names.key(name);
      String other = Names.key(alias);
      String previous = aliases.putIfAbsent(other, canonical);
      checkArgument(
          previous == null || previous.equals(canonical),
          "the alias '%s' is already declared for another name (key '%s')",
          alias,
          previous);
      return this;
    }

    /**
     * Builds the matcher. Chains of aliases resolve to their root: with {@code alias("A", "B")}
     * and {@code alias("B", "C")}, all three spellings match.
     *
     * @return an immutable matcher
     * @throws IllegalArgumentException if the aliases form a cycle
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
