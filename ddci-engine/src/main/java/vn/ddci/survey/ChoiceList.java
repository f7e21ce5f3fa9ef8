package vn.ddci.survey;

import static vn.ddci.internal.Checks.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import vn.ddci.internal.DdciStyle;
import vn.ddci.name.Names;

/**
 * The choices of a select question (danh sách phương án), named by the XLSForm {@code list_name}.
 *
 * <pre>{@code
 * ChoiceList agree = ChoiceList.of("agree5",
 *     Choice.of("1", "Rất không đồng ý"), Choice.of("2", "Không đồng ý"),
 *     Choice.of("3", "Bình thường"), Choice.of("4", "Đồng ý"), Choice.of("5", "Rất đồng ý"),
 *     Choice.of("99", "Không biết"));
 * agree.isLikert();        // true: 1..5, and 99 is a non-answer
 * agree.likertPoints();    // 5
 * }</pre>
 *
 * <p><b>Likert scale</b> (thang đo Likert): the codes of the answers (the choices that are not
 * {@linkplain Choice#isNonAnswer() non-answers}) are the consecutive integers 1, 2, …, k, in any
 * order, written without sign, decimals or leading zeros, with k from 3 to 11. A 0–10 scale, or
 * codes 10, 20, 30, are not recognised; labels are not looked at.
 *
 * <p><b>Yes/no</b> (có/không): exactly two answers (non-answers aside), one saying yes and the
 * other no by its code or by a label in any language, compared without diacritics and case: yes, y,
 * true, có, đúng; no, n, false, không, sai. So codes 1/0 or 1/2 count when their labels are
 * Có/Không.
 */
@Value.Immutable
@DdciStyle
public abstract class ChoiceList {
  /** The fewest points of a Likert scale: 3. */
  public static final int MIN_LIKERT_POINTS = 3;

  /** The most points of a Likert scale: 11. */
  public static final int MAX_LIKERT_POINTS = 11;

  private static final Pattern POSITIVE_INTEGER = Pattern.compile("[1-9][0-9]{0,2}");

  ChoiceList() {}

  /**
   * Starts a choice list.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ChoiceList}; not thread-safe. */
  public static final class Builder extends ImmutableChoiceList.Builder {
    Builder() {}
  }

  /**
   * Returns a choice list.
   *
   * @param name the list's name, e.g. {@code "yes_no"}
   * @param choices the choices in the order shown
   * @return the list
   * @throws vn.ddci.DdciValidationException if there is no choice, a code is given twice, or the
   *     name is blank or has a space
   */
  public static ChoiceList of(String name, Choice... choices) {
    return builder().name(name).addChoices(choices).build();
  }

  /**
   * Returns a choice list.
   *
   * @param name the list's name, e.g. {@code "yes_no"}
   * @param choices the choices in the order shown
   * @return the list
   * @throws vn.ddci.DdciValidationException if there is no choice, a code is given twice, or the
   *     name is blank or has a space
   */
  public static ChoiceList of(String name, List<Choice> choices) {
    return builder().name(name).addAllChoices(choices).build();
  }

  /**
   * Returns the list's name, the XLSForm {@code list_name}.
   *
   * @return e.g. {@code "yes_no"}
   */
  public abstract String name();

  /**
   * Returns the choices in the order the form shows them.
   *
   * @return at least one choice; codes unique
   */
  public abstract List<Choice> choices();

  /**
   * Finds a choice by its code.
   *
   * @param code the code, e.g. {@code "99"}
   * @return the choice
   */
  public Optional<Choice> choice(String code) {
    Objects.requireNonNull(code, "code");
    return choices().stream().filter(c -> c.code().equals(code)).findFirst();
  }

  /**
   * Returns the codes in order.
   *
   * @return the codes
   */
  public List<String> codes() {
    return choices().stream().map(Choice::code).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the choices that are answers: all but the non-answers.
   *
   * @return the answers, in order
   */
  public List<Choice> answers() {
    return choices().stream()
        .filter(c -> !c.isNonAnswer())
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the non-answers (không biết, không trả lời, …).
   *
   * @return the non-answers, in order
   */
  public List<Choice> nonAnswers() {
    return choices().stream().filter(Choice::isNonAnswer).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the number of points k when the answers are a Likert scale 1..k (rule above).
   *
   * @return k, from 3 to 11; empty when the list is not a Likert scale
   */
  public OptionalInt likertPoints() {
    List<Choice> answers = answers();
    int k = answers.size();
    if (k < MIN_LIKERT_POINTS || k > MAX_LIKERT_POINTS) {
      return OptionalInt.empty();
    }
    Set<Integer> seen = new HashSet<>();
    for (Choice c : answers) {
      if (!POSITIVE_INTEGER.matcher(c.code()).matches()) {
        return OptionalInt.empty();
      }
      int v = Integer.parseInt(c.code());
      if (v > k || !seen.add(v)) {
        return OptionalInt.empty();
      }
    }
    return OptionalInt.of(k);
  }

  /**
   * Tells whether the answers are a Likert scale 1..k with k from 3 to 11 (rule above).
   *
   * @return true for a Likert scale
   */
  public boolean isLikert() {
    return likertPoints().isPresent();
  }

  /**
   * Tells whether the answers are yes and no (rule above).
   *
   * @return true for a yes/no list
   */
  public boolean isYesNo() {
    List<Choice> answers = answers();
    if (answers.size() != 2) {
      return false;
    }
    Choice a = answers.get(0);
    Choice b = answers.get(1);
    boolean aYes = Vocabulary.says(a, Vocabulary.YES);
    boolean aNo = Vocabulary.says(a, Vocabulary.NO);
    boolean bYes = Vocabulary.says(b, Vocabulary.YES);
    boolean bNo = Vocabulary.says(b, Vocabulary.NO);
    return (aYes && !aNo && bNo && !bYes) || (aNo && !aYes && bYes && !bNo);
  }

  /**
   * Returns this list with exactly the given choices marked as non-answers, overriding the rule of
   * {@link Choice#isNonAnswer()}.
   *
   * @param codes the codes of the non-answers; empty for none
   * @return the copy
   * @throws vn.ddci.DdciValidationException if a code is not in the list
   */
  public ChoiceList withNonAnswers(Collection<String> codes) {
    Set<String> marked = ImmutableSet.copyOf(codes);
    for (String code : marked) {
      checkArgument(
          choice(code).isPresent(),
          () -> "choice list " + name() + " has no choice " + Names.quote(code) + ": " + codes());
    }
    return builder()
        .name(name())
        .addAllChoices(
            choices().stream()
                .map(c -> c.withNonAnswer(marked.contains(c.code())))
                .collect(Collectors.toList()))
        .build();
  }

  /**
   * Returns this list with exactly the given choices marked as non-answers.
   *
   * @param codes the codes of the non-answers
   * @return the copy
   * @throws vn.ddci.DdciValidationException if a code is not in the list
   */
  public ChoiceList withNonAnswers(String... codes) {
    return withNonAnswers(Arrays.asList(codes));
  }

  @Value.Check
  void check() {
    checkArgument(
        !name().isBlank() && name().codePoints().noneMatch(Character::isWhitespace),
        () -> "choice list name " + Names.quote(name()) + " is blank or has a space");
    checkArgument(!choices().isEmpty(), () -> "choice list " + name() + " has no choice");
    Set<String> codes = new HashSet<>();
    for (Choice c : choices()) {
      checkArgument(
          codes.add(c.code()),
          () -> "choice list " + name() + " has the code " + Names.quote(c.code()) + " twice");
    }
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("ChoiceList[").append(name()).append(':');
    List<Choice> choices = choices();
    int shown = Math.min(choices.size(), 12);
    for (int i = 0; i < shown; i++) {
      Choice c = choices.get(i);
      s.append(' ').append(c.code()).append(c.isNonAnswer() ? "*" : "");
    }
    if (shown < choices.size()) {
      s.append(" … (").append(choices.size()).append(" choices)");
    }
    if (choices.stream().anyMatch(Choice::isNonAnswer)) {
      s.append("; * non-answer");
    }
    return s.append(']').toString();
  }
}
